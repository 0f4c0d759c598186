"""A list of other stories' headlines under the article, with no heading over it, goes.

Shapes from test3 (pulse.ng) and test6 (a regional radio station's and a Gulf radio station's
"latest news", flattened without their heading), written here in other words.  Before this
change such a list stayed as "short lines next to the article, in an edge of the page".
"""

from __future__ import annotations

import articleclean

ARTICLE = (
    "Firefighters brought a blaze at a timber yard in the industrial estate under control on "
    "Friday after three hours, the fire service said.\n\n"
    "Crews from four stations attended and no one was hurt, a spokesman said, adding that an "
    "investigation into the cause had begun.\n\n"
    "The yard's owner said the business would reopen next week once the site had been made safe."
)
HEADLINES = [
    "County Council Approves New Cycle Lanes For Town Centre",
    "Local Hurling Star Named In All-Star Team Of The Year",
    "Harbour dredging to begin after funding is confirmed",
    "Hospital waiting lists fall for third month in a row",
    "New Bus Route To Link Three Villages From September",
]


def test_a_headless_headline_list_under_the_article_goes():
    out = articleclean.clean(ARTICLE + "\n\n" + "\n".join(HEADLINES))
    assert ARTICLE in out
    assert not any(h in out for h in HEADLINES)


def test_a_list_the_article_introduces_stays():
    # the article's own list: its last paragraph introduces it
    text = ARTICLE + " The council listed the projects it will fund:\n\n" + "\n".join(HEADLINES)
    out = articleclean.clean(text)
    assert all(h in out for h in HEADLINES)


def test_three_titles_are_no_list_of_other_stories():
    out = articleclean.clean(ARTICLE + "\n\n" + "\n".join(HEADLINES[:3]))
    assert all(h in out for h in HEADLINES[:3])


def test_a_sentence_among_the_lines_keeps_them():
    lines = [*HEADLINES[:3], "The mayor will open the new lanes on Monday morning.", *HEADLINES[3:]]
    out = articleclean.clean(ARTICLE + "\n\n" + "\n".join(lines))
    assert all(h in out for h in HEADLINES)
