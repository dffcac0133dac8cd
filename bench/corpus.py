"""A large corpus for benchmarks, generated reproducibly from material in the repository.

Sentences of the bundled corpus and of the test texts are recombined (fixed random seed), and
template sentences are filled with lexicon terms in both languages so that the vocabulary keeps
growing with the corpus, as it does in real collections. Output: documents of about 2,000 words,
half Russian and half English.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Russian slots take the genitive ({a}, {b}) or the nominative ({A}).
RU_TEMPLATES = [
    "Частота {a} у пациентов с сахарным диабетом составила 12%.", "{A} является фактором риска развития {b}.",
    "Применение {a} снижает частоту {b} у беременных.", "В исследовании оценивали частоту {a} и {b}.",
    "Диагноз {a} подтверждён по данным МРТ и КТ.", "Лечение {a} включает назначение {b}.",
]
EN_TEMPLATES = [
    "Patients with {a} often present with {b}.", "{A} is a risk factor for {b}.",
    "Treatment with {a} reduced the incidence of {b} in this cohort.",
    "The association between {a} and {b} was assessed in a randomized controlled trial.",
    "The diagnosis of {a} was confirmed by MRI.", "{A} was observed in 12% of patients with {b}.",
]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 5]


def _lexicon_terms() -> dict[str, list[str]]:
    terms: dict[str, list[str]] = {"ru": [], "en": []}
    for path in sorted((ROOT / "src/medgloss/align/data/lexicon").glob("*.tsv")):
        if path.name == "abbreviations.tsv":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            ru, en, pos, field = line.split("\t")
            if pos == "noun" and field != "general":
                terms["ru"].append(ru.split(" | ")[0])
                terms["en"].append(en.split(" | ")[0])
    return terms


def generate(words: int, out_dir: Path, seed: int = 13) -> list[Path]:
    """Write documents totalling about ``words`` words into ``out_dir``; returns their paths."""
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {"ru": [], "en": []}
    sources = [*sorted((ROOT / "corpus").glob("*.txt")), *sorted((ROOT / "tests/data/texts").glob("*.txt"))]
    for p in sources:
        lang = "ru" if ".ru." in p.name or p.name.startswith("ru_") or "stroke" in p.name else "en"
        pools[lang].extend(_sentences(p.read_text(encoding="utf-8")))
    terms = _lexicon_terms()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths, total, n = [], 0, 0
    while total < words:
        lang = "ru" if n % 2 == 0 else "en"
        templates = RU_TEMPLATES if lang == "ru" else EN_TEMPLATES
        paragraphs, doc_words = [], 0
        while doc_words < 2000:
            sentences = []
            for _ in range(6):
                if rng.random() < 0.5:
                    s = rng.choice(pools[lang])
                else:
                    a, b = rng.choice(terms[lang]), rng.choice(terms[lang])
                    big_a = a[:1].upper() + a[1:]
                    if lang == "ru":
                        from medgloss.align.compose import ru_genitive

                        a, b = ru_genitive(a), ru_genitive(b)
                    s = rng.choice(templates).format(a=a, b=b, A=big_a)
                sentences.append(s)
                doc_words += len(s.split())
            paragraphs.append(" ".join(sentences))
        path = out_dir / f"doc{n:05d}.{lang}.txt"
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
        total += doc_words
        n += 1
    return paths


if __name__ == "__main__":
    import sys

    target = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/medgloss-bench/corpus")
    files = generate(target, out)
    print(f"{len(files)} documents in {out}")
