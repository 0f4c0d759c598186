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
from .text import LONG, fold_phrase

__all__ = ["CONCEPTS", "entries", "find_line", "normalise_phrase", "phrases"]

#: The concepts of the boilerplate vocabulary that the classifier matches
#: (``data/boilerplate/<lang>/<concept>.txt``), in the order used to break ties.
CONCEPTS: tuple[str, ...] = (
    "skip_links",
    "consent",
    "newsletter",
    "login",
    "share",
    "comments",
    "legal",
    "ads",
    "video",
    "captions",
    "author_bio",
    "tags",
    "navigation",
)

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
    if text[:1].isalnum() and text[-1:].isalnum():
        start, end = 0, len(text)  # (most lines: nothing to trim; a character is in [\W_] exactly when it is not alphanumeric)
    else:
        m = None if text[:1].isalnum() else _NON_WORD_RUN.match(text)
        start = m.end() if m else 0
        # (a line ending in one mark, "Read more.", needs no search for the run)
        end = len(text) - (0 if text[-1:].isalnum() else 1 if text[-2:-1].isalnum() else _trailing_run(text))
        if start >= end:
            return ""
    if end - start >= LONG:
        return fold_phrase(text, start, end)
    # fold_phrase, inline: the trimmed text starts and ends with a letter or a figure, so joining its
    # words with one space is squeezing its runs of white space (str.split and the regex's \s agree)
    s = text[start:end] if end - start < len(text) else text
    if "’" in s:
        s = s.replace("’", "'")
    if "‘" in s:
        s = s.replace("‘", "'")
    return " ".join(s.split()).casefold()


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


def find_line(table: str, key: str, sep: str) -> str | None:
    """What follows ``sep`` on the line of sorted ``table`` that starts with ``key`` and ``sep``
    (``""`` when ``sep`` is the line's end), or ``None``: a bisection of the text as it is, lines of
    ``key<sep>value`` sorted by key, so that no dict of the table is built.

    >>> t = "ant\\t1\\nbee\\t22\\ncat\\t3\\n"
    >>> find_line(t, "bee", "\\t"), find_line(t, "be", "\\t"), find_line("ant\\nbee\\n", "bee", "\\n")
    ('22', None, '')
    """
    lo, hi = 0, len(table)  # the lines table[lo:hi] may hold the key
    while lo < hi:
        start = table.rfind("\n", 0, (lo + hi) // 2) + 1  # the line around the middle
        cut = table.index(sep, start)
        end = cut if sep == "\n" else table.index("\n", cut)
        here = table[start:cut]
        if here == key:
            return table[cut + 1 : end]
        if here < key:
            lo = end + 1
        else:
            hi = start
    return None
