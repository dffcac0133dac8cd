"""The lexicon's phrases decide a word's sense and an English modifier's Russian form."""

from __future__ import annotations

import pytest

from medgloss.align import usage
from medgloss.align.lexicon import Entry, build
from medgloss.align.translate import Translator


def _entry(ru: str, en: str, pos: str = "noun", field: str = "general") -> Entry:
    return Entry((ru,), (en,), pos, field, "test:1")


WORDS = [
    _entry("изучение", "study"),
    _entry("исследование", "study"),
    _entry("клинический", "clinical", "adj", "clinical"),
    _entry("когортный", "cohort", "adj", "study"),
    _entry("пилотный", "pilot", "adj"),
    _entry("возраст", "age"),
    _entry("группа", "group"),
    _entry("структура", "structure"),
    _entry("предел", "limit"),
    _entry("железо", "iron", field="substance"),
    _entry("дефицит", "deficiency"),
    _entry("запас", "store"),
    _entry("содержание", "content"),
]
PHRASES = [
    _entry("клиническое исследование", "clinical study", field="study"),
    _entry("когортное исследование", "cohort study", field="study"),
    _entry("возрастная группа", "age group"),
    _entry("возрастная структура", "age structure"),
    _entry("дефицит железа", "iron deficiency", field="disease"),
    _entry("запасы железа", "iron stores", field="substance"),
]


@pytest.fixture(scope="module")
def lexicon(analyzer):
    lex = build(WORDS + PHRASES, analyzer.key)
    lex.usage = usage.build(lex, analyzer)
    return lex


def test_votes_count_senses_and_modifier_forms(lexicon):
    u = lexicon.usage
    assert u.sense_votes("en", "study", "исследование") == 2
    assert u.sense_votes("en", "study", "изучение") == 0
    assert u.sense_votes("ru", "исследование", "study") == 2
    assert u.mode_votes("age") == (2, 0)  # «возрастная группа», «возрастная структура»
    assert u.mode_votes("iron") == (0, 2)  # «дефицит железа», «запасы железа»


def test_an_entry_can_be_left_out_and_put_back(lexicon, analyzer):
    u = lexicon.usage
    entry = PHRASES[0]
    usage.count(u, entry, lexicon, analyzer, -1)
    try:
        assert u.sense_votes("en", "study", "исследование") == 1
    finally:
        usage.count(u, entry, lexicon, analyzer, +1)
    assert u.sense_votes("en", "study", "исследование") == 2


def test_single_words_and_abbreviations_cast_no_votes(analyzer):
    lex = build([*WORDS, Entry(("МРТ",), ("MRI",), "noun", "imaging", "t:1", abbreviation=True)], analyzer.key)
    u = usage.build(lex, analyzer)
    assert not any(u.senses["en"].values()) and not u.modes


def test_translation_takes_the_sense_and_form_the_phrases_use(lexicon, analyzer):
    tr = Translator(lexicon, analyzer)
    # Both senses of "study" are first forms of their entries; the phrases use «исследование».
    assert tr.translate("pilot study", "en")[0].term == "пилотное исследование"
    assert tr.translate("study", "en")[0].term == "исследование"
    # "age" is an adjective in the phrases, "iron" a genitive.
    assert tr.translate("age limit", "en")[0].term == "возрастной предел"
    assert tr.translate("iron content", "en")[0].term == "содержание железа"


def test_without_usage_the_file_order_stands(analyzer):
    lex = build(WORDS + PHRASES, analyzer.key)
    tr = Translator(lex, analyzer)
    assert tr.translate("pilot study", "en")[0].term == "пилотное изучение"


def test_a_gloss_from_the_other_languages_word_list_ranks_last(analyzer):
    # frequent_ru.tsv glosses the Russian word «понижение» as "reduction"; from English the
    # section's «снижение» (where "reduction" is only a synonym) still comes first.
    lex = build([Entry(("понижение",), ("reduction",), "noun", "general", "frequent_ru.tsv:1"),
                 Entry(("снижение",), ("decrease", "reduction"), "noun", "general", "clinical.tsv:1"),
                 _entry("значимый", "significant", "adj")], analyzer.key)
    assert [e.ru[0] for e, _i in lex.lookup(analyzer.key("reduction", "en"), "en")] == ["снижение", "понижение"]
    tr = Translator(lex, analyzer)
    assert tr.translate("reduction", "en")[0].term == "снижение"
    assert tr.translate("significant reduction", "en")[0].term == "значимое снижение"
    # From Russian the gloss is the entry itself.
    assert tr.translate("понижение", "ru")[0].term == "reduction"
