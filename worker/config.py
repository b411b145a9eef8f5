"""The one typed, frozen settings object.

Every knob is declared once here, with its env var, type, default and help. The CLI flags,
the README table (``akhbar settings --markdown``) and the clients' kwargs are all derived
from these declarations, so they cannot drift apart.

Precedence: CLI flag > ``AKHBAR_*`` environment variable > default.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:  # pragma: no cover
    from .stages.dedup import DedupConfig

__all__ = ["Settings", "ConfigError", "add_arguments", "settings_from_args", "markdown_table"]

ENV_PREFIX = "AKHBAR_"
GUARANTEES = ("at_least_once", "exactly_once")
SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")


class ConfigError(ValueError):
    """A setting has a value that cannot be used."""


def _opt(default: Any, help: str, *, secret: bool = False, choices: tuple[str, ...] | None = None) -> Any:
    return field(default=default, metadata={"help": help, "secret": secret, "choices": choices})


@dataclass(frozen=True)
class Settings:
    # Kafka connection
    bootstrap: str = _opt("127.0.0.1:9092", "Kafka bootstrap servers, comma separated.")
    security_protocol: str = _opt(
        "PLAINTEXT", "Kafka security protocol.", choices=SECURITY_PROTOCOLS
    )
    sasl_mechanism: str = _opt("PLAIN", "SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512).")
    sasl_username: str = _opt("", "SASL user name.")
    sasl_password: str = _opt("", "SASL password (never logged).", secret=True)
    ssl_cafile: str = _opt("", "CA bundle (PEM) to verify the brokers.")
    ssl_certfile: str = _opt("", "Client certificate (PEM) for mutual TLS.")
    ssl_keyfile: str = _opt("", "Client private key (PEM) for mutual TLS.")
    # Topics
    topic_raw: str = _opt("news.raw", "Input topic of RawArticle records.")
    topic_enriched: str = _opt("news.enriched", "Output topic of EnrichedArticle records.")
    topic_entities: str = _opt("news.entities", "Output topic of EntityMentions records.")
    topic_events: str = _opt("news.events", "Output topic of Event records.")
    topic_stories: str = _opt("news.stories", "Output topic (compacted) of StoryUpdate records.")
    topic_dedup: str = _opt(
        "news.dedup", "Internal topic from the clean stage to the dedup stage (StagedArticle, key article_id)."
    )
    topic_dlq: str = _opt("news.dlq", "Dead-letter topic: every input that could not be processed.")
    partitions: int = _opt(4, "Partitions for topics the worker creates.")
    replication_factor: int = _opt(1, "Replication factor for topics the worker creates.")
    create_topics: bool = _opt(True, "Create missing topics at start-up (kafka-python admin).")
    max_message_bytes: int = _opt(
        16 * 1024 * 1024, "Largest Kafka message produced or accepted (topic max.message.bytes)."
    )
    # Processing
    group_id: str = _opt("akhbar", "Consumer group id (faust app id).")
    processing_guarantee: str = _opt(
        "at_least_once", "at_least_once or exactly_once (Kafka transactions).", choices=GUARANTEES
    )
    max_article_bytes: int = _opt(
        1_000_000, "Larger raw messages go to the DLQ (reason body_too_large)."
    )
    stage_timeout_s: float = _opt(
        10.0, "Time bound for processing one article (all stages); past it the article goes to the DLQ "
        "(reason stage_timeout) instead of stalling its partition. 0 = no bound."
    )
    min_arabic_ratio: float = _opt(
        0.05, "Bodies whose letters are less Arabic than this go to the DLQ (not_arabic); above it, "
        "mostly-Latin bodies are published with language other/mixed."
    )
    split_related: bool = _opt(
        True, 'Publish articles found in a "read also" tail to the raw topic as their own RawArticle.'
    )
    dlq_max_original_bytes: int = _opt(
        256 * 1024, "Original bytes kept in a DeadLetter; longer ones are truncated (sha256 kept)."
    )
    ner_backend: str = _opt(
        "builtin", "Named-entity backend: builtin (the CRF shipped in the package), camel (camel-tools BERT: "
        "pip install 'akhbar[bert]' and camel_data -i ner; falls back to builtin, saying why) or auto "
        "(camel when installed).", choices=("builtin", "camel", "auto"),
    )
    ner_model: str = _opt("", "Directory of a built-in NER model (python -m worker.ner.train --out DIR); "
                          "empty = the one shipped in the package.")
    max_inflight: int = _opt(2000, "Articles processed but not yet acknowledged by Kafka (back-pressure).")
    commit_interval_s: float = _opt(1.0, "How often acknowledged offsets are committed (seconds).")
    session_timeout_s: float = _opt(10.0, "Consumer group session timeout (seconds).")
    data_dir: str = _opt(".akhbar-data", "Local state directory of the worker (faust data dir).")
    # Dedup
    dedup_partitions: int = _opt(
        1, "Partitions of the dedup topic and its tables. 1 = every article is compared with every other "
        "(global dedup, one worker decides at a time); more = dedup only within a partition."
    )
    dedup_store: str = _opt(
        "rocksdb", "Where the dedup tables live: rocksdb (on disk in data_dir, memory stays bounded, a restart "
        "restores only what the local copy lacks) or memory (restored in full from the changelog at each start).",
        choices=("rocksdb", "memory"),
    )
    dedup_window_s: float = _opt(7 * 24 * 3600.0, "Articles are compared with those seen in this window (event time, seconds).")
    dedup_near_threshold: float = _opt(0.5, "Estimated Jaccard similarity (word shingles) from which an article is a near duplicate.")
    dedup_num_perm: int = _opt(128, "MinHash permutations per article.")
    dedup_bands: int = _opt(25, "LSH bands (bands x rows <= num_perm; more bands: more recall, more memory).")
    dedup_rows: int = _opt(5, "LSH rows per band.")
    dedup_shingle: int = _opt(5, "Words per shingle.")
    # Observability
    metrics_host: str = _opt("0.0.0.0", "Address of /metrics, /healthz, /readyz (127.0.0.1 = local only).")
    metrics_port: int = _opt(9308, "Port of /metrics, /healthz, /readyz (0 = any free port).")
    log_level: str = _opt("info", "Log level: debug, info, warning, error.")

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            choices = f.metadata.get("choices")
            if choices and getattr(self, f.name) not in choices:
                raise ConfigError(f"{f.name}={getattr(self, f.name)!r}: expected one of {choices}")
        if self.partitions < 1 or self.replication_factor < 1:
            raise ConfigError("partitions and replication_factor must be >= 1")
        if not 0.0 <= self.min_arabic_ratio <= 1.0:
            raise ConfigError("min_arabic_ratio must be within [0, 1]")
        if self.dedup_bands * self.dedup_rows > self.dedup_num_perm or min(self.dedup_bands, self.dedup_rows) < 1:
            raise ConfigError("dedup_bands x dedup_rows must be between 1 and dedup_num_perm")
        if not 0.0 < self.dedup_near_threshold <= 1.0 or self.dedup_partitions < 1 or self.dedup_shingle < 1:
            raise ConfigError("dedup_near_threshold must be in (0, 1]; dedup_partitions, dedup_shingle >= 1")

    @property
    def topics(self) -> dict[str, str]:
        """Role → topic name, for every topic the worker touches."""
        return {
            "raw": self.topic_raw,
            "enriched": self.topic_enriched,
            "entities": self.topic_entities,
            "events": self.topic_events,
            "stories": self.topic_stories,
            "dlq": self.topic_dlq,
            "dedup": self.topic_dedup,
        }

    @property
    def dedup(self) -> "DedupConfig":
        from .stages.dedup import DedupConfig

        return DedupConfig(num_perm=self.dedup_num_perm, bands=self.dedup_bands, rows=self.dedup_rows,
                           shingle=self.dedup_shingle, near_threshold=self.dedup_near_threshold,
                           window_s=self.dedup_window_s)

    def redacted(self) -> dict[str, Any]:
        """The settings as a dict fit for logs: secrets replaced."""
        out = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = "***" if f.metadata.get("secret") and value else value
        return out

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            key = ENV_PREFIX + f.name.upper()
            if key in environ:
                values[f.name] = _parse(f, environ[key], source=key)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def _parse(f: dataclasses.Field, raw: str, *, source: str) -> Any:
    kind = type(f.default)
    try:
        if kind is bool:
            low = raw.strip().lower()
            if low in ("1", "true", "yes", "on"):
                return True
            if low in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        return kind(raw)
    except ValueError:
        raise ConfigError(f"{source}={raw!r}: expected {kind.__name__}") from None


def env_name(f: dataclasses.Field) -> str:
    return ENV_PREFIX + f.name.upper()


def add_arguments(parser: argparse.ArgumentParser, names: tuple[str, ...] | None = None) -> None:
    """Add one ``--flag`` per setting (all, or those in ``names``) to an argparse parser."""
    group = parser.add_argument_group("settings (flag > env var > default)")
    for f in dataclasses.fields(Settings):
        if names is not None and f.name not in names:
            continue
        flag = "--" + f.name.replace("_", "-")
        help_text = f"{f.metadata['help']} [env {env_name(f)}, default {f.default!r}]"
        if isinstance(f.default, bool):
            group.add_argument(flag, dest=f.name, default=None, action=argparse.BooleanOptionalAction, help=help_text)
        else:
            group.add_argument(
                flag, dest=f.name, default=None, type=type(f.default),
                choices=f.metadata.get("choices"), help=help_text,
            )


def settings_from_args(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> Settings:
    names = {f.name for f in dataclasses.fields(Settings)}
    overrides = {k: v for k, v in vars(args).items() if k in names}
    return Settings.from_env(environ, **overrides)


def markdown_table() -> str:
    """The README's configuration table, generated from the declarations above."""
    rows = ["| env var | flag | default | meaning |", "|---|---|---|---|"]
    for f in dataclasses.fields(Settings):
        default = f"`{f.default}`" if f.default != "" else "(empty)"
        flag = "--" + f.name.replace("_", "-")
        rows.append(f"| `{env_name(f)}` | `{flag}` | {default} | {f.metadata['help']} |")
    return "\n".join(rows)
