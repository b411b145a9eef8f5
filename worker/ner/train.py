"""Train the built-in NER model from the open corpora in ``../shared/data``.

    python -m worker.ner.train                 # dev report, then the shipped model
    python -m worker.ner.train --dev-only      # dev report only (experiments)

Deterministic: fixed data order, fixed dev blocks, CRFsuite's L-BFGS has no randomness, so
the same inputs give the same model bytes. The dev report holds out two separate blocks of
the ANERcorp train split (20–30% and 70–80%): one contiguous block can be a handful of
topics, two blocks averaged track scores on unseen news text much better. The shipped model
is then trained on the whole split.

Only redistributable lists enter the shipped gazetteer: places.tsv (MIT / CC BY 4.0), the
AKhateeb names (MIT) and the project's own ``entities.tsv``. ``--research-gazetteers`` adds
ANERGazet for experiments; such a model must not be shipped.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import pycrfsuite

from ..resources import entities as curated
from .conll import Sentence, read_conll
from .crf import DEFAULT_MODEL_DIR, CrfTagger
from .features import Featurizer
from .frequency import Frequencies
from .gazetteer import Gazetteer
from .scoring import score

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
ANERCORP = SHARED / "anercorp_camel_train" / "ANERcorp_CamelLabSplit_train.reconstructed.conll.gz"
AQMAR = SHARED / "aqmar_wikipedia_ner" / "articles"
GAZ = SHARED / "gazetteers"
DOC_SENTENCES = 15
DEV_BLOCKS = ((0.20, 0.30), (0.70, 0.80))
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}


def gazetteer_entries(gazetteers: Path, *, research: bool = False):
    """(name, tag) pairs for the model's gazetteer."""
    yield from curated.gazetteer_entries()
    for name in ("male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt"):
        for line in (gazetteers / "arabic_names_akhateeb" / name).read_text("utf-8").split():
            yield line, "PER_FIRST"
    for line in (gazetteers / "arabic_names_akhateeb" / "last-names-in-arabic.txt").read_text("utf-8").split():
        yield line, "PER_LAST"
    if research:
        for kind, tag in (("Loc", "GPE"), ("Org", "ORG"), ("Pers", "PER_FIRST")):
            for line in (gazetteers / "anergazet" / f"Aligned{kind}Gazetteer.txt").read_text("utf-8").splitlines():
                if line.strip() and not line.startswith(("====", "****")):
                    yield line.strip(), tag


def split_dev(sentences: list[Sentence]) -> tuple[list[Sentence], list[list[Sentence]]]:
    n = len(sentences)
    cuts = [(int(a * n), int(b * n)) for a, b in DEV_BLOCKS]
    held = {i for a, b in cuts for i in range(a, b)}
    return [s for i, s in enumerate(sentences) if i not in held], [sentences[a:b] for a, b in cuts]


def fit(sentences: list[Sentence], featurizer: Featurizer, path: Path, params: dict, verbose: bool) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent in sentences:
        trainer.append(featurizer.sentence([t for t, _ in sent]), [y for _, y in sent])
    trainer.set_params(params)
    start = time.perf_counter()
    trainer.train(str(path))
    if verbose:
        print(f"  trained on {len(sentences)} sentences in {time.perf_counter() - start:.0f}s", flush=True)


def evaluate_blocks(tagger: CrfTagger, blocks: list[list[Sentence]]):
    """Score each block the way the worker tags (``CrfTagger.tag_corpus``)."""
    scores = []
    for block in blocks:
        predicted = tagger.tag_corpus([[t for t, _ in s] for s in block], DOC_SENTENCES)
        scores.append(score([[y for _, y in s] for s in block], predicted))
    return scores


