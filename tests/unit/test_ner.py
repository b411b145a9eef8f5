"""NER building blocks without Kafka: CoNLL scoring, clitics, quantities, canonical joins,
titles, label propagation, backend choice, the evaluate command and deterministic training."""

import gzip
import subprocess
import sys

import pytest

from worker.lang.ar.clitics import stems
from worker.ner import train
from worker.ner.backend import BuiltinBackend, select_backend
from worker.ner.canonical import Mention, group, similar
from worker.ner.conll import bio_spans, coarse_label, read_conll
from worker.ner.propagate import propagate
from worker.ner.quantities import find_quantities
from worker.ner.scoring import score
from worker.ner.tokens import sentences
from worker.pipeline import enrich
from worker.records import RawArticle
from ..mentions import people_mentions


def test_bio_spans_follow_conlleval():
    assert bio_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER"]) == {
        ("PER", 0, 2), ("LOC", 3, 4), ("ORG", 4, 5), ("PER", 5, 6)}
    assert coarse_label("B-PERS") == "B-PER" and coarse_label("I-MIS2") == "I-MISC" and coarse_label("OO") == "O"


def test_score_is_exact_span():
    s = score([["B-PER", "I-PER", "O", "B-LOC"]], [["B-PER", "O", "O", "B-LOC"]])
    assert s.prf("LOC")[:3] == (1.0, 1.0, 1.0)
    assert s.prf("PER")[:3] == (0.0, 0.0, 0.0)  # a partial span is wrong both ways
    assert s.prf()[:2] == (0.5, 0.5)


def test_stems_keep_names_that_start_like_clitics():
    assert stems("وبالكرملين") == ("وبالكرملين", "بالكرملين", "الكرملين", "كرملين")
    assert stems("بوتين")[0] == "بوتين" and stems("السوريه", article=False) == ("السوريه",)


@pytest.mark.parametrize("text, kind, value", [
    ("بلغ 55 مليار دولار", "MONEY", {"amount": 55e9, "number": 55.0, "scale": "billion", "currency": "USD"}),
    ("بلغ ٨٢ مليار دولار", "MONEY", {"amount": 82e9, "number": 82.0, "scale": "billion", "currency": "USD"}),
    ("ودفع 300 ألف يورو", "MONEY", {"amount": 3e5, "number": 300.0, "scale": "thousand", "currency": "EUR"}),
    ("نما بنسبة 13 في المئة", "PERCENT", {"percent": 13.0}),
    ("ارتفع ٪٣٫٥", "PERCENT", {"percent": 3.5}),
    ("وصول نحو 7 ملايين سائح", "QUANTITY",
     {"amount": 7e6, "number": 7.0, "scale": "million", "approximate": True, "unit": "tourist"}),
    ("عند 11:49 GMT", "TIME", {"value": "11:49", "zone": "UTC"}),
])
def test_quantities_have_values_and_offsets(text, kind, value):
    (q,) = find_quantities(text)
    assert (q.type, q.value) == (kind, value)
    assert text[q.start:q.end].split()[-1] == text.split()[-1] or kind == "TIME"


def test_a_year_or_a_bare_number_is_no_quantity():
    assert find_quantities("في عام 2024 التقى 3 رؤساء") == []


def _m(words, kind="PER", start=0):
    return Mention(start, start + 1, kind, 0.9, tuple(words))


def test_group_joins_spellings_short_forms_and_keeps_people_apart():
    entities = group([
        _m(["اوخناجين", "خوريلسوخ"], start=0), _m(["اوخناغين", "خوريلسوخ"], start=10),
        _m(["فلاديمير", "بوتين"], start=20), _m(["بوتين"], start=30), _m(["زيلينسكي"], start=40),
        _m(["اوزبكستان"], "GPE", 50), _m(["اوبكستان"], "GPE", 60), _m(["روسيا", "الاتحاديه"], "GPE", 70),
        _m(["روسيا"], "GPE", 80),
    ])
    groups = sorted(sorted(" ".join(m.tokens) for m in e.mentions) for e in entities)
    assert groups == sorted([
        ["اوخناجين خوريلسوخ", "اوخناغين خوريلسوخ"], ["بوتين", "فلاديمير بوتين"], ["زيلينسكي"],
        ["اوبكستان", "اوزبكستان"], ["روسيا", "روسيا الاتحاديه"],
    ])
    assert not similar("روسيا", "روسي") and similar("اوخناجين", "اوخناغين")


def test_a_lineage_name_without_its_family_or_without_its_father_is_the_same_person():
    entities = group([
        _m(["سعود", "بن", "ثنيان", "ال", "سعود"], start=0), _m(["سعود", "بن", "ثنيان"], start=10),
        _m(["سليمان", "بن", "عبد", "الرحمن", "السحيباني"], start=20), _m(["سليمان", "السحيباني"], start=30),
        _m(["خالد", "السحيباني"], start=40), _m(["سعود", "بن", "فهد"], start=50),
    ])
    groups = sorted(sorted(" ".join(m.tokens) for m in e.mentions) for e in entities)
    assert groups == sorted([
        ["سعود بن ثنيان", "سعود بن ثنيان ال سعود"], ["سليمان السحيباني", "سليمان بن عبد الرحمن السحيباني"],
        ["خالد السحيباني"], ["سعود بن فهد"],  # another given name, another father: other people
    ])


