"""Label consistency within one article: a name tagged once is tagged everywhere it recurs.

A CRF decides each sentence alone, so it finds "الرئيس الروسي فلاديمير بوتين" where the title
gives the name away and then misses a bare "وأكد بوتين" three sentences later. News repeats
its names, so after tagging the whole article the names found are looked up again in the
untagged tokens: the full name, and for people also the surname alone (the form news uses
after the first mention). Clitics are allowed on the first word (وبوتين, لروسيا).
"""

from __future__ import annotations

from collections import Counter
from typing import Callable

from ..lang.ar.clitics import stems
from ..lang.ar.normalize import normalize
from .conll import bio_spans

__all__ = ["propagate", "REGNAL"]

_MIN_LETTERS = 3
MIN_CONFIDENCE = 0.7  # only names the tagger was sure of are copied
# a regnal number ends a name but is no surname: "عبدالله الثاني" is not "النائب الثاني"
REGNAL = frozenset(normalize(w) for w in "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split())


def _names(docs, confidence, common) -> dict[tuple[str, ...], str]:
    votes: dict[tuple[str, ...], Counter] = {}
    for n, (norms, labels) in enumerate(docs):
        for kind, start, end in bio_spans(labels):
            if confidence and sum(confidence[n][start:end]) / (end - start) < MIN_CONFIDENCE:
                continue
            words = norms[start:end]
            first = stems(words[0])
            keys = [(form, *words[1:]) for form in first]
            if kind == "PER" and end - start >= 2 and words[-1] not in REGNAL:
                keys.append((words[-1],))
            for key in keys:
                if all(len(w) >= _MIN_LETTERS and not common(w) for w in key):
                    votes.setdefault(key, Counter())[kind] += 1
    return {key: c.most_common(1)[0][0] for key, c in votes.items()}


def propagate(
    docs: list[tuple[list[str], list[str]]],
    confidence: list[list[float]] | None = None,
    common: Callable[[str], bool] = lambda word: False,
) -> list[list[str]]:
    """``docs``: one article's sentences as (normalised tokens, labels). Returns new labels.

    ``confidence`` (per token, as from the tagger) keeps unsure spans from spreading;
    ``common(word)`` keeps everyday words (الرئيس, الدول) from becoming names.
    """
    names = _names(docs, confidence, common)
    if not names:
        return [labels for _, labels in docs]
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # first word → (rest, type), longest first
    for key, kind in sorted(names.items(), key=lambda kv: -len(kv[0])):
        by_first.setdefault(key[0], []).append((key[1:], kind))
    out = []
    for norms, labels in docs:
        labels = list(labels)
        i, n = 0, len(norms)
        while i < n:
            hit = None
            if labels[i] == "O":
                for form in stems(norms[i]):  # the longest name wins, then the word's own form
                    for rest, kind in by_first.get(form, ()):
                        end = i + 1 + len(rest)
                        if (hit is None or end - i > hit[0]) and end <= n and tuple(norms[i + 1:end]) == rest \
                                and all(lab == "O" for lab in labels[i + 1:end]):
                            hit = (end - i, kind)
                            break
            if hit:
                length, kind = hit
                labels[i] = "B-" + kind
                for j in range(i + 1, i + length):
                    labels[j] = "I-" + kind
                i += length
            else:
                i += 1
        out.append(labels)
    return out
