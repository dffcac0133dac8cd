"""Abbreviations defined in the text: "restless leg syndrome (RLS)", «синдром беспокойных ног (СБН)».

The long form is the shortest noun phrase right before the parenthesis whose letters spell the
abbreviation in order, its first letter starting a word (the Schwartz–Hearst criterion).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from medgloss.models import Lang
from medgloss.normalize import fold

if TYPE_CHECKING:
    from medgloss.nlp.pipeline import AnalysedSpan
    from medgloss.terms.extract import Extractor


@dataclass(frozen=True, slots=True)
class Definition:
    lang: Lang
    abbr_key: str
    abbr: str
    full_key: str
    segment: int


def spells(abbr: str, long_form: str) -> bool:
    """Whether the letters of ``abbr`` occur in ``long_form`` in order, the first at a word start."""
    s, lf = abbr.lower(), long_form.lower()
    si, li = len(s) - 1, len(lf) - 1
    while si >= 0:
        c = s[si]
        if not c.isalnum():
            si -= 1
            continue
        while li >= 0 and (lf[li] != c or (si == 0 and li > 0 and lf[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return False
        si -= 1
        li -= 1
    return True


def looks_like_abbreviation(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(letters) <= 10 and sum(ch.isupper() for ch in letters) >= max(2, len(letters) // 2)


def find_definitions(spans: Sequence[AnalysedSpan], extractor: Extractor) -> list[Definition]:
    from medgloss.terms.extract import en_phrases, ru_phrases

    found: list[Definition] = []
    for span in spans:
        toks = span.tokens
        for i in range(1, len(toks) - 2):
            if toks[i].text not in ("(", "[") or toks[i + 2].text not in (")", "]", ";", ","):
                continue
            abbr = toks[i + 1]
            if not looks_like_abbreviation(abbr.text):
                continue
            finder = ru_phrases if span.lang == "ru" else en_phrases
            best = None
            for phrase in finder(toks[:i]):
                if phrase.tokens[-1] is not toks[i - 1] or len(phrase.tokens) < 2 and len(abbr.text) > 2:
                    continue
                surface = " ".join(t.text for t in phrase.tokens)
                if not spells(abbr.text, surface):
                    continue
                if fold(phrase.tokens[0].text)[:1] != fold(abbr.text)[:1]:
                    continue
                if best is None or len(phrase.tokens) < len(best.tokens):
                    best = phrase
            if best is not None:
                found.append(Definition(span.lang, fold(abbr.lemma), abbr.text,
                                        extractor.phrase_key(best, span.lang), span.segment))
    return found
