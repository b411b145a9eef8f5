"""Each stage alone, in process, no broker: where a worker's time goes per article.

The worker's own ``Processor`` (clean stage) and ``DedupProcessor`` (dedup stage, dict
tables) run over the payloads; their per-stage timers are the ones behind
``akhbar_processing_seconds``, so these figures and a live worker's histogram agree.
"""

from __future__ import annotations

import dataclasses
import time

from worker.config import Settings
from worker.ner.backend import BackendUnavailable, CamelBertBackend
from worker.stream.decide import DedupProcessor
from worker.stream.metrics import Metrics
from worker.stream.process import Processor

__all__ = ["stage_rates", "camel_available"]


def camel_available() -> str | None:
    """None when the camel-tools BERT NER can run here, else why not."""
    try:
        CamelBertBackend()
    except BackendUnavailable as exc:
        return str(exc).splitlines()[0][:160]
    return None


def stage_rates(messages: list[tuple[bytes, bytes]], ner_backend: str = "builtin") -> dict[str, float]:
    """Articles/s per stage (and for the whole of each agent's work), one core."""
    settings = dataclasses.replace(Settings(), ner_backend=ner_backend)
    metrics = Metrics()
    processor = Processor(settings, metrics)  # loads the NER model before the clock starts
    staged = []
    start = time.perf_counter()
    for key, value in messages:
        outcome = processor.process(value, key, None)
        staged += [o for o in outcome.outputs if o.role == "dedup"]
    clean_stage_s = time.perf_counter() - start

    decider = DedupProcessor(settings, metrics, {}, {}, {})
    start = time.perf_counter()
    for o in staged:
        decider.process(o.value, o.key, None)
    dedup_stage_s = time.perf_counter() - start

    rates = {f"stage {name}": count / seconds for name, (count, seconds) in _stage_sums(metrics).items() if seconds}
    rates["clean agent (decode → dedup keys → encode)"] = len(messages) / clean_stage_s
    rates["dedup agent (decide → records)"] = len(staged) / dedup_stage_s if staged else 0.0
    rates["both agents, one core"] = len(messages) / (clean_stage_s + dedup_stage_s)
    return rates


def _stage_sums(metrics: Metrics) -> dict[str, tuple[float, float]]:
    sums: dict[str, list[float]] = {}
    for family in metrics.registry.collect():
        if family.name != "akhbar_processing_seconds":
            continue
        for sample in family.samples:
            stage = sample.labels.get("stage")
            if sample.name.endswith("_count"):
                sums.setdefault(stage, [0.0, 0.0])[0] = sample.value
            elif sample.name.endswith("_sum"):
                sums.setdefault(stage, [0.0, 0.0])[1] = sample.value
    return {k: (v[0], v[1]) for k, v in sums.items()}
