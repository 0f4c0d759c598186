"""The eleventh session's harm audit: article lines the rules took on sites they were never
written for, written here as small pages in the layouts of several sites (none copied), with
the furniture each rule is for, which must still go."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.cleaners.boilerplate.cleaner import BoilerplateCleaner
from articleclean.cleaners.boilerplate.features import features
from articleclean.cleaners.boilerplate.language import stopwords
from articleclean.cleaners.boilerplate.vocabulary import vocabulary

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
