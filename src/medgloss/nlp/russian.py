"""Russian morphology: pymorphy3 analyses and the policy that picks one per token in context.

pymorphy3 returns every possible analysis of a word form. The policy (``disambiguate``) picks one:
1. analyses that contradict the spelling are dropped (names and surnames for lower-case words);
2. for words outside pymorphy3's dictionary, an analysis whose lemma the medical lexicon knows
   wins, then one that restores a usual noun ending ("ферритина" → "ферритин", not "ферритина");
3. context: the case a preposition governs, a noun after a noun is a genitive (so a name after a
   noun is one: «синдром Шегрена»), the first noun of a phrase is a nominative (a subject, or a
   term as a dictionary writes it: «шейка матки»), a noun after an adjective takes the reading the
   adjective agrees with («поджелудочная железа» is a gland, not the genitive of «железо»), and
   adjectives agree with the noun they precede;
4. otherwise pymorphy3's own score, less for informal and archaic forms.

A term in its dictionary form (``canonical``, as the lexicon is keyed) goes through the same
context policy as running text, plus the nominative for the words up to its first noun, so that an
entry and the same words met in text get one lemma key.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from medgloss.models import Token

POS_MAP = {
    "NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJS", "COMP": "ADJS", "VERB": "VERB", "INFN": "VERB",
    "PRTF": "PRTF", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
    "PRED": "ADV", "PREP": "PREP", "CONJ": "CONJ", "PRCL": "PART", "INTJ": "PART",
}
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_CASE_ALIASES = {"gen2": "gent", "loc2": "loct", "acc2": "accs", "voct": "nomn", "gen1": "gent",
                 "loc1": "loct"}
NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
_MARGINAL = frozenset({"Infr", "Arch", "Erro", "Slng", "Dist"})

# Cases governed by common prepositions (what a following noun phrase may be in).
PREP_CASES: dict[str, frozenset[str]] = {
    p: frozenset(c.split())
    for p, c in {
        "без": "gent", "безо": "gent", "в": "loct accs", "во": "loct accs", "для": "gent",
        "до": "gent", "за": "ablt accs", "из": "gent", "изо": "gent", "из-за": "gent",
        "из-под": "gent", "к": "datv", "ко": "datv", "между": "ablt gent", "на": "loct accs",
        "над": "ablt", "о": "loct accs", "об": "loct accs", "обо": "loct", "около": "gent",
        "от": "gent", "ото": "gent", "перед": "ablt", "по": "datv loct accs", "под": "ablt accs",
        "после": "gent", "при": "loct", "про": "accs", "против": "gent", "ради": "gent",
        "с": "ablt gent accs", "со": "ablt gent", "среди": "gent", "у": "gent", "через": "accs",
        "вследствие": "gent", "вокруг": "gent", "кроме": "gent", "помимо": "gent",
        "благодаря": "datv", "согласно": "datv", "вопреки": "datv", "посредством": "gent",
        "путём": "gent", "путем": "gent", "относительно": "gent", "вместо": "gent",
        "внутри": "gent", "вдоль": "gent", "возле": "gent", "мимо": "gent", "насчёт": "gent",
        "насчет": "gent", "сквозь": "accs", "ввиду": "gent",
    }.items()
}

_CYR_WORD = re.compile(r"^[а-яё]+(?:-[а-яё]+)*$", re.IGNORECASE)
_ABBR = re.compile(r"^[А-ЯЁA-Z][А-ЯЁA-Z0-9]{1,7}(?:-\d+)?$")
# Roman numerals as medicine writes them: stages, types, classes, cranial nerves (I to XII).
# Abbreviations written in mixed case or with digits: SARS-CoV-2, HbA1c, COVID-19, ИЛ-6.
_MIXED_ABBR = re.compile(r"^(?=(?:.*[A-ZА-ЯЁ]){2})[A-Za-zА-Яа-яЁё0-9]{1,8}(?:-[A-Za-zА-Яа-яЁё0-9]{1,8}){0,3}$")
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")
# Adjectives that stand for people («больные раком», «беременные с преэклампсией»).
PERSON_ADJECTIVES = frozenset({"больной", "беременный", "новорожденный", "взрослый", "пожилой", "недоношенный",
                                "умерший", "обследованный", "оперированный", "прооперированный"})
# Noun endings restored for words pymorphy3 does not know: inflected drug and protein names.
_OOV_NOUN_LEMMA = re.compile(r"(ин|ол|ан|ат|ид|ил|он|ен|ер|ор|ам|ем|ум|ит|оз|аз|ил|ек|ап)$")


@lru_cache(maxsize=1)
def morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=500_000)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3 analyses of a lower-case word form (cached: one call per distinct form)."""
    return tuple(morph().parse(word))


@lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    return bool(morph().word_is_known(word.lower()))


def case_of(tag: Any) -> str:
    c = str(tag.case) if tag.case else ""
    return _CASE_ALIASES.get(c, c)


def _oov(parse: Any) -> bool:
    return not any(type(m[0]).__name__ == "DictionaryAnalyzer" for m in parse.methods_stack)


def _prefix_guess(parse: Any) -> bool:
    """A dictionary analysis found only after cutting off an unknown "prefix" («полицитемия» read
    as a name «…цитемия»): a guess about the word's spelling, not a fact."""
    return any(type(m[0]).__name__ == "UnknownPrefixAnalyzer" for m in parse.methods_stack)


class RussianAnalyzer:
    """Turns (text, start, end) tokens of one sentence into analysed ``Token``s."""

    def __init__(self, lexicon_lemmas: Callable[[str], bool] | None = None,
                 lexicon_nouns: frozenset[str] = frozenset()) -> None:
        self._in_lexicon = lexicon_lemmas or (lambda lemma: False)
        # Nouns of the lexicon that pymorphy3 does not know and may misread («клопидогрел» is
        # not the past tense of a verb).
        self._nouns = lexicon_nouns

    @lru_cache(maxsize=300_000)  # noqa: B019 - one analyser per process, kept for its lifetime
    def _priors(self, low: str, capitalized: bool, initial_capital: bool = False) -> tuple[tuple[float, Reading], ...]:
        return tuple((self._prior(low, p, capitalized, initial_capital), _reading(p)) for p in parses(low))

    @lru_cache(maxsize=100_000)  # noqa: B019 - one analyser per process, kept for its lifetime
    def _lexicon_noun_forms(self, low: str) -> tuple[tuple[float, Reading], ...]:
        """Readings of a word pymorphy3 does not know as a form of a lexicon noun of a regular
        paradigm (drug and enzyme names: «дабигатрана» of «дабигатран», «альтеплазой» of
        «альтеплаза»), ahead of pymorphy3's guesses."""
        from pymorphy3.analyzer import Parse

        found = []
        for cut in range(0, min(4, len(low) - 3)):
            stem = low[: len(low) - cut]
            for lemma in (stem, stem + "а", *((stem + "й",) if stem.endswith("и") else ())):  # «эпигастрий»
                if lemma.replace("ё", "е") not in self._nouns:
                    continue
                gender = "femn" if lemma.endswith("а") else "masc"
                for number in ("sing", "plur"):
                    for case in ("nomn", "gent", "datv", "accs", "ablt", "loct"):
                        if (case, number) != ("nomn", "sing") and regular_noun_form(lemma, {case, number}) == low:
                            tag = morph().TagClass(f"NOUN,inan,{gender} {number},{case}")
                            found.append((2.0, _reading(Parse(low, tag, lemma, 1.0, ()))))
        return tuple(found)

    def _prior(self, word: str, parse: Any, capitalized: bool, initial_capital: bool = False) -> float:
        """pymorphy3's score adjusted by spelling and the lexicon; ``initial_capital``: the word
        opens the text with a capital, which may or may not be a name's."""
        score = float(parse.score)
        grammemes = parse.tag.grammemes
        if grammemes & _MARGINAL:
            score -= 0.3  # informal, archaic, erroneous forms: «метастаз» is not a genitive plural
        oov = _oov(parse)
        if oov or _prefix_guess(parse):
            # A guess (no dictionary entry, or one found only by cutting off an unknown prefix):
            # the lexicon decides first («гепсидин», «целиакия», «полицитемия»), then a usual
            # noun ending.
            lemma = parse.normal_form
            if self._in_lexicon(lemma):
                score += 1.0
            elif oov and parse.tag.POS == "NOUN" and _OOV_NOUN_LEMMA.search(lemma):
                score += 0.5  # inflected drug and protein names: "ферритина" → "ферритин"
            if grammemes & NAME_TAGS and not capitalized:
                score -= 0.2
            if oov and parse.tag.POS in ("PRTS", "GRND"):
                score -= 0.3
        else:
            if grammemes & NAME_TAGS and not capitalized:
                score -= 0.5 if initial_capital else 2.0
            if self._in_lexicon(parse.normal_form):
                score += 0.05
            if parse.normal_form == word and parse.tag.POS == "NOUN" and word.replace("ё", "е") in self._nouns:
                score += 0.3  # a lexicon noun as written: «круп» is croup before it is «крупа»'s genitive plural
        return score

    def analyse(self, raw: Sequence[tuple[str, int, int]], sentence_initial: int = 0,
                canonical: bool = False, all_caps: bool = False) -> list[Token]:
        """Analyse the tokens of one sentence; ``sentence_initial`` is the index of its first word.

        ``canonical``: the text is a term in its dictionary form («вена», «щитовидная железа»), so
        the words up to the first noun are nominative. ``all_caps``: the text is written in
        capitals (a title), so capitalised words are not abbreviations.
        """
        options: list[list[tuple[float, Any]]] = []
        noun_seen = False  # canonical: a word read as a noun before its nominative bonus
        for i, (text, _s, _e) in enumerate(raw):
            _prefix, tail = split_prefix(text)
            if not _CYR_WORD.match(tail):
                options.append([])
                continue
            capitalized = text[0].isupper() and i != sentence_initial
            initial_capital = text[0].isupper() and i == sentence_initial
            low = tail.lower()
            ps = parses(low)
            restored = self._lexicon_noun_forms(low) if not is_known(low) else ()
            if restored:
                options.append(sorted(restored, key=lambda o: o[0], reverse=True))
                noun_seen = True
                continue
            if low.replace("ё", "е") in self._nouns and not is_known(low) and not any(
                    p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") == low.replace("ё", "е") for p in ps):
                options.append([])  # analysed as a plain noun below
                continue
            opts = list(self._priors(low, capitalized, initial_capital))
            top = max((o[0] for o in opts), default=0.0)
            first_noun = any(o[1].pos == "NOUN" and o[0] >= top for o in opts)
            if canonical and not noun_seen:
                # Singular unless the form can only be plural (a guessed plural of an unknown
                # noun must not outvote a dictionary adverb: «гистологически»). The run ends at
                # the first word whose best reading is a noun («рвотные массы» goes on past
                # «рвотные»). A short adjective before a noun is pymorphy3's reading of a
                # possessive one («ахиллово сухожилие», «бартолиниева железа»), unless the word
                # is also an adverb or a common noun («права пациента»).
                possessive = i + 1 < len(raw) and not any(
                    p.pos in ("ADVB", "PRED") or p.pos == "NOUN" and not _oov(p.parse)
                    and not p.parse.tag.grammemes & NAME_TAGS for _sc, p in opts)
                if not (i == 0 and _salt_name(low, raw)) and not (
                        len(raw) > 1 and any(p.pos == "PREP" for _sc, p in opts)):
                    # (a preposition stays one: «со слов пациента», not a noun «со»)
                    opts = [(sc + ((1.0 if p.number != "plur" else 0.5) if p.case == "nomn" or
                                   p.pos == "ADJS" and possessive and sc >= top else 0.0), p)
                            for sc, p in opts]
            opts.sort(key=lambda o: -o[0])
            options.append(opts)
            noun_seen = noun_seen or first_noun
        chosen: list[Any] = [o[0][1] if o else None for o in options]
        # A canonical form gets the same context policy as running text (beyond the nominative
        # above), so that a lexicon entry and the same words met in text get one key: «синдром
        # Шегрена» is «синдром» + the genitive of «Шегрен» either way.
        self._context(raw, options, chosen)
        return [self._token(raw[i], chosen[i], all_caps) for i in range(len(raw))]

    def _context(self, raw: Sequence[tuple[str, int, int]], options: list[list[tuple[float, Any]]],
                 chosen: list[Any]) -> None:
        n = len(raw)
        for i in range(n):
            opts = options[i]
            if len(opts) < 2:
                continue
            best = max(o[0] for o in opts)
            viable = [o for o in opts if o[0] >= best - 0.9]
            bonus: dict[int, float] = {}
            # Case from the preposition that opens this noun phrase.
            j = i - 1
            while j >= 0 and chosen[j] is not None and chosen[j].pos in ("ADJF", "PRTF", "ADJS", "NUMR") and (
                    chosen[j].parse.normal_form.replace("ё", "е") not in PERSON_ADJECTIVES):
                j -= 1  # («у больных раком»: the preposition governs «больных», not «раком»)
            prep_cases = None
            if j >= 0 and chosen[j] is not None and chosen[j].pos == "PREP":
                prep_cases = PREP_CASES.get(raw[j][0].lower())
            prev = chosen[i - 1] if i > 0 else None
            verb_before = any(c is not None and c.pos in ("VERB", "INFN") for c in chosen[:i])
            # The first noun phrase of the text (nothing but adjectives and numerals before it):
            # the subject of a sentence, or a term as a dictionary writes it.
            initial = j < 0 or all(chosen[m] is None and not raw[m][0][:1].isalnum() for m in range(j + 1))
            prev_adjectives = [q for _s, q in options[i - 1] if q.pos in ("ADJF", "PRTF", "ADJS")] if i > 0 else []
            if any(q.parse.normal_form.replace("ё", "е") in PERSON_ADJECTIVES for q in prev_adjectives):
                prev_adjectives = []  # «больные раком»: an adjective standing for people, no agreement
            only_adjective = bool(prev_adjectives) and len(prev_adjectives) == len(options[i - 1])
            has_noun = any(q.pos == "NOUN" for _s, q in viable)
            next_nouns = []
            if i + 1 < n and options[i + 1]:
                top_next = options[i + 1][0][0]
                next_nouns = [q for sc, q in options[i + 1] if q.pos == "NOUN" and sc >= top_next - 0.9]
            for k, (_score, p) in enumerate(viable):
                b = 0.0
                c = p.case
                if prep_cases is None and not verb_before and c == "nomn" and (initial or any(
                        q.case == "accs" and q.number == p.number for _s, q in viable)):
                    b += 0.1  # nominative or accusative before the verb: the subject
                    if initial and p.pos == "NOUN" and p.number == "sing":
                        b += 0.05  # «шейка», «стопа», «вена»: not the genitive of «шейк», «стоп», «вено»
                if prep_cases is not None and p.pos in ("NOUN", "ADJF", "PRTF", "NPRO"):
                    b += 0.6 if c in prep_cases else -0.6
                if p.pos == "NOUN" and prev is not None and prev.pos == "NOUN" and prep_cases is None:
                    b += 0.4 if c == "gent" else 0.0
                if p.pos == "NOUN" and prev_adjectives:
                    # A noun after adjectives takes a form some reading of them agrees with; after a
                    # word that can only be an adjective, a form none agrees with is unlikely
                    # («поджелудочная железа» is a gland, not the genitive of «железо»).
                    if any(_attributive_agrees(q, p) for q in prev_adjectives):
                        b += 0.5
                    elif only_adjective:
                        b -= 0.5
                if p.pos in ("ADJF", "PRTF") and has_noun and next_nouns and any(agrees(p, q) for q in next_nouns):
                    b += 0.1  # an adjective or a noun: an adjective before a noun it agrees with («рвотные массы»)
                if p.pos in ("GRND", "PRTS") and has_noun and (initial or prev is not None and prev.pos == "NOUN"):
                    b -= 0.2  # «петля» is a loop, not a gerund of «петлить»
                bonus[k] = b
            ranked = sorted(range(len(viable)), key=lambda k: -(viable[k][0] + bonus[k]))
            chosen[i] = viable[ranked[0]][1]
        self._agreement(raw, options, chosen)

    def _agreement(self, raw: Sequence[tuple[str, int, int]], options: list[list[tuple[float, Any]]],
                   chosen: list[Any]) -> None:
        n = len(raw)
        # An adjective with no noun after it is used as a noun («лёгкие», «беременные»).
        for i in range(n):
            if chosen[i] is None or chosen[i].pos != "ADJF":
                continue
            nxt = chosen[i + 1] if i + 1 < n else None
            if nxt is not None and nxt.pos in ("NOUN", "ADJF", "PRTF", "NPRO") and (
                    nxt.pos == "NPRO" or any(agrees(o[1], q[1]) for o in options[i] if o[1].pos == "ADJF"
                                             for q in options[i + 1] if q[1].pos in ("NOUN", "ADJF", "PRTF"))):
                continue  # (before a word it cannot agree with, «бронхов или лёгкого неуточнённой
                # части», it is a noun too)
            own = max((o[0] for o in options[i] if o[1] is chosen[i]), default=0.0)
            nouns = [o for o in options[i] if o[1].pos == "NOUN" and o[1].case == chosen[i].case
                     and o[0] >= own - 0.9]
            if nouns:
                chosen[i] = max(nouns, key=lambda o: o[0])[1]
        # Adjectives agree with the noun they precede (right to left, so chains agree too).
        for i in range(n - 2, -1, -1):
            if not options[i] or chosen[i] is None or chosen[i].pos not in ("ADJF", "PRTF", "ADJS", "NOUN"):
                continue
            head = chosen[i + 1]
            if head is None or head.pos not in ("NOUN", "ADJF", "PRTF"):
                continue
            if chosen[i].pos == "NOUN" and not any(o[1].pos in ("ADJF", "PRTF") for o in options[i]):
                continue
            agreeing = [o for o in options[i] if o[1].pos in ("ADJF", "PRTF") and agrees(o[1], head)]
            if agreeing and (chosen[i].pos != "NOUN" or agreeing[0][0] > 0.05):
                chosen[i] = max(agreeing, key=lambda o: o[0])[1]

    def _token(self, raw: tuple[str, int, int], parse: Any, all_caps: bool = False) -> Token:
        text, start, end = raw
        ordinal = ORDINAL.fullmatch(text)
        if ordinal:
            # «6-го ребра», «во 2-м триместре»: a numeral with an adjective's ending modifies the noun
            case, number = _ORDINAL_ENDINGS[ordinal.group(1)]
            return Token(text=text, start=start, end=end, lemma=text, pos="ADJ", case=case, number=number)
        upper = len(text) > 1 and text.isupper()
        if parse is None or (upper and not all_caps and _ABBR.match(text) and len(text) <= 6):
            return _plain_token(text, start, end)
        pos, lemma, case, number, gender, tags = _parse_info(parse.parse)
        prefix, _tail = split_prefix(text)
        if all_caps and upper:
            # A word of a title in capitals: shown in lower case, unless it looks like an abbreviation.
            upper = len(text) <= 5 and not is_known(text.lower())
            if not upper:
                text_shown = text.lower()
                return Token(text=text_shown, start=start, end=end, lemma=prefix + lemma, pos=pos, case=case,
                             number=number, gender=gender, tags=tags, upper=False)
        return Token(text=text, start=start, end=end, lemma=prefix + lemma, pos=pos, case=case,
                     number=number, gender=gender, tags=tags, upper=upper)


class Reading(NamedTuple):
    """A pymorphy3 analysis with its grammemes as plain strings (tag attributes are slow to read)."""

    parse: Any
    pos: str
    case: str
    number: str
    gender: str


@lru_cache(maxsize=500_000)
def _reading(parse: Any) -> Reading:
    tag = parse.tag
    return Reading(parse, str(tag.POS or ""), case_of(tag), str(tag.number) if tag.number else "",
                   str(tag.gender) if tag.gender else "")


@lru_cache(maxsize=300_000)
def _parse_info(parse: Any) -> tuple[str, str, str, str, str, frozenset[str]]:
    """What a token keeps of an analysis (computed once per analysis)."""
    tag = parse.tag
    lemma = participle_lemma(parse) if tag.POS == "PRTF" else parse.normal_form
    return (POS_MAP.get(tag.POS or "", "X"), lemma, case_of(tag), str(tag.number) if tag.number else "",
            str(tag.gender) if tag.gender else "", frozenset(tag.grammemes) | {f"tag:{tag}"})


def participle_lemma(parse: Any) -> str:
    """A participle's own dictionary form («ионизирующая» → «ионизирующий», not «ионизировать»)."""
    return inflect_word(parse, {"nomn", "sing", "masc"}) or parse.normal_form


def agrees(a: Reading | Token, n: Reading | Token) -> bool:
    """Whether an adjective agrees with a noun in case, number and gender (readings or tokens)."""
    if a.case != n.case or a.number != n.number:
        return False
    if n.number == "sing" and a.gender and n.gender and a.gender != n.gender:
        return False
    return True


def _salt_name(first: str, raw: Sequence[tuple[str, int, int]]) -> bool:
    """A drug named the pharmacopoeia way, cation in the genitive first («лития карбонат»,
    «железа сульфат»): two nouns, the first with a genitive reading, the second with none."""
    if len(raw) != 2 or not _CYR_WORD.match(raw[1][0]):
        return False
    second = parses(raw[1][0].lower())
    return (any(p.tag.POS == "NOUN" and case_of(p.tag) == "gent" and p.tag.number == "sing" for p in parses(first))
            and bool(second) and all(p.tag.POS == "NOUN" and case_of(p.tag) in ("nomn", "accs") for p in second))


def _attributive_agrees(a: Reading, n: Reading) -> bool:
    """``agrees``, reading a short adjective before a noun as a possessive one in the nominative."""
    if a.pos == "ADJS":
        return n.case in ("nomn", "accs") and a.number == n.number and (
            n.number != "sing" or not a.gender or not n.gender or a.gender == n.gender)
    return agrees(a, n)


ORDINAL = re.compile(r"\d+-(й|го|я|е|ей|ий|ой|ого|му|ому|ему|м|ом|ю|ую|х|ых|ми|ыми|ая|ое|ые)")
# The case and number an ordinal's ending most often says.
_ORDINAL_ENDINGS = {"й": ("nomn", "sing"), "ий": ("nomn", "sing"), "ой": ("nomn", "sing"), "я": ("nomn", "sing"),
                    "ая": ("nomn", "sing"), "е": ("nomn", "sing"), "ое": ("nomn", "sing"), "ые": ("nomn", "plur"),
                    "го": ("gent", "sing"), "ого": ("gent", "sing"), "ей": ("gent", "sing"), "му": ("datv", "sing"),
                    "ому": ("datv", "sing"), "ему": ("datv", "sing"), "м": ("loct", "sing"), "ом": ("loct", "sing"),
                    "ю": ("accs", "sing"), "ую": ("accs", "sing"), "х": ("gent", "plur"), "ых": ("gent", "plur"),
                    "ми": ("ablt", "plur"), "ыми": ("ablt", "plur")}


def _plain_token(text: str, start: int, end: int) -> Token:
    """A token pymorphy3 is not asked about: punctuation, numbers, Latin, abbreviations."""
    if all(not ch.isalnum() for ch in text):
        pos = "PUNCT"
    elif any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text):
        pos = "NUM"
    elif _ROMAN.match(text):
        pos = "NUM"
    elif len(text) > 1 and (_ABBR.match(text) or _MIXED_ABBR.match(text)):
        pos = "ABBR"
    elif text.isascii():
        pos = "X"
    else:
        pos = "NOUN"  # a lexicon noun pymorphy3 cannot read, or another word in Cyrillic
    upper = len(text) > 1 and text.isupper()
    return Token(text=text, start=start, end=end, lemma=text if upper else text.lower(), pos=pos,
                 upper=upper)


