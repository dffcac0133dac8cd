from __future__ import annotations

import sqlite3

import pytest

from medgloss.errors import GlossaryError
from medgloss.store import schema
from medgloss.store.glossary import Glossary, deletes


def test_new_glossary_has_current_schema_and_wal(tmp_path):
    with Glossary(tmp_path / "g.db") as g:
        assert g.stats()["schema_version"] == schema.VERSION
        assert g.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert "terms_fts" in g.db.table_names()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "g.db"
    Glossary(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(GlossaryError, match="newer medgloss"):
        Glossary(path)


def test_not_a_database_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "g.db"
    path.write_bytes(b"this is not sqlite at all" * 10)
    with pytest.raises(GlossaryError, match="not an SQLite database"):
        Glossary(path)
    assert path.read_bytes() == b"this is not sqlite at all" * 10


def test_missing_glossary_without_create(tmp_path):
    with pytest.raises(GlossaryError, match="medgloss build"):
        Glossary(tmp_path / "none.db", create=False)


def test_deletes():
    assert deletes("abc") == {"abc", "bc", "ac", "ab"}


def test_seeded_glossary_contents(seeded):
    st = seeded.stats()
    assert st["documents"] == 2
    assert st["segments_by_lang"]["ru"] > 5 and st["segments_by_lang"]["en"] > 40
    assert st["terms_by_lang"]["ru"] >= 5 and st["terms_by_lang"]["en"] >= 10
    assert st["occurrences"] >= st["terms"]


def test_occurrence_offsets_point_at_the_term(seeded):
    rows = seeded._rows(
        "SELECT t.canonical, t.key, substr(d.text, o.start + 1, o.end - o.start) AS surface "
        "FROM occurrences o JOIN terms t ON t.id = o.term_id JOIN segments s ON s.id = o.segment_id "
        "JOIN documents d ON d.id = s.document_id")
    assert rows
    from medgloss.normalize import fold

    for r in rows:
        assert fold(r["surface"])[:3] == fold(r["canonical"])[:3] or r["surface"][:1].isupper(), r


def test_rebuild_keeps_human_decisions(tmp_path):
    from medgloss.build import build

    text = tmp_path / "a.txt"
    text.write_text("Антифосфолипидный синдром повышает риск тромбоза. Тромбоз глубоких вен опасен.", encoding="utf-8")
    db = tmp_path / "g.db"
    build(db, [text])
    with Glossary(db) as g:
        t = g.term_by_key("ru", "антифосфолипидный синдром")
        assert t is not None
        with g.transaction():
            g.conn.execute("UPDATE terms SET status = 'approved', note = 'checked' WHERE id = ?", (t["id"],))
    text.write_text("Синдром беспокойных ног связан с дефицитом железа.", encoding="utf-8")
    build(db, [text])
    with Glossary(db) as g:
        kept = g.term_by_key("ru", "антифосфолипидный синдром")
        assert kept is not None and kept["status"] == "approved" and kept["note"] == "checked"
        assert kept["attested"] == 0
        assert g.term_by_key("ru", "тромбоз глубокий вена") is None  # untouched and gone
