"""The search box and the filters above the term table."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Checkbox, Input, Select

from medgloss.tui.session import TermFilter

LANG_OPTIONS: list[tuple[str, str]] = [("ru+en", "all"), ("ru", "ru"), ("en", "en")]
STATUS_OPTIONS: list[tuple[str, str]] = [("any status", "all"), ("candidate", "candidate"),
                                         ("approved", "approved"), ("rejected", "rejected")]


class FilterBar(Horizontal):
    """One line: search, language, status, attested-only, minimum score."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ search ru or en: any form, ё/е, a typo…", id="search", compact=True)
        yield Select(LANG_OPTIONS, value="all", allow_blank=False, id="lang", compact=True)
        yield Select(STATUS_OPTIONS, value="all", allow_blank=False, id="status", compact=True)
        yield Checkbox("attested", id="attested", compact=True)
        yield Input(placeholder="min score", id="min-score", type="number", compact=True,
                    tooltip="Only terms scoring at least this (0–1)")

    def apply_to(self, filt: TermFilter) -> TermFilter:
        """``filt`` with the values the widgets show now (its sort order is kept)."""
        lang = self.query_one("#lang", Select).value
        status = self.query_one("#status", Select).value
        raw = self.query_one("#min-score", Input).value.strip()
        try:
            min_score = max(0.0, float(raw)) if raw else 0.0
        except ValueError:
            min_score = filt.min_score  # half-typed ("0."), keep the last good value
        return replace(filt, text=self.query_one("#search", Input).value,
                       lang=None if lang in ("all", Select.NULL) else str(lang),
                       status=None if status in ("all", Select.NULL) else str(status),
                       attested_only=self.query_one("#attested", Checkbox).value, min_score=min_score)

    def cycle(self, select_id: str) -> None:
        """Move a filter to its next value (for the one-key shortcuts)."""
        select = self.query_one(f"#{select_id}", Select)
        values = [v for _label, v in (LANG_OPTIONS if select_id == "lang" else STATUS_OPTIONS)]
        current = select.value if select.value in values else values[0]
        select.value = values[(values.index(current) + 1) % len(values)]

    def set_value(self, select_id: str, value: str) -> None:
        """Set a filter (from the command palette)."""
        self.query_one(f"#{select_id}", Select).value = value
