"""Just enough PromQL reading to list the metric names an expression (or dashboard) refers to."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

from prometheus_client import CollectorRegistry

_KEYWORDS = {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right",
             "offset", "bool", "inf", "nan"}
_STRINGS = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')
_BRACES = re.compile(r"\{[^{}]*\}")
_RANGES = re.compile(r"\[[^\]]*\]")
_GROUPING = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_NAME = re.compile(r"(?<![\w$.])([a-zA-Z_:][a-zA-Z0-9_:]*)\b(?!\s*\()")


def metric_names(expr: str) -> set[str]:
    """Metric names in ``expr``: identifiers that are not functions, keywords, labels or durations."""
    text = _STRINGS.sub('""', expr)
    text = _BRACES.sub(" ", text)
    text = _RANGES.sub(" ", text)
    text = _GROUPING.sub(" ", text)
    text = re.sub(r"\b\d+(\.\d+)?(e[+-]?\d+)?\b", " ", text)
    return {n for n in _NAME.findall(text) if n.lower() not in _KEYWORDS}


def exported_names(registry: CollectorRegistry) -> set[str]:
    """Every series name the registry exposes, with the suffixes each metric type adds."""
    suffixes = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_count", "_sum", "_created"),
                "summary": ("", "_count", "_sum", "_created"), "gauge": ("",), "info": ("_info",)}
    return {family.name + s for family in registry.collect() for s in suffixes.get(family.type, ("",))}


def dashboard_queries(path: Path) -> Iterator[tuple[str, str]]:
    """(panel title, PromQL) for every target of every panel, and the templating queries."""
    dashboard = json.loads(path.read_text())
    for panel in dashboard["panels"]:
        for target in panel.get("targets", []):
            yield panel["title"], target["expr"]
    for var in dashboard.get("templating", {}).get("list", []):
        query = var.get("query")
        if isinstance(query, dict):
            label_values = re.fullmatch(r"label_values\((\w+),\s*\w+\)", query["query"])
            yield f"variable {var['name']}", label_values.group(1) if label_values else query["query"]
