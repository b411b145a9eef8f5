"""Deduplication and story clustering: redelivery, exact and near duplicates.

- **redelivery**: the article_id was already decided. If it comes from the same input
  position (a Kafka redelivery after a crash) the stored decision is re-published as it was
  (outputs are keyed, so this overwrites); from another position (a producer sent it again)
  nothing new is published.
- **exact**: the normalised *body as received* hashes like an earlier article's.
- **near**: MinHash (datasketch) over word shingles of the normalised *cleaned* text, LSH
  banding to find candidates (``BandIndex``), and the estimated Jaccard similarity checked
  against ``near_threshold``. A changed credit line or header leaves the cleaned text — and
  so the similarity — unchanged (1.0), a dropped paragraph lowers it.

Duplicates keep their own record on news.enriched with ``duplicate_of`` (the story's first
article) and ``similarity``, join its ``story_id`` and reuse its entities/events.

State is three key-value stores — any ``MutableMapping[str, dict]``: plain dicts in tests
and file mode, faust tables backed by changelog topics in the worker — plus the LSH index,
which lives in memory and is rebuilt from the article store after a restart or rebalance.
The window (``window_s``, event time) bounds all of it.
"""

from __future__ import annotations

import base64
import hashlib
import re
import zlib
from dataclasses import dataclass, field
from typing import Any, MutableMapping

import numpy as np
from datasketch import MinHash

from ..lang.ar.normalize import normalize
from .lsh import BandIndex

__all__ = ["DedupKeys", "dedup_keys", "Deduper", "Verdict", "DedupConfig", "KINDS"]

KINDS = ("original", "exact", "near", "redelivery", "replay")
MAX_STORY_MEMBERS = 200  # StoryUpdate lists at most this many members; `size` counts all
MAX_CANDIDATES = 32  # LSH candidates verified per article, most shared bands first
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class DedupConfig:
    num_perm: int = 128
    bands: int = 25
    rows: int = 5
    shingle: int = 5
    near_threshold: float = 0.5
    window_s: float = 7 * 24 * 3600.0


@dataclass(frozen=True, slots=True)
class DedupKeys:
    content_hash: str  # of the normalised body as received
    signature: np.ndarray  # MinHash values (uint32[num_perm])

    def signature_b64(self) -> str:
        return base64.b64encode(self.signature.astype("<u4").tobytes()).decode("ascii")

    @staticmethod
    def signature_from_b64(text: str) -> np.ndarray:
        return np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.uint32)


_PERMUTATIONS: dict[int, Any] = {}


def _crc32(data: bytes) -> int:
    return zlib.crc32(data)


def _minhash(shingles: list[bytes], num_perm: int) -> np.ndarray:
    if num_perm not in _PERMUTATIONS:
        seed = MinHash(num_perm=num_perm, seed=1)
        _PERMUTATIONS[num_perm] = (seed.permutations, seed.scheme)
    permutations, scheme = _PERMUTATIONS[num_perm]
    m = MinHash(num_perm=num_perm, permutations=permutations, scheme=scheme, hashfunc=_crc32)
    m.update_batch(shingles)
    return np.asarray(m.hashvalues, dtype=np.uint32)


