"""medgloss: a Russian-English terminology and translation aid for medical translators."""

from __future__ import annotations

__version__ = "0.1.0"
