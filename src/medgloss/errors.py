"""Domain errors. The library raises these; the CLI and the TUI turn them into messages."""

from __future__ import annotations


class MedglossError(Exception):
    """Base class of every error a user can cause and understand."""


class InputError(MedglossError):
    """A file cannot be read as text (missing, binary, undecodable, empty)."""


class GlossaryError(MedglossError):
    """The glossary database cannot be used (corrupt, locked, from a newer version)."""


class ImportFormatError(MedglossError):
    """An import file is malformed; the message names the line or element."""


class NotFound(MedglossError):
    """A term or translation named by the user does not exist."""
