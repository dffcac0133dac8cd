"""The terminal UI's window on the glossary: the queries and curation calls it makes, no Textual.

The app calls these methods from thread workers, so one lock guards the one connection: SQLite
sees one thread at a time. One connection, not a reader and a writer: every ``Glossary()`` opened
in a process reads the file's header with a plain open()/close(), and closing any descriptor of
the file drops the process's POSIX locks on it, the shared lock of the connection already open
included; another process closing the glossary then takes it for the last user and deletes the
WAL under us. One connection also means our own commits never look like another process's.
Every curation call is one transaction of the repository, recorded for undo.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from medgloss.errors import MedglossError, NotFound
from medgloss.models import other_lang
from medgloss.store.glossary import Glossary

PAGE_SIZE = 500
SEARCH_LIMIT = 200  # lookup's full-text step returns at most this many terms anyway

SortKey = Literal["score", "term", "translation", "lang", "status", "frequency"]
SORT_KEYS: tuple[SortKey, ...] = ("score", "term", "translation", "lang", "status", "frequency")
# Numbers read best largest first, words alphabetically.
DEFAULT_DESCENDING: dict[str, bool] = {"score": True, "frequency": True, "term": False, "translation": False,
                                       "lang": False, "status": False}
STATUSES = ("candidate", "approved", "rejected")
EXPORT_FORMATS = ("tbx", "tbx3", "tsv", "csv", "json")
EXPORT_EXTENSIONS = {"tbx": "tbx", "tbx3": "tbx", "tsv": "tsv", "csv": "csv", "json": "json"}


@dataclass(frozen=True, slots=True)
class TermFilter:
    """What the table shows: a search (lookup matching) and filters, in a sort order."""

    text: str = ""
    lang: str | None = None
    status: str | None = None
    attested_only: bool = False
    min_score: float = 0.0
    sort: SortKey | None = None  # None: by relevance when searching, by score otherwise
    descending: bool = True

    @property
    def searching(self) -> bool:
        return bool(self.text.strip())

    def sorted_by(self, key: SortKey | None, descending: bool | None = None) -> TermFilter:
        """This filter in another order (each column has a natural direction)."""
        if descending is None:
            descending = DEFAULT_DESCENDING.get(key or "score", True)
        return replace(self, sort=key, descending=descending)


@dataclass(frozen=True, slots=True)
class TermRow:
    """One line of the term table."""

    id: int
    term: str
    translation: str
    lang: str
    status: str
    frequency: int
    score: float
    attested: bool
    key: str = ""  # the lemma key: the term column sorts by it (case- and ё-insensitive)
    translation_key: str = ""  # the same for the translation
    match: str | None = None  # how a search matched it (exact, lemma, words, prefix, typo)


@dataclass(frozen=True, slots=True)
class Page:
    """Rows ``offset``…``offset + len(rows)`` of the ``total`` terms matching a filter."""

    rows: list[TermRow]
    offset: int
    total: int
    filter: TermFilter

    @property
    def end(self) -> int:
        return self.offset + len(self.rows)

    @property
    def has_more(self) -> bool:
        return self.end < self.total


@dataclass(frozen=True, slots=True)
class Candidate:
    """A translation candidate of a term, as the detail pane shows it."""

    target: str
    target_key: str
    target_lang: str
    score: float
    methods: list[str]
    evidence: str
    attested: bool
    status: str
    preferred: bool
    origin: str


@dataclass(frozen=True, slots=True)
class Context:
    """A sentence of the corpus with a term at ``text[start:end]`` (and, when the term occurs
    in it more than once, at every span of ``spans``)."""

    text: str
    start: int
    end: int
    document: str
    kind: str
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def all_spans(self) -> tuple[tuple[int, int], ...]:
        return self.spans or ((self.start, self.end),)


def distinct_contexts(rows: list[dict[str, Any]], limit: int) -> list[Context]:
    """One concordance line per sentence: a term met twice in a sentence gives one line with
    both spans, not the same line twice."""
    out: dict[tuple[str, str], list[Any]] = {}
    for r in rows:
        key = (r["document"], r["text"])
        if key not in out:
            if len(out) == limit:
                continue
            out[key] = [r, []]
        out[key][1].append((int(r["start"]), int(r["end"])))
    return [Context(r["text"], int(r["start"]), int(r["end"]), r["document"], r["kind"], tuple(sorted(set(spans))))
            for r, spans in out.values()]


@dataclass(frozen=True, slots=True)
class TermDetail:
    """Everything the detail pane shows about one term."""

    id: int
    term: str
    lang: str
    pos: str
    status: str
    frequency: int
    score: float
    origin: str
    attested: bool
    is_abbreviation: bool
    note: str | None
    definition: str | None
    variants: list[str] = field(default_factory=list)
    abbreviations: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    contexts: list[Context] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a curation call did: a message for the user, the term to show afterwards, and a
    morphology suggestion the user may still want to apply."""

    message: str
    term_id: int | None = None
    suggestion: str | None = None
    show: str | None = None  # search for this afterwards (a new term the current view may hide)
    row: TermRow | None = None  # the changed term's new table row: redraw it in place