_PREFIXED = re.compile(r"^([A-Za-z0-9αβγδ]+(?:-[A-Za-z0-9]+)*-)([а-яё]+)$", re.IGNORECASE)


def split_prefix(word: str) -> tuple[str, str]:
    """("D-", "димера") for "D-димера": a non-Cyrillic prefix kept as written, and the word."""
    m = _PREFIXED.match(word)
    return (m.group(1), m.group(2)) if m else ("", word)


@lru_cache(maxsize=300_000)
def parse_with_tag(word: str, tag_string: str) -> Any | None:
    """The pymorphy3 analysis of ``word`` (without a Latin prefix) whose tag prints as ``tag_string``."""
    for p in parses(split_prefix(word)[1].lower()):
        if str(p.tag) == tag_string:
            return p
    return None


def token_parse(token: Token) -> Any | None:
    for t in token.tags:
        if t.startswith("tag:"):
            return parse_with_tag(token.text, t[4:])
    return None


# Endings of the regular paradigms the lexicon's unknown nouns follow (drug and enzyme names):
# a masculine noun on a consonant, a feminine one on -а; by case, singular then plural.
_REGULAR_ENDINGS = {
    "": {"nomn": ("", "ы"), "gent": ("а", "ов"), "datv": ("у", "ам"), "accs": ("", "ы"), "ablt": ("ом", "ами"),
         "loct": ("е", "ах")},
    "а": {"nomn": ("а", "ы"), "gent": ("ы", ""), "datv": ("е", "ам"), "accs": ("у", "ы"), "ablt": ("ой", "ами"),
          "loct": ("е", "ах")},
    "ий": {"nomn": ("ий", "ии"), "gent": ("ия", "иев"), "datv": ("ию", "иям"), "accs": ("ий", "ии"),
           "ablt": ("ием", "иями"), "loct": ("ии", "иях")},  # «эпигастрий», «гипогастрий»
}


