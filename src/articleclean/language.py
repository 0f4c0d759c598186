"""Language: a text's words, the stopword lists, its language, its stopword density, whether it is English.

One module answers every question of language, so that no cleaner asks another:

* :func:`tokens` — the words a language decision reads: runs of word characters,
  apostrophes inside them kept ("don't", "l'été"), casefolded, "’" read as "'";
* :func:`stopwords` — the stopword lists of :data:`STOPWORD_LANGUAGES`, shipped in
  ``data/stopwords/`` (the stop-words project, BSD-3-Clause);
* :func:`detect_language` — the language whose stopwords cover most of a page's tokens
  (``"cjk"`` for Chinese, Japanese or Korean text);
* :func:`stop_density` — the share of a line's tokens that are stopwords of a language;
* :func:`is_english` — whether most words of a text are in the English dictionary
  (SymSpell's, :data:`ENGLISH_WORDS`), the check of the typo fixer, which corrects
  English only.  It is another question than :func:`detect_language`'s, and each
  caller keeps its own: a menu of English words ("Home News Sport") has no stopword,
  so no language to :func:`detect_language`, and is English to :func:`is_english`.

Every list is read on first use (importing this module reads no data), into immutable
objects that are never changed afterwards.

>>> list(tokens("Don’t  STOP: l'été"))
["don't", 'stop', "l'été"]
>>> detect_language(["Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau beschlossen."])
'de'
>>> round(stop_density("The minister said that the plan would go ahead.", "en"), 2)
0.78
>>> is_english("The council met on Monday."), is_english("Le conseil s'est réuni lundi.")
(True, False)
"""

from __future__ import annotations

import array
import functools
import sys
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from importlib import resources
from itertools import islice, repeat
from typing import NamedTuple, Protocol

from . import lazyre as re
from .lexicon import CONCEPTS, entries, find_line, normalise_phrase
from .text import pieces

__all__ = [
    "CJK",
    "ENGLISH_SHARE",
    "ENGLISH_WORDS",
    "LETTER_WORD",
    "SHORT_SHARE",
    "SHORT_TEXT",
    "STOPWORD_LANGUAGES",
    "TOKEN",
    "Counted",
    "casefolded_tokens",
    "detect_language",
    "english_counts",
    "is_english",
    "is_english_word",
    "language_of",
    "mostly_english",
    "stop_densities",
    "stop_density",
    "stopwords",
    "tokens",
]


# -- tokens ----------------------------------------------------------------------
#: A token: a run of word characters, with an apostrophe ("'" or "’") inside it joining
#: two runs ("don't", "l’été"); matched in casefolded text, it is a token of the text.
TOKEN = re.compile(r"\w+(?:['’]\w+)*")
#: A character of Chinese, Japanese (kana) or Korean (hangul) text, which has no spaces between words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def tokens(text: str) -> Iterator[str]:
    """The casefolded tokens of ``text``, "’" as "'", a piece of the text at a time
    (a document may be one line of many megabytes: no list of all its words).

    >>> list(tokens("Don’t  STOP now"))
    ["don't", 'stop', 'now']
    """
    for piece in pieces(text):
        yield from (t.replace("’", "'") for t in TOKEN.findall(piece.casefold()))


def casefolded_tokens(low: str) -> list[str]:
    """The tokens of text that is casefolded already, "’" as "'" (:func:`tokens` of the text).

    >>> casefolded_tokens("l’été, c'est")
    ["l'été", "c'est"]
    """
    return TOKEN.findall(low.replace("’", "'"))


def _cjk_count(text: str) -> int:
    """How many :data:`CJK` characters ``text`` has (a piece at a time: no list of them all)."""
    if len(text) <= 1 << 15:
        return len(CJK.findall(text))
    return sum(len(CJK.findall(piece)) for piece in pieces(text))


# -- stopwords -------------------------------------------------------------------
#: Languages with a stopword list in ``data/stopwords/``.
STOPWORD_LANGUAGES: tuple[str, ...] = (
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "gu", "he", "hi", "hu", "id",
    "it", "ja", "ko", "ms", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sv", "tr", "uk", "vi", "zh",
)  # fmt: skip


@functools.cache
def _furniture_words() -> frozenset[str]:
    """The one-word phrases of the English boilerplate vocabulary (``data/boilerplate/en/``,
    the classifier's :data:`~articleclean.lexicon.CONCEPTS`): words that name page furniture
    ("home", "comment", "related")."""
    out = set()
    for concept in CONCEPTS:
        for entry in entries(f"boilerplate/en/{concept}"):
            toks = list(islice(tokens(normalise_phrase(entry)), 2))
            if len(toks) == 1:
                out.add(toks[0])
    return frozenset(out)


