from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from medgloss.cli import main


@pytest.fixture()
def run(seeded_db):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, ["--db", str(seeded_db), *args], catch_exceptions=False)

    return invoke


def test_version_and_help():
    r = CliRunner().invoke(main, ["--version"])
    assert r.exit_code == 0 and "medgloss" in r.output
    for cmd in ["build", "add", "terms", "lookup", "stats"]:
        r = CliRunner().invoke(main, [cmd, "-h"])
        assert r.exit_code == 0 and "Example" in r.output, cmd


def test_terms_json_shape(run):
    r = run("terms", "--json")
    assert r.exit_code == 0
    items = json.loads(r.output)
    assert items
    for key in ["term", "lang", "lemma_key", "pos", "frequency", "score", "status", "variants",
                "abbreviations", "translations"]:
        assert key in items[0]


def test_terms_lang_filter(run):
    items = json.loads(run("terms", "--lang", "ru", "--json").output)
    assert items and {i["lang"] for i in items} == {"ru"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [("отеком", "отёк головного мозга"), ("беременных", "беременная"), ("Legs", "restless legs syndrome"),
     ("ОТЁКОМ ГОЛОВНОГО МОЗГА", "отёк головного мозга"), ("RLS", "RLS"), ("МРТ", "МРТ"),
     ("ферритн", "ferritin")],
)
def test_lookup_finds_terms(run, query, expected):
    r = run("lookup", query, "--json")
    assert r.exit_code == 0, r.output
    found = [i["term"] for i in json.loads(r.output)]
    assert any(expected in f for f in found), found


def test_lookup_no_match_exits_1_with_message(seeded_db):
    r = CliRunner().invoke(main, ["--db", str(seeded_db), "lookup", "zzzzqqq"])
    assert r.exit_code == 1
    assert "no term matches" in r.output


def test_lookup_treats_fts_syntax_as_text(run):
    for q in ['"', "NEAR(", "a*", "(-)", "iron AND", "OR"]:
        r = run("lookup", q)
        assert r.exit_code in (0, 1)


def test_missing_glossary_is_a_one_line_error(tmp_path):
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "none.db"), "terms"])
    assert r.exit_code == 1
    assert "medgloss build" in r.output


def test_build_reports_bad_input(tmp_path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "g.db"), "build", str(bad)])
    assert r.exit_code == 1 and "binary" in r.output
    assert not (tmp_path / "g.db").exists()


def test_stats(run):
    r = run("stats", "--json")
    assert json.loads(r.output)["documents"] == 2


@pytest.mark.parametrize(
    ("query", "expected", "how"),
    [("антифосфол", "антифосфолипидный синдром", "prefix"), ("Willis–Ekbom disease", "Willis-Ekbom disease", None),
     ("willis ekbom", "Willis-Ekbom disease", None), ("ОТЁК", "отёк головного мозга", None), ("отек", "отёк головного мозга", None),
     ("anaemia", "anemia", None), ("СБН", "restless legs syndrome", None), ("serum ferritins", "serum ferritin", None),
     ("синдрома беспокойных ног", "restless legs syndrome", None), ("акатизя", "akathisia", "typo")],
)
def test_lookup_kinds(run, query, expected, how):
    r = run("lookup", query, "--json")
    assert r.exit_code == 0, r.output
    items = json.loads(r.output)
    top = [i["term"] for i in items[:3]]
    assert expected in top, top
    if how:
        assert items[[i["term"] for i in items].index(expected)]["match"] == how


def test_lookup_table_shows_translation_and_context(run):
    r = run("lookup", "сульфата магния")
    assert r.exit_code == 0
    first = r.output.splitlines()[0]
    assert first.startswith("сульфат магния") and "magnesium sulfate" in first
    assert "«" in r.output


def test_suggest_single_and_batch(seeded_db):
    runner = CliRunner()
    r = runner.invoke(main, ["--db", str(seeded_db), "suggest", "синтез дофамина", "--json"])
    assert r.exit_code == 0
    items = json.loads(r.output)
    assert items[0]["term"] == "dopamine synthesis" and items[0]["attested"]
    r = runner.invoke(main, ["--db", str(seeded_db), "suggest", "-"], input="serum ferritin\nострый пиелонефрит\n\n")
    lines = [json.loads(x) for x in r.output.splitlines()]
    assert [x["phrase"] for x in lines] == ["serum ferritin", "острый пиелонефрит"]
    assert lines[0]["translations"][0]["term"] == "сывороточный ферритин"
    assert lines[1]["from"] == "ru" and lines[1]["translations"][0]["term"] == "acute pyelonephritis"
