"""Term extraction: patterns, canonical forms, abbreviations, termhood and variant grouping."""
