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
    ("↑↓ pgup pgdn", "move in the table or the translation list"),
    ("home end", "first / last loaded term"),
    ("tab, shift+tab", "move between search, filters, table and translations"),
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
                yield Static(self.bindings_table(), id="help-table")
            yield Static("Curation keys act on the highlighted term and its highlighted translation. "
                         "↑↓ scroll · esc or ? closes · keys can be remapped by binding id", classes="hint")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def bindings_table(self, *, with_ids: bool | None = None) -> Table:
        """Key, what it does and (on wide terminals) the binding id, section by section."""
        if with_ids is None:
            with_ids = self.app.size.width >= 100
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
        table.add_column("key", style="bold cyan", no_wrap=True, width=14)
        table.add_column("does", ratio=1)
        if with_ids:
            table.add_column("id", style="dim", no_wrap=True, width=30)

        def row(*cells: object) -> None:
            table.add_row(*cells[:3 if with_ids else 2])  # type: ignore[arg-type]

        for title, bindings in self.sections:
            row(Text(title, style="bold underline"), "", "")
            for b in bindings:
                row(self.key_display(b), b.tooltip or b.description, b.id or "")
            row("", "", "")
        row(Text("Widgets", style="bold underline"), "", "")
        for key, does in WIDGET_KEYS:
            row(key, does, "")
        return table
