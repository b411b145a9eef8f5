"""Run the stream worker in the foreground until SIGTERM/SIGINT (both drain, then exit 0)."""

from __future__ import annotations

import logging

from ..config import Settings

__all__ = ["run_worker"]

log = logging.getLogger("worker")


def run_worker(settings: Settings) -> int:
    import faust

    from .app import create_app
    from .topics import TopicMismatch, ensure_topics

    from kafka.errors import KafkaError

    logging.getLogger("kafka").setLevel(logging.WARNING)
    if settings.create_topics:
        try:
            ensure_topics(settings)
        except KafkaError as exc:
            log.error("cannot reach Kafka at %s (%s: %s): is the broker up? (`akhbar broker` runs one locally)",
                      settings.bootstrap, type(exc).__name__, exc)
            return 1
        except TopicMismatch as exc:
            log.error("%s", exc)
            return 2
    app, runtime = create_app(settings)
    http = runtime.start_http()
    log.info(
        "akhbar worker: group %s, %s → %s, guarantee %s, metrics on http://%s:%d/metrics",
        settings.group_id, settings.topic_raw, settings.topic_enriched, settings.processing_guarantee,
        http.host, http.port,
    )
    log.info("settings: %s", settings.redacted())
    worker = faust.Worker(app, loglevel=settings.log_level.upper(), quiet=True, redirect_stdouts=False)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    finally:
        http.stop()
    return 0