def test_two_spellings_in_one_body_are_one_entity_even_without_a_list():
    body = ("التقى الرئيس المنغولي أوخناجين خوريلسوخ نظيره الكوري. "
            "وقال أوخناغين خوريلسوخ إن العلاقات متينة، وأكد خوريلسوخ أهمية التعاون.")
    people = [e for e in enrich(RawArticle(source="t", body=body)).entities if e["type"] == "PER"]
    assert len(people) == 1
    assert {m["text"] for m in people[0]["mentions"]} >= {"أوخناجين خوريلسوخ", "أوخناغين خوريلسوخ", "خوريلسوخ"}


def test_clitics_are_stripped_from_mentions_and_offsets():
    body = "وقال بوتين إن روسيا مستعدة. وأكد وبوتين أن لروسيا مصالح بالكرملين."
    ents = enrich(RawArticle(source="t", body=body)).entities
    texts = {m["text"] for e in ents for m in e["mentions"]}
    assert {"بوتين", "روسيا", "الكرملين"} <= texts
    assert not texts & {"وبوتين", "لروسيا", "بالكرملين"}
    for e in ents:
        for m in e["mentions"]:
            assert body[m["start"]:m["end"]] == m["text"]


def test_title_reference_resolves_to_the_person_named_in_apposition():
    body = ("أكد الرئيس الروسي أن المحادثات مثمرة. وكان الرئيس الروسي فلاديمير بوتين قد وصل إلى أستانا، "
            "والتقى رئيس الوزراء الباكستاني شهباز شريف.")
    ents = enrich(RawArticle(source="t", body=body)).entities
    putin = next(e for e in ents if e["label_en"] == "Vladimir Putin")
    titles = [m for m in putin["mentions"] if m.get("kind") == "title"]
    assert [m["text"] for m in titles] == ["الرئيس الروسي", "الرئيس الروسي"]  # before and at the apposition
    sharif = next(e for e in ents if e["canonical"] == "شهباز شريف")
    assert [m["text"] for m in sharif["mentions"] if m.get("kind")] == ["رئيس الوزراء الباكستاني"]


def test_propagation_copies_sure_names_only():
    docs = [(["قال", "فلاديمير", "بوتين"], ["O", "B-PER", "I-PER"]), (["واكد", "بوتين", "ذلك"], ["O", "O", "O"])]
    assert propagate(docs)[1] == ["O", "B-PER", "O"]
    assert propagate(docs, confidence=[[1, 0.3, 0.3], [1, 1, 1]])[1] == ["O", "O", "O"]


def test_backend_choice_says_why():
    backend, why = select_backend("camel")  # torch is not installed in the default environment
    assert isinstance(backend, BuiltinBackend) and "→ built-in" in why
    with pytest.raises(ValueError):
        select_backend("spacy")


def test_builtin_spans_point_into_the_text():
    text = "وصل الرئيس التركي رجب طيب أردوغان إلى موسكو."
    spans = BuiltinBackend().find(text)
    found = {(s.type, text[s.start:s.end]) for s in spans}
    assert ("PER", "رجب طيب أردوغان") in found and any(t == "LOC" and "موسكو" in s for t, s in found)
    assert all(0 < s.confidence <= 1 for s in spans)


@pytest.mark.parametrize("text", ["", " ", ".", "\u200f. … !"])
def test_builtin_backend_finds_nothing_in_text_without_words(text):
    assert BuiltinBackend().find(text) == []  # was an IndexError when every sentence was empty


def test_a_name_cut_short_by_the_tagger_is_made_whole():
    body = ("استقبل أمير المنطقة أمس الشيخ صالح بن فوزان الفوزان الذي هنأه بالعيد. "
            "من جانبها، قالت ميتشيلا لاجرونوفا المتحدثة باسم وزارة الخارجية إن الوزارة تعرف الأسماء.")
    people = {e["canonical"] for e in enrich(RawArticle(source="t", body=body)).entities if e["type"] == "PER"}
    assert {"صالح بن فوزان الفوزان", "ميتشيلا لاجرونوفا"} <= people
    assert not {"الفوزان", "ميتشيلا", "صالح بن فوزان"} & people


