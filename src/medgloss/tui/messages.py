"""Messages that thread workers post back to the UI thread.

Workers never touch widgets: they compute, then post one of these; the handlers (on the UI
thread) update the screen. Each result carries what it was computed for, so a handler can drop a
stale one (the user has typed on, or moved to another term, meanwhile).
"""

from __future__ import annotations

from textual.message import Message

from medgloss.tui.session import Context, Outcome, Page, TermDetail


class PageLoaded(Message):
    """Rows for the term table."""

    def __init__(self, page: Page, generation: int, append: bool, keep_id: int | None) -> None:
        super().__init__()
        self.page = page
        self.generation = generation
        self.append = append
        self.keep_id = keep_id


class DetailLoaded(Message):
    """The detail of the highlighted term (None: the term is gone)."""

    def __init__(self, term_id: int, detail: TermDetail | None) -> None:
        super().__init__()
        self.term_id = term_id
        self.detail = detail


class TranslationContextsLoaded(Message):
    """Sentences of the other language where a translation candidate occurs."""

    def __init__(self, term_id: int, target_key: str, target: str, contexts: list[Context]) -> None:
        super().__init__()
        self.term_id = term_id
        self.target_key = target_key
        self.target = target
        self.contexts = contexts


class WriteDone(Message):
    """A curation call finished: ``outcome`` on success, ``error`` (a message) on failure."""

    def __init__(self, outcome: Outcome | None, error: str | None = None, refresh: bool = True) -> None:
        super().__init__()
        self.outcome = outcome
        self.error = error
        self.refresh = refresh


class ReadFailed(Message):
    """A read failed; ``busy`` when another process holds the database (worth a retry)."""

    def __init__(self, error: str, busy: bool) -> None:
        super().__init__()
        self.error = error
        self.busy = busy


class GlossaryChanged(Message):
    """Another process committed to the glossary: the view should refresh."""


class FormChecked(Message):
    """What morphology makes of a form typed in a dialog."""

    def __init__(self, field_id: str, text: str, suggestion: str | None, lang: str) -> None:
        super().__init__()
        self.field_id = field_id
        self.text = text
        self.suggestion = suggestion
        self.lang = lang


class BuildProgress(Message):
    """A step of building the glossary (stage, done out of total)."""

    def __init__(self, stage: str, done: int, total: int) -> None:
        super().__init__()
        self.stage = stage
        self.done = done
        self.total = total


class BuildFinished(Message):
    """The build ended: ``error`` is None on success."""

    def __init__(self, error: str | None) -> None:
        super().__init__()
        self.error = error
