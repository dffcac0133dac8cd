"""Building a glossary: read files, map each document, reduce the corpus, store.

The map (``map_document``) is per document and needs nothing global, so ``jobs`` processes can
run it side by side (or another engine could); the reduce (``terms.corpus.reduce``) and the
store write run once, in a single transaction.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from medgloss.errors import InputError
from medgloss.io import make_document, read_document
from medgloss.models import Document
from medgloss.store.glossary import Glossary

MAP_VERSION = 4  # 4: marshal with packed occurrences apart; 3: marshal; 2: JSON (all still read)
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


@lru_cache(maxsize=1)
def _extractor():
    from medgloss.nlp.pipeline import analyzer
    from medgloss.terms.extract import Extractor

    return Extractor(analyzer())  # one a process: it holds the lexicon's gazetteer


def map_document(doc: Document):  # -> DocResult
    from medgloss.align.lexicon import load
    from medgloss.terms.corpus import doc_stats

    result = _extractor().run(doc)
    result.stats = doc_stats(result.candidates, load())
    return result


def _map_for_store(doc: Document):  # -> DocResult
    """The map result as a build stores it: serialised where the map ran, with the statistics
    but without the candidates (less to send back from a worker process)."""
    from medgloss.terms.extract import to_bytes

    result = map_document(doc)
    result.blob = to_bytes(result)
    result.candidates = {}
    return result


def _map_iter(docs: Sequence[Document], jobs: int, slim: bool = False) -> Iterator:
    """Map results in the order of ``docs``, as they come (``jobs`` processes side by side);
    ``slim``: as ``_map_for_store`` makes them."""
    fn = _map_for_store if slim else map_document
    if jobs > 1 and len(docs) > 1:
        import multiprocessing

        ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else multiprocessing.get_context()
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            yield from pool.map(fn, docs, chunksize=1)
    else:
        for doc in docs:
            yield fn(doc)


def _map_all(docs: Sequence[Document], jobs: int, progress: Progress) -> list:
    results = []
    for i, res in enumerate(_map_iter(docs, jobs), 1):
        results.append(res)
        progress("analyse", i, len(docs))
    return results


def _definitions(result) -> list[tuple[str, str, str]]:
    return [(d.lang, d.abbr_key, d.full_key) for d in result.definitions]


def _new_stats():
    from medgloss.align.lexicon import load
    from medgloss.nlp.pipeline import analyzer
    from medgloss.terms.corpus import CorpusStats

    return CorpusStats(load(), analyzer().key)


def _reduce_and_store(g: Glossary, stats, documents: int, words: int, progress: Progress,
                      jobs: int = 1) -> BuildReport:
    """The whole corpus's reduce, store and alignment (a build); the documents are stored."""
    from medgloss.store.corpus_state import StoredCorpus
    from medgloss.terms.corpus import reduce_all
    from medgloss.terms.extract import stored_mentions

    progress("reduce", 0, 1)
    records = reduce_all(stats)
    progress("reduce", 1, 1)
    progress("store", 0, 1)
    # The terms' occurrences, read back from the stored map results one document at a time (the
    # map results are not all kept in memory).
    wanted: dict[int, set] = {}
    for r in records:
        for d in r.docs:
            wanted.setdefault(d, set()).update((r.lang, key) for key in r.keys)
    found: dict[tuple[str, str], list] = {}
    for d in sorted(wanted):
        version, blob = g.conn.execute("SELECT map_version, map_data FROM documents WHERE id = ?", (d,)).fetchone()
        for k, ms in stored_mentions(blob, version, wanted[d]).items():
            found.setdefault(k, []).extend((d, m) for m in ms)

    def mentions(rec):
        return [x for key in rec.keys for x in found.get((rec.lang, key), ())]

    ids = g.sync_terms(records, mentions)
    found.clear()
    store = StoredCorpus(g.conn)
    store.clear()
    store.save(stats, {(r.lang, r.key): r.canonical for r in records}, everything=True)
    progress("store", 1, 1)
    corpus: dict[str, dict[str, str]] = {"ru": {}, "en": {}}
    for r in records:
        corpus[r.lang][r.key] = r.canonical
    docs = {(r.lang, r.key): set(r.docs) for r in records}
    align_terms(g, records, ids, progress, dict(g.document_pairs()), corpus, lambda k: docs.get(k, set()),
                jobs=jobs)
    report = BuildReport(documents=documents, words=words, terms=len(records))
    for r in records:
        report.terms_by_lang[r.lang] = report.terms_by_lang.get(r.lang, 0) + 1
    return report


