"""A synthetic glossary of any size, for paging tests and the search benchmark.

Terms are made of random medical-looking words (deterministic for a given seed) and inserted in
bulk straight into a copy of a real glossary, so building 100,000 terms takes seconds instead of
the hours a real corpus would. Only tests and benchmarks use this.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from medgloss.store.glossary import Glossary, term_forms

EN_ROOTS = ["cardi", "neur", "hepat", "nephr", "gastr", "derm", "oste", "arthr", "angi", "myel", "encephal",
            "pneum", "thromb", "hem", "lymph", "my", "cyt", "onc", "path", "psych", "rhin", "ot", "ophthalm"]
EN_SUFFIXES = ["itis", "osis", "opathy", "algia", "oma", "ectomy", "plasty", "emia", "ology", "ogram"]
EN_HEADS = ["syndrome", "disease", "disorder", "therapy", "level", "marker", "block", "infarction", "failure"]
RU_ROOTS = ["кард", "невр", "гепат", "нефр", "гастр", "дерм", "остео", "артр", "ангио", "миел", "энцефал",
            "пневм", "тромб", "гем", "лимф", "ми", "цит", "онк", "пат", "псих", "рин", "от", "офтальм"]
RU_SUFFIXES = ["ит", "оз", "опатия", "алгия", "ома", "эктомия", "пластика", "емия", "ология", "ограмма"]
RU_HEADS = ["синдром", "болезнь", "нарушение", "терапия", "уровень", "маркер", "блок", "инфаркт", "недостаточность"]


def make_big_glossary(seed_db: Path, dest: Path, n_terms: int, *, seed: int = 7) -> Path:
    """Copy ``seed_db`` to ``dest`` and add ``n_terms`` synthetic terms (half Russian, half
    English), each with two translation candidates. Returns ``dest``."""
    source, target = sqlite3.connect(seed_db), sqlite3.connect(dest)
    source.backup(target)  # not a file copy, which could miss what is still in the WAL
    target.close()
    source.close()
    Glossary(dest, create=False).close()  # let the repository migrate it if it must
    rng = random.Random(seed)
    conn = sqlite3.connect(dest)
    terms, seen = [], set()
    i = 0
    while len(terms) < n_terms:
        i += 1
        lang = "ru" if i % 2 else "en"
        roots, sufs, heads = (RU_ROOTS, RU_SUFFIXES, RU_HEADS) if lang == "ru" else (EN_ROOTS, EN_SUFFIXES, EN_HEADS)
        word = rng.choice(roots) + rng.choice(roots) + rng.choice(sufs)
        text = f"{word} {rng.choice(heads)} {i}" if lang == "en" else f"{rng.choice(heads)} {word} {i}"
        if (lang, text) in seen:
            continue
        seen.add((lang, text))
        terms.append((lang, text, text, "noun", rng.randint(0, 40), round(rng.random(), 4), term_forms(text, text, [], lang)))
    with conn:
        cur = conn.execute("SELECT coalesce(max(id), 0) FROM terms")
        first = cur.fetchone()[0] + 1
        conn.executemany(
            "INSERT INTO terms (lang, key, canonical, pos, frequency, score, forms) VALUES (?, ?, ?, ?, ?, ?, ?)", terms)
        rows = []
        for n, (lang, text, *_rest) in enumerate(terms):
            other = "en" if lang == "ru" else "ru"
            for k in (1, 2):
                target = f"перевод {k} {n}" if other == "ru" else f"translation {k} {n}"
                rows.append((first + n, target, other, target, round(rng.random(), 4), '["cognate"]', "synthetic"))
        conn.executemany(
            "INSERT INTO translations (term_id, target, target_lang, target_key, score, methods, evidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()
    return dest