def shingles(text: str, size: int) -> list[bytes]:
    """Word ``size``-grams of the normalised text (the whole text when shorter)."""
    words = _WORD.findall(normalize(text))
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")] if words else [b""]
    return list({" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)})


def dedup_keys(body: str, text: str, config: DedupConfig) -> DedupKeys:
    content = hashlib.blake2b(normalize(body).encode("utf-8"), digest_size=16).hexdigest()
    return DedupKeys(content, _minhash(shingles(text, config.shingle), config.num_perm))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass
class Verdict:
    kind: str
    story_id: str
    duplicate_of: str | None = None
    similarity: float | None = None
    entities: list = field(default_factory=list)
    events: list = field(default_factory=list)
    story: dict | None = None  # the StoryUpdate to publish (None: nothing changed)
    publish: bool = True  # False for a producer's redelivery: no new outputs
    duplicate_kind: str | None = None  # exact | near when this article is a duplicate (also on replays)


class Deduper:
    """Decides one article at a time against the window; updates the stores and the index."""

    def __init__(self, config: DedupConfig, articles: MutableMapping[str, dict],
                 exact: MutableMapping[str, str], stories: MutableMapping[str, dict]) -> None:
        self.config = config
        self.articles, self.exact, self.stories = articles, exact, stories
        self.index = BandIndex(config.bands, config.rows)
        self.latest_ts = 0.0

    def rebuild(self) -> int:
        """Rebuild the in-memory index from the article store (after recovery); returns its size."""
        self.index = BandIndex(self.config.bands, self.config.rows)
        entries = sorted(((e["ts"], k, e["sig"]) for k, e in self.articles.items()), key=lambda t: (t[0], t[1]))
        for ts, article_id, sig in entries:
            self.index.add(article_id, DedupKeys.signature_from_b64(sig))
            self.latest_ts = max(self.latest_ts, ts)
        return len(entries)

    def decide(self, *, article_id: str, source: str, position: str | None, keys: DedupKeys, ts: float,
               seen_at: str, entities: list, events: list) -> Verdict:
        known = self.articles.get(article_id)
        if known is not None:
            same_delivery = position is not None and known.get("pos") == position
            first = self.articles.get(known["dup_of"]) if known.get("dup_of") else known
            known = {**known, "entities": (first or {}).get("entities", []), "events": (first or {}).get("events", [])}
            return Verdict(  # a replay re-publishes what the first pass may not have got out
                "replay" if same_delivery else "redelivery", known["story"], known.get("dup_of"), known.get("sim"),
                known.get("entities", []), known.get("events", []),
                story=self.stories.get(known["story"]) if same_delivery else None, publish=same_delivery,
                duplicate_kind=known["kind"] if known.get("dup_of") else None,
            )
        kind, original, root, sim = "original", None, None, None  # root: the matched article's entry
        if (first := self.exact.get(keys.content_hash)) is not None and (entry := self.articles.get(first)):
            kind, original, root, sim = "exact", first, entry, 1.0
        else:
            for candidate in self.index.query(keys.signature, limit=MAX_CANDIDATES):
                entry = self.articles.get(candidate)
                if entry is None:
                    continue
                s = similarity(keys.signature, DedupKeys.signature_from_b64(entry["sig"]))
                if s >= self.config.near_threshold and (sim is None or s > sim):
                    kind, original, root, sim = "near", candidate, entry, s
            if sim is not None:
                sim = round(sim, 4)
        if root is not None:
            story_id = root["story"]
            first_id = root.get("dup_of") or original
            first = root if first_id == original else (self.articles.get(first_id) or root)
            entities, events = first.get("entities", []), first.get("events", [])
        else:
            story_id, first_id = "s" + article_id[1:], None
        self.articles[article_id] = {
            "story": story_id, "hash": keys.content_hash, "sig": keys.signature_b64(), "ts": ts, "pos": position,
            "kind": kind, "dup_of": first_id, "sim": sim, "source": source,
            "entities": entities if kind == "original" else [], "events": events if kind == "original" else [],
        }
        if kind == "original":
            self.exact[keys.content_hash] = article_id
        self.index.add(article_id, keys.signature)
        self.latest_ts = max(self.latest_ts, ts)
        story = self._join_story(story_id, article_id, source, kind, sim, seen_at, ts)
        return Verdict(kind, story_id, first_id, sim, entities, events, story,
                       duplicate_kind=kind if original is not None else None)

    def _join_story(self, story_id: str, article_id: str, source: str, kind: str, sim: float | None,
                    seen_at: str, ts: float) -> dict:
        story = self.stories.get(story_id) or {
            "story_id": story_id, "members": [], "sources": [], "first_seen": seen_at, "last_seen": seen_at, "size": 0,
        }
        story = dict(story)
        if len(story["members"]) < MAX_STORY_MEMBERS:
            story["members"] = story["members"] + [
                {"article_id": article_id, "source": source, "kind": kind, "similarity": sim}]
        if source not in story["sources"]:
            story["sources"] = story["sources"] + [source]
        story["last_seen"] = max(story["last_seen"], seen_at)
        story["size"] = story.get("size", 0) + 1
        story["last_ts"] = max(story.get("last_ts", ts), ts)
        self.stories[story_id] = story
        return story

    def evict(self) -> int:
        """Forget articles older than the window (event time); returns how many were dropped."""
        cutoff = self.latest_ts - self.config.window_s
        dropped = 0
        while (oldest := self.index.oldest()) is not None:
            entry = self.articles.get(oldest)
            if entry is not None and entry["ts"] >= cutoff:
                break
            self.index.evict_oldest()
            if entry is not None:
                del self.articles[oldest]
                if self.exact.get(entry["hash"]) == oldest:
                    del self.exact[entry["hash"]]
                story = self.stories.get(entry["story"])
                if story is not None and story.get("last_ts", 0.0) < cutoff:
                    del self.stories[entry["story"]]  # nothing joined it within the window: closed
            dropped += 1
        return dropped

    def sizes(self) -> dict[str, int]:
        return {"articles": len(self.articles), "exact": len(self.exact), "stories": len(self.stories),
                "index": len(self.index)}
