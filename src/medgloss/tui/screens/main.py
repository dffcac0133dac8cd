"""The main screen: search and filters, the term table, the detail pane, and the curation keys.

Nothing here waits on the database. Queries run in exclusive thread workers (a newer query
cancels an older one) and post their rows back; curation calls run one at a time, in the order
the keys were pressed, in a thread worker each, and the view refreshes when one finishes.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Checkbox, DataTable, Footer, Header, Input, OptionList, Select, Static
from textual.worker import get_current_worker

from medgloss.errors import MedglossError
from medgloss.models import other_lang
from medgloss.tui.commands import MedglossCommands
from medgloss.tui.messages import (DetailLoaded, GlossaryChanged, PageLoaded, ReadFailed,
                                   TranslationContextsLoaded, WriteDone)
from medgloss.tui.screens.dialogs import (ConfirmDialog, EditResult, EditTermDialog, ExportDialog, ExportRequest,
                                          NewTermDialog, NewTermResult, TextDialog)
from medgloss.tui.session import (PAGE_SIZE, SORT_KEYS, Candidate, Outcome, Page, Session, SortKey, TermDetail,
                                  TermFilter, candidate_at, describe_filter)
from medgloss.tui.widgets.detail import TermDetailView
from medgloss.tui.widgets.filters import FilterBar
from medgloss.tui.widgets.term_table import TermTable

SEARCH_DELAY = 0.05  # seconds: a query per pause in typing (a query costs ~5 ms on 100,000 terms)
POLL_INTERVAL = 2.0  # seconds between checks for another process's writes
RETRY_DELAY = 1.0  # seconds before a read that found the database locked is tried again


@dataclass(frozen=True, slots=True)
class _Write:
    """A queued curation call."""

    run: Callable[[], Outcome]
    refresh: bool = True


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class MainScreen(Screen[None]):
    """Browse, search and curate the glossary."""

    COMMANDS = Screen.COMMANDS | {MedglossCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]

    # Curation keys act on the highlighted term and its highlighted translation candidate.
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="medgloss.search", tooltip="Search (any form, either language)"),
        Binding("a", "approve", "Approve", id="medgloss.approve",
                tooltip="Approve the highlighted translation (and the term)"),
        Binding("r", "reject", "Reject", id="medgloss.reject",
                tooltip="Reject the highlighted translation (the term, if it has none)"),
        Binding("p", "prefer", "Prefer", id="medgloss.prefer", show=False,
                tooltip="Mark the highlighted translation preferred (and approved)"),
        Binding("e", "edit", "Edit", id="medgloss.edit",
                tooltip="Edit the term and its highlighted translation (Russian checked by morphology)"),
        Binding("n", "new_term", "New", id="medgloss.new", tooltip="Add a new term with its translation"),
        Binding("d", "delete", "Delete", id="medgloss.delete", tooltip="Delete the term (asks first)"),
        Binding("x", "export", "Export", id="medgloss.export", tooltip="Export to TBX, TSV, CSV or JSON"),
        Binding("ctrl+z", "undo", "Undo", id="medgloss.undo", tooltip="Undo the last change"),
        Binding("ctrl+y", "redo", "Redo", id="medgloss.redo", show=False, tooltip="Redo the last undone change"),
        Binding("R", "reject_term", "Reject term", id="medgloss.reject-term", show=False,
                tooltip="Reject the term itself (not a term)"),
        Binding("t", "note", "Note", id="medgloss.note", show=False, tooltip="Write a note on the term"),
        Binding("f", "definition", "Definition", id="medgloss.definition", show=False,
                tooltip="Write the term's definition"),
        Binding("right_square_bracket", "candidate(1)", "Next translation", id="medgloss.next-translation",
                show=False, tooltip="Highlight the next translation candidate"),
        Binding("left_square_bracket", "candidate(-1)", "Previous translation", id="medgloss.previous-translation",
                show=False, tooltip="Highlight the previous translation candidate"),
        Binding("s", "cycle_sort", "Sort", id="medgloss.sort", show=False,
                tooltip="Sort by the next column (score, term, translation, lang, status, freq)"),
        Binding("S", "reverse_sort", "Reverse", id="medgloss.reverse-sort", show=False,
                tooltip="Reverse the sort order"),
        Binding("l", "cycle_filter('lang')", "Language", id="medgloss.filter-lang", show=False,
                tooltip="Show all / Russian / English terms"),
        Binding("v", "cycle_filter('status')", "Status", id="medgloss.filter-status", show=False,
                tooltip="Show any / candidate / approved / rejected terms"),
        Binding("ctrl+r", "reload", "Reload", id="medgloss.reload", show=False,
                tooltip="Reload the view from the glossary"),
        Binding("escape", "leave_search", "Table", id="medgloss.table", show=False,
                tooltip="Leave the search box for the table"),
    ]

    HELP_SECTIONS: list[tuple[str, list[str]]] = [
        ("Find", ["medgloss.search", "medgloss.table", "medgloss.filter-lang", "medgloss.filter-status",
                  "medgloss.sort", "medgloss.reverse-sort", "medgloss.reload"]),
        ("Curate", ["medgloss.approve", "medgloss.reject", "medgloss.prefer", "medgloss.next-translation",
                    "medgloss.previous-translation", "medgloss.reject-term", "medgloss.edit", "medgloss.note",
                    "medgloss.definition", "medgloss.delete"]),
        ("Glossary", ["medgloss.new", "medgloss.undo", "medgloss.redo", "medgloss.export"]),
    ]

    def __init__(self, session: Session, *, poll_interval: float = POLL_INTERVAL,
                 search_delay: float | None = None) -> None:
        super().__init__()
        self.session = session
        self.search_delay = SEARCH_DELAY if search_delay is None else search_delay
        self.filter = TermFilter()
        self.poll_interval = poll_interval
        self.page: Page | None = None  # the last page loaded (its end is the table's row count)
        self.detail: TermDetail | None = None
        self._generation = 0
        self._loading_more = False
        self._search_timer: Timer | None = None
        self._writes: deque[_Write] = deque()
        self._writing = False
        self._retry_timer: Timer | None = None
        self._status_note = ""  # said on the status line until the next reload

    # -- layout ---------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield FilterBar(id="filters")
        with Horizontal(id="body"):
            with Vertical(id="table-pane"):
                yield TermTable(id="terms")
                yield Static("", id="status-line")
            yield TermDetailView(id="detail")
        yield Footer()

    def on_resize(self) -> None:
        # Narrow terminals: less space between keys and no palette hint (ctrl+p still works, and
        # the help screen lists it), so that the footer shows every main key at 80 columns.
        footer = self.query_one(Footer)
        footer.compact = self.size.width < 110
        footer.show_command_palette = self.size.width >= 100

    @property
    def table(self) -> TermTable:
        return self.query_one("#terms", TermTable)

    @property
    def detail_view(self) -> TermDetailView:
        return self.query_one("#detail", TermDetailView)

    def on_mount(self) -> None:
        self.sub_title = self.session.path.name
        self.table.focus()
        self.detail_view.show_empty("loading…")
        self.reload()
        if self.poll_interval > 0:
            self.set_interval(self.poll_interval, self.check_for_changes)
        self._warm_up()

    @work(thread=True, group="warm-up")
    def _warm_up(self) -> None:
        """Load the Russian and English word analysers before the first search needs them."""
        from medgloss.lookup import word_alternatives

        word_alternatives("отеком")
        word_alternatives("legs")

    # -- loading the table ----------------------------------------------------------------------

    def reload(self, keep_id: int | None = None, *, keep_rows: bool = False, note: str = "") -> None:
        """Load the table again for the current filter. ``keep_id``: the term to keep the cursor
        on; ``keep_rows``: load as many rows as are loaded now (after a change, so the user's
        scroll position survives); ``note``: a word for the status line."""
        self._status_note = note
        self._generation += 1
        self._loading_more = False
        limit = PAGE_SIZE
        if keep_rows and self.page is not None:
            limit = max(PAGE_SIZE, self.table.row_count)
        self._load_page(self.filter, 0, limit, self._generation, False, keep_id)

    @work(thread=True, exclusive=True, group="page")
    def _load_page(self, filt: TermFilter, offset: int, limit: int, generation: int, append: bool,
                   keep_id: int | None) -> None:
        try:
            page = self.session.page(filt, offset, limit)
        except sqlite3.Error as exc:
            self.post_message(ReadFailed(str(exc), _is_busy(exc)))
            return
        except MedglossError as exc:
            self.post_message(ReadFailed(str(exc), False))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(PageLoaded(page, generation, append, keep_id))

    @on(PageLoaded)
    def _page_loaded(self, message: PageLoaded) -> None:
        if message.generation != self._generation:
            return  # the filter changed since this was asked for
        table = self.table
        if message.append:
            self._loading_more = False
            if self.page is None or message.page.offset != table.row_count:
                return
            table.show_rows(message.page.rows, append=True)
            self.page = message.page
            self._update_status()
            return
        old_index = table.cursor_row
        self.page = message.page
        table.show_rows(message.page.rows)
        table.show_sort(self.filter)
        # A new search or filter starts at the top; a refresh stays on its term, or where it was
        # if the term has gone.
        index = 0
        if message.keep_id is not None:
            found = table.row_index_of(message.keep_id)
            index = found if found is not None else min(old_index, table.row_count - 1)
        if table.row_count:
            table.move_cursor(row=max(0, index))
        self._update_status()
        self._term_highlighted(force=True)

    def _update_status(self) -> None:
        page = self.page
        if page is None:
            return
        shown = self.table.row_count
        filt = self.filter
        parts = []
        if filt.searching:
            parts.append(f"{page.total} match{'es' if page.total != 1 else ''} for «{filt.text.strip()}»")
        elif shown < page.total:
            parts.append(f"{shown:,} of {page.total:,} terms (more as you scroll)")
        else:
            parts.append(f"{page.total:,} term{'s' if page.total != 1 else ''}")
        words = describe_filter(filt)
        if words:
            parts.append(" · ".join(words))
        order = filt.sort or ("relevance" if filt.searching else "score")
        parts.append(f"by {order}")
        if self._status_note:
            parts.append(self._status_note)
        self.query_one("#status-line", Static).update(Text("  ·  ".join(parts), style="dim"))

    @on(TermTable.NearEnd)
    def _near_end(self) -> None:
        page = self.page
        if page is None or self._loading_more or not page.has_more or self.filter.searching:
            return
        self._loading_more = True
        self._load_page(self.filter, self.table.row_count, PAGE_SIZE, self._generation, True, None)

    # -- the highlighted term -------------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#terms")
    def _row_highlighted(self) -> None:
        self._term_highlighted()

    def _term_highlighted(self, force: bool = False) -> None:
        term_id = self.table.term_id_at_cursor()
        if term_id is None:
            self.detail = None
            self.detail_view.show_empty("No term matches." if self.filter.searching or describe_filter(self.filter)
                                        else "The glossary is empty: n adds a term.")
            return
        if not force and self.detail is not None and self.detail.id == term_id:
            return
        self._load_detail(term_id)

    @work(thread=True, exclusive=True, group="detail")
    def _load_detail(self, term_id: int) -> None:
        try:
            detail = self.session.detail(term_id)
        except sqlite3.Error as exc:
            self.post_message(ReadFailed(str(exc), _is_busy(exc)))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(DetailLoaded(term_id, detail))

    @on(DetailLoaded)
    def _detail_loaded(self, message: DetailLoaded) -> None:
        if message.term_id != self.table.term_id_at_cursor():
            return
        if message.detail is None:
            self.detail = None
            self.detail_view.show_empty("This term is gone (deleted elsewhere?). ctrl+r reloads.")
            return
        same = self.detail is not None and self.detail.id == message.term_id
        self.detail = message.detail
        self.detail_view.show(message.detail, keep_candidate=same)
        self._candidate_changed()

    @on(OptionList.OptionHighlighted, "#candidates")
    def _candidate_highlighted(self) -> None:
        self._candidate_changed()

    def _candidate_changed(self) -> None:
        cand = self.current_candidate()
        if self.detail is not None and cand is not None:
            self._load_translation_contexts(self.detail.id, cand)

    @work(thread=True, exclusive=True, group="translation-contexts")
    def _load_translation_contexts(self, term_id: int, cand: Candidate) -> None:
        try:
            contexts = self.session.translation_contexts(cand.target, cand.target_lang)
        except sqlite3.Error as exc:
            self.post_message(ReadFailed(str(exc), _is_busy(exc)))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(TranslationContextsLoaded(term_id, cand.target_key, cand.target, contexts))

    @on(TranslationContextsLoaded)
    def _translation_contexts_loaded(self, message: TranslationContextsLoaded) -> None:
        cand = self.current_candidate()
        if self.detail is None or self.detail.id != message.term_id or cand is None \
                or cand.target_key != message.target_key:
            return
        self.detail_view.show_translation_contexts(cand, message.contexts)

    def current_candidate(self) -> Candidate | None:
        """The highlighted translation candidate of the shown term (the best by default)."""
        return candidate_at(self.detail, self.detail_view.highlighted_index())

    def _current_term(self) -> TermDetail | None:
        """The highlighted term's detail, once it has loaded; else says why not."""
        term_id = self.table.term_id_at_cursor()
        if term_id is None:
            self.notify("no term is highlighted", severity="warning")
            return None
        if self.detail is None or self.detail.id != term_id:
            self.notify("the term is still loading; press the key again", severity="warning")
            return None
        return self.detail

    # -- search and filters ---------------------------------------------------------------------

    @on(Input.Changed, "#search")
    @on(Input.Changed, "#min-score")
    def _typing(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(self.search_delay, self.apply_filters)

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self.apply_filters()
        self.table.focus()

    @on(Input.Submitted, "#min-score")
    def _min_score_submitted(self) -> None:
        self._search_submitted()

    @on(Select.Changed, "#lang")
    @on(Select.Changed, "#status")
    @on(Checkbox.Changed, "#attested")
    def _filter_changed(self) -> None:
        self.apply_filters()

    def apply_filters(self) -> None:
        """Reload the table if the search box or a filter says something new."""
        new = self.query_one(FilterBar).apply_to(self.filter)
        if new.searching != self.filter.searching and new.sort is None:
            new = replace(new, descending=True)
        if new == self.filter:
            return
        self.filter = new
        self.reload()

    def _search_for(self, text: str, keep_id: int | None) -> None:
        """Show a term by searching for it (after adding it: the view may not have shown it)."""
        if self._search_timer is not None:
            self._search_timer.stop()
        self.query_one("#search", Input).value = text
        self.filter = replace(self.query_one(FilterBar).apply_to(self.filter), text=text)
        self.reload(keep_id)
        self.table.focus()

    def action_focus_search(self) -> None:
        search = self.query_one("#search", Input)
        search.focus()
        search.select_all()

    def action_leave_search(self) -> None:
        self.table.focus()

    def action_cycle_filter(self, which: str) -> None:
        self.query_one(FilterBar).cycle(which)

    def set_filter(self, which: str, value: str) -> None:
        """Set the language or status filter (the command palette uses this)."""
        self.query_one(FilterBar).set_value(which, value)

    def toggle_attested(self) -> None:
        """Show only terms attested in the corpus, or all."""
        box = self.query_one("#attested", Checkbox)
        box.value = not box.value

    def sort_by(self, key: SortKey | None, descending: bool | None = None) -> None:
        """Sort the table by a column (None: relevance/score)."""
        self.filter = self.filter.sorted_by(key, descending)
        self.reload(keep_id=self.table.term_id_at_cursor())

    @on(DataTable.HeaderSelected, "#terms")
    def _header_clicked(self, event: DataTable.HeaderSelected) -> None:
        key = str(event.column_key.value)
        if key not in SORT_KEYS:
            return
        if self.filter.sort == key or (self.filter.sort is None and key == "score" and not self.filter.searching):
            self.sort_by(key, not self.filter.descending)  # type: ignore[arg-type]
        else:
            self.sort_by(key)  # type: ignore[arg-type]

    def action_cycle_sort(self) -> None:
        # None is relevance when searching; when browsing it is the score order.
        order: list[SortKey | None] = [None, *SORT_KEYS] if self.filter.searching else list(SORT_KEYS)
        current = self.filter.sort if self.filter.sort in order else order[0]
        self.sort_by(order[(order.index(current) + 1) % len(order)])
        self.notify(f"sorted by {self.filter.sort or 'relevance'}", timeout=2)

    def action_reverse_sort(self) -> None:
        self.sort_by(self.filter.sort or ("score" if not self.filter.searching else None),
                     not self.filter.descending)

    def action_reload(self) -> None:
        self.reload(self.table.term_id_at_cursor(), keep_rows=True)

    def action_candidate(self, delta: int) -> None:
        self.detail_view.move_candidate(delta)

    # -- outside changes and busy databases -----------------------------------------------------

    def check_for_changes(self) -> None:
        """Ask (in a worker) whether another process has written to the glossary."""
        self._poll()

    @work(thread=True, exclusive=True, group="poll")
    def _poll(self) -> None:
        try:
            changed = self.session.external_change()
        except sqlite3.Error:
            return  # the next poll will look again
        if changed:
            self.post_message(GlossaryChanged())

    @on(GlossaryChanged)
    def _glossary_changed(self) -> None:
        self.reload(self.table.term_id_at_cursor(), keep_rows=True, note="updated from disk")

    @on(ReadFailed)
    def _read_failed(self, message: ReadFailed) -> None:
        self._loading_more = False
        if not message.busy:
            self.notify(message.error, title="Cannot read the glossary", severity="error")
            return
        self.notify("another process is writing the glossary; retrying…", severity="warning", timeout=3)
        if self._retry_timer is not None:
            self._retry_timer.stop()
        self._retry_timer = self.set_timer(RETRY_DELAY, self.action_reload)

    # -- curation -------------------------------------------------------------------------------

    def submit(self, run: Callable[[], Outcome], *, refresh: bool = True) -> None:
        """Queue a curation call; calls run one at a time, in order, off the UI thread."""
        self._writes.append(_Write(run, refresh))
        if not self._writing:
            self._next_write()

    def _next_write(self) -> None:
        if not self._writes:
            self._writing = False
            return
        self._writing = True
        self._run_write(self._writes.popleft())

    @work(thread=True, group="write")
    def _run_write(self, job: _Write) -> None:
        try:
            outcome = job.run()
        except MedglossError as exc:
            self.post_message(WriteDone(None, str(exc)))
        except sqlite3.Error as exc:
            why = "another process is writing the glossary" if _is_busy(exc) else str(exc)
            self.post_message(WriteDone(None, f"not saved: {why}; try again"))
        except OSError as exc:
            self.post_message(WriteDone(None, f"{exc.filename or ''}: {exc.strerror or exc}".strip(": ")))
        else:
            self.post_message(WriteDone(outcome, refresh=job.refresh))

    @on(WriteDone)
    def _write_done(self, message: WriteDone) -> None:
        if message.error is not None:
            self.notify(message.error, title="Not done", severity="error")
        elif message.outcome is not None:
            self.notify(message.outcome.message, timeout=3)
            if message.outcome.suggestion:
                self.notify(f"morphology suggests «{message.outcome.suggestion}» (e edits)",
                            severity="warning", timeout=8)
            outcome = message.outcome
            if outcome.show:
                self._search_for(outcome.show, outcome.term_id)
            elif outcome.row is not None and self.table.row_index_of(outcome.row.id) is not None:
                # One term changed: redraw its row where it is (no reload, no jump, even if it
                # no longer matches the filter; the next reload drops it) and its detail.
                self.table.update_row(outcome.row)
                if self.table.term_id_at_cursor() == outcome.row.id:
                    self._load_detail(outcome.row.id)
            elif message.refresh:
                keep = outcome.term_id or self.table.term_id_at_cursor()
                self.reload(keep, keep_rows=True)
        self._next_write()

    def action_approve(self) -> None:
        term = self._current_term()
        if term is not None:
            cand = self.current_candidate()
            self.submit(lambda: self.session.approve(term.id, cand))

    def action_reject(self) -> None:
        term = self._current_term()
        if term is not None:
            cand = self.current_candidate()
            self.submit(lambda: self.session.reject(term.id, cand))

    def action_reject_term(self) -> None:
        term = self._current_term()
        if term is not None:
            self.submit(lambda: self.session.set_term_status(term.id, "rejected"))

    def action_prefer(self) -> None:
        term = self._current_term()
        if term is None:
            return
        cand = self.current_candidate()
        if cand is None:
            self.notify("this term has no translation to prefer", severity="warning")
            return
        self.submit(lambda: self.session.prefer(term.id, cand))

    def action_edit(self) -> None:
        term = self._current_term()
        if term is None:
            return
        cand = self.current_candidate()

        def done(result: EditResult | None) -> None:
            if result is None:
                return
            change = (cand.target_key, result.translation) if cand is not None and result.translation else None
            self.submit(lambda: self.session.edit(term.id, result.term, change))

        self.app.push_screen(EditTermDialog(term.term, term.lang, cand.target if cand else None,
                                            cand.target_lang if cand else other_lang(term.lang)),  # type: ignore[arg-type]
                             done)

    def action_new_term(self) -> None:
        def done(result: NewTermResult | None) -> None:
            if result is not None:
                self.submit(lambda: self.session.add(result.term, result.translation or None))

        self.app.push_screen(NewTermDialog(), done)  # type: ignore[arg-type]

    def action_delete(self) -> None:
        term = self._current_term()
        if term is None:
            return
        n = len(term.candidates)

        def done(yes: bool | None) -> None:
            if yes:
                self.submit(lambda: self.session.delete(term.id))

        self.app.push_screen(ConfirmDialog(
            f"Delete «{term.term}»{f' and its {n} translation' + ('s' if n != 1 else '') if n else ''}?\n"
            "ctrl+z brings it back."), done)

    def action_note(self) -> None:
        term = self._current_term()
        if term is None:
            return

        def done(text: str | None) -> None:
            if text is not None:
                self.submit(lambda: self.session.set_note(term.id, text))

        self.app.push_screen(TextDialog(f"Note on «{term.term}»", term.note or ""), done)

    def action_definition(self) -> None:
        term = self._current_term()
        if term is None:
            return

        def done(text: str | None) -> None:
            if text is not None:
                self.submit(lambda: self.session.set_definition(term.id, text))

        self.app.push_screen(TextDialog(f"Definition of «{term.term}»", term.definition or ""), done)

    def action_undo(self) -> None:
        self.submit(self.session.undo)

    def action_redo(self) -> None:
        self.submit(self.session.redo)

    def action_export(self) -> None:
        def done(req: ExportRequest | None) -> None:
            if req is not None:
                self.submit(lambda: self.session.export(req.fmt, req.path, req.approved_only), refresh=False)

        self.app.push_screen(ExportDialog(), done)  # type: ignore[arg-type]

    # -- help -----------------------------------------------------------------------------------

    def help_sections(self) -> list[tuple[str, list[Binding]]]:
        """This screen's bindings grouped for the help screen (every one of them, in order)."""
        by_id = {b.id: b for b in self.BINDINGS if isinstance(b, Binding)}
        sections = [(title, [by_id[i] for i in ids if i in by_id]) for title, ids in self.HELP_SECTIONS]
        listed = {i for _t, ids in self.HELP_SECTIONS for i in ids}
        rest = [b for i, b in by_id.items() if i not in listed]
        if rest:
            sections.append(("More", rest))
        return sections
