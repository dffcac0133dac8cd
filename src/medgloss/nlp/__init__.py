"""Linguistic analysis: tokenization, lemmas, parts of speech and grammemes for both languages."""
