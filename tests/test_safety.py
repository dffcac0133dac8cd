"""Reliability: bad input, killed processes, concurrent use, hostile strings, versions, backups."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from medgloss.cli import main
from medgloss.errors import ImportFormatError, InputError
from medgloss.store.glossary import Glossary

ROOT = Path(__file__).resolve().parents[1]


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "binary": b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 20,
        "empty": b"",
        "blank": b"  \n\n \t\n",
        "undecodable": b"\xff\xfe\xfd" * 10 + b"\x00\x81" * 40,
        "long-line": ("word " * 450_000).encode(),  # 2.25 million characters on one line
    }
    out = {}
    for name, data in files.items():
        p = tmp_path / f"{name}.txt"
        p.write_bytes(data)
        out[name] = p
    out["directory"] = tmp_path / "a-directory"
    out["directory"].mkdir()
    out["missing"] = tmp_path / "missing.txt"
    return out


@pytest.mark.parametrize("kind", ["binary", "empty", "blank", "undecodable", "long-line", "directory", "missing"])
@pytest.mark.parametrize("command", ["build", "add"])
def test_bad_input_is_one_line_error_and_changes_nothing(seeded_db, tmp_path, kind, command):
    db = tmp_path / "g.db"
    shutil.copy(seeded_db, db)
    with Glossary(db) as g:
        digest = g.content_digest()
    bad = _bad_inputs(tmp_path)[kind]
    r = CliRunner().invoke(main, ["--db", str(db), command, str(bad)])
    assert r.exit_code == 1
    message = r.output.strip()
    assert message.startswith("Error: ") and "\n" not in message and "Traceback" not in message
    with Glossary(db) as g:
        assert g.content_digest() == digest


# Runs ``build`` or ``add`` (argv[5]) and kills itself with SIGKILL at a stage of its progress.
KILLER = """
import os, signal, sys
from medgloss import build as builder
stage, at, command = sys.argv[3], int(sys.argv[4]), sys.argv[5]
def progress(s, done, total):
    if s == stage and done >= at:
        os.kill(os.getpid(), signal.SIGKILL)
