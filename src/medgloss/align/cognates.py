"""Cognates: Russian and English words that share a Greek or Latin root.

Both languages are mapped to one phonetic *skeleton* (``skeleton``): letters that spell the same
sound in the two writing traditions become one symbol (ф/ph/f → f, т/th → t, х/ch → x, ц/c before
e, i, y → s, г/h → g …) and systematic suffix correspondences are undone first (-ия/-y, -оз/-osis,
-ит/-itis, -ический/-ic|-ical, -ин/-ine, -ат/-ate, -ция/-tion …). Two words are cognates when their
skeletons are close (``similarity``).

Generation goes through a vocabulary: an English word list indexed by skeleton answers "which
English word is «ферритин»?"; for words no list has, ``transliterate_ru`` and ``transliterate_en``
spell the most likely form by rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

# Suffix correspondences, longest first: (Russian ending, English endings, shared skeleton ending).
SUFFIXES: list[tuple[str, tuple[str, ...], str]] = [
    ("изированный", ("ized",), "isd"),
    ("ированный", ("ated",), "atd"),
    ("ологический", ("ological",), "ologik"),
    ("ический", ("ic", "ical"), "ik"),
    ("ическая", ("ic", "ical"), "ik"),
    ("ическое", ("ic", "ical"), "ik"),
    ("альный", ("al",), "al"),
    ("арный", ("ary", "ar"), "ar"),
    ("ярный", ("ar", "ary"), "ar"),
    ("озный", ("ous",), "os"),
    ("ивный", ("ive",), "iv"),
    ("идный", ("id",), "id"),
    ("ильный", ("ile",), "il"),
    ("ный", ("al", "ic", "", "ous"), ""),
    ("ой", ("al", ""), ""),
    ("ый", ("al", ""), ""),
    ("ий", ("al", ""), ""),
    ("логия", ("logy",), "logia"),
    ("графия", ("graphy",), "grafia"),
    ("скопия", ("scopy",), "skopia"),
    ("терапия", ("therapy",), "terapia"),
    ("патия", ("pathy",), "patia"),
    ("томия", ("tomy",), "tomia"),
    ("ция", ("tion",), "sia"),
    ("зия", ("sion", "sia"), "sia"),
    ("сия", ("sion", "sia"), "sia"),
    ("трофия", ("trophy",), "trofia"),
    ("лепсия", ("lepsy",), "lepsia"),
    ("опсия", ("opsy",), "opsia"),
    ("ергия", ("ergy",), "ergia"),
    ("метрия", ("metry",), "metria"),
    ("азия", ("asia",), "asia"),
    ("езия", ("esia",), "esia"),
    ("ия", ("ia", "y"), "ia"),
    ("оз", ("osis",), "os"),
    ("ез", ("esis",), "es"),
    ("из", ("ysis", "isis"), "is"),
    ("аз", ("asis",), "as"),
    ("ит", ("itis",), "it"),
    ("цит", ("cyte",), "sit"),
    ("крит", ("crit",), "krit"),
    ("улез", ("ulosis",), "ulos"),
    ("ион", ("ion",), "ion"),
    ("изм", ("ism",), "ism"),
    ("ика", ("ics", "ic", "y"), "ik"),
    ("аза", ("ase",), "as"),
    ("ома", ("oma",), "oma"),
    ("рагма", ("ragm",), "ragm"),
    ("оза", ("ose",), "os"),
    ("дром", ("drome",), "drom"),
    ("амин", ("amine",), "amin"),
    ("пин", ("pine",), "pin"),
    ("озин", ("osine",), "osin"),
    ("фин", ("phine",), "fin"),
    ("аин", ("aine",), "ain"),
    ("адин", ("adine",), "adin"),
    ("идин", ("idine",), "idin"),
    ("азин", ("azine",), "asin"),
    ("квин", ("quine",), "kvin"),
    ("верин", ("verine",), "verin"),
    ("циклин", ("cycline",), "siklin"),
    ("ксетин", ("xetine",), "ksetin"),
    ("ин", ("in", "ine"), "in"),
    ("липид", ("lipid",), "lipid"),
    ("ат", ("ate",), "at"),
    ("азол", ("azole",), "asol"),
    ("ол", ("ol", "ole"), "ol"),
    ("оид", ("oid",), "oid"),
    ("ид", ("ide", "id"), "id"),
    ("он", ("one", "on"), "on"),
    ("ен", ("en", "ene"), "en"),
    ("ант", ("ant",), "ant"),
    ("ент", ("ent",), "ent"),
    ("ум", ("um",), "um"),
    ("ус", ("us",), "us"),
    ("ер", ("er",), "er"),
    ("ор", ("or",), "or"),
]
_RU_SUFFIXES = sorted(SUFFIXES, key=lambda s: -len(s[0]))
_EN_SUFFIXES = sorted(((en, skel) for _ru, ens, skel in SUFFIXES for en in ens if en),
                      key=lambda s: -len(s[0]))

_RU_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j", "з": "s", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "x", "ц": "s", "ч": "c", "ш": "w", "щ": "w", "ъ": "", "ы": "i", "ь": "",
    "э": "e", "ю": "u", "я": "ia",
}
_EN_RULES = [
    (re.compile(r"x"), "ks"), (re.compile(r"ph"), "f"), (re.compile(r"th"), "t"), (re.compile(r"rh"), "r"), (re.compile(r"ch"), "x"),
    (re.compile(r"sh"), "w"), (re.compile(r"ae|oe"), "e"), (re.compile(r"qu"), "kv"),
    (re.compile(r"ck"), "k"), (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"c"), "k"), (re.compile(r"y"), "i"),
    (re.compile(r"w"), "v"), (re.compile(r"z"), "s"), (re.compile(r"h"), "g"), (re.compile(r"j"), "j"),
    (re.compile(r"eu"), "ev"),
]
_VOWELS = set("aeiou")


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def ru_skeleton(word: str) -> str:
    w = word.lower().replace("ё", "е")
    tail = ""
    for ru, _ens, skel in _RU_SUFFIXES:
        if w.endswith(ru) and len(w) > len(ru) + 2:
            w, tail = w[: -len(ru)], skel
            break
    w = w.replace("кс", "кс")
    return _collapse("".join(_RU_LETTERS.get(ch, ch if ch.isalnum() else "") for ch in w) + tail)


def en_skeleton(word: str, hard_c: bool = False) -> str:
    w = word.lower()
    if hard_c:
        w = w.replace("c", "k")
    tail = ""
    for en, skel in _EN_SUFFIXES:
        if w.endswith(en) and len(w) > len(en) + 2:
            w, tail = w[: -len(en)], skel
            break
    for pattern, repl in _EN_RULES:
        w = pattern.sub(repl, w)
    return _collapse("".join(ch for ch in w if ch.isalnum()) + tail)


def skeleton(word: str, lang: str) -> str:
    return ru_skeleton(word) if lang == "ru" else en_skeleton(word)


def _distance(a: str, b: str) -> float:
    """Edit distance where vowel-for-vowel substitutions cost half."""
    prev = [float(j) for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        cur = [float(i)] + [0.0] * len(b)
        for j, cb in enumerate(b, 1):
            sub = 0.0 if ca == cb else (0.5 if ca in _VOWELS and cb in _VOWELS else 1.0)
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + sub)
        prev = cur
    return prev[-1]


def similarity(ru_word: str, en_word: str) -> float:
    """0..1: how well a Russian and an English word match as cognates."""
    a, b = ru_skeleton(ru_word), en_skeleton(en_word)
    if not a or not b:
        return 0.0
    return max(0.0, 1.0 - _distance(a, b) / max(len(a), len(b)))


# Greek letter groups whose ф is written ph in English.
_PH_ROOTS = ("фос", "фаг", "фарм", "фил", "фоб", "фон", "фт", "троф", "граф", "морф", "лимф", "сфер",
             "нефр", "офтальм", "эмфиз", "фени", "фено", "физ", "флег", "френ", "гипоф", "эпиф", "диаф", "фарин",
             "фагос", "фотос", "фото", "цефал", "мурф", "атроф", "дистроф", "блефар", "фаз", "фалл", "фалан", "сифон",
             "фармак")
# Greek and Latin roots whose English spelling the letters alone do not give: h for г, th for т,
# y for и, eu for ей/ев, rh for р, x for кс. A root marked "^" is taken only at the start of a word
# or after a combining vowel (миокард, кардиомиопатия; not амиодарон).
_RU_ROOTS = [
    (r, e, anchored) for anchored, table in (
        (False, (
            ("гидр", "hydr"), ("гемат", "hemat"), ("гемо", "hemo"), ("геми", "hemi"), ("гема", "hema"),
            ("гепат", "hepat"), ("гипер", "hyper"), ("гипо", "hypo"), ("гист", "hist"), ("гетеро", "hetero"),
            ("гомео", "homeo"), ("гиги", "hygi"), ("гиал", "hyal"), ("гормон", "hormon"), ("гельминт", "helminth"),
            ("герпе", "herpe"), ("гипн", "hypn"), ("пневм", "pneum"), ("псих", "psych"), ("невр", "neur"),
            ("нейр", "neur"), ("нейтр", "neutr"), ("лейк", "leuk"), ("ревм", "rheum"), ("псевд", "pseud"),
            ("цевт", "ceut"), ("певт", "peut"), ("тромб", "thromb"), ("торак", "thorac"), ("тирео", "thyreo"),
            ("эпител", "epithel"), ("метил", "methyl"), ("этил", "ethyl"), ("литиаз", "lithias"), ("артр", "arthr"),
            ("астм", "asthm"), ("ритм", "rhythm"), ("эстез", "esthes"), ("катет", "cathet"), ("миел", "myel"),
            ("лимф", "lymph"), ("сифил", "syphil"), ("физ", "phys"), ("хирург", "surg"), ("химио", "chemo"),
            ("диарея", "diarrhea"), ("ррагия", "rrhagia"), ("рея", "rrhea"), ("кс", "x"), ("систол", "systol"),
            ("систем", "system"), ("сфинкт", "sphinct"), ("дактил", "dactyl"), ("эритр", "erythr"), ("тип", "typ"), ("динам", "dynam"), ("фосф", "phosph"),
        )),
        (True, (
            ("гипп", "hipp"), ("гомо", "homo"), ("тире", "thyre"), ("гинек", "gynec"), ("тиро", "thyro"), ("тимус", "thymus"),
            ("метод", "method"), ("пато", "patho"), ("орто", "ortho"), ("тера", "thera"), ("термо", "thermo"),
            ("тео", "theo"), ("талам", "thalam"), ("таласс", "thalass"), ("синт", "synth"), ("син", "syn"),
            ("синап", "synap"), ("симпт", "sympt"), ("симпат", "sympath"), ("симф", "symph"), ("мио", "myo"),
            ("миа", "mya"), ("пиел", "pyel"), ("пио", "pyo"), ("пир", "pyr"), ("цист", "cyst"), ("цито", "cyto"),
            ("цит", "cyt"), ("ксант", "xanth"), ("ксен", "xen"), ("окси", "oxy"), ("экзо", "exo"), ("экзем", "eczem"),
            ("экзант", "exanth"), ("экз", "ex"), ("рино", "rhino"), ("ринит", "rhinit"), ("эв", "eu"), ("дис", "dys"),
            ("полип", "polyp"), ("поли", "poly"), ("гли", "gly"), ("тиф", "typh"),
        )),
    )
    for r, e in table
]
_RU_ROOTS.sort(key=lambda x: -len(x[0]))
_RU_ROOT_RE = re.compile("|".join(
    (f"(?:(?<![а-яё])|(?<=[ои])){r}" if anchored else r) + ("(?!т)" if r == "дис" else "")
    + ("(?![зам])" if r == "тиро" else "") + ("(?!ус)" if r == "син" else "") + ("(?!ом)" if r == "гли" else "")
    for r, _e, anchored in _RU_ROOTS))
_RU_ROOT_EN = {r: e for r, e, _a in _RU_ROOTS}
# Adjective endings whose English form is the bare Latin stem (adjuvant, resistant, dependent).
_RU_ADJ_ENDINGS = (("антный", "ant"), ("ентный", "ent"), ("оидный", "oid"), ("изирующий", "izing"),
                   ("ирующий", "ating"), ("нциальный", "ntial"), ("стициальный", "stitial"), ("ичный", "ic"), ("ционный", "tional"), ("ионный", "ional"), ("онный", "onal"))
_TRANS_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "c", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}
_RU_VOWELS = set("аеёиоуыэюя")


def transliterate_ru(word: str) -> str:
    """The most likely English spelling of a Russian medical word (by rule, for unknown words)."""
    w = word.lower().replace("ё", "е")
    if re.search(r"[а-я](?:о|и)$", w) and len(w) > 6 and w.endswith(("ически", "ично", "ально", "ивно", "арно")):
        # The first part of a compound adjective («гипоксически-», «перорально»): its adjective.
        w = w[:-1] + ("ий" if w.endswith("и") else "ый")
    ending, whole = "", w
    for ru, en in _RU_ADJ_ENDINGS:
        if w.endswith(ru) and len(w) > len(ru) + 2:
            w, ending = w[: -len(ru)], en
            break
    else:
        for ru, ens, _skel in _RU_SUFFIXES:
            if w.endswith(ru) and len(w) >= len(ru) + (2 if len(ru) > 3 else 3) and ens[0]:
                w, ending = w[: -len(ru)], ens[0]
                break
    # Greek s between vowels is з in Russian (плазма, кортизон, физиология): s in English, but for
    # the z of drug stems (-азол, -азин, -зепам).
    w = "".join("s" if ch == "з" and re.match(r"з(?=[аеиоуэ])(?!ол|еп|ин|ид|ам|ит)", whole[k:]) and k
                and whole[k - 1] in "аеиоуэ" else ch for k, ch in enumerate(w))
    # The hard sign before a soft vowel is the j of Latin: инъекция → injection, адъювант → adjuvant.
    w = re.sub(r"ъ(?=[еёюя])", "\x01", w).replace("кв", "qu")  # квартиль → quartile
    w = _RU_ROOT_RE.sub(lambda m: _RU_ROOT_EN[m.group(0)] + "\x00", w)
    out = []
    skip = False
    for i, ch in enumerate(w):
        nxt = w[i + 1] if i + 1 < len(w) else ending[:1]
        prev = w[i - 1] if i else ""
        if ch.isascii():
            if ch == "\x01":
                out.append("j" + {"е": "e", "ё": "e", "ю": "u", "я": "a"}[nxt])
                skip = True
            elif ch != "\x00":
                out.append(ch)
            continue
        if skip:
            skip = False
            continue
        if ch == "ф" and any(w.startswith(r, j) for r in _PH_ROOTS for j in range(max(0, i - len(r) + 1), i + 1)):
            out.append("ph")
        elif ch == "к":
            out.append("k" if nxt in ("е", "и", "ы", "э", "e", "i", "y") or (not nxt and not ending) else "c")
        elif ch in "яю" and prev and prev not in _RU_VOWELS and prev not in "ьъ\x00":
            out.append("a" if ch == "я" else "u")  # деполяризация → depolarization, глюкоза → glucose
        elif ch == "е" and i == 0:
            out.append("e")
        elif ch in "ьъ":
            continue
        else:
            out.append(_TRANS_RU.get(ch, ch))
    return "".join(out) + ending


_EN_TRANS = [
    ("dju", "дъю"), ("eu", "ей"), ("ey", "ей"), ("tion", "ция"), ("ssion", "ссия"), ("rsion", "рсия"), ("lsion", "льсия"), ("sion", "зия"), ("ph", "ф"), ("th", "т"), ("rh", "р"), ("ch", "х"), ("sh", "ш"),
    ("aero", "аэро"), ("ae", "е"), ("oea", "еа"), ("oe", "оэ"), ("qu", "кв"), ("ck", "к"), ("x", "кс"), ("y", "и"), ("w", "в"), ("j", "дж"),
    ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "г"),
    ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"),
    ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("z", "з"),
]
_EN_ENDINGS = [
    ("tional", "ционный"), ("sional", "зионный"), ("ional", "ионный"),  # excisional, interventional
    ("ating", "ирующий"), ("izing", "изирующий"), ("ising", "изирующий"),  # alkylating, ionizing
    ("ized", "изированный"), ("ated", "ированный"), ("ologist", "олог"), ("ance", "анс"), ("ence", "енция"), ("ist", "ист"), ("ological", "ологический"), ("ical", "ический"), ("ic", "ический"), ("osis", "оз"), ("itis", "ит"),
    ("iasis", "иаз"), ("ysis", "из"), ("esis", "ез"), ("ose", "оза"),
    ("logy", "логия"), ("graphy", "графия"), ("scopy", "скопия"), ("therapy", "терапия"), ("pathy", "патия"),
    ("tomy", "томия"), ("ism", "изм"), ("ia", "ия"), ("ary", "арный"), ("ory", "орный"), ("y", "ия"), ("ine", "ин"), ("ate", "ат"), ("ole", "ол"),
    ("ide", "ид"), ("one", "он"), ("ase", "аза"), ("al", "альный"), ("ular", "улярный"), ("ar", "арный"), ("ary", "арный"), ("ive", "ивный"),
    ("ous", "озный"), ("e", ""),
]


def transliterate_en(word: str) -> str:
    """The most likely Russian spelling of an English medical word (by rule, for unknown words)."""
    w = "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))
    if w.startswith("oe") or w.startswith("foe"):
        w = w.replace("oe", "e", 1)  # oedema, oestrogen, foetus
    initial_e = w.startswith("e")
    ending, following = "", ""
    for en, ru in _EN_ENDINGS:
        if w.endswith(en) and len(w) > len(en) + 2:
            w, ending, following = w[: -len(en)], ru, en
            break
    # Latin -ula- before t is -уля- (regulation → регуляция, cumulative → кумулятивный); Greek eu is
    # ев (pseudo → псевдо, rheumatic → ревматический) but after n and l (нейро-, лейко-).
    w = re.sub(r"ula(?=t)", "уля", w)
    w = re.sub(r"(?<=[a-kmo-z])eu(?=[a-z])", "ев", w)
    s = _spell_en(w, following=following) + ending
    if initial_e and s.startswith("е"):
        s = "э" + s[1:]  # epidemic → эпидемия, endoscopy → эндоскопия
    # Greek s between vowels or before m is з in Russian (physiology → физиология, plasma → плазма).
    s = re.sub(r"(?<=[аеиоуыэюя])с(?=[аеиоуыэюям])", "з", s)
    # l before a consonant is soft: sulfate → сульфат, pulse → пульс, filtration → фильтрация.
    s = re.sub(r"(?<=[аеиоуыэюя])л(?=[бвджзмнпрстфхцчшщ])", "ль", s)
    return re.sub(r"(.)\1{2,}", lambda m: m.group(1) * 2, s)  # Latin double consonants stay: иммунолог


def _spell_en(w: str, final_y: str | None = None, following: str = "") -> str:
    """English letters to Cyrillic by ``_EN_TRANS`` (c before e/i/y is ц, also before an ending
    ``following`` that was cut off; a final y is ``final_y`` when given)."""
    out, i = [], 0
    while i < len(w):
        for en, ru in _EN_TRANS:
            if w.startswith(en, i):
                if en == "c" and (w + following)[i + 1:i + 2] in ("e", "i", "y"):
                    ru = "ц"
                if final_y is not None and en == "y" and i == len(w) - 1:
                    ru = final_y
                out.append(ru)
                i += len(en)
                break
        else:
            out.append(w[i])
            i += 1
    return "".join(out)


def transliterate_name_en(name: str) -> str:
    """A name in Cyrillic letters (no medical endings: Murphy → Мурфи, Kernig → Керниг)."""
    w = "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch))
    s = _spell_en(w, final_y="и")
    if w.startswith("e") and s.startswith("е"):
        s = "э" + s[1:]
    return re.sub(r"(?<=[аеиоуыэюя])л(?=[бвджзмнпрстфхцчшщ])", "ль", s)


def _stem(sk: str) -> str:
    """A skeleton without its final vowels (гигиена/hygiene: "gigien")."""
    return sk.rstrip("aeiou") or sk


def index_stems(word: str, lang: str) -> set[str]:
    """The stems a word of ``lang`` is indexed under (none for short or non-alphabetic words)."""
    if not (word.isalpha() and len(word) >= 5):
        return set()
    stems = {_stem(skeleton(word, lang))}
    if lang == "en" and re.search(r"c[eiy]", word):
        # Greek kappa before e/i/y is к in Russian (glycemia/гликемия), Latin c is ц.
        stems.add(_stem(en_skeleton(word, hard_c=True)))
    return stems


def query_stem(word: str, source_lang: str) -> str:
    """The stem under which cognates of ``word`` (of ``source_lang``) are looked up."""
    return _stem(skeleton(word, source_lang))


class CognateIndex:
    """Words of one language indexed by skeleton, for "which word is this?" questions."""

    def __init__(self, lang: str, words: Iterable[str], stems_of: Callable[[str], Iterable[str]] | None = None) -> None:
        self.lang = lang
        stems_of = stems_of or (lambda w: index_stems(w, lang))
        index: dict[str, set[str]] = defaultdict(set)
        for w in words:
            for stem in stems_of(w):
                index[stem].add(w)
        self.by_skeleton = dict(index)

    @classmethod
    def of_corpus(cls, lang: str, words: Iterable[str]) -> CognateIndex:
        """The index of a corpus's words. A corpus grows by a few words at a time (``medgloss add``),
        so the stems of each word are remembered on disk across runs rather than derived again."""
        from medgloss.cache import Memo, code_and_data

        memo = Memo(f"cognate-stems-{lang}", code_and_data())
        index = cls(lang, words, lambda w: memo.get(w, lambda: index_stems(w, lang)))
        memo.save()
        return index

    def find(self, word: str, source_lang: str) -> list[tuple[str, float]]:
        """Words of this index that are cognates of ``word`` (of ``source_lang``), best first."""
        sk = skeleton(word, source_lang)
        out = []
        for cand in self.by_skeleton.get(query_stem(word, source_lang), ()):
            score = similarity(word, cand) if source_lang == "ru" else similarity(cand, word)
            exact = skeleton(cand, self.lang) == sk
            out.append((cand, 1.0 if exact else max(0.85, score)))
        return sorted(out, key=lambda x: (-x[1], len(x[0]), x[0]))


@lru_cache(maxsize=1)
def english_index() -> CognateIndex:
    """English vocabulary indexed by skeleton (cached on disk)."""
    from medgloss.cache import cached, code_and_data

    return cached("cognates-en", code_and_data(), _english_index)


def _english_index() -> CognateIndex:
    """English vocabulary (WordNet lemmas from spaCy's lookup tables, plus frequent words)."""
    from medgloss.nlp.english import _tables

    index, _exc, _rules, _lookup = _tables()
    words: set[str] = set()
    for pos in ("noun", "adj"):
        words.update(w for w in index[pos] if w.isalpha() and w.islower())
    try:
        from wordfreq import top_n_list

        words.update(w for w in top_n_list("en", 400_000, wordlist="large") if w.isalpha())
    except (ImportError, LookupError):
        pass
    return CognateIndex("en", words)
