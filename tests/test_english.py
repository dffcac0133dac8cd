"""Golden table: English word forms in context → lemma and part of speech, no trained model."""

from __future__ import annotations

import pytest

GOLDEN = [
    ("patients with restless legs syndrome", "legs", "leg", "NOUN"),
    ("patients with restless legs syndrome", "patients", "patient", "NOUN"),
    ("patients with restless legs syndrome", "restless", "restless", "ADJ"),
    ("lower serum ferritin levels", "levels", "level", "NOUN"),
    ("iron plays an important role", "plays", "play", "VERB"),
    ("iron plays an important role", "iron", "iron", "NOUN"),
    ("the cause of RLS remains unclear", "remains", "remain", "VERB"),
    ("RLS results from brain iron deficiency", "results", "result", "VERB"),
    ("the results of the study", "results", "result", "NOUN"),
    ("diagnoses were confirmed", "diagnoses", "diagnosis", "NOUN"),
    ("in the ovaries and kidneys", "ovaries", "ovary", "NOUN"),
    ("metastases to the liver", "metastases", "metastasis", "NOUN"),
    ("a randomized, double-blind, placebo-controlled study", "placebo-controlled", "placebo-controlled", "ADJ"),
    ("women of childbearing age", "women", "woman", "NOUN"),
    ("treated with carboxymaltose infusions", "infusions", "infusion", "NOUN"),
    ("elevated estrogen levels", "estrogen", "estrogen", "NOUN"),
    ("the neurological examination", "neurological", "neurological", "ADJ"),
    ("acute bronchiolitis in children", "bronchiolitis", "bronchiolitis", "NOUN"),
    ("to move the legs", "move", "move", "VERB"),
    # "-es" follows a sibilant or "o": "nodes" and "lobes" are no forms of "nod" and "lob"
    ("lymph nodes in the neck", "nodes", "node", "NOUN"),
    ("both lobes in the scan", "lobes", "lobe", "NOUN"),
    ("the infection passes to the child", "passes", "pass", "VERB"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos"), GOLDEN)
def test_lemma_and_pos(analyzer, sentence, word, lemma, pos):
    toks = analyzer.analyse_text(sentence, "en")
    tok = next(t for t in toks if t.text == word)
    assert (tok.lemma, tok.pos) == (lemma, pos)


@pytest.mark.parametrize("abbr", ["RLS", "IDA", "MRI", "ADHD", "COVID-19", "HbA1c", "PAI-1"])
def test_abbreviations(analyzer, abbr):
    toks = analyzer.analyse_text(f"patients with {abbr} were included", "en")
    assert toks[2].pos == "ABBR"


def test_all_caps_title_is_read_as_words(analyzer):
    toks = analyzer.analyse_text("RESTLESS LEG SYNDROME AND IRON DEFICIENCY", "en")
    assert [t.pos for t in toks] == ["ADJ", "NOUN", "NOUN", "CONJ", "NOUN", "NOUN"]


def test_unknown_capitalised_word_inside_sentence_is_a_name(analyzer):
    toks = analyzer.analyse_text("also known as Willis Ekbohm disease", "en")
    assert next(t for t in toks if t.text == "Ekbohm").pos == "PROPN"


def test_coordinated_adjectives_before_their_noun(analyzer):
    toks = analyzer.analyse_text("acute and chronic pancreatitis", "en")
    assert [t.pos for t in toks] == ["ADJ", "CONJ", "ADJ", "NOUN"]
