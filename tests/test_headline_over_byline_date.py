"""The article's headline above a byline with its date on one line stays.

Shape from test6 (greenwatchbd.com: a "News update" list, the headline, "News Desk Accidents
2022-02-18, 7:03pm", the standfirst, the article), written here in other words and other
byline forms.  Before this change the headline search stopped at the byline line and the
headline went as a "short line before the article, among page furniture".
"""

from __future__ import annotations

import pytest

import articleclean

TOP = (
    "Latest news\n"
    "  • Port workers vote to strike over pay     |     \n"
    "  • Ferry timetable changes from next week     |     \n"
    "  • Council names new chief executive     |     \n"
)
BODY = (
    "Firefighters brought a blaze at a timber yard in the industrial estate under control on "
    "Friday after three hours, the fire service said.\n\n"
    "Crews from four stations attended and no one was hurt, a spokesman said, adding that an "
    "investigation into the cause had begun."
)


@pytest.mark.parametrize(
    "byline",
    ["Staff Reporter 2023-05-01, 10:15am", "Jane Smith | March 3, 2024", "By Ahmed Karim, 12 June 2021"],
)
def test_the_headline_over_a_byline_and_date_line_stays(byline):
    headline = "Timber yard fire brought under control"
    out = articleclean.clean(f"{TOP}\n{headline}\n\n{byline}\n\n{BODY}")
    assert headline in out
    assert "Port workers vote" not in out
