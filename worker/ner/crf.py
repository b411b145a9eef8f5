"""The built-in tagger: a linear-chain CRF (CRFsuite) over cached word features.

Chosen by measurement over an averaged perceptron and over adding AQMAR/NewsFANE as training
labels (see ``train.py`` and the README): the CRF with gazetteer features was the best
trade-off of F1, speed and size that trains on two cores in minutes and runs without numpy
or torch. A model directory holds ``model.crfsuite``, the ``gazetteer.tsv.gz`` it was trained
with and ``meta.json`` (training data, parameters, dev-set figures, licence).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pycrfsuite

from .features import Featurizer
from .frequency import Frequencies
from .gazetteer import Gazetteer
from .propagate import propagate

__all__ = ["CrfTagger", "DEFAULT_MODEL_DIR"]

PROPAGATED = 0.8  # confidence of a label copied from a sure mention of the same name
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "resources" / "ner"


_LETTER = re.compile(r"[^\W\d_]")


class CrfTagger:
    def __init__(self, model_dir: str | Path = DEFAULT_MODEL_DIR) -> None:
        model_dir = Path(model_dir)
        self.model_dir = model_dir
        self.meta = json.loads((model_dir / "meta.json").read_text("utf-8"))
        self.gazetteer = Gazetteer.load(model_dir / "gazetteer.tsv.gz")
        self.frequencies = Frequencies.load(model_dir / "frequencies.tsv.gz")
        self.featurizer = Featurizer(self.gazetteer, self.frequencies)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_dir / "model.crfsuite"))

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        return self._tagger.tag(self.featurizer.sentence(tokens))

    def tag_with_confidence(self, tokens: list[str]) -> tuple[list[str], list[float]]:
        """Labels and, per token, the marginal probability of its label (1.0 for ``O``)."""
        if not _LETTER.search("".join(tokens)):  # digits and punctuation only: nothing to name
            return ["O"] * len(tokens), [1.0] * len(tokens)
        labels = self.tag(tokens)
        marginal = self._tagger.marginal
        conf = [1.0 if y == "O" else marginal(y, i) for i, y in enumerate(labels)]
        return labels, conf

    def tag_corpus(self, sentences: list[list[str]], sentences_per_doc: int) -> list[list[str]]:
        """Labels for a corpus without document marks (CoNLL): windows of sentences stand in
        for articles, each tagged with ``tag_document`` as the worker tags an article."""
        n = max(1, sentences_per_doc)
        out: list[list[str]] = []
        for a in range(0, len(sentences), n):
            out += self.tag_document(sentences[a:a + n])[0]
        return out

    def tag_document(self, sentences: list[list[str]]) -> tuple[list[list[str]], list[list[float]]]:
        """Tag one article's sentences, then make its names consistent (``propagate``).

        Returns labels and per-token confidences; a propagated label gets ``PROPAGATED``.
        """
        tagged = [self.tag_with_confidence(s) for s in sentences]
        labels = [lab for lab, _ in tagged]
        conf = [c for _, c in tagged]
        normal = self.featurizer.normal
        new = propagate([([normal(t) for t in s], lab) for s, lab in zip(sentences, labels)],
                        conf, self.frequencies.common)
        for i, (old, now) in enumerate(zip(labels, new)):
            if old != now:
                conf[i] = [c if o == n else PROPAGATED for c, o, n in zip(conf[i], old, now)]
        return new, conf
