"""Amounts, durations, points in time, dosing frequencies and ages, both ways.

Medical phrases carry them everywhere ("within 24 hours of admission", «через 2 недели после
операции», "children aged 2 to 5 years", «2 раза в сутки», "at 30 days"), and a word-by-word
translation gets them wrong: Russian counts with case («1 день», «2 дня», «5 дней»; «в течение
1 года», «в течение 2 лет»), English with a plural -s and its own prepositions.

``read`` recognises such an expression at a position in a phrase; what it returns says it in the
other language. An expression may end in a slot for an event phrase ("… after surgery", «… после
операции»), which the translator fills.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medgloss.models import Lang

EVENT = "{E}"  # where the event phrase goes in a rendering


@dataclass(frozen=True, slots=True)
class Unit:
    en: tuple[str, str]  # singular, plural
    ru: tuple[str, str, str, str]  # nominative singular, accusative singular, genitive singular, genitive plural
    time: bool = False


UNITS: dict[str, Unit] = {
    "year": Unit(("year", "years"), ("год", "год", "года", "лет"), True),
    "month": Unit(("month", "months"), ("месяц", "месяц", "месяца", "месяцев"), True),
    "week": Unit(("week", "weeks"), ("неделя", "неделю", "недели", "недель"), True),
    "day": Unit(("day", "days"), ("день", "день", "дня", "дней"), True),
    "hour": Unit(("hour", "hours"), ("час", "час", "часа", "часов"), True),
    "minute": Unit(("minute", "minutes"), ("минута", "минуту", "минуты", "минут"), True),
    "second": Unit(("second", "seconds"), ("секунда", "секунду", "секунды", "секунд"), True),
    "cycle": Unit(("cycle", "cycles"), ("цикл", "цикл", "цикла", "циклов")),
    "course": Unit(("course", "courses"), ("курс", "курс", "курса", "курсов")),
    "dose": Unit(("dose", "doses"), ("доза", "дозу", "дозы", "доз")),
    "tablet": Unit(("tablet", "tablets"), ("таблетка", "таблетку", "таблетки", "таблеток")),
    "capsule": Unit(("capsule", "capsules"), ("капсула", "капсулу", "капсулы", "капсул")),
    "drop": Unit(("drop", "drops"), ("капля", "каплю", "капли", "капель")),
    "injection": Unit(("injection", "injections"), ("инъекция", "инъекцию", "инъекции", "инъекций")),
    "session": Unit(("session", "sessions"), ("сеанс", "сеанс", "сеанса", "сеансов")),
    "time": Unit(("time", "times"), ("раз", "раз", "раза", "раз")),
    "point": Unit(("point", "points"), ("балл", "балл", "балла", "баллов")),
}
# «сутки» is a day of 24 hours; it has no singular forms of its own.
_SUTKI = ("сутки", "сутки", "суток", "суток")

_EN_UNIT_WORDS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "y": "year",
    "month": "month", "months": "month", "mo": "month", "mos": "month",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "day": "day", "days": "day", "d": "day",
    "hour": "hour", "hours": "hour", "h": "hour", "hr": "hour", "hrs": "hour",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "second": "second", "seconds": "second", "sec": "second", "s": "second",
    "cycle": "cycle", "cycles": "cycle", "course": "course", "courses": "course", "dose": "dose", "doses": "dose",
    "tablet": "tablet", "tablets": "tablet", "capsule": "capsule", "capsules": "capsule", "drop": "drop",
    "drops": "drop", "injection": "injection", "injections": "injection", "session": "session",
    "sessions": "session", "times": "time", "point": "point", "points": "point",
}
_RU_UNIT_LEMMAS = {
    "год": "year", "месяц": "month", "неделя": "week", "день": "day", "сутки": "day", "час": "hour",
    "минута": "minute", "секунда": "second", "цикл": "cycle", "курс": "course", "доза": "dose",
    "таблетка": "tablet", "капсула": "capsule", "капля": "drop", "инъекция": "injection", "сеанс": "session",
    "раз": "time", "лет": "year", "балл": "point",
    # abbreviations as written in clinical text
    "г": "year", "мес": "month", "нед": "week", "дн": "day", "сут": "day", "ч": "hour", "мин": "minute",
    "сек": "second", "с": "second",
}
# «первые», «последние»: the tagger may read them as nouns
_RU_ORDER = {"первый": "первый", "первое": "первый", "последний": "последний", "последнее": "последний",
             "ближайший": "ближайший"}

# Units of measure: written the same whatever the number.
MEASURES: dict[str, str] = {
    "mg": "мг", "g": "г", "mcg": "мкг", "µg": "мкг", "μg": "мкг", "ug": "мкг", "ng": "нг", "kg": "кг",
    "ml": "мл", "l": "л", "dl": "дл", "mmol": "ммоль", "µmol": "мкмоль", "μmol": "мкмоль", "iu": "МЕ",
    "u": "ЕД", "units": "ЕД", "meq": "мЭкв", "mmhg": "мм рт. ст.", "%": "%", "°c": "°C", "cm": "см", "mm": "мм",
    "m": "м", "m2": "м2", "bpm": "уд/мин", "mg/kg": "мг/кг", "mg/dl": "мг/дл", "g/l": "г/л", "g/dl": "г/дл",
    "mmol/l": "ммоль/л", "µmol/l": "мкмоль/л", "μmol/l": "мкмоль/л", "ng/ml": "нг/мл", "pg/ml": "пг/мл",
    "mg/day": "мг/сут", "mg/d": "мг/сут", "g/day": "г/сут", "g/d": "г/сут", "mcg/day": "мкг/сут",
    "µg/day": "мкг/сут", "iu/day": "МЕ/сут", "u/day": "ЕД/сут", "ml/day": "мл/сут", "ml/h": "мл/ч",
    "mg/h": "мг/ч", "u/kg": "ЕД/кг", "u/kg/h": "ЕД/кг/ч", "mcg/kg/min": "мкг/кг/мин", "µg/kg/min": "мкг/кг/мин", "mg/kg/day": "мг/кг/сут", "mg/kg/d": "мг/кг/сут", "u/l": "Ед/л",
    "iu/l": "МЕ/л", "ml/min": "мл/мин", "ml/min/1.73": "мл/мин/1,73", "kg/m2": "кг/м2", "mg/m2": "мг/м2",
    "mcg/kg": "мкг/кг", "µg/kg": "мкг/кг", "ml/kg": "мл/кг", "mg/l": "мг/л", "meq/l": "мЭкв/л",
    "×10^9/l": "× 10^9/л", "x10^9/l": "× 10^9/л", "×10⁹/l": "× 10⁹/л", "x10⁹/l": "× 10⁹/л", "×109/l": "× 10⁹/л",
    "×10^12/l": "× 10^12/л", "×10¹²/l": "× 10¹²/л", "copies/ml": "копий/мл", "cells/µl": "клеток/мкл",
    "cells/μl": "клеток/мкл", "cells/mm3": "клеток/мм3", "ms": "мс", "mosm/kg": "мОсм/кг", "ml/min/1.73m2": "мл/мин/1,73 м2",
    "pack-years": "пачко-лет", "beats/min": "уд/мин", "breaths/min": "в минуту", "mu/l": "мЕд/л",
    "miu/l": "мМЕ/л", "µiu/ml": "мкМЕ/мл", "μiu/ml": "мкМЕ/мл", "pmol/l": "пмоль/л", "nmol/l": "нмоль/л",
    "mm/h": "мм/ч", "mm/hr": "мм/ч", "kg/m²": "кг/м²", "m²": "м²", "mg/m²": "мг/м²",
    "ml/min/1.73m²": "мл/мин/1,73 м²", "beatsperminute": "уд/мин", "breathsperminute": "в минуту",
    "perminute": "в минуту", "/min": "в минуту", "cm3": "см3", "ml/kg/h": "мл/кг/ч",
}
_RU_MEASURES: dict[str, str] = {}
for _en, _ru in MEASURES.items():
    _RU_MEASURES.setdefault(_ru.lower().replace(" ", "").replace(".", ""), _en)
_RU_MEASURES["°с"] = "°c"  # «39 °С» typed with the Cyrillic letter
_RU_MEASURES["вминуту"] = "perminute"  # «ЧСС 72 в минуту», «ЧДД 22 в минуту»: per minute, whatever is counted
# the spellings English writes for the Russian forms
_EN_MEASURE_SPELLING = {"ms": "ms", "mosm": "mOsm", "mu": "mU", "miu": "mIU", "µiu": "µIU", "μiu": "µIU",
                        "pmol": "pmol", "nmol": "nmol", "mg": "mg", "g": "g", "mcg": "µg", "ng": "ng", "kg": "kg", "ml": "mL", "l": "L", "dl": "dL",
                        "mmol": "mmol", "µmol": "µmol", "iu": "IU", "u": "U", "meq": "mEq", "mmhg": "mmHg",
                        "%": "%", "°c": "°C", "cm": "cm", "mm": "mm", "m": "m", "m2": "m2", "bpm": "bpm"}

EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30,
              "forty": 40, "fifty": 50, "sixty": 60}
_EN_WORDS = {v: k for k, v in EN_NUMBERS.items()}
RU_NUMBERS = {"один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
              "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15,
              "восемнадцать": 18, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
              "шестьдесят": 60}
# (nominative masculine, nominative feminine, accusative feminine, genitive) of the Russian numerals spelled
_RU_SPELLED = {1: ("один", "одна", "одну", "одного"), 2: ("два", "две", "две", "двух"),
               3: ("три", "три", "три", "трёх"), 4: ("четыре", "четыре", "четыре", "четырёх"),
               5: ("пять", "пять", "пять", "пяти"), 6: ("шесть", "шесть", "шесть", "шести"),
               7: ("семь", "семь", "семь", "семи"), 8: ("восемь", "восемь", "восемь", "восьми"),
               9: ("девять", "девять", "девять", "девяти"), 10: ("десять", "десять", "десять", "десяти"),
               12: ("двенадцать", "двенадцать", "двенадцать", "двенадцати")}
_FEMININE_UNITS = frozenset({"week", "minute", "second", "dose", "tablet", "capsule", "drop", "injection"})
# «двухнедельный», «пятилетний»: the numeral as the first part of a compound adjective
_RU_COMBINING = {2: "двух", 3: "трёх", 4: "четырёх", 5: "пяти", 6: "шести", 7: "семи", 8: "восьми", 9: "девяти",
                 10: "десяти", 12: "двенадцати", 15: "пятнадцати", 20: "двадцати", 30: "тридцати"}
_RU_COMBINING_VALUES = {v.replace("ё", "е"): k for k, v in _RU_COMBINING.items()}
EN_UNIT_ADJECTIVES = {"year": "летний", "month": "месячный", "week": "недельный", "day": "дневный",
                      "hour": "часовой", "minute": "минутный"}
# a one-unit compound: "1-year" → «годичный», not «1-летний»
_RU_ONE_UNIT = {"year": "годичный", "month": "месячный", "week": "недельный", "day": "однодневный",
                "hour": "часовой", "minute": "минутный"}


@dataclass(frozen=True, slots=True)
class Amount:
    """A number or a range of numbers, with the unit counted or measured ("" for none)."""

    numbers: tuple[str, ...]  # as written, digits or words
    unit: str = ""
    measure: bool = False  # a unit of measure ("mg"), not a counted noun
    spelled: bool = False

    def value(self) -> float | None:
        return number_value(self.numbers[-1])


@dataclass(slots=True)
class Expression:
    """An expression read at ``start`` and ending before ``end``; its renderings in the other
    language, best first. A rendering with ``EVENT`` in it needs the phrase that follows put in
    ``event_case`` (Russian) there."""

    start: int
    end: int
    texts: list[str]
    event_case: str = "gent"
    kind: str = ""  # what the expression says: amount, span, point, every, age, frequency, gestation
    amount: Amount | None = None
    event_plural: bool = False  # the event phrase is counted: "more than 50 copies" ← «более 50 копий»


def number_value(text: str) -> float | None:
    low = text.lower().replace("ё", "е").split(" ± ")[-1]
    if low in EN_NUMBERS:
        return float(EN_NUMBERS[low])
    if low in RU_NUMBERS:
        return float(RU_NUMBERS[low])
    try:
        return float(low.replace(",", "."))
    except ValueError:
        return None


def _digits(text: str, lang: Lang) -> str:
    """A number written as the target language writes decimals."""
    if lang == "ru":
        return re.sub(r"(?<=\d)\.(?=\d)", ",", text)
    return re.sub(r"(?<=\d),(?=\d)", ".", text)


def count_form(value: float | None, case: str) -> int:
    """Which of a Russian counted noun's forms a number takes: 0 nominative (accusative)
    singular, 2 genitive singular, 3 genitive plural. ``case`` is "nomn", "accs" or "gent"."""
    if value is None:
        return 3
    if value != int(value):
        return 2  # «2,5 года»
    n = int(value)
    one = n % 10 == 1 and n % 100 != 11
    if case == "gent":
        return 2 if one else 3
    if one:
        return 0
    return 2 if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 3


def say_ru(amount: Amount, case: str = "nomn", sutki: bool = False) -> str:
    """The amount in Russian, its noun agreeing with the number and the case."""
    numbers = amount.numbers
    value = amount.value()
    if amount.measure:
        unit = MEASURES.get(amount.unit, amount.unit)
        nums = "–".join(_digits(x, "ru") for x in numbers)
        return f"{nums}{'' if unit == '%' else ' '}{unit}"
    unit = UNITS.get(amount.unit)
    if amount.spelled and len(numbers) == 1 and value is not None and int(value) in _RU_SPELLED:
        masc, fem, fem_acc, gen = _RU_SPELLED[int(value)]
        female = amount.unit in _FEMININE_UNITS
        word = gen if case == "gent" else (fem_acc if case == "accs" else fem) if female else masc
        if amount.unit == "time" and int(value) == 1:
            word = "один"
    else:
        word = "–".join(_digits(x, "ru") for x in numbers) if all(number_value(x) is not None for x in numbers) else ""
        if not word:
            return ""
    if unit is None:
        return word
    form = count_form(value, case)
    if sutki and amount.unit == "day":
        noun = _SUTKI[0] if form == 0 else _SUTKI[2]
    else:
        forms = unit.ru
        noun = {0: forms[1] if case == "accs" else forms[0], 2: forms[2], 3: forms[3]}[form]
    return f"{word} {noun}"


def say_en(amount: Amount) -> str:
    """The amount in English, its noun in the plural unless the number is one."""
    value = amount.value()
    numbers = amount.numbers
    if amount.spelled and len(numbers) == 1 and value is not None and int(value) in _EN_WORDS:
        word = _EN_WORDS[int(value)]
    else:
        word = "–".join(_digits(x, "en") for x in numbers) if len(numbers) > 1 else _digits(numbers[0], "en")
        if len(numbers) > 1:
            word = f"{_digits(numbers[0], 'en')} to {_digits(numbers[1], 'en')}"
    if amount.measure:
        unit = _en_measure(amount.unit)
        return f"{word}{'' if unit == '%' else ' '}{unit}"
    unit = UNITS.get(amount.unit)
    if unit is None:
        return word
    return f"{word} {unit.en[0] if value == 1 and len(numbers) == 1 else unit.en[1]}"


def _en_measure(key: str) -> str:
    if key == "perminute":
        return "per minute"
    parts = key.split("/")
    said = "/".join(_EN_MEASURE_SPELLING.get(p, p) for p in parts).replace("1.73m2", "1.73 m2").replace("1.73m²", "1.73 m²").replace("/l", "/L")
    return re.sub(r"^[×x]", "× ", said)  # "15 × 10⁹/L"


def en_unit_adjective(amount: Amount) -> str:
    """"5-year", "two-week": the amount as an English compound modifier."""
    unit = UNITS[amount.unit].en[0]
    value = amount.value()
    if amount.spelled and value is not None and int(value) in _EN_WORDS:
        return f"{_EN_WORDS[int(value)]}-{unit}"
    return f"{_digits(amount.numbers[-1], 'en')}-{unit}"


def ru_unit_adjective(amount: Amount) -> str | None:
    """«5-летний», «двухнедельный», «годичный»: the amount as a Russian compound adjective."""
    suffix = EN_UNIT_ADJECTIVES.get(amount.unit)
    value = amount.value()
    if suffix is None or value is None or len(amount.numbers) > 1:
        return None
    if value == 1:
        return _RU_ONE_UNIT[amount.unit]
    if amount.spelled and int(value) in _RU_COMBINING:
        return f"{_RU_COMBINING[int(value)]}{suffix}"
    if value != int(value):
        return None
    return f"{int(value)}-{suffix}"


def read_ru_unit_adjective(word: str) -> tuple[Amount, str] | None:
    """«5-летний» → (5 years, "5-year"), «двухнедельный» → (2 weeks, "two-week")."""
    low = word.lower().replace("ё", "е")
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)-?(летн|месячн|недельн|дневн|суточн|часов|минутн)(?:[а-я]+)", low)
    if m:
        unit = _adjective_unit(m.group(2))
        amount = Amount((m.group(1),), unit)
        return amount, en_unit_adjective(amount)
    for stem, value in sorted(_RU_COMBINING_VALUES.items(), key=lambda kv: -len(kv[0])):
        if low.startswith(stem):
            rest = low[len(stem):]
            m = re.fullmatch(r"-?(летн|месячн|недельн|дневн|суточн|часов|минутн)[а-я]+", rest)
            if m:
                amount = Amount((str(value),), _adjective_unit(m.group(1)), spelled=True)
                return amount, en_unit_adjective(amount)
    return None


def _adjective_unit(stem: str) -> str:
    return {"летн": "year", "месячн": "month", "недельн": "week", "дневн": "day", "суточн": "day",
            "часов": "hour", "минутн": "minute"}[stem]


# -- reading ---------------------------------------------------------------------------------------

def _number_at(words: list[str], lemmas: list[str], i: int, lang: Lang) -> tuple[tuple[str, ...], bool, int] | None:
    """A number or a range at ``i``: (numbers, spelled, next index)."""
    if i >= len(words):
        return None
    w = words[i]
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?(?:/\d+)?)(?:[-–](\d+(?:[.,]\d+)?))?", w)
    if m:
        nums = (m.group(1),) if m.group(2) is None else (m.group(1), m.group(2))
        j = i + 1
        if len(nums) == 1 and j + 1 < len(words) and words[j] in ("±", "+/-") and re.fullmatch(r"\d+(?:[.,]\d+)?", words[j + 1]):
            # a mean and its deviation: "62.4 ± 8.1 years"
            return (f"{nums[0]} ± {words[j + 1]}",), False, j + 2
        joiners = ("to", "-", "–") if lang == "en" else ("-", "–")
        if len(nums) == 1 and j + 1 < len(words) and words[j] in joiners and re.fullmatch(r"\d+(?:[.,]\d+)?", words[j + 1]):
            return (nums[0], words[j + 1]), False, j + 2
        return nums, False, j
    if lang == "en" and w in EN_NUMBERS:
        return (w,), True, i + 1
    if lang == "ru" and lemmas[i] in RU_NUMBERS:
        return (lemmas[i],), True, i + 1
    return None


def _unit_at(words: list[str], lemmas: list[str], i: int, lang: Lang) -> tuple[str, bool, int] | None:
    """A unit at ``i``: (key, measure, next index). Units of measure may run over several
    tokens ("mg / kg", «мм рт. ст.»)."""
    if i >= len(words):
        return None
    # the longest run of tokens that spells a unit of measure
    for size in (8, 7, 6, 5, 4, 3, 2, 1):
        text = "".join(words[i:i + size]).replace(".", "") if lang == "ru" else "".join(words[i:i + size])
        if i + size > len(words):
            continue
        if lang == "en" and text in MEASURES:
            return text, True, i + size
        if lang == "ru" and text in _RU_MEASURES:
            return _RU_MEASURES[text], True, i + size
    w = words[i]
    if lang == "en":
        key = _EN_UNIT_WORDS.get(w)
        return (key, False, i + 1) if key else None
    key = _RU_UNIT_LEMMAS.get(lemmas[i]) or _RU_UNIT_LEMMAS.get(w.rstrip("."))
    return (key, False, i + 1) if key else None


def read_amount(words: list[str], lemmas: list[str], i: int, lang: Lang,
                unit_needed: bool = True) -> tuple[Amount, int] | None:
    """A number (or a range) and its unit at ``i``."""
    glued = re.fullmatch(r"(\d+(?:[.,]\d+)?)([×x]10\S+)", words[i]) if i < len(words) else None
    if glued:
        # «15×10⁹/л» written as one word: the number and its unit of measure
        unit = _unit_at([glued.group(2)], [glued.group(2)], 0, lang)
        if unit is not None and unit[1]:
            return Amount((glued.group(1),), unit[0], True, False), i + 1
    got = _number_at(words, lemmas, i, lang)
    if got is None:
        return None
    numbers, spelled, j = got
    unit = _unit_at(words, lemmas, j, lang)
    if unit is None:
        if unit_needed:
            return None
        return Amount(numbers, "", False, spelled), j
    key, measure, k = unit
    return Amount(numbers, key, measure, spelled), k


def _time(words: list[str], lemmas: list[str], i: int, lang: Lang) -> tuple[Amount, int] | None:
    got = read_amount(words, lemmas, i, lang)
    if got and not got[0].measure and UNITS[got[0].unit].time and got[0].unit != "time":
        return got
    return None


# English prepositions of a span («в течение») and of a point after a span («через»).
_EN_AT_UNIT = {"week": "й неделе", "month": "м месяце", "day": "й день", "year": "м году", "cycle": "м цикле",
               "visit": "м визите"}
_EN_SPAN_PREPS = frozenset({"within", "for", "during", "over"})
_EN_POINT_PREPS = frozenset({"after", "in", "at"})
_EN_EVENT_PREPS = {"after": ("после", "gent"), "following": ("после", "gent"), "post": ("после", "gent"),
                   "of": ("после", "gent"), "from": ("от", "gent"), "before": ("до", "gent"),
                   "prior": ("до", "gent")}
_EN_PER = {"day": "в сутки", "daily": "в сутки", "week": "в неделю", "weekly": "в неделю", "month": "в месяц",
           "monthly": "в месяц", "year": "в год", "yearly": "в год", "hour": "в час", "night": "за ночь",
           "nightly": "за ночь"}
_EN_ONCE = {"once": 1, "twice": 2, "thrice": 3}
_RU_PER = {"сутки": ("daily", "a day"), "день": ("daily", "a day"), "неделя": ("weekly", "a week"),
           "месяц": ("monthly", "a month"), "год": ("a year", "yearly"), "час": ("an hour", "hourly"),
           "ночь": ("per night", "a night")}
_EN_TIMES = {1: "once", 2: "twice"}


def _ru_per_at(w: list[str], lem: list[str], k: int) -> bool:
    """Whether «в сутки», «в неделю» … or «за ночь» stands at ``k``."""
    return k + 1 < len(w) and lem[k + 1] in _RU_PER and (w[k] == "в" or w[k] == "за" and lem[k + 1] == "ночь")
_GESTATION_EN = frozenset({"gestation", "pregnancy"})
# Words that introduce a size, a weight or a volume.
_EN_SIZE_WORDS = {"measuring": ("размером ", ""), "weighing": ("массой ", ""), "sized": ("размером ", "")}
_RU_SIZE_WORDS = {"размером": ("measuring ", ""), "размерами": ("measuring ", ""), "диаметром": ("", " in diameter"),
                  "массой": ("weighing ", ""), "объёмом": ("of ", ""), "объемом": ("of ", ""),
                  "протяжённостью": ("", " long"), "протяженностью": ("", " long")}


def read(words: list[str], lemmas: list[str], i: int, lang: Lang) -> Expression | None:
    """The expression at ``i`` in a phrase (``words`` lower-cased as written, ``lemmas`` for
    Russian), or None."""
    return _read_en(words, i) if lang == "en" else _read_ru(words, lemmas, i)


_EN_BOUNDS = {"below": "ниже", "above": "выше", "over": "более", "under": "менее", "more than": "более",
              "less than": "менее", "greater than": "более", "fewer than": "менее", "at least": "не менее",
              "up to": "до", "no more than": "не более", "not more than": "не более", "no less than": "не менее",
              "exceeding": "более", "older than": "старше", "younger than": "младше", "before": "до",
              "between": "от", ">": ">", "<": "<", "≥": "≥", "≤": "≤", ">=": "≥", "<=": "≤"}
_RU_BOUNDS = {"старше": "older than", "младше": "younger than", "моложе": "younger than", "ниже": "below",
              "выше": "above", "более": "more than", "менее": "less than", "больше": "more than",
              "меньше": "less than", "свыше": "over", "до": "up to", "не более": "no more than",
              "не менее": "at least", "не выше": "not above", "не ниже": "not below", "от": "from",
              ">": ">", "<": "<", "≥": "≥", "≤": "≤"}


def _bound_at(w: list[str], i: int, table: dict[str, str]) -> tuple[str, int] | None:
    for size in (3, 2, 1):
        key = " ".join(w[i:i + size])
        if i + size <= len(w) and key in table:
            return key, i + size
    return None


def _read_bound(w: list[str], lem: list[str], i: int, lang: Lang) -> Expression | None:
    """A bound and an amount: "below 40%" → «ниже 40%», «старше 65 лет» → "older than 65 years",
    "less than 50 copies/mL" → «менее 50 копий/мл», "between 2 and 3" → «от 2 до 3». An amount of
    something no unit table knows leaves its noun to the translator (``EVENT``, counted)."""
    got = _bound_at(w, i, _EN_BOUNDS if lang == "en" else _RU_BOUNDS)
    if got is None:
        return None
    bound, j = got
    centile = _centile_at(w, lem, j, lang)
    if centile is not None:
        # "above the 95th percentile" ↔ «выше 95-го перцентиля»
        number, end = centile
        if lang == "en":
            return Expression(i, end, [f"{_EN_BOUNDS[bound]} {number}-го перцентиля"], kind="bound")
        return Expression(i, end, [f"{_RU_BOUNDS[bound]} the {en_ordinal(int(number))} percentile"], kind="bound")
    amount = read_amount(w, lem, j, lang, unit_needed=False)
    if amount is None:
        return None
    amount, k = amount
    n = len(w)
    if bound in ("between", "от"):
        joiner = "and" if lang == "en" else "до"
        upper = read_amount(w, lem, k + 1, lang, unit_needed=False) if k < n and w[k] == joiner else None
        if upper is None:
            return None
        hi, k = upper
        amount = Amount((amount.numbers[0], hi.numbers[-1]), hi.unit, hi.measure, False)
        if lang == "en":
            lo_hi = f"{_digits(amount.numbers[0], 'ru')} до {say_ru(Amount((hi.numbers[-1],), hi.unit, hi.measure), 'gent')}"
            return _bound_rest(Expression(i, k, [f"от {lo_hi}"], kind="bound", amount=amount), w, k, lang)
        texts = [f"{say_en(Amount((amount.numbers[0],), '', False))} to {say_en(Amount((hi.numbers[-1],), hi.unit, hi.measure))}"]
        texts.append(f"between {say_en(Amount((amount.numbers[0],), '', False))} and {say_en(Amount((hi.numbers[-1],), hi.unit, hi.measure))}")
        return _bound_rest(Expression(i, k, texts, kind="bound", amount=amount), w, k, lang)
    if lang == "en":
        age = False
        if k + 1 < n and w[k] == "of" and w[k + 1] == "age":
            age, k = True, k + 2
        elif k < n and w[k] == "old":
            age, k = True, k + 1
        if not amount.unit and age:
            amount = _as_years(amount)
        word = _EN_BOUNDS[bound]
        if bound == "over" and amount.unit in ("minute", "hour", "day", "week", "month") and not age:
            # "infusion over 30 minutes" → «в течение 30 минут»
            return Expression(i, k, [f"в течение {say_ru(amount, 'gent')}"], kind="span", amount=amount)
        if amount.unit == "time":
            # "up to 3 times daily" → «до 3 раз в сутки»
            freq = _frequency(i, k, int(amount.value() or 0), w, numbers=amount.numbers)
            if freq is None:
                return None
            freq.texts = [f"{word} {say_ru(amount, 'gent')} {t.split(' ', 2)[-1]}" for t in freq.texts
                          if t.split(" ", 1)[0] not in ("один", "два", "три")]  # (not the spelled «три раза»)
            return freq
        if age or amount.unit == "year" and bound in ("under", "over"):
            word = {"under": "младше", "over": "старше", "below": "младше", "above": "старше"}.get(bound, word)
        if amount.unit == "week" and k < n and (w[k] in _GESTATION_EN or w[k] in ("of", "'", "’")
                                                and k + 1 < n and w[k + 1] in _GESTATION_EN):
            k = k + 1 if w[k] in _GESTATION_EN else k + 2
            return Expression(i, k, [f"{word} {say_ru(amount, 'gent')} беременности"], kind="bound", amount=amount)
        if bound == "before" and not (amount.unit and UNITS.get(amount.unit, Unit(("", ""), ("", "", "", ""))).time):
            return None
        return _bound_rest(Expression(i, k, [f"{word} {say_ru(amount, 'gent')}"], kind="bound", amount=amount), w, k, lang)
    english = _RU_BOUNDS[bound]
    if amount.unit == "time" and _ru_per_at(w, lem, k):
        # «до 5 раз в сутки» → "up to 5 times a day"
        per = _RU_PER[lem[k + 1]]
        count = f"{say_en(Amount(amount.numbers, '', spelled=amount.spelled))} times"
        return Expression(i, k + 2, [f"{english} {count} {per[1]}", f"{english} {count} {per[0]}"],
                          kind="frequency", amount=amount)
    if bound == "до" and amount.unit in ("week", "day") and k < n and lem[k] in ("беременность", "гестация"):
        return Expression(i, k + 1, [f"before {say_en(amount)} of gestation"], kind="bound", amount=amount)
    return _bound_rest(Expression(i, k, [f"{english} {say_en(amount)}"], kind="bound", amount=amount), w, k, lang)


def _centile_at(w: list[str], lem: list[str], j: int, lang: Lang) -> tuple[str, int] | None:
    """An ordinal percentile at ``j``: (its number, the index after it)."""
    if lang == "en":
        if j < len(w) and w[j] == "the":
            j += 1
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", w[j]) if j < len(w) else None
        if m and j + 1 < len(w) and w[j + 1] in ("percentile", "centile"):
            return m.group(1), j + 2
        return None
    m = re.fullmatch(r"(\d{1,2})-?(?:го|й|ого|ий)?", w[j]) if j < len(w) else None
    if m and j + 1 < len(w) and lem[j + 1] in ("перцентиль", "центиль", "процентиль"):
        return m.group(1), j + 2
    return None


def en_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _bound_rest(expr: Expression, w: list[str], k: int, lang: Lang) -> Expression:
    """After a bare number, the noun counted is the translator's: «более 50 {копий}»."""
    amount = expr.amount
    if amount is None or amount.unit or k >= len(w) or w[k] in ("and", "or", "и", "или", ",", "in", "в", "at", "при"):
        return expr
    return Expression(expr.start, k, [f"{t} {EVENT}" for t in expr.texts], "gent", expr.kind, amount,
                      event_plural=(amount.value() or 0) != 1)


