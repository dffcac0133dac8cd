"""Snapshots (pytest-textual-snapshot) of the main screen, the detail view and the help screen at
120×36, on a glossary built from two fixed short texts. Review the SVG diff before accepting a
change with ``pytest --snapshot-update tests/tui``."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from medgloss.tui.app import make_app

from .conftest import settle, type_text

SIZE = (120, 36)


def test_main_screen(snap_compare, snapshot_db: Path) -> None:
    """The term table (best score first) with the first term's detail beside it."""

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)

    assert snap_compare(make_app(snapshot_db, poll_interval=0), terminal_size=SIZE, run_before=run_before)


def test_detail_view(snap_compare, snapshot_db: Path) -> None:
    """A searched and approved term: status colours, candidates with evidence, and the
    concordance in both languages with the term highlighted."""

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "инсульта")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(make_app(snapshot_db, poll_interval=0), terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare, snapshot_db: Path) -> None:
    """Every key binding, grouped, with its id."""

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(snapshot_db, poll_interval=0), terminal_size=SIZE, run_before=run_before)


def test_narrow_terminal(snap_compare, snapshot_db: Path) -> None:
    """At 80×24 the detail goes below the table and the footer still shows the main keys."""

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)

    assert snap_compare(make_app(snapshot_db, poll_interval=0), terminal_size=(80, 24), run_before=run_before)
