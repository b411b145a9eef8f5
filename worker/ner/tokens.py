"""Tokens with character offsets, grouped into sentences: the unit every NER backend sees.

ANERcorp-style tokenisation: a word keeps its clitics (والصادرات), punctuation stands alone,
digits form their own tokens. Offsets index the text given, so a span found on the cleaned
text maps back to the original body through ``MappedText``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokenize", "sentences", "QUOTE_PAIRS"]

QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}  # opening → closing mark; each stands as a token of its own

# letters/digits plus Arabic diacritics and tatweel inside a word; any other non-space char alone
_TOKEN = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+|[^\s]")
_SENTENCE_END = frozenset(".!?؟…")
_ABBREVIATIONS = frozenset("دأم")  # د. (doctor), أ. (professor), م. (engineer) before a name
MAX_SENTENCE = 120  # tokens; longer runs (lists, tables) are cut so one item never costs O(n²)


class Token(NamedTuple):  # a tuple, not a dataclass: an article makes ~800 of them (profiled)
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), *m.span()) for m in _TOKEN.finditer(text)]


def _abbreviation(prev: Token | None, dot: Token, current: list[Token]) -> bool:
    """A full stop right after a one-letter title ("د. عبدالله", "أ.د.") ends no sentence; "2015م."
    does (م after a number is the era, not "engineer")."""
    if dot.text != "." or prev is None or prev.end != dot.start or prev.text not in _ABBREVIATIONS:
        return False
    before = current[-3] if len(current) >= 3 else None
    return not (prev.text == "م" and before is not None and before.text.isdigit())


_INITIAL = 3  # letters of one initial written out (بي، سي، آي)
_NEXT = re.compile(r"[^\W_]+")


def _inside_word(prev: Token | None, dot: Token, text: str) -> bool:
    """A full stop glued to short words or digits on both sides ends no sentence: initials written
    together ("بي.بي.سي", "أو.سي.آي") and decimals ("2.5") — but "والجزائر.وشددوا" and "».وفي" (a space
    left out after a sentence) do."""
    if dot.text != "." or prev is None or prev.end != dot.start or not (nxt := _NEXT.match(text, dot.end)):
        return False
    after = nxt.group()
    return prev.text.isdigit() and after.isdigit() or prev.text.isalpha() and len(prev.text) <= _INITIAL \
        and len(after) <= _INITIAL and after[0] not in "وف"  # (not "».وفي", "له.وقال": the next sentence)


def sentences(text: str, tokens: list[Token] | None = None) -> list[list[Token]]:
    """Tokens (``tokenize(text)`` unless given) split at sentence punctuation and line breaks."""
    out: list[list[Token]] = []
    current: list[Token] = []
    last_end = 0
    prev = None
    for tok in tokenize(text) if tokens is None else tokens:
        if current and ("\n" in text[last_end:tok.start] or len(current) >= MAX_SENTENCE):
            out.append(current)
            current = []
        current.append(tok)
        if tok.text in _SENTENCE_END and not _abbreviation(prev, tok, current) and not _inside_word(prev, tok, text):
            out.append(current)
            current = []
        last_end = tok.end
        prev = tok
    if current:
        out.append(current)
    return out
