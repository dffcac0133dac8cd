"""Golden table: Russian word forms in context → lemma, part of speech, case."""

from __future__ import annotations

import pytest

# (sentence, word, lemma, pos, case)
GOLDEN = [
    ("борьба с отеком головного мозга", "отеком", "отёк", "NOUN", "ablt"),
    ("борьба с отеком головного мозга", "головного", "головной", "ADJ", "gent"),
    ("введение сульфата магния", "сульфата", "сульфат", "NOUN", "gent"),
    ("введение сульфата магния", "магния", "магний", "NOUN", "gent"),
    ("блокаторы медленных кальциевых каналов", "блокаторы", "блокатор", "NOUN", "nomn"),
    ("блокаторы медленных кальциевых каналов", "медленных", "медленный", "ADJ", "gent"),
    ("мероприятия после родов", "родов", "роды", "NOUN", "gent"),
    ("инсульт у беременных", "беременных", "беременная", "NOUN", "gent"),
    ("уровень ферритина в сыворотке", "ферритина", "ферритин", "NOUN", "gent"),
    ("назначение карбамазепина", "карбамазепина", "карбамазепин", "NOUN", "gent"),
    ("лечение прамипексолом", "прамипексолом", "прамипексол", "NOUN", "ablt"),
    ("при кровоизлиянии в мозг", "кровоизлиянии", "кровоизлияние", "NOUN", "loct"),
    ("ионизирующая радиация опасна", "ионизирующая", "ионизирующий", "ADJ", "nomn"),  # the lexicon lists it as an adjective
    ("повышение уровня D-димера", "D-димера", "D-димер", "NOUN", "gent"),
    ("диагностика HELLP-синдрома", "HELLP-синдрома", "HELLP-синдром", "NOUN", "gent"),
    ("исследование в первом триместре беременности", "триместре", "триместр", "NOUN", "loct"),
    ("риск тромбозов различной локализации", "тромбозов", "тромбоз", "NOUN", "gent"),
    ("у женщин с железодефицитной анемией", "анемией", "анемия", "NOUN", "ablt"),
    ("у женщин с железодефицитной анемией", "железодефицитной", "железодефицитный", "ADJ", "ablt"),
    ("снижение концентрации гемоглобина", "гемоглобина", "гемоглобин", "NOUN", "gent"),
    ("пациенты с ишемическим инсультом", "ишемическим", "ишемический", "ADJ", "ablt"),
    pytest.param("Её лёгкие были чистыми", "лёгкие", "лёгкое", "NOUN", "nomn",
                 marks=pytest.mark.xfail(reason="possessive «её» makes the noun look accusative", strict=True)),
    ("лёгкие были чистыми", "лёгкие", "лёгкое", "NOUN", "nomn"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "case"), GOLDEN)
def test_lemma_pos_case_in_context(analyzer, sentence, word, lemma, pos, case):
    toks = analyzer.analyse_text(sentence, "ru")
    tok = next(t for t in toks if t.text == word)
    assert (tok.lemma.replace("ё", "е"), tok.pos, tok.case) == (lemma.replace("ё", "е"), pos, case)


@pytest.mark.parametrize("abbr", ["МРТ", "КТ", "ЖДА", "СБН", "ОНМК", "ЭЭГ"])
def test_capital_abbreviations_are_not_inflected_words(analyzer, abbr):
    tok = analyzer.analyse_text(f"по данным {abbr} выявлено", "ru")[2]
    assert tok.pos == "ABBR" and tok.lemma == abbr


def test_roman_numerals_are_numbers(analyzer):
    toks = analyzer.analyse_text("во II и III триместре", "ru")
    assert [t.pos for t in toks if t.text in ("II", "III")] == ["NUM", "NUM"]