_TRANSLATOR = None  # the translator of an alignment worker process
PARALLEL_ALIGN_MIN = 500  # fewer terms are aligned in the main process (starting workers costs more)


def _align_init(corpus: dict[str, dict[str, str]]) -> None:
    global _TRANSLATOR
    from medgloss.align.lexicon import load
    from medgloss.align.translate import Translator
    from medgloss.nlp.pipeline import analyzer

    _TRANSLATOR = Translator(load(), analyzer(), corpus)


def _propose(item: tuple[str, str, list[str]]) -> list:
    """Candidates for one term (its language, canonical form and full forms' canonical forms),
    best first, one per target key."""
    lang, canonical, fulls = item
    translator = _TRANSLATOR
    cands = translator.translate(canonical, lang)
    for full_canonical in fulls:
        for tr in translator.translate(full_canonical, lang):
            tr.score *= 0.9
            tr.methods.append("abbreviation")
            tr.evidence.append(f"full form: {full_canonical}")
            cands.append(tr)
    seen, unique = set(), []
    for tr in sorted(cands, key=lambda t: -t.score):
        if tr.key not in seen:
            seen.add(tr.key)
            unique.append(tr)
    return unique


def _propose_all(items: list, corpus: dict[str, dict[str, str]], jobs: int) -> Iterator[list]:
    """``_propose`` for every item, in order; in ``jobs`` processes for a large glossary."""
    if jobs > 1 and len(items) >= PARALLEL_ALIGN_MIN:
        import multiprocessing

        ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else multiprocessing.get_context()
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_align_init,
                                 initargs=(corpus,)) as pool:
            yield from pool.map(_propose, items, chunksize=64)
    else:
        _align_init(corpus)
        for item in items:
            yield _propose(item)


def align_terms(g: Glossary, records: list, ids: dict, progress: Progress = _quiet,
                pair_of: dict[int, int] | None = None, corpus: dict[str, dict[str, str]] | None = None,
                docs_of: Callable[[tuple[str, str]], set[int]] | None = None, *, all_terms: bool = True,
                jobs: int = 1) -> None:
    """Propose translations for every term of ``records`` and store them (inside a transaction).

    ``corpus`` holds the canonical form of every term of the corpus by language and key (default:
    those of ``records``). ``pair_of`` maps a document id to the id of the document declared its
    translation: a candidate that is a term of the paired document (``docs_of`` gives a term's
    documents) gains the "parallel" method. ``jobs`` processes share the work.
    """
    from medgloss.align.translate import PARALLEL_BONUS

    if corpus is None:
        corpus = {"ru": {}, "en": {}}
        for r in records:
            corpus[r.lang][r.key] = r.canonical
    items = [(r.lang, r.canonical, [corpus[r.lang][f] for f in r.full_forms if f in corpus[r.lang]]) for r in records]
    proposals = {}
    for n, (r, unique) in enumerate(zip(records, _propose_all(items, corpus, jobs)), 1):
        if pair_of and docs_of is not None:
            paired_docs = {pair_of[d] for d in docs_of((r.lang, r.key)) if d in pair_of}
            for tr in unique:
                if tr.key in corpus[tr.lang] and paired_docs & docs_of((tr.lang, tr.key)):
                    tr.score = min(0.99, tr.score + PARALLEL_BONUS)
                    tr.methods.append("parallel")
                    tr.evidence.append("both occur in a pair of documents declared translations")
            unique.sort(key=lambda t: (not (t.attested and t.score >= 0.3), -t.score, t.term))
        proposals[ids[(r.lang, r.key)]] = unique[:5]
        progress("align", n, len(records))
    g.sync_translations(proposals, all_terms=all_terms)


