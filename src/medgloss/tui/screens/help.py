"""The help screen: every key binding, as the user's keymap has it."""

from __future__ import annotations

from dataclasses import replace

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

# Keys that belong to widgets rather than to medgloss, listed so that nothing needs guessing.
WIDGET_KEYS: list[tuple[str, str]] = [
    ("↑ ↓ pgup pgdn", "move in the table or the translation list"),
    ("home end", "first / last loaded term"),
    ("tab shift+tab", "move between search, filters, table and translations"),
    ("enter", "in the search box: search now and go to the table"),
    ("esc", "leave the search box (or close a dialog)"),
    ("click a header", "sort by that column (again: reverse)"),
    ("^p", "command palette: every action by name"),
]


class HelpScreen(ModalScreen[None]):
    """Lists the bindings it is given, section by section, then the widget keys."""

    BINDINGS = [Binding("escape,question_mark,q,f1", "dismiss", "Close", id="help.close")]

    def __init__(self, sections: list[tuple[str, list[Binding]]], keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.sections = sections
        self.keymap = keymap or {}

    def key_display(self, binding: Binding) -> str:
        """How the key of a binding reads, after the user's keymap."""
        key = self.keymap.get(binding.id or "", binding.key)
        return ", ".join(self.app.get_key_display(replace(binding, key=k.strip(), key_display=None))
                         for k in key.split(","))

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog help"):
            yield Label("medgloss — keys", classes="dialog-title")
            with VerticalScroll():
                yield Static(self._table(), id="help-table")
            yield Static("esc or ? closes · keys can be remapped by binding id", classes="hint")

    def _table(self) -> Table:
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
        table.add_column("key", style="bold cyan", no_wrap=True, min_width=14)
        table.add_column("does")
        table.add_column("id", style="dim", no_wrap=True)
        for title, bindings in self.sections:
            table.add_row(Text(title, style="bold underline"), "", "")
            for b in bindings:
                table.add_row(self.key_display(b), b.tooltip or b.description, b.id or "")
            table.add_row("", "", "")
        table.add_row(Text("Widgets", style="bold underline"), "", "")
        for key, does in WIDGET_KEYS:
            table.add_row(key, does, "")
        return table
