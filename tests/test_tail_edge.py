"""The article's closing lines stay above a furniture heading below it: short last paragraphs, a list it
ends on, a closing line with no full stop, the store's cut-off last sentence after an advert's marker.

Written in the twelfth session to attack a rule that cut the edge below the article at one furniture
block (instead of two): its first form took 'More details to follow.', 'RIP John.' and a road-closure
list's second item, and with its guards it took the article's own lists under "Recommended:" and "More
on Sunday" (tests/test_recirculation.py); guarded until safe it removed nothing, and it was withdrawn.
These endings stay as must-stay cases for any later rule at the page's end.
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
