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

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from medgloss.models import Lang, Token
from medgloss.nlp.russian import inflect_word, morph, parses


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


def _guessed_plural(word: str, p) -> bool:
    """A noun pymorphy3 does not know in -ия («нейтропения», «кардиомиопатия») read as the plural
    of a guessed neuter: it is a feminine singular."""
    low = word.lower()
    return low.endswith(("ия", "ья")) and p.tag.number == "plur" and not morph().word_is_known(low)


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


_FALLBACK_ENDINGS = {
    # case: (after a consonant, -а, -я, -ия)
    "gent": ("а", None, "и", "ии"), "datv": ("у", "е", "е", "ии"), "accs": ("", "у", "ю", "ию"),
    "ablt": ("ом", "ой", "ей", "ией"), "loct": ("е", "е", "е", "ии"),
}


def _fallback_plural(word: str) -> str | None:
    """The nominative plural of a noun pymorphy3 does not know, by the regular endings."""
    low = word.lower()
    if not low.isalpha() or not any("а" <= ch <= "я" for ch in low) or word.isupper():
        return None
    if low.endswith("ия"):
        return word[:-1] + "и"
    if low.endswith(("а", "я", "ь", "й")):
        return word[:-1] + ("и" if low.endswith(("я", "ь", "й")) or low[-2:-1] in "гкхжчшщ" else "ы")
    if low[-1] in "бвдзлмнпрстфц":
        return word + "ы"
    if low[-1] in "гкхжчшщ":
        return word + "и"
    return None


def _fallback_case(word: str, case: str) -> str:
    """A noun pymorphy3 does not know in ``case`` (singular), by the regular endings."""
    low = word.lower()
    if case == "gent":
        return _fallback_genitive(word)
    if not any("а" <= ch <= "я" or ch == "ё" for ch in low) or (len(word) > 1 and word.isupper()):
        return word
    ends = _FALLBACK_ENDINGS.get(case)
    if ends is None:
        return word
    if low.endswith("ия"):
        return word[:-2] + ends[3]
    if low.endswith("а"):
        return word[:-1] + ends[1]
    if low.endswith("я"):
        return word[:-1] + ends[2]
    if low[-1:] in "бвгджзклмнпрстфхцчшщ":
        return word + ends[0]
    return word  # indeclinable borrowings and words in -ь, -й: left as they are


def _ru_adj_parse(word: str):
    for p in parses(word.lower()):
        if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" and p.tag.gender == "masc":
            return p
    for p in parses(word.lower()):
        if p.tag.POS in ("ADJF", "PRTF"):
            return p
    return None


def ru_head_grammar(phrase: str) -> tuple[str, str]:
    """(gender, number) of the head noun of a Russian noun phrase in the nominative (before a
    clause after a comma: «таблетка, покрытая оболочкой»)."""
    words = phrase.partition(", ")[0].split()
    genders = abbreviation_genders()
    for j, w in enumerate(words):
        # «РНК вируса гепатита C», «повышенная СОЭ»: an abbreviation has its head word's gender
        if w in genders and all(_ru_adj_parse(x) is not None for x in words[:j]):
            return genders[w]
    i = _head(words)
    p = _ru_noun_parse(words[i]) if i is not None else None
    if p is not None and "-" in words[i]:
        # A hyphenated noun has the gender of its last part («бета-агонист», «альфа-адреноблокатор»).
        p = _ru_noun_parse(words[i].rpartition("-")[2]) or p
    if p is None:
        # An adjective used as a noun («больная», «новорождённые»): its own gender and number.
        run = _nominative_adjectives(words)
        last = words[run - 1].lower().rstrip(",") if run else ""
        own = next((q for q in parses(last) if q.tag.POS in ("ADJF", "PRTF") and q.tag.case == "nomn"), None)
        if i is None and own is not None:
            number = "plur" if own.tag.number == "plur" else "sing"
            return (str(own.tag.gender or "masc"), number)
        if i is not None and words[i][-1:].lower() in ("а", "я") and words[i][-2:-1].isalpha():
            # A noun pymorphy3 does not know in -а/-я (an enzyme in -аза) is feminine.
            return ("femn", "sing")
        return ("masc", "sing")
    if _guessed_plural(words[i], p):
        return ("femn", "sing")
    number = "plur" if "Pltm" in p.tag.grammemes or p.tag.number == "plur" else "sing"
    return (str(p.tag.gender or "masc"), number)


