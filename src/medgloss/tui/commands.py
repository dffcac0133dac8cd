"""medgloss's entries in the command palette (ctrl+p): every action of the main screen by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

# (title, help, action on the main screen, or a method name with arguments)
COMMANDS: list[tuple[str, str, str]] = [
    ("Search", "Put the cursor in the search box", "focus_search"),
    ("Approve translation", "Approve the highlighted translation and its term", "approve"),
    ("Reject translation", "Reject the highlighted translation", "reject"),
    ("Mark preferred translation", "Make the highlighted translation the preferred one", "prefer"),
    ("Reject term", "The highlighted term is not a term", "reject_term"),
    ("Edit term", "Edit the term and its highlighted translation", "edit"),
    ("New term", "Add a term with its translation", "new_term"),
    ("Delete term", "Delete the highlighted term (asks first)", "delete"),
    ("Note", "Write a note on the highlighted term", "note"),
    ("Definition", "Write the definition of the highlighted term", "definition"),
    ("Undo", "Undo the last change", "undo"),
    ("Redo", "Redo the last undone change", "redo"),
    ("Export", "Export to TBX v2, TBX-Basic v3, OmegaT TSV, CSV or JSON", "export"),
    ("Reload", "Read the glossary again", "reload"),
    ("Reverse sort order", "Flip the current sort order", "reverse_sort"),
]
FILTERS: list[tuple[str, str, str, str]] = [
    ("Show all languages", "Filter: both Russian and English terms", "lang", "all"),
    ("Show Russian terms", "Filter: Russian terms only", "lang", "ru"),
    ("Show English terms", "Filter: English terms only", "lang", "en"),
    ("Show any status", "Filter: candidates, approved and rejected", "status", "all"),
    ("Show candidates", "Filter: terms still to review", "status", "candidate"),
    ("Show approved terms", "Filter: approved terms only", "status", "approved"),
    ("Show rejected terms", "Filter: rejected terms only", "status", "rejected"),
]
SORTS = ["score", "term", "translation", "lang", "status", "frequency"]


class MedglossCommands(Provider):
    """Curation, filters and sort orders of the main screen, for the command palette."""

    def _commands(self) -> list[tuple[str, str, Callable[[], Any]]]:
        screen: Any = self.screen
        if not hasattr(screen, "submit"):  # only the main screen has these actions
            return []
        out: list[tuple[str, str, Callable[[], Any]]] = [
            (title, help_text, partial(screen.run_action, action)) for title, help_text, action in COMMANDS]
        out += [(title, help_text, partial(screen.set_filter, which, value))
                for title, help_text, which, value in FILTERS]
        out.append(("Toggle attested only", "Filter: only terms found in the corpus, or all", screen.toggle_attested))
        out += [(f"Sort by {key}", f"Order the table by {key}", partial(screen.sort_by, key)) for key in SORTS]
        out.append(("Help: keys", "List every key binding", partial(self.app.run_action, "help")))
        return out

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
