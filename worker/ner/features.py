"""Token features for the built-in tagger: computed once per word type, then shifted by position.

Feature extraction, not the CRF, dominated tagging time in the first measurements (~75%).
News vocabulary is Zipfian, so everything that depends only on the word (normal form,
clitic-free stem, affixes, shape, gazetteer tags) is built once per distinct surface form and
cached together with its "seen from a neighbour" copies; a sentence then only concatenates
cached lists. The cache is bounded: it is dropped when it outgrows ``CACHE_SIZE``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lang.ar.clitics import stems
from ..lang.ar.normalize import normalize
from .frequency import Frequencies
from .gazetteer import Gazetteer

__all__ = ["Featurizer", "CACHE_SIZE"]

CACHE_SIZE = 300_000
_WINDOW = (-2, -1, 1, 2)
_PUNCT = frozenset(".,،؛:;!?؟\"'()[]{}«»“”-–—/…")


def _shape(word: str) -> str:
    if word.isdigit():
        return "num"
    if word in _PUNCT:
        return "punct"
    if all("\u0600" <= c <= "\u06ff" for c in word):
        return "ar"
    if word.isascii() and word.isalpha():
        return "LAT" if word.isupper() else ("Lat" if word[0].isupper() else "lat")
    return "other"


class Featurizer:
    """Turns a sentence of token strings into CRFsuite feature lists."""

    def __init__(self, gazetteer: Gazetteer, frequencies: Frequencies | None = None) -> None:
        self.gazetteer = gazetteer
        self.frequencies = frequencies or Frequencies()
        self._cache: dict[str, tuple[str, list[str], dict[int, list[str]]]] = {}

    def features(self, token: str) -> tuple[str, list[str], dict[int, list[str]]]:
        """(normal form, the word's own features, the features it lends to the word ``k`` away)."""
        hit = self._cache.get(token)
        if hit is None:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            hit = self._cache[token] = self.compute(token)
        return hit

    def compute(self, token: str) -> tuple[str, list[str], dict[int, list[str]]]:
        """``features`` without the cache, for callers that keep their own digest of it."""
        norm = normalize(token) or token
        if norm.isascii():
            norm = norm.lower()
        forms = stems(norm)
        core = forms[-1]
        shape = _shape(token)
        gaz = sorted(self.gazetteer.word_tags(norm))
        own = [
            "b", "w=" + norm, "c=" + core, "p2=" + core[:2], "p3=" + core[:3],
            "x1=" + norm[-1:], "x2=" + norm[-2:], "x3=" + norm[-3:], "sh=" + shape,
            "len=" + str(min(len(core), 8)),
        ]
        if len(forms) > 1:
            own.append("pre=" + norm[: len(norm) - len(core)])
        # letter trigrams of the stem: transliterated names share their letter patterns (-وف،
        # -سكي، ـيتش) whether or not training saw the name (dev F1 +1.4, PER +4; 2- and 4-grams
        # and 4-letter affixes measured worse)
        padded = "^" + core + "$"
        own += ["n3=" + padded[i:i + 3] for i in range(len(padded) - 2)]
        own += ["g=" + t for t in gaz]
        freq = self.frequencies.features(norm, core)
        own += freq
        ctx = {}
        for k in _WINDOW:
            feats = [f"{k}w={norm}", f"{k}c={core}"]
            if k in (-1, 1):
                feats.append(f"{k}sh={shape}")
                feats += [f"{k}g={t}" for t in gaz]
                feats += [f"{k}{f}" for f in freq]
            ctx[k] = feats
        return norm, own, ctx

    def normal(self, token: str) -> str:
        """The matching form of a token, as the features see it."""
        return self.features(token)[0]

    def sentence_features(self, norms: list[str]) -> Iterator[tuple[int, str]]:
        """(position, feature) for what depends on the sentence, not on one word: its bounds,
        word pairs and gazetteer names spanning several words."""
        n = len(norms)
        yield 0, "-1BOUND"
        yield n - 1, "1BOUND"
        for i in range(1, n):
            yield i, "bg=" + norms[i - 1] + "|" + norms[i]
        for start, end, tags in self.gazetteer.matches(norms):
            for i in range(start, end):
                pos = "B" if i == start else "I"
                for t in tags:
                    yield i, f"G{pos}={t}"

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        """Every token's features, as CRFsuite trains on them."""
        words = [self.features(t) for t in tokens]
        n = len(words)
        out = []
        for i, (_, own, _) in enumerate(words):
            feats = list(own)
            for k in _WINDOW:
                j = i + k
                if 0 <= j < n:
                    feats += words[j][2][k]
            out.append(feats)
        for i, feature in self.sentence_features([w[0] for w in words]):
            out[i].append(feature)
        return out
