"""The generated gazetteer data reproduces from its sources."""

import csv

from streams.extraction.build_gazetteer import clitic_words
from streams.extraction.places import CLITIC_WORDS


def test_the_clitic_words_reproduce_from_the_gazetteer_and_word_frequencies() -> None:
    with CLITIC_WORDS.open(encoding="utf-8", newline="") as f:
        written = list(csv.reader(f, delimiter="\t"))
    assert written[1:] == clitic_words()
    surfaces = {row[0] for row in written[1:]}
    # words of their own, and a real split of Baghdad, which stays a split
    assert {"كمينا", "فرقه"} <= surfaces
    assert "وبغداد" not in surfaces