@functools.cache
def _stop_index() -> dict[str, frozenset[str]]:
    """Stopword lists by ISO code, less furniture words.

    The lists are those of the stop-words project (BSD-3-Clause), shipped as
    package data in ``data/stopwords/`` so that every Python version and
    install sees the same lists.

    Words that name page furniture ("home", "page", "top", "latest") are in some
    general stoplists; they are dropped here (see :func:`_furniture_words`) so that
    a menu of them does not read as prose.
    """
    furniture = _furniture_words()
    out = {}
    for code in STOPWORD_LANGUAGES:
        words = entries(f"stopwords/{code}")
        out[code] = frozenset(w.casefold().replace("’", "'") for w in words) - furniture
    return out


@functools.cache
def _stop_owner() -> dict[str, tuple[str, ...]]:
    """Each stopword's languages, in :data:`STOPWORD_LANGUAGES` order."""
    owner: dict[str, list[str]] = {}
    for code, words in _stop_index().items():
        for w in words:
            owner.setdefault(w, []).append(code)
    return {w: tuple(c) for w, c in owner.items()}


def stopwords(lang: str) -> frozenset[str]:
    """The stopwords of ISO language ``lang`` (empty when there is no list).

    >>> "the" in stopwords("en"), "und" in stopwords("de"), "home" in stopwords("en")
    (True, True, False)
    """
    return _stop_index().get(lang, frozenset())


# -- the language of a page ------------------------------------------------------
class Counted(Protocol):
    """What :func:`language_of` reads of a text: its :func:`tokens` (in order), its
    :data:`CJK` characters and its length."""

    @property
    def toks(self) -> Iterable[str]: ...
    @property
    def cjk(self) -> int: ...
    @property
    def chars(self) -> int: ...


class _Counts(NamedTuple):
    """:class:`Counted` of one text, its tokens read as they are needed."""

    toks: Iterator[str]
    cjk: int
    chars: int


def _counts(text: str) -> _Counts:
    return _Counts(tokens(text), _cjk_count(text), len(text))


def detect_language(texts: Sequence[str], *, max_tokens: int = 2000) -> str | None:
    """The ISO code whose stopwords cover most tokens, ``"cjk"``, or ``None``.

    >>> detect_language(["Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau beschlossen."])
    'de'
    >>> detect_language(["東京都は新しい計画を発表しました。"])
    'cjk'
    """
    return language_of(map(_counts, texts), max_tokens)