def ru_agree(adjective_phrase: str, gender: str, number: str, case: str = "nomn") -> str:
    """Russian adjectives inflected to agree with a head of ``gender`` and ``number`` (nominative,
    or ``case``). Words that are not adjectives stay («связанный с X» → «связанное с X»); a
    hyphenated adjective agrees by its last part («5-летний» → «5-летняя»)."""
    out = []
    for word in adjective_phrase.split():
        prefix, _, last = word.rpartition("-") if "-" in word else ("", "", word)
        p = _ru_adj_parse(last) if last.isalpha() else None
        grams = {case, number} | ({gender} if number == "sing" else set())
        form = inflect_word(p, grams) if p is not None else None
        out.append(f"{prefix}-{form}" if prefix and form else form or word)
    return " ".join(out)


def ru_agree_first(phrase: str, gender: str, number: str) -> str:
    """The first participle or adjective of ``phrase`` made to agree, the rest as it is:
    «связанный со здоровьем» after «качество» → «связанное со здоровьем», «ранее не получавший
    лечения» after «пациенты» → «ранее не получавшие лечения»."""
    words = phrase.split()
    for i, w in enumerate(words):
        if _ru_adj_parse(w) is not None and any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn"
                                                for p in parses(w.lower())):
            words[i] = ru_agree(w, gender, number)
            break
    return " ".join(words)


def ru_genitive(phrase: str, number: str | None = None) -> str:
    """A Russian noun phrase in its canonical form turned into the genitive («дефицит железа» → «дефицита железа»).

    Only the head and the adjectives before it change; genitive dependents after the head stay.
    """
    return ru_case(phrase, "gent", number)


# Nouns whose prepositional case after «в»/«на» is the second locative («в глазу», «во рту»,
# «на лбу», «в рёберно-позвоночном углу», «в малом тазу»).
RU_LOC2_NOUNS = frozenset({"нос", "рот", "лоб", "бок", "глаз", "пах", "таз", "угол", "край", "бред", "пот"})


def ru_case(phrase: str, case: str, number: str | None = None) -> str:
    """A Russian noun phrase in its canonical form put in ``case`` (and, for a countable head, in
    ``number``): «сывороточный ферритин» → «сывороточным ферритином» (ablt).

    Only the head and the adjectives before it change; dependents after the head stay. A phrase of
    adjectives alone is an adjective used as a noun («новорождённый» → «новорождённого»).
    """
    if ", " in phrase and case != "nomn":
        # «психоз, связанный с деменцией» → «психозом, связанным с деменцией»: the noun phrase and
        # the participle of its clause after the comma take the case.
        main, _, clause = phrase.partition(", ")
        inflected = ru_case(main, case, number)
        gender, num = ru_head_grammar(ru_case(main, "nomn", number) if number else main)
        first, _, rest = clause.partition(" ")
        ap = _ru_adj_parse(first)
        if ap is not None and ap.tag.POS in ("ADJF", "PRTF"):
            grams = {case, num} | ({gender} if num == "sing" else set())
            first = _keep_capitals(first, inflect_word(ap, grams) or first)
        return f"{inflected}, {first} {rest}".rstrip()
    words = phrase.split()
    if not words:
        return phrase
    head = _head(words)
    if case == "loc2":
        # «в правом глазу», «в малом тазу», but «в головном мозге», «в ходе»: the second
        # locative only for the nouns that take it after «в»/«на» in medical writing.
        if head is None or words[head].lower().replace("ё", "е") not in RU_LOC2_NOUNS or number == "plur":
            case = "loct"
    if head is not None and (sum(ch.isupper() for ch in words[head]) >= 2 or words[head].isascii()):
        return phrase  # abbreviations and Latin names do not decline («иАПФ», «HbA1c»)
    hp = _ru_noun_parse(words[head]) if head is not None else None
    out = list(words)
    animacy = ""
    if head is None:
        # Adjectives used as a noun: each inflected on its own.
        last = len(words)
        gender, num = "masc", number or "sing"
        ap = _ru_adj_parse(words[-1])
        if ap is None:
            return phrase
        if ap.tag.gender:
            gender = str(ap.tag.gender)
        if ap.tag.number == "plur":
            num = "plur"
        head = last
    elif hp is None or _guessed_plural(words[head], hp):
        num, gender = "sing", "femn" if words[head].lower().endswith(("а", "я")) else "masc"
        if case != "nomn":
            out[head] = _fallback_case(words[head], case)
    else:
        fixed = "Pltm" in hp.tag.grammemes or "Sgtm" in hp.tag.grammemes or "Fixd" in hp.tag.grammemes
        num = "plur" if hp.tag.number == "plur" or "Pltm" in hp.tag.grammemes else "sing"
        if number and not fixed:
            num = number
        out[head] = inflect_word(hp, {case, num}) or words[head]
        gender = str(hp.tag.gender or "masc")
        animacy = str(hp.tag.animacy or "")
    for i in range(head):
        if words[i].lower() in ("оба", "обе"):
            # «в обеих стопах», «обоим родителям»: the numeral takes the case, the noun is plural
            both = next((q for q in parses(words[i].lower()) if q.tag.POS == "NUMR"), None)
            grams = {case} | ({"anim"} if case == "accs" and animacy == "anim" else {"inan"} if case == "accs" else set())
            out[i] = (inflect_word(both, grams) if both is not None else None) or words[i]
            if case != "nomn" and hp is not None:
                out[head] = inflect_word(hp, {case, "plur"}) or out[head]
            continue
        p = _ru_adj_parse(words[i])
        if p is not None:
            grams = {"loct" if case == "loc2" else case, num} | ({gender} if num == "sing" else set())
            if case == "accs" and animacy and (num == "plur" or gender == "masc"):
                grams.add(animacy)
            out[i] = inflect_word(p, grams) or words[i]
    if head < len(words) and words[head][:1].isupper() and not words[head].isupper() and out[head][:1].islower():
        out[head] = out[head][:1].upper() + out[head][1:]
    return " ".join(_keep_capitals(w, o) for w, o in zip(words, out))


