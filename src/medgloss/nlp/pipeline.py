"""The analysis stage: a document's segments → analysed tokens, with the analysers built once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from medgloss.models import Lang, Segment, Token
from medgloss.nlp import english, russian
from medgloss.nlp.tokenize import tokens as tokenize
from medgloss.normalize import fold, match_key


@dataclass(frozen=True, slots=True)
class AnalysedSpan:
    """The tokens of one extractable span of a segment."""

    segment: int
    lang: Lang
    kind: str
    tokens: tuple[Token, ...]


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _title_case(text: str) -> bool:
    """An English title with its words capitalised ("Restless Sleep Disorder and the Role of Iron")."""
    words = [w for w in text.replace("-", " ").split() if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() and not w.isupper() for w in words) >= 0.6 * len(words)


class Analyzer:
    """Both languages' analysers and the lexicon hooks they use; build with ``analyzer()``."""

    def __init__(self) -> None:
        from medgloss.align.lexicon import surface_words

        words = surface_words()
        self.ru = russian.RussianAnalyzer(lambda lemma: fold(lemma) in words["ru"],
                                          frozenset(w for w, pos in words["ru"].items() if pos == {"noun"}))
        self.en = english.EnglishAnalyzer(frozenset(w for w, pos in words["en"].items() if pos == {"noun"}))

    def is_word(self, word: str) -> bool:
        """Whether either language's dictionary knows ``word`` (for joining line-end hyphens)."""
        w = word.lower()
        if w.isascii():
            return english.is_known(w)
        return russian.is_known(w)

    def analyse_text(self, text: str, lang: Lang, offset: int = 0, canonical: bool = False,
                     title: bool = False) -> list[Token]:
        """Analyse one sentence-like piece of text; offsets are shifted by ``offset``.

        ``canonical``: the text is a term in its dictionary form (lexicon entries, user input).
        ``title``: the text is a heading or a reference title, where English capitalises words.
        """
        raw = tokenize(text, lang, offset)
        if lang == "ru":
            return self.ru.analyse(raw, canonical=canonical, all_caps=_mostly_upper(text))
        return self.en.analyse(raw, all_caps=_mostly_upper(text) or (title and _title_case(text)))

    def analyse_segments(self, text: str, segments: list[Segment]) -> list[AnalysedSpan]:
        out: list[AnalysedSpan] = []
        for seg in segments:
            for start, end in seg.spans:
                toks = self.analyse_text(text[start:end], seg.lang, start, title=seg.kind in ("heading", "reference"))
                out.append(AnalysedSpan(seg.index, seg.lang, seg.kind, tuple(toks)))
        return out

    def key_of_tokens(self, toks: list[Token] | tuple[Token, ...], lang: Lang) -> str:
        """The lemma key of a phrase: lemmas of its words, folded (nouns singular)."""
        parts = [_word_key(t.text if t.pos == "PROPN" else t.lemma, lang) for t in toks if t.pos != "PUNCT"]
        return " ".join(p for p in parts if p)

    def key(self, phrase: str, lang: Lang) -> str:
        """The lemma key of a phrase written in its canonical form (lexicon entries, user input)."""
        return _phrase_key(self, phrase, lang)

    def word_keys(self, toks: list[Token] | tuple[Token, ...], lang: Lang) -> list[str]:
        """The key of each word of ``toks`` (punctuation left out)."""
        return [_word_key(t.text if t.pos == "PROPN" else t.lemma, lang) for t in toks if t.pos != "PUNCT"]


@lru_cache(maxsize=200_000)
def _phrase_key(an: Analyzer, phrase: str, lang: Lang) -> str:
    return an.key_of_tokens(an.analyse_text(phrase, lang, canonical=True), lang)


@lru_cache(maxsize=500_000)
def _word_key(lemma: str, lang: Lang) -> str:
    return match_key(lemma, lang)


@lru_cache(maxsize=1)
def analyzer() -> Analyzer:
    return Analyzer()
