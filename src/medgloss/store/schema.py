"""The schema of ``glossary.db`` and its migrations.

The version lives in ``PRAGMA user_version``. ``MIGRATIONS[n]`` takes a database from version n
to n + 1; opening a database runs the missing ones in one transaction, and refuses a database
written by a newer medgloss.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from medgloss.errors import GlossaryError

SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    words INTEGER NOT NULL DEFAULT 0,
    langs TEXT NOT NULL DEFAULT '',
    pair_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    map_version INTEGER NOT NULL DEFAULT 0,
    map_data BLOB,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE IF NOT EXISTS segments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('ru', 'en')),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (document_id, idx)
);
CREATE TABLE IF NOT EXISTS terms (
    id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL CHECK (lang IN ('ru', 'en')),
    key TEXT NOT NULL,
    canonical TEXT NOT NULL,
    pos TEXT NOT NULL DEFAULT 'noun',
    frequency INTEGER NOT NULL DEFAULT 0,
    score REAL NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'approved', 'rejected')),
    origin TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'user', 'imported')),
    admin_status TEXT CHECK (admin_status IN ('preferred', 'admitted', 'deprecated')),
    is_abbreviation INTEGER NOT NULL DEFAULT 0,
    attested INTEGER NOT NULL DEFAULT 1,
    edited INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    definition TEXT,
    subject_field TEXT,
    forms TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (lang, key)
);
CREATE INDEX IF NOT EXISTS terms_lang_score ON terms (lang, score DESC);
CREATE TABLE IF NOT EXISTS variants (
    term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    form TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (term_id, form)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS abbreviations (
    abbr_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    full_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    PRIMARY KEY (abbr_id, full_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS occurrences (
    id INTEGER PRIMARY KEY,
    term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS occurrences_term ON occurrences (term_id);
CREATE INDEX IF NOT EXISTS occurrences_segment ON occurrences (segment_id);
CREATE TABLE IF NOT EXISTS translations (
    id INTEGER PRIMARY KEY,
    term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    target_lang TEXT NOT NULL CHECK (target_lang IN ('ru', 'en')),
    target_key TEXT NOT NULL,
    score REAL NOT NULL DEFAULT 0,
    methods TEXT NOT NULL DEFAULT '[]',
    evidence TEXT NOT NULL DEFAULT '',
    attested INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'approved', 'rejected')),
    origin TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'user', 'imported')),
    preferred INTEGER NOT NULL DEFAULT 0,
    UNIQUE (term_id, target_key)
);
CREATE INDEX IF NOT EXISTS translations_term ON translations (term_id, score DESC);
CREATE TABLE IF NOT EXISTS fuzzy (
    del TEXT NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (del, word)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    action TEXT NOT NULL,
    undo TEXT NOT NULL,
    redo TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE VIRTUAL TABLE IF NOT EXISTS terms_fts USING fts5 (
    forms, content='terms', content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='2 3'
);
CREATE TRIGGER IF NOT EXISTS terms_ai AFTER INSERT ON terms BEGIN
    INSERT INTO terms_fts (rowid, forms) VALUES (new.id, new.forms);
END;
CREATE TRIGGER IF NOT EXISTS terms_ad AFTER DELETE ON terms BEGIN
    INSERT INTO terms_fts (terms_fts, rowid, forms) VALUES ('delete', old.id, old.forms);
END;
CREATE TRIGGER IF NOT EXISTS terms_au AFTER UPDATE OF forms ON terms BEGIN
    INSERT INTO terms_fts (terms_fts, rowid, forms) VALUES ('delete', old.id, old.forms);
    INSERT INTO terms_fts (rowid, forms) VALUES (new.id, new.forms);
END;
"""


def _script(conn: sqlite3.Connection, sql: str) -> None:
    for statement in _statements(sql):
        conn.execute(statement)


def _statements(sql: str) -> list[str]:
    """Split a schema script into statements, keeping trigger bodies whole."""
    out, buf = [], []
    depth = 0
    for line in sql.strip().splitlines():
        buf.append(line)
        upper = line.strip().upper()
        if upper.startswith("CREATE TRIGGER"):
            depth = 1
        if depth and upper == "END;":
            depth = 0
        if not depth and line.rstrip().endswith(";"):
            out.append("\n".join(buf))
            buf = []
    if buf and "".join(buf).strip():
        out.append("\n".join(buf))
    return out


# Version 2: the corpus's candidate statistics, so that ``add`` re-decides only what a new
# document touches (terms.corpus.CorpusStats).
SCHEMA_V2 = """
CREATE TABLE IF NOT EXISTS candidates (
    lang TEXT NOT NULL,
    key TEXT NOT NULL,
    kept INTEGER NOT NULL DEFAULT 0,
    canonical TEXT NOT NULL DEFAULT '',
    data BLOB NOT NULL,
    PRIMARY KEY (lang, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS candidates_kept ON candidates (kept, lang);
CREATE TABLE IF NOT EXISTS candidate_aliases (
    lang TEXT NOT NULL,
    key TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (lang, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS candidate_aliases_target ON candidate_aliases (lang, target);
CREATE TABLE IF NOT EXISTS candidate_definitions (
    lang TEXT NOT NULL,
    abbr TEXT NOT NULL,
    full TEXT NOT NULL,
    PRIMARY KEY (lang, abbr, full)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS candidate_definitions_full ON candidate_definitions (lang, full);
CREATE TABLE IF NOT EXISTS candidate_words (
    del TEXT NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (del, word)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    lambda conn: _script(conn, SCHEMA_V1),
    lambda conn: _script(conn, SCHEMA_V2),
]
VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the database at ``conn`` to ``VERSION``; returns the version it had."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > VERSION:
        raise GlossaryError(
            f"{path}: written by a newer medgloss (schema {version}, this one knows {VERSION}); upgrade medgloss")
    if version == VERSION:
        return version
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in range(version, VERSION):
            MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA user_version = {VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version
