"""Concept entries for export: terms of both languages that translate each other, grouped.

A glossary stores terms and translation candidates; TBX and the CAT tools want concepts. Terms
joined by an exported translation (approved ones, or with ``approved_only=False`` also each term's
best candidate) form one concept, found with a union-find over (language, lemma key) nodes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from medgloss.store.glossary import Glossary

ADMIN = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
         "deprecated": "deprecatedTerm-admn-sts"}


@dataclass
class ExportTerm:
    lang: str
    text: str
    key: str
    pos: str = "noun"
    admin: str = "admitted"  # preferred / admitted / deprecated
    term_type: str = ""  # abbreviation / fullForm / ""
    context: str = ""
    note: str = ""
    definition: str = ""
    status: str = "candidate"


@dataclass
class Concept:
    id: str
    terms: list[ExportTerm] = field(default_factory=list)

    def by_lang(self, lang: str) -> list[ExportTerm]:
        out = [t for t in self.terms if t.lang == lang]
        return sorted(out, key=lambda t: (t.admin != "preferred", t.admin == "deprecated", t.text))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, x: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def concepts(g: Glossary, approved_only: bool = False, with_context: bool = True) -> Iterator[Concept]:
    """Concept entries of the glossary, in a stable order."""
    uf = _UnionFind()
    nodes: dict[tuple[str, str], ExportTerm] = {}
    abbreviation_full = {r[0] for r in g.conn.execute("SELECT full_id FROM abbreviations")}
    term_rows = g.conn.execute(
        "SELECT id, lang, key, canonical, pos, status, admin_status, is_abbreviation, note, definition FROM terms "
        "WHERE status != 'rejected' ORDER BY id")
    ids: dict[int, tuple[str, str]] = {}
    for tid, lang, key, canonical, pos, status, admin, is_abbr, note, definition in term_rows:
        if approved_only and status != "approved":
            continue
        node = (lang, key)
        ids[tid] = node
        nodes[node] = ExportTerm(
            lang, canonical, key, pos or "noun", admin or ("preferred" if status == "approved" else "admitted"),
            "abbreviation" if is_abbr else ("fullForm" if tid in abbreviation_full else ""),
            "", note or "", definition or "", status)
        uf.find(node)
    best_seen: set[int] = set()
    for tid, target, target_key, target_lang, status, preferred in g.conn.execute(
            "SELECT term_id, target, target_key, target_lang, status, preferred FROM translations "
            "WHERE status != 'rejected' ORDER BY term_id, status = 'approved' DESC, preferred DESC, score DESC"):
        if tid not in ids:
            continue
        if status != "approved":
            if approved_only or tid in best_seen:
                continue
        best_seen.add(tid)
        node = (target_lang, target_key)
        if node not in nodes:
            nodes[node] = ExportTerm(target_lang, target, target_key, nodes[ids[tid]].pos,
                                     "preferred" if preferred else "admitted", status=status)
        elif preferred:
            nodes[node].admin = "preferred"
        uf.union(ids[tid], node)
    if with_context:
        for tid, text in g.first_contexts():
            node = ids.get(tid)
            if node is not None:
                nodes[node].context = " ".join(text.split())
    groups: dict[tuple[str, str], list[ExportTerm]] = {}
    for node, term in nodes.items():
        groups.setdefault(uf.find(node), []).append(term)
    for n, (_root, terms) in enumerate(sorted(groups.items()), 1):
        yield Concept(f"c{n}", terms)
