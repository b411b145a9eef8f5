"""A regex alternation built as a trie, for long word lists.

Python's ``re`` tries an alternation's branches one by one at every position, so
``(?:word1|word2|…)`` over a hundred words is slow on long texts. Factoring common prefixes
(``ال…``) into a trie-shaped pattern lets a failing position fail after one or two
characters: 4–5x faster on the date trigger words over SaudiNewsNet.
"""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["trie_regex"]


def trie_regex(words: Iterable[str]) -> str:
    """A non-capturing pattern matching exactly the given words (longest first at each branch)."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
