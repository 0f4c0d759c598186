"""Lines the article quotes (articleclean.quoting): a story about forms, buttons or adverts lists their labels
one per line; each label alone is furniture, here it is the article's, and so is the prose round it.

Cases written here, in the shapes of the harm review (docs/audits/review11.md, "vocabulary lines"): consumer
and technology stories on advert controls, voting buttons, form errors, notification prompts, paywall
messages and comment tabs. The widgets they must not protect are in the shapes of real pages: a share
row under its own colon heading, an advert marker splitting a sentence, a reader's comment in lower case
under the commenter's name, a newsletter box at the end of the page.
"""

from __future__ import annotations

import pytest

import articleclean
from articleclean.document import Document
from articleclean.quoting import quoted_lines

P = "The council said the figures would be published in full next month, after a review by auditors."


def _removed(paras: list[str]) -> set[str]:
    return {r.text.strip() for r in articleclean.clean_and_explain("\n\n".join(paras)).removals}


ARTICLES = [
    # an advert's controls under the article's colon line, then the article goes on
    [
        "What those advert buttons actually do",
        "Online adverts now come with a set of controls, but few people use them, a survey found.",
        "Most users have never clicked any of them:",
        "Why this ad?",
        "Report this ad",
        "Paid partnership",
        "The survey found only 4% of users had ever pressed the first button.",
    ],
    # a form's messages, each after its own colon line
    [
        "Why sign-up forms fail",
        "A study of 500 websites found that one in five newsletter sign-up forms rejected valid addresses.",
        "Users who typed an address with a plus sign saw a red error:",
        "Invalid email address",
        "Others got a confirmation that read:",
        "You're subscribed",
        "even though nothing had been saved, the researchers said.",
    ],
    # a paywall's messages listed after a short colon line
    [
        "Newspaper paywalls: what readers see",
        "Readers who hit a newspaper's paywall are shown a range of messages, a study found.",
        "The most common were:",
        "Unlock this article",
        "For subscribers only",
        "Your free trial has ended",
        "Researchers found that the last one was the most likely to persuade readers to register.",
    ],
    # a sentence running through the labels: "... a pop-up saying" / labels / "as soon as ..."
    [
        "Phone makers change notification settings",
        "Phone makers are changing how apps ask for permission to send notifications.",
        "Apps will no longer be able to show a pop-up saying",
        "Turn on notifications",
        "or",
        "Allow notifications",
        "as soon as they are opened, under the new rules.",
    ],
    # the labels as the subject of the next line's verb
    [
        "Comment sections: a history",
        "News sites first added comment sections in the early 2000s.",
        "Latest comments",
        "Top comments",
        "were the three tabs on one paper's first system, the author notes.",
        "Many sites have since closed their comment sections.",
    ],
]


@pytest.mark.parametrize("paras", ARTICLES, ids=lambda p: p[0][:30])
def test_quoted_labels_and_the_prose_round_them_stay(paras: list[str]) -> None:
    assert _removed([*paras, P]) == set()


def test_the_guard_is_what_keeps_them() -> None:
    """Without the quoted lines the same labels go: the guard, not the vocabulary, keeps them."""
    labels = ["Why this ad?", "Report this ad", "Invalid email address", "Unlock this article", "Top comments"]
    gone = _removed(["Page furniture", P, *labels])
    assert set(labels) <= gone


def test_quoted_lines_and_their_anchors() -> None:
    texts = ARTICLES[0]
    assert quoted_lines(texts) == {3: 2, 4: 2, 5: 2}  # anchored on the colon line
    texts = ARTICLES[3]
    assert quoted_lines(texts) == {3: 6, 4: 6, 5: 6}  # anchored on the line the sentence finishes on


@pytest.mark.parametrize(
    "texts",
    [
        # a share row under its own heading: the heading addresses the reader
        ["Share this article with your friends:", "Facebook", "Twitter", P],
        # the outlet's own box heading
        ["Here is what else we are reading today:", "Council tax to rise", "Bypass delayed again", P],
        # a site's rating form: a request, not the article's sentence
        ["Please give an overall site rating:", "Submit", "Close", "On the toolbar, click Safari. Then, click Preferences."],
        # a colon line with nothing of the article after the labels (the page ends in its widget)
        ["The council will publish the figures in full next month:", "Sign up", "Log in"],
        # an advert's marker splitting a sentence: neither a naming word before it nor a verb after it
        ["The mayor said the plan would", "Advertisement", "go ahead next year despite the objections."],
        # a reader's comment in lower case under the commenter's name line
        [P, "shutupbrees says:", "November 19, 2019 at 9:47 am", "two weeks in a row the team ran for over five yards a carry."],
        # a headline list (lines over the word limit) under a colon line
        [
            "Elsewhere in the county this week there were other stories:",
            "Council approves plans for new bypass around the village after ten years",
            "Police appeal for witnesses after a crash on the ring road on Tuesday night",
            P,
        ],
    ],
)
def test_widgets_are_not_quoted(texts: list[str]) -> None:
    assert quoted_lines(texts) == {}


def test_a_quoted_line_goes_with_its_anchor() -> None:
    """A cleaner may remove a quoted line together with the line that quotes it (a site's rules page and
    the list in it), or after it, but never alone."""
    doc = Document.from_text("\n".join(ARTICLES[0]))
    alone = doc.changes("t")
    alone.remove([3, 4], code="x.y", reason="r")
    assert not alone.commit().removals
    both = doc.changes("t")
    both.remove([2, 3, 4], code="x.y", reason="r")
    assert [r.text for r in both.commit().removals] == ["\n".join(ARTICLES[0][2:5])]
    first = doc.changes("t")
    first.remove([2], code="x.y", reason="r")
    later = first.commit().changes("u")
    later.remove([3], code="x.y", reason="r")
    assert [r.text for r in later.commit().removals] == [ARTICLES[0][2], ARTICLES[0][3]]


def test_an_advert_marker_splitting_a_sentence_still_goes() -> None:
    paras = ["Bypass plan approved", P, "The mayor said the plan would\nAdvertisement\ngo ahead next year despite the objections.", P]
    assert "Advertisement" in _removed(paras)
