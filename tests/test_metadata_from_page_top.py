"""Metadata from the page's top: what the byline shapes give, and what a short line the page classifier
removed does not give.

A session (the seventeenth) let a byline with its date that the classifier removed as a short line of
the top give its byline and date (slashgear.com's pages, AEB development).  A review found it gave a
widget's, an event's or another story's card line as the byline ("Dublin Weather 12 May 2021", "Summer
Festival 12 June 2021", "Jane Doe 12 May 2021" above the article's own byline), and no word list tells
those from a writer ("summer" and "jane" are given names and English words alike): it was withdrawn.
The first tests are that review's cases: none of those lines becomes the byline.
"""

from __future__ import annotations

import pytest

import articleclean

STORY = (
    "A MAN has been charged after firefighters were called to a blaze in a backyard workshop on a "
    "quiet street in the town's west early this morning.\n\n"
    "Crews were called to the address at about 2.30am after neighbours reported flames and smoke, a "
    "fire service spokeswoman said."
)

SITE_MENU = "Home\n\nNews\n\nSport\n\nBusiness\n\nLifestyle\n\nWhat's On\n\nContact Us\n\nSearch\n\n"


HEAD = "Man charged over backyard blaze during fire ban"


@pytest.mark.parametrize(
    ("lines", "byline", "date"),
    [
        ("Dublin Weather 12 May 2021\n\nBy Alice Smith | 1 June 2022", "Alice Smith", "2022-06-01"),
        ("Jane Doe 12 May 2021\n\nBy Alice Smith | 1 June 2022", "Alice Smith", "2022-06-01"),
        ("Dublin Weather 12 May 2021", None, None),
        ("Summer Festival 12 June 2021", None, None),
        ("By Alice Smith\n\nJane Doe 12 May 2021", "Alice Smith", None),
    ],
)
def test_a_short_line_under_a_menu_gives_no_byline(lines, byline, date):
    r = articleclean.clean_and_explain(f"{SITE_MENU}{HEAD}\n\n{lines}\n\n{STORY}")
    assert (r.metadata.byline, r.metadata.date) == (byline, date)


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("By Staff | May 15, 2019", "Staff"),  # tylerstarnews.com's form (news corpus, development)
        ("By Newsdesk | 2 March 2021", "Newsdesk"),
        ("By Jordan Whitby | March 2, 2021", "Jordan Whitby"),  # a two-word name keeps both words
    ],
)
def test_the_by_label_is_no_part_of_the_name(byline, name):
    """A "By" label over a one-word name ("By Staff") was read as the first of two names."""
    head = "Man charged over backyard blaze during fire ban"
    r = articleclean.clean_and_explain(f"homepage logo\n\n{head}\n\n{byline}\n\n{STORY}")
    assert r.metadata.byline == name
