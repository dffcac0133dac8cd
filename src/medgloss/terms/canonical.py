"""Canonical (dictionary) forms of multi-word terms.

Russian: the head noun goes to the nominative (singular unless it is a plurale tantum), the
adjectives before it agree with it in gender, number and case, and genitive dependents stay as
they are: «отёком головного мозга» → «отёк головного мозга», «блокаторы медленных кальциевых
каналов» → «блокатор медленных кальциевых каналов». Never a string of lemmas.

English: modifiers stay as written, the head noun becomes singular ("serum ferritin levels" →
"serum ferritin level"); "X of Y" keeps Y as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from medgloss.models import Token
from medgloss.nlp import english
from medgloss.nlp.russian import inflect_word, regular_noun_form, split_prefix, token_parse


def display_word(token: Token, keep_case: bool) -> str:
    """A word as it appears inside a canonical form: lower case unless it is a name or abbreviation."""
    if token.upper or token.pos == "ABBR" or keep_case:
        return token.text
    if "-" in token.text:
        # Each part on its own: «МРТ-контраст», "D-dimer", "COVID-19" keep their capitals.
        return "-".join(p if len(p) > 1 and p.isupper() or len(p) == 1 or any(c.isdigit() for c in p) else p.lower()
                        for p in token.text.split("-"))
    if any(ch.isupper() for ch in token.text[1:]) and not token.text.isupper():
        return token.text  # mixed case: HbA1c, SARS-CoV-2 keep their spelling
    return token.text.lower()


def _restore_case(source: str, form: str) -> str:
    """``form`` with the capitals of ``source`` (part by part for hyphenated words)."""
    src_parts, parts = source.split("-"), form.split("-")
    if len(src_parts) != len(parts):
        src_parts, parts = [source], [form]
    out = []
    for s, f in zip(src_parts, parts):
        if len(s) > 1 and s.isupper():
            f = f.upper() if len(f) <= len(s) + 1 and f.lower().startswith(s.lower()) else f
        elif s[:1].isupper() and s[1:2].islower():
            f = f[:1].upper() + f[1:]
        out.append(f)
    return "-".join(out)


def ru_inflect(token: Token, grammemes: set[str]) -> str:
    """``token`` inflected to ``grammemes``; its own text when pymorphy3 cannot inflect it."""
    parse = token_parse(token)
    if parse is None:
        # An inflected form of a lexicon noun pymorphy3 does not know («ферритина»)
        regular = regular_noun_form(token.lemma, {token.case, token.number}) if token.pos == "NOUN" else None
        if regular is not None and regular == token.text.lower():
            return _restore_case(token.text, regular_noun_form(token.lemma, grammemes) or token.text)
        return token.text
    word = inflect_word(parse, grammemes)
    if word is None:
        return token.text
    prefix, tail = split_prefix(token.text)
    return prefix + _restore_case(tail, word)



def ru_head_number(head: Token) -> str:
    """The number a Russian head noun takes in a canonical form."""
    return "plur" if "Pltm" in head.tags else "sing"


def ru_canonical(tokens: Sequence[Token], head: int, keep_case: Sequence[bool] | None = None,
                 number: str | None = None) -> str:
    """Canonical form of a Russian noun phrase whose head noun is ``tokens[head]``."""
    keep = list(keep_case) if keep_case is not None else [False] * len(tokens)
    h = tokens[head]
    num = number or ru_head_number(h)
    words: list[str] = []
    if h.pos == "NOUN":
        head_form = ru_inflect(h, {"nomn", num})
        head_parse = token_parse(h)
        gender = str(head_parse.tag.gender) if head_parse is not None and head_parse.tag.gender else ""
    else:
        head_form, gender = h.text, ""
    for i, t in enumerate(tokens):
        if i < head and t.pos in ("ADJ", "PRTF"):
            grams = {"nomn", num}
            if num == "sing" and gender in ("masc", "femn", "neut"):
                grams.add(gender)
            form = ru_inflect(t, grams)
            words.append(display_word(Token(form, t.start, t.end, t.lemma, t.pos, upper=t.upper), keep[i]))
        elif i == head:
            words.append(display_word(Token(head_form, h.start, h.end, h.lemma, h.pos, upper=h.upper), keep[i]))
        else:
            words.append(display_word(t, keep[i]))
    return join_words(tokens, words)


def en_canonical(tokens: Sequence[Token], head: int, keep_case: Sequence[bool] | None = None) -> str:
    """Canonical form of an English noun phrase whose head noun is ``tokens[head]``."""
    keep = list(keep_case) if keep_case is not None else [False] * len(tokens)
    words = []
    for i, t in enumerate(tokens):
        if i == head and t.pos == "NOUN":
            lemma = english.noun_lemma(t.text)
            text = t.text if t.text.lower() == lemma else lemma
            words.append(display_word(Token(text, t.start, t.end, lemma, t.pos, upper=t.upper), keep[i]))
        else:
            words.append(display_word(t, keep[i]))
    return join_words(tokens, words)


def join_words(tokens: Sequence[Token], words: Sequence[str]) -> str:
    """Join words, writing a dash between two names as a hyphen ("Willis – Ekbom" → "Willis-Ekbom")."""
    out = ""
    for i, (t, w) in enumerate(zip(tokens, words)):
        if t.pos == "PUNCT" and w in "-–—":
            out += "-"
            continue
        if i and not out.endswith("-"):
            out += " "
        out += w
    return out
