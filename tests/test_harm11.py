"""The eleventh session's harm audit: article lines the rules took on sites they were never
written for, written here as small pages in the layouts of several sites (none copied), with
the furniture each rule is for, which must still go."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.cleaners.boilerplate.cleaner import BoilerplateCleaner
from articleclean.cleaners.boilerplate.features import features
from articleclean.cleaners.boilerplate.vocabulary import vocabulary
from articleclean.language import stopwords

C = BoilerplateCleaner()
EN = stopwords("en")

_BODY = (
    "The two men were sentenced at the crown court on Tuesday after admitting the charges against them.\n\n"
    "The judge said the messages they posted had caused real alarm in the town and that the sentences "
    "had to reflect the harm done to residents who feared for their homes.\n\n"
    "Defence lawyers for both men said they would consider an appeal against the length of the terms.\n"
)


# -- a one-word label that opens a headline: the headline's subject, not a label ----------------
@pytest.mark.parametrize(
    "page, headline",
    [
        # a tech site: a skip link, then a Title Case headline opened by a network's name
        (
            "Skip to main content\n\nFacebook Pranksters Get Two Years In Jail For Fake Riot Event\n\n" + _BODY,
            "Facebook Pranksters Get Two Years In Jail For Fake Riot Event",
        ),
        # a city paper: a tracker's label, the page title with the outlet's name, then the headline
        # in sentence case with a handle in it
        (
            "Quantcast\nTwitter removes new posts on @CityHall, locks mayor's campaign account – Metro Daily\n\n"
            "Twitter removes new posts on @CityHall, locks mayor's campaign account\n\n" + _BODY,
            "Twitter removes new posts on @CityHall, locks mayor's campaign account",
        ),
        # a books page: a menu line, then a headline opened by "Author"
        (
            "Home | Books | Reviews\nSubscribe\n\nAuthor of prize-winning debut novel dies at 61\n\n" + _BODY,
            "Author of prize-winning debut novel dies at 61",
        ),
        # a consumer desk: a sign-in line, then a headline opened by "Email"
        (
            "Sign in\nNewsletters\n\nEmail scam costs pensioner her savings in a single afternoon\n\n" + _BODY,
            "Email scam costs pensioner her savings in a single afternoon",
        ),
    ],
)
def test_headline_opened_by_a_one_word_label_stays(page, headline):
    out = articleclean.clean(page)
    assert headline in out
    assert "Defence lawyers for both men" in out


@pytest.mark.parametrize(
    "line",
    [
        "Facebook Pranksters Get Two Years In Jail For Fake Riot Event",
        "Twitter removes new posts on @CityHall, locks mayor's campaign account",
        "Author of prize-winning debut novel dies at 61",
        "Instagram influencers are told to label paid posts",
        "YouTube star fined over stunt at the museum",
    ],
)
def test_first_pass_does_not_label_a_headline_as_a_share_or_author_label(line):
    assert C.label(features(line, EN, vocabulary("en")))[0] != "bad"


@pytest.mark.parametrize(
    "line, code",
    [
        ("Twitter: @townnews", "boilerplate.share"),
        ("Twitter @townnews | Facebook /townnews", "boilerplate.share"),
        ("Share this article: Council sets budget", "boilerplate.share"),
        ("Follow us on Instagram for more local news", "boilerplate.share"),
        ("Author Jane Smith", "boilerplate.author_bio"),
        ("Tags Kristi Noem Immigration Border", "boilerplate.tags"),
        ("Categories Local News Politics Sport Weather", "boilerplate.tags"),
    ],
)
def test_labels_with_a_list_or_a_handle_after_them_are_still_labels(line, code):
    assert C.label(features(line, EN, vocabulary("en")))[:2] == ("bad", code)


def test_label_furniture_around_a_kept_headline_still_goes():
    page = (
        "Skip to main content\nShare this article: Pranksters jailed\n\n"
        "Facebook Pranksters Get Two Years In Jail For Fake Riot Event\n\n" + _BODY + "\n"
        "Tags Riots Courts Social Media\nFollow us on Twitter for more court news\n"
    )
    r = articleclean.clean_and_explain(page)
    assert "Facebook Pranksters Get Two Years In Jail For Fake Riot Event" in r.text
    gone = {x.text.strip() for x in r.removals}
    assert "Skip to main content" in gone
    assert "Tags Riots Courts Social Media" in gone
    assert "Follow us on Twitter for more court news" in gone


def test_near_miss_says_why_the_label_was_read_as_a_headline():
    f = features("Facebook Pranksters Get Two Years In Jail For Fake Riot Event", EN, vocabulary("en"))
    assert "heads a clause" in C.near_miss(f)


# -- the headline above an author box's label: read past the label as past a byline -------------
_REPORT = (
    "Stevenage manager Sam Hale says the point at Walsall proves his side will never give up, "
    "but he was not pleased with every part of the performance.\n\n"
    "The opening league games this season have seen his side score late winners in three matches.\n\n"
    "Hale said: \"We will go to the very end of every game, and the supporters know that.\"\n"
)


@pytest.mark.parametrize(
    "page, headline",
    [
        # a sports desk: the outlet's menu, a scoreboard, a kicker, the headline, then an author
        # box's image label, the author's name, a stamp and a credited caption
        (
            "The Courier+ Town News Village News Sport\nThe Courier > Sport\n\nMatch Report\n\nLeague Two\n\n"
            "Walsall F.C\n\n1\n\nJo Dunn 13\n\nStevenage F.C\n\n1\n\nAl Rose 90+10\n\nMatch reaction\n\n"
            "Late leveller feels better than it is says Hale after the draw at Walsall\n\n"
            "Author Picture Icon\n\nNeil Marsh\n\nPublished: 10:28 PM August 13, 2022\n"
            "Sam Hale was happy with the point at Walsall. - Credit: JO BLOGGS/PHOTO\n\n" + _REPORT,
            "Late leveller feels better than it is says Hale after the draw at Walsall",
        ),
        # a county paper: a menu and a skip link, the headline, then the author box's image label
        # and the reporter's name and role
        (
            "Home | News | Sport | What's On\nSkip to content\nSign in\n\n"
            "Council leader quits after losing vote on the budget\n\n"
            "Author profile image\nKate Lowe\nLocal Democracy Reporter\n\n"
            "The leader of the county council has resigned after councillors voted down her budget "
            "at a special meeting on Tuesday night.\n\n"
            "Opposition members said the plan would have closed six libraries and two day centres.\n\n"
            "A new leader will be chosen at the full council meeting next month, officials said.\n",
            "Council leader quits after losing vote on the budget",
        ),
    ],
)
def test_headline_above_an_author_box_label_stays(page, headline):
    r = articleclean.clean_and_explain(page)
    assert headline in r.text
    gone = " ".join(x.text for x in r.removals)
    assert "Author" in gone  # the author box's label still goes
    assert "Skip to content" in gone or "Match Report" in gone


def test_a_menu_item_still_stops_the_headline_search():
    # other stories' teasers, a menu item, then the article: the teaser above the menu item
    # is not taken for the article's headline
    page = (
        "Home | News | Sport\nMost Read\n\n1. Man fined after dog attack on the promenade\n"
        "2. Bus station to close for a month of repairs\n\nLatest News\n\n"
        "The leader of the county council has resigned after councillors voted down her budget "
        "at a special meeting on Tuesday night.\n\n"
        "Opposition members said the plan would have closed six libraries and two day centres.\n"
    )
    out = articleclean.clean(page)
    assert "Bus station to close" not in out
    assert "The leader of the county council has resigned" in out
