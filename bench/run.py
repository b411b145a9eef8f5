"""All the speed figures in one run, same payloads, same broker: the table we track.

    .venv/bin/python bench/run.py [--articles 3000] [--latency-seconds 20] [--window 1000000]

Starts a local Kafka broker (the project's own, KRaft on 127.0.0.1) and measures, in order:

1. Kafka limit — kafka-python and aiokafka produce and consume the payloads (no processing).
2. Bare faust passthrough — ``bench/passthrough.py``: decode and republish, nothing else.
3. Akhbar full pipeline — one worker process (clean + NER + dedup + publish to every topic),
   then each stage alone in process (``bench/stages.py``), with the built-in NER and, when
   its data is installed, the camel-tools BERT NER.
4. Latency — produce → enriched appended, p50/p95/p99, at 25/50/90% of the rate measured in 3.
5. Scaling — two worker processes on the same 4-partition topic.
6. Memory — RSS with 0, 100k and 1M articles in the dedup window (``bench/memory.py``), and
   the live worker's RSS after its run.

Throughput is counted from the first record the worker writes (the first agent's output:
start-up and group join excluded) to the last final record, by polling end offsets. Latency
is measured after a warm-up of 200 articles (the model loads on the first article). Ratios (pipeline / passthrough, pipeline / Kafka)
are the figures to compare between runs: absolute numbers on a shared 2-core machine move.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import kafka_limit, latency, memory, stages  # noqa: E402
from bench.common import ROOT, payloads, rss_mb, wait_for_count  # noqa: E402
from worker.broker import LocalBroker, free_port  # noqa: E402
from worker.config import Settings  # noqa: E402
from worker.stream.topics import ensure_topics  # noqa: E402
from worker.worker_process import WorkerProcess  # noqa: E402

COMMAND = "bench/run.py"


class Table:
    """Rows of (what, figure, unit, how it was made), printed as Markdown at the end."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []

    def add(self, what: str, figure: str, how: str) -> None:
        self.rows.append((what, figure, how))
        print(f"  {what}: {figure}", file=sys.stderr, flush=True)

    def print(self) -> None:
        print("| measure | figure | how |")
        print("|---|---|---|")
        for row in self.rows:
            print("| " + " | ".join(row) + " |")


def preload(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]]) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, batch_size=512 * 1024,
                             max_request_size=4 << 20)
    for key, value in messages:
        producer.send(topic, key=key, value=value)
    producer.flush()
    producer.close()


def create_topic(bootstrap: str, name: str, partitions: int, **config: str) -> None:
    from kafka.admin import KafkaAdminClient, NewTopic

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics([NewTopic(name, partitions, 1, topic_configs=config)])
    finally:
        admin.close()


def worker_settings(broker: LocalBroker, prefix: str, partitions: int) -> Settings:
    base = Settings(bootstrap=broker.bootstrap, partitions=partitions, session_timeout_s=6.0)
    topics = {f.name: f"{prefix}.{getattr(base, f.name).split('.', 1)[-1]}"
              for f in dataclasses.fields(base) if f.name.startswith("topic_")}
    return dataclasses.replace(base, group_id=f"akhbar-{prefix}", metrics_host="127.0.0.1", log_level="warning",
                               data_dir=str(broker.dir / f"data-{prefix}"), **topics)


def run_workers(broker: LocalBroker, s: Settings, n_workers: int, count: int) -> tuple[float, float]:
    """Articles/s of ``n_workers`` processes over ``count`` preloaded articles; peak RSS (MB)."""
    workers = [WorkerProcess(dataclasses.replace(s, metrics_port=free_port(), data_dir=f"{s.data_dir}-{i}"),
                             broker.dir / "logs" / f"{s.group_id}-{i}.log").start() for i in range(n_workers)]
    try:
        # every input ends as one enriched record or one dead letter (real articles can be too long, not Arabic…)
        # from the first record the first agent writes (start-up and group join excluded) to the last
        # final record: counting from the first *final* record would leave out the time the first
        # agent ran before the second one wrote anything, and overstate the rate
        first, _ = wait_for_count(s.bootstrap, (s.topic_dedup, s.topic_dlq), 1, timeout=3600, poll=0.05)
        _, last = wait_for_count(s.bootstrap, (s.topic_enriched, s.topic_dlq), count, timeout=3600)
        peak = max(rss_mb(w.proc.pid) for w in workers)
    finally:
        for w in workers:
            w.stop()
    return count / max(last - first, 1e-9), peak


