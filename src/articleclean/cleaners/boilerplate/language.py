"""Stopwords by language and the page's language, from the stopword lists in ``data/stopwords/``."""

from __future__ import annotations

import array
import functools
import sys
from collections.abc import Iterable, Sequence
from itertools import islice, repeat

from ...lexicon import entries
from .features import _Scan, _scan
from .vocabulary import CONCEPTS, _concept_phrases

#: Languages with a stopword list in ``data/stopwords/``.
STOPWORD_LANGUAGES: tuple[str, ...] = (
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "gu", "he", "hi", "hu", "id",
    "it", "ja", "ko", "ms", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sv", "tr", "uk", "vi", "zh",
)  # fmt: skip


# -- language resources ----------------------------------------------------------
@functools.cache
def _stop_index() -> dict[str, frozenset[str]]:
    """Stopword lists by ISO code, less furniture words.

    The lists are those of the stop-words project (BSD-3-Clause), shipped as
    package data in ``data/stopwords/`` so that every Python version and
    install sees the same lists.

    Words that name page furniture ("home", "page", "top", "latest") are in some
    general stoplists; they are dropped here so that a menu of them does not read
    as prose.
    """
    furniture = {p for c in CONCEPTS for p in _concept_phrases("en", c) if len(p) == 1}
    out = {}
    for code in STOPWORD_LANGUAGES:
        words = entries(f"stopwords/{code}")
        out[code] = frozenset(w.casefold().replace("’", "'") for w in words) - {w for (w,) in furniture}
    return out


@functools.cache
def _stop_owner() -> dict[str, tuple[str, ...]]:
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


def detect_language(texts: Sequence[str], *, max_tokens: int = 2000) -> str | None:
    """The ISO code whose stopwords cover most tokens, ``"cjk"``, or ``None``.

    >>> detect_language(["Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau beschlossen."])
    'de'
    >>> detect_language(["東京都は新しい計画を発表しました。"])
    'cjk'
    """
    return _language(map(_scan, texts), max_tokens)


def _language(scans: Iterable[_Scan], max_tokens: int = 2000) -> str | None:
    """:func:`detect_language` from the texts' scans (their tokens are the tokens of the texts).

    Each language's count is the number of its stopwords among the tokens.
    Each stopword adds 1 to the fields of its languages in one integer (see
    :func:`_stop_weights`): one sum in C, no Python loop over tokens or languages.
    """
    # the first texts up to about max_tokens words
    toks: list[str] = []
    chars = cjk = 0
    for sc in scans:
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
