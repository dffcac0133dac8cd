from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medgloss.normalize import clean_text, en_spelling_key, fold, match_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Отёк", "отек"),
        ("ОТЁК ГОЛОВНОГО МОЗГА", "отек головного мозга"),
        ("Willis-Ekbom", "willis ekbom"),
        ("Willis – Ekbom", "willis ekbom"),
        ("Willis—Ekbom", "willis ekbom"),
        ("Parkinson's disease", "parkinson disease"),
        ("Parkinson’s disease", "parkinson disease"),
        ("D-димер", "d димер"),
        ("  many   spaces\t", "many spaces"),
        ("мо\u0301зг", "мозг"),  # stress mark
        ("бере\u00adменность", "беременность"),  # soft hyphen
        ("«RLS»", "rls"),
        ("йод", "йод"),  # й keeps its breve
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("british", "american"),
    [("anaemia", "anemia"), ("haemorrhage", "hemorrhage"), ("oedema", "edema"), ("oestrogen", "estrogen"),
     ("paediatric", "pediatric"), ("tumour", "tumor"), ("sulphate", "sulfate"), ("randomised", "randomized"),
     ("litre", "liter"), ("diarrhoea", "diarrhea"), ("foetus", "fetus"), ("leukaemia", "leukemia"),
     ("caesarean", "cesarean"), ("dyspnoea", "dyspnea"), ("oesophagus", "esophagus"), ("analogue", "analog"),
     ("caecum", "cecum"), ("coeliac", "celiac"), ("praevia", "previa"), ("melaena", "melena"),
     ("gynaecology", "gynecology"), ("faeces", "feces"), ("lymphoedema", "lymphedema"), ("myxoedema", "myxedema"),
     ("behavioural", "behavioral"), ("favourable", "favorable"), ("leucocyte", "leukocyte"),
     ("analyse", "analyze"), ("paralysed", "paralyzed"), ("ageing", "aging"), ("homoeopathy", "homeopathy"),
     ("amenorrhoea", "amenorrhea"), ("orthopaedic", "orthopedic"), ("haemophilia", "hemophilia")],
)
def test_british_spellings_share_keys(british, american):
    assert en_spelling_key(british) == en_spelling_key(american) == american


@pytest.mark.parametrize("word", ["aerobic", "exercise", "four", "case", "disease", "increase", "hour", "journal",
                                  "vertebrae", "analyses", "gastroesophageal", "angioedema", "israel", "does"])
def test_spelling_rules_leave_other_words_alone(word):
    assert en_spelling_key(word) == word


def test_clean_text_repairs_invisible_and_odd_spaces():
    raw = "\ufeffСБН\u00a0— это\u200b синдром.\r\nНовая\u2009строка"
    assert clean_text(raw) == "СБН — это синдром.\nНовая строка"


def test_clean_text_composes_nfc():
    decomposed = "е\u0308лка"  # е + combining diaeresis
    assert clean_text(decomposed) == "ёлка"


def test_match_key_english_uses_spelling_key():
    assert match_key("Iron-deficiency anaemia", "en") == "iron deficiency anemia"


@given(st.text(max_size=200))
def test_fold_is_idempotent_and_total(text):
    once = fold(text)
    assert fold(once) == once
    assert "ё" not in once
    assert once == once.strip()


@given(st.text(max_size=200))
def test_clean_text_never_grows_line_breaks(text):
    cleaned = clean_text(text)
    assert "\r" not in cleaned
    assert cleaned.count("\n") <= text.count("\n") + text.count("\r")


@pytest.mark.parametrize(
    ("a", "b"),
    [("gastro-oesophageal reflux", "gastroesophageal reflux"), ("non-invasive ventilation", "noninvasive ventilation"),
     ("pre-eclampsia", "preeclampsia"), ("angio-oedema", "angioedema"), ("post-operative", "postoperative"),
     ("Placenta praevia", "placenta previa")],
)
def test_hyphenated_prefixes_and_british_spellings_share_keys(a, b):
    assert match_key(a, "en") == match_key(b, "en")


def test_hyphens_between_words_still_split():
    assert match_key("beta-blocker", "en") == "beta blocker"
