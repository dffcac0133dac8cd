"""The reduce step: per-document candidates → the corpus's terms, scored, grouped and named.

- candidates with the same (language, lemma key) merge across documents;
- misspellings seen in the text join the term they misspell ("Ekbohm" → "Ekbom");
- C-value, medical evidence and specificity give each candidate a score; those that pass become
  terms;
- abbreviations are linked to their full forms (defined in the text, or known to the lexicon);
- each term gets its canonical form: the lexicon's when it knows the term, otherwise the form most
  often met in running text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from medgloss.align.lexicon import Lexicon
from medgloss.models import Candidate, Lang, Mention
from medgloss.nlp import english, russian
from medgloss.terms import lists, termhood
from medgloss.terms.extract import DocResult

MIN_SCORE = 0.5
MIN_MEDICAL = 0.5
# A candidate met (almost) only inside one and the same longer candidate is a fragment of it
# ("deficiency anemia" inside "iron deficiency anemia"), not a term of its own.
FRAGMENT_SHARE = 0.9


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
    mentions: list[tuple[int, Mention]]  # (document index, mention)
    is_abbreviation: bool = False
    full_forms: list[str] = field(default_factory=list)  # keys of full forms (for abbreviations)
    in_lexicon: bool = False


@dataclass
class _Merged:
    cand: Candidate
    mentions: list[tuple[int, Mention]] = field(default_factory=list)
    votes: Counter = field(default_factory=Counter)


def _merge(results: Iterable[DocResult]) -> dict[tuple[Lang, str], _Merged]:
    merged: dict[tuple[Lang, str], _Merged] = {}
    for d, res in enumerate(results):
        for k, cand in res.candidates.items():
            m = merged.get(k)
            if m is None:
                m = merged[k] = _Merged(Candidate(cand.lang, cand.key, "", cand.pos, cand.words, cand.head,
                                                  shape=cand.shape, is_abbreviation=cand.is_abbreviation))
            m.mentions.extend((d, mention) for mention in cand.mentions)
            for s, n in cand.surfaces.items():
                m.cand.surfaces[s] = m.cand.surfaces.get(s, 0) + n
            for (_surface, in_text), (canonical, n) in cand.canonicals.items():
                m.votes[(in_text, canonical)] += n
    return merged


def _known_word(word: str, lang: Lang, lex: Lexicon) -> bool:
    if lex.has(word, lang):
        return True
    return russian.is_known(word) if lang == "ru" else english.is_known(word)


def _edit1(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion or substitution."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _misspellings(merged: dict[tuple[Lang, str], _Merged], lex: Lexicon) -> dict[tuple[Lang, str], tuple[Lang, str]]:
    """Map keys that misspell another key to it: one word differs by one edit, and that word is
    unknown to every dictionary, and the other key is more frequent or in the lexicon."""
    buckets: dict[tuple, list[tuple[Lang, str]]] = defaultdict(list)
    for k in merged:
        lang, key = k
        words = key.split()
        for i, w in enumerate(words):
            if len(w) < 5:
                continue
            for j in range(len(w)):
                buckets[(lang, len(words), i, tuple(words[:i]), tuple(words[i + 1:]), w[:j] + w[j + 1:])].append(k)
            buckets[(lang, len(words), i, tuple(words[:i]), tuple(words[i + 1:]), w)].append(k)
    target: dict[tuple[Lang, str], tuple[Lang, str]] = {}
    for group in buckets.values():
        if len(group) < 2:
            continue
        for a in group:
            for b in group:
                if a == b or a in target:
                    continue
                wa = [x for x, y in zip(a[1].split(), b[1].split()) if x != y]
                wb = [y for x, y in zip(a[1].split(), b[1].split()) if x != y]
                if len(wa) != 1 or not _edit1(wa[0], wb[0]):
                    continue
                if _known_word(wa[0], a[0], lex):
                    continue
                b_better = lex.has(b[1], b[0]) or len(merged[b].mentions) > len(merged[a].mentions) or \
                    (len(merged[b].mentions) == len(merged[a].mentions) and _known_word(wb[0], b[0], lex))
                if b_better and target.get(b) != a:
                    target[a] = b
    # Follow chains to their end.
    for a in list(target):
        b = target[a]
        seen = {a}
        while b in target and b not in seen:
            seen.add(b)
            b = target[b]
        target[a] = b
    return target


def reduce(results: list[DocResult], lex: Lexicon, key_of: Callable[[str, Lang], str]) -> list[TermRecord]:
    """Combine the map results of a corpus into its terms (``key_of`` gives a phrase's lemma key)."""
    merged = _merge(results)
    for a, b in _misspellings(merged, lex).items():
        src, dst = merged.pop(a), merged[b]
        dst.mentions.extend(src.mentions)
        for s, n in src.cand.surfaces.items():
            dst.cand.surfaces[s] = dst.cand.surfaces.get(s, 0) + n
    defined: dict[tuple[Lang, str], set[str]] = defaultdict(set)
    for res in results:
        for d in res.definitions:
            if (d.lang, d.full_key) in merged:
                defined[(d.lang, d.abbr_key)].add(d.full_key)
    full_of_defined = {(lang, full) for (lang, _a), fulls in defined.items() for full in fulls}
    stop = lists.stop_modifiers()
    covered, as_modifier = _containment(merged, stop, lex)

    records: list[TermRecord] = []
    for k, m in merged.items():
        lang, key = k
        c = m.cand
        freq = len(m.mentions)
        in_lex = lex.is_medical(key, lang)
        medical = termhood.medical_score(key, lang, c.head, lex, c.is_abbreviation, k in defined)
        inside = covered.get(k, Counter())
        cval = termhood.c_value(c.words, freq, len(inside), sum(inside.values()))
        score = termhood.combine(medical, termhood.specificity(key, lang), cval)
        of_phrase = " of " in f" {key} "
        fragment = max(inside.values()) / freq if inside else 0.0
        # A phrase met only as a modifier inside longer ones is a piece of them, unless the lexicon
        # knows it as a term ("fasting plasma" in "fasting plasma glucose").
        modifier_only = as_modifier[k] >= freq and not in_lex and (c.words > 1 or medical < 0.8)
        whole = c.is_abbreviation or (in_lex and c.words > 1) or (fragment < FRAGMENT_SHARE and not modifier_only)
        stopped = c.words > 1 and key.split()[0] in stop[lang]
        # "RLS patients", "RLS symptoms": an abbreviation used as a modifier makes no new term.
        abbr_modified = c.words == 2 and c.head == 1 and (lang, key.split()[0]) in merged and \
            merged[(lang, key.split()[0])].cand.is_abbreviation
        light_single = c.words == 1 and (key in lists.light_heads().get(lang, ()) or key in lists.units())
        # An abbreviation is a term wherever it stands («КТ головного мозга»), if it is known,
        # defined in the text or used more than once.
        abbreviation_ok = c.is_abbreviation and not light_single and (
            k in defined or lex.has(key, lang) or freq >= 2)
        keep = k in full_of_defined or abbreviation_ok or cval > 0 and whole and not light_single and (
            in_lex or not abbr_modified and (medical >= MIN_MEDICAL and score >= MIN_SCORE and not stopped
                       and (not of_phrase or freq >= 2 and medical >= 0.8)))
        if not keep:
            continue
        records.append(TermRecord(
            lang=lang, key=key, canonical=_canonical(k, m, lex), pos=c.pos, frequency=freq,
            score=score, medical=medical, variants=dict(c.surfaces), mentions=m.mentions,
            is_abbreviation=c.is_abbreviation, in_lexicon=in_lex,
        ))
    _link_abbreviations(records, defined, lex, key_of)
    records.sort(key=lambda r: (r.lang, -r.score, r.key))
    return records


def _containment(merged: dict[tuple[Lang, str], _Merged], stop: dict[str, frozenset[str]], lex: Lexicon
                 ) -> tuple[dict[tuple[Lang, str], Counter], dict[tuple[Lang, str], int]]:
    """How candidates sit inside longer ones.

    Returns, for each candidate, (1) how many of its mentions lie inside mentions of each longer
    candidate whose head they contain ("deficiency anemia" inside "iron deficiency anemia"), and
    (2) how many lie inside a longer candidate as a modifier ("fasting plasma" inside "fasting
    plasma glucose").

    Not counted: an "of" complement ("hypoglycemia" in "risk of hypoglycemia"), a longer phrase
    that starts with a stop modifier ("uncontrolled essential hypertension"), and, for a phrase of
    several words, a longer one that only adds adjectives ("beta-cell dysfunction" in "progressive
    beta-cell dysfunction"): those are compositional, the nested phrase is the term. Nor does a
    longer phrase whose extra words are themselves a lexicon term: two terms side by side
    ("cerebrospinal fluid" + "oligoclonal band", «реперфузионная терапия» + «инфаркт миокарда»)."""
    by_segment: dict[tuple[int, int], list[tuple[int, int, int, tuple[Lang, str], str]]] = defaultdict(list)
    for k, m in merged.items():
        first = k[1].split()[0]
        if m.cand.words > 1 and first in stop.get(k[0], ()):
            continue
        for d, mention in m.mentions:
            by_segment[(d, mention.segment)].append((mention.start, mention.end, mention.head, k, mention.surface))
    covered: dict[tuple[Lang, str], Counter] = defaultdict(Counter)
    as_modifier: Counter = Counter()
    for spans in by_segment.values():
        if len(spans) < 2:
            continue
        for s, e, _h, k, _surface in spans:
            cand = merged[k].cand
            modifier = False
            for s2, e2, h2, k2, surface2 in spans:
                if not (s2 <= s and e2 >= e and (e2 - s2) > (e - s) and k2 != k):
                    continue
                outer = merged[k2].cand
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
                    covered[k][k2] += 1
                elif " of " not in f" {outer.key} ":
                    modifier = True
            if modifier:
                as_modifier[k] += 1
    return covered, as_modifier


def _canonical(k: tuple[Lang, str], m: _Merged, lex: Lexicon) -> str:
    lang, key = k
    hits = lex.lookup(key, lang)
    if hits:
        entry, i = hits[0]
        form = entry.forms(lang)[i]
        if not (m.cand.is_abbreviation and not entry.abbreviation):
            return form
    if not m.votes:
        return max(m.cand.surfaces, key=lambda s: m.cand.surfaces[s])
    # Running text first, then frequency, then the alphabetically first for stability.
    return sorted(m.votes.items(), key=lambda kv: (not kv[0][0], -kv[1], kv[0][1]))[0][0][1]


def _link_abbreviations(records: list[TermRecord], defined: dict[tuple[Lang, str], set[str]], lex: Lexicon,
                        key_of: Callable[[str, Lang], str]) -> None:
    present = {(r.lang, r.key) for r in records}
    for r in records:
        if not r.is_abbreviation:
            continue
        fulls = set(defined.get((r.lang, r.key), ()))
        for entry, i in lex.lookup(r.key, r.lang):
            if entry.abbreviation:
                for form in entry.forms(r.lang)[i + 1:]:
                    fk = key_of(form, r.lang)
                    if (r.lang, fk) in present:
                        fulls.add(fk)
        r.full_forms = sorted(f for f in fulls if (r.lang, f) in present)
