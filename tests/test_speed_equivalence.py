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


# lines in the shapes' words: labels, credits, prices, counts, marks, names, letters of any case
_SHAPE_LINES = st.lists(
    st.sampled_from(
        [
            "Photo:", "Photo", "photo", "Getty Images", "/", "(", ")", "AP", "(AP)", "Supplied", "File", "By", "by",
            "Jane Doe", "JANE DOE", "Reuters", "|", "•", "-", "—", "Advertisement", "ADVERTISEMENT", "comments", "12",
            "3", "£", "$", "per", "a", "month", "from", "Subscribe", "subscribe", "sign up", "newsletter", "inbox",
            "free", "read more", "Read more", "…", "...", ".", ":", ",", "?", " ", "  ", "https://x.com", ".com",
            "Copyright", "©", "2024", "ago", "hours", "This", "this", "you", "your", "É", "é", "ǅ", "İ", "ı", "K",
            "“", "\"", "left", "(left)", "Published", "Updated", "x",
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_SHAPE_LINES)
def test_first_match_as_every_open_shape_tried_in_order(line: str) -> None:
    """The shape engine tries only the shapes that can start with the line's first character (the
    open ones in one alternation, the gated ones alone when their gate is open): the first shape it
    finds is the first, in table order, of all whose gate is open that match the whole line."""
    from articleclean import concepts

    for on_key in (True, False):
        _shapes, alone = concepts._kind(on_key)
        text = normalise_phrase(line) if on_key else line.strip().rstrip(",;: ")
        gates, needy = concepts._open_gates(on_key, line.strip().lower())
        expected = next((i for i in gates if alone[i].fullmatch(text)), None)
        assert concepts._first_match(on_key, text, needy) == expected, (on_key, text)


@settings(max_examples=600, deadline=None)
@given(_LINES)
def test_tail_gates_search_as_their_plain_forms(text: str) -> None:
    """The widget gate (a trie) finds a line its plain alternation finds; the one search for the last two
    rules finds a line either gate finds."""
    from articleclean.concepts.engine import _LAST_GATES, _WIDGET_GATE, _WIDGET_WORDS

    key = text.lower() + " " + text
    plain_widget = re.compile(r"sign up|subscri|newsletter|inbox|follow us|register|comment")
    assert (_WIDGET_GATE.search(key) is None) == (plain_widget.search(key) is None)
    assert set(_WIDGET_WORDS) == set(plain_widget.pattern.split("|"))
    assert (_LAST_GATES.search(key) is None) == (_APPEAL_GATE.search(key) is None and _WIDGET_GATE.search(key) is None)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["Source", "SOURCES", "agency", ":", " ", "\t", "PA", "Media", ",", "x", "é"]), max_size=8).map("".join))
def test_agency_label_cut_only_after_a_colon(head: str) -> None:
    """The agency line's label is cut only from a head with a colon in it: one without is as the cut leaves it."""
    from articleclean.concepts.names import _SOURCE_LABEL

    if ":" not in head:
        assert _SOURCE_LABEL.sub("", head, count=1) == head


_CONTROL_WORDS = st.lists(
    st.sampled_from(["leave a reply", "cancel reply", "reply", "oldest", "newest", "most voted", "sign in", "register",
                     "log in", "subscribe", "12", "comments", "|", "?", "the", "x", " ", "•"]),
    max_size=8,
).map(" ".join)


@settings(max_examples=800, deadline=None)
@given(_CONTROL_WORDS)
def test_control_runs_looked_for_only_where_one_may_start(text: str) -> None:
    """The one look-up before the two runs of controls says no only where neither finds a run."""
    from articleclean.concepts.buttons import _account_phrases, _comment_phrases, _control_run, _may_run_controls

    key = normalise_phrase(text)
    if not _may_run_controls(key, "en"):
        assert _control_run(key, _comment_phrases("en"), counts=True) == 0
        assert _control_run(key, _account_phrases("en")) == 0
