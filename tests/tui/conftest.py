"""Fixtures for the terminal UI tests: a private copy of the seeded glossary, and a way to wait
until the app has nothing left to do (workers finished, their messages handled)."""

from __future__ import annotations

import asyncio
import functools
import sqlite3
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerState

from medgloss.store.glossary import Glossary


def copy_glossary(src: Path, dest: Path) -> Path:
    """Copy a glossary with SQLite's backup API (a file copy could miss what is still in the WAL)."""
    source, target = sqlite3.connect(src), sqlite3.connect(dest)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return dest


@pytest.fixture()
def db(seeded_db: Path, tmp_path: Path) -> Path:
    """A copy of the glossary built from the bundled corpus, free to modify."""
    return copy_glossary(seeded_db, tmp_path / "glossary.db")


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


def async_test(fn: Callable[..., Coroutine]) -> Callable[..., None]:
    """Run an ``async def`` test in its own event loop. (The project does not depend on an
    asyncio pytest plugin; pytest still sees the test's fixtures through ``functools.wraps``.)"""

    @functools.wraps(fn)
    def run(*args, **kwargs) -> None:
        asyncio.run(fn(*args, **kwargs))

    return run


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
    await pilot.press(*[ch if ch != " " else "space" for ch in text])


# Two short comparable texts (not translations of each other) for the snapshot tests: small
# enough for a readable screen, with terms whose translations occur in the other text.
SNAPSHOT_TEXTS = {
    "stroke.ru.txt": (
        "Инсульт у беременных\n\n"
        "Артериальная гипертензия при беременности повышает риск инсульта. Отёк головного мозга "
        "лечат осмотическими диуретиками. Антигипертензивная терапия снижает риск инсульта у "
        "беременных с преэклампсией. Магнитно-резонансная томография (МРТ) безопасна при "
        "беременности, компьютерная томография требует защиты плода.\n"),
    "stroke.en.txt": (
        "Stroke in pregnancy\n\n"
        "Arterial hypertension in pregnancy increases the risk of stroke. Cerebral edema is treated "
        "with osmotic diuretics. Antihypertensive therapy lowers the risk of stroke in pregnant women "
        "with preeclampsia. Magnetic resonance imaging (MRI) is safe in pregnancy, and iron deficiency "
        "anemia is common in the third trimester.\n"),
}


@pytest.fixture(scope="session")
def snapshot_source(tmp_path_factory) -> Path:
    """A glossary built by the real pipeline from ``SNAPSHOT_TEXTS`` (once per session)."""
    from medgloss.build import build

    d = tmp_path_factory.mktemp("snapshot")
    paths = []
    for name, text in SNAPSHOT_TEXTS.items():
        p = d / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    db = d / "source.db"
    build(db, paths)
    return db


@pytest.fixture()
def snapshot_db(snapshot_source: Path, tmp_path: Path) -> Path:
    """A private copy of the snapshot glossary, named as the default one is."""
    return copy_glossary(snapshot_source, tmp_path / "glossary.db")