def _keep_capitals(source: str, inflected: str) -> str:
    """An inflected word keeps the capitals of its source («ВИЧ-инфицированные» →
    «ВИЧ-инфицированным», not «вич-инфицированным»)."""
    if source == inflected or source.islower():
        return inflected
    first, hyphen, _rest = source.partition("-")
    if hyphen and first.isupper() and inflected.lower().startswith(first.lower() + "-"):
        return first + inflected[len(first):]
    return inflected


def ru_plural(phrase: str) -> str | None:
    """The nominative plural of a Russian noun phrase in its canonical form («критерий исключения» →
    «критерии исключения»), or ``None`` when its head has no plural or is plural already."""
    if ", " in phrase:
        # «исход, сообщаемый пациентом» → «исходы, сообщаемые пациентом»: the participle agrees.
        first, clause = phrase.split(", ", 1)
        plural = ru_plural(first)
        return f"{plural}, {ru_agree_first(clause, 'masc', 'plur')}" if plural else None
    words = phrase.split()
    head = _head(words)
    if head is None:
        gender, number = ru_head_grammar(phrase)
        run = _nominative_adjectives(words)
        if number == "plur" or not run:
            return None
        # «больная высокого риска» → «больные высокого риска»: the adjectives in the nominative only.
        out = " ".join([ru_agree(w, gender, "plur") for w in words[:run]] + words[run:])
        return out if out != phrase else None
    if sum(ch.isupper() for ch in words[head]) >= 2 or words[head].isascii():
        return None
    hp = _ru_noun_parse(words[head])
    if hp is not None and "Surn" in hp.tag and words[head].islower():
        hp = None  # «цефалоспорин» guessed as a surname (singular only): a common noun after all
    if hp is None:
        # A noun pymorphy3 does not know («фомит»): the regular plural, adjectives agreeing.
        plural = _fallback_plural(words[head])
        if plural is None:
            return None
        gender = "femn" if words[head].lower().endswith(("а", "я")) else "masc"
        out_words = [ru_agree(w, gender, "plur") if i < head else w for i, w in enumerate(words)]
        out_words[head] = plural
        return " ".join(out_words)
    if hp.tag.number == "plur" or hp.tag.grammemes & {"Pltm", "Sgtm", "Fixd"}:
        return None
    if inflect_word(hp, {"nomn", "plur"}) is None:
        return None
    out = ru_case(phrase, "nomn", "plur")
    return out if out != phrase else None


def _nominative_adjectives(words: list[str]) -> int:
    """How many words at the start of a phrase can be adjectives in the nominative."""
    n = 0
    for w in words:
        if not any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in parses(w.lower().rstrip(","))):
            break
        n += 1
    return n


