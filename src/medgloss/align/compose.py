"""Compositional translation of multi-word terms, with the target language's grammar.

A phrase is cut into the longest pieces the lexicon knows (``cover``), each piece is translated,
and the pieces are put together the way the target language builds terms:

- Russian → English: adjectives stay before the head; genitive dependents become noun modifiers
  in front of it («синтез дофамина» → "dopamine synthesis", «дефицит железа» → "iron deficiency");
  an "X of Y" rendering is offered as an alternative.
- English → Russian: English adjectives become Russian adjectives agreeing with the head noun
  («циркадный ритм»), noun modifiers become genitive dependents after it ("iron deficiency" →
  «дефицит железа», "dopamine synthesis" → «синтез дофамина»), all inflected with pymorphy3.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from medgloss.models import Lang, Token
from medgloss.nlp.russian import inflect_word, parses


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of source tokens translated as one unit."""

    start: int
    end: int  # exclusive
    source: str
    target: str
    target_pos: str  # noun / adj
    how: str  # lexicon / cognate / transliteration
    score: float


def cover(tokens: Sequence[Token], translate_span: Callable[[int, int], Piece | None]) -> list[Piece] | None:
    """Pieces covering ``tokens``, longest spans first (greedy, left to right)."""
    pieces: list[Piece] = []
    i, n = 0, len(tokens)
    while i < n:
        for j in range(n, i, -1):
            piece = translate_span(i, j)
            if piece is not None:
                pieces.append(piece)
                i = j
                break
        else:
            return None
    return pieces


# -- Russian generation ---------------------------------------------------------------------------

def _ru_noun_parse(word: str, strict: bool = False):
    """A nominative noun reading of ``word``; with ``strict``, none for a word that can be an adjective."""
    ps = parses(word.lower())
    if strict and any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in ps):
        return None
    for p in ps:
        if p.tag.POS == "NOUN" and p.tag.case == "nomn":
            return p
    return None


def _head(words: list[str]) -> int | None:
    """Index of the head noun of a Russian phrase in its canonical form."""
    for strict in (True, False):
        for i, w in enumerate(words):
            if _ru_noun_parse(w, strict) is not None:
                return i
    # A word pymorphy3 cannot read as a nominative noun (a new drug or protein name) after
    # adjectives: the first word that is not an adjective.
    for i, w in enumerate(words):
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses(w.lower())):
            return i
    return None


def _fallback_genitive(word: str) -> str:
    """Genitive singular of a noun pymorphy3 does not know, by the regular endings."""
    low = word.lower()
    if not any("а" <= ch <= "я" or ch == "ё" for ch in low) or (len(word) > 1 and word.isupper()):
        return word  # Latin names and abbreviations do not decline: «COVID-19», «ВИЧ»
    if low.endswith("ия"):
        return word[:-1] + "и"
    if low.endswith("а"):
        return word[:-1] + ("и" if low[-2:-1] in "гкхжчшщ" else "ы")
    if low.endswith("я") or low.endswith("ь"):
        return word[:-1] + ("и" if low.endswith("я") else "я")
    if low.endswith(("о", "е", "и", "у", "ю")):
        return word  # indeclinable borrowings: плацебо, кофе
    if low.endswith("й"):
        return word[:-1] + "я"
    return word + "а"


def _ru_adj_parse(word: str):
    for p in parses(word.lower()):
        if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" and p.tag.gender == "masc":
            return p
    for p in parses(word.lower()):
        if p.tag.POS in ("ADJF", "PRTF"):
            return p
    return None


def ru_head_grammar(phrase: str) -> tuple[str, str]:
    """(gender, number) of the head noun of a Russian noun phrase in the nominative."""
    words = phrase.split()
    i = _head(words)
    p = _ru_noun_parse(words[i]) if i is not None else None
    if p is None:
        return ("masc", "sing")
    number = "plur" if "Pltm" in p.tag.grammemes or p.tag.number == "plur" else "sing"
    return (str(p.tag.gender or "masc"), number)


def ru_agree(adjective_phrase: str, gender: str, number: str) -> str:
    """Russian adjectives inflected to agree with a head of ``gender`` and ``number`` (nominative)."""
    out = []
    for word in adjective_phrase.split():
        p = _ru_adj_parse(word)
        grams = {"nomn", number} | ({gender} if number == "sing" else set())
        form = inflect_word(p, grams) if p is not None else None
        out.append(form or word)
    return " ".join(out)


def ru_genitive(phrase: str) -> str:
    """A Russian noun phrase in its canonical form turned into the genitive («дефицит железа» → «дефицита железа»).

    Only the head and the adjectives before it change; genitive dependents after the head stay.
    """
    words = phrase.split()
    head = _head(words)
    if head is None or sum(ch.isupper() for ch in words[head]) >= 2 or words[head].isascii():
        return phrase  # abbreviations and Latin names do not decline («иАПФ», «HbA1c»)
    hp = _ru_noun_parse(words[head])
    out = list(words)
    if hp is None:
        number, gender = "sing", "masc"
        out[head] = _fallback_genitive(words[head])
    else:
        number = "plur" if hp.tag.number == "plur" or "Pltm" in hp.tag.grammemes else "sing"
        out[head] = inflect_word(hp, {"gent", number}) or words[head]
        gender = str(hp.tag.gender or "masc")
    for i in range(head):
        p = _ru_adj_parse(words[i])
        if p is not None:
            grams = {"gent", number} | ({gender} if number == "sing" else set())
            out[i] = inflect_word(p, grams) or words[i]
    if words[head][:1].isupper() and not words[head].isupper() and out[head][:1].islower():
        out[head] = out[head][:1].upper() + out[head][1:]
    return " ".join(out)


def assemble_ru(head: Piece, adjectives: Sequence[Piece], dependents: Sequence[Piece]) -> str:
    """Russian term: agreeing adjectives + head + genitive dependents."""
    gender, number = ru_head_grammar(head.target)
    words = [ru_agree(a.target, gender, number) for a in adjectives]
    words.append(head.target)
    words.extend(ru_genitive(d.target) if d.target_pos == "noun" else d.target for d in dependents)
    return " ".join(w for w in words if w)


def assemble_en(head: Piece, adjectives: Sequence[Piece], dependents: Sequence[Piece], of_form: bool = False) -> str:
    """English term: adjectives + noun modifiers + head, or adjectives + head + "of" + dependents."""
    adj = [a.target for a in adjectives]
    deps = [d.target for d in dependents]
    if of_form and deps:
        return " ".join([*adj, head.target, "of", " ".join(deps)])
    # Russian genitive chains nest to the right («блокатор каналов кальция»): reverse for English.
    return " ".join([*adj, *reversed(deps), head.target])


def target_pos_ru(phrase: str) -> str:
    """noun or adj: the part of speech of a Russian lexicon form."""
    last = phrase.split()[-1]
    ps = parses(last.lower())
    if ps and ps[0].tag.POS in ("ADJF", "PRTF") and not any(p.tag.POS == "NOUN" for p in ps[:2]):
        return "adj"
    return "noun"


def lang_of(text: str) -> Lang:
    return "ru" if any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text) else "en"
