"""A bare faust passthrough: decode each article and republish it unchanged.

    BENCH_BOOTSTRAP=127.0.0.1:9092 BENCH_IN=news.raw BENCH_OUT=bench.out .venv/bin/python bench/passthrough.py

The reference for "what faust itself costs": same broker, same consumer group machinery,
same payloads as the worker, but no cleaning, NER, dedup or offset bookkeeping of ours.
Run by ``bench/run.py`` as its own process, like the worker.
"""

from __future__ import annotations

import os
import sys

import orjson


def main() -> None:
    import faust

    app = faust.App(
        os.environ.get("BENCH_GROUP", "akhbar-bench-passthrough"),
        broker=f"kafka://{os.environ['BENCH_BOOTSTRAP']}",
        web_enabled=False, producer_acks=-1, consumer_auto_offset_reset="earliest",
        topic_partitions=int(os.environ.get("BENCH_PARTITIONS", "4")),
        broker_session_timeout=6.0, broker_heartbeat_interval=1.0,
        datadir=os.environ.get("BENCH_DATADIR", ".bench-passthrough"),
        producer_max_request_size=1 << 20, consumer_max_fetch_size=1 << 20,
    )
    source = app.topic(os.environ["BENCH_IN"], key_type=bytes, value_type=bytes, key_serializer="raw",
                       value_serializer="raw")
    sink = app.topic(os.environ["BENCH_OUT"], key_type=bytes, value_type=bytes, key_serializer="raw",
                     value_serializer="raw")

    @app.agent(source)
    async def passthrough(stream):
        async for key, value in stream.items():
            orjson.loads(value)  # decode, as the worker does first
            await sink.send(key=key, value=value)

    sys.argv = [sys.argv[0], "worker", "-l", "warn"]
    app.main()


if __name__ == "__main__":
    main()
