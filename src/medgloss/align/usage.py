"""How the lexicon's own multi-word entries use its words: which sense of a word phrases take and
how Russian says an English noun modifier.

A word with several senses in the lexicon ("study" → «изучение», «исследование»; "test" →
«проба», «тест») is translated inside phrases by the sense the lexicon's phrases use most
("qualitative study" → «качественное исследование»). An English noun modifier becomes in Russian
either a genitive ("iron deficiency" → «дефицит железа») or a relational adjective ("age group" →
«возрастная группа»); the lexicon's phrases with that modifier show which one Russian prefers.

Counted once, when the lexicon is built, by matching each word of a phrase entry with the words of
its translation through the single-word entries. ``Usage.count(entry, ±1)`` adds or removes one
entry's votes, so that an evaluation can leave an entry out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from medgloss.models import Lang, Token, other_lang

# A mode is how the Russian phrase realises an English noun modifier.
ADJECTIVE, GENITIVE = "adj", "gen"
_CONTENT = frozenset({"NOUN", "ADJ", "PRTF", "VERB", "PROPN", "NUM"})


@dataclass
class Usage:
    """Votes from phrase entries: senses[lang][source word key][target word key], and
    modes[English modifier key][adj|gen]."""

    senses: dict[Lang, dict[str, Counter[str]]] = field(default_factory=lambda: {"ru": {}, "en": {}})
    modes: dict[str, Counter[str]] = field(default_factory=dict)

    def sense_votes(self, src: Lang, word: str, target_word: str) -> int:
        c = self.senses[src].get(word)
        return c[target_word] if c else 0

    def mode_votes(self, modifier: str) -> tuple[int, int]:
        """(adjective votes, genitive votes) for an English noun modifier's key."""
        c = self.modes.get(modifier)
        return (c[ADJECTIVE], c[GENITIVE]) if c else (0, 0)


def _votes(entry, lexicon, an) -> list[tuple[str, tuple, str]]:
    """The votes one phrase entry casts: ("sense", (lang, word key), target key) and
    ("mode", modifier key, adj|gen)."""
    if entry.abbreviation or not entry.ru or not entry.en:
        return []
    forms = {"ru": entry.ru[0], "en": entry.en[0]}
    if " " not in forms["ru"] and " " not in forms["en"]:
        return []
    toks = {lang: [t for t in an.analyse_text(forms[lang], lang, canonical=True) if t.pos != "PUNCT"]
            for lang in ("ru", "en")}
    keys = {lang: [an.key_of_tokens([t], lang) for t in toks[lang]] for lang in ("ru", "en")}
    out: list[tuple[str, tuple, str]] = []
    for src in ("en", "ru"):
        tgt = other_lang(src)
        if len(toks[src]) < 2:
            continue
        where = {k: n for n, k in enumerate(keys[tgt])}
        # a word alone may key otherwise than inside a phrase ("lower" alone, "low" in "lower
        # limb"): the form as written matches too
        texts = {t.text.lower(): n for n, t in enumerate(toks[tgt])}
        head = _en_head(toks["en"]) if src == "en" else None
        for n, (t, k) in enumerate(zip(toks[src], keys[src])):
            if t.pos not in _CONTENT or not k:
                continue
            seen: set[str] = set()
            for e, _i in lexicon.by_key[src].get(k, ()):
                if e.abbreviation:
                    continue
                for form in e.forms(tgt):
                    if " " in form:
                        continue
                    fk = an.key(form, tgt)
                    if fk in seen:
                        continue
                    at = where.get(fk, texts.get(form.lower()))
                    mode = None
                    if at is not None:
                        t_at = toks[tgt][at]
                        # (a noun after a preposition, «поправка на возраст», is neither)
                        mode = ADJECTIVE if t_at.pos in ("ADJ", "PRTF") else GENITIVE if (
                            tgt == "en" or t_at.case == "gent") else None
                    elif tgt == "ru" and e.pos == "noun" and any(
                            _relational(fk, k2) for k2, t2 in zip(keys["ru"], toks["ru"]) if t2.pos == "ADJ"):
                        mode = ADJECTIVE
                    else:
                        continue
                    seen.add(fk)
                    out.append(("sense", (src, k), fk))
                    if mode is not None and src == "en" and t.pos == "NOUN" and head is not None and n < head:
                        out.append(("mode", k, mode))
                if seen:
                    break  # the word's first matching entry speaks for it
    return out


def _relational(noun: str, adjective: str) -> bool:
    """Whether a Russian adjective looks made from a noun: «возраст» → «возрастной», «почка» →
    «почечный», «сердце» → «сердечный»."""
    stem = noun.rstrip("аяоеьйыи")
    return len(stem) >= 3 and adjective.startswith(stem[:max(3, len(stem) - 1)]) and adjective != noun


def _en_head(toks: list[Token]) -> int | None:
    """The head of an English noun phrase: the last noun before "of"/a preposition, else the last
    noun."""
    end = next((n for n, t in enumerate(toks) if t.pos in ("PREP", "ADP")), len(toks))
    nouns = [n for n, t in enumerate(toks[:end]) if t.pos in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else None


def count(usage: Usage, entry, lexicon, an, sign: int = 1) -> None:
    """Add (``sign`` = 1) or remove (-1) one entry's votes."""
    for kind, key, value in _votes(entry, lexicon, an):
        if kind == "sense":
            lang, word = key
            c = usage.senses[lang].setdefault(word, Counter())
        else:
            c = usage.modes.setdefault(key, Counter())
        c[value] += sign


def build(lexicon, an) -> Usage:
    usage = Usage()
    for entry in lexicon.entries:
        count(usage, entry, lexicon, an)
    return usage