def _read_size(w: list[str], lem: list[str], i: int, lang: Lang) -> Expression | None:
    """A size, weight or volume: "nodule measuring 6 mm" → «узел размером 6 мм», "weighing less
    than 40 kg" → «массой менее 40 кг», «киста диаметром 5 мм» → "cyst 5 mm in diameter"."""
    words = _EN_SIZE_WORDS if lang == "en" else _RU_SIZE_WORDS
    if i + 1 >= len(w) or w[i] not in words:
        return None
    inner = _read_bound(w, lem, i + 1, lang)
    if inner is None:
        got = read_amount(w, lem, i + 1, lang)
        if got is None or not got[0].measure:
            return None
        inner = Expression(i + 1, got[1], [say_ru(got[0]) if lang == "en" else say_en(got[0])], kind="amount",
                           amount=got[0])
    if EVENT in inner.texts[0]:
        return None
    before, after = words[w[i]]
    return Expression(i, inner.end, [f"{before}{t}{after}" for t in inner.texts], kind="amount", amount=inner.amount)


def _read_en(w: list[str], i: int) -> Expression | None:
    n = len(w)
    lem = w
    first = w[i] if i < n else ""
    if first == "lasting" and i + 1 < n:
        # "morning stiffness lasting more than one hour" → «… продолжительностью более одного часа»
        inner = _read_bound(w, lem, i + 1, "en") or _read_en(w, i + 1)
        if inner is not None and inner.amount is not None and inner.amount.unit in UNITS and UNITS[inner.amount.unit].time \
                and EVENT not in inner.texts[0] and inner.kind in ("amount", "bound"):
            return Expression(i, inner.end, [f"продолжительностью {t}" for t in inner.texts], kind="span",
                              amount=inner.amount)
        return None
    bounded = _read_bound(w, lem, i, "en")
    if bounded is not None:
        return bounded
    sized = _read_size(w, lem, i, "en")
    if sized is not None:
        return sized
    # aged N (to M) years (and older)
    if first == "aged":
        got = read_amount(w, lem, i + 1, "en", unit_needed=False)
        if got is None:
            if i + 2 < n and w[i + 1] in ("under", "over") and (g := read_amount(w, lem, i + 2, "en", False)):
                amount, j = _as_years(g[0]), g[1]
                word = "до" if w[i + 1] == "under" else "старше"
                return Expression(i, j, [f"в возрасте {word} {say_ru(amount, 'gent')}"], kind="age", amount=amount)
            return None
        amount, j = _as_years(got[0]), got[1]
        upper = read_amount(w, lem, j + 1, "en") if j + 1 < n and w[j] == "to" and got[0].unit else None
        if upper is not None and upper[0].unit in ("year", "month", "week", "day"):
            # "aged 6 months to 5 years" → «в возрасте от 6 месяцев до 5 лет»: each end its own unit
            return Expression(i, upper[1], [f"в возрасте от {say_ru(got[0], 'gent')} до {say_ru(upper[0], 'gent')}"],
                              kind="age", amount=upper[0])
        tail = ""
        if j + 1 < n and w[j] in ("and", "or") and w[j + 1] in ("older", "over", "above"):
            tail, j = " и старше", j + 2
        return Expression(i, j, [_ru_age(amount) + tail], kind="age", amount=amount)
    # at week N, at month N: "remission at week 52" → «ремиссия на 52-й неделе»
    if first == "at" and i + 2 < n and w[i + 1] in _EN_AT_UNIT and re.fullmatch(r"\d+", w[i + 2]):
        return Expression(i, i + 3, [f"на {w[i + 2]}-{_EN_AT_UNIT[w[i + 1]]}"], kind="point")
    # within / for / during N units (of | after | before …)
    if first in _EN_SPAN_PREPS or first in _EN_POINT_PREPS:
        k = i + 1
        the_first = False
        if k < n and w[k] == "the":
            k += 1
        if k < n and w[k] in ("first", "next", "past", "last", "previous", "preceding"):
            the_first, which, k = True, w[k], k + 1
        got = _time(w, lem, k, "en")
        if got is None:
            return None
        amount, j = got
        if the_first:
            if which in ("first", "next") and first in ("within", "in", "during", "for"):
                ru = [f"в первые {_ru_plural_acc(amount)}", f"в течение первых {say_ru(amount, 'gent')}"]
                if which == "next":
                    ru = [f"в ближайшие {_ru_plural_acc(amount)}", f"в течение ближайших {say_ru(amount, 'gent')}"]
            elif which in ("past", "last", "previous", "preceding"):
                ru = [f"за последние {_ru_plural_acc(amount)}", f"в течение последних {say_ru(amount, 'gent')}"]
            else:
                return None
            return _with_event(Expression(i, j, ru, kind="span", amount=amount), w, j, "span")
        if first in _EN_SPAN_PREPS:
            if first == "over" and j < n:
                return None  # "over 65 years of age" is a bound
            ru = [f"в течение {say_ru(amount, 'gent')}"]
            return _with_event(Expression(i, j, ru, kind="span", amount=amount), w, j, "span")
        ru = [f"через {say_ru(amount, 'accs')}"]
        if first == "at" and amount.unit in ("week",) and j < n and w[j] in ("of", "'") or (
                first == "at" and j < n and w[j] in _GESTATION_EN):
            return _gestation(i, amount, w, j)
        return _with_event(Expression(i, j, ru, kind="point", amount=amount), w, j, "point")
    # on day N (of E)
    if first == "on" and i + 2 < n and w[i + 1] == "day" and re.fullmatch(r"\d+", w[i + 2]):
        texts = [f"на {w[i + 2]}-й день", f"на {w[i + 2]}-е сутки"]
        if i + 4 < n and w[i + 3] == "of":
            # "on day 3 of hospitalization" → «на 3-и сутки госпитализации» (третьи, but вторые, пятые)
            sutki = f"на {w[i + 2]}-{'и' if w[i + 2].endswith('3') and not w[i + 2].endswith('13') else 'е'} сутки"
            return Expression(i, i + 4, [f"{sutki} {EVENT}", f"на {w[i + 2]}-й день {EVENT}"], kind="point")
        return Expression(i, i + 3, texts, kind="point")
    # (a value) of N units at the end: "ESR of 45 mm/h" → «СОЭ 45 мм/ч»
    if first == "of" and i > 0:
        inner = _read_en(w, i + 1)
        if (inner is not None and inner.end == n and inner.kind == "amount" and inner.amount is not None
                and (inner.amount.measure or not inner.amount.unit)):
            return Expression(i, n, inner.texts[:1], kind="amount", amount=inner.amount)
    # every N units
    if first == "every":
        got = _time(w, lem, i + 1, "en")
        if got:
            amount, j = got
            return Expression(i, j, [f"каждые {say_ru(amount, 'nomn')}"], kind="every", amount=amount)
        return None
    # once / twice daily, N times a day, N times per week
    if first in _EN_ONCE or first == "three" and i + 1 < n and w[i + 1] == "times":
        times = _EN_ONCE.get(first) or 3
        j = i + 1 if first in _EN_ONCE else i + 2
        return _frequency(i, j, times, w, spelled=True)
    got = read_amount(w, lem, i, "en") or _bare_number_at_end(w, lem, i, "en")
    if got is None:
        return None
    amount, j = got
    if not amount.unit and not amount.measure:
        return Expression(i, j, [say_ru(amount)], kind="amount", amount=amount)
    if amount.unit == "time":
        if j == n:
            return Expression(i, j, [say_ru(amount)], kind="amount", amount=amount)  # "3 times" → «3 раза»
        return _frequency(i, j, int(amount.value() or 0), w, numbers=amount.numbers)
    if amount.measure:
        if j + 2 == n and w[j] in ("per", "a") and w[j + 1] in _EN_PER:
            # "1500 mL per day" → «1500 мл в сутки»
            return Expression(i, n, [f"{say_ru(amount)} {_EN_PER[w[j + 1]]}"], kind="amount", amount=amount)
        return Expression(i, j, [say_ru(amount)], kind="amount", amount=amount)
    # N weeks of gestation, N weeks' gestation
    if amount.unit == "week" and j < n and (w[j] in _GESTATION_EN or w[j] in ("of", "'", "’") and j + 1 < n and
                                            w[j + 1] in _GESTATION_EN):
        return _gestation(None, amount, w, j, start=i)
    # N years of age, N years old
    if amount.unit in ("year", "month", "week", "day") and j < n:
        if w[j] == "old":
            return Expression(i, j + 1, [_ru_age(amount)], kind="age", amount=amount)
        if j + 1 < n and w[j] == "of" and w[j + 1] == "age":
            return Expression(i, j + 2, [_ru_age(amount)], kind="age", amount=amount)
    # N units after / before / of E
    if j < n and UNITS[amount.unit].time:
        if w[j] in ("after", "following", "post"):
            return Expression(i, j + 1, [f"через {say_ru(amount, 'accs')} после {EVENT}"], kind="point", amount=amount)
        if w[j] in ("before", "prior"):
            k = j + 2 if w[j] == "prior" and j + 1 < n and w[j + 1] == "to" else j + 1
            return Expression(i, k, [f"за {say_ru(amount, 'accs')} до {EVENT}"], kind="point", amount=amount)
        if w[j] == "of":
            return Expression(i, j + 1, [f"{say_ru(amount, 'nomn')} {EVENT}"], kind="amount", amount=amount)
    texts = [say_ru(amount, "nomn")]
    if amount.unit == "day":
        texts.append(say_ru(amount, "nomn", sutki=True))
    return Expression(i, j, texts, kind="amount", amount=amount)


