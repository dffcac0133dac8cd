"""Building: incremental add, parallel map, and the map/reduce split."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from medgloss.build import add, build, corpus_files
from medgloss.store.glossary import Glossary

ROOT = Path(__file__).resolve().parents[1]
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


def test_jobs_build_the_same_glossary(tmp_path, monkeypatch):
    import medgloss.build as builder

    monkeypatch.setattr(builder, "PARALLEL_ALIGN_MIN", 1)  # the alignment is shared out too
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
    # The store reads back only the occurrences it wants, without decoding the rest.
    from medgloss.build import MAP_VERSION
    from medgloss.terms.extract import stored_mentions

    wanted = set(list(result.candidates)[:5])
    found = stored_mentions(to_bytes(result), MAP_VERSION, wanted)
    assert found.keys() == wanted
    for k in wanted:
        assert [(m.segment, m.start, m.end) for m in found[k]] == \
            [(m.segment, m.start, m.end) for m in result.candidates[k].mentions]


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


TYPO_DOC = ("Restless legs syndrom (RLS) is common. Willis-Ekbohm disease and ferritin levels. "
            "Serum ferittin was low in patients with restless legs syndrom. Iron deficiency anemia (IDA) is treated.")


@pytest.mark.parametrize("seed", [1, 2])
def test_adds_in_any_order_equal_a_full_build(tmp_path, seed):
    """Documents added a few at a time, in a random order, give the glossary a build of all of them
    gives: misspellings, abbreviation definitions, attestation and cognates all follow."""
    typo = tmp_path / "typo.en.txt"
    typo.write_text(TYPO_DOC, encoding="utf-8")
    texts = [*corpus_files(), *sorted((ROOT / "tests/data/texts").glob("*.txt")), typo]
    rng = random.Random(seed)
    rng.shuffle(texts)
    build(tmp_path / "full.db", texts)
    first = rng.randint(1, 3)
    build(tmp_path / "inc.db", texts[:first])
    rest = texts[first:]
    while rest:
        n = rng.randint(1, 3)
        add(tmp_path / "inc.db", rest[:n])
        rest = rest[n:]
    with Glossary(tmp_path / "full.db") as full, Glossary(tmp_path / "inc.db") as inc:
        assert full.content_digest() == inc.content_digest()
        aliases = dict(((r[0], r[1]), r[2]) for r in inc.conn.execute("SELECT lang, key, target FROM candidate_aliases"))
        assert aliases[("en", "restless leg syndrom")] == "restless leg syndrome"


def test_add_touches_only_what_the_new_document_changes(tmp_path, monkeypatch):
    import medgloss.build as builder

    db = tmp_path / "g.db"
    build(db)
    extra = tmp_path / "extra.ru.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    monkeypatch.setattr(builder, "_add_from_scratch", lambda *a: pytest.fail("the whole corpus was reduced again"))
    aligned: list[int] = []
    real = builder.align_terms
    monkeypatch.setattr(builder, "align_terms", lambda g, records, *a, **kw: (aligned.append(len(records)),
                                                                              real(g, records, *a, **kw)))
    add(db, [extra])
    with Glossary(db) as g:
        assert aligned and aligned[0] < g.count_terms() / 2


def test_add_to_a_glossary_without_stored_statistics(tmp_path):
    """A glossary made before the statistics were stored: the first add reduces the whole corpus."""
    db = tmp_path / "g.db"
    build(db)
    with Glossary(db) as g, g.transaction():
        g.conn.execute("DELETE FROM settings")
        g.conn.execute("DELETE FROM candidates")
    extra = tmp_path / "extra.ru.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    add(db, [extra])
    build(tmp_path / "full.db", [*corpus_files(), extra])
    with Glossary(tmp_path / "full.db") as full, Glossary(db) as g:
        assert full.content_digest() == g.content_digest()
        assert g.conn.execute("SELECT count(*) FROM candidates").fetchone()[0] > 0
