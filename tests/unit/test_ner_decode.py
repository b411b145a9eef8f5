"""The numpy decoder (``worker.ner.decode``) must tag exactly as CRFsuite does with the same model."""

import pycrfsuite
import pytest

from tests.integration.articles import distinct_article
from worker.ner.crf import CrfTagger
from worker.ner.propagate import propagate
from worker.ner.tokens import sentences


@pytest.fixture(scope="module")
def tagger():
    return CrfTagger()


@pytest.fixture(scope="module")
def reference(tagger):
    crfsuite = pycrfsuite.Tagger()
    crfsuite.open(str(tagger.model_dir / "model.crfsuite"))

    def tag(tokens):
        labels = crfsuite.tag(tagger.featurizer.sentence(tokens))
        return labels, [1.0 if y == "O" else crfsuite.marginal(y, i) for i, y in enumerate(labels)]
    return tag


def _document(i: int) -> list[list[str]]:
    return [[t.text for t in s] for s in sentences(distinct_article(i)["body"])]


HAND = [
    ["وصل", "الرئيس", "التركي", "رجب", "طيب", "أردوغان", "إلى", "موسكو", "."],
    ["بوتين"],  # one token: both sentence bounds on one word
    ["2024", "-", "13", "%"],  # no letters: O without asking the model
    ["وقال", "المتحدث", "باسم", "الكرملين", "دميتري", "بيسكوف", "إن", "موسكو", "ترحب"] * 13,  # 117 tokens
    [],
]


def test_labels_and_confidences_equal_crfsuite(tagger, reference):
    docs = [HAND] + [_document(i) for i in range(30)]
    compared = 0
    for doc in docs:
        labels, conf, norms = tagger.decode(doc)
        for tokens, lab, c, n in zip(doc, labels, conf, norms):
            want_labels, want_conf = reference(tokens) if tokens else ([], [])
            assert lab == want_labels, tokens
            assert c == pytest.approx(want_conf, abs=1e-5)
            assert n == [tagger.featurizer.normal(t) for t in tokens]
            compared += len(tokens)
    assert compared > 3000
    assert any(y != "O" for lab in tagger.decode(HAND)[0] for y in lab)  # the comparison saw names


def test_a_sentence_tags_the_same_alone_and_among_longer_ones(tagger):
    doc = _document(3)
    together = tagger.decode(doc)[0]
    assert [tagger.decode([s])[0][0] for s in doc] == together


def test_propagation_prefers_the_longest_name():
    docs = [(["قال", "فلاديمير", "بوتين"], ["O", "B-PER", "I-PER"]),
            (["بوتين", "الكرملين"], ["B-PER", "B-ORG"]),
            (["وفلاديمير", "بوتين", "وبوتين"], ["O", "O", "O"])]
    assert propagate(docs)[2] == ["B-PER", "I-PER", "B-PER"]