def _bare_number_at_end(w: list[str], lem: list[str], i: int, lang: Lang) -> tuple[Amount, int] | None:
    """A number with no unit that ends a phrase and is written in digits: «сатурация 88»."""
    got = read_amount(w, lem, i, lang, unit_needed=False)
    if got is None or got[1] != len(w) or got[0].spelled or i == 0:
        return None
    return got


def _as_years(amount: Amount) -> Amount:
    return amount if amount.unit else Amount(amount.numbers, "year", False, amount.spelled)


def _ru_age(amount: Amount) -> str:
    if len(amount.numbers) > 1:
        lo, hi = (_digits(x, "ru") for x in amount.numbers)
        upper = Amount((amount.numbers[1],), amount.unit)
        return f"в возрасте от {lo} до {say_ru(upper, 'gent')}"
    return f"в возрасте {say_ru(amount, 'gent')}"


def _ru_plural_acc(amount: Amount) -> str:
    """«в первые 24 часа», «за последние 5 лет»: after a plural adjective the noun counts as usual,
    one alone stands in the plural («в первые сутки», «за последний год» aside)."""
    if amount.value() == 1 and len(amount.numbers) == 1:
        return {"day": "сутки", "year": "год", "hour": "час", "month": "месяц", "week": "неделю"}.get(amount.unit, say_ru(amount, "accs"))
    return say_ru(amount, "accs")


