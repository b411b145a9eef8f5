import gzip

import orjson

from worker.replay import iter_messages
from worker.tail import PDI, RLI, render


def test_jsonl_lines_are_sent_verbatim_even_when_malformed(tmp_path):
    good = orjson.dumps({"id": "x1", "source": "s", "body": "نص"})
    (tmp_path / "a.jsonl").write_bytes(good + b"\n\n{broken\n")
    with gzip.open(tmp_path / "b.jsonl.gz", "wb") as fh:
        fh.write(orjson.dumps({"url": "http://u", "source": "s", "body": "نص"}) + b"\n")
    (tmp_path / "notes.md").write_text("ignored")
    got = list(iter_messages(tmp_path))
    assert got[0] == (b"x1", good) and got[1] == (None, b"{broken")
    assert got[2][0] == b"http://u" and len(got) == 3


def test_seed_text_file_becomes_an_article(examples_dir):
    (key, value), = iter_messages(examples_dir / "sana-cis-stpetersburg-2023-12-27.txt")
    article = orjson.loads(value)
    assert key == b"sana-cis-stpetersburg-2023-12-27" and article["source"] == "sana"
    # the whole file is the body: the worker's clean stage finds the headline itself
    assert "title" not in article and article["body"] == (examples_dir / "sana-cis-stpetersburg-2023-12-27.txt").read_text("utf-8")


def test_render_puts_arabic_on_the_right():
    record = {"article_id": "a1", "source": "sana", "text": "افتتح الرئيس القمة\nLatin line", "title": "عنوان"}
    lines = render(orjson.dumps(record), width=60).splitlines()
    assert lines[1].endswith(RLI + "عنوان" + PDI) and len(lines[1]) == 60 + 2
    assert lines[3] == "Latin line"


def test_render_dead_letter_and_garbage():
    assert "DLQ invalid_json" in render(orjson.dumps({"reason": "invalid_json", "detail": "x", "original_b64": "",
                                                      "original_size": 3}))
    assert render(b"\xff\x00") .startswith("b'")
