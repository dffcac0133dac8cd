"""Fixtures for the terminal UI tests: a private copy of the seeded glossary, and a way to wait
until the app has nothing left to do (workers finished, their messages handled)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerState

from medgloss.store.glossary import Glossary


@pytest.fixture()
def db(seeded_db: Path, tmp_path: Path) -> Path:
    """A copy of the glossary built from the bundled corpus, free to modify."""
    dest = tmp_path / "glossary.db"
    shutil.copy(seeded_db, dest)
    return dest


@pytest.fixture()
def reopen(db: Path) -> Iterator:
    """Open the test glossary on a connection of its own (as another process would)."""
    opened: list[Glossary] = []

    def open_() -> Glossary:
        g = Glossary(db, create=False)
        opened.append(g)
        return g

    yield open_
    for g in opened:
        g.close()


def _busy(pilot: Pilot) -> bool:
    return any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in pilot.app.workers)


async def settle(pilot: Pilot, rounds: int = 200) -> None:
    """Wait until no worker is pending or running and the messages they posted are handled.

    A handled message may start another worker (a page load starts a detail load, which starts
    a concordance load), hence the loop; a worker cancelled by a newer one counts as done.
    """
    for _ in range(rounds):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:
            pass
        await pilot.pause()
        if not _busy(pilot):
            await pilot.pause()
            if not _busy(pilot):
                return
    raise AssertionError("the app did not settle")


async def type_text(pilot: Pilot, text: str) -> None:
    """Type text key by key (Cyrillic included)."""
    for ch in text:
        await pilot.press(ch if ch != " " else "space")
