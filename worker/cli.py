"""``akhbar``: the command line of the Akhbar stream worker."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path

from . import config

__all__ = ["main", "build_parser"]

DESCRIPTION = """Akhbar: a stream worker for live Arabic news.

Consumes RawArticle JSON from Kafka (news.raw), cleans, deduplicates and extracts entities and
events, and publishes EnrichedArticle records (news.enriched); every input it cannot process
goes to the dead-letter topic (news.dlq) with a machine-readable reason.
Every setting is a flag or an AKHBAR_* environment variable: `akhbar settings` lists them."""


def _cmd_worker(args: argparse.Namespace) -> int:
    from .stream.run import run_worker

    return run_worker(config.settings_from_args(args))


def _cmd_broker(args: argparse.Namespace) -> int:
    from .broker import LocalBroker

    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    broker = LocalBroker(port=args.port or None, data_dir=args.data_dir)
    signal.signal(signal.SIGTERM, interrupt)
    with broker:
        print(f"Kafka {broker.version} ready: bootstrap {broker.bootstrap} (logs {broker.log_file}); Ctrl-C stops it",
              flush=True)
        try:
            while broker.proc is not None and broker.proc.poll() is None:
                signal.pause()
        except KeyboardInterrupt:
            print("stopping broker", file=sys.stderr)
    return 0


def _cmd_replay(args: argparse.Namespace) -> int:
    from .replay import replay

    settings = config.settings_from_args(args)
    sent = replay(settings, args.paths, rate=args.rate, limit=args.limit, topic=args.topic, progress=not args.no_progress)
    return 0 if sent else 1


def _cmd_tail(args: argparse.Namespace) -> int:
    from .tail import tail

    settings = config.settings_from_args(args)
    topic = settings.topics.get(args.topic, args.topic)
    tail(settings, topic, as_json=args.json, from_beginning=not args.latest, max_records=args.max,
         idle_timeout_s=args.idle_timeout)
    return 0


def _cmd_enrich(args: argparse.Namespace) -> int:
    from .filemode import enrich_file

    settings = config.settings_from_args(args)
    infile = sys.stdin.buffer if str(args.file) == "-" else open(args.file, "rb")
    out = open(args.output, "wb") if args.output else sys.stdout.buffer
    dlq = open(args.dlq, "wb") if args.dlq else sys.stderr.buffer
    with infile, out, dlq:
        enrich_file(settings, infile, out, dlq)
    return 0


def _cmd_topics(args: argparse.Namespace) -> int:
    from .stream.topics import ensure_topics

    settings = config.settings_from_args(args)
    created = ensure_topics(settings)
    for role, name in settings.topics.items():
        print(f"{role:9s} {name}{'  (created)' if name in created else ''}")
    return 0


def _cmd_settings(args: argparse.Namespace) -> int:
    if args.markdown:
        print(config.markdown_table())
    else:
        for key, value in config.settings_from_args(args).redacted().items():
            print(f"{config.ENV_PREFIX}{key.upper()}={value}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run_demo

    return run_demo(keep_running=args.keep_running, examples=args.examples)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="akhbar", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("worker", help="run the stream worker (news.raw → enriched/entities/events/stories/dlq)",
                       description="Run the stream worker in the foreground. SIGTERM or Ctrl-C drains in-flight "
                                   "articles, commits and exits 0. Exit 70: outputs could not be published "
                                   "(restart it; it resumes from committed offsets).")
    config.add_arguments(p)
    p.set_defaults(func=_cmd_worker)

    p = sub.add_parser("broker", help="run a local Apache Kafka broker (KRaft) in the foreground",
                       description="Fetch Apache Kafka's jars from Maven Central (once, cached in "
                                   "~/.cache/akhbar/kafka) and run one KRaft node on 127.0.0.1. Needs java 17+ and mvn.")
    p.add_argument("--port", type=int, default=9092, help="listener port (default 9092; 0 = any free port)")
    p.add_argument("--data-dir", type=Path, default=None, help="keep data here across restarts (default: a temp dir, removed on exit)")
    p.set_defaults(func=_cmd_broker)

    p = sub.add_parser("replay", help="produce article files (JSONL, .jsonl.gz, seed .txt, or a directory) to news.raw",
                       description="Produce articles to the raw topic. JSONL lines are sent verbatim; a .txt file "
                                   "is one article (title on the first line).")
    p.add_argument("paths", nargs="+", type=Path, metavar="FILE|DIR")
    p.add_argument("--rate", type=float, default=0.0, help="articles per second (default 0 = as fast as possible)")
    p.add_argument("--limit", type=int, default=None, help="stop after this many articles")
    p.add_argument("--topic", default=None, help="topic to produce to (default: the raw topic)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    config.add_arguments(p, names=_CLIENT_SETTINGS)
    p.set_defaults(func=_cmd_replay)

    p = sub.add_parser("tail", help="pretty-print a topic (Arabic shown right-to-left)",
                       description="Print a topic's records. TOPIC is a name or a role: raw, enriched, entities, events, stories, dlq.")
    p.add_argument("topic", metavar="TOPIC")
    p.add_argument("--json", action="store_true", help="print raw JSON lines")
    p.add_argument("--latest", action="store_true", help="only new records (default: from the beginning)")
    p.add_argument("--max", type=int, default=None, help="stop after this many records")
    p.add_argument("--idle-timeout", type=float, default=None, help="stop after this many seconds without a record")
    config.add_arguments(p, names=_CLIENT_SETTINGS)
    p.set_defaults(func=_cmd_tail)

    p = sub.add_parser("enrich", help="file mode, no broker: RawArticle JSONL in, EnrichedArticle JSONL out",
                       description="Run the worker's processing on a JSONL file (or - for stdin). Enriched "
                                   "articles go to stdout (or -o), dead letters to stderr (or --dlq).")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("-o", "--output", type=Path, default=None, help="write enriched JSONL here")
    p.add_argument("--dlq", type=Path, default=None, help="write DeadLetter JSONL here")
    config.add_arguments(p, names=("max_article_bytes", "stage_timeout_s", "min_arabic_ratio", "dlq_max_original_bytes"))
    p.set_defaults(func=_cmd_enrich)

    p = sub.add_parser("topics", help="create the topics that are missing (idempotent) and list them",
                       description="Create missing topics with the configured partitions, replication and "
                                   "configs (news.stories compacted); existing topics are left as they are. "
                                   "For an init container or compose's topic-init service.")
    config.add_arguments(p)
    p.set_defaults(func=_cmd_topics)

    p = sub.add_parser("settings", help="show the effective settings (or --markdown: the README table)")
    p.add_argument("--markdown", action="store_true")
    config.add_arguments(p)
    p.set_defaults(func=_cmd_settings)

    p = sub.add_parser("demo", help="all in one: local broker + worker + replay of examples/ + enriched output + metrics")
    p.add_argument("--keep-running", action="store_true", help="keep broker and worker up until Ctrl-C")
    p.add_argument("--examples", type=Path, default=None, help="articles to replay (default: the repo's examples/)")
    p.set_defaults(func=_cmd_demo)
    return parser


_CLIENT_SETTINGS = (
    "bootstrap", "security_protocol", "sasl_mechanism", "sasl_username", "sasl_password",
    "ssl_cafile", "ssl_certfile", "ssl_keyfile", "topic_raw", "topic_enriched", "topic_entities",
    "topic_events", "topic_stories", "topic_dlq", "max_message_bytes",
)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("kafka").setLevel(logging.WARNING)
    try:
        return args.func(args) or 0
    except config.ConfigError as exc:
        print(f"akhbar: configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
