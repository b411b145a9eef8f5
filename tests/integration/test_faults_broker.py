"""Fault suite: the broker restarts, crashes or freezes under a running worker. Nothing is lost,
the worker rides it out, and a blocked downstream applies back-pressure instead of growing memory."""

from __future__ import annotations

import os
import signal
import time

import pytest

from worker.broker import LocalBroker

from .articles import distinct_article
from .conftest import Workers, produce, test_settings
from .faults import Sent, peak_rss_mb, verify

pytestmark = pytest.mark.broker


@pytest.fixture
def own_broker(tmp_path):
    """A broker of this test's own: it gets restarted, killed and frozen."""
    broker = LocalBroker(data_dir=tmp_path / "kafka").start()
    yield broker
    if broker.proc is not None and broker.proc.poll() is None:
        os.killpg(broker.proc.pid, signal.SIGCONT)
    broker.stop(kill=True)


@pytest.fixture
def own(own_broker, tmp_path):
    settings = test_settings(own_broker.bootstrap, tmp_path / "data")
    workers = Workers(settings, tmp_path)
    yield own_broker, settings, workers
    workers.kill_all()


def articles(total: int) -> Sent:
    sent = Sent()
    for i in range(total):
        sent.add_article(distinct_article(i, "wire"))
    return sent


@pytest.mark.parametrize("crash", [False, True], ids=["graceful-restart", "crash-restart"])
def test_broker_restart_under_a_running_worker_loses_nothing(own, crash, soak, fault_report):
    broker, settings, start_worker = own
    total = 20_000 if soak else 2_000
    sent = articles(total)
    produce(settings, sent.messages)
    worker = start_worker()
    done = worker.wait_metric("akhbar_articles_published_total", 200, timeout=60, source="wire")
    assert done < total, "the broker must go down mid-stream"
    broker.stop(kill=crash)
    time.sleep(8)  # longer than the worker's session timeout
    assert worker.alive(), worker.log()
    broker.start()

    verdict = verify(settings, sent, timeout=300)
    fault_report.append({
        "fault": f"broker {'kill -9' if crash else 'SIGTERM'} + restart (8 s down)", "injected": 1,
        "articles in": total, "outputs verified": total, "lost": len(verdict.lost),
        "duplicated": f"{verdict.deliveries - total} redeliveries, {verdict.duplicated} contradictory",
        "dlq": dict(verdict.dlq), "max rss MB": round(peak_rss_mb(worker)),
    })
    verdict.assert_clean(context=worker.log())
    assert worker.alive(), worker.log()  # it reconnected by itself: nobody restarted it


def test_a_frozen_broker_applies_back_pressure_and_nothing_is_lost(own, soak, fault_report):
    """SIGSTOP the broker: acknowledgements stop, so the worker stops taking input at max_inflight."""
    broker, settings, start_worker = own
    total, max_inflight = (20_000 if soak else 3_000), 100
    sent = articles(total)
    produce(settings, sent.messages)
    worker = start_worker(AKHBAR_MAX_INFLIGHT=str(max_inflight))
    worker.wait_metric("akhbar_articles_published_total", 200, timeout=60, source="wire")
    rss_before = peak_rss_mb(worker)
    os.killpg(broker.proc.pid, signal.SIGSTOP)
    try:
        time.sleep(2)
        consumed_at_stop = worker.metric("akhbar_articles_consumed_total", source="wire")
        inflight = []
        for _ in range(10):
            time.sleep(1)
            inflight.append(worker.metric("akhbar_inflight_articles"))
        consumed_after = worker.metric("akhbar_articles_consumed_total", source="wire")
        rss_frozen = peak_rss_mb(worker)
        assert worker.http("/healthz")[0] == 200  # alive, only waiting
    finally:
        os.killpg(broker.proc.pid, signal.SIGCONT)

    verdict = verify(settings, sent, timeout=300)
    fault_report.append({
        "fault": "broker frozen 12 s (SIGSTOP), max_inflight=100", "injected": 1, "articles in": total,
        "outputs verified": total, "lost": len(verdict.lost),
        "duplicated": f"{verdict.deliveries - total} redeliveries, {verdict.duplicated} contradictory",
        "dlq": dict(verdict.dlq), "max rss MB": round(max(rss_frozen, peak_rss_mb(worker))),
    })
    assert max(inflight) <= max_inflight * 2  # two agents (enrich, dedup), each bounded by max_inflight
    assert consumed_after == consumed_at_stop, "input kept flowing while nothing could be acknowledged"
    assert rss_frozen - rss_before < 100, (rss_before, rss_frozen)
    verdict.assert_clean(context=worker.log())
    assert worker.alive(), worker.log()
