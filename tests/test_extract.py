"""Texts → expected terms and non-terms, on texts written for the tests (not the seed)."""

from __future__ import annotations

import pytest

from tests.conftest import canonical_forms

CARDIO_RU = """Острый инфаркт миокарда остаётся ведущей причиной смерти. У пациентов с острым инфарктом
миокарда выполняли чрескожное коронарное вмешательство (ЧКВ) в первые часы. После ЧКВ назначали
двойную антитромбоцитарную терапию: ацетилсалициловую кислоту и клопидогрел. Уровень тропонина
измеряли при поступлении. По данным ЭКГ у большинства больных выявлен подъём сегмента ST.

СПИСОК ЛИТЕРАТУРЫ

1. Сидоров, А. В. Реперфузионная терапия инфаркта миокарда / А. В. Сидоров, Б. Г. Кузьмин // Кардиология. – 2021. – № 5. – С. 10–17. – DOI: 10.1000/card.2021.5.
"""

DIABETES_EN = """Type 2 diabetes mellitus (T2DM) is a chronic metabolic disorder. In this randomized controlled
trial, patients with T2DM received metformin or placebo for 24 weeks. The primary outcome was the
change in glycated hemoglobin (HbA1c). Metformin reduced HbA1c levels and fasting plasma glucose.
Gastrointestinal adverse events were more frequent with metformin. The odds ratio for hypoglycemia
was 0.8 (95% confidence interval 0.5-1.2).

References

1. Smith JA, Brown K. Metformin in type 2 diabetes: a systematic review. Diabetes Care. 2020;43(2):101-110. doi:10.2337/dc19-1234
"""


def test_russian_terms_and_canonical_forms(build_texts):
    g = build_texts(CARDIO_RU)
    forms = canonical_forms(g, "ru")
    for expected in ["острый инфаркт миокарда", "инфаркт миокарда", "чрескожное коронарное вмешательство",
                     "ЧКВ", "антитромбоцитарная терапия", "ацетилсалициловая кислота", "клопидогрел",
                     "тропонин", "ЭКГ", "реперфузионная терапия"]:
        assert expected in forms, expected
    for noise in ["Сидоров", "Кузьмин", "кардиология", "острый инфаркт миокард",
                  "первый час", "большинство"]:
        assert noise not in forms, noise


def test_english_terms_and_abbreviation_links(build_texts):
    g = build_texts(DIABETES_EN)
    forms = canonical_forms(g, "en")
    for expected in ["type 2 diabetes mellitus", "T2DM", "metformin", "glycated hemoglobin", "HbA1c",
                     "fasting plasma glucose", "odds ratio", "confidence interval", "hypoglycemia",
                     "randomized controlled trial"]:
        assert expected in forms, expected
    for noise in ["Smith", "Diabetes Care", "primary outcome was", "week", "change"]:
        assert noise not in forms, noise
    t2dm = g.term_by_key("en", "t2dm")
    assert t2dm is not None and "type 2 diabetes mellitus" in g.abbreviation_links(t2dm["id"])


def test_variants_group_inflections_and_spellings(build_texts):
    g = build_texts("Restless legs syndrome (RLS) is common. Restless leg syndrome worsens at night. "
                    "Willis-Ekbom disease, also written Willis – Ekbom disease or Willis Ekbohm disease, is RLS.")
    rls = g.term_by_key("en", "restless leg syndrome")
    assert rls is not None
    variants = set(g.variants_of(rls["id"]))
    assert {"Restless legs syndrome", "Restless leg syndrome"} & variants or rls["canonical"] in (
        "restless legs syndrome", "restless leg syndrome")
    we = g.term_by_key("en", "willis ekbom disease")
    assert we is not None
    assert {"Willis Ekbohm disease", "Willis – Ekbom disease"} <= set(g.variants_of(we["id"])) | {we["canonical"]}


