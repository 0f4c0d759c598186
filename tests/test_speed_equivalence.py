"""The fast paths of issue 13 (speed) give what the plain forms they replaced give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean.concepts.appeals import _APPEAL_GATE, _APPEAL_WORDS
from articleclean.concepts.stamps import _HAS_DIGIT_OR_AGO
from articleclean.lexicon import normalise_phrase

# lines of words, marks, odd spaces, curly quotes and letters outside ASCII
_ALPHABET = st.sampled_from(
    [*"ab Z9_.,!?()’‘'\t\u00a0\u2003-…é", "ago", " a", "chip in", "donat", "like you", "Straße", "ǅ"]
)
_LINES = st.lists(_ALPHABET, max_size=14).map("".join)


def _normalise_reference(text: str) -> str:
    """normalise_phrase as it was written before its fast path: trim runs of [\\W_] at both ends, straighten
    the curly apostrophes, squeeze white space, casefold."""
    m = re.match(r"[\W_]+", text)
    start = m.end() if m else 0
    t = re.search(r"[\W_]*\Z", text[start:])
    end = start + (t.start() if t else len(text) - start)
    if start >= end:
        return ""
    return re.sub(r"\s+", " ", text[start:end].replace("’", "'").replace("‘", "'")).casefold()


@settings(max_examples=600, deadline=None)
@given(_LINES)
def test_normalise_phrase_fast_path(text: str) -> None:
    assert normalise_phrase(text) == _normalise_reference(text)


@settings(max_examples=600, deadline=None)
@given(_LINES)
def test_gates_search_as_their_plain_forms(text: str) -> None:
    key = text.lower()
    assert (_HAS_DIGIT_OR_AGO.search(key) is None) == (re.search(r"\d|\bago\b", key) is None)
    assert (_APPEAL_GATE.search(key) is None) == (re.search("|".join(map(re.escape, _APPEAL_WORDS)), key) is None)


# lines of words in any case, glued words and marks
_CASED = st.lists(
    st.sampled_from(
        [
            "here",
            "There",
            "HERE",
            "below",
            "Click",
            "tap",
            "tapped",
            "a",
            "Ab",
            "ABc",
            "X",
            "»",
            "›",
            ">",
            " ",
            ".",
            "…",
            "...",
            "ĸ",
            "K",
            "_",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(_CASED)
def test_furniture_cheap_searches_as_their_plain_forms(text: str) -> None:
    from articleclean.cleaners import furniture as f

    plain_link = re.compile(r"\b(?:here|below|click|tap)\b|[»›>]", re.IGNORECASE)
    assert [m.span() for m in f._LINK_WORD.finditer(text)] == [m.span() for m in plain_link.finditer(text)]
    plain_glue = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z])")
    assert [m.start() for m in f._GLUE.finditer(text)] == [m.start() for m in plain_glue.finditer(text)]
    t = text.strip()
    assert f._is_excerpt(t, 10) == (
        f._CUT_OFF.search(t) is not None and not f._SPOKEN.match(t) and not t.endswith("....")
    )


_PROSE = st.lists(
    st.sampled_from(
        [
            "said",
            "Says",
            "SAID",
            "ſaid",
            "told",
            "according to",
            "added",
            "urged",
            "asked",
            "wrote",
            "writes",
            "unsaid",
            "saidx",
            "a",
            "the",
            ", the report concluded",
            ", a man said",
            ".",
            "!",
            "?",
            " ",
            "  ",
            "\n",
            "\u00a0",
            "A",
            '"',
            "“",
            "‘",
            "x",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(_PROSE)
def test_sentence_break_and_reported_as_their_plain_forms(text: str) -> None:
    from articleclean.concepts.parts import REPORTED, SENTENCE_BREAK

    plain_break = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
    assert [m.span() for m in SENTENCE_BREAK.finditer(text)] == [m.span() for m in plain_break.finditer(text)]
    assert SENTENCE_BREAK.split(text) == plain_break.split(text)
    plain_reported = re.compile(
        r"[\"“”]|\b(?:said|says|told|according to|added|urged|asked|wrote|writes)\b|"
        + REPORTED.pattern.split(r"\b|", 1)[1],
        re.IGNORECASE,
    )
    assert [m.span() for m in REPORTED.finditer(text)] == [m.span() for m in plain_reported.finditer(text)]
