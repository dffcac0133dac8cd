"""Importing TBX (v2 and v3), OmegaT TSV, CSV and JSON into a glossary, with merge semantics.

The whole file is parsed first; any malformed line or element stops the import before anything
changes, and the error names it. XML is parsed without network access, DTDs or entity expansion
(a file that declares entities is refused). The merge itself is one transaction
(``Glossary.merge_import``): existing terms are updated, never duplicated, and a conflict with a
human decision is reported, not overwritten, unless ``prefer_import`` (which keeps a backup).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from medgloss.errors import ImportFormatError, InputError
from medgloss.io import decode_bytes
from medgloss.normalize import script_counts
from medgloss.store.glossary import Glossary, ImportReport

MAX_IMPORT_BYTES = 200 * 1024 * 1024
_ADMIN_IN = {"preferredterm-admn-sts": "preferred", "admittedterm-admn-sts": "admitted",
             "deprecatedterm-admn-sts": "deprecated", "supersededterm-admn-sts": "deprecated",
             "preferred": "preferred", "admitted": "admitted", "deprecated": "deprecated"}
_POS_IN = {"noun": "noun", "adjective": "adj", "adj": "adj", "verb": "verb", "adverb": "adv", "adv": "adv"}


@dataclass
class ImportTerm:
    lang: str
    text: str
    pos: str = "noun"
    admin: str = ""  # preferred / admitted / deprecated / ""
    note: str = ""
    definition: str = ""
    status: str = ""  # candidate / approved / rejected (JSON); "" means approved


@dataclass
class ImportConcept:
    where: str
    terms: list[ImportTerm] = field(default_factory=list)
    # Explicit (source index, target index, status, preferred) links; None: every pair of languages.
    links: list[tuple[int, int, str, bool]] | None = None


def _lang(code: str | None) -> str | None:
    if not code:
        return None
    code = code.lower().replace("_", "-").split("-")[0]
    return code if code in ("ru", "en") else None


def _script_lang(text: str) -> str:
    cyr, lat = script_counts(text)
    return "ru" if cyr >= lat else "en"


# -- TBX -------------------------------------------------------------------------------------------

def _local(tag: object) -> str:
    return tag.split("}", 1)[1] if isinstance(tag, str) and "}" in tag else str(tag)


def parse_tbx(data: bytes, name: str) -> list[ImportConcept]:
    from lxml import etree

    if re.search(rb"<!ENTITY", data[:65536], re.IGNORECASE):
        raise ImportFormatError(f"{name}: entity declarations are not allowed in an imported TBX")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ImportFormatError(f"{name}: broken XML at line {exc.lineno}: {exc.msg}") from None
    if _local(root.tag) not in ("martif", "tbx"):
        raise ImportFormatError(f"{name}: not a TBX file (root element <{_local(root.tag)}>)")
    out = []
    for entry in root.iter():
        if _local(entry.tag) not in ("termEntry", "conceptEntry"):
            continue
        concept = ImportConcept(f"<{_local(entry.tag)}> at line {entry.sourceline}")
        entry_note = ""
        for child in entry:
            if _local(child.tag) == "note":
                entry_note = (child.text or "").strip()
            if _local(child.tag) not in ("langSet", "langSec"):
                continue
            lang = _lang(child.get("{http://www.w3.org/XML/1998/namespace}lang") or child.get("lang"))
            if lang is None:
                continue
            definition = ""
            for el in child.iter():
                if _local(el.tag) == "descrip" and el.get("type") == "definition":
                    definition = " ".join("".join(el.itertext()).split())
            for tig in child:
                if _local(tig.tag) not in ("tig", "termSec", "ntig"):
                    continue
                term_el = next((e for e in tig.iter() if _local(e.tag) == "term"), None)
                text = " ".join("".join(term_el.itertext()).split()) if term_el is not None else ""
                if not text:
                    raise ImportFormatError(f"{name}: <{_local(tig.tag)}> at line {tig.sourceline} has no <term>")
                t = ImportTerm(lang, text, definition=definition, note=entry_note)
                for el in tig.iter():
                    kind = el.get("type")
                    value = " ".join("".join(el.itertext()).split())
                    if _local(el.tag) == "termNote" and kind == "partOfSpeech":
                        t.pos = _POS_IN.get(value.lower(), "noun")
                    elif _local(el.tag) == "termNote" and kind == "administrativeStatus":
                        t.admin = _ADMIN_IN.get(value.lower(), "")
                    elif _local(el.tag) == "note":
                        t.note = value
                concept.terms.append(t)
        if concept.terms:
            out.append(concept)
    return out


# -- TSV, CSV, JSON --------------------------------------------------------------------------------

def parse_tsv(text: str, name: str) -> list[ImportConcept]:
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            raise ImportFormatError(f"{name}: line {n}: expected source<TAB>target[<TAB>comment]")
        src, tgt = cols[0].strip(), cols[1].strip()
        ls, lt = _script_lang(src), _script_lang(tgt)
        if ls == lt:
            raise ImportFormatError(f"{name}: line {n}: source and target are both in {'Russian' if ls == 'ru' else 'English'}")
        note = cols[2].strip() if len(cols) > 2 else ""
        out.append(ImportConcept(f"line {n}", [ImportTerm(ls, src, note=note), ImportTerm(lt, tgt, admin="preferred")]))
    return out


def _unsafe(cell: str) -> str:
    """Undo the apostrophe that CSV export puts before a cell that looks like a formula."""
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def parse_csv(text: str, name: str) -> list[ImportConcept]:
    try:
        return _parse_csv(text, name)
    except csv.Error as exc:
        raise ImportFormatError(f"{name}: malformed CSV ({exc})") from None


def _parse_csv(text: str, name: str) -> list[ImportConcept]:
    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n"), newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ImportFormatError(f"{name}: empty CSV") from None
    cols = {h: i for i, h in enumerate(header)}
    if "source" in cols and "target" in cols:
        src_col, tgt_col = cols["source"], cols["target"]
    elif "ru" in cols and "en" in cols:
        src_col, tgt_col = cols["ru"], cols["en"]
    else:
        raise ImportFormatError(f"{name}: line 1: the header needs columns source,target (or ru,en); found {', '.join(header)}")
    out: dict[str, ImportConcept] = {}
    for n, row in enumerate(reader, 2):
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise ImportFormatError(f"{name}: line {n}: {len(row)} cells, the header has {len(header)}")
        get = lambda c: _unsafe(row[cols[c]].strip()) if c in cols else ""  # noqa: E731
        src, tgt = _unsafe(row[src_col].strip()), _unsafe(row[tgt_col].strip())
        if not src or not tgt:
            raise ImportFormatError(f"{name}: line {n}: empty source or target")
        ls = _lang(get("source_lang")) or ("ru" if "ru" in cols and src_col == cols["ru"] else _script_lang(src))
        lt = _lang(get("target_lang")) or ("en" if ls == "ru" else "ru")
        concept_id = get("concept") or f"line {n}"
        concept = out.setdefault(concept_id, ImportConcept(f"line {n}"))
        pos = _POS_IN.get(get("pos").lower(), "noun")
        status = get("target_status")
        admin = get("administrative_status") or "preferred"
        if not any(t.lang == ls and t.text == src for t in concept.terms):
            concept.terms.append(ImportTerm(ls, src, pos, "", get("note"), get("definition"), get("source_status")))
        if not any(t.lang == lt and t.text == tgt for t in concept.terms):
            concept.terms.append(ImportTerm(lt, tgt, pos, _ADMIN_IN.get(admin, ""), status="" if status == "candidate" else status))
    return list(out.values())


def parse_json(text: str, name: str) -> list[ImportConcept]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"{name}: broken JSON at line {exc.lineno}: {exc.msg}") from None
    if not isinstance(data, list):
        raise ImportFormatError(f"{name}: expected a JSON list of terms")
    out = []
    for i, item in enumerate(data):
        where = f"item {i}"
        if not isinstance(item, dict) or not isinstance(item.get("term"), str) or item.get("lang") not in ("ru", "en"):
            raise ImportFormatError(f"{name}: {where}: needs \"term\" (text) and \"lang\" (ru or en)")
        trs = item.get("translations", [])
        if not isinstance(trs, list):
            raise ImportFormatError(f"{name}: {where}: \"translations\" must be a list")
        status = item.get("status", "candidate")
        if status not in ("candidate", "approved", "rejected"):
            raise ImportFormatError(f"{name}: {where}: unknown status {status!r}")
        head = ImportTerm(item["lang"], item["term"].strip(), item.get("pos") or "noun", item.get("admin_status") or "",
                          item.get("note") or "", item.get("definition") or "", status)
        concept = ImportConcept(where, [head], links=[])
        preferred = set(item.get("preferred") or [])
        for j, tr in enumerate(trs):
            if not isinstance(tr, dict) or not isinstance(tr.get("term"), str) or tr.get("lang") not in ("ru", "en"):
                raise ImportFormatError(f"{name}: {where}, translation {j}: needs \"term\" and \"lang\"")
            tstatus = tr.get("status", "candidate")
            if tstatus not in ("candidate", "approved", "rejected"):
                raise ImportFormatError(f"{name}: {where}, translation {j}: unknown status {tstatus!r}")
            concept.terms.append(ImportTerm(tr["lang"], tr["term"].strip(), head.pos))
            concept.links.append((0, len(concept.terms) - 1, tstatus, tr["term"] in preferred))
        if not head.text:
            raise ImportFormatError(f"{name}: {where}: empty term")
        out.append(concept)
    return out


def detect_format(path: Path, data: bytes) -> str:
    ext = path.suffix.lower()
    if ext in (".tbx", ".xml"):
        return "tbx"
    if ext == ".json":
        return "json"
    if ext == ".csv":
        return "csv"
    if ext in (".tsv", ".txt", ".utf8", ".tab"):
        return "tsv"
    head = data.lstrip()[:200]
    if head.startswith(b"<"):
        return "tbx"
    if head.startswith((b"[", b"{")):
        return "json"
    raise ImportFormatError(f"{path}: cannot tell the format (use a .tbx, .tsv, .csv or .json name)")


def read_import(path: str | Path) -> list[ImportConcept]:
    """Parse an import file completely (raises ImportFormatError or InputError)."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory")
    if p.stat().st_size > MAX_IMPORT_BYTES:
        raise InputError(f"{p}: file too large to import")
    data = p.read_bytes()
    fmt = detect_format(p, data)
    if fmt == "tbx":
        return parse_tbx(data, str(p))
    text = decode_bytes(data, str(p)).lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return {"tsv": parse_tsv, "csv": parse_csv, "json": parse_json}[fmt](text, str(p))


def import_file(g: Glossary, path: str | Path, *, prefer_import: bool = False) -> ImportReport:
    """Import ``path`` into ``g``: parse everything, key every form, merge in one transaction."""
    concepts = read_import(path)
    from medgloss.nlp.pipeline import analyzer

    an = analyzer()
    keyed = []
    for c in concepts:
        terms = [(t, an.key(t.text, t.lang)) for t in c.terms]
        for t, key in terms:
            if not key:
                raise ImportFormatError(f"{path}: {c.where}: cannot read the term {t.text!r}")
        keyed.append((c, terms))
    if prefer_import and len(g.documents()) + g.count_terms() > 0:
        g.backup("import")
    return g.merge_import(keyed, prefer_import=prefer_import)