getattr(builder, command)(sys.argv[1], [sys.argv[2]], progress=progress)
"""


@pytest.mark.parametrize(("command", "stage", "at"),
                         [("build", "analyse", 1), ("build", "reduce", 1), ("build", "store", 0), ("build", "store", 1),
                          ("build", "align", 3), ("add", "analyse", 1), ("add", "store", 1), ("add", "align", 2)])
def test_killed_build_or_add_leaves_previous_glossary_intact(seeded_db, tmp_path, command, stage, at):
    db = tmp_path / "g.db"
    shutil.copy(seeded_db, db)
    with Glossary(db) as g:
        digest = g.content_digest()
    doc = tmp_path / "new.txt"
    doc.write_text("Острый пиелонефрит у беременных. Бактериурия и лихорадка. " * 20, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", KILLER, str(db), str(doc), stage, str(at), command], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    with Glossary(db) as g:
        assert g.integrity_ok()
        assert g.content_digest() == digest
        assert g.term_rows(limit=1)


def test_reader_and_writer_at_once(seeded_db, tmp_path):
    """A reader is never blocked by a writer (WAL); a second writer waits for the first."""
    db = tmp_path / "g.db"
    shutil.copy(seeded_db, db)
    writer, reader = Glossary(db), Glossary(db)
    started, release, second_done = threading.Event(), threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def first_writer() -> None:
        try:
            with writer.transaction():
                writer.conn.execute("UPDATE terms SET note = 'first' WHERE id = (SELECT min(id) FROM terms)")
                started.set()
                release.wait(10)
        except BaseException as exc:  # noqa: BLE001 - reported to the test below
            errors.append(exc)

    def second_writer() -> None:
        try:
            with Glossary(db) as other:
                other.set_note(other.term_rows(order="id", limit=1)[0]["id"], "second")
            second_done.set()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    t1 = threading.Thread(target=first_writer)
    t1.start()
    assert started.wait(10)
    assert reader.count_terms() > 0  # reading while a write transaction is open
    t2 = threading.Thread(target=second_writer)
    t2.start()
    assert not second_done.is_set()
    release.set()
    t1.join(10)
    t2.join(20)
    assert not errors, errors
    assert second_done.is_set()
    assert reader.term_rows(order="id", limit=1)[0]["note"] == "second"
    writer.close()
    reader.close()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_lookup_string_is_text(seeded_db, query):
    from medgloss.lookup import lookup

    with Glossary(seeded_db, create=False) as g:
        lookup(g, query)  # FTS syntax, odd Unicode and control characters never raise


@pytest.mark.parametrize("query", ['"', "'", "*", "NEAR(a b)", "(", ")", "-", "a OR b", "AND", "^x", "отёк*",
                                   "\u200b\u200f\u202e", "е\u0301", "ж" * 5000])
def test_fts_syntax_is_text(seeded_db, query):
    from medgloss.lookup import lookup

    with Glossary(seeded_db, create=False) as g:
        lookup(g, query)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_tsv_or_json_import_fails_cleanly_or_works(tmp_path_factory, content):
    from medgloss.export.importers import read_import

    d = tmp_path_factory.mktemp("imp")
    for name in ("x.tsv", "x.json", "x.csv"):
        p = d / name
        p.write_text(content, encoding="utf-8")
        try:
            read_import(p)
        except (ImportFormatError, InputError):
            pass


def test_newer_schema_is_refused_by_the_cli(seeded_db, tmp_path):
    from medgloss.store import schema

    db = tmp_path / "g.db"
    shutil.copy(seeded_db, db)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema.VERSION + 5}")
    conn.commit()
    conn.close()
    r = CliRunner().invoke(main, ["--db", str(db), "terms"])
    assert r.exit_code == 1 and "newer medgloss" in r.output


def test_first_schema_fixture_is_migrated_and_usable(tmp_path):
    fixture = ROOT / "tests" / "data" / "glossary-schema-1.db"
    db = tmp_path / "old.db"
    shutil.copy(fixture, db)
    with Glossary(db) as g:
        from medgloss.store import schema

        assert g.stats()["schema_version"] == schema.VERSION
        assert g.count_terms() > 0 and g.integrity_ok()


def test_corrupt_file_is_reported_and_not_overwritten(tmp_path):
    db = tmp_path / "g.db"
    data = b"SQLite format 3\x00" + os.urandom(4096)
    db.write_bytes(data)
    r = CliRunner().invoke(main, ["--db", str(db), "build"])
    assert r.exit_code == 1 and "\n" not in r.output.strip()
    assert db.read_bytes() == data


def test_rebuild_over_curation_keeps_a_backup(seeded_db, tmp_path):
    from medgloss.build import build

    db = tmp_path / "g.db"
    shutil.copy(seeded_db, db)
    with Glossary(db) as g:
        g.set_note(g.term_rows(limit=1)[0]["id"], "keep me")
    build(db)
    backups = list(tmp_path.glob("g.db.bak-*-build"))
    assert len(backups) == 1
    with Glossary(backups[0]) as b:
        assert any(r["note"] == "keep me" for r in b.term_rows())


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200))
def test_odd_unicode_never_breaks_analysis(analyzer, text):
    for lang in ("ru", "en"):
        analyzer.analyse_text(text, lang)


IMPORT_KILLER = """
import os, signal, sys
from medgloss.store.glossary import Glossary
from medgloss.export.importers import import_file
g = Glossary(sys.argv[1])
original = g._import_translation
count = [0]
def dying(*args, **kwargs):
    count[0] += 1
    if count[0] == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return original(*args, **kwargs)
g._import_translation = dying
import_file(g, sys.argv[2])
"""


def test_killed_import_leaves_previous_glossary_intact(seeded_db, tmp_path):
    db = tmp_path / "g.db"
    shutil.copy(seeded_db, db)
    with Glossary(db) as g:
        digest = g.content_digest()
    tsv = tmp_path / "x.tsv"
    tsv.write_text("".join(f"термин{i}\tterm{i}\t\n" for i in range(10)) + "роды\tdelivery\t\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", IMPORT_KILLER, str(db), str(tsv)], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    with Glossary(db) as g:
        assert g.integrity_ok() and g.content_digest() == digest
