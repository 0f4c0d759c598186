"""A bulleted teaser run under a promo heading ends at the first line without the mark.

The rule came from test6's greenwatchbd.com page (a "News update" list over the headline; its test is
in test_headline_over_byline_date.py).  These are other sites' layouts, written here in other words:
the "Most Read" box that Archant's sites print inside the article, its ten items each "- " and a rank,
the article's paragraph going on under it.

- eveningnews24.co.uk (news corpus, test2): the paragraph under the box is the page's last line, cut
  off mid-word (no full stop); before the rule it went with the teasers.
- derehamtimes.co.uk (news corpus, test6): two whole paragraphs under the box.

Checked 2026-12 (evid17): with the rule taken out (teasers._MARKED_ITEMS unreachable) the cut
paragraph and the unmarked line without a full stop below are lost; the whole paragraphs are kept
either way.
"""

from __future__ import annotations

import pytest

import articleclean

ABOVE = (
    "About thirty people from the village took part in a clean-up on Saturday, clearing litter from the "
    "playing field and repairing pot-holes in the hall's car park.\n\n"
    "The work was part of a deal struck when the district council gave the hall committee a grant to "
    "redecorate the building."
)
ITEMS = [
    "City's first mass vaccination centre to open in shopping centre",
    "In pictures: market square deserted in lockdown snowfall",
    "Are you in our village school photos from the 1980s?",
    "Jailed this week: burglars, a drink driver and a fraudster",
    "Takeaway selling pizza wraps to open on the high street",
    "Drivers warned over fines after spate of crashes on icy roads",
    "'The village would be poorer without it' - landlord on pub plans",
    "Outbreak at the prison described as 'extraordinary'",
]
MOST_READ = "Most Read\n" + "\n".join(f"- {n} {t}" for n, t in enumerate(ITEMS, 1))


def _check(below: list[str]) -> None:
    r = articleclean.clean_and_explain(f"{ABOVE}\n\n{MOST_READ}\n\n" + "\n\n".join(below))
    for line in below:
        assert line in r.text
    assert ABOVE in r.text
    assert "Most Read" not in r.text
    assert not any(t in r.text for t in ITEMS)


def test_the_cut_paragraph_under_the_box_stays():
    # eveningnews24.co.uk: the scrape ends mid-word in the paragraph under the box
    _check(
        [
            "Thanking the volunteers, the chairman of the hall committee said: 'The committee has worked incredibly hard to make the hall a p"
        ]
    )


def test_the_whole_paragraphs_under_the_box_stay():
    # derehamtimes.co.uk: the article goes on for two paragraphs under the box
    _check(
        [
            "There have been a number of other break-ins at rural shops recently. Three stores in the district "
            "were raided in the early hours of one night last month, police said.",
            "In December a cash machine was taken from a village shop and a safe from a newsagent's.",
        ]
    )


@pytest.mark.parametrize(
    "line",
    [
        "The chairman said the committee would now look at replacing the roof",
        "So who will pay for the new roof?",
    ],
)
def test_an_unmarked_line_without_a_full_stop_under_the_box_stays(line):
    # either site: the article's next line under the box need not end with a full stop
    _check([line, '"We could not have done it without them," he said.'])
