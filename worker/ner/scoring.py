"""CoNLL exact-span scoring: a predicted entity counts only if its type and both ends match."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .conll import bio_spans

__all__ = ["Score", "score"]


@dataclass
class Score:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: list[str], predicted: list[str]) -> None:
        g, p = bio_spans(gold), bio_spans(predicted)
        for kind, *_ in g & p:
            self.tp[kind] += 1
        for kind, *_ in p - g:
            self.fp[kind] += 1
        for kind, *_ in g - p:
            self.fn[kind] += 1

    def prf(self, kind: str | None = None) -> tuple[float, float, float, int]:
        pick = (lambda c: c[kind]) if kind else (lambda c: sum(c.values()))
        tp, fp, fn = pick(self.tp), pick(self.fp), pick(self.fn)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn

    def report(self) -> str:
        kinds = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        rows = [f"{'type':8} {'prec':>6} {'rec':>6} {'F1':>6} {'gold':>6}"]
        for kind in [*kinds, None]:
            p, r, f, n = self.prf(kind)
            rows.append(f"{kind or 'micro':8} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
        return "\n".join(rows)


def score(gold: list[list[str]], predicted: list[list[str]]) -> Score:
    s = Score()
    for g, p in zip(gold, predicted, strict=True):
        s.add(g, p)
    return s
