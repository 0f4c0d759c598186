"""Eighth session's shapes of the named families, each in the layouts of two or more sites (written
here, not copied from the corpus pages that showed the gaps):

- a wire story's byline lower on the page ("By JANE DOE", "By AAP") and a labelled one ("Author: X");
- follow, share and news-tip prompts in their longer forms;
- credits: "courtesy of" a name, a photographer and a desk either side of a slash, alone or after a caption;
- the outlet's note to readers on its comments;
- a date stamp with its reading time;
- the site asking to allow its ads, a quiz's promo, a bare "courtesy of" credit: weak, beside furniture only.
"""

from __future__ import annotations

import pytest

import articleclean

PROSE = (
    "The council will consult residents on the plans for six weeks from Monday, its transport chief said.",
    "Work could start next spring if the scheme is approved, with the first lanes open by the summer.",
)
AFTER = "The meeting is open to the public on Monday."
MORE = (
    "Residents who cannot attend can send their views by post or online until the end of the month.",
    "A final decision is expected when the cabinet meets in the autumn, after a report from officers.",
)


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


LINE_GOES = [
    # a wire story's byline inside a round-up: an Australian and a Canadian agency
    ("byline.name", "By AAP"),
    ("byline.name", "By The Canadian Press"),
    # news-tip prompts: a UK weekly's, a US TV station's
    ("share.prompt", "Have you got a story for us? Email our newsdesk at news@example.co.uk"),
    ("share.prompt", "Have you got a news tip? Call the tip line on 555 0100."),
    # an Asian daily's channels
    ("share.prompt", "Join our WhatsApp or Telegram channels for breaking news, or follow us on TikTok."),
    # share widgets: a US network's, an old widget's label
    ("share.prompt", "Read or Share this story:"),
    ("share.prompt", "Bookmark and Share"),
    # credits: a US TV station's, a home-builder's picture, a Canadian daily's, an Australian broadcaster's
    ("credit.photo", "(Courtesy of Maria Gomez)"),
    ("credit.photo", "Photos courtesy of Hillcrest Homes"),
    ("credit.photo", "Photo courtesy: Hillcrest Homes"),
    # a caption with its slashed credit after it
    ("caption.credit", "Firefighters at the scene of the blaze on Tuesday night. Mark Evans/Getty Images"),
    # a stamp and its reading time: a UK regional's
    ("byline.stamp", "Published 4th Mar 2024, 10:15 GMT - 3 min read"),
    # an audio widget's longer label: a NZ site's, a US radio station's
    ("promo.audio", "Listen to an audio version of this article below:"),
    ("promo.audio", "Listen to an audio version of this news report"),
    # a caption with its credit after "Source:" and a slash (an Australian broadcaster's)
    ("caption.credit", "Flood water covers the road near the bridge on Sunday. Source: AAP / JANE DOE/AAPIMAGE"),
]

# Lines of these families that also head or end an article's own parts (a club's "follow us" between its
# paragraphs, a media story's quoted ad-blocker notice, "Courtesy of Santa" over a Christmas story's part):
# they go above the article's first sentence or beside other furniture that is no stamp, never alone below.
WEAK_GOES = [
    # follow prompts: a regional daily's clause before it, a county page, an Asian daily's channels
    ("share.prompt", "Stay up to date with the latest stories on our app, or follow us on Facebook and Instagram."),
    ("share.prompt", "You can also follow our Northfield Facebook page for the latest from your area."),
    # the outlet's notes on its comments: a US daily's, a Canadian weekly's
    ("comments.policy", "We invite you to use our commenting platform to share your thoughts on the issues of the day."),
    ("comments.policy", "We welcome your views, but please keep our comments section civil and on-topic."),
    # the site asking to allow its ads: a US weekly's, a tech site's
    ("ad.appeal", "By allowing ads to appear on this site, you support local businesses and our reporters."),
    ("ad.appeal", "It looks like you're using an ad blocker. Please consider whitelisting us."),
    # a quiz's promo (an Asian daily's), a bare courtesy credit (a US TV station's)
    ("promo.quiz", "How well do you know this week's news? Test your knowledge."),
    ("credit.photo", "Courtesy of Maria Gomez"),
    # a wire story's contributors: a US wire's, a Canadian daily's
    ("byline.wire", "Associated Press writer Jane Doe in London contributed to this report."),
    ("byline.wire", "Staff reporters Tom Reid and Ana Silva contributed reporting from Ottawa."),
]

