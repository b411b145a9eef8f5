"""The built-in tagger: a linear-chain CRF (trained with CRFsuite, decoded in numpy: ``decode``).

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

import numpy as np

from .decode import CrfModel, Emissions
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
        self.model = CrfModel(model_dir / "model.crfsuite")
        self.emissions = Emissions(self.model, self.featurizer)

    def tag_corpus(self, sentences: list[list[str]], sentences_per_doc: int) -> list[list[str]]:
        """Labels for a corpus without document marks (CoNLL): windows of sentences stand in
        for articles, each tagged with ``tag_document`` as the worker tags an article."""
        n = max(1, sentences_per_doc)
        out: list[list[str]] = []
        for a in range(0, len(sentences), n):
            out += self.tag_document(sentences[a:a + n])[0]
        return out

    def decode(self, sentences: list[list[str]]) -> tuple[list[list[str]], list[list[float]], list[list[str]]]:
        """Each sentence's best labels, the marginal probability of each (1.0 for ``O``) and
        the tokens' normal forms. Sentences without a letter (numbers, punctuation) get ``O``."""
        labels: list[list[str]] = [["O"] * len(s) for s in sentences]
        conf: list[list[float]] = [[1.0] * len(s) for s in sentences]
        todo = [i for i, s in enumerate(sentences) if s and _LETTER.search("".join(s))]
        emissions, todo_norms = self.emissions.document([sentences[i] for i in todo])
        norms: list[list[str]] = [[] for _ in sentences]
        for i, n in zip(todo, todo_norms):
            norms[i] = n
        for i, s in enumerate(sentences):
            if not norms[i]:
                norms[i] = [self.featurizer.normal(t) for t in s]
        if not todo:
            return labels, conf, norms
        lengths = np.array([len(sentences[i]) for i in todo])
        paths = self.model.viterbi(emissions, lengths)
        outside = self.model.outside
        named = np.flatnonzero(((paths != outside) & (np.arange(paths.shape[1]) < lengths[:, None])).any(axis=1))
        names = self.model.labels
        path_rows = paths.tolist()
        for row, i in enumerate(todo):
            labels[i] = [names[y] for y in path_rows[row][:lengths[row]]]
        if len(named):
            sure = np.take_along_axis(self.model.marginals(emissions[named], lengths[named]),
                                      paths[named][:, :, None], 2)[:, :, 0].tolist()
            for row, p in zip(named.tolist(), sure):
                i = todo[row]
                conf[i] = [1.0 if y == "O" else p[t] for t, y in enumerate(labels[i])]
        return labels, conf, norms

    def tag_document(self, sentences: list[list[str]]) -> tuple[list[list[str]], list[list[float]]]:
        """Tag one article's sentences, then make its names consistent (``propagate``).

        Returns labels and per-token confidences; a propagated label gets ``PROPAGATED``.
        """
        labels, conf, norms = self.decode(sentences)
        new = propagate(list(zip(norms, labels)), conf, self.frequencies.common)
        for i, (old, now) in enumerate(zip(labels, new)):
            if old != now:
                conf[i] = [c if o == n else PROPAGATED for c, o, n in zip(conf[i], old, now)]
        return new, conf