def ru_singular(phrase: str) -> str | None:
    """The nominative singular of a Russian noun phrase whose head is plural («годы жизни» →
    «год жизни»), or ``None`` (a plurale tantum, or singular already)."""
    words = phrase.split()
    head = _head(words)
    if head is None:
        gender, number = ru_head_grammar(phrase)
        if number != "plur":
            return None
        own = next((q for q in parses(words[-1].lower()) if q.tag.POS in ("ADJF", "PRTF") and q.tag.case == "nomn"), None)
        return None if own is None else " ".join(ru_agree(w, "masc", "sing") for w in words)
    hp = _ru_noun_parse(words[head])
    if hp is None or hp.tag.number != "plur" or "Pltm" in hp.tag.grammemes:
        return None
    single = inflect_word(hp, {"nomn", "sing"})
    if single is None:
        return None
    sp = _ru_noun_parse(single)
    gender = str(sp.tag.gender) if sp is not None and sp.tag.gender else "masc"
    out = list(words)
    out[head] = single
    for i in range(head):
        p = _ru_adj_parse(words[i])
        if p is not None:
            out[i] = inflect_word(p, {"nomn", "sing", gender}) or words[i]
    result = " ".join(out)
    return result if result != phrase else None


_REL_SUFFIXES = ("овый", "евый", "овой", "евой", "ный", "ной", "альный", "арный", "ический", "ский", "ьный",
                 "яной", "иный", "ийный", "онный", "очный", "ечный")
_REL_ALTERNATIONS = {"к": "ч", "г": "ж", "х": "ш", "ц": "ч", "т": "ч"}


@lru_cache(maxsize=20_000)
def ru_relational_adjective(noun: str) -> str | None:
    """The relational adjective Russian makes of a noun, when pymorphy3's dictionary knows it and
    it is the most frequent candidate: «опухоль» → «опухолевый», «табак» → «табачный», «почка» →
    «почечный», «гормон» → «гормональный», «ткань» → «тканевый»."""
    from medgloss.terms.termhood import zipf

    w = noun.lower().replace("ё", "е")
    if not w.isalpha() or len(w) < 3 or not any("а" <= c <= "я" for c in w):
        return None
    if w.endswith(("ия", "ие")):
        bases = [w[:-2], w[:-2] + "и"]
    elif w[-1] in "аяоеьйы":
        bases = [w[:-1]]
    else:
        bases = [w]
    more = []
    for b in bases:
        if len(b) > 3 and b[-1] not in "аеиоуыэюяь" and b[-2] not in "аеиоуыэюяь":
            more.append(b[:-1] + "е" + b[-1])  # «почк» → «почек» → «почечный»
            more.append(b[:-1] + "о" + b[-1])
    bases += more
    bases += [b[:-1] + _REL_ALTERNATIONS[b[-1]] for b in list(bases) if b[-1:] in _REL_ALTERNATIONS]
    best, best_zipf = None, 0.0
    for b in dict.fromkeys(bases):
        for suffix in _REL_SUFFIXES:
            if suffix == "онный" and not b.endswith("и"):
                continue  # «порция» → «порционный», but «корь» → «коревой», not «коронный»
            cand = b + suffix
            known = next((p for p in parses(cand) if p.tag.POS == "ADJF"
                          and p.normal_form.replace("ё", "е") == cand and p.tag.case == "nomn"
                          and all(type(m[0]).__name__ == "DictionaryAnalyzer" for m in p.methods_stack)), None)
            if known is None:
                continue
            cand = known.normal_form
            z = zipf(cand, "ru")
            if z > best_zipf:
                best, best_zipf = cand, z
    return best


def ru_head_is_plural(phrase: str) -> bool:
    return ru_head_grammar(phrase)[1] == "plur"


def ru_preposition(prep: str, following: str) -> str:
    """A Russian preposition in the form the next word asks for: «со здоровьем», «во время»,
    «ко многим», «об операции»."""
    w = following.lower()
    consonants = "бвгджзйклмнпрстфхцчшщ"
    if prep == "с" and (len(w) > 1 and w[0] in "сзшжщ" and w[1] in consonants or w.startswith("мн")):
        return "со"
    if prep == "в" and (len(w) > 1 and w[0] in "вф" and w[1] in consonants or w.startswith("мн")
                        or w in ("рту", "сне")):
        return "во"
    if prep == "к" and (w.startswith(("мн", "вс", "вт"))):
        return "ко"
    if prep == "о" and w[:1] in "аоуэи":
        return "об"
    return prep


