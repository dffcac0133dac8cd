"""Pure text normalisation shared by reading, matching and storage.

Two levels:
- ``clean_text`` repairs a document's text (Unicode form, invisible characters, odd spaces); the
  result is what offsets point into and what users see.
- ``fold`` and ``match_key`` make matching keys: case-, ё/е-, hyphen-, dash- and
  spelling-insensitive. Keys are never shown to users.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM,
# bidirectional marks and embeddings.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    None,
)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000"), " ")
_SPACES.update(_INVISIBLE)
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH_TO_HYPHEN = dict.fromkeys(map(ord, DASHES), "-")
_QUOTES = {ord("\u2019"): "'", ord("\u2018"): "'", ord("\u02bc"): "'", ord("`"): "'"}


def clean_text(text: str) -> str:
    """Return ``text`` in NFC with invisible characters removed and odd spaces made plain.

    Line ends become ``\\n``. The result is the document text that offsets refer to.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return text.translate(_SPACES)


def fold(text: str) -> str:
    """Case-, ё/е-, dash- and spacing-insensitive form of ``text`` for matching.

    Hyphens and dashes become spaces, so "Willis-Ekbom", "Willis – Ekbom" and "Willis Ekbom"
    fold alike. Combining marks (stress accents) are dropped.
    """
    text = unicodedata.normalize("NFKD", text.translate(_INVISIBLE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or ch == "\u0306")
    text = unicodedata.normalize("NFC", text).casefold()
    text = text.replace("ё", "е").translate(_DASH_TO_HYPHEN).translate(_QUOTES)
    text = re.sub(r"(?<=\w)'s\b", "", text)  # possessive: Parkinson's → parkinson
    text = re.sub(r"[-/_.,;:()\[\]{}«»\"'!?*+]+", " ", text)
    return " ".join(text.split())


# British → American spellings of medical words, applied to folded English words for keys only.
_EN_SPELLING = [
    # ae inside a word: anaemia, paediatric, caesarean, haematology, caecum, gynaecology, faeces,
    # praevia, melaena; not ae + r (aerobic, anaerobic, aerosol) or l (Israel), nor a Latin
    # plural or genitive ending in -ae (vertebrae, placentae)
    (re.compile(r"(?<=\w)ae(?=[bcdfghjkmnpqstvwxyz])"), "e"),
    (re.compile(r"^ae(?=tiol)"), "e"),  # aetiology
    (re.compile(r"(?<=\w)oe(?=a$|al$|ic)"), "e"),  # diarrhoea, dyspnoea, apnoeic
    (re.compile(r"(?<=c)oel"), "el"),  # coeliac, coelom
    # oesophagus, oestrogen, oedema, also after a combining form ("gastro-oesophageal" joined is
    # "gastrooesophageal"), but not the American "gastroesophageal", "angioedema"
    (re.compile(r"(?:^|(?<=o))oe(?=sophag|strog|strad|strio|stru|dip)"), "e"),
    (re.compile(r"(?:^|(?<=o)|(?<=[bcdfghjklmnpqrstvwxz]))oe(?=dem)"), "e"),  # oedema, lymphoedema, myxoedema
    (re.compile(r"homoeo"), "homeo"),  # homoeopathy, homoeostasis
    (re.compile(r"(?<=f)oe(?=t)"), "e"),  # foetus
    (re.compile(r"(?<=\w)rhoe"), "rhe"),  # amenorrhoea, rhinorrhoea
    (re.compile(r"(?<=\w{2})our(?=s?$|al$|ally$|able$|ed$|ing$|less$|ful$|ite$|ites$|ist$|ists$)"), "or"),  # tumour, behavioural, favourable
    (re.compile(r"sulph"), "sulf"),
    (re.compile(r"leuc(?=o|a|ae|e)"), "leuk"),  # leucocyte, leucopenia, leucaemia
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),  # randomised
    (re.compile(r"(?<=\w{3})ys(e|ed|ing)$"), r"yz\1"),  # analyse, paralysed, haemolysing (not analyses)
    (re.compile(r"(?<=\w)([tb])re(s?)$"), r"\1er\2"),  # litre, centre, fibre, titre
    (re.compile(r"ogue$"), "og"),  # analogue
]
# Whole words spelt differently.
_EN_WORDS = {"ageing": "aging", "grey": "gray", "aluminium": "aluminum", "programme": "program",
             "programmes": "programs", "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "mould": "mold",
             "dyspnoea": "dyspnea", "plough": "plow", "sceptic": "skeptic", "tyre": "tire"}
# Combining forms written with or without a hyphen ("gastro-oesophageal", "gastroesophageal";
# "non-invasive", "noninvasive"): English keys join them to the next word.
_EN_JOINED_PREFIX = re.compile(
    r"\b(gastro|oesophago|esophago|cardio|broncho|neuro|psycho|immuno|hepato|nephro|entero|osteo|musculo|"
    r"thoraco|cerebro|cranio|maxillo|pharyngo|laryngo|tracheo|uro|angio|lympho|haemato|hemato|onco|"
    r"chemo|radio|electro|pseudo|non|pre|post|anti|intra|extra|inter|peri|sub|supra|hyper|hypo|poly|"
    r"multi|semi|micro|macro|endo|retro|trans)-(?=[a-z])", re.IGNORECASE)
_EN_SPELLING_EXCEPTIONS = frozenset(
    {"aerobic", "anaerobic", "aerosol", "poise", "raise", "praise", "noise", "wise", "rise",
     "arise", "arising", "exercise", "exercised", "exercises", "exercising", "advise", "advised",
     "revise", "revised", "supervise", "supervised", "surprise", "surprised", "promise", "premise",
     "compromise", "compromised", "concise", "precise", "excise", "excised", "incise", "incised",
     "franchise", "merchandise", "enterprise", "comprise", "comprised", "comprises", "expertise",
     "otherwise", "likewise", "clockwise", "devise", "televise", "disguise", "chemise",
     "demise", "despise", "guise", "treatise", "paradise", "timbre", "four", "hour", "our", "your", "pour",
     "flour", "sour", "tour", "contour", "detour", "amour", "dyspnoea", "ise"}
)


def en_spelling_key(word: str) -> str:
    """Folded English ``word`` with British spellings mapped to American (keys only)."""
    if word in _EN_WORDS:
        return _EN_WORDS[word]
    if word in _EN_SPELLING_EXCEPTIONS or not word.isascii():
        return word
    for pattern, repl in _EN_SPELLING:
        word = pattern.sub(repl, word)
    return word


def match_key(text: str, lang: str | None = None) -> str:
    """Fold ``text`` and, for English, unify British and American spellings."""
    if lang == "en" or (lang is None and fold(text).isascii()):
        folded = fold(_EN_JOINED_PREFIX.sub(r"\1", text))
        return " ".join(en_spelling_key(w) for w in folded.split())
    folded = fold(text)
    return folded


_CYR = re.compile(r"[А-Яа-яЁё]")
_LAT = re.compile(r"[A-Za-z]")


def script_counts(text: str) -> tuple[int, int]:
    """Number of Cyrillic and Latin letters in ``text``."""
    return len(_CYR.findall(text)), len(_LAT.findall(text))


def strip_soft(text: str) -> str:
    """Remove only invisible characters (used on user input before matching)."""
    return text.translate(_INVISIBLE)


def deletes(word: str) -> set[str]:
    """The word and every form of it with one letter deleted (for one-typo search)."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}
