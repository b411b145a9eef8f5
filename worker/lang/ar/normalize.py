"""Arabic normalisation for MATCHING only (dedup keys, gazetteer lookups, ids).

Output text is never normalised: spans always point into the original body. This folds the
spelling variation seen in real feeds so that the same word compares equal: NFKC, tatweel,
diacritics, alef/alef-maksura/teh-marbuta (camel-tools), Persian/Urdu look-alike letters,
Arabic-Indic digits, and invisible zero-width/bidi controls.
"""

from __future__ import annotations

import re
import unicodedata

import regex

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

__all__ = ["normalize", "fold_digits", "INVISIBLES"]

# Zero-width and bidi control characters: invisible, yet they break equality.
INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad"
_LOOKALIKES = str.maketrans(
    {
        "\u06cc": "\u064a",  # ی Farsi yeh → ي
        "\u06d2": "\u064a",  # ے yeh barree → ي
        "\u06a9": "\u0643",  # ک keheh → ك
        "\u06af": "\u0643",  # گ gaf → ك
        "\u06d5": "\u0647",  # ە ae → ه
        "\u06c1": "\u0647",  # ہ heh goal → ه
        "\u0640": None,      # tatweel
        **{c: None for c in INVISIBLES},
    }
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = re.compile(r"\s+")


_HAS_DIGIT = re.compile("[٠-٩۰-۹]")


def fold_digits(text: str) -> str:
    """Arabic-Indic and Extended Arabic-Indic digits → ASCII digits (same length)."""
    # str.translate with a mapping is per-character Python work: skip it when there is nothing to fold
    return text.translate(_DIGITS) if _HAS_DIGIT.search(text) else text


# Real text stacks at most three or four marks on a letter. Longer runs are cut before NFKC,
# whose canonical reordering of combining marks is quadratic in the run length (a body of
# 450,000 diacritics took 200 s in C code that no time bound can interrupt).
_MARK_RUN = regex.compile(r"(\p{M}{4})\p{M}+")


def normalize(text: str) -> str:
    """Fold ``text`` to its matching form. Idempotent: normalize(normalize(x)) == normalize(x)."""
    text = unicodedata.normalize("NFKC", _MARK_RUN.sub(r"\1", text))
    text = text.translate(_LOOKALIKES).translate(_DIGITS)
    text = dediac_ar(text)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    text = normalize_teh_marbuta_ar(text)
    return _SPACES.sub(" ", text).strip()
