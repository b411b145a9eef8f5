"""Direct quotes: the text inside «», “” or "" — including quotes that run over paragraphs.

Two conventions for long quotes meet in Arabic news: the quote simply continues over line
breaks until its closing mark, or (the typographers' way) every paragraph of it reopens the
mark and only the last one closes it. Both come out as one ``Quote`` whose ``parts`` are its
paragraphs, so the statement it belongs to carries all of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ner.tokens import QUOTE_PAIRS

__all__ = ["Quote", "find_quotes"]

MAX_QUOTE = 4000  # characters: an unpaired mark must not swallow the rest of the article


@dataclass
class Quote:
    start: int  # offsets of the quoted text (inside the marks) in the text searched
    end: int
    parts: list[tuple[int, int]] = field(default_factory=list)  # one span per paragraph


def find_quotes(text: str) -> list[Quote]:
    out: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        close = QUOTE_PAIRS.get(ch)
        if close is None:
            i += 1
            continue
        quote = _read(text, i + 1, ch, close)
        if quote is None:
            i += 1
            continue
        if quote.end > quote.start:  # "" quotes nothing
            out.append(quote)
        i = quote.end + 1
    return out


def _read(text: str, start: int, opener: str, close: str) -> Quote | None:
    """The quote opened just before ``start``; None when it never closes nearby."""
    limit = min(len(text), start + MAX_QUOTE)
    parts: list[tuple[int, int]] = []
    a = start
    i = start
    while i < limit:
        ch = text[i]
        if ch == close:
            if opener == close and i > a and (text[a:i].rstrip().endswith(":") or _opens(text, i)):
                # «أن "الطائرات … الرئيسة. وأوضح: "نريد»، «"إن العناصر … للتنظيم. وأضاف رئيس الحكومة
                # "لكننا»: this mark opens the next quote; ours never closed
                return None
            parts.append((a, i))
            return Quote(parts[0][0], i, parts)
        if ch == "\n":
            j = i
            while j < limit and text[j].isspace():
                j += 1
            if j < limit and text[j] == opener and opener != close:
                parts.append((a, i))  # the next paragraph reopens the same quote
                a = i = j + 1
                continue
        if ch == opener and opener != close:
            return None  # a nested opening of the same kind before any close: not a quote
        i += 1
    return None


def _opens(text: str, i: int) -> bool:
    """Whether the straight mark at ``i`` has the shape of an opening one: a space before it and a
    letter right after (a closing mark follows the quoted word and precedes a space or stop)."""
    return text[i - 1].isspace() and i + 1 < len(text) and text[i + 1].isalpha()
