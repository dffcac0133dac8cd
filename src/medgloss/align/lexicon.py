"""The RU↔EN medical lexicon: reading the data files and looking entries up.

Entries are concepts: a Russian side and an English side, each with a preferred form and
synonyms (see ``data/lexicon/README.md``). Look-ups go through lemma keys, so any inflected form
of a Russian phrase or any plural of an English one finds its entry; the keys are computed with
the same analysers the extractor uses, so the two always agree.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from medgloss.align import usage
from medgloss.align.usage import Usage
from medgloss.models import Lang, other_lang
from medgloss.normalize import match_key

DATA = Path(__file__).parent / "data" / "lexicon"
GENERAL = "general"
POS_VALUES = frozenset({"noun", "adj", "verb", "adv", "prep", "num"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One concept of the lexicon."""

    ru: tuple[str, ...]  # preferred first
    en: tuple[str, ...]
    pos: str
    field: str
    source: str  # file:line, for evidence strings
    abbreviation: bool = False

    def forms(self, lang: Lang) -> tuple[str, ...]:
        return self.ru if lang == "ru" else self.en

    @property
    def medical(self) -> bool:
        return self.field != GENERAL


@dataclass
class Lexicon:
    """Entries indexed by lemma key in each language."""

    entries: list[Entry] = field(default_factory=list)
    by_key: dict[Lang, dict[str, list[tuple[Entry, int]]]] = field(
        default_factory=lambda: {"ru": defaultdict(list), "en": defaultdict(list)})
    # Lemmas of single-word medical entries, for the analysers' disambiguation.
    medical_words: dict[Lang, set[str]] = field(default_factory=lambda: {"ru": set(), "en": set()})
    words: dict[Lang, dict[str, set[str]]] = field(default_factory=lambda: {"ru": defaultdict(set), "en": defaultdict(set)})
    # How the phrase entries use the words (``usage``); None until counted.
    usage: Usage | None = None

    def lookup(self, key: str, lang: Lang) -> list[tuple[Entry, int]]:
        """(entry, index of the matching form) for a lemma key; preferred forms first, and entries
        of the other language's frequency-list file last (``frequent_ru.tsv`` glosses Russian words:
        its «понижение → reduction» says nothing of how "reduction" is usually translated)."""
        return sorted(self.by_key[lang].get(key, ()), key=lambda e: (is_gloss(e[0], lang), e[1]))

    def has(self, key: str, lang: Lang) -> bool:
        return key in self.by_key[lang]

    def is_medical(self, key: str, lang: Lang) -> bool:
        # (a gloss of the other language's word, «купирование» → "relief", says nothing of how
        # medical "relief" is)
        return any(e.medical and not (from_gloss_file(e) and is_gloss(e, lang)) for e, _ in self.by_key[lang].get(key, ()))

    def word_pos(self, lemma: str, lang: Lang) -> set[str]:
        return self.words[lang].get(lemma, set())


def is_gloss(entry: Entry, lang: Lang) -> bool:
    """Whether an entry, looked up from ``lang``, comes from a file written from the other
    language's words (its frequency list ``frequent_ru.tsv``, or ``gloss_ru_*.tsv``): a gloss of
    the other language's word, ranked after the entries that translate this one."""
    other = other_lang(lang)
    return entry.source.startswith((f"frequent_{other}.", f"gloss_{other}_"))


def from_gloss_file(entry: Entry) -> bool:
    """Whether an entry comes from a file of single-word glosses (``gloss_*.tsv``), which says what
    a word means, not which noun a relational adjective is made from («спинной» → "spinal" is not
    the adjective of «спина» → "back") nor how medical the other language's word is."""
    return entry.source.startswith("gloss_")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(" | ") if x.strip() and x.strip() != "-")