def test_russian_inflections_are_variants(build_texts):
    g = build_texts("Отёк головного мозга развивается быстро. Борьба с отеком головного мозга начинается сразу. "
                    "При отёке головного мозга назначают маннитол.")
    t = g.term_by_key("ru", "отек головной мозг")
    assert t is not None and t["canonical"] == "отёк головного мозга"
    assert {"отеком головного мозга", "отёке головного мозга"} <= set(g.variants_of(t["id"]))
    assert t["frequency"] == 3


def test_undefined_abbreviations_are_terms(build_texts):
    g = build_texts("Пациентке выполнили МРТ и КТ головного мозга. По данным МРТ очагов нет.")
    assert {"МРТ", "КТ"} <= canonical_forms(g, "ru")


@pytest.mark.parametrize(
    "noise",
    ["10.17749/2313-7347.2016.10.4.114-122", "Кривонос", "Зайнулина", "Акушерство, гинекология и репродукция",
     "Gomel State Medical University", "Republic of Belarus", "Journal of Family Medicine", "Pain. Medicine",
     "УДК", "Elsevier", "Wiley-Blackwell", "Moosa", "Serebrova", "Research'n Practical Medicine Journal"],
)
def test_bibliographic_noise_never_becomes_a_term(seeded, noise):
    from medgloss.normalize import fold

    forms = {fold(f) for f in canonical_forms(seeded)}
    assert fold(noise) not in forms
    assert not any(fold(noise) in f for f in forms)


def test_terms_come_only_from_text_and_reference_titles(seeded):
    """No occurrence lies in a metadata line or outside the title of a reference."""
    from medgloss.io import segment_document

    for doc in seeded.documents():
        text = seeded._one("SELECT text FROM documents WHERE id = ?", (doc.id,))
        segments = {s.index: s for s in segment_document(text)}
        rows = seeded._rows(
            "SELECT s.idx, o.start, o.end FROM occurrences o JOIN segments s ON s.id = o.segment_id "
            "WHERE s.document_id = ?", (doc.id,))
        assert rows
        for r in rows:
            seg = segments[r["idx"]]
            assert seg.kind != "meta"
            assert any(a <= r["start"] and r["end"] <= b for a, b in seg.spans), (seg.kind, text[r["start"]:r["end"]])


SEED_RU = ["сульфат магния", "антигипертензивная терапия", "отёк головного мозга", "антифосфолипидный синдром",
           "ингибитор активатора плазминогена", "блокатор медленных кальциевых каналов", "МРТ", "КТ", "роды",
           "беременность", "инсульт", "кровоизлияние", "противосудорожная терапия", "родоразрешение"]
SEED_EN = ["restless legs syndrome", "iron deficiency anemia", "serum ferritin", "substantia nigra",
           "ferric carboxymaltose", "RLS", "IDA", "iron deficiency", "quality of life", "putamen", "akathisia",
           "end-stage renal disease", "Willis-Ekbom disease", "dopamine"]


@pytest.mark.parametrize(("lang", "term"), [("ru", t) for t in SEED_RU] + [("en", t) for t in SEED_EN])
def test_bundled_corpus_terms(seeded, lang, term):
    assert term in canonical_forms(seeded, lang)


@pytest.mark.parametrize(
    "nonterm",
    ["антигипертензивный терапия", "отёк головной мозг", "отек головной мозг", "блокатор медленный кальциевый канал",
     "patient", "study", "introduction", "conclusion", "review", "Google Scholar", "PubMed", "Pakistan", "Korea",
     "Iran", "textile factory", "leg syndrome", "deficiency anemia", "syndrome"],
)
def test_bundled_corpus_non_terms(seeded, nonterm):
    assert nonterm not in canonical_forms(seeded)


def test_abbreviation_linked_to_its_definition(seeded):
    rls = seeded.term_by_key("en", "rls")
    assert "restless legs syndrome" in seeded.abbreviation_links(rls["id"])


def test_text_longer_than_spacy_limit_is_tokenized_whole():
    from medgloss.nlp.tokenize import tokens

    text = ("Ferritin " * 150_000).strip()  # 1.35 million characters, no sentence break
    toks = tokens(text, "en")
    assert len(toks) == 150_000
    assert toks[-1][2] == len(text)
