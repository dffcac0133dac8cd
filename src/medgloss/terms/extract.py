"""The map step: one document → segments, analysed spans and term candidates with mentions.

Nothing here depends on other documents, so documents can be processed in any order, in
parallel, or on another machine; ``corpus.reduce`` combines the results.

Patterns:
- Russian: agreeing adjectives/participles + head noun + genitive groups, each group being agreeing
  adjectives + a noun in the genitive («блокаторы медленных кальциевых каналов»).
- English: a chain of modifiers (adjectives, nouns, names, abbreviations) ending in a noun, and
  "X of Y" with a bare Y ("quality of life").
Every well-formed sub-phrase is a candidate too (nested terms, scored later by C-value).
"""

from __future__ import annotations

import itertools
import json
import marshal
import zlib
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from medgloss.io import segment_document
from medgloss.models import Candidate, Document, Lang, Mention, Segment, Token
from medgloss.nlp.pipeline import AnalysedSpan, Analyzer
from medgloss.nlp.russian import agrees, token_parse
from medgloss.normalize import fold
from medgloss.terms import abbreviations, lists
from medgloss.terms.canonical import en_canonical, ru_canonical

MAX_WORDS = 6
# Nouns a number can follow inside a term ("type 2 diabetes", "stage 3 chronic kidney disease").
_NUMBERED_NOUNS = frozenset({"type", "stage", "grade", "class", "phase", "factor", "step", "category", "tier",
                             "degree", "group", "trisomy", "lead", "cranial", "nerve", "chromosome", "cluster"})
_NOMINAL_RU = ("NOUN", "ABBR")
_MOD_RU = ("ADJ", "PRTF")
_NOMINAL_EN = ("NOUN", "PROPN", "ABBR")
_MOD_EN = ("ADJ", "NOUN", "PROPN", "ABBR")


@dataclass
class DocResult:
    """Everything the map step learns from one document."""

    document: Document
    segments: list[Segment]
    candidates: dict[tuple[Lang, str], Candidate]
    definitions: list[abbreviations.Definition] = field(default_factory=list)
    words: int = 0
    stats: dict | None = None  # terms.corpus.doc_stats of the candidates, for the reduce
    blob: bytes | None = None  # to_bytes of the result, made where the map ran


@dataclass(frozen=True, slots=True)
class Phrase:
    tokens: tuple[Token, ...]
    head: int  # index of the head noun in ``tokens``


def _word_ok(t: Token) -> bool:
    """A token that can be part of a term: a word of at least two letters (or an abbreviation)."""
    letters = sum(ch.isalpha() for ch in t.text)
    return letters >= 2 or (t.pos == "ABBR" and letters >= 1)


def ru_phrases(toks: Sequence[Token]) -> Iterator[Phrase]:
    """Noun phrases of a Russian token sequence, nested ones included."""
    n = len(toks)
    light = lists.light_heads().get("ru", frozenset())
    for h in range(n):
        head = toks[h]
        if head.pos not in _NOMINAL_RU or not _word_ok(head):
            continue
        # Agreeing modifiers to the left.
        left = h
        while left > 0 and toks[left - 1].pos in _MOD_RU and _word_ok(toks[left - 1]) and \
                (head.pos == "ABBR" or agrees(toks[left - 1], head)):
            left -= 1
        # Genitive groups to the right: (agreeing modifiers)* noun-in-genitive.
        groups: list[int] = []  # end index (exclusive) of each group
        j = h + 1
        while j < n and (j - left) < MAX_WORDS:
            k = j
            while k < n and toks[k].pos in _MOD_RU and toks[k].case == "gent":
                k += 1
            if k < n and toks[k].pos == "NOUN" and toks[k].case == "gent" and _word_ok(toks[k]) and \
                    fold(toks[k].lemma) not in light and all(agrees(toks[m], toks[k]) for m in range(j, k)):
                groups.append(k + 1)
                j = k + 1
            else:
                break
        for start in range(left, h + 1):
            for end in [h + 1, *groups]:
                if end - start > MAX_WORDS:
                    break
                yield Phrase(tuple(toks[start:end]), h - start)