def _with_event(expr: Expression, w: list[str], j: int, kind: str) -> Expression:
    """An event phrase after a span or a point: "within 24 hours of admission" → «в течение
    24 часов после поступления»."""
    if j >= len(w):
        return expr
    word = w[j]
    if word == "prior" and j + 1 < len(w) and w[j + 1] == "to":
        word, j = "before", j + 1
    if word not in _EN_EVENT_PREPS or j + 1 >= len(w):
        return expr
    prep, case = _EN_EVENT_PREPS[word]
    texts = [f"{t} {prep} {EVENT}" for t in expr.texts]
    if word == "of":
        texts += [f"{t} с момента {EVENT}" for t in expr.texts]
    if kind == "point" and word in ("after", "following", "post", "of") and expr.amount is not None:
        texts = [f"через {say_ru(expr.amount, 'accs')} после {EVENT}"] + [t for t in texts if not t.startswith("через")]
    return Expression(expr.start, j + 1, texts, case, expr.kind, expr.amount)


def _frequency(i: int, j: int, times: int, w: list[str], spelled: bool = False,
               numbers: tuple[str, ...] | None = None) -> Expression | None:
    n = len(w)
    k = j
    if k < n and w[k] in ("a", "an", "per", "each", "every"):
        k += 1
    if k >= n or w[k] not in _EN_PER:
        return None
    per = _EN_PER[w[k]]
    amount = Amount(numbers or (str(times),), "time")
    count = say_ru(amount, "nomn")
    texts = [f"{count} {per}"]
    if times in (1, 2, 3) and spelled:
        word = {1: "один раз", 2: "два раза", 3: "три раза"}[times]
        texts = [f"{count} {per}", f"{word} {per}"]
    if per == "в сутки":
        texts.append(f"{count} в день")
    return Expression(i, k + 1, texts, kind="frequency", amount=amount)