def build(db_path: str | Path, paths: Sequence[str | Path] | None = None, *, jobs: int = 1,
          pairs: Sequence[tuple[str | Path, str | Path]] = (), progress: Progress = _quiet) -> BuildReport:
    """(Re)build the glossary at ``db_path`` from ``paths`` (default: the bundled corpus)."""
    files = [Path(p) for p in (paths or corpus_files())]
    for ru, en in pairs:
        for p in (ru, en):
            if Path(p) not in files:
                files.append(Path(p))
    docs = _unique(read_documents(files))
    with Glossary(db_path) as g:
        if g.has_curation():
            g.backup("build")  # a rebuild keeps curation, but months of decisions deserve a copy
    with Glossary(db_path) as g, g.transaction():
        # Each document is stored as soon as it is analysed, and only its statistics stay in memory.
        g.clear_corpus()
        stats = _new_stats()
        words = 0
        by_path = {}
        for i, r in enumerate(_map_iter(docs, jobs, slim=True), 1):
            doc_id = g.insert_document(r.document, r.segments, r.words, MAP_VERSION, r.blob)
            stats.add_document(doc_id, r.stats, _definitions(r))
            words += r.words
            by_path[Path(r.document.path)] = doc_id
            progress("analyse", i, len(docs))
        for ru, en in pairs:
            g.pair_documents(by_path[Path(ru)], by_path[Path(en)])
        return _reduce_and_store(g, stats, len(docs), words, progress, jobs)


def add(db_path: str | Path, paths: Sequence[str | Path], *, jobs: int = 1, progress: Progress = _quiet) -> BuildReport:
    """Add documents to an existing glossary; documents already in it are skipped.

    Only the candidates of the new documents (and the few their decisions depend on) are
    re-decided, and only terms whose translations can change are re-aligned; the result is the
    glossary a full build of all the documents would give.
    """
    from medgloss.store.corpus_state import StoredCorpus
    from medgloss.terms.extract import to_bytes

    docs = _unique(read_documents(paths))
    with Glossary(db_path, create=False) as g:
        skipped = [d.name for d in docs if g.has_document(d.sha256)]
        new = [d for d in docs if not g.has_document(d.sha256)]
        results_new = _map_all(new, jobs, progress)
        with g.transaction():
            if not StoredCorpus(g.conn).is_current() and g.documents():
                report = _add_from_scratch(g, results_new, progress)
            else:
                doc_ids = [g.insert_document(r.document, r.segments, r.words, MAP_VERSION, to_bytes(r))
                           for r in results_new]
                report = _add_incremental(g, results_new, doc_ids, progress)
    report.skipped = skipped
    return report


def _add_from_scratch(g: Glossary, results_new: list, progress: Progress) -> BuildReport:
    """A glossary without stored statistics (made by an older medgloss): reduce everything."""
    from medgloss.terms.corpus import doc_stats
    from medgloss.terms.extract import from_bytes, to_bytes

    stats = _new_stats()
    words = documents = 0
    for doc_id, name, text, version, blob in list(g.stored_maps()):
        doc = make_document(name, text)
        if version >= 2 and blob:
            res = from_bytes(blob, doc, g.segments_of(doc_id), version)
        else:
            res = map_document(doc)
            g.conn.execute("UPDATE documents SET map_version = ?, map_data = ? WHERE id = ?",
                           (MAP_VERSION, to_bytes(res), doc_id))
        stats.add_document(doc_id, res.stats if res.stats is not None else doc_stats(res.candidates, stats.lex),
                           _definitions(res))
        words += res.words
        documents += 1
    for r in results_new:
        doc_id = g.insert_document(r.document, r.segments, r.words, MAP_VERSION, to_bytes(r))
        stats.add_document(doc_id, r.stats, _definitions(r))
        words += r.words
        documents += 1
    return _reduce_and_store(g, stats, documents, words, progress)