def kwic(text: str, start: int, end: int, width: int = 220) -> tuple[str, int]:
    """Cut a long sentence to about ``width`` characters around ``text[start:end]`` (keyword in
    context). Returns the cut text and the shift to add to an offset of ``text`` to get its
    offset in the cut text."""
    text = text.replace("\n", " ")
    if len(text) <= width:
        return text, 0
    room = max(0, width - (end - start)) // 2
    lo = max(0, start - room)
    hi = min(len(text), end + room + max(0, room - (start - lo)))
    lo = max(0, min(lo, hi - width))
    # Cut between words, not inside one (unless a word is very long).
    if lo > 0:
        space = text.find(" ", lo, start)
        if space != -1 and space - lo < 20:
            lo = space + 1
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        if space != -1 and hi - space < 20:
            hi = space
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return prefix + text[lo:hi] + suffix, len(prefix) - lo


def _row_from_db(row: dict[str, Any], best: tuple[str, str] | tuple[None, None], match: str | None = None) -> TermRow:
    return TermRow(id=int(row["id"]), term=row["canonical"], translation=best[0] or "", lang=row["lang"],
                   status=row["status"], frequency=int(row["frequency"]), score=float(row["score"]),
                   attested=bool(row["attested"]), key=row["key"], translation_key=best[1] or "", match=match)


def _sort_rows(rows: list[TermRow], key: SortKey, descending: bool) -> list[TermRow]:
    keys: dict[str, Any] = {
        "score": lambda r: r.score,
        "frequency": lambda r: r.frequency,
        "term": lambda r: (r.key, r.term),
        "translation": lambda r: (r.translation_key, r.translation),
        "lang": lambda r: r.lang,
        "status": lambda r: r.status,
    }
    out = sorted(rows, key=keys[key], reverse=descending)
    if key == "translation":
        # Terms without a translation go last whichever the direction.
        out = [r for r in out if r.translation] + [r for r in out if not r.translation]
    return out


