"""What ../shared/data/seeds/EXPECTED.md says a correct run extracts from the two seeds.

Each row: type(s) accepted, surface forms that must all be mentions of ONE entity (the
canonical grouping), and where a list names it, the English label. Used by the unit test
(``enrich``) and the broker test (records read back from news.entities).
"""

SPUTNIK = [
    ("PER", ["فلاديمير بوتين", "بوتين", "الرئيس الروسي"], "Vladimir Putin"),
    # the other spelling, أوخناجين, is only in the "©" photo caption (boilerplate); the join of the
    # two spellings is tested on a body holding both (test_ner.py)
    ("PER", ["أوخناغين خوريلسوخ", "رئيس منغوليا", "الرئيس المنغولي"], None),
    ("PER", ["إلهام علييف"], "Ilham Aliyev"),
    ("PER", ["شهباز شريف"], "Shehbaz Sharif"),
    ("PER", ["رجب طيب أردوغان", "أردوغان"], "Recep Tayyip Erdoğan"),
    ("PER", ["قاسم جومارت توكاييف", "توكاييف"], "Kassym-Jomart Tokayev"),
    ("PER", ["دميتري بيسكوف"], "Dmitry Peskov"),
    ("ORG", ["منظمة شنغهاي للتعاون", "شنغهاي للتعاون"], "Shanghai Cooperation Organisation"),
    ("ORG", ["الكرملين"], "Kremlin"),
    ("ORG", ["منظمة معاهدة الأمن الجماعي"], "Collective Security Treaty Organization"),
    ("GPE", ["أستانا"], None), ("GPE", ["روسيا", "روسيا الاتحادية"], "Russia"), ("GPE", ["منغوليا"], "Mongolia"),
    ("GPE", ["باكستان"], "Pakistan"), ("GPE", ["تركيا"], "Turkey"), ("GPE", ["أنقرة"], None),
    ("GPE", ["موسكو"], "Moscow"), ("GPE", ["كازاخستان"], "Kazakhstan"), ("LOC", ["نهر خالخين غول"], None),
    ("MONEY", ["55 مليار دولار"], None), ("MONEY", ["100 مليار دولار"], None),
    ("PERCENT", ["13 في المئة"], None), ("QUANTITY", ["نحو 7 ملايين سائح"], None),
    ("DATE", ["اليوم الأربعاء"], None), ("DATE", ["نوفمبر/ تشرين الثاني من هذا العام"], None),
]
SANA = [
    ("PER", ["فلاديمير بوتين", "بوتين"], "Vladimir Putin"),
    ("PER", ["قاسم جومارت توكاييف"], "Kassym-Jomart Tokayev"),
    ("PER", ["شوكت ميرضياييف"], None), ("PER", ["دميتري بيسكوف"], "Dmitry Peskov"),
    ("ORG", ["رابطة الدول المستقلة"], "Commonwealth of Independent States"), ("ORG", ["غازبروم"], "Gazprom"),
    ("ORG", ["الكرملين"], "Kremlin"), ("ORG", ["الوكالة العربية السورية للأنباء", "سانا"], "SANA"),
    ("ORG", ["روسيا اليوم"], "RT"),
    ("GPE", ["سان بطرسبورغ"], None), ("FAC", ["قصر قسطنطينوفسكي"], None), ("GPE", ["موسكو"], "Moscow"),
    *[("GPE", [name], None) for name in
      ["روسيا", "أذربيجان", "أرمينيا", "بيلاروس", "كازاخستان", "قرغيزستان", "طاجيكستان", "تركمانستان"]],
    ("GPE", ["أوزبكستان", "أوبكستان"], "Uzbekistan"),
    ("MONEY", ["82 مليار دولار"], None),
]
# words of the parts that are not the article: none may be a mention
SPUTNIK_NOT = ["Sputnik", "Sergey Guneev"]
SANA_NOT = ["حسين العزي", "ترامب", "أنصار الله", "أوكرانيا", "يمانيون", "بین دول"]


def check(body: str, entities: list[dict], expected, forbidden) -> None:
    """Assert every expected entity is found as one entity of the right type, with offsets that
    point into ``body``; and nothing comes from boilerplate or the "read also" tail."""
    for e in entities:
        for m in e["mentions"]:
            assert body[m["start"]:m["end"]] == m["text"], m
    for types, forms, label in expected:
        owners = []
        for form in forms:
            found = [e for e in entities for m in e["mentions"] if m["text"] == form and e["type"] in types]
            assert found, f"{form} ({types}) not found"
            owners.append({e["entity_id"] for e in found})
        assert set.intersection(*owners), f"{forms} are not one entity"
        if label:
            (entity_id,) = set.intersection(*owners)
            assert next(e for e in entities if e["entity_id"] == entity_id)["label_en"] == label
    texts = " | ".join(m["text"] for e in entities for m in e["mentions"])
    for word in forbidden:
        assert word not in texts, f"{word} came from boilerplate or another article"
