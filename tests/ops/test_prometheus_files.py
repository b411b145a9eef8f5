"""Prometheus config, alert rules and their unit tests, checked by the real promtool."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml

from worker.stream.metrics import Metrics

from .promql import exported_names, metric_names

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
PROMETHEUS = DEPLOY / "prometheus"
RULES = PROMETHEUS / "rules" / "akhbar.yml"
RULE_TESTS = PROMETHEUS / "tests" / "akhbar_test.yml"
ALERTS_REQUIRED = {"AkhbarWorkerDown", "AkhbarConsumerLagGrowing", "AkhbarDeadLetterRate",
                   "AkhbarNoThroughput", "AkhbarHighProcessingLatency"}


def promtool_run(promtool: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([promtool, *args], capture_output=True, text=True, timeout=120)


def alerts(path: Path = RULES) -> list[dict]:
    return [rule for group in yaml.safe_load(path.read_text())["groups"] for rule in group["rules"]]


def test_promtool_accepts_the_scrape_config_and_finds_the_rules(promtool):
    got = promtool_run(promtool, "check", "config", str(PROMETHEUS / "prometheus.yml"))
    assert got.returncode == 0, got.stdout + got.stderr
    assert "SUCCESS: 1 rule files found" in got.stdout + got.stderr


def test_promtool_accepts_the_rules(promtool):
    got = promtool_run(promtool, "check", "rules", str(RULES))
    assert got.returncode == 0, got.stdout + got.stderr
    assert f"SUCCESS: {len(alerts())} rules found" in got.stdout + got.stderr


def test_every_alert_passes_its_promtool_unit_tests(promtool):
    got = promtool_run(promtool, "test", "rules", str(RULE_TESTS))
    assert got.returncode == 0, got.stdout + got.stderr
    assert "SUCCESS" in got.stdout + got.stderr


def test_the_issue_alerts_exist_and_each_has_a_unit_test_that_fires_it():
    names = {rule["alert"] for rule in alerts()}
    assert ALERTS_REQUIRED <= names
    tests = yaml.safe_load(RULE_TESTS.read_text())["tests"]
    fired = {case["alertname"] for test in tests for case in test.get("alert_rule_test", []) if case["exp_alerts"]}
    assert fired == names, "every alert needs a unit test where it fires"
    for rule in alerts():
        assert rule["labels"]["severity"] in {"warning", "critical"}
        assert rule["annotations"]["summary"] and rule["annotations"]["description"]


def test_a_broken_rule_is_caught(promtool, tmp_path):
    """The check above would catch a mistake: the same file with a typo in one expression fails."""
    broken = tmp_path / "broken.yml"
    broken.write_text(RULES.read_text().replace("> 1000", "> > 1000", 1))
    got = promtool_run(promtool, "check", "rules", str(broken))
    assert got.returncode != 0


def test_a_changed_threshold_fails_the_rule_unit_tests(promtool, tmp_path):
    shutil.copytree(PROMETHEUS, tmp_path / "prometheus")
    rules = tmp_path / "prometheus" / "rules" / "akhbar.yml"
    rules.write_text(rules.read_text().replace("for: 2m", "for: 10m", 1))
    got = promtool_run(promtool, "test", "rules", str(tmp_path / "prometheus" / "tests" / "akhbar_test.yml"))
    assert got.returncode != 0 and "AkhbarWorkerDown" in got.stdout + got.stderr


def test_rules_use_only_metrics_the_worker_exports():
    exported = exported_names(Metrics().registry) | {"up"}
    for rule in alerts():
        names = metric_names(rule["expr"])
        assert names and names <= exported, (rule["alert"], names - exported)
