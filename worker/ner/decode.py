"""A CRFsuite model scored and decoded in numpy, a whole article's sentences at a time.

Why not CRFsuite's own tagger: profiling the worker (``bench/profile.py``) put 40% of an
article's time in tagging, and most of that was building and handing over ~40 feature strings
per token for CRFsuite to hash again. A linear-chain CRF's token score is a sum of weight
rows, and almost all of a token's features depend only on its word, so ``Emissions`` sums
them once per word *type* (news is Zipfian) and a sentence is then a few array additions.
Viterbi and forward-backward run over all sentences of the article together (padded), so the
Python loop is over positions (≤ ``MAX_SENTENCE``), not tokens.

Training stays with CRFsuite (``train.py``); this module only reads its model file, and
``tests/unit/test_ner_decode.py`` checks that the labels it gives equal CRFsuite's.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite

from .features import Featurizer

__all__ = ["CrfModel", "Emissions"]


class CrfModel:
    """State weights (attribute × label) and transition weights of a CRFsuite model."""

    def __init__(self, path: str | Path) -> None:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        self.labels: list[str] = [name for name, _ in sorted(info.labels.items(), key=lambda kv: int(kv[1]))]
        index = {name: i for i, name in enumerate(self.labels)}
        self.rows: dict[str, int] = {}
        for attr, _ in info.state_features:
            self.rows.setdefault(attr, len(self.rows))
        self.weights = np.zeros((len(self.rows) + 1, len(self.labels)))  # last row: unknown attribute
        for (attr, label), w in info.state_features.items():
            self.weights[self.rows[attr], index[label]] = w
        self.transitions = np.zeros((len(self.labels), len(self.labels)))
        for (a, b), w in info.transitions.items():
            self.transitions[index[a], index[b]] = w
        self._exp_transitions = np.exp(self.transitions)
        self.outside = index.get("O")

    def score(self, features: list[str]) -> np.ndarray:
        """Sum of the weight rows of ``features`` (unknown ones weigh nothing), one per label."""
        rows = [r for f in features if (r := self.rows.get(f)) is not None]
        return self.weights[rows].sum(axis=0) if rows else np.zeros(len(self.labels))

    def viterbi(self, emissions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Best label indices (sentences, positions); ``emissions`` is (sentences, positions,
        labels) and ``lengths`` says where each sentence ends (the rest is padding)."""
        n_sent, width, n_lab = emissions.shape
        delta = emissions[:, 0].copy()
        back = np.zeros((width, n_sent, n_lab), dtype=np.intp)
        trans = self.transitions[None]
        for t in range(1, width):
            scores = delta[:, :, None] + trans  # (sentence, previous, current)
            back[t] = scores.argmax(axis=1)
            step = scores.max(axis=1) + emissions[:, t]
            delta = np.where((lengths > t)[:, None], step, delta)  # an ended sentence keeps its last
        last = delta.argmax(axis=1)
        paths = np.zeros((n_sent, width), dtype=np.intp)
        ends = lengths - 1
        rows = np.arange(n_sent)
        cur = last.copy()
        for t in range(width - 1, -1, -1):
            cur = np.where(ends == t, last, cur)  # a sentence's path starts at its own end
            paths[:, t] = cur
            if t:
                cur = back[t, rows, cur]
        return paths

    def marginals(self, emissions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """P(label at position) per sentence (scaled forward-backward), same shape as ``emissions``."""
        n_sent, width, n_lab = emissions.shape
        psi = np.exp(emissions - emissions.max(axis=2, keepdims=True))
        trans = self._exp_transitions
        alpha = np.empty_like(psi)
        a = psi[:, 0]
        alpha[:, 0] = a / a.sum(axis=1, keepdims=True)
        for t in range(1, width):
            a = (alpha[:, t - 1] @ trans) * psi[:, t]
            alpha[:, t] = a / a.sum(axis=1, keepdims=True)
        beta = np.ones_like(psi)
        for t in range(width - 2, -1, -1):
            b = (psi[:, t + 1] * beta[:, t + 1]) @ trans.T
            b /= b.sum(axis=1, keepdims=True)
            beta[:, t] = np.where((lengths > t + 1)[:, None], b, 1.0)
        marg = alpha * beta
        return marg / marg.sum(axis=2, keepdims=True)


class Emissions:
    """Per-token label scores for an article's sentences, from per-word-type sums of
    ``Featurizer`` features kept in one array (a word is an index into it)."""

    def __init__(self, model: CrfModel, featurizer: Featurizer, cache_size: int = 100_000) -> None:
        self.model = model
        self.featurizer = featurizer
        self.cache_size = cache_size
        self._ids: dict[str, tuple[str, int]] = {}
        # a word's own score, then the scores it lends to the words 2 and 1 before and 1 and 2 after
        self._blocks = np.zeros((cache_size, 5, len(model.labels)))  # calloc: pages fill as words arrive

    def _word(self, token: str) -> tuple[str, int]:
        hit = self._ids.get(token)
        if hit is None:
            if len(self._ids) >= self.cache_size:
                self._ids.clear()
            norm, own, ctx = self.featurizer.compute(token)
            score = self.model.score
            i = len(self._ids)
            self._blocks[i] = [score(own)] + [score(ctx[k]) for k in (-2, -1, 1, 2)]
            hit = self._ids[token] = (norm, i)
        return hit

    def document(self, sentences: list[list[str]]) -> tuple[np.ndarray, list[list[str]]]:
        """Scores (sentences, longest, labels), zero-padded, and each sentence's normal forms."""
        norms: list[list[str]] = []
        ids: list[int] = []
        pos: list[int] = []
        for s in sentences:
            words = [self._word(t) for t in s]
            norms.append([w[0] for w in words])
            ids += [w[1] for w in words]
            pos += range(len(s))
        lengths = [len(s) for s in sentences]
        width = max(lengths, default=0)
        blocks = self._blocks[ids]  # (tokens, 5, labels)
        at = np.array(pos, dtype=np.intp)  # stays an index array when every sentence is empty
        after = np.repeat(np.array(lengths) - 1, lengths) - at  # words left in the sentence
        e = blocks[:, 0].copy()
        e[2:] += blocks[:-2, 1] * (at[2:] >= 2)[:, None]  # a word two back lends its "-2" score
        e[1:] += blocks[:-1, 2] * (at[1:] >= 1)[:, None]
        e[:-1] += blocks[1:, 3] * (after[:-1] >= 1)[:, None]
        e[:-2] += blocks[2:, 4] * (after[:-2] >= 2)[:, None]
        rows = self.model.rows
        flat, hit = [], []
        offset = 0
        for sent in norms:
            for i, feature in self.featurizer.sentence_features(sent):
                r = rows.get(feature)
                if r is not None:
                    flat.append(offset + i)
                    hit.append(r)
            offset += len(sent)
        if flat:
            np.add.at(e, flat, self.model.weights[hit])
        out = np.zeros((len(sentences), width, len(self.model.labels)))
        out[np.repeat(np.arange(len(sentences)), lengths), at] = e
        return out, norms
