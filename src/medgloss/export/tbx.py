"""TBX export: TBX v2 (martif, the form OmegaT and Trados read) and TBX-Basic v3 (ISO 30042:2019, DCA).

Each entry is written as soon as it is made, so memory stays flat however large the glossary is.
Text is escaped with the standard library's XML escaping; the tests validate the output with lxml
against the TBX v3 schema.
"""

from __future__ import annotations

import re
from typing import BinaryIO
from xml.sax.saxutils import quoteattr

from medgloss import __version__
from medgloss.export.concepts import ADMIN, Concept, ExportTerm

TBX3_NS = "urn:iso:std:iso:30042:ed-2"
POS = {"noun": "noun", "adj": "adjective", "verb": "verb", "adv": "adverb"}


_SPECIAL = re.compile(r"[&<>\"]")


def _esc(text: str) -> str:
    """XML-escaped text (most terms have nothing to escape: checked first, in C)."""
    if _SPECIAL.search(text) is None:
        return text
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _el(tag: str, text: str, kind: str | None = None) -> str:
    attr = f' type="{_esc(kind)}"' if kind else ""
    return f"<{tag}{attr}>{_esc(text)}</{tag}>"


_POS_NOTE = {pos: _el("termNote", name, "partOfSpeech") for pos, name in POS.items()}
_ADMIN_NOTE = {admin: _el("termNote", name, "administrativeStatus") for admin, name in ADMIN.items()}


def _term_xml(t: ExportTerm) -> str:
    parts = [f"<term>{_esc(t.text)}</term>", _POS_NOTE.get(t.pos) or _el("termNote", "other", "partOfSpeech"),
             _ADMIN_NOTE[t.admin]]
    if t.term_type:
        parts.append(_el("termNote", t.term_type, "termType"))
    if t.context:
        parts.append(_el("descrip", t.context, "context"))
    if t.note:
        parts.append(_el("note", t.note))
    return "".join(parts)


_SUBJECT = _el("descrip", "medicine", "subjectField")


def entry_xml(c: Concept, langs: tuple[str, str], v3: bool) -> str:
    """One concept as a TBX v2 ``termEntry`` or a TBX v3 ``conceptEntry`` (escaped by hand: lxml
    trees cost three times as much for the same bytes)."""
    entry, lang_tag, term_tag = ("conceptEntry", "langSec", "termSec") if v3 else ("termEntry", "langSet", "tig")
    parts = [f'<{entry} id="{_esc(c.id)}">', _SUBJECT]
    for lang in langs:
        terms = c.by_lang(lang)
        if not terms:
            continue
        parts.append(f'<{lang_tag} xml:lang="{_esc(lang)}">')
        definition = next((t.definition for t in terms if t.definition), "")
        if definition:
            parts.append(_el("descrip", definition, "definition"))
        for t in terms:
            parts.append(f"<{term_tag}>{_term_xml(t)}</{term_tag}>")
        parts.append(f"</{lang_tag}>")
    parts.append(f"</{entry}>")
    return "".join(parts)


def _p(text: str) -> str:
    return f"<p>{_esc(text)}</p>"


def write_tbx(out: BinaryIO, concepts, langs: tuple[str, str], v3: bool) -> int:
    desc = _p(f"medgloss {__version__} export, {langs[0]}-{langs[1]}")
    if v3:
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" '
            'type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
            f'<tbx xmlns="{TBX3_NS}" type="TBX-Basic" style="dca" xml:lang={quoteattr(langs[0])}>\n'
            f"<tbxHeader><fileDesc><sourceDesc>{desc}</sourceDesc></fileDesc></tbxHeader>\n<text><body>\n")
        tail = "</body></text>\n</tbx>\n"
    else:
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<martif type="TBX" xml:lang={quoteattr(langs[0])}>\n'
            f"<martifHeader><fileDesc><sourceDesc>{desc}</sourceDesc></fileDesc></martifHeader>\n<text><body>\n")
        tail = "</body></text>\n</martif>\n"
    out.write(head.encode("utf-8"))
    n = 0
    for c in concepts:
        out.write((entry_xml(c, langs, v3) + "\n").encode("utf-8"))
        n += 1
    out.write(tail.encode("utf-8"))
    return n


def write_tbx2(out: BinaryIO, concepts, langs: tuple[str, str]) -> int:
    return write_tbx(out, concepts, langs, v3=False)


def write_tbx3(out: BinaryIO, concepts, langs: tuple[str, str]) -> int:
    return write_tbx(out, concepts, langs, v3=True)
