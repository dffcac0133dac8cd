"""Modal dialogs. Each is a ``ModalScreen[T]`` that returns its value through ``dismiss()``
(None when cancelled); the main screen decides what to do with it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea
from textual.worker import get_current_worker

from medgloss.errors import MedglossError
from medgloss.tui.messages import FormChecked
from medgloss.tui.session import EXPORT_FORMATS, default_export_path

CHECK_DELAY = 0.3  # seconds of typing pause before morphology looks at a form
LANG_NAMES = {"ru": "Russian", "en": "English"}


@dataclass(frozen=True, slots=True)
class EditResult:
    """The edited forms of a term and (if one was shown) of its highlighted translation."""

    term: str
    translation: str | None


@dataclass(frozen=True, slots=True)
class NewTermResult:
    """A new term and its translation (may be empty)."""

    term: str
    translation: str


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Where and how to export."""

    fmt: str
    path: str
    approved_only: bool


class ConfirmDialog(ModalScreen[bool]):
    """Yes or no."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="dialog.yes"),
        Binding("n,escape", "answer(False)", "No", id="dialog.no"),
    ]

    def __init__(self, question: str, *, yes: str = "Delete") -> None:
        super().__init__()
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="dialog-text")
            with Horizontal(classes="buttons"):
                yield Button(f"{self.yes} (y)", variant="error", id="yes")
                yield Button("Cancel (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class TextDialog(ModalScreen["str | None"]):
    """Free text (a note, a definition). Empty text removes it."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="dialog.save"),
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
    ]

    def __init__(self, title: str, text: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.initial = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield TextArea(self.initial, id="text", soft_wrap=True)
            yield Static("ctrl+s save · esc cancel · an empty text removes it", classes="hint")
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        area = self.query_one("#text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one("#text", TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()


class _FormDialog(ModalScreen["EditResult | NewTermResult | None"]):
    """Term/translation inputs whose Russian forms morphology checks as the user types: a
    suggestion row appears under a field with the grammatical form, and "use it" takes it."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="dialog.save"),
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("ctrl+g", "use_suggestion", "Use suggestion", id="dialog.use-suggestion"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._check_timers: dict[str, Timer] = {}
        self._suggestions: dict[str, str] = {}

    def field_lang(self, field_id: str) -> str:
        raise NotImplementedError

    def _field(self, field_id: str, label: str, value: str, placeholder: str = "") -> ComposeResult:
        yield Label(label, id=f"{field_id}-label", classes="field-label")
        yield Input(value, placeholder=placeholder, id=field_id)
        with Horizontal(id=f"{field_id}-suggestion", classes="suggestion"):
            yield Static("", id=f"{field_id}-suggestion-text")
            yield Button("use it", id=f"use-{field_id}", compact=True)

    def on_mount(self) -> None:
        for field in self.query(Input):
            self._check_soon(field.id or "")
        first = self.query(Input).first()
        first.focus()
        first.cursor_position = len(first.value)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._suggestions.pop(event.input.id or "", None)
        self.query_one(f"#{event.input.id}-suggestion").remove_class("-shown")
        self._check_soon(event.input.id or "")
        self.on_field_changed(event.input.id or "", event.value)

    def on_field_changed(self, field_id: str, value: str) -> None:
        """Hook for subclasses (the new-term dialog relabels its fields by language)."""

    def _check_soon(self, field_id: str) -> None:
        if not field_id:
            return
        old = self._check_timers.pop(field_id, None)
        if old is not None:
            old.stop()
        self._check_timers[field_id] = self.set_timer(CHECK_DELAY, lambda: self._start_check(field_id))

    def check_now(self, field_id: str) -> None:
        """Check a field's form at once instead of after the typing pause."""
        timer = self._check_timers.pop(field_id, None)
        if timer is not None:
            timer.stop()
        self._start_check(field_id)

    def _start_check(self, field_id: str) -> None:
        text = self.query_one(f"#{field_id}", Input).value
        if text.strip() and self.field_lang(field_id) == "ru":
            self._check(field_id, text, self.field_lang(field_id))

    @work(thread=True, group="form-check")
    def _check(self, field_id: str, text: str, lang: str) -> None:
        from medgloss.curate import check_form

        try:
            result = check_form(text, lang)  # type: ignore[arg-type]
        except MedglossError:
            return  # a form morphology cannot read: no suggestion, the save will say why
        if not get_current_worker().is_cancelled:
            self.post_message(FormChecked(field_id, text, result.suggestion, lang))

    @on(FormChecked)
    def _checked(self, message: FormChecked) -> None:
        field = self.query_one(f"#{message.field_id}", Input)
        if field.value != message.text or not message.suggestion:
            return
        self._suggestions[message.field_id] = message.suggestion
        self.query_one(f"#{message.field_id}-suggestion-text", Static).update(
            Text.assemble(("morphology suggests ", "dim"), (message.suggestion, "bold"), ("  ctrl+g takes it", "dim")))
        self.query_one(f"#{message.field_id}-suggestion").add_class("-shown")

    def action_use_suggestion(self, field_id: str | None = None) -> None:
        """Take morphology's form for the focused field (or the first field that has one)."""
        focused = self.focused.id if isinstance(self.focused, Input) else None
        for fid in [field_id, focused, *self._suggestions]:
            if fid and fid in self._suggestions:
                field = self.query_one(f"#{fid}", Input)
                field.value = self._suggestions.pop(fid)
                field.cursor_position = len(field.value)
                return

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        bid = event.button.id or ""
        if bid.startswith("use-"):
            self.action_use_suggestion(bid.removeprefix("use-"))
        elif bid == "save":
            self.action_save()
        else:
            self.action_cancel()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        raise NotImplementedError


class EditTermDialog(_FormDialog):
    """Edit a term's form and its highlighted translation."""

    def __init__(self, term: str, lang: str, translation: str | None, translation_lang: str) -> None:
        super().__init__()
        self.term, self.lang = term, lang
        self.translation, self.translation_lang = translation, translation_lang

    def field_lang(self, field_id: str) -> str:
        return self.lang if field_id == "term" else self.translation_lang

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Edit term", classes="dialog-title")
            yield from self._field("term", f"Term ({LANG_NAMES.get(self.lang, self.lang)})", self.term)
            if self.translation is not None:
                yield from self._field("translation", f"Highlighted translation "
                                       f"({LANG_NAMES.get(self.translation_lang, self.translation_lang)})",
                                       self.translation)
            yield Static("enter/ctrl+s save · esc cancel · Russian forms are checked by morphology", classes="hint")
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")

    def action_save(self) -> None:
        term = " ".join(self.query_one("#term", Input).value.split())
        if not term:
            self.notify("the term cannot be empty", severity="error")
            return
        translation = None
        if self.translation is not None:
            translation = " ".join(self.query_one("#translation", Input).value.split())
            if not translation or translation == self.translation:
                translation = None
        if term == self.term and translation is None:
            self.dismiss(None)
            return
        self.dismiss(EditResult(term, translation))


class NewTermDialog(_FormDialog):
    """A new term and its translation; the language follows the script of the term."""

    def field_lang(self, field_id: str) -> str:
        from medgloss.curate import detect_lang

        term = self.query_one("#term", Input).value
        lang = detect_lang(term) if term.strip() else "ru"
        return lang if field_id == "term" else ("en" if lang == "ru" else "ru")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("New term", classes="dialog-title")
            yield from self._field("term", "Term (Russian or English)", "", "e.g. отёк головного мозга")
            yield from self._field("translation", "Translation", "", "e.g. cerebral edema")
            yield Static("enter/ctrl+s save · esc cancel · the language follows the script", classes="hint")
            with Horizontal(classes="buttons"):
                yield Button("Add", variant="primary", id="save")
                yield Button("Cancel", id="cancel")

    def on_field_changed(self, field_id: str, value: str) -> None:
        if field_id != "term":
            return
        term_lang = self.field_lang("term") if value.strip() else None
        self.query_one("#term-label", Label).update(
            f"Term ({LANG_NAMES[term_lang]})" if term_lang else "Term (Russian or English)")
        self.query_one("#translation-label", Label).update(
            f"Translation ({LANG_NAMES[self.field_lang('translation')]})" if term_lang else "Translation")

    def action_save(self) -> None:
        term = " ".join(self.query_one("#term", Input).value.split())
        if not term:
            self.notify("type the new term first", severity="error")
            return
        self.dismiss(NewTermResult(term, " ".join(self.query_one("#translation", Input).value.split())))


FORMAT_LABELS = {
    "tbx": "TBX v2 — OmegaT, Trados, memoQ",
    "tbx3": "TBX-Basic v3 (ISO 30042:2019)",
    "tsv": "OmegaT glossary (TSV)",
    "csv": "CSV — spreadsheets",
    "json": "JSON — everything",
}


class ExportDialog(ModalScreen["ExportRequest | None"]):
    """Format, file and approved-only; the file name follows the format until edited."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("ctrl+s", "export", "Export", id="dialog.export"),
    ]

    def __init__(self, directory: str | Path | None = None) -> None:
        super().__init__()
        self.directory = directory

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Export the glossary", classes="dialog-title")
            yield Label("Format", classes="field-label")
            yield Select([(FORMAT_LABELS[f], f) for f in EXPORT_FORMATS], value="tbx", allow_blank=False,
                         id="format")
            yield Label("File", classes="field-label")
            yield Input(default_export_path("tbx", self.directory), id="path")
            yield Checkbox("approved entries only", id="approved-only")
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#format", Select).focus()

    @on(Select.Changed, "#format")
    def _format_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#path", Input)
        defaults = {default_export_path(f, self.directory) for f in EXPORT_FORMATS}
        if path.value in defaults:  # not typed by the user: follow the format
            path.value = default_export_path(str(event.value), self.directory)

    @on(Input.Submitted, "#path")
    def _submitted(self) -> None:
        self.action_export()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export":
            self.action_export()
        else:
            self.action_cancel()

    def action_export(self) -> None:
        path = self.query_one("#path", Input).value.strip()
        if not path:
            self.notify("give a file to export to", severity="error")
            return
        fmt = str(self.query_one("#format", Select).value)
        self.dismiss(ExportRequest(fmt, path, self.query_one("#approved-only", Checkbox).value))

    def action_cancel(self) -> None:
        self.dismiss(None)
