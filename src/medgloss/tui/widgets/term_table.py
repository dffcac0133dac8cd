"""The table of terms: one row per term, loaded a page at a time."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist, CellKey, ColumnKey, RowKey

from medgloss.tui.session import TermFilter, TermRow

COLUMNS: tuple[tuple[str, str], ...] = (
    ("term", "Term"), ("translation", "Translation"), ("lang", "Lang"), ("status", "Status"),
    ("frequency", "Freq"), ("score", "Score"),
)
FIXED_WIDTHS = {"lang": 5, "status": 9, "frequency": 5, "score": 6}  # room for a ▲/▼ after the label
STATUS_STYLES = {"approved": "bold green", "rejected": "red", "candidate": ""}
NEAR_END = 15  # rows before the last loaded one at which the next page is fetched


def status_text(status: str) -> Text:
    """A status word in its colour (green approved, red rejected)."""
    return Text(status, style=STATUS_STYLES.get(status, ""))


class TermTable(DataTable[Text]):
    """A DataTable of ``TermRow``s keyed by term id, with column widths that follow its width
    (long Russian terms are cut with an ellipsis instead of pushing the other columns away)."""

    # In a table of rows, home and end mean the first and the last row (DataTable's own bindings
    # scroll sideways, which a table this narrow never needs).
    BINDINGS = [
        Binding("home", "scroll_top", "First term", show=False, id="terms.first"),
        Binding("end", "scroll_bottom", "Last loaded term", show=False, id="terms.last"),
    ]

    class NearEnd(Message):
        """The cursor or the scroll position is close to the last loaded row."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, id=id)
        self._filter = TermFilter()
        self._filling = False  # rows are being added: the cursor moves, the user does not

    def on_mount(self) -> None:
        for key, label in COLUMNS:
            self.add_column(label, key=key, width=FIXED_WIDTHS.get(key, 20))
        self._fit_columns()

    def on_resize(self, event: events.Resize) -> None:
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Share the width left by the fixed columns between term (58%) and translation."""
        if not self.columns:
            return
        padding = 2 * self.cell_padding * len(COLUMNS)
        scrollbar = 2  # keep room for the vertical scrollbar, which comes and goes
        free = self.size.width - sum(FIXED_WIDTHS.values()) - padding - scrollbar
        free = max(free, 20)
        widths = {"term": free * 58 // 100, "translation": free - free * 58 // 100}
        changed = False
        for key, width in widths.items():
            column = self.columns[ColumnKey(key)]
            if column.width != width:
                column.width = width
                column.auto_width = False
                changed = True
        if changed:
            # Textual 8's DataTable has no public way to resize a column: mark its dimensions
            # stale and drop the render caches, as its own add_column does.
            self._require_update_dimensions = True
            self._clear_caches()
            self.refresh()

    # DataTable measures every new cell twice on idle, to size auto-width columns and rows; here
    # every column has a fixed width (``_fit_columns``) and every row one line, so that work is
    # wasted: skipping it cuts filling 500 rows from ~130 ms of the UI thread to ~30 ms.
    def _update_column_widths(self, updated_cells: set[CellKey]) -> None:
        self._require_update_dimensions = True

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        self._new_rows.clear()
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header = self.header_height if self.show_header else 0
        self.virtual_size = Size(width, self.row_count + header)  # one line per row, no row labels

    # -- content -------------------------------------------------------------------------------

    @staticmethod
    def _cells(row: TermRow) -> list[Text]:
        style = "dim" if row.status == "rejected" else ""
        term = Text(row.term, style=style, no_wrap=True, overflow="ellipsis")
        translation = Text(row.translation or "—", style="" if row.translation else "dim", no_wrap=True,
                           overflow="ellipsis")
        return [term, translation, Text(row.lang), status_text(row.status),
                Text(f"{row.frequency:>5}"), Text(f"{row.score:>6.2f}")]

    def show_rows(self, rows: list[TermRow], *, append: bool = False) -> None:
        """Replace the rows (or add ``rows`` after them)."""
        self._filling = True
        try:
            if not append:
                self.clear()
            for row in rows:
                key = str(row.id)
                if append and key in self.rows:
                    continue  # a term that moved between pages while the glossary changed
                self.add_row(*self._cells(row), key=key)
        finally:
            self._filling = False

    def update_row(self, row: TermRow) -> None:
        """Redraw one term's row in place."""
        key = RowKey(str(row.id))
        if key not in self.rows:
            return
        for (col, _label), cell in zip(COLUMNS, self._cells(row)):
            self.update_cell(key, col, cell)

    def term_id_at_cursor(self) -> int | None:
        """The id of the highlighted term, if any."""
        if self.row_count == 0:
            return None
        try:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        except CellDoesNotExist:  # the cursor is out of range while rows are replaced
            return None
        return int(key.value) if key.value is not None else None

    def row_index_of(self, term_id: int) -> int | None:
        """The row index of a term, or None if it is not loaded."""
        key = str(term_id)
        if key not in self.rows:
            return None
        return self.get_row_index(key)

    def show_sort(self, filt: TermFilter) -> None:
        """Mark the sorted column's header with ▲ or ▼."""
        self._filter = filt
        for key, label in COLUMNS:
            column = self.columns.get(ColumnKey(key))
            if column is None:
                continue
            active = filt.sort == key or (filt.sort is None and key == "score" and not filt.searching)
            arrow = ("▼" if filt.descending or filt.sort is None else "▲") if active else ""
            column.label = Text(label + arrow, style="bold" if active else "")
        self._clear_caches()
        self.refresh()

    # -- paging ---------------------------------------------------------------------------------

    def watch_cursor_coordinate(self, old, new) -> None:  # type: ignore[override]
        super().watch_cursor_coordinate(old, new)
        if not self._filling and new.row != old.row and new.row >= self.row_count - NEAR_END:
            self.post_message(self.NearEnd())

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._filling and self.row_count and new_value > old_value \
                and new_value >= self.max_scroll_y - NEAR_END:
            self.post_message(self.NearEnd())
