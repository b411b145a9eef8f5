"""``akhbar tail``: read a topic and print its records, Arabic shown right-to-left.

Terminals differ in bidi support: each Arabic line is wrapped in a right-to-left isolate
(U+2067 … U+2069) and right-aligned, so it reads correctly where the terminal implements
bidi and still lands on the right where it does not. ``--json`` prints raw JSON lines.
"""

from __future__ import annotations

import shutil
import sys
from typing import Any, Iterator

import orjson

from .config import Settings
from .kafka_clients import kafka_python_config
from .lang.ar.script import arabic_ratio

__all__ = ["consume", "render"]

RLI, PDI = "\u2067", "\u2069"


def consume(
    settings: Settings, topic: str, *, from_beginning: bool = True, max_records: int | None = None,
    idle_timeout_s: float | None = None,
) -> Iterator[Any]:
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        topic, auto_offset_reset="earliest" if from_beginning else "latest", enable_auto_commit=False,
        consumer_timeout_ms=int(idle_timeout_s * 1000) if idle_timeout_s else float("inf"),
        fetch_max_bytes=settings.max_message_bytes * 2, max_partition_fetch_bytes=settings.max_message_bytes,
        **kafka_python_config(settings),
    )
    try:
        for n, message in enumerate(consumer, start=1):
            yield message
            if max_records is not None and n >= max_records:
                return
    finally:
        consumer.close()


def _rtl(line: str, width: int) -> str:
    if arabic_ratio(line) < 0.5:
        return line
    return RLI + line + PDI if len(line) >= width else " " * (width - len(line)) + RLI + line + PDI


def render(value: bytes | None, width: int | None = None) -> str:
    width = width or shutil.get_terminal_size((100, 20)).columns
    try:
        record = orjson.loads(value or b"null")
    except orjson.JSONDecodeError:
        return repr(value[:300] if value else value)
    if not isinstance(record, dict):
        return repr(record)
    lines = []
    if "article_id" in record and "text" in record:
        lines.append(f"── {record['article_id']}  {record.get('source')}  published {record.get('published_at')}  story {record.get('story_id')}")
        if record.get("title"):
            lines.append(_rtl(record["title"], width))
        text = record.get("text", "")
        lines += [_rtl(p[:width - 2], width) for p in text.split("\n")[:3]]
        dateline = record.get("dateline") or {}
        where = "/".join(str(x) for x in (dateline.get("place_en") or dateline.get("place"), dateline.get("agency")) if x)
        kinds = sorted({b.get("kind", "?") for b in record.get("boilerplate", [])})
        dates = ", ".join(f"{d['text']}={d['value']}" for d in record.get("dates", [])[:3])
        lines.append(f"   dateline {where or '-'}  removed {', '.join(kinds) or '-'}  dates {dates or '-'}")
        if record.get("parent_article_id") or record.get("related"):
            lines.append(f"   split off {record.get('parent_article_id')}" if record.get("parent_article_id")
                         else f"   read-also tail → {', '.join(record['related'])}")
        lines.append(f"   entities {len(record.get('entities', []))}  events {len(record.get('events', []))}  "
                     f"language {record.get('language')}  duplicate_of {record.get('duplicate_of')}")
    elif "reason" in record and "original_b64" in record:
        lines.append(f"── DLQ {record['reason']}: {record['detail'][:200]}  ({record['original_size']} bytes, input {record.get('input')})")
    else:
        lines.append(orjson.dumps(record, option=orjson.OPT_INDENT_2).decode())
    return "\n".join(lines)


def tail(settings: Settings, topic: str, *, as_json: bool, **kwargs: Any) -> int:
    n = 0
    for message in consume(settings, topic, **kwargs):
        if as_json:
            sys.stdout.write((message.value or b"null").decode("utf-8", "replace") + "\n")
        else:
            print(render(message.value))
        sys.stdout.flush()
        n += 1
    return n
