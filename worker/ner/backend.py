"""The NER backend interface and its two implementations.

A backend turns text into typed spans with character offsets into *that* text and a
confidence; everything after (types beyond the four coarse ones, canonical entities, ids,
offsets into the original body) is backend-independent and lives in ``stages/entities.py``.

- ``builtin``: the CRF that ships with the package (``crf.py``), with in-article label
  propagation. Pure CPU, no download, tens of thousands of tokens a second.
- ``camel``: camel-tools' BERT NER (``pip install akhbar[bert]`` and ``camel_data -i ner``),
  batched over an article's sentences. It gives labels without scores, so its spans carry
  ``CAMEL_CONFIDENCE``.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Protocol

from .conll import bio_spans
from .tokens import Token, sentences

__all__ = ["Span", "NerBackend", "BuiltinBackend", "CamelBertBackend", "select_backend", "BackendUnavailable"]

log = logging.getLogger(__name__)
CAMEL_CONFIDENCE = 0.9
_CAMEL_TYPES = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # character offsets into the text given to ``find``
    end: int
    type: str  # PER | LOC | ORG | MISC
    confidence: float


class NerBackend(Protocol):
    name: str

    def find(self, text: str, tokens: list[Token] | None = None) -> list[Span]:
        """Spans in ``text``; ``tokens`` is ``tokenize(text)`` when the caller has it already."""


class BackendUnavailable(RuntimeError):
    """The configured backend cannot run here; the message says why."""


def _spans(sents: list[list[Token]], labels: list[list[str]], conf: list[list[float]] | None) -> list[Span]:
    out = []
    for i, (toks, labs) in enumerate(zip(sents, labels)):
        for kind, a, b in sorted(bio_spans(labs), key=lambda s: s[1]):
            c = sum(conf[i][a:b]) / (b - a) if conf else CAMEL_CONFIDENCE
            out.append(Span(toks[a].start, toks[b - 1].end, kind, round(min(max(c, 0.0), 1.0), 3)))
    return out


class BuiltinBackend:
    name = "builtin"

    def __init__(self, model_dir=None) -> None:
        from .crf import DEFAULT_MODEL_DIR, CrfTagger

        self.tagger = CrfTagger(model_dir or DEFAULT_MODEL_DIR)

    def find(self, text: str, tokens: list[Token] | None = None) -> list[Span]:
        sents = sentences(text, tokens)
        labels, conf = self.tagger.tag_document([[t.text for t in s] for s in sents])
        return _spans(sents, labels, conf)


class CamelBertBackend:
    name = "camel"
    BATCH = 32

    def __init__(self) -> None:
        try:
            import importlib

            importlib.import_module("torch")  # camel_tools.ner needs it; fail here with a clear reason
            from camel_tools.ner import NERecognizer
        except Exception as exc:  # ImportError, or camel_tools' DownloaderError offline
            raise BackendUnavailable(f"camel-tools NER needs torch and transformers "
                                     f"(pip install 'akhbar[bert]'): {exc}") from exc
        try:
            self._model = NERecognizer.pretrained()
        except Exception as exc:
            raise BackendUnavailable(f"camel NER data not installed (camel_data -i ner): {exc}") from exc

    def find(self, text: str, tokens: list[Token] | None = None) -> list[Span]:
        sents = sentences(text, tokens)
        labels = self._model.predict([[t.text for t in s] for s in sents], batch_size=self.BATCH)
        mapped = [[lab[:2] + _CAMEL_TYPES.get(lab[2:], "MISC") if lab != "O" else "O" for lab in sent]
                  for sent in labels]
        return _spans(sents, mapped, None)


@functools.lru_cache(maxsize=1)
def default_backend() -> BuiltinBackend:
    """The shipped model, loaded once per process (about a second, ~60 MB)."""
    return BuiltinBackend()


def select_backend(name: str, model_dir=None) -> tuple[NerBackend, str]:
    """(backend, why it was chosen) for ``AKHBAR_NER_BACKEND`` = builtin | camel | auto."""
    if name in ("camel", "auto"):
        try:
            return CamelBertBackend(), "camel-tools BERT NER (configured: %s)" % name
        except BackendUnavailable as exc:
            if name == "camel":
                log.warning("NER backend camel unavailable → built-in: %s", exc)
            return _builtin(model_dir), f"built-in CRF ({exc} → built-in)"
    if name != "builtin":
        raise ValueError(f"unknown NER backend {name!r}: builtin, camel or auto")
    return _builtin(model_dir), f"built-in CRF{f' from {model_dir}' if model_dir else ''} (configured)"


def _builtin(model_dir) -> BuiltinBackend:
    return BuiltinBackend(model_dir) if model_dir else default_backend()
