"""The edge below the article (boilerplate.region.cut_edges): one furniture block there that the
article itself never holds (a "Most read" heading, a comments head, a footer line; not an advert's
marker, a share row or a sign-up line, which sit between paragraphs too) makes the lines from it on
page furniture. The lines between the article's last paragraph and that block are the article's:
short last paragraphs, a list it ends on, a closing line with no full stop.

Cases written here in the shapes of two layouts each: a regional daily's story with a ranked "Most
read" list under it, and a radio station's with a "Trending now" list.
"""

from __future__ import annotations

import pytest

import articleclean

H = "Town prepares for weekend festival"
P = [
    "Thousands of visitors are expected in the town this weekend for the annual summer festival, organisers said on Monday.",
    "The event, now in its 25th year, will feature live music, food stalls and a fireworks display on the Saturday night.",
    "Organisers have urged people to use public transport as parking in the town centre will be limited.",
]
OTHER_STORIES = [
    "Council tax to rise by five per cent in April",
    "Police appeal after break-in at village shop",
    "New head teacher named at the grammar school",
]


@pytest.mark.parametrize("heading", ["Most read", "Trending now"])
def test_a_list_under_one_furniture_heading_after_the_article_goes(heading: str) -> None:
    text = "\n\n".join([H, *P, heading, *OTHER_STORIES])
    out = articleclean.clean(text)
    assert all(p in out for p in P)
    assert not any(s in out for s in OTHER_STORIES)


@pytest.mark.parametrize(
    "tail",
    [
        ["Photo Gallery", "Sports", "Weather", "Contests"],  # a US radio site's menu under a gallery link
        ["Contact Us/FAQ | Terms of Use | Privacy Policy", "Sports Desk", "Jane Doe"],  # a daily's footer
        ["Holmes’ comments", "Great event last year", "Can't wait"],  # a blog's comments under its head
        ["See more photos:", "Festival 2023", "Festival 2022"],  # a gallery's links
    ],
)
def test_short_lines_after_one_furniture_line_below_the_article_go(tail: list[str]) -> None:
    """One furniture line below the article, and short lines after it: before the twelfth session
    an edge needed two furniture lines, and all of these stayed."""
    out = articleclean.clean("\n\n".join([H, *P, *tail])).split("\n")
    assert all(p in out for p in P)
    assert not [line for line in tail if line in out]


@pytest.mark.parametrize(
    "closing",
    [
        ["He was 84."],
        ["Police are investigating."],
        ["More details to follow."],
        ["RIP John."],
        ["For more information visit the festival website"],
        ["Road closures:", "High Street, from 6am Saturday", "Market Square, all weekend"],
        ["Festival line-up", "The Lumineers", "Local Heroes", "The Sunday Band"],
        ["Editor’s note: an earlier version of this story gave the wrong date"],
    ],
)
@pytest.mark.parametrize("heading", ["Most read", "Comments", "Related stories"])
def test_the_articles_closing_lines_before_that_heading_stay(closing: list[str], heading: str) -> None:
    text = "\n\n".join([H, *P, *closing, heading, *OTHER_STORIES])
    kept = articleclean.clean(text).split("\n")
    assert all(line in kept for line in closing)


def test_an_advert_marker_alone_does_not_end_the_article() -> None:
    # an advert's slot sits between paragraphs: the store's cut-off last sentence after it is the article's
    last = "The committee cited legal concerns over the identity of complainers in the criminal trial"
    text = "\n\n".join([H, *P, "ADVERT", last])
    assert last in articleclean.clean(text)
