"""The corpus's candidate statistics in the glossary (terms.corpus.CorpusStats's ``Source``).

A build writes every candidate's statistics; an ``add`` reads only those of the candidates its new
documents contain (and their neighbours), re-decides them and writes back what changed.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping

from medgloss.models import Lang
from medgloss.normalize import deletes
from medgloss.terms.corpus import MIN_TYPO_WORD, K, CorpusStats, Definitions, Stats, edit1

# Bump when the statistics' meaning changes: an ``add`` then recomputes them from the stored maps.
STATE_VERSION = "1"
_BATCH = 400


def _batches(items: list, n: int = _BATCH) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


class StoredCorpus:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # -- state ----------------------------------------------------------------------------------

    def is_current(self) -> bool:
        row = self.conn.execute("SELECT value FROM settings WHERE name = 'corpus_state'").fetchone()
        return row is not None and row[0] == STATE_VERSION

    def clear(self) -> None:
        for table in ("candidates", "candidate_aliases", "candidate_definitions", "candidate_words"):
            self.conn.execute(f"DELETE FROM {table}")
        self.conn.execute("DELETE FROM settings WHERE name = 'corpus_state'")

    def save(self, stats: CorpusStats, kept: Mapping[K, str | None], *, everything: bool = False) -> None:
        """Write the statistics that changed, the decisions (``kept``: key → canonical form of a
        term, None for a candidate that is not one), links and the misspelling word index."""
        keys = list(stats.raw) if everything else sorted(stats.changed | set(kept))
        rows = []
        for k in keys:
            st = stats.raw.get(k)
            if st is None:
                continue
            canonical = kept.get(k)
            rows.append((k[0], k[1], int(canonical is not None), canonical or "", st.dump()))
        self.conn.executemany("INSERT OR REPLACE INTO candidates (lang, key, kept, canonical, data) VALUES (?, ?, ?, ?, ?)",
                              rows)
        known = list(stats._alias_known) if not everything else list(stats.raw)
        for batch in _batches(known):
            for lang in ("ru", "en"):
                ks = [k for _l, k in batch if _l == lang]
                if ks:
                    self.conn.execute(f"DELETE FROM candidate_aliases WHERE lang = ? AND key IN ({','.join('?' * len(ks))})",
                                      (lang, *ks))
        self.conn.executemany("INSERT OR REPLACE INTO candidate_aliases (lang, key, target) VALUES (?, ?, ?)",
                              [(a[0], a[1], b[1]) for a, b in stats.aliases.items()])
        self.conn.executemany("INSERT OR IGNORE INTO candidate_definitions (lang, abbr, full) VALUES (?, ?, ?)",
                              sorted(stats.definitions))
        self.conn.executemany("INSERT OR IGNORE INTO candidate_words (del, word) VALUES (?, ?)",
                              ((d, w) for _lang, w in sorted(stats.words) for d in deletes(w)))
        self.conn.execute("INSERT OR REPLACE INTO settings (name, value) VALUES ('corpus_state', ?)", (STATE_VERSION,))

    # -- Source ------------------------------------------------------------------------------------

    def _by_lang(self, keys: Iterable[K]) -> dict[Lang, list[str]]:
        out: dict[Lang, list[str]] = defaultdict(list)
        for lang, key in keys:
            out[lang].append(key)
        return out

    def _select(self, sql: str, keys: Iterable[K]) -> Iterable[tuple[Lang, tuple]]:
        """Rows of ``sql`` (with ``{marks}`` for the keys of one language) for ``keys``, by language."""
        for lang, ks in self._by_lang(keys).items():
            for batch in _batches(ks):
                for row in self.conn.execute(sql.format(marks=",".join("?" * len(batch))), (lang, *batch)):
                    yield lang, row

    def candidate_stats(self, keys: Iterable[K]) -> dict[K, Stats]:
        return {(lang, key): Stats.load(data) for lang, (key, data) in
                self._select("SELECT key, data FROM candidates WHERE lang = ? AND key IN ({marks})", keys)}

    def kept(self, keys: Iterable[K]) -> dict[K, str]:
        """Keys of ``keys`` that are terms, with their canonical forms."""
        return {(lang, key): canonical for lang, (key, canonical) in self._select(
            "SELECT key, canonical FROM candidates WHERE kept = 1 AND lang = ? AND key IN ({marks})", keys)}

    def all_kept(self) -> dict[Lang, dict[str, str]]:
        out: dict[Lang, dict[str, str]] = {"ru": {}, "en": {}}
        for lang, key, canonical in self.conn.execute("SELECT lang, key, canonical FROM candidates WHERE kept = 1"):
            out[lang][key] = canonical
        return out

    def candidate_aliases(self, keys: Iterable[K]) -> dict[K, K]:
        return {(lang, key): (lang, target) for lang, (key, target) in self._select(
            "SELECT key, target FROM candidate_aliases WHERE lang = ? AND key IN ({marks})", keys)}

    def alias_sources(self, targets: Iterable[K]) -> dict[K, list[K]]:
        found: dict[K, list[K]] = defaultdict(list)
        for lang, (key, target) in self._select(
                "SELECT key, target FROM candidate_aliases WHERE lang = ? AND target IN ({marks})", targets):
            found[(lang, target)].append((lang, key))
        return found

    def candidate_definitions(self, keys: Iterable[K]) -> Definitions:
        found: Definitions = []
        for lang, ks in self._by_lang(keys).items():
            for batch in _batches(ks):
                marks = ",".join("?" * len(batch))
                found.extend(self.conn.execute(
                    f"SELECT lang, abbr, full FROM candidate_definitions WHERE lang = ? AND "
                    f"(abbr IN ({marks}) OR full IN ({marks}))", (lang, *batch, *batch)))
        return [tuple(d) for d in found]

    def candidates_starting_with(self, lang: Lang, word: str) -> list[K]:
        lo = word + " "
        hi = word + "!"  # the character after the space
        return [(lang, key) for (key,) in self.conn.execute(
            "SELECT key FROM candidates WHERE lang = ? AND key >= ? AND key < ?", (lang, lo, hi))]

    def word_neighbours(self, words: Iterable[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for w in words:
            if len(w) < MIN_TYPO_WORD:
                continue
            dels = sorted(deletes(w))
            near = {row[0] for row in self.conn.execute(
                f"SELECT word FROM candidate_words WHERE del IN ({','.join('?' * len(dels))})", dels)}
            out[w] = {x for x in near if x != w and edit1(w, x)}
        return out
