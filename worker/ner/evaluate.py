"""Score the built-in model on any CoNLL file (CoNLL exact-span: type and both ends must match).

    python -m worker.ner.evaluate FILE.conll[.gz] [--model DIR] [--sentences-per-doc 15]

Labels are mapped to PER/LOC/ORG/MISC first (``conll.coarse_label``: ANERcorp PERS, AQMAR
MIS0..3). Sentences are tagged in windows that stand in for articles, as the worker tags a
whole article (label propagation needs the article); ``--sentences-per-doc 1`` scores the
tagger alone.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .conll import read_conll
from .crf import DEFAULT_MODEL_DIR, CrfTagger
from .scoring import score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m worker.ner.evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path, help="CoNLL file: token and label per line, blank line between sentences")
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR, help="model directory (default: shipped)")
    ap.add_argument("--sentences-per-doc", type=int, default=15, help="sentences tagged together as one article")
    args = ap.parse_args(argv)
    if not args.file.is_file():
        ap.exit(2, f"no such file: {args.file}\n")
    sentences = list(read_conll(args.file))
    tagger = CrfTagger(args.model)
    start = time.perf_counter()
    predicted = tagger.tag_corpus([[t for t, _ in s] for s in sentences], args.sentences_per_doc)
    seconds = time.perf_counter() - start
    result = score([[y for _, y in s] for s in sentences], predicted)
    tokens = sum(map(len, sentences))
    print(f"{args.file}: {len(sentences)} sentences, {tokens} tokens, model {args.model}")
    print(result.report())
    print(f"tagging: {tokens / seconds:,.0f} tokens/s (one core, features included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
