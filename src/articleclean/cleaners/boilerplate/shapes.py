"""Tokens and line shapes of the classifier (all linear), and the byte-level fast path for plain text."""

from __future__ import annotations

import itertools
import string
from typing import TypeVar

from ... import lazyre as re

_T = TypeVar("_T")


# -- tokens and shapes (all linear, no nested quantifiers) ---------------------
_URL_KINDS = (
    r"(?:https?://|www\.)\S+",
    r"[\w.+-]{1,64}@[\w-]{1,64}\.\w",
    r"(?<!\w)@\w+",
    r"\b[\w-]+\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|br|jp|info|biz)\b",
)
_URLISH = re.compile("|".join(_URL_KINDS), re.IGNORECASE)
# The same matches in a line with no "@" (the kinds that need one cannot
# match), without trying an address up to 64 characters from every letter.
_URLISH_NO_AT = re.compile("|".join(k for k in _URL_KINDS if "@" not in k), re.IGNORECASE)
_SEPARATORS = "|•·»›/>"
_SEPARATOR = re.compile("[" + re.escape(_SEPARATORS) + "]")
_DIGIT = re.compile(r"\d")
_DOT_NONSPACE = re.compile(r"\.\S")
# "©" or "copyright" and a year, or both (see _copyright_mark); the gaps are bounded
_COPYRIGHT = re.compile(
    r"(?:©|\bcopyright)[\W_]{0,4}(?:19|20)\d\d(?!\d)|\bcopyright\s{0,3}(?:©|\([cс]\))|©\s{0,3}copyright\b", re.IGNORECASE
)
_TERMINAL = frozenset(".!?。！？…:;\"'”’)»")
_SENTENCE_END = frozenset(".!?。！？")
_CLAUSE_ENDS = (",", "、", "，")  # a line that ends so is a sentence broken across lines

# -- the fast path for plain text ----------------------------------------------
# Most lines are ASCII, but for a few common marks (curly quotes, dashes, "©").
# In such a "plain" line ``\w`` is ``[A-Za-z0-9_]``, so the tokens and counts of
# the regexes above come from byte translations, ``split`` and ``count`` in C,
# for all the plain lines of a page at once (joined by line breaks): the UTF-8
# bytes of the marks (all 0x80 or more) become spaces, and so does an
# apostrophe that is not between two word characters ("’" is read as "'").
_ASCII_WORD = frozenset(string.ascii_letters + string.digits + "_")
# Marks that are not word characters and that casefolding leaves alone, so
# they only ever separate tokens.
_PLAIN_MARKS = "".join(
    c
    for c in "’‘“”„‚«»‹›—–‐‑‒―…•·©®™°§¶†‡‰′″¦¬±×÷€£¥¢¤¡¿\xa0\xad\u2002\u2003\u2009\u200a\u200b\u200c\u200d\u202f\ufeff"
    if not re.match(r"\w", c) and c.casefold() == c
)
# not plain: anything else, and a line break (it joins the lines)
_NOT_PLAIN = re.compile("[^\x00-\x09\x0b-\x7f" + _PLAIN_MARKS + "]")
# word characters lowercased; apostrophes and line breaks kept; the rest spaces
_LOWER_WORDS = bytes(
    ord(ch.lower()) if ch in _ASCII_WORD else c if ch in "'\n" else 32 for c, ch in enumerate(map(chr, range(256)))
)
# the shape of every character: "U"pper, "l"ower (or "_"), "d"igit;
# apostrophes and line breaks kept; the rest spaces
_SHAPE = bytes(
    ord("U" if ch.isupper() else "d" if ch.isdigit() else "l") if ch in _ASCII_WORD else c if ch in "'\n" else 32
    for c, ch in enumerate(map(chr, range(256)))
)
# all bytes but the (ASCII) separators and line breaks: deleted, they leave the separators
_NOT_SEPARATOR = bytes(c for c in range(256) if chr(c) not in "|/>\n")
_SENTENCE_ENDS = tuple(_SENTENCE_END)


def _is_plain(text: str) -> bool:
    """One line of ASCII but for :data:`_PLAIN_MARKS`."""
    return (text.isascii() and "\n" not in text) or _NOT_PLAIN.search(text) is None


def _tidy_apostrophes(data: bytes, *more: bytes) -> tuple[bytes, ...]:
    """Translated plain lines (padded with spaces) with every apostrophe that
    does not join two word characters made a space, and the same apostrophes
    made spaces in ``more`` (other translations of the same lines: the same
    apostrophes, spaces and line breaks in the same places).

    In a translation every byte above a space is a word character (line
    breaks are below, and apostrophes are where the buffer is split), so an
    apostrophe stays when the bytes on both sides of it are above a space.

    >>> _tidy_apostrophes(b" don't 'quote' me''' a'b ", b" lll'l 'lllll' ll''' l'l ")
    (b" don't  quote  me    a'b ", b" lll'l  lllll  ll    l'l ")
    """
    parts = data.split(b"'")
    if len(parts) == 1:
        return (data, *more)
    joins = [b"'" if left[-1:] > b" " and right[:1] > b" " else b" " for left, right in itertools.pairwise(parts)]
    if b" " not in joins:
        return (data, *more)
    joins.append(b"")
    split = (parts, *(m.split(b"'") for m in more))
    return tuple(b"".join(itertools.chain.from_iterable(zip(p, joins))) for p in split)

