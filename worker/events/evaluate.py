"""Score the event stage against a hand-built gold set: precision, recall, F1 per type and for roles.

    python -m worker.events.evaluate [tests/data/events_gold/gold.jsonl] [--corpus PATH] [--show]

The gold set names its articles by corpus id (SaudiNewsNet is research-only: its text is read
in place from ``../shared`` and never copied), so this needs the corpus; it exits with a clear
message when the corpus is absent.

Matching, per article, one gold event to at most one predicted event of the same type:

* **strict** (the headline figures): every gold participant (or speaker) is one of the
  predicted event's actors and every predicted actor is a gold one (reporters aside). A name
  matches an actor when one of the gold spellings occurs in any of the entity's mentions.
* **type only**: the same type and at least one participant in common — the difference to
  strict is the cost of wrong or missing arguments.
* **place**: of the strictly matched events whose gold names a place, the share whose
  predicted place is that place.
* **argument roles**: over the type-only pairs, each gold speaker (statements) or participant
  (meetings, calls) found among the predicted actors is a hit, each one not found a miss, each
  predicted actor that is none of them a false one; likewise each pair's place.

Only the types the gold set annotates are scored (see its README); predicted events of other
types are neither rewarded nor penalised.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import orjson

from ..lang.ar.normalize import normalize
from ..resources.entities import country_names

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = ROOT / "tests" / "data" / "events_gold" / "gold.jsonl"
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
SCORED = ("meeting", "phone_call", "statement")


def _n(text: str) -> str:
    return " ".join(normalize(w) for w in text.split())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def load_articles(corpus: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    """RawArticle dicts for ``ids``, built the way the benchmarks build them."""
    out = {}
    with gzip.open(corpus, "rb") as f:
        for line in f:
            obj = orjson.loads(line)
            if obj["id"] in ids:
                out[obj["id"]] = {"id": obj["id"], "source": obj.get("source") or "saudinewsnet",
                                  "title": obj.get("title"), "body": obj.get("content") or "",
                                  "published_at": obj.get("date_extracted")}
    return out


def actor_names(event: dict[str, Any], entities: dict[str, dict[str, Any]]) -> list[tuple[str, set[str]]]:
    """(role, normalised texts) of each actor: the entity's canonical form and every mention."""
    out = []
    for a in event["actors"]:
        if a["role"] == "reporter":
            continue
        e = entities.get(a["entity_id"])
        texts = {_n(a.get("text") or "")}
        if e is not None:
            texts |= {_n(e["canonical"])} | {_n(m["text"]) for m in e["mentions"]}
        else:  # a country only implied: its name in English, and so in Arabic
            texts |= {_n(name) for name in country_names(a.get("text") or "")}
        out.append((a["role"], {t for t in texts if t}))
    return out


def _names_match(spellings: list[str], texts: set[str]) -> bool:
    return any(_n(s) in t for s in spellings for t in texts)


def _gold_people(g: dict[str, Any]) -> list[list[str]]:
    return g.get("participants") or g.get("speakers") or []


def _strict(g: dict[str, Any], actors: list[tuple[str, set[str]]]) -> bool:
    people = _gold_people(g)
    if len(people) != len(actors):
        return False
    used: set[int] = set()
    for spellings in people:
        k = next((i for i, (_, texts) in enumerate(actors) if i not in used and _names_match(spellings, texts)), None)
        if k is None:
            return False
        used.add(k)
    return True


def _loose(g: dict[str, Any], actors: list[tuple[str, set[str]]]) -> bool:
    return any(_names_match(s, texts) for s in _gold_people(g) for _, texts in actors)


def _match(gold: list[dict], pred: list[dict], test) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    pairs, left = [], list(pred)
    missed = []
    for g in gold:
        k = next((i for i, p in enumerate(left) if p["event"]["type"] == g["type"] and test(g, p["actors"])), None)
        if k is None:
            missed.append(g)
        else:
            pairs.append((g, left.pop(k)))
    return pairs, missed, left


def role_counts(pairs: list[tuple[dict, dict]]) -> dict[str, Counts]:
    """Argument-role counts (speaker, participant, place) over matched (gold, predicted) pairs."""
    counts: dict[str, Counts] = defaultdict(Counts)
    for g, p in pairs:
        c = counts["speaker" if g["type"] == "statement" else "participant"]
        used: set[int] = set()
        for spellings in _gold_people(g):
            k = next((i for i, (_, texts) in enumerate(p["actors"]) if i not in used
                      and _names_match(spellings, texts)), None)
            if k is None:
                c.fn += 1
            else:
                used.add(k)
                c.tp += 1
        c.fp += len(p["actors"]) - len(used)
        where = p["event"].get("place")
        if g.get("place") and where and _names_match(g["place"], {_n(where["text"])}):
            counts["place"].tp += 1
        else:
            counts["place"].fn += bool(g.get("place"))
            counts["place"].fp += bool(where)
    return counts


