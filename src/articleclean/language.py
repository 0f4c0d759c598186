"""Language: the words of a text, the shipped stopword lists, the language a text is in and its stopword density.

One module answers every question of language, so that no cleaner asks another:

* :func:`tokens` — the words a language decision reads: runs of word characters,
  apostrophes inside them kept ("don't", "l'été"), casefolded, "’" read as "'";
* :func:`stopwords` — the stopword lists of :data:`STOPWORD_LANGUAGES`, shipped in
  ``data/stopwords/`` (the stop-words project, BSD-3-Clause);
* :func:`detect_language` — the language whose stopwords cover most of a page's tokens
  (``"cjk"`` for Chinese, Japanese or Korean text);
* :func:`stop_density` — the share of a line's tokens that are stopwords of a language.

Every list is read on first use (importing this module reads no data), into immutable
objects that are never changed afterwards.

>>> list(tokens("Don’t  STOP: l'été"))
["don't", 'stop', "l'été"]
>>> detect_language(["Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau beschlossen."])
'de'
>>> round(stop_density("The minister said that the plan would go ahead.", "en"), 2)
0.78
"""

from __future__ import annotations

import array
import functools
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice, repeat
from typing import NamedTuple, Protocol

from . import lazyre as re
from .lexicon import CONCEPTS, entries, normalise_phrase
from .text import pieces

__all__ = [
    "CJK",
    "STOPWORD_LANGUAGES",
    "TOKEN",
    "Counted",
    "casefolded_tokens",
    "detect_language",
    "language_of",
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
    counts = array.array("H" if width == 16 else "Q", packed.to_bytes(len(_STOP_CODES) * width // 8, "little"))
    if sys.byteorder == "big":
        counts.byteswap()
    most = max(counts)  # the first language of the most stopwords, in alphabetical order
    return _STOP_CODES[counts.index(most)] if most >= 3 and most * 10 >= len(toks) else None


#: The languages of :func:`_stop_weights`' count fields, in order.
_STOP_CODES = tuple(sorted(STOPWORD_LANGUAGES))


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
