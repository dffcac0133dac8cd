"""Spelling cognates by rule, measured on the lexicon's own single-word cognate pairs.

Every single-word entry of the lexicon whose first Russian and first English forms are cognates
(``cognates.similarity`` ≥ 0.8, both at least six letters) is a test pair. For each pair the rules
spell the word of one language from the other (``transliterate_ru``, ``transliterate_en``) and the
English vocabulary index is asked for the Russian word (``english_index().find``). The rules are
written from the spelling conventions of the two languages, not fitted to these pairs, so the
figures say how often a word no vocabulary lists comes out right.

Run: python bench/eval_cognates.py [--misses K]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from medgloss.align import cognates  # noqa: E402
from medgloss.align.lexicon import raw_entries  # noqa: E402


def pairs() -> list[tuple[str, str]]:
    out = set()
    for e in raw_entries():
        if e.abbreviation or not e.ru or not e.en:
            continue
        ru, en = e.ru[0].lower(), e.en[0].lower()
        if " " in ru or " " in en or not (ru.isalpha() and en.isalpha()) or min(len(ru), len(en)) < 6:
            continue
        if cognates.similarity(ru, en) >= 0.8:
            out.add((ru.replace("ё", "е"), en))
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", type=int, default=0, help="print this many misses of each kind")
    args = ap.parse_args()
    data = pairs()
    index = cognates.english_index()
    ru_en = [(ru, en, cognates.transliterate_ru(ru)) for ru, en in data]
    en_ru = [(ru, en, cognates.transliterate_en(en)) for ru, en in data]
    found = [(ru, en, [w for w, _ in index.find(ru, "ru")[:3]]) for ru, en in data]
    n = len(data)
    print(f"{n} single-word cognate pairs from the lexicon")
    print(f"RU→EN spelled by rule:  {sum(g == en for _, en, g in ru_en) / n:6.1%}")
    print(f"EN→RU spelled by rule:  {sum(g == ru for ru, _, g in en_ru) / n:6.1%}")
    print(f"RU→EN vocabulary top-3: {sum(en in g for _, en, g in found) / n:6.1%}")
    if args.misses:
        rng = random.Random(1)
        for title, rows, gold in (("RU→EN", ru_en, 1), ("EN→RU", en_ru, 0)):
            miss = [r for r in rows if r[2] != r[gold]]
            print(f"-- {title} misses ({len(miss)}) --")
            for ru, en, got in rng.sample(miss, min(args.misses, len(miss))):
                print(f"  {ru} / {en}  got {got}")


if __name__ == "__main__":
    main()
