"""Prometheus metrics of one worker, in their own registry (tests can build several)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

__all__ = ["Metrics", "MAX_SOURCE_LABELS"]

MAX_SOURCE_LABELS = 200  # sources past this are counted as "other": labels must stay bounded

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
_LAG_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400, 604800)


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.consumed = Counter("akhbar_articles_consumed", "Messages consumed from the raw topic.", ["source"], registry=r)
        self.published = Counter(
            "akhbar_articles_published", "Enriched articles acknowledged by Kafka.", ["source"], registry=r
        )
        self.records_out = Counter(
            "akhbar_records_published", "Records acknowledged by Kafka, by output topic role.", ["topic"], registry=r
        )
        self.dlq = Counter("akhbar_dlq", "Inputs sent to the dead-letter topic, by reason.", ["reason"], registry=r)
        self.processing = Histogram(
            "akhbar_processing_seconds", "Processing time per stage.", ["stage"], buckets=_LATENCY_BUCKETS, registry=r
        )
        self.e2e_lag = Histogram(
            "akhbar_end_to_end_lag_seconds",
            "Output acknowledged minus input time: kind=kafka (Kafka timestamp) or published (article's published_at).",
            ["kind"], buckets=_LAG_BUCKETS, registry=r,
        )
        self.consumer_lag = Gauge(
            "akhbar_consumer_lag_messages", "High watermark minus position, per input partition.", ["partition"], registry=r
        )
        self.inflight = Gauge("akhbar_inflight_articles", "Articles processed, outputs not yet acknowledged.", registry=r)
        self.publish_retries = Counter(
            "akhbar_publish_retries", "Output sends retried after a failed acknowledgement.", registry=r
        )
        self.duplicates = Counter(
            "akhbar_duplicates", "Dedup decisions other than original: redelivery, replay, exact, near.", ["kind"],
            registry=r,
        )
        self.entities = Counter("akhbar_entities", "Entities published (one per entity per article), by type.",
                                ["type"], registry=r)
        self.events = Counter("akhbar_events", "Events published (one per event), by type.", ["type"], registry=r)
        self.originals = Counter("akhbar_originals", "Articles that started a new story.", registry=r)
        self.dedup_state = Gauge(
            "akhbar_dedup_state_size", "Entries in the dedup window: articles, exact, stories, index.", ["store"],
            registry=r,
        )
        self.offset_gaps = Counter(
            "akhbar_offset_gaps", "Offset jumps seen by the consumer (transaction markers, compaction, or records dropped in a rebalance).",
            registry=r,
        )
        self.skipped_acks = Counter(
            "akhbar_skipped_acks", "Acks faust gave to events it skipped unprocessed (refused: they are fetched again).",
            registry=r,
        )
        self.offset_holes = Counter(
            "akhbar_offset_holes", "Offset ranges faust dropped before processing, found at commit time and fetched again.",
            registry=r,
        )
        self.ready = Gauge("akhbar_ready", "1 when the worker has joined its group and processes.", registry=r)
        self._sources: set[str] = set()
        self._lag_partitions: set[str] = set()

    def source_label(self, source: str | None) -> str:
        """Bound label cardinality: the first MAX_SOURCE_LABELS sources keep their name."""
        if not source:
            return "unknown"
        if source in self._sources:
            return source
        if len(self._sources) < MAX_SOURCE_LABELS:
            self._sources.add(source)
            return source
        return "other"

    @property
    def lag_partitions(self) -> frozenset[str]:
        return frozenset(self._lag_partitions)

    def set_consumer_lag(self, partition: str, lag: int) -> None:
        self._lag_partitions.add(partition)
        self.consumer_lag.labels(partition).set(max(0, lag))

    def keep_consumer_lag(self, partitions: set[str]) -> None:
        """Drop the lag of partitions this worker no longer owns: a stale value would page someone."""
        for gone in self._lag_partitions - partitions:
            self.consumer_lag.remove(gone)
        self._lag_partitions &= partitions