def _gestation(i: int | None, amount: Amount, w: list[str], j: int, start: int | None = None) -> Expression:
    """"at 32 weeks of gestation" → «на сроке 32 недели беременности»."""
    n = len(w)
    k = j
    if k < n and w[k] in ("of", "'", "’"):
        k += 1
    if k < n and w[k] in _GESTATION_EN:
        k += 1
    weeks = say_ru(amount, "nomn")
    if i is not None:
        return Expression(i, k, [f"на сроке {weeks} беременности", f"на {weeks} беременности"],
                          kind="gestation", amount=amount)
    return Expression(start if start is not None else 0, k, [f"{weeks} беременности"], kind="gestation", amount=amount)


# -- Russian → English -----------------------------------------------------------------------------

_RU_FOR_HEADS = frozenset({"лечение", "терапия", "приём", "прием", "применение", "курс", "наблюдение",
                           "госпитализация", "введение", "монотерапия", "профилактика", "инфузия"})


def _read_ru(w: list[str], lem: list[str], i: int) -> Expression | None:
    n = len(w)
    first = w[i] if i < n else ""
    bounded = _read_bound(w, lem, i, "ru")
    if bounded is not None:
        return bounded
    sized = _read_size(w, lem, i, "ru")
    if sized is not None:
        return sized
    nxt = w[i + 1] if i + 1 < n else ""
    # в течение N units (после / с момента E)
    if first == "в" and nxt == "течение":
        k = i + 2
        which = None
        if k < n and lem[k] in _RU_ORDER:
            which, k = _RU_ORDER[lem[k]], k + 1
        got = _time(w, lem, k, "ru")
        if got is None:
            return None
        amount, j = got
        if which:
            en = {"первый": "the first", "последний": "the past", "ближайший": "the next"}[which]
            texts = [f"within {en} {say_en(amount)}", f"during {en} {say_en(amount)}"]
        else:
            texts = [f"within {say_en(amount)}", f"for {say_en(amount)}"]
        return _ru_event(Expression(i, j, texts, kind="span", amount=amount), w, lem, j)
    # в первые / за последние N units
    if first in ("в", "за") and i + 1 < n and lem[i + 1] in _RU_ORDER:
        got = _time(w, lem, i + 2, "ru")
        if got is None:
            return None
        amount, j = got
        which = _RU_ORDER[lem[i + 1]]
        if which == "первый":
            texts = [f"in the first {say_en(amount)}", f"within the first {say_en(amount)}"]
        elif which == "ближайший":
            texts = [f"in the next {say_en(amount)}", f"within the next {say_en(amount)}"]
        else:
            texts = [f"over the past {say_en(amount)}", f"in the last {say_en(amount)}"]
        return _ru_event(Expression(i, j, texts, kind="span", amount=amount), w, lem, j)
    # через N units (после E)
    if first == "через":
        got = _time(w, lem, i + 1, "ru")
        if got is None:
            return None
        amount, j = got
        if j + 1 < n and w[j] == "после":
            return Expression(i, j + 1, [f"{say_en(amount)} after {EVENT}"], kind="point", amount=amount)
        return Expression(i, j, [f"after {say_en(amount)}", f"at {say_en(amount)}", f"in {say_en(amount)}"],
                          kind="point", amount=amount)
    # за N units до E
    if first == "за":
        got = _time(w, lem, i + 1, "ru")
        if got is None:
            return None
        amount, j = got
        if j + 1 < n and w[j] == "до":
            return Expression(i, j + 1, [f"{say_en(amount)} before {EVENT}"], kind="point", amount=amount)
        return Expression(i, j, [f"in {say_en(amount)}", f"over {say_en(amount)}"], kind="span", amount=amount)
    # на N-й день, на N-е сутки
    if first == "на" and i + 2 < n:
        m = re.fullmatch(r"(\d+)-?(?:й|е|и|ый|ой|ые|ие|ий|го|ые)?", w[i + 1])
        if m and lem[i + 2] in ("день", "сутки"):
            return Expression(i, i + 3, [f"on day {m.group(1)}"], kind="point")
    # на сроке N недель (беременности)
    if first in ("на", "в") and nxt == "сроке":
        k = i + 3 if i + 2 < n and lem[i + 2] in ("беременность", "гестация") else i + 2
        got = _time(w, lem, k, "ru")
        if got and got[0].unit == "week":
            amount, j = got
            if j < n and lem[j] in ("беременность", "гестация"):
                j += 1
            return Expression(i, j, [f"at {say_en(amount)} of gestation", f"at {say_en(amount)}' gestation"],
                              kind="gestation", amount=amount)
        return None
    # в возрасте (от) N (до M) лет (и старше)
    if first == "в" and nxt == "возрасте":
        k = i + 2
        bound = None
        if k < n and w[k] in ("до", "старше", "младше", "моложе", "от", "свыше", "после"):
            bound, k = w[k], k + 1
        got = read_amount(w, lem, k, "ru", unit_needed=False)
        if got is None:
            return None
        amount, j = got
        if bound == "от" and j + 1 < n and w[j] == "до" and (upper := read_amount(w, lem, j + 1, "ru", False)):
            amount = Amount((amount.numbers[0], upper[0].numbers[-1]), upper[0].unit or "year", False, False)
            j = upper[1]
            bound = None
        amount = _as_years(amount)
        tail = ""
        if j + 1 < n and w[j] == "и" and w[j + 1] in ("старше", "более"):
            tail, j = " and older", j + 2
        years = say_en(amount)
        if bound in ("до", "младше", "моложе"):
            texts = [f"aged under {years}", f"younger than {years}"]
        elif bound in ("старше", "свыше", "после"):
            texts = [f"aged over {years}", f"older than {years}"]
        elif bound == "от":
            texts = [f"aged {years} and older", f"aged {years} or older"]
        else:
            texts = [f"aged {years}{tail}", f"{years} of age{tail}"]
        return Expression(i, j, texts, kind="age", amount=amount)
    # каждые N units
    if i < n and lem[i] == "каждый":
        got = _time(w, lem, i + 1, "ru")
        if got:
            amount, j = got
            return Expression(i, j, [f"every {say_en(amount)}"], kind="every", amount=amount)
        return None
    # длительностью / продолжительностью N units
    if first in ("длительностью", "продолжительностью"):
        inner = _read_bound(w, lem, i + 1, "ru")
        if inner is not None and inner.amount is not None and inner.amount.unit in UNITS and UNITS[inner.amount.unit].time:
            return Expression(i, inner.end, [f"lasting {t}" for t in inner.texts], kind="span", amount=inner.amount)
        got = _time(w, lem, i + 1, "ru")
        if got:
            amount, j = got
            return Expression(i, j, [f"lasting {say_en(amount)}", f"of {say_en(amount)}"], kind="span", amount=amount)
        return None
    got = read_amount(w, lem, i, "ru") or _bare_number_at_end(w, lem, i, "ru")
    if got is None:
        return None
    amount, j = got
    if not amount.unit and not amount.measure:
        return Expression(i, j, [say_en(amount)], kind="amount", amount=amount)
    if amount.unit == "time":
        # N раз(а) в сутки / в день / в неделю
        if _ru_per_at(w, lem, j):
            per = _RU_PER[lem[j + 1]]
            times = int(amount.value() or 0)
            count = _EN_TIMES.get(times) if len(amount.numbers) == 1 else None
            count = count or f"{say_en(Amount(amount.numbers, '', spelled=amount.spelled))} times"
            texts = [f"{count} {per[0]}", f"{count} {per[1]}"]
            return Expression(i, j + 2, texts, kind="frequency", amount=amount)
        if j == n:
            return Expression(i, j, [f"{say_en(Amount(amount.numbers, '', spelled=amount.spelled))} times"],
                              kind="amount", amount=amount)  # «2 раза» → "2 times"
        return None
    if amount.measure:
        return Expression(i, j, [say_en(amount)], kind="amount", amount=amount)
    if amount.unit == "week" and j < n and lem[j] in ("беременность", "гестация"):
        return Expression(i, j + 1, [f"{say_en(amount)} of gestation", f"{say_en(amount)}' gestation"],
                          kind="gestation", amount=amount)
    if UNITS[amount.unit].time and j < n:
        if w[j] == "после":
            return Expression(i, j + 1, [f"{say_en(amount)} after {EVENT}"], kind="point", amount=amount)
        if w[j] == "до":
            return Expression(i, j + 1, [f"{say_en(amount)} before {EVENT}"], kind="point", amount=amount)
    if UNITS[amount.unit].time and j < n and not _RU_BOUNDARY.match(w[j]):
        # «6 месяцев лечения» → "6 months of treatment"
        return Expression(i, j, [f"{say_en(amount)} of {EVENT}"], kind="amount", amount=amount)
    return Expression(i, j, [say_en(amount)], kind="amount", amount=amount)


