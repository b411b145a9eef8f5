import subprocess
import sys

import orjson

from worker import cli
from worker.replay import article_from_text


def test_help_explains_every_command(capsys):
    parser = cli.build_parser()
    help_text = parser.format_help()
    for command in ("worker", "broker", "replay", "tail", "enrich", "topics", "settings", "demo"):
        assert command in help_text


def test_file_mode_keeps_id_and_source_and_dead_letters_bad_lines(tmp_path, examples_dir):
    lines = [orjson.dumps(article_from_text(p)) for p in sorted(examples_dir.glob("*.txt"))]
    lines.append(b"{broken json")
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    out, dlq = tmp_path / "out.jsonl", tmp_path / "dlq.jsonl"
    proc = subprocess.run([sys.executable, "-m", "worker.cli", "enrich", str(src), "-o", str(out), "--dlq", str(dlq)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    enriched = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    sana, related, sputnik = enriched
    assert (sana["source_id"], sana["source"]) == ("sana-cis-stpetersburg-2023-12-27", "sana")
    assert (sputnik["source_id"], sputnik["source"]) == ("sputnik-sco-astana-2024-07-03", "sputnik")
    # the SANA item's "read also" tail is a different article, processed right after its parent
    assert sana["related"] == [related["article_id"]] and related["parent_article_id"] == sana["article_id"]
    assert related["title"].startswith("حسين العزي") and "حسين العزي" not in sana["text"]
    (letter,) = [orjson.loads(line) for line in dlq.read_bytes().splitlines()]
    assert letter["reason"] == "invalid_json"
    assert "enriched 3, dead-lettered 1" in proc.stderr


def test_worker_without_a_broker_says_so_and_exits_1():
    from worker.broker import free_port

    env = {"AKHBAR_BOOTSTRAP": f"127.0.0.1:{free_port()}", "AKHBAR_METRICS_PORT": "0"}
    import os
    proc = subprocess.run([sys.executable, "-m", "worker.cli", "worker"], env={**os.environ, **env},
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "cannot reach Kafka at 127.0.0.1:" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_setting_is_a_clear_error_with_exit_2():
    proc = subprocess.run([sys.executable, "-m", "worker.cli", "settings"], capture_output=True, text=True,
                          env={**__import__("os").environ, "AKHBAR_PARTITIONS": "lots"}, timeout=60)
    assert proc.returncode == 2 and "AKHBAR_PARTITIONS='lots': expected int" in proc.stderr


def test_metric_value_sums_samples_matching_the_labels():
    from worker.worker_process import metric_value

    text = ('# HELP x\nakhbar_dlq_total{reason="invalid_json"} 3.0\nakhbar_dlq_total{reason="wrong_type"} 2.0\n'
            'akhbar_dlq_created{reason="wrong_type"} 1.7e9\nakhbar_ready 1.0\n')
    assert metric_value(text, "akhbar_dlq_total") == 5.0
    assert metric_value(text, "akhbar_dlq_total", reason="wrong_type") == 2.0
    assert metric_value(text, "akhbar_dlq_total", reason="other") == 0.0
    assert metric_value(text, "akhbar_ready") == 1.0