def coordinate(first: str, second: str, conj: str) -> str:
    """Two phrases joined by a conjunction, the words they share said once: «фибрилляция
    предсердий» + «трепетание предсердий» → «фибрилляция и трепетание предсердий», "acute
    pancreatitis" + "chronic pancreatitis" → "acute and chronic pancreatitis"."""
    a, b = first.split(), second.split()
    n = min(len(a), len(b))
    p = 0
    while p < n - 1 and a[p].lower() == b[p].lower():
        p += 1
    s = 0
    while s < n - p - 1 and a[len(a) - 1 - s].lower() == b[len(b) - 1 - s].lower():
        s += 1
    tail = a[len(a) - s:]
    if s and a[len(a) - s - 1].endswith(",") and b[len(b) - s - 1].endswith(","):
        # A shared participle clause follows both: «тошнота и рвота, вызванные химиотерапией» — one
        # comma, and the participle agrees with both nouns (plural).
        a = a[:len(a) - s - 1] + [a[len(a) - s - 1].rstrip(",")] + tail
        if conj == "и":
            from medgloss.nlp.russian import inflect_word, parses

            parse = next((q for q in parses(tail[0]) if q.tag.POS in ("PRTF", "ADJF")), None)
            plural = inflect_word(parse, {"plur", "nomn"}) if parse is not None else None
            tail = [plural or tail[0]] + tail[1:]
    return " ".join(a[:p] + a[p:len(a) - s] + [conj] + b[p:len(b) - s] + tail)


# -- English generation ---------------------------------------------------------------------------

def _en_head(words: list[str]) -> int:
    """Index of the head noun of an English noun phrase: the word before "of", else the last word."""
    for i, w in enumerate(words):
        if w.lower() == "of" and i > 0:
            return i - 1
    return len(words) - 1


@lru_cache(maxsize=1)
def abbreviation_genders() -> dict[str, tuple[str, str]]:
    """Russian abbreviation → (gender, number) of the word it stands for, from
    ``data/abbreviation_gender.tsv``."""
    from pathlib import Path

    out: dict[str, tuple[str, str]] = {}
    path = Path(__file__).parent / "data" / "abbreviation_gender.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            abbr, gender, number, _word = line.split("\t")
            out[abbr] = (gender, number)
    return out


@lru_cache(maxsize=1)
def _en_irregular_plurals() -> dict[str, str]:
    from medgloss.nlp.english import _tables

    exc = _tables()[1].get("noun", {})
    out: dict[str, str] = {}
    for plural, lemmas in sorted(exc.items()):
        for lemma in lemmas[:1]:
            if plural == lemma or lemma.endswith("oma") and plural.endswith("mata"):
                continue  # carcinomas, not carcinomata
            out.setdefault(lemma, plural)
    return out


# Latin and Greek plurals of medical nouns that spaCy's exception table lacks.
_EN_LATIN_PLURALS = {
    "bacterium": "bacteria", "diverticulum": "diverticula", "ovum": "ova", "septum": "septa", "atrium": "atria",
    "labium": "labia", "bronchus": "bronchi", "thrombus": "thrombi", "embolus": "emboli", "calculus": "calculi",
    "fungus": "fungi", "nucleus": "nuclei", "bacillus": "bacilli", "alveolus": "alveoli", "glomerulus": "glomeruli",
    "villus": "villi", "ganglion": "ganglia", "criterion": "criteria", "phenomenon": "phenomena",
    "vertebra": "vertebrae", "sclera": "sclerae", "fossa": "fossae", "bursa": "bursae", "conjunctiva": "conjunctivae",
    "appendix": "appendices", "cortex": "cortices", "apex": "apices",
    "foramen": "foramina", "medium": "media", "stimulus": "stimuli", "locus": "loci", "focus": "foci",
    "meniscus": "menisci", "sulcus": "sulci", "gyrus": "gyri", "nevus": "nevi", "bronchiolus": "bronchioli",
    "plexus": "plexuses", "spermatozoon": "spermatozoa", "protozoon": "protozoa", "cilium": "cilia",
    "flagellum": "flagella", "epiphysis": "epiphyses", "diaphysis": "diaphyses",
}


