"""Clean articles must come out unchanged: the guard against harm."""

from __future__ import annotations

import pytest

import articleclean

from .conftest import FIXTURES, read

NEGATIVE = sorted((FIXTURES / "negative").glob("*.txt"))


def test_there_are_negative_fixtures():
    assert len(NEGATIVE) >= 6


@pytest.mark.parametrize("path", NEGATIVE, ids=lambda p: p.stem)
def test_clean_article_unchanged(path):
    text = read(path)
    result = articleclean.clean_and_explain(text)
    assert result.removals == ()
    assert result.text == text


@pytest.mark.parametrize("path", NEGATIVE, ids=lambda p: p.stem)
def test_clean_article_unchanged_in_other_newline_conventions(path):
    text = read(path)
    for other in (text.replace("\n", "\r\n"), text.replace("\n", "\r")):
        assert articleclean.clean(other) == other  # byte for byte: its own line breaks


@pytest.mark.parametrize(
    "layout",
    [
        "  indented first line of a quoted letter",  # indentation
        "trailing spaces after a line   ",  # trailing spaces
        "\n\n\nthree blank lines above this paragraph",  # more than one blank line
        "\tA tab-indented line of a poem",
    ],
)
def test_a_clean_text_comes_back_byte_for_byte_whatever_its_layout(layout):
    body = [
        "The council approved the new budget on Monday after a long debate about the cost of the plan.",
        "It will take effect in April, and the leader said that residents would see the benefits soon.",
    ]
    text = f"{body[0]}\n\n{layout}\n\n{body[1]}\n"
    result = articleclean.clean_and_explain(text)
    assert result.removals == () and result.fixes == ()
    assert result.text == text


# Sentences that share words with page furniture but are article text.  Each is
# placed between two ordinary paragraphs and must survive the default pipeline.
NEAR_MISSES = [
    "Health officials urged residents to download the NHS Covid app.",
    "Ebook sales rose by 4% last year, the Publishers Association said.",
    "Show photo ID at the polling station or you will be turned away.",
    "For years, our alerts about the flooding were simply ignored.",
    "Sign up to our scheme, the minister told farmers, and you will be paid within a month.",
    "Subscribe now, pay later: the mantra of the streaming era has changed.",
    "Watch: the moment the bridge collapsed was caught on camera.",
    "Copyright / licensing rules are changing for artists from April.",
    "Residents can sign up for alerts on the council website.",
    "Read more about the exhibition in the book that accompanies it, she suggests.",
]
BEFORE = "The committee published its findings on Wednesday after a two-year investigation into how the service was run."
AFTER = "Ministers said they would respond to each of the recommendations in the coming weeks, and the opposition welcomed the report."


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_miss_sentence_survives(sentence):
    text = f"{BEFORE}\n\n{sentence}\n\n{AFTER}\n"
    assert articleclean.clean(text) == text


def test_breaking_news_words_in_a_last_sentence_survive():
    text = f"{BEFORE}\n\nBreaking news story lines dominated the evening bulletins for a week.\n"
    assert articleclean.clean(text) == text
