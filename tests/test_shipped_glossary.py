"""The repository ships glossary.db built from the bundled corpus; it must match the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medgloss.build import corpus_files
from medgloss.store.glossary import Glossary

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed"


def test_shipped_glossary_matches_the_code(seeded_db):
    shipped = ROOT / "glossary.db"
    assert shipped.exists(), "glossary.db is missing; regenerate it with: medgloss build --db glossary.db"
    with Glossary(shipped, create=False) as a, Glossary(seeded_db, create=False) as b:
        assert a.content_digest() == b.content_digest(), (
            "glossary.db no longer matches what the code builds; regenerate it with: "
            "rm -f glossary.db && medgloss build --db glossary.db")


def test_bundled_corpus_is_the_seed_split_in_two():
    files = corpus_files()
    assert [f.name for f in files] == ["restless-legs-iron-deficiency.en.txt", "stroke-in-pregnancy.ru.txt"]
    seeds = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    if not seeds:
        pytest.skip("../shared/seed is not here")
    ru, en = files[1].read_bytes(), files[0].read_bytes()
    assert ru + en == seeds[0].read_bytes()


def test_the_seed_file_as_one_input(tmp_path):
    """One file holding both articles builds the same terms as the two documents."""
    files = corpus_files()
    whole = tmp_path / "seed.txt"
    whole.write_bytes(files[1].read_bytes() + files[0].read_bytes())
    from medgloss.build import build

    build(tmp_path / "one.db", [whole])
    build(tmp_path / "two.db", files)
    with Glossary(tmp_path / "one.db") as one, Glossary(tmp_path / "two.db") as two:
        terms_one = {(r["lang"], r["canonical"]) for r in one.term_rows()}
        terms_two = {(r["lang"], r["canonical"]) for r in two.term_rows()}
        assert terms_one == terms_two
        assert {s.lang for s in one.segments_of(one.documents()[0].id)} == {"ru", "en"}


def test_constraints_pin_registry_releases_only():
    """Every line of constraints.txt is `name==version`: a local file or URL there installs on the machine
    that wrote it and nowhere else."""
    lines = [line.strip() for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()]
    pins = [line for line in lines if line and not line.startswith("#")]
    assert pins
    bad = [line for line in pins if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*==[A-Za-z0-9.+!-]+", line)]
    assert not bad, f"constraints.txt lines that are not name==version: {bad}"
