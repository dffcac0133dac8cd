"""The detail pane: everything about the highlighted term, with its concordance."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from medgloss.tui.session import Candidate, Context, TermDetail, kwic

HIGHLIGHT = "bold black on yellow"
STATUS_MARKS = {"approved": ("✓", "bold green"), "rejected": ("✗", "red"), "candidate": ("·", "")}
STATUS_STYLES = {"approved": "bold green", "rejected": "red", "candidate": "yellow"}
LANG_NAMES = {"ru": "Russian", "en": "English"}


def highlighted_sentence(ctx: Context, width: int = 220) -> Text:
    """A concordance line: the sentence (cut around the term if long) with every occurrence of
    the term in it highlighted."""
    text, shift = kwic(ctx.text, ctx.start, ctx.end, width)
    line = Text(text)
    for start, end in ctx.all_spans:
        start, end = max(0, start + shift), min(len(text), end + shift)
        if start < end:
            line.stylize(HIGHLIGHT, start, end)
    return line


def candidate_prompt(cand: Candidate) -> Text:
    """Two lines for a translation candidate: mark, form, score, methods; then its evidence."""
    mark, style = STATUS_MARKS.get(cand.status, ("·", ""))
    if cand.preferred:
        mark, style = "★", "bold green"
    line = Text()
    line.append(f"{mark} ", style=style)
    line.append(cand.target, style="bold" if cand.status != "rejected" else "dim strike")
    line.append(f"  {cand.score:.2f}  ", style="cyan")
    line.append("+".join(cand.methods), style="magenta")
    if cand.attested:
        line.append("  in corpus", style="green")
    if cand.status != "candidate":
        line.append(f"  {'preferred' if cand.preferred else cand.status}", style=style)
    if cand.evidence:
        line.append("\n  ")
        line.append(cand.evidence, style="dim")
    return line


class TermDetailView(VerticalScroll):
    """Canonical form, facts, translation candidates (a list the curation keys act on), notes,
    and the concordance in both languages."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.detail: TermDetail | None = None  # focusable: the keyboard scrolls a long concordance

    def compose(self) -> ComposeResult:
        yield Static("", id="detail-title")
        yield Static("", id="detail-facts")
        yield Static("Translations", id="candidates-label", classes="section")
        yield OptionList(id="candidates")
        yield Static("", id="detail-notes")
        yield Static("", id="concordance")
        yield Static("", id="translation-concordance")

    @property
    def candidates(self) -> OptionList:
        return self.query_one("#candidates", OptionList)

    def highlighted_index(self) -> int | None:
        """The index of the highlighted translation candidate, if any."""
        if self.detail is None or not self.detail.candidates:
            return None
        return self.candidates.highlighted

    def move_candidate(self, delta: int) -> None:
        """Highlight the previous or next candidate."""
        if self.detail is None or not self.detail.candidates:
            return
        current = self.candidates.highlighted or 0
        self.candidates.highlighted = max(0, min(len(self.detail.candidates) - 1, current + delta))

    def show_empty(self, message: str) -> None:
        """No term to show (an empty table, say)."""
        self.detail = None
        self.query_one("#detail-title", Static).update(Text(message, style="dim"))
        for wid in ("#detail-facts", "#detail-notes", "#concordance", "#translation-concordance"):
            self.query_one(wid, Static).update("")
        self.candidates.clear_options()
        self.set_class(True, "-empty")

    def show(self, detail: TermDetail, *, keep_candidate: bool = False) -> None:
        """Show a term. With ``keep_candidate``, the same candidate (by key) stays highlighted."""
        previous = None
        if keep_candidate and self.detail is not None and self.detail.id == detail.id:
            idx = self.highlighted_index()
            if idx is not None and idx < len(self.detail.candidates):
                previous = self.detail.candidates[idx].target_key
        self.detail = detail
        self.set_class(False, "-empty")
        self.query_one("#detail-title", Static).update(Text(detail.term, style="bold"))
        self.query_one("#detail-facts", Static).update(self._facts(detail))
        opts = self.candidates
        opts.clear_options()
        opts.add_options([Option(candidate_prompt(c), id=c.target_key) for c in detail.candidates])
        self.query_one("#candidates-label", Static).update(
            Text.assemble(("Translations", "bold"), (f"  {len(detail.candidates)}", "dim"))
            if detail.candidates else Text("No translation yet (n adds a term with one)", style="dim"))
        if detail.candidates:
            keys = [c.target_key for c in detail.candidates]
            opts.highlighted = keys.index(previous) if previous in keys else 0
        self.query_one("#detail-notes", Static).update(self._notes(detail))
        self.query_one("#concordance", Static).update(self._concordance(detail))
        self.query_one("#translation-concordance", Static).update("")

    def show_translation_contexts(self, cand: Candidate, contexts: list[Context]) -> None:
        """Sentences of the other language's documents where ``cand`` occurs."""
        title = Text.assemble(("«", "dim"), (cand.target, "bold"), ("» in ", "dim"),
                              (LANG_NAMES.get(cand.target_lang, cand.target_lang) + " texts", "bold"))
        out = Text()
        out.append_text(title)
        if not contexts:
            out.append("\n  not found in the corpus", style="dim")
        for ctx in contexts:
            out.append("\n▸ ", style="dim")
            out.append_text(highlighted_sentence(ctx))
            out.append(f"  {ctx.document}", style="dim italic")
        self.query_one("#translation-concordance", Static).update(out)

    # -- pieces ---------------------------------------------------------------------------------

    @staticmethod
    def _facts(d: TermDetail) -> Text:
        style = STATUS_STYLES.get(d.status, "")
        t = Text()
        t.append(f"{LANG_NAMES.get(d.lang, d.lang)} · {d.pos}")
        if d.is_abbreviation:
            t.append(" · abbreviation")
        t.append(" · ")
        t.append(d.status, style=style)
        t.append(f" · freq {d.frequency} · score {d.score:.2f}")
        if d.origin != "extracted":
            t.append(f" · {d.origin}", style="italic")
        if not d.attested:
            t.append(" · not in the corpus", style="dim")
        if d.variants:
            t.append("\nforms: ", style="dim")
            t.append(", ".join(d.variants[:12]) + (" …" if len(d.variants) > 12 else ""))
        if d.abbreviations:
            t.append("\nfull form: " if d.is_abbreviation else "\nabbreviation: ", style="dim")
            t.append(", ".join(d.abbreviations))
        return t

    @staticmethod
    def _notes(d: TermDetail) -> Text:
        t = Text()
        if d.definition:
            t.append("Definition: ", style="bold")
            t.append(d.definition)
        if d.note:
            if t:
                t.append("\n")
            t.append("Note: ", style="bold")
            t.append(d.note)
        return t

    @staticmethod
    def _concordance(d: TermDetail) -> Text:
        t = Text()
        t.append("In the texts", style="bold")
        if not d.contexts:
            t.append("\n  no occurrence (added by hand or imported)", style="dim")
        for ctx in d.contexts:
            t.append("\n▸ ", style="dim")
            t.append_text(highlighted_sentence(ctx))
            t.append(f"  {ctx.document}", style="dim italic")
        return t
