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
    assert articleclean.clean(text.replace("\n", "\r\n")) == text
    assert articleclean.clean(text.replace("\n", "\r")) == text
