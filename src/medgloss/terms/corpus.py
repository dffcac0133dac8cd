"""The reduce step: per-document candidates → the corpus's terms, scored, grouped and named.

The map summarises each document's candidates in additive statistics (``doc_stats``): mentions,
surfaces, votes for the canonical form, and how candidates nest inside one another within the
document's segments. The corpus's statistics are their sums, so adding a document touches only
the candidates it contains. From them:

- misspellings seen in the text join the term they misspell ("Ekbohm" → "Ekbom");
- C-value, medical evidence and specificity give each candidate a score; those that pass become
  terms (``decide`` reads one candidate and the few others it names: its first word, its full
  forms), so ``add`` re-decides only the candidates of the new documents and their neighbours;
- abbreviations are linked to their full forms (defined in the text, or known to the lexicon);
- each term gets its canonical form: the lexicon's when it knows the term, otherwise the form most
  often met in running text.
"""

from __future__ import annotations

import bisect
import marshal
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from medgloss.align.lexicon import Lexicon
from medgloss.models import Candidate, Lang, Mention
from medgloss.normalize import deletes
from medgloss.nlp import english, russian
from medgloss.terms import lists, termhood

MIN_SCORE = 0.5
MIN_MEDICAL = 0.5
# A candidate met (almost) only inside one and the same longer candidate is a fragment of it
# ("deficiency anemia" inside "iron deficiency anemia"), not a term of its own.
FRAGMENT_SHARE = 0.9
MIN_TYPO_WORD = 5  # shorter words are not checked for misspellings

K = tuple[Lang, str]


@dataclass(slots=True)
class Stats:
    """One candidate's statistics over a set of documents; they add up."""

    pos: str
    words: int
    head: int
    shape: str
    is_abbreviation: bool
    count: int = 0
    surfaces: dict[str, int] = field(default_factory=dict)
    votes: dict[tuple[bool, str], int] = field(default_factory=dict)  # (in running text, canonical) → n
    covered: dict[str, int] = field(default_factory=dict)  # longer candidate (key) → mentions inside it
    modifier: int = 0  # mentions inside a longer candidate as its modifier
    docs: list[int] = field(default_factory=list)  # documents (ids) it occurs in

    def absorb(self, other: Stats, *, votes: bool = True) -> None:
        self.count += other.count
        for s, n in other.surfaces.items():
            self.surfaces[s] = self.surfaces.get(s, 0) + n
        if votes:
            for v, n in other.votes.items():
                self.votes[v] = self.votes.get(v, 0) + n
        for k, n in other.covered.items():
            self.covered[k] = self.covered.get(k, 0) + n
        self.modifier += other.modifier
        if other.docs:
            mine = set(self.docs)
            self.docs.extend(d for d in other.docs if d not in mine)

    def copy(self) -> Stats:
        return Stats(self.pos, self.words, self.head, self.shape, self.is_abbreviation, self.count,
                     dict(self.surfaces), dict(self.votes), dict(self.covered), self.modifier, list(self.docs))

    def dump(self) -> bytes:
        return marshal.dumps((self.pos, self.words, self.head, self.shape, self.is_abbreviation, self.count,
                              self.surfaces, self.votes, self.covered, self.modifier, self.docs))

    @classmethod
    def load(cls, blob: bytes) -> Stats:
        return cls(*marshal.loads(blob))


@dataclass
class TermRecord:
    """A term of the corpus, ready to store."""

    lang: Lang
    key: str
    canonical: str
    pos: str
    frequency: int
    score: float
    medical: float
    variants: dict[str, int]
    docs: list[int]  # documents (ids) it occurs in, with its misspellings
    keys: list[str] = field(default_factory=list)  # its own key and the keys of its misspellings
    is_abbreviation: bool = False
    full_forms: list[str] = field(default_factory=list)  # keys of full forms (for abbreviations)
    in_lexicon: bool = False


Definitions = list[tuple[Lang, str, str]]  # (lang, abbreviation key, full form key)


def doc_stats(candidates: dict[K, Candidate], lex: Lexicon) -> dict[K, Stats]:
    """The statistics of one document's candidates (the map's summary for the reduce)."""
    stats: dict[K, Stats] = {}
    for k, c in candidates.items():
        st = Stats(c.pos, c.words, c.head, c.shape, c.is_abbreviation, len(c.mentions), dict(c.surfaces))
        for (_surface, in_text), (canonical, n) in c.canonicals.items():
            v = (in_text, canonical)
            st.votes[v] = st.votes.get(v, 0) + n
        stats[k] = st
    _containment(candidates, stats, lex)
    return stats


