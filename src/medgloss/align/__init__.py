"""Translation: lexicon, cognates, composition and ranking."""
