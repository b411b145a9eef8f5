"""Text derived from an original string, with every offset mappable back to the original.

Cleaning removes lines, strips HTML and decodes entities, yet entities, events and
boilerplate must point into the body *as received*. Rather than carry a per-character
offset array (8 bytes a character), a derived text is a list of segments: each one is a run
of the derived text that came from one run of the original. A segment is *linear* when both
runs have the same length (a copied slice, possibly with whitespace folded), so an offset
inside it maps by arithmetic; otherwise (a decoded ``&amp;``, an inserted line break) the
whole segment maps to the whole original run.
"""

from __future__ import annotations

from bisect import bisect_right

__all__ = ["MappedText", "TextBuilder"]


class MappedText:
    __slots__ = ("text", "_t", "_o", "_tl", "_ol")

    def __init__(self, text: str, segments: list[tuple[int, int, int, int]]) -> None:
        """``segments``: (text_start, original_start, text_len, original_len), sorted, contiguous."""
        self.text = text
        self._t = [s[0] for s in segments]
        self._o = [s[1] for s in segments]
        self._tl = [s[2] for s in segments]
        self._ol = [s[3] for s in segments]

    @classmethod
    def identity(cls, original: str) -> "MappedText":
        return cls(original, [(0, 0, len(original), len(original))] if original else [])

    def _segment(self, pos: int) -> int:
        return max(bisect_right(self._t, pos) - 1, 0)

    def _orig(self, pos: int, *, end: bool) -> int:
        if not self._t:
            return 0
        i = self._segment(pos - 1 if end and pos > 0 else pos)
        offset = pos - self._t[i]
        if self._tl[i] == self._ol[i]:
            return self._o[i] + max(0, min(offset, self._ol[i]))
        return self._o[i] + (self._ol[i] if end else 0)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original of ``self.text[start:end]`` (end exclusive)."""
        if end <= start:
            at = self._orig(start, end=False)
            return at, at
        return self._orig(start, end=False), self._orig(end, end=True)

    def pieces(self, start: int, end: int):
        """Yield (text_piece, original_start, original_len, linear) covering ``text[start:end]``."""
        if end <= start or not self._t:
            return
        i = self._segment(start)
        while i < len(self._t) and self._t[i] < end:
            t0, o0, tl, ol = self._t[i], self._o[i], self._tl[i], self._ol[i]
            lo, hi = max(start, t0), min(end, t0 + tl)
            if hi > lo:
                if tl == ol:
                    yield self.text[lo:hi], o0 + lo - t0, hi - lo, True
                else:  # (part of) a decoded entity or an inserted break: maps to the whole source run
                    yield self.text[lo:hi], o0, ol, False
            i += 1


class TextBuilder:
    """Accumulates a derived text segment by segment."""

    __slots__ = ("_parts", "_segments", "_len")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[tuple[int, int, int, int]] = []
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def add(self, text: str, original_start: int, original_len: int) -> None:
        """Append ``text`` that stands for ``original[original_start:original_start + original_len]``."""
        if not text:
            return
        seg = self._segments
        if seg and len(text) == original_len:
            t0, o0, tl, ol = seg[-1]
            if tl == ol and o0 + ol == original_start:  # extend a linear run: keeps the map small
                seg[-1] = (t0, o0, tl + len(text), ol + original_len)
                self._parts.append(text)
                self._len += len(text)
                return
        seg.append((self._len, original_start, len(text), original_len))
        self._parts.append(text)
        self._len += len(text)

    def insert(self, text: str, original_at: int) -> None:
        """Text that has no source (a line break between kept lines): maps to a point."""
        if text:
            self._segments.append((self._len, original_at, len(text), 0))
            self._parts.append(text)
            self._len += len(text)

    def copy(self, source: MappedText, start: int, end: int) -> None:
        """Append ``source.text[start:end]``, mapped through to ``source``'s original."""
        for piece, o_start, o_len, _linear in source.pieces(start, end):
            self.add(piece, o_start, o_len)

    def build(self) -> MappedText:
        return MappedText("".join(self._parts), self._segments)
