"""Export to every format and import back: round trips, malformed and hostile files."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from medgloss.cli import main
from medgloss.curate import add_term, find_term, set_translation
from medgloss.errors import ImportFormatError, InputError
from medgloss.export import export, write
from medgloss.export.importers import import_file
from medgloss.export.tables import safe_cell
from medgloss.store.glossary import Glossary

TBX_DIR = Path(__file__).resolve().parents[2] / "shared" / "tbx"


@pytest.fixture()
def curated(seeded_db, tmp_path):
    path = tmp_path / "g.db"
    shutil.copy(seeded_db, path)
    with Glossary(path) as g:
        set_translation(g, "отеком головного мозга", "cerebral edema", "approved", preferred=True)
        set_translation(g, "роды", "childbirth", "rejected")
        set_translation(g, "роды", "delivery", "approved", preferred=True)
        set_translation(g, "serum ferritin", "сывороточный ферритин", "approved", preferred=True)
        tid, _ = add_term(g, "гестационный сахарный диабет", "gestational diabetes mellitus")
        g.set_note(tid, "=cmd|' /C calc'!A0")  # hostile to spreadsheets
        g.set_definition(find_term(g, "сульфат магния")["id"], "магниевая соль серной кислоты")
        set_translation(g, "сульфат магния", "magnesium sulfate", "approved", preferred=True)
    return path


def _approved_pairs(g: Glossary) -> set[tuple[str, str, str]]:
    out = set()
    for row in g.term_rows():
        for t in g.translations_of(row["id"]):
            if t["status"] == "approved":
                out.add((row["lang"], row["canonical"], t["target"]))
    return out


@pytest.mark.parametrize("fmt", ["tbx", "tbx3", "tsv", "csv", "json"])
def test_round_trip_reproduces_the_approved_glossary(curated, tmp_path, fmt):
    out = tmp_path / f"x.{ 'tbx' if fmt.startswith('tbx') else fmt}"
    with Glossary(curated) as g:
        export(g, fmt, out, approved_only=True)
        original = _approved_pairs(g)
        notes = {(r["canonical"], r["note"], r["definition"]) for r in g.term_rows() if r["note"] or r["definition"]}
    fresh = tmp_path / "fresh.db"
    with Glossary(fresh) as g2:
        import_file(g2, out)
        again = _approved_pairs(g2)
        notes2 = {(r["canonical"], r["note"], r["definition"]) for r in g2.term_rows() if r["note"] or r["definition"]}
    ru_en = {p for p in original if p[0] == "ru"}
    assert ru_en <= again
    if fmt != "tsv":  # the OmegaT format has one comment column and no definitions
        assert notes <= notes2
    assert all(r for r in again)


def test_tbx3_validates_against_the_core_schema_and_dialect_rules(curated, tmp_path):
    if not (TBX_DIR / "TBXcoreStructV03.rng").exists():
        pytest.skip("../shared/tbx is not here")
    from lxml import etree

    out = tmp_path / "x.tbx"
    with Glossary(curated) as g:
        export(g, "tbx3", out)
    doc = etree.parse(str(out))
    rng = etree.RelaxNG(etree.parse(str(TBX_DIR / "TBXcoreStructV03.rng")))
    assert rng.validate(doc), rng.error_log
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    root = doc.getroot()
    assert root.get("type") == "TBX-Basic" and root.get("style") == "dca"
    for note in root.iterfind(".//t:termNote", ns):
        assert note.getparent().tag.endswith("termSec")
    for d in root.iterfind(".//t:descrip[@type='context']", ns):
        assert d.getparent().tag.endswith("termSec")
    for d in root.iterfind(".//t:descrip[@type='subjectField']", ns):
        assert d.getparent().tag.endswith("conceptEntry")
    for d in root.iterfind(".//t:descrip[@type='definition']", ns):
        assert d.getparent().tag.endswith(("conceptEntry", "langSec"))
    pos = {e.text for e in root.iterfind(".//t:termNote[@type='partOfSpeech']", ns)}
    assert pos <= {"noun", "adjective", "verb", "adverb", "other"}


def test_tbx2_is_read_by_translate_toolkit(curated, tmp_path):
    tbx = pytest.importorskip("translate.storage.tbx")
    out = tmp_path / "x.tbx"
    with Glossary(curated) as g:
        n = export(g, "tbx", out, approved_only=True)
    store = tbx.tbxfile.parsefile(str(out))
    assert len(store.units) == n
    pairs = {(u.source, u.target) for u in store.units}
    assert ("отёк головного мозга", "cerebral edema") in pairs
    assert ("сульфат магния", "magnesium sulfate") in pairs


def test_tsv_is_omegat_three_columns(curated):
    buf = io.StringIO()
    with Glossary(curated) as g:
        write(g, "tsv", buf, approved_only=True)
    lines = buf.getvalue().splitlines()
    assert lines and all(line.count("\t") == 2 for line in lines)
    assert any(line.startswith("роды\tdelivery\t") for line in lines)
    buf = io.StringIO()
    with Glossary(curated) as g:
        write(g, "tsv", buf, approved_only=True, pair="en-ru")
    assert any(line.startswith("serum ferritin\tсывороточный ферритин") for line in buf.getvalue().splitlines())


def test_csv_cells_cannot_run_as_formulas(curated):
    buf = io.StringIO()
    with Glossary(curated) as g:
        write(g, "csv", buf)
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@"))
    assert any(cell.startswith("'=cmd") for row in rows for cell in row)
    assert safe_cell("-5") == "'-5" and safe_cell("+x") == "'+x" and safe_cell("@SUM(1)") == "'@SUM(1)"


def test_json_has_everything(curated):
    buf = io.StringIO()
    with Glossary(curated) as g:
        n = write(g, "json", buf)
        assert n == g.count_terms()
    items = json.loads(buf.getvalue())
    rody = next(i for i in items if i["term"] == "роды")
    statuses = {t["term"]: t["status"] for t in rody["translations"]}
    assert statuses["childbirth"] == "rejected" and statuses["delivery"] == "approved"


def test_import_merges_without_duplicates_and_reports_conflicts(curated, tmp_path):
    tsv = tmp_path / "client.tsv"
    tsv.write_text("роды\tchildbirth\tclient says\nотёк головного мозга\tbrain edema\t\nновый термин\tnew term\t\n",
                   encoding="utf-8")
    with Glossary(curated) as g:
        before = g.count_terms()
        report = import_file(g, tsv)
        row = find_term(g, "роды")
        assert {t["target"]: t["status"] for t in g.translations_of(row["id"])}["childbirth"] == "rejected"
        assert any("childbirth" in c for c in report.conflicts)
        after = g.count_terms()
        assert g.term_by_key("ru", "новый термин") is not None and after > before
        import_file(g, tsv)
        assert g.count_terms() == after  # the same file again adds nothing: terms are merged
        report = import_file(g, tsv, prefer_import=True)
        assert {t["target"]: t["status"] for t in g.translations_of(row["id"])}["childbirth"] == "approved"
    assert list(curated.parent.glob("g.db.bak-*")), "--prefer-import keeps a backup"


BAD = {
    "broken.tbx": (b"<martif><text><body><termEntry><langSet xml:lang='en'><tig><term>x</term></tig>", "line"),
    "noterm.tbx": (b"<martif><text><body><termEntry><langSet xml:lang='en'><tig></tig></langSet></termEntry></body></text></martif>", "no <term>"),
    "bomb.tbx": (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
                 b"<martif><text><body><termEntry><langSet xml:lang='en'><tig><term>&lol2;</term></tig></langSet>"
                 b"</termEntry></body></text></martif>", "entity"),
    "xxe.tbx": (b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><martif>&x;</martif>', "entity"),
    "notbx.tbx": (b"<html><body>hello</body></html>", "not a TBX"),
    "cols.csv": (b"a,b,c\n1,2,3\n", "header"),
    "short.csv": (b"source,target\n\"\xd1\x80\xd0\xbe\xd0\xb4\xd1\x8b\"\n", "line 2"),
    "shape.json": (b'{"term": "x"}', "list"),
    "item.json": (b'[{"term": "x", "lang": "fr"}]', "item 0"),
    "broken.json": (b'[{"term": ', "line"),
    "onecol.tsv": ("роды\n".encode(), "line 1"),
    "empty.tsv": (b"", "empty"),
    "binary.tsv": (b"\x00\x01\x02\x03" * 50, "binary"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_malformed_imports_change_nothing(curated, tmp_path, name):
    data, message = BAD[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    with Glossary(curated) as g:
        digest = g.content_digest()
        with pytest.raises((ImportFormatError, InputError), match=message) as err:
            import_file(g, bad)
        assert "\n" not in str(err.value)
        assert g.content_digest() == digest


def test_cli_export_and_import(curated, tmp_path):
    r = CliRunner()
    out = tmp_path / "x.tbx"
    res = r.invoke(main, ["--db", str(curated), "export", "--format", "tbx", "-o", str(out), "--approved-only"])
    assert res.exit_code == 0, res.output
    res = r.invoke(main, ["--db", str(tmp_path / "new.db"), "import", str(out)])
    assert res.exit_code == 0, res.output
    res = r.invoke(main, ["--db", str(curated), "import", str(tmp_path / "missing.tbx")])
    assert res.exit_code == 1 and "no such file" in res.output
    res = r.invoke(main, ["--db", str(curated), "export", "--format", "csv"])
    assert res.exit_code == 0 and res.output.startswith("concept,source,target")
