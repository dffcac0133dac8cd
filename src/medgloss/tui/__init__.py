"""The terminal UI (Textual). ``medgloss.tui.app.make_app`` builds it; ``session`` is its
Textual-free window on the glossary."""
