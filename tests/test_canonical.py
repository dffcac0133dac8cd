"""Golden table: noun phrases met in text → canonical form (Russian agreement, English singular)."""

from __future__ import annotations

import pytest

from medgloss.terms.extract import canonical_for

RU = [
    ("отеком головного мозга", "отёк головного мозга"),
    ("блокаторы медленных кальциевых каналов", "блокатор медленных кальциевых каналов"),
    ("антигипертензивной терапии", "антигипертензивная терапия"),
    ("антифосфолипидным синдромом", "антифосфолипидный синдром"),
    ("ингибитора активатора плазминогена", "ингибитор активатора плазминогена"),
    ("сульфата магния", "сульфат магния"),
    ("после родов", None),  # a prepositional phrase is not a noun phrase
    ("родов", "роды"),
    ("левой коронарной артерии", "левая коронарная артерия"),
    ("спонтанной диссекции левой коронарной артерии", "спонтанная диссекция левой коронарной артерии"),
    ("железодефицитными анемиями", "железодефицитная анемия"),
    ("острым нарушением мозгового кровообращения", "острое нарушение мозгового кровообращения"),
    ("сывороточного ферритина", "сывороточный ферритин"),
    ("ионизирующей радиации", "ионизирующая радиация"),
    ("рентгеновскими лучами", "рентгеновский луч"),
    ("уровнем гликированного гемоглобина", "уровень гликированного гемоглобина"),
    ("чрескожных коронарных вмешательств", "чрескожное коронарное вмешательство"),
    ("HELLP-синдромом", "HELLP-синдром"),
    ("МРТ-контрастом", "МРТ-контраст"),
    ("болезнью Паркинсона", "болезнь Паркинсона"),
]

EN = [
    ("serum ferritin levels", "serum ferritin level"),
    ("restless legs syndrome", "restless legs syndrome"),
    ("iron deficiency anemias", "iron deficiency anemia"),
    ("sleep disturbances", "sleep disturbance"),
    ("quality of life", "quality of life"),
    ("dopamine pathways", "dopamine pathway"),
    ("metastases", "metastasis"),
    ("RLS patients", "RLS patient"),
    ("calcium channel blockers", "calcium channel blocker"),
    ("Willis – Ekbom disease", "Willis-Ekbom disease"),
]


@pytest.mark.parametrize(("phrase", "expected"), RU)
def test_russian_canonical_forms(analyzer, phrase, expected):
    assert canonical_for(analyzer, phrase, "ru") == expected


@pytest.mark.parametrize(("phrase", "expected"), EN)
def test_english_canonical_forms(analyzer, phrase, expected):
    assert canonical_for(analyzer, phrase, "en") == expected


@pytest.mark.parametrize(
    "phrase", ["отеком головного мозга", "антигипертензивной терапии", "блокаторы медленных кальциевых каналов"])
def test_never_a_string_of_lemmas(analyzer, phrase):
    lemmas = " ".join(t.lemma for t in analyzer.analyse_text(phrase, "ru"))
    assert canonical_for(analyzer, phrase, "ru") != lemmas
