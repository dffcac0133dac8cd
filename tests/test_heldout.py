"""Held-out texts written for the tests (tests/data/texts): expected terms and non-terms.

Rows that the extractor is known to miss are listed in KNOWN_MISSES and run as strict xfail, so
that fixing one shows up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / "expected_terms.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            file, expect, form = line.split("\t")
            rows.append((file, expect, form))
    return rows


def _norm(s: str) -> str:
    return s.replace("ё", "е").replace("Ё", "Е")


KNOWN_MISSES: set[tuple[str, str]] = {
    # An everyday head ("combination") with a hyphenated modifier unknown to every list.
    ("en_hypertension_rct.txt", "single-pill combination"),
}


@pytest.fixture(scope="module")
def heldout(tmp_path_factory):
    from medgloss.build import build
    from medgloss.store.glossary import Glossary

    db = tmp_path_factory.mktemp("heldout") / "g.db"
    build(db, sorted((DATA / "texts").glob("*.txt")))
    g = Glossary(db, create=False)
    forms = {_norm(r["canonical"]) for r in g.term_rows()}
    g.close()
    return forms


def _params():
    out = []
    for file, expect, form in _rows():
        marks = [pytest.mark.xfail(strict=True, reason="known miss")] if (file, form) in KNOWN_MISSES else []
        out.append(pytest.param(file, expect, form, marks=marks, id=f"{file}:{expect}:{form}"))
    return out


@pytest.mark.parametrize(("file", "expect", "form"), _params())
def test_heldout_row(heldout, file, expect, form):
    if expect == "term":
        assert _norm(form) in heldout
    else:
        assert _norm(form) not in heldout
