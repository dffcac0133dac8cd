"""spaCy tokenizers for both languages, built once and cached.

Only spaCy's rule-based tokenizers are used (``spacy.blank``); no trained pipeline is needed.
Text is tokenized segment by segment, and very long segments in chunks, so spaCy's
``max_length`` limit never applies to a document as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from medgloss.models import Lang

CHUNK = 100_000
_WS = re.compile(r"\s")


@lru_cache(maxsize=2)
def tokenizer(lang: Lang) -> Any:
    import spacy

    nlp = spacy.blank(lang)
    nlp.max_length = 10 * CHUNK
    return nlp.tokenizer


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Pieces of at most about ``CHUNK`` characters, cut at whitespace."""
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + CHUNK)
        if end < len(text):
            m = None
            for m in _WS.finditer(text, pos + CHUNK // 2, end):
                pass
            if m is not None:
                end = m.end()
        yield pos, text[pos:end]
        pos = end


def _raw_tokens(text: str, lang: Lang, offset: int) -> Iterator[tuple[str, int, int]]:
    tok = tokenizer(lang)
    for base, piece in _chunks(text):
        for t in tok(piece):
            if not t.is_space:
                start = offset + base + t.idx
                yield t.text, start, start + len(t.text)


def tokens(text: str, lang: Lang, offset: int = 0) -> list[tuple[str, int, int]]:
    """(text, start, end) of every token of ``text``; offsets are shifted by ``offset``.

    Words joined by a hyphen without spaces ("МРТ-контраст", "D-dimer", "COVID-19",
    "double-blind") are one token, and a full stop glued to the last word is split off.
    """
    out: list[tuple[str, int, int]] = []
    for tok in _raw_tokens(text, lang, offset):
        if (len(out) >= 2 and out[-1][0] == "-" and out[-1][1] == out[-2][2] and tok[1] == out[-1][2]
                and tok[0][0].isalnum() and out[-2][0][-1].isalnum()):
            prev = out[-2]
            out[-2:] = [(prev[0] + "-" + tok[0], prev[1], tok[2])]
            continue
        out.append(tok)
    if out and len(out[-1][0]) > 1 and out[-1][0].endswith(".") and out[-1][0][-2].isalpha():
        word, start, end = out[-1]
        out[-1:] = [(word[:-1], start, end - 1), (".", end - 1, end)]
    return out