def language_of(texts: Iterable[Counted], max_tokens: int = 2000) -> str | None:
    """:func:`detect_language` of texts counted already (the classifier's scans of a page's lines).

    The first texts up to about ``max_tokens`` tokens are read.  A page is ``"cjk"``
    when a third of its characters are CJK; else each language's count is the number
    of its stopwords among the tokens, and the language of the most (the first in
    alphabetical order of a tie) wins with at least 3 of them and a tenth of the tokens.
    Each stopword adds 1 to the fields of its languages in one integer (see
    :func:`_stop_weights`): one sum in C, no Python loop over tokens or languages.
    """
    # the first texts up to about max_tokens words
    toks: list[str] = []
    chars = cjk = 0
    for sc in texts:
        toks += islice(sc.toks, max_tokens - len(toks)) if len(toks) < max_tokens else ()
        cjk += sc.cjk
        chars += sc.chars
        if chars >= max_tokens * 6:
            break
    del toks[max_tokens:]
    if chars and cjk * 3 >= chars:
        return "cjk"
    # the stopwords' weights summed: one integer of one count field per language
    width = 16 if len(toks) < 1 << 16 else 64  # a field holds any count
    packed = sum(map(_stop_weights(width).get, toks, repeat(0)))
    counts = array.array(_FIELD_TYPECODE[width], packed.to_bytes(len(_STOP_CODES) * width // 8, "little"))
    if sys.byteorder == "big":
        counts.byteswap()
    most = max(counts)  # the first language of the most stopwords, in alphabetical order
    return _STOP_CODES[counts.index(most)] if most >= _MIN_STOPWORDS and most * 10 >= len(toks) else None


#: The languages of :func:`_stop_weights`' count fields, in order.
_STOP_CODES = tuple(sorted(STOPWORD_LANGUAGES))
# an array's typecode for count fields of this many bits (see stopword_language)
_FIELD_TYPECODE = {16: "H", 64: "Q"}
_MIN_STOPWORDS = 3  # stopwords: a language wins with at least this many among the tokens (and a tenth of them); fewer say nothing


@functools.cache
def _stop_weights(width: int) -> dict[str, int]:
    """Each stopword's weight: 1 in the ``width``-bit field of each language that
    lists it (fields in :data:`_STOP_CODES` order, the first the lowest), so
    that the sum of the weights of some tokens holds, in each language's field,
    how many of them are its stopwords (fewer than ``2 ** width``)."""
    field_of = {code: 1 << (width * i) for i, code in enumerate(_STOP_CODES)}
    return {w: sum(map(field_of.__getitem__, codes)) for w, codes in _stop_owner().items()}


# -- stopword density ------------------------------------------------------------
def stop_density(text: str, lang: str) -> float | None:
    """The share of ``text``'s :func:`tokens` that are stopwords of ``lang``; ``None`` when
    ``lang`` has no list (an unknown language, ``"cjk"``), or the text no token or CJK text.

    >>> round(stop_density("Der Rat hat es am Dienstag beschlossen.", "de"), 2), stop_density("Home | News", "xx")
    (0.57, None)
    """
    return stop_densities([tuple(tokens(text))], [_cjk_count(text)], stopwords(lang))[0]


def stop_densities(
    toks: Sequence[Sequence[str]], cjk: Sequence[int], stops: frozenset[str] | None
) -> list[float | None]:
    """:func:`stop_density` of many lines, column by column, from each line's tokens and
    CJK characters and the language's ``stops`` (``None`` or empty: no list applies)."""
    if not stops:
        return [None] * len(toks)
    hits = map(sum, map(map, repeat(stops.__contains__), toks))  # stopwords in each line
    return [h / len(t) if t and not c else None for h, t, c in zip(hits, toks, cjk)]


# -- is this English -------------------------------------------------------------
ENGLISH_SHARE = 0.8  # share of known words for a text to count as English ...
SHORT_TEXT = 10  # ... with at least this many words; shorter texts need only
SHORT_SHARE = 0.5  # this share

#: The words :func:`english_counts` reads: whole runs of two letters or more (no digit, no "_").
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
# :data:`LETTER_WORD` in lower-case ASCII text, where its letters are a-z: a range, not
# Unicode's categories, tested for each character (twice as fast; the same words).
_ASCII_WORD = re.compile(r"[a-z]{2,}")

# A text this long (a document that is one line) is counted a piece at a time: a list of
# every word would take many times the text's size (issue 14.4).
_LONG = 1 << 16


@functools.cache
def _known_table() -> str:
    """The words of SymSpell's English dictionary (82,765 words, the keys of
    :func:`articleclean.fixers.typos._unigrams`), sorted (code point order), one a line:
    prebuilt (``tools/build_tables.py``) in ``data/typos/known_en.txt``."""
    return (resources.files("articleclean") / "data" / "typos" / "known_en.txt").read_text("utf-8")


@functools.lru_cache(maxsize=1 << 16)
def _is_known(word: str) -> bool:
    """``word in _unigrams()``, by bisecting :func:`_known_table`: whether a line is English, or
    has a word to judge (most lines have none), needs no counts, and building the dict of
    counts cost about 60 ms of a cold start; it is built when a correction is searched."""
    return find_line(_known_table(), word, "\n") is not None


class _EnglishWords:
    """``in`` for the words of SymSpell's English dictionary, without its counts (:func:`_is_known`)."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and _is_known(word)


#: The words of the English dictionary (SymSpell's), for ``in``: lower case ("the" in it, "The" not).
ENGLISH_WORDS: Container[str] = _EnglishWords()
#: ``word in ENGLISH_WORDS`` for a ``str`` ``word``, as a function that is no Python call
#: (``map(is_english_word, words)`` over a line's words).
is_english_word: Callable[[str], bool] = _is_known


def english_counts(text: str) -> tuple[int, int]:
    """(words of two or more letters the English dictionary knows, such words) in ``text``.

    The counts of a text are the sums of its lines' (no word spans a line break).  The
    text is lower-cased once, not word by word: the same words, except where "İ" is,
    whose lower case is two characters and would split a word.

    >>> english_counts("The council met on Monday, 3 times."), english_counts("Der Stadtrat tagte über die Radwege.")
    ((6, 6), (2, 6))
    """
    if len(text) < _LONG:
        return _english_counts(text)
    known = n = 0
    for piece in pieces(text):  # a long line, a piece at a time (a piece may be long too: one long word)
        k, m = _english_counts(piece)
        known += k
        n += m
    return known, n


def _english_counts(text: str) -> tuple[int, int]:
    """:func:`english_counts` of a text read whole."""
    # (lower-cased first, "İ" would split its word: "i" and a combining dot)
    if text.isascii():
        words = _ASCII_WORD.findall(text.lower())
    else:
        words = [w.lower() for w in LETTER_WORD.findall(text)] if "İ" in text else LETTER_WORD.findall(text.lower())
    return sum(map(_is_known, words)), len(words)  # (ENGLISH_WORDS's look-up, less its Python call: words are str)


def mostly_english(known: int, n: int, *, share: float = ENGLISH_SHARE) -> bool:
    """:func:`is_english` on the counts of :func:`english_counts`: ``share`` of the words
    are known (:data:`SHORT_SHARE` of a text of fewer than :data:`SHORT_TEXT` words)."""
    return n > 0 and known >= (share if n >= SHORT_TEXT else SHORT_SHARE) * n


def is_english(text: str, *, share: float = ENGLISH_SHARE) -> bool:
    """Cheap language check: most words are known to the English dictionary.

    >>> is_english("The council met on Monday."), is_english("Der Stadtrat tagte am Montag über die neuen Radwege.")
    (True, False)
    """
    return mostly_english(*english_counts(text), share=share)