def _containment(cands: dict[K, Candidate], stats: dict[K, Stats], lex: Lexicon) -> None:
    """How candidates sit inside longer ones, within a document's segments.

    Counts, for each candidate, how many of its mentions lie inside mentions of each longer
    candidate whose head they contain ("deficiency anemia" inside "iron deficiency anemia"), and
    how many lie inside a longer candidate as a modifier ("fasting plasma" inside "fasting plasma
    glucose").

    Not counted: an "of" complement ("hypoglycemia" in "risk of hypoglycemia"), a longer phrase
    that starts with a stop modifier ("uncontrolled essential hypertension"), and, for a phrase of
    several words, a longer one that only adds adjectives ("beta-cell dysfunction" in "progressive
    beta-cell dysfunction"): those are compositional, the nested phrase is the term. Nor does a
    longer phrase whose extra words are themselves a lexicon term: two terms side by side
    ("cerebrospinal fluid" + "oligoclonal band", «реперфузионная терапия» + «инфаркт миокарда»)."""
    stop = lists.stop_modifiers()
    by_segment: dict[int, list[tuple[int, int, int, K, str]]] = defaultdict(list)
    for k, c in cands.items():
        if c.words > 1 and k[1].split()[0] in stop.get(k[0], ()):
            continue
        for mention in c.mentions:
            by_segment[mention.segment].append((mention.start, mention.end, mention.head, k, mention.surface))
    for spans in by_segment.values():
        if len(spans) < 2:
            continue
        spans.sort()
        starts = [sp[0] for sp in spans]
        longest = max(e - s for s, e, *_rest in spans)
        for s, e, _h, k, _surface in spans:
            cand = cands[k]
            modifier = False
            # Only spans starting at most ``longest`` characters before this one can contain it.
            lo = bisect.bisect_left(starts, s - longest)
            hi = bisect.bisect_right(starts, s)
            for s2, e2, h2, k2, surface2 in spans[lo:hi]:
                if not (e2 >= e and (e2 - s2) > (e - s) and k2 != k):
                    continue
                outer = cands[k2]
                left = len(surface2[: s - s2].replace("-", " ").split())  # words of the outer phrase before
                extra = outer.shape[:left] + outer.shape[left + cand.words:]
                if "N" not in extra and (cand.words > 1 or termhood.zipf(k[1], k[0]) < termhood.RARE_ZIPF) \
                        and (not lex.is_medical(outer.key, k[0]) or cand.shape.startswith("A")):
                    # Only adjectives added ("intravenous methylprednisolone"): the nested phrase
                    # stands on its own, unless the longer one is a lexicon term and what is left
                    # starts with a noun ("leg syndrome" in "restless leg syndrome").
                    continue
                outer_words = outer.key.split()
                extra_words = outer_words[:left] + outer_words[left + cand.words:]
                if " of " not in f" {outer.key} " and len(extra_words) > 1 and lex.is_medical(" ".join(extra_words), k[0]):
                    continue  # two terms side by side
                if s <= h2 < e:
                    covered = stats[k].covered
                    covered[k2[1]] = covered.get(k2[1], 0) + 1
                elif " of " not in f" {outer.key} ":
                    modifier = True
            if modifier:
                stats[k].modifier += 1


class Source(Protocol):
    """Where statistics not in memory come from (the glossary's stored corpus)."""

    def candidate_stats(self, keys: Iterable[K]) -> dict[K, Stats]: ...
    def candidate_aliases(self, keys: Iterable[K]) -> dict[K, K]: ...
    def alias_sources(self, targets: Iterable[K]) -> dict[K, list[K]]: ...
    def candidate_definitions(self, keys: Iterable[K]) -> Definitions: ...
    def candidates_starting_with(self, lang: Lang, word: str) -> list[K]: ...
    def word_neighbours(self, words: Iterable[str]) -> dict[str, set[str]]: ...
    def kept_keys(self, keys: Iterable[K]) -> set[K]: ...


