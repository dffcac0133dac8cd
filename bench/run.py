"""Benchmarks: build throughput and its floor, growth, add, lookup, export, TUI search.

    python bench/run.py [--words 1000000] [--repeat 3] [--only build,floor,growth,add,lookup,export,tui]

Prints figures (median of --repeat runs) with the machine's core count. Work files go to
$MEDGLOSS_BENCH_DIR (default /tmp/medgloss-bench). Nothing here is a test: no assertion on time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
WORK = Path(os.environ.get("MEDGLOSS_BENCH_DIR", "/tmp/medgloss-bench"))
PY = sys.executable


def _child(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints a JSON dict. Adds peak RSS in MiB."""
    wrapped = code + "\nimport resource, json as _j; print('@@' + _j.dumps(dict(RESULT, peak_mib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)))"
    out = subprocess.run([PY, "-c", wrapped], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("@@"))
    return json.loads(line[2:])


def corpus(words: int) -> Path:
    from corpus import generate

    d = WORK / f"corpus-{words}"
    if not d.exists() or not any(d.iterdir()):
        generate(words, d)
    return d


def bench_build(words: int, repeat: int, jobs: int) -> dict:
    d = corpus(words)
    runs = []
    for _ in range(repeat):
        db = WORK / f"build-{words}-{jobs}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        runs.append(_child(f"""
import time, glob
from medgloss.build import build
from medgloss.align.lexicon import load
from medgloss.nlp.pipeline import analyzer
from medgloss.nlp.tokenize import tokenizer
load(); analyzer(); tokenizer('ru'); tokenizer('en')  # start-up is not throughput
files = sorted(glob.glob({str(d)!r} + '/*.txt'))
t = time.perf_counter()
r = build({str(db)!r}, files, jobs={jobs})
RESULT = dict(seconds=time.perf_counter() - t, words=r.words, terms=r.terms, documents=r.documents)
"""))
    secs = statistics.median(r["seconds"] for r in runs)
    return {"words": runs[0]["words"], "terms": runs[0]["terms"], "jobs": jobs, "seconds": round(secs, 2),
            "words_per_s": round(runs[0]["words"] / secs), "peak_mib": round(max(r["peak_mib"] for r in runs))}


def bench_floor(words: int, repeat: int) -> dict:
    d = corpus(words)
    runs = [_child(f"""
import time, glob
import spacy, pymorphy3
from medgloss.io import read_text
m = pymorphy3.MorphAnalyzer()
nlp = {{'ru': spacy.blank('ru'), 'en': spacy.blank('en')}}
texts = [(p, read_text(p)) for p in sorted(glob.glob({str(d)!r} + '/*.txt'))]
t = time.perf_counter()
seen = set(); n = 0
for p, text in texts:
    lang = 'ru' if p.endswith('.ru.txt') else 'en'
    for para in text.split('\\n\\n'):
        for tok in nlp[lang].tokenizer(para):
            n += 1
            w = tok.lower_
            if lang == 'ru' and w not in seen:
                seen.add(w); m.parse(w)
RESULT = dict(seconds=time.perf_counter() - t, tokens=n, distinct=len(seen))
""") for _ in range(repeat)]
    secs = statistics.median(r["seconds"] for r in runs)
    return {"seconds": round(secs, 2), "tokens": runs[0]["tokens"], "distinct_ru_forms": runs[0]["distinct"]}


def bench_add(words: int) -> dict:
    src = WORK / f"build-{words}-1.db"
    if not src.exists():
        bench_build(words, 1, 1)
    db = WORK / "add.db"
    shutil.copy(src, db)
    doc = WORK / "add-doc.txt"
    from corpus import generate

    generate(1000, WORK / "add-corpus", seed=99)
    shutil.copy(sorted((WORK / "add-corpus").glob("*.txt"))[0], doc)
    cold = _child(f"""
import time
from medgloss.build import add
t = time.perf_counter()
rep = add({str(db)!r}, [{str(doc)!r}])
RESULT = dict(seconds=time.perf_counter() - t, documents=rep.documents)
""")
    shutil.copy(src, db)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    warm = _child(f"""