def en_phrases(toks: Sequence[Token]) -> Iterator[Phrase]:
    """Noun phrases of an English token sequence, nested ones included."""
    n = len(toks)
    i = 0
    while i < n:
        if toks[i].pos not in _MOD_EN or not _word_ok(toks[i]):
            i += 1
            continue
        # A maximal chain of modifiers and nouns; a dash may join two names ("Willis – Ekbom").
        j = i
        chain: list[int] = []
        while j < n:
            t = toks[j]
            if t.pos in _MOD_EN and _word_ok(t):
                chain.append(j)
                j += 1
            elif (t.pos == "NUM" and t.text.isdigit() and len(t.text) <= 2 and chain and j + 1 < n
                  and toks[chain[-1]].lemma in _NUMBERED_NOUNS and toks[j + 1].pos in ("NOUN", "ADJ")):
                chain.append(j)  # "type 2 diabetes"
                j += 1
            elif (t.pos == "PUNCT" and t.text in "-–—" and chain and j + 1 < n
                  and toks[chain[-1]].text[:1].isupper() and toks[j + 1].text[:1].isupper()):
                chain.append(j)
                j += 1
            else:
                break
        for a_pos, a in enumerate(chain):
            if toks[a].pos in ("PUNCT", "NUM"):
                continue
            for b in chain[a_pos:]:
                if toks[b].pos not in _NOMINAL_EN or b - a + 1 > MAX_WORDS:
                    continue
                yield Phrase(tuple(toks[a:b + 1]), b - a)
                # "X of Y": Y a bare chain of modifiers ending in a noun.
                if b == chain[-1] and b + 2 < n and toks[b + 1].lemma == "of":
                    k = b + 2
                    while k < n and toks[k].pos in _MOD_EN and _word_ok(toks[k]) and k - a < MAX_WORDS:
                        k += 1
                    if k > b + 2 and toks[k - 1].pos == "NOUN" and toks[k - 1].pos != "ABBR":
                        yield Phrase(tuple(toks[a:k]), b - a)
        i = j if j > i else i + 1


def _acceptable(phrase: Phrase, lang: Lang, sentence_start: int) -> bool:
    """Reject phrases that cannot be terms: names of organisations, journals, places."""
    toks = phrase.tokens
    head = toks[phrase.head]
    if lang == "en":
        caps = [t for t in toks if "cap" in t.tags or t.pos == "PROPN"]
        if caps:
            eponym_head = fold(head.lemma) in lists.eponym_heads()["en"]
            if not eponym_head:
                return False  # names of organisations, journals, places
            if head in caps and len(toks) < 3:
                return False  # a named scale or test has a longer name ("Expanded Disability Status Scale")
    else:
        parse = token_parse(head)
        if parse is not None and parse.tag.grammemes & {"Name", "Surn", "Patr", "Geox", "Orgn"} and \
                head.text[:1].isupper() and head.start != sentence_start:
            return False
    return True


def _keep_case(toks: Sequence[Token], sentence_start: int, lang: Lang) -> list[bool]:
    keep = []
    words = [t for t in toks if t.pos != "PUNCT"]
    for t in toks:
        initial = t.start == sentence_start
        cap = t.text[:1].isupper() and not t.text.isupper()
        if lang == "en":
            nxt = words[words.index(t) + 1] if t in words and words.index(t) + 1 < len(words) else None
            name_pair = nxt is not None and nxt.pos == "PROPN" and nxt.text[:1].isupper()
            keep.append(cap and ("cap" in t.tags or t.pos == "PROPN" or name_pair))
        else:
            parse = token_parse(t)
            named = parse is not None and bool(parse.tag.grammemes & {"Name", "Surn", "Geox"})
            keep.append(cap and not initial and (named or t.pos == "X"))
    return keep


_FUNCTION_POS = {"ru": ("PREP", "CONJ"), "en": ("PREP", "CONJ")}


