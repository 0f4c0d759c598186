"""Shapes added in the thirteenth session, each in the layouts of at least two sites (cases written here):

- the site's notice that a story is old ("This article is 3 years old" on a Malaysian site, "This was
  published 3 years ago" on an Australian one, "This article is old - Published: <date>" on a Welsh one),
  beside other furniture only (a readers' editor's column quotes the label on a line of its own);
- a widget's loading placeholder ("Loading articles..." on a Canadian radio site, "Loading comments..." on a
  US sports blog, "Verifying user" over a Malaysian site's article);
- a blog platform's leftovers: its likes widget ("%d bloggers like this:", on a Jamaican radio site and an
  Australian aggregator), its feed footer ("The post X appeared first on Y."), its shortcodes
  ("[the_ad_placement id="obituaries"]");
- the newsroom's call for news tips ("Have a News Tip?", "Submit a News Tip", "Got a news tip? Get in touch
  here": a US blog network, a US daily's menu, a New Zealand reporter's site);
- (tried: a wire's sign-off in brackets, "(Reporting by A; Editing by B)": the AEB text-dump F1 fell 0.933 ->
  0.932, its ground truth keeps the sign-off; not landed);
- "Skip to main", a skip link's short form.
"""

from __future__ import annotations

import pytest

import articleclean

HEAD = "Council votes to add two police officers"
P1 = "The city council voted on Wednesday to add two officers to the police department, bringing its staff to 23."
P2 = "Council president Larry Collins said a public hearing on the wider rezoning plan would be held next month."


def _codes(*paras: str) -> dict[str, str]:
    return {r.text.strip(): r.code for r in articleclean.clean_and_explain("\n\n".join(paras)).removals}


def _kept(line: str, *paras: str) -> bool:
    return line in articleclean.clean("\n\n".join(paras)).split("\n")


@pytest.mark.parametrize(
    "line,code",
    [
        ("Loading articles...", "notice.loading"),
        ("Loading comments...", "notice.loading"),
        ("Verifying user", "notice.loading"),
        ("%d bloggers like this:", "share.buttons"),
        ("Like Loading...", "share.buttons"),
        ("The post Two vehicle crash on the highway appeared first on Regional Police News.", "byline.source"),
        ('[the_ad_placement id="manual-placement"] [the_ad_placement id="obituaries"]', "junk.markup"),
        ("Have a News Tip?", "share.prompt"),
        ("Submit a News Tip", "share.prompt"),
        ("Got a news tip? Get in touch here", "share.prompt"),
        ("Skip to main", "navigation.skip"),
    ],
)
@pytest.mark.parametrize("where", ["top", "between", "end"])
def test_a_line_of_the_sessions_shapes_goes(line: str, code: str, where: str) -> None:
    paras = {"top": (line, HEAD, P1, P2), "between": (HEAD, P1, line, P2), "end": (HEAD, P1, P2, line)}[where]
    assert _codes(*paras).get(line) == code


@pytest.mark.parametrize(
    "notice",
    [
        "This article is 3 years old",
        "This was published 3 years ago",
        "This article is old - Published: Tuesday, Aug 7th, 2018",
        "This story is more than two years old",
    ],
)
@pytest.mark.parametrize("furniture", ["Skip to main content", "Share this article"])
def test_an_old_story_notice_beside_furniture_goes(notice: str, furniture: str) -> None:
    assert _codes(furniture, notice, HEAD, P1, P2).get(notice) == "notice.age"
    assert _codes(HEAD, P1, P2, notice, furniture).get(notice) == "notice.age"


def test_a_story_about_the_old_story_label_keeps_it() -> None:
    # the label quoted on a line of its own by a readers' editor's column (review 12b): no furniture beside it
    lines = (
        "Readers often ask why some of our stories carry a warning at the top.",
        "This article is more than 2 years old",
        "That label, the readers' editor explains, is added automatically to every story after 24 months.",
        "It is meant to stop old stories being shared as if they were new.",
    )
    assert _kept(lines[1], "Why we label our archive", *lines)


@pytest.mark.parametrize(
    "line",
    [
        "The report was published two years ago.",  # the article's sentence about a report
        "This article is three years old but the advice in it still stands, the council said.",
        "Like this:",  # a how-to's line over its example
        "Loading the lorries took most of the morning.",
        "Please wait for the council's decision before you apply.",
        "Have you got a tip for other gardeners?",  # a column's question, no "news tip"
        "Footnote [1] refers to the 2019 census.",
        "[sic]",
        "Reporting by the council showed a rise in complaints.",
        "Editing the report took two years, the chair said.",
    ],
)
def test_an_article_line_in_the_same_words_stays(line: str) -> None:
    assert _kept(line, HEAD, P1, line, P2)
