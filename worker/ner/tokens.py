"""Tokens with character offsets, grouped into sentences: the unit every NER backend sees.

ANERcorp-style tokenisation: a word keeps its clitics (والصادرات), punctuation stands alone,
digits form their own tokens. Offsets index the text given, so a span found on the cleaned
text maps back to the original body through ``MappedText``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Token", "tokenize", "sentences"]

# letters/digits plus Arabic diacritics and tatweel inside a word; any other non-space char alone
_TOKEN = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+|[^\s]")
_SENTENCE_END = frozenset(".!?؟…")
MAX_SENTENCE = 120  # tokens; longer runs (lists, tables) are cut so one item never costs O(n²)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def sentences(text: str) -> list[list[Token]]:
    """Tokens split at sentence punctuation and line breaks."""
    out: list[list[Token]] = []
    current: list[Token] = []
    last_end = 0
    for tok in tokenize(text):
        if current and ("\n" in text[last_end:tok.start] or len(current) >= MAX_SENTENCE):
            out.append(current)
            current = []
        current.append(tok)
        last_end = tok.end
        if tok.text in _SENTENCE_END:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out
