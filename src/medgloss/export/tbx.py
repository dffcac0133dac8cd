"""TBX export: TBX v2 (martif, the form OmegaT and Trados read) and TBX-Basic v3 (ISO 30042:2019, DCA).

Each entry is built as a small lxml tree and written at once, so memory stays flat however large
the glossary is.
"""

from __future__ import annotations

from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from medgloss import __version__
from medgloss.export.concepts import ADMIN, Concept, ExportTerm

TBX3_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
POS = {"noun": "noun", "adj": "adjective", "verb": "verb", "adv": "adverb"}


def _sub(parent: etree._Element, tag: str, text: str, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, **attrs)
    el.text = text
    return el


def _term_children(parent: etree._Element, t: ExportTerm, ns: str) -> None:
    _sub(parent, f"{ns}term", t.text)
    _sub(parent, f"{ns}termNote", POS.get(t.pos, "other"), type="partOfSpeech")
    _sub(parent, f"{ns}termNote", ADMIN[t.admin], type="administrativeStatus")
    if t.term_type:
        _sub(parent, f"{ns}termNote", t.term_type, type="termType")
    if t.context:
        _sub(parent, f"{ns}descrip", t.context, type="context")
    if t.note:
        _sub(parent, f"{ns}note", t.note)


def entry_element(c: Concept, langs: tuple[str, str], v3: bool) -> etree._Element:
    """One concept as a TBX v2 ``termEntry`` or a TBX v3 ``conceptEntry``."""
    ns = "{%s}" % TBX3_NS if v3 else ""
    entry = etree.Element(f"{ns}conceptEntry" if v3 else "termEntry", id=c.id,
                          nsmap={None: TBX3_NS} if v3 else None)
    _sub(entry, f"{ns}descrip", "medicine", type="subjectField")
    for lang in langs:
        terms = c.by_lang(lang)
        if not terms:
            continue
        lang_el = etree.SubElement(entry, f"{ns}langSec" if v3 else "langSet", {XML_LANG: lang})
        definition = next((t.definition for t in terms if t.definition), "")
        if definition:
            _sub(lang_el, f"{ns}descrip", definition, type="definition")
        for t in terms:
            _term_children(etree.SubElement(lang_el, f"{ns}termSec" if v3 else "tig"), t, ns)
    return entry


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


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
        xml = etree.tostring(entry_element(c, langs, v3), encoding="unicode")
        if v3:
            xml = xml.replace(f' xmlns="{TBX3_NS}"', "", 1)  # declared once, on the root
        out.write(xml.encode("utf-8") + b"\n")
        n += 1
    out.write(tail.encode("utf-8"))
    return n


def write_tbx2(out: BinaryIO, concepts, langs: tuple[str, str]) -> int:
    return write_tbx(out, concepts, langs, v3=False)


def write_tbx3(out: BinaryIO, concepts, langs: tuple[str, str]) -> int:
    return write_tbx(out, concepts, langs, v3=True)
