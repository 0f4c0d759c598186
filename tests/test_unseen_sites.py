"""Issue 12, generalisation to sites never seen: the shapes of comment threads, recirculation links,
subscription offers and appeals that recur across sites, each in the layouts of two or more sites
(written here, not copied from the corpus pages that showed the gaps), with the article lines that
look like them and must stay.
"""

from __future__ import annotations

import pytest

import articleclean

from .test_reader_prompts_and_credits import AFTER, MORE, PROSE, _page

STORY = (
    "The council will consult residents on the plans for six weeks from Monday, its transport chief said, after "
    "a petition against the scheme gathered more than 2,000 signatures in a fortnight.",
    "Work could start next spring if the scheme is approved, with the first lanes open by the summer and the "
    "rest of the route finished before the end of next year, according to a report to the cabinet.",
)

# -- a comment thread under a head that names the post in quotes, closed by the comment form ----------
THREADS = [
    # an Irish blog's WordPress theme: numbered handles over the comments
    (
        "3 thoughts on “Cycle Lanes Plan",
        "1. jdoe",
        "Typical of this council, consult and then do what they wanted anyway. Nobody I know was asked about it.",
        "2. ciaran",
        "The lanes on the quays have worked well and the traffic is no worse than before. Give it a chance, for once, "
        "and let us see what the figures say after a year of it before we all complain.",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
    ),
    # a US local news blog's: names and dates over the comments, "Leave a comment" closing them
    (
        "12 Responses to “Council backs cycle lanes”",
        "Tom Walsh",
        "March 3, 2021 at 9:14 am",
        "This will be a disaster for the shops on Main Street, which already struggle for parking in the summer months.",
        "Ann Ruiz",
        "March 3, 2021 at 10:02 am",
        "About time. My kids could finally ride to school without taking their lives in their hands every morning.",
        "Leave a comment",
    ),
    # a UK hobby site's: a single comment
    (
        "One thought on “Cycle lanes approved”",
        "Pete",
        "Shame they didn't extend it to the station, which is where most of us actually need to get to each day.",
        "Leave a Reply Cancel reply",
    ),
    # a US weekly's: the post's title has an apostrophe
    (
        "2 thoughts on “Mayor’s bike plan”",
        "bikedad77",
        "Great news for the east side, where the painted lanes have been a joke for years and nobody uses them.",
        "Leave a Reply",
    ),
]


@pytest.mark.parametrize("thread", THREADS)
def test_a_titled_comment_thread_goes_to_its_form(thread):
    res = articleclean.clean_and_explain(_page(*STORY, *thread))
    assert res.text == _page(*STORY)


# The same words in the article: a listicle's heading with its points and no comment form, a sentence that
# counts responses, a heading at the top of the page.
THREADS_STAY = [
    _page(
        *STORY,
        "5 thoughts on “The Traitors” final",
        "1. The twist",
        "Nobody saw the last-minute banishment coming, least of all the contestants, and it made for the most "
        "tense half hour of television this year, with the whole castle holding its breath.",
        "2. The prize",
        "The pot was the smallest of any series so far, which may explain why the players turned on each other so "
        "early in the week, long before the final round table.",
        AFTER,
    ),
    _page(*STORY, "Three responses to “the consultation” were received from businesses.", *MORE),
    _page("4 thoughts on “Succession”", *STORY, *MORE),
    # a sentence that counts the replies, then the article's own call for comments
    _page(*STORY, "Two replies to “the survey” came from the same address.", *MORE),
]


@pytest.mark.parametrize("text", THREADS_STAY)
def test_an_article_counting_thoughts_or_responses_stays(text):
    assert articleclean.clean(text) == text


def test_a_listicle_heading_over_a_blogs_comment_form_stays():
    # the heading goes on past the quoted title: a point of the article, not the comments' count
    article = _page(
        *STORY,
        "5 thoughts on “The Traitors” final",
        "1. The twist",
        "Nobody saw the last-minute banishment coming, least of all the contestants, and it made for the most "
        "tense half hour of television this year, with the whole castle holding its breath.",
        AFTER,
    )
    assert articleclean.clean(_page(article, "Leave a Reply")) == article
