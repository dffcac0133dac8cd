from __future__ import annotations

import pytest

from medgloss.errors import InputError
from medgloss.io import (
    decode_bytes,
    join_hyphenated,
    read_text,
    reference_title_span,
    segment_document,
)

RU = "Антигипертензивная терапия снижает риск инсульта у беременных с преэклампсией."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8-r"])
def test_encodings_are_detected(encoding):
    assert decode_bytes(RU.encode(encoding)) == RU


def test_koi8_and_cp1251_are_told_apart_on_short_text():
    text = "Отёк мозга."
    assert decode_bytes(text.encode("koi8-r")) == text
    assert decode_bytes(text.encode("cp1251")) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
     (bytes(range(256)) * 4, "binary")],
)
def test_bad_bytes_raise_one_line_errors(data, message):
    with pytest.raises(InputError, match=message) as err:
        decode_bytes(data, "f.txt")
    assert "\n" not in str(err.value)


def test_read_text_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path)


def test_line_end_hyphenation_is_joined():
    assert join_hyphenated("антигипертен-\nзивная терапия") == "антигипертензивная терапия"
    assert join_hyphenated("COVID-\n19") == "COVID-19"


def test_line_end_hyphen_kept_for_real_compounds(analyzer):
    assert join_hyphenated("sensory-\nmotor symptoms", analyzer.is_word) == "sensory-motor symptoms"
    assert join_hyphenated("treat-\nment", analyzer.is_word) == "treatment"


def test_segments_have_offsets_and_languages():
    text = ("Синдром беспокойных ног часто сочетается с дефицитом железа. Лечение начинают с препаратов железа.\n\n"
            "Restless legs syndrome is common in pregnancy. Iron deficiency is a risk factor.\n")
    segs = segment_document(text)
    assert [s.lang for s in segs] == ["ru", "ru", "en", "en"]
    for s in segs:
        assert text[s.start:s.end] == s.text
    assert segs[0].text.endswith("железа.")


def test_sentence_splitting_respects_abbreviations_and_initials():
    text = "Как показал проф. И. И. Петров, риск высок, т. е. выше в 2 раза. Second, see Fig. 2 and e.g. data."
    segs = segment_document(text)
    assert len([s for s in segs if s.lang == "ru"]) == 1
    assert len([s for s in segs if s.lang == "en"]) == 1


def test_page_break_inside_a_paragraph_is_joined():
    text = "RLS may coexist with migraine, sleep disturbances, and\n\npsychiatric disorders, all of which are common."
    segs = segment_document(text)
    assert len(segs) == 1
    assert "psychiatric" in segs[0].text


def test_reference_lists_expose_only_titles():
    text = (
        "Введение\n\nТекст статьи о тромбозах.\n\nСПИСОК ЛИТЕРАТУРЫ\n\n"
        "1. Петров, П. П. Тромбоз глубоких вен у беременных / П. П. Петров, А. А. Сидоров // "
        "Акушерство и гинекология. – 2019. – № 3. – С. 12–18. – DOI: 10.1000/xyz.\n"
        "2. Smith JA, Brown K. Deep vein thrombosis in pregnancy. Obstet Gynecol. 2020;135(2):1-8. doi:10.1/2\n"
    )
    segs = segment_document(text)
    refs = [s for s in segs if s.kind == "reference"]
    assert len(refs) == 2
    titles = [text[a:b] for s in refs for a, b in s.spans]
    assert titles == ["Тромбоз глубоких вен у беременных", "Deep vein thrombosis in pregnancy"]
    assert refs[0].lang == "ru" and refs[1].lang == "en"


def test_gost_reference_without_leading_author():
    entry = "3. Инсульт и беременность / Г. К. Иванова [и др.] // Журнал. – 2017. – № 4. – С. 27–34."
    a, b = reference_title_span(entry, 0, len(entry))
    assert entry[a:b] == "Инсульт и беременность"


def test_metadata_lines_are_not_extractable():
    text = "УДК 616.8:616.152\n\nIvanov A.S., E.V. Petrova\nMoscow State Medical University\n\nINTRODUCTION\n\nText here is long enough to count as a sentence of the article."
    segs = segment_document(text)
    kinds = {s.text.split()[0]: (s.kind, s.lang, s.spans) for s in segs}
    assert kinds["УДК"][0] == "meta" and kinds["УДК"][1] == "ru" and kinds["УДК"][2] == ()
    assert kinds["Ivanov"][0] == "meta"
    assert kinds["Moscow"][0] == "meta"
    assert kinds["INTRODUCTION"][0] == "heading"


def test_seed_languages_per_segment():
    from medgloss.build import corpus_files

    text = "".join(p.read_text(encoding="utf-8") for p in corpus_files())
    segs = segment_document(text)
    by_start = {s.text[:12]: s for s in segs}
    # An English reference title inside the Russian article is English ...
    camargo = next(s for s in segs if "Camargo" in s.text)
    assert camargo.lang == "en" and camargo.kind == "reference"
    # ... and the Russian header lines inside the English article are Russian.
    assert next(s for s in segs if s.text.startswith("УДК")).lang == "ru"
    assert next(s for s in segs if s.text.startswith("Секция")).lang == "ru"
    assert by_start["Restless leg"].lang == "en"