def evaluate(gold: list[dict[str, Any]], articles: dict[str, dict[str, Any]], *, show: bool = False,
             out=sys.stdout) -> dict[str, Counts]:
    from ..pipeline import enrich
    from ..records import RawArticle

    strict: dict[str, Counts] = defaultdict(Counts)
    loose: dict[str, Counts] = defaultdict(Counts)
    roles: dict[str, Counts] = defaultdict(Counts)
    place_ok = place_all = 0
    for item in gold:
        raw = articles.get(item["id"])
        if raw is None:
            print(f"warning: {item['id']} not in the corpus, skipped", file=sys.stderr)
            continue
        e = enrich(RawArticle.from_dict(raw))
        entities = {x["entity_id"]: x for x in e.entities}
        pred = [{"event": ev, "actors": actor_names(ev, entities)} for ev in e.events if ev["type"] in SCORED]
        gold_events = [g for g in item["events"] if g["type"] in SCORED]
        for counts, test in ((strict, _strict), (loose, _loose)):
            pairs, missed, extra = _match(gold_events, pred, test)
            for g, _ in pairs:
                counts[g["type"]].tp += 1
            for g in missed:
                counts[g["type"]].fn += 1
            for p in extra:
                counts[p["event"]["type"]].fp += 1
            if test is _loose:
                for role, c in role_counts(pairs).items():
                    roles[role].tp, roles[role].fp, roles[role].fn = (roles[role].tp + c.tp, roles[role].fp + c.fp,
                                                                      roles[role].fn + c.fn)
            if test is _strict:
                for g, p in pairs:
                    if g.get("place"):
                        place_all += 1
                        where = p["event"]["place"]
                        place_ok += bool(where and _names_match(g["place"], {_n(where["text"])}))
                if show and (missed or extra):
                    print(f"--- {item['id']}", file=out)
                    for g in missed:
                        print(f"  missed {g['type']}: {_gold_people(g)}", file=out)
                    for p in extra:
                        ev = p["event"]
                        print(f"  extra  {ev['type']}: {[sorted(t)[:2] for _, t in p['actors']]} "
                              f"«{ev['attributes'].get('trigger')}»", file=out)
    _report(strict, loose, place_ok, place_all, len(gold), out)
    print("argument roles of the type-only pairs:", file=out)
    for role in ("speaker", "participant", "place"):
        c = roles[role]
        p, r, f = c.prf()
        print(f"  {role:<12} {p:6.3f} {r:6.3f} {f:6.3f} {c.tp:4d} {c.fp:4d} {c.fn:4d}", file=out)
    return strict


def _report(strict, loose, place_ok, place_all, n_articles, out) -> None:
    print(f"{n_articles} gold articles; strict = type and exactly the gold participants/speakers", file=out)
    print(f"{'type':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}   type-only P/R", file=out)
    total, total_loose = Counts(), Counts()
    for t in SCORED:
        c, lc = strict[t], loose[t]
        p, r, f = c.prf()
        lp, lr, _ = lc.prf()
        print(f"{t:<12} {p:6.3f} {r:6.3f} {f:6.3f} {c.tp:4d} {c.fp:4d} {c.fn:4d}   {lp:.3f}/{lr:.3f}", file=out)
        for agg, x in ((total, c), (total_loose, lc)):
            agg.tp, agg.fp, agg.fn = agg.tp + x.tp, agg.fp + x.fp, agg.fn + x.fn
    p, r, f = total.prf()
    lp, lr, _ = total_loose.prf()
    print(f"{'micro':<12} {p:6.3f} {r:6.3f} {f:6.3f} {total.tp:4d} {total.fp:4d} {total.fn:4d}   {lp:.3f}/{lr:.3f}",
          file=out)
    if place_all:
        print(f"place of strictly matched events with a gold place: {place_ok}/{place_all} = "
              f"{place_ok / place_all:.3f}", file=out)


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m worker.events.evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="SaudiNewsNet jsonl.gz (read in place)")
    ap.add_argument("--show", action="store_true", help="print every missed and extra event")
    args = ap.parse_args(list(argv) if argv is not None else None)
    if not args.corpus.is_file():
        print(f"the gold set's articles come from SaudiNewsNet, not found at {args.corpus} "
              f"(research-only corpus, read in place from ../shared; pass --corpus)", file=sys.stderr)
        return 2
    gold = load_gold(args.gold)
    articles = load_articles(args.corpus, {g["id"] for g in gold})
    evaluate(gold, articles, show=args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