def regular_noun_form(lemma: str, grammemes: set[str] | frozenset[str]) -> str | None:
    """A form of a noun of a regular paradigm («ферритин», «альтеплаза») that pymorphy3 does not
    know, or None for another kind of noun."""
    if not lemma.isalpha() or len(lemma) < 4:
        return None
    last = lemma[-1]
    kind = "ий" if lemma.endswith("ий") else "а" if last == "а" else "" if last not in "аеёиоуыэюяйь" else None
    if kind is None:
        return None
    stem = lemma[:-len(kind)] if kind else lemma
    case = next((c for c in ("nomn", "gent", "datv", "accs", "ablt", "loct") if c in grammemes), "nomn")
    ending = _REGULAR_ENDINGS[kind][case][1 if "plur" in grammemes else 0]
    if ending.startswith("ы") and stem[-1] in "гкхжшчщ":
        ending = "и" + ending[1:]
    if ending == "ой" and stem[-1] in "жшчщц":
        ending = "ей"
    return stem + ending


def inflect_word(parse: Any, grammemes: set[str]) -> str | None:
    """``parse`` inflected to ``grammemes``, or ``None`` when pymorphy3 cannot. A Greek letter
    before a hyphen does not decline («гамма-глутамилтрансферазы», not «гаммы-…»)."""
    form = _inflect(parse, frozenset(grammemes))
    if form and "-" in parse.word and "-" in form:
        prefix = parse.word.split("-", 1)[0]
        if prefix in GREEK_LETTER_NAMES:
            form = prefix + "-" + form.split("-", 1)[1]
    return form


GREEK_LETTER_NAMES = frozenset(
    "альфа бета гамма дельта эпсилон дзета эта тета йота каппа лямбда мю ню кси омикрон пи ро сигма тау ипсилон фи хи "
    "пси омега".split())


@lru_cache(maxsize=300_000)
def _inflect(parse: Any, grammemes: frozenset[str]) -> str | None:
    try:
        form = parse.inflect(set(grammemes))
    except (ValueError, KeyError):
        return None
    return form.word if form is not None else None