def _add_incremental(g: Glossary, results_new: list, doc_ids: list[int], progress: Progress) -> BuildReport:
    from medgloss.store.corpus_state import StoredCorpus
    from medgloss.terms.corpus import mentions_of
    from medgloss.terms.extract import stored_mentions

    store = StoredCorpus(g.conn)
    stats = _new_stats()
    stats.source = store
    progress("reduce", 0, 1)
    new_keys: set = set()
    for r, doc_id in zip(results_new, doc_ids):
        stats.add_document(doc_id, r.stats, _definitions(r))
        new_keys |= set(r.stats)
    affected = set(new_keys)
    alias_changed = stats.find_aliases(new_keys)
    affected |= alias_changed
    for r in results_new:
        for lang, abbr, full in _definitions(r):
            affected |= {(lang, abbr), (lang, full)}
    for k in new_keys:
        # "RLS patients" stops being a term of its own once "RLS" is an abbreviation of the corpus.
        if stats.raw[k].is_abbreviation and " " not in k[1]:
            affected |= set(store.candidates_starting_with(*k))
    before = store.kept(affected)
    decided = {k: stats.decide(k) for k in sorted(affected)}
    # Abbreviations whose full forms became (or stopped being) terms are linked again.
    status_changed = {k for k in affected if (k in before) != (decided[k] is not None)}
    relink = {a for k in status_changed for a in stats.abbreviations_of(k)} - affected
    for k, canonical in store.kept(relink).items():
        decided[k] = stats.decide(k)
        before[k] = canonical
    records = [r for r in decided.values() if r is not None]
    kept_now = {(r.lang, r.key) for r in records}
    not_loaded: dict = {}

    def kept(k) -> bool:
        if k in decided:
            return k in kept_now
        if k not in not_loaded:
            not_loaded[k] = bool(store.kept([k]))
        return not_loaded[k]

    stats.link_abbreviations(records, kept)
    progress("reduce", 1, 1)

    progress("store", 0, 1)
    dropped = [k for k in decided if decided[k] is None and k in before]
    complete = {k for k in kept_now if k not in before or k in alias_changed}
    new_docs = dict(zip(doc_ids, results_new))
    # Terms new to the glossary need their occurrences in the older documents too: read from the
    # stored map results, only the candidates wanted.
    wanted: dict[int, set] = {}
    for r in records:
        if (r.lang, r.key) in complete:
            for d in r.docs:
                if d not in new_docs:
                    wanted.setdefault(d, set()).update((r.lang, key) for key in r.keys)
    old_mentions: dict[int, dict] = {}
    for d, keys in wanted.items():
        version, blob = g.conn.execute("SELECT map_version, map_data FROM documents WHERE id = ?", (d,)).fetchone()
        old_mentions[d] = stored_mentions(blob, version, keys)

    def mentions(rec):
        out = []
        for d in rec.docs:
            if d in new_docs:
                out.extend((d, m) for m in mentions_of(new_docs[d].candidates, rec.keys, rec.lang))
            elif (rec.lang, rec.key) in complete:
                found = old_mentions[d]
                out.extend((d, m) for key in rec.keys for m in found.get((rec.lang, key), ()))
        return out

    ids = g.update_terms(records, dropped, mentions, complete)
    store.save(stats, {k: (decided[k].canonical if decided[k] else None) for k in decided})
    progress("store", 1, 1)

    # Re-align the terms whose translations can change: new ones, renamed ones, abbreviations,
    # and those whose candidates' attestation or corpus cognates changed.
    renamed = {(r.lang, r.key) for r in records if before.get((r.lang, r.key)) != r.canonical}
    changed_targets = renamed | set(dropped)
    realign = set(renamed) | {(r.lang, r.key) for r in records if r.is_abbreviation}
    names = {(k[0], name.casefold()) for k in changed_targets
             for name in (before.get(k), decided[k].canonical if decided.get(k) else None) if name}
    realign |= _candidates_pointing_at(g, changed_targets, names)
    realign |= _cognate_neighbours(g, changed_targets, before, decided)
    realign = {k for k in realign if kept(k)}
    align_records = [r for r in records if (r.lang, r.key) in realign]
    for k in sorted(realign - kept_now):
        rec = stats.decide(k)
        if rec is not None:
            align_records.append(rec)
    stats.link_abbreviations([r for r in align_records if (r.lang, r.key) not in kept_now], kept)
    align_ids = dict(ids)
    for r in align_records:
        if (r.lang, r.key) not in align_ids:
            align_ids[(r.lang, r.key)] = g.term_by_key(r.lang, r.key)["id"]
    corpus = store.all_kept()
    align_records.sort(key=lambda r: (r.lang, -r.score, r.key))

    def docs_of(k) -> set[int]:
        st = stats.get(k)
        return set(stats.merged(k)[0].docs) if st is not None else set()

    align_terms(g, align_records, align_ids, progress, dict(g.document_pairs()), corpus, docs_of, all_terms=False)
    words = sum(r.words for r in results_new)
    report = BuildReport(documents=len(g.documents()), words=words, terms=len(corpus["ru"]) + len(corpus["en"]))
    report.terms_by_lang = {lang: len(v) for lang, v in corpus.items()}
    return report


