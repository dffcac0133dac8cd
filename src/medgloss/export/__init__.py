"""Export to the tools translators use, and import back: TBX v2, TBX-Basic v3, OmegaT TSV, CSV, JSON.

Exports stream to a file object; imports parse the whole file first (so a malformed file changes
nothing) and then merge in one transaction.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from medgloss.errors import MedglossError
from medgloss.export.concepts import concepts
from medgloss.store.glossary import Glossary

FORMATS = ("tbx", "tbx3", "tsv", "csv", "json")
EXTENSIONS = {"tbx": ".tbx", "tbx3": ".tbx", "tsv": ".tsv", "csv": ".csv", "json": ".json"}


def lang_pair(value: str) -> tuple[str, str]:
    if value not in ("ru-en", "en-ru"):
        raise MedglossError(f"unknown language pair {value!r} (use ru-en or en-ru)")
    a, b = value.split("-")
    return a, b


def write(g: Glossary, fmt: str, out: Any, *, approved_only: bool = False, pair: str = "ru-en") -> int:
    """Write the glossary in ``fmt`` to a binary (TBX) or text (others) file object; returns the count
    of entries (concepts for TBX, lines for TSV/CSV, terms for JSON)."""
    langs = lang_pair(pair)
    if fmt in ("tbx", "tbx3"):
        from medgloss.export.tbx import write_tbx2, write_tbx3

        items = concepts(g, approved_only)
        return (write_tbx2 if fmt == "tbx" else write_tbx3)(out, items, langs)
    if fmt == "tsv":
        from medgloss.export.tables import write_tsv

        return write_tsv(out, concepts(g, approved_only, with_context=False), langs)
    if fmt == "csv":
        from medgloss.export.tables import write_csv

        return write_csv(out, concepts(g, approved_only), langs)
    if fmt == "json":
        return write_json(g, out, approved_only)
    raise MedglossError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")


def write_json(g: Glossary, out: Any, approved_only: bool = False) -> int:
    """Everything: every term with all its candidates and statuses, notes and definitions."""
    out.write("[")
    n = 0
    offset = 0
    while True:
        rows = g.term_rows(order="id", limit=1000, offset=offset)
        if not rows:
            break
        offset += len(rows)
        for row in rows:
            if approved_only and row["status"] != "approved":
                continue
            item = g.term_json(row)
            item["admin_status"] = row.get("admin_status")
            item["preferred"] = [t["target"] for t in g.translations_of(row["id"]) if t["preferred"]]
            out.write(("\n" if n == 0 else ",\n") + json.dumps(item, ensure_ascii=False))
            n += 1
    out.write("\n]\n")
    return n


def export(g: Glossary, fmt: str, dest: str | Path | None = None, *, approved_only: bool = False,
           pair: str = "ru-en") -> int:
    """Export to ``dest`` (atomically: a partial file never replaces a good one), or to stdout."""
    binary = fmt in ("tbx", "tbx3")
    if dest is None or str(dest) == "-":
        import sys

        stream = sys.stdout.buffer if binary else sys.stdout
        n = write(g, fmt, stream, approved_only=approved_only, pair=pair)
        stream.flush()
        return n
    dest = Path(dest)
    fd, tmp = tempfile.mkstemp(dir=dest.parent if str(dest.parent) else ".", prefix=f".{dest.name}.")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; an export is an ordinary file
    try:
        with os.fdopen(fd, "wb") as fh:
            if binary:
                n = write(g, fmt, fh, approved_only=approved_only, pair=pair)
            else:
                text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
                n = write(g, fmt, text, approved_only=approved_only, pair=pair)
                text.flush()
                text.detach()
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n
