"""``akhbar enrich FILE``: the stream's processing without a broker, JSONL in, JSONL out.

Each input line goes through the very same ``Processor.process`` as a Kafka message, so a
file run shows exactly what the stream would publish: enriched articles on stdout (or
``-o``), dead letters on stderr (or ``--dlq``). Both stages run in turn (dedup
state spans the file). Articles split off a "read also" tail,
which the stream republishes to the raw topic, are processed right after their parent.
"""

from __future__ import annotations

import sys
from typing import BinaryIO

from .config import Settings
from .stream.decide import DedupProcessor
from .stream.metrics import Metrics
from .stream.process import Processor

__all__ = ["enrich_file"]


def enrich_file(settings: Settings, infile: BinaryIO, out: BinaryIO, dlq: BinaryIO) -> tuple[int, int]:
    metrics = Metrics()
    processor = Processor(settings, metrics)
    deduper = DedupProcessor(settings, metrics, {}, {}, {})  # the window spans the whole file
    ok = bad = 0
    for line in infile:
        line = line.rstrip(b"\r\n")
        if not line.strip():
            continue
        pending = [line]
        while pending:
            outcome = processor.process(pending.pop(0), None, None)
            staged = [o for o in outcome.outputs if o.role == "dedup"]
            for handed_over in staged:
                outcome.outputs += deduper.process(handed_over.value, handed_over.key, None).outputs
            for output in outcome.outputs:
                if output.role == "enriched":
                    out.write(output.value + b"\n")
                elif output.role == "dlq":
                    dlq.write(output.value + b"\n")
                elif output.role == "raw":
                    pending.append(output.value)
            if outcome.dlq_reason is None:
                ok += 1
            else:
                bad += 1
    out.flush()
    print(f"enriched {ok}, dead-lettered {bad}", file=sys.stderr)
    return ok, bad
