"""Arabic proclitics on a normalised word: the forms a name can hide behind.

Names arrive glued to conjunctions, prepositions and the article (وبوتين, لروسيا,
بالكرملين). Stripping blindly breaks names that start with the same letters (بوتين, لبنان,
كازاخستان), so this yields *candidates*, most literal first, and callers keep the first one a
lexicon or another mention knows.
"""

from __future__ import annotations

import functools

__all__ = ["stems", "strip_conjunction"]

_CONJ = "وف"
_PREP = "بلك"


def strip_conjunction(word: str) -> str:
    """وروسيا → روسيا (only when at least three letters remain)."""
    return word[1:] if len(word) > 3 and word[0] in _CONJ else word


@functools.lru_cache(maxsize=262_144)
def stems(word: str, *, article: bool = True) -> tuple[str, ...]:
    """Candidate forms of a normalised word without its proclitics, the word itself first.

    ``stems("وبالكرملين") == ("وبالكرملين", "بالكرملين", "الكرملين", "كرملين")``; with
    ``article=False`` the article stays (السورية is an adjective, not the country سورية).
    """
    out = [word]
    w = word
    if len(w) > 3 and w[0] in _CONJ:
        w = w[1:]
        out.append(w)
    if w.startswith("لل") and len(w) > 4:  # للرئيس = ل + الرئيس
        w = "ال" + w[2:]
        out.append(w)
    elif len(w) > 3 and w[0] in _PREP:
        w = w[1:]
        out.append(w)
    if article and w.startswith("ال") and len(w) > 4:
        out.append(w[2:])
    return tuple(out)