_RU_BOUNDARY = re.compile(r"^(?:и|или|в|на|с|со|по|при|от|до|после|через|для|у|без|,)$")


def _ru_event(expr: Expression, w: list[str], lem: list[str], j: int) -> Expression:
    if j + 1 >= len(w):
        return expr
    if w[j] == "после":
        texts = [f"{t} of {EVENT}" for t in expr.texts[:1]]
        texts += [f"{t} after {EVENT}" for t in expr.texts]
        return Expression(expr.start, j + 1, texts, expr.event_case, expr.kind, expr.amount)
    if w[j] == "с" and j + 2 < len(w) and w[j + 1] == "момента":
        texts = [f"{t} of {EVENT}" for t in expr.texts[:1]] + [f"{t} from {EVENT}" for t in expr.texts]
        return Expression(expr.start, j + 2, texts, expr.event_case, expr.kind, expr.amount)
    if w[j] == "от":
        texts = [f"{t} of {EVENT}" for t in expr.texts[:1]] + [f"{t} from {EVENT}" for t in expr.texts]
        return Expression(expr.start, j + 1, texts, expr.event_case, expr.kind, expr.amount)
    return expr


def for_first(head_lemma: str) -> bool:
    """«лечение в течение 6 месяцев» → "treatment for 6 months": a treatment lasts for a span; an
    event happens within one."""
    return head_lemma.replace("ё", "е") in _RU_FOR_HEADS