def read_entries(paths: Iterable[Path]) -> list[Entry]:
    """Parse lexicon files; a malformed line raises ``ValueError`` naming file and line."""
    entries: list[Entry] = []
    for path in paths:
        abbreviations = path.name == "abbreviations.tsv"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            where = f"{path.name}:{n}"
            if abbreviations:
                if len(cols) != 5:
                    raise ValueError(f"{where}: expected 5 columns, found {len(cols)}")
                ru_abbr, ru_full, en_abbr, en_full, fld = cols
                ra, rf, ea, ef = map(_split, (ru_abbr, ru_full, en_abbr, en_full))
                if rf or ef:
                    entries.append(Entry(rf, ef, "noun", fld.strip(), where))
                if ra or ea:
                    # The abbreviation concept: abbreviations first, then full forms as fallbacks.
                    entries.append(Entry(ra + rf, ea + ef, "noun", fld.strip(), where, abbreviation=True))
                continue
            if len(cols) != 4:
                raise ValueError(f"{where}: expected 4 columns, found {len(cols)}")
            ru, en, pos, fld = cols
            if pos.strip() not in POS_VALUES:
                raise ValueError(f"{where}: unknown part of speech {pos!r}")
            entries.append(Entry(_split(ru), _split(en), pos.strip(), fld.strip(), where))
    return entries


def build(entries: list[Entry], key_of: Callable[[str, Lang], str]) -> Lexicon:
    """Index ``entries`` by the lemma keys ``key_of`` computes."""
    lex = Lexicon(entries=entries)
    for entry in entries:
        for lang in ("ru", "en"):
            forms = entry.forms(lang)
            for i, form in enumerate(forms):
                key = key_of(form, lang)
                if not key:
                    continue
                lex.by_key[lang][key].append((entry, i))
                if lang == "en":
                    for variant in _spelling_variants(form):
                        other = key_of(variant, lang)
                        if other and other != key:
                            lex.by_key[lang][other].append((entry, i))
                if entry.pos in ("adj", "num") and " " not in form:
                    # "weighted" is keyed under the verb "weight"; before a noun the analyser reads
                    # it as an adjective whose lemma is the word itself.
                    surface = match_key(form, lang)
                    if surface != key:
                        lex.by_key[lang][surface].append((entry, i))
                if " " not in key:
                    lex.words[lang][key].add(entry.pos)
                    if entry.medical:
                        lex.medical_words[lang].add(key)
    return lex


def _spelling_variants(form: str) -> list[str]:
    """English compounds written open, hyphenated or closed: "health care worker" is also
    "healthcare worker", "handwashing" also "hand washing" (a closed word split only into two
    common words); "head of the femur" also "head of femur" (an article inside a term is not
    needed to find it)."""
    from wordfreq import zipf_frequency

    words = form.replace("-", " ").split()
    out = []
    if " of the " in f" {form} ":
        out.append(f" {form} ".replace(" of the ", " of ").strip())
    for k in range(len(words) - 1):
        joined = words[k] + words[k + 1]
        if (min(len(words[k]), len(words[k + 1])) >= 4 and joined.isalpha()
                and zipf_frequency(joined, "en") >= 2.5):
            out.append(" ".join(words[:k] + [joined] + words[k + 2:]))
    if len(words) == 1 and words[0].isalpha() and words[0].islower():
        word = words[0]
        for k in range(4, len(word) - 3):
            left, right = word[:k], word[k:]
            if zipf_frequency(left, "en") >= 3.5 and zipf_frequency(right, "en") >= 3.5:
                out.append(f"{left} {right}")
    return out


def surface_key(form: str, lang: Lang) -> str:
    """A key without morphology: for the analysers' own bootstrap (``lexicon_lemmas``)."""
    return match_key(form, lang)


@lru_cache(maxsize=1)
def raw_entries() -> tuple[Entry, ...]:
    # Sections first, then the frequency-list files: between entries that tie, a section's wins.
    return tuple(read_entries(sorted(DATA.glob("*.tsv"), key=lambda p: (p.name.startswith(("frequent_", "gloss_")), p.name))))


@lru_cache(maxsize=1)
def surface_words() -> dict[Lang, dict[str, frozenset[str]]]:
    """Folded single-word forms of the lexicon with their parts of speech (no morphology needed)."""
    from medgloss.cache import cached, code_and_data

    return cached("surface-words", code_and_data("align/data/lexicon/*.tsv"), _surface_words)


