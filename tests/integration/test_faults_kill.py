"""Fault suite: kill -9 at random points while articles flow. Nothing lost, nothing contradictory."""

from __future__ import annotations

import random
import signal
import time

import pytest

from .articles import MALFORMED_KINDS, distinct_article
from .faults import Producer, Sent, peak_rss_mb, verify

pytestmark = pytest.mark.broker


def build_inputs(total: int, seed: int) -> Sent:
    """Distinct stories, exact copies of some under other ids, and a few malformed messages."""
    rnd = random.Random(seed)
    sent = Sent()
    originals = [distinct_article(i, "wire") for i in range(int(total * 0.9))]
    for a in originals:
        sent.add_article(a)
    for n, a in enumerate(rnd.sample(originals, int(total * 0.09))):
        sent.add_article({**a, "id": f"copy-{n}", "source": "mirror"})
    kinds = [k for k in MALFORMED_KINDS if k != "body_too_large"]  # 5 MB each: the hostile-input tests have it
    for n in range(total - len(sent.messages)):
        sent.add_bad(f"bad-{n}", MALFORMED_KINDS[kinds[n % len(kinds)]](n), kinds[n % len(kinds)])
    rnd.shuffle(sent.messages)
    return sent


def kill_storm(settings, start_worker, sent: Sent, kills: int, rnd: random.Random, pause: tuple[float, float],
               **env: str) -> tuple[list, float]:
    """Two workers; ``kills`` times, kill -9 a random one and start another, while ``sent`` flows in.

    Returns the workers alive at the end and the highest peak RSS seen (MB).
    """
    workers = [start_worker(**env), start_worker(**env)]
    producer = Producer(settings, sent.messages, rate=len(sent.messages) / (kills * 5.0))  # input flows throughout
    producer.start()
    max_rss = 0.0
    for _ in range(kills):
        time.sleep(rnd.uniform(*pause))
        victim = rnd.randrange(len(workers))
        max_rss = max(max_rss, peak_rss_mb(workers[victim]))
        workers[victim].stop(signal.SIGKILL)
        workers[victim] = start_worker(**env)
    producer.join(timeout=600)
    assert producer.error is None and producer.sent == len(sent.messages)
    return workers, max([max_rss] + [peak_rss_mb(w) for w in workers])


def test_kill_9_at_random_points_loses_nothing(settings, start_worker, soak, fault_report):
    total, kills = (50_000, 60) if soak else (5_000, 10)
    rnd = random.Random(20261123)
    sent = build_inputs(total, seed=1)
    workers, max_rss = kill_storm(settings, start_worker, sent, kills, rnd, (0.5, 4.0))

    verdict = verify(settings, sent)
    fault_report.append({
        "fault": "kill -9 (2 workers, random victim, restarted)", "injected": kills,
        "articles in": len(sent.messages), "outputs verified": len(sent.valid) + len(sent.bad),
        "lost": len(verdict.lost), "duplicated": f"{verdict.deliveries - len(sent.valid)} redeliveries, "
                                                 f"{verdict.duplicated} contradictory",
        "dlq": dict(verdict.dlq), "max rss MB": round(max_rss),
    })
    verdict.assert_clean(context=f"(logs: {[str(w.log_path) for w in workers]})")
    assert all(w.alive() for w in workers)


def test_exactly_once_mode_outputs_each_record_once_across_kills(settings, start_worker, soak, fault_report):
    """A read_committed consumer sees every output exactly once, however often workers die.

    Two workers, so kills also move partitions between them: the survivor's
    ``init_transactions`` must fence the dead one and abort what it sent after its last commit.
    """
    total, kills = (20_000, 20) if soak else (2_000, 6)
    rnd = random.Random(7)
    sent = build_inputs(total, seed=2)
    workers, max_rss = kill_storm(settings, start_worker, sent, kills, rnd, (1.0, 5.0),
                                  AKHBAR_PROCESSING_GUARANTEE="exactly_once")

    verdict = verify(settings, sent, isolation_level="read_committed", timeout=120)
    fault_report.append({
        "fault": "kill -9, exactly_once (2 workers), read_committed reader", "injected": kills,
        "articles in": len(sent.messages), "outputs verified": len(sent.valid) + len(sent.bad),
        "lost": len(verdict.lost), "duplicated": ", ".join(f"{n} {role}" for role, n in verdict.repeats.items()),
        "dlq": dict(verdict.dlq), "max rss MB": round(max_rss),
    })
    verdict.assert_clean(context=str([str(w.log_path) for w in workers]))
    assert verdict.repeats == {"enriched": 0, "entities": 0, "events": 0, "dlq": 0}, "an output was seen more than once"
    assert verdict.deliveries == len(sent.valid) and verdict.dlq_deliveries == len(sent.bad)
    assert all(w.alive() for w in workers)
