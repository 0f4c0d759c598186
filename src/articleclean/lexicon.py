"""Phrase lists shipped as package data (``articleclean/data``), loaded once.

The lists are plain text, one phrase per line, ``#`` for comments, grouped by
concept and language.  They are read into immutable ``frozenset`` objects at
first use; the cache never changes what a call returns.

>>> "day in a page" in phrases("boilerplate/en/promo")
True
>>> normalise_phrase("  Editor’s Picks: ")
"editor's picks"
"""

from __future__ import annotations

import functools
from importlib import resources

from . import lazyre as re
from .text import fold_phrase

__all__ = ["entries", "normalise_phrase", "phrases"]

# A leading run of non-word characters.  Trailing runs are found by matching
# the reversed text: ``[\W_]+$`` searched forwards retries at every position
# of a long inner run of punctuation, which takes quadratic time.
_NON_WORD_RUN = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")


def normalise_phrase(text: str) -> str:
    """Casefold, straighten apostrophes, squeeze spaces and trim outer punctuation.

    >>> normalise_phrase("((Most   read))"), normalise_phrase("...!"), normalise_phrase(")" * 5 + "x")
    ('most read', '', 'x')
    """
    # (the curly apostrophes are straightened after the trim: they are non-word characters, as "'" is)
    m = _NON_WORD_RUN.match(text)
    start = m.end() if m else 0
    end = len(text) - _trailing_run(text)
    return fold_phrase(text, start, end) if start < end else ""


def _trailing_run(t: str) -> int:
    """The length of the run of :data:`_NON_WORD_RUN` characters that ends ``t``: matched
    in a reversed tail of ``t`` twice as long as the last one until the run is shorter
    (linear, and no reversed copy of a long line).

    >>> _trailing_run("x" + "." * 100), _trailing_run("x"), _trailing_run("...")
    (100, 0, 3)
    """
    k = 64
    while True:
        tail = t[-k:][::-1]
        m = _NON_WORD_RUN.match(tail)
        n = m.end() if m else 0
        if n < len(tail) or len(tail) == len(t):
            return n
        k *= 2


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of data file ``name`` (without ``.txt``) as written, comments dropped."""
    raw = (resources.files("articleclean") / "data" / f"{name}.txt").read_text("utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@functools.cache
def phrases(name: str) -> frozenset[str]:
    """The normalised phrases of data file ``name`` (without ``.txt``)."""
    return frozenset(normalise_phrase(e) for e in entries(name))
