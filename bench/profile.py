"""Where an article's time goes: the worker's per-article work under pyinstrument, no broker.

    .venv/bin/python bench/profile.py [--articles 300] [--depth 14] [--html out.html]

Runs the clean agent's ``Processor`` (clean → NER → entities → dedup keys) over the same
payloads as ``run.py``, once to warm the caches a long-running worker has warm (word
features, stems, frequencies), then again under the profiler. Prints articles/s and
tokens/s of that second pass and the call tree down to ``--depth``; this is how the hot
spots named in the README's benchmark notes were found.
"""

from __future__ import annotations

import argparse
import time

import orjson

from common import payloads

from worker.config import Settings
from worker.ner.tokens import tokenize
from worker.stream.metrics import Metrics
from worker.stream.process import Processor


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--depth", type=int, default=14, help="call-tree depth printed")
    ap.add_argument("--html", help="also write pyinstrument's interactive HTML report here")
    ap.add_argument("--cold", action="store_true", help="profile the first pass (empty caches) instead")
    args = ap.parse_args()

    import pyinstrument

    messages, source = payloads(args.articles)
    tokens = sum(len(tokenize(orjson.loads(v)["body"])) for _, v in messages)
    processor = Processor(Settings(), Metrics())
    if not args.cold:
        for key, value in messages:
            processor.process(value, key, None)
    profiler = pyinstrument.Profiler(interval=0.0005)
    start = time.perf_counter()
    with profiler:
        for key, value in messages:
            processor.process(value, key, None)
    seconds = time.perf_counter() - start
    print(f"{len(messages)} articles ({source}), {tokens / len(messages):.0f} tokens each, "
          f"{'cold' if args.cold else 'warm'} caches, profiled: "
          f"{len(messages) / seconds:.1f} articles/s, {tokens / seconds:,.0f} tokens/s")
    print(profiler.output_text(color=False, unicode=True, max_depth=args.depth) if _has_depth() else
          profiler.output_text(color=False, unicode=True))
    if args.html:
        with open(args.html, "w", encoding="utf-8") as f:
            f.write(profiler.output_html())


def _has_depth() -> bool:
    import inspect

    from pyinstrument.renderers import ConsoleRenderer
    return "max_depth" in inspect.signature(ConsoleRenderer.__init__).parameters


if __name__ == "__main__":
    main()
