"""The UI's Textual-free layer: queries, paging, sorting, concordance lines, curation calls."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from medgloss.errors import MedglossError
from medgloss.tui.session import (Context, Session, TermFilter, candidate_at, default_export_path,
                                  describe_filter, distinct_contexts, kwic)


@pytest.fixture()
def session(db: Path):
    s = Session(db)
    yield s
    s.close()


def test_core_modules_do_not_import_textual() -> None:
    """The data core (and the UI's own session layer) must run without Textual: a test in a
    fresh interpreter, since this one has Textual loaded already."""
    code = textwrap.dedent("""
        import sys
        import medgloss.store.glossary, medgloss.lookup, medgloss.curate, medgloss.tui.session
        bad = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
        print(",".join(bad))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_first_page_and_count(session: Session) -> None:
    page = session.page(TermFilter(), 0, 50)
    assert len(page.rows) == 50
    assert page.total == session._g.count_terms()
    assert page.has_more and page.end == 50
    scores = [r.score for r in page.rows]
    assert scores == sorted(scores, reverse=True)
    # The best translation is the one `medgloss terms` shows first.
    first = session._g.term_json(session._g.term_by_id(page.rows[0].id))
    best = [t["term"] for t in first["translations"] if t["status"] != "rejected"]
    assert page.rows[0].translation == (best[0] if best else "")


def test_pages_join_without_gaps_or_repeats(session: Session) -> None:
    filt = TermFilter().sorted_by("frequency")
    whole = session.page(filt, 0, 1000).rows
    pieces = [r for off in range(0, len(whole), 17) for r in session.page(filt, off, 17).rows]
    assert [r.id for r in pieces] == [r.id for r in whole]


@pytest.mark.parametrize("key", ["score", "term", "translation", "lang", "status", "frequency"])
def test_every_column_sorts_both_ways(session: Session, key: str) -> None:
    up = session.page(TermFilter().sorted_by(key, False), 0, 1000).rows
    down = session.page(TermFilter().sorted_by(key, True), 0, 1000).rows
    assert {r.id for r in up} == {r.id for r in down}
    value = {"score": lambda r: r.score, "frequency": lambda r: r.frequency, "term": lambda r: r.key,
             "translation": lambda r: r.translation_key, "lang": lambda r: r.lang,
             "status": lambda r: r.status}[key]
    if key == "translation":  # terms without a translation come last both ways
        up = [r for r in up if r.translation]
        down = [r for r in down if r.translation]
    assert [value(r) for r in up] == sorted(value(r) for r in up)
    assert [value(r) for r in down] == sorted((value(r) for r in down), reverse=True)


def test_filters(session: Session) -> None:
    g = session._g
    assert session.page(TermFilter(lang="ru")).total == g.count_terms("ru")
    assert session.page(TermFilter(status="approved")).total == 0
    high = session.page(TermFilter(min_score=0.8)).rows
    assert high and all(r.score >= 0.8 for r in high)
    assert all(r.attested for r in session.page(TermFilter(attested_only=True)).rows)
    assert describe_filter(TermFilter(lang="ru", status="candidate", attested_only=True, min_score=0.5)) == [
        "ru", "candidate", "attested", "score ≥ 0.5"]


def test_search_uses_lookup_matching_and_filters(session: Session) -> None:
    rows = session.page(TermFilter(text="отеком")).rows
    assert [r.term for r in rows] == ["отёк головного мозга"]
    assert rows[0].translation == "cerebral edema" and rows[0].match in ("exact", "lemma", "words")
    # A Russian word finds English terms through their translations; the language filter applies.
    english = session.page(TermFilter(text="беременность", lang="en")).rows
    assert "pregnancy" in [r.term for r in english] and all(r.lang == "en" for r in english)
    by_term = session.page(TermFilter(text="iron").sorted_by("term", False)).rows
    assert [r.key for r in by_term] == sorted(r.key for r in by_term)


def test_detail_and_concordance(session: Session) -> None:
    row = next(r for r in session.page(TermFilter(text="RLS")).rows if r.term == "RLS")
    d = session.detail(row.id)
    assert d is not None and d.is_abbreviation and "restless legs syndrome" in d.abbreviations
    assert d.candidates and d.candidates[0].target == "СБН"
    assert d.contexts
    for ctx in d.contexts:
        for start, end in ctx.all_spans:
            assert ctx.text[start:end] == "RLS"
    # One line per sentence, even where the term occurs twice in it.
    assert len({c.text for c in d.contexts}) == len(d.contexts)
    assert any(len(c.all_spans) > 1 for c in d.contexts)
    # "stroke", the translation of «инсульт», is a term of the English text: its sentences.
    other = session.translation_contexts("stroke", "en")
    assert other and all(c.text[s:e].lower() == "stroke" for c in other for s, e in c.all_spans)
    assert session.translation_contexts("no such translation", "ru") == []
    assert session.detail(10**9) is None


def test_distinct_contexts_and_kwic() -> None:
    rows = [{"text": "a RLS b RLS", "start": 2, "end": 5, "document": "d", "kind": "text"},
            {"text": "a RLS b RLS", "start": 8, "end": 11, "document": "d", "kind": "text"},
            {"text": "RLS again", "start": 0, "end": 3, "document": "d", "kind": "text"}]
    ctx = distinct_contexts(rows, 5)
    assert [c.all_spans for c in ctx] == [((2, 5), (8, 11)), ((0, 3),)]
    assert len(distinct_contexts(rows, 1)) == 1
    long = "слово " * 60 + "ТЕРМИН" + " слово" * 60
    start = long.index("ТЕРМИН")
    cut, shift = kwic(long, start, start + 6, 80)
    assert cut[start + shift:start + shift + 6] == "ТЕРМИН"
    assert cut.startswith("…слово") and cut.endswith("слово…") and len(cut) <= 82
    assert kwic("short", 0, 5) == ("short", 0)
    assert Context("x", 0, 1, "d", "text").all_spans == ((0, 1),)


def test_curation_calls_record_undo(session: Session, reopen) -> None:
    row = session.page(TermFilter(text="отеком")).rows[0]
    d = session.detail(row.id)
    best = candidate_at(d, None)
    second = candidate_at(d, 1)
    assert best.target == "cerebral edema" and second.target == "brain edema"
    assert candidate_at(d, 99) is best and candidate_at(None, 0) is None
    session.approve(row.id, best)
    session.reject(row.id, second)
    g = reopen()
    tr = {t["target"]: t["status"] for t in g.translations_of(row.id)}
    assert tr == {"cerebral edema": "approved", "brain edema": "rejected"}
    assert session.undo().message.startswith("undone")
    assert {t["target"]: t["status"] for t in g.translations_of(row.id)}["brain edema"] == "candidate"
    assert session.redo().message.startswith("redone")
    session.prefer(row.id, best)
    assert [t["target"] for t in g.translations_of(row.id) if t["preferred"]] == ["cerebral edema"]
    session.set_note(row.id, "  ")
    assert g.term_by_id(row.id)["note"] is None
    out = session.edit(row.id, "отёк головного мозга", (best.target_key, "brain oedema"))
    assert "brain oedema" in out.message
    with pytest.raises(MedglossError):
        session.add("   ")
    with pytest.raises(MedglossError):
        session.export("pdf", "x.pdf")
    gone = session.delete(row.id)
    assert gone.term_id is None and g.term_by_id(row.id) is None
    with pytest.raises(MedglossError):
        session.approve(row.id, best)


def test_external_change_is_noticed(session: Session, reopen) -> None:
    session.page(TermFilter())
    assert session.external_change() is False
    g = reopen()
    g.set_note(g.term_rows(limit=1)[0]["id"], "from another process")
    assert session.external_change() is True
    assert session.external_change() is False


def test_default_export_path(tmp_path: Path) -> None:
    assert default_export_path("tbx3") == "glossary.tbx"
    assert default_export_path("json", tmp_path) == str(tmp_path / "glossary.json")


def test_sees_every_write_of_another_process(session: Session, db: Path) -> None:
    """Another process writes and closes, twice: the UI's connection sees both commits (the WAL
    must not be deleted under it, which happens if this process loses its lock on the file)."""
    code = textwrap.dedent("""
        import sys
        from medgloss.store.glossary import Glossary
        with Glossary(sys.argv[1], create=False) as g:
            row = g.term_rows(order="id", limit=1)[0]
            g.set_note(row["id"], sys.argv[2])
    """)
    first = session.page(TermFilter().sorted_by("term"), 0, 1).rows[0]
    for note in ("first note", "second note"):
        subprocess.run([sys.executable, "-c", code, str(db), note], check=True)
        assert session.external_change() is True
        row_id = session._g.term_rows(order="id", limit=1)[0]["id"]
        assert session.detail(row_id).note == note
    assert first.id  # the session is still usable
    assert Path(f"{db}-wal").exists()
