"""What outlets wrap around an article: line rules, "read also" tails and inline footers.

Each rule was written from lines seen in real feeds (Sputnik, SANA, and the 14 Saudi
outlets of SaudiNewsNet); the comment next to it says where. Rules match one stripped
line and are anchored, and lines longer than a rule's ``max_len`` never match it, so a
paragraph that merely mentions "المصدر" or "تابعنا" is never removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "LineRule", "LINE_RULES", "classify_line", "date_label", "is_tail_marker", "inline_tail", "navigation_prefix",
]


@dataclass(frozen=True, slots=True)
class LineRule:
    kind: str
    pattern: re.Pattern
    max_len: int


def _rule(kind: str, pattern: str, max_len: int = 160) -> LineRule:
    return LineRule(kind, re.compile(pattern, re.IGNORECASE), max_len)


LINE_RULES: tuple[LineRule, ...] = (
    # Sputnik: "© Sputnik . Sergey Guneev / الانتقال إلى بنك الصور <caption>"; agency photo lines
    _rule("photo_credit", r"^©|الانتقال إلى بنك الصور|^\(?(?:تصوير|الصورة|صورة|الصور|Photo)\s*[:/]", 400),
    # Sputnik "/ تابعنا عبر"; "تابعونا على تويتر"
    _rule(
        "follow",
        r"^/?\s*(?:تابعونا|تابعنا|تابعوا)\s+(?:عبر|على)\s*(?:$|(?:تويتر|فيسبوك|فيس بوك|انستغرام|إنستغرام|يوتيوب|تلغرام"
        r"|تيليجرام|واتساب|حساب|حسابات|صفحة|صفحتنا|قناة|قناتنا|منصة|منصات|موقع|Twitter|Facebook|Instagram|YouTube"
        r"|Telegram|X)(?:\s|$|[:،,]))",
        100,
    ),
    _rule("share", r"^(?:شارك|شارك الخبر|شارك المقال|مشاركة|أرسل لصديق|طباعة|Share|Print)\s*(?::|$)", 60),
    # 3alyoum galleries "Next Previous"; "...المزيد"
    _rule("navigation", r"^(?:Next\s+Previous|Previous\s+Next|\.{2,}\s*المزيد|المزيد\s*\.{2,}|اقرأ المزيد)$", 60),
    # SANA "المصدر: الوكالة العربية السورية للأنباء" → original_source
    _rule("source", r"^(?:المصدر|مصدر الخبر|المصدر الأصلي|Source)\s*:\s*(?P<value>\S.{0,100})$", 120),
    # SANA "كلمات دلالية: …"
    _rule("tags", r"^(?:كلمات دلالية|الكلمات الدلالية|كلمات مفتاحية|الكلمات المفتاحية|الوسوم|وسوم|Tags)\s*:", 400),
    # okaz/almadina columnists: e-mail line, "للتواصل أرسل sms …", "لمراسلة الكاتب: …"
    _rule(
        "contact",
        r"^(?:تويتر\s*:\s*)?\S+@\S+\.[a-z]{2,}$|للتواصل مع الكاتب|للتواصل أرسل|لمراسلة الكاتب"
        r"|^\d+\s*-\s*(?:Stc|Mobily|Zain)$|^الاتصالات\s*[,،]\s*\d+",
        300,
    ),
    # aawsat "* خدمة «نيويورك تايمز»", "خاص بـ«الشرق الأوسط»"
    _rule("syndication", r"^\*?\s*(?:خدمة|خاص بـ|بالاتفاق مع)\s*[«{\"]", 80),
    # "***", "* * *", "—", ">"
    _rule("separator", r"^[\s*\-_.•·>=~—–]+$", 40),
)

_DATE_LABEL = re.compile(
    r"^(?P<label>تاريخ النشر|نشر في|نشر بتاريخ|تاريخ الإضافة|آخر تحديث|تم التحديث|Published|Updated)\s*:?\s*",
    re.IGNORECASE,
)
# "إقرأ أيضاً:" alone on its line starts other articles (SANA via aggregator); so do "related" blocks.
_TAIL_MARKER = re.compile(
    r"^(?:(?:إقرأ|اقرأ|إقرا|اقرا|شاهد|طالع)\s+(?:أيضاً|أيضا|ايضا|ايضاً|أيضًا|كذلك)"
    r"|(?:مواضيع|أخبار|اخبار|مقالات|موضوعات)\s+(?:ذات صلة|متعلقة)|الأكثر قراءة|المزيد من الأخبار)\s*[:：]?\s*$"
)
# "اقرأ أيضا: <headline>" on one line inside the body: a link, drop the line only.
_READ_ALSO_LINK = re.compile(r"^(?:إقرأ|اقرأ|إقرا|اقرا|شاهد|طالع)\s+(?:أيضاً|أيضا|ايضا|ايضاً|أيضًا)\s*:", 0)
# Footers glued to the last paragraph: alweeam "رابط الخبر بصحيفة الوئام: <title>",
# 3alyoum "سمات <tag> <tag> …" (tags without punctuation).
_INLINE_TAIL = re.compile(
    r"(?:^|\s)(?P<kind_link_back>رابط الخبر بصحيفة\s+\S+\s*:[^\n]{0,300})$"
    r"|\s(?P<kind_tags>سمات(?:\s+[^\s.!؟?:«»\"،,]+){1,30})\s*$"
)
_NAVIGATION_PREFIX = re.compile(r"^(?:Next\s+Previous|Previous\s+Next)\s*", re.IGNORECASE)


def classify_line(line: str) -> tuple[str, str | None] | None:
    """(kind, captured value) when the stripped ``line`` is boilerplate, else None."""
    n = len(line)
    if n > 400:
        return None
    if _READ_ALSO_LINK.match(line):
        return "read_also", None
    for rule in LINE_RULES:
        if n <= rule.max_len and (m := rule.pattern.search(line)):
            return rule.kind, m.groupdict().get("value")
    return None


def date_label(line: str) -> str | None:
    """The date part of "تاريخ النشر: …"/"آخر تحديث: …", else None."""
    m = _DATE_LABEL.match(line)
    return line[m.end():] if m and len(line) <= 120 else None


def is_tail_marker(line: str) -> bool:
    return len(line) <= 60 and _TAIL_MARKER.match(line) is not None


def inline_tail(line: str) -> tuple[int, str] | None:
    """(offset in ``line`` where a glued footer starts, its kind), else None."""
    m = _INLINE_TAIL.search(line[-600:])
    if not m:
        return None
    kind = "link_back" if m.group("kind_link_back") else "tags"
    group = "kind_link_back" if kind == "link_back" else "kind_tags"
    return len(line) - len(line[-600:]) + m.start(group), kind


def navigation_prefix(line: str) -> int:
    """Length of a gallery "Next Previous" glued before the first paragraph (3alyoum), else 0."""
    m = _NAVIGATION_PREFIX.match(line)
    return m.end() if m else 0
