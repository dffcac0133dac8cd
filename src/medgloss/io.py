"""Reading files into documents, and documents into language-tagged segments.

Reading decodes (UTF-8 with or without BOM, UTF-16/32, Windows-1251, KOI8-R), repairs the text
(``normalize.clean_text``, words hyphenated across line ends) and refuses what is not text.
Segmenting splits paragraphs, then sentences; each segment knows its language, its kind (running
text, heading, bibliographic reference, metadata) and which of its characters terms may come from.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from medgloss.errors import InputError
from medgloss.models import Document, Lang, Segment, SegmentKind
from medgloss.normalize import clean_text, script_counts

MAX_FILE_BYTES = 512 * 1024 * 1024
# A line this long is not prose (a dump, a minified file, a binary in disguise).
MAX_LINE_CHARS = 2_000_000

# ---------------------------------------------------------------------------------------------
# Decoding

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
# Relative frequencies (per cent) of Russian letters in running text, for choosing between the
# two 8-bit Cyrillic encodings: text decoded with the wrong one is scrambled and scores far lower.
_RU_FREQ = dict(zip("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
                    [10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98,
                     2.81, 2.62, 2.01, 1.90, 1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73,
                     0.64, 0.48, 0.36, 0.32, 0.26, 0.04, 0.04]))


def _russian_fit(text: str) -> float:
    """Mean log-frequency of the Cyrillic letters of ``text``; -inf when there are none.

    Capital letters are scored lower than small ones, because running text is mostly lower case
    and the wrong 8-bit encoding swaps the cases.
    """
    total, n = 0.0, 0
    for ch in text:
        low = ch.lower()
        if low in _RU_FREQ:
            total += math.log(_RU_FREQ[low]) - (1.5 if ch != low else 0.0)
            n += 1
    return total / n if n else -math.inf


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.01


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode the bytes of a text file, detecting its encoding.

    Raises ``InputError`` for empty, binary or undecodable data.
    """
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {encoding} text at byte {exc.start}") from None
    # UTF-16 without a BOM: the high bytes of Latin or Cyrillic text are nearly all 0x00 or 0x04.
    head = data[:4096]
    if len(head) >= 8 and len(head) % 2 == 0:
        for encoding, highs in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
            if sum(1 for b in highs if b in (0, 4)) > len(highs) * 0.9:
                try:
                    text = data.decode(encoding)
                except UnicodeDecodeError:
                    continue
                if not _looks_binary(text.encode("utf-8")):
                    return text
    if _looks_binary(data):
        raise InputError(f"{name}: this looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best: tuple[float, str] | None = None
    for encoding in ("cp1251", "koi8-r"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        fit = _russian_fit(text)
        if best is None or fit > best[0]:
            best = (fit, text)
    if best is not None and best[0] > -math.inf:
        cyr, lat = script_counts(best[1])
        if cyr >= lat * 0.2:
            return best[1]
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            f"{name}: cannot decode the text (not UTF-8, UTF-16, Windows-1251 or KOI8-R; "
            f"first bad byte at {utf8_error.start})"
        ) from None


_HYPHEN_BREAK = re.compile(r"(\w+)-\n[ \t]*(\w+)")


def join_hyphenated(text: str, is_word: Callable[[str], bool] | None = None) -> str:
    """Join words hyphenated across line ends ("тера-\\nпия" → "терапия").

    When ``is_word`` is given, a hyphen is kept if both halves are words and the joined form is
    not ("sensory-\\nmotor" stays "sensory-motor").
    """

    def repl(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        if not right[0].islower() or left[-1].isdigit() or right[0].isdigit():
            return f"{left}-{right}"
        if is_word is not None:
            joined = left + right
            if not is_word(joined) and is_word(left) and is_word(right):
                return f"{left}-{right}"
        return left + right

    return _HYPHEN_BREAK.sub(repl, text)


def read_text(path: str | Path, is_word: Callable[[str], bool] | None = None) -> str:
    """Read and repair the text of a file. Raises ``InputError`` with a one-line message."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a text file")
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{p}: file too large ({size} bytes; the limit is {MAX_FILE_BYTES})")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    return prepare_text(decode_bytes(data, str(p)), is_word, str(p))


def prepare_text(text: str, is_word: Callable[[str], bool] | None = None, name: str = "input") -> str:
    text = clean_text(text)
    visible = sum(1 for ch in text[:200_000] if not ch.isspace())
    cyr, lat = script_counts(text[:200_000])
    if visible and cyr + lat < 0.3 * visible:
        raise InputError(f"{name}: no Russian or English text found (wrong encoding, or not a text file)")
    start = 0
    for n, line_end in enumerate(_line_ends(text), 1):
        if line_end - start > MAX_LINE_CHARS:
            raise InputError(f"{name}: line {n} is {line_end - start} characters long; this is not a text document")
        start = line_end + 1
    return join_hyphenated(text, is_word)


def _line_ends(text: str) -> Iterator[int]:
    pos = text.find("\n")
    while pos != -1:
        yield pos
        pos = text.find("\n", pos + 1)
    yield len(text)


def make_document(name: str, text: str, path: str = "") -> Document:
    return Document(name=name, text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    path=path)


def read_document(path: str | Path, is_word: Callable[[str], bool] | None = None) -> Document:
    p = Path(path)
    return make_document(p.name, read_text(p, is_word), str(p))


# ---------------------------------------------------------------------------------------------
# Segmentation

_REF_HEADING = re.compile(
    r"^\s*(список\s+(использованной\s+|цитируемой\s+)?литературы|литература|библиография|"
    r"references?|bibliography|literature(\s+cited)?|works\s+cited)\s*:?\s*$",
    re.IGNORECASE,
)
_ENUM = re.compile(r"^\s*(\[\d+\]|\d{1,3}[.)])\s+")
_REF_MARKERS = re.compile(
    r"//|\bDOI\b|doi:|\bet\s*\.?\s*al\b|\[и\s+др\.?\]|\bи\s+др\.|\b(19|20)\d{2}\s*[;.–-]|"
    r"\bVol\.|\bТ\.\s*\d|№\s*\d|\bС\.\s*\d|\bP\.\s*\d|\bpp?\.\s*\d",
    re.IGNORECASE,
)
_META = re.compile(
    r"^\s*(УДК|ББК|UDC|DOI|ORCID|e-?mail|https?://|Received|Accepted|Поступила|Принята)\b",
    re.IGNORECASE,
)
_AFFILIATION = re.compile(
    r"\b(University|Universit[àé]|Institute|Academy|College|Hospital|Clinic|Republic|Department|"
    r"Федерац|Университет|Институт|Академи|Республик|Кафедра|Belarus|Беларус|Russia|Росси)",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"\b[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.)?")
_SENT_END = re.compile(r"[.!?…]+[\"»”)\]]*(?=\s+)")
# Words after which a full stop does not end a sentence.
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b(?:e\.g|i\.e|et al|al|vs|cf|approx|Fig|fig|Tab|Eq|No|Vol|pp|p|Dr|Mr|Mrs|Ms|Prof|St|"
    r"etc|resp|incl|т\.\s?е|т\.\s?к|т\.\s?д|т\.\s?п|др|пр|рис|табл|см|ср|им|г|гг|с|стр|т|им|"
    r"проф|акад|д-р|мин|макс|ок|прим)|\b[A-ZА-ЯЁ])\.$"
)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Units separated by blank lines, split further at line breaks that start a new item.

    A line break inside a block is kept (soft wrap) when the next line continues the sentence
    (starts with a small letter); a block that stops mid-sentence joins the next block when that
    starts with a small letter (a page break inside a paragraph).
    """
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    units: list[list[int]] = []  # [start, end, blank_before]
    blank = True
    for start, end in lines:
        body = text[start:end]
        if not body.strip():
            blank = True
            continue
        s = start + (len(body) - len(body.lstrip()))
        e = start + len(body.rstrip())
        first = text[s]
        if units:
            prev_text = text[units[-1][0]:units[-1][1]]
            continues = first.islower() or first in ",;)"
            ends_open = not re.search(r"[.!?:;…»\"”)]$", prev_text)
            if continues and (not blank or ends_open) and not _ENUM.match(text[s:e]):
                units[-1][1] = e
                blank = False
                continue
        units.append([s, e])
        blank = False
    return [(u[0], u[1]) for u in units]


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as document offsets."""
    piece = text[start:end]
    last = 0
    for m in _SENT_END.finditer(piece):
        before = piece[last:m.end()]
        if m.group().startswith(".") and _NO_BREAK_BEFORE.search(before.rstrip()):
            continue
        rest = piece[m.end():].lstrip()
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "«\"“([—–-"):
            continue
        yield start + last, start + m.end()
        last = m.end()
        while last < len(piece) and piece[last].isspace():
            last += 1
    if last < len(piece):
        tail = piece[last:].rstrip()
        if tail:
            yield start + last, start + last + len(tail)


def decide_lang(text: str, fallback: Lang) -> Lang:
    """Russian or English by script; short or mixed text falls back to ``fallback``."""
    cyr, lat = script_counts(text)
    if cyr and not lat:
        return "ru"
    if lat and not cyr:
        return "en"
    if cyr + lat < 4:
        return fallback
    if cyr >= lat * 1.5:
        return "ru"
    if lat >= cyr * 1.5:
        return "en"
    return fallback


_GOST_LEAD_AUTHOR = re.compile(
    r"^[A-ZА-ЯЁ][\w'’-]+(?:\s[A-ZА-ЯЁ][\w'’-]+)?,\s*(?:[A-ZА-ЯЁ][a-zа-яё]?\.[\s-]*){1,3}\s*"
)
_VANCOUVER_AUTHORS = re.compile(
    r"^(?:[A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ]{1,3}(?:,\s*|\s+и\s+|\s+and\s+))*[A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ]{1,3}"
    r"(?:,?\s*(?:et al|и др)\.?)?\.\s+"
)


def reference_title_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The title inside a bibliographic reference ``text[start:end]``, as document offsets.

    GOST style ("Author, I. I. Title / Authors // Journal. – 2020. – № 1. – С. 1–2.") and
    Vancouver style ("Author AB, Author CD. Title. Journal. 2020;1:1-2.") are recognised; author
    names, journal names, volumes, pages and DOIs are outside the span. ``None`` when no title
    can be told apart.
    """
    entry = text[start:end]
    offset = 0
    m = _ENUM.match(entry)
    if m:
        offset = m.end()
    body = entry[offset:]
    if " / " in body or " // " in body:
        cut = body.find(" / ")
        if cut < 0:
            cut = body.find(" // ")
        lead = _GOST_LEAD_AUTHOR.match(body)
        t0 = lead.end() if lead and lead.end() < cut else 0
        return start + offset + t0, start + offset + cut
    m = _VANCOUVER_AUTHORS.match(body)
    if m:
        rest = body[m.end():]
        stop = re.search(r"[.?!]\s", rest)
        if stop:
            return start + offset + m.end(), start + offset + m.end() + stop.start()
    return None


def _classify(text: str, span: tuple[int, int], in_refs: bool) -> SegmentKind:
    body = text[span[0]:span[1]]
    if _META.match(body):
        return "meta"
    words = body.split()
    enumerated = bool(_ENUM.match(body))
    if (in_refs and enumerated) or (enumerated and len(_REF_MARKERS.findall(body)) >= 2):
        return "reference"
    terminal = bool(re.search(r"[.!?…]$", body.rstrip("»\"”)] ")))
    if len(words) <= 14 and not terminal:
        if len(_INITIALS.findall(body)) >= 2 or (_AFFILIATION.search(body) and len(words) <= 8):
            return "meta"
        return "heading"
    return "text"


def segment_document(text: str) -> list[Segment]:
    """Split a document's text into segments with offsets, language, kind and extractable spans."""
    units = _paragraph_spans(text)
    # Language of each unit first, so that short units can lean on their neighbours.
    raw_langs: list[Lang | None] = []
    for s, e in units:
        cyr, lat = script_counts(text[s:e])
        raw_langs.append(None if cyr + lat < 12 else ("ru" if cyr >= lat else "en"))
    cyr, lat = script_counts(text)
    doc_lang: Lang = "ru" if cyr >= lat else "en"
    segments: list[Segment] = []
    in_refs = False
    for p, (s, e) in enumerate(units):
        near = raw_langs[p] or next((lang for lang in raw_langs[p + 1:] if lang), None) or doc_lang
        body = text[s:e]
        if _REF_HEADING.match(body):
            in_refs = True
            segments.append(Segment(len(segments), s, e, body, decide_lang(body, near), "heading", p, ()))
            continue
        kind = _classify(text, (s, e), in_refs)
        if kind == "text" or (kind == "meta" and not _AFFILIATION.search(body)):
            in_refs = False  # running text or a new article's header ends a reference list
        if kind == "reference":
            title = reference_title_span(text, s, e)
            spans = (title,) if title else ()
            seg_lang = decide_lang(text[title[0]:title[1]], decide_lang(body, near)) if title else decide_lang(body, near)
            segments.append(Segment(len(segments), s, e, body, seg_lang, kind, p, spans))
            continue
        if kind in ("meta", "heading"):
            spans = () if kind == "meta" else ((s, e),)
            segments.append(Segment(len(segments), s, e, body, decide_lang(body, near), kind, p, spans))
            continue
        for ss, se in sentence_spans(text, s, e):
            sent = text[ss:se]
            segments.append(Segment(len(segments), ss, se, sent, decide_lang(sent, near), "text", p, ((ss, se),)))
    return segments
