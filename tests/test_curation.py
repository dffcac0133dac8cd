"""Curation: every change saved at once, undoable, redoable, and surviving a rebuild."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from medgloss.cli import main
from medgloss.curate import add_term, check_form, edit_term, find_term, set_translation
from medgloss.errors import GlossaryError, NotFound
from medgloss.store.glossary import Glossary


@pytest.fixture()
def g(seeded_db, tmp_path):
    path = tmp_path / "g.db"
    shutil.copy(seeded_db, path)
    with Glossary(path) as glossary:
        yield glossary


def test_approve_existing_translation_and_undo_redo(g):
    row, target = set_translation(g, "отеком головного мозга", "cerebral edema", "approved", preferred=True)
    tr = g.translations_of(row["id"])
    assert tr[0]["target"] == "cerebral edema" and tr[0]["status"] == "approved" and tr[0]["preferred"] == 1
    assert g.term_by_id(row["id"])["status"] == "approved"
    assert g.undo() is not None
    assert all(t["status"] == "candidate" for t in g.translations_of(row["id"]))
    assert g.term_by_id(row["id"])["status"] == "candidate"
    assert g.redo() is not None
    assert g.translations_of(row["id"])[0]["status"] == "approved"


def test_approve_new_translation_is_added_as_users(g):
    row, _ = set_translation(g, "роды", "labour and delivery", "approved")
    added = [t for t in g.translations_of(row["id"]) if t["target"] == "labour and delivery"]
    assert added and added[0]["origin"] == "user"


def test_reject_sinks_a_candidate(g):
    row, _ = set_translation(g, "роды", "childbirth", "rejected")
    tr = g.translations_of(row["id"])
    assert tr[-1]["target"] == "childbirth" and tr[-1]["status"] == "rejected"


def test_edit_term_rechecks_russian_form(g):
    row = find_term(g, "антигипертензивная терапия")
    check = edit_term(g, row["id"], "антигипертензивный терапия")
    assert check.suggestion == "антигипертензивная терапия"
    assert g.term_by_id(row["id"])["edited"] == 1
    g.undo()
    assert g.term_by_id(row["id"])["canonical"] == "антигипертензивная терапия"


def test_add_and_delete_term_with_undo(g):
    term_id, _ = add_term(g, "гестационный сахарный диабет", "gestational diabetes mellitus")
    assert g.term_by_id(term_id)["origin"] == "user"
    assert g.translations_of(term_id)[0]["target"] == "gestational diabetes mellitus"
    with pytest.raises(GlossaryError):
        add_term(g, "гестационного сахарного диабета")
    g.delete_term(term_id)
    assert g.term_by_id(term_id) is None
    g.undo()
    assert g.term_by_id(term_id) is not None and g.translations_of(term_id)
    g.undo()  # the addition
    assert g.term_by_id(term_id) is None


def test_delete_restores_occurrences_and_variants_on_undo(g):
    row = find_term(g, "restless legs syndrome")
    variants, contexts = g.variants_of(row["id"]), g.contexts(row["id"], 100)
    g.delete_term(row["id"])
    g.undo()
    assert g.variants_of(row["id"]) == variants and g.contexts(row["id"], 100) == contexts


def test_notes_and_definitions(g):
    row = find_term(g, "ферритин") if g.term_by_key("ru", "ферритин") else find_term(g, "ferritin")
    g.set_note(row["id"], "check the units")
    g.set_definition(row["id"], "an iron-storage protein")
    t = g.term_by_id(row["id"])
    assert (t["note"], t["definition"]) == ("check the units", "an iron-storage protein")


def test_new_change_clears_redo(g):
    row = find_term(g, "роды")
    g.set_note(row["id"], "a")
    g.undo()
    g.set_note(row["id"], "b")
    assert g.redo() is None


def test_unknown_term_raises_not_found(g):
    with pytest.raises(NotFound):
        find_term(g, "совершенно неизвестный термин")


def test_check_form_keys_inflections_alike():
    assert check_form("отеком головного мозга", "ru").key == check_form("отёк головного мозга", "ru").key


def test_cli_approve_reject_undo(seeded_db, tmp_path):
    path = tmp_path / "g.db"
    shutil.copy(seeded_db, path)
    r = CliRunner()
    out = r.invoke(main, ["--db", str(path), "approve", "сульфата магния", "magnesium sulfate", "--preferred"])
    assert out.exit_code == 0, out.output
    out = r.invoke(main, ["--db", str(path), "reject", "роды", "labor"])
    assert out.exit_code == 0, out.output
    out = r.invoke(main, ["--db", str(path), "approve", "несуществующий термин", "x"])
    assert out.exit_code == 1 and "no term" in out.output
    with Glossary(path) as g:
        row = find_term(g, "сульфат магния")
        assert g.translations_of(row["id"])[0]["status"] == "approved"
    out = r.invoke(main, ["--db", str(path), "undo"])
    assert out.exit_code == 0 and "undone" in out.output


def test_curation_survives_rebuild(seeded_db, tmp_path):
    from medgloss.build import build

    path = tmp_path / "g.db"
    shutil.copy(seeded_db, path)
    with Glossary(path) as g:
        row, _ = set_translation(g, "роды", "childbirth", "rejected")
        set_translation(g, "роды", "delivery", "approved", preferred=True)
        t2, _ = add_term(g, "гестационный сахарный диабет", "gestational diabetes mellitus")
        edit_term(g, find_term(g, "кровоизлияние")["id"], "кровоизлияние в мозг")
    build(path)
    with Glossary(path) as g:
        tr = {t["target"]: t for t in g.translations_of(row["id"])}
        assert tr["childbirth"]["status"] == "rejected"
        assert tr["delivery"]["status"] == "approved" and tr["delivery"]["preferred"] == 1
        assert g.translations_of(row["id"])[0]["target"] == "delivery"
        assert g.term_by_id(t2)["canonical"] == "гестационный сахарный диабет"
        assert g.term_by_key("ru", check_form("кровоизлияние в мозг", "ru").key) is not None
