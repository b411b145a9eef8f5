"""The Grafana dashboard refers only to series the worker really exports, and shows what the issue asks."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from worker.stream.metrics import Metrics

from .promql import dashboard_queries, exported_names, metric_names

GRAFANA = Path(__file__).resolve().parents[2] / "deploy" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "akhbar.json"


def test_every_dashboard_query_uses_only_exported_metric_names():
    exported = exported_names(Metrics().registry) | {"up"}
    queries = list(dashboard_queries(DASHBOARD))
    assert len(queries) >= 20
    for title, expr in queries:
        names = metric_names(expr)
        assert names, (title, expr)
        assert names <= exported, (title, names - exported)


def test_metric_name_reader_sees_names_and_skips_functions_labels_and_durations():
    expr = ('histogram_quantile(0.99, sum by (stage, le) (rate(akhbar_processing_seconds_bucket{job=~"$job", '
            'stage!="x"}[$__rate_interval]))) / ignoring (reason) group_left up offset 5m')
    assert metric_names(expr) == {"akhbar_processing_seconds_bucket", "up"}
    assert metric_names('sum(akhbar_dlq_totl{reason="a b"})') == {"akhbar_dlq_totl"}  # a typo is a name too


def test_dashboard_has_the_panels_operators_need():
    dashboard = json.loads(DASHBOARD.read_text())
    panels = [p for p in dashboard["panels"] if p["type"] != "row"]
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    queries = " ".join(t["expr"] for p in panels for t in p["targets"])
    for series in ("akhbar_articles_consumed_total", "akhbar_consumer_lag_messages", "akhbar_dlq_total",
                   "akhbar_duplicates_total", "akhbar_entities_total", "akhbar_events_total",
                   "akhbar_processing_seconds_bucket"):
        assert series in queries
    assert "sum by (reason)" in queries and "sum by (kind)" in queries and "sum by (type)" in queries
    assert all(f"histogram_quantile({q}" in queries for q in ("0.5", "0.95", "0.99"))
    for panel in panels:  # laid out on Grafana's 24-column grid
        grid = panel["gridPos"]
        assert grid["x"] + grid["w"] <= 24 and grid["h"] > 0


def test_dashboard_datasource_is_the_provisioned_one():
    dashboard = json.loads(DASHBOARD.read_text())
    provisioned = yaml.safe_load((GRAFANA / "provisioning" / "datasources" / "prometheus.yml").read_text())
    (variable,) = [v for v in dashboard["templating"]["list"] if v["type"] == "datasource"]
    assert variable["current"]["value"] == provisioned["datasources"][0]["uid"]
    for panel in dashboard["panels"]:
        if panel["type"] != "row":
            assert panel["datasource"]["uid"] == "${datasource}"
