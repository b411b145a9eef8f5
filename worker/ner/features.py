"""Token features for the built-in tagger: computed once per word type, then shifted by position.

Feature extraction, not the CRF, dominated tagging time in the first measurements (~75%).
News vocabulary is Zipfian, so everything that depends only on the word (normal form,
clitic-free stem, affixes, shape, gazetteer tags) is built once per distinct surface form and
cached together with its "seen from a neighbour" copies; a sentence then only concatenates
cached lists. The cache is bounded: it is dropped when it outgrows ``CACHE_SIZE``.
"""

from __future__ import annotations

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

    def _word(self, token: str):
        hit = self._cache.get(token)
        if hit is not None:
            return hit
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
        entry = (norm, own, ctx)
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()
        self._cache[token] = entry
        return entry

    def normal(self, token: str) -> str:
        """The matching form of a token, as the features see it."""
        return self._word(token)[0]

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        words = [self._word(t) for t in tokens]
        n = len(words)
        out = []
        for i, (norm, own, _) in enumerate(words):
            feats = list(own)
            for k in _WINDOW:
                j = i + k
                if 0 <= j < n:
                    feats += words[j][2][k]
                elif k in (-1, 1):
                    feats.append(f"{k}BOUND")
            if i:
                feats.append("bg=" + words[i - 1][0] + "|" + norm)
            out.append(feats)
        for start, end, tags in self.gazetteer.matches([w[0] for w in words]):
            for i in range(start, end):
                pos = "B" if i == start else "I"
                out[i] += [f"G{pos}={t}" for t in tags]
        return out
