"""Per-line features of the classifier's first pass, computed once per document."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import NamedTuple, overload

from ...language import CJK, TOKEN, casefolded_tokens, stop_densities
from ...text import CLOSERS, pieces
from .shapes import (
    _CLAUSE_ENDS,
    _COPYRIGHT,
    _DIGIT,
    _DOT_NONSPACE,
    _LOWER_WORDS,
    _NOT_PLAIN,
    _NOT_SEPARATOR,
    _SENTENCE_ENDS,
    _SEPARATOR,
    _SHAPE,
    _URLISH,
    _URLISH_NO_AT,
    _is_plain,
    _tidy_apostrophes,
)
from .vocabulary import _INLINE_CONCEPTS, Vocabulary, vocabulary


# -- features --------------------------------------------------------------------
class Features(NamedTuple):
    """What the classifier knows about one block, computed once (an immutable tuple)."""

    chars: int
    words: int
    stop_density: float | None  # None when no stoplist applies (unknown language, CJK)
    ends_sentence: bool
    url_density: float
    caps_ratio: float
    digit_ratio: float
    separators: int
    table_row: bool  # starts and ends with "|": a table, not a menu
    concept: str | None
    leading: str | None  # concept of a label opening the line
    coverage: float
    phrase: str
    whole_line: bool
    row: bool = False  # phrases of inline concepts cover the line: a row of buttons
    copyright: bool = False  # a copyright notice's mark (see _copyright_mark)
    ends_clause: bool = False  # ends with a comma: a sentence that goes on on the next line


class _LongTokens(Sequence[str]):
    """The tokens of a long line, kept as its translated (plain line: one byte a
    character) or casefolded text and split a piece at a time when read: a line of a million
    characters has some 150,000 tokens, and a tuple of them takes ten times the
    line.  A long line is prose or not by its words alone (see
    :func:`_features_all`): its tokens are counted (stopwords, the language),
    not matched one by one.

    >>> toks = _LongTokens(" don't stop  now ")
    >>> len(toks), list(toks), toks[1:], toks[-1]
    (3, ["don't", 'stop', 'now'], ('stop', 'now'), 'now')
    """

    __slots__ = ("_low", "_n", "_split")

    def __init__(self, low: str, n: int | None = None, split: Callable[[str], list[str]] = str.split) -> None:
        self._low = low
        self._split = split  # the tokens of a piece: str.split of a plain line, casefolded_tokens of another
        self._n = sum(map(len, map(split, pieces(low)))) if n is None else n

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[str]:
        for piece in pieces(self._low):
            yield from self._split(piece)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[str, ...]: ...
    def __getitem__(self, i: int | slice) -> str | tuple[str, ...]:
        return tuple(self)[i]  # rare (a long line is not matched word by word): a tuple of them, once


# Lines longer than this (characters) are scanned a piece of about _PIECE characters
# at a time, and keep their tokens as :class:`_LongTokens`.
_LONG = 1 << 14
_PIECE = 1 << 15
_CAPS_WORDS = 40  # words: the share of capitalised tokens is read for a block this short; a longer block is prose or not by its words alone
_VOCABULARY_WORDS = 40  # words: the vocabulary's phrases are matched in a line this short (a label, a row, a prompt); a longer one is no furniture line by its phrases
_URL_WORDS = 20  # words: URLs, addresses and handles are counted in a block this short (a link's or a contact's line); prose is not read for them


class _Scan(NamedTuple):
    """What :func:`features` reads of a block whatever its language."""

    toks: Sequence[str]  # casefolded, "’" as "'"; a tuple (but for a long line, see _LongTokens)
    cjk: int  # CJK characters
    chars: int
    words: int
    ends_sentence: bool
    url_density: float
    caps_ratio: float
    digit_ratio: float
    separators: int
    table_row: bool
    copyright: bool
    ends_clause: bool


def _scan(text: str) -> _Scan:
    """The language-free features of a block, and its tokens."""
    return _scans([text])[0]


def _scans(texts: Sequence[str]) -> list[_Scan]:
    """:func:`_scan` of many blocks: the plain ones together, the others together."""
    # _is_plain, column by column: most lines are ASCII, and no block holds a line break
    if any(map(str.__contains__, texts, repeat("\n"))):
        plain = list(map(_is_plain, texts))
    else:
        plain = list(map(str.isascii, texts))
        for i in itertools.compress(range(len(texts)), map(operator.not_, plain)):
            plain[i] = _NOT_PLAIN.search(texts[i]) is None
    if all(plain):
        return _plain_scans(texts)
    plains = iter(_plain_scans(list(itertools.compress(texts, plain))))
    others = iter(_other_scans(list(itertools.compress(texts, map(operator.not_, plain)))))
    # in order: the next scan of the kind of each block
    return list(map(next, map((others, plains).__getitem__, plain)))


def _plain_scans(texts: Sequence[str]) -> list[_Scan]:
    """:func:`_scan` of plain blocks (see :func:`_is_plain`), column by column
    (a long one by :func:`_long_plain_scan`)."""
    if not texts:
        return []
    if any(map(_LONG.__lt__, map(len, texts))):
        longs = list(map(_LONG.__lt__, map(len, texts)))
        shorts = iter(_plain_scans(list(itertools.compress(texts, map(operator.not_, longs)))))
        return [_long_plain_scan(t) if long else next(shorts) for t, long in zip(texts, longs)]
    # every line padded with spaces, so a token starts after a space
    joined = " " + " \n ".join(texts) + " "
    if not joined.isascii():
        # the curly apostrophe is an apostrophe; the other separators count as "|"
        joined = joined.replace("’", "'").replace("•", "|").replace("·", "|").replace("»", "|").replace("›", "|")
    raw = joined.encode()
    del joined  # (the copies of a document that is one long line go as soon as they are read)
    separators = list(map(len, raw.translate(None, _NOT_SEPARATOR).split(b"\n")))
    low, shape = _tidy_apostrophes(raw.translate(_LOWER_WORDS), raw.translate(_SHAPE))
    del raw
    alnum = list(map(len, low.translate(None, b" ").split(b"\n")))  # characters in tokens
    lows = low.decode().split("\n")
    del low
    shapes = shape.split(b"\n")
    del shape
    toks = list(map(tuple, map(str.split, lows)))
    del lows
    words = list(map(len, toks))
    caps = map(bytes.count, shapes, repeat(b" U"))  # tokens that start with a capital
    numeric = map(bytes.count, shapes, repeat(b" d"))  # tokens that start with a digit
    digits = map(bytes.count, shapes, repeat(b"d"))
    url_density = _url_densities(texts, words, words)
    # capitals among the tokens that start with a letter (a long block is
    # prose or not by its words alone)
    caps_ratio = [c / (n - num) if n - num and n <= _CAPS_WORDS else 0.0 for c, num, n in zip(caps, numeric, words)]
    digit_ratio = [(d / a if d < a else 1.0) if a else 1.0 for d, a in zip(digits, alnum)]  # at most 1
    ends, tables, clauses = _line_shapes(texts)
    marks = [("©" in t or "opyright" in t or "OPYRIGHT" in t) and _copyright_mark(t) for t in texts]
    # the fields of _Scan, in order
    columns = (
        toks, repeat(0), map(len, texts), words, ends, url_density, caps_ratio, digit_ratio, separators, tables,
        marks, clauses,
    )
    return list(map(tuple.__new__, repeat(_Scan), zip(*columns)))  # _Scan(*row), without a Python call


def _long_plain_scan(text: str) -> _Scan:
    """:func:`_plain_scans` of one long plain line, a piece of it at a time: the same
    translations, tokens and counts, with its tokens kept as :class:`_LongTokens`.

    The pieces are cut at the end of a run of white space, which the translations
    make spaces: no token spans two pieces, a token opens every piece but the first
    (after a space), and an apostrophe at either end of a piece has a space beside it.

    >>> sc = _long_plain_scan("Don't  stop: it's 1999’s | best O'Brien " * 1000)
    >>> sc.words, list(sc.toks)[:7], sc.separators
    (6000, ["don't", 'stop', "it's", "1999's", 'best', "o'brien", "don't"], 1000)
    """
    lows: list[str] = []
    separators = alnum = digits = caps = numeric = words = 0
    for piece in pieces(text, _PIECE):
        if not piece.isascii():
            piece = piece.replace("’", "'").replace("•", "|").replace("·", "|").replace("»", "|").replace("›", "|")
        raw = piece.encode()
        separators += len(raw.translate(None, _NOT_SEPARATOR))
        low, shape = _tidy_apostrophes(b" " + raw.translate(_LOWER_WORDS), b" " + raw.translate(_SHAPE))
        alnum += len(low.translate(None, b" "))
        digits += shape.count(b"d")
        caps += shape.count(b" U")
        numeric += shape.count(b" d")
        lows.append(low.decode())
        words += len(lows[-1].split())
    toks = _LongTokens("".join(lows), words)
    del lows
    url_density = _url_densities([text], [words], [words])[0]
    caps_ratio = caps / (words - numeric) if words - numeric and words <= _CAPS_WORDS else 0.0
    digit_ratio = (digits / alnum if digits < alnum else 1.0) if alnum else 1.0
    ends, tables, clauses = _line_shapes([text])
    mark = ("©" in text or "opyright" in text or "OPYRIGHT" in text) and _copyright_mark(text)
    return _Scan(toks, 0, len(text), words, next(ends), url_density, caps_ratio, digit_ratio, separators, next(tables), mark, next(clauses))


def _url_densities(texts: Sequence[str], words: Sequence[int], tokens: Sequence[int]) -> list[float]:
    """The share of URLs, addresses and handles among each block's ``tokens``
    (their counts), looked for only in blocks of at most 20 ``words`` with an
    "@" or a "." (see :func:`_maybe_url`); 0.0 for the others."""
    out = [0.0] * len(texts)
    at_or_dot = map(operator.or_, map(str.__contains__, texts, repeat("@")), map(str.__contains__, texts, repeat(".")))
    for i in itertools.compress(range(len(texts)), map(operator.and_, map(_URL_WORDS.__ge__, words), at_or_dot)):
        t = texts[i]
        if _maybe_url(t):
            out[i] = len(_urls(t)) / max(1, tokens[i])
    return out


def _line_shapes(texts: Sequence[str]) -> tuple[Iterator[bool], Iterator[bool], Iterator[bool]]:
    """Of each block, column by column: whether it ends like a sentence (".!?",
    not "..."), is a table row ("| ... |"), and ends like a clause."""
    tails = list(map(str.rstrip, map(str.rstrip, map(str.rstrip, texts), repeat(CLOSERS))))
    ends = map(operator.gt, map(str.endswith, tails, repeat(_SENTENCE_ENDS)), map(str.endswith, tails, repeat("...")))
    tables = map(operator.and_, map(str.startswith, texts, repeat("|")), map(str.endswith, texts, repeat("|")))
    return ends, tables, map(str.endswith, tails, repeat(_CLAUSE_ENDS))


_FIRST = operator.itemgetter(0)


def _long_other_scan(text: str) -> _Scan:
    """:func:`_other_scans` of one long line, a piece of it at a time (cut at the end of
    a run of white space: no token, digit run or "copyright" spans two pieces, and case
    folding has no context), with its tokens kept as :class:`_LongTokens`.

    >>> sc = _long_other_scan("Ça va, l’été 2019 © | déjà vu. " * 1000)
    >>> sc.words, list(sc.toks)[:6], sc.separators, sc.copyright
    (6000, ['ça', 'va', "l'été", '2019', 'déjà', 'vu'], 1000, False)
    """
    lows: list[str] = []
    n = alnum = cjk = digits = separators = latin = 0
    copyright_word = False
    for piece in pieces(text, _PIECE):
        low = piece.casefold()
        toks = casefolded_tokens(low)
        n += len(toks)
        alnum += sum(map(len, toks))
        in_piece = len(CJK.findall(piece))
        cjk += in_piece
        latin += sum(1 for t in toks if not CJK.search(t)) if in_piece else len(toks)
        digits += len(_DIGIT.findall(piece))
        separators += len(_SEPARATOR.findall(piece))
        copyright_word = copyright_word or "opyright" in low
        lows.append(low)
    tokens = _LongTokens("".join(lows), n, casefolded_tokens)
    del lows
    words = latin + max(1, cjk // 2) if cjk else n
    caps_ratio = 0.0
    if words <= _CAPS_WORDS:  # a long block is prose or not by its words alone
        firsts = "".join(map(_FIRST, TOKEN.findall(text)))  # of the tokens, as written
        alpha = len(firsts) - sum(map(str.isdigit, firsts))  # (a digit is not upper case)
        caps_ratio = sum(map(str.isupper, firsts)) / alpha if alpha else 0.0
    digit_ratio = (digits / alnum if digits < alnum else 1.0) if alnum else 1.0
    url_density = _url_densities([text], [words], [n])[0]
    ends, tables, clauses = _line_shapes([text])
    mark = ("©" in text or copyright_word) and _copyright_mark(text)
    return _Scan(tokens, cjk, len(text), words, next(ends), url_density, caps_ratio, digit_ratio, separators, next(tables), mark, next(clauses))


def _other_scans(texts: Sequence[str]) -> list[_Scan]:
    """:func:`_scan` of blocks that are not plain, by the regexes, column by column
    (a long one by :func:`_long_other_scan`)."""
    if not texts:
        return []
    if any(map(_LONG.__lt__, map(len, texts))):
        longs = list(map(_LONG.__lt__, map(len, texts)))
        shorts = iter(_other_scans(list(itertools.compress(texts, map(operator.not_, longs)))))
        return [_long_other_scan(t) if long else next(shorts) for t, long in zip(texts, longs)]
    n = len(texts)
    lows = list(map(str.casefold, texts))
    toks = list(map(TOKEN.findall, map(str.replace, lows, repeat("’"), repeat("'"))))
    cjk = list(map(len, map(CJK.findall, texts)))
    words = list(map(len, toks))
    for i in itertools.compress(range(n), cjk):
        # CJK text has no spaces: count about two characters per word.
        words[i] = sum(1 for t in toks[i] if not CJK.search(t)) + max(1, cjk[i] // 2)
    caps_ratio = [0.0] * n
    for i in itertools.compress(range(n), map(_CAPS_WORDS.__ge__, words)):  # a long block is prose or not by its words alone
        firsts = "".join(map(_FIRST, TOKEN.findall(texts[i])))  # of the tokens, as written
        alpha = len(firsts) - sum(map(str.isdigit, firsts))  # (a digit is not upper case)
        caps_ratio[i] = sum(map(str.isupper, firsts)) / alpha if alpha else 0.0
    digits = map(len, map(_DIGIT.findall, texts))
    alnum = map(sum, map(map, repeat(len), toks))  # characters in tokens
    digit_ratio = [(d / a if d < a else 1.0) if a else 1.0 for d, a in zip(digits, alnum)]  # at most 1
    url_density = _url_densities(texts, words, list(map(len, toks)))
    ends, tables, clauses = _line_shapes(texts)
    marks = [("©" in t or "opyright" in low) and _copyright_mark(t) for t, low in zip(texts, lows)]
    # the fields of _Scan, in order
    columns = (
        map(tuple, toks), cjk, map(len, texts), words, ends, url_density, caps_ratio, digit_ratio,
        map(len, map(_SEPARATOR.findall, texts)), tables, marks, clauses,
    )
    return list(map(tuple.__new__, repeat(_Scan), zip(*columns)))  # _Scan(*row), without a Python call


def _copyright_mark(text: str) -> bool:
    """Whether ``text`` holds a copyright notice's mark: "©" or the word
    "copyright" with a year ("© 2024", "Copyright 2019.", "©2005-2019"), or
    both ("Copyright © Foo", "Copyright (c) Foo", "© Copyright Foo").

    A sentence about copyright ("the copyright holder", "In 2019 the copyright
    expired") and a photo credit ("© Reuters") have no such mark.

    >>> _copyright_mark("Copyright ©2019 Dow Jones & Company, Inc."), _copyright_mark("© Reuters")
    (True, False)
    >>> _copyright_mark("In 2019, the copyright holder sued the site.")
    False
    >>> _copyright_mark("The photo at the centre of the case, © 2019 Jane Smith, was sold.")
    False
    """
    m = _COPYRIGHT.search(text)
    if m is None:
        return False
    # The notice opens the line ("© 2024 ...", "All content © 2024 ..."), or a
    # sentence or field of it ("All rights reserved. © 2024 ...", "Site | © 2024"),
    # or the line is as short as a notice ("Herald Media Group Ltd © 2024"): a
    # sentence that names a photo's copyright in passing is no notice.
    before = text[: m.start()]
    return (
        len(before.split()) <= _COPYRIGHT_LEAD_WORDS
        or before.rstrip().endswith((".", "|", "–", "—", "-", ":", "•", "·"))
        or len(text.split()) <= _COPYRIGHT_SHORT_LINE
    )


_COPYRIGHT_LEAD_WORDS = 2
_COPYRIGHT_SHORT_LINE = 8


def features(text: str, stops: frozenset[str] | None, vocab: Vocabulary | None = None) -> Features:
    """Compute a block's features.

    >>> from articleclean.language import stopwords
    >>> f = features("The minister said that the plan would go ahead.", stopwords("en"))
    >>> f.words, round(f.stop_density, 2), f.ends_sentence, f.concept
    (9, 0.78, True, None)
    >>> features("Home | News | Sport", stopwords("en")).separators
    2
    """
    return _features(_scan(text), stops, vocab)


def _features(sc: _Scan, stops: frozenset[str] | None, vocab: Vocabulary | None = None) -> Features:
    """:func:`features` of a scanned block."""
    return _features_all([sc], stops, vocab)[0]


# What a line that no vocabulary phrase can touch has of the vocabulary
# fields of :class:`Features` (concept, leading, coverage, phrase, whole_line, row).
_NO_VOCABULARY: tuple[str | None, str | None, float, str, bool, bool] = (None, None, 0.0, "", False, False)


def _features_all(
    scans: Sequence[_Scan], stops: frozenset[str] | None, vocab: Vocabulary | None = None
) -> list[Features]:
    """:func:`_features` of many scanned blocks, column by column.

    Most lines hold no word a vocabulary phrase starts with (prose, names,
    dates), and their vocabulary fields are :data:`_NO_VOCABULARY` without a
    Python call; only the others (and no long block: it is prose or not by
    its words alone) are matched one by one.
    """
    if not scans:
        return []
    v = vocab or vocabulary()
    toks, cjk, chars, words, ends, urls, caps, digits, seps, tables, marks, clauses = zip(*scans)
    n = len(scans)
    density = stop_densities(toks, cjk, stops)
    vocab_fields = [_NO_VOCABULARY] * n
    # the lines of at most 40 words, then those where a phrase may start
    short = list(itertools.compress(range(n), map(_VOCABULARY_WORDS.__ge__, words)))
    may_match = map(operator.not_, map(v.starts.keys().isdisjoint, map(toks.__getitem__, short)))
    for i in itertools.compress(short, may_match):
        vocab_fields[i] = _vocabulary_fields(toks[i], words[i], stops, v)
    concept, leading, coverage, phrase, whole, row = zip(*vocab_fields)
    columns = (
        chars, words, density, ends, urls, caps, digits, seps, tables, concept, leading, coverage, phrase, whole, row,
        marks, clauses,
    )
    return list(map(tuple.__new__, repeat(Features), zip(*columns)))  # Features(*row), without a Python call


def _vocabulary_fields(
    toks: tuple[str, ...], words: int, stops: frozenset[str] | None, v: Vocabulary
) -> tuple[str | None, str | None, float, str, bool, bool]:
    """The vocabulary fields of :class:`Features` (see :data:`_NO_VOCABULARY`) of a line of at most 40 words."""
    concept, coverage, phrase, whole, leading = v._match(toks)
    row = False
    if concept in _INLINE_CONCEPTS and not whole and coverage >= _ROW_COVERAGE and words <= _ROW_WORDS:
        row = _is_row(v.row(toks, _INLINE_CONCEPTS), stops)
    return concept, leading, coverage, phrase, whole, row


# A row of buttons is a short line: "Share on Facebook Share on Twitter Email".
_ROW_WORDS = 20
_ROW_COVERAGE = 0.5  # share 0-1 of a line's words that inline concepts' phrases cover before it is tested as a row of buttons (a sentence naming one is mostly other words)
_ROW_PHRASES = 2  # phrases: a row of buttons with no other word names this many ("Facebook Twitter"); one phrase alone is its own line's concept
_ROW_PHRASES_WITH_WORD = 3  # phrases: ... and this many beside one other word that is no function word ("Facebook Twitter Google+ WhatsApp")


def _is_row(found: tuple[int, list[str]] | None, stops: frozenset[str] | None) -> bool:
    """Whether a line with ``found`` = :meth:`Vocabulary.row` is a row of buttons:
    two phrases or more and no other word, or three or more and one other word
    that is not a function word ("Facebook Twitter Google+ WhatsApp").

    A sentence or a list that names the networks has function words or other
    words between them ("Facebook and Twitter", "on Facebook, Twitter and Google").
    """
    if found is None:
        return False
    phrases, rest = found
    if not rest:
        return phrases >= _ROW_PHRASES
    return (
        len(rest) == 1 and phrases >= _ROW_PHRASES_WITH_WORD and stops is not None and rest[0] not in stops and not rest[0].isdigit()
    )


def _urls(text: str) -> list[str]:
    """:data:`_URLISH`'s matches in ``text``."""
    return (_URLISH if "@" in text else _URLISH_NO_AT).findall(text)


def _maybe_url(text: str) -> bool:
    """Whether to look for :data:`_URLISH` in ``text``: only in a line with an
    "@" or a "." (an address or a domain), and a match without "@" needs a
    "://" or a "." followed by a non-space ("www.x", "example.com")."""
    return "@" in text or ("." in text and ("://" in text or _DOT_NONSPACE.search(text) is not None))


@dataclass(frozen=True, slots=True)
class Decision:
    """One block's history: the context-free label and the final decision."""

    index: int
    label: str  # good | neargood | short | bad
    code: str | None  # set for bad blocks (concept) and for final removals
    reason: str
    removed: bool = False
    # a kept block's (explain mode): why it stays, as a code ("kept.prose", see
    # :meth:`BoilerplateCleaner.decide`), the evidence the decision read, and the
    # first-pass furniture rule that came nearest to taking it but declined
    kept: str = ""
    evidence: tuple[tuple[str, object], ...] = ()
    declined: str = ""