def _surface_words() -> dict[Lang, dict[str, frozenset[str]]]:
    out: dict[Lang, dict[str, set[str]]] = {"ru": defaultdict(set), "en": defaultdict(set)}
    for e in raw_entries():
        for lang in ("ru", "en"):
            if is_gloss(e, lang):
                # A file written from one language's word list (``frequent_ru.tsv``) says what its
                # words mean, not how the other language's words are used ("железный" → "iron"
                # does not make "iron" an adjective).
                continue
            for form in e.forms(lang):
                k = surface_key(form, lang)
                if k and " " not in k:
                    out[lang][k].add(e.pos)
    return {lang: {w: frozenset(p) for w, p in words.items()} for lang, words in out.items()}


@lru_cache(maxsize=1)
def eponyms() -> dict[Lang, dict[str, str]]:
    """Surnames as each language spells them (see ``_eponyms``; cached on disk)."""
    from medgloss.cache import cached, code_and_data

    return cached("eponyms", code_and_data("align/data/lexicon/*.tsv"), _eponyms)


def _eponyms() -> dict[Lang, dict[str, str]]:
    """Surnames as each language spells them, read off the lexicon's eponymous terms («синдром
    Дауна» / "Down syndrome" gives Даун ↔ Down, «коэффициент корреляции Спирмена» gives Спирмен ↔
    Spearman): {"ru": {folded Russian nominative: English}, "en": {folded English: Russian
    nominative}}. A term with more than one name in a language teaches nothing; between two
    spellings the more frequent wins."""
    votes: dict[Lang, dict[str, Counter[str]]] = {"ru": defaultdict(Counter), "en": defaultdict(Counter)}
    for e in raw_entries():
        if not e.ru or not e.en:
            continue
        # «синдром Вольфа — Паркинсона — Уайта» / "Wolff-Parkinson-White syndrome": a chain of
        # names, part by part.
        ru_text = re.sub(r"(?<=[а-яё])\s*[—–]\s*(?=[А-ЯЁ])", "-", e.ru[0])
        ru_names = [w for w in re.findall(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*", ru_text) if _name_like(w.split("-")[0])]
        en_names = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.sub(r"'s\b", "", e.en[0]))
                    if _name_like(w.split("-")[0])]
        if len(ru_names) != 1 or len(en_names) != 1:
            continue
        ru_parts, en_parts = ru_names[0].split("-"), en_names[0].split("-")
        if len(ru_parts) != len(en_parts) or not all(map(_name_like, ru_parts + en_parts)):
            continue
        for ru_part, en_part in zip(ru_parts, en_parts):
            if ru_part.endswith(("у", "ю")) and not en_part.lower().endswith(("u", "eau")):
                break  # «мониторирование по Холтеру»: a dative, no dictionary form
            ru = ru_name_nominative(ru_part)
            votes["ru"][ru.lower().replace("ё", "е")][en_part] += 1
            votes["en"][en_part.lower()][ru] += 1
    return {lang: {k: c.most_common(1)[0][0] for k, c in d.items()} for lang, d in votes.items()}


def _name_like(word: str) -> bool:
    """A capitalised word in lower-case term text: a name (not an abbreviation)."""
    return len(word) > 2 and word[:1].isupper() and word[1:].islower()


def ru_name_nominative(name: str) -> str:
    """A surname in an eponym, out of the genitive: «Кернига» → «Керниг», «Шегрена» → «Шегрен»
    (foreign names ending in a vowel do not decline: «Вернике», «Мэрфи»)."""
    low = name.lower()
    if len(low) > 3 and low.endswith("а") and low[-2] not in "аеиоуыэюя":
        return name[:-1]
    if len(low) > 3 and low.endswith("я") and low[-2] == "л":
        return name[:-1] + "ь"
    return name


def _build_default() -> Lexicon:
    from medgloss.nlp.pipeline import analyzer

    lex = build(list(raw_entries()), analyzer().key)
    lex.by_key = {lang: dict(d) for lang, d in lex.by_key.items()}
    lex.words = {lang: dict(d) for lang, d in lex.words.items()}
    lex.usage = usage.build(lex, analyzer())
    return lex


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon indexed by the analysers' lemma keys (once per process, cached on disk)."""
    from medgloss.cache import cached, code_and_data

    return cached("lexicon", code_and_data("align/data/lexicon/*.tsv"), _build_default)
