"""A per-user cache of data derived from the shipped data files (lexicon keys, cognate index).

Deriving them takes seconds (every lexicon form is analysed); the cache makes later starts fast.
An entry is valid only for the exact data files and analysis code that produced it: its name holds
a hash of both, so an edit to either simply misses the cache. Files are written atomically;
an unreadable or stale entry is rebuilt, never trusted. ``MEDGLOSS_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_PKG = Path(__file__).resolve().parent


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "medgloss"


def fingerprint(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(str(p.relative_to(_PKG) if p.is_relative_to(_PKG) else p).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:20]


def code_and_data(*globs: str) -> list[Path]:
    """Source files of the analysis and the data files named by ``globs`` (relative to the package)."""
    files = [*_PKG.glob("nlp/*.py"), *_PKG.glob("nlp/data/*"), _PKG / "normalize.py", *_PKG.glob("align/*.py")]
    for g in globs:
        files.extend(_PKG.glob(g))
    return [f for f in files if f.is_file()]


def _path(name: str, inputs: list[Path]) -> Path:
    return cache_dir() / f"{name}-{fingerprint(inputs)}.pickle"


def _read(path: Path):
    """The pickled value at ``path``, or None when it is missing or unreadable."""
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, ValueError):
        return None


def _write(name: str, path: Path, value: object) -> None:
    """Store ``value`` at ``path`` atomically, dropping older versions of entry ``name``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home directory only costs speed


def cached(name: str, inputs: list[Path], make: Callable[[], T]) -> T:
    """``make()``, remembered on disk for as long as ``inputs`` do not change."""
    if os.environ.get("MEDGLOSS_NO_CACHE"):
        return make()
    path = _path(name, inputs)
    value = _read(path)
    if value is None:
        value = make()
        _write(name, path, value)
    return value


class Memo:
    """A dictionary of computed values that grows across runs, kept on disk for as long as
    ``inputs`` (the code computing the values) do not change.

    ``get(key, compute)`` answers from memory or computes; ``save()`` writes the dictionary back
    when it has grown by at least ``min_new`` keys (the last writer wins, which only costs speed).
    """

    MAX_KEYS = 500_000  # past this the memo starts afresh rather than grow without bound

    def __init__(self, name: str, inputs: list[Path], min_new: int = 50) -> None:
        self.name = name
        self.enabled = not os.environ.get("MEDGLOSS_NO_CACHE")
        self.path = _path(name, inputs) if self.enabled else None
        stored = _read(self.path) if self.enabled else None
        self.values: dict = stored if isinstance(stored, dict) and len(stored) < self.MAX_KEYS else {}
        self.new = 0
        self.min_new = min_new

    def get(self, key, compute: Callable[[], T]) -> T:
        try:
            return self.values[key]
        except KeyError:
            value = self.values[key] = compute()
            self.new += 1
            return value

    def save(self) -> None:
        if self.enabled and self.new >= self.min_new:
            _write(self.name, self.path, self.values)
            self.new = 0
