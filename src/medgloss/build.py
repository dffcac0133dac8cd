"""Building a glossary: read files, map each document, reduce the corpus, store.

The map (``map_document``) is per document and needs nothing global, so ``jobs`` processes can
run it side by side (or another engine could); the reduce (``terms.corpus.reduce``) and the
store write run once, in a single transaction.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from medgloss.errors import InputError
from medgloss.io import make_document, read_document
from medgloss.models import Document
from medgloss.store.glossary import Glossary

MAP_VERSION = 2
Progress = Callable[[str, int, int], None]


def corpus_dir() -> Path:
    """The bundled corpus (``corpus/`` at the top of the repository), or ``$MEDGLOSS_CORPUS``."""
    env = os.environ.get("MEDGLOSS_CORPUS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "corpus"


def corpus_files() -> list[Path]:
    d = corpus_dir()
    files = sorted(p for p in d.glob("*.txt") if p.is_file()) if d.is_dir() else []
    if not files:
        raise InputError(f"{d}: the bundled corpus is missing (no .txt files)")
    return files


@dataclass
class BuildReport:
    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    words: int = 0
    terms: int = 0
    terms_by_lang: dict[str, int] = field(default_factory=dict)


def _quiet(stage: str, done: int, total: int) -> None:
    pass


def read_documents(paths: Sequence[str | Path]) -> list[Document]:
    """Read every file first, so that one bad file stops the build before anything changes."""
    from medgloss.nlp.pipeline import analyzer

    an = analyzer()
    return [read_document(p, an.is_word) for p in paths]


def map_document(doc: Document):  # -> DocResult
    from medgloss.nlp.pipeline import analyzer
    from medgloss.terms.extract import Extractor

    return Extractor(analyzer()).run(doc)


def _map_all(docs: Sequence[Document], jobs: int, progress: Progress) -> list:
    results = []
    if jobs > 1 and len(docs) > 1:
        import multiprocessing

        ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else multiprocessing.get_context()
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            for i, res in enumerate(pool.map(map_document, docs, chunksize=1), 1):
                results.append(res)
                progress("analyse", i, len(docs))
    else:
        for i, doc in enumerate(docs, 1):
            results.append(map_document(doc))
            progress("analyse", i, len(docs))
    return results


def _reduce_and_store(g: Glossary, results: list, doc_ids: list[int], progress: Progress) -> BuildReport:
    from medgloss.align.lexicon import load
    from medgloss.nlp.pipeline import analyzer
    from medgloss.terms.corpus import reduce

    progress("reduce", 0, 1)
    records = reduce(results, load(), analyzer().key)
    progress("reduce", 1, 1)
    progress("store", 0, 1)
    ids = g.sync_terms(records, doc_ids)
    progress("store", 1, 1)
    index = {doc_id: i for i, doc_id in enumerate(doc_ids)}
    pair_of = {index[a]: index[b] for a, b in g.document_pairs() if a in index and b in index}
    align_terms(g, records, ids, progress, pair_of)
    report = BuildReport(documents=len(results), words=sum(r.words for r in results), terms=len(records))
    for r in records:
        report.terms_by_lang[r.lang] = report.terms_by_lang.get(r.lang, 0) + 1
    return report


def align_terms(g: Glossary, records: list, ids: dict, progress: Progress = _quiet,
                pair_of: dict[int, int] | None = None) -> None:
    """Propose translations for every term of ``records`` and store them (inside a transaction).

    ``pair_of`` maps a document (by its index in the map results) to the document declared its
    translation: a candidate that is a term of the paired document gains the "parallel" method.
    """
    from medgloss.align.translate import PARALLEL_BONUS
    from medgloss.align.lexicon import load
    from medgloss.align.translate import Translator
    from medgloss.nlp.pipeline import analyzer

    corpus: dict[str, dict[str, str]] = {"ru": {}, "en": {}}
    for r in records:
        corpus[r.lang][r.key] = r.canonical
    by_key = {(r.lang, r.key): r for r in records}
    translator = Translator(load(), analyzer(), corpus)
    proposals = {}
    for n, r in enumerate(records, 1):
        cands = translator.translate(r.canonical, r.lang)
        for full in r.full_forms:
            full_rec = by_key.get((r.lang, full))
            if full_rec is not None:
                for tr in translator.translate(full_rec.canonical, r.lang):
                    tr.score *= 0.9
                    tr.methods.append("abbreviation")
                    tr.evidence.append(f"full form: {full_rec.canonical}")
                    cands.append(tr)
        seen, unique = set(), []
        for tr in sorted(cands, key=lambda t: -t.score):
            if tr.key not in seen:
                seen.add(tr.key)
                unique.append(tr)
        if pair_of:
            paired_docs = {pair_of[d] for d, _m in r.mentions if d in pair_of}
            for tr in unique:
                target = by_key.get((tr.lang, tr.key))
                if target is not None and paired_docs & {d for d, _m in target.mentions}:
                    tr.score = min(0.99, tr.score + PARALLEL_BONUS)
                    tr.methods.append("parallel")
                    tr.evidence.append("both occur in a pair of documents declared translations")
            unique.sort(key=lambda t: (not (t.attested and t.score >= 0.3), -t.score, t.term))
        proposals[ids[(r.lang, r.key)]] = unique[:5]
        progress("align", n, len(records))
    g.sync_translations(proposals)


def build(db_path: str | Path, paths: Sequence[str | Path] | None = None, *, jobs: int = 1,
          pairs: Sequence[tuple[str | Path, str | Path]] = (), progress: Progress = _quiet) -> BuildReport:
    """(Re)build the glossary at ``db_path`` from ``paths`` (default: the bundled corpus)."""
    from medgloss.terms.extract import to_bytes

    files = [Path(p) for p in (paths or corpus_files())]
    for ru, en in pairs:
        for p in (ru, en):
            if Path(p) not in files:
                files.append(Path(p))
    docs = _unique(read_documents(files))
    results = _map_all(docs, jobs, progress)
    with Glossary(db_path) as g:
        if g.has_curation():
            g.backup("build")  # a rebuild keeps curation, but months of decisions deserve a copy
    with Glossary(db_path) as g, g.transaction():
        g.clear_corpus()
        doc_ids = [g.insert_document(r.document, r.segments, r.words, MAP_VERSION, to_bytes(r)) for r in results]
        by_path = {Path(r.document.path): i for r, i in zip(results, doc_ids)}
        for ru, en in pairs:
            g.pair_documents(by_path[Path(ru)], by_path[Path(en)])
        return _reduce_and_store(g, results, doc_ids, progress)


def add(db_path: str | Path, paths: Sequence[str | Path], *, jobs: int = 1, progress: Progress = _quiet) -> BuildReport:
    """Add documents to an existing glossary; documents already in it are skipped."""
    from medgloss.terms.extract import from_bytes, to_bytes

    docs = _unique(read_documents(paths))
    with Glossary(db_path, create=False) as g:
        skipped = [d.name for d in docs if g.has_document(d.sha256)]
        new = [d for d in docs if not g.has_document(d.sha256)]
        results_new = _map_all(new, jobs, progress)
        with g.transaction():
            results, doc_ids = [], []
            for doc_id, name, text, version, blob in list(g.stored_maps()):
                doc = make_document(name, text)
                if version == MAP_VERSION and blob:
                    results.append(from_bytes(blob, doc, g.segments_of(doc_id)))
                else:
                    results.append(map_document(doc))
                doc_ids.append(doc_id)
            for r in results_new:
                doc_ids.append(g.insert_document(r.document, r.segments, r.words, MAP_VERSION, to_bytes(r)))
                results.append(r)
            report = _reduce_and_store(g, results, doc_ids, progress)
    report.skipped = skipped
    return report


def _unique(docs: list[Document]) -> list[Document]:
    seen, out = set(), []
    for d in docs:
        if d.sha256 not in seen:
            seen.add(d.sha256)
            out.append(d)
    return out
