"""English lemmas and parts of speech without a trained model.

Lemmas come from spaCy's lookup data (WordNet-derived index, exceptions and suffix rules from
spacy-lookups-data); the parts of speech a word can have are those for which a lemma is found,
plus a hand-written list of closed-class words (``data/en_function_words.tsv``). The policy
(``EnglishAnalyzer._choose``) picks one in context: after a determiner, adjective or preposition
a word is nominal; after "to", a modal or a pronoun, or before a determiner, it is a verb;
otherwise nouns win, because terms are nouns. Words no table knows are nouns, or adjectives and
adverbs by their suffix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from medgloss.models import Token

DATA = Path(__file__).parent / "data"
_OPEN = ("noun", "verb", "adj", "adv")
_POS_OUT = {"noun": "NOUN", "verb": "VERB", "adj": "ADJ", "adv": "ADV"}
_ABBR = re.compile(r"^(?:[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[A-Z]{2,})(?:-\d+[A-Za-z]?)?s?$")
# Roman numerals as medicine writes them: stages, types, classes, cranial nerves (I to XII).
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")
_ADJ_SUFFIX = re.compile(r"(al|ic|ous|ive|ary|oid|ar|able|ible|ical|ful|less|ent|ant|eal|ile)$")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, set[str]], dict[str, dict[str, list[str]]], dict[str, list[list[str]]], dict[str, str]]:
    import spacy_lookups_data
    import srsly

    base = Path(spacy_lookups_data.__file__).parent / "data"
    index = {pos: set(words) for pos, words in srsly.read_gzip_json(base / "en_lemma_index.json.gz").items()}
    exc = srsly.read_gzip_json(base / "en_lemma_exc.json.gz")
    rules = srsly.read_gzip_json(base / "en_lemma_rules.json.gz")
    lookup = srsly.read_gzip_json(base / "en_lemma_lookup.json.gz")
    return index, exc, rules, lookup


@lru_cache(maxsize=1)
def function_words() -> dict[str, tuple[str, str]]:
    """Closed-class words: form → (POS, lemma)."""
    table: dict[str, tuple[str, str]] = {}
    for line in (DATA / "en_function_words.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        form, pos, lemma = line.split("\t")
        table[form] = (pos, lemma)
    return table


@lru_cache(maxsize=300_000)
def readings(word: str) -> tuple[tuple[str, str], ...]:
    """Possible (pos, lemma) pairs of a lower-case word form, most plausible first."""
    index, exc, rules, _lookup = _tables()
    out: list[tuple[str, str]] = []
    for pos in _OPEN:
        lemmas: list[str] = []
        if word in exc.get(pos, {}):
            lemmas = list(exc[pos][word])
        elif word in index.get(pos, ()) and not (pos == "noun" and _regular_plural(word, index["noun"])):
            lemmas = [word]
        else:
            for old, new in rules.get(pos, []):
                if word.endswith(old) and len(word) > len(old):
                    cand = word[: len(word) - len(old)] + new
                    if old == "es" and not new and not cand.endswith(("s", "x", "z", "ch", "sh", "o")):
                        continue  # "-es" follows a sibilant or "o" ("boxes", "goes"); "nodes" is not "nod"
                    if cand in index.get(pos, ()):
                        lemmas.append(cand)
                        break
        for lemma in lemmas[:1]:
            out.append((pos, lemma))
    return tuple(out)


def _regular_plural(word: str, nouns: set[str]) -> str | None:
    """The singular of a listed noun that is also a regular plural ("legs" → "leg")."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "ics")):
        return None
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(cut) and word[: -len(cut)] + add in nouns:
            return word[: -len(cut)] + add
    return None


@lru_cache(maxsize=300_000)
def is_known(word: str) -> bool:
    w = word.lower()
    return bool(readings(w)) or w in function_words()