class CorpusStats:
    """The statistics of a corpus: all in memory (a build), or those an ``add`` needs, loaded on
    demand from ``source`` (the stored corpus)."""

    def __init__(self, lex: Lexicon, key_of: Callable[[str, Lang], str], source: Source | None = None) -> None:
        self.lex = lex
        self.key_of = key_of
        self.source = source
        self.raw: dict[K, Stats] = {}
        self._absent: set[K] = set()
        self.aliases: dict[K, K] = {}  # misspelling → the key it misspells (one step)
        self._alias_known: set[K] = set()
        self.definitions: set[tuple[Lang, str, str]] = set()
        self._defs_known: set[K] = set()
        self.changed: set[K] = set()  # raw statistics changed since loading (to store)
        self.words: set[tuple[Lang, str]] = set()  # words of new keys (for the misspelling index)

    # -- loading --------------------------------------------------------------------------

    def load(self, keys: Iterable[K]) -> None:
        want = [k for k in keys if k not in self.raw and k not in self._absent]
        if not want or self.source is None:
            self._absent.update(want)
            return
        found = self.source.candidate_stats(want)
        self.raw.update(found)
        self._absent.update(k for k in want if k not in found)

    def get(self, k: K) -> Stats | None:
        if k not in self.raw and k not in self._absent:
            self.load([k])
        return self.raw.get(k)

    def _load_aliases(self, keys: Iterable[K]) -> None:
        want = [k for k in keys if k not in self._alias_known]
        if want and self.source is not None:
            for a, b in self.source.candidate_aliases(want).items():
                self.aliases.setdefault(a, b)
        self._alias_known.update(want)

    def _load_definitions(self, keys: Iterable[K]) -> None:
        want = [k for k in keys if k not in self._defs_known]
        if want and self.source is not None:
            self.definitions.update(self.source.candidate_definitions(want))
        self._defs_known.update(want)

    # -- adding documents ---------------------------------------------------------------------

    def add_document(self, doc_id: int, stats: dict[K, Stats], definitions: Iterable[tuple[Lang, str, str]]) -> None:
        self.load(stats)
        for k, st in stats.items():
            mine = self.raw.get(k)
            if mine is None:
                mine = self.raw[k] = Stats(st.pos, st.words, st.head, st.shape, st.is_abbreviation)
                self._absent.discard(k)
                self.words.update((k[0], w) for w in k[1].split() if len(w) >= MIN_TYPO_WORD)
            mine.absorb(st)
            if not mine.docs or mine.docs[-1] != doc_id:
                mine.docs.append(doc_id)
            self.changed.add(k)
        for d in definitions:
            self.definitions.add(d)

    # -- misspellings -------------------------------------------------------------------------

    def _neighbours(self, keys: Iterable[K]) -> dict[K, set[K]]:
        """Present keys that differ from each of ``keys`` in one word by one edit."""
        keys = list(keys)
        words = {w for _lang, key in keys for w in key.split() if len(w) >= MIN_TYPO_WORD}
        near = self._word_neighbours(words)
        out: dict[K, set[K]] = {}
        wanted: dict[K, list[K]] = defaultdict(list)
        for k in keys:
            lang, key = k
            ws = key.split()
            for i, w in enumerate(ws):
                for w2 in near.get(w, ()):
                    wanted[(lang, " ".join([*ws[:i], w2, *ws[i + 1:]]))].append(k)
        self.load(wanted)
        for k2, origins in wanted.items():
            if k2 in self.raw:
                for k in origins:
                    out.setdefault(k, set()).add(k2)
        return out

    def _word_neighbours(self, words: set[str]) -> dict[str, set[str]]:
        """Words of candidate keys one edit away from each of ``words``: from the stored index
        and from the keys in memory (all of them in a build, the new ones in an ``add``)."""
        stored = self.source.word_neighbours(words) if self.source is not None else {}
        index: dict[str, set[str]] = defaultdict(set)
        every = {w for _lang, w in self.words} if self.source is not None else \
            {w for _lang, key in self.raw for w in key.split() if len(w) >= MIN_TYPO_WORD}
        for w in every:
            for d in deletes(w):
                index[d].add(w)
        return {w: stored.get(w, set()) | {w2 for d in deletes(w) for w2 in index.get(d, ()) if w2 != w and edit1(w, w2)}
                for w in words}

    def _best_target(self, a: K, neighbours: set[K]) -> K | None:
        """The key ``a`` misspells, if any: one word differs by one edit, ``a``'s word is unknown to
        every dictionary, and the other key is in the lexicon or more frequent."""
        sa = self.raw[a]
        best, best_rank = None, None
        for b in neighbours:
            wa, wb = next((x, y) for x, y in zip(a[1].split(), b[1].split()) if x != y)
            if _known_word(wa, a[0], self.lex):
                continue
            sb = self.raw[b]
            in_lex = self.lex.has(b[1], b[0])
            if not (in_lex or sb.count > sa.count or sb.count == sa.count and _known_word(wb, b[0], self.lex)):
                continue
            rank = (in_lex, sb.count, tuple(-ord(ch) for ch in b[1]))
            if best_rank is None or rank > best_rank:
                best, best_rank = b, rank
        return best

    def find_aliases(self, keys: Iterable[K]) -> set[K]:
        """Recompute the misspelling links of ``keys`` and of their neighbours; returns every key
        whose link changed (including the keys they now point to or pointed to)."""
        keys = set(keys)
        near = self._neighbours(keys)
        around = keys | {n for ns in near.values() for n in ns}
        near.update(self._neighbours(around - keys))
        self._load_aliases(around)
        touched: set[K] = set()
        proposed = {a: self._best_target(a, near.get(a, set())) for a in sorted(around) if a in self.raw}
        for a, b in proposed.items():
            if b is not None and proposed.get(b) == a:
                # Each thinks the other is the right spelling: the more frequent (then the
                # alphabetically first) one wins.
                sa, sb = self.raw[a], self.raw[b]
                if (sa.count, b[1]) > (sb.count, a[1]):
                    b = None
            old = self.aliases.get(a)
            if old != b:
                touched.update(x for x in (a, old, b) if x is not None)
                if b is None:
                    self.aliases.pop(a, None)
                else:
                    self.aliases[a] = b
        return touched

    def target(self, k: K) -> K:
        """The key ``k``'s mentions count under (itself, unless it is a misspelling)."""
        seen = {k}
        self._load_aliases([k])
        while k in self.aliases:
            nxt = self.aliases[k]
            if nxt in seen:
                break
            seen.add(nxt)
            self._load_aliases([nxt])
            k = nxt
        return k

    def _sources(self, k: K) -> list[K]:
        """Misspellings whose mentions count under ``k`` (directly or through a chain)."""
        out, todo = [], [k]
        while todo:
            cur = todo.pop()
            direct = [a for a, b in self.aliases.items() if b == cur]
            if self.source is not None:
                direct += [a for a in self.source.alias_sources([cur]).get(cur, []) if a not in direct]
            for a in sorted(direct):
                self._load_aliases([a])
                if self.aliases.get(a) == cur and a not in out and a != k:
                    out.append(a)
                    todo.append(a)
        return out

    def present(self, k: K) -> bool:
        """Whether ``k`` is a candidate of the corpus in its own right (not a misspelling)."""
        return self.get(k) is not None and self.target(k) == k

    # -- deciding -----------------------------------------------------------------------------

    def merged(self, k: K) -> tuple[Stats, list[str]]:
        """``k``'s statistics with those of its misspellings (not to be changed by the caller)."""
        keys = [k[1]]
        sources = self._sources(k)
        if not sources:
            return self.raw[k], keys
        own = self.raw[k].copy()
        self.load(sources)
        for a in sources:
            if a in self.raw:
                own.absorb(self.raw[a], votes=False)
                keys.append(a[1])
        return own, keys

    def defined_fulls(self, k: K) -> set[str]:
        self._load_definitions([k])
        return {full for lang, abbr, full in self.definitions if (lang, abbr) == k and self.present((lang, full))}

    def is_defined_full(self, k: K) -> bool:
        self._load_definitions([k])
        return any((lang, full) == k for lang, _abbr, full in self.definitions)

    def decide(self, k: K) -> TermRecord | None:
        """The term ``k`` makes, or None."""
        if not self.present(k):
            return None
        lex = self.lex
        st, keys = self.merged(k)
        lang, key = k
        freq = st.count
        fulls = self.defined_fulls(k) if st.is_abbreviation else set()
        defined = bool(fulls)
        in_lex = lex.is_medical(key, lang)
        medical = termhood.medical_score(key, lang, st.head, lex, st.is_abbreviation, defined)
        inside = st.covered
        cval = termhood.c_value(st.words, freq, len(inside), sum(inside.values()))
        score = termhood.combine(medical, termhood.specificity(key, lang), cval)
        of_phrase = " of " in f" {key} "
        fragment = max(inside.values()) / freq if inside else 0.0
        # A phrase met only as a modifier inside longer ones is a piece of them, unless the lexicon
        # knows it as a term ("fasting plasma" in "fasting plasma glucose").
        modifier_only = st.modifier >= freq and not in_lex and (st.words > 1 or medical < 0.8)
        whole = st.is_abbreviation or (in_lex and st.words > 1) or (fragment < FRAGMENT_SHARE and not modifier_only)
        stopped = st.words > 1 and key.split()[0] in lists.stop_modifiers()[lang]
        # "RLS patients", "RLS symptoms": an abbreviation used as a modifier makes no new term.
        abbr_modified = False
        if st.words == 2 and st.head == 1:
            first = self.get((lang, key.split()[0]))
            abbr_modified = first is not None and first.is_abbreviation and self.present((lang, key.split()[0]))
        light_single = st.words == 1 and (key in lists.light_heads().get(lang, ()) or key in lists.units())
        # An abbreviation is a term wherever it stands («КТ головного мозга»), if it is known,
        # defined in the text or used more than once.
        abbreviation_ok = st.is_abbreviation and not light_single and (defined or lex.has(key, lang) or freq >= 2)
        keep = self.is_defined_full(k) or abbreviation_ok or cval > 0 and whole and not light_single and (
            in_lex or not abbr_modified and (medical >= MIN_MEDICAL and score >= MIN_SCORE and not stopped
                                             and (not of_phrase or freq >= 2 and medical >= 0.8)))
        if not keep:
            return None
        return TermRecord(
            lang=lang, key=key, canonical=_canonical(k, st, lex), pos=st.pos, frequency=freq, score=score,
            medical=medical, variants=dict(st.surfaces), docs=sorted(st.docs), keys=keys,
            is_abbreviation=st.is_abbreviation, full_forms=sorted(fulls), in_lexicon=in_lex,
        )

    def link_abbreviations(self, records: Iterable[TermRecord], kept: Callable[[K], bool]) -> None:
        """Full forms of abbreviation terms: defined in the text or known to the lexicon, and terms
        themselves."""
        for r in records:
            if not r.is_abbreviation:
                continue
            fulls = set(r.full_forms)
            for entry, i in self.lex.lookup(r.key, r.lang):
                if entry.abbreviation:
                    for form in entry.forms(r.lang)[i + 1:]:
                        fulls.add(self.key_of(form, r.lang))
            r.full_forms = sorted(f for f in fulls if kept((r.lang, f)))

    def abbreviations_of(self, full: K) -> set[K]:
        """Abbreviations whose full form ``full`` is (defined in the text or in the lexicon)."""
        self._load_definitions([full])
        out = {(lang, abbr) for lang, abbr, f in self.definitions if (lang, f) == full}
        for entry, i in self.lex.lookup(full[1], full[0]):
            if entry.abbreviation:
                out.update((full[0], self.key_of(form, full[0])) for form in entry.forms(full[0])[:i])
        return out