def test_evaluate_command_scores_a_conll_file(tmp_path):
    conll = tmp_path / "tiny.conll"
    conll.write_text("وصل O\nالرئيس O\nرجب B-PERS\nطيب I-PERS\nأردوغان I-PERS\nإلى O\nموسكو B-LOC\n. O\n\n", "utf-8")
    out = subprocess.run([sys.executable, "-m", "worker.ner.evaluate", str(conll)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "micro" in out.stdout and "tokens/s" in out.stdout
    micro = next(line for line in out.stdout.splitlines() if line.startswith("micro")).split()
    assert float(micro[3]) == 1.0 and micro[4] == "2"


def test_training_is_deterministic(tmp_path, shared_data):
    sentences = list(read_conll(train.ANERCORP))[:150]
    conll = tmp_path / "small.conll.gz"
    with gzip.open(conll, "wt", encoding="utf-8") as f:
        f.write("\n\n".join("\n".join(f"{t} {y}" for t, y in s) for s in sentences) + "\n")
    outs = []
    for n in (1, 2):
        out = tmp_path / f"m{n}"
        done = subprocess.run([sys.executable, "-m", "worker.ner.train", "--anercorp", str(conll), "--out", str(out),
                               "--no-wordfreq", "--max-iterations", "20"], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert "micro" in done.stdout
        outs.append((out / "model.crfsuite").read_bytes())
    assert outs[0] == outs[1]


def test_a_title_abbreviation_ends_no_sentence_but_a_full_stop_does():
    text = "أوضح رئيس النادي د. عبدالله الحيدري أن الحفل قريب. وقال أ.د. محمد إن عام 2015 م. كان جيدا. ثم"
    got = [" ".join(t.text for t in s) for s in sentences(text)]
    assert got == ["أوضح رئيس النادي د . عبدالله الحيدري أن الحفل قريب .", "وقال أ . د . محمد إن عام 2015 م .",
                   "كان جيدا .", "ثم"]


def test_initials_and_decimals_written_together_end_no_sentence():
    text = "وفي مقابلة مع بي.بي.سي قال اوباما إن النمو بلغ 2.5 في المائة. ثم بين المملكة والجزائر.وشددوا «سألتقي».وفي"
    got = [" ".join(t.text for t in s) for s in sentences(text)]
    assert got == ["وفي مقابلة مع بي . بي . سي قال اوباما إن النمو بلغ 2 . 5 في المائة .",
                   "ثم بين المملكة والجزائر .", "وشددوا « سألتقي » .", "وفي"]  # (a space left out: sentences end)


def test_a_given_name_with_a_title_is_the_lineage_name_and_a_glued_verb_is_no_part_of_it():
    body = ("وأوضح كارتر أنه والملك سلمان بن عبد العزيز أكدا خلال المحادثات دعمهما للاتفاق. "
            "وكشف كارتر أن الملك سلمان سيزور الولايات المتحدة.")
    people = people_mentions(body)
    assert people["سلمان بن عبدالعزيز آل سعود"] == ["سلمان بن عبد العزيز", "سلمان"]


def test_a_place_after_a_preposition_ends_a_name_and_the_name_is_found_again():
    body = ("إن زيارة وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني للرياض يوم الاثنين تأتي في إطار الجهود. "
            "وعلمت الصحيفة أن موغيريني سوف تزور طهران. وقال جيري بروان إن الولاية مستعدة.")
    ents = enrich(RawArticle(source="t", body=body)).entities
    people = {e["canonical"]: [m["text"] for m in e["mentions"]] for e in ents if e["type"] == "PER"}
    assert people["فيديريكا موغيريني"] == ["وزيرة خارجية الاتحاد الأوروبي", "فيديريكا موغيريني",  # her office,
                                           "موغيريني"]  # and للرياض is where she went
    assert "جيري بروان" in people  # بروان (Brown) is no ب + روان
    assert "الرياض" in {e["canonical"] for e in ents if e["type"] == "GPE"}


def test_a_foreign_name_keeps_a_first_letter_that_could_be_a_preposition():
    body = ("وصرح قائد شرطة لامو، كريسبوس موتالي، لوكالة الصحافة الفرنسية أن خمسة أشخاص قتلوا. وقال كانسيوس "
            "ندايمانيشا حاكم ولاية كايانزا إن الموقف تحت السيطرة.")
    names = {e["canonical"] for e in enrich(RawArticle(source="t", body=body)).entities}
    assert {"كريسبوس موتالي", "كانسيوس ندايمانيشا"} <= names  # not ك + ريسبوس, ك + انسيوس
    assert not {"ريسبوس موتالي", "انسيوس ندايمانيشا"} & names


def test_arabic_after_a_noun_is_an_adjective_not_the_channel():
    def orgs(body):
        return [x["canonical"] for x in enrich(RawArticle(source="t", body=body)).entities if x["type"] == "ORG"]
    assert "العربية" not in orgs("أكد أن أمتنا العربية بخير وأن اللغة العربية لغتنا.")
    assert orgs("وقالت العربية إن الوضع هادئ.") == ["العربية"]
    assert orgs("وزراء خارجية دول الخليج العربية.") == ["مجلس التعاون الخليجي"]
