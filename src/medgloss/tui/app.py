"""The medgloss terminal UI: ``make_app(path)`` builds it for the CLI and for the tests alike."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from medgloss.errors import MedglossError
from medgloss.tui.screens.build import BuildScreen
from medgloss.tui.screens.help import HelpScreen
from medgloss.tui.screens.main import POLL_INTERVAL, MainScreen
from medgloss.tui.session import Session


class MedglossApp(App[None]):
    """Browse, search and curate a glossary; builds it first when the file is missing."""

    CSS_PATH = "app.tcss"
    TITLE = "medgloss"
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="medgloss.help", tooltip="This list of keys"),
        Binding("q", "quit", "Quit", id="medgloss.quit", tooltip="Quit (every change is already saved)"),
    ]

    def __init__(self, db_path: str | Path, *, poll_interval: float = POLL_INTERVAL,
                 keymap: dict[str, str] | None = None, build_if_missing: bool = True,
                 search_delay: float | None = None) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.poll_interval = poll_interval
        self.search_delay = search_delay
        self.build_if_missing = build_if_missing
        self.keymap_overrides = dict(keymap or {})
        self.session: Session | None = None
        if keymap:
            self.set_keymap(keymap)

    def on_mount(self) -> None:
        self.sub_title = self.db_path.name
        if self.db_path.exists():
            self._open()
        elif self.build_if_missing:
            self.push_screen(BuildScreen(self.db_path), self._built)
        else:
            self.exit(return_code=1, message=f"{self.db_path}: no glossary here (run 'medgloss build' first)")

    def _built(self, ok: bool | None) -> None:
        if ok:
            self._open()
        else:
            self.exit(return_code=1, message=f"{self.db_path}: the glossary could not be built")

    def _open(self) -> None:
        try:
            self.session = Session(self.db_path)
        except MedglossError as exc:
            self.exit(return_code=1, message=str(exc))
            return
        self.push_screen(MainScreen(self.session, poll_interval=self.poll_interval, search_delay=self.search_delay))

    def on_unmount(self) -> None:
        if self.session is not None:
            self.session.close()

    @property
    def main_screen(self) -> MainScreen | None:
        """The main screen, once the glossary is open."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    def action_help(self) -> None:
        """Show every key binding (or close the list)."""
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        main = self.main_screen
        sections = main.help_sections() if main is not None else []
        app_bindings = [b for b in self.BINDINGS if isinstance(b, Binding)]
        palette = Binding(self.COMMAND_PALETTE_BINDING, "command_palette", "Command palette",
                          tooltip="Every action by name", id="medgloss.palette")
        sections.append(("App", [*app_bindings, palette]))
        self.push_screen(HelpScreen(sections, self.keymap_overrides))


def make_app(db_path: str | Path, *, poll_interval: float = POLL_INTERVAL, keymap: dict[str, str] | None = None,
             build_if_missing: bool = True, search_delay: float | None = None) -> MedglossApp:
    """The application on the glossary at ``db_path`` (built from the bundled corpus first if the
    file is missing and ``build_if_missing``). ``keymap`` maps binding ids (``medgloss.approve``…)
    to keys; ``poll_interval`` is how often (s) to look for other processes' writes (0: never);
    ``search_delay`` is the pause in typing (s) after which the search runs (default SEARCH_DELAY)."""
    return MedglossApp(db_path, poll_interval=poll_interval, keymap=keymap, build_if_missing=build_if_missing,
                       search_delay=search_delay)


def run(db_path: str | Path) -> None:
    """Run the terminal UI on ``db_path`` until the user quits."""
    app = make_app(db_path)
    app.run()
    if app.return_code:
        raise SystemExit(app.return_code)
