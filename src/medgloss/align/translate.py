"""Ranked, explained translation candidates for terms and free phrases.

Methods, each leaving its name in ``methods`` and a clause in ``evidence``:
- lexicon: the whole phrase is a lexicon entry (preferred form first, synonyms after);
- composition: the phrase is cut into pieces the lexicon (or cognates) can translate and put back
  together with the target grammar (``compose``): coordinations said with their shared words once
  ("atrial fibrillation and flutter" ↔ «фибрилляция и трепетание предсердий»), prepositions by a
  table and the case they govern («деменция при болезни Альцгеймера»), English hyphenated
  modifiers by rule and back ("health-related" ↔ «связанный со здоровьем», "short-acting" ↔
  «короткого действия», "X-adjusted" ↔ «с поправкой на X»), relational adjectives through the
  noun they are made from («опухолевый» → "tumor") and participles through the lexicon's verbs;
  a plural source term gets plural candidates, and a dictionary written in the plural gives way to
  a singular source;
- cognate: a single word matched to a word of the other language by shared Greek/Latin roots, or
  spelled by transliteration rules when no vocabulary knows it;
- corpus: the candidate exists as a term in the other language's documents (``attested``), which
  ranks it above candidates that do not;
- parallel: source and candidate occur in two documents declared translations of each other.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from medgloss.align import cognates, quantity
from medgloss.align.compose import (
    Piece,
    assemble_en,
    assemble_ru,
    coordinate,
    cover,
    en_participle,
    en_past,
    en_plural,
    en_singular,
    ru_agree,
    ru_case,
    ru_genitive,
    ru_head_grammar,
    ru_head_is_plural,
    ru_plural,
    ru_preposition,
    ru_relational_adjective,
    ru_singular,
    target_pos_ru,
)
from medgloss.align.lexicon import (
    Entry,
    Lexicon,
    eponyms,
    from_gloss_file,
    is_gloss,
    ru_name_nominative,
    surface_key,
    surface_words,
)
from medgloss.models import Lang, Token, other_lang
from medgloss.nlp.pipeline import Analyzer
from medgloss.nlp.russian import GREEK_LETTER_NAMES, ORDINAL, parses
from medgloss.nlp.russian import agrees as ru_agrees

LEXICON_PREFERRED = 0.95
LEXICON_SYNONYM = 0.85
COMPOSITION_FACTOR = 0.92
# Russian nouns of action («снятие», «потребление»): their modifier is an object.
_RU_ACTION_NOUN_ENDINGS = ("ние", "тие")
# Parts of the body where pain is said in the plural («боль в суставах», "joint pain").
_RU_PLURAL_PLACES = frozenset({"кость", "сустав", "мышца", "нога", "конечность", "глаз"})
# Nouns of body parts with a locative in -у («в носу», «во рту», «в боку»); the others take -е («в локте»).
_EN_SIDES = {"left": "левый", "right": "правый"}
# Nouns of a place where something is found: "at the injection site", "at the lung bases".
_EN_PLACE_NOUNS = frozenset({"site", "base", "apex", "level", "junction", "margin", "border", "angle", "origin",
                             "bifurcation", "insertion", "root", "tip", "pole", "hilum", "hila"})
# Adjectives of a body system that say the system alone before a noun ("cardiovascular events").
_EN_SYSTEM_ADJECTIVES = frozenset({"cardiovascular", "respiratory", "musculoskeletal", "urinary", "digestive",
                                   "hepatobiliary", "genitourinary", "endocrine", "gastrointestinal"})
# Nouns that name a length of time: «срок беременности менее 20 недель» is "… of less than 20 weeks".
_RU_TIME_MEASURES = frozenset({"срок", "возраст", "период", "продолжительность", "длительность", "время", "стаж",
                               "интервал", "промежуток", "отрезок", "давность"})
_RU_SIDES = frozenset({"левый", "правый", "нижний", "верхний", "передний", "задний", "внутренний", "наружный"})
# Russian adjectives of time, course and degree, which English puts before an adjective of place
# ("chronic abdominal pain"); pymorphy3 marks most other grading adjectives as qualitative.
_RU_GRADING = frozenset({
    "хронический", "острый", "подострый", "максимальный", "минимальный", "средний", "общий", "ранний",
    "выраженный", "умеренный", "рецидивирующий", "персистирующий", "стойкий", "длительный", "тяжелый",
    "интенсивный", "периодический", "преходящий", "внезапный", "повторный", "первичный", "вторичный"})
# Nouns naming a member of a numbered series, said "stage IV" in English and «IV стадии» in Russian.
_RU_SERIES = {"стадия": "stage", "степень": "grade", "фаза": "phase", "класс": "class", "группа": "group",
              "тип": "type"}
_EN_SERIES = {"stage": "стадии", "grade": "степени", "phase": "фазы", "class": "класса", "group": "группы",
              "type": "типа"}
# Heads whose degree English says with an ordinal ("second-degree AV block", "third-degree burn").
_RU_DEGREE_HEADS = frozenset({"блокада", "ав-блокада", "атриовентрикулярный", "ожог", "отморожение", "обморожение",
                              "разрыв"})
# Heads after which English "by" names the agent, which Russian says in the instrumental
# ("poisoning by cocaine" → «отравление кокаином», "infection by HIV" → «инфицирование ВИЧ»).
_EN_BY_AGENT_HEADS = frozenset({"poisoning", "intoxication", "infection", "contamination", "colonization",
                                "infestation", "invasion", "bite", "sting", "treatment", "therapy", "injury",
                                "compression", "obstruction"})
# Actions and examinations after which Russian «при» is English "on" ("pain on walking",
# "tenderness on palpation", "on admission").
_RU_ON_ACTIONS = frozenset({
    "ходьба", "нагрузка", "вдох", "выдох", "глотание", "мочеиспускание", "дефекация", "пальпация", "перкуссия",
    "аускультация", "осмотр", "обследование", "поступление", "выписка", "движение", "кашель", "чихание",
    "натуживание", "сгибание", "разгибание", "наклон", "надавливание", "нажатие", "жевание", "подъем",
    "стояние", "напряжение", "поворот", "отведение", "приведение", "ротация"})
ATTESTED_BONUS = 0.08
PARALLEL_BONUS = 0.05
MAX_CANDIDATES = 5


@dataclass
class Translation:
    term: str
    lang: Lang
    key: str
    score: float
    methods: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    attested: bool = False

    def as_json(self) -> dict:
        return {"term": self.term, "lang": self.lang, "score": round(self.score, 4), "methods": self.methods,
                "evidence": "; ".join(self.evidence), "attested": self.attested, "status": "candidate"}


def _entry_evidence(entry: Entry) -> str:
    return f"lexicon {entry.source} ({entry.field})"


class Translator:
    """Translates phrases with one lexicon and, optionally, the terms of a corpus."""

    def __init__(self, lexicon: Lexicon, analyzer: Analyzer,
                 corpus_terms: dict[Lang, dict[str, str]] | None = None) -> None:
        self.lex = lexicon
        self.an = analyzer
        self.corpus = corpus_terms or {"ru": {}, "en": {}}
        self._corpus_index: dict[Lang, cognates.CognateIndex] = {}
        self._internal = 0  # > 0 while translating a part of a phrase (``_best``)

    # -- pieces ---------------------------------------------------------------------------

    def _lexicon_piece(self, toks: list[Token], i: int, j: int, src: Lang) -> Piece | None:
        span = toks[i:j]
        if any(t.pos == "PUNCT" for t in span) and j - i == 1:
            return None
        if src == "en" and j == i + 1 < len(toks) and toks[i].text.lower() in _EN_SITUATIONAL:
            # "resting heart rate" → «частота сердечных сокращений в покое»: a circumstance Russian
            # says after the noun.
            return Piece(i, j, toks[i].text, _EN_SITUATIONAL[toks[i].text.lower()], "post", "lexicon", LEXICON_PREFERRED)
        if src == "ru" and j == i + 1 and toks[i].pos == "ADJ" and toks[i].text[:1].isdigit():
            # «5-летняя выживаемость» → "5-year survival" (a span of years, not summer)
            spans = quantity.read_ru_unit_adjective(toks[i].text)
            if spans is not None:
                person = j < len(toks) and toks[j].lemma.lower().replace("ё", "е") in _RU_PERSONS
                old = "-old" if person and spans[0].unit == "year" else ""  # «45-летняя женщина» → "45-year-old woman"
                return Piece(i, j, toks[i].text, spans[1] + old, "adj", "lexicon", LEXICON_PREFERRED)
        key = self.an.key_of_tokens(span, src)
        hits = _by_role(self.lex.lookup(key, src), span, src, self._sense_votes(key, src))
        if (src == "ru" and j == i + 1 and i > 0 and toks[i].pos == "ADJ" and toks[i - 1].pos == "NOUN"
                and toks[i].case == "gent" and toks[i].lemma.lower().replace("ё", "е") in _RU_PERSONS
                and (j == len(toks) or toks[j].pos not in ("NOUN", "ADJ"))):
            # «жалобы больного» → "complaints of the patient": an adjective standing for a person
            # after a noun is the person
            hits = [h for h in self.lex.lookup(key, src) if h[0].pos == "noun"] or hits
        if not hits and src == "en" and j == i + 1 and j < len(toks) and toks[i].pos == "NOUN" and toks[j].pos in (
                "NOUN", "ADJ", "NUM", "PROPN", "ABBR"):
            # A word read as a noun before another may be an adjective the lexicon knows ("long-term
            # outcomes", "lower third").
            hits = [h for h in self.lex.lookup(key, src) if h[0].pos == "adj"]
        if (src == "en" and j == i + 1 and toks[i].text.lower().endswith("ing") and toks[i].pos in ("VERB", "ADJ")
                and (j == len(toks) > 1 or i > 0 and toks[i - 1].pos == "PREP")):
            # An -ing word heading a phrase or after a preposition is a gerund ("once-daily dosing" →
            # «дозирование», "pain on walking" → «ходьба»), the entry spelled as written first
            # ("dosing" before "dose").
            text = toks[i].text.lower()
            # ("bleeding" read as the verb "bleed": the noun entry is keyed as written)
            nouns = [h for k in dict.fromkeys((key, self.an.key(text, src)))
                     for h in self.lex.lookup(k, src) if h[0].pos == "noun"]
            nouns.sort(key=lambda h: text not in (f.lower() for f in h[0].forms(src)))
            hits = nouns or hits
        if not hits and j == i + 1:
            # A word the tagger read otherwise than the lexicon lists it (a noun reading of
            # «красный», "common"): an entry of another part of speech, verbs aside, beats a
            # spelled guess.
            hits = sorted((h for h in self.lex.lookup(key, src) if h[0].pos not in ("verb", "adv")),
                          key=lambda h: (is_gloss(h[0], src), h[1]))
        if not hits and (j - i > 1 or "-" in toks[i].text):
            # «один раз в сутки», "once-daily"
            hits = [h for h in self.lex.lookup(key, src) if h[0].pos == "adv"]
        if j == i + 1 and not toks[i].upper and toks[i].pos in ("PREP", "CONJ", "PART", "PRON", "DET"):
            # a function word is no abbreviation written in small letters («до» is not ДО, "VT")
            hits = [h for h in hits if not h[0].abbreviation]
        if j - i > 1 and all(h[0].pos == "adj" for h in hits):
            qualifier = self._qualifier_piece(span, i, j, key, src)
            if qualifier is not None:
                return qualifier
        if not hits:
            return None
        entry, _idx = hits[0]
        tgt = other_lang(src)
        if entry.pos == "verb" and j == i + 1:
            # A verb inside a noun phrase is a participle ("stimulating factor", «добавленный сахар»);
            # a gerund ("lack of testing") is not.
            if toks[i].pos not in ("ADJ", "VERB", "PRTF") or src == "en" and i > 0 and toks[i - 1].pos == "PREP":
                return None
            participle = self._participle(toks[i], src)
            if participle is None:
                return None
            return Piece(i, j, toks[i].text, participle[0], "adj", "derived", participle[1])
        forms = entry.forms(tgt)
        if not forms:
            return None
        target = forms[0]
        if j == i + 1 and len(forms) > 1 and len(toks) > 1 and self.lex.usage is not None:
            # Inside a phrase, the sense the lexicon's phrases use for the word when they agree
            # three to one: «частота» is "rate" in 36 phrases and "frequency" in 3.
            votes = [self.lex.usage.sense_votes(src, key, self.an.key(f, tgt)) for f in forms]
            best = max(range(len(forms)), key=votes.__getitem__)
            if votes[best] >= max(5, 3 * votes[0]):
                target = forms[best]
        if (src == "en" and entry.pos == "noun" and len(toks) > j - i and _form_is_plural(entry.forms("en")[0], "en")
                and _source_singular(span, "en") and _form_is_plural(target, "ru")):
            # "third heart sound" inside a phrase: the singular of an entry listed in the plural
            # («тоны сердца» → «тон сердца»), so the adjectives agree with one.
            target = ru_singular(target) or target
        if entry.pos == "adv" and " " in target and len(toks) > j - i:
            # An adverbial phrase inside a noun phrase: Russian says it after the noun («приём один
            # раз в сутки»), English hyphenates it before ("once-daily dosing").
            if tgt == "ru" or target.split()[0].lower() in _EN_PREPOSITIONS:
                # (English says a prepositional adverbial after the noun too: «приём натощак» →
                # "intake on an empty stomach")
                return Piece(i, j, " ".join(t.text for t in span), target, "post", "lexicon", LEXICON_PREFERRED)
            return Piece(i, j, " ".join(t.text for t in span), target.replace(" ", "-"), "adj", "lexicon",
                         LEXICON_PREFERRED)
        if tgt == "ru":
            pos = "adj" if entry.pos == "adj" else target_pos_ru(target) if entry.pos != "noun" else "noun"
            if pos == "adj" and not _ru_nominative_adjective(target.split()[-1]):
                # "first-line" → «первой линии», "fundal" → «дна матки»: said after the noun as
                # written; "treatment-naive" → «ранее не получавший лечения»: a participle clause,
                # which agrees with the noun after a comma
                pos = "clause" if any(_ru_nominative_participle(w) for w in target.split()[:-1]) else "post"
        else:
            pos = "adj" if entry.pos in ("adj", "adv", "num") else "noun"
        return Piece(i, j, " ".join(t.text for t in span), target, pos, "lexicon", LEXICON_PREFERRED)

    def _qualifier_piece(self, span: list[Token], i: int, j: int, key: str, src: Lang) -> Piece | None:
        """A qualifier the lexicon lists as a unit, said after the head in both languages: «неясного
        происхождения» / "of unknown origin", «с поражением почек» / "with renal complications"."""
        english = span if src == "en" else None
        for entry, _k in self.lex.lookup(key, src):
            forms = entry.forms(other_lang(src))
            if entry.pos != "adj" or not forms:
                continue
            first = (english[0].text if english else forms[0].split()[0]).lower()
            if first in _EN_QUALIFIER_WORDS:
                return Piece(i, j, " ".join(t.text for t in span), forms[0], "post", "lexicon", LEXICON_PREFERRED)
        return None

    def _sense_votes(self, key: str, src: Lang) -> Callable[[Entry], int]:
        """How many of the lexicon's phrases translate the word ``key`` by an entry's preferred form."""
        usage, tgt = self.lex.usage, other_lang(src)
        if usage is None or " " in key:
            return lambda _entry: 0
        return lambda entry: usage.sense_votes(src, key, self.an.key(entry.forms(tgt)[0], tgt)) if entry.forms(tgt) else 0

    def _mode(self, modifier: list[Token]) -> bool | None:
        """Whether Russian says an English noun modifier as an adjective (True) or a genitive
        (False) in the lexicon's phrases, when they agree two to one; else None."""
        if self.lex.usage is None:
            return None
        adj, gen = self.lex.usage.mode_votes(self.an.key_of_tokens(modifier, "en"))
        if adj + gen < 2 or max(adj, gen) < 2 * min(adj, gen):
            return None
        return adj > gen

    def _noun_entry(self, toks: list[Token]) -> Entry | None:
        """The lexicon's first noun entry with a Russian side for English words."""
        hits = self.lex.lookup(self.an.key_of_tokens(toks, "en"), "en")
        return next((e for e, _i in hits if e.pos == "noun" and e.ru), None)

    def _ru_entries(self, tok: Token) -> list[Entry]:
        """The first two lexicon entries of a Russian word."""
        return [e for e, _i in self.lex.lookup(self.an.key_of_tokens([tok], "ru"), "ru")[:2]]

    def _ru_anatomical(self, tok: Token) -> bool:
        """Whether a Russian noun names a part of the body («лёгкое», «мениск», «диафрагма»)."""
        return any(e.pos == "noun" and e.field == "anatomy" for e in self._ru_entries(tok))

    def _ru_condition(self, tok: Token) -> bool:
        """Whether a Russian noun names a disorder, injury or finding («ушиб», «новообразование»)."""
        return any(e.field in _CONDITION_FIELDS for e in self._ru_entries(tok))

    def _ru_finding(self, tok: Token) -> bool:
        """Whether a Russian noun names a sign or symptom first («гиперемия», «отёк»): found in
        a place, which then takes the article ("hyperemia of the posterior pharyngeal wall")."""
        return any(e.field == "symptom" for e in self._ru_entries(tok)[:1])

    def _anatomical(self, toks: list[Token]) -> str | None:
        """The Russian noun for English words that name a part of the body ("knee" → «колено»)."""
        entry = self._noun_entry(toks)
        return entry.ru[0] if entry is not None and entry.field == "anatomy" else None

    def _en_salt(self, toks: list[Token], pieces: list[Piece]) -> str | None:
        """A drug substance as Russian pharmacopoeias name it: "metformin hydrochloride" →
        «метформина гидрохлорид», "olmesartan medoxomil" → «олмесартана медоксомил", "losartan
        potassium" → «лозартан калия»."""
        if len(toks) != 2 or len(pieces) != 2 or any(p.target_pos != "noun" or " " in p.target for p in pieces):
            return None
        drug, part = (t.text.lower() for t in toks)
        if drug in _EN_CATIONS or not drug.isalpha():
            return None  # "calcium carbonate": both orders are usual; composition has them
        if part in _EN_CATIONS:
            if not self._drug_name(toks[0], pieces[0], "en"):
                return None  # "urine potassium" is «калий мочи»
            return f"{pieces[0].target} {ru_genitive(pieces[1].target)}"
        if part.endswith(("ide", "ate", "ite")) and pieces[1].target.endswith(("ид", "ат", "ит")) or part in _EN_ESTERS:
            # an anion ("-ate" → «-ат»), not an English word that looks like one ("rate" → «частота»)
            return f"{ru_genitive(pieces[0].target)} {pieces[1].target}"
        return None

    def _en_adverb_piece(self, t: Token, i: int) -> Piece | None:
        """"statistically" → «статистически», "predominantly" → «преимущественно»: the adverb of
        the Russian adjective the lexicon gives for the English one."""
        word = t.text.lower()
        for entry, _i in self.lex.lookup(self.an.key(word, "en"), "en"):
            if entry.pos == "adv" and entry.ru:
                return Piece(i, i + 1, t.text, entry.ru[0], "adj", "lexicon", LEXICON_PREFERRED)
        stems = [word[:-2], word[:-4] + "y" if word.endswith("ily") else "", word[:-4] + "ic" if word.endswith("ically") else "",
                 word[:-1] + "e" if word.endswith("bly") else ""]
        for stem in filter(None, stems):
            for entry, _i in self.lex.lookup(self.an.key(stem, "en"), "en"):
                if entry.pos == "adj" and entry.ru:
                    adverb = _ru_adverb(entry.ru[0])
                    if adverb:
                        return Piece(i, i + 1, t.text, adverb, "adj", "derived", LEXICON_SYNONYM)
        return None

    def _negated_piece(self, t: Token, i: int, src: Lang) -> Piece | None:
        """«нетяжёлый» → "non-severe", "noninvasive" → «неинвазивный»: a negated adjective the lexicon
        knows without its prefix."""
        low = t.lemma.lower()
        prefixes = ("не",) if src == "ru" else ("non-", "non", "un")
        for prefix in prefixes:
            if low.startswith(prefix) and len(low) > len(prefix) + 3:
                rest = low[len(prefix):]
                for entry, _i in self.lex.lookup(self.an.key(rest, src), src):
                    if entry.pos == "adj" and entry.forms(other_lang(src)):
                        target = entry.forms(other_lang(src))[0]
                        text = f"non-{target}" if src == "ru" else f"не{target}"
                        return Piece(i, i + 1, t.text, text, "adj", "lexicon", 0.85)
        return None

    def _relational(self, piece: Piece, toks: list[Token]) -> Piece | None:
        """The adjective the lexicon gives for an English noun modifier ("serum" → «сывороточный»),
        else the relational adjective Russian makes of its translation («опухоль» → «опухолевый»)."""
        key = self.an.key_of_tokens(toks[piece.start:piece.end], "en")
        for entry, _i in self.lex.lookup(key, "en"):
            if entry.pos == "adj" and entry.ru and not is_gloss(entry, "en"):
                # (a Russian word's gloss, «абстинентный» → "withdrawal", does not make
                # «абстинентный» the adjective of "withdrawal")
                return Piece(piece.start, piece.end, piece.source, entry.ru[0], "adj", "lexicon",
                             max(piece.score, LEXICON_PREFERRED))
        derived = ru_relational_adjective(piece.target) if " " not in piece.target else None
        if derived is not None:
            return Piece(piece.start, piece.end, piece.source, derived, "adj", "derived", piece.score * 0.9)
        return None

    def _en_latin_adjective(self, t: Token, i: int) -> Piece | None:
        """A Latin adjective after its noun, through the English adjective of the same root that the
        lexicon knows: "status migrainosus" (migrainous → «мигренозный»), "herpes zoster
        ophthalmicus" (ophthalmic → «офтальмический»)."""
        word = t.text.lower()
        for ending, english in _LATIN_ADJECTIVE_ENDINGS:
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            for e_end in english:
                for entry, _i in self.lex.lookup(self.an.key(word[:-len(ending)] + e_end, "en"), "en"):
                    if entry.pos == "adj" and entry.ru and not is_gloss(entry, "en"):
                        return Piece(i, i + 1, t.text, entry.ru[0], "adj", "cognate", 0.6)
        return None

    def _cognate_piece(self, toks: list[Token], i: int, src: Lang) -> Piece | None:
        piece = self._cognate_piece_of(toks, i, src)
        t = toks[i]
        if (piece is not None and piece.how in ("transliteration", "cognate") and t.text[:1].isupper()
                and not t.upper and (i > 0 or t.pos == "PROPN" or src == "en" and not _en_known(t.text))
                and piece.target[:1].islower()):
            # A name («Вальденстрем», "Willis") keeps its capital in the other language.
            piece = Piece(piece.start, piece.end, piece.source, piece.target[:1].upper() + piece.target[1:],
                          piece.target_pos, piece.how, piece.score)
        return piece

    def _cognate_piece_of(self, toks: list[Token], i: int, src: Lang) -> Piece | None:
        t = toks[i]
        if t.pos == "ABBR":
            return Piece(i, i + 1, t.text, t.text, "noun", "abbreviation", 0.3)
        if re.fullmatch(r"[IVX]{1,5}", t.text):
            # A Roman numeral is written the same in both languages.
            return Piece(i, i + 1, t.text, t.text, "noun", "abbreviation", LEXICON_SYNONYM)
        ordinal = _ordinal(t.text, src)
        if ordinal is not None:
            # «6-го ребра» → "6th rib", "3rd trimester" → «3-й триместр»
            return Piece(i, i + 1, t.text, ordinal, "adj", "derived", LEXICON_SYNONYM)
        word = t.lemma if src == "ru" else (t.lemma if t.pos == "NOUN" else t.text.lower())
        if not word.isalpha():
            return None
        tgt = other_lang(src)
        pos = "adj" if t.pos in ("ADJ", "PRTF") else "noun"
        from medgloss.terms.termhood import zipf

        if self._is_name(toks, i, src):
            # An eponym after its noun («синдром Шегрена», "Kernig sign"): the name, spelled.
            own = ru_name_nominative(t.text) if src == "ru" else t.text
            known = eponyms()[src].get(own.lower().replace("ё", "е"))
            if known is not None:
                # A name the lexicon's eponymous terms spell in both languages (Спирмен ↔ Spearman).
                return Piece(i, i + 1, t.text, known, "noun", "lexicon", LEXICON_SYNONYM)
            name = _romanize(own) if src == "ru" else cognates.transliterate_name_en(t.text)
            return Piece(i, i + 1, t.text, name[:1].upper() + name[1:], "noun", "transliteration", 0.35)
        gerund = src == "en" and i > 0 and toks[i - 1].pos == "PREP"  # "lack of testing"
        participle = self._participle(t, src) if not gerund else None
        if participle is not None:
            return Piece(i, i + 1, t.text, participle[0], "adj", "derived", participle[1])
        if src == "ru" and t.pos == "ADV" and re.search(r"[оие]$", word) and len(word) > 4:
            # «клинически значимый» → "clinically significant": the adverb of the adjective.
            for adjective in (word[:-1] + "ий", word[:-1] + "ый", word[:-1] + "ой"):
                hits = [(e, k) for e, k in self.lex.lookup(self.an.key(adjective, "ru"), "ru") if e.pos == "adj" and e.en]
                if hits:
                    entry, idx = hits[0]
                    return Piece(i, i + 1, t.text, en_adverb(entry.en[0]), "adj", "derived",
                                 0.8 * (LEXICON_PREFERRED - 0.03 * min(idx, 3)))
        if len(word) < 5 or zipf(word, src) > 4.2:
            # Short or everyday words are not borrowed from Greek and Latin: a last resort only.
            spelled = cognates.transliterate_ru(word) if tgt == "en" else cognates.transliterate_en(word)
            return Piece(i, i + 1, t.text, spelled, pos, "transliteration", 0.1)
        found = self._cognates(word, src) or (self._cognates(t.text.lower(), src) if t.text.lower() != word else [])
        if found:
            cand, score = found[0]
            return Piece(i, i + 1, t.text, cand, pos, "cognate", 0.75 * score)
        if tgt == "en" and pos == "adj":
            noun = self._ru_adjective_noun(word)
            if noun is not None:
                return Piece(i, i + 1, t.text, noun[0], "adj", "derived", noun[1])
        if tgt == "en":
            prefixed = self._prefixed_cognate(word)
            if prefixed is not None:
                return Piece(i, i + 1, t.text, prefixed[0], pos, "prefixed", 0.75 * prefixed[1])
            return Piece(i, i + 1, t.text, cognates.transliterate_ru(word), pos, "transliteration", 0.35)
        prefixed = self._prefixed_en(word) if pos == "adj" or word.endswith(("al", "ar", "ic", "ous")) else None
        if prefixed is not None:
            return Piece(i, i + 1, t.text, prefixed[0], "adj", "prefixed", prefixed[1])
        guess = cognates.transliterate_en(word)
        if pos == "adj" and word.endswith(("ant", "ent")) and not guess.endswith(("ый", "ий", "ой")):
            guess += "ный"  # adjuvant → адъювантный, resistant → резистентный
        if guess.endswith(("ющий", "щий", "нный", "ический", "альный", "онный")):
            pos = "adj"  # "alkylating" → «алкилирующий»: an adjective whatever the English tag
        from medgloss.nlp.russian import is_known

        return Piece(i, i + 1, t.text, guess, pos, "transliteration", 0.6 if is_known(guess) else 0.35)

    def _participle(self, t: Token, src: Lang) -> tuple[str, float] | None:
        """A participle through the lexicon's verbs: «добавленный» → «добавить» → add → "added",
        «стимулирующий» → "stimulating"; "pooled" → pool → «объединить» → «объединённый»."""
        if src == "ru":
            if t.pos != "PRTF":
                return None
            from medgloss.nlp.russian import token_parse

            parse = token_parse(t)
            if parse is None:
                return None
            found = self._ru_verb_participle(parse.normal_form, "ing" if "actv" in t.tags else "ed")
            return (found[0], 0.75 * found[1]) if found else None
        low = t.text.lower()
        if not low.endswith(("ed", "ing")) or t.pos not in ("ADJ", "VERB"):
            return None
        from medgloss.nlp.english import readings
        from medgloss.nlp.russian import inflect_word

        verbs = [lemma for pos, lemma in readings(low) if pos == "verb"]
        kind = "ing" if low.endswith("ing") else "ed"
        wanted = [{"PRTF", "actv", "pres"}, {"PRTF", "actv", "past"}] if kind == "ing" else [
            {"PRTF", "pssv", "past"}, {"PRTF", "pssv", "pres"}]
        for verb in verbs:
            for entry, idx in self.lex.lookup(self.an.key(verb, "en"), "en"):
                if entry.pos != "verb":
                    continue
                for grams in wanted:  # «нарушить» → «нарушенный» before «нарушать» → «нарушаемый»
                    for ru_verb in entry.ru:
                        head, _, rest = ru_verb.partition(" ")
                        infn = next((p for p in parses(head) if p.tag.POS == "INFN"), None)
                        form = inflect_word(infn, grams | {"masc", "sing", "nomn"}) if infn is not None else None
                        if form:
                            return f"{form} {rest}".strip(), 0.75 * (LEXICON_PREFERRED - 0.03 * min(idx, 3))
        return None

    def _ru_verb_participle(self, verb: str, kind: str) -> tuple[str, float] | None:
        """The English participle ("ing" or "ed") of the lexicon's first English verb for a Russian
        infinitive, with its score."""
        for entry, idx in self.lex.lookup(self.an.key(verb, "ru"), "ru"):
            if entry.pos == "verb" and entry.en:
                return en_participle(entry.en[0], kind), LEXICON_PREFERRED - 0.03 * min(idx, 3)
        return None

    def _entry_form(self, word: str, src: Lang, pos: str) -> str | None:
        """The preferred translation of a word as the lexicon lists it with part of speech ``pos``."""
        hits = [(e, k) for e, k in self.lex.lookup(self.an.key(word, src), src)
                if e.pos == pos and e.forms(other_lang(src)) and not e.abbreviation]
        hits.sort(key=lambda h: (is_gloss(h[0], src), h[1], not h[0].medical))
        return hits[0][0].forms(other_lang(src))[0] if hits else None

    def _is_name(self, toks: list[Token], i: int, src: Lang) -> bool:
        """A capitalised word the lexicon does not know, inside a term: a name («синдром Шегрена»,
        "Kernig sign"; terms are written in lower case but for names)."""
        t = toks[i]
        if not t.text[:1].isupper() or t.upper or not t.text.isalpha() or len(toks) < 2:
            return False
        if self.lex.lookup(self.an.key_of_tokens([t], src), src):
            return False
        if src == "ru":
            return i > 0
        from medgloss.nlp.english import readings

        return t.pos == "PROPN" or not readings(t.text.lower()) or i > 0 and not _en_known(t.text)

    def _ru_adjective_noun(self, adjective: str) -> tuple[str, float] | None:
        """The English noun modifier for a Russian relational adjective the lexicon lacks, through
        the noun it is made from: «опухолевый» → «опухоль» → "tumor", «табачный» → «табак» →
        "tobacco", «диффузионный» → «диффузия» → "diffusion"."""
        bases = _ru_adjective_bases(adjective)
        for noun in bases:
            for entry, idx in self.lex.lookup(self.an.key(noun, "ru"), "ru"):
                if entry.pos == "noun" and entry.en and not entry.abbreviation:
                    return entry.en[0], 0.8 * (LEXICON_PREFERRED - 0.03 * min(idx, 3))
        for noun in bases[:8]:
            # A borrowed noun no vocabulary lists in Russian: «нитриловый» → «нитрил» → "nitrile".
            if len(noun) >= 5:
                found = [(w, sc) for w, sc in cognates.english_index().find(noun, "ru") if sc >= 1.0]
                if found:
                    return found[0][0], 0.6
        return None

    def _prefixed_cognate(self, word: str) -> tuple[str, float] | None:
        """A Russian adjective made of a native prefix and an adjective the lexicon knows
        («надключичный» → "supraclavicular", «околопупочный» → "periumbilical") or a borrowed stem
        («межквартильный» → "interquartile", «внутриклеточный» → "intracellular"): the prefix by
        a table, the rest by the lexicon or by cognates."""
        for ru, en in _RU_PREFIXES:
            rest = word[len(ru):].lstrip("ъ")
            if not word.startswith(ru) or len(rest) < 5:
                continue
            adjectives = [self._entry_form(rest, "ru", "adj")]
            if adjectives[0] is None:
                # «надключичный»: «ключичный» → «ключица» → "clavicle" → "clavicular".
                for base in _ru_adjective_bases(rest)[:30]:
                    noun = self._entry_form(base, "ru", "noun")
                    if noun and " " not in noun:
                        adjectives.extend(_en_noun_adjectives(noun))
            for adjective in adjectives:
                if adjective is not None and " " not in adjective and adjective.isalpha():
                    joint = "-" if en[-1] in "aeiou" and adjective[0] == en[-1] else ""
                    return en + joint + adjective.lower(), 0.9 if adjective is adjectives[0] else 0.8
            found = self._cognates(rest, "ru")
            if found and found[0][1] >= 0.85:
                return en + found[0][0], found[0][1]
        return None

    def _prefixed_en(self, word: str) -> tuple[str, float] | None:
        """An English adjective made of a Latin prefix and an adjective the lexicon knows, as
        Russian says it with its own prefix: "supraclavicular" → «надключичный», "periumbilical" →
        «околопупочный», "intra-articular" → «внутрисуставной». A calque pymorphy3's dictionary
        knows scores higher than one it does not."""
        from medgloss.nlp.russian import is_known

        for en, ru in _EN_PREFIXES:
            rest = word[len(en):].lstrip("-")
            if not word.startswith(en) or len(rest) < 4:
                continue
            forms = [f for e, _k in self.lex.lookup(self.an.key(rest, "en"), "en")
                     if e.pos == "adj" and not is_gloss(e, "en") for f in e.ru if " " not in f]
            guesses = []
            for noun in _en_adjective_nouns(rest):
                ru_noun = self._entry_form(noun, "en", "noun")
                if ru_noun and " " not in ru_noun:
                    derived = ru_relational_adjective(ru_noun)
                    forms.extend([derived] if derived else [])
                    guesses.extend(_ru_adjective_guesses(ru_noun))
            made = []
            for form in forms:
                low = form.lower()
                sep = "ъ" if ru[-1] in "дж" and low[0] in "еёюя" else ""
                made.append(ru + sep + low)
            known = [m for m in made if is_known(m)] or [m for m in (ru + g for g in guesses) if is_known(m)]
            if known:
                return known[0], 0.7
            if made:
                return made[0], 0.45
        return None

    def _cognates(self, word: str, src: Lang) -> list[tuple[str, float]]:
        tgt = other_lang(src)
        found = []
        if not self._internal:
            corpus_words = self._corpus_words(tgt)
            found.extend((w, s) for w, s in corpus_words.find(word, src) if s >= 0.8)
        if tgt == "en":
            found.extend(cognates.english_index().find(word, src))
        return sorted(found, key=lambda x: -x[1])

    def _corpus_words(self, lang: Lang) -> cognates.CognateIndex:
        idx = self._corpus_index.get(lang)
        if idx is None:
            words = {w for canon in self.corpus.get(lang, {}).values() for w in canon.lower().split()}
            idx = self._corpus_index[lang] = cognates.CognateIndex.of_corpus(lang, words)
        return idx

    # -- candidates -----------------------------------------------------------------------

    def translate_tokens(self, toks: list[Token], src: Lang, number: bool = True) -> list[Translation]:
        """Candidates for a noun phrase given as analysed tokens, best first.

        ``number``: a source phrase in the plural («критерии исключения», "healthy volunteers")
        puts the plural of each candidate first; without it the candidates keep the number of
        their lexicon forms (as noun modifiers need: "subgroup analysis").
        """
        parts = self._punctuated(toks, src)
        if parts is not None:
            return parts
        toks = self._prepare(toks, src)
        if not toks:
            return []
        tgt = other_lang(src)
        out: dict[str, Translation] = {}
        own_number = self._lexicon_candidates(toks, src, out)
        clause = self._en_clause(toks, src) if src == "en" and not out else []
        for text, score, method, evidence in clause:
            # before the articles go: they tell a past tense from a participle
            self._add(out, text, tgt, score, method, evidence)
        if src == "en":
            # Articles and the possessive inside a term carry nothing to translate: "capacity of
            # the lung", "doctor's appointment" (a lexicon entry may still be written with them).
            bare = [t for t in toks if not (t.pos == "DET" and t.lemma.lower() in ("the", "a", "an")
                                            or t.text.lower() in ("'s", "’s", "'"))]
            if bare and len(bare) < len(toks):
                toks = bare
                if not out:
                    own_number = self._lexicon_candidates(toks, src, out)
        if (len(toks) > 1 or not out) and not clause:
            for text, score, method, evidence in self._compose(toks, src):
                self._add(out, text, tgt, score, method, evidence)
            for text, score, method, evidence in self._en_change_nominal(toks, src):
                self._add(out, text, tgt, score, method, evidence)
        if not out and len(toks) == 1 and "-" in toks[0].text:
            # «МРТ-контраст», "beta-cell": a hyphenated compound, headed by its last part.
            compound = self._hyphen_compound(toks[0], src)
            if compound is not None:
                self._add(out, *compound)
        if not out and any("-" in t.text for t in toks):
            for tr in self.translate(" ".join(t.text.replace("-", " ") for t in toks), src):
                self._add(out, tr.term, tgt, tr.score * 0.9, tr.methods[0], "; ".join(tr.evidence))
        if not out:
            # Nothing fits the whole phrase: word by word, each as the lexicon and the rules give
            # it, a word they lack spelled letter by letter, so that every term has a proposal.
            spell = cognates.transliterate_ru if src == "ru" else cognates.transliterate_en
            said, glossed = [], 0
            for t in toks:
                kept = t.upper or not t.text.isalpha()
                found = self._best([t], src, 1) if len(toks) > 1 and not kept else []
                if found and found[0].score > 0.05:
                    said.append(found[0].term)
                    glossed += 1
                else:
                    said.append(t.text if kept else spell(t.text))
            if glossed:
                self._add(out, " ".join(said), tgt, 0.05 + 0.02 * glossed / len(toks), "composition",
                          f"word by word ({glossed} of {len(toks)} words known; no rule fits the whole phrase)")
            else:
                self._add(out, " ".join(said), tgt, 0.05, "cognate", "transliteration of every word (no better evidence)")
        top = self._internal == 0  # a whole term, which opens in the nominative
        if number and _source_plural(toks, src, top):
            self._plurals(out, tgt, keep=own_number)
        elif number and own_number and _source_singular(toks, src, top):
            self._singulars(out, tgt, only=own_number)
        ranked = self._rank(out.values(), tgt)
        return ranked[:MAX_CANDIDATES]

    def translate(self, phrase: str, src: Lang) -> list[Translation]:
        return self.translate_tokens(self.an.analyse_text(phrase, src), src)

    def _punctuated(self, toks: list[Token], src: Lang) -> list[Translation] | None:
        """A phrase that punctuation divides, each part translated on its own and the punctuation
        kept: a list («головная боль, головокружение, сонливость» → "headache, dizziness,
        somnolence»), a note's findings («дыхание везикулярное, хрипов нет»), a heading and what
        follows it ("ECG: sinus rhythm"), a bracketed synonym or frequency at the end ("migraine
        with aura [classical migraine]", «очень часто (≥1/10)»). None when the phrase is not one:
        a comma before a participle, an adjective or a qualifier is the phrase's own
        («инфаркт мозга, вызванный тромбозом», "X, unspecified")."""
        n = len(toks)
        if n < 3 or not any(t.pos == "PUNCT" and t.text in ",:;[(—–" for t in toks[1:]):
            return None
        if self.lex.lookup(self.an.key_of_tokens(toks, src), src):
            return None  # a lexicon entry with its punctuation («болезнь, вызванная ВИЧ, …»)
        dashes = [m for m in range(1, n - 1) if toks[m].pos == "PUNCT" and toks[m].text in "—–"
                  and not (toks[m - 1].text[:1].isupper() and toks[m + 1].text[:1].isupper())]  # «Иценко – Кушинга»
        if src == "ru" and len(dashes) == 1 and not any(t.pos == "PUNCT" and t.text in ",:;" for t in toks):
            # «максимальная суточная доза — 40 мг» → "maximum daily dose: 40 mg": a dash says "is"
            m = dashes[0]
            return self._parts_joined([toks[:m], toks[m + 1:]], src, lambda ts: f"{ts[0]}: {ts[1]}")
        inserted = self._parenthesized_synonym(toks, src)
        if inserted is not None:
            return inserted
        last = toks[-1].text
        if last in ")]":
            opening = "(" if last == ")" else "["
            k = max((m for m in range(n - 1) if toks[m].text == opening), default=-1)
            if k <= 0 or any(t.text in "()[]" for t in toks[k + 1:n - 1]):
                return None
            inside = toks[k + 1:n - 1]
            if not any(ch.isalpha() for t in inside for ch in t.text):
                kept = _joined(inside)
                return self._parts_joined([toks[:k]], src, lambda ts: f"{ts[0]} {opening}{kept}{last}")
            return self._parts_joined([toks[:k], inside], src, lambda ts: f"{ts[0]} {opening}{ts[1]}{last}")
        cuts = [m for m in range(1, n - 1) if toks[m].pos == "PUNCT" and toks[m].text in ",:;" and not (
            _ECG_LEAD.fullmatch(toks[m - 1].text) and _ECG_LEAD.fullmatch(toks[m + 1].text))]  # "leads II, III"
        if not cuts:
            return None
        segments, seps, start = [], [], 0
        for m in cuts:
            segments.append(toks[start:m])
            seps.append(toks[m].text)
            start = m + 1
        segments.append(toks[start:])
        if any(not seg for seg in segments):
            return None
        if len(segments) == 2 and seps[0] == "," and len(segments[1]) > 1 and (
                segments[1][0].text.lower() in ("including", "включая") or segments[1][0].text.lower() == "в"
                and len(segments[1]) > 3 and [t.text.lower() for t in segments[1][1:3]] == ["том", "числе"]):
            # "anaphylactic reactions, including anaphylactic shock" ↔ «…, включая анафилактический шок»
            skip = 1 if segments[1][0].text.lower() != "в" else 3
            word = "включая" if src == "en" else "including"
            case = "accs" if src == "en" else ""
            return self._parts_joined([segments[0], segments[1][skip:]], src, lambda ts: (
                f"{ts[0]}, {word} {ru_case(ts[1], case) if case else ts[1]}"))
        if src == "en" and len(segments) == 2 and len(segments[1]) == 1 and segments[1][0].pos == "ADJ":
            # "atrioventricular block, complete" → «атриовентрикулярная блокада полная», as the
            # Russian classification writes a qualifier: after the noun, agreeing
            adjective = self._entry_form(segments[1][0].text, "en", "adj")
            words = [t.lemma.lower() for t in segments[0]]
            if segments[1][0].text.lower() == "unspecified" and "neoplasm" in words and "of" in words:
                # "Malignant neoplasm of breast, unspecified" → «… молочной железы неуточнённой
                # части»: what is unspecified in a neoplasm's title is the part of the organ
                return self._parts_joined([segments[0]], src, lambda ts: f"{ts[0]} неуточнённой части")
            if adjective is not None and " " not in adjective:
                return self._parts_joined([segments[0]], src, lambda ts: (
                    f"{ts[0]} {ru_agree(adjective, *ru_head_grammar(ts[0]))}"))
        for seg in segments[1:]:
            first = seg[0]
            low = first.text.lower()
            if first.pos in ("PRTF", "VERB", "CONJ", "PREP") or low in ("который", "которая", "которое", "которые",
                                                                       "including", "unspecified", "which", "not",
                                                                       "не", "включая", "в"):
                return None
            if len(seg) == 1 and first.pos in ("ADJ", "PRTF"):
                return None  # "atrioventricular block, complete", «гастрит, неуточнённый»
            if first.pos in ("ADJ", "PRTF") and len(seg) > 1:
                # «качество жизни, связанное со здоровьем», "…, related to health": a clause on
                # the noun before, not an item with its own noun
                noun = next((t for t in seg if t.pos == "NOUN"), None)
                if seg[1].pos == "PREP" or noun is None or src == "ru" and not ru_agrees(first, noun):
                    return None
        return self._parts_joined(segments, src, lambda ts: "".join(
            t + (f"{seps[i]} " if i < len(seps) else "") for i, t in enumerate(ts)))

    def _parenthesized_synonym(self, toks: list[Token], src: Lang) -> list[Translation] | None:
        """"Essential (primary) hypertension" ↔ «эссенциальная (первичная) гипертензия»: a synonym
        in brackets after the first word, as classification titles write it. The phrase is
        translated without it; the bracketed word, agreeing, follows the word that says the first
        one. Without such a word the phrase is given without the brackets."""
        n = len(toks)
        if n < 5 or toks[1].text != "(" or toks[3].text != ")":
            return None
        word = toks[2]
        if src == "en" and word.pos != "ADJ":
            from medgloss.nlp.english import readings

            adjective = next((lemma for pos, lemma in readings(word.text.lower()) if pos == "adj"), None)
            word = dataclasses.replace(word, pos="ADJ", lemma=adjective) if adjective else word
        if word.pos not in ("ADJ", "PRTF"):
            return None
        tgt = other_lang(src)
        main = self.translate_tokens([toks[0], *toks[4:]], src)[:3]
        inner = self._best([word], src, 1)
        if not main or not inner:
            return None
        firsts = {_en_or_ru_lemma(t.term, tgt) for t in self.translate_tokens([toks[0]], src)[:4] if " " not in t.term}
        out: dict[str, Translation] = {}
        for m in main:
            first, _, rest = m.term.partition(" ")
            if rest and _en_or_ru_lemma(first, tgt) in firsts:
                said = inner[0].term
                if tgt == "ru":
                    said = ru_agree(said, *ru_head_grammar(m.term))
                self._add(out, f"{first} ({said}) {rest}", tgt, m.score * inner[0].score * 1.02, "composition",
                          "; ".join(m.evidence) + f"; ({toks[2].text}) → ({said}) after {first}")
            self._add(out, m.term, tgt, m.score * 0.95, m.methods[0], "; ".join(m.evidence) + f"; ({toks[2].text}) left out")
        return self._rank(out.values(), tgt)[:MAX_CANDIDATES]

    def _parts_joined(self, segments: list[list[Token]], src: Lang, join: Callable[[list[str]], str]) -> list[Translation] | None:
        """Each segment's best translations (at most 2), joined by ``join``; None when one has none."""
        tgt = other_lang(src)
        best = [self.translate_tokens(seg, src)[:2] for seg in segments]
        if any(not b for b in best):
            return None
        out: dict[str, Translation] = {}
        firsts = [b[0] for b in best]
        score = COMPOSITION_FACTOR
        for b in firsts:
            score *= b.score
        evidence = "; ".join(f"{' '.join(t.text for t in seg)} → {b.term}" for seg, b in zip(segments, firsts))
        self._add(out, join([b.term for b in firsts]), tgt, score, "composition", f"composition: parts apart: {evidence}")
        for i, b in enumerate(best):
            for alt in b[1:]:
                terms = [x.term for x in firsts]
                terms[i] = alt.term
                self._add(out, join(terms), tgt, score * alt.score / max(firsts[i].score, 1e-6), "composition",
                          f"composition: parts apart: {evidence}; {alt.term} for {firsts[i].term}")
        return self._rank(out.values(), tgt)[:MAX_CANDIDATES]

    def _prepare(self, toks: list[Token], src: Lang) -> list[Token]:
        """The words of a phrase: punctuation dropped (hyphens kept), a leading article dropped,
        and words joined by a dash written as one hyphenated word («синдром Иценко – Кушинга»)."""
        if any(t.pos == "PUNCT" and t.text in "-–—" for t in toks[1:-1]):
            words, k = [], 0
            while k < len(toks):
                t = toks[k]
                if (t.pos == "PUNCT" and t.text in "-–—" and words and k + 1 < len(toks)
                        and toks[k + 1].pos != "PUNCT" and toks[k - 1].pos != "PUNCT"):
                    words[-1] = f"{words[-1]}-{toks[k + 1].text}"
                    k += 2
                    continue
                words.append(t.text)
                k += 1
            toks = self.an.analyse_text(" ".join(words), src)
        if any(_GREEK_DIGIT.match(t.text) for t in toks):
            # «альфа1-адреноблокатор», "beta2-agonist": the letter, a hyphen, the number, as the
            # lexicon writes them («альфа-1-адреноблокатор», "beta-2-agonist")
            toks = self.an.analyse_text(" ".join(_GREEK_DIGIT.sub(r"\1-\2", t.text) for t in toks), src)
        if src == "ru" and any(re.fullmatch(r"\d{1,2}[абвгАБВГ]", t.text) for t in toks):
            # «ХБП 3б стадии», «стадия 4В»: a sub-stage letter is the letter of the same place in
            # the Latin alphabet ("3b", "4C")
            toks = [dataclasses.replace(t, text=t.text[:-1] + _SUBSTAGE_LETTERS[t.text[-1]], pos="X")
                    if re.fullmatch(r"\d{1,2}[абвгАБВГ]", t.text) else t for t in toks]
        # (after a number, the signs of its unit stay: "40%", «100 г/л», «39 °C»)
        units = "%°/×±<>≤≥^" if any(t.pos == "NUM" for t in toks) else ""
        toks = [t for t in toks if t.pos != "PUNCT" or t.text in "-–" or t.text in units]
        while toks and toks[0].pos in ("DET", "PRON$") and not (
                toks[0].text.lower() in ("every", "each") and len(toks) > 1 and toks[1].pos == "NUM"
                or toks[0].text.lower() in _EN_KEPT_DETERMINERS and len(toks) > 1):
            # "an epidemic", "the brain" ("every 8 hours", "no pneumothorax", "more than 50 patients"
            # keep their word)
            toks = toks[1:]

        while toks and toks[-1].pos == "PUNCT" and toks[-1].text != "%":
            toks = toks[:-1]
        return toks

    def _lexicon_candidates(self, toks: list[Token], src: Lang, out: dict[str, Translation]) -> set[str]:
        """The whole phrase as a lexicon entry; the keys of the candidates whose entry writes the
        source in the plural (their number is then the lexicon's business: «роды», "vital signs")."""
        tgt = other_lang(src)
        key = self.an.key_of_tokens(toks, src)
        votes = self._sense_votes(key, src)
        hits = _by_role(self.lex.lookup(key, src), toks, src, votes)
        if not hits and src == "ru":
            # A term typed as a dictionary writes it («пах», «петля Генле»): its canonical reading.
            canonical = self.an.key(" ".join(t.text for t in toks), src)
            if canonical != key:
                hits = _by_role(self.lex.lookup(canonical, src), toks, src)
        if not hits:
            # A word alone has no context to tag it by ("common" read as a noun), and a phrase may
            # be an adverbial one («один раз в сутки»): an entry of another part of speech, verbs
            # aside, beats a composed guess.
            # A set phrase of a label or a note with a verb ("keep out of the reach of children",
            # «не применять по истечении срока годности») is found whole.
            hits = sorted((h for h in _spelled_as(self.lex.lookup(key, src), toks, src)
                           if h[0].pos != "verb" and (len(toks) == 1 or h[0].pos == "adv")
                           or h[0].pos == "verb" and len(toks) > 2),
                          key=lambda h: (is_gloss(h[0], src), h[1]))
        if len(toks) == 1 and not toks[0].upper and toks[0].pos in ("PREP", "CONJ", "PART", "PRON", "DET"):
            hits = [h for h in hits if not h[0].abbreviation]  # «по» is not ПО
        source_abbr = len(toks) == 1 and toks[0].pos == "ABBR"
        own_plural: set[str] = set()  # keys of candidates whose entry writes the source in the plural
        for entry, idx in hits:
            gloss = is_gloss(entry, src)
            forms = entry.forms(tgt)
            own = entry.forms(src)[idx] if idx < len(entry.forms(src)) else ""
            plural_entry = _form_is_plural(own, src)
            for n, form in enumerate(forms):
                score = (LEXICON_PREFERRED if n == 0 else LEXICON_SYNONYM - 0.02 * (n - 1)) - 0.03 * min(idx + 3 * gloss, 3)
                if _abbreviation_like(form) != source_abbr:
                    score -= 0.15  # an abbreviation translates an abbreviation, a full form a full form
                # Between entries that tie, a medical one wins, then the sense the lexicon's phrases
                # use most, then the more common target word.
                score += 0.01 * entry.medical + 0.002 * _zipf_phrase(form, tgt)
                if n == 0:
                    score += 0.004 * min(math.log2(1 + votes(entry)), 5)
                self._add(out, form, tgt, score, "lexicon", _entry_evidence(entry))
                if plural_entry:
                    own_plural.add(self.an.key(form, tgt))
        return own_plural

    def _plurals(self, out: dict[str, Translation], tgt: Lang, keep: set[str] = frozenset()) -> None:
        """The plural of each candidate, just above it: the source term is plural (those of
        ``keep``, whose entry is in the plural itself, keep their number)."""
        for tr in list(out.values()):
            if tr.methods[0] != "lexicon" or tr.key in keep:
                continue  # composition gives its candidates the source's number itself
            plural = ru_plural(tr.term) if tgt == "ru" else en_plural(tr.term)
            if plural is None or (tgt == "en" and _uncountable(tr.term)):
                continue
            self._add(out, plural, tgt, tr.score + 0.004, tr.methods[0],
                      "; ".join(tr.evidence) + "; plural, as the source term")

    def _singulars(self, out: dict[str, Translation], tgt: Lang, only: set[str]) -> None:
        """The singular of each candidate of ``only``, just above it: the source term is singular
        where the lexicon writes the plural ("quality-adjusted life years")."""
        for tr in list(out.values()):
            if tr.key not in only:
                continue
            single = ru_singular(tr.term) if tgt == "ru" else en_singular(tr.term)
            if single is None or tgt == "ru" and _plural_after_head(tr.term):
                continue  # «метастазы в лимфатические узлы»: the number runs through the phrase
            self._add(out, single, tgt, tr.score + 0.004, tr.methods[0],
                      "; ".join(tr.evidence) + "; singular, as the source term")

    def _hyphen_compound(self, tok: Token, src: Lang) -> tuple[str, Lang, float, str, str] | None:
        """A hyphenated word no vocabulary knows, part by part ("beta-agonist" → «бета-агонист»)."""
        raw_parts = [p for p in tok.text.split("-") if p]
        if _name_chain(tok.text):
            # Two names («Щёткина-Блюмберга», "Willis-Ekbom"): each spelled, joined by a hyphen.
            known = eponyms()[src]
            if src == "ru":
                own = [ru_name_nominative(p) for p in raw_parts]
                found = [known.get(p.lower().replace("ё", "е")) for p in own]
                names = [f or _romanize(p) for f, p in zip(found, own)]
            else:
                found = [known.get(p.lower()) for p in raw_parts]
                names = [f or cognates.transliterate_name_en(p) for f, p in zip(found, raw_parts)]
            text = "-".join(n[:1].upper() + n[1:] for n in names)
            if all(found):
                return (text, other_lang(src), LEXICON_SYNONYM, "lexicon",
                        f"names as the lexicon's eponymous terms spell them: {tok.text} → {text}")
            return text, other_lang(src), 0.3, "cognate", f"names spelled: {tok.text} → {text}"
        if src == "ru" and len(raw_parts) == 2 and (len(raw_parts[0]) == 1 and raw_parts[0] in _CYRILLIC_LATIN
                                                   or raw_parts[0].isascii() and raw_parts[0][:1].isalnum()):
            # «Т-клеточный» → "T-cell", «HER2-положительный» → "HER2-positive": a letter or a Latin
            # name, then the noun a relational adjective comes from (English compounds use nouns).
            letter = _CYRILLIC_LATIN.get(raw_parts[0], raw_parts[0])
            last = raw_parts[1].lower()
            analysed = self.an.analyse_text(last, src)
            lemma = analysed[0].lemma if analysed else last
            noun = self._ru_adjective_noun(lemma) if analysed and analysed[0].pos in ("ADJ", "PRTF") else None
            if noun is None:
                tr = self._sub(raw_parts[1], src)
                noun = (tr[0].term, tr[0].score) if tr else None
            if noun is not None:
                text = f"{letter}-{noun[0]}"
                return text, other_lang(src), COMPOSITION_FACTOR * noun[1], "composition", f"composition: {tok.text} → {text}"
        if src == "ru" and len(raw_parts) == 2:
            last = self.an.analyse_text(raw_parts[1], "ru")
            cause = _RU_CAUSE_PARTICIPLES.get(last[0].lemma.lower()) if last else None
            first_tr = self._sub(raw_parts[0], src) if cause else []
            if cause and first_tr:
                # «инфаркт-связанная артерия» → "infarct-related artery".
                text = f"{first_tr[0].term}-{cause}"
                return text, "en", COMPOSITION_FACTOR * first_tr[0].score, "composition", f"composition: {tok.text} → {text}"
        parts = [self._sub(p, src) for p in raw_parts]
        if src == "ru" and len(raw_parts) == 2 and re.search(r"[а-я][оие]$", raw_parts[0].lower()):
            # «диффузионно-взвешенный», «гипоксически-ишемический»: the first part is an adjective.
            first = raw_parts[0].lower()
            for adjective in (first[:-1] + "ый", first[:-1] + "ий", first[:-1] + "ой"):
                tr = self._sub(adjective, src)
                if tr and tr[0].score >= 0.3 and (not parts[0] or tr[0].score > parts[0][0].score):
                    parts[0] = tr
                    break
            if all(parts):
                text = f"{parts[0][0].term}-{parts[1][0].term}"
                score = COMPOSITION_FACTOR * parts[0][0].score * parts[1][0].score
                return text, other_lang(src), score, "composition", f"composition: {tok.text} → {text}"
        if not parts or not all(parts):
            return None
        terms = [p[0].term for p in parts]
        if src == "en" and len(terms) == 2 and len(raw_parts[0]) > 1 and raw_parts[0].isupper() and terms[0] == raw_parts[0]:
            # "ST-segment", "QT-interval": Russian puts the letters after the noun («сегмент ST»).
            terms = [terms[1], terms[0]]
            text = " ".join(terms)
            score = COMPOSITION_FACTOR * parts[1][0].score
            return text, other_lang(src), score, "composition", f"composition: {tok.text} → {text}"
        if src == "en" and len(terms) == 2 and all(target_pos_ru(x) == "adj" and " " not in x for x in terms):
            # "hypoxic-ischemic" → «гипоксически-ишемический», "cardiopulmonary" → «сердечно-лёгочный».
            text = f"{_ru_compound_first(terms[0])}-{terms[1]}"
            score = COMPOSITION_FACTOR * parts[0][0].score * parts[1][0].score
            return text, other_lang(src), score, "composition", f"composition: {tok.text} → {text}"
        joiner = "-" if src == "en" and len(terms) == 2 and (
            terms[0].lower() in GREEK_LETTER_NAMES or _abbreviation_like(terms[0]) or terms[0].isascii()) else " "
        text = joiner.join(terms)
        score = COMPOSITION_FACTOR
        for p in parts:
            score *= p[0].score
        evidence = "composition: " + ", ".join(f"{s} → {p[0].term}" for s, p in zip(raw_parts, parts))
        return text, other_lang(src), score, "composition", evidence

    def _add(self, out: dict[str, Translation], text: str, lang: Lang, score: float, method: str, evidence: str) -> None:
        # A dependent the head already says is not said twice («печёночный изгиб ободочной кишки»
        # + «ободочной кишки»).
        text = re.sub(r"\b((?:\w+ )*\w+) \1\b", r"\1", text)
        if lang == "en":
            # "oxygen saturation of oxygen": a dependent the head's own words already say
            text = re.sub(r"\b(\w+) ([\w-]+) of \1\b(?! [a-z])", r"\1 \2", text)
        key = self.an.key(text, lang)
        if not key:
            return
        tr = out.get(key)
        if tr is None:
            out[key] = Translation(text, lang, key, score, [method], [evidence])
            return
        if method not in tr.methods:
            tr.methods.append(method)
            tr.evidence.append(evidence)
            tr.score = min(0.99, max(tr.score, score) + 0.03)
        elif score > tr.score:
            tr.score, tr.term = score, text
            tr.evidence[tr.methods.index(method)] = evidence

    def _rank(self, cands: Iterable[Translation], lang: Lang) -> list[Translation]:
        if self._internal:
            return sorted(cands, key=lambda t: (-t.score, t.term))
        corpus = self.corpus.get(lang, {})
        for tr in cands:
            if tr.key in corpus:
                tr.attested = True
                tr.term = corpus[tr.key] if tr.methods == ["composition"] else tr.term
                tr.score = min(0.99, tr.score + ATTESTED_BONUS)
                if "corpus" not in tr.methods:
                    tr.methods.append("corpus")
                    tr.evidence.append(f"attested: a term of the {lang} documents")
        # Attested candidates rank first, unless they are guesses (transliteration-level scores).
        return sorted(cands, key=lambda t: (not (t.attested and t.score >= 0.3), -t.score, t.term))

    # -- composition ----------------------------------------------------------------------

    def _best(self, toks: list[Token], src: Lang, n: int = 2, number: bool = True) -> list[Translation]:
        """The best translations of a part of a phrase, from the lexicon and rules alone: what the
        corpus attests counts for the whole candidate only (so that adding a document changes no
        more than the build re-aligns)."""
        if not toks:
            return []
        self._internal += 1
        try:
            return self.translate_tokens(toks, src, number=number)[:n]
        finally:
            self._internal -= 1

    def _sub(self, phrase: str, src: Lang) -> list[Translation]:
        return self._best(self.an.analyse_text(phrase, src), src, MAX_CANDIDATES)

    def _compose(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """Composition (``_compose_parts``) of the phrase in the order the target says it
        (``_baseline_after_change``), with a joint named as each language names it: the parts of a
        joint and what is found in it belong in Russian to the joint, in English to the region
        ("anterior cruciate ligament of the left knee" ↔ «передняя крестообразная связка левого
        коленного сустава»)."""
        if src == "en":
            toks = _baseline_after_change(toks)
        joint = self._joint_of(toks, src)
        if joint is None:
            return self._compose_parts(toks, src)
        k, region = joint
        if src == "en":
            joined = self.an.analyse_text(" ".join([*(t.text for t in toks[:k]), region, "joint",
                                                    *(t.text for t in toks[k + 1:])]), src)
            return [(text, score * 1.02, method, f"{evidence}; {region} of a joint's part → the joint")
                    for text, score, method, evidence in self._compose_parts(joined, src)]
        out = []
        for text, score, method, evidence in self._compose_parts(toks, src):
            said = re.sub(rf"\b(of|in|on) (left|right) {region} joint\b", rf"\1 the \2 {region}", text)
            said = re.sub(rf"\b{region} joint\b", region, said)
            if said != text:
                out.append((said, score * 1.02, method, f"{evidence}; the {region} joint's part → the {region}'s"))
            out.append((text, score, method, evidence))
        return out

    def _joint_of(self, toks: list[Token], src: Lang) -> tuple[int, str] | None:
        """Where a phrase names a part of a joint or a finding in it by the region (English:
        the region word's index) or by the joint (Russian: the English region), or None."""
        lemmas = [t.lemma.lower().replace("ё", "е") for t in toks]
        if src == "en":
            k = len(toks) - 1
            of = next((m for m in range(k - 1, 0, -1) if lemmas[m] == "of"), None)
            if (of is None or lemmas[k] not in _EN_JOINT_REGIONS or not any(w in _EN_JOINT_PARTS for w in lemmas[:of])
                    or not all(t.pos in ("DET", "ADJ") for t in toks[of + 1:k])):
                return None
            return k, lemmas[k]
        for m in range(2, len(toks)):
            if (lemmas[m] == "сустав" and toks[m].case == "gent" and lemmas[m - 1] in _RU_JOINT_ADJECTIVES
                    and any(w in _RU_JOINT_PARTS for w in lemmas[:m - 1])):
                return m, _RU_JOINT_ADJECTIVES[lemmas[m - 1]]
        return None

    def _compose_parts(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """Composition: identifiers after a noun, coordinated phrases, prepositional phrases, then a
        plain noun phrase."""
        n = len(toks)
        scored = (self._scale_score(toks, src) or self._ecg_leads(toks, src) or self._ru_organs_of(toks, src)
                  or self._en_region_exam(toks, src) or self._en_leading_word(toks, src))
        if scored:
            return scored
        clause = ((self._en_participle_clause(toks) or self._en_past_participle_clause(toks)
                   or self._en_participle_place(toks)) if src == "en"
                  else self._ru_participle_clause(toks))
        if clause:
            return clause
        if src == "ru" and n > 1 and toks[0].text.lower() == "по" and toks[1].text[:1].isdigit():
            # «по 2 капли в каждый глаз» → "2 drops into each eye": «по» of a dose says "each time"
            return [(tr.term, tr.score, "composition", "; ".join(tr.evidence) + "; «по» before a dose left unsaid")
                    for tr in self._best(toks[1:], src, 3)]
        dose = self._at_dose(toks, src)
        if dose:
            return dose
        if (src == "ru" and n >= 2 and (toks[0].text in _ROMAN or toks[0].text.isdigit())
                and toks[1].lemma.lower() in _RU_NUMBERED_PARTS):
            # «VI сегмент правой доли печени» → "segment VI of the right lobe of the liver"
            noun = _RU_NUMBERED_PARTS[toks[1].lemma.lower()]
            return [(re.sub(rf"\b{noun}s?\b", f"{noun} {toks[0].text}", tr.term, count=1), tr.score, "composition",
                     "; ".join(tr.evidence) + f"; {toks[0].text} after the noun")
                    for tr in self._best(toks[1:], src, 2) if re.search(rf"\b{noun}", tr.term)]
        # a note's participle opening the phrase takes what follows it ("discharged on day 7")
        opening = self._en_predicate(toks, src) if src == "en" and toks[0].pos == "VERB" else []
        bounded = opening or self._ru_clause(toks, src) or self._quantity(toks, src) or self._counted(toks, src)
        if bounded:
            return bounded
        alone = (self._ru_predicate(toks, src) or self._en_predicate(toks, src) or self._negated_finding(toks, src)
                 or self._ru_passive_statement(toks, src) or self._prepositional_alone(toks, src)
                 or self._severity(toks, src) or self._followed_by(toks, src) or self._or_higher(toks, src))
        if alone:
            return alone
        generation = next((m for m in range(2, n) if src == "ru" and toks[m].lemma.lower() == "поколение"
                           and _series_number(toks[m - 1].text) is not None), None)
        if generation is not None:
            # «цефалоспорин III поколения» → "third-generation cephalosporin"
            said = f"{_EN_ORDINAL_WORDS[_series_number(toks[generation - 1].text)]}-generation"
            return [(f"{said} {tr.term}", tr.score * COMPOSITION_FACTOR, "composition",
                     "; ".join(tr.evidence) + f"; {toks[generation - 1].text} {toks[generation].text} → {said}")
                    for tr in self._best(toks[:generation - 1] + toks[generation + 1:], src, 3)]
        if (src == "ru" and n >= 2 and toks[-1].lemma.lower().replace("ё", "е") == "неуточненный"
                and toks[-1].case == "nomn" and toks[-2].pos == "NOUN"):
            # «хронический гастрит неуточнённый» → "chronic gastritis, unspecified", as the
            # classification writes it.
            return [(f"{tr.term}, unspecified", tr.score * COMPOSITION_FACTOR, "composition",
                     "; ".join(tr.evidence) + "; неуточнённый after the noun → , unspecified")
                    for tr in self._best(toks[:-1], src, 3)]
        tail = next((q for q in _RU_CLASSIFICATION_TAILS if src == "ru" and n > len(q)
                     and tuple(t.lemma.lower().replace("ё", "е") for t in toks[-len(q):]) == q), None)
        if tail is not None:
            # «… молочной железы неуточнённой части» → "… of breast, unspecified", «пневмония без
            # уточнения возбудителя» → "pneumonia, unspecified organism", as the classification writes them.
            said = _RU_CLASSIFICATION_TAILS[tail]
            return [(f"{tr.term}{said}", tr.score * COMPOSITION_FACTOR, "composition",
                     "; ".join(tr.evidence) + f"; {' '.join(t.text for t in toks[-len(tail):])} →{said}")
                    for tr in self._best(toks[:-len(tail)], src, 3)]
        for qualifier, (before, adjective, after) in sorted(_EN_CLASSIFICATION_QUALIFIERS.items(),
                                                            key=lambda q: -len(q[0])) if src == "en" else ():
            # "sepsis, unspecified" → «сепсис неуточнённый», "… not elsewhere classified" → «…, не
            # классифицированный в других рубриках»: after the noun, agreeing, as the Russian
            # classification writes it.
            size = len(qualifier)
            if n > size and tuple(t.text.lower() for t in toks[-size:]) == qualifier and toks[-size - 1].pos in (
                    "NOUN", "PROPN", "ABBR"):
                out = []
                for tr in self._best(toks[:-size], src, 3):
                    said = f"{before}{ru_agree(adjective, *ru_head_grammar(tr.term)) if adjective else ''}{after}"
                    out.append((f"{tr.term}{said}", tr.score * COMPOSITION_FACTOR, "composition",
                                "; ".join(tr.evidence) + f"; {' '.join(qualifier)} after the noun →{said}"))
                return out
        given = ((self._ru_persons_with(toks) or self._ru_treatment_with(toks)) if src == "ru"
                 else self._en_side_of(toks) or self._en_of_chain(toks))
        if given:
            return given
        postposed = self._ru_postposed_adjectives(toks) if src == "ru" else None
        if postposed is not None:
            return postposed
        for k in range(max(1, n - 4), n) if src == "ru" else ():
            # «боль в груди ночью» → "chest pain at night", «сатурация 88% на атмосферном
            # воздухе» → "… on room air"
            trailing = self._trailing_adverbial(toks, k, src) if toks[k].text not in "%°/×±" else []
            if trailing:
                return trailing
        k = next((m for m in range(1, n - 1) if src == "ru" and toks[m].lemma in _RU_ONSET_NOUNS
                  and toks[m].case == "gent" and toks[m - 1].lemma in _RU_LIKELIHOOD_HEADS), None)
        if k is not None:
            # «риск развития инсульта» → "risk of stroke", "stroke risk": English leaves the onset unsaid.
            return [(tr.term, tr.score, "composition",
                     "; ".join(tr.evidence) + f"; «{toks[k].text}» after «{toks[k - 1].text}» left unsaid")
                    for tr in self._best(toks[:k] + toks[k + 1:], src, 3)]
        if (src == "ru" and n >= 3 and _identifier(toks[-1].text) and not _SPINAL_LEVEL.fullmatch(toks[-1].text)
                and toks[-2].pos == "NOUN" and toks[-2].case == "gent" and toks[-3].pos == "NOUN"
                and toks[-2].lemma.lower() not in _RU_SERIES):
            # «аналог простагландина F2α» → "prostaglandin F2α analog": the letter names the genitive's noun
            named = self._best(toks[-2:], src, 1, number=False)  # "factor VIII", "BRCA1 gene"
            if named:
                inner = named[0].term
                out = []
                for tr in self._best(toks[:-2], src, 2):
                    score = tr.score * named[0].score * COMPOSITION_FACTOR
                    if len(tr.term.split()) <= 2 and " of " not in f" {tr.term} ":
                        out.append((f"{inner} {tr.term}", score * 1.02, "composition",
                                    "; ".join(tr.evidence) + f"; {inner} before the noun"))
                    out.append((f"{tr.term} of {inner}", score, "composition", "; ".join(tr.evidence) + f"; of {inner}"))
                return out
        if src == "ru" and n >= 2 and _SPINAL_LEVEL.fullmatch(toks[-1].text) and toks[-2].pos == "NOUN":
            # «межпозвонковый диск L5–S1» → "L5–S1 intervertebral disc": English names the level first
            level = toks[-1].text.replace("Th", "T")  # «Th12» is "T12"
            return [(f"{level} {tr.term}", tr.score * COMPOSITION_FACTOR, "composition",
                     "; ".join(tr.evidence) + f"; the level {toks[-1].text} before the noun")
                    for tr in self._best(toks[:-1], src, 3)]
        if n >= 2 and _identifier(toks[-1].text) and toks[-2].pos in ("NOUN", "PROPN", "ADJ", "X", "ABBR") and not (
                src == "ru" and n >= 3 and toks[-2].lemma == "тип") and not (
                n >= 3 and (toks[-2].pos in ("NOUN", "PROPN") or toks[-2].text.lower() in _EN_SERIES)):
            # "vitamin D2", «протеин S», "factor VIIa", «ангиотензин II»: the letter stays after the noun.
            return [(f"{tr.term} {toks[-1].text}", tr.score * COMPOSITION_FACTOR, "composition",
                     "; ".join(tr.evidence) + f"; {toks[-1].text} kept after the noun")
                    for tr in self._best(toks[:-1], src, 3)]
        t_at = next((m for m in range(2, n) if toks[m].lemma == "тип" and toks[m].case == "gent" and (
            _identifier(toks[m - 1].text) or re.fullmatch(r"\d+-?(?:го|й|ой|ий)?", toks[m - 1].text))), None)
        if src == "ru" and t_at is not None:
            # «сахарный диабет 2 типа (без осложнений)» → "type 2 diabetes mellitus (without complications)".
            # Inside a prepositional phrase («пациенты с сахарным диабетом 2 типа») the type goes
            # before the disease, not before the whole phrase.
            number = re.sub(r"-.*$", "", toks[t_at - 1].text)
            q = next((m + 1 for m in range(t_at - 2, 0, -1) if toks[m].pos == "PREP"), 0)
            diseases = [d.term for d in self._best(toks[q:t_at - 1], src, 3)] if q else []
            out = []
            for tr in self._best(toks[:t_at - 1] + toks[t_at + 1:], src, 3):
                disease = next((d for d in diseases if f" {d}" in f" {tr.term}"), None)
                text = (re.sub(rf"(^|\s){re.escape(disease)}", rf"\1type {number} {disease}", tr.term, count=1)
                        if disease else f"type {number} {tr.term}")
                out.append((text, tr.score * COMPOSITION_FACTOR, "composition",
                            "; ".join(tr.evidence) + f"; {toks[t_at - 1].text} {toks[t_at].text} → type {number}"))
            return out
        if src == "en" and n >= 3 and toks[0].lemma == "type" and _identifier(toks[1].text):
            # "type 2 diabetes" → «диабет 2 типа»; "type 2 diabetes without complications" →
            # «сахарный диабет 2 типа без осложнений»: the type follows the disease, before what
            # qualifies it.
            rest = toks[2:]
            prep = next((m for m in range(1, len(rest)) if rest[m].pos == "PREP"), None)
            heads = [h.term for h in self._best(rest[:prep], src, 3)] if prep is not None else []
            out = []
            for tr in self._best(rest, src, 3):
                head = next((h for h in heads if tr.term.startswith(h + " ")), None)
                text = (f"{head} {toks[1].text} типа{tr.term[len(head):]}" if head is not None
                        else f"{tr.term} {toks[1].text} типа")
                out.append((text, tr.score * COMPOSITION_FACTOR, "composition",
                            "; ".join(tr.evidence) + f"; type {toks[1].text} → {toks[1].text} типа"))
            return out
        for k in range(1, n - 1):
            # A qualifier the lexicon lists whole, with its own "or" («без кровотечения или
            # прободения»), is not split at the conjunction.
            if toks[k].pos == "PREP" and self._qualifier_piece(toks[k:], k, n, self.an.key_of_tokens(toks[k:], src),
                                                               src) is not None:
                return self._prepositional(toks, k, src)
        k = next((m for m in range(1, n - 1) if src == "en" and toks[m].text.lower() in ("when", "while")
                  and toks[m + 1].text.lower().endswith("ing")), None)
        if k is not None:
            # "bleeding gums when brushing teeth" → «кровоточивость дёсен при чистке зубов»: a
            # circumstance said with a gerund is «при» and a noun, as "on walking" is
            if n == k + 2:
                found = self._prepositional([*toks[:k], dataclasses.replace(toks[k], text="on", lemma="on", pos="PREP"),
                                             dataclasses.replace(toks[k + 1], pos="VERB")], k, src)  # as "pain on swallowing"
            else:
                circumstance = self._best([dataclasses.replace(toks[k + 1], pos="NOUN"), *toks[k + 2:]], src, 2)
                found = [(f"{a.term} при {ru_case(b.term, 'loct')}", COMPOSITION_FACTOR * a.score * b.score,
                          "composition", f"composition: {a.term} + {toks[k].text} {b.term} → при + {b.term}")
                         for a in self._best(toks[:k], src, 2) for b in circumstance if b.score >= 0.5]
            if found:
                return found
        for k in range(1, n - 1):
            if toks[k].pos == "CONJ" and toks[k].lemma.lower() in _CONJUNCTIONS[src]:
                found = self._coordination(toks, k, src)
                if found:
                    return found
        if src == "ru":
            for k in range(1, n - 1):
                if toks[k].pos in ("PRTF", "ADJ") and toks[k].lemma.lower() in _RU_CAUSE_PARTICIPLES:
                    found = self._ru_participle(toks, k)
                    if found:
                        return found
        splits = []
        words, lemmas, amounts = [t.text.lower() for t in toks], [t.lemma.lower() for t in toks], set()
        for i in range(n):
            expr = quantity.read(words, lemmas, i, src) if toks[i].pos in ("PREP", "ADV", "ADJ") else None
            if expr is not None and not any(quantity.EVENT in t for t in expr.texts):
                amounts.update(range(i, expr.end))
        for k in range(1, n - 1):
            if src == "en" and toks[k + 1].text.lower() in _LATIN_AFTER_PREPOSITION:
                continue  # "carcinoma in situ", "fertilization in vitro"
            if src == "ru" and toks[k].lemma.lower() == "по" and toks[k - 1].pos in ("PRTF", "ADJ") and k + 2 < n and (
                    toks[k + 1].pos == "NOUN"):
                continue  # «стандартизованный по возрасту показатель»: a modifier inside the phrase
            if toks[k].pos == "PREP" and toks[k].lemma.lower() != "of" and (
                    toks[k].lemma.lower() in (_RU_PREPOSITIONS if src == "ru" else _EN_PREPOSITIONS)):
                if self._inside_adverbial(toks, k, src):
                    continue  # «приём один раз в сутки»: the preposition belongs to a set phrase
                if k in amounts:
                    continue  # «лихорадка до 39 °C с ознобом»: «до» opens an amount, not a phrase of its own
                if self._inside_term(toks, k, src):
                    continue  # «с очень низкой массой тела при рождении»: «при» inside a term of the lexicon
                splits.append(k)
            elif toks[k].pos != "PREP" and toks[k - 1].pos != "PREP" and self._lexicon_preposition(toks, k, src):
                splits.append(k)  # "according to", "compared with"
        if (src == "ru" and len(splits) > 1 and toks[splits[-1] - 1].pos in ("NOUN", "ABBR")
                and (toks[splits[-1]].lemma.lower() in ("после", "до", "при", "у", "без")
                     or toks[splits[-1]].lemma.lower() in ("в", "во") and toks[-1].lemma.lower() in _RU_SETTINGS)):
            # «боли в животе после еды»: the last phrase of time or circumstance qualifies all before it
            # ("abdominal pain after meals", not "pain in abdomen after meals").
            splits.insert(0, splits.pop())
        known = [k for k in splits[1:] if src == "ru" and any(
            e.pos == "noun" for e, _i in self.lex.lookup(self.an.key_of_tokens(toks[:k], src), src))]
        if known:
            # «болезненность при пальпации в эпигастрии»: a term of the lexicon before the last
            # phrase is kept whole ("epigastric tenderness on palpation")
            splits.insert(0, splits.pop(splits.index(known[-1])))
        for k in splits:
            found = self._prepositional(toks, k, src)
            if found:
                return found
        return self._compose_np(toks, src)

    def _at_dose(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """«в (суточной) дозе 10 мг/кг массы тела» ↔ "at a (daily) dose of 10 mg/kg body weight"."""
        words = [t.text.lower() for t in toks]
        if src == "ru":
            if len(toks) < 3 or words[0] not in ("в", "во") or toks[1].lemma.lower() not in ("доза",) and not (
                    len(toks) > 3 and toks[1].pos == "ADJ" and toks[2].lemma.lower() == "доза"):
                return []
            k = 2 if toks[1].lemma.lower() == "доза" else 3
            if not toks[k].text[:1].isdigit():
                return []
            adjective = _DOSE_ADJECTIVES.get(toks[1].lemma.lower()) if k == 3 else None
            if k == 3 and adjective is None:
                found = self._best(toks[1:2], src, 1, number=False)
                adjective = found[0].term if found else None
            said = f"at a {adjective} dose of" if adjective else "at a dose of"
            return [(f"{said} {tr.term}", tr.score * COMPOSITION_FACTOR, "composition",
                     "; ".join(tr.evidence) + f"; {' '.join(words[:k])} → {said}")
                    for tr in self._best(toks[k:], src, 2)]
        k = next((m + 1 for m in range(1, min(4, len(toks) - 1)) if words[m] == "dose" and words[m + 1] == "of"), None)
        if k is None or words[0] != "at" or not toks[k + 1].text[:1].isdigit():
            return []
        adjectives = [t for t in toks[1:k - 1] if t.pos == "ADJ"]
        rest, weight = toks[k + 1:], ""
        if words[-2:] == ["body", "weight"]:
            rest, weight = rest[:-2], " массы тела"  # "10 mg/kg body weight" → «10 мг/кг массы тела»
        dose = "дозе"
        if adjectives:
            said = _DOSE_ADJECTIVES_RU.get(adjectives[0].lemma.lower())
            if said is None:
                found = self._best(adjectives, src, 1, number=False)
                said = found[0].term if found and " " not in found[0].term else None
            if said:
                dose = ru_case(f"{said} доза", "loct")
        return [(f"в {dose} {tr.term}{weight}", tr.score * COMPOSITION_FACTOR, "composition",
                 "; ".join(tr.evidence) + f"; {' '.join(words[:k + 1])} → в {dose}")
                for tr in self._best(rest, src, 2)]

    def _scale_score(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """A score on a named scale: "Glasgow Coma Scale score" ↔ «оценка по шкале комы Глазго»,
        "APACHE II score" ↔ «балл по шкале APACHE II» (also «количество/сумма баллов по шкале …»)."""
        n = len(toks)
        if src == "en":
            if n < 2 or toks[-1].lemma.lower() != "score" or toks[-2].text.lower() in ("risk", "z", "t", "severity"):
                return []
            scale = toks[:-1]
            named = all(t.pos in ("ABBR", "PROPN", "X") or _identifier(t.text) or _abbreviation_like(t.text)
                        for t in scale)
            out = []
            if named:
                # "EDSS score" → «оценка по шкале EDSS»: Russian text keeps the scale's Latin name.
                text = " ".join(t.text for t in scale)
                for k, head in enumerate(("оценка", "балл")):
                    out.append((f"{head} по шкале {text}", LEXICON_PREFERRED * COMPOSITION_FACTOR * (1.0 - 0.02 * k),
                                "composition", f"composition: {text} kept as written; score on a scale → {head} по шкале"))
            for tr in self._best(scale, src, 2, number=False):
                if tr.term.split()[0].lower() != "шкала":
                    continue
                for k, head in enumerate(("оценка", "балл")):
                    out.append((f"{head} по {ru_case(tr.term, 'datv')}",
                                tr.score * COMPOSITION_FACTOR * (1.0 - 0.02 * k) * (0.95 if named else 1.0),
                                "composition", "; ".join(tr.evidence) + f"; score on a scale → {head} по шкале"))
            return out
        low = [t.lemma.lower() for t in toks]
        at = next((k for k in range(1, n - 1) if low[k] == "по" and low[k + 1] == "шкала"), None)
        if at is None or low[:at] not in (["оценка"], ["балл"], ["количество", "балл"], ["сумма", "балл"]):
            return []
        if low[-1] == "балл" and n > at + 3:
            return []  # «оценка по шкале NIHSS 12 баллов»: a score in points (``_scale_points``)
        right = toks[at + 1:]
        names = right[1:]
        out = []
        if names and all(t.pos in ("ABBR", "PROPN", "X") or _identifier(t.text) or _abbreviation_like(t.text)
                         for t in names):
            # «по шкале NIHSS» → "NIHSS score"
            text = " ".join(t.text for t in names)
            out.append((f"{text} score", LEXICON_PREFERRED * COMPOSITION_FACTOR, "composition",
                        f"composition: {text} kept as written; балл по шкале → score"))
        for tr in self._best(right, src, 2, number=False):
            if tr.term.lower().endswith(" score"):  # «шкала Апгар» → "Apgar score"
                out.append((tr.term, tr.score * COMPOSITION_FACTOR, "composition",
                            "; ".join(tr.evidence) + "; оценка по шкале → score"))
                continue
            out.append((f"{tr.term} score", tr.score * COMPOSITION_FACTOR * 0.98, "composition",
                        "; ".join(tr.evidence) + "; оценка по шкале → score"))
        return out

    def _series_piece(self, toks: list[Token], i: int, src: Lang) -> Piece | None:
        """A member of a numbered series as one piece: a stage, grade, phase or class before the
        head in English and after it in Russian ("stage IV cancer" ↔ «рак IV стадии», "phase III
        trial" ↔ «исследование III фазы»)."""
        a, b = toks[i], toks[i + 1]
        if src == "ru" and _series_member(a.text) and b.lemma.lower() in _RU_SERIES and b.text.lower() != b.lemma.lower():
            # «IV стадии» → "stage IV", said before the head.
            return Piece(i, i + 2, f"{a.text} {b.text}", f"{_RU_SERIES[b.lemma.lower()]} {a.text}", "adj",
                         "lexicon", LEXICON_PREFERRED)
        if src == "en" and a.text.lower() in _EN_SERIES and _series_member(b.text) and (i + 2 < len(toks) or i > 0):
            # "stage IV" → «IV стадии», said after the head.
            return Piece(i, i + 2, f"{a.text} {b.text}", f"{b.text} {_EN_SERIES[a.text.lower()]}", "post",
                         "lexicon", LEXICON_PREFERRED)
        return None

    def _named_member_piece(self, toks: list[Token], i: int, src: Lang) -> Piece | None:
        """A named member of a series the lexicon does not list, its number kept after the noun in
        both languages ("factor XI deficiency" ↔ «дефицит фактора XI»)."""
        a, b = toks[i], toks[i + 1]
        if a.pos not in ("NOUN", "PROPN", "ABBR", "X") or not _identifier(b.text) or b.text.isdigit() or len(toks) < 3:
            return None
        if src == "ru" and i + 2 < len(toks) and toks[i + 2].lemma.lower() in _RU_SERIES:
            return None  # «рак IV стадии»: the number goes with the series noun after it
        noun = self._best([a], src, 1, number=False)
        if not noun or " " in noun[0].term:
            return None
        return Piece(i, i + 2, f"{a.text} {b.text}", f"{noun[0].term} {b.text}", "noun", "composition",
                     noun[0].score)

    def _drug_name(self, tok: Token, piece: Piece, src: Lang) -> bool:
        """Whether a word names a drug: a drug entry of the lexicon, or a word no entry knows (a
        new substance, spelled by rule); «дефицит», "urine" and «соль» are not."""
        entries = self.lex.lookup(self.an.key(tok.text, src), src)
        return any(e.field == "drug" for e, _i in entries) if entries else piece.how != "lexicon"

    def _en_adjective_of(self, toks: list[Token], groups: list[Piece]) -> str | None:
        """The English adjective for a genitive group of one Russian noun, when the lexicon's
        English phrases use it as a modifier at least 3.5 times as often as the noun ("uterine"
        42 to "uterus" 4; "hepatic" 50 to "liver" 70 gives none)."""
        g = groups[0]
        noun = toks[g.start] if g.end == g.start + 1 else None
        if noun is None or noun.pos != "NOUN" or " " in g.target or not any(
                e.field == "anatomy" for e, _i in self.lex.lookup(self.an.key_of_tokens([noun], "ru"), "ru")):
            return None
        english = self._en_relational_adjective(noun.lemma)
        return english if english and self._en_adjective_preferred(english, g.target) else None

    def _en_relational_adjective(self, noun: str, field: str | None = None) -> str | None:
        """The English adjective, one word, of the Russian relational adjective of ``noun`` as the
        lexicon gives it («печень» → «печёночный» → "hepatic"), optionally only from entries of ``field``."""
        adjective = ru_relational_adjective(noun.lower())
        if adjective is None:
            return None
        hits = [e for e, _i in self.lex.lookup(self.an.key(adjective, "ru"), "ru")
                if e.pos == "adj" and e.en and not from_gloss_file(e) and field in (None, e.field)]
        return hits[0].en[0] if hits and " " not in hits[0].en[0] else None

    def _en_adjective_preferred(self, adjective: str, noun: str) -> bool:
        """Whether the lexicon's English phrases use ``adjective`` as a modifier at least 3.5 times
        as often as ``noun`` (and at least five times)."""
        counts = _en_modifier_counts(self.lex)
        return counts[adjective.lower()] >= max(5.0, 3.5 * counts[noun.lower()])

    def _inside_term(self, toks: list[Token], k: int, src: Lang) -> bool:
        """Whether word ``k`` is inside a noun the lexicon lists, which begins after a preposition
        of the phrase («… с очень низкой массой тела при рождении»)."""
        n = len(toks)
        for i in range(max(1, k - 4), k):
            if toks[i - 1].pos != "PREP":
                continue
            for j in range(k + 2, min(n, k + 4) + 1):
                if any(e.pos == "noun" for e, _i in self.lex.lookup(self.an.key_of_tokens(toks[i:j], src), src)):
                    return True
        return False

    def _inside_adverbial(self, toks: list[Token], k: int, src: Lang) -> bool:
        """Whether word ``k`` is inside an adverbial phrase the lexicon lists («один раз в сутки»)
        or begins one that does not end the phrase."""
        for i in range(max(0, k - 3), k + 1):
            if toks[i].pos == "PUNCT":
                continue  # "88% on room air": the sign belongs to the number, the key would start at «on»
            for j in range(max(k + 1, i + 2), min(len(toks), k + 4) + 1):
                if i == k and j == len(toks):
                    continue  # «… в амбулаторных условиях»: the phrase's own last qualifier
                if any(h[0].pos == "adv" for h in self.lex.lookup(self.an.key_of_tokens(toks[i:j], src), src)):
                    return True
        return False

    def _en_change_nominal(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """"decreased glomerular filtration rate" → also «снижение скорости клубочковой фильтрации»:
        Russian clinical style names a change of a measure with a noun."""
        if src != "en" or len(toks) < 2 or toks[0].text.lower() not in _EN_CHANGE:
            return []
        out = []
        # a laboratory analyte stands for its level ("elevated ALT" → «повышение АЛТ»), first
        analyte = toks[0].text.lower() in ("elevated", "increased", "raised", "decreased", "reduced") and self._of_field(
            toks[1:], "en", "lab", "haematology", "biochemistry")
        for tr in self._best(toks[1:], src, 1):
            head = _ru_head_word(tr.term)
            if analyte or head is not None and head.normal_form.replace("ё", "е") in _RU_MEASURE_NOUNS:
                noun = _EN_CHANGE[toks[0].text.lower()]
                out.append((f"{noun} {ru_genitive(tr.term)}", tr.score * COMPOSITION_FACTOR * (1.02 if analyte else 0.97),
                            "composition", f"composition: {toks[0].text} → {noun} + genitive (a change of a measure named as a noun)"))
        return out

    def _coordination(self, toks: list[Token], k: int, src: Lang) -> list[tuple[str, float, str, str]]:
        """"X and Y": each conjunct translated with the words it shares with the other, then the
        shared words said once ("atrial fibrillation and flutter" → «фибрилляция и трепетание
        предсердий», «острый и хронический панкреатит» → "acute and chronic pancreatitis")."""
        left, right = toks[:k], toks[k + 1:]
        conj = _CONJUNCTIONS[src][toks[k].lemma.lower()]
        nouns = ("NOUN", "PROPN", "ABBR")

        def has_noun(ts: list[Token]) -> bool:
            return any(t.pos in nouns for t in ts)

        readings: list[tuple[list[Token], list[Token], float]] = []  # (first, second, weight)
        bare_left = len(left) == 1 and left[0].pos in nouns
        bare_right = len(right) == 1 and right[0].pos in nouns
        if not has_noun(left) and has_noun(right):
            # Adjectives coordinated before one head: "acute and chronic pancreatitis".
            r = 0
            while r < len(right) - 1 and right[r].pos in ("ADJ", "PRTF"):
                r += 1
            readings.append((left + right[r:], right, 1.0))
        elif src == "en":
            of_r = next((i for i, t in enumerate(right) if t.lemma == "of"), None)
            of_l = next((i for i, t in enumerate(left) if t.lemma == "of"), None)
            if bare_right and of_l is not None:
                readings.append((left, left[:of_l + 1] + right, 1.0))  # "neoplasm of breast and ovary"
            elif bare_right and len(left) > 1:
                readings.append((left, left[:-1] + right, 1.0))  # "atrial fibrillation and flutter"
            elif bare_left and of_r is not None:
                readings.append((left + right[of_r:], right, 1.0))  # "diagnosis and treatment of X"
            elif bare_left and len(right) > 1 and right[0].pos in nouns:
                readings.append((left + right[1:], right, 1.0))  # "hip and knee replacement"
        else:
            head_r = next((i for i, t in enumerate(right) if t.pos in nouns), None)
            head_l = next((i for i, t in enumerate(left) if t.pos in nouns), None)
            if bare_left and head_r is not None and head_r + 1 < len(right) and right[head_r + 1].pos in (
                    "NOUN", "ADJ", "PRTF", "PROPN", "ABBR"):
                # «фибрилляция и трепетание предсердий»: the genitives after the second head are
                # shared.
                readings.append((left + right[head_r + 1:], right, 1.0))
            elif (head_l is not None and head_l + 1 < len(left) and left[head_l + 1].case == "gent"
                  and all(t.case == "gent" for t in right if t.pos in ("NOUN", "ADJ", "PRTF"))
                  and (bare_right or right[-1].pos == "NOUN")):
                # «новообразование молочной железы и яичника», «инфекция кожи и подкожной
                # клетчатки»: a second genitive.
                readings.append((left, left[:head_l + 1] + right, 1.0))
        readings.append((left, right, 0.85))  # two phrases side by side: "fever and sore throat"
        results = []
        for first_toks, second_toks, weight in readings:
            firsts, seconds = self._best(first_toks, src), self._best(second_toks, src)
            for a in firsts:
                for b in seconds:
                    shared = weight == 1.0
                    text = coordinate(a.term, b.term, conj) if shared else f"{a.term} {conj} {b.term}"
                    score = COMPOSITION_FACTOR * (a.score * b.score) ** 0.5 * weight
                    results.append((text, score, "composition",
                                    f"composition: coordination of {a.term} and {b.term}"))
        return results

    def _prepositional(self, toks: list[Token], k: int, src: Lang) -> list[tuple[str, float, str, str]]:
        """"X in Y", «X при Y»: each side translated, the preposition by a table, the case the
        Russian preposition governs; a Russian phrase also as an English compound («анализ в
        подгруппах» → "subgroup analysis")."""
        compound = self._lexicon_preposition(toks, k, src)
        if compound is not None:
            return self._compound_prepositional(toks[:k], compound[1], toks[k + compound[0]:], src)
        left, prep, right = toks[:k], toks[k], toks[k + 1:]
        p = prep.lemma.lower()
        trailing = self._trailing_adverbial(toks, k, src)
        if trailing:
            return trailing
        qualifier = self._qualifier_piece(toks[k:], k, len(toks), self.an.key_of_tokens(toks[k:], src), src)
        if qualifier is not None:
            # A classification's qualifier the lexicon lists whole: «с поражением почек» → "with
            # renal complications" (not "with kidney lesion").
            found = [(f"{a.term} {qualifier.target}", COMPOSITION_FACTOR * a.score * 1.02, "composition",
                      f"composition: {a.term} + {qualifier.source} → {qualifier.target} (lexicon)")
                     for a in self._best(left, src)]
            if p not in (_RU_PREPOSITIONS if src == "ru" else _EN_PREPOSITIONS):
                return found  # "of unspecified site"
        else:
            found = []
        if src == "ru":
            return found + self._ru_prepositional(left, p, right)
        results = found
        if p == "to" and len(left) > 1 and left[-1].lemma.lower() in _EN_CAUSE_WORDS:
            return self._en_cause(left[:-1], right)
        gerund = len(right) == 1 and right[0].text.lower().endswith("ing") and right[0].pos in ("VERB", "ADJ")
        if gerund:
            # "pain on walking": the object of a preposition is a gerund, a noun («ходьба»).
            right = [dataclasses.replace(right[0], pos="NOUN")]
        lefts = self._best(left, src)
        rights = self._best(right, src)
        if gerund:
            # The noun spelled as the gerund is written ("walking" is «ходьба», not «прогулка»).
            text = right[0].text.lower()
            literal = [e for e, _i in self.lex.lookup(self.an.key(text, src), src)
                       if e.pos == "noun" and e.ru and text in (f.lower() for f in e.en)]
            if literal:
                rights = [Translation(literal[0].ru[0], "ru", "", LEXICON_PREFERRED, ["lexicon"],
                                      [_entry_evidence(literal[0])])]
        if not lefts or not rights:
            return []
        imaging = p == "on" and self._of_field(right, "en", "imaging")
        drug = p == "with" and self._of_field(right, "en", "drug")
        for a in lefts:
            treatment = drug and (hw := _ru_head_word(a.term)) is not None and hw.normal_form in _RU_TREATMENT_HEADS
            for b in rights:
                ru_prep, case = self._en_preposition(p, right, b.term)
                governed = _EN_GOVERNED.get((left[-1].lemma.lower(), p))
                if governed is not None and ru_prep != "у":  # ("decline in older adults": «у»)
                    ru_prep, case = governed  # "risk factors for delirium" → «факторы риска делирия»
                elif p == "on" and (gerund or _en_action_noun(right[-1].text) and not self._anatomical(right)):
                    ru_prep, case = "при", "loct"  # "dyspnea on walking", "pain on urination" → «при»
                elif imaging:
                    ru_prep, case = "по данным", "gent"  # "hypertrophy on echocardiography"
                elif p == "on" and right[-1].lemma.lower() in ("scale", "score", "questionnaire", "index"):
                    ru_prep, case = "по", "datv"  # "pain on the visual analogue scale" → «по … шкале»
                elif treatment:
                    ru_prep, case = "", "ablt"  # "thrombolysis with alteplase" → «тромболизис алтеплазой»
                elif p == "by" and left[-1].lemma.lower() in _EN_BY_AGENT_HEADS:
                    ru_prep, case = "", "ablt"  # "poisoning by cocaine" → «отравление кокаином»
                elif p == "to" and left[-1].lemma.lower() in _EN_TIME_HEADS:
                    ru_prep, case = "до", "gent"  # "time to treatment" → «время до лечения»
                elif p == "in" and right[-1].lemma.lower() in ("ear", "eye") and any(
                        t.lemma.lower() in ("hearing", "vision", "acuity", "deafness", "blindness") for t in left):
                    ru_prep, case = "на", "accs"  # "hearing loss in the left ear" → «… на левое ухо»
                obj = ru_case(b.term, _loc2(ru_prep, case))
                text = f"{a.term} {ru_preposition(ru_prep, obj)} {obj}" if ru_prep else f"{a.term} {obj}"
                results.append((text, COMPOSITION_FACTOR * a.score * b.score, "composition",
                                f"composition: {a.term} + {p} → {ru_prep or '∅'} + {obj} ({case})"))
        return results

    def _lexicon_preposition(self, toks: list[Token], k: int, src: Lang) -> tuple[int, str] | None:
        """A preposition of several words the lexicon lists at ``k`` («во время», «по данным»,
        "in combination with", "according to"), with something after it: (its length, the
        target preposition). Causes ("due to") have their own rule."""
        if toks[k].text.lower() in _EN_CAUSE_WORDS:
            return None
        for size in (4, 3, 2):
            if k + size >= len(toks):
                continue
            key = self.an.key_of_tokens(toks[k:k + size], src)
            found = sorted((idx, n, entry) for n, (entry, idx) in enumerate(self.lex.lookup(key, src))
                           if entry.pos == "prep" and entry.forms(other_lang(src)))
            if src == "en" and len(found) > 1 and not self._of_field(toks[k + size:], "en", *_EVIDENCE_SOURCES):
                # "according to the schedule" → «согласно»; «по данным» is for a source of findings
                found.sort(key=lambda f: (f[2].forms("ru")[0] == "по данным", f[0], f[1]))
            if found:
                return size, found[0][2].forms(other_lang(src))[0]
        return None

    def _ru_english_preposition(self, p: str, right: list[Token]) -> str | None:
        """The English for a Russian preposition that its object decides, or None: «в» with the
        accusative "to", «на» with it "for", «с» with the genitive "from", «при» before an action
        or an imaging study "on" («боль при ходьбе» → "pain on walking", «при КТ» → "on CT")."""
        case = next((t.case for t in right if t.pos in ("NOUN", "ADJ", "PRTF") and t.case), "")
        if right and right[0].pos == "ABBR" or right and right[0].upper:
            case = ""  # «с ХСН со сниженной ФВ»: an abbreviation has no case to tell
        elif p in ("с", "со") and case == "gent" and right[0].pos in ("ADJ", "PRTF") and any(
                str(q.tag.case) == "ablt" for q in parses(right[0].text.lower())):
            case = "ablt"  # «со сниженной ФВ»: "with", the usual reading when the noun cannot tell
        if p == "на" and right and right[-1].lemma.lower() in ("глаз", "ухо"):
            return "in"  # «снижение остроты зрения на правом глазу» → "… in the right eye"
        if p in ("в", "во") and case == "accs" and not _may_be_locative(right):
            return "to"
        if p == "на" and case == "accs":
            return "for"
        if p in ("с", "со") and case == "gent":
            return "from"
        if p == "при" and right and (right[-1].lemma.lower().replace("ё", "е") in _RU_ON_ACTIONS
                                    or self._of_field(right, "ru", "imaging")):
            return "on"
        return None

    def _of_field(self, toks: list[Token], src: Lang, *fields: str) -> bool:
        """Whether a phrase is a lexicon entry of one of ``fields`` ("echocardiography", «МРТ»:
        imaging)."""
        key = self.an.key_of_tokens(toks, src)
        return any(e.field in fields for e, _i in self.lex.lookup(key, src))

    def _compound_prepositional(self, left: list[Token], prep: str, right: list[Token],
                                src: Lang) -> list[tuple[str, float, str, str]]:
        """"X according to Y", «X во время Y»: the lexicon's preposition, its object in the case
        the Russian preposition governs. With nothing before it, the phrase is the preposition
        and its object alone."""
        lefts: list[Translation | None] = self._best(left, src) if left else [None]
        rights = self._best(right, src, 2)
        if not lefts or not rights:
            return []
        out = []
        for a in lefts:
            for b in rights:
                if src == "en":
                    obj = ru_case(b.term, _ru_preposition_case(prep))
                    said = f"{prep} {obj}"
                elif prep == "according to" and (self._of_field(right, "ru", "imaging", "procedure", "lab") or re.search(
                        r"(graphy|scopy|metry|\bMRI|\bCT|\bultrasound|\bX-ray)$", b.term)):
                    said = f"on {b.term}"  # «по данным КТ» → "on CT", «по данным аудиометрии» → "on audiometry"
                elif prep == "in the setting of" and any(
                        t.pos == "NOUN" and t.lemma.lower().replace("ё", "е") in _RU_TREATMENT_WORDS for t in right[:3]):
                    said = f"during {b.term}"  # «на фоне терапии метформином» → "during metformin therapy"
                else:
                    said = f"{prep} {b.term}"
                text = f"{a.term} {said}" if a is not None else said
                score = COMPOSITION_FACTOR * (a.score if a is not None else LEXICON_PREFERRED) * b.score
                system = self._ru_system_modifier(right, b.term) if src == "ru" and prep == "on the part of" else None
                if system is not None and a is not None:
                    # «нежелательная реакция со стороны ЖКТ» → "gastrointestinal adverse reaction"
                    out.append((f"{system} {a.term}", score * 1.03, "composition",
                                f"composition: со стороны {b.term} → {system}, before the noun"))
                out.append((text, score, "composition", f"composition: {prep} (lexicon) + {b.term}"))
        return out

    def _ru_system_modifier(self, right: list[Token], english: str) -> str | None:
        """What English puts before a noun for the organ or system after «со стороны»: "gastrointestinal"
        for «ЖКТ», "hepatic" for «печени», "nervous system" for «нервной системы»."""
        words = english.split()
        if len(words) == 2 and words[1] == "tract" and (words[0].endswith(("al", "ic", "ary")) or words[0].isupper()):
            return words[0]
        if len(words) == 2 and words[1] == "system" and words[0] in _EN_SYSTEM_ADJECTIVES:
            return words[0]  # "cardiovascular complications"
        if len(words) >= 2 and words[-1] == "system":
            return english  # "nervous system disorders"
        nouns = [t for t in right if t.pos == "NOUN"]
        if len(words) != 1 or len(nouns) != 1 or len(right) != 1:
            return None
        return self._en_relational_adjective(nouns[0].lemma) or english

    def _prepositional_alone(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """A phrase that is a preposition and its object: «во время беременности» → "during
        pregnancy", "in patients with diabetes" → «у пациентов с диабетом», «у больных» → "in
        patients"."""
        if len(toks) < 2:
            return []
        compound = self._lexicon_preposition(toks, 0, src)
        if compound is not None:
            return self._compound_prepositional([], compound[1], toks[compound[0]:], src)
        p = toks[0].lemma.lower()
        right = toks[1:]
        latin_phrase = src == "en" and p in ("in", "ex", "de", "per", "ad") and right[0].text.lower() in _LATIN_AFTER_PREPOSITION
        if not latin_phrase and (toks[0].pos != "PREP" or p not in (_RU_PREPOSITIONS if src == "ru" else _EN_PREPOSITIONS)):
            return []
        if latin_phrase:
            # "in situ hybridization" → «гибридизация in situ»: Russian keeps the Latin after the noun
            latin = f"{toks[0].text} {right[0].text}"
            return [(f"{tr.term} {latin}", COMPOSITION_FACTOR * tr.score, "composition",
                     "; ".join(tr.evidence) + f"; {latin} kept in Latin after the noun")
                    for tr in self._best(right[1:], src, 2)] if len(right) > 1 else []
        out = []
        for b in self._best(right, src, 2):
            if src == "en":
                ru_prep, case = self._en_preposition(p, right, b.term)
                obj = ru_case(b.term, _loc2(ru_prep, case))
                text = f"{ru_preposition(ru_prep, obj)} {obj}"
            else:
                text = f"{self._ru_english_preposition(p, right) or _RU_PREPOSITIONS[p][0]} {b.term}"
            out.append((text, COMPOSITION_FACTOR * b.score, "composition", f"composition: {toks[0].text} + {b.term}"))
        return out

    def _en_cause(self, left: list[Token], right: list[Token]) -> list[tuple[str, float, str, str]]:
        """"X due to Y" (classification titles): «X, вызванный Y» with the participle agreeing
        with X, and «X вследствие Y»."""
        results = []
        for a in self._best(left, "en"):
            gender, number = ru_head_grammar(a.term)
            caused = ru_agree("вызванный", gender, number)
            for b in self._best(right, "en"):
                score = COMPOSITION_FACTOR * a.score * b.score
                results.append((f"{a.term}, {caused} {ru_case(b.term, 'ablt')}", score, "composition",
                                f"composition: {a.term} + due to → {caused} + {b.term} (ablt)"))
                results.append((f"{a.term} вследствие {ru_case(b.term, 'gent')}", score * 0.97, "composition",
                                f"composition: {a.term} + due to → вследствие + {b.term} (gent)"))
        return results

    def _en_preposition(self, prep: str, right: list[Token], target: str) -> tuple[str, str]:
        """The Russian preposition and case for an English one ("in" is «при» before a disease,
        «у» before people, «в» otherwise)."""
        if prep == "at" and right and (self._anatomical(right) or self._anatomical(right[-1:])
                                       or right[-1].lemma.lower() in _EN_PLACE_NOUNS):
            return "в", "loct"  # "crackles at the lung bases" → «в нижних отделах лёгких»
        if prep == "in":
            parts = target.split()
            head = _ru_head_word(target)
            from medgloss.nlp.russian import PERSON_ADJECTIVES

            lemmas = {q.normal_form.replace("ё", "е") for q in parses(parts[-1].lower())} if parts else set()
            if head is not None and head.tag.animacy == "anim" or lemmas & (_RU_PERSONS | PERSON_ADJECTIVES):
                return "у", "gent"  # "in preterm neonates" → «у недоношенных новорождённых»
            key = self.an.key_of_tokens(right, "en")
            fields = {e.field for e, _i in self.lex.lookup(key, "en")}
            last = right[-1].lemma.lower() if right else ""
            if last in _EN_IN_TIME_WORDS:
                return "в", "loct"  # "in the third trimester", "in the acute phase"
            if fields & _CONDITION_FIELDS or last in _CONDITION_WORDS or (parts and parts[0].lower() in _CONDITION_HEADS_RU):
                return "при", "loct"
            return "в", "loct"
        if prep == "from" and right and right[-1].lemma.lower() != "skin" and (
                self._anatomical(right) or self._anatomical(right[-1:])):
            return "из", "gent"  # "discharge from the right eye" → «отделяемое из правого глаза»
        if prep == "on" and right:
            head = next((t for t in right if t.pos == "NOUN"), None)
            if head is not None and head.lemma.lower() in ("day", "week", "month", "year", "night", "morning"):
                return "на", "accs"  # "on the second day of life" → «на второй день жизни»
        return _EN_PREPOSITIONS[prep]

    def _ru_prepositional(self, left: list[Token], p: str, right: list[Token]) -> list[tuple[str, float, str, str]]:
        lefts = self._best(left, "ru")
        if not lefts:
            return []
        if (p in ("с", "со", "без") and len(left) == 2 and left[0].pos == "NOUN" and left[1].pos == "NOUN"
                and left[1].case == "gent" and left[1].lemma.lower().replace("ё", "е") in _RU_PERSONS):
            # «лечение пациентов с ХСН»: the prepositional phrase qualifies the genitive next to it,
            # so English says "treatment of patients with …", not "patient treatment with …".
            heads, gens = self._best(left[:1], "ru", 1), self._best(left[1:], "ru", 1)
            if heads and gens and " of " not in f" {gens[0].term} ":
                lefts.insert(0, dataclasses.replace(lefts[0], term=f"{heads[0].term} of {gens[0].term}",
                                                    score=lefts[0].score * 1.01))
        low = [t.lemma.lower() for t in right]
        results: list[tuple[str, float, str, str]] = []

        def modifier(obj_toks: list[Token], suffix: str, what: str, weight: float = 1.0) -> None:
            for b in self._best(obj_toks, "ru", 1, number=False):
                if " of " in f" {b.term} ":
                    continue
                for a in lefts:
                    results.append((f"{b.term}-{suffix} {a.term}", COMPOSITION_FACTOR * a.score * b.score * weight,
                                    "composition", f"composition: {what} {b.term} → {b.term}-{suffix}"))

        # Fixed phrases English says with a hyphenated modifier.
        if p in ("с", "со") and len(low) > 2 and low[0] == "поправка" and low[1] == "на":
            modifier(right[2:], "adjusted", "с поправкой на")
        elif p == "под" and len(low) > 1 and low[0] == "контроль":
            modifier(right[1:], "guided", "под контролем")
        elif p == "на" and len(low) > 1 and low[0] == "основа":
            modifier(right[1:], "based", "на основе")
        situational = _RU_SITUATIONAL.get((p, " ".join(low).replace("ё", "е")))
        if situational:
            for a in lefts:
                results.append((f"{situational} {a.term}", COMPOSITION_FACTOR * a.score,
                                "composition", f"composition: {p} {' '.join(t.text for t in right)} → {situational}"))
        en, compound_first = _RU_PREPOSITIONS[p]
        governed = _RU_GOVERNED.get((left[-1].lemma.lower().replace("ё", "е"), p)) if left else None
        if governed:
            # «жалобы на слабость» → "complaints of weakness", «аллергия на пенициллин» →
            # "allergy to penicillin": the head noun chooses the English preposition.
            en, compound_first = governed, None
        elif (special := self._ru_english_preposition(p, right)) is not None:
            en = special
            if p == "на":
                compound_first = False  # «на правом глазу» is "in the right eye", not a modifier
        rights = self._best(right, "ru")
        compounds = self._best(right, "ru", 1, number=False) if compound_first is not None else []
        own = self._ru_adjective_words(left)
        nouns = [t for t in right if t.pos == "NOUN"]
        if compound_first and len(nouns) == 1 and len(right) == 1:
            # «шум на верхушке» → "apical murmur": the English adjective of the place, through the
            # Russian relational adjective the lexicon knows («верхушечный» → apical).
            english = self._en_relational_adjective(nouns[0].lemma, "anatomy")
            if english:
                # Above the noun modifier unless the lexicon's phrases use the noun more ("chest
                # pain", not "thoracic pain"; "cerebral hemorrhage", "apical murmur").
                counts = _en_modifier_counts(self.lex)
                noun_en = compounds[0].term.lower() if compounds else ""
                factor = 1.02 if counts[english.lower()] >= counts[noun_en] else 0.97
                for a in lefts:
                    b_score = max([b.score for b in compounds] + [LEXICON_PREFERRED])
                    results.append((_en_before_noun(left, own, a.term, english, grading_only=True),
                                    COMPOSITION_FACTOR * a.score * b_score * factor, "composition",
                                    f"composition: {p} {nouns[0].text} → {ru_relational_adjective(nouns[0].lemma.lower())} → {english}"))
        # A place in the body after a preposition takes the article: "discharge from the left
        # ear", "rash on the extensor surfaces" ("in both eyes" has its own word).
        head_noun = nouns[0] if nouns else None
        definite = (en in _EN_PLACE_PREPOSITIONS and p not in ("при", "у", "с", "со") and head_noun is not None
                    and right[0].pos != "NUM" and (self._ru_anatomical(head_noun) or head_noun.lemma.lower() in _RU_PLACE_NOUNS
                                                   and any(self._ru_anatomical(t) for t in nouns)))
        for a in lefts:
            for b in rights:
                score = COMPOSITION_FACTOR * a.score * b.score
                if definite and b.term.split()[0].lower() not in _EN_DETERMINERS and not b.term[:1].isdigit():
                    results.append((f"{a.term} {en} the {b.term}", score * (0.97 if compound_first else 1.0) * 1.01,
                                    "composition", f"composition: {p} → {en}; a part of the body takes the article"))
                results.append((f"{a.term} {en} {b.term}", score * (0.97 if compound_first else 1.0),
                                "composition", f"composition: {p} → {en}"))
            for b in compounds:
                if (len(b.term.split()) > 3 or _EN_PREPOSITION_WORD.search(b.term) or _EN_PREPOSITION_WORD.search(a.term)
                        or b.term.split()[0].lower() in _EN_DETERMINERS):
                    continue  # ("pain in both eyes", not "both eyes pain")
                score = COMPOSITION_FACTOR * a.score * b.score
                # «боль в животе» → "abdominal pain": the English adjective of a Latin noun when the
                # lexicon's phrases prefer it.
                modifier = next((adj for adj in _en_noun_adjectives(b.term) if " " not in b.term
                                 and self._en_adjective_preferred(adj, b.term)), b.term)
                term = _en_before_noun(left, own, a.term, modifier)
                what = f"the adjective {modifier}" if modifier != b.term else f"the noun modifier {b.term}"
                results.append((term, score * (1.0 if compound_first else 0.95), "composition",
                                f"composition: {p} + {b.term} → {what}"))
        if p == "без":
            modifier(right, "free", "без", 0.9)  # «выживаемость без прогрессирования» → "progression-free survival"
        elif p == "по" and len(right) == 1:
            modifier_per = self._best(right, "ru", 1, number=False)
            for b in modifier_per:
                for a in lefts:
                    results.append((f"per-{b.term} {a.term}", COMPOSITION_FACTOR * a.score * b.score * 0.9,
                                    "composition", f"composition: по {b.term} → per-{b.term}"))
        return results

    def _ru_adjective_words(self, left: list[Token]) -> list[str] | None:
        """The English word of each Russian adjective before one noun («максимальная
        концентрация» → ["maximum"]), or None when ``left`` is not adjectives and a noun."""
        if len(left) < 2 or left[-1].pos != "NOUN" or not all(t.pos in ("ADJ", "PRTF") for t in left[:-1]):
            return None
        own = [self._best([t], "ru", 1, number=False) for t in left[:-1]]
        return [o[0].term.lower() for o in own] if all(own) else None

    def _ru_participle(self, toks: list[Token], k: int) -> list[tuple[str, float, str, str]]:
        """«качество жизни, связанное со здоровьем» → "health-related quality of life",
        «тошнота, вызванная химиотерапией» → "chemotherapy-induced nausea"."""
        left, part = toks[:k], toks[k]
        rest = toks[k + 1:]
        if rest and rest[0].pos == "PREP":
            if rest[0].lemma.lower() not in ("с", "со"):
                return []
            rest = rest[1:]
        if not left or not rest:
            return []
        suffix = _RU_CAUSE_PARTICIPLES[part.lemma.lower()]
        results = []
        cause = part.lemma.lower() in ("вызванный", "обусловленный")
        for b in self._best(rest, "ru", 2, number=False):
            # A cause of more than one word is said after the condition, as classifications do:
            # «инфаркт мозга, вызванный эмболией мозговых артерий» → "cerebral infarction due to
            # embolism of cerebral arteries"; one word goes before it: "drug-induced hepatitis".
            long_cause = len(b.term.split()) > 1 or " of " in f" {b.term} "
            for a in self._best(left, "ru"):
                score = COMPOSITION_FACTOR * a.score * b.score
                if not long_cause:
                    results.append((f"{b.term.replace(' ', '-')}-{suffix} {a.term}", score, "composition",
                                    f"composition: {part.text} … {b.term} → {b.term}-{suffix}"))
                if cause:
                    results.append((f"{a.term} due to {b.term}", score * (1.0 if long_cause else 0.97), "composition",
                                    f"composition: {part.text} … {b.term} → due to {b.term}"))
        return results

    def _compose_np(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        if len(toks) > 1 and any(t.pos == "AUX" or "indc" in t.tags for t in toks):
            return []  # a clause no rule read is no noun phrase: its verb would be lost
        def span(i: int, j: int) -> Piece | None:
            if src == "ru" and j == i + 2 and toks[i].lemma == "не" and toks[i + 1].pos in ("ADJ", "PRTF"):
                inner = self._best([toks[i + 1]], src, 1)
                if inner:
                    return Piece(i, j, f"не {toks[i + 1].text}", f"non-{inner[0].term}", "adj", "lexicon",
                                 inner[0].score * 0.9)
            if src == "ru" and j == i + 3 and toks[i].pos in ("PRTF", "ADJ") and toks[i + 1].lemma == "по" and (
                    toks[i + 2].pos == "NOUN"):
                # «стандартизованный по возрасту» → "age-standardized", «подобранный по полу» → "sex-matched".
                participle = self._participle(toks[i], src) or next(
                    ((tr.term, tr.score) for tr in self._best([toks[i]], src, 1, number=False)), None)
                noun = self._best([toks[i + 2]], src, 1, number=False)
                if participle and noun and " " not in noun[0].term:
                    return Piece(i, j, " ".join(t.text for t in toks[i:j]), f"{noun[0].term}-{participle[0]}", "adj",
                                 "lexicon", participle[1] * noun[0].score)
            if j == i + 2:
                series = self._series_piece(toks, i, src)
                if series is not None:
                    return series
            piece = None
            if src == "en" and j == i + 1 and toks[i].text.lower().endswith("-acting"):
                # Russian pharmacology says «короткого действия» after the drug, not «короткодействующий».
                piece = self._en_hyphen_piece(toks[i], i)
            if piece is None:
                piece = self._lexicon_piece(toks, i, j, src)
            if piece is None and j == i + 2:
                piece = self._named_member_piece(toks, i, src)
            if piece is None and j == i + 1 and toks[i].pos in ("ADJ", "PRTF"):
                piece = self._negated_piece(toks[i], i, src)
            if piece is None and j == i + 1 and _latin_identifier(toks[i].text):
                # "Ki-67", "BI-RADS", "BRCA1": a Latin identifier is written the same in Russian text.
                piece = Piece(i, j, toks[i].text, toks[i].text, "noun", "abbreviation", LEXICON_SYNONYM)
            if piece is None and j == i + 1 and src == "en" and "-" in toks[i].text:
                piece = self._en_hyphen_piece(toks[i], i)
            if (piece is None and src == "en" and j > i + 1 and "-" in toks[j - 1].text
                    and toks[j - 1].text.lower().rpartition("-")[2] in _EN_HYPHEN_RULES
                    and all(t.pos in ("NOUN", "ABBR") for t in toks[i:j - 1])):
                # "calcium channel blocker-induced": the hyphen joins the whole compound before it.
                whole = Token(" ".join(t.text for t in toks[i:j]), toks[i].start, toks[j - 1].end,
                              toks[j - 1].lemma, toks[j - 1].pos)
                found = self._en_hyphen_piece(whole, i)
                piece = Piece(i, j, found.source, found.target, found.target_pos, found.how, found.score) if found else None
            if piece is None and j == i + 1 and toks[i].lemma.lower() in _FUNCTION_WORDS[src] and toks[i].pos in (
                    "PREP", "CONJ", "PART", "ADV"):
                word = _FUNCTION_WORDS[src][toks[i].lemma.lower()]
                piece = Piece(i, j, toks[i].text, word, "func", "lexicon", 1.0 if not word else 0.9)
            if piece is None and j == i + 1 and src == "en" and toks[i].text.lower().endswith("ly"):
                piece = self._en_adverb_piece(toks[i], i)
            if piece is None and j == i + 2 and src == "en" and _latin_binomial(toks[i], toks[i + 1]):
                # "Staphylococcus aureus": Russian medical text writes the species in Latin.
                text = f"{toks[i].text} {toks[i + 1].text}"
                piece = Piece(i, j, text, text, "noun", "abbreviation", LEXICON_SYNONYM)
            if piece is None and j == i + 1 and src == "en" and i > 0:
                piece = self._en_latin_adjective(toks[i], i)
            if piece is None and j == i + 1:
                piece = self._cognate_piece(toks, i, src)
            if piece is None and j == i + 1 and "-" in toks[i].text:
                compound = self._hyphen_compound(toks[i], src)
                if compound is not None:
                    text, _lang, score, _m, _e = compound
                    pos = "adj" if toks[i].pos in ("ADJ", "PRTF") and not _name_chain(toks[i].text) else "noun"
                    piece = Piece(i, j, toks[i].text, text, pos, "composition", score / COMPOSITION_FACTOR)
            return piece

        pieces = cover(toks, span)
        if not pieces or len(pieces) == 1 and pieces[0].how == "lexicon":
            return []  # nothing to compose (a whole-phrase entry is the lexicon method's answer)
        pieces = self._senses_by_field(pieces, toks, src)
        head_i = _head_index(toks, src)
        head = next((p for p in pieces if p.start <= head_i < p.end), pieces[-1])
        if head.target_pos in ("post", "clause", "func"):
            head = next((p for p in reversed(pieces) if p.target_pos in ("noun", "adj")), head)
        before = [p for p in pieces if p.end <= head.start]
        after = [p for p in pieces if p.start >= head.end]
        if (src == "en" and head is pieces[-1] and head.target_pos == "adj" and len(pieces) > 1
                and pieces[-2].target_pos == "noun" and toks[head.start].pos != "ADJ"):
            # "foramen ovale", "status epilepticus": a Latin adjective after its noun is an
            # adjective in Russian («овальное отверстие»), the noun before it the head.
            head, before = pieces[-2], [*pieces[:-2], head]
        eponym = any(p.target[:1].isupper() and p.source[:1].isupper() and not p.target.isupper()
                     and p.how in ("transliteration", "cognate", "composition", "lexicon") for p in pieces if p is not head)
        if eponym and head.end - head.start == 1:
            # An eponymous sign: "Kernig sign" is «симптом Кернига», and back.
            word = toks[head.start].lemma.lower()
            renamed = {"en": {"sign": "симптом"}, "ru": {"симптом": "sign", "признак": "sign"}}[src].get(word)
            if renamed:
                head = Piece(head.start, head.end, head.source, renamed, head.target_pos, head.how, head.score)
                pieces = [head if p.start == head.start else p for p in pieces]
        score = COMPOSITION_FACTOR
        for p in pieces:
            score *= p.score
        parts = ", ".join(f"{p.source} → {p.target} ({p.how})" for p in pieces)
        if len(pieces) == 1 and pieces[0].how in ("cognate", "transliteration", "abbreviation", "derived", "prefixed"):
            p = pieces[0]
            how = {"abbreviation": "abbreviation", "prefixed": "composition"}.get(p.how, "cognate")
            what = {"cognate": "shared Greek/Latin root", "transliteration": "spelled by transliteration rules",
                    "abbreviation": "kept as written", "derived": "made from a word the lexicon knows",
                    "prefixed": "prefix and stem translated apart"}[p.how]
            target = p.target
            if p.target_pos == "noun" and p.how != "abbreviation" and _source_plural(toks, src):
                target = (ru_plural(target) if src == "en" else en_plural(target)) or target  # "fomites" → «фомиты»
            return [(target, p.score, how, f"{how}: {p.source} ≈ {target} ({what})")]
        if src == "ru":
            # A classification's qualifier at the end («… неуточнённой локализации» → "… of
            # unspecified site", «… с поражением почек» → "… with renal complications") follows
            # whatever English makes of the rest.
            tail = []
            while after and after[-1].target_pos == "post":
                tail.insert(0, after.pop())
            if tail:
                rest = self._compose_ru_np(toks, pieces[:len(pieces) - len(tail)], head, before, after, score, parts)
                return [(f"{text} {' '.join(p.target for p in tail)}", sc, how, ev) for text, sc, how, ev in rest]
            return self._compose_ru_np(toks, pieces, head, before, after, score, parts)
        return self._compose_en_np(toks, pieces, head, before, after, score, parts)

    def _compose_ru_np(self, toks: list[Token], pieces: list[Piece], head: Piece, before: list[Piece],
                       after: list[Piece], score: float, parts: str) -> list[tuple[str, float, str, str]]:
        """Russian noun phrase → English (``_compose_np`` after the pieces are found)."""
        results: list[tuple[str, float, str, str]] = []
        src: Lang = "ru"
        if (len(toks) == 2 == len(pieces) and head.start == 0 and toks[1].case == "gent"
                and pieces[1].target.lower() in _EN_CATIONS | _EN_ESTERS and pieces[0].target.isalpha()
                and pieces[0].target.lower() not in _EN_CATIONS and self._drug_name(toks[0], pieces[0], "ru")):
            # «лозартан калия» → "losartan potassium": a salt as the pharmacopoeias name it.
            results.append((f"{head.target} {pieces[1].target}", score * 1.03, "composition",
                            f"composition: {parts}; a salt named as in pharmacopoeias"))
        if (len(toks) == 2 == len(pieces) and toks[0].case == "gent" and toks[1].case in ("nomn", "accs")
                and toks[1].lemma.lower().endswith(("ат", "ид", "ит")) and pieces[1].target.lower().endswith(("ate", "ide", "ite"))
                and pieces[0].target.isalpha() and self._drug_name(toks[0], pieces[0], "ru")):
            # «амлодипина безилат» → "amlodipine besylate": the drug in the genitive, then its anion.
            results.append((f"{pieces[0].target} {pieces[1].target}", score * 1.04, "composition",
                            f"composition: {parts}; a salt named as in pharmacopoeias"))
        # Genitive groups after the head: each group's pieces in order; a group English says
        # with a hyphenated modifier («короткого действия» → "short-acting", «первой линии» →
        # "first-line") goes before the head.
        # «IV стадии» → "stage IV": a member of a series goes first ("stage II breast cancer").
        pre = [p for p in after if p.target_pos == "adj" and p.end == p.start + 2 and _series_member(toks[p.start].text)
               and toks[p.start + 1].lemma.lower() in _RU_SERIES]
        after = [p for p in after if p not in pre]
        ordinal = _EN_ORDINAL_WORDS.get(_series_number(toks[pre[0].start].text)) if pre else None
        # «миорелаксант центрального действия» → "centrally acting muscle relaxant": a genitive
        # group the lexicon gives as an adjective goes before the head.
        said_before = [p for p in after if p.target_pos == "adj" and p.how == "lexicon" and p.end > p.start + 1
                       and toks[p.start].pos in ("ADJ", "PRTF") and toks[p.end - 1].case == "gent"]
        after = [p for p in after if p not in said_before]
        if ordinal and toks[pre[0].start + 1].lemma.lower() == "степень" and any(
                t.lemma.lower().replace("ё", "е") in _RU_DEGREE_HEADS for t in toks[head.start:head.end]):
            # «ожог III степени» → "third-degree burn", «АВ-блокада II степени» → "second-degree AV block".
            pre = [dataclasses.replace(pre[0], target=f"{ordinal}-degree")]
        groups = _ru_groups(toks, after)
        for g in list(groups):
            hyphenated = self._ru_hyphen_group(toks[g.start:g.end])
            if hyphenated is not None:
                pre.append(Piece(g.start, g.end, g.source, hyphenated[0], "adj", "lexicon", hyphenated[1]))
                groups.remove(g)
        adjectives = [*pre, *said_before, *before]
        if toks[head.start].lemma.lower() == "медиана" and head.end == head.start + 1 and groups and not adjectives:
            # «медиана периода наблюдения» → "median follow-up period": English says the median first
            for obj in self._best(toks[groups[0].start:groups[-1].end], src, 1):
                results.append((f"median {obj.term}", score * 1.03, "composition",
                                f"composition: {head.source} → median, before what it measures"))
        change = _RU_CHANGE_HEADS.get(toks[head.start].lemma.lower().replace("ё", "е"))
        if toks[head.start].lemma.lower() == "расширение" and groups and self._ru_anatomical(toks[groups[0].end - 1]):
            change = ("dilatation", "dilated")  # «расширение петель тонкой кишки»: a hollow organ widens
        if change and head.end == head.start + 1 and groups and not adjectives:
            # «снижение скорости клубочковой фильтрации» → "decreased glomerular filtration rate",
            # "decrease in glomerular filtration rate" (not "rate decrease", not "decrease of").
            gen_toks = toks[groups[0].start:groups[-1].end]
            if change[0] == "increase" and self._ru_anatomical(toks[groups[0].end - 1]):
                # «увеличение лимфатических узлов» → "enlarged lymph nodes": an organ grows
                change = ("enlargement", "enlarged")
            # the number of the genitive's own noun («петель тонкой кишки» is plural)
            own = next((t for t in toks[groups[0].start:groups[0].end] if t.pos == "NOUN"), toks[groups[0].end - 1])
            plural = own.number == "plur"
            for obj in self._best(gen_toks, src, 1, number=plural):
                if " of " in f" {obj.term} " and len(obj.term.split()) > 4:
                    continue
                results.append((f"{change[1]} {obj.term}", score * 1.03, "composition",
                                f"composition: {head.source} → {change[1]} (a change said as a participle)"))
                prep = "of" if change[0] == "enlargement" else "in"
                results.append((f"{change[0]} {prep} {obj.term}", score * 1.02, "composition",
                                f"composition: {head.source} + genitive → {change[0]} {prep}"))
        if _source_plural(toks, src, self._internal == 0) and not _uncountable(head.target):
            # «критерии включения» → "inclusion criteria": the source's number.
            plural = en_plural(head.target)
            if plural:
                head = Piece(head.start, head.end, head.source, plural, head.target_pos, head.how, head.score)
        # "malignant neoplasm of breast": after a head the lexicon gives as a multi-word unit,
        # English says "of" rather than piling modifiers in front of it.
        of_first = (len(head.target.split()) > 1 and head.how == "lexicon" and bool(groups)
                    and not all("-" in w for w in head.target.split()[:-1]))
        # A genitive of quality («лихорадка неясного происхождения» → "fever of unknown origin")
        # is said with "of" after the head, never as a modifier in front of it.
        quality = bool(groups) and toks[groups[-1].end - 1].lemma.replace("ё", "е") in _RU_QUALITY_NOUNS
        # A part of a part of the body takes the article: "lower lobe of the left lung"; a
        # disorder of one does not, as classifications write it ("malignant neoplasm of stomach").
        head_noun = next((t for t in reversed(toks[head.start:head.end]) if t.pos == "NOUN"), None)
        anatomical = (len(groups) == 1 and head_noun is not None
                      and (not self._ru_condition(head_noun) or self._ru_finding(head_noun))
                      and self._ru_anatomical(toks[groups[0].end - 1]))
        # A counted genitive («содержимое одного пакетика» → "contents of one sachet") too.
        # So does what a container or a measure holds («стакан воды» → "glass of water").
        counted = bool(groups) and (toks[groups[0].start].pos == "NUM" or toks[groups[0].start].lemma.lower() in _RU_COUNTING_WORDS
                                    or toks[head.end - 1].lemma.lower() in _RU_MEASURE_HEADS)
        eponym = (len(groups) == 1 and not adjectives and len(head.target.split()) > 1
                  and (all(t.text[:1].isupper() and not t.text.isupper() for t in toks[groups[0].start:groups[0].end])
                       or all(_latin_identifier(t.text) for t in toks[groups[0].start:groups[0].end])))
        for m, a in enumerate(before[:-1] if head.end == head.start + 1 else []):
            # «острый средний серозный отит» → "acute serous otitis media": an adjective apart from
            # its noun still makes a term of the lexicon with it («средний отит» → "otitis media").
            found = [e.en[0] for e, _i in self.lex.lookup(self.an.key_of_tokens([*toks[a.start:a.end], toks[head.start]], src), src)
                     if e.pos == "noun" and e.en and not e.en[0].lower().startswith(a.target.lower() + " ")][:1]
            if found and a.end - a.start == 1:
                others = [*pre, *said_before, *(b for b in before if b is not a)]
                results.append((" ".join([*(b.target for b in others), found[0]]), score * 1.02, "composition",
                                f"composition: {parts}; {a.source} {toks[head.start].text} → {found[0]} (lexicon)"))
        inner = toks[groups[0].start:groups[0].end] if len(groups) == 1 and not adjectives else []
        if len(inner) > 1 and all(t.pos in ("ADJ", "PRTF") for t in inner[:-1]) and inner[-1].pos == "NOUN":
            # «показатель перинатальной смертности» → "perinatal mortality rate": the head and the
            # genitive's noun are a compound of the lexicon («показатель смертности» → "mortality
            # rate"); the genitive's own words go before it.
            pair = [*toks[head.start:head.end], inner[-1]]
            compound = [e.en[0] for e, _i in self.lex.lookup(self.an.key_of_tokens(pair, src), src)
                        if e.pos == "noun" and e.en and " of " not in f" {e.en[0]} "][:1]
            noun = self._best(inner[-1:], src, 1, number=False)
            whole = self._best(inner, src, 1, number=False)
            if compound and noun and whole and compound[0].startswith(noun[0].term + " ") and whole[0].term.endswith(
                    " " + noun[0].term):
                said = whole[0].term + compound[0][len(noun[0].term):]
                results.append((said, score * 1.03, "composition",
                                f"composition: {parts}; {' '.join(t.text for t in pair)} → {compound[0]} (lexicon)"))
        if eponym:
            # «кривая выживаемости Каплана — Мейера» → "Kaplan-Meier survival curve": a name goes
            # before the whole head, not after it with "of"
            results.append((f"{groups[0].target} {head.target}", score * 1.03, "composition",
                            f"composition: {parts}; the name before the head"))
        if quality or counted:
            of_first = True
        elif anatomical and groups[0].end - groups[0].start > 1:
            of_first = True
        if head.target.lower().rstrip("s") == "risk factor" and groups and not adjectives:
            # «факторы риска осложнений» → "risk factors for complications"
            said = " ".join((en_plural(g.target) or g.target) if toks[g.end - 1].number == "plur" else g.target
                            for g in groups)
            results.append((f"{head.target} for {said}", score * 1.03, "composition",
                            f"composition: {parts}; risk factors for what they lead to"))
        section = self._ru_section_of(toks, head, adjectives, groups)
        if section is not None:
            results.append((section, score * 1.04, "composition",
                            f"composition: {parts}; «{toks[head.end - 1].lemma}» of a part of the body is left unsaid"))
        organ = self._en_adjective_of(toks, groups) if len(groups) == 1 and not quality else None
        if organ is not None:
            # «полость матки» → "uterine cavity", «ворота селезёнки» → "splenic hilum": a noun
            # English phrases use far less as a modifier than its adjective.
            results.append((assemble_en(head, [*adjectives, Piece(groups[0].start, groups[0].end, groups[0].source,
                                                                   organ, "adj", "derived", groups[0].score)], []),
                            score * (0.9 if of_first else 1.02), "composition",
                            f"composition: {parts}; {groups[0].target} → {organ}"))
        plain = assemble_en(head, adjectives, groups)
        if not quality:
            results.append((plain, score * (0.9 if of_first else 1.0), "composition", f"composition: {parts}"))
        if groups:
            # "diabetic polyneuropathy of the lower limbs": after "of", a genitive plural stays plural
            of_groups = [dataclasses.replace(g, target=en_plural(g.target) or g.target)
                         if toks[g.end - 1].pos == "NOUN" and toks[g.end - 1].number == "plur"
                         and "Pltm" not in toks[g.end - 1].tags and " of " not in f" {g.target} "
                         and not _uncountable(g.target) else g for g in groups]
            of_text = assemble_en(head, adjectives, of_groups, of_form=True)
            of_score = score * (1.0 if of_first else 0.9)
            if anatomical:
                results.append((of_text.replace(" of ", " of the ", 1), of_score, "composition",
                                f"composition: {parts}; a part of the body takes the article"))
                of_score *= 0.95
            if head.target.split()[-1].lower() in _EN_CHANGE_NOUNS and " of " in of_text:
                # «статистически значимое снижение смертности» → "… reduction in mortality"
                results.append((of_text.replace(" of ", " in ", 1), of_score * 1.01, "composition",
                                f"composition: {parts}; a change is in what changes"))
            results.append((of_text, of_score, "composition", f"composition: {parts}"))
        return results

    def _trailing_adverbial(self, toks: list[Token], k: int, src: Lang) -> list[tuple[str, float, str, str]]:
        """«лечение пневмонии в амбулаторных условиях» → "… in the outpatient setting": an
        adverbial the lexicon lists whole, from word ``k`` to the end, follows the rest."""
        tgt = other_lang(src)
        adverbial = next((e.forms(tgt)[0] for e, _i in self.lex.lookup(self.an.key_of_tokens(toks[k:], src), src)
                          if e.pos == "adv" and e.forms(tgt)), None)
        if adverbial is None:
            return []
        first = tgt == "en" and adverbial.endswith(" of")  # «инсульт в анамнезе» → "history of stroke"
        source = " ".join(t.text for t in toks[k:])
        side = _RU_SIDE_ADVERBS.get(source.lower()) if src == "ru" else None
        if not (first or tgt == "ru" or side or adverbial.split()[0].lower() in _EN_PREPOSITIONS):
            return []
        # («плевральный выпот с обеих сторон» → "bilateral pleural effusion": a finding too)
        organ = side is not None and (side == "bilateral" or self._ru_anatomical(toks[_head_index(toks[:k], src)]))
        out = []
        for a in self._best(toks[:k], src):
            score = COMPOSITION_FACTOR * a.score * LEXICON_PREFERRED
            if organ:
                # «подмышечные лимфатические узлы слева» → "left axillary lymph nodes": a part of the
                # body takes its side before it (a finding stays "on the left")
                out.append((f"{side} {a.term}", score * 1.02, "composition", f"composition: {a.term} + {source} → {side}"))
            out.append((f"{adverbial} {a.term}" if first else f"{a.term} {adverbial}", score, "composition",
                        f"composition: {a.term} + {source} → {adverbial} (lexicon)"))
        return out

    def _quantity(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """A phrase ending in amounts, spans or points of time, dosing frequencies or ages (see
        ``quantity``): "mortality within 30 days of surgery" → «летальность в течение 30 дней после
        операции», «2 раза в сутки» → "twice daily", "children aged 2 to 5 years" → «дети в
        возрасте от 2 до 5 лет», «через 2 недели после родов» → "2 weeks after delivery"."""
        words = [t.text.lower() for t in toks]
        lemmas = [t.lemma.lower() for t in toks]
        n = len(toks)
        tgt = other_lang(src)
        changed = self._quantity_of_change(toks, src) or self._scale_points(toks, src)
        if changed:
            return changed
        for k in range(n):
            exprs: list[quantity.Expression] = []
            pos = k
            while pos < n:
                expr = quantity.read(words, lemmas, pos, src)
                if expr is None:
                    break
                exprs.append(expr)
                pos = expr.end
                if any(quantity.EVENT in t for t in expr.texts):
                    break
            if not exprs:
                continue
            last = exprs[-1]
            event: list[Translation] = []
            if any(quantity.EVENT in t for t in last.texts):
                if pos >= n:
                    continue
                event = self._best(toks[pos:], src, 2)
                if not event:
                    continue
            elif pos != n:
                first = exprs[0]
                if (src == "en" and k and len(exprs) == 1 and first.kind == "amount" and first.amount is not None
                        and first.amount.unit and toks[-1].lemma.lower() in _EN_DOSAGE_FORMS
                        and all(t.pos != "PREP" for t in toks[pos:])):
                    # "timolol 0.5% eye drops" → «глазные капли тимолола 0,5%»: the strength ends
                    # the Russian name of a medicinal product
                    said = first.texts[0]
                    return [(f"{tr.term} {said}", COMPOSITION_FACTOR * tr.score, "composition",
                             "; ".join(tr.evidence) + f"; the strength {' '.join(words[k:pos])} → {said} at the end")
                            for tr in self._best(toks[:k] + toks[pos:], src, 2)]
                if k == 0 and len(exprs) == 1 and first.kind == "amount" and first.amount is not None and first.amount.measure:
                    # "90% stenosis of the right coronary artery" → «стеноз правой коронарной
                    # артерии 90%»: a measured value before the finding goes after it
                    said = first.texts[0]
                    out = []
                    for tr in self._best(toks[pos:], src, 2):
                        head = _ru_head_word(tr.term) if src == "en" else None
                        if head is not None and head.normal_form in _RU_CHANGE_NOUNS:
                            texts = [f"{tr.term} на {said}"]  # "50% reduction in mortality" → «снижение … на 50%»
                        elif src == "en":
                            texts = [f"{tr.term} {said}", f"{said} {tr.term}"]
                        else:
                            texts = [f"{said} {tr.term}", f"{tr.term} of {said}"]  # «90% стеноз» → "90% stenosis"
                        out.extend((text, COMPOSITION_FACTOR * tr.score * (1 - 0.02 * m), "composition",
                                    "; ".join(tr.evidence) + f"; {' '.join(words[:pos])} → {said}")
                                   for m, text in enumerate(texts))
                    return out
                continue
            lefts = self._best(toks[:k], src, 3) if k else [None]
            if k and not lefts:
                continue
            out = []
            said = " ".join(words[k:pos])
            form = next((m for m in range(k) if toks[m].pos == "NOUN"), None) if src == "ru" else None
            if (form is not None and toks[form].lemma.lower() in _RU_DOSAGE_FORMS and form + 1 < k and len(exprs) == 1
                    and exprs[0].kind == "amount" and exprs[0].amount is not None and exprs[0].amount.unit and not event):
                # «мазь такролимуса 0,1%» → "tacrolimus 0.1% ointment": English puts the strength
                # between the product and its dosage form
                drug = self._best(toks[form + 1:k], src, 1, number=False)
                strength = exprs[0].texts[0]
                for left in lefts if drug else []:
                    name = drug[0].term
                    term = left.term
                    if term.endswith(f" of {name}"):
                        term = f"{name} {term[:-len(name) - 4]}"  # "eye drops of latanoprost"
                    if term.startswith(name + " "):
                        out.append((f"{name} {strength}{term[len(name):]}",
                                    COMPOSITION_FACTOR * left.score * 1.02, "composition",
                                    "; ".join(left.evidence) + f"; the strength {strength} before the dosage form"))
            for left in lefts:
                for m, texts in enumerate(self._quantity_texts(toks, k, exprs, left, src)):
                    for ev in event or [None]:
                        text = texts
                        if ev is not None:
                            text = text.replace(quantity.EVENT, self._quantity_event(ev.term, last, tgt))
                        score = COMPOSITION_FACTOR * (left.score if left else LEXICON_PREFERRED)
                        score *= (ev.score if ev else 1.0) * (1 - 0.02 * m)
                        evidence = "; ".join(left.evidence) + "; " if left else "composition: "
                        evidence += f"{said} → {text[len(left.term) + 1:] if left and text.startswith(left.term) else text}"
                        if ev is not None:
                            evidence += f" ({ev.term})"
                        out.append((text, score, "composition", evidence))
            return out
        return []

    def _scale_points(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """A score in points on a named scale: «по шкале комы Глазго 9 баллов» → "Glasgow Coma
        Scale score of 9", "Glasgow Coma Scale score of 9" / "… below 9" → «оценка по шкале комы
        Глазго 9 баллов» / «… ниже 9 баллов»."""
        words = [t.text.lower() for t in toks]
        lemmas = [t.lemma.lower() for t in toks]
        n = len(toks)
        if src == "ru":
            s_at = next((m for m in range(n) if lemmas[m] == "шкала"), None)
            points = next(((m, got[0]) for m in range(n) if (got := quantity.read_amount(words, lemmas, m, "ru"))
                           is not None and got[0].unit == "point" and got[1] == n), None)
            first = quantity.read_amount(words, lemmas, 0, "ru")
            if (s_at is not None and points is None and first is not None and first[0].unit == "point"
                    and first[1] == s_at - 1 and lemmas[s_at - 1] == "по"):
                # «9 баллов по шкале комы Глазго»: the points first
                points, k = (0, first[0]), n
                toks = toks[first[1] + 1:] + toks[:first[1] + 1]
                words, lemmas = [t.text.lower() for t in toks], [t.lemma.lower() for t in toks]
                s_at, k = 0, n - first[1] - 1
            elif s_at is None or points is None or points[0] <= s_at + 1:
                return []
            else:
                k = points[0]
            number = quantity.say_en(quantity.Amount(points[1].numbers))
            out = []
            names = toks[s_at + 1:k]
            scales = self._best(toks[s_at:k], "ru", 2)
            if names and all(t.pos in ("ABBR", "PROPN", "X") or _abbreviation_like(t.text) for t in names):
                # «по шкале NIHSS» → "NIHSS": the scale's Latin name as written
                scales.insert(0, Translation(" ".join(t.text for t in names), "en", "", LEXICON_PREFERRED,
                                             ["composition"], ["the scale's name kept as written"]))
            for scale in scales:
                name = scale.term
                if name.lower().endswith(" scale") and _abbreviation_like(name[:-6]):
                    name = name[:-6]  # "NIHSS score", not "NIHSS scale score"
                for m, text in enumerate((f"{name} score of {number}", f"{name} score {number}")):
                    out.append((text, COMPOSITION_FACTOR * scale.score * (1 - 0.02 * m), "composition",
                                "; ".join(scale.evidence) + f"; {' '.join(words[k:])} → score of {number}"))
            return out
        k = next((m for m in range(1, n - 1) if lemmas[m - 1] == "score"), None)
        if k is None:
            return []
        bound = words[k] != "of"
        expr = quantity.read(words, lemmas, k, "en") if bound else None
        got = quantity.read_amount(words, lemmas, k + 1, "en", unit_needed=False) if not bound else None
        amount = expr.amount if expr is not None and expr.kind == "bound" and expr.end == n else (
            got[0] if got is not None and got[1] == n else None)
        if amount is None or amount.unit or amount.measure:
            return []
        points = quantity.Amount(amount.numbers, "point")
        tail = (expr.texts[0].split(" ")[0] + " " + quantity.say_ru(points, "gent")) if bound else quantity.say_ru(points)
        return [(f"{left.term} {tail}", COMPOSITION_FACTOR * left.score, "composition",
                 "; ".join(left.evidence) + f"; {' '.join(words[k:])} → {tail}")
                for left in self._best(toks[:k], "en", 2)]

    def _quantity_of_change(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """How much or to what a change went: "weight loss of 5 kg" → «снижение массы тела на 5 кг»,
        "decrease in hemoglobin to 85 g/L" → «снижение гемоглобина до 85 г/л», «снижение риска на
        25%» → "risk reduction of 25%", «расширение холедоха до 12 мм» → "dilatation of the
        common bile duct to 12 mm"."""
        words = [t.text.lower() for t in toks]
        lemmas = [t.lemma.lower().replace("ё", "е") for t in toks]
        n = len(toks)
        for k in range(1, n - 1):
            if words[k] not in (("of", "by", "to") if src == "en" else ("на", "до")):
                continue
            got = quantity.read_amount(words, lemmas, k + 1, src, unit_needed=False)
            bound = quantity.read(words, lemmas, k + 1, src) if got is None and src == "en" and words[k] == "of" else None
            word = next((b for b in ("не менее", "не более", "более", "менее") if bound is not None
                         and bound.texts[0].startswith(b + " ")), None)
            if (word is not None and bound.kind == "bound" and bound.end == n and bound.amount is not None
                    and _change_at(lemmas, k, _EN_CHANGE_NOUNS) is not None):
                # "eGFR decline of at least 40%" → «снижение рСКФ не менее чем на 40%»: a bound of a
                # change says by how much
                said = f"{word} чем на {quantity.say_ru(bound.amount, 'accs')}"
                return [(f"{left.term} {said}", COMPOSITION_FACTOR * left.score, "composition",
                         "; ".join(left.evidence) + f"; {' '.join(words[k:])} → {said}")
                        for left in self._best(toks[:k], src, 3)]
            period = ""
            if got is not None and got[1] < n:
                # "weight loss of 8 kg over 3 months" ↔ «потеря массы тела на 8 кг за 3 месяца»:
                # the time a change took after its amount
                span = quantity.read(words, lemmas, got[1], src)
                if (span is None or span.end != n or span.kind not in ("span", "point") or span.amount is None
                        or span.amount.unit not in quantity.UNITS or not quantity.UNITS[span.amount.unit].time
                        or words[got[1]] not in ("over", "in", "within", "за", "в")):
                    continue
                period = (f" за {quantity.say_ru(span.amount, 'accs')}" if src == "en"
                          else f" over {quantity.say_en(span.amount)}")
                got = (got[0], n)
            if got is None or got[1] != n:
                continue
            amount = got[0]
            changes = _EN_CHANGE_NOUNS if src == "en" else _RU_CHANGE_NOUNS
            change = _change_at(lemmas, k, changes)
            if change is None:
                if src == "en" and words[k] == "of" and (amount.measure or amount.unit) and not period:
                    # "blood loss of 500 mL" → «кровопотеря 500 мл», "temperature of 38.5 °C"
                    return [(f"{left.term} {quantity.say_ru(amount)}", COMPOSITION_FACTOR * left.score, "composition",
                             "; ".join(left.evidence) + f"; of {quantity.say_en(amount)} → {quantity.say_ru(amount)}")
                            for left in self._best(toks[:k], src, 3)]
                continue
            if src == "en":
                said = (f"до {quantity.say_ru(amount, 'gent')}" if words[k] == "to"
                        else f"на {quantity.say_ru(amount, 'accs')}")
            else:
                said = f"{'to' if words[k] == 'до' else 'of'} {quantity.say_en(amount)}"
            said += period
            out = []
            for left in self._best(toks[:k], src, 3):
                text = f"{left.term} {said}"
                first_word, _, rest = left.term.partition(" ")
                if src == "ru" and rest and first_word.endswith("ed") and lemmas[0] in changes:
                    # «снижение гемоглобина на 20 г/л»: "hemoglobin decreased by 20 g/L", not
                    # "decreased hemoglobin of 20 g/L"
                    text = f"{rest} {first_word} {'to' if words[k] == 'до' else 'by'} {quantity.say_en(amount)}{period}"
                out.append((text, COMPOSITION_FACTOR * left.score, "composition",
                            "; ".join(left.evidence) + f"; {' '.join(words[k:])} → {said}"))
            return out
        return []

    @staticmethod
    def _quantity_event(term: str, expr: quantity.Expression, tgt: Lang) -> str:
        """The event or counted phrase after a quantity, in the target's case and number."""
        if tgt == "ru":
            return ru_case(term, expr.event_case, "plur" if expr.event_plural else None)
        return (en_plural(term) or term) if expr.event_plural and not _uncountable(term) else term

    def _quantity_texts(self, toks: list[Token], k: int, exprs: list[quantity.Expression],
                        left: Translation | None, src: Lang) -> list[str]:
        """The renderings of a phrase with its quantity expressions, best first."""
        tgt = other_lang(src)
        texts = list(exprs[0].texts)
        for e in exprs[1:]:
            texts = [f"{a} {e.texts[0]}" for a in texts]  # "500 mg" + "twice daily"
        if left is None:
            return texts
        first = exprs[0]
        amount = first.amount
        head = toks[_head_index(toks[:k], src)].lemma.lower().replace("ё", "е") if k else ""
        if src == "ru" and first.kind == "span" and toks[k].text.lower() == "в" and quantity.for_first(head):
            # «лечение в течение 6 месяцев» → "treatment for 6 months"
            texts.sort(key=lambda t: not t.startswith("for "))
        if src == "ru" and first.kind == "bound" and texts[0].startswith("up to ") and re.search(r"(еми|пени|ури)я$", head):
            # «гипокалиемия до 3,1 ммоль/л» → "hypokalemia of 3.1 mmol/L": the level reached
            texts = ["of " + texts[0][len("up to "):]] + texts
        if (src == "ru" and first.kind == "bound" and len(exprs) == 1 and amount is not None and amount.unit
                and amount.unit in quantity.UNITS and quantity.UNITS[amount.unit].time and head not in _RU_PERSONS and texts[0].split()[0] in ("more", "less")):
            # «утренняя скованность более 1 часа» → "morning stiffness lasting more than 1 hour"
            # («срок беременности менее 20 недель» → "gestational age of less than 20 weeks": a
            # length of time itself does not last)
            said = [f"lasting {texts[0]}", f"of {texts[0]}"]
            texts = [*(said[::-1] if head in _RU_TIME_MEASURES else said), *texts]
        if (src == "ru" and first.kind == "amount" and len(exprs) == 1 and amount is not None and amount.measure
                and " of " not in f" {left.term} " and (head in _RU_OF_AMOUNT_HEADS or re.search(r"(еми|пени|ури|ция)я$", head) and head != "концентрация")):
            # «протеинурия 1,5 г/сут» → "proteinuria of 1.5 g/day", «нагрузочная доза 600 мг» → "… of 600 mg"
            texts = [f"of {texts[0]}", *texts]
        if (src == "ru" and head in _RU_PERSONS and len(exprs) == 1 and first.kind in ("amount", "bound")
                and amount is not None and amount.unit == "year" and len(amount.numbers) == 2):
            # «дети от 2 до 6 лет» → "children aged 2 to 6 years": an age span after people
            texts = [f"aged {t}" for t in texts] + texts
        out = [f"{left.term} {t}" for t in texts]
        if src == "ru" and len(exprs) == 1 and first.kind == "frequency" and head in _RU_DOSING_NOUNS:
            # «приём один раз в сутки» → "once-daily intake": English puts a dosing frequency
            # before the noun, hyphenated.
            out[:0] = [f"{m.group(1)}-{m.group(2)} {left.term}" for t in texts[:1]
                       if (m := re.fullmatch(r"(once|twice) (daily|weekly|monthly)", t))]
        if (len(exprs) == 1 and amount is not None and amount.unit in quantity.EN_UNIT_ADJECTIVES
                and len(amount.numbers) == 1 and not any(quantity.EVENT in t for t in texts)):
            if src == "ru" and first.kind == "amount" and head in _RU_PERSONS and amount.unit == "year":
                # «женщина 45 лет» → "45-year-old woman"
                out.insert(0, f"{quantity.en_unit_adjective(amount)}-old {left.term}")
            if (src == "ru" and first.kind == "span" and toks[k].text.lower() == "в" and left.term.split()[-1].lower()
                    in _EN_SPAN_STATISTICS and not any(quantity.EVENT in t for t in texts)):
                # «частота повторных госпитализаций в течение 30 дней» → "30-day readmission rate"
                out.insert(0, f"{quantity.en_unit_adjective(amount)} {left.term}")
            if src == "en" and first.kind == "point" and toks[k].text.lower() == "at":
                # "survival at 5 years" → «5-летняя выживаемость»
                adjective = quantity.ru_unit_adjective(amount)
                if adjective is not None:
                    gender, number = ru_head_grammar(left.term)
                    agreed = f"{ru_agree(adjective, gender, number)} {left.term}"
                    out.insert(0 if head in _EN_SPAN_STATISTICS else 1, agreed)
        if tgt == "en":
            out = [re.sub(r"\s+", " ", t) for t in out]
        return out

    def _en_drug_modifier(self, toks: list[Token], piece: Piece) -> str | None:
        """The Russian number of a drug or drug class named by an English noun modifier ("sing"
        for a substance, "plur" for a class: "statin", "proton pump inhibitor"), or None when the
        modifier names no drug."""
        if piece.target_pos != "noun" or not toks or toks[-1].pos not in ("NOUN", "PROPN"):
            return None
        last = toks[-1].text.lower()
        if _en_drug_class(last):
            return "plur"
        entry = self._noun_entry(toks)
        if entry is not None:
            return "sing" if entry.field in _SUBSTANCE_FIELDS else None
        return "sing" if len(toks) == 1 and piece.how in ("cognate", "transliteration") and re.search(
            _EN_DRUG_ENDINGS, last) else None

    def _en_participle_clause(self, toks: list[Token]) -> list[tuple[str, float, str, str]]:
        """"patients receiving hemodialysis" → «пациенты, получающие гемодиализ», "patients
        presenting with chest pain" → «пациенты, обратившиеся с болью в груди»: an -ing participle
        with its object after a noun of persons is a Russian participle clause after a comma,
        agreeing with the noun; the object in the case the verb governs."""
        k = next((m for m in range(1, len(toks) - 1) if toks[m].text.lower().endswith("ing")
                  and toks[m].pos in ("VERB", "ADJ") and toks[m - 1].pos == "NOUN"
                  and (toks[m].text.lower()[:-3] in _EN_CLAUSE_VERBS
                       or (toks[m].text.lower()[:-3], toks[m + 1].text.lower()) in _EN_CLAUSE_PHRASES)
                  and (toks[m - 1].lemma.lower() in _EN_CLAUSE_SUBJECTS
                       or toks[m].text.lower()[:-3] in ("requir", "need"))), None)
        if k is None:
            return []
        stem = toks[k].text.lower()[:-3]
        phrase = _EN_CLAUSE_PHRASES.get((stem, toks[k + 1].text.lower()))
        rest = toks[k + 2:] if phrase else toks[k + 1:]
        if rest and rest[0].pos == "DET":
            rest = rest[1:]
        # "presenting with" → «обратившийся с», "living with" → «живущий с»: a verb and its
        # preposition said together
        if stem == "undergo" and rest:
            return self._en_undergoing(toks[:k], rest)
        participle = (phrase[0], LEXICON_PREFERRED) if phrase else self._participle(toks[k], "en")
        if not rest or participle is None:
            return []
        case = phrase[2] if phrase else _EN_CLAUSE_VERBS[stem]
        plural = "plur" if _source_plural(rest, "en") else None
        objects = [(obj, ru_case(obj.term, case, plural)) for obj in self._best(rest, "en", 1, number=False)]
        out = []
        for left in self._best(toks[:k], "en", 2):
            gender, number = ru_head_grammar(left.term)
            for obj, inflected in objects:
                words = [ru_agree(participle[0], gender, number)]
                if phrase and phrase[1]:
                    words.append(ru_preposition(phrase[1], inflected))
                text = f"{left.term}, {' '.join(words)} {inflected}"
                out.append((text, COMPOSITION_FACTOR * left.score * participle[1] * obj.score, "composition",
                            f"composition: {toks[k].text} → {participle[0]}, a participle clause after the noun"))
        return out

    def _en_participle_place(self, toks: list[Token]) -> list[tuple[str, float, str, str]]:
        """"jaundice appearing on the second day of life" → «желтуха, появившаяся на второй день
        жизни»: an -ing participle between a noun and a prepositional phrase is a Russian
        participle clause after a comma, agreeing with the noun."""
        n = len(toks)
        k = next((m for m in range(1, n - 2) if toks[m].text.lower().endswith("ing") and toks[m].pos in ("VERB", "ADJ")
                  and toks[m - 1].pos == "NOUN" and toks[m + 1].pos == "PREP"), None)
        if k is None or self.lex.lookup(self.an.key_of_tokens(toks[k:k + 2], "en"), "en"):
            return []  # ("radiating to" is the lexicon's: «с иррадиацией в»)
        participle = self._participle(toks[k], "en")
        if participle is None or not any("intr" in q.tag for q in parses(participle[0].split()[0])):
            return []  # a transitive verb's participle wants an object ("worsening" is not «ухудшающий» here)
        out = []
        for left in self._best(toks[:k], "en", 2):
            gender, number = ru_head_grammar(left.term)
            said = ru_agree(participle[0], gender, number)
            for whole in self._best(toks[:k] + toks[k + 1:], "en", 2):
                if not whole.term.startswith(left.term + " "):
                    continue
                out.append((f"{left.term}, {said}{whole.term[len(left.term):]}",
                            COMPOSITION_FACTOR * whole.score * participle[1], "composition",
                            "; ".join(whole.evidence) + f"; {toks[k].text} → {said}, a participle clause after the noun"))
        return out

    def _ru_passive_statement(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """A label's or a note's statement with a reflexive verb: «выводится преимущественно
        почками» → "excreted predominantly by the kidneys", «препарат метаболизируется в печени» →
        "drug is metabolized in liver", «боль усиливается при ходьбе» → "pain intensifies on
        walking". A reflexive verb the lexicon lists is said as it is; another is the passive of
        the lexicon's verb, its instrumental the agent with "by"."""
        if src != "ru":
            return []
        n = len(toks)
        k = next((m for m in range(n) if toks[m].pos == "VERB" and toks[m].lemma.lower().endswith(("ться", "тись", "чься"))
                  and toks[m].text.lower().endswith(("ся", "сь"))), None)
        if k is None or k == n - 1 or any(t.pos == "VERB" for t in toks[k + 1:]) or any(t.pos not in (
                "NOUN", "ADJ", "PRTF", "ABBR", "PROPN") for t in toks[:k]):
            return []
        plural = k > 0 and toks[_head_index(toks[:k], "ru")].number == "plur"
        found = self._ru_verb_english(toks[k].lemma.lower())  # the lexicon's, or the passive of the plain verb
        if found is None:
            return []
        words = found[0].split()
        if words[0] == "be":  # «метаболизироваться» → "be metabolized", «выводиться» → "be excreted"
            verb, copula = " ".join(words[1:]), True
        else:
            verb, copula = " ".join([words[0] if plural else _en_third_person(words[0]), *words[1:]]), False
        how = "a reflexive verb"
        rest = toks[k + 1:]
        adverbs = []
        while rest and rest[0].pos == "ADV":
            adverb = self._best(rest[:1], "ru", 1)
            if not adverb:
                return []
            adverbs.append(adverb[0].term)
            rest = rest[1:]
        if not rest:
            objects = [""]
        elif rest[0].case == "ablt" and rest[0].pos in ("NOUN", "ADJ", "PRTF"):
            objects = [self._ru_agent(rest, o.term) for o in self._best(rest, "ru", 2)]
        else:
            objects = [o.term for o in self._best(rest, "ru", 2)]
        subjects = self._best(toks[:k], "ru", 1) if k else []
        out = []
        for m, obj in enumerate(objects):
            said = " ".join(w for w in [verb, *adverbs, obj] if w)
            if subjects:
                be = ("are " if plural else "is ") if copula else ""
                said = f"{subjects[0].term} {be}{said}"
            out.append((said, COMPOSITION_FACTOR * LEXICON_SYNONYM * (1 - 0.02 * m), "composition",
                        f"composition: {toks[k].text} → {verb} ({how})"))
        return out

    def _en_leading_word(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """An English word before a noun phrase that Russian says otherwise: "previous
        appendectomy" → «аппендэктомия в анамнезе», "each tablet" → «каждая таблетка», "both feet"
        → «обе стопы», "unspecified haematuria" → «гематурия неуточнённая»."""
        if src != "en" or len(toks) < 2:
            return []
        if toks[0].text.lower() in ("previous", "prior") and toks[-1].pos == "NOUN":
            # "previous appendectomy" → «аппендэктомия в анамнезе», «перенесённая аппендэктомия»:
            # a past operation or illness is part of the history
            entry = self._noun_entry(toks[1:]) or self._noun_entry(toks[-1:])
            head = toks[-1].text.lower()
            if entry is not None and (entry.field in _HISTORY_FIELDS or entry.field == "procedure" and re.search(
                    _EN_OPERATIONS, head)):
                out = []
                for tr in self._best(toks[1:], src, 2):
                    gender, number = ru_head_grammar(tr.term)
                    out.append((f"{tr.term} в анамнезе", COMPOSITION_FACTOR * tr.score, "composition",
                                "; ".join(tr.evidence) + f"; {toks[0].text} → в анамнезе"))
                    out.append((f"{ru_agree('перенесённый', gender, number)} {tr.term}", COMPOSITION_FACTOR * tr.score * 0.98,
                                "composition", "; ".join(tr.evidence) + f"; {toks[0].text} → перенесённый"))
                return out
        if toks[0].text.lower() in ("each", "every", "both") and toks[1].pos != "NUM":
            # "each film-coated tablet" → «каждая таблетка, покрытая …», "both feet" → «обе стопы»
            both = toks[0].text.lower() == "both"
            out = []
            for tr in self._best(toks[1:], src, 2):
                gender, _number = ru_head_grammar(tr.term)
                if both:
                    word = "обе" if gender == "femn" else "оба"
                else:
                    word = ru_agree("каждый", gender, "sing")
                out.append((f"{word} {tr.term}", COMPOSITION_FACTOR * tr.score, "composition",
                            "; ".join(tr.evidence) + f"; {toks[0].text.lower()} → {word}"))
            return out
        if toks[0].text.lower() == "unspecified" and toks[-1].pos == "NOUN":
            # "unspecified haematuria" → «гематурия неуточнённая», as the classification writes it
            return [(f"{tr.term} {ru_agree('неуточнённый', *ru_head_grammar(tr.term))}", tr.score * COMPOSITION_FACTOR,
                     "composition", "; ".join(tr.evidence) + "; unspecified → неуточнённый after the noun")
                    for tr in self._best(toks[1:], src, 3)]
        return []

    def _ru_organs_of(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """An examination of «органы» of a region is one of the region: «КТ органов грудной клетки»
        → "chest CT", «УЗИ органов брюшной полости» → "abdominal US" (from the lexicon's "chest
        organs", "abdominal organs")."""
        if src != "ru" or len(toks) < 3 or toks[1].lemma.lower() != "орган" or toks[1].number != "plur":
            return []
        exams = [tr for tr in self._best(toks[:1], src, 2) if self._is_examination(toks[0])]
        regions = [tr for tr in self._best(toks[1:], src, 2) if tr.term.endswith(" organs") and len(tr.term.split()) > 1]
        if not exams or not regions:
            return []
        out = []
        for region in regions[:1]:
            for m, exam in enumerate(exams):
                out.append((f"{region.term[:-len(' organs')]} {exam.term}", COMPOSITION_FACTOR * exam.score * region.score * (1 - 0.02 * m),
                            "composition", f"composition: {toks[0].text} → {exam.term}; {_joined(toks[1:])} → "
                                           f"{region.term}, «органов» left unsaid"))
        return out

    def _en_region_exam(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """An English examination named after its region, in Russian with the region's genitive:
        "chest CT" → «КТ органов грудной клетки», "pelvic MRI" → «МРТ органов малого таза» (the
        lexicon's "chest organs", "pelvic organs"), "brain MRI" → «МРТ головного мозга»."""
        if src != "en" or not 2 <= len(toks) <= 3:
            return []
        last = toks[-1].text
        exam = _EN_EXAMINATIONS.get(last if toks[-1].upper or "-" in last else last.lower())
        if exam is None:
            return []
        region = " ".join(t.text for t in toks[:-1])
        organs = [e.ru[0] for e, _i in self.lex.lookup(self.an.key(f"{region} organs", "en"), "en") if e.ru]
        if organs:
            said, score = ru_case(organs[0], "gent"), LEXICON_PREFERRED
        else:
            found = [tr for tr in self._best(toks[:-1], src, 1) if target_pos_ru(tr.term) == "noun"]
            if not found:
                return []
            term = "головной мозг" if found[0].term == "мозг" else found[0].term  # the brain, not marrow
            said, score = ru_case(term, "gent"), found[0].score
        return [(f"{exam} {said}", COMPOSITION_FACTOR * score, "composition",
                 f"composition: {last} → {exam}; {region} → {said} (the region of an examination in the genitive)")]

    def _is_examination(self, tok: Token) -> bool:
        """Whether a Russian noun names an imaging or other examination (КТ, УЗИ, сцинтиграфия)."""
        hits = self.lex.lookup(self.an.key_of_tokens([tok], "ru"), "ru")
        return any(e.pos == "noun" and e.field in ("imaging", "procedure", "lab") for e, _i in hits[:2])

    def _ecg_leads(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """ECG leads at the end of a phrase: «депрессия сегмента ST в отведениях V4–V6» ↔ "ST
        depression in leads V4–V6" (not the metal, not a diversion)."""
        n = len(toks)
        m = next((m for m in range(n - 1) if (toks[m].lemma.lower() == "отведение" if src == "ru"
                                              else toks[m].text.lower() in ("lead", "leads"))
                  and _ECG_LEAD.fullmatch(toks[m + 1].text)), None)
        if m is None:
            return []
        end = m + 1
        while end < n and (_ECG_LEAD.fullmatch(toks[end].text) or toks[end].text in "–-," or toks[end].text.lower() in ("and", "и")):
            end += 1
        if end != n:
            return []
        names = ""
        for q in range(m + 1, end):
            t, before = toks[q], toks[q - 1]
            if q > m + 1 and _ECG_LEAD.fullmatch(t.text) and _ECG_LEAD.fullmatch(before.text):
                names += ", "  # the list's commas, which the tokens lost
            elif q > m + 1 and t.start > before.end:
                names += " "
            names += t.text
        plural = sum(1 for t in toks[m + 1:end] if _ECG_LEAD.fullmatch(t.text)) > 1 or "–" in names or "-" in names
        prep = m > 0 and toks[m - 1].pos == "PREP"
        if src == "ru":
            said = f"{'in ' if prep else ''}{'leads' if plural else 'lead'} {names.replace(' и ', ' and ')}"
        else:
            word = ("отведениях" if plural else "отведении") if prep else ("отведения" if plural else "отведение")
            said = f"{'в ' if prep else ''}{word} {names.replace(' and ', ' и ')}"
        start = m - 1 if prep else m
        how = f"{_joined(toks[start:])} → {said} (ECG leads)"
        if start == 0:
            return [(said, LEXICON_SYNONYM, "composition", f"composition: {how}")]
        return [(f"{tr.term} {said}", tr.score * COMPOSITION_FACTOR, "composition",
                 "; ".join(tr.evidence) + f"; {how}") for tr in self._best(toks[:start], src, 2)]

    def _counted(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """A whole number and what it counts, the noun in the number's form: «1 ингаляция» → "1
        inhalation", «4 очага» → "4 foci", "2 episodes" → «2 эпизода», "5 lesions" → «5 очагов»."""
        if len(toks) < 2 or not re.fullmatch(r"\d{1,6}", toks[0].text) or any(
                t.pos not in ("NOUN", "ADJ", "PRTF") for t in toks[1:]):
            return []
        value = int(toks[0].text)
        out = []
        for tr in self._best(toks[1:], src, 2, number=False):
            if src == "ru":
                said = tr.term if value == 1 else en_plural(tr.term) or tr.term
            else:
                form = quantity.count_form(value, "nomn")
                said = tr.term if form == 0 else ru_case(tr.term, "gent", "sing" if form == 2 else "plur")
            out.append((f"{toks[0].text} {said}", COMPOSITION_FACTOR * tr.score, "composition",
                        "; ".join(tr.evidence) + f"; counted by {toks[0].text}"))
        return out

    def _ru_verb_english(self, lemma: str) -> tuple[str, float] | None:
        """The English verb for a Russian one: the lexicon's first («улучшиться» → "improve",
        «наблюдаться» → "be observed"); a copula for «составлять» and «являться»; a reflexive
        verb the lexicon lacks is the passive of its plain verb («выводиться» → "be excreted")."""
        if lemma in _RU_COPULAS:
            return "be", LEXICON_PREFERRED
        for verb, passive in ((lemma, False), (lemma[:-2], True)):
            if passive and not lemma.endswith(("ся", "сь")):
                break
            for entry, idx in self.lex.lookup(self.an.key(verb, "ru"), "ru"):
                if entry.pos == "verb" and entry.en:
                    said = entry.en[0]
                    if passive and not said.startswith("be "):
                        said = "be " + en_participle(said, "ed")
                    return said, LEXICON_PREFERRED - 0.03 * min(idx, 3)
        return None

    def _ru_clause(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """A sentence with a finite verb, a word of obligation and an infinitive, an infinitive
        alone or a gerund, in English order: «достоверно чаще встречалась» → "occurred
        significantly more often", «курс лечения составляет 7–10 дней» → "course of treatment is
        7 to 10 days", «на фоне терапии состояние улучшилось» → "condition improved on therapy",
        «суточная доза не должна превышать 4 г» → "daily dose should not exceed 4 g",
        «таблетки следует проглатывать целиком» → "tablets should be swallowed whole",
        «растворить в стакане воды» → "dissolve in a glass of water", «не разжёвывая» →
        "without chewing". Participles and the verbs of finding have their own rules."""
        if src != "ru" or any("PRTS" in t.tags or t.pos == "PUNCT" for t in toks):
            return []
        n = len(toks)
        words = [t.text.lower() for t in toks]
        infinitives = [m for m in range(n) if "INFN" in toks[m].tags]
        finite = [m for m in range(n) if toks[m].pos == "VERB" and "indc" in toks[m].tags]
        gerunds = [m for m in range(n) if "GRND" in toks[m].tags]
        modal = next((m for m in range(n) if words[m] in _RU_MODAL_WORDS and infinitives and infinitives[0] > m), None)
        if modal is not None:
            k, kind = infinitives[0], "modal"
            if len(infinitives) > 1 or any(m != modal for m in finite):
                return []
        elif len(finite) == 1 and not infinitives and not gerunds:
            k, kind = finite[0], "finite"
        elif len(infinitives) == 1 and not finite and not gerunds:
            k, kind = infinitives[0], "imperative"
        elif len(gerunds) == 1 and not finite and not infinitives:
            k, kind = gerunds[0], "gerund"
        else:
            return []
        lemma = toks[k].lemma.lower()
        used = {k} | ({modal} if modal is not None else set())
        negated = any(m > 0 and words[m - 1] == "не" for m in used)
        used |= {m - 1 for m in list(used) if m > 0 and words[m - 1] == "не"}
        if (lemma in _RU_FINDING_VERBS or lemma in _RU_NEEDED_VERBS) and (negated or kind != "finite"):
            return []  # «не выявлено», «не требуется»: the negated-finding rule
        # the verb with the preposition it governs, as the lexicon lists it («жаловаться на»)
        governing = [e for e, _i in self.lex.lookup(self.an.key(f"{lemma} {words[k + 1]}", "ru"), "ru")
                     if e.pos == "verb" and e.en] if k + 1 < n and toks[k + 1].pos == "PREP" else []
        if kind == "finite" and lemma.endswith(("ся", "сь")) and "pres" in toks[k].tags and not negated and not governing:
            # «препарат выводится почками», «боль усиливается при ходьбе»: a label's present
            passive = self._ru_passive_statement(toks, src)
            if passive:
                return passive
        verb = self._ru_verb_english(lemma)
        if verb is None:
            return []
        said, score = verb
        head = said.split()[0]
        at = min(used)
        chunks = _clause_chunks(toks, used, "ru")
        if chunks is None:
            return []
        governed = next((c for c in chunks if c[0] == "pp" and c[2] == k + 1 and len(c[1]) > 1), None)
        if governed is not None and governing:
            # «жалуется на головную боль» → "complains of headache", «проникает через ГЭБ» →
            # "crosses the BBB": what the preposition governs is the object, with the phrases after
            # it («на боль в груди»)
            said, score = governing[0].en[0], LEXICON_PREFERRED
            head = said.split()[0]
            tail = [c for c in chunks if c[2] > governed[2] and c[0] == "pp"]
            merged_np = ["np", governed[1][1:] + [t for c in tail for t in c[1]], governed[2] + 1]
            chunks = [merged_np if c is governed else c for c in chunks if not any(c is x for x in tail)]
        before = [c for c in chunks if c[2] < at]
        after = [c for c in chunks if c[2] > at]
        # a noun phrase before the verb keeps the prepositional phrases that follow it
        # («боль в груди усилилась»)
        merged: list[list] = []
        for c in before:
            if c[0] == "pp" and merged and merged[-1][0] == "np":
                merged[-1] = ["np", merged[-1][1] + c[1], merged[-1][2]]
            else:
                merged.append(c)
        before = merged
        nps_before = [c for c in before if c[0] == "np"]
        nps_after = [c for c in after if c[0] == "np"]
        if len(nps_before) > 1 or len(nps_after) > 1:
            return []
        subject = nps_before[0] if nps_before else None
        obj = nps_after[0] if nps_after else None
        reflexive = lemma.endswith(("ся", "сь"))
        if kind == "finite" and subject is None and obj is not None and (reflexive or "intr" in toks[k].tags) and (
                obj[1][_head_index(obj[1], "ru")].case == "nomn"):
            subject, obj = obj, None  # «отмечалось повышение АД»: the subject after the verb
        elif kind == "finite" and obj is None and subject is not None and "tran" in toks[k].tags and _ru_can_be_object(
                subject[1]):
            # a note leaves out who: «вредные привычки отрицает» → "denies harmful habits"
            subject, obj = None, subject
        if kind in ("imperative", "gerund") or kind == "modal" and words[modal] not in _RU_PERSONAL_MODALS:
            if subject is not None and obj is None:
                subject, obj = None, subject  # «таблетки следует проглатывать»: what is done to
        rest = [c for c in before + after if c[0] != "np"]
        translated: dict[int, Translation] = {}
        for c in [x for x in (subject, obj) if x is not None] + rest:
            found = self._best(c[1], "ru", 1)
            if not found:
                return []
            term = found[0].term
            if c[0] == "adv" and len(c[1]) == 1 and words[c[2]] in _RU_COMPARATIVE_ADVERBS:
                term = _RU_COMPARATIVE_ADVERBS[words[c[2]]]
            translated[c[2]] = dataclasses.replace(found[0], term=term)
        if obj is not None and head == "be" and obj[1][0].case == "ablt" and obj[1][0].pos in ("NOUN", "ADJ", "PRTF"):
            # «выводится почками» → "is excreted by the kidneys": the instrumental is the agent
            translated[obj[2]] = dataclasses.replace(translated[obj[2]], term=self._ru_agent(obj[1], translated[obj[2]].term))
        score *= math.prod(tr.score for tr in translated.values())
        adverbs = " ".join(translated[c[2]].term for c in rest if c[0] == "adv")
        places = " ".join(translated[c[2]].term for c in rest if c[0] == "pp")
        subj = translated[subject[2]].term if subject is not None else ""
        obj_said = translated[obj[2]].term if obj is not None else ""
        tail = said.split()[1:]
        if kind == "finite" and lemma == "отсутствовать" and subj and not negated:
            # «хрипы отсутствуют» → "no rales"
            return [(" ".join(p for p in [f"no {subj}", places] if p), COMPOSITION_FACTOR * score, "composition",
                     f"composition: {toks[k].text} → no …"),
                    (" ".join(p for p in [f"{subj} absent", places] if p), COMPOSITION_FACTOR * score * 0.98,
                     "composition", f"composition: {toks[k].text} → absent")]
        if kind == "finite":
            tense = "past" if "past" in toks[k].tags else "futr" if "futr" in toks[k].tags else "pres"
            verb_said = _en_finite(said, tense, toks[k].number == "plur", negated)
            # an adverb before the verb stays before it; one after an object follows the object
            early = obj_said and head != "be" and any(c[0] == "adv" and c[2] < k for c in rest)
            parts = ([subj, adverbs, verb_said, obj_said] if early else [subj, verb_said, obj_said, adverbs]
                     if obj_said else [subj, verb_said, adverbs])
            how = f"{toks[k].text} → {verb_said}"
        elif kind == "modal":
            modal_said = _RU_MODAL_WORDS[words[modal]]
            modal_said = (modal_said[1] if negated else modal_said[0])
            if words[modal] in _RU_PERSONAL_MODALS or obj is None:
                verb_said = f"{modal_said} {said}"
                parts = [subj, verb_said, obj_said, adverbs]
            else:
                # «таблетки следует проглатывать» → "tablets should be swallowed"
                participle = en_participle(said, "ed") if head != "be" else " ".join(tail)
                verb_said = f"{modal_said} be {participle}"
                parts = [obj_said, verb_said, adverbs]
            how = f"{' '.join(words[m] for m in sorted(used))} → {verb_said}"
        elif kind == "imperative":
            verb_said = f"do not {said}" if negated else said
            parts = [verb_said, obj_said, adverbs]
            how = f"{toks[k].text} → {verb_said} (an instruction)"
        else:
            verb_said = ("without " if negated else "") + en_participle(said, "ing")
            parts = [verb_said, obj_said, adverbs]
            how = f"{toks[k].text} → {verb_said} (a gerund)"
        text = " ".join(p for p in [*parts, places] if p)
        return [(text, COMPOSITION_FACTOR * score, "composition", f"composition: {how}")]

    def _en_clause(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """A statement or an instruction with a finite verb, "may" or "can", or an imperative, in
        Russian: "each tablet contains" → «каждая таблетка содержит», "may cause drowsiness" →
        «может вызывать сонливость», "the tablet can be divided" → «таблетку можно разделить»,
        "shake well before use" → «хорошо встряхнуть перед применением», "do not chew" → «не
        разжёвывать», "drinks alcohol occasionally" → «изредка пьёт алкоголь», "the patient developed
        a rash" → «у пациента развилась сыпь». Statements with "is", "should" and a participle are
        the predicate rule's."""
        if src != "en" or any(t.pos == "PUNCT" for t in toks):
            return []
        from medgloss.nlp.english import readings

        article = [t.pos == "DET" and t.text.lower() in ("the", "a", "an") for t in toks]
        opens_with_article = article[0]
        after_article = [a for a, t in zip([False, *article], toks) if t.pos != "DET" or t.text.lower() not in ("the", "a", "an")]
        toks = [t for t, a in zip(toks, article) if not a]
        words = [t.text.lower() for t in toks]
        n = len(toks)
        if n < 2:
            return []
        negated = False
        used: set[int] = set()
        tense_word = ""
        modal = None
        passive = False
        k = None
        if words[0] == "do" and words[1] == "not" and n > 2:
            kind, k, negated, used = "imperative", 2, True, {0, 1, 2}
        else:
            m = next((m for m in range(n) if words[m] in _EN_MODALS), None)
            if m is not None:
                j = m + 1
                if j < n and words[j] == "not":
                    negated, j = True, j + 1
                if j < n and words[j] == "be":
                    passive, j = True, j + 1
                if j >= n:
                    return []
                kind, k, modal, used = "modal", j, words[m], set(range(m, j + 1))
            elif (d := next((m for m in range(1, n - 2) if words[m] in ("do", "does", "did") and words[m + 1] == "not"),
                            None)) is not None:
                kind, k, negated, used = "finite", d + 2, True, {d, d + 1, d + 2}
                tense_word = words[d]
            else:
                verbs = [m for m in range(n) if toks[m].pos == "VERB"]
                v = verbs[0] if len(verbs) == 1 else 0
                # a participle before a noun is an attribute ("newly diagnosed epilepsy",
                # "recommended daily dose"): a past tense has an article after it or opens a sentence
                past = words[v].endswith("ed") or bool(_en_past_of(words[v]))
                if len(verbs) == 1 and v > 0 and not words[v].endswith("ing") and words[v - 1] not in _EN_BE_HAVE and (
                        not past or opens_with_article or v + 1 < n and after_article[v + 1]) and toks[v - 1].pos in (
                            "NOUN", "PROPN", "ABBR", "PRON", "NUM"):
                    k, kind = verbs[0], "finite"
                    if words[k - 1] == "not" and k > 1 and words[k - 2] in ("does", "do", "did"):
                        negated, used = True, {k - 2, k - 1, k}
                    else:
                        used = {k}
                elif not verbs and words[0].endswith("s") and any(
                        pos == "verb" for pos, _v in readings(words[0])) and toks[1].pos in ("NUM", "NOUN", "ADV"):
                    k, kind, used = 0, "finite", {0}  # a note's "smokes 20 cigarettes a day"
                elif not verbs and any(pos == "verb" and v == words[0] for pos, v in readings(words[0])) and (
                        toks[1].pos == "ADV"):
                    k, kind, used = 0, "imperative", {0}  # "shake well before use"
                else:
                    return []
        lemma = words[k]
        if kind == "finite" and not negated:
            lemma = next((v for pos, v in readings(words[k]) if pos == "verb"), toks[k].lemma.lower())
        tense = "past" if kind == "finite" and words[k] != lemma and (
            words[k].endswith("ed") or lemma in _en_past_of(words[k])) else "pres"
        if negated and kind == "finite":
            tense = "past" if tense_word == "did" else "pres"
        elif kind == "finite" and tense == "pres" and words[k] not in (lemma, _en_third_person(lemma)):
            return []  # a participle ("children born to …"), not a present tense
        chunks = _clause_chunks(toks, used, "en")
        if chunks is None:
            return []
        at = min(used)
        nps_before = [c for c in chunks if c[0] == "np" and c[2] < at]
        nps_after = [c for c in chunks if c[0] == "np" and c[2] > at]
        if len(nps_before) > 1 or len(nps_after) > 1 or any(c[0] == "pp" and c[2] < at for c in chunks):
            return []
        subject = nps_before[0] if nps_before else None
        obj = nps_after[0] if nps_after else None
        if passive and obj is None:
            subject, obj = None, subject  # "the tablet can be divided" → «таблетку можно разделить»
        ru_verbs = [f for e, _i in sorted(self.lex.lookup(self.an.key(lemma, "en"), "en"), key=lambda h: h[1])
                    if e.pos == "verb" for f in e.ru]
        # a transitive verb with an object, a reflexive one without ("pain worsens" → «усиливается»)
        ru_verbs = [v for v in ru_verbs if v.split()[0].endswith(("ся", "сь")) != (obj is not None or passive)] or ru_verbs
        if not ru_verbs:
            return []
        aspect = "perf" if tense == "past" or kind == "imperative" and not negated or passive else "impf"
        infinitive = _ru_aspect(ru_verbs, aspect)
        head, _, extra = infinitive.partition(" ")
        if not any(q.tag.POS == "INFN" for q in parses(head)):
            return []
        translated: dict[int, Translation] = {}
        for c in [x for x in (subject, obj) if x is not None] + [c for c in chunks if c[0] != "np"]:
            if c[0] == "adv" and len(c[1]) == 1:
                adverb = self._entry_form(words[c[2]], "en", "adv")
                if adverb:
                    translated[c[2]] = Translation(adverb, "ru", adverb, LEXICON_PREFERRED)
                    continue
            found = self._best(c[1], "en", 1)
            if not found:
                return []
            translated[c[2]] = found[0]
        subj = translated[subject[2]].term if subject is not None else ""
        gender, number = _ru_subject_grammar(subj) if subj else ("masc", "sing")
        score = COMPOSITION_FACTOR * LEXICON_SYNONYM * math.prod(tr.score for tr in translated.values())
        places = " ".join(translated[c[2]].term for c in chunks if c[0] == "pp")
        if lemma in _EN_ONSET_VERBS and kind == "finite" and subj and obj is not None:
            # "the patient developed a rash" → «у пациента развилась сыпь»: what develops is the subject
            ill = translated[obj[2]].term
            form = _ru_finite(_EN_ONSET_VERBS[lemma][0 if tense == "past" else 1], tense, *ru_head_grammar(ill))
            if form:
                said = " ".join(p for p in [ru_preposition("у", subj), ru_case(subj, "gent"), f"{'не ' if negated else ''}{form}",
                                            ill, places] if p)
                return [(said, score, "composition", f"composition: {lemma} → у X {form}")]
        if subj and ", " in subj:
            subj += ","  # «таблетка, покрытая плёночной оболочкой, содержит»
        obj_said = ru_case(translated[obj[2]].term, "accs") if obj is not None else ""
        adverbs = " ".join(translated[c[2]].term for c in chunks if c[0] == "adv")
        not_ = "не " if negated else ""
        if kind == "imperative":
            verb_said = f"{not_}{infinitive}"
            parts = [adverbs, verb_said, obj_said, places]
        elif kind == "modal" and passive:
            # "may not be used", "cannot be excluded" → «нельзя …»: what may not be done is forbidden
            word = "нельзя" if negated else _EN_MODALS[modal][1]
            verb_said = f"{word} {infinitive}"
            parts = [obj_said, verb_said, adverbs, places]
        elif kind == "modal":
            own = _EN_MODALS[modal][0]
            may = own if number == "sing" else own[:-2] + "гут" if own.endswith("жет") else own
            verb_said = f"{not_}{may} {_ru_aspect(ru_verbs, 'impf')}"
            parts = [subj, adverbs, verb_said, obj_said, places]
        else:
            form = _ru_finite(head, tense, gender, number)
            if not form:
                return []
            verb_said = f"{not_}{form}{' ' + extra if extra else ''}"
            parts = [subj, adverbs, verb_said, obj_said, places]
        return [(" ".join(p for p in parts if p), score, "composition",
                 f"composition: {' '.join(words[m] for m in sorted(used))} → {verb_said}")]

    def _ru_agent(self, toks: list[Token], said: str) -> str:
        """The agent of an English passive, from a Russian instrumental: "by the kidneys" (a part
        of the body takes the article), "by bacteria"."""
        return ("by the " if self._ru_anatomical(toks[-1]) else "by ") + said

    def _ru_short_participle(self, t: Token) -> tuple[str, float] | None:
        """The English past participle for a Russian short one: the lexicon's adjective for its
        full form («увеличена» → «увеличенный» → "enlarged", «повышен» → "elevated"), else the
        past participle of the lexicon's verb («выполнена» → выполнить → "performed")."""
        from medgloss.nlp.russian import inflect_word, token_parse

        parse = token_parse(t)
        if parse is None:
            return None
        if "ADJS" in t.tags:
            # a short adjective: «вены проходимы» → «проходимый» → "patent"
            adjective = self._entry_form(t.lemma.lower(), "ru", "adj")
            return (adjective, LEXICON_PREFERRED) if adjective and " " not in adjective else None
        full = inflect_word(parse, {"PRTF", "masc", "sing", "nomn"})
        if full:
            adjective = self._entry_form(full, "ru", "adj")
            if adjective and " " not in adjective:
                return adjective, LEXICON_PREFERRED
        return self._ru_verb_participle(parse.normal_form, "ed")

    def _ru_predicate(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """A note's or a report's statement with a short participle: «печень не увеличена» →
        "liver not enlarged", «тоны сердца приглушены» → "muffled heart sounds" / "heart sounds
        muffled", «выполнена лапароскопическая холецистэктомия» → "laparoscopic cholecystectomy
        was performed", «переведён в хирургическое отделение» → "transferred to surgical
        department". Verbs of finding and of need are the negated-finding rule's."""
        if src != "ru":
            return []
        ks = [m for m, t in enumerate(toks) if t.pos == "VERB" and "PRTS" in t.tags or t.pos == "ADJS" and "COMP" not in t.tags
              and t.text.lower() not in _RU_MODAL_WORDS]
        # «пациенты были рандомизированы»: «быть» before the participle only says the tense
        aux = [m for m, t in enumerate(toks) if t.lemma.lower() == "быть" and len(ks) == 1 and m == ks[0] - 1]
        if aux:
            toks = toks[:aux[0]] + toks[aux[0] + 1:]
            ks = [ks[0] - 1]
        if len(ks) != 1 or any(t.pos in ("VERB", "ADJS") for m, t in enumerate(toks) if m != ks[0]):
            return []
        k = ks[0]
        if toks[k].lemma.lower() in _RU_FINDING_VERBS or toks[k].lemma.lower() in _RU_NEEDED_VERBS:
            return []
        participle = self._ru_short_participle(toks[k])
        if participle is None:
            return []
        verb, score = participle
        negated = k > 0 and toks[k - 1].text.lower() == "не"
        before = toks[:k - 1] if negated else toks[:k]
        after = toks[k + 1:]
        if any(t.pos not in ("NOUN", "ADJ", "PRTF", "ABBR", "PROPN", "NUM", "X") for t in before):
            return []
        inverted = not before and after and after[0].pos in ("NOUN", "ADJ", "PRTF", "ABBR") and after[0].case == "nomn"
        if inverted:
            # «выполнена лапароскопическая холецистэктомия»: the subject after the verb, up to a preposition
            end = next((m for m in range(len(after)) if after[m].pos == "PREP"), len(after))
            before, after = after[:end], after[end:]
        subjects = self._best(before, "ru", 2) if before else [None]
        if before and not subjects:
            return []
        rests = self._best(after, "ru", 2) if after else [None]
        if after and not rests:
            return []
        plural = toks[k].number == "plur"
        out = []
        not_ = "not " if negated else ""
        for subject in subjects:
            for rest in rests:
                tail = f" {rest.term}" if rest is not None else ""
                if subject is None:
                    texts = [f"{not_}{verb}{tail}"]
                elif inverted:
                    be = "were" if plural else "was"
                    texts = [f"{subject.term} {be} {not_}{verb}{tail}", f"{subject.term} {not_}{verb}{tail}"]
                elif aux:
                    be = "were" if plural else "was"  # «были рандомизированы» → "were randomized"
                    texts = [f"{subject.term} {be} {not_}{verb}{tail}", f"{subject.term} {not_}{verb}{tail}"]
                else:
                    be = "are" if plural else "is"
                    texts = [f"{subject.term} {not_}{verb}{tail}", f"{subject.term} {be} {not_}{verb}{tail}"]
                    if not negated and rest is None:
                        texts.insert(0, f"{verb} {subject.term}")  # "elevated D-dimer"
                for m, text in enumerate(texts):
                    sc = COMPOSITION_FACTOR * score * (subject.score if subject else 1.0) * (rest.score if rest else 1.0)
                    out.append((text, sc * (1 - 0.02 * m), "composition",
                                f"composition: {'не ' if negated else ''}{toks[k].text} → {not_}{verb} (a short participle)"))
        return out

    def _en_predicate(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """A note's or a label's statement with a past participle or a modal, in Russian: "the
        ventricular system is not dilated" → «желудочковая система не расширена», "lumbar puncture
        was performed" → «выполнена люмбальная пункция», "transferred to the cardiology
        department" → «переведён в кардиологическое отделение», "treatment should be
        discontinued" → «лечение следует прекратить», "daily dose should not exceed 4 g" →
        «суточная доза не должна превышать 4 г»."""
        if src != "en":
            return []
        from medgloss.nlp.english import readings
        from medgloss.nlp.russian import inflect_word

        words = [t.text.lower() for t in toks]
        n = len(toks)
        if n >= 3 and words[-1] in _EN_SEEN_ADJECTIVES and words[-2] == "not":
            # "liver not palpable" → «печень не пальпируется», "spleen is not palpable"
            end = n - 3 if words[-3] in ("is", "are") else n - 2
            if end < 1:
                return []
            out = []
            for subject in self._best(toks[:end], "en", 2):
                _gender, number = _ru_subject_grammar(subject.term)
                verb = _EN_SEEN_ADJECTIVES[words[-1]]
                verb = verb.replace("ется", "ются").replace("ится", "ятся") if number == "plur" else verb
                out.append((f"{subject.term} не {verb}", COMPOSITION_FACTOR * subject.score, "composition",
                            f"composition: not {words[-1]} → не {verb}"))
            return out
        k = next((m for m in range(n) if toks[m].pos == "VERB" or toks[m].pos == "ADJ" and m > 0 and (words[m].endswith(
            "ed") or _en_is_participle(words[m])) and words[m - 1] in ("not", "is", "are", "was", "were", "be", "been")), None)
        if k is None or any(t.pos == "VERB" for t in toks[k + 1:]):
            return []
        j = k
        negated = modal = passive = event = False
        while j > 0 and words[j - 1] in ("not", "be", "is", "are", "was", "were", "been", "should", "must", "has", "have"):
            j -= 1
            negated = negated or words[j] == "not"
            modal = modal or words[j] in ("should", "must")
            passive = passive or words[j] in ("be", "is", "are", "was", "were", "been")
            event = event or words[j] in ("was", "were")
        before, after = toks[:j], toks[k + 1:]
        if any(t.pos in ("VERB", "AUX", "PREP") for t in before) or (not passive and not modal and (
                not words[k].endswith(("ed", "en", "wn")) or words[k] == "followed"
                or after and after[0].pos not in ("PREP", "ADV"))):
            # without a copula, a participle ends the statement or has a preposition after it
            # ("sutures removed on day 10"); "glycated hemoglobin level" is a noun phrase
            return []
        lemma = toks[k].lemma.lower()
        if toks[k].pos == "ADJ":
            lemma = next((v for pos, v in readings(words[k]) if pos == "verb"), lemma)
        if after and words[k + 1] == "to" and lemma in _EN_MOTION_VERBS:
            # "transferred to the cardiology department" → «переведён в кардиологическое отделение»
            after = self.an.analyse_text(" ".join(["into", *(t.text for t in after[1:])]), "en")
        subjects = self._best(before, "en", 2) if before else [None]
        person = next((m for m in range(1, len(after)) if after[m].pos == "NOUN"), None) if after else None
        if person is not None and words[k + 1] in ("in", "for", "to") and (
                lemma in _EN_DATIVE_VERBS and _en_person(after[person].text) or lemma in _EN_SENDING_VERBS
                and words[k + 1] == "to" and _en_specialist(after[person].text)):
            # "contraindicated in patients with …" → «противопоказан пациентам с …», "referred to a
            # cardiologist" → «направлен к кардиологу»: people take the dative
            to = "к " if lemma in _EN_SENDING_VERBS else ""
            rests = [dataclasses.replace(r, term=ru_preposition("к", r.term) + " " + ru_case(r.term, "datv") if to
                                         else ru_case(r.term, "datv")) for r in self._best(after[1:], "en", 2)]
        else:
            rests = self._best(after, "en", 2) if after else [None]
        if before and not subjects or after and not rests:
            return []
        verbs = [f for e, _i in self.lex.lookup(self.an.key(lemma, "en"), "en") if e.pos == "verb" for f in e.ru]
        out = []
        for subject in subjects:
            gender, number = _ru_subject_grammar(subject.term) if subject is not None else ("masc", "sing")
            if modal and not passive:
                # "should not exceed" → «не должна превышать»: «должен» agrees with the subject
                if not verbs:
                    return []
                must = "должны" if number == "plur" else _RU_MUST.get(gender, "должен")
                said = f"{'не ' if negated else ''}{must} {_ru_aspect(verbs, 'impf')}"
                how = f"{'not ' if negated else ''}should {lemma} → {said}"
            elif modal:
                # "should be discontinued" → «следует прекратить»
                if not verbs:
                    return []
                # what must not be done is said with the imperfective («не следует вводить»)
                said = f"{'не ' if negated else ''}следует {_ru_aspect(verbs, 'impf' if negated else 'perf')}"
                how = f"should be {words[k]} → {said}"
            else:
                # the lexicon's participle for the English word as written («расширенный» for
                # "dilated"), else one made from its verb
                adjective = next((e.ru[0] for e, _i in self.lex.lookup(self.an.key(words[k], "en"), "en")
                                  if e.pos == "adj" and e.ru and words[k] in e.en and any(
                                      q.tag.POS in ("PRTF", "ADJF") for q in parses(e.ru[0].split()[0]))), None)
                full = (adjective, LEXICON_PREFERRED) if adjective else self._participle(toks[k], "en")
                if full is None:
                    return []
                head, _, extra = full[0].partition(" ")
                parse = next((q for q in parses(head) if q.tag.POS == "PRTF"), None)
                short_pos = "PRTS"
                if parse is None:
                    # «противопоказанный» is an adjective to pymorphy3: its short form
                    parse, short_pos = next((q for q in parses(head) if q.tag.POS == "ADJF"), None), "ADJS"
                grams = {short_pos, "plur"} if number == "plur" else {short_pos, "sing", gender if gender in ("masc", "femn", "neut") else "masc"}
                short = inflect_word(parse, grams) if parse is not None else None
                if not short:
                    return []
                said = f"{'не ' if negated else ''}{short}{' ' + extra if extra else ''}"
                how = f"{'not ' if negated else ''}{words[k]} → {said} (a short participle)"
            for rest in rests:
                tail = f" {rest.term}" if rest is not None else ""
                if subject is None:
                    text = f"{said}{tail}"
                elif event and not modal:
                    text = f"{said} {subject.term}{tail}"  # «выполнена люмбальная пункция»
                else:
                    text = f"{subject.term} {said}{tail}"
                score = COMPOSITION_FACTOR * LEXICON_SYNONYM * (subject.score if subject else 1.0) * (rest.score if rest else 1.0)
                out.append((text, score, "composition", f"composition: {how}"))
        return out

    def _or_higher(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """"grade 3 or higher neutropenia" ↔ «нейтропения 3 степени и выше»: a member of a series
        and all above it."""
        words = [t.text.lower() for t in toks]
        n = len(toks)
        if src == "en":
            k = next((m for m in range(2, n - 1) if words[m] == "or" and words[m + 1] in ("higher", "greater", "above", "worse")
                      and _identifier(toks[m - 1].text) and words[m - 2] in _EN_SERIES), None)
            tail = " и выше"
        else:
            k = next((m for m in range(2, n - 1) if words[m] == "и" and words[m + 1] in ("выше", "более", "старше")
                      and toks[m - 1].lemma.lower() in _RU_SERIES), None)
            tail = " or higher"
        if k is None:
            return []
        # where the member of the series ends in the translation: «… 3 степени», "grade 3 …"
        member = (rf"\b({'|'.join(_EN_SERIES.values())})\b" if src == "en"
                  else rf"\b\w+ {re.escape(toks[k - 2].text)}\b")
        out = []
        for tr in self._best(toks[:k] + toks[k + 2:], src, 3):
            m = re.search(member, tr.term)
            if m is None:
                continue
            text = tr.term[:m.end()] + tail + tr.term[m.end():]
            out.append((text, tr.score * COMPOSITION_FACTOR, "composition",
                        "; ".join(tr.evidence) + f"; {' '.join(words[k:k + 2])} →{tail}"))
        return out

    def _followed_by(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """"chemotherapy followed by surgery" ↔ «химиотерапия с последующей операцией»."""
        words = [t.text.lower() for t in toks]
        n = len(toks)
        if src == "en":
            k = next((m for m in range(1, n - 2) if words[m] == "followed" and words[m + 1] == "by"), None)
        else:
            k = next((m for m in range(1, n - 2) if words[m] in ("с", "со")
                      and toks[m + 1].lemma.lower() == "последующий"), None)
        if k is None:
            return []
        start = k + 2
        out = []
        for a in self._best(toks[:k], src, 2):
            for b in self._best(toks[start:], src, 2):
                if src == "en":
                    gender, number = ru_head_grammar(b.term)
                    text = f"{a.term} с {ru_agree('последующий', gender, number, 'ablt')} {ru_case(b.term, 'ablt')}"
                else:
                    text = f"{a.term} followed by {b.term}"
                out.append((text, COMPOSITION_FACTOR * a.score * b.score, "composition",
                            f"composition: {a.term} + followed by ↔ с последующим + {b.term}"))
        return out

    def _severity(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """Degrees of severity: «преэклампсия тяжёлой степени» → "severe preeclampsia", «ушиб мозга
        средней степени тяжести» → "moderate brain contusion", «нарушение функции печени лёгкой и
        средней степени» → "mild to moderate hepatic impairment", «астма среднетяжёлого течения» →
        "moderate asthma"; "moderate to severe X" → «X средней и тяжёлой степени»."""
        words = [t.text.lower().replace("ё", "е") for t in toks]
        n = len(toks)
        out: list[tuple[str, float, str, str]] = []
        if src == "en":
            k = next((m for m in range(n - 2) if words[m] in _EN_SEVERITY and words[m + 1] == "to"
                      and words[m + 2] in _EN_SEVERITY), None)
            if k is None:
                for m in range(n - 1):
                    first, _, second = words[m].partition("-to-")
                    if first in _EN_SEVERITY and second in _EN_SEVERITY:
                        k, size = m, 1
                        break
                else:
                    return []
            else:
                size = 3
            lo, hi = (words[k], words[k + 2]) if size == 3 else words[k].split("-to-")
            if not toks[k + size:]:
                return []
            degrees = f"{_EN_SEVERITY[lo]} и {_EN_SEVERITY[hi]}"
            for tr in self._best(toks[:k] + toks[k + size:], "en", 2):
                for m, tail in enumerate(("степени", "степени тяжести")):
                    text = f"{tr.term} {degrees} {tail}"
                    out.append((text, COMPOSITION_FACTOR * tr.score * (1 - 0.02 * m), "composition",
                                "; ".join(tr.evidence) + f"; {lo} to {hi} → {degrees} {tail}"))
            return out
        end = n
        if end > 2 and words[end - 1] == "тяжести" and words[end - 2] == "степени":
            end -= 1
        if end < 3 or words[end - 1] not in ("степени", "течения"):
            return []
        degrees = []
        m = end - 2
        while m >= 1 and toks[m].lemma.lower().replace("ё", "е") in _RU_SEVERITY and toks[m].case != "nomn":
            degrees.insert(0, _RU_SEVERITY[toks[m].lemma.lower().replace("ё", "е")])
            if m >= 2 and words[m - 1] in ("и", "или") and toks[m - 2].lemma.lower().replace("ё", "е") in _RU_SEVERITY:
                m -= 1
            m -= 1
        if not degrees or m < 0 or len(degrees) > 2:
            return []
        said = " to ".join(degrees)
        for tr in self._best(toks[:m + 1], "ru", 2):
            text = f"{said} {tr.term}"
            out.append((text, COMPOSITION_FACTOR * tr.score, "composition",
                        "; ".join(tr.evidence) + f"; «{' '.join(t.text for t in toks[m + 1:])}» → {said}"))
        return out

    def _negated_finding(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        """Findings said absent, as reports and notes write them: "no pneumothorax" ↔
        «пневмоторакса нет», "no evidence of X" ↔ «признаков X не выявлено» / «без признаков X»,
        «коррекция дозы не требуется» → "no dose adjustment is required"."""
        words = [t.text.lower() for t in toks]
        n = len(toks)
        if src == "en":
            if n < 2 or words[0] != "no":
                return []
            evidence = n > 3 and words[1] in ("evidence", "sign", "signs", "features") and words[2] == "of"
            rest = toks[3:] if evidence else toks[1:]
            out = []
            for tr in self._best(rest, "en", 2):
                gen = ru_case(tr.term, "gent")
                texts = ([f"признаков {gen} не выявлено", f"без признаков {gen}", f"данных за {ru_case(tr.term, 'accs')} нет"]
                         if evidence else [f"{gen} нет", f"без {gen}", f"отсутствие {gen}"])
                for m, text in enumerate(texts):
                    out.append((text, COMPOSITION_FACTOR * tr.score * (1 - 0.02 * m), "composition",
                                "; ".join(tr.evidence) + f"; no{' evidence of' if evidence else ''} → {text.replace(gen, '…')}"))
            return out
        if n >= 3 and words[0] == "без" and toks[1].lemma.lower() == "признак":
            return [(text, COMPOSITION_FACTOR * tr.score * (1 - 0.02 * m), "composition",
                     "; ".join(tr.evidence) + "; без признаков → no evidence of")
                    for tr in self._best(toks[2:], "ru", 2)
                    for m, text in enumerate((f"no evidence of {tr.term}", f"without signs of {tr.term}"))]
        end = None
        if n >= 2 and words[-1] in ("нет", "отсутствует", "отсутствуют"):
            end, predicate = n - 1, ""
        elif n >= 3 and words[-2] == "не" and toks[-1].pos == "VERB":
            end, predicate = n - 2, toks[-1].lemma.lower()
        if end is None or end == 0:
            return []
        subject = toks[:end]
        evidence = subject[0].lemma.lower() == "признак" and len(subject) > 1
        if evidence:
            subject = subject[1:]
        head = _head_index(subject, "ru")
        organ = (predicate in ("визуализироваться", "определяться", "пальпироваться") and 0 <= head < len(subject)
                 and subject[head].number == "sing" and (self._ru_anatomical(subject[head])
                                                          or self._of_field(subject, "ru", "anatomy")))
        out = []
        for tr in self._best(subject, "ru", 2):
            if predicate in _RU_NEEDED_VERBS:
                texts = [f"no {tr.term} is required", f"{tr.term} is not required"]
            elif evidence:
                texts = [f"no evidence of {tr.term}", f"no signs of {tr.term}"]
            elif predicate and organ:
                # «поджелудочная железа не визуализируется» → "pancreas not visualized": an organ
                # is not seen, not absent
                verb = _RU_FINDING_VERBS.get(predicate) or "visualized"
                texts = [f"{tr.term} not {verb}", f"{tr.term} is not {verb}"]
            elif predicate:
                verb = _RU_FINDING_VERBS.get(predicate)
                texts = [f"no {tr.term}" + (f" {verb}" if verb else "")] + ([f"no {tr.term}"] if verb else [])
            else:
                texts = [f"no {tr.term}", f"absence of {tr.term}"]
            for m, text in enumerate(texts):
                out.append((text, COMPOSITION_FACTOR * tr.score * (1 - 0.02 * m), "composition",
                            "; ".join(tr.evidence) + f"; «{' '.join(t.text for t in toks[end:])}» → {text.replace(tr.term, '…')}"))
        return out

    def _en_side_of(self, toks: list[Token]) -> list[tuple[str, float, str, str]]:
        """"head of the left femur" → «головка левой бедренной кости», "upper pole of the right
        kidney" → «верхний полюс правой почки»: the phrase is translated without its side (so that
        the lexicon's "head of femur" is found), then the side goes into the genitive of the organ."""
        k = next((m for m, t in enumerate(toks) if t.text.lower() == "of"), None)
        if k is None or k == 0:
            return []
        s = k + 1 + (k + 1 < len(toks) and toks[k + 1].text.lower() == "the")
        e = s
        while e < len(toks) and toks[e].text.lower() in _EN_SIDES:
            e += 1
        if e == s or e >= len(toks) or any(t.pos in ("PREP", "CONJ") for t in toks[e:]):
            return []
        if any(h.pos == "noun" and h.ru and not h.ru[0].lower().startswith(("прав", "лев", "обе", "дву"))
               for h, _i in self.lex.lookup(self.an.key_of_tokens(toks[s:], "en"), "en")):
            return []  # "apical segment of the right upper lobe": «верхней доли правого лёгкого», the lexicon's
        organs = self._best(toks[e:], "en", 2)
        out = []
        for tr in self._best(toks[:s] + toks[e:], "en", 2):
            for organ in organs:
                genitive = ru_genitive(organ.term)
                if not tr.term.endswith(f" {genitive}"):
                    continue
                gender, number = ru_head_grammar(organ.term)
                sides = " ".join(ru_agree(_EN_SIDES[t.text.lower()], gender, number) for t in toks[s:e])
                text = f"{tr.term[:-len(genitive)]}{ru_genitive(f'{sides} {organ.term}')}"
                out.append((text, tr.score * organ.score, "composition",
                            "; ".join(tr.evidence) + f"; the side ({sides}) with {organ.term}"))
        return out

    def _en_of_chain(self, toks: list[Token]) -> list[tuple[str, float, str, str]]:
        """"fracture of neck of femur" → «перелом шейки бедренной кости»: a chain of "of"-phrases
        nests to the right, each in the genitive of the one before."""
        ofs = [m for m, t in enumerate(toks) if t.text.lower() == "of"]
        if len(ofs) < 2 or ofs[0] == 0 or ofs[-1] == len(toks) - 1 or any(
                t.pos in ("PREP", "CONJ") and t.text.lower() != "of" for t in toks):
            return []
        k = ofs[0]
        out = []
        for a in self._best(toks[:k], "en", 2):
            for b in self._best(toks[k + 1:], "en", 2):
                out.append((f"{a.term} {ru_genitive(b.term)}", COMPOSITION_FACTOR * a.score * b.score, "composition",
                            f"composition: {a.term} + of {b.term} → genitive"))
        return out

    def _ru_persons_with(self, toks: list[Token]) -> list[tuple[str, float, str, str]]:
        """«больные ревматоидным артритом» → "patients with rheumatoid arthritis", «у больных ИБС»
        → "in patients with CHD": people named by their disease, in the instrumental (or an
        abbreviation) straight after them."""
        n = len(toks)
        k = 1 if n > 2 and toks[0].pos == "PREP" else 0
        if n < k + 2 or toks[k].lemma.lower().replace("ё", "е") not in _RU_PERSONS:
            return []
        rest = toks[k + 1:]
        first = rest[0]
        if not (first.case == "ablt" and first.pos in ("NOUN", "ADJ", "PRTF") or first.pos == "ABBR" and len(rest) == 1):
            return []
        if any(t.pos in ("PREP", "VERB", "CONJ") for t in rest):
            return []
        people = self._best(toks[k:k + 1], "ru", 1, number=False)
        diseases = self._best(rest, "ru", 2, number=False)
        if not people or not diseases:
            return []
        person = people[0].term
        if toks[k].number == "plur":
            person = en_plural(person) or person
        before = ""
        if k:
            before = _FUNCTION_WORDS["ru"].get(toks[0].lemma.lower(), "")
            if not before:
                return []
            before += " "
        out = []
        for d in diseases:
            score = COMPOSITION_FACTOR * people[0].score * d.score
            for m, text in enumerate((f"{before}{person} with {d.term}", f"{before}{d.term} {person}")):
                out.append((text, score * (1 - 0.03 * m), "composition",
                            f"composition: {toks[k].text} + {' '.join(t.text for t in rest)} (instrumental) → {person} with {d.term}"))
        return out

    def _ru_treatment_with(self, toks: list[Token]) -> list[tuple[str, float, str, str]]:
        """«терапия цефтриаксоном» → "therapy with ceftriaxone", "ceftriaxone therapy": the drug of a
        treatment, in the instrumental, is said with "with" (or as a modifier)."""
        n = len(toks)
        k = next((m for m in range(1, n) if toks[m].case == "ablt" and toks[m].pos in ("NOUN", "ADJ", "PRTF")
                  and toks[m - 1].pos == "NOUN" and toks[m - 1].lemma.lower().replace("ё", "е") in _RU_TREATMENT_HEADS),
                 None)
        if k is None:
            return []
        out = []
        for a in self._best(toks[:k], "ru", 2):
            for b in self._best(toks[k:], "ru", 2):
                score = COMPOSITION_FACTOR * a.score * b.score
                words = a.term.split()
                # a bare head takes the drug as a modifier first ("statin therapy"); a head with
                # its own adjectives takes it with "with" ("antibacterial therapy with ceftriaxone")
                compound_first = len(words) == 1
                out.append((f"{a.term} with {b.term}", score * (0.98 if compound_first else 1.0), "composition",
                            f"composition: {a.term} + {b.term} (ablt) → with"))
                if len(b.term.split()) <= 3 and " of " not in f" {a.term} {b.term} ":
                    modifier = en_singular(b.term) or b.term
                    out.append((" ".join([*words[:-1], modifier, words[-1]]), score * (1.0 if compound_first else 0.98),
                                "composition", f"composition: {b.term} (ablt) → a modifier of {words[-1]}"))
        return out

    def _ru_postposed_adjectives(self, toks: list[Token]) -> list[tuple[str, float, str, str]] | None:
        """«язва желудка острая» → "acute gastric ulcer", «капли глазные» → "eye drops": adjectives
        that a classification or a label puts after the noun (and its genitives) are read before
        it. None when the phrase has none."""
        n = len(toks)

        h = next((i for i, t in enumerate(toks) if t.pos == "NOUN"), None)
        if h is None or n - h < 2:
            return None
        last = toks[-1]
        if last.pos not in ("ADJ", "PRTF") or last.case != "nomn":
            return None
        # (the tagger may read the head as a genitive: «капли глазные»)
        head_forms = {(p.tag.number, p.tag.gender) for p in parses(toks[h].text.lower())
                      if p.tag.POS == "NOUN" and p.tag.case == "nomn"}
        m = n
        while m - 1 > h and toks[m - 1].pos in ("ADJ", "PRTF") and toks[m - 1].case == "nomn" and any(
                num == toks[m - 1].number and (num == "plur" or toks[m - 1].gender in ("", gen))
                for num, gen in head_forms):
            m -= 1
        if m == n or any(t.pos not in ("NOUN", "ADJ", "PRTF", "ABBR", "PROPN") for t in toks[h + 1:m]) or any(
                t.case == "nomn" for t in toks[h + 1:m]):
            return None
        moved = toks[m:]
        words = " ".join(t.text for t in moved)
        text = " ".join(t.text for t in toks[:h] + moved + toks[h:m])
        return [(tr.term, tr.score * 0.99, tr.methods[0], "; ".join(tr.evidence) + f"; «{words}» read before the noun")
                for tr in self._best(self.an.analyse_text(text, "ru"), "ru", 3)]

    def _ru_participle_clause(self, toks: list[Token]) -> list[tuple[str, float, str, str]]:
        """«пациенты, получающие гемодиализ» → "patients receiving hemodialysis", «штаммы,
        продуцирующие БЛРС» → "strains producing ESBL" (and "ESBL-producing strains"), «изменения,
        выявленные при КТ» → "changes detected on CT": a participle with its object or
        circumstance after a noun it agrees with is said after the noun in English. Participles
        of cause («вызванный», «связанный») have their own rule."""
        from medgloss.nlp.russian import PERSON_ADJECTIVES

        n = len(toks)
        k = next((m for m in range(1, n - 1) if toks[m].pos == "PRTF"
                  and toks[m].lemma.lower() not in _RU_CAUSE_PARTICIPLES
                  and (toks[m - 1].pos in ("NOUN", "ABBR", "PROPN") or toks[m - 1].lemma.lower() in PERSON_ADJECTIVES)
                  and toks[m - 1].number == toks[m].number
                  and toks[m - 1].case == toks[m].case and toks[m + 1].pos != "CONJ"), None)
        if k is None:
            return []
        participle = self._participle(toks[k], "ru")
        if participle is None:
            return []
        rest = toks[k + 1:]
        had = _RU_HISTORY_PARTICIPLES.get(toks[k].lemma.lower().replace("ё", "е"))
        if had is not None and rest[0].pos != "PREP":
            # «пациенты, перенёсшие инсульт» → "patients with prior stroke", "patients who had a
            # stroke"; «получавшие варфарин» → "treated with warfarin": English says what a
            # patient has been through as history, not with a participle
            out = []
            for left in self._best(toks[:k], "ru", 1):
                for obj in self._best(rest, "ru", 1, number=False):
                    for m, said in enumerate(had):
                        out.append((f"{left.term} {said} {obj.term}", COMPOSITION_FACTOR * left.score * obj.score * (1 - 0.02 * m),
                                    "composition", f"composition: {toks[k].text} → {said}"))
            return out
        agent = "pssv" in toks[k].tags and rest[0].case == "ablt" and rest[0].pos in ("NOUN", "ADJ", "PRTF")
        objects = self._best(rest, "ru", 2, number=rest[0].pos != "PREP")
        out = []
        for left in self._best(toks[:k], "ru", 2):
            if toks[k].number == "plur" and toks[k - 1].number != "plur" and not _uncountable(left.term):
                # «бактерии, продуцирующие токсин»: the participle says the noun is plural
                left = dataclasses.replace(left, term=en_plural(left.term) or left.term)
            for obj in objects:
                score = COMPOSITION_FACTOR * left.score * participle[1] / 0.75 * obj.score
                said = f"{participle[0]} {'by ' if agent else ''}{obj.term}"
                out.append((f"{left.term} {said}", score, "composition",
                            f"composition: {toks[k].text} → {participle[0]}, said after the noun"))
                if participle[0].endswith("ing") and rest[0].pos != "PREP" and " " not in obj.term and not agent:
                    out.append((f"{obj.term}-{participle[0]} {left.term}", score * 0.97,
                                "composition", f"composition: {toks[k].text} → {obj.term}-{participle[0]}"))
        return out

    def _en_past_participle_clause(self, toks: list[Token]) -> list[tuple[str, float, str, str]]:
        """"adverse reactions reported in clinical trials" → «нежелательные реакции,
        зарегистрированные в клинических исследованиях», "cases confirmed by PCR" → «случаи,
        подтверждённые ПЦР», "patients treated with metformin" → «пациенты, получавшие метформин»:
        a past participle with its phrase after a noun is a Russian participle clause after a
        comma, agreeing with the noun."""
        n = len(toks)
        k = next((m for m in range(1, n - 2) if toks[m].pos in ("VERB", "ADJ") and toks[m - 1].pos in ("NOUN", "ABBR")
                  and toks[m + 1].pos == "PREP" and (toks[m].text.lower().endswith("ed") or toks[m].text.lower() in _EN_IRREGULAR_CLAUSE)
                  and toks[m + 1].lemma.lower() in _EN_PREPOSITIONS and toks[m].text.lower() != "followed"), None)
        if k is None:
            return []
        word, prep = toks[k].text.lower(), toks[k + 1].lemma.lower()
        fixed = _EN_PAST_CLAUSE_PHRASES.get((word, prep)) or _EN_IRREGULAR_CLAUSE.get(word)
        if fixed is not None:
            participle, case = (fixed[0], 0.75 * LEXICON_PREFERRED), fixed[1]
        else:
            participle, case = self._participle(toks[k], "en"), None
        if participle is None:
            return []
        if case is not None and (word, prep) in _EN_PAST_CLAUSE_PHRASES:
            rest, lead = toks[k + 2:], ""
        elif prep == "by":
            rest, lead, case = toks[k + 2:], "", "ablt"
        else:
            rest, lead = toks[k + 1:], None
        if rest and rest[0].pos == "DET":
            rest = rest[1:]
        if not rest:
            return []
        objects = self._best(rest, "en", 2, number=False)
        out = []
        for left in self._best(toks[:k], "en", 2):
            gender, number = ru_head_grammar(left.term)
            agreed = ru_agree(participle[0], gender, number)
            for obj in objects:
                said = obj.term if lead is None else ru_case(obj.term, case or "accs")
                text = f"{left.term}, {agreed} {said}"
                out.append((text, COMPOSITION_FACTOR * left.score * participle[1] * obj.score / 0.75, "composition",
                            f"composition: {toks[k].text} → {participle[0]}, a participle clause after the noun"))
        return out

    def _en_undergoing(self, persons: list[Token], rest: list[Token]) -> list[tuple[str, float, str, str]]:
        """"patients undergoing hemodialysis" → «пациенты, которым проводится гемодиализ": Russian
        says who a procedure is done to with a relative clause, the procedure its subject."""
        out = []
        procedures = self._best(rest, "en", 2, number=False)
        for left in self._best(persons, "en", 2):
            gender, number = ru_head_grammar(left.term)
            which = "которым" if number == "plur" else "которой" if gender == "femn" else "которому"
            for proc in procedures:
                verb = "проводятся" if ru_head_is_plural(proc.term) else "проводится"
                text = f"{left.term}, {which} {verb} {proc.term}"
                out.append((text, COMPOSITION_FACTOR * left.score * proc.score, "composition",
                            "composition: undergoing → которым проводится, a relative clause after the noun"))
        return out

    def _ru_section_of(self, toks: list[Token], head: Piece, adjectives: list[Piece], groups: list[Piece]) -> str | None:
        """«грудной отдел аорты» → "thoracic aorta", «левые отделы сердца» → "left heart",
        «нижняя часть живота» → "lower abdomen": a section of an organ is named in English by the
        organ with the section's adjectives. «часть» only with adjectives of place."""
        lemma = toks[head.end - 1].lemma.lower()
        if lemma not in ("отдел", "часть") or len(groups) != 1 or not self._ru_anatomical(toks[groups[0].end - 1]):
            return None
        own = head.target.split()[:-1]  # a lexicon head «дистальный отдел» → "distal part"
        words = [toks[i] for p in adjectives for i in range(p.start, p.end)] + list(toks[head.start:head.end - 1])
        if not words and not own:
            return None
        if lemma == "часть" and not all(t.lemma.lower().replace("ё", "е") in _RU_PLACE_ADJECTIVES for t in words):
            return None
        return " ".join([*(a.target for a in adjectives), *own, groups[0].target])

    def _compose_en_np(self, toks: list[Token], pieces: list[Piece], head: Piece, before: list[Piece],
                       after: list[Piece], score: float, parts: str) -> list[tuple[str, float, str, str]]:
        """English noun phrase → Russian (``_compose_np`` after the pieces are found)."""
        results: list[tuple[str, float, str, str]] = []
        src: Lang = "en"
        salt = self._en_salt(toks, pieces)
        if salt is not None:
            results.append((salt, score * 1.03, "composition", f"composition: {parts}; a salt named as in pharmacopoeias"))
        of_at = next((i for i, t in enumerate(toks) if t.lemma == "of" and i > head.start), None)
        governed = _EN_HEADS_WITH_GENITIVE.get(toks[head.end - 1].lemma.lower())
        if governed is not None and (of_at is not None or any(p.target_pos != "adj" for p in before)):
            # "incidence of postoperative delirium", "stroke incidence" → «частота (послеоперационного
            # делирия, инсульта)»: «заболеваемость» governs the instrumental, not a genitive
            said = re.sub(rf"\b{governed[0]}$", governed[1], head.target)
            if said != head.target:
                head = dataclasses.replace(head, target=said)
                parts += f"; {governed[0]} → {governed[1]} before a genitive"
        posts = [p for p in pieces if p.target_pos in ("post", "clause")]
        before = [p for p in before if p.target_pos not in ("post", "clause", "func")]
        after = [p for p in after if p.target_pos not in ("post", "clause", "func")]
        kept = [p for p in after if toks[p.start].pos not in ("PREP", "CONJ", "DET", "PART")]
        if of_at is None and kept:
            # "liver segment VII": a word after the head with no "of" before it is said after the
            # Russian phrase, never dropped
            posts = sorted([*posts, *kept], key=lambda p: p.start)
            after = []
        adjectives = [p for p in before if p.target_pos == "adj"]
        modifiers = [p for p in before if p.target_pos != "adj"]
        dependents = list(reversed(modifiers))
        of_deps = [_merge(after)] if of_at is not None and after else []
        if of_deps and len([p for p in after if p.source.lower() != "of"]) > 1:
            # "prevention of schizophrenia relapse" → «профилактика рецидива шизофрении»: the phrase
            # after "of" is composed whole before it becomes a genitive
            whole = self._best(toks[of_at + 1:], src, 1)
            if whole:
                d = of_deps[0]
                of_deps = [Piece(d.start, d.end, d.source, whole[0].term, "noun", "composition", whole[0].score)]
        if of_deps and _source_plural(toks[of_at + 1:], src):
            # "lack of tests" → «нехватка тестов»: the number of the "of" phrase is the source's.
            d = of_deps[0]
            of_deps = [Piece(d.start, d.end, d.source, ru_genitive(d.target, "plur"), "post", d.how, d.score)]
        # A noun modifier becomes a genitive in the number Russian uses for it: «блокатор
        # рецепторов» (count nouns: plural), «дефицит железа» (mass nouns: singular).
        deps_pref, deps_alt = [], []
        treatment = head.target.lower() in _RU_TREATMENT_HEADS
        bilateral = any(toks[p.start].text.lower() == "bilateral" for p in adjectives)
        for d in dependents:
            drug = self._en_drug_modifier(toks[d.start:d.end], d) if treatment else None
            if drug is not None:
                # "warfarin therapy" → «терапия варфарином», "statin therapy" → «терапия
                # статинами»: what a treatment is given with is in the instrumental.
                deps_pref.append(Piece(d.start, d.end, d.source, ru_case(d.target, "ablt", drug), "post", d.how, d.score))
                deps_alt.append(deps_pref[-1])
                continue
            pref, alt = _ru_genitive_numbers(d.target)
            if bilateral and self._anatomical(toks[d.start:d.end]):
                # "bilateral lower limb oedema" → «… нижних конечностей»: both of a pair
                pref, alt = ru_genitive(d.target, "plur"), pref
            elif (d.end - d.start > 1 and pref != alt and pref == ru_genitive(d.target, "plur")
                    and self._anatomical(toks[d.start:d.end]) and not _source_plural(toks[d.start:d.end], src)):
                # "radial artery puncture" → «пункция лучевой артерии»: a named part of the body is one.
                pref, alt = alt, pref
            deps_pref.append(Piece(d.start, d.end, d.source, pref, "post", d.how, d.score))
            deps_alt.append(Piece(d.start, d.end, d.source, alt, "post", d.how, d.score))
        # A plural source head: the plural first, then the singular.
        numbers = [("plur", 1.0)] if _source_plural(toks, src) else [("", 1.0)]
        for num, weight in numbers:
            results.append((assemble_ru(head, adjectives, of_deps + deps_pref, posts, num), score * weight,
                            "composition", f"composition: {parts}"))
            if deps_alt != deps_pref:
                results.append((assemble_ru(head, adjectives, of_deps + deps_alt, posts, num),
                                score * 0.96 * weight, "composition", f"composition: {parts}"))
        # "serum potassium level" → «уровень калия в сыворотке крови»: a measure of something
        # in a body fluid.
        fluid = next((p for p in modifiers if toks[p.start].text.lower() in _EN_FLUIDS and p.end == p.start + 1), None)
        if fluid is not None and head.target.split()[0] in _RU_MEASURES:
            others = [d for d in deps_pref if d.start != fluid.start]
            measure = assemble_ru(head, adjectives, of_deps + others, posts, numbers[0][0])
            results.append((f"{measure} {_EN_FLUIDS[toks[fluid.start].text.lower()]}", score * 1.03, "composition",
                            f"composition: {parts}; a measure in a body fluid"))
        # "knee pain" → «боль в колене»: pain is felt in a part of the body.
        place = self._anatomical(toks[before[-1].start:before[-1].end]) if head.target == "боль" and before else None
        if place and not of_deps and all(p.target_pos == "adj" for p in before[:-1]):
            number = "plur" if place in _RU_PLURAL_PLACES else None
            # "left knee pain" → «боль в левом колене»: a side or a part goes with the place.
            sides = [p.target for p in before[:-1] if p.target in _RU_SIDES]
            place = " ".join([*sides, place])
            pain = assemble_ru(head, [p for p in before[:-1] if p.target not in _RU_SIDES], [], posts, "")
            case = "loc2"
            results.append((f"{pain} в {ru_case(place, case, number)}", score * 1.03, "composition",
                            f"composition: {parts}; pain in a part of the body"))
        # "left knee pain" with the lexicon's «боль в коленном суставе»: the side goes with the place.
        sided = re.fullmatch(r"(.+?) (в|на|во) (.+)", head.target) if head.how == "lexicon" else None
        sides = [p for p in adjectives if p.target in _RU_SIDES]
        if sided and sides and len(sides) == len(adjectives) and not of_deps and not modifiers:
            placed = _ru_side_in_place(sided.group(3), " ".join(p.target for p in sides))
            if placed is not None:
                results.append((f"{sided.group(1)} {sided.group(2)} {placed}", score * 1.04, "composition",
                                f"composition: {parts}; the side goes with the part of the body"))
        # "peripheral artery disease": adjectives before a noun modifier may belong to it
        # («болезнь периферических артерий»); offered after the reading where they go with the head.
        inner = _attach_adjectives(before)
        if inner is not None:
            inner_adjs, inner_deps = inner
            deps = []
            for d in reversed(inner_deps):
                deps.append(Piece(d.start, d.end, d.source, _ru_genitive_numbers(d.target)[0], "post", d.how, d.score))
            results.append((assemble_ru(head, inner_adjs, of_deps + deps, posts, numbers[0][0]), score * 0.93, "composition",
                            f"composition: {parts}; adjectives with the noun modifier"))
        # Russian often turns an English noun modifier into a relational adjective
        # ("incubation period" → «инкубационный период»): offer that too where the lexicon has one.
        relational = [self._relational(p, toks) for p in modifiers]
        if modifiers and all(relational):
            adjs = [p for p in before if p.target_pos == "adj" or p in modifiers]
            adjs = [relational[modifiers.index(p)] if p in modifiers else p for p in adjs]
            # Scored with the adjectives' own evidence: a lexicon adjective outranks a noun
            # only spelled by transliteration ("baseline" → «исходный», not «базелин»).
            rel_score = score
            for p, r in zip(modifiers, relational):
                rel_score *= r.score / p.score if p.score > 0 else 1.0
            # A dictionary adjective reads better than a genitive («клеточный цикл», not «цикл
            # клеток») unless the head is a noun of action, whose modifier is its object («снятие
            # швов»); an adjective derived from a general word may take another sense
            # («жизненный»), so it leads only where the lexicon has the English noun as medical.
            medical = [self.lex.is_medical(self.an.key_of_tokens(toks[p.start:p.end], "en"), "en") for p in modifiers]
            action = head.target.split()[0].lower().endswith(_RU_ACTION_NOUN_ENDINGS)
            # A substance stays a genitive («уровень глюкозы», «синтез дофамина»).
            substance = any(getattr(self._noun_entry(toks[p.start:p.end]), "field", None) in _SUBSTANCE_FIELDS
                            for p in modifiers)
            lead = all(medical) and not action and not substance
            # The lexicon's phrases with the same modifier, where they agree, decide instead:
            # "age group" → «возрастная группа», "receptor blocker" → «блокатор рецепторов».
            modes = [self._mode(toks[p.start:p.end]) for p in modifiers]
            if all(m is not None for m in modes):
                lead = all(modes) and not action  # «лечение боли», not «болевое лечение»
            # An adjective made by rule that no lexicon entry uses may be another word
            # («отменный» is 'excellent', not 'of withdrawal'): it does not lead.
            words = surface_words()["ru"]
            if any(r.how == "derived" and surface_key(r.target, "ru") not in words for r in relational):
                lead = False
            if lead:
                for r in relational:
                    if r.how == "derived":
                        rel_score /= 0.9
            results.append((assemble_ru(head, adjs, of_deps, posts, numbers[0][0]),
                            rel_score * (1.02 if lead else 0.97), "composition",
                            f"composition: {parts}; relational adjective"))
        return results

    def _senses_by_field(self, pieces: list[Piece], toks: list[Token], src: Lang) -> list[Piece]:
        """A piece the lexicon gives several senses of takes the sense whose (medical) field one of
        the other pieces' entries has, when its first sense has none of those fields."""
        def hits(p: Piece) -> list[tuple[Entry, int]]:
            if p.how != "lexicon" or p.target_pos == "func":
                return []
            return [(e, k) for e, k in _by_role(self.lex.lookup(self.an.key_of_tokens(toks[p.start:p.end], src), src),
                                                 toks[p.start:p.end], src) if e.forms(other_lang(src)) and e.pos == h_pos(p)]

        def h_pos(p: Piece) -> str:
            return "adj" if p.target_pos == "adj" else "noun"

        senses = [hits(p) for p in pieces]
        out = []
        for n, (p, hs) in enumerate(zip(pieces, senses)):
            if len({e.forms(other_lang(src))[0] for e, _k in hs}) > 1:
                context = {e.field for m, other in enumerate(senses) if m != n for e, _k in other[:1] if e.medical}
                if hs[0][0].field not in context:
                    better = next((e for e, _k in hs if e.field in context and not is_gloss(e, src)), None)
                    if better is not None:
                        p = Piece(p.start, p.end, p.source, better.forms(other_lang(src))[0], p.target_pos, p.how, p.score)
            out.append(p)
        return out

    def _ru_hyphen_group(self, toks: list[Token]) -> tuple[str, float] | None:
        """The English hyphenated modifier (and its score) for a Russian genitive group, or None."""
        words = [t for t in toks if t.pos != "PUNCT"]
        if len(words) != 2 or words[0].pos not in ("ADJ", "PRTF") or words[1].pos != "NOUN":
            return None
        adj, noun = words[0].lemma.lower().replace("ё", "е"), words[1].lemma.lower()
        if noun == "действие" and adj in _RU_ACTING:
            return f"{_RU_ACTING[adj]}-acting", 0.9
        if adj in _RU_ORDINALS:
            tr = self._best([words[1]], "ru", 1, number=False)
            if tr and " " not in tr[0].term and tr[0].score >= 0.5:
                return f"{_RU_ORDINALS[adj]}-{tr[0].term}", 0.9 * tr[0].score
        if noun == "тип":
            # «анестетик амидного типа» → "amide-type anesthetic", «по смешанному типу» aside
            tr = self._best([words[0]], "ru", 1, number=False)
            if tr and " " not in tr[0].term and tr[0].score >= 0.5:
                word = tr[0].term
                nouns = _en_adjective_nouns(word)  # "amide" for «амидный» read as "amidic"
                return f"{nouns[0] if nouns else word}-type", 0.9 * tr[0].score
        if adj in _RU_SCALAR and noun in _RU_SCALED:
            # «высокой интенсивности» → "high-intensity", «высокого риска» → "high-risk",
            # «широкого спектра» → "broad-spectrum".
            return f"{_RU_SCALAR[adj]}-{_RU_SCALED[noun]}", 0.9
        return None

    def _en_hyphen_piece(self, tok: Token, i: int) -> Piece | None:
        """An English hyphenated modifier a rule translates: "disease-free" → «без болезни»,
        "health-related" → «связанный со здоровьем», "short-acting" → «короткого действия»,
        "first-line" → «первой линии», "placebo-controlled" → «плацебо-контролируемый»,
        "5-year" → «5-летний»."""
        low = tok.text.lower()
        first, _, last = low.rpartition("-")
        if not first or not last:
            return None
        m = re.fullmatch(r"(\d+)-(year|month|week|day|hour|minute)s?(?:-old)?", low)
        if m:
            return Piece(i, i + 1, tok.text, f"{m.group(1)}-{_NUMBER_ADJ[m.group(2)]}", "adj", "lexicon", 0.9)
        if last == "old" and re.fullmatch(r"\d+-years?-old", low):
            return None
        if last == "acting" and first in _EN_ACTING:
            return Piece(i, i + 1, tok.text, f"{_EN_ACTING[first]} действия", "post", "lexicon", 0.9)
        if first in _EN_ORDINALS:
            tr = self._best(self.an.analyse_text(last, "en"), "en", 1, number=False)
            if tr and tr[0].score >= 0.5 and " " not in tr[0].term:
                gender, number = ru_head_grammar(tr[0].term)
                ordinal = ru_agree(_EN_ORDINALS[first], gender, number, "gent")
                return Piece(i, i + 1, tok.text, f"{ordinal} {ru_genitive(tr[0].term)}", "post", "lexicon",
                             0.9 * tr[0].score)
        if "-" not in first and first not in _EN_ORDINALS:
            from medgloss.nlp.english import readings

            first_pos = {p for p, _l in readings(first)}
            last_pos = {p for p, _l in readings(last)}
            if "adj" in first_pos and "noun" in last_pos:
                # "high-risk", "broad-spectrum", "low-grade": «высокого риска», «широкого спектра».
                adj = self._entry_form(first, "en", "adj")
                noun = self._entry_form(last, "en", "noun")
                if adj and noun and " " not in noun and " " not in adj:
                    gender, number = ru_head_grammar(noun)
                    text = f"{ru_agree(adj, gender, number, 'gent')} {ru_genitive(noun)}"
                    return Piece(i, i + 1, tok.text, text, "post", "lexicon", 0.85 * LEXICON_PREFERRED)
        if first == "per":
            tr = self._best(self.an.analyse_text(last, "en"), "en", 1, number=False)
            if tr:
                return Piece(i, i + 1, tok.text, f"по {ru_case(tr[0].term, 'datv')}", "post", "lexicon",
                             0.9 * tr[0].score)
        rule = _EN_HYPHEN_RULES.get(last)
        if first in _EN_AGENTS and last in _EN_AGENT_PARTICIPLES:
            # "patient-controlled analgesia" → «анальгезия, контролируемая пациентом»: done by a person,
            # not «пациент-контролируемая».
            rule = ("clause", f"{_EN_AGENT_PARTICIPLES[last]} {{x}}", "ablt")
        if rule is None:
            return None
        kind, template, case = rule
        written = tok.text.rpartition("-")[0]
        tr = self._best(self.an.analyse_text(first.replace("-", " "), "en"), "en", 3, number=False)
        if _abbreviation_like(written) and kind != "adj":
            # "HIV-associated" → «ассоциированный с ВИЧ», "EGFR-mutated" → «с мутацией EGFR»: an
            # abbreviation stays one
            tr = [t for t in tr if _abbreviation_like(t.term)][:1] or [
                Translation(written, "ru", "", LEXICON_PREFERRED, ["abbreviation"], [])]
        if not tr or tr[0].score < 0.3:
            return None
        x = tr[0].term
        if "{combining}" in template:
            text = template.replace("{combining}", _combining_form(x, "-" in template.split("{combining}")[1][:1]))
        else:
            # a drug class is plural: "steroid-induced" → «вызванный стероидами»
            number = "plur" if _en_drug_class(first.split("-")[-1]) else None
            obj = ru_case(x, case, number) if case else x
            if case == "gent":
                obj = _ru_genitive_numbers(x)[0]  # "event-free" → «без событий», "disease-free" → «без болезни»
            text = template.replace("{x}", obj)
            prep_at = text.split()
            for n, w in enumerate(prep_at[:-1]):
                if w in ("с", "в", "к", "о"):
                    prep_at[n] = ru_preposition(w, prep_at[n + 1])
            text = " ".join(prep_at)
        return Piece(i, i + 1, tok.text, text, kind, "lexicon", 0.9 * tr[0].score)


# Native Russian prefixes of medical adjectives and the Latin prefixes English uses for them.
_RU_PREFIXES = (("межд", "inter"), ("меж", "inter"), ("внутри", "intra"), ("интра", "intra"), ("над", "supra"),
                ("под", "sub"), ("пред", "pre"), ("после", "post"), ("противо", "anti"), ("около", "peri"),
                ("вне", "extra"), ("сверх", "hyper"), ("без", "a"), ("за", "retro"))
# Latin prefixes of English adjectives and the native prefix Russian says them with.
_EN_PREFIXES = (("supra", "над"), ("infra", "под"), ("sub", "под"), ("inter", "меж"), ("intra", "внутри"),
                ("peri", "около"), ("retro", "за"), ("pre", "пред"), ("post", "после"), ("extra", "вне"),
                ("trans", "через"), ("anti", "противо"), ("non", "не"), ("multi", "много"))
# English relational adjective endings and the endings of the nouns they are made from
# (clavicular → clavicle, vertebral → vertebra, umbilical → umbilicus, renal → ren-?, cardiac → cardia).
_EN_ADJ_NOUN_ENDINGS = (("ular", ("le", "ula", "ulus")), ("inal", ("en",)), ("al", ("a", "us", "um", "")), ("ar", ("a", "e", "")),
                        ("ic", ("ia", "ium", "y", "")), ("ous", ("a", "")))
# Scalar adjectives and the nouns they grade in a Russian genitive English says as a hyphenated
# modifier («терапия статинами высокой интенсивности» → "high-intensity statin therapy").
_RU_SCALAR = {"высокий": "high", "низкий": "low", "средний": "moderate", "умеренный": "moderate",
              "широкий": "broad", "узкий": "narrow", "полный": "full", "малый": "low", "большой": "high"}
_RU_SCALED = {"интенсивность": "intensity", "риск": "risk", "качество": "quality", "спектр": "spectrum",
              "доза": "dose", "объём": "volume", "объем": "volume", "разрешение": "resolution",
              "чувствительность": "sensitivity", "энергия": "energy", "поток": "flow", "частота": "frequency",
              "плотность": "density", "скорость": "speed"}
# Russian nouns of change whose genitive English says "decreased X" or "decrease in X".
_RU_CHANGE_HEADS = {"снижение": ("decrease", "decreased"), "понижение": ("decrease", "decreased"),
                    "повышение": ("increase", "elevated"), "увеличение": ("increase", "increased"),
                    "уменьшение": ("reduction", "reduced"), "рост": ("increase", "increased"),
                    "изменение": ("change", "altered"), "ухудшение": ("deterioration", "worsening"),
                    "ограничение": ("limitation", "limited")}
# English participles of change and the Russian noun that names the change of a measure.
_EN_CHANGE = {"decreased": "снижение", "reduced": "снижение", "lowered": "снижение", "elevated": "повышение",
              "increased": "повышение", "raised": "повышение", "impaired": "нарушение", "altered": "изменение"}
_RU_MEASURE_NOUNS = frozenset({"скорость", "уровень", "концентрация", "активность", "функция", "количество",
                               "давление", "объем", "масса", "содержание", "частота", "число", "фракция",
                               "толерантность", "чувствительность", "экскреция", "клиренс", "индекс", "показатель"})
# Words that open an English qualifier said after the head ("of unknown origin", "with coma",
# "not elsewhere classified").
_EN_QUALIFIER_WORDS = frozenset({"of", "with", "without", "in", "not", "classified", "originating", "associated",
                                 "complicating", "requiring", "due", "so", "as", "at"})
# Circumstances English says with a modifier before the noun and Russian with a phrase after it.
_EN_SITUATIONAL = {"resting": "в покое", "exertional": "при физической нагрузке"}
_RU_SITUATIONAL = {("в", "покой"): "resting", ("при", "нагрузка"): "exertional",
                   ("при", "физический нагрузка"): "exertional"}
# Russian nouns of quality whose genitive English says with "of" after the head ("of unknown
# origin", "of moderate severity", "of the first degree").
_RU_QUALITY_NOUNS = frozenset({"происхождение", "генез", "этиология", "степень", "тяжесть", "выраженность",
                               "интенсивность", "локализация", "давность", "продолжительность", "характер"})
# Body fluids a measure is taken in, and the measures.
_EN_FLUIDS = {"plasma": "в плазме крови", "serum": "в сыворотке крови", "blood": "в крови", "urine": "в моче",
              "saliva": "в слюне", "sputum": "в мокроте", "csf": "в спинномозговой жидкости"}
_RU_MEASURES = frozenset({"уровень", "концентрация", "содержание", "количество", "экскреция", "клиренс"})
_SUBSTANCE_FIELDS = frozenset({"substance", "drug"})
# The cations and esters of drug salts ("losartan potassium", "olmesartan medoxomil").
_EN_CATIONS = frozenset({"sodium", "potassium", "calcium", "magnesium", "lithium", "zinc", "aluminum", "ammonium",
                         "meglumine", "arginine", "lysine", "trometamol", "tromethamine"})
_EN_ESTERS = frozenset({"medoxomil", "axetil", "mofetil", "cilexetil", "proxetil", "pivoxil", "marboxil"})
# Latin phrases kept as written: "in situ", "in vitro", "per os".
_LATIN_AFTER_PREPOSITION = frozenset({"situ", "vitro", "vivo", "utero", "toto", "novo", "hoc", "os", "se", "extremis"})
# "due to", "secondary to", "owing to": the cause of a condition.
_EN_CAUSE_WORDS = frozenset({"due", "secondary", "owing", "attributable"})
_CONJUNCTIONS: dict[str, dict[str, str]] = {"ru": {"и": "and", "или": "or"}, "en": {"and": "и", "or": "или"}}
# English preposition → (Russian preposition, the case it governs); "in" is decided by its object.
# Heads after which "to" is «до»: "time to treatment", "delay to surgery".
_EN_TIME_HEADS = frozenset({"time", "delay", "interval", "duration", "period", "days", "hours", "weeks"})
_EN_PREPOSITIONS: dict[str, tuple[str, str]] = {
    "in": ("в", "loct"), "with": ("с", "ablt"), "without": ("без", "gent"), "for": ("для", "gent"),
    "after": ("после", "gent"), "before": ("до", "gent"), "from": ("от", "gent"), "on": ("на", "loct"),
    "to": ("к", "datv"), "by": ("по", "datv"), "during": ("во время", "gent"), "between": ("между", "ablt"),
    "among": ("среди", "gent"), "against": ("против", "gent"), "through": ("через", "accs"),
    "under": ("под", "ablt"), "within": ("в пределах", "gent"), "into": ("в", "accs"),
    "following": ("после", "gent"), "at": ("при", "loct"), "per": ("на", "accs"), "via": ("через", "accs"),
    "versus": ("в сравнении с", "ablt"), "vs": ("в сравнении с", "ablt"), "about": ("о", "loct"),
    "around": ("вокруг", "gent"), "near": ("около", "gent"), "outside": ("вне", "gent"),
    "inside": ("внутри", "gent"), "throughout": ("на протяжении", "gent"), "until": ("до", "gent"),
    "upon": ("при", "loct"), "despite": ("несмотря на", "accs"), "toward": ("к", "datv"),
    "towards": ("к", "datv"), "over": ("более", "gent"), "beyond": ("за пределами", "gent"),
}
# Russian preposition → (English preposition, whether "Y X" is the usual English: «боль в груди» →
# "chest pain"; None: never a compound).
_RU_PREPOSITIONS: dict[str, tuple[str, bool | None]] = {
    "в": ("in", True), "во": ("in", True), "на": ("on", True), "от": ("from", True), "против": ("against", True),
    "по": ("by", True), "к": ("to", False), "ко": ("to", False), "при": ("in", False), "с": ("with", False),
    "со": ("with", False), "для": ("for", False), "после": ("after", False), "до": ("before", False),
    "без": ("without", None), "из": ("from", False), "у": ("in", False), "между": ("between", None),
    "о": ("about", None), "об": ("about", None), "через": ("through", None), "под": ("under", None),
    "над": ("above", None), "за": ("behind", None), "перед": ("before", None), "среди": ("among", None),
    "вследствие": ("due to", None), "вокруг": ("around", None), "вне": ("outside", None),
    "внутри": ("within", None), "путём": ("by", None), "путем": ("by", None), "посредством": ("by", None),
    "согласно": ("according to", None), "вместо": ("instead of", None), "около": ("near", None),
}
# An English phrase that holds a preposition is no noun modifier of a compound.
_EN_PREPOSITION_WORD = re.compile(r"\b(of|with|in|on|for|after|without|at)\b")
# Places of care: «в стационаре» qualifies the whole phrase before it.
_RU_SETTINGS = frozenset({"стационар", "больница", "отделение", "поликлиника", "клиника", "амбулатория",
                          "реанимация", "условие"})
# Prepositions an English head noun governs, and the Russian preposition and case its noun takes
# ("" for a plain genitive): "risk factors for delirium" → «факторы риска делирия».
_EN_GOVERNED: dict[tuple[str, str], tuple[str, str]] = {
    ("factor", "for"): ("", "gent"), ("predictor", "for"): ("", "gent"), ("indication", "for"): ("к", "datv"),
    ("treatment", "for"): ("", "gent"), ("therapy", "for"): ("", "gent"), ("test", "for"): ("на", "accs"),
    ("screening", "for"): ("", "gent"), ("allergy", "to"): ("на", "accs"), ("response", "to"): ("на", "accs"),
    ("reaction", "to"): ("на", "accs"), ("resistance", "to"): ("к", "datv"), ("sensitivity", "to"): ("к", "datv"),
    ("adherence", "to"): ("к", "datv"), ("access", "to"): ("к", "datv"), ("exposure", "to"): ("", "gent"),
    ("contraindication", "to"): ("к", "datv"), ("susceptibility", "to"): ("к", "datv"),
    ("antibody", "to"): ("к", "datv"), ("referral", "to"): ("к", "datv"),
    ("admission", "to"): ("в", "accs"), ("transfer", "to"): ("в", "accs"), ("progression", "to"): ("в", "accs"),
    ("conversion", "to"): ("в", "accs"), ("transition", "to"): ("на", "accs"), ("switch", "to"): ("на", "accs"),
    # "a change in X" is «изменение X»
    **{(noun, "in"): ("", "gent") for noun in ("change", "decrease", "increase", "reduction", "decline",
                                                "improvement", "rise", "drop", "elevation", "fall")},
}
# Prepositions a Russian head noun governs, and the English its noun takes.
_RU_GOVERNED = {
    ("время", "до"): "to", ("перевод", "на"): "to", ("перевод", "в"): "to", ("переход", "на"): "to", ("госпитализация", "в"): "to",
    ("поступление", "в"): "to", ("направление", "в"): "to", ("направление", "к"): "to",
    ("жалоба", "на"): "of", ("аллергия", "на"): "to", ("реакция", "на"): "to", ("ответ", "на"): "to",
    ("влияние", "на"): "on", ("тест", "на"): "for", ("анализ", "на"): "for", ("исследование", "на"): "for",
    ("скрининг", "на"): "for", ("показание", "к"): "for", ("противопоказание", "к"): "to",
    ("устойчивость", "к"): "to", ("чувствительность", "к"): "to", ("резистентность", "к"): "to",
    ("толерантность", "к"): "to", ("предрасположенность", "к"): "to", ("антитело", "к"): "to",
    ("приверженность", "к"): "to", ("доступ", "к"): "to", ("склонность", "к"): "to",
    ("анамнез", "по"): "of", ("данные", "о"): "on", ("информация", "о"): "on", ("сведения", "о"): "on",
}
# Function words no structure took care of: translated by this table, never spelled.
_FUNCTION_WORDS: dict[str, dict[str, str]] = {
    "ru": {"и": "and", "или": "or", "в": "in", "во": "in", "на": "on", "с": "with", "со": "with", "при": "in",
           "по": "by", "для": "for", "без": "without", "от": "from", "до": "before", "после": "after",
           "из": "from", "у": "in", "к": "to", "ко": "to", "не": "non", "а": "and", "но": "but", "о": "about"},
    "en": {"of": "", "and": "и", "or": "или", "in": "в", "with": "с", "without": "без", "for": "для", "to": "к",
           "on": "на", "by": "по", "per": "на", "non": "не", "from": "от", "after": "после", "before": "до",
           "versus": "против", "vs": "против", "not": "не", "at": "при", "the": "", "a": "", "an": ""},
}
# Participles that English turns into "X-related", "X-induced" modifiers.
_RU_CAUSE_PARTICIPLES = {"связанный": "related", "ассоциированный": "associated", "вызванный": "induced",
                         "индуцированный": "induced", "опосредованный": "mediated", "обусловленный": "related"}
# English hyphenated modifiers by their last part: (piece kind, Russian template, case of X).
_EN_HYPHEN_RULES: dict[str, tuple[str, str, str]] = {
    "free": ("post", "без {x}", "gent"),
    "related": ("clause", "связанный с {x}", "ablt"),
    "associated": ("clause", "ассоциированный с {x}", "ablt"),
    "induced": ("clause", "вызванный {x}", "ablt"),
    "mediated": ("clause", "опосредованный {x}", "ablt"),
    "inducible": ("clause", "индуцируемый {x}", "ablt"),
    "resistant": ("clause", "резистентный к {x}", "datv"),
    "sensitive": ("clause", "чувствительный к {x}", "datv"),
    "lowering": ("clause", "снижающий {x}", "accs"),
    "containing": ("clause", "содержащий {x}", "accs"),
    "naive": ("clause", "ранее не получавший {x}", "gent"),
    "adjusted": ("post", "с поправкой на {x}", "accs"),
    "guided": ("post", "под контролем {x}", "gent"),
    "based": ("post", "на основе {x}", "gent"),
    "controlled": ("adj", "{combining}-контролируемый", ""),
    "dependent": ("adj", "{combining}зависимый", ""),
    "like": ("adj", "{combining}подобный", ""),
    "shaped": ("adj", "{combining}образный", ""),
    "positive": ("adj", "{combining}-положительный", ""),
    "negative": ("adj", "{combining}-отрицательный", ""),
    "specific": ("adj", "{combining}-специфический", ""),
    "mutated": ("post", "с мутацией {x}", "gent"),
    "mutant": ("post", "с мутацией {x}", "gent"),
    "expressing": ("clause", "экспрессирующий {x}", "accs"),
    "deficient": ("post", "с дефицитом {x}", "gent"),
}
# People who do what an English "-ed" modifier says, and the Russian participles for it.
_EN_AGENTS = frozenset({"patient", "physician", "clinician", "doctor", "nurse", "investigator", "self", "parent",
                        "caregiver", "pharmacist", "operator", "user", "observer", "rater"})
_EN_AGENT_PARTICIPLES = {"controlled": "контролируемый", "reported": "сообщаемый", "administered": "вводимый",
                         "initiated": "начатый", "assessed": "оцениваемый", "rated": "оцениваемый",
                         "directed": "направляемый"}
_EN_ACTING = {"short": "короткого", "long": "длительного", "rapid": "быстрого", "fast": "быстрого",
              "slow": "медленного", "intermediate": "средней продолжительности", "ultra-short": "ультракороткого",
              "ultra-long": "сверхдлительного", "ultrashort": "ультракороткого", "ultralong": "сверхдлительного"}
_RU_ACTING = {"короткий": "short", "длительный": "long", "пролонгированный": "long", "быстрый": "rapid",
              "медленный": "slow", "ультракороткий": "ultra-short", "сверхдлительный": "ultra-long"}
_EN_ORDINALS = {"first": "первый", "second": "второй", "third": "третий", "fourth": "четвёртый", "fifth": "пятый"}
_RU_ORDINALS = {v.replace("ё", "е"): k for k, v in _EN_ORDINALS.items()}
_NUMBER_ADJ = {"year": "летний", "month": "месячный", "week": "недельный", "day": "дневный", "hour": "часовой",
               "minute": "минутный"}
# Adjectives that qualify a disorder or a procedure as a whole, not the organ named after them.
_HEAD_QUALIFIERS = frozenset({
    "acute", "chronic", "subacute", "severe", "mild", "moderate", "primary", "secondary", "recurrent",
    "congenital", "acquired", "malignant", "benign", "early", "late", "total", "partial", "complete",
    "idiopathic", "essential", "progressive", "persistent", "transient", "inherited", "hereditary", "familial",
    "new", "high", "low", "sudden", "diabetic", "hypertensive", "inflammatory", "infectious", "elective",
    "emergency", "urgent", "open", "minimally", "invasive", "non-invasive", "noninvasive", "preventive",
    "prophylactic", "postoperative", "perioperative", "preoperative", "intraoperative", "laparoscopic",
    "endoscopic", "surgical", "medical", "clinical", "subclinical", "asymptomatic", "symptomatic", "isolated",
    "multiple", "bilateral", "unilateral", "refractory", "resistant", "stable", "unstable", "uncontrolled",
    "controlled", "advanced", "metastatic", "focal", "diffuse", "current", "local", "national",
    "regional", "global", "annual", "rapid", "estimated", "inactivated", "live", "attenuated", "overall",
    "mean", "median", "average", "daily", "weekly", "monthly", "maximum", "minimum", "novel", "emerging",
    "standard",
})
_CYRILLIC_LATIN = {"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O", "Р": "P",
                   "Т": "T", "Х": "X", "Д": "D", "Г": "G", "Л": "L", "Ф": "F", "Б": "B"}
# What "in" means before a condition: «при».
_CONDITION_FIELDS = {"disease", "symptom", "infection", "oncology", "psychiatry", "neurology", "cardiology",
                     "obstetrics"}
_CONDITION_WORDS = {"disease", "syndrome", "disorder", "pregnancy", "infection", "failure", "deficiency",
                    "insufficiency", "cancer", "diabetes", "injury", "poisoning", "labor", "labour", "childbirth"}
_EN_IN_TIME_WORDS = {"trimester", "period", "phase", "stage", "year", "month", "week", "day", "hour", "group",
                     "setting", "cohort", "arm", "population", "age", "childhood", "adolescence", "adulthood",
                     "infancy", "postpartum", "puerperium", "morning", "evening", "night"}
_CONDITION_HEADS_RU = {"болезнь", "заболевание", "синдром", "расстройство", "беременность", "инфекция",
                       "недостаточность", "дефицит", "травма", "отравление", "роды", "диабет", "рак"}


_RU_ADJ_SUFFIXES = ("ический", "ческий", "овый", "евый", "ёвый", "овой", "евой", "иный", "ный", "ной", "ский",
                    "ской", "ий", "ый", "ой")
_RU_ALTERNATIONS = {"ч": ("к", "ц", "т"), "ж": ("г", "з", "д"), "ш": ("х", "с"), "щ": ("ст", "ск")}


def _ru_side_in_place(place: str, sides: str) -> str | None:
    """«коленном суставе» + «левый» → «левом коленном суставе»: adjectives agreeing with the first
    noun of a place in the prepositional case."""

    for word in place.split():
        noun = next((q for q in parses(word.lower()) if q.tag.POS == "NOUN" and q.tag.case in ("loct", "loc2")), None)
        if noun is not None:
            number = "plur" if noun.tag.number == "plur" else "sing"
            return f"{ru_agree(sides, str(noun.tag.gender or 'masc'), number, 'loct')} {place}"
    return None


def _en_before_noun(left: list[Token], own: list[str] | None, english: str, modifier: str,
                    grading_only: bool = False) -> str:
    """``modifier`` put before the English of ``left``: between its adjectives and its noun when
    each Russian adjective keeps its own English word (``own``, from ``_ru_adjective_words``):
    «максимальная концентрация в плазме» → "maximum plasma concentration", «острая боль в груди» →
    "acute chest pain"; before the whole otherwise («артериальное давление в покое» → "resting
    blood pressure"). An English adjective of place (``grading_only``) goes inside only grading
    adjectives ("acute abdominal pain", but "apical systolic murmur")."""
    words = english.split()
    if (own is not None and len(words) == len(own) + 1 and [w.lower() for w in words[:-1]] == own
            and not (grading_only and not all("Qual" in t.tags or t.lemma.lower().replace("ё", "е") in _RU_GRADING
                                              for t in left[:-1]))):
        return " ".join(words[:-1] + [modifier, words[-1]])
    if len(words) == 2 and words[0].lower().endswith("ed") and not grading_only and all(t.pos == "NOUN" for t in left):
        # «ограничение подвижности в суставе»: "limited mobility" + joint → "limited joint mobility"
        return f"{words[0]} {modifier} {words[1]}"
    return f"{modifier} {english}"


def _joined(toks: list[Token]) -> str:
    """Tokens as written, spaced as in the source ("г/л", "мм рт. ст.", "°C")."""
    out = ""
    for n, t in enumerate(toks):
        out += (" " if n and t.start > toks[n - 1].end else "") + t.text
    return out


def _unit_gap(unit: str | None) -> str:
    return "" if not unit or unit == "%" else " "


def _ru_nominative_participle(word: str) -> bool:

    return any(p.tag.POS == "PRTF" and p.tag.case == "nomn" for p in parses(word.lower()))


def _ru_nominative_adjective(word: str) -> bool:
    """Whether a Russian word can be a nominative adjective or participle (one that agrees)."""

    w = word.lower()
    return "-" in w or any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in parses(w)) or not any(
        p.tag.POS for p in parses(w) if p.is_known)


def _name_chain(text: str) -> bool:
    """Two or more capitalised names joined by hyphens («Золлингер-Эллисон», "Willis-Ekbom")."""
    parts = [p for p in text.split("-") if p]
    return len(parts) >= 2 and all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts)


def _en_action_noun(word: str) -> bool:
    """An English noun of an action or an examination ("urination", "palpation", "movement",
    "exertion"), after which "on" is Russian «при»."""
    w = word.lower()
    return w.endswith(("tion", "sion", "ment", "ure")) and len(w) > 6 or w in ("exercise", "effort")


def _may_be_locative(toks: list[Token]) -> bool:
    """Whether the first noun of a Russian prepositional object may be read as locative («в
    груди»: accusative plural or locative singular), so «в» is 'in' rather than 'to'."""

    noun = next((t for t in toks if t.pos == "NOUN"), None)
    return noun is not None and any(p.tag.case in ("loct", "loc2") for p in parses(noun.text.lower()))


def _en_adjective_nouns(adjective: str) -> list[str]:
    """The nouns an English relational adjective may be made from ("clavicular" → clavicle,
    clavicula; "vertebral" → vertebra)."""
    for ending, nouns in _EN_ADJ_NOUN_ENDINGS:
        if adjective.endswith(ending) and len(adjective) > len(ending) + 2:
            stem = adjective[: -len(ending)]
            return [stem + n for n in nouns]
    return []


def _en_noun_adjectives(noun: str) -> list[str]:
    """English relational adjectives of a Latin noun that the English vocabulary knows ("clavicle"
    → clavicular, "vertebra" → vertebral, "scapula" → scapular, "umbilicus" → umbilical)."""
    from medgloss.nlp.english import is_known
    from medgloss.terms.termhood import zipf

    noun = noun.lower()
    stems = []
    for adj_end, noun_ends in _EN_ADJ_NOUN_ENDINGS:
        for n_end in noun_ends:
            if n_end and noun.endswith(n_end) and len(noun) > len(n_end) + 3:
                stems.append(noun[: -len(n_end)] + adj_end)
    return [a for a in dict.fromkeys(stems) if is_known(a) or zipf(a, "en") >= 1.0]


def _ru_adjective_guesses(noun: str) -> list[str]:
    """Relational adjectives Russian may make of a noun, by rule (checked by the caller against
    the dictionary): «ключица» → «ключичный», «лопатка» → «лопаточный», «рёбра» → «рёберный»."""
    w = noun.lower()
    stem = w[:-1] if w[-1] in "аяоеьйы" else w
    if not stem:
        return []
    alternated = {"ц": "ч", "к": "ч", "г": "ж", "х": "ш"}.get(stem[-1])
    stems = [stem] + ([stem[:-1] + alternated] if alternated else [])
    stems += [s[:-1] + "о" + s[-1] for s in stems if len(s) > 3 and s[-1] == "к"]  # лопатк- → лопаток-
    return [s + end for s in stems for end in ("ный", "овый", "ной", "евой", "ечный", "очный")]


def _ru_adjective_bases(adjective: str) -> list[str]:
    """Nouns a Russian relational adjective may come from, most likely first (not checked: the
    lexicon decides): «тканевый» → «ткань», «табачный» → «табак», «узловой» → «узел»,
    «дисперсионный» → «дисперсия», «мышечный» → «мышца»."""
    w = adjective.lower().replace("ё", "е")
    out: list[str] = []
    for suffix in _RU_ADJ_SUFFIXES:
        if not w.endswith(suffix) or len(w) - len(suffix) < 3:
            continue
        base = w[: -len(suffix)]
        bases = [base]
        if suffix in ("ный", "ной") and base.endswith("н"):
            bases.append(base[:-1])  # «длинный» → «длин-»
        if base[-1:] in _RU_ALTERNATIONS:
            bases += [base[:-1] + alt for alt in _RU_ALTERNATIONS[base[-1]]]
        if len(base) > 3 and base[-1] not in "аеиоуыэюяь" and base[-2] not in "аеиоуыэюяь":
            bases += [base[:-1] + v + base[-1] for v in ("о", "е")]  # «белковый» → «белок», «узловой» → «узел»
        for b in bases:
            if b.endswith("ион"):
                out.append(b[:-2] + "ия")  # «диффузионный» → «диффузия»
            out.extend([b, b + "ь", b + "а", b + "я", b + "о", b + "е", b + "ия", b + "ие"])
        if suffix in ("ический", "ческий"):
            out.extend([base + "ия", base + "ика", base + "из", base + "оз"])
        break
    seen: set[str] = set()
    return [x for x in out if not (x in seen or seen.add(x))]


def _ru_compound_first(adjective: str) -> str:
    """A Russian adjective as the first part of a compound one: «гипоксический» → «гипоксически»,
    «сердечный» → «сердечно», «воздушный» → «воздушно»."""
    w = adjective
    if w.endswith(("ский", "цкий", "ский")):
        return w[:-1]
    if w.endswith(("ный", "ной", "вый", "вой", "лый", "рый", "тый")):
        return w[:-2] + "о"
    if w.endswith(("ий", "ый", "ой")):
        return w[:-2] + "о"
    return w


def _combining_form(word: str, hyphen: bool) -> str:
    """A Russian noun as the first part of a compound adjective: «доза» → «дозо» (дозозависимый),
    «инсулин» → «инсулино»; with ``hyphen``, or for a word that has no such form, the word and
    a hyphen rule («плацебо-контролируемый», «HER2-положительный»)."""
    if hyphen:
        return word
    w = word.lower()
    if " " in word or not w.isalpha() or not any("а" <= c <= "я" for c in w):
        return f"{word}-"
    if w[-1] in "бвгджзклмнпрстфхцчшщ":
        return word + "о"
    if w[-1] in "ао" and not w.endswith("ия"):
        return word[:-1] + "о"
    return f"{word}-"


def _ru_head_word(phrase: str):
    from medgloss.align.compose import _head, _ru_noun_parse

    words = phrase.split()
    i = _head(words)
    return _ru_noun_parse(words[i]) if i is not None else None


def _ru_genitive_numbers(phrase: str) -> tuple[str, str]:
    """(preferred, other) genitive of a Russian noun phrase used for an English noun modifier:
    plural for what Russian counts («рецепторов», «клеток», «событий»), singular for the rest
    («железа», «печени», «ответа»): plural when the genitive plural is a more frequent word than
    the dictionary form (the genitive singular is no guide: it is often also the nominative plural)."""
    from medgloss.terms.termhood import zipf

    if " " not in phrase and phrase[:1].isupper() and (_name_chain(phrase) or not _abbreviation_like(phrase)):
        from medgloss.align.compose import _fallback_genitive

        # a name: by its spelling, one number («Кернига», «Мэрфи»); a chain of names, each
        # («Золлингера-Эллисона», «Легга-Кальве-Пертеса»)
        name = "-".join(_fallback_genitive(part) if part[:1].isupper() else part for part in phrase.split("-"))
        return name, name
    singular, plural = ru_genitive(phrase), ru_genitive(phrase, "plur")
    if plural == singular or phrase[:1].isupper() or _identifier(phrase.split()[-1]):
        # names have no plural, nor does a numbered member («фактора VIII», «витамина D»)
        return singular, singular
    head_n, head_p = _ru_head_word_form(phrase, phrase), _ru_head_word_form(plural, phrase)
    if head_n and head_p and zipf(head_p.lower(), "ru") > zipf(head_n.lower(), "ru"):
        return plural, singular
    return singular, plural


def _ru_head_word_form(inflected: str, canonical: str) -> str:
    from medgloss.align.compose import _head

    words = canonical.split()
    i = _head(words)
    out = inflected.split()
    return out[i] if i is not None and i < len(out) else ""


def _countable_head(toks: list[Token], src: Lang) -> Token | None:
    """The head noun of a source phrase, if it is a common noun (one that has a number)."""
    i = _head_index(toks, src)
    if not 0 <= i < len(toks):
        return None
    t = toks[i]
    if src == "en" and _en_plural_read_as_verb(toks, i):
        return t  # "risk factors for stroke": the tagger's third person is a plural noun
    if src == "ru" and len(toks) == 1 and t.pos in ("ADJ", "PRTF"):
        return t  # «больные», «беременные»: an adjective standing for a noun has a number
    return None if t.pos != "NOUN" or t.upper else t


def _source_plural(toks: list[Token], src: Lang, top: bool = False) -> bool:
    """Whether the head noun of a source phrase is in the plural (and could be singular)."""
    t = _countable_head(toks, src)
    if t is None:
        return False
    if src == "ru":
        return t.number == "plur" and "Pltm" not in t.tags or top and _ru_read_as_genitive(toks, t)
    from medgloss.nlp.english import noun_lemma

    low = t.text.lower()
    if t.lemma in ("level", "concentration"):
        return False  # "elevated troponin levels" is «повышенный уровень тропонина»
    return t.lemma != low and noun_lemma(low) == t.lemma and not low.endswith("ss")


def _en_known(word: str) -> bool:
    """Whether an English word is a common word (not a name that happens to open a phrase)."""
    from medgloss.nlp.english import is_known
    from medgloss.terms.termhood import zipf

    return is_known(word.lower()) and zipf(word.lower(), "en") >= 3.0


def _ru_adverb(adjective: str) -> str | None:
    """The Russian adverb of a qualitative adjective: «статистический» → «статистически»,
    «значимый» → «значимо», «высокий» → «высоко»; None for participles and phrases."""
    a = adjective.lower()
    if " " in a or a.endswith(("щий", "ший")):
        return None
    if a.endswith("ский"):
        return a[:-1]
    if a.endswith("кий"):
        return a[:-2] + "о"
    if a.endswith(("ый", "ой")):
        return a[:-2] + "о"
    return None


def _latin_binomial(genus: Token, species: Token) -> bool:
    """A Latin species name, "Staphylococcus aureus", "Escherichia coli": a capitalised genus that
    is no English word followed by a lower-case epithet that is none either."""
    g, sp = genus.text, species.text
    return (g[:1].isupper() and g[1:].islower() and sp.islower() and sp.isalpha() and g.isalpha()
            and len(g) > 3 and len(sp) > 2 and not _en_known(g) and not _en_known(sp)
            and sp.endswith(("us", "ae", "i", "is", "um", "a", "ans", "ens", "es", "ii", "ella")))


def en_adverb(adjective: str) -> str:
    """The English adverb of an adjective: clinical → clinically, possible → possibly."""
    words = adjective.split()
    a = words[-1]
    if a.endswith("ic"):
        a += "ally"
    elif a.endswith("le") and len(a) > 3:
        a = a[:-1] + "y"
    elif a.endswith("y") and len(a) > 3:
        a = a[:-1] + "ily"
    elif not a.endswith("ly"):
        a += "ly"
    return " ".join([*words[:-1], a])





_ROMAN_RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
             "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
             "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
             "ь": "", "э": "e", "ю": "yu", "я": "ya"}


def _romanize(name: str) -> str:
    """A Russian name in Latin letters (the usual romanisation: Щёткин → Shchetkin)."""
    return "".join(_ROMAN_RU.get(ch, ch) for ch in name.lower())


def _identifier(text: str) -> bool:
    """A letter or number naming a member of a series: D2, S, B, VIIa, II, 2."""
    return re.fullmatch(r"[A-ZА-ЯЁ]\d{0,2}[a-zα-ω]?|[IVX]{1,4}[a-z]?|\d{1,2}[a-zA-Z]?", text) is not None


def _change_at(lemmas: list[str], k: int, changes: frozenset[str]) -> int | None:
    """The index of the first change noun before ``k``; "blood loss of 500 mL" is an amount lost,
    not a change of a measure (only "weight loss", "height gain" are)."""
    change = next((m for m in range(k) if lemmas[m] in changes), None)
    if change is not None and lemmas[change] in ("loss", "gain") and not (
            change and lemmas[change - 1] in ("weight", "height")):
        return None
    return change


def _baseline_after_change(toks: list[Token]) -> list[Token]:
    """"change from baseline in HbA1c at week 26" as "change in HbA1c from baseline at week 26"
    (→ «изменение HbA1c от исходного уровня на 26-й неделе»): what changed is the genitive right
    after the change."""
    words = [t.text.lower() for t in toks]
    m = next((m for m in range(len(toks) - 4) if toks[m].lemma.lower() in _EN_CHANGE_NOUNS
              and words[m + 1:m + 4] == ["from", "baseline", "in"]), None)
    if m is None:
        return toks
    e = next((j for j in range(m + 5, len(toks)) if toks[j].pos == "PREP"), len(toks))
    return [*toks[:m + 1], *toks[m + 3:e], *toks[m + 1:m + 3], *toks[e:]]


def _series_member(text: str) -> bool:
    """A member of a series or a range of two ("3", "IV", "3–4", "I-II": "grade 3–4 adverse events")."""
    parts = re.split(r"[–-]", text)
    return _identifier(text) or len(parts) == 2 and all(_identifier(p) for p in parts)


def _attach_adjectives(before: list[Piece]) -> tuple[list[Piece], list[Piece]] | None:
    """Pieces before an English head regrouped so that adjectives directly before a noun modifier
    form one noun phrase with it: (adjectives of the head, noun-phrase modifiers); None when no
    adjective stands before a noun modifier."""
    if not any(a.target_pos == "adj" and b.target_pos == "noun" and a.source.lower() not in _HEAD_QUALIFIERS
               for a, b in pairwise(before)):
        return None
    adjs: list[Piece] = []
    deps: list[Piece] = []
    pending: list[Piece] = []
    for p in before:
        if p.target_pos == "adj" and p.source.lower() in _HEAD_QUALIFIERS and not pending:
            adjs.append(p)  # "acute kidney injury": «острое», whatever follows, goes with the head
        elif p.target_pos == "adj":
            pending.append(p)
        elif p.target_pos == "noun":
            if pending:
                gender, number = ru_head_grammar(p.target)
                words = [ru_agree(a.target, gender, number) for a in pending] + [p.target]
                deps.append(Piece(pending[0].start, p.end, " ".join(x.source for x in [*pending, p]),
                                  " ".join(words), "noun", "composition", min(x.score for x in [*pending, p])))
                pending = []
            else:
                deps.append(p)
    adjs.extend(pending)
    return adjs, deps


def _plural_after_head(phrase: str) -> bool:
    """Whether a Russian phrase has another plural noun in the nominative or accusative after its
    head («метастазы в лимфатические узлы»), whose number goes with the head's."""
    from medgloss.align.compose import _head

    words = phrase.split()
    h = _head(words)
    return h is not None and any(
        any(p.tag.POS in ("NOUN", "ADJF") and p.tag.number == "plur" and p.tag.case in ("nomn", "accs")
            for p in parses(w.lower().strip(",")))
        and not any(p.tag.number == "sing" for p in parses(w.lower().strip(",")) if p.tag.POS == "NOUN")
        for w in words[h + 1:])


def _source_singular(toks: list[Token], src: Lang, top: bool = False) -> bool:
    """Whether the head noun of a source phrase is in the singular (and could be plural)."""
    t = _countable_head(toks, src)
    if t is None:
        return False
    if src == "ru":
        return t.number == "sing" and "Sgtm" not in t.tags and not (top and _ru_read_as_genitive(toks, t))
    return t.lemma == t.text.lower()


def _en_finite(verb: str, tense: str, plural: bool, negated: bool) -> str:
    """An English verb phrase in the third person: ("improve", "past") → "improved", ("be
    observed", "past", negated) → "was not observed", ("exceed", "pres", negated) → "does not
    exceed", "will develop"."""
    head, *rest = verb.split()
    if head == "be":
        form = {"past": "were" if plural else "was", "futr": "will be"}.get(tense, "are" if plural else "is")
        form += " not" if negated else ""
    elif tense == "futr":
        form = f"will {'not ' if negated else ''}{head}"
    elif negated:
        form = f"{'did' if tense == 'past' else 'do' if plural else 'does'} not {head}"
    elif tense == "past":
        form = en_past(head)
    else:
        form = head if plural else _en_third_person(head)
    return " ".join([form, *rest])


def _ru_finite(infinitive: str, tense: str, gender: str, number: str) -> str | None:
    """A Russian verb in the third person agreeing with its subject: («развиться», "past",
    "femn", "sing") → «развилась», («содержать», "pres", …) → «содержит» (a perfective's present
    is its future form)."""
    from medgloss.nlp.russian import inflect_word

    infn = next((q for q in parses(infinitive) if q.tag.POS == "INFN"), None)
    if infn is None:
        return None
    if tense == "past":
        grams = {"past", "plur"} if number == "plur" else {"past", "sing", gender if gender in ("masc", "femn", "neut") else "masc"}
    else:
        grams = {"3per", number, "pres" if "impf" in infn.tag else "futr"}
    return inflect_word(infn, grams)


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_EN_ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
                     8: "eighth", 9: "ninth", 10: "tenth"}


def _loc2(prep: str, case: str) -> str:
    """After «в» and «на» the locative is asked for as "loc2", which ``ru_case`` gives only to the
    nouns that have it («в правом глазу», «в печени»)."""
    return "loc2" if case == "loct" and prep in ("в", "во", "на") else case


def _en_or_ru_lemma(word: str, lang: Lang) -> str:
    """A word's dictionary form: pymorphy3's for Russian, the word lower-cased for English."""
    if lang == "en":
        return word.lower()

    found = parses(word.lower())
    return found[0].normal_form.replace("ё", "е") if found else word.lower()


_GREEK_DIGIT = re.compile(r"^(альфа|бета|гамма|дельта|каппа|alpha|beta|gamma|delta|kappa)(\d{1,2})(?=-|$)", re.IGNORECASE)


# A vertebra or a level between two: "L5", "C5–C6", "L5-S1", "Th12".
_SPINAL_LEVEL = re.compile(r"(?:[CTLS]|Th)\d{1,2}(?:[-–](?:[CTLS]|Th)?\d{1,2})?")


def _series_number(text: str) -> int | None:
    """The number of a member of a series written in Roman or Arabic numerals, with or without a
    Russian ordinal ending («III», «3», «3-го»), from 1 to 10; else None."""
    number = _ROMAN.get(text) or (int(text.split("-")[0]) if re.fullmatch(r"\d{1,2}(?:-\w+)?", text) else None)
    return number if number in _EN_ORDINAL_WORDS else None


def _ordinal(text: str, src: Lang) -> str | None:
    """A numeral with an ordinal ending in the other language: «6-го» → "6th", "3rd" → «3-й»
    (the masculine nominative, which agreement then fixes)."""
    if src == "ru":
        return quantity.en_ordinal(int(text.split("-")[0])) if ORDINAL.fullmatch(text) else None
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text.lower())
    return f"{m.group(1)}-й" if m else None


def _clause_chunks(toks: list[Token], used: set[int], src: Lang) -> list[list] | None:
    """The words of a clause outside its verb (``used``) in chunks ``[kind, tokens, start]``: noun
    phrases ("np"), prepositional phrases ("pp") and runs of adverbs ("adv"); ``None`` when a word
    fits none (a particle, another verb)."""
    chunks: list[list] = []
    cur: list | None = None
    for m, t in enumerate(toks):
        if m in used:
            cur = None
            continue
        if t.pos == "PREP":
            cur = ["pp", [t], m]
        elif t.pos == "ADV" or src == "ru" and t.pos == "ADJS" and "COMP" in t.tags:
            if cur is not None and cur[0] == "adv":
                cur[1].append(t)
                continue
            cur = ["adv", [t], m]
        elif t.pos in ("PART", "VERB", "ADJS", "AUX") or t.pos == "CONJ" and (cur is None or cur[0] == "adv"):
            return None
        elif cur is None or cur[0] == "adv" or (
                src == "ru" and cur[0] == "pp" and t.case == "nomn" and t.pos in ("NOUN", "ADJ", "PRTF")
                and any(x.pos == "NOUN" for x in cur[1][1:])):
            # «на фоне терапии состояние улучшилось»: a nominative ends the prepositional phrase
            cur = ["np", [t], m]
        else:
            cur[1].append(t)
            continue
        chunks.append(cur)
    return chunks


def _ru_can_be_object(toks: list[Token]) -> bool:
    """Whether a Russian noun phrase can be a direct object: its head has an accusative reading
    of the number it has («вредные привычки», «операции и травмы»; not «пациент»)."""

    head = toks[_head_index(toks, "ru")]
    if head.pos != "NOUN":
        return False
    return any(p.tag.case == "accs" and p.tag.POS == "NOUN" and p.tag.animacy != "anim" for p in parses(head.text.lower()))


def _ru_subject_grammar(subject: str) -> tuple[str, str]:
    """(gender, number) a Russian verb agrees with: the head's, plural for subjects joined by «и»
    («безопасность и эффективность не установлены»)."""
    gender, number = ru_head_grammar(subject)
    return (gender, "plur") if " и " in f" {subject} " and "," not in subject else (gender, number)


def _en_third_person(verb: str) -> str:
    """"worsen" → "worsens", "cross" → "crosses", "intensify" → "intensifies"."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _ru_read_as_genitive(toks: list[Token], t: Token) -> bool:
    """«болезни органов дыхания», «жалобы на боль»: a whole term opens in the nominative, so a
    first word the tagger read as a genitive singular that is also a nominative plural is plural
    (not inside a phrase: «без потери сознания»)."""
    if t is not toks[0] or t.case != "gent" or t.number != "sing":
        return False

    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur"
               for p in parses(t.text.lower()))


def _form_is_plural(form: str, lang: Lang) -> bool:
    """Whether a lexicon form is itself in the plural («роды», "vital signs")."""
    if not form:
        return False
    if lang == "ru":
        return ru_head_is_plural(form)
    from medgloss.align.compose import _en_head
    from medgloss.nlp.english import noun_lemma

    words = form.split()
    w = words[_en_head(words)].lower()
    return w.isalpha() and noun_lemma(w) != w


# Heads a plural Russian finding («отёки», «периферические отёки») is said with in the singular.
_EN_MASS_NOUNS = frozenset({"edema", "oedema", "lymphadenopathy", "hyperemia", "cyanosis", "jaundice",
                            # substances of the body, never counted
                            "blood", "fat", "fluid", "hair", "marrow", "matter", "mucus", "skin", "urine", "bile",
                            "saliva", "sweat", "milk", "plasma", "serum", "lymph", "meconium", "sputum", "stool"})


@functools.lru_cache(maxsize=1)
def _en_anatomy_words() -> frozenset[str]:
    """The last words of the shipped lexicon's English anatomy nouns ("extensor surface", "joint")."""
    from medgloss.align.lexicon import raw_entries

    return frozenset(f.split()[-1].lower() for e in raw_entries() if e.pos == "noun" and e.field == "anatomy"
                     for f in e.en if f.split() and f.split()[-1].isalpha())


def _uncountable(phrase: str) -> bool:
    """An English head noun hardly ever in the plural ("pain", "bleeding"), by word frequency."""
    from medgloss.align.compose import _en_head
    from medgloss.terms.termhood import zipf

    words = phrase.split()
    w = words[_en_head(words)].lower()
    if w in _EN_MASS_NOUNS:
        return True
    if w in _en_anatomy_words():
        return False  # a part of the body is counted ("extensor surfaces", "joints"), however rare its plural
    plural = en_plural(w)
    if plural is None:
        return True
    if not plural.endswith("s"):
        return False  # a Latin or Greek plural ("foci", "thrombi") is rarer than its singular in any case
    gap = zipf(w, "en") - zipf(plural, "en")
    return gap > 2.0 or gap > 0.8 and zipf(w, "en") >= 3.9  # frequency says little about rare words


_ROLE_POS = {"NOUN": ("noun",), "PROPN": ("noun",), "ABBR": ("noun",), "ADJ": ("adj", "noun"), "NUM": ("num", "adj", "adv"),
             "PRTF": ("adj", "noun"), "VERB": ("verb", "adj", "noun"), "ADV": ("adv", "adj", "noun")}


def _by_role(hits: list[tuple[Entry, int]], toks: list[Token], src: Lang,
             votes: Callable[[Entry], int] | None = None) -> list[tuple[Entry, int]]:
    """Lexicon hits fit for the part of speech of a phrase: a noun phrase takes noun entries
    ("epidemic" the noun is «эпидемия», not «эпидемический»), a modifier adjective entries, and
    no verb translates a noun or an adjective. Between senses that tie, the one the lexicon's
    phrases use most comes first ("study" → «исследование», not «изучение»)."""
    if not hits:
        return hits
    hits = _spelled_as(hits, toks, src)
    if len(toks) > 1:
        # A phrase is a noun phrase unless it ends in an adjective («статистически значимый»,
        # "statistically significant"), which may still be a noun phrase («псориаз обыкновенный»).
        role = "ADJ" if toks[-1].pos in ("ADJ", "PRTF") or (
            toks[-1].pos == "VERB" and toks[-1].text.lower().endswith(("ed", "ing"))) else "NOUN"
    else:
        role = toks[0].pos if toks[0].pos in _ROLE_POS else "NOUN"
    allowed = _ROLE_POS[role]
    if src == "ru" and role == "NOUN" and len(toks) > 1 and toks[-1].case == "gent" and toks[0].pos in ("ADJ", "PRTF"):
        allowed = (*allowed, "adj")  # a genitive group said as an adjective: «центрального действия» → "centrally acting"
    if src == "ru" and len(toks) == 1 and role in ("ADJ", "PRTF") and toks[0].number == "plur":
        allowed = ("noun", "adj")  # «больные», «у больных»: a plural adjective alone stands for people
    fit = [h for h in hits if h[0].pos in allowed]
    # Between entries that tie, a medical one wins over an everyday one ("control" → «контроль»,
    # not «борьба»).
    return sorted(fit, key=lambda h: (is_gloss(h[0], src), h[1], allowed.index(h[0].pos), -(votes(h[0]) if votes else 0),
                                      not h[0].medical))


def _spelled_as(hits: list[tuple[Entry, int]], toks: list[Token], src: Lang) -> list[tuple[Entry, int]]:
    """The hits an abbreviation is: those spelled exactly as written when there are any ("EGFR",
    the receptor, is not "eGFR", the filtration rate), else all ("HBA1C" typed in capitals)."""
    if len(toks) != 1 or not _abbreviation_like(toks[0].text):
        return hits
    text = toks[0].text
    exact = [h for h in hits if text in h[0].forms(src)]
    return exact or hits


def _latin_identifier(text: str) -> bool:
    """A Latin-letter identifier of a gene, marker or classification, with a digit or in capitals
    joined by a hyphen: Ki-67, BI-RADS, BRCA1, HLA-B27, CA-125 (not "COVID-19"-like words the
    lexicon has, which are looked up first)."""
    return re.fullmatch(r"(?=.*[A-Z])(?=.*\d)[A-Za-z]{1,8}-?\d{1,4}[A-Za-z]?\d?|[A-Z]{2,}(?:-[A-Z0-9]{1,8})+",
                        text) is not None


def _abbreviation_like(text: str) -> bool:
    return " " not in text and sum(ch.isupper() for ch in text) >= 2


def _zipf_phrase(text: str, lang: Lang) -> float:
    from medgloss.terms.termhood import zipf

    words = [w for w in text.lower().split() if w.isalpha()]
    return min((zipf(w, lang) for w in words), default=0.0)


def _merge(pieces: list[Piece]) -> Piece:
    pieces = [p for p in pieces if p.source.lower() != "of"]
    return Piece(pieces[0].start, pieces[-1].end, " ".join(p.source for p in pieces),
                 " ".join(p.target for p in pieces), pieces[-1].target_pos, "composition",
                 min(p.score for p in pieces))


def _head_index(toks: list[Token], src: Lang) -> int:
    if src == "ru":
        # The first noun not governed by a preposition («стандартизованный по возрасту показатель»).
        i = next((i for i, t in enumerate(toks) if t.pos in ("NOUN", "ABBR") and not (i and toks[i - 1].pos == "PREP")),
                 len(toks) - 1)
        if (i + 1 < len(toks) and toks[i].pos == "NOUN" and toks[i].case == "gent"
                and toks[i + 1].pos == "NOUN" and toks[i + 1].case == "nomn"):
            # A genitive before a nominative noun depends on it («калия йодид», «метопролола сукцинат»).
            return i + 1
        return i
    of_at = next((i for i, t in enumerate(toks) if t.lemma == "of"), None)
    end = of_at if of_at is not None else len(toks)
    return max((i for i in range(end) if toks[i].pos in ("NOUN", "PROPN", "ABBR") or _en_plural_read_as_verb(toks, i)),
               default=end - 1)


def _en_drug_class(word: str) -> bool:
    """Whether an English word (singular or plural) names a class of drugs ("statins")."""
    return word in _EN_DRUG_CLASSES or word.removesuffix("s") in _EN_DRUG_CLASSES


def _en_plural_read_as_verb(toks: list[Token], i: int) -> bool:
    """"risk factors": a plural noun after a noun that the tagger read as a verb in the third person."""
    t = toks[i]
    return t.pos == "VERB" and i > 0 and toks[i - 1].pos == "NOUN" and t.text.lower().endswith("s") and t.text.isalpha()


_MODIFIER_COUNTS: dict[int, Counter[str]] = {}

# The cases Russian prepositions govern (a preposition of several words by its last word; one
# ending in a noun, «во время», «по данным», governs the genitive).
_RU_PREPOSITION_CASES = {
    "в": "loct", "во": "loct", "на": "loct", "с": "ablt", "со": "ablt", "от": "gent", "до": "gent", "к": "datv",
    "ко": "datv", "по": "datv", "для": "gent", "без": "gent", "после": "gent", "при": "loct", "о": "loct",
    "об": "loct", "между": "ablt", "через": "accs", "у": "gent", "из": "gent", "за": "ablt", "под": "ablt",
    "над": "ablt", "перед": "ablt", "согласно": "datv", "благодаря": "datv", "вопреки": "datv", "среди": "gent",
    "против": "gent", "вне": "gent", "внутри": "gent", "около": "gent", "вокруг": "gent", "вместо": "gent",
    "вследствие": "gent", "путём": "gent", "подобно": "datv", "наподобие": "gent", "включая": "accs",
    "спустя": "accs", "помимо": "gent", "кроме": "gent", "относительно": "gent", "посредством": "gent",
}
_RU_ACCUSATIVE_PREPOSITIONS = ("несмотря на", "в ответ на", "с поправкой на", "в расчёте на", "в расчете на",
                               "с иррадиацией в", "с переходом в", "с переходом на", "с распространением на",
                               "с распространением в")


def _ru_preposition_case(prep: str) -> str:
    if prep.endswith(_RU_ACCUSATIVE_PREPOSITIONS):
        return "accs"
    return _RU_PREPOSITION_CASES.get(prep.split()[-1], "gent")


# Degrees of severity.
_RU_SEVERITY = {"легкий": "mild", "средний": "moderate", "среднетяжелый": "moderate", "умеренный": "moderate",
                "тяжелый": "severe", "крайний": "extreme"}
_EN_SEVERITY = {"mild": "лёгкой", "moderate": "средней", "severe": "тяжёлой"}

# What an examination finds or not, said in Russian with a reflexive verb ("not palpable" → «не
# пальпируется»).
_EN_SEEN_ADJECTIVES = {"palpable": "пальпируется", "visible": "визуализируется", "visualized": "визуализируется",
                       "audible": "выслушивается", "detectable": "определяется"}
# English verbs of moving a patient, whose "to" is Russian «в» + accusative.
_EN_MOTION_VERBS = frozenset({"transfer", "admit", "refer", "send", "move", "discharge", "return", "readmit",
                              "hospitalize", "evacuate", "deliver", "take", "bring"})
_RU_MUST = {"masc": "должен", "femn": "должна", "neut": "должно"}


def _ru_aspect(verbs: Sequence[str], aspect: str) -> str:
    """The first of the Russian verbs (infinitives, maybe with words after them) of ``aspect``
    ("impf": «превышать» for "should not exceed"), else the first."""

    for v in verbs:
        if any(p.tag.POS == "INFN" and aspect in p.tag for p in parses(v.split()[0])):
            return v
    return verbs[0]


# English modals before an infinitive: the Russian verb of possibility, and the word said for the
# passive ("can be divided" → «можно разделить»).
_EN_MODALS = {"may": ("может", "можно"), "can": ("может", "можно"), "might": ("может", "можно"),
              "could": ("может", "можно"), "cannot": ("не может", "нельзя")}
# English verbs whose subject has what their object names: Russian says «у X развилась Y».
_EN_ONSET_VERBS = {"develop": ("развиться", "развиваться")}
_EN_BE_HAVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "not"})


def _en_person(word: str) -> bool:
    """Whether an English noun names people ("patients", "children", "women")."""
    from medgloss.nlp.english import noun_lemma

    return noun_lemma(word.lower()) in _EN_PERSONS or _en_specialist(word)


def _en_specialist(word: str) -> bool:
    """Whether an English noun names a doctor ("cardiologist", "physician", "surgeon")."""
    from medgloss.nlp.english import noun_lemma

    w = noun_lemma(word.lower())
    return w in ("doctor", "physician", "surgeon", "specialist", "nurse", "therapist", "practitioner", "midwife") or (
        w.endswith(("ologist", "iatrist", "ician")))


def _en_is_participle(form: str) -> bool:
    """Whether ``form`` is the past participle of an English verb ("taken", "given", "used")."""
    from medgloss.nlp.english import readings

    return any(pos == "verb" and en_participle(v, "ed") == form for pos, v in readings(form))


def _en_past_of(form: str) -> set[str]:
    """The verbs ``form`` is the simple past of ("took" → {"take"})."""
    from medgloss.nlp.english import readings

    return {v for pos, v in readings(form) if pos == "verb" and en_past(v) == form}


# Words that count or point at what a genitive names: it follows its head with "of".
_RU_COUNTING_WORDS = frozenset({"один", "два", "три", "четыре", "пять", "несколько", "каждый", "весь", "этот",
                                "данный", "оба", "половина"})
_RU_MEASURE_HEADS = frozenset({"стакан", "чашка", "ложка", "пакетик", "флакон", "бутылка", "количество", "часть",
                               "доля", "глоток", "капля", "порция"})
# Russian verbs said with "be" in English: «курс составляет 7 дней» → "course is 7 days".
_RU_COPULAS = frozenset({"составлять", "составить", "являться"})
# Words of obligation and possibility before an infinitive, said in English as it is and negated;
# those that agree with a subject («доза не должна превышать») take it as the agent.
_RU_MODAL_WORDS = {"следует": ("should", "should not"), "рекомендуется": ("should", "should not"),
                   "необходимо": ("must", "must not"), "нужно": ("must", "must not"), "надо": ("must", "must not"),
                   "можно": ("may", "may not"), "нельзя": ("must not", "must not"),
                   "должен": ("should", "should not"), "должна": ("should", "should not"),
                   "должно": ("should", "should not"), "должны": ("should", "should not"),
                   "может": ("may", "may not"), "могут": ("may", "may not")}
_RU_PERSONAL_MODALS = frozenset({"должен", "должна", "должно", "должны", "может", "могут"})
# Comparative adverbs, which the lexicon files under their adjectives.
_RU_COMPARATIVE_ADVERBS = {"чаще": "more often", "реже": "less often", "больше": "more", "меньше": "less",
                           "лучше": "better", "хуже": "worse", "быстрее": "faster", "медленнее": "more slowly",
                           "раньше": "earlier", "позже": "later", "позднее": "later", "дольше": "longer"}

# Russian verbs that report a finding («не выявлено», «не обнаружены») and English says with a
# participle after "no X", and those of need («не требуется»).
_RU_FINDING_VERBS = {"выявить": "detected", "выявлять": "detected", "обнаружить": "detected",
                     "обнаруживать": "detected", "определяться": "detected", "визуализироваться": "visualized",
                     "выявляться": "detected", "отмечаться": "noted", "наблюдаться": "observed",
                     "регистрироваться": "recorded"}
_RU_NEEDED_VERBS = frozenset({"требоваться", "требовать", "потребоваться", "понадобиться"})

_SUBSTAGE_LETTERS = {"а": "a", "б": "b", "в": "c", "г": "d", "А": "A", "Б": "B", "В": "C", "Г": "D"}

# Determiners that say something a term must keep.
# Fields of what a patient can have had: "previous X" is «X в анамнезе».
_HISTORY_FIELDS = frozenset({"disease", "infection", "cardiology", "neurology", "oncology", "psychiatry",
                             "obstetrics"})
_EN_OPERATIONS = (r"(ectomy|otomy|ostomy|plasty|pexy|rrhaphy|surgery|operation|transplant|transplantation|resection"
                  r"|bypass|replacement|repair|amputation|grafting|implantation|section|ablation)$")
# English verbs whose participle takes the people concerned in the dative in Russian, and those of
# sending someone to a doctor («направлен к кардиологу»).
_EN_DATIVE_VERBS = frozenset({"contraindicate", "recommend", "indicate", "prescribe", "administer", "give"})
_EN_SENDING_VERBS = frozenset({"refer", "send", "direct"})
_EN_PERSONS = frozenset({"patient", "child", "woman", "man", "adult", "infant", "neonate", "newborn", "adolescent",
                         "people", "person", "individual", "subject", "participant", "elderly", "pregnant", "mother",
                         "girl", "boy", "volunteer"})
# English names of examinations and the Russian ones said before the region examined.
_EN_EXAMINATIONS = {"CT": "КТ", "MRI": "МРТ", "ultrasound": "УЗИ", "US": "УЗИ", "ultrasonography": "УЗИ",
                    "X-ray": "рентгенография", "radiography": "рентгенография", "PET": "ПЭТ",
                    "scintigraphy": "сцинтиграфия", "angiography": "ангиография"}
# Participles of what a patient has been through, said in English as history or treatment.
_RU_HISTORY_PARTICIPLES = {"перенесший": ("with prior", "who had", "who underwent"),
                           "получавший": ("treated with", "who received", "receiving"),
                           "получивший": ("treated with", "who received")}
# The names of the twelve ECG leads and the right-sided ones.
_ECG_LEAD = re.compile(r"(?:V[1-9]R?|aV[RLF]|I{1,3})(?:[–-](?:V[1-9]R?|aV[RLF]|I{1,3}))?")
_EN_KEPT_DETERMINERS = frozenset({"no", "more", "less", "fewer", "other", "each", "every", "both"})
# Joints Russian names by the joint where English names the region, with what belongs to them.
_EN_JOINT_REGIONS = frozenset({"knee", "shoulder", "elbow", "ankle", "wrist"})  # ("hip" is also «бедро»)
_RU_JOINT_ADJECTIVES = {"коленный": "knee", "плечевой": "shoulder", "локтевой": "elbow", "голеностопный": "ankle",
                        "лучезапястный": "wrist", "тазобедренный": "hip"}
_EN_JOINT_PARTS = frozenset("ligament meniscus cuff capsule cartilage horn effusion swelling tenderness synovitis "
                            "arthritis osteoarthritis arthrosis arthroplasty arthroscopy replacement deformity contracture "
                            "instability dislocation subluxation stiffness motion".split())
_RU_JOINT_PARTS = frozenset("связка мениск манжета капсула хрящ рог".split())
# Dosage forms: a strength goes before them in English and after the product's name in Russian.
_EN_DOSAGE_FORMS = frozenset("drop tablet capsule solution cream ointment gel suspension injection spray patch "
                             "suppository syrup powder inhaler lotion emulsion granule lozenge foam".split())
_RU_DOSAGE_FORMS = frozenset("капля таблетка капсула раствор крем мазь гель суспензия спрей пластырь суппозиторий "
                             "сироп порошок лосьон эмульсия гранула пастилка".split())
# English heads whose Russian word takes no genitive, and the word that does (both of one gender).
_EN_HEADS_WITH_GENITIVE = {"incidence": ("заболеваемость", "частота")}
# Russian nouns of a place on or in a part of the body («на разгибательных поверхностях конечностей»).
_RU_PLACE_NOUNS = frozenset("поверхность область стенка часть отдел сторона край полость проекция зона участок "
                            "основание верхушка слизистая кожа".split())
# Words that open an English noun phrase in place of an article.
_EN_DETERMINERS = _EN_KEPT_DETERMINERS | {"the", "a", "an", "all", "either", "this", "these", "its", "their"}
# English prepositions of place whose object, a part of the body, takes "the" ("pain in the right knee").
_EN_PLACE_PREPOSITIONS = frozenset({"in", "on", "from", "into", "over", "under", "behind", "along", "around",
                                    "within", "through", "below", "above", "near", "to", "at", "of"})

# English qualifiers that end a classification title, and how Russian says them after the noun
# (before the agreeing adjective, the adjective, after it).
_EN_CLASSIFICATION_QUALIFIERS = {("unspecified",): (" ", "неуточнённый", ""),
                                 ("unspecified", "organism"): (" ", "", "без уточнения возбудителя"),
                                 ("unspecified", "site"): (" ", "", "неуточнённой локализации"),
                                 ("site", "unspecified"): (" ", "", "неуточнённой локализации"),
                                 ("unspecified", "part"): (" ", "", "неуточнённой части"),
                                 ("part", "unspecified"): (" ", "", "неуточнённой части"),
                                 ("not", "elsewhere", "classified"): (", не ", "классифицированный", " в других рубриках")}
# Heads whose amount English gives with "of": "a dose of 600 mg", "ejection fraction of 35%".
_RU_OF_AMOUNT_HEADS = frozenset({"доза", "фракция", "протеинурия", "альбуминурия", "потеря", "кровопотеря",
                                 "прибавка", "дефицит", "избыток"})
# Adjectives of a dose both ways («суточная доза» is a daily dose, not a diurnal one).
_DOSE_ADJECTIVES = {"суточный": "daily", "разовый": "single", "начальный": "starting", "поддерживающий": "maintenance",
                    "максимальный": "maximum", "нагрузочный": "loading", "терапевтический": "therapeutic",
                    "низкий": "low", "высокий": "high", "стандартный": "standard", "однократный": "single"}
_DOSE_ADJECTIVES_RU = {"initial": "начальный"}
for _ru_adj, _en_adj in _DOSE_ADJECTIVES.items():
    _DOSE_ADJECTIVES_RU.setdefault(_en_adj, _ru_adj)
# Parts numbered after their noun in English: «VI сегмент» → "segment VI".
_RU_NUMBERED_PARTS = {"сегмент": "segment"}
_RU_SIDE_ADVERBS = {"слева": "left", "справа": "right", "с обеих сторон": "bilateral", "с двух сторон": "bilateral"}
_RU_CLASSIFICATION_TAILS = {("неуточненный", "часть"): ", unspecified",
                            ("без", "уточнение", "возбудитель"): ", unspecified organism"}
# Fields of entries that are sources of findings: "according to CT" is «по данным КТ».
_EVIDENCE_SOURCES = ("imaging", "lab", "procedure", "study")

# Russian nouns of taking or giving a drug: English puts a dosing frequency before them.
_RU_DOSING_NOUNS = frozenset({"приём", "прием", "введение", "дозирование", "применение", "назначение", "режим",
                              "схема", "инъекция", "инфузия"})

# Nouns of change, whose amount is said with «на» / «до» ("of" / "to").
_EN_CHANGE_NOUNS = frozenset({"reduction", "decrease", "increase", "loss", "gain", "shift", "decline", "rise",
                              "improvement", "drop", "elevation", "fall", "change", "prolongation", "shortening",
                              "displacement", "dilatation", "dilation", "narrowing", "deviation"})
_RU_CHANGE_NOUNS = frozenset(_RU_CHANGE_HEADS) | {"потеря", "прибавка", "смещение", "падение", "улучшение",
                                                   "удлинение", "укорочение", "расширение", "сужение", "отклонение",
                                                   "прирост"}

# English statistics measured at a point of follow-up: "survival at 5 years" → «5-летняя выживаемость».
_EN_SPAN_STATISTICS = frozenset({"survival", "mortality", "death", "recurrence", "readmission", "relapse",
                                 "remission", "incidence", "risk", "rate"})


# Nouns of persons a «с»-phrase qualifies («лечение пациентов с ХСН»).
_RU_PERSONS = frozenset(
    "пациент больной пациентка женщина мужчина ребенок дети лицо человек люди участник новорожденный "
    "беременная роженица родильница подросток взрослый донор реципиент".split())

# Heads of a treatment given with something: the drug goes in the instrumental («терапия
# статинами», «тромболизис алтеплазой»), which English says with "with" or as a modifier.
_RU_TREATMENT_HEADS = frozenset({"терапия", "лечение", "монотерапия", "премедикация", "тромболизис",
                                 "химиотерапия", "иммунотерапия", "профилактика"})
# Nouns of taking a treatment: «на фоне терапии» is "during therapy", not "in the setting of".
_RU_TREATMENT_WORDS = _RU_TREATMENT_HEADS | {"прием", "применение", "использование"}
# English drug classes (the Russian instrumental plural: «терапия статинами»).
_EN_DRUG_CLASSES = frozenset(
    "inhibitor blocker antagonist agonist statin antibiotic antidepressant antipsychotic diuretic "
    "corticosteroid glucocorticoid steroid anticoagulant bisphosphonate opioid nitrate analog analogue "
    "modulator activator antihistamine anticonvulsant antiepileptic antiplatelet triptan "
    "fluoroquinolone macrolide cephalosporin penicillin sulfonylurea thiazide benzodiazepine".split())
# Endings of international nonproprietary names.
_EN_DRUG_ENDINGS = (r"(mab|nib|pril|sartan|olol|statin|cillin|mycin|floxacin|azole|parin|tide|vir|"
                    r"platin|taxel|rubicin|prazole|dipine|gliptin|gliflozin|afil|setron|triptan)$")

# Nouns of persons and agents an English -ing clause follows ("patients receiving dialysis").
_EN_CLAUSE_SUBJECTS = frozenset(
    "patient woman man child infant adult subject participant individual person people mother "
    "smoker user recipient donor".split())
# Verbs with a preposition (stem before -ing, the preposition): the Russian participle, preposition
# and case.
_EN_CLAUSE_PHRASES = {("present", "with"): ("обратившийся", "с", "ablt"), ("liv", "with"): ("живущий", "с", "ablt"),
                      ("suffer", "from"): ("страдающий", "", "ablt")}
# Verbs (stems before -ing) whose Russian participle takes an object in the accusative, and
# those that take the genitive («требующие искусственной вентиляции лёгких»).
_EN_CLAUSE_VERBS = {**dict.fromkeys("receiv tak us hav visit attend report consum tolerat experienc initiat "
                                    "start discontinu complet continu undergo".split(), "accs"),
                    **dict.fromkeys("requir need await".split(), "gent")}

# English past participles whose Russian the lexicon's verbs do not give well, and their case:
# "born before 32 weeks" → «родившиеся до 32 недель», "treated with metformin" → «получавшие
# метформин».
_EN_IRREGULAR_CLAUSE = {"born": ("родившийся", None), "given": ("полученный", None), "seen": ("наблюдаемый", None),
                        "reported": ("зарегистрированный", None)}
_EN_PAST_CLAUSE_PHRASES = {("treated", "with"): ("получавший", "accs"), ("born", "to"): ("родившийся у", "gent"),
                           ("infected", "with"): ("инфицированный", "ablt"), ("exposed", "to"): ("подвергшийся воздействию", "gent"),
                           ("admitted", "to"): ("госпитализированный в", "accs"), ("referred", "to"): ("направленный в", "accs")}

# «риск развития X», «частота возникновения X»: English says "risk of X", "incidence of X".
_RU_LIKELIHOOD_HEADS = frozenset({"риск", "вероятность", "частота"})
_RU_ONSET_NOUNS = frozenset({"развитие", "возникновение"})

# Adjectives of place that name a part of an organ with «часть» («нижняя часть живота»).
_RU_PLACE_ADJECTIVES = frozenset(
    "верхний нижний передний задний средний левый правый боковой латеральный медиальный "
    "проксимальный дистальный внутренний наружный центральный периферический".split())

# Latin adjective endings and the endings of the English adjectives of the same root.
_LATIN_ADJECTIVE_ENDINGS = (
    *((e, ("ous", "ose")) for e in ("osus", "osa", "osum")),
    *((e, ("ic", "ical")) for e in ("icus", "ica", "icum")),
    *((e, ("al",)) for e in ("alis", "ale")),
    *((e, ("ar",)) for e in ("aris", "are")),
    *((e, ("ate", "ated")) for e in ("atus", "ata", "atum")),
    *((e, ("ine", "inal")) for e in ("inus", "ina", "inum")),
    *((e, ("ive",)) for e in ("ivus", "iva", "ivum")),
)


def _en_modifier_counts(lex: Lexicon) -> Counter[str]:
    """How often each English word stands before the last word of the lexicon's English forms."""
    counts = _MODIFIER_COUNTS.get(id(lex))
    if counts is None:
        counts = Counter()
        for e in lex.entries:
            for form in e.en:
                counts.update(form.lower().replace("-", " ").split()[:-1])
        _MODIFIER_COUNTS[id(lex)] = counts
    return counts


def _ru_groups(toks: list[Token], after: list[Piece]) -> list[Piece]:
    """Merge pieces after the head into genitive groups (a group ends at a noun)."""
    groups: list[Piece] = []
    current: list[Piece] = []
    for p in after:
        current.append(p)
        if toks[p.end - 1].pos in ("NOUN", "ABBR"):
            groups.append(_merge(current) if len(current) > 1 else current[0])
            current = []
    if current:
        groups.append(_merge(current))
    return groups