def _candidates_pointing_at(g: Glossary, targets: set, names: set) -> set:
    """Terms with a stored translation candidate among ``targets`` (lang, key), or composed of a
    piece translated as one of ``names`` (lang, casefolded form): whether those are terms of the
    corpus changes their ranking and scores."""
    import re

    out = set()
    if not targets and not names:
        return out
    piece = re.compile(r"→ ([^,;(]+?)(?= \(|,|;|$)")
    # One pass over the translations (there is no index on their targets).
    for tlang, key, target_lang, target_key, evidence in g.conn.execute(
            "SELECT t.lang, t.key, x.target_lang, x.target_key, x.evidence FROM translations x "
            "JOIN terms t ON t.id = x.term_id"):
        if (target_lang, target_key) in targets or "composition:" in evidence and any(
                (target_lang, m.casefold()) in names for m in piece.findall(evidence)):
            out.add((tlang, key))
    return out


def _cognate_neighbours(g: Glossary, changed: set, before: dict, decided: dict) -> set:
    """Terms of the other language whose words may find (or lose) a cognate among the words of
    the ``changed`` terms: the corpus's words are one source of cognates."""
    from medgloss.align.cognates import index_stems, query_stem

    stems: dict[str, set[str]] = {"ru": set(), "en": set()}
    for k in changed:
        names = {before.get(k) or "", decided[k].canonical if decided.get(k) else ""}
        for name in names:
            for w in name.lower().split():
                stems[k[0]] |= index_stems(w, k[0])
    out = set()
    for lang in ("ru", "en"):
        src = "en" if lang == "ru" else "ru"
        if not stems[lang]:
            continue
        rows = g.conn.execute(
            "SELECT DISTINCT t.lang, t.key, t.canonical FROM terms t JOIN translations x ON x.term_id = t.id "
            "WHERE t.lang = ? AND (x.methods LIKE '%cognate%' OR x.evidence LIKE '%cognate%' "
            "OR x.evidence LIKE '%transliteration%')", (src,))
        for tlang, key, canonical in rows:
            words = set(key.split()) | set(canonical.lower().split())
            if any(w.isalpha() and query_stem(w, src) in stems[lang] for w in words):
                out.add((tlang, key))
    return out


def _unique(docs: list[Document]) -> list[Document]:
    seen, out = set(), []
    for d in docs:
        if d.sha256 not in seen:
            seen.add(d.sha256)
            out.append(d)
    return out
