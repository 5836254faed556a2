"""Extraction: the Arabic grammar (numbers, casualties, actors, places, claims, dates, event
types) and the lexicons and gazetteers it reads, as data."""
