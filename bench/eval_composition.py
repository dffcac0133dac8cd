"""Leave-one-out composition accuracy over the lexicon's own multi-word entries.

Each sampled entry (a noun phrase of 2–4 words on both sides) is hidden from the lexicon, together
with its votes in the phrase usage statistics (``medgloss.align.usage``), and its first form is
translated from the pieces that remain. The first candidate is right when it equals one of the
entry's forms in the other language (case and ё folded). This measures the composition machinery
on thousands of real terms; lexicon entries are often idiomatic, so the figures are a lower bound
and are for comparing versions of the code, not an accuracy of the tool.

Run: python bench/eval_composition.py [--sample N] [--seed S] [--misses K]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from medgloss.align import usage  # noqa: E402
from medgloss.align.lexicon import Lexicon, load  # noqa: E402
from medgloss.align.translate import Translator  # noqa: E402
from medgloss.models import other_lang  # noqa: E402
from medgloss.nlp.pipeline import analyzer  # noqa: E402


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


class _Hiding(Lexicon):
    """The lexicon with one entry hidden from look-ups."""

    def __init__(self, lex: Lexicon) -> None:
        self.__dict__.update(lex.__dict__)
        self.hidden = None

    def lookup(self, key, lang):
        return [(e, i) for e, i in super().lookup(key, lang) if e is not self.hidden]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=1500, help="entries to sample (default 1500)")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--misses", type=int, default=0, help="list this many misses per direction")
    args = ap.parse_args()

    an = analyzer()
    t0 = time.perf_counter()
    lex = _Hiding(load())
    tr = Translator(lex, an)
    entries = [e for e in lex.entries if e.pos == "noun" and not e.abbreviation and e.ru and e.en
               and 2 <= len(e.ru[0].split()) <= 4 and 2 <= len(e.en[0].split()) <= 4]
    sample = random.Random(args.seed).sample(entries, min(args.sample, len(entries)))
    print(f"{len(entries)} multi-word noun entries; {len(sample)} sampled (seed {args.seed}); "
          f"lexicon loaded in {time.perf_counter() - t0:.1f}s")
    for src in ("en", "ru"):
        tgt = other_lang(src)
        top1 = top3 = 0
        misses = []
        for e in sample:
            lex.hidden = e
            if lex.usage is not None:
                usage.count(lex.usage, e, lex, an, -1)
            try:
                cands = [_norm(c.term) for c in tr.translate(e.forms(src)[0], src)]
            finally:
                if lex.usage is not None:
                    usage.count(lex.usage, e, lex, an, +1)
            gold = {_norm(f) for f in e.forms(tgt)}
            top1 += bool(cands[:1]) and cands[0] in gold
            top3 += any(c in gold for c in cands[:3])
            if not (cands[:1] and cands[0] in gold):
                misses.append((e.forms(src)[0], e.forms(tgt)[0], cands[:3]))
        n = len(sample)
        print(f"{src.upper()}→{tgt.upper()}: top-1 {100 * top1 / n:.1f}%  top-3 {100 * top3 / n:.1f}%  (n={n})")
        for source, gold_form, cands in misses[:args.misses]:
            print(f"  {source} | {gold_form} || {' ; '.join(cands)}")
    lex.hidden = None


if __name__ == "__main__":
    main()