def passthrough_rate(broker: LocalBroker, topic_in: str, count: int, partitions: int) -> float:
    out = f"{topic_in}.passthrough"
    env = {**os.environ, "BENCH_BOOTSTRAP": broker.bootstrap, "BENCH_IN": topic_in, "BENCH_OUT": out,
           "BENCH_PARTITIONS": str(partitions), "BENCH_DATADIR": str(broker.dir / "passthrough")}
    create_topic(broker.bootstrap, out, partitions)
    log = open(broker.dir / "logs" / "passthrough.log", "wb")
    proc = subprocess.Popen([sys.executable, str(ROOT / "bench" / "passthrough.py")], env=env, stdout=log, stderr=log)
    try:
        first, last = wait_for_count(broker.bootstrap, out, count, timeout=600, poll=0.02)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        log.close()
    return count / max(last - first, 1e-9)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=3000, help="articles per throughput run")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--latency-seconds", type=float, default=20.0, help="length of each latency level")
    ap.add_argument("--window", type=int, default=1_000_000, help="articles in the dedup window for the memory row (0: skip)")
    args = ap.parse_args()
    table = Table()
    messages, origin = payloads(args.articles)
    mean_kb = sum(len(v) for _, v in messages) / len(messages) / 1024
    cmd = f"`{COMMAND} --articles {args.articles}`"
    print(f"payloads: {len(messages):,} articles from {origin}, mean {mean_kb:.1f} KB", file=sys.stderr)

    with LocalBroker() as broker:
        p = args.partitions
        # 1. Kafka limit
        best = 0.0
        for client in (kafka_limit.kafka_python, kafka_limit.aiokafka):
            topic = f"limit.{client.__name__}"
            create_topic(broker.bootstrap, topic, p)
            create_topic(broker.bootstrap, topic + ".warmup", 1)
            r = client(broker.bootstrap, topic, messages, 4 << 20)
            best = max(best, min(r.produce_per_s, r.consume_per_s))
            table.add(f"Kafka limit, {r.client} produce", f"{r.produce_per_s:,.0f} art/s ({r.produce_mb_s:.1f} MB/s)", cmd)
            table.add(f"Kafka limit, {r.client} consume", f"{r.consume_per_s:,.0f} art/s ({r.consume_mb_s:.1f} MB/s)", cmd)

        # 2. passthrough, 3. full pipeline (one worker), on the same preloaded articles
        s1 = worker_settings(broker, "one", p)
        create_topic(broker.bootstrap, s1.topic_enriched, p, **{"message.timestamp.type": "LogAppendTime"})
        ensure_topics(s1)
        preload(broker.bootstrap, s1.topic_raw, messages)
        through = passthrough_rate(broker, s1.topic_raw, len(messages), p)
        table.add("faust passthrough (decode + republish), 1 process", f"{through:,.0f} art/s", cmd)
        pipeline, peak1 = run_workers(broker, s1, 1, len(messages))
        table.add("Akhbar full pipeline, 1 worker process", f"{pipeline:,.0f} art/s", cmd)
        table.add("pipeline / passthrough", f"{pipeline / through:.1%}", cmd)
        table.add("pipeline / Kafka limit (slower of produce, consume; best client)", f"{pipeline / best:.2%}", cmd)

        # 4. latency at 25/50/90% of the measured max, against a running worker
        worker = WorkerProcess(dataclasses.replace(s1, metrics_port=free_port()),
                               broker.dir / "logs" / "latency-worker.log").start()
        try:
            # a production worker has been running for a while: load the model and fill the word caches
            # first, or the 25% level measures start-up (the model loads on the first article)
            latency.measure(broker.bootstrap, s1.topic_raw, s1.topic_enriched, messages[:200], rate=200.0,
                            seconds=1.0, drain_s=300.0)
            for share in (0.25, 0.50, 0.90):
                lat = latency.measure(broker.bootstrap, s1.topic_raw, s1.topic_enriched, messages,
                                      rate=pipeline * share, seconds=args.latency_seconds)
                table.add(f"latency at {share:.0%} of max ({lat.rate:,.1f} art/s, {lat.received}/{lat.sent} seen)",
                          f"p50 {lat.p50_ms:,.0f} ms, p95 {lat.p95_ms:,.0f} ms, p99 {lat.p99_ms:,.0f} ms", cmd)
            peak1 = max(peak1, rss_mb(worker.proc.pid))
        finally:
            worker.stop()

        # 5. scaling: two processes on a fresh copy of the input
        s2 = worker_settings(broker, "two", p)
        ensure_topics(s2)
        preload(broker.bootstrap, s2.topic_raw, messages)
        two, peak2 = run_workers(broker, s2, 2, len(messages))
        table.add("Akhbar full pipeline, 2 worker processes (4 partitions, 2 cores)", f"{two:,.0f} art/s "
                  f"({two / pipeline:.2f}x one)", cmd)
        table.add("live worker RSS after its runs (peak of the processes)", f"{max(peak1, peak2):,.0f} MB", cmd)

    # 3b. each stage alone, in process
    for backend in ("builtin", "camel"):
        if backend == "camel" and (why := stages.camel_available()):
            table.add("stages in process, camel-tools BERT NER", "not run", f"not installed here: {why}")
            continue
        for name, rate in stages.stage_rates(messages[: min(len(messages), 1000)], backend).items():
            table.add(f"in process, {backend} NER: {name}", f"{rate:,.0f} art/s", "`bench/stages.py` via " + cmd)

    # 6. memory
    if args.window:
        for n, mb in memory.measure(args.window).items():
            table.add(f"RSS, worker components with {n:,} articles in the dedup window", f"{mb:,.0f} MB",
                      f"`bench/memory.py --articles {args.window}`")
    print(f"\npayloads: {len(messages):,} articles from {origin}, mean {mean_kb:.1f} KB; "
          f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores\n")
    table.print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