def en_plural_word(word: str) -> str | None:
    """The plural of an English noun (irregular Latin and Greek plurals from spaCy's tables)."""
    from medgloss.nlp.english import noun_lemma

    low = word.lower()
    if not low.isalpha() or len(low) < 2 or word.isupper():
        return None
    if noun_lemma(low) != low:
        return None  # plural already
    irregular = _EN_LATIN_PLURALS.get(low) or _en_irregular_plurals().get(low)
    if low.endswith("woman"):
        irregular = low[:-5] + "women"  # (spaCy's exception table lists "men" but not "women")
    if irregular:
        return word[: len(word) - len(low)] + irregular if word[:1].islower() else irregular.capitalize()
    if low.endswith("is") and len(low) > 4:
        return word[:-2] + "es"  # diagnosis → diagnoses
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


@lru_cache(maxsize=1)
def _en_irregular_verbs() -> dict[str, list[str]]:
    from medgloss.nlp.english import _tables

    out: dict[str, list[str]] = {}
    for form, lemmas in sorted(_tables()[1].get("verb", {}).items()):
        for lemma in lemmas[:1]:
            if form != lemma:
                out.setdefault(lemma, []).append(form)
    return out


def en_participle(verb: str, kind: str) -> str:
    """The present ("ing": stimulating) or past ("ed": added, given) participle of an English verb."""
    words = verb.split()
    v = words[0].lower()
    forms = _en_irregular_verbs().get(v, [])
    if kind == "ing":
        form = next((f for f in forms if f.endswith("ing")), None)
        if form is None:
            if v.endswith("ie"):
                form = v[:-2] + "ying"
            elif v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
                form = v[:-1] + "ing"
            else:
                form = v + (v[-1] if _en_short_cvc(v) else "") + "ing"
    else:
        past = [f for f in forms if not f.endswith(("ing", "s"))]
        # "taken" beside "took", "done" beside "did", "begun" beside "began"
        form = next((f for f in past if re.search(r"(?<!a)ne?$", f)), past[0] if past else None)
        if v in _EN_INVARIANT_VERBS or v.endswith(("come", "run")):
            form = v  # "spread", "become", "run"
        elif form is None:
            form = _en_regular_past(v)
    return " ".join([form, *words[1:]])


# Verbs whose past and participle are the infinitive ("cut", "spread").
_EN_INVARIANT_VERBS = frozenset(
    "put cut set hit let shut spread cost burst split quit upset hurt shed thrust cast bet bid rid".split())


def en_past(verb: str) -> str:
    """The simple past of an English verb ("occur" → "occurred", "take" → "took", "rise" →
    "rose"); "be" is "was" (the caller says "were")."""
    words = verb.split()
    v = words[0].lower()
    if v == "be":
        return " ".join(["was", *words[1:]])
    if v in _EN_INVARIANT_VERBS:
        return verb
    forms = [f for f in _en_irregular_verbs().get(v, []) if not f.endswith(("ing", "s"))]
    participle = en_participle(v, "ed")
    past = [f for f in forms if f != participle]
    if past:
        form = past[0]  # "took" beside "taken"
    elif forms and not forms[0].endswith(("en", "wn", "ne")):
        form = forms[0]  # "led", "made": one form for both
    else:
        form = _en_regular_past(v)  # "showed" beside "shown"
    return " ".join([form, *words[1:]])


def _en_regular_past(v: str) -> str:
    """"added", "studied", "stopped": the regular past and past participle."""
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and v[-2:-1] not in "aeiou":
        return v[:-1] + "ied"
    return v + (v[-1] if _en_short_cvc(v) else "") + "ed"


def _en_short_cvc(v: str) -> bool:
    """A short verb ending consonant-vowel-consonant doubles its last letter ("stop" → "stopped")."""
    return len(v) <= 4 and re.fullmatch(r"[a-z]*[^aeiou][aeiou][^aeiouwxy]", v) is not None


def en_singular(phrase: str) -> str | None:
    """An English noun phrase with its plural head made singular ("quality-adjusted life years" →
    "quality-adjusted life year"), or ``None``."""
    from medgloss.nlp.english import noun_lemma

    words = phrase.split()
    if not words:
        return None
    h = _en_head(words)
    w = words[h]
    if not w.isalpha() or w.isupper():
        return None
    single = noun_lemma(w)
    if single == w.lower() or single.endswith("s") and not w.lower().endswith("ses"):
        return None
    if w[:1].isupper():
        single = single.capitalize()
    return " ".join(words[:h] + [single] + words[h + 1:])


