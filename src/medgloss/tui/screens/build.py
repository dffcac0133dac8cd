"""The screen shown while the glossary is built from the bundled corpus (first run)."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, ProgressBar, Static

from medgloss.errors import MedglossError
from medgloss.tui.messages import BuildFinished, BuildProgress

STAGES = {"analyse": "Analysing the documents", "reduce": "Collecting the terms", "store": "Storing the terms",
          "align": "Proposing translations"}


class BuildScreen(Screen[bool]):
    """Builds the glossary in a thread worker, showing each stage's progress; dismisses with
    True when the glossary is ready, False when the build failed (the error is notified)."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="build-box", classes="dialog"):
            yield Static(Text.assemble("Building ", (self.db_path.name, "bold"), " from the bundled corpus…"),
                         classes="dialog-title")
            yield Static("Reading the documents", id="build-stage")
            yield ProgressBar(id="build-progress", show_eta=False)
            yield Static("This happens once; later runs open the glossary at once.", classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self._build()

    @work(thread=True, exclusive=True, group="build")
    def _build(self) -> None:
        from medgloss.build import build

        def progress(stage: str, done: int, total: int) -> None:
            self.post_message(BuildProgress(stage, done, total))

        try:
            build(self.db_path, progress=progress)
        except MedglossError as exc:
            self.post_message(BuildFinished(str(exc)))
        except OSError as exc:
            self.post_message(BuildFinished(f"cannot write {self.db_path}: {exc.strerror or exc}"))
        else:
            self.post_message(BuildFinished(None))

    @on(BuildProgress)
    def _progress(self, message: BuildProgress) -> None:
        self.query_one("#build-stage", Static).update(
            f"{STAGES.get(message.stage, message.stage)}: {message.done} of {message.total}")
        self.query_one("#build-progress", ProgressBar).update(total=max(message.total, 1), progress=message.done)

    @on(BuildFinished)
    def _finished(self, message: BuildFinished) -> None:
        if message.error:
            self.app.notify(message.error, title="Build failed", severity="error", timeout=30)
        self.dismiss(message.error is None)