class Session:
    """An open glossary as the terminal UI uses it. Thread-safe."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._g = Glossary(self.path, create=False)
        self._lock = threading.Lock()
        self._seen_version: int | None = None

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._g.close()

    # -- reading ------------------------------------------------------------------------------

    def page(self, filt: TermFilter, offset: int = 0, limit: int = PAGE_SIZE) -> Page:
        """The rows of the term table: a search through ``lookup`` (at most ``SEARCH_LIMIT``
        terms, in relevance order unless a column sort is asked for), or one page of the whole
        glossary in the filter's order."""
        with self._lock:
            g = self._g
            self._seen_version = g.data_version()
            if filt.searching:
                rows = self._search(g, filt)
                return Page(rows[offset:offset + limit], offset, len(rows), filt)
            kwargs: dict[str, Any] = {"lang": filt.lang, "status": filt.status,
                                      "attested_only": filt.attested_only, "min_score": filt.min_score}
            db_rows = g.browse_terms(**kwargs, order=filt.sort or "score",
                                     descending=filt.descending if filt.sort else True,
                                     limit=limit, offset=offset)
            total = g.count_browse(**kwargs)
            return Page([_row_from_db(r, (r["best"], r["best_key"])) for r in db_rows], offset, total, filt)

    @staticmethod
    def _search(g: Glossary, filt: TermFilter) -> list[TermRow]:
        from medgloss.lookup import lookup

        hits = [h for h in lookup(g, filt.text, limit=SEARCH_LIMIT)
                if (not filt.lang or h.row["lang"] == filt.lang)
                and (not filt.status or h.row["status"] == filt.status)
                and (not filt.attested_only or h.row["attested"])
                and h.row["score"] >= filt.min_score]
        best = g.best_translations([h.row["id"] for h in hits])
        rows = [_row_from_db(h.row, best.get(h.row["id"], (None, None)), h.how) for h in hits]
        if filt.sort is not None:
            rows = _sort_rows(rows, filt.sort, filt.descending)
        elif not filt.descending:
            rows.reverse()  # least relevant first
        return rows

    def detail(self, term_id: int, contexts: int = 4) -> TermDetail | None:
        """The detail pane of a term, or None if it is gone."""
        with self._lock:
            g = self._g
            row = g.term_by_id(term_id)
            if row is None:
                return None
            cands = [Candidate(target=t["target"], target_key=t["target_key"], target_lang=t["target_lang"],
                               score=float(t["score"]), methods=list(t["methods"]), evidence=t["evidence"] or "",
                               attested=bool(t["attested"]), status=t["status"], preferred=bool(t["preferred"]),
                               origin=t["origin"])
                     for t in g.translations_of(term_id)]
            # Ask for more occurrences than lines: several may fall in one sentence.
            ctx = distinct_contexts(g.contexts(term_id, contexts * 4), contexts)
            return TermDetail(
                id=term_id, term=row["canonical"], lang=row["lang"], pos=row["pos"], status=row["status"],
                frequency=int(row["frequency"]), score=float(row["score"]), origin=row["origin"],
                attested=bool(row["attested"]), is_abbreviation=bool(row["is_abbreviation"]),
                note=row["note"], definition=row["definition"], variants=g.variants_of(term_id),
                abbreviations=g.abbreviation_links(term_id), candidates=cands, contexts=ctx)

    def translation_contexts(self, target: str, target_lang: str, limit: int = 3) -> list[Context]:
        """Sentences of the other language's documents where a translation occurs: the contexts of
        the glossary term that ``target`` is (found as ``medgloss lookup`` finds it), if it is one."""
        from medgloss.lookup import lookup

        with self._lock:
            g = self._g
            hits = [h for h in lookup(g, target, limit=10)
                    if h.row["lang"] == target_lang and h.how in ("exact", "lemma")]
            if not hits:
                return []
            return distinct_contexts(g.contexts(hits[0].row["id"], limit * 4), limit)

    def external_change(self) -> bool:
        """Whether another connection has committed since the last look (or the last page read).
        Answers False at once while the connection is busy: the next look will tell."""
        if not self._lock.acquire(blocking=False):
            return False
        try:
            version = self._g.data_version()
            changed = self._seen_version is not None and version != self._seen_version
            self._seen_version = version
            return changed
        finally:
            self._lock.release()

    # -- curation -----------------------------------------------------------------------------

    def _row(self, term_id: int) -> TermRow | None:
        """A term's table row as it is now (call with the lock held)."""
        row = self._g.term_by_id(term_id)
        if row is None:
            return None
        return _row_from_db(row, self._g.best_translations([term_id]).get(term_id, (None, None)))

    def _term(self, term_id: int) -> dict[str, Any]:
        row = self._g.term_by_id(term_id)
        if row is None:
            raise NotFound(f"term {term_id} is no longer in the glossary")
        return row

    def approve(self, term_id: int, cand: Candidate | None) -> Outcome:
        """Approve a translation (which approves its term too), or the term alone if it has none."""
        return self._decide(term_id, cand, "approved")

    def reject(self, term_id: int, cand: Candidate | None) -> Outcome:
        """Reject a translation, or the term itself if it has none."""
        return self._decide(term_id, cand, "rejected")

    def _decide(self, term_id: int, cand: Candidate | None, status: str) -> Outcome:
        with self._lock:
            row = self._term(term_id)
            if cand is None:
                self._g.set_term_status(term_id, status)
                return Outcome(f"{status} «{row['canonical']}»", term_id, row=self._row(term_id))
            self._g.set_translation_status(term_id, cand.target, cand.target_key, cand.target_lang, status)
            return Outcome(f"{status} {row['canonical']} → {cand.target}", term_id, row=self._row(term_id))

    def set_term_status(self, term_id: int, status: str) -> Outcome:
        """Set the status of the term itself (a non-term is rejected here, say)."""
        if status not in STATUSES:
            raise MedglossError(f"unknown status {status!r}")
        with self._lock:
            row = self._term(term_id)
            self._g.set_term_status(term_id, status)
            return Outcome(f"{status} «{row['canonical']}»", term_id, row=self._row(term_id))

    def prefer(self, term_id: int, cand: Candidate) -> Outcome:
        """Mark a translation preferred (and approved)."""
        with self._lock:
            row = self._term(term_id)
            self._g.set_translation_status(term_id, cand.target, cand.target_key, cand.target_lang, "approved",
                                               preferred=True)
            return Outcome(f"preferred {row['canonical']} → {cand.target}", term_id, row=self._row(term_id))

    def edit(self, term_id: int, text: str, translation: tuple[str, str] | None = None) -> Outcome:
        """Change a term's form (re-checked by morphology) and, given (old target key, new text),
        one of its translations. Each change is its own undoable step."""
        from medgloss import curate

        with self._lock:
            row = self._term(term_id)
        lang = row["lang"]
        # Analysis loads spaCy on first use: do it before taking the lock, so other writes and
        # the reads never wait for it.
        check = curate.check_form(text, lang)
        tcheck = curate.check_form(translation[1], other_lang(lang)) if translation else None
        messages, suggestion = [], None
        with self._lock:
            if check.text != row["canonical"]:
                done = curate.edit_term(self._g, term_id, text)
                messages.append(f"edited «{row['canonical']}» → «{done.text}»")
                suggestion = done.suggestion
            if translation and tcheck is not None:
                old_key = translation[0]
                old = next((t for t in self._g.translations_of(term_id) if t["target_key"] == old_key), None)
                if old is None:
                    raise NotFound(f"the translation {translation[1]!r} is no longer there")
                if tcheck.text != old["target"]:
                    self._g.edit_translation(term_id, old_key, tcheck.text, tcheck.key)
                    messages.append(f"translation «{old['target']}» → «{tcheck.text}»")
                    suggestion = suggestion or tcheck.suggestion
            changed = self._row(term_id)
        return Outcome("; ".join(messages) or "nothing changed", term_id, suggestion, row=changed)

    def add(self, text: str, translation: str | None = None) -> Outcome:
        """Add a term typed by the user (language by script) with its translation."""
        from medgloss import curate

        text = " ".join(text.split())
        if not text:
            raise MedglossError("a new term needs a form")
        lang = curate.detect_lang(text)
        curate.check_form(text, lang)  # warm the analyser outside the lock (see ``edit``)
        with self._lock:
            term_id, check = curate.add_term(self._g, text, " ".join((translation or "").split()) or None)
        msg = f"added «{check.text}»" + (f" → {translation}" if translation else "")
        return Outcome(msg, term_id, check.suggestion, show=check.text)

    def delete(self, term_id: int) -> Outcome:
        """Delete a term with its translations (undoable)."""
        with self._lock:
            row = self._term(term_id)
            self._g.delete_term(term_id)
            return Outcome(f"deleted «{row['canonical']}»", None)

    def set_note(self, term_id: int, text: str) -> Outcome:
        """Set (or, with empty text, remove) the note of a term."""
        with self._lock:
            row = self._term(term_id)
            self._g.set_note(term_id, text.strip() or None)
            return Outcome(f"note {'saved' if text.strip() else 'removed'} on «{row['canonical']}»", term_id, row=self._row(term_id))

    def set_definition(self, term_id: int, text: str) -> Outcome:
        """Set (or, with empty text, remove) the definition of a term."""
        with self._lock:
            row = self._term(term_id)
            self._g.set_definition(term_id, text.strip() or None)
            return Outcome(f"definition {'saved' if text.strip() else 'removed'} on «{row['canonical']}»", term_id, row=self._row(term_id))

    def undo(self) -> Outcome:
        """Undo the last change."""
        with self._lock:
            what = self._g.undo()
        return Outcome(f"undone: {what}" if what else "nothing to undo")

    def redo(self) -> Outcome:
        """Redo the last undone change."""
        with self._lock:
            what = self._g.redo()
        return Outcome(f"redone: {what}" if what else "nothing to redo")

    def export(self, fmt: str, path: str | Path, approved_only: bool = False) -> Outcome:
        """Export the glossary through ``medgloss.export`` (on the one connection: see the module
        docstring for why not on a second one)."""
        try:
            from medgloss.export import export
        except ImportError:
            raise MedglossError("export is not available in this version of medgloss") from None
        if fmt not in EXPORT_FORMATS:
            raise MedglossError(f"unknown export format {fmt!r}")
        dest = Path(path).expanduser()
        if dest.is_dir():
            raise MedglossError(f"{dest} is a directory; give a file name")
        if not dest.parent.exists():
            raise MedglossError(f"{dest.parent}: no such directory")
        with self._lock:
            n = export(self._g, fmt, dest, approved_only=approved_only)
        return Outcome(f"exported {n} entries to {dest}")


def candidate_at(detail: TermDetail | None, index: int | None) -> Candidate | None:
    """The candidate at ``index`` of a detail (the best one when index is None)."""
    if detail is None or not detail.candidates:
        return None
    if index is None or not 0 <= index < len(detail.candidates):
        return detail.candidates[0]
    return detail.candidates[index]


def default_export_path(fmt: str, directory: str | Path | None = None) -> str:
    """``glossary.<ext>`` for a format, in ``directory`` if given."""
    name = f"glossary.{EXPORT_EXTENSIONS.get(fmt, fmt)}"
    return str(Path(directory) / name) if directory else name


def describe_filter(filt: TermFilter) -> Sequence[str]:
    """Short words for the active filters (for the status line)."""
    parts = []
    if filt.lang:
        parts.append(filt.lang)
    if filt.status:
        parts.append(filt.status)
    if filt.attested_only:
        parts.append("attested")
    if filt.min_score > 0:
        parts.append(f"score ≥ {filt.min_score:g}")
    return parts
