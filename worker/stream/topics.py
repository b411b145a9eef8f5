"""Create the worker's topics with the right partitions and configs (kafka-python admin).

Done before faust starts, because faust would otherwise auto-create them with its own
defaults (no compaction for news.stories, the broker's default message size).
"""

from __future__ import annotations

import logging

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import TopicAlreadyExistsError

from ..config import Settings
from ..kafka_clients import kafka_python_config

__all__ = ["ensure_topics", "topic_configs", "TopicMismatch"]

log = logging.getLogger(__name__)


def topic_configs(settings: Settings, role: str) -> dict[str, str]:
    configs = {"max.message.bytes": str(settings.max_message_bytes)}
    if role == "stories":
        configs["cleanup.policy"] = "compact"
    return configs


class TopicMismatch(RuntimeError):
    """An existing topic cannot serve the configured topology."""


def _check_dedup_partitions(admin: KafkaAdminClient, settings: Settings) -> None:
    (info,) = admin.describe_topics([settings.topic_dedup])
    have, want = len(info.get("partitions") or []), settings.dedup_partitions
    if have and have != want:
        raise TopicMismatch(
            f"topic {settings.topic_dedup} has {have} partition(s), this configuration needs {want} "
            f"(dedup_partitions={settings.dedup_partitions}); "
            "use another AKHBAR_TOPIC_DEDUP or recreate it"
        )


def ensure_topics(settings: Settings) -> list[str]:
    """Create missing topics; return the names created. Existing topics are left as they are."""
    admin = KafkaAdminClient(client_id="akhbar-admin", bootstrap_timeout_ms=15000, **kafka_python_config(settings))
    try:
        existing = set(admin.list_topics())
        wanted = [
            NewTopic(name, settings.dedup_partitions if role == "dedup" else settings.partitions,
                     settings.replication_factor, topic_configs=topic_configs(settings, role))
            for role, name in settings.topics.items()
            if name not in existing
        ]
        created = []
        for topic in wanted:
            try:
                admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:  # another worker won the race
                pass
        if created:
            log.info("created topics %s with %d partitions", created, settings.partitions)
        _check_dedup_partitions(admin, settings)
        return created
    finally:
        admin.close()
