"""Finding glossary terms from what a translator types: any inflected form, either language.

Matching is ё/е-, case-, hyphen- and dash-insensitive (``normalize.fold``), knows lemmas (a
Russian word form is expanded to its pymorphy3 lemmas, an English plural to its singular), finds
abbreviations and prefixes, and forgives one typo in words of five letters or more. No spaCy: a
cold look-up stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from medgloss.normalize import en_spelling_key, fold, strip_soft
from medgloss.store.glossary import Glossary

MAX_QUERY = 500


@dataclass(frozen=True, slots=True)
class Hit:
    row: dict[str, Any]
    rank: float
    how: str  # exact, lemma, words, prefix, typo


def word_alternatives(word: str) -> set[str]:
    """The folded word and its possible lemmas."""
    alts = {word}
    if any("а" <= ch <= "я" for ch in word):
        from medgloss.nlp.russian import parses

        for p in parses(word)[:4]:
            alts.add(fold(p.normal_form))
    elif word.isascii() and word.isalpha():
        from medgloss.nlp.english import readings

        alts.add(en_spelling_key(word))
        for _pos, lemma in readings(word):
            alts.add(en_spelling_key(lemma))
    return alts


def _query_key_forms(words: list[str]) -> set[str]:
    """Folded strings a matching term's forms may contain as a whole."""
    return {" ".join(words), " ".join(en_spelling_key(w) for w in words)}


def lookup(g: Glossary, query: str, limit: int = 20) -> list[Hit]:
    """Terms matching ``query``, best first."""
    q = fold("".join(ch for ch in strip_soft(query) if ch.isprintable() or ch.isspace()))[:MAX_QUERY]
    words = q.split()
    if not words:
        return []
    alts = [word_alternatives(w) for w in words]
    # The full-text index's own ranking picks a pool a few times the answer's size; reading and
    # re-ranking more rows costs milliseconds on a large glossary and changes no first page.
    pool = max(5 * limit, 100)
    ids = g.fts_ids(alts, limit=pool)
    how = "words"
    if not ids:
        ids = g.fts_ids(alts, prefix_last=True, limit=pool)
        how = "prefix"
    if not ids:
        fuzzy = []
        for w, a in zip(words, alts):
            near = g.near_words(w) if len(w) >= 5 else set()
            fuzzy.append(a | near | {x for n in near for x in word_alternatives(n)})
        ids = g.fts_ids(fuzzy, limit=pool)
        how = "typo"
    if not ids:
        return []
    rows = g.terms_by_ids(ids)
    whole = _query_key_forms(words)
    lemma_sets = [set(a) for a in alts]
    hits = []
    query_lang = "ru" if any("а" <= ch <= "я" for ch in q) else "en"
    for row in rows:
        own = row.get("forms", "").split("||")[0]
        forms = [f.strip() for f in own.split("|")]
        key_words = row["key"].split()
        if any(f in whole for f in forms):
            rank, kind = 3.0, "exact"
        elif len(key_words) == len(words) and all(kw in ls for kw, ls in zip(key_words, lemma_sets)):
            rank, kind = 2.5, "lemma"
        else:
            rank, kind = 2.0 - 0.1 * max(0, len(key_words) - len(words)), how
        if how == "typo" and kind != "exact":
            kind = "typo"
            rank -= 0.5
        if row["lang"] != query_lang:
            rank -= 0.4  # found through its translation
        rank += 0.2 * row["score"] + (0.3 if row["status"] == "approved" else 0.0) - (0.5 if row["status"] == "rejected" else 0.0)
        hits.append(Hit(row, rank, kind))
    hits.sort(key=lambda h: (-h.rank, h.row["canonical"]))
    return hits[:limit]


def nearest(g: Glossary, query: str, limit: int = 5) -> list[str]:
    """Canonical forms of terms close to ``query`` (for a "did you mean" line)."""
    words = fold(query).split()
    suggestions: list[str] = []
    for w in words:
        if len(w) < 3:
            continue
        ids = g.fts_ids([[w[: max(3, len(w) - 2)]]], prefix_last=True, limit=limit)
        for row in g.terms_by_ids(ids):
            if row["canonical"] not in suggestions:
                suggestions.append(row["canonical"])
    return suggestions[:limit]