LINE_STAYS = [
    # a byline's words in a sentence or a book list's author (a name in small letters lower down)
    "By Hilary Mantel",
    "BY THE WAY",
    "By Royal Appointment",
    # a reported prompt, a follow in a sentence
    "The force urged people to follow us on Facebook for updates, a spokesman said.",
    "Fans can follow the club on Twitter, where the news broke first.",
    "Have you got a minute? she asked.",
    # credits' words in a sentence, two people with a slash (a doubles pair), a song's title
    "The film was made courtesy of a grant from the arts council.",
    "Venus Williams/Serena Williams",
    "Courtesy of the family",
    # comments in a story
    "Readers left hundreds of comments under our story about the closure.",
    "We encourage you to comment on the consultation, the council said.",
    "Councillors' comments were welcomed by residents at the meeting.",
    "We welcome comments from parents on the new homework policy before the end of term.",
    # a photographer's and a desk's names alone after a slash: a list's entries as often as credits
    "Tom Hanks/Sony Pictures",
    "Paula Vennells/Post Office",
    # a market-data note's words in a finance story (the shape was tried and dropped)
    "Quotes delayed by 15 minutes were once the price of a free service, but most apps now stream prices live.",
    # contributors, agencies and galleries in a story
    "Experts from 12 universities contributed to this report's findings, she said.",
    "More than 200 scientists from 40 countries contributed to this report.",
    # where something was first published, in a story
    "First published in 1851, the novel sold poorly.",
    "The report was first published in The Lancet.",
    # ads, quotes and quizzes in a story
    '"Please disable your ad blocker," the pop-up told readers, who complained in their thousands.',
    "Share prices were delayed for 15 minutes after the outage, the exchange said.",
    "The pub quiz raised £300 for the hospice.",
]


@pytest.mark.parametrize("code,line", LINE_GOES)
def test_a_line_of_a_named_family_goes(code, line):
    res = articleclean.clean_and_explain(_page(*PROSE, line, AFTER))
    assert res.text == _page(*PROSE, AFTER)
    assert [r.code for r in res.removals] == [code]


@pytest.mark.parametrize("code,line", WEAK_GOES)
def test_a_weak_line_goes_beside_furniture_and_stays_alone(code, line):
    # (a paragraph after it: a short line after two lines of furniture at a page's end may be the page's)
    beside = articleclean.clean_and_explain(_page(*PROSE, line, "Advertisement", *MORE))
    assert beside.text == _page(*PROSE, *MORE)
    assert code in [r.code for r in beside.removals]
    alone = _page(*PROSE, line, AFTER)
    assert articleclean.clean(alone) == alone


@pytest.mark.parametrize("line", LINE_STAYS)
def test_an_article_line_like_a_named_family_stays(line):
    text = _page(*PROSE, line, AFTER)
    assert articleclean.clean(text) == text


@pytest.mark.parametrize(
    "byline",
    ["By MARIA LOPEZ and DAVID CHEN", "BY JOHN O'NEILL", "Author: Rachel Evans", "Reporter: Tom Hughes"],
)
def test_a_wire_or_labelled_byline_goes_at_the_top_or_beside_furniture(byline):
    # a US round-up's AP story (its agency line beside it), a UK radio group's and a US weekly's top
    beside = articleclean.clean_and_explain(_page(*PROSE, byline, "Associated Press", AFTER))
    assert beside.text == _page(*PROSE, AFTER)
    top = articleclean.clean_and_explain(_page("Bridge reopens after repairs", byline, *PROSE))
    assert top.text == _page("Bridge reopens after repairs", *PROSE)
    # under a sentence, alone: a bestseller list's author, a quiz's answer, a song's credit
    alone = _page(*PROSE, byline, AFTER)
    assert articleclean.clean(alone) == alone


def test_a_name_in_small_letters_after_by_goes_only_at_the_top():
    # a live page's post under its title, at the top; lower down the same line may be a book list's author
    top = articleclean.clean_and_explain(_page("Bridge reopens after repairs", "By Nick Wright", *PROSE))
    assert [r.code for r in top.removals] == ["byline.name"]
    low = _page(*PROSE, "By Nick Wright", AFTER)
    assert articleclean.clean(low) == low
