"""Hostile input: arbitrary Unicode never breaks the pipeline, and cleaning is idempotent.

Harder strategies than test_properties.py: control characters, lone
surrogates, right-to-left text, combining marks, emoji, CJK and every line
break ``str.splitlines`` knows, mixed with real boilerplate lines.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articleclean

PIPE = articleclean.default_pipeline()
BREAKS = ["\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
ODD = ["\x00", "\x1f", "\ud800", "\udfff", "\u200b", "\u200f", "\u202e", "\ufeff", "\u0301", "\u0308", "\xa0", "\t", "\u3000"]
WORDS = [
    "Sign up", "SIGN UP", "newsletter", "Email *", "Most Read", "Related articles", "Read more:", "By Dan Peters |",
    "12 February 2026", "£38,000 - £42,000", "Recruiter:", "( EPA )", "image", "Advertisement", "More to follow.",
    "مرحبا بالعالم", "שלום", "東京都の会議", "😀👍🏽", "e\u0301", "Ab", "and", "…", "...", "“", "’", "(", ")", "|", "-",
]
piece = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(BREAKS), st.sampled_from(ODD), st.just(" "), st.text(max_size=8)
)
hostile = st.lists(piece, max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WS = re.compile(r"\s+")


@SETTINGS
@given(hostile)
def test_never_raises_and_is_idempotent(text):
    once = PIPE.run(text).text
    assert isinstance(once, str)
    assert PIPE.run(once).text == once


@SETTINGS
@given(hostile)
def test_removal_spans_point_into_the_source(text):
    result = PIPE.run(text)
    for r in result.removals:
        assert text[r.start : r.end] == r.text and r.text.strip()
    # (Fix.before can differ from the source after an earlier fix beside it:
    # see fuzz/README.md.)


@SETTINGS
@given(hostile)
def test_core_output_lines_come_from_input(text):
    # The core cleaners only remove lines and fix white space.
    core = PIPE.only(*[n for n in articleclean.DEFAULT_ORDER if n in ("whitespace", "newsletter", "jobs", "promo", "related", "captions", "labels", "duplicates", "metadata")])
    src = {_WS.sub(" ", line).strip() for line in text.splitlines()}
    for line in core.run(text).text.splitlines():
        assert not line or _WS.sub(" ", line).strip() in src


def test_empty_and_blank_inputs_give_empty_text():
    for text in ["", " ", "\n\n\n", " \t\xa0\u3000\n\r\n\x0b\x0c\u2028 "]:
        result = PIPE.run(text)
        assert result.text == "" and result.removals == ()


def test_only_boilerplate_gives_empty_text_with_every_removal_explained():
    text = "Sign up to our free daily newsletter\n\nEmail *\nSIGN UP\n\nMost Read\n\nAdvertisement\n"
    result = PIPE.run(text)
    assert result.text == ""
    removed = {line for r in result.removals for line in r.text.splitlines() if line.strip()}
    assert removed == {line for line in text.splitlines() if line.strip()}
    assert all(r.code and r.reason for r in result.removals)
