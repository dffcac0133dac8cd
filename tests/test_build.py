"""Building: incremental add, parallel map, and the map/reduce split."""

from __future__ import annotations

from medgloss.build import add, build, corpus_files
from medgloss.store.glossary import Glossary

EXTRA = ("Железодефицитная анемия у беременных повышает риск преждевременных родов. "
         "Назначение препаратов железа снижает частоту анемии. Уровень сывороточного ферритина "
         "контролируют каждые три месяца.")


def test_add_equals_a_full_build(tmp_path):
    extra = tmp_path / "extra.ru.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    build(tmp_path / "full.db", [*corpus_files(), extra])
    build(tmp_path / "inc.db")
    report = add(tmp_path / "inc.db", [extra])
    assert report.documents == 3
    with Glossary(tmp_path / "full.db") as full, Glossary(tmp_path / "inc.db") as inc:
        assert full.content_digest() == inc.content_digest()
        assert inc.term_by_key("ru", "железодефицитный анемия") is not None


def test_add_skips_documents_already_there(tmp_path):
    db = tmp_path / "g.db"
    build(db)
    report = add(db, corpus_files()[:1])
    assert report.skipped == [corpus_files()[0].name]
    with Glossary(db) as g:
        assert len(g.documents()) == 2


def test_add_keeps_curation(tmp_path):
    db = tmp_path / "g.db"
    build(db)
    with Glossary(db) as g, g.transaction():
        t = g.term_by_key("ru", "сульфат магний")
        g.conn.execute("UPDATE terms SET status = 'approved', note = 'ok' WHERE id = ?", (t["id"],))
    extra = tmp_path / "extra.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    add(db, [extra])
    with Glossary(db) as g:
        t = g.term_by_key("ru", "сульфат магний")
        assert t["status"] == "approved" and t["note"] == "ok"


def test_jobs_build_the_same_glossary(tmp_path):
    extra = tmp_path / "extra.ru.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    files = [*corpus_files(), extra]
    build(tmp_path / "one.db", files, jobs=1)
    build(tmp_path / "two.db", files, jobs=2)
    with Glossary(tmp_path / "one.db") as one, Glossary(tmp_path / "two.db") as two:
        assert one.content_digest() == two.content_digest()


def test_map_result_round_trips_through_storage():
    from medgloss.build import map_document, read_documents
    from medgloss.terms.extract import from_bytes, to_bytes

    doc = read_documents(corpus_files()[:1])[0]
    result = map_document(doc)
    again = from_bytes(to_bytes(result), doc, result.segments)
    assert again.candidates.keys() == result.candidates.keys()
    for k, c in result.candidates.items():
        d = again.candidates[k]
        assert (c.mentions, c.surfaces, c.canonicals, c.shape, c.head) == (d.mentions, d.surfaces, d.canonicals, d.shape, d.head)
    assert again.definitions == result.definitions and again.words == result.words


def test_declared_pair_adds_parallel_evidence(tmp_path):
    ru = tmp_path / "a.ru.txt"
    en = tmp_path / "a.en.txt"
    ru.write_text("Гиперкалиемия у пациентов с хронической болезнью почек требует контроля калия.", encoding="utf-8")
    en.write_text("Hyperkalemia in patients with chronic kidney disease requires potassium monitoring.", encoding="utf-8")
    build(tmp_path / "g.db", [ru, en], pairs=[(ru, en)])
    with Glossary(tmp_path / "g.db") as g:
        assert len(g.document_pairs()) == 2
        term = g.term_by_key("ru", "хронический болезнь почка")
        best = g.translations_of(term["id"])[0]
        assert best["target"] == "chronic kidney disease"
        assert "parallel" in best["methods"] and best["attested"]
