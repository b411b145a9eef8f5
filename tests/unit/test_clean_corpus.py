"""The clean stage on 34 real articles from 12 outlets (SaudiNewsNet, read from ../shared).

SaudiNewsNet is research-only, so no article text is copied into the repository: each case
pins the cleaned body's first and last 40 characters by hash (exact edges), plus the
metadata found — dateline place/agency and where it was read, boilerplate kinds removed,
and the first date mentions resolved against the crawl date used as published_at. The
expectations were checked by reading the articles (see bench/clean_corpus.py for the
whole-corpus figures). Skipped, with the reason, when ../shared/data is absent.
"""

from __future__ import annotations

import gzip
import hashlib
from typing import NamedTuple

import orjson
import pytest

from worker.pipeline import enrich
from worker.records import RawArticle

pytestmark = pytest.mark.shared


class Case(NamedTuple):
    id: str
    source: str
    head_sha1: str  # sha1(text[:40])[:12]
    tail_sha1: str  # sha1(text[-40:])[:12]
    dateline: tuple | None  # (place_en, agency, read from: "body" | "meta.author")
    boilerplate: list[str]  # kinds removed from the body
    dates: list[str | None]  # values of the first date mentions


CASES = [
    Case("2015-07-31-00096", "3alyoum", "5be53934cdda", "e9fb73ce131f", ('Milan', '3alyoum', 'body'), ['dateline', 'tags'], []),
    Case("2015-07-24-00318", "3alyoum", "6d14be3dd815", "d44057c0462e", ('Taif', None, 'body'), ['dateline'], ['2015-07-21', '2015-07-23']),
    Case("2015-07-24-00497", "3alyoum", "754a6fae4572", "29c6bd2a8c72", (None, '3alyoum', 'body'), ['dateline', 'tags'], []),
    Case("2015-07-31-00291", "aawsat", "ce8994799043", "fb46f84a8c31", ('London', None, 'meta.author'), [], ['2015-07-30', '2015-07-30', '2010-02', '2015-07-20']),
    Case("2015-08-08-00095", "aawsat", "813d143a5740", "958b4ff07154", ('San Francisco', None, 'meta.author'), [], []),
    Case("2015-07-22-00037", "aawsat", "4a30d1032fcb", "7f47301523f2", None, [], ['2015-07-21', '2015-07-21', '2015-W31']),
    Case("2015-08-01-00198", "aleqtisadiya", "e7df4f91af8d", "e37ed5204a56", ('Riyadh', 'Aleqtisadiya', 'meta.author'), [], ['2015-07-30']),
    Case("2015-08-06-00724", "aleqtisadiya", "a7769ee0a5d6", "9bcfe256e53f", (None, 'Reuters', 'meta.author'), [], []),
    Case("2015-07-26-00309", "aleqtisadiya", "58c6ae2bb179", "7adbb0a3c9b3", ('Riyadh', 'Aleqtisadiya', 'meta.author'), [], ['2015-07-26', '2015-07-25', '2015-07-25', '2015-07-24']),
    Case("2015-08-07-00444", "aljazirah", "4a467e89c539", "69939fbe5458", None, [], []),
    Case("2015-08-06-01109", "aljazirah", "1030cca362ba", "e6e5b1a53b20", ('Jubail', None, 'meta.author'), [], []),
    Case("2015-07-21-01326", "almadina", "16a327aaf13c", "d95a14d41717", None, ['contact'], []),
    Case("2015-07-26-00622", "almadina", "eecc26018cc8", "714b3b716202", ('Nairobi', 'AFP', 'meta.author'), [], ['2015-07-26', '2015-07-25', '2015-07-25', '2015-07-26']),
    Case("2015-08-07-00695", "almadina", "b586a021155d", "5d3ac6047aa6", (None, 'SPA', 'meta.author'), [], ['2015-08-09', '2015-08-13']),
    Case("2015-07-22-01186", "alriyadh", "e90722e1b41b", "e81d362094da", None, [], []),
    Case("2015-07-26-00817", "alriyadh", "6936601c43da", "a80e200554b4", ('Damascus', 'AFP', 'meta.author'), [], ['2015-07-25', '2015-07-26', '2015-07-25', '2014-06']),
    Case("2015-08-06-01639", "alriyadh", "7d7ef1cd93d0", "b961dcd69d71", ('Kyiv', 'AFP', 'meta.author'), [], ['2015-08-02', '2015-08-03']),
    Case("2015-08-03-00863", "alwatan", "333a59987867", "4168311ebc20", None, [], ['2015-08-03', '2015']),
    Case("2015-07-21-01429", "alwatan", "78991939d2a1", "5222a9a6090a", ('Cairo', None, 'meta.author'), [], ['2015-07-20', '2015-08-06']),
    Case("2015-08-06-02115", "alwatan", "e539bf23f4aa", "97db309952fb", ('Abha', None, 'meta.author'), [], ['2015-08-05', '2015-08-05', '2015-08-05']),
    Case("2015-07-21-02053", "alweeam", "5fbda49c901e", "952c33e124ac", None, ['link_back'], ['2015-07-20', '2014', '2015-07-21', '2014']),
    Case("2015-08-04-00973", "alweeam", "554d3040dd0b", "9137068f2e29", ('Al Qurayyat', 'Al-Weeam', 'meta.author'), ['link_back'], ['2015-08-04']),
    Case("2015-08-02-00931", "alweeam", "f424d126e607", "b0172b97fb28", ('Tehran', 'Al-Weeam', 'meta.author'), ['link_back'], ['2015-08-02', '2015-W30']),
    Case("2015-07-21-02096", "alyaum", "9b969ac732a0", "5f3876d22d71", None, [], []),
    Case("2015-08-01-00938", "alyaum", "da0c7cbb3134", "8ebd8d1f5f9e", ('Sanaa', 'agencies', 'meta.author'), [], ['2015-07-31', '2015-07-30', '2015-07-31', '2015-08-01']),
    Case("2015-08-08-01198", "alyaum", "2e8aeaf36bf9", "a7cbbe046071", ('Medina', 'SPA', 'meta.author'), [], []),
    Case("2015-07-21-02286", "arreyadi", "28d244d05006", "3dcc9a67331b", (None, 'Arriyadi', 'meta.author'), [], ['2015-07-19', '2015-07-17', '2015-07-17']),
    Case("2015-07-21-02310", "arreyadi", "cf8bfc81e6c6", "5c0a75ad085f", None, [], ['1994-02-26', '2015-07-20']),
    Case("2015-07-21-02319", "arreyadi", "27b17edeae0c", "9116f45f73f3", ('Riyadh', None, 'meta.author'), [], ['2010']),
    Case("2015-08-03-01252", "okaz", "596ae848af6c", "7a613081a9b9", ('Riyadh', None, 'meta.author'), [], ['2015', '2015-08-09']),
    Case("2015-07-21-02584", "okaz", "769ea1f3c721", "68f4f5788fb8", None, [], []),
    Case("2015-08-01-01112", "okaz", "dfece238959b", "4dec98a87549", ('Dammam', None, 'meta.author'), [], []),
    Case("2015-07-31-02172", "sabq", "1ace5f658597", "fb2cfef92fac", ('Riyadh', 'Sabq', 'body'), ['dateline'], ['2014', '2015-07-31']),
    Case("2015-07-26-01453", "sabq", "0fc1590e4f44", "cad6ce983ea2", ('Jeddah', 'Sabq', 'body'), ['dateline'], []),
    Case("2015-08-06-03152", "sabq", "343446745b68", "69bab2355f12", ('Mecca', 'SPA', 'body'), ['dateline'], []),
]