def guess_lemma(word: str) -> str:
    """Lemma of a word no table knows, by the regular plural rules of medical vocabulary."""
    for old, new in (("ies", "y"), ("ses", "sis"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"),
                     ("us", "us"), ("is", "is"), ("ss", "ss"), ("s", "")):
        if word.endswith(old) and len(word) > len(old) + 2:
            if old == "ses" and not word.endswith(("oses", "ases", "eses", "ises", "yses")):
                return word[:-1]
            return word[: len(word) - len(old)] + new
    return word


def noun_lemma(word: str) -> str:
    """Singular of an English noun (lower case)."""
    w = word.lower()
    for pos, lemma in readings(w):
        if pos == "noun":
            return lemma
    return w if is_known(w) else guess_lemma(w)


class EnglishAnalyzer:
    """Turns (text, start, end) tokens of one sentence into analysed ``Token``s.

    ``lexicon_nouns`` tells which lemmas the medical lexicon lists as nouns: such a word ("iron",
    "stroke") is read as a noun wherever the context allows it.
    """

    def __init__(self, lexicon_nouns: frozenset[str] = frozenset()) -> None:
        self._nouns = lexicon_nouns

    def analyse(self, raw: Sequence[tuple[str, int, int]], sentence_initial: int = 0,
                all_caps: bool = False) -> list[Token]:
        fw = function_words()
        out: list[Token] = []
        for i, (text, start, end) in enumerate(raw):
            low = text.lower()
            upper = len(text) > 1 and text.isupper()
            if all(not ch.isalnum() for ch in text):
                out.append(Token(text, start, end, text, "PUNCT"))
                continue
            if not any(ch.isalpha() for ch in text) or _ROMAN.match(text) and text != "I":
                out.append(Token(text, start, end, low, "NUM"))
                continue
            if text == "I" or (not text.isascii() and not any("a" <= ch <= "z" for ch in low)):
                out.append(Token(text, start, end, low, "X"))
                continue
            if low in fw and not (upper and not all_caps and len(text) > 1 and low not in ("us", "it", "am")):
                pos, lemma = fw[low]
                out.append(Token(text, start, end, lemma, pos))
                continue
            capitals = sum(ch.isupper() for ch in text)
            if not all_caps and _ABBR.match(text) and capitals >= 2 and (upper or capitals >= len(text) - 2):
                lemma = text[:-1] if text.endswith("s") and text[:-1].isupper() and len(text) > 2 else text
                out.append(Token(text, start, end, lemma, "ABBR", upper=True))
                continue
            if not all_caps and _ABBR.match(text) and any(ch.isdigit() for ch in text) or re.match(r"^[A-Za-z]+\d", text):
                out.append(Token(text, start, end, text, "ABBR", upper=True))
                continue
            # In a title written in capitals the word is shown in lower case.
            out.append(Token(low if all_caps else text, start, end, low, "?"))
        return self._choose(out, raw, sentence_initial, all_caps)

    def _choose(self, toks: list[Token], raw: Sequence[tuple[str, int, int]], sentence_initial: int,
                all_caps: bool) -> list[Token]:
        result: list[Token] = []
        for i, t in enumerate(toks):
            if t.pos != "?":
                result.append(t)
                continue
            low = t.text.lower()
            if "-" in low:
                reads = _hyphen_readings(low)
            else:
                reads = readings(low)
            prev = result[-1] if result else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            pos, lemma = self._pick(low, reads, prev, nxt, self._nouns)
            if (pos == "NOUN" and nxt is not None and nxt.pos == "CONJ" and i + 2 < len(toks)
                    and any(p == "adj" for p, _l in reads)
                    and any(p == "adj" for p, _l in readings(toks[i + 2].text.lower()))
                    and not any(p == "noun" for p, _l in readings(toks[i + 2].text.lower()))):
                # Adjectives coordinated before their noun: "acute and chronic pancreatitis".
                pos, lemma = "ADJ", next(lem for p, lem in reads if p == "adj")
            capital = t.text[0].isupper() and i != sentence_initial and not all_caps
            if capital and pos in ("NOUN", "ADJ") and not reads:
                pos = "PROPN"  # an unknown capitalised word inside a sentence: a name
                lemma = t.text
            result.append(Token(t.text, t.start, t.end, lemma, pos, tags=frozenset({"cap"}) if capital else frozenset()))
        return result

    @staticmethod
    def _pick(low: str, reads: tuple[tuple[str, str], ...], prev: Token | None, nxt: Token | None,
              nouns: frozenset[str] = frozenset()) -> tuple[str, str]:
        if not reads:
            if low.endswith("ly") and len(low) > 4:
                return "ADV", low
            if _ADJ_SUFFIX.search(low) and not low.endswith(("itis", "osis", "ism")):
                return "ADJ", low
            if low.endswith("ed") and len(low) > 5 and nxt is not None and nxt.pos == "?" and \
                    prev is not None and prev.pos in ("DET", "PREP", "ADJ", "CONJ"):
                return "ADJ", low  # "in glycated hemoglobin"
            if low.endswith(("ed", "ing")) and len(low) > 5:
                return "VERB", low
            return "NOUN", guess_lemma(low)
        options = {pos: lemma for pos, lemma in reads}
        prev_pos = prev.pos if prev else ""
        if low.endswith("ing") and "verb" in options and prev is not None and prev.pos in ("PREP", "PART", "ADV"):
            return "VERB", options["verb"]  # a gerund: "risk factor for developing RLS"
        if "-" in low and "adj" in options:
            return "ADJ", options["adj"]  # "double-blind", "placebo-controlled"
        next_reads = {p for p, _ in readings(nxt.text.lower())} if nxt is not None and nxt.pos == "?" else set()
        if (low.endswith("ed") and "verb" in options and next_reads & {"noun", "adj"}
                and prev_pos in ("", "DET", "PREP", "CONJ", "PUNCT")
                and (prev is None or prev.text.lower() not in ("to", "that", "which", "who"))):
            return "ADJ", low  # a participle before its noun: "Estimated glomerular filtration rate"
        if len(options) == 1:
            pos = next(iter(options))
            return _POS_OUT[pos], options[pos]
        prev_low = prev.text.lower() if prev else ""
        next_pos = nxt.pos if nxt else ""
        nominal_ctx = (prev_pos in ("DET", "ADJ", "NUM", "PRON$") or prev_pos == "PREP" and prev_low != "to"
                       or prev_low in ("of", "'s"))
        strong_verbal = prev_low in ("can", "could", "may", "might", "must", "should", "will", "would",
                                     "shall", "they", "we", "he", "she", "it", "i", "you", "does",
                                     "do", "did", "not")
        verbal_ctx = strong_verbal or prev_low in ("to", "which", "that", "who", "also", "often")
        subject_before = prev_pos in ("NOUN", "ABBR", "PROPN")
        if "noun" in options and options["noun"] in nouns and not strong_verbal:
            # Unless an inflected verb follows its subject: "RLS remains unclear" (a verb lemma
            # other than the form, before a determiner, preposition, adverb or bare adjective).
            before_predicate = next_pos in ("DET", "PREP", "ADV", "PRON", "PRON$") or (
                next_reads and "adj" in next_reads and "noun" not in next_reads)
            if not ("verb" in options and subject_before and (low != options["noun"] or options["verb"] != low)
                    and before_predicate):
                return "NOUN", options["noun"]
        if low.endswith("ed") and "verb" in options and subject_before:
            return "VERB", options["verb"]  # "outcomes included", "patients treated with"

        if "verb" in options and not nominal_ctx and (
                verbal_ctx or next_pos in ("DET", "PRON", "PRON$")
                or subject_before and low.endswith("s") and (next_pos in ("ADV", "PREP") or next_reads and not next_reads & {"noun", "verb"})):
            return "VERB", options["verb"]
        if ("verb" in options and subject_before and options["verb"] != low and not nominal_ctx
                and next_pos in ("DET", "PREP", "ADV", "NUM", "PRON$", "PUNCT")):
            return "VERB", options["verb"]  # an inflected verb after its subject: "eGFR fell below"
        if low.endswith("ing") and "verb" in options and subject_before:
            return "VERB", options["verb"]
        if low.endswith("ing") and "verb" in options and "noun" not in options:
            return "VERB", options["verb"]
        if "adj" in options and (next_pos in ("?", "NOUN") or "noun" not in options):
            if low.endswith(("ed",)) and "verb" in options and not nominal_ctx and next_pos not in ("?", "NOUN"):
                return "VERB", options["verb"]
            return "ADJ", options["adj"]
        if "noun" in options:
            return "NOUN", options["noun"]
        if "adj" in options:
            return "ADJ", options["adj"]
        if "verb" in options:
            return "VERB", options["verb"]
        return "ADV", options.get("adv", low)


def _hyphen_readings(word: str) -> tuple[tuple[str, str], ...]:
    """Readings of a hyphenated word: decided by its last part ("placebo-controlled" is an adjective)."""
    head, _, last = word.rpartition("-")
    if word in _tables()[0].get("noun", ()):  # listed compounds, e.g. "x-ray"
        return (("noun", word),)
    last_reads = readings(last)
    out = []
    for pos, lemma in last_reads:
        if pos == "verb" and last.endswith(("ed", "ing")):
            out.append(("adj", word))
        else:
            out.append((pos, f"{head}-{lemma}"))
    if not out:
        if _ADJ_SUFFIX.search(last) or last.endswith(("ed",)):
            return (("adj", word),)
        return (("noun", f"{head}-{guess_lemma(last)}"),)
    return tuple(out)
