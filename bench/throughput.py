"""First throughput figure: articles/s through the real broker with the current enrichment.

    .venv/bin/python bench/throughput.py [--articles 20000] [--partitions 4]

Starts a local broker, pre-loads N generated articles into news.raw, then starts one worker
and times how long it takes until every enriched output is acknowledged (read from the
worker's own /metrics). Prints one table row; absolute numbers on a shared 2-core machine
are noisy, so run it a few times.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.articles import article  # noqa: E402
from worker.broker import LocalBroker, free_port  # noqa: E402
from worker.config import Settings  # noqa: E402
from worker.stream.metrics import Metrics  # noqa: E402
from worker.stream.process import Processor  # noqa: E402
from worker.stream.topics import ensure_topics  # noqa: E402
from worker.worker_process import WorkerProcess  # noqa: E402


def in_process_rate(payloads: list[bytes]) -> float:
    """Articles/s of Processor.process alone: decode + enrich + encode, no Kafka."""
    processor = Processor(Settings(), Metrics())
    start = time.perf_counter()
    for p in payloads:
        processor.process(p, None, None)
    return len(payloads) / (time.perf_counter() - start)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--partitions", type=int, default=4)
    args = ap.parse_args()
    with LocalBroker() as broker:
        s = Settings(bootstrap=broker.bootstrap, partitions=args.partitions, session_timeout_s=6.0)
        ensure_topics(s)
        from kafka import KafkaProducer

        producer = KafkaProducer(bootstrap_servers=s.bootstrap, acks="all", linger_ms=20, batch_size=256 * 1024)
        payloads = [orjson.dumps(article(i)) for i in range(args.articles)]
        t0 = time.perf_counter()
        for i, p in enumerate(payloads):
            producer.send(s.topic_raw, key=str(i).encode(), value=p)
        producer.flush()
        produce_s = time.perf_counter() - t0
        mean_bytes = sum(map(len, payloads)) / len(payloads)

        worker_settings = dataclasses.replace(s, metrics_port=free_port(), metrics_host="127.0.0.1",
                                              data_dir=str(broker.dir / "worker"), log_level="warning")
        worker = WorkerProcess(worker_settings, broker.dir / "logs" / "bench-worker.log").start()
        try:
            while worker.metric("akhbar_articles_consumed_total") <= 0:
                time.sleep(0.05)
            start = time.perf_counter()
            while worker.metric("akhbar_articles_published_total") < args.articles:
                time.sleep(0.1)
            elapsed = time.perf_counter() - start
        finally:
            worker.stop()
    in_process = in_process_rate(payloads)
    print("| articles | partitions | mean size (B) | kafka-python produce (art/s) | worker end-to-end (art/s) "
          "| Processor.process alone (art/s) |")
    print("|---|---|---|---|---|---|")
    print(f"| {args.articles} | {args.partitions} | {mean_bytes:.0f} | {args.articles / produce_s:,.0f} | "
          f"{args.articles / elapsed:,.0f} | {in_process:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