def en_plural(phrase: str) -> str | None:
    """An English noun phrase with its head in the plural ("exclusion criterion" → "exclusion
    criteria", "quality of life" stays), or ``None``."""
    words = phrase.split()
    if not words:
        return None
    h = _en_head(words)
    plural = en_plural_word(words[h])
    if plural is None:
        return None
    return " ".join(words[:h] + [plural] + words[h + 1:])


_RU_HEAD_TAIL = re.compile(r"^(\S.*?)((?:,| (?:для|без|при|от|из|по|со|с|во|в|на|к|ко) ).*)$")


def assemble_ru(head: Piece, adjectives: Sequence[Piece], dependents: Sequence[Piece],
                posts: Sequence[Piece] = (), number: str = "") -> str:
    """Russian term: agreeing adjectives + head + genitive dependents + what follows them.

    ``posts`` are postpositive modifiers: phrases kept as they are («короткого действия», «без
    прогрессирования») and, with ``target_pos`` "clause", participial phrases that agree with the
    head after a comma («качество жизни, связанное со здоровьем»).
    """
    head_text = head.target
    if number == "plur":
        # The plural of the whole term («пациенты, ранее не получавшие лечения»).
        head_text = ru_plural(head.target) or head.target
    gender, number = ru_head_grammar(head_text)
    words = [ru_agree(a.target, gender, number) for a in adjectives]
    # A head with its own prepositional phrase or clause keeps it after the genitives:
    # «суспензия для приёма внутрь» + amoxicillin → «суспензия амоксициллина для приёма внутрь».
    own_tail = _RU_HEAD_TAIL.match(head_text) if dependents else None
    words.append(own_tail.group(1) if own_tail else head_text)
    words.extend(ru_genitive(d.target) if d.target_pos == "noun" else d.target for d in dependents)
    if own_tail:
        tail = own_tail.group(2)
        if tail.startswith(","):
            words = [w for w in words if w]
            words[-1] += ","
        words.append(tail.lstrip(", "))
    for p in posts:
        if p.target_pos == "clause" or _ru_dictionary_adjective(p.target.split()[0]):
            # (an adjective with its own words after the noun too: «суставы, болезненные при пальпации»)
            words = [w for w in words if w]
            if words:
                words[-1] += ","
            words.append(ru_agree_first(p.target, gender, number))
        else:
            words.append(p.target)
    return " ".join(w for w in words if w)


def _ru_dictionary_adjective(word: str) -> bool:
    """Whether a word is an adjective or participle in its dictionary form («болезненный»), so
    that a phrase it opens agrees with a noun before it («короткого действия» does not)."""
    return any(q.tag.POS in ("ADJF", "PRTF") and q.tag.case == "nomn" and q.word == q.normal_form
               and "Apro" not in q.tag for q in parses(word.lower()))  # («один раз в неделю» is a count)


def assemble_en(head: Piece, adjectives: Sequence[Piece], dependents: Sequence[Piece], of_form: bool = False) -> str:
    """English term: adjectives + noun modifiers + head, or adjectives + head + "of" + dependents."""
    adj = [a.target for a in adjectives]
    # Russian genitive chains nest to the right («блокатор каналов кальция»): reverse for English.
    deps = [d.target for d in reversed(dependents)]
    if of_form and deps:
        return " ".join([*adj, head.target, "of", " ".join(deps)])
    words = head.target.split()
    if deps and len(words) > 1 and all("-" in w or w.endswith(_EN_ADJ_ENDINGS) for w in words[:-1]):
        # The head's own modifiers stay first: "age-standardized rate" + incidence →
        # "age-standardized incidence rate".
        return " ".join([*adj, *words[:-1], *deps, words[-1]])
    return " ".join([*adj, *deps, head.target])


_EN_ADJ_ENDINGS = ("ed", "al", "ic", "ive", "ous", "ary", "ar", "ant", "ent", "ible", "able")


def target_pos_ru(phrase: str) -> str:
    """noun or adj: the part of speech of a Russian lexicon form."""
    last = phrase.split()[-1]
    ps = parses(last.lower())
    if ps and ps[0].tag.POS in ("ADJF", "PRTF") and not any(p.tag.POS == "NOUN" for p in ps[:2]):
        return "adj"
    return "noun"


def lang_of(text: str) -> Lang:
    return "ru" if any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text) else "en"
