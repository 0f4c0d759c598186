"""The page's top (issue 12, tenth session): a site notice's second sentence; and the article
lines that look like it and must stay.

The cases are written here in the layouts of several sites, not copied from the news corpus.
"""

from __future__ import annotations

import pytest

from articleclean.cleaners.furniture import FurnitureCleaner
from articleclean.concepts import line_furniture
from articleclean.document import Document

BODY = "The council approved the new budget on Monday after a long debate about the cost of the plan."
BODY2 = "It will take effect in April, and the leader said that residents would see the benefits soon."


def _furniture(text: str) -> Document:
    return FurnitureCleaner().apply(Document.from_text(text))


def _removed(doc: Document, code: str) -> list[str]:
    return [r.text for r in doc.removals if r.code == code]


# -- a site notice's second sentence, a cookie banner --------------------------------------------

@pytest.mark.parametrize(
    "notice,follow",
    [
        ("Our website is temporarily unavailable in your location.", "We are working hard to get it back online."),
        ("Sorry, this video is not available in your region.", "We apologise for the inconvenience."),
        ("This content is currently unavailable.", "We are working to restore it."),
    ],
)
def test_a_notices_second_sentence_goes_beside_it(notice, follow):
    text = "\n\n".join([notice, follow, "Council backs plan for new homes", BODY, BODY2])
    out = _furniture(text).text()
    assert notice not in out and follow not in out and BODY in out


@pytest.mark.parametrize(
    "line",
    [
        "We are working to restore it.",  # a spokesperson's line, alone in the article
        "We apologise for the inconvenience.",
    ],
)
def test_a_notice_sentence_alone_in_the_article_stays(line):
    text = "\n\n".join([BODY, line, BODY2])
    assert _furniture(text).text() == text


@pytest.mark.parametrize(
    "line",
    [
        "We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.",
        "This feature is not available in your region.",
    ],
)
def test_an_unavailable_feature_notice(line):
    hit = line_furniture(line)
    assert hit is not None and hit[0] == "notice.unavailable"


@pytest.mark.parametrize(
    "line",
    [
        "The feature is currently unavailable to users in the EU, the company said.",
        "This feature of the new law is not available to tenants.",
    ],
)
def test_an_article_line_about_a_feature_stays(line):
    assert line_furniture(line) is None and line_furniture(line, top=True) is None
