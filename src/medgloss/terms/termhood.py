"""How much a candidate looks like a medical term.

Three signals, each in 0..1:
- medical: the lexicon knows the phrase or its head as medical, a word is built from Greek or
  Latin medical morphemes, or a word is rare in general language;
- specificity: how rare the words are in general language (wordfreq Zipf frequencies);
- unithood: the C-value of the phrase (frequency, length, and how often it stands on its own
  rather than inside a longer candidate).
"""

from __future__ import annotations

import math
from functools import lru_cache

from medgloss.align.lexicon import Lexicon
from medgloss.models import Lang
from medgloss.terms import lists

RARE_ZIPF = 3.5  # below this a word is rare in general language


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: Lang) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


def has_medical_morpheme(word: str, lang: Lang) -> bool:
    """A rare word built from a medical root, prefix or suffix ("akathisia", «магнитодиагностика»)."""
    if len(word) < 6 or zipf(word, lang) >= RARE_ZIPF:
        return False
    parts = lists.morphemes().get(lang, {})
    if any(word.endswith(s) for s in parts.get("suffix", ())):
        return True
    stem = word
    for prefix in parts.get("prefix", ()):
        if stem.startswith(prefix) and len(stem) - len(prefix) >= 4:
            stem = stem[len(prefix):]
            if any(word.endswith(s) for s in parts.get("suffix", ())) or len(stem) >= 5:
                return True
    return any(stem.startswith(r) for r in parts.get("root", ()))


def _general_word(word: str, lang: Lang) -> bool:
    if lang == "ru":
        from medgloss.nlp.russian import is_known

        return is_known(word)
    from medgloss.nlp.english import is_known as en_known

    return en_known(word)


def word_medical(word: str, lang: Lang, lex: Lexicon) -> float:
    if lex.is_medical(word, lang):
        return 1.0
    if lex.has(word, lang):
        return 0.0  # the lexicon knows it as a general word
    if has_medical_morpheme(word, lang):
        return 0.8
    z = zipf(word, lang)
    if word.isalpha() and len(word) >= 6 and z < 3.5 and not _general_word(word, lang):
        return 0.6  # not in the general dictionary: drug, protein and other domain names
    if word.isalpha() and len(word) >= 5 and z < 2.0:
        return 0.5  # rare, unknown to the lexicon: likely domain vocabulary
    return 0.0


def medical_score(key: str, lang: Lang, head_index: int, lex: Lexicon, abbreviation: bool,
                  defined: bool) -> float:
    """0..1: evidence that the phrase with lemma key ``key`` belongs to medicine."""
    words = key.split()
    if len(words) == 1 and key in lists.light_heads().get(lang, ()):
        return 0.0  # "patient", «исследование»: everyday words of medical writing, not terms
    if lex.is_medical(key, lang):
        return 1.0
    if abbreviation:
        return 0.8 if defined else 0.6
    if len(words) > 1 and lex.has(key, lang):
        return 0.3  # a general phrase the lexicon knows ("high level")
    head = words[head_index] if 0 <= head_index < len(words) else words[-1]
    if head in lists.light_heads().get(lang, ()):
        return 0.0
    head_score = word_medical(head, lang, lex)
    others = [word_medical(w, lang, lex) for i, w in enumerate(words) if i != head_index and w != "of"]
    best_other = max(others, default=0.0)
    if head_score >= 0.8:
        return max(0.8, min(1.0, head_score + 0.1 * best_other))
    return max(head_score, 0.65 * best_other + (0.15 if head_score > 0 else 0.0))


def specificity(key: str, lang: Lang) -> float:
    words = [w for w in key.split() if w.isalpha() and w != "of"]
    if not words:
        return 0.5
    return sum(max(0.0, min(1.0, (6.0 - zipf(w, lang)) / 5.0)) for w in words) / len(words)


def c_value(words: int, freq: int, nested_in: int, container_freq: int) -> float:
    """C-value (Frantzi et al.), with log2(n + 1) so that single words score too."""
    own = freq - (container_freq / nested_in if nested_in else 0.0)
    return math.log2(words + 1) * max(own, 0.0)


def combine(medical: float, spec: float, cval: float) -> float:
    unithood = 1.0 - math.exp(-cval / 2.0)
    return round(0.55 * medical + 0.2 * spec + 0.25 * unithood, 4)
