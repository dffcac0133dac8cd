"""Ranked, explained translation candidates for terms and free phrases.

Methods, each leaving its name in ``methods`` and a clause in ``evidence``:
- lexicon: the whole phrase is a lexicon entry (preferred form first, synonyms after);
- composition: the phrase is cut into pieces the lexicon (or cognates) can translate and put back
  together with the target grammar (``compose``);
- cognate: a single word matched to a word of the other language by shared Greek/Latin roots, or
  spelled by transliteration rules when no vocabulary knows it;
- corpus: the candidate exists as a term in the other language's documents (``attested``), which
  ranks it above candidates that do not;
- parallel: source and candidate occur in two documents declared translations of each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from medgloss.align import cognates
from medgloss.align.compose import Piece, assemble_en, assemble_ru, cover, target_pos_ru
from medgloss.align.lexicon import Entry, Lexicon
from medgloss.models import Lang, Token, other_lang
from medgloss.nlp.pipeline import Analyzer

LEXICON_PREFERRED = 0.95
LEXICON_SYNONYM = 0.85
COMPOSITION_FACTOR = 0.92
ATTESTED_BONUS = 0.08
PARALLEL_BONUS = 0.05
MAX_CANDIDATES = 5


@dataclass
class Translation:
    term: str
    lang: Lang
    key: str
    score: float
    methods: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    attested: bool = False

    def as_json(self) -> dict:
        return {"term": self.term, "lang": self.lang, "score": round(self.score, 4), "methods": self.methods,
                "evidence": "; ".join(self.evidence), "attested": self.attested, "status": "candidate"}


def _entry_evidence(entry: Entry) -> str:
    return f"lexicon {entry.source} ({entry.field})"


class Translator:
    """Translates phrases with one lexicon and, optionally, the terms of a corpus."""

    def __init__(self, lexicon: Lexicon, analyzer: Analyzer,
                 corpus_terms: dict[Lang, dict[str, str]] | None = None) -> None:
        self.lex = lexicon
        self.an = analyzer
        self.corpus = corpus_terms or {"ru": {}, "en": {}}
        self._corpus_index: dict[Lang, cognates.CognateIndex] = {}

    # -- pieces ---------------------------------------------------------------------------

    def _lexicon_piece(self, toks: list[Token], i: int, j: int, src: Lang) -> Piece | None:
        span = toks[i:j]
        if any(t.pos == "PUNCT" for t in span) and j - i == 1:
            return None
        key = self.an.key_of_tokens(span, src)
        hits = _by_role(self.lex.lookup(key, src), span)
        if not hits:
            return None
        entry, _idx = hits[0]
        tgt = other_lang(src)
        forms = entry.forms(tgt)
        if not forms:
            return None
        target = forms[0]
        if tgt == "ru":
            pos = "adj" if entry.pos == "adj" else target_pos_ru(target) if entry.pos != "noun" else "noun"
        else:
            pos = "adj" if entry.pos == "adj" else "noun"
        return Piece(i, j, " ".join(t.text for t in span), target, pos, "lexicon", LEXICON_PREFERRED)

    def _negated_piece(self, t: Token, i: int, src: Lang) -> Piece | None:
        """«нетяжёлый» → "non-severe", "noninvasive" → «неинвазивный»: a negated adjective the lexicon
        knows without its prefix."""
        low = t.lemma.lower()
        prefixes = ("не",) if src == "ru" else ("non-", "non", "un")
        for prefix in prefixes:
            if low.startswith(prefix) and len(low) > len(prefix) + 3:
                rest = low[len(prefix):]
                for entry, _i in self.lex.lookup(self.an.key(rest, src), src):
                    if entry.pos == "adj" and entry.forms(other_lang(src)):
                        target = entry.forms(other_lang(src))[0]
                        text = f"non-{target}" if src == "ru" else f"не{target}"
                        return Piece(i, i + 1, t.text, text, "adj", "lexicon", 0.85)
        return None

    def _relational(self, piece: Piece, toks: list[Token]) -> Piece | None:
        """The adjective the lexicon gives for an English noun modifier ("serum" → «сывороточный»)."""
        key = self.an.key_of_tokens(toks[piece.start:piece.end], "en")
        for entry, _i in self.lex.lookup(key, "en"):
            if entry.pos == "adj" and entry.ru:
                return Piece(piece.start, piece.end, piece.source, entry.ru[0], "adj", "lexicon", piece.score)
        return None

    def _cognate_piece(self, toks: list[Token], i: int, src: Lang) -> Piece | None:
        t = toks[i]
        if t.pos == "ABBR":
            return Piece(i, i + 1, t.text, t.text, "noun", "abbreviation", 0.3)
        word = t.lemma if src == "ru" else (t.lemma if t.pos == "NOUN" else t.text.lower())
        if not word.isalpha():
            return None
        tgt = other_lang(src)
        pos = "adj" if t.pos in ("ADJ", "PRTF") else "noun"
        from medgloss.terms.termhood import zipf

        if len(word) < 5 or zipf(word, src) > 4.2:
            # Short or everyday words are not borrowed from Greek and Latin: a last resort only.
            spelled = cognates.transliterate_ru(word) if tgt == "en" else cognates.transliterate_en(word)
            return Piece(i, i + 1, t.text, spelled, pos, "transliteration", 0.1)
        found = self._cognates(word, src) or (self._cognates(t.text.lower(), src) if t.text.lower() != word else [])
        if found:
            cand, score = found[0]
            return Piece(i, i + 1, t.text, cand, pos, "cognate", 0.75 * score)
        if tgt == "en":
            return Piece(i, i + 1, t.text, cognates.transliterate_ru(word), pos, "transliteration", 0.35)
        guess = cognates.transliterate_en(word)
        from medgloss.nlp.russian import is_known

        return Piece(i, i + 1, t.text, guess, pos, "transliteration", 0.6 if is_known(guess) else 0.35)

    def _cognates(self, word: str, src: Lang) -> list[tuple[str, float]]:
        tgt = other_lang(src)
        found = []
        corpus_words = self._corpus_words(tgt)
        found.extend((w, s) for w, s in corpus_words.find(word, src) if s >= 0.8)
        if tgt == "en":
            found.extend(cognates.english_index().find(word, src))
        return sorted(found, key=lambda x: -x[1])

    def _corpus_words(self, lang: Lang) -> cognates.CognateIndex:
        idx = self._corpus_index.get(lang)
        if idx is None:
            words = {w for canon in self.corpus.get(lang, {}).values() for w in canon.lower().split()}
            idx = self._corpus_index[lang] = cognates.CognateIndex(lang, words)
        return idx

    # -- candidates -----------------------------------------------------------------------

    def translate_tokens(self, toks: list[Token], src: Lang) -> list[Translation]:
        """Candidates for a noun phrase given as analysed tokens, best first."""
        toks = [t for t in toks if t.pos != "PUNCT" or t.text in "-–"]
        while toks and toks[0].pos in ("DET", "PRON$"):
            toks = toks[1:]  # "an epidemic", "the brain"
        if not toks:
            return []
        tgt = other_lang(src)
        out: dict[str, Translation] = {}
        key = self.an.key_of_tokens(toks, src)
        for entry, idx in _by_role(self.lex.lookup(key, src), toks):
            forms = entry.forms(tgt)
            if entry.abbreviation and len(toks) == 1 and toks[0].pos == "ABBR":
                pass
            source_abbr = len(toks) == 1 and toks[0].pos == "ABBR"
            for n, form in enumerate(forms):
                score = (LEXICON_PREFERRED if n == 0 else LEXICON_SYNONYM - 0.02 * (n - 1)) - 0.03 * min(idx, 3)
                if _abbreviation_like(form) != source_abbr:
                    score -= 0.15  # an abbreviation translates an abbreviation, a full form a full form
                # Between entries that tie, a medical one wins, then the more common target word.
                score += 0.01 * entry.medical + 0.002 * _zipf_phrase(form, tgt)
                self._add(out, form, tgt, score, "lexicon", _entry_evidence(entry))
        if len(toks) > 1 or not out:
            for text, score, method, evidence in self._compose(toks, src):
                self._add(out, text, tgt, score, method, evidence)
        if not out and len(toks) == 1 and "-" in toks[0].text:
            # «МРТ-контраст», "beta-cell": a hyphenated compound, headed by its last part.
            parts = [self.translate(p, src) for p in toks[0].text.split("-") if p]
            if parts and all(parts):
                text = " ".join(p[0].term for p in parts)
                score = COMPOSITION_FACTOR
                for p in parts:
                    score *= p[0].score
                evidence = "composition: " + ", ".join(f"{src_part} → {p[0].term}" for src_part, p in
                                                       zip(toks[0].text.split("-"), parts))
                self._add(out, text, tgt, score, "composition", evidence)
        if not out and any("-" in t.text for t in toks):
            for tr in self.translate(" ".join(t.text.replace("-", " ") for t in toks), src):
                self._add(out, tr.term, tgt, tr.score * 0.9, tr.methods[0], "; ".join(tr.evidence))
        if not out:
            # Nothing better: a letter-by-letter spelling, so that every term has a proposal.
            spell = cognates.transliterate_ru if src == "ru" else cognates.transliterate_en
            text = " ".join(spell(t.text) if not t.upper else t.text for t in toks)
            self._add(out, text, tgt, 0.05, "cognate", "transliteration of every word (no better evidence)")
        ranked = self._rank(out.values(), tgt)
        return ranked[:MAX_CANDIDATES]

    def translate(self, phrase: str, src: Lang) -> list[Translation]:
        return self.translate_tokens(self.an.analyse_text(phrase, src), src)

    def _add(self, out: dict[str, Translation], text: str, lang: Lang, score: float, method: str, evidence: str) -> None:
        key = self.an.key(text, lang)
        if not key:
            return
        tr = out.get(key)
        if tr is None:
            out[key] = Translation(text, lang, key, score, [method], [evidence])
            return
        if method not in tr.methods:
            tr.methods.append(method)
            tr.evidence.append(evidence)
            tr.score = min(0.99, max(tr.score, score) + 0.03)
        elif score > tr.score:
            tr.score, tr.term = score, text

    def _rank(self, cands: Iterable[Translation], lang: Lang) -> list[Translation]:
        corpus = self.corpus.get(lang, {})
        for tr in cands:
            if tr.key in corpus:
                tr.attested = True
                tr.term = corpus[tr.key] if tr.methods == ["composition"] else tr.term
                tr.score = min(0.99, tr.score + ATTESTED_BONUS)
                if "corpus" not in tr.methods:
                    tr.methods.append("corpus")
                    tr.evidence.append(f"attested: a term of the {lang} documents")
        # Attested candidates rank first, unless they are guesses (transliteration-level scores).
        return sorted(cands, key=lambda t: (not (t.attested and t.score >= 0.3), -t.score, t.term))

    def _compose(self, toks: list[Token], src: Lang) -> list[tuple[str, float, str, str]]:
        def span(i: int, j: int) -> Piece | None:
            piece = self._lexicon_piece(toks, i, j, src)
            if piece is None and j == i + 1 and toks[i].pos in ("ADJ", "PRTF"):
                piece = self._negated_piece(toks[i], i, src)
            if piece is None and j == i + 1:
                piece = self._cognate_piece(toks, i, src)
            return piece

        pieces = cover(toks, span)
        if not pieces or len(pieces) == 1 and pieces[0].how == "lexicon":
            return []  # nothing to compose (a whole-phrase entry is the lexicon method's answer)
        head_i = _head_index(toks, src)
        head = next((p for p in pieces if p.start <= head_i < p.end), pieces[-1])
        before = [p for p in pieces if p.end <= head.start]
        after = [p for p in pieces if p.start >= head.end]
        score = COMPOSITION_FACTOR
        for p in pieces:
            score *= p.score
        parts = ", ".join(f"{p.source} → {p.target} ({p.how})" for p in pieces)
        if len(pieces) == 1 and pieces[0].how in ("cognate", "transliteration", "abbreviation"):
            p = pieces[0]
            how = "cognate" if p.how != "abbreviation" else "abbreviation"
            what = {"cognate": "shared Greek/Latin root", "transliteration": "spelled by transliteration rules",
                    "abbreviation": "kept as written"}[p.how]
            return [(p.target, p.score, how, f"{how}: {p.source} ≈ {p.target} ({what})")]
        results = []
        if src == "ru":
            # Genitive groups after the head: each group's pieces in order.
            groups = _ru_groups(toks, after)
            results.append((assemble_en(head, before, groups), score, "composition", f"composition: {parts}"))
            if groups:
                results.append((assemble_en(head, before, groups, of_form=True), score * 0.9, "composition",
                                f"composition: {parts}"))
        else:
            of_at = next((i for i, t in enumerate(toks) if t.lemma == "of" and i > head.start), None)
            adjectives = [p for p in before if p.target_pos == "adj"]
            modifiers = [p for p in before if p.target_pos != "adj"]
            dependents = list(reversed(modifiers))
            if of_at is not None:
                dependents = [_merge(after)] + dependents if after else dependents
            results.append((assemble_ru(head, adjectives, dependents), score, "composition", f"composition: {parts}"))
            # Russian often turns an English noun modifier into a relational adjective
            # ("incubation period" → «инкубационный период»): offer that too where the lexicon has one.
            relational = [self._relational(p, toks) for p in modifiers]
            if modifiers and all(relational):
                adjs = [p for p in before if p.target_pos == "adj" or p in modifiers]
                adjs = [relational[modifiers.index(p)] if p in modifiers else p for p in adjs]
                deps = [_merge(after)] if of_at is not None and after else []
                results.append((assemble_ru(head, adjs, deps), score * 0.97, "composition",
                                f"composition: {parts}; relational adjective"))
        return results


_ROLE_POS = {"NOUN": ("noun",), "PROPN": ("noun",), "ABBR": ("noun",), "ADJ": ("adj", "noun"),
             "PRTF": ("adj", "noun"), "VERB": ("verb", "adj", "noun")}


def _by_role(hits: list[tuple[Entry, int]], toks: list[Token]) -> list[tuple[Entry, int]]:
    """Lexicon hits fit for the part of speech of a phrase: a noun phrase takes noun entries
    ("epidemic" the noun is «эпидемия», not «эпидемический»), a modifier adjective entries, and
    no verb translates a noun or an adjective."""
    if not hits:
        return hits
    if len(toks) > 1:
        role = "NOUN"
    else:
        role = toks[0].pos if toks[0].pos in _ROLE_POS else "NOUN"
    allowed = _ROLE_POS[role]
    fit = [h for h in hits if h[0].pos in allowed]
    # Between entries that tie, a medical one wins over an everyday one ("control" → «контроль»,
    # not «борьба»).
    return sorted(fit, key=lambda h: (h[1], allowed.index(h[0].pos), not h[0].medical))


def _abbreviation_like(text: str) -> bool:
    return " " not in text and sum(ch.isupper() for ch in text) >= 2


def _zipf_phrase(text: str, lang: Lang) -> float:
    from medgloss.terms.termhood import zipf

    words = [w for w in text.lower().split() if w.isalpha()]
    return min((zipf(w, lang) for w in words), default=0.0)


def _merge(pieces: list[Piece]) -> Piece:
    pieces = [p for p in pieces if p.source.lower() != "of"]
    return Piece(pieces[0].start, pieces[-1].end, " ".join(p.source for p in pieces),
                 " ".join(p.target for p in pieces), pieces[-1].target_pos, "composition",
                 min(p.score for p in pieces))


def _head_index(toks: list[Token], src: Lang) -> int:
    if src == "ru":
        return next((i for i, t in enumerate(toks) if t.pos in ("NOUN", "ABBR")), len(toks) - 1)
    of_at = next((i for i, t in enumerate(toks) if t.lemma == "of"), None)
    end = of_at if of_at is not None else len(toks)
    return max((i for i in range(end) if toks[i].pos in ("NOUN", "PROPN", "ABBR")), default=end - 1)


def _ru_groups(toks: list[Token], after: list[Piece]) -> list[Piece]:
    """Merge pieces after the head into genitive groups (a group ends at a noun)."""
    groups: list[Piece] = []
    current: list[Piece] = []
    for p in after:
        current.append(p)
        if toks[p.end - 1].pos in ("NOUN", "ABBR"):
            groups.append(_merge(current) if len(current) > 1 else current[0])
            current = []
    if current:
        groups.append(_merge(current))
    return groups
