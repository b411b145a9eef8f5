"""Operations through real processes: `akhbar topics` on the broker, and a real Prometheus server
scraping a running worker with Akhbar's alert rules loaded and the dashboard's queries run on it."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import orjson
import pytest
import yaml
from kafka import KafkaAdminClient
from kafka.admin import ConfigResource

from worker.broker import free_port
from worker.replay import article_from_text
from worker.worker_process import settings_env

from ..ops.conftest import require
from ..ops.promql import dashboard_queries
from ..ops.tools import prometheus_bin
from .conftest import produce

pytestmark = pytest.mark.broker

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
# Panels whose series only exist once the worker emits that kind of record.
MAY_BE_EMPTY = {"Events by type"}  # no event types are extracted yet (the events stage is its own issue)


def test_topics_command_creates_what_is_missing_and_is_idempotent(settings):
    mine = dataclasses.replace(settings, **{f"topic_{r}": f"{settings.topic_raw}-topics.{r}" for r in settings.topics})
    env = {**os.environ, **settings_env(mine)}
    first = subprocess.run([sys.executable, "-m", "worker.cli", "topics"], env=env, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("(created)") == len(mine.topics)
    second = subprocess.run([sys.executable, "-m", "worker.cli", "topics"], env=env, capture_output=True, text=True, timeout=60)
    assert second.returncode == 0 and "(created)" not in second.stdout
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap)
    try:
        partitions = {name: len(admin.describe_topics([name])[0]["partitions"]) for name in mine.topics.values()}
        stories = admin.describe_configs([ConfigResource("TOPIC", mine.topic_stories)])
    finally:
        admin.close()
    assert partitions[mine.topic_raw] == mine.partitions and partitions[mine.topic_dedup] == mine.dedup_partitions
    assert "cleanup.policy" in repr(stories) and "compact" in repr(stories)

class Prometheus:
    """A real Prometheus server on 127.0.0.1 with its own storage, stopped at teardown."""

    def __init__(self, binary: Path, config: Path, storage: Path, log: Path) -> None:
        self.port = free_port()
        self.log = log
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(
                [str(binary), f"--config.file={config}", f"--storage.tsdb.path={storage}",
                 f"--web.listen-address=127.0.0.1:{self.port}", "--log.level=warn"],
                stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while not self._ready():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"prometheus did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)

    def _ready(self) -> bool:
        try:
            return urllib.request.urlopen(f"http://127.0.0.1:{self.port}/-/ready", timeout=2).status == 200
        except OSError:
            return False

    def api(self, path: str, **params: str) -> dict:
        url = f"http://127.0.0.1:{self.port}/api/v1/{path}?{urllib.parse.urlencode(params)}"
        body = orjson.loads(urllib.request.urlopen(url, timeout=10).read())
        assert body["status"] == "success", body
        return body["data"]

    def query(self, expr: str) -> list:
        return self.api("query", query=expr)["result"]

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture
def prometheus_server(tmp_path):
    servers: list[Prometheus] = []

    def start(worker_port: int) -> Prometheus:
        config = tmp_path / "prometheus.yml"
        config.write_text(yaml.safe_dump({
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(DEPLOY / "prometheus" / "rules" / "akhbar.yml")],
            "scrape_configs": [{"job_name": "akhbar", "static_configs": [{"targets": [f"127.0.0.1:{worker_port}"]}]}],
        }))
        server = Prometheus(require(prometheus_bin) / "prometheus", config, tmp_path / "tsdb", tmp_path / "prometheus.log")
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def wait_for(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(1)


def test_prometheus_scrapes_the_worker_evaluates_the_rules_and_answers_every_dashboard_query(
    settings, start_worker, prometheus_server, examples_dir
):
    worker = start_worker()
    prometheus = prometheus_server(worker.port)
    seeds = [article_from_text(p) for p in sorted(examples_dir.glob("*.txt"))]
    copy = {**seeds[0], "id": seeds[0]["id"] + "-copy"}  # the same text under another id: an exact duplicate
    produce(settings, [(None, orjson.dumps(a)) for a in (*seeds, copy)] + [(b"bad", b"{not json")])
    # the copy and the "read also" tail split off it are both exact duplicates
    assert worker.wait_metric("akhbar_duplicates_total", 2, kind="exact") == 2
    assert worker.wait_metric("akhbar_dlq_total", 1, reason="invalid_json") == 1

    (target,) = wait_for(lambda: [t for t in prometheus.api("targets")["activeTargets"] if t["health"] == "up"],
                         30, "the worker's scrape target to be up")
    assert target["labels"]["job"] == "akhbar"
    published = worker.metric("akhbar_articles_published_total", source=copy["source"])
    assert published >= 2  # the seed and its exact copy (and what was split off them)
    assert float(wait_for(lambda: prometheus.query(f'akhbar_articles_published_total{{source="{copy["source"]}"}}'),
                          30, "the worker's series in Prometheus")[0]["value"][1]) == published
    assert prometheus.query('akhbar_dlq_total{reason="invalid_json"}')[0]["value"][1] == "1"
    assert prometheus.query("akhbar_ready")[0]["value"][1] == "1"

    # the alert rules loaded into the real server and evaluate without error
    def evaluated():
        groups = prometheus.api("rules")["groups"]
        rules = [r for g in groups for r in g["rules"]]
        return rules if rules and all(r.get("lastEvaluation", "").startswith("2") and
                                      not r["lastEvaluation"].startswith("0001") for r in rules) else None
    rules = wait_for(evaluated, 30, "the rules to be evaluated")
    assert {r["name"] for r in rules} >= {"AkhbarWorkerDown", "AkhbarNoThroughput", "AkhbarDeadLetterRate"}
    assert all(r["health"] == "ok" for r in rules), [(r["name"], r.get("lastError")) for r in rules]
    assert [a for a in prometheus.api("alerts")["alerts"] if a["state"] == "firing"] == []

    # every dashboard query parses in the real server and, after a few scrapes, has data
    def expand(expr: str) -> str:
        return expr.replace("$job", "akhbar").replace("$__rate_interval", "30s")
    queries = list(dashboard_queries(DEPLOY / "grafana" / "dashboards" / "akhbar.json"))

    def empty_panels():
        return [(title, expr) for title, expr in queries
                if title not in MAY_BE_EMPTY and not prometheus.query(expand(expr))]
    wait_for(lambda: not empty_panels(), 60, f"data in every panel; still empty: {empty_panels()}")
    for title in MAY_BE_EMPTY:  # still valid PromQL
        for _, expr in [q for q in queries if q[0] == title]:
            prometheus.query(expand(expr))
    duplicates = prometheus.query('sum by (kind) (akhbar_duplicates_total{job="akhbar"})')
    assert {d["metric"]["kind"]: d["value"][1] for d in duplicates} == {"exact": "2"}
