"""The repository: every read and write of ``glossary.db`` goes through ``Glossary``.

Writes that change the corpus (build, add) run in one transaction, so a killed process leaves the
previous glossary as it was. Human decisions (status, edits, notes, definitions, user-added and
imported terms, curated translations) are never dropped by a rebuild: a term that disappears from
the corpus but carries one stays, marked as no longer attested.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from medgloss.errors import GlossaryError
from medgloss.models import Document, Lang, Segment
from medgloss.normalize import deletes, fold, match_key
from medgloss.store import schema

BUSY_TIMEOUT_MS = 10_000
# A term record's occurrences: (document id, models.Mention).
MentionsOf = Callable[[Any], Iterable[tuple[int, Any]]]
HUMAN_TOUCHED = (
    "(t.status != 'candidate' OR t.origin != 'extracted' OR t.edited = 1 OR t.note IS NOT NULL "
    "OR t.definition IS NOT NULL OR t.admin_status IS NOT NULL OR EXISTS (SELECT 1 FROM translations x "
    "WHERE x.term_id = t.id AND (x.status != 'candidate' OR x.origin != 'extracted')))"
)


def default_path() -> Path:
    import os

    return Path(os.environ.get("MEDGLOSS_DB") or "glossary.db")


@dataclass
class ImportReport:
    terms: int = 0
    new_terms: int = 0
    translations: int = 0
    conflicts: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class StoredDocument:
    id: int
    name: str
    sha256: str


def fuzzy_words(forms: Iterable[str]) -> set[str]:
    return {w for f in forms for w in f.split() if len(w) >= 5 and w.isalpha()}


class Glossary:
    """An open glossary database."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = str(path)
        p = Path(path)
        if self.path != ":memory:":
            if p.is_dir():
                raise GlossaryError(f"{p}: is a directory, not a glossary file")
            if not p.exists() and not create:
                raise GlossaryError(f"{p}: no glossary here (run 'medgloss build' first)")
        # The file is not opened with open(): closing any descriptor of a database file drops the
        # POSIX locks of every SQLite connection this process has on it. SQLite itself tells a
        # file that is not a database, on the first statement, and writes nothing to it.
        conn = None
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            schema.migrate(conn, self.path)
        except (sqlite3.DatabaseError, GlossaryError) as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, GlossaryError):
                raise
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise GlossaryError(f"{self.path}: not a medgloss glossary (not an SQLite database, or damaged); "
                                    "left untouched") from None
            raise GlossaryError(f"{self.path}: cannot use this glossary ({exc})") from None
        self.conn = conn
        self.db = sqlite_utils.Database(conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Glossary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -----------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (taken at once, so two writers queue instead of failing)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise GlossaryError(f"{self.path}: the glossary is busy ({exc}); try again") from None
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    # -- documents and the map results --------------------------------------------------------

    def has_curation(self) -> bool:
        """Whether any term carries a human decision (status, edit, note, user or imported origin)."""
        return self._one(f"SELECT 1 FROM terms t WHERE {HUMAN_TOUCHED} LIMIT 1") is not None

    def integrity_ok(self) -> bool:
        return self._one("PRAGMA integrity_check") == "ok"

    def documents(self) -> list[StoredDocument]:
        return [StoredDocument(r["id"], r["name"], r["sha256"])
                for r in self._rows("SELECT id, name, sha256 FROM documents ORDER BY id")]

    def has_document(self, sha256: str) -> bool:
        return self._one("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)) is not None

    def clear_corpus(self) -> None:
        """Remove every document (with segments and occurrences); terms stay for ``sync_terms``."""
        self.conn.execute("DELETE FROM occurrences")
        self.conn.execute("DELETE FROM segments")
        self.conn.execute("DELETE FROM documents")

    def insert_document(self, doc: Document, segments: list[Segment], words: int, map_version: int,
                        map_data: bytes) -> int:
        langs = ",".join(sorted({s.lang for s in segments}))
        cur = self.conn.execute(
            "INSERT INTO documents (name, path, sha256, text, words, langs, map_version, map_data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.name, doc.path, doc.sha256, doc.text, words, langs, map_version, map_data))
        doc_id = int(cur.lastrowid)
        self.conn.executemany(
            "INSERT INTO segments (document_id, idx, start, end, lang, kind, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, s.index, s.start, s.end, s.lang, s.kind, s.text) for s in segments])
        return doc_id

    def pair_documents(self, ru_id: int, en_id: int) -> None:
        self.conn.execute("UPDATE documents SET pair_id = ? WHERE id = ?", (en_id, ru_id))
        self.conn.execute("UPDATE documents SET pair_id = ? WHERE id = ?", (ru_id, en_id))

    def document_pairs(self) -> list[tuple[int, int]]:
        """(document id, id of the document declared its translation)."""
        return [(a, b) for a, b in self.conn.execute("SELECT id, pair_id FROM documents WHERE pair_id IS NOT NULL")]

    def stored_maps(self) -> Iterator[tuple[int, str, str, int, bytes | None]]:
        """(id, name, text, map_version, map_data) of every document, in insertion order."""
        cur = self.conn.execute("SELECT id, name, text, map_version, map_data FROM documents ORDER BY id")
        yield from cur

    def segments_of(self, doc_id: int) -> list[Segment]:
        rows = self._rows("SELECT idx, start, end, lang, kind, text FROM segments WHERE document_id = ? ORDER BY idx",
                          (doc_id,))
        return [Segment(r["idx"], r["start"], r["end"], r["text"], r["lang"], r["kind"]) for r in rows]

    def segment_ids(self, doc_id: int) -> dict[int, int]:
        return dict(self.conn.execute("SELECT idx, id FROM segments WHERE document_id = ?", (doc_id,)).fetchall())

    # -- terms --------------------------------------------------------------------------------

    def sync_terms(self, records: Sequence[Any], mentions: MentionsOf) -> dict[tuple[str, str], int]:
        """Make the extracted terms those of ``records`` (terms.corpus.TermRecord), keeping curation.

        ``mentions(record)`` gives a record's occurrences as (document id, Mention). Returns the id
        of every term by (lang, key). Must run inside ``transaction()``, and be followed by
        ``sync_translations`` for every record (it writes the terms' searchable forms and the
        one-typo index).
        """
        existing = {(r["lang"], r["key"]): r for r in self._rows(
            f"SELECT t.id, t.lang, t.key, t.edited, {HUMAN_TOUCHED} AS touched FROM terms t")}
        ids: dict[tuple[str, str], int] = {}
        seen: set[tuple[str, str]] = set()
        for rec in records:
            seen.add((rec.lang, rec.key))
            ids[(rec.lang, rec.key)] = self._upsert_term(rec, existing.get((rec.lang, rec.key)), forms=False)
        # Terms no longer found: dropped unless a person has touched them.
        for k, old in existing.items():
            if k not in seen and self._drop_term(old):
                ids[k] = old["id"]
        self.conn.execute("DELETE FROM variants")
        self.conn.execute("DELETE FROM occurrences")
        self.conn.execute("DELETE FROM abbreviations WHERE abbr_id IN (SELECT id FROM terms WHERE origin = 'extracted')")
        self._write_term_details(records, ids, mentions)
        return ids

    def update_terms(self, records: Sequence[Any], dropped: Sequence[tuple[str, str]], mentions: MentionsOf,
                     complete: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """Like ``sync_terms`` for some terms only (an ``add``): ``records`` are terms now, the
        ``dropped`` keys are not any more. For records in ``complete``, ``mentions`` gives every
        occurrence; for the others, only those of the new documents (the rest are stored)."""
        ids: dict[tuple[str, str], int] = {}
        for rec in records:
            k = (rec.lang, rec.key)
            old = self._rows(f"SELECT t.id, t.lang, t.key, t.edited, {HUMAN_TOUCHED} AS touched FROM terms t "
                             "WHERE lang = ? AND key = ?", k)
            tid = ids[k] = self._upsert_term(rec, old[0] if old else None, forms=False)
            self.conn.execute("DELETE FROM variants WHERE term_id = ?", (tid,))
            self.conn.execute("DELETE FROM abbreviations WHERE abbr_id = ? AND ? = 'extracted'",
                              (tid, self._one("SELECT origin FROM terms WHERE id = ?", (tid,))))
            if k in complete:
                self.conn.execute("DELETE FROM occurrences WHERE term_id = ?", (tid,))
        for k in dropped:
            old = self._rows(f"SELECT t.id, t.lang, t.key, t.edited, {HUMAN_TOUCHED} AS touched FROM terms t "
                             "WHERE lang = ? AND key = ?", k)
            if old and self._drop_term(old[0]):
                self.conn.execute("DELETE FROM variants WHERE term_id = ?", (old[0]["id"],))
                self.conn.execute("DELETE FROM occurrences WHERE term_id = ?", (old[0]["id"],))
        self._write_term_details(records, ids, mentions)
        self.refresh_forms(list(ids.values()))  # with their stored translations
        self._add_fuzzy(list(ids.values()))
        return ids

    def _upsert_term(self, rec: Any, old: dict[str, Any] | None, *, forms: bool = True) -> int:
        """Insert or update the term of ``rec``; ``forms=False`` leaves its searchable forms to a
        ``refresh_forms`` that follows."""
        text = term_forms(rec.canonical, rec.key, rec.variants, rec.lang) if forms else ""
        if old is None:
            cur = self.conn.execute(
                "INSERT INTO terms (lang, key, canonical, pos, frequency, score, is_abbreviation, forms) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (rec.lang, rec.key, rec.canonical, rec.pos, rec.frequency, rec.score, int(rec.is_abbreviation), text))
            return int(cur.lastrowid)
        if old["edited"]:
            self.conn.execute(
                "UPDATE terms SET frequency = ?, score = ?, attested = 1, is_abbreviation = ?, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                (rec.frequency, rec.score, int(rec.is_abbreviation), old["id"]))
            if forms:
                self.conn.execute("UPDATE terms SET forms = ? WHERE id = ?",
                                  (term_forms(self._one("SELECT canonical FROM terms WHERE id = ?", (old["id"],)),
                                              rec.key, rec.variants, rec.lang), old["id"]))
        else:
            self.conn.execute(
                "UPDATE terms SET canonical = ?, pos = ?, frequency = ?, score = ?, attested = 1, "
                "is_abbreviation = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                (rec.canonical, rec.pos, rec.frequency, rec.score, int(rec.is_abbreviation), old["id"]))
            if forms:
                self.conn.execute("UPDATE terms SET forms = ? WHERE id = ?", (text, old["id"]))
        return int(old["id"])

    def _drop_term(self, old: dict[str, Any]) -> bool:
        """A term the corpus no longer gives: kept (unattested) if a person touched it, else deleted.
        Returns whether it was kept."""
        if old["touched"]:
            self.conn.execute("UPDATE terms SET attested = 0, frequency = 0 WHERE id = ?", (old["id"],))
            return True
        self.conn.execute("DELETE FROM terms WHERE id = ?", (old["id"],))
        return False

    def _write_term_details(self, records: Sequence[Any], ids: dict[tuple[str, str], int],
                            mentions: MentionsOf) -> None:
        seg_cache: dict[int, dict[int, int]] = {}
        variant_rows, occ_rows, abbr_rows = [], [], []
        for rec in records:
            tid = ids[(rec.lang, rec.key)]
            canonical_cf = rec.canonical.casefold()
            merged: dict[str, int] = {}
            for form, n in rec.variants.items():
                if form.casefold() != canonical_cf:
                    merged[form] = merged.get(form, 0) + n
            # One spelling per case-insensitive form: the most frequent.
            best: dict[str, tuple[int, str]] = {}
            for form, n in merged.items():
                key = form.casefold()
                if key not in best or n > best[key][0]:
                    best[key] = (n + best.get(key, (0, ""))[0], form)
            variant_rows.extend((tid, form, n) for n, form in best.values())
            for doc_id, m in mentions(rec):
                segs = seg_cache.get(doc_id)
                if segs is None:
                    segs = seg_cache[doc_id] = self.segment_ids(doc_id)
                occ_rows.append((tid, segs[m.segment], m.start, m.end))
            for full in rec.full_forms:
                fid = ids.get((rec.lang, full)) or self._one("SELECT id FROM terms WHERE lang = ? AND key = ?",
                                                              (rec.lang, full))
                if fid is not None:
                    abbr_rows.append((tid, fid))
        self.conn.executemany("INSERT INTO variants (term_id, form, count) VALUES (?, ?, ?)", variant_rows)
        self.conn.executemany("INSERT INTO occurrences (term_id, segment_id, start, end) VALUES (?, ?, ?, ?)", occ_rows)
        self.conn.executemany("INSERT OR IGNORE INTO abbreviations (abbr_id, full_id) VALUES (?, ?)", abbr_rows)

    def _rebuild_fuzzy(self) -> None:
        self.conn.execute("DELETE FROM fuzzy")
        self._add_fuzzy(None)

    def _add_fuzzy(self, term_ids: Sequence[int] | None) -> None:
        """Index the words of terms (all, or ``term_ids``) for one-typo search."""
        words: set[str] = set()
        if term_ids is None:
            rows: Iterable[tuple[str]] = self.conn.execute("SELECT forms FROM terms")
        else:
            rows = [r for batch in range(0, len(term_ids), 500) for r in self.conn.execute(
                f"SELECT forms FROM terms WHERE id IN ({','.join('?' * len(term_ids[batch:batch + 500]))})",
                term_ids[batch:batch + 500])]
        for (forms,) in rows:
            words |= fuzzy_words([forms])
        self.conn.executemany("INSERT OR IGNORE INTO fuzzy (del, word) VALUES (?, ?)",
                              ((d, w) for w in words for d in deletes(w)))

    def sync_translations(self, proposals: dict[int, list[Any]], *, all_terms: bool = True) -> None:
        """Replace machine candidates with ``proposals`` (term id → align.translate.Translation).

        Rows a person decided on (approved, rejected, preferred, user-added, imported) stay; their
        machine score, methods and evidence are refreshed. Must run inside ``transaction()``.
        """
        for term_id, items in proposals.items():
            kept = {r[0] for r in self.conn.execute(
                "SELECT target_key FROM translations WHERE term_id = ? AND (status != 'candidate' "
                "OR origin != 'extracted' OR preferred = 1)", (term_id,))}
            self.conn.execute(
                "DELETE FROM translations WHERE term_id = ? AND status = 'candidate' AND origin = 'extracted' "
                "AND preferred = 0", (term_id,))
            for tr in items:
                methods = json.dumps(tr.methods)
                evidence = "; ".join(tr.evidence)
                if tr.key in kept:
                    self.conn.execute(
                        "UPDATE translations SET score = ?, methods = ?, evidence = ?, attested = ? "
                        "WHERE term_id = ? AND target_key = ?",
                        (tr.score, methods, evidence, int(tr.attested), term_id, tr.key))
                else:
                    self.conn.execute(
                        "INSERT INTO translations (term_id, target, target_lang, target_key, score, methods, "
                        "evidence, attested) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (term_id, tr.term, tr.lang, tr.key, tr.score, methods, evidence, int(tr.attested)))
        self.refresh_forms(list(proposals))
        if all_terms:
            self._rebuild_fuzzy()
        else:
            self._add_fuzzy(list(proposals))

    def refresh_forms(self, term_ids: Sequence[int]) -> None:
        """Recompute the searchable forms of terms: their own forms and their best translations,
        so that a look-up in either language finds a term through its translation."""
        for tid in term_ids:
            row = self.conn.execute("SELECT canonical, key, lang FROM terms WHERE id = ?", (tid,)).fetchone()
            if row is None:
                continue
            variants = self.variants_of(tid)
            targets = [r[0] for r in self.conn.execute(
                "SELECT target FROM translations WHERE term_id = ? AND status != 'rejected' "
                "ORDER BY status = 'approved' DESC, preferred DESC, score DESC LIMIT 3", (tid,))]
            forms = term_forms(row[0], row[1], variants, row[2])
            if targets:
                forms += " || " + " | ".join(sorted({fold(t) for t in targets}))
            self.conn.execute("UPDATE terms SET forms = ? WHERE id = ?", (forms, tid))

    # -- curation: every change is one transaction with an undo record ------------------------

    _SCOPE = {
        "terms": "id IN ({ids})",
        "translations": "term_id IN ({ids})",
        "variants": "term_id IN ({ids})",
        "occurrences": "term_id IN ({ids})",
        "abbreviations": "abbr_id IN ({ids}) OR full_id IN ({ids})",
    }

    def _capture(self, ids: Sequence[int]) -> dict[str, Any]:
        marks = ",".join(str(int(i)) for i in ids) or "NULL"
        snap: dict[str, Any] = {"ids": sorted({int(i) for i in ids})}
        for table, where in self._SCOPE.items():
            snap[table] = self._rows(f"SELECT * FROM {table} WHERE {where.format(ids=marks)}")
        return snap

    def _restore(self, snap: dict[str, Any]) -> None:
        marks = ",".join(str(int(i)) for i in snap["ids"]) or "NULL"
        for table in ("abbreviations", "occurrences", "variants", "translations", "terms"):
            self.conn.execute(f"DELETE FROM {table} WHERE {self._SCOPE[table].format(ids=marks)}")
        for table in ("terms", "translations", "variants", "occurrences", "abbreviations"):
            for row in snap[table]:
                cols = ", ".join(row)
                self.conn.execute(f"INSERT OR REPLACE INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})",
                                  list(row.values()))
        self.refresh_forms([i for i in snap["ids"] if any(r["id"] == i for r in snap["terms"])])

    @contextmanager
    def change(self, action: str, term_ids: list[int]) -> Iterator[list[int]]:
        """A curation change: one transaction, recorded for undo. The body may append the ids of
        terms it creates to the yielded list."""
        with self.transaction():
            ids = list(term_ids)
            before = self._capture(ids)
            yield ids
            before["ids"] = sorted(set(ids))  # terms the body created had no rows before
            after = self._capture(ids)
            self.refresh_forms([i for i in ids if any(r["id"] == i for r in after["terms"])])
            self.conn.execute("DELETE FROM history WHERE undone = 1")
            self.conn.execute("INSERT INTO history (action, undo, redo) VALUES (?, ?, ?)",
                              (action, json.dumps(before, ensure_ascii=False), json.dumps(after, ensure_ascii=False)))

    def undo(self) -> str | None:
        """Undo the last change; returns its description, or None when there is nothing to undo."""
        return self._replay(undo=True)

    def redo(self) -> str | None:
        """Redo the last undone change; returns its description, or None."""
        return self._replay(undo=False)

    def _replay(self, *, undo: bool) -> str | None:
        # Undone changes form a suffix of the history: undo takes the newest done one, redo the
        # oldest undone one.
        column, done, order = ("undo", 0, "DESC") if undo else ("redo", 1, "ASC")
        with self.transaction():
            row = self.conn.execute(f"SELECT id, action, {column} FROM history WHERE undone = ? "
                                    f"ORDER BY id {order} LIMIT 1", (done,)).fetchone()
            if row is None:
                return None
            self._restore(json.loads(row[2]))
            self.conn.execute("UPDATE history SET undone = ? WHERE id = ?", (1 - done, row[0]))
            return row[1]

    def _touch(self, term_id: int) -> None:
        self.conn.execute("UPDATE terms SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?", (term_id,))

    def set_term_status(self, term_id: int, status: str) -> None:
        with self.change(f"{status} term {term_id}", [term_id]):
            self.conn.execute("UPDATE terms SET status = ? WHERE id = ?", (status, term_id))
            self._touch(term_id)

    def set_translation_status(self, term_id: int, target: str, target_key: str, target_lang: str,
                               status: str, *, preferred: bool = False) -> None:
        """Approve or reject a translation of a term; one the glossary lacks is added as the user's."""
        with self.change(f"{status} {target}", [term_id]):
            cur = self.conn.execute("UPDATE translations SET status = ? WHERE term_id = ? AND target_key = ?",
                                    (status, term_id, target_key))
            if cur.rowcount == 0:
                self.conn.execute(
                    "INSERT INTO translations (term_id, target, target_lang, target_key, score, methods, evidence, "
                    "status, origin) VALUES (?, ?, ?, ?, 1.0, '[\"user\"]', 'added by the user', ?, 'user')",
                    (term_id, target, target_lang, target_key, status))
            if preferred and status == "approved":
                self.conn.execute("UPDATE translations SET preferred = (target_key = ?) WHERE term_id = ?",
                                  (target_key, term_id))
            elif status == "rejected":
                self.conn.execute("UPDATE translations SET preferred = 0 WHERE term_id = ? AND target_key = ?",
                                  (term_id, target_key))
            if status == "approved":
                self.conn.execute("UPDATE terms SET status = 'approved' WHERE id = ? AND status = 'candidate'", (term_id,))
            self._touch(term_id)

    def edit_term(self, term_id: int, canonical: str, key: str) -> None:
        clash = self.conn.execute("SELECT id FROM terms WHERE lang = (SELECT lang FROM terms WHERE id = ?) "
                                  "AND key = ? AND id != ?", (term_id, key, term_id)).fetchone()
        if clash:
            raise GlossaryError(f"another term already has the form {canonical!r}")
        with self.change(f"edit term {term_id}", [term_id]):
            self.conn.execute("UPDATE terms SET canonical = ?, key = ?, edited = 1 WHERE id = ?", (canonical, key, term_id))
            self._touch(term_id)

    def edit_translation(self, term_id: int, old_key: str, target: str, target_key: str) -> None:
        with self.change(f"edit translation {target}", [term_id]):
            self.conn.execute("DELETE FROM translations WHERE term_id = ? AND target_key = ? AND target_key != ?",
                              (term_id, target_key, old_key))
            self.conn.execute(
                "UPDATE translations SET target = ?, target_key = ?, origin = 'user', status = 'approved' "
                "WHERE term_id = ? AND target_key = ?", (target, target_key, term_id, old_key))
            self._touch(term_id)

    def add_term(self, lang: str, canonical: str, key: str, pos: str = "noun", *, origin: str = "user",
                 status: str = "approved", translation: tuple[str, str, str] | None = None) -> int:
        """Add a term (and, given (target, target_key, target_lang), its preferred translation)."""
        if self.term_by_key(lang, key) is not None:  # type: ignore[arg-type]
            raise GlossaryError(f"the glossary already has {canonical!r}")
        with self.change(f"add term {canonical}", []) as ids:
            cur = self.conn.execute(
                "INSERT INTO terms (lang, key, canonical, pos, frequency, score, status, origin, attested, forms) "
                "VALUES (?, ?, ?, ?, 0, 1.0, ?, ?, 0, ?)",
                (lang, key, canonical, pos, status, origin, term_forms(canonical, key, [], lang)))
            ids.append(int(cur.lastrowid))
            if translation is not None:
                target, target_key, target_lang = translation
                self.conn.execute(
                    "INSERT INTO translations (term_id, target, target_lang, target_key, score, methods, evidence, "
                    "status, origin, preferred) VALUES (?, ?, ?, ?, 1.0, '[\"user\"]', 'added by the user', "
                    "'approved', ?, 1)", (ids[-1], target, target_lang, target_key, origin))
        return ids[-1]

    def delete_term(self, term_id: int) -> None:
        with self.change(f"delete term {term_id}", [term_id]):
            self.conn.execute("DELETE FROM terms WHERE id = ?", (term_id,))

    def set_note(self, term_id: int, note: str | None) -> None:
        with self.change(f"note on term {term_id}", [term_id]):
            self.conn.execute("UPDATE terms SET note = ? WHERE id = ?", (note or None, term_id))
            self._touch(term_id)

    def set_definition(self, term_id: int, definition: str | None) -> None:
        with self.change(f"definition of term {term_id}", [term_id]):
            self.conn.execute("UPDATE terms SET definition = ? WHERE id = ?", (definition or None, term_id))
            self._touch(term_id)

    # -- import and backup ------------------------------------------------------------------------

    def backup(self, reason: str) -> Path | None:
        """Copy the glossary beside itself with SQLite's backup API (``glossary.db.bak-<time>-<reason>``)."""
        if self.path == ":memory:":
            return None
        import datetime

        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = Path(f"{self.path}.bak-{stamp}-{reason}")
        target = sqlite3.connect(dest)
        try:
            self.conn.backup(target)
        finally:
            target.close()
        return dest

    def merge_import(self, concepts: Sequence[tuple[Any, list[tuple[Any, str]]]], *,
                     prefer_import: bool = False) -> ImportReport:
        """Merge parsed concepts (export.importers.ImportConcept with a key for each term)."""
        report = ImportReport()
        with self.transaction():
            for concept, terms in concepts:
                ids = []
                for t, key in terms:
                    ids.append(self._import_term(t, key, report, prefer_import))
                links = concept.links
                if links is None:
                    links = []
                    for i, (a, _ka) in enumerate(terms):
                        for j, (b, _kb) in enumerate(terms):
                            if a.lang != b.lang:
                                status = "rejected" if b.admin == "deprecated" else "approved"
                                links.append((i, j, status, b.admin == "preferred"))
                for i, j, status, preferred in links:
                    (a, _ka), (b, kb) = terms[i], terms[j]
                    self._import_translation(ids[i], a.text, b, kb, status, preferred, report, prefer_import)
            self.refresh_forms([r[0] for r in self.conn.execute("SELECT id FROM terms WHERE origin = 'imported'")])
            self._rebuild_fuzzy()
        return report

    def _import_term(self, t: Any, key: str, report: ImportReport, prefer: bool) -> int:
        report.terms += 1
        status = t.status or ("rejected" if t.admin == "deprecated" else "approved")
        row = self.term_by_key(t.lang, key)
        if row is None:
            cur = self.conn.execute(
                "INSERT INTO terms (lang, key, canonical, pos, frequency, score, status, origin, attested, note, "
                "definition, admin_status, forms) VALUES (?, ?, ?, ?, 0, 1.0, ?, 'imported', 0, ?, ?, ?, ?)",
                (t.lang, key, t.text, t.pos, status, t.note or None, t.definition or None, t.admin or None,
                 term_forms(t.text, key, [], t.lang)))
            report.new_terms += 1
            return int(cur.lastrowid)
        updates: dict[str, Any] = {}
        for col, value in (("note", t.note), ("definition", t.definition)):
            if value and row[col] and row[col] != value:
                if prefer:
                    updates[col] = value
                else:
                    report.conflicts.append(f"{row['canonical']}: {col} differs (kept {row[col]!r})")
            elif value and not row[col]:
                updates[col] = value
        if row["status"] != status and status != "candidate":
            if row["status"] == "candidate" or prefer:
                updates["status"] = status
            else:
                report.conflicts.append(f"{row['canonical']}: status {row['status']} kept (file says {status})")
        if t.admin and not row["admin_status"]:
            updates["admin_status"] = t.admin
        if updates:
            sets = ", ".join(f"{c} = ?" for c in updates)
            self.conn.execute(f"UPDATE terms SET {sets} WHERE id = ?", [*updates.values(), row["id"]])
        return int(row["id"])

    def _import_translation(self, term_id: int, term_text: str, b: Any, key: str, status: str, preferred: bool,
                            report: ImportReport, prefer: bool) -> None:
        report.translations += 1
        row = self.conn.execute("SELECT status, origin FROM translations WHERE term_id = ? AND target_key = ?",
                                (term_id, key)).fetchone()
        if row is None:
            self.conn.execute(
                "INSERT INTO translations (term_id, target, target_lang, target_key, score, methods, evidence, "
                "status, origin, preferred) VALUES (?, ?, ?, ?, 1.0, '[\"imported\"]', 'imported', ?, 'imported', ?)",
                (term_id, b.text, b.lang, key, status, int(preferred and status == "approved")))
            return
        human = row[0] != "candidate"
        if human and row[0] != status and status != "candidate" and not prefer:
            report.conflicts.append(f"{term_text} → {b.text}: {row[0]} kept (file says {status})")
            return
        if status != "candidate":
            self.conn.execute("UPDATE translations SET status = ? WHERE term_id = ? AND target_key = ?",
                              (status, term_id, key))
        if preferred and status == "approved":
            self.conn.execute("UPDATE translations SET preferred = (target_key = ?) WHERE term_id = ?", (key, term_id))

    # -- reading terms -------------------------------------------------------------------------

    def count_terms(self, lang: Lang | None = None) -> int:
        if lang:
            return int(self._one("SELECT count(*) FROM terms WHERE lang = ?", (lang,)))
        return int(self._one("SELECT count(*) FROM terms"))

    def term_rows(self, lang: Lang | None = None, status: str | None = None, limit: int | None = None,
                  offset: int = 0, order: str = "score") -> list[dict[str, Any]]:
        where, params = ["1"], []
        if lang:
            where.append("lang = ?")
            params.append(lang)
        if status:
            where.append("status = ?")
            params.append(status)
        orders = {"score": "score DESC, frequency DESC, canonical", "frequency": "frequency DESC, score DESC",
                  "alpha": "canonical COLLATE NOCASE", "id": "id"}
        sql = f"SELECT * FROM terms WHERE {' AND '.join(where)} ORDER BY lang DESC, {orders[order]}"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return self._rows(sql, params)

    def term_by_id(self, term_id: int) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM terms WHERE id = ?", (term_id,))
        return rows[0] if rows else None

    def term_by_key(self, lang: Lang, key: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM terms WHERE lang = ? AND key = ?", (lang, key))
        return rows[0] if rows else None

    def variants_of(self, term_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT form FROM variants WHERE term_id = ? ORDER BY count DESC, form", (term_id,))]

    def abbreviation_links(self, term_id: int) -> list[str]:
        """Canonical forms of the full forms of an abbreviation, or the abbreviations of a full form."""
        return [r[0] for r in self.conn.execute(
            "SELECT t.canonical FROM abbreviations a JOIN terms t ON t.id = a.full_id WHERE a.abbr_id = ? "
            "UNION SELECT t.canonical FROM abbreviations a JOIN terms t ON t.id = a.abbr_id WHERE a.full_id = ? ",
            (term_id, term_id))]

    def translations_of(self, term_id: int) -> list[dict[str, Any]]:
        rows = self._rows(
            "SELECT target, target_lang, target_key, score, methods, evidence, attested, status, origin, preferred "
            "FROM translations WHERE term_id = ? "
            "ORDER BY status = 'rejected', preferred DESC, status = 'approved' DESC, score DESC, target", (term_id,))
        for r in rows:
            r["methods"] = json.loads(r["methods"])
        return rows

    def contexts(self, term_id: int, limit: int = 3) -> list[dict[str, Any]]:
        """Sentences where the term occurs, with the term's offsets inside each sentence."""
        return self._rows(
            "SELECT s.text, o.start - s.start AS start, o.end - s.start AS end, d.name AS document, s.kind "
            "FROM occurrences o JOIN segments s ON s.id = o.segment_id JOIN documents d ON d.id = s.document_id "
            "WHERE o.term_id = ? ORDER BY s.kind != 'text', o.id LIMIT ?", (term_id, limit))

    def first_contexts(self) -> Iterator[tuple[int, str]]:
        """(term id, sentence) of every term's first occurrence in running text (or anywhere)."""
        yield from self.conn.execute(
            "SELECT o.term_id, s.text FROM occurrences o JOIN segments s ON s.id = o.segment_id "
            "WHERE o.id IN (SELECT min(o2.id) FROM occurrences o2 JOIN segments s2 ON s2.id = o2.segment_id "
            "GROUP BY o2.term_id)")

    def term_json(self, row: dict[str, Any], *, with_context: bool = False) -> dict[str, Any]:
        """A term in the JSON shape of DESIGN.md."""
        tid = row["id"]
        out: dict[str, Any] = {
            "term": row["canonical"], "lang": row["lang"], "lemma_key": row["key"], "pos": row["pos"],
            "frequency": row["frequency"], "score": round(row["score"], 4), "status": row["status"],
            "variants": self.variants_of(tid), "abbreviations": self.abbreviation_links(tid),
            "translations": [
                {"term": t["target"], "lang": t["target_lang"], "score": round(t["score"], 4),
                 "methods": t["methods"], "evidence": t["evidence"], "attested": bool(t["attested"]),
                 "status": t["status"]}
                for t in self.translations_of(tid)
            ],
            "id": tid, "origin": row["origin"], "attested": bool(row["attested"]),
            "is_abbreviation": bool(row["is_abbreviation"]),
        }
        if row.get("note"):
            out["note"] = row["note"]
        if row.get("definition"):
            out["definition"] = row["definition"]
        if with_context:
            ctx = self.contexts(tid, 1)
            out["context"] = ctx[0]["text"] if ctx else ""
        return out

    # -- read-only views for the terminal UI ----------------------------------------------------

    # Sort orders of ``browse_terms``; ``{d}`` is ASC or DESC. Keys (folded for case and ё/е in
    # every script) sort words, as COLLATE NOCASE folds ASCII only. Ties fall back to the id so
    # that LIMIT/OFFSET pages neither repeat nor skip a term.
    _BROWSE_ORDER = {
        "score": "t.score {d}, t.frequency DESC, t.id",
        "frequency": "t.frequency {d}, t.score DESC, t.id",
        "term": "t.key {d}, t.canonical {d}, t.id",
        "lang": "t.lang {d}, t.score DESC, t.id",
        "status": "t.status {d}, t.score DESC, t.id",
        "translation": "best_sort IS NULL, best_sort {d}, t.id",
    }
    # The best non-rejected translation of term t (the order of ``translations_of``), as
    # "target_key<US>target": one subquery gives both the sort key and the form to show.
    _BEST = ("(SELECT x.target_key || char(31) || x.target FROM translations x WHERE x.term_id = t.id "
             "AND x.status != 'rejected' ORDER BY x.preferred DESC, x.status = 'approved' DESC, x.score DESC, "
             "x.target LIMIT 1)")

    @staticmethod
    def _browse_where(lang: str | None, status: str | None, attested_only: bool,
                      min_score: float) -> tuple[str, list[Any]]:
        where, params = ["1"], []
        if lang:
            where.append("t.lang = ?")
            params.append(lang)
        if status:
            where.append("t.status = ?")
            params.append(status)
        if attested_only:
            where.append("t.attested = 1")
        if min_score > 0:
            where.append("t.score >= ?")
            params.append(float(min_score))
        return " AND ".join(where), params

    def browse_terms(self, *, lang: str | None = None, status: str | None = None, attested_only: bool = False,
                     min_score: float = 0.0, order: str = "score", descending: bool = True, limit: int = 500,
                     offset: int = 0) -> list[dict[str, Any]]:
        """One page of term rows matching the filters, each with ``best`` and ``best_key``: its
        best non-rejected translation and that translation's key (None without one). Reads only
        the page, so it stays fast on very large glossaries."""
        if order not in self._BROWSE_ORDER:
            raise GlossaryError(f"unknown sort order {order!r}")
        where, params = self._browse_where(lang, status, attested_only, min_score)
        order_sql = self._BROWSE_ORDER[order].format(d="DESC" if descending else "ASC")
        page = f"LIMIT {int(limit)} OFFSET {int(offset)}"
        if order == "translation":
            # Sorting by translation needs the best translation of every row; otherwise compute it
            # for the page only (a correlated subquery on 100,000 rows costs half a second).
            rows = self._rows(f"SELECT t.*, {self._BEST} AS best_sort FROM terms t WHERE {where} "
                              f"ORDER BY {order_sql} {page}", params)
            for r in rows:
                sort = r.pop("best_sort")
                r["best_key"], r["best"] = sort.split("\x1f", 1) if sort else (None, None)
            return rows
        rows = self._rows(f"SELECT t.* FROM terms t WHERE {where} ORDER BY {order_sql} {page}", params)
        best = self.best_translations([r["id"] for r in rows])
        for r in rows:
            r["best"], r["best_key"] = best.get(r["id"], (None, None))
        return rows

    def count_browse(self, *, lang: str | None = None, status: str | None = None, attested_only: bool = False,
                     min_score: float = 0.0) -> int:
        """How many terms ``browse_terms`` would page through."""
        where, params = self._browse_where(lang, status, attested_only, min_score)
        return int(self._one(f"SELECT count(*) FROM terms t WHERE {where}", params))

    def best_translations(self, term_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """(target, target_key) of the best non-rejected translation of each term that has one
        (ordered as ``translations_of``)."""
        out: dict[int, tuple[str, str]] = {}
        ids = [int(i) for i in term_ids]
        for start in range(0, len(ids), 500):  # stay under SQLite's limit on bound parameters
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for tid, sort in self.conn.execute(
                    f"SELECT t.id, {self._BEST} FROM terms t WHERE t.id IN ({marks})", chunk):
                if sort is not None:
                    key, target = sort.split("\x1f", 1)
                    out[tid] = (target, key)
        return out

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version`` of this connection: it changes when another connection
        (another process, say) commits, which lets a long-lived reader notice outside writes."""
        return int(self._one("PRAGMA data_version"))

    # -- search ------------------------------------------------------------------------------

    def fts_ids(self, alternatives: Sequence[Sequence[str]], prefix_last: bool = False, limit: int = 200) -> list[int]:
        """Ids of terms whose forms contain, for every position, one of its alternative words."""
        clauses = []
        for i, alts in enumerate(alternatives):
            words = sorted({a for a in alts if a})
            if not words:
                continue
            star = "*" if prefix_last and i == len(alternatives) - 1 else ""
            clauses.append("(" + " OR ".join(_fts_quote(w) + star for w in words) + ")")
        if not clauses:
            return []
        query = " AND ".join(clauses)
        return [r[0] for r in self.conn.execute(
            "SELECT rowid FROM terms_fts WHERE terms_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit))]

    def near_words(self, word: str) -> set[str]:
        """Words of the glossary within one edit of ``word``."""
        dels = sorted(deletes(word))
        marks = ",".join("?" * len(dels))
        found = {r[0] for r in self.conn.execute(f"SELECT word FROM fuzzy WHERE del IN ({marks})", dels)}
        return {w for w in found if _within_one_edit(word, w)}

    def terms_by_ids(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._rows(f"SELECT * FROM terms WHERE id IN ({marks})", list(ids))
        order = {i: n for n, i in enumerate(ids)}
        return sorted(rows, key=lambda r: order[r["id"]])

    # -- statistics --------------------------------------------------------------------------

    def content_digest(self) -> str:
        """A hash of everything a build derives from the corpus (not timestamps or row ids)."""
        import hashlib

        h = hashlib.sha256()
        queries = [
            "SELECT name, sha256, words, langs FROM documents ORDER BY sha256",
            "SELECT d.sha256, s.idx, s.start, s.end, s.lang, s.kind FROM segments s "
            "JOIN documents d ON d.id = s.document_id ORDER BY d.sha256, s.idx",
            "SELECT lang, key, canonical, pos, frequency, round(score, 4), status, origin, is_abbreviation, "
            "attested, forms FROM terms ORDER BY lang, key",
            "SELECT t.lang, t.key, v.form, v.count FROM variants v JOIN terms t ON t.id = v.term_id "
            "ORDER BY t.lang, t.key, v.form",
            "SELECT t.lang, t.key, d.sha256, o.start, o.end FROM occurrences o JOIN terms t ON t.id = o.term_id "
            "JOIN segments s ON s.id = o.segment_id JOIN documents d ON d.id = s.document_id "
            "ORDER BY t.lang, t.key, d.sha256, o.start, o.end",
            "SELECT a.lang, a.key, f.lang, f.key FROM abbreviations x JOIN terms a ON a.id = x.abbr_id "
            "JOIN terms f ON f.id = x.full_id ORDER BY 1, 2, 3, 4",
            "SELECT t.lang, t.key, x.target_key, x.target, round(x.score, 4), x.methods, x.evidence, x.attested, "
            "x.status FROM translations x JOIN terms t ON t.id = x.term_id ORDER BY 1, 2, 3",
        ]
        for sql in queries:
            for row in self.conn.execute(sql):
                h.update(repr(row).encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()

    def stats(self) -> dict[str, Any]:
        one = self._one
        return {
            "path": self.path,
            "schema_version": one("PRAGMA user_version"),
            "documents": one("SELECT count(*) FROM documents"),
            "words": one("SELECT coalesce(sum(words), 0) FROM documents"),
            "segments": one("SELECT count(*) FROM segments"),
            "segments_by_lang": dict(self.conn.execute("SELECT lang, count(*) FROM segments GROUP BY lang").fetchall()),
            "terms": one("SELECT count(*) FROM terms"),
            "terms_by_lang": dict(self.conn.execute("SELECT lang, count(*) FROM terms GROUP BY lang").fetchall()),
            "terms_by_status": dict(self.conn.execute("SELECT status, count(*) FROM terms GROUP BY status").fetchall()),
            "abbreviations": one("SELECT count(*) FROM terms WHERE is_abbreviation = 1"),
            "variants": one("SELECT count(*) FROM variants"),
            "occurrences": one("SELECT count(*) FROM occurrences"),
            "translations": one("SELECT count(*) FROM translations"),
            "terms_with_translation": one("SELECT count(DISTINCT term_id) FROM translations"),
        }


def term_forms(canonical: str, key: str, variants: Iterable[str], lang: str) -> str:
    """The searchable text of a term: folded canonical form, variants and lemma key."""
    forms = {match_key(canonical, lang), key}
    forms.update(match_key(v, lang) for v in variants)
    return " | ".join(sorted(f for f in forms if f))


def _fts_quote(word: str) -> str:
    word = "".join(ch for ch in word if ch.isprintable())
    return '"' + word.replace('"', '""') + '"'


def _within_one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]
