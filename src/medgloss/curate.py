"""Curation with linguistic checks: the operations the TUI and the CLI share.

The repository (``store.glossary``) records and undoes changes; this layer resolves what users type
(any form of a term, any form of a translation) into lemma keys and checks Russian canonical forms
with morphology before they are stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from medgloss.errors import NotFound
from medgloss.models import Lang, other_lang
from medgloss.normalize import script_counts
from medgloss.store.glossary import Glossary


def detect_lang(text: str) -> Lang:
    cyr, lat = script_counts(text)
    return "ru" if cyr >= lat else "en"


@dataclass(frozen=True, slots=True)
class FormCheck:
    """A typed term form and what morphology makes of it."""

    text: str
    key: str
    suggestion: str | None  # the canonical form morphology would write, when it differs


def check_form(text: str, lang: Lang) -> FormCheck:
    """The lemma key of a typed term and, for Russian, the grammatical canonical form if it differs
    («антигипертензивный терапия» → «антигипертензивная терапия»)."""
    from medgloss.nlp.pipeline import analyzer
    from medgloss.terms.extract import canonical_for

    an = analyzer()
    text = " ".join(text.split())
    key = an.key(text, lang)
    suggestion = None
    if lang == "ru":
        canon = canonical_for(an, text, "ru")
        if canon is None:
            # Adjectives that do not agree with their noun («антигипертензивный терапия»): make them.
            from medgloss.terms.canonical import ru_canonical

            toks = [t for t in an.analyse_text(text, "ru") if t.pos != "PUNCT"]
            head = next((i for i, t in enumerate(toks) if t.pos == "NOUN"), None)
            if head is not None and all(t.pos in ("ADJ", "PRTF") for t in toks[:head]):
                canon = ru_canonical(toks, head)
        if canon is not None and canon.replace("ё", "е") != text.replace("ё", "е"):
            suggestion = canon
    return FormCheck(text, key, suggestion)


def find_term(g: Glossary, text: str, lang: Lang | None = None) -> dict[str, Any]:
    """The term a user means by ``text`` (any inflected form); raises NotFound."""
    lang = lang or detect_lang(text)
    row = g.term_by_key(lang, check_form(text, lang).key)
    if row is None:
        from medgloss.lookup import lookup

        hits = [h for h in lookup(g, text, limit=3) if h.row["lang"] == lang and h.how in ("exact", "lemma")]
        if not hits:
            raise NotFound(f"no term {text!r} in the glossary")
        row = hits[0].row
    return row


def set_translation(g: Glossary, term_text: str, translation: str, status: str, *, preferred: bool = False) -> tuple[dict, str]:
    """Approve or reject ``translation`` of the term ``term_text``; returns (term row, stored target)."""
    row = find_term(g, term_text)
    tgt = other_lang(row["lang"])
    check = check_form(translation, tgt)
    existing = next((t for t in g.translations_of(row["id"]) if t["target_key"] == check.key), None)
    target = existing["target"] if existing else check.text
    g.set_translation_status(row["id"], target, check.key, tgt, status, preferred=preferred)
    return row, target


def edit_term(g: Glossary, term_id: int, text: str) -> FormCheck:
    row = g.term_by_id(term_id)
    if row is None:
        raise NotFound(f"term {term_id} is gone")
    check = check_form(text, row["lang"])
    g.edit_term(term_id, check.text, check.key)
    return check


def add_term(g: Glossary, text: str, translation: str | None = None, lang: Lang | None = None) -> tuple[int, FormCheck]:
    lang = lang or detect_lang(text)
    check = check_form(text, lang)
    pair = None
    if translation:
        tgt = other_lang(lang)
        tcheck = check_form(translation, tgt)
        pair = (tcheck.text, tcheck.key, tgt)
    return g.add_term(lang, check.text, check.key, translation=pair), check
