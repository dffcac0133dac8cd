"""The small word lists the extractor uses (``data/*.tsv``), read once."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from medgloss.normalize import fold

DATA = Path(__file__).parent / "data"


def _read(name: str) -> dict[str, list[list[str]]]:
    rows: dict[str, list[list[str]]] = defaultdict(list)
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, *rest = line.split("\t")
            rows[lang].append(rest)
    return rows


def _words(name: str) -> dict[str, frozenset[str]]:
    return {lang: frozenset(fold(r[0]) for r in rows) for lang, rows in _read(name).items()}


@lru_cache(maxsize=1)
def light_heads() -> dict[str, frozenset[str]]:
    return _words("light_heads.tsv")


@lru_cache(maxsize=1)
def stop_modifiers() -> dict[str, frozenset[str]]:
    return _words("stop_modifiers.tsv")


@lru_cache(maxsize=1)
def eponym_heads() -> dict[str, frozenset[str]]:
    return _words("eponym_heads.tsv")


@lru_cache(maxsize=1)
def morphemes() -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for lang, rows in _read("medical_morphemes.tsv").items():
        for kind, morpheme in rows:
            out.setdefault(lang, {}).setdefault(kind, []).append(morpheme)
    return {lang: {k: tuple(v) for k, v in kinds.items()} for lang, kinds in out.items()}


@lru_cache(maxsize=1)
def units() -> frozenset[str]:
    """Units of measurement, in both languages: never terms on their own."""
    return frozenset(fold(r[0]) for rows in _read("units.tsv").values() for r in rows)
