"""Flat exports: OmegaT's glossary TSV and a spreadsheet-safe CSV."""

from __future__ import annotations

import csv
from typing import TextIO


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: one that begins like a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _one_line(text: str) -> str:
    return " ".join(text.split())


def write_tsv(out: TextIO, concepts, langs: tuple[str, str]) -> int:
    """OmegaT glossary: source<TAB>target<TAB>comment, one line per source term."""
    src, tgt = langs
    n = 0
    for c in concepts:
        targets = c.by_lang(tgt)
        if not targets:
            continue
        target = targets[0]
        for s in c.by_lang(src):
            comment = "; ".join(x for x in (s.pos, s.definition, s.note,
                                            ", ".join(t.text for t in targets[1:]) and "also: " + ", ".join(t.text for t in targets[1:]))
                                if x)
            out.write(f"{_one_line(s.text)}\t{_one_line(target.text)}\t{_one_line(comment)}\n")
            n += 1
    return n


CSV_COLUMNS = ["concept", "source", "target", "source_lang", "target_lang", "pos", "source_status", "target_status",
               "administrative_status", "term_type", "definition", "note", "context"]


def write_csv(out: TextIO, concepts, langs: tuple[str, str]) -> int:
    """UTF-8 CSV, one row per (source term, target term) pair of a concept."""
    src, tgt = langs
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    n = 0
    for c in concepts:
        for s in c.by_lang(src):
            for t in c.by_lang(tgt):
                w.writerow([safe_cell(x) for x in (
                    c.id, s.text, t.text, src, tgt, s.pos, s.status, t.status, t.admin, s.term_type,
                    s.definition or t.definition, s.note or t.note, s.context)])
                n += 1
    return n