import time
from medgloss.build import add
from medgloss.align.cognates import english_index
from medgloss.align.lexicon import load
from medgloss.nlp.pipeline import analyzer
from medgloss.nlp.tokenize import tokenizer
from medgloss.terms.termhood import zipf
load(); analyzer(); tokenizer('ru'); tokenizer('en'); english_index(); zipf('врач', 'ru'); zipf('doctor', 'en')
t = time.perf_counter()
rep = add({str(db)!r}, [{str(doc)!r}])
RESULT = dict(seconds=time.perf_counter() - t, documents=rep.documents)
""")
    return {"cold_seconds": round(cold["seconds"], 2), "warm_seconds": round(warm["seconds"], 2),
            "documents_after": cold["documents"], "peak_mib": round(cold["peak_mib"])}


def big_glossary(n_terms: int = 100_000) -> Path:
    """A glossary of ``n_terms`` terms: lexicon terms and two-term combinations, with translations."""
    db = WORK / f"glossary-{n_terms}.db"
    if db.exists():
        return db
    from medgloss.normalize import match_key
    from medgloss.store.glossary import Glossary, term_forms

    rng = random.Random(5)
    pairs = []
    for path in sorted((ROOT / "src/medgloss/align/data/lexicon").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip() or path.name == "abbreviations.tsv":
                continue
            ru, en, _pos, _f = line.split("\t")
            pairs.append((ru.split(" | ")[0], en.split(" | ")[0]))
    rows, seen = [], set()
    while len(rows) < n_terms:
        (ru1, en1), (ru2, en2) = rng.choice(pairs), rng.choice(pairs)
        for lang, text, tr in (("ru", f"{ru1} {ru2}" if rows else ru1, f"{en2} {en1}"), ("en", f"{en1} {en2}", f"{ru2} {ru1}")):
            key = match_key(text, lang)
            if (lang, key) in seen:
                continue
            seen.add((lang, key))
            rows.append((lang, key, text, tr))
    with Glossary(db) as g, g.transaction():
        for lang, key, text, tr in rows[:n_terms]:
            cur = g.conn.execute(
                "INSERT INTO terms (lang, key, canonical, frequency, score, forms) VALUES (?, ?, ?, ?, ?, ?)",
                (lang, key, text, rng.randint(1, 50), rng.random(), term_forms(text, key, [], lang)))
            g.conn.execute(
                "INSERT INTO translations (term_id, target, target_lang, target_key, score, methods, evidence) "
                "VALUES (?, ?, ?, ?, 0.9, ?, 'bench')",
                (cur.lastrowid, tr, "en" if lang == "ru" else "ru", match_key(tr), '["composition"]'))
        g._rebuild_fuzzy()
    return db


def bench_lookup(repeat: int) -> dict:
    db = big_glossary()
    queries = ["отеком головного мозга", "беременных", "legs", "ферритн", "МРТ", "синдром", "anemia",
               "инфаркта миокарда", "kidney", "гипертензии", "restless leg", "тромбоз"]
    r = _child(f"""
import time
from medgloss.store.glossary import Glossary
from medgloss.lookup import lookup
g = Glossary({str(db)!r}, create=False)
for q in {queries!r}: lookup(g, q)
times = []
for _ in range(20):
    for q in {queries!r}:
        t = time.perf_counter(); lookup(g, q); times.append(time.perf_counter() - t)
