"""Amounts, spans of time, dosing frequencies and ages (``medgloss.align.quantity``): Russian
counting and case, English number, and the expressions read both ways."""

from __future__ import annotations

import pytest

from medgloss.align import quantity
from medgloss.align.quantity import Amount, say_en, say_ru


@pytest.mark.parametrize(
    ("number", "unit", "case", "expected"),
    [
        ("1", "day", "nomn", "1 день"),
        ("2", "day", "nomn", "2 дня"),
        ("5", "day", "nomn", "5 дней"),
        ("11", "day", "nomn", "11 дней"),
        ("21", "day", "nomn", "21 день"),
        ("22", "week", "nomn", "22 недели"),
        ("1", "week", "accs", "1 неделю"),
        ("1", "year", "gent", "1 года"),
        ("2", "year", "gent", "2 лет"),
        ("3", "month", "gent", "3 месяцев"),
        ("2.5", "year", "nomn", "2,5 года"),
        ("12", "hour", "nomn", "12 часов"),
        ("3", "time", "nomn", "3 раза"),
        ("5", "time", "nomn", "5 раз"),
        ("3", "point", "gent", "3 баллов"),
    ],
)
def test_russian_counting(number, unit, case, expected):
    assert say_ru(Amount((number,), unit), case) == expected


def test_russian_spelled_numerals_agree_in_gender_and_case():
    assert say_ru(Amount(("two",), "week", spelled=True)) == "две недели"
    assert say_ru(Amount(("two",), "week", spelled=True), "gent") == "двух недель"
    assert say_ru(Amount(("one",), "week", spelled=True), "accs") == "одну неделю"
    assert say_ru(Amount(("three",), "day", spelled=True)) == "три дня"


def test_days_as_sutki():
    assert say_ru(Amount(("3",), "day"), "nomn", sutki=True) == "3 суток"
    assert say_ru(Amount(("1",), "day"), "nomn", sutki=True) == "1 сутки"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Amount(("1",), "year"), "1 year"),
        (Amount(("2",), "year"), "2 years"),
        (Amount(("2,5",), "year"), "2.5 years"),
        (Amount(("2", "5"), "year"), "2 to 5 years"),
        (Amount(("62,4 ± 8,1",), "year"), "62.4 ± 8.1 years"),
        (Amount(("100",), "g/l", measure=True), "100 g/L"),
        (Amount(("40",), "%", measure=True), "40%"),
    ],
)
def test_english_amounts(amount, expected):
    assert say_en(amount) == expected


def test_measures_keep_their_units_and_decimal_comma():
    assert say_ru(Amount(("4.5",), "mmol/l", measure=True)) == "4,5 ммоль/л"
    assert say_ru(Amount(("38.5",), "°c", measure=True)) == "38,5 °C"
    assert say_ru(Amount(("30",), "ml/min/1.73m2", measure=True)) == "30 мл/мин/1,73 м2"


@pytest.mark.parametrize(
    ("word", "english"),
    [("5-летний", "5-year"), ("12-недельного", "12-week"), ("двухнедельный", "two-week"),
     ("трёхмесячная", "three-month"), ("30-дневная", "30-day")],
)
def test_russian_unit_adjectives(word, english):
    got = quantity.read_ru_unit_adjective(word)
    assert got is not None and got[1] == english


def test_russian_unit_adjective_of_one_unit():
    assert quantity.ru_unit_adjective(Amount(("1",), "year")) == "годичный"
    assert quantity.ru_unit_adjective(Amount(("5",), "year")) == "5-летний"
    assert quantity.ru_unit_adjective(Amount(("two",), "week", spelled=True)) == "двухнедельный"


def _read(phrase: str, lang: str, lemmas: list[str] | None = None) -> list[str]:
    words = phrase.lower().split()
    expr = quantity.read(words, lemmas or words, 0, lang)
    assert expr is not None and expr.end == len(words), phrase
    return expr.texts


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("within 24 hours", "в течение 24 часов"),
        ("for 6 months", "в течение 6 месяцев"),
        ("after 2 weeks", "через 2 недели"),
        ("in two weeks", "через две недели"),
        ("every 8 hours", "каждые 8 часов"),
        ("twice daily", "2 раза в сутки"),
        ("3 times a day", "3 раза в сутки"),
        ("aged 2 to 5 years", "в возрасте от 2 до 5 лет"),
        ("aged 65 years and older", "в возрасте 65 лет и старше"),
        ("5 years of age", "в возрасте 5 лет"),
        ("over the past 5 years", "за последние 5 лет"),
        ("in the first 24 hours", "в первые 24 часа"),
        ("on day 3", "на 3-й день"),
        ("at 32 weeks of gestation", "на сроке 32 недели беременности"),
        ("below 40 %", "ниже 40%"),
        ("less than 50 copies / ml", "менее 50 копий/мл"),
        ("between 2 and 3", "от 2 до 3"),
        ("under 5 years of age", "младше 5 лет"),
        ("before 37 weeks", "до 37 недель"),
        ("up to 3 times daily", "до 3 раз в сутки"),
        ("3 times", "3 раза"),
        ("≥ 6.5 %", "≥ 6,5%"),
    ],
)
def test_english_expressions(phrase, expected):
    assert _read(phrase, "en")[0] == expected


@pytest.mark.parametrize(
    ("phrase", "lemmas", "expected"),
    [
        ("в течение 24 часов", "в течение 24 час", "within 24 hours"),
        ("через 2 недели", "через 2 неделя", "after 2 weeks"),
        ("2 раза в сутки", "2 раз в сутки", "twice daily"),
        ("3 раза в день", "3 раз в день", "3 times daily"),
        ("в возрасте от 2 до 5 лет", "в возраст от 2 до 5 год", "aged 2 to 5 years"),
        ("в возрасте до 18 лет", "в возраст до 18 год", "aged under 18 years"),
        ("каждые 8 часов", "каждый 8 час", "every 8 hours"),
        ("за последние 5 лет", "за последний 5 год", "over the past 5 years"),
        ("на 3-и сутки", "на 3-и сутки", "on day 3"),
        ("старше 65 лет", "старше 65 год", "older than 65 years"),
        ("до 5 раз в сутки", "до 5 раз в сутки", "up to 5 times a day"),
        ("в течение двух недель", "в течение два неделя", "within two weeks"),
        ("2 раза", "2 раз", "2 times"),
        ("< 30 мл/мин", "< 30 мл / мин", "< 30 mL/min"),
    ],
)
def test_russian_expressions(phrase, lemmas, expected):
    assert _read(phrase, "ru", lemmas.split())[0] == expected


def test_an_event_after_a_span_is_left_to_the_translator():
    words = "within 24 hours of admission".split()
    expr = quantity.read(words, words, 0, "en")
    assert expr is not None and expr.end == 4
    assert expr.texts[0] == f"в течение 24 часов после {quantity.EVENT}"
