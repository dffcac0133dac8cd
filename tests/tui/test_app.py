"""The terminal UI driven headlessly with Pilot: every curation key, checked in the database (on a
connection of its own) as well as on the screen."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

from medgloss.tui.app import MedglossApp, make_app
from medgloss.tui.screens.dialogs import ConfirmDialog, EditTermDialog, ExportDialog, NewTermDialog, TextDialog
from medgloss.tui.screens.help import HelpScreen
from medgloss.tui.screens.main import MainScreen
from medgloss.tui.session import PAGE_SIZE
from medgloss.tui.widgets.term_table import TermTable

from .conftest import async_test, settle, type_text

SIZE = (120, 36)


def main(app: MedglossApp) -> MainScreen:
    screen = app.main_screen
    assert screen is not None
    return screen


def table(app: MedglossApp) -> TermTable:
    return main(app).query_one("#terms", TermTable)


def table_terms(app: MedglossApp) -> list[str]:
    t = table(app)
    return [str(t.get_row_at(i)[0]) for i in range(t.row_count)]


def notifications(app: MedglossApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def status_line(app: MedglossApp) -> str:
    return str(main(app).query_one("#status-line", Static).render())


async def search(pilot, text: str) -> None:
    """Type into the search box and press enter (which searches at once and goes to the table)."""
    await pilot.press("slash")
    await type_text(pilot, text)
    await pilot.press("enter")
    await settle(pilot)


async def go_to(pilot, term: str) -> None:
    """Search for a term and put the cursor on the row with exactly that form."""
    await search(pilot, term)
    terms = table_terms(pilot.app)
    assert term in terms, terms
    table(pilot.app).move_cursor(row=terms.index(term))
    await settle(pilot)
    assert main(pilot.app).detail is not None and main(pilot.app).detail.term == term


def term_row(g, canonical: str, lang: str | None = None) -> dict | None:
    return next((r for r in g.term_rows(lang=lang) if r["canonical"] == canonical), None)


# -- browsing and searching ---------------------------------------------------------------------


@async_test
async def test_opens_on_the_glossary_with_table_and_detail(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        g = reopen()
        n = g.count_terms()
        assert 100 < n < PAGE_SIZE
        assert table(app).row_count == n
        assert f"{n} terms" in status_line(app)
        first = g.browse_terms(limit=1)[0]
        assert table_terms(app)[0] == first["canonical"]
        assert main(app).detail is not None and main(app).detail.id == first["id"]
        assert app.focused is table(app)


@async_test
async def test_search_any_form_either_language(db: Path) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search(pilot, "отеком")  # inflected, е for ё
        assert table_terms(app) == ["отёк головного мозга"]
        detail = main(app).detail
        assert detail is not None and detail.term == "отёк головного мозга"
        assert detail.candidates[0].target == "cerebral edema"
        assert "1 match" in status_line(app)
        assert app.focused is table(app)

        await pilot.press("slash")  # selects what was typed before…
        await type_text(pilot, "ферритн")  # …so typing replaces it (here with a typo)
        await pilot.press("enter")
        await settle(pilot)
        assert "ferritin" in table_terms(app)

        await pilot.press("slash")
        await type_text(pilot, "Legs")
        await pilot.press("enter")
        await settle(pilot)
        assert "restless legs syndrome" in table_terms(app)


@async_test
async def test_search_is_debounced_not_run_per_keystroke(db: Path) -> None:
    # A pause longer than the test can take, so that no wall-clock race decides the outcome.
    app = make_app(db, poll_interval=0, search_delay=60.0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        calls: list[str] = []
        page = screen.session.page

        def counting(filt, *args, **kwargs):
            calls.append(filt.text)
            return page(filt, *args, **kwargs)

        screen.session.page = counting  # type: ignore[method-assign]
        await pilot.press("slash")
        await type_text(pilot, "беременн")
        await settle(pilot)
        assert calls == []  # typing only restarted the timer
        await pilot.press("enter")
        await settle(pilot)
        assert calls == ["беременн"]
        assert "беременность" in table_terms(app)


@async_test
async def test_filters_language_status_attested_min_score(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        g = reopen()
        await pilot.press("l")  # ru+en → ru
        await settle(pilot)
        assert table(app).row_count == g.count_terms("ru")
        assert all(table(app).get_row_at(i)[2].plain == "ru" for i in range(table(app).row_count))
        await pilot.press("l")  # → en
        await settle(pilot)
        assert table(app).row_count == g.count_terms("en")
        await pilot.press("l", "v", "v")  # → all languages; status → candidate → approved
        await settle(pilot)
        assert table(app).row_count == 0
        assert "No term matches" in str(main(app).detail_view.query_one("#detail-title", Static).render())
        await pilot.press("v", "v")  # → rejected → any
        await settle(pilot)
        main(app).query_one("#min-score", Input).value = "0.85"
        await pilot.press("slash", "tab", "tab", "tab", "tab")  # search → lang → status → attested → min score
        assert app.focused is main(app).query_one("#min-score", Input)
        await pilot.press("enter")
        await settle(pilot)
        expected = [r for r in g.term_rows() if r["score"] >= 0.85]
        assert table(app).row_count == len(expected) > 0
        assert "score ≥ 0.85" in status_line(app)
        main(app).toggle_attested()
        await settle(pilot)
        assert table(app).row_count == len([r for r in expected if r["attested"]])


@async_test
async def test_sort_by_key_and_by_header_click(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")  # score → term
        await settle(pilot)
        terms = table_terms(app)
        by_key = [r["canonical"] for r in sorted(reopen().term_rows(), key=lambda r: (r["key"], r["canonical"]))]
        assert terms == by_key  # by lemma key: case- and ё-insensitive in both scripts
        assert "by term" in status_line(app)
        await pilot.press("S")  # reverse
        await settle(pilot)
        assert table_terms(app) == terms[::-1]
        # Clicking the Freq header sorts by frequency, most frequent first; again: least first.
        t = table(app)
        x = sum(col.get_render_width(t) for col in t.ordered_columns[:4]) + 2
        await pilot.click(TermTable, offset=(x, 0))
        await settle(pilot)
        freqs = [int(t.get_row_at(i)[4].plain) for i in range(t.row_count)]
        assert freqs == sorted(freqs, reverse=True)
        await pilot.click(TermTable, offset=(x, 0))
        await settle(pilot)
        freqs = [int(t.get_row_at(i)[4].plain) for i in range(t.row_count)]
        assert freqs == sorted(freqs)


@async_test
async def test_detail_shows_concordance_in_both_languages(db: Path) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to(pilot, "RLS")
        view = main(app).detail_view
        assert "full form: restless legs syndrome" in str(view.query_one("#detail-facts", Static).render())
        conc = view.query_one("#concordance", Static).render()
        assert "In the texts" in str(conc)
        # The term is highlighted in its sentence (a style on exactly its characters).
        text = view.query_one("#concordance", Static).visual
        spans = [str(text)[s.start:s.end] for s in text.spans if "yellow" in str(s.style)]
        assert spans and set(spans) == {"RLS"}
        # «СБН» is not a term of the Russian text.
        other = str(view.query_one("#translation-concordance", Static).render())
        assert "«СБН» in Russian texts" in other and "not found in the corpus" in other
        # "stroke", the best translation of «инсульт», is a term of the English text.
        await go_to(pilot, "инсульт")
        other = view.query_one("#translation-concordance", Static).visual
        assert "«stroke» in English texts" in str(other)
        marked = {str(other)[s.start:s.end].lower() for s in other.spans if "yellow" in str(s.style)}
        assert marked == {"stroke"}


# -- curation -----------------------------------------------------------------------------------


@async_test
async def test_approve_reject_prefer_undo_redo(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to(pilot, "отёк головного мозга")
        term_id = main(app).detail.id

        await pilot.press("a")  # the best translation is highlighted by default
        await settle(pilot)
        g = reopen()
        tr = {t["target"]: t for t in g.translations_of(term_id)}
        assert tr["cerebral edema"]["status"] == "approved"
        assert g.term_by_id(term_id)["status"] == "approved"
        assert table(app).get_row_at(0)[3].plain == "approved"
        assert any("approved" in n for n in notifications(app))

        await pilot.press("right_square_bracket")  # highlight the second candidate
        await settle(pilot)
        assert main(app).current_candidate().target == "brain edema"
        await pilot.press("r")
        await settle(pilot)
        tr = {t["target"]: t for t in g.translations_of(term_id)}
        assert tr["brain edema"]["status"] == "rejected"
        assert tr["cerebral edema"]["status"] == "approved"

        await pilot.press("ctrl+z")  # undo the rejection
        await settle(pilot)
        tr = {t["target"]: t for t in g.translations_of(term_id)}
        assert tr["brain edema"]["status"] == "candidate"
        assert any("undone" in n for n in notifications(app))
        await pilot.press("ctrl+y")  # and redo it
        await settle(pilot)
        assert {t["target"]: t for t in g.translations_of(term_id)}["brain edema"]["status"] == "rejected"

        await pilot.press("left_square_bracket")  # back to the first candidate
        assert main(app).current_candidate().target == "cerebral edema"
        await pilot.press("p")
        await settle(pilot)
        tr = {t["target"]: t for t in g.translations_of(term_id)}
        assert tr["cerebral edema"]["preferred"] == 1
        # The detail pane shows the new state.
        prompt = str(main(app).detail_view.query_one("#candidates", OptionList).get_option_at_index(0).prompt)
        assert prompt.startswith("★ cerebral edema")


@async_test
async def test_reject_term_without_translation_and_reject_term_key(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to(pilot, "инсульт")
        term_id = main(app).detail.id
        await pilot.press("R")
        await settle(pilot)
        assert reopen().term_by_id(term_id)["status"] == "rejected"


@async_test
async def test_edit_term_checks_morphology_and_undoes(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to(pilot, "противосудорожная терапия")
        term_id = main(app).detail.id
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, EditTermDialog)
        field = dialog.query_one("#term", Input)
        assert field.value == "противосудорожная терапия"
        field.value = "противосудорожный терапия"  # adjective not agreeing with its noun
        dialog.check_now("term")
        await settle(pilot)
        suggestion = dialog.query_one("#term-suggestion")
        assert suggestion.has_class("-shown")
        assert "противосудорожная терапия" in str(dialog.query_one("#term-suggestion-text", Static).render())
        field.value = "комбинированный противосудорожный терапия"
        dialog.check_now("term")
        await settle(pilot)
        await pilot.press("ctrl+g")  # take morphology's form
        assert field.value == "комбинированная противосудорожная терапия"
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, EditTermDialog)
        g = reopen()
        assert g.term_by_id(term_id)["canonical"] == "комбинированная противосудорожная терапия"
        assert table_terms(app)[table(app).cursor_row] == "комбинированная противосудорожная терапия"

        await pilot.press("ctrl+z")
        await settle(pilot)
        assert g.term_by_id(term_id)["canonical"] == "противосудорожная терапия"
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert g.term_by_id(term_id)["canonical"] == "комбинированная противосудорожная терапия"


@async_test
async def test_edit_translation(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to(pilot, "инсульт")
        term_id = main(app).detail.id
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, EditTermDialog)
        assert dialog.query_one("#translation", Input).value == "stroke"
        dialog.query_one("#translation", Input).value = "cerebrovascular accident"
        await pilot.press("ctrl+s")
        await settle(pilot)
        tr = {t["target"]: t for t in reopen().translations_of(term_id)}
        assert "stroke" not in tr
        assert tr["cerebrovascular accident"]["status"] == "approved"
        assert tr["cerebrovascular accident"]["origin"] == "user"


@async_test
async def test_edit_into_an_existing_term_is_an_error_not_a_crash(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to(pilot, "инсульт")
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#term", Input).value = "беременность"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert any("already has the form" in n for n in notifications(app))
        assert term_row(reopen(), "инсульт") is not None


@async_test
async def test_new_term_with_suggestion_and_translation(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        dialog = app.screen
        assert isinstance(dialog, NewTermDialog)
        await type_text(pilot, "гипертонический болезнь")
        assert str(dialog.query_one("#term-label").render()) == "Term (Russian)"
        dialog.check_now("term")
        await settle(pilot)
        assert dialog.query_one("#term-suggestion").has_class("-shown")
        await pilot.press("ctrl+g")
        await pilot.press("tab")
        await type_text(pilot, "hypertensive disease")
        await pilot.press("enter")
        await settle(pilot)
        g = reopen()
        row = term_row(g, "гипертоническая болезнь", "ru")
        assert row is not None and row["origin"] == "user" and row["status"] == "approved"
        tr = g.translations_of(row["id"])
        assert [(t["target"], t["status"], t["preferred"]) for t in tr] == [("hypertensive disease", "approved", 1)]
        # The new term is highlighted.
        assert main(app).detail is not None and main(app).detail.id == row["id"]

        await pilot.press("ctrl+z")
        await settle(pilot)
        assert term_row(g, "гипертоническая болезнь", "ru") is None


@async_test
async def test_new_term_cancelled_changes_nothing(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = reopen().count_terms()
        await pilot.press("n")
        await type_text(pilot, "lupus")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert reopen().count_terms() == before


@async_test
async def test_delete_asks_first_and_can_be_undone(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to(pilot, "беременность")
        term_id = main(app).detail.id
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        g = reopen()
        assert g.term_by_id(term_id) is not None

        await pilot.press("d")
        await pilot.press("y")
        await settle(pilot)
        assert g.term_by_id(term_id) is None
        assert g.translations_of(term_id) == []
        assert "беременность" not in table_terms(app)

        await pilot.press("ctrl+z")
        await settle(pilot)
        assert g.term_by_id(term_id)["canonical"] == "беременность"
        assert g.translations_of(term_id)


@async_test
async def test_note_and_definition(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to(pilot, "ferritin")
        term_id = main(app).detail.id
        await pilot.press("t")
        assert isinstance(app.screen, TextDialog)
        await type_text(pilot, "check the unit: ng/mL")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("f")
        await type_text(pilot, "iron-storage protein")
        await pilot.press("ctrl+s")
        await settle(pilot)
        row = reopen().term_by_id(term_id)
        assert row["note"] == "check the unit: ng/mL"
        assert row["definition"] == "iron-storage protein"
        notes = str(main(app).detail_view.query_one("#detail-notes", Static).render())
        assert "iron-storage protein" in notes and "ng/mL" in notes

        await pilot.press("t")  # an emptied note is removed
        await pilot.press("ctrl+a", "backspace")
        app.screen.query_one("#text").text = ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert reopen().term_by_id(term_id)["note"] is None


@pytest.mark.parametrize("fmt", ["json", "tsv", "tbx"])
@async_test
async def test_export(db: Path, tmp_path: Path, monkeypatch, fmt: str) -> None:
    pytest.importorskip("medgloss.export")
    monkeypatch.chdir(tmp_path)
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#path", Input).value == "glossary.tbx"
        dialog.query_one("#format").value = fmt
        await pilot.pause()
        ext = "tbx" if fmt == "tbx" else fmt
        assert dialog.query_one("#path", Input).value == f"glossary.{ext}"  # follows the format
        await pilot.press("ctrl+s")
        await settle(pilot)
        out = tmp_path / f"glossary.{ext}"
        assert out.exists(), notifications(app)
        assert any("exported" in n for n in notifications(app))
        text = out.read_text(encoding="utf-8")
        if fmt == "json":
            assert any(item["term"] == "отёк головного мозга" for item in json.loads(text))
        elif fmt == "tsv":
            assert "отёк головного мозга\tcerebral edema" in text
        else:
            assert "<martif" in text or "<tbx" in text


@async_test
async def test_export_to_a_missing_directory_is_notified(db: Path, tmp_path: Path) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        app.screen.query_one("#path", Input).value = str(tmp_path / "no" / "such" / "dir" / "g.tbx")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert any("no such directory" in n for n in notifications(app))


# -- keys, help, command palette -----------------------------------------------------------------


@async_test
async def test_help_lists_every_binding(db: Path) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        console = Console(width=200, record=True, file=io.StringIO())
        console.print(app.screen.bindings_table(with_ids=True))
        shown = console.export_text()
        for b in [*MainScreen.BINDINGS, *MedglossApp.BINDINGS]:
            assert b.id in shown, b
            assert (b.tooltip or b.description) in shown, b
        assert "^z" in shown and "^p" in shown
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


@async_test
async def test_footer_shows_the_main_keys(db: Path) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = {b.binding.key for b in app.screen.active_bindings.values() if b.binding.show}
        for key in ["slash", "a", "r", "e", "n", "d", "x", "ctrl+z", "question_mark", "q"]:
            assert key in shown or any(key in k.split(",") for k in shown), key


@async_test
async def test_command_palette_runs_curation(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to(pilot, "инсульт")
        term_id = main(app).detail.id
        await pilot.press("ctrl+p")
        await type_text(pilot, "approve translation")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert reopen().term_by_id(term_id)["status"] == "approved"

        await pilot.press("ctrl+p")
        await type_text(pilot, "show russian")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert main(app).filter.lang == "ru"


@async_test
async def test_quit(db: Path) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


# -- scale, concurrency, errors -----------------------------------------------------------------


@async_test
async def test_pages_instead_of_loading_everything(seeded_db: Path, tmp_path: Path) -> None:
    from .bigdb import make_big_glossary

    big = make_big_glossary(seeded_db, tmp_path / "big.db", 1_200)
    from medgloss.store.glossary import Glossary

    with Glossary(big, create=False) as g:
        total = g.count_terms()
    assert 2 * PAGE_SIZE < total < 3 * PAGE_SIZE
    app = make_app(big, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        t = table(app)
        assert t.row_count == PAGE_SIZE
        assert f"{PAGE_SIZE:,} of {total:,} terms" in status_line(app)
        await pilot.press("end")  # the cursor near the end fetches the next page
        await settle(pilot)
        assert t.row_count == 2 * PAGE_SIZE
        await pilot.press("end")
        await settle(pilot)
        assert t.row_count == total
        ids = [t.get_row_at(i) for i in range(t.row_count)]
        assert len(ids) == len({str(r[0]) for r in ids})  # no row twice


@async_test
async def test_another_process_writing_refreshes_the_view(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = table_terms(app)[0]
        other = reopen()
        row = term_row(other, first)
        other.set_term_status(row["id"], "rejected")
        main(app).check_for_changes()  # what the 2-second timer does
        await settle(pilot)
        assert table(app).get_row_at(table(app).row_index_of(row["id"]))[3].plain == "rejected"
        assert "updated from disk" in status_line(app)
        generation = main(app)._generation
        main(app).check_for_changes()  # nothing new: no reload
        await settle(pilot)
        assert main(app)._generation == generation


@async_test
async def test_locked_database_is_notified_and_retried(db: Path, monkeypatch) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main(app)
        page = screen.session.page
        failures = [sqlite3.OperationalError("database is locked")]

        def flaky(*args, **kwargs):
            if failures:
                raise failures.pop()
            return page(*args, **kwargs)

        screen.session.page = flaky  # type: ignore[method-assign]
        await search(pilot, "инсульт")
        assert any("another process is writing" in n for n in notifications(app))
        assert screen._retry_timer is not None
        screen._retry_timer.stop()
        screen.action_reload()  # what the retry timer does
        await settle(pilot)
        assert "инсульт" in table_terms(app)


@async_test
async def test_writes_while_another_process_holds_the_lock_are_errors(db: Path, reopen, monkeypatch) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        other = reopen()
        other.conn.execute("PRAGMA busy_timeout = 0")
        screen = main(app)
        screen.session._g.conn.execute("PRAGMA busy_timeout = 50")
        other.conn.execute("BEGIN IMMEDIATE")
        try:
            await pilot.press("a")
            await settle(pilot)
        finally:
            other.conn.execute("ROLLBACK")
        assert isinstance(app.screen, MainScreen)
        assert any("busy" in n for n in notifications(app))  # the repository's error, as a notification


@async_test
async def test_narrow_terminal_puts_the_detail_below(db: Path) -> None:
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main(app)
        assert screen.has_class("-narrow")
        t, d = screen.query_one("#terms").region, screen.query_one("#detail").region
        assert d.y > t.y and d.width >= 78


@async_test
async def test_missing_glossary_is_built_with_progress(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.ru.txt").write_text(
        "У пациентки с артериальной гипертензией развился отёк головного мозга. "
        "Назначена антигипертензивная терапия.\n", encoding="utf-8")
    monkeypatch.setenv("MEDGLOSS_CORPUS", str(corpus))
    path = tmp_path / "new.db"
    app = make_app(path, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        from medgloss.tui.screens.build import BuildScreen

        assert isinstance(app.screen, BuildScreen)
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert path.exists()
        assert "антигипертензивная терапия" in table_terms(app)


@async_test
async def test_unreadable_glossary_exits_with_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    app = make_app(bad, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
    assert app.return_code == 1


@async_test
async def test_bindings_can_be_remapped_by_id(db: Path, reopen) -> None:
    app = make_app(db, poll_interval=0, keymap={"medgloss.approve": "y"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to(pilot, "инсульт")
        term_id = main(app).detail.id
        await pilot.press("a")  # no longer bound
        await settle(pilot)
        assert reopen().term_by_id(term_id)["status"] == "candidate"
        await pilot.press("y")
        await settle(pilot)
        assert reopen().term_by_id(term_id)["status"] == "approved"
        await pilot.press("question_mark")
        table = app.screen.bindings_table(with_ids=True)
        keys = list(table.columns[0].cells)
        does = [str(c) for c in table.columns[1].cells]
        assert keys[does.index("Approve the highlighted translation (and the term)")] == "y"