def reduce_all(stats: CorpusStats) -> list[TermRecord]:
    """Every term of a corpus held in memory."""
    stats.find_aliases(list(stats.raw))
    records = [r for k in sorted(stats.raw) if (r := stats.decide(k)) is not None]
    present = {(r.lang, r.key) for r in records}
    stats.link_abbreviations(records, present.__contains__)
    records.sort(key=lambda r: (r.lang, -r.score, r.key))
    return records


def _known_word(word: str, lang: Lang, lex: Lexicon) -> bool:
    if lex.has(word, lang):
        return True
    return russian.is_known(word) if lang == "ru" else english.is_known(word)


def edit1(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion or substitution."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _canonical(k: K, st: Stats, lex: Lexicon) -> str:
    lang, key = k
    hits = lex.lookup(key, lang)
    if hits:
        # The entry spelled as the text writes it first ("eGFR", the filtration rate, not "EGFR",
        # the receptor, which folds to the same key)
        entry, i = next((h for h in hits if h[0].forms(lang)[h[1]] in st.surfaces), hits[0])
        form = entry.forms(lang)[i]
        if not (st.is_abbreviation and not entry.abbreviation):
            return form
    if not st.votes:
        return max(st.surfaces, key=lambda s: st.surfaces[s])
    # Running text first, then frequency, then the alphabetically first for stability.
    return sorted(st.votes.items(), key=lambda kv: (not kv[0][0], -kv[1], kv[0][1]))[0][0][1]


def mentions_of(candidates: dict[K, Candidate], keys: Iterable[str], lang: Lang) -> list[Mention]:
    """A document's mentions of a term (under its own key or a misspelling's)."""
    out: list[Mention] = []
    for key in keys:
        c = candidates.get((lang, key))
        if c is not None:
            out.extend(c.mentions)
    return out
