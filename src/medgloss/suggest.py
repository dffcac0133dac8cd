"""Translations for any phrase: the machinery of ``align.translate`` plus what a glossary knows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medgloss.models import Lang


class Suggester:
    """Answers ``suggest`` queries; build once, ask many times (batches from standard input)."""

    def __init__(self, db: str | Path | None = None) -> None:
        from medgloss.align.lexicon import load
        from medgloss.align.translate import Translator
        from medgloss.nlp.pipeline import analyzer

        self.an = analyzer()
        self.glossary = None
        corpus: dict[Lang, dict[str, str]] = {"ru": {}, "en": {}}
        if db is not None:
            from medgloss.store.glossary import Glossary

            self.glossary = Glossary(db, create=False)
            for lang, key, canonical in self.glossary.conn.execute("SELECT lang, key, canonical FROM terms"):
                corpus[lang][key] = canonical
        self.translator = Translator(load(), self.an, corpus)

    def suggest(self, phrase: str, lang: Lang, limit: int = 5) -> list[dict[str, Any]]:
        toks = self.an.analyse_text(phrase, lang)
        items = [t.as_json() for t in self.translator.translate_tokens(toks, lang)]
        if self.glossary is not None:
            row = self.glossary.term_by_key(lang, self.an.key_of_tokens(toks, lang))
            if row is not None:
                stored = self.glossary.term_json(row)["translations"]
                curated = [t for t in stored if t["status"] != "candidate"]
                rejected = {t["term"] for t in curated if t["status"] == "rejected"}
                approved = [t for t in curated if t["status"] == "approved"]
                seen = {t["term"] for t in approved}
                items = approved + [t for t in items if t["term"] not in seen and t["term"] not in rejected] + \
                    [t for t in curated if t["status"] == "rejected"]
        return items[:limit]