def save_support(out: Path, gazetteer: Gazetteer, frequencies: Frequencies, meta: dict) -> None:
    """What a model directory needs besides the CRF weights."""
    gazetteer.dump(out / "gazetteer.tsv.gz")
    frequencies.dump(out / "frequencies.tsv.gz")
    (out / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m worker.ner.train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--anercorp", type=Path, default=ANERCORP, help="ANERcorp CAMeL train split (CoNLL)")
    ap.add_argument("--gazetteers", type=Path, default=GAZ, help="../shared/data/gazetteers")
    ap.add_argument("--aqmar", action="store_true", help="add AQMAR (Wikipedia) sentences as training labels")
    ap.add_argument("--research-gazetteers", action="store_true", help="add ANERGazet (research-only: do not ship)")
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL_DIR, help="model directory to write")
    ap.add_argument("--no-wordfreq", action="store_true", help="train without word-frequency features")
    ap.add_argument("--dev-only", action="store_true", help="print the dev report and stop")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--max-iterations", type=int, default=PARAMS["max_iterations"])
    args = ap.parse_args(argv)
    if not args.anercorp.is_file():
        ap.exit(2, f"training data not found: {args.anercorp} (the corpora live in ../shared/data)\n")
    params = {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations}

    sentences = list(read_conll(args.anercorp))
    extra = []
    if args.aqmar:
        for f in sorted(AQMAR.glob("*.txt")):
            extra += read_conll(f)
    gazetteer = Gazetteer.from_entries(gazetteer_entries(args.gazetteers, research=args.research_gazetteers))
    print(f"ANERcorp train: {len(sentences)} sentences; extra: {len(extra)}; gazetteer: "
          f"{len(gazetteer.words)} words, {len(gazetteer.phrases)} phrases; params {params}", flush=True)

    try:
        frequencies = Frequencies() if args.no_wordfreq else Frequencies.from_wordfreq()
    except ImportError:
        ap.exit(2, "wordfreq is needed to train: pip install 'akhbar[train]' (or pass --no-wordfreq)\n")
    featurizer = Featurizer(gazetteer, frequencies)
    train, blocks = split_dev(sentences)
    args.out.mkdir(parents=True, exist_ok=True)
    dev_dir = args.out / "dev"
    dev_dir.mkdir(exist_ok=True)
    fit(train + extra, featurizer, dev_dir / "model.crfsuite", params, True)
    save_support(dev_dir, gazetteer, frequencies, {})
    dev_scores = evaluate_blocks(CrfTagger(dev_dir), blocks)
    shutil.rmtree(dev_dir)
    figures = {}
    for (a, b), s in zip(DEV_BLOCKS, dev_scores):
        print(f"\ndev block {a:.0%}–{b:.0%} of the split:\n{s.report()}")
    print("\ndev, both blocks (averaged per block):")
    for kind in ["PER", "LOC", "ORG", "MISC", None]:
        f1 = sum(s.prf(kind)[2] for s in dev_scores) / len(dev_scores)
        figures[kind or "micro"] = round(f1, 4)
        print(f"  {kind or 'micro':6} F1 {f1:.3f}")
    if args.dev_only:
        return 0

    fit(sentences + extra, featurizer, args.out / "model.crfsuite", params, True)
    meta = {
        "backend": "builtin-crf",
        "trained_on": ["ANERcorp CAMeL train split (reconstructed)"] + (["AQMAR"] if args.aqmar else []),
        "frequencies": None if args.no_wordfreq else "wordfreq 'large' Arabic list (CC BY-SA 4.0)",
        "gazetteers": ["places.tsv", "arabic_names_akhateeb", "entities.tsv"]
        + (["ANERGazet (research only)"] if args.research_gazetteers else []),
        "params": params,
        "dev_f1": figures,
        "labels": ["PER", "LOC", "ORG", "MISC"],
        "licence": "CC BY-SA 4.0 (trained on ANERcorp as redistributed by CAMeL Lab); see resources/LICENSES.md",
    }
    save_support(args.out, gazetteer, frequencies, meta)
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"\nwrote {args.out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
