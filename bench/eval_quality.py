"""Quality figures on public development data in ../shared/devdata (not shipped, not in the tests).

Prints:
- English extraction recall of annotated disease and chemical mentions (NCBI-disease, BC5CDR):
  the share of distinct gold mentions that the glossary built from the sentences lists as a term
  (exact lemma key) or covers (a term contains it / it contains a term);
- EN→RU and RU→EN translation accuracy on the TICO-19 terminology lists: first candidate right,
  a right candidate in the first three (targets compared case-, ё- and punctuation-insensitively;
  glosses in brackets and after ':' dropped).

Run: python bench/eval_quality.py [--limit-sentences N]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
import time
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "devdata"


def iob_sentences(path: Path, limit: int):
    sents, mentions = [], []
    words, tags = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                sents.append(words)
                cur: list[str] = []
                for w, t in zip(words, tags):
                    if t.startswith("B-"):
                        if cur:
                            mentions.append(cur)
                        cur = [w]
                    elif t.startswith("I-") and cur:
                        cur.append(w)
                    else:
                        if cur:
                            mentions.append(cur)
                        cur = []
                if cur:
                    mentions.append(cur)
                words, tags = [], []
                if len(sents) >= limit:
                    break
            continue
        w, _, t = line.partition("\t")
        words.append(w)
        tags.append(t.strip())
    return sents, mentions


def detok(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r" ([.,;:)\]%])", r"\1", text)
    text = re.sub(r"([(\[]) ", r"\1", text)
    return re.sub(r" - ", "-", text)


def extraction(name: str, limit: int) -> None:
    from medgloss.build import build
    from medgloss.nlp.pipeline import analyzer
    from medgloss.store.glossary import Glossary

    path = DEV / name
    sents, mentions = iob_sentences(path, limit)
    an = analyzer()
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "corpus.txt"
        doc.write_text("\n\n".join(detok(s) for s in sents), encoding="utf-8")
        t0 = time.perf_counter()
        build(Path(tmp) / "g.db", [doc])
        took = time.perf_counter() - t0
        with Glossary(Path(tmp) / "g.db") as g:
            keys = {r["key"] for r in g.term_rows(lang="en")}
    gold = {an.key(detok(m), "en") for m in mentions}
    gold.discard("")
    exact = sum(1 for k in gold if k in keys)
    covered = sum(1 for k in gold if k in keys or any(f" {k} " in f" {t} " or f" {t} " in f" {k} " for t in keys))
    words = sum(len(s) for s in sents)
    print(f"{name}: {len(sents)} sentences, {words} tokens, built in {took:.1f}s; {len(keys)} terms listed")
    print(f"  distinct gold mentions {len(gold)}: exact {exact / len(gold):.1%}, covered {covered / len(gold):.1%}")


def clean_target(text: str) -> str:
    text = re.sub(r"\[[^\]]*\]|\([^)]*\)", "", text.split(":")[0])
    return text


def norm(text: str) -> str:
    from medgloss.normalize import fold

    return fold(clean_target(text))


def translation(files: list[tuple[str, str, str]]) -> None:
    from medgloss.suggest import Suggester

    sugg = Suggester(None)
    for name, src_col, tgt_col in files:
        path = DEV / name
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        src_lang = "en" if rows[0].get("sourceLang", "en").startswith("en") else "ru"
        top1 = top3 = 0
        misses = []
        t0 = time.perf_counter()
        for row in rows:
            src, tgt = row[src_col].strip(), row[tgt_col]
            targets = {norm(t) for t in re.split(r"[;/]|\bили\b|\bor\b", clean_target(tgt)) if norm(t)}
            got = [norm(t["term"]) for t in sugg.suggest(src, src_lang)]
            if got and got[0] in targets:
                top1 += 1
            if targets & set(got[:3]):
                top3 += 1
            elif len(misses) < 12:
                misses.append((src, tgt, got[:2]))
        took = time.perf_counter() - t0
        n = len(rows)
        print(f"{name} ({src_lang}→{'ru' if src_lang == 'en' else 'en'}): {n} terms, top-1 {top1 / n:.1%}, "
              f"top-3 {top3 / n:.1%} ({took / n * 1000:.0f} ms a term)")
        for m in misses:
            print("   miss:", m)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit-sentences", type=int, default=1000)
    ap.add_argument("--skip-extraction", action="store_true")
    args = ap.parse_args()
    if not DEV.is_dir():
        print(f"{DEV} is not here; nothing to measure")
        return 0
    if not args.skip_extraction:
        extraction("NCBI-disease-IOB_test.tsv", args.limit_sentences)
        extraction("BC5CDR-IOB_test.tsv", args.limit_sentences)
    translation([("terminology_f_en-ru_RU.csv", "sourceString", "targetString"),
                 ("terminology_g_en_ru.csv", "sourceString", "targetString"),
                 ("terminology_g_ru_en.csv", "sourceString", "targetString")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
