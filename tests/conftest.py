from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def analyzer():
    from medgloss.nlp.pipeline import analyzer as make

    return make()


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory) -> Path:
    """A glossary built from the bundled corpus (built once per test session)."""
    from medgloss.build import build

    path = tmp_path_factory.mktemp("seeded") / "glossary.db"
    build(path)
    return path


@pytest.fixture()
def seeded(seeded_db):
    from medgloss.store.glossary import Glossary

    g = Glossary(seeded_db, create=False)
    yield g
    g.close()


@pytest.fixture()
def build_texts(tmp_path):
    """Build a glossary from texts given as strings; returns the open glossary."""
    from medgloss.build import build
    from medgloss.store.glossary import Glossary

    opened = []

    def make(*texts: str, name: str = "doc"):
        paths = []
        for i, text in enumerate(texts):
            p = tmp_path / f"{name}{i}.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(p)
        db = tmp_path / f"{name}.db"
        build(db, paths)
        g = Glossary(db, create=False)
        opened.append(g)
        return g

    yield make
    for g in opened:
        g.close()


def canonical_forms(g, lang=None) -> set[str]:
    return {r["canonical"] for r in g.term_rows(lang=lang)}
