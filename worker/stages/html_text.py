"""HTML bodies → plain text with paragraph breaks, mapped back to the HTML as received.

Why a small lexer and not selectolax/trafilatura: those return text without source
offsets, and every span Akhbar publishes must point into the original body. Feeds send
fragments (``<p>…</p>``, ``<br>``, entities), not whole pages with navigation to score, so
a linear scan that drops tags, comments, scripts and styles, decodes entities and turns
block tags into line breaks covers them; the Arabic line rules then run on the result.
"""

from __future__ import annotations

import html
import re

from ..textmap import MappedText, TextBuilder

__all__ = ["looks_like_html", "html_view", "unescape"]

_BLOCK = frozenset(
    "p br div li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer aside "
    "blockquote figure figcaption pre hr dd dt dl nav main address caption".split()
)
_SKIP_CONTENT = "script|style|noscript|template|iframe|svg|head|object|select|textarea"
_TOKENS = re.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    rf"|(?P<skip><(?P<skipname>{_SKIP_CONTENT})\b[^>]*>.*?(?:</(?P=skipname)\s*>|\Z))"
    r"|(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<![^>]*>|<\?[^>]*>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)"
    r"|(?P<text>[^<&]+|[<&])",
    re.DOTALL | re.IGNORECASE,
)
_HTML_HINT = re.compile(
    r"<(?:/?(?:p|br|div|span|a|b|i|em|strong|img|h[1-6]|ul|ol|li|table|tr|td|figure|figcaption|blockquote"
    r"|section|article|script|style|html|body|iframe|font|u|sup|sub)\b[^>]*>|!--)",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_NEWLINES = str.maketrans("\r\n", "  ")


def looks_like_html(body: str) -> bool:
    """True when the body carries markup: a known tag or a comment, not just a stray ``<``."""
    return _HTML_HINT.search(body) is not None


def unescape(text: str) -> str:
    """Decode entities in a short field (titles come as ``&quot;الخطوط&quot;``)."""
    return html.unescape(text) if "&" in text else text


def html_view(body: str) -> MappedText:
    """The readable text of ``body``: tags dropped, entities decoded, blocks on their own lines.

    Source line breaks are whitespace in HTML, so they become spaces (same length, so the
    map stays linear); only block elements start new lines.
    """
    out = TextBuilder()
    for m in _TOKENS.finditer(body):
        kind = m.lastgroup
        if kind == "text":
            out.add(m.group().translate(_NEWLINES), m.start(), m.end() - m.start())
        elif kind == "entity":
            decoded = html.unescape(m.group())
            out.add(decoded, m.start(), m.end() - m.start())  # shorter than its source: a mapped, non-linear run
        elif kind == "tag" and (m.group("name") or "").lower() in _BLOCK:
            out.insert("\n", m.start())
        # comments, scripts/styles and inline tags leave nothing behind
    return out.build()