@pytest.fixture(scope="module")
def corpus(shared_data):
    path = shared_data / "saudinewsnet" / "saudinewsnet.jsonl.gz"
    if not path.exists():
        pytest.skip(f"needs {path} (SaudiNewsNet, research-only, not shipped)")
    wanted = {c.id for c in CASES}
    found = {}
    with gzip.open(path, "rb") as f:
        for line in f:
            obj = orjson.loads(line)
            if obj["id"] in wanted:
                found[obj["id"]] = obj
    return found


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def test_cases_cover_many_outlets():
    assert len(CASES) >= 30 and len({c.source for c in CASES}) >= 12


@pytest.mark.parametrize("case", CASES, ids=[f"{c.source}-{c.id}" for c in CASES])
def test_real_article_is_cleaned_exactly(corpus, case):
    obj = corpus[case.id]
    raw = RawArticle.from_dict({"id": obj["id"], "source": obj["source"], "title": obj["title"],
                                "body": obj["content"], "published_at": obj["date_extracted"],
                                "meta": {"author": obj["author"]}})
    e = enrich(raw)
    assert (_sha(e.text[:40]), _sha(e.text[-40:])) == (case.head_sha1, case.tail_sha1), (e.text[:40], e.text[-40:])
    got_dateline = None if e.dateline is None else (
        e.dateline["place_en"], e.dateline["agency"], e.dateline.get("from", "body"))
    assert got_dateline == case.dateline
    assert sorted({b["kind"] for b in e.boilerplate}) == case.boilerplate
    assert [d["value"] for d in e.dates][:4] == case.dates
    assert e.language == "ar"
    for span in e.boilerplate + e.dates:
        assert raw.body[span["start"]:span["end"]] == span["text"]
    for kind in case.boilerplate:  # removed pieces are gone from the text, not just reported
        for span in (b for b in e.boilerplate if b["kind"] == kind):
            assert span["text"] not in e.text