class Extractor:
    """Runs the map step with one ``Analyzer``."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self._gazetteer: dict[str, dict[str, list[tuple[int, str]]]] | None = None
        self._canonicals: dict[tuple, str] = {}

    def gazetteer(self) -> dict[str, dict[str, list[tuple[int, str]]]]:
        """Lexicon terms that no part-of-speech pattern can find, because a preposition or a
        conjunction is part of them («стент с лекарственным покрытием», «отделение реанимации и
        интенсивной терапии»): first word → [(length, key)]."""
        if self._gazetteer is None:
            from medgloss.align.lexicon import load

            gaz: dict[str, dict[str, list[tuple[int, str]]]] = {"ru": {}, "en": {}}
            for lang in ("ru", "en"):
                for key, hits in load().by_key[lang].items():
                    words = key.split()
                    if len(words) < 3 or not any(e.medical for e, _ in hits):
                        continue
                    if lang == "ru" and not any(w in ("с", "и", "в", "при", "без", "на", "после", "до", "со") for w in words[1:-1]):
                        continue
                    if lang == "en" and not any(w in ("and", "with", "without", "in", "on", "to", "after", "for") for w in words[1:-1]):
                        continue
                    gaz[lang].setdefault(words[0], []).append((len(words), key))
            self._gazetteer = gaz
        return self._gazetteer

    def _gazetteer_phrases(self, toks: Sequence[Token], lang: Lang) -> Iterator[Phrase]:
        words = [t for t in toks if t.pos != "PUNCT"]
        gaz = self.gazetteer()[lang]
        keys = self.analyzer.word_keys(words, lang)
        for i, first in enumerate(keys):
            entries = gaz.get(first)
            if not entries:
                continue
            for n, key in entries:
                span = words[i:i + n]
                if len(span) == n and " ".join(keys[i:i + n]) == key:
                    first, last = toks.index(span[0]), toks.index(span[-1])
                    yield Phrase(tuple(toks[first:last + 1]), 0 if lang == "ru" else last - first)

    def phrase_key(self, phrase: Phrase, lang: Lang) -> str:
        return self.analyzer.key_of_tokens(phrase.tokens, lang)

    def _cuts_a_term(self, toks: Sequence[Token], last: int, lang: Lang, memo: dict[int, bool]) -> bool:
        """Whether the word after ``toks[last]`` completes a lexicon term that ends the phrase in its middle."""
        if last in memo:
            return memo[last]
        cut = False
        if last + 1 < len(toks) and toks[last].pos == "NOUN" and toks[last + 1].pos in ("NOUN", "ADJ", "PRTF"):
            from medgloss.align.lexicon import load

            lex = load()
            for end in (last + 2, last + 3):
                if end > len(toks) or any(t.pos not in ("NOUN", "ADJ", "PRTF") for t in toks[last + 1:end]):
                    break
                if lang == "ru" and toks[end - 1].case != "gent" or lang == "en" and toks[end - 1].pos != "NOUN":
                    continue
                if lex.is_medical(self.analyzer.key_of_tokens(list(toks[last:end]), lang), lang):
                    cut = True
                    break
        memo[last] = cut
        return cut

    def canonical(self, phrase: Phrase, lang: Lang, sentence_start: int) -> str:
        keep = _keep_case(phrase.tokens, sentence_start, lang)
        # The form depends on the words and their analyses, not on where they stand: remembered.
        memo_key = (lang, phrase.head, tuple(keep),
                    tuple((t.text, t.lemma, t.pos, t.case, t.number, t.gender, t.tags, t.upper) for t in phrase.tokens))
        form = self._canonicals.get(memo_key)
        if form is None:
            if len(self._canonicals) > 200_000:
                self._canonicals.clear()
            if lang == "ru":
                form = ru_canonical(phrase.tokens, phrase.head, keep)
            else:
                form = en_canonical(phrase.tokens, phrase.head, keep)
            self._canonicals[memo_key] = form
        return form

    def run(self, doc: Document) -> DocResult:
        segments = segment_document(doc.text)
        spans = self.analyzer.analyse_segments(doc.text, segments)
        result = DocResult(doc, segments, {})
        for span in spans:
            self._collect(doc.text, span, result)
        result.definitions = abbreviations.find_definitions(spans, self)
        return result

    def _collect(self, text: str, span: AnalysedSpan, result: DocResult) -> None:
        toks = span.tokens
        if not toks:
            return
        result.words += sum(1 for t in toks if t.pos != "PUNCT")
        sentence_start = toks[0].start
        finder = ru_phrases if span.lang == "ru" else en_phrases
        index = {t.start: i for i, t in enumerate(toks)}
        cuts: dict[int, bool] = {}
        for phrase in itertools.chain(finder(toks), self._gazetteer_phrases(toks, span.lang)):
            if not _acceptable(phrase, span.lang, sentence_start):
                continue
            first, last = index[phrase.tokens[0].start], index[phrase.tokens[-1].start]
            if self._cuts_a_term(toks, last, span.lang, cuts):
                continue  # «…терапия инфаркта» when «инфаркта миокарда» follows
            if span.lang == "en" and phrase.tokens[-1].text[:1].isupper() and last + 1 < len(toks) and \
                    toks[last + 1].text[:1].isupper() and toks[last + 1].pos in ("NOUN", "PROPN"):
                continue  # the start of a longer name ("International Restless Legs Syndrome Study Group")
            if span.lang == "en" and first > 0 and phrase.tokens[0].text[:1].isupper() and \
                    toks[first - 1].text[:1].isupper() and toks[first - 1].pos in ("NOUN", "ADJ", "PROPN") and \
                    first - 1 != 0:
                continue  # the tail of a longer name ("Disability Status Scale" in "Expanded …")
            key = self.phrase_key(phrase, span.lang)
            if not key:
                continue
            start, end = phrase.tokens[0].start, phrase.tokens[-1].end
            surface = text[start:end]
            cand = result.candidates.get((span.lang, key))
            if cand is None:
                head = phrase.tokens[phrase.head]
                cand = Candidate(
                    lang=span.lang, key=key, canonical="", pos="noun", words=len(key.split()),
                    head=sum(1 for t in phrase.tokens[:phrase.head] if t.pos != "PUNCT"),
                    shape="".join("A" if t.pos in ("ADJ", "PRTF") else "N" if t.pos in ("NOUN", "PROPN", "ABBR")
                                  else "o" for t in phrase.tokens if t.pos != "PUNCT"),
                    is_abbreviation=len(phrase.tokens) == 1 and head.pos == "ABBR",
                )
                result.candidates[(span.lang, key)] = cand
            cand.mentions.append(Mention(span.segment, start, end, surface, phrase.tokens[phrase.head].start))
            vote = (surface, span.kind == "text" and toks[0] is not phrase.tokens[0])
            if vote not in cand.canonicals:
                cand.canonicals[vote] = [self.canonical(phrase, span.lang, sentence_start), 0]
            cand.canonicals[vote][1] += 1
            cand.surfaces[surface] = cand.surfaces.get(surface, 0) + 1


def canonical_for(analyzer: Analyzer, phrase_text: str, lang: Lang) -> str | None:
    """Canonical form of a free phrase (user input): its longest noun phrase, if it is one."""
    toks = analyzer.analyse_text(phrase_text, lang)
    words = [t for t in toks if t.pos != "PUNCT"]
    finder = ru_phrases if lang == "ru" else en_phrases
    best: Phrase | None = None
    for phrase in finder(toks):
        if sum(t.pos != "PUNCT" for t in phrase.tokens) == len(words) and (best is None or len(phrase.tokens) > len(best.tokens)):
            best = phrase
    if best is None:
        return None
    keep = _keep_case(best.tokens, -1, lang)
    return ru_canonical(best.tokens, best.head, keep) if lang == "ru" else en_canonical(best.tokens, best.head, keep)



def to_bytes(result: DocResult) -> bytes:
    """The map result of a document, compact, for storing beside it (segments are stored apart)."""
    data = {
        "words": result.words,
        "candidates": [
            [c.lang, c.key, c.head, c.words, int(c.is_abbreviation), c.shape,
             [[m.segment, m.start, m.end, m.surface, m.head] for m in c.mentions],
             [[s, int(t), canon, n] for (s, t), (canon, n) in c.canonicals.items()]]
            for c in result.candidates.values()
        ],
        "definitions": [[d.lang, d.abbr_key, d.abbr, d.full_key, d.segment] for d in result.definitions],
    }
    # Beside the full result, each candidate's occurrences as packed (segment, start, end) triples:
    # what a store needs, readable without decoding the rest.
    occurrences = {(c.lang, c.key): array("i", [x for m in c.mentions for x in (m.segment, m.start, m.end)]).tobytes()
                   for c in result.candidates.values()}
    return zlib.compress(marshal.dumps((occurrences, marshal.dumps(data))), 6)


def _decode(blob: bytes, version: int) -> dict:
    raw = zlib.decompress(blob)
    if version < 3:
        return json.loads(raw.decode("utf-8"))
    return marshal.loads(raw) if version == 3 else marshal.loads(marshal.loads(raw)[1])


def from_bytes(blob: bytes, document: Document, segments: list[Segment], version: int = 4) -> DocResult:
    """The stored map result (``version``: the map version it was stored with; 2 was JSON)."""
    data = _decode(blob, version)
    cands: dict[tuple[Lang, str], Candidate] = {}
    for lang, key, head, words, abbr, shape, mentions, canonicals in data["candidates"]:
        c = Candidate(lang=lang, key=key, canonical="", pos="noun", words=words, head=head,
                      is_abbreviation=bool(abbr), shape=shape)
        for seg, start, end, surface, head in mentions:
            c.mentions.append(Mention(seg, start, end, surface, head))
            c.surfaces[surface] = c.surfaces.get(surface, 0) + 1
        for s, t, canon, n in canonicals:
            c.canonicals[(s, bool(t))] = [canon, n]
        cands[(lang, key)] = c
    defs = [abbreviations.Definition(*d) for d in data["definitions"]]
    return DocResult(document, segments, cands, defs, data["words"])


def stored_mentions(blob: bytes, version: int, wanted: set[tuple[Lang, str]]) -> dict[tuple[Lang, str], list[Mention]]:
    """The mentions of the ``wanted`` candidates in a stored map result (nothing else is built)."""
    out: dict[tuple[Lang, str], list[Mention]] = {}
    if version >= 4:
        occurrences = marshal.loads(zlib.decompress(blob))[0]
        for k in wanted:
            packed = occurrences.get(k)
            if packed is not None:
                xs = array("i")
                xs.frombytes(packed)
                out[k] = [Mention(xs[i], xs[i + 1], xs[i + 2], "") for i in range(0, len(xs), 3)]
        return out
    for lang, key, _head, _words, _abbr, _shape, mentions, _canonicals in _decode(blob, version)["candidates"]:
        if (lang, key) in wanted:
            out[(lang, key)] = [Mention(seg, start, end, surface, head) for seg, start, end, surface, head in mentions]
    return out
