"""Plain data passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["ru", "en"]
LANGS: tuple[Lang, ...] = ("ru", "en")
Status = Literal["candidate", "approved", "rejected"]
SegmentKind = Literal["text", "heading", "reference", "meta"]
Origin = Literal["extracted", "user", "imported"]


def other_lang(lang: Lang) -> Lang:
    return "en" if lang == "ru" else "ru"


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    text: str
    sha256: str
    path: str = ""


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence (or heading, or reference entry) with offsets into its document's text.

    ``spans`` are the parts of the segment terms may come from, as (start, end) document offsets:
    the whole segment for running text, only the title of a bibliographic reference, nothing for
    metadata lines (UDC codes, author lists, affiliations).
    """

    index: int
    start: int
    end: int
    text: str
    lang: Lang
    kind: SegmentKind = "text"
    paragraph: int = 0
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation mark with its analysis; offsets are document offsets."""

    text: str
    start: int
    end: int
    lemma: str
    pos: str  # NOUN ADJ VERB PRTF ADV PREP CONJ NUM PRON DET PUNCT X ABBR PROPN
    case: str = ""  # Russian: nomn gent datv accs ablt loct (+ voct gen2 loc2 acc2 mapped)
    number: str = ""  # sing / plur
    gender: str = ""  # masc / femn / neut
    tags: frozenset[str] = frozenset()
    upper: bool = False  # written in capitals (abbreviation-like)


@dataclass(slots=True)
class Mention:
    """One occurrence of a candidate term in a segment."""

    segment: int
    start: int
    end: int
    surface: str
    head: int = -1  # document offset of the head word


@dataclass(slots=True)
class Candidate:
    """A term candidate gathered over one document (map) or the whole corpus (reduce)."""

    lang: Lang
    key: str  # lemma key: normalised lemmas joined by spaces
    canonical: str
    pos: str
    words: int
    head: int = 0  # index of the head noun among the key's words
    shape: str = ""  # one letter a word: A adjective/participle, N noun/name/abbreviation, o other
    mentions: list[Mention] = field(default_factory=list)
    surfaces: dict[str, int] = field(default_factory=dict)
    # (surface, met inside running text after the first word) → [canonical form, count]: votes
    # for the canonical form, running text outvoting headings and sentence starts.
    canonicals: dict[tuple[str, bool], list] = field(default_factory=dict)
    is_abbreviation: bool = False
    medical: float = 0.0  # 0..1: how clearly the phrase belongs to medicine
    score: float = 0.0
    full_form: str = ""  # for an abbreviation defined in the text: the key of its full form
