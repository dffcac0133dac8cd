"""Held-out term translation accuracy on bench/data/translation_terms.tsv.

The file lists medical terms with the Russian a professional translator would write (and the English
equivalents for the way back), by domain (icd, abstract, clinical, anatomy, pharmacology) and split
(dev, test). For each split and direction (EN→RU from the first English form, RU→EN from the first
Russian form) it asks medgloss for candidates, as ``medgloss suggest`` does, and prints the share of
terms whose first candidate is right (top-1) and with a right candidate in the first three (top-3),
overall and per domain. A candidate is right when it equals one of the ' | ' alternatives after
folding case, ё/е, hyphens, dashes, spacing and punctuation, and British/American spelling.

Targets: top-1 ≥ 90 %, top-3 ≥ 95 %.

Run: python bench/eval_translation.py [--split dev|test|all] [--misses] [--direction en-ru|ru-en]
     [--domain D] [--db glossary.db]
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "translation_terms.tsv"
DOMAINS = ("icd", "abstract", "clinical", "anatomy", "pharmacology")
DIRECTIONS = (("en", "ru"), ("ru", "en"))
TARGET_TOP1, TARGET_TOP3 = 0.90, 0.95


def load(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for n, row in enumerate(rows, 1):
        if row["domain"] not in DOMAINS or row["split"] not in ("dev", "test") or not row["en"] or not row["ru"]:
            raise SystemExit(f"{path}: bad row {n}: {row}")
    return rows


def forms(cell: str) -> list[str]:
    return [f.strip() for f in cell.split(" | ") if f.strip()]


# British spellings in the references that medgloss.normalize.match_key leaves as they are; scoring
# folds them too, so that an American answer is not counted wrong for spelling alone.
EXTRA_SPELLING = {"caecum": "cecum", "coeliac": "celiac", "melaena": "melena", "praevia": "previa"}


def norm(text: str, lang: str) -> str:
    from medgloss.normalize import match_key

    key = match_key(text, lang)
    if lang == "en":
        key = " ".join(EXTRA_SPELLING.get(w, w) for w in key.split())
    return key


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


class Scorer:
    """Asks medgloss once per (phrase, language) and scores rows against their alternatives."""

    def __init__(self, db: Path | None) -> None:
        from medgloss.suggest import Suggester

        t0 = time.perf_counter()
        self.sugg = Suggester(db)
        self.load_s = time.perf_counter() - t0
        self.cache: dict[tuple[str, str], tuple[list[str], str]] = {}
        self.ask_s = 0.0

    def candidates(self, phrase: str, lang: str) -> tuple[list[str], str]:
        """The candidate terms, best first, and how the first was made ("lexicon" when the whole
        phrase is a lexicon entry, else "composed": composition, cognates, transliteration)."""
        got = self.cache.get((phrase, lang))
        if got is None:
            t0 = time.perf_counter()
            items = [t for t in self.sugg.suggest(phrase, lang) if t.get("status") != "rejected"]
            self.ask_s += time.perf_counter() - t0
            how = "lexicon" if items and items[0].get("methods", [])[:1] == ["lexicon"] else "composed"
            got = self.cache[(phrase, lang)] = ([t["term"] for t in items], how)
        return got

    def score(self, row: dict[str, str], src: str, tgt: str) -> tuple[int, int, list[str], str]:
        phrase = forms(row[src])[0]
        targets = {norm(t, tgt) for t in forms(row[tgt])}
        got, how = self.candidates(phrase, src)
        keys = [norm(t, tgt) for t in got]
        top1 = int(bool(keys) and keys[0] in targets)
        top3 = int(bool(targets & set(keys[:3])))
        return top1, top3, got[:3], how


def pct(k: int, n: int) -> str:
    return f"{k / n:6.1%}" if n else "     —"


def report(split: str, rows: list[dict[str, str]], scorer: Scorer, directions, show_misses: bool) -> None:
    # counts[direction][domain] = [n, top1, top3]
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    misses: dict[str, list[tuple[dict[str, str], int, list[str]]]] = defaultdict(list)
    for src, tgt in directions:
        d = f"{src}→{tgt}"
        for row in rows:
            top1, top3, got, how = scorer.score(row, src, tgt)
            for dom in (row["domain"], "all", how):
                c = counts[d][dom]
                c[0] += 1
                c[1] += top1
                c[2] += top3
            if not top1:
                misses[d].append((row, top3, got))

    names = [f"{s}→{t}" for s, t in directions]
    print(f"\n== split {split}: {len(rows)} terms ==")
    head = f"{'domain':<13}{'n':>5}" + "".join(f"  {n.upper() + ' top-1':>12}{'top-3':>8}" for n in names)
    print(head)
    print("-" * len(head))
    for dom in (*DOMAINS, "all"):
        n = counts[names[0]][dom][0]
        if not n:
            continue
        line = f"{dom:<13}{n:>5}"
        for name in names:
            _, t1, t3 = counts[name][dom]
            line += f"  {pct(t1, n):>12}{pct(t3, n):>8}"
        print(line)
    for name in names:
        n, t1, t3 = counts[name]["all"]
        lo1, hi1 = wilson(t1, n)
        lo3, hi3 = wilson(t3, n)
        met = "met" if t1 / n >= TARGET_TOP1 and t3 / n >= TARGET_TOP3 else "not met"
        print(f"  {name.upper()}: top-1 {t1}/{n} (95% CI {lo1:.1%}–{hi1:.1%}), top-3 {t3}/{n} "
              f"(95% CI {lo3:.1%}–{hi3:.1%}); target {TARGET_TOP1:.0%}/{TARGET_TOP3:.0%} {met}")
        parts = []
        for how, label in (("lexicon", "whole phrase a lexicon entry"), ("composed", "composed or spelled")):
            hn, h1, h3 = counts[name][how]
            if hn:
                parts.append(f"{label} {hn} ({hn / n:.0%}): top-1 {h1 / hn:.0%}, top-3 {h3 / hn:.0%}")
        print("      " + "; ".join(parts))

    if show_misses:
        for (src, tgt), name in zip(directions, names):
            print(f"\n-- {split} {name.upper()} misses (first candidate wrong; '+' = right one in top 3) --")
            for row, top3, got in misses[name]:
                mark = "+" if top3 else " "
                print(f"{mark} [{row['domain']}] {forms(row[src])[0]}  ⇒  {row[tgt]}")
                print(f"      got: {' ‖ '.join(got) if got else '(nothing)'}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all",
                    help="dev, test, or all (each split, then both together; default)")
    ap.add_argument("--direction", choices=["en-ru", "ru-en", "both"], default="both")
    ap.add_argument("--domain", choices=DOMAINS, help="only this domain")
    ap.add_argument("--misses", action="store_true",
                    help="list the misses with the top 3 candidates (of dev; of test only with --split test)")
    ap.add_argument("--db", type=Path, help="a glossary whose terms count as corpus evidence (default: none, "
                    "the lexicon alone, as held-out text would be)")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()

    rows = load(args.data)
    if args.domain:
        rows = [r for r in rows if r["domain"] == args.domain]
    directions = [d for d in DIRECTIONS if args.direction in ("both", f"{d[0]}-{d[1]}")]
    scorer = Scorer(args.db)
    print(f"{args.data.name}: {len(rows)} terms; suggester loaded in {scorer.load_s:.1f}s"
          f"{f' with glossary {args.db}' if args.db else ' (lexicon only, no glossary)'}")
    splits = ["dev", "test", "all"] if args.split == "all" else [args.split]
    for split in splits:
        part = rows if split == "all" else [r for r in rows if r["split"] == split]
        # Misses are listed for dev, and for test only when asked for by name (--split test): the
        # test split is for measuring, not for tuning the tool or the references.
        report(split, part, scorer, directions, args.misses and (split == "dev" or args.split == "test"))
    asked = len(scorer.cache)
    if asked:
        print(f"\n{asked} distinct queries, {scorer.ask_s / asked * 1000:.0f} ms a query")
    return 0


if __name__ == "__main__":
    sys.exit(main())
