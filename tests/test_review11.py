"""Review 11: article lines the rules merged from ``grec`` took, kept (written here, not copied pages)."""

from __future__ import annotations

import pytest

import articleclean


def _removed(paras: list[str]) -> list[str]:
    r = articleclean.clean_and_explain("\n\n".join(paras))
    return [x.text for x in r.removals]


def _kept(paras: list[str], line: str) -> bool:
    return not any(line in t for t in _removed(paras))


P = "The council said the figures would be published in full next month, after a review by auditors."


@pytest.mark.parametrize(
    "line",
    [
        # a reporting clause after a comma: the line tells what a slogan, a poster or a report said
        "Hear all the latest news on the hour, the station's founders promised listeners in their first broadcast.",
        "Get the latest news headlines every hour on your smart speaker, one station's advert tells listeners.",
        "Independent journalism needs your support, the campaign's posters read.",
        "Public-interest journalism depends on readers' support in a way it never did before, the report concluded.",
        "Donors like you make our work possible, the charity's thank-you cards say.",
        "Read also The Times report from 1987 for the original plan, the historian suggested",
    ],
)
def test_reported_lines_stay(line: str) -> None:
    paras = ["Radio and newspapers look for new ways to pay for the news", P, line, "The survey found older listeners still prefer FM radio.", P]
    assert _kept(paras, line)


def test_help_keep_slogan_in_a_sentence_stays() -> None:
    line = "Help keep local news alive was the slogan of the campaign, which won backing from 200 MPs."
    assert _kept(["Campaign for local papers wins backing", P, line, "The government said it was considering a fund for local news."], line)


def test_charity_donors_make_its_work_possible_stays() -> None:
    line = "Donors like you make our work possible, the manager of the food bank wrote in the newsletter"
    assert _kept(["Food bank's appeal beats its target", "The food bank's Christmas appeal has raised £40,000.", line, P], line)


def test_see_also_citation_with_which_clause_stays() -> None:
    line = "See also Smith's 2019 study on rural libraries, which the report quotes at length"
    assert _kept(["Council to review library hours", "The council will review library opening hours.", line, P], line)


@pytest.mark.parametrize(
    ("before", "label", "title", "after"),
    [
        ("The briefing note ends with a list of background papers, headed:", "Also read:",
         "Transport Strategy 2018 to 2030 Appendix B", "Officers said the appendix had never been published."),
        ("Essential reading is the course textbook. The lecturer's note then says:", "See also:",
         "The Politics of Coalition Government in Britain", "Students said the list was manageable."),
        ("The director described the final chapter as the key to the whole story.", "Read next:",
         "The Sequel That Never Was", "is a short film screening alongside the play, made by students from the drama school."),
    ],
)
def test_bare_label_in_the_article_stays(before: str, label: str, title: str, after: str) -> None:
    paras = ["Council papers reveal plan for bus lane", "Documents released this week show the plan dates back to 2019.", before, label, title, after, P]
    assert _kept(paras, title)


def test_bare_label_over_linked_headline_still_goes() -> None:
    paras = ["Minister defends cuts to rural bus routes", "The minister defended the cuts on Monday, saying they were needed.",
             "Also read:", "Minister says the cuts are an irritant", "Opposition MPs said the cuts would leave villages stranded.", P]
    assert not _kept(paras, "Minister says the cuts are an irritant")


def test_live_blog_times_over_entries_stay() -> None:
    paras = ["Live updates: election count", "Counting is under way in all six wards, with the first results expected after midnight.",
             "45 mins ago", "Turnout in Eastside ward put at 38%", "30 mins ago", "Recount requested in Northgate", "15 mins ago",
             "First result declared in Westfield", "We will bring you every result as it comes in."]
    for line in ("Turnout in Eastside ward put at 38%", "Recount requested in Northgate", "First result declared in Westfield"):
        assert _kept(paras, line)


def test_relative_time_cards_below_article_still_go() -> None:
    paras = ["Bridge to shut for repairs next month", "The bridge will close for six weeks from 1 March, the council said.",
             "Engineers found corrosion in the steel supports during an inspection in the autumn.",
             "Diversions will be signed on all the approach roads, and buses will run a shuttle across the river.",
             "45 mins ago", "Man charged after town centre disorder", "An hour ago", "New cafe opens on the high street"]
    assert not _kept(paras, "New cafe opens on the high street")
