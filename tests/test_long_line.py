"""Issue 14.4: a document that is one long line is cleaned in memory that is a small
multiple of its size (tracemalloc peaks, not timings)."""

from __future__ import annotations

import tracemalloc

from articleclean.document import Document
from articleclean.fixers.typos import TypoCleaner
from articleclean.lexicon import normalise_phrase
from articleclean.text import dedupe_key

from .conftest import FIXTURES, SEEDS, read

# One line of about 1 MB from the fixtures, not ASCII (curly quotes): str.lower or
# str.casefold of the whole of it takes twelve bytes a character while they work.
_BASE = " ".join(" ".join(read(FIXTURES / f"{seed}.txt").split()) for seed in SEEDS) + " \u201cquoted\u201d "
LINE = ((_BASE + " ") * (2**20 // len(_BASE) + 1))[: 2**20]


def _peak(fn, *args) -> float:
    """The peak of memory allocated while ``fn(*args)`` runs, as a multiple of the line's length."""
    tracemalloc.start()
    try:
        fn(*args)
        return tracemalloc.get_traced_memory()[1] / len(LINE)
    finally:
        tracemalloc.stop()


def test_typos_on_one_long_line_takes_a_few_times_its_size():
    cleaner = TypoCleaner()
    cleaner.apply(Document.from_text(LINE[:300_000]))  # the word tables, built once per process
    assert not LINE.isascii() and "\n" not in LINE
    peak = _peak(lambda: cleaner.apply(Document.from_text(LINE)))
    assert peak < 8, peak  # 33 times before (every word and every match in a list, a whole-line lower())


def test_line_keys_of_one_long_line_take_a_few_times_its_size():
    assert _peak(dedupe_key, LINE) < 10  # 18 before (a 2-byte-a-character line: copies of it remain)
    assert _peak(normalise_phrase, LINE) < 10  # 15 before (replace and reverse copies remain)
