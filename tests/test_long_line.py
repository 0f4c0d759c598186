"""Issue 14.4: a document that is one long line is cleaned in memory that is a small
multiple of its size (tracemalloc peaks, not timings)."""

from __future__ import annotations

import importlib
import tracemalloc
from unittest import mock

from articleclean.document import Document
from articleclean.fixers.typos import TypoCleaner
from articleclean.lexicon import normalise_phrase
from articleclean.pipeline import default_pipeline
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


def test_the_pipeline_cleans_one_long_line_in_a_few_times_its_size():
    # The whole default pipeline, settle passes included: 51.5 times the line before (every
    # version of the line kept by caches keyed by text or by document version, the
    # classifier's tokens of the line in a tuple, the word lists of counts and keys).
    pipeline = default_pipeline()
    pipeline.run(LINE[:20_000])  # the word tables, built once per process
    line = LINE[: 2**19]
    tracemalloc.start()
    try:
        pipeline.run(line)
        peak = tracemalloc.get_traced_memory()[1] / len(line)
    finally:
        tracemalloc.stop()
    assert peak < 10, peak


def test_a_long_plain_line_is_scanned_in_pieces_as_a_whole():
    # The classifier's scan of a long line, a piece at a time, is its scan of the whole line:
    # pieces of a few characters cut it everywhere a piece may be cut.
    features = importlib.import_module("articleclean.cleaners.boilerplate.features")
    line = " ".join(
        ["Don't", "STOP:", "it's", "1999’s", "|", "best", "O'Brien", "‘quoted’", "a'", "'b", "''", "—", "•", "x_y",
         "3rd", "»", "/", ">", "\u2003", "\xa0", "\t", "©", "2019.", "Copyright", "www.x.com", "a@b.io", "e.g.", "..."]
    ) * 3  # fmt: skip
    assert features._is_plain(line)
    whole = features._plain_scans([line])[0]  # shorter than _LONG: scanned whole
    for size in (1, 2, 5, 17, 64):
        with mock.patch.object(features, "_PIECE", size):
            sc = features._long_plain_scan(line)
        assert sc._replace(toks=tuple(sc.toks)) == whole, size
        assert len(sc.toks) == len(whole.toks)


def test_a_long_line_that_is_not_plain_is_scanned_in_pieces_as_a_whole():
    # The same for a line the classifier reads by its regexes (accents, CJK, case folding
    # that changes length): pieces of a few characters cut it everywhere a piece may be cut.
    features = importlib.import_module("articleclean.cleaners.boilerplate.features")
    line = " ".join(
        ["Don't", "STOP:", "l’été", "1999’s", "|", "déjà", "O'Brien", "‘quoted’", "a'", "''", "—", "ÇA", "x_y",
         "Straße", "3rd", "»", "\u2003", "©", "2019.", "Copyright", "www.x.com", "a@b.io", "东京都", "は", "ſign",
         "İstanbul", "٣٤", "\u0345x", "word,"]
    ) * 3  # fmt: skip
    assert not features._is_plain(line)
    whole = features._other_scans([line])[0]  # shorter than _LONG: scanned whole
    for size in (1, 2, 5, 17, 64):
        with mock.patch.object(features, "_PIECE", size):
            sc = features._long_other_scan(line)
        assert sc._replace(toks=tuple(sc.toks)) == whole, size
        assert len(sc.toks) == len(whole.toks)


def test_a_line_with_one_word_longer_than_a_piece_is_cleaned():
    # A pasted blob with no space in it (base64, a minified script) is one piece of the line however long:
    # the typo fixer's English count split it into pieces again without end (RecursionError).
    eng = "The council met on Monday and the residents said they would like the new park to open next year. "
    text = eng * 20 + "x" * 300_000 + " " + eng * 20 + "\n\n" + eng * 3
    out = default_pipeline().clean(text)
    assert out.startswith("The council met") and "x" * 300_000 in out