times.sort()
RESULT = dict(p50=times[len(times)//2] * 1000, p99=times[int(len(times)*0.99)] * 1000, n=len(times))
""")
    cold = []
    for _ in range(max(repeat, 3)):
        t = time.perf_counter()
        subprocess.run([str(Path(PY).parent / "medgloss"), "--db", str(db), "lookup", "отеком головного мозга"],
                       capture_output=True, check=False)
        cold.append(time.perf_counter() - t)
    return {"terms": 100_000, "warm_p50_ms": round(r["p50"], 2), "warm_p99_ms": round(r["p99"], 2),
            "cold_cli_s": round(statistics.median(cold), 3)}


def bench_export(repeat: int) -> dict:
    db = big_glossary()
    out = {}
    for fmt in ("tbx", "csv"):
        runs = [_child(f"""
import time
from medgloss.store.glossary import Glossary
from medgloss.export import export
g = Glossary({str(db)!r}, create=False)
t = time.perf_counter()
n = export(g, {fmt!r}, {str(WORK / ('export.' + fmt))!r})
RESULT = dict(seconds=time.perf_counter() - t, entries=n)
""") for _ in range(repeat)]
        out[fmt] = {"seconds": round(statistics.median(r["seconds"] for r in runs), 2),
                    "entries": runs[0]["entries"], "peak_mib": round(max(r["peak_mib"] for r in runs))}
    return out


def bench_tui() -> dict:
    """The work one search keystroke costs in the TUI on 100,000 terms: the query (run in a thread
    worker) plus filling the table, measured by applying the filter for each prefix of a query
    typed into the search box and waiting until the table holds the result (the detail pane and the
    concordance of the highlighted term load after that, in their own workers). The UI waits
    ``SEARCH_DELAY`` after the last keystroke before it asks (debounce); that pause is reported
    apart."""
    db = big_glossary()
    r = _child(f"""
import asyncio, time
from medgloss.tui.app import make_app
from medgloss.tui.screens.main import SEARCH_DELAY
from tests.tui.conftest import settle

async def measure():
    app = make_app({str(db)!r}, poll_interval=0)
    times = []
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        search = screen.query_one("#search")
        query = "отек головного мозга"
        for i in range(1, len(query) + 1):
            search.value = query[:i]
            t = time.perf_counter()
            screen.apply_filters()
            while screen.page is None or screen.page.filter != screen.filter:
                await asyncio.sleep(0.001)
            times.append((time.perf_counter() - t) * 1000)
            await settle(pilot)
    return times, SEARCH_DELAY * 1000

times, delay = asyncio.run(measure())
RESULT = dict(ms=times, debounce_ms=delay)
""")
    ms = sorted(r["ms"])
    delay = r["debounce_ms"]
    return {"keystrokes": len(ms), "query_to_table_p50_ms": round(ms[len(ms) // 2], 1),
            "query_to_table_max_ms": round(ms[-1], 1), "typing_pause_ms": delay,
            "keystroke_to_results_p50_ms": round(delay + ms[len(ms) // 2], 1),
            "keystroke_to_results_max_ms": round(delay + ms[-1], 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", default="build,floor,growth,add,lookup,export,tui")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    only = set(args.only.split(","))
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    results = {}
    if "build" in only:
        results["build_1_job"] = b1 = bench_build(args.words, args.repeat, 1)
        print("build, 1 job:", b1)
        results["build_2_jobs"] = b2 = bench_build(args.words, args.repeat, 2)
        print("build, 2 jobs:", b2, f"speed-up {b1['seconds'] / b2['seconds']:.2f}x")
    if "floor" in only:
        results["floor"] = f = bench_floor(args.words, args.repeat)
        print("floor (spaCy tokenization + pymorphy3 per distinct form):", f)
        if "build_1_job" in results:
            print(f"build / floor: {results['build_1_job']['seconds'] / f['seconds']:.2f}")
    if "growth" in only:
        for w in (100_000, 300_000, 1_000_000):
            same = w == args.words and "build_1_job" in results
            g = results["build_1_job"] if same else bench_build(w, 1, 1)
            print(f"growth {w} words: {g['seconds']} s, {g['words_per_s']} words/s, peak {g['peak_mib']} MiB, {g['terms']} terms")
    if "add" in only:
        print("add 1,000 words to the large glossary:", bench_add(args.words))
    if "lookup" in only:
        print("lookup, 100,000 terms:", bench_lookup(args.repeat))
    if "export" in only:
        print("export, 100,000 terms:", bench_export(args.repeat))
    if "tui" in only:
        print("TUI search keystroke, 100,000 terms:", bench_tui())


if __name__ == "__main__":
    main()
