"""Shapes unseen sites use (issue 12, eleventh session): a wire's sign-off after a dash, a credit
with the outlet's initials before its label, a caption ending in its desk's name and the picture's word;
and the article lines that look like them and must stay.

The cases are written here in the layouts of several sites, not copied from the news corpus.
"""

from __future__ import annotations

import pytest

import articleclean
from articleclean.cleaners.furniture import FurnitureCleaner
from articleclean.document import Document

BODY = "The council approved the new budget on Monday after a long debate about the cost of the plan."
BODY2 = "It will take effect in April, and the leader said that residents would see the benefits soon."
BODY3 = "Residents will be able to comment on the plans at a public meeting in the town hall next month."


def _furniture(text: str) -> Document:
    return FurnitureCleaner().apply(Document.from_text(text))


# -- a wire's sign-off after a dash --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "last,kept",
    [
        # a Malaysian daily running the national wire's copy: its name after an em dash, glued to the last sentence
        ("Police believe the three suspects had links to a militant group in the south. — Bernama",
         "Police believe the three suspects had links to a militant group in the south."),
        # a Gulf paper's business page: an en dash and an international wire
        ("Oil prices rose by two per cent in early trading on Thursday, analysts said. – Reuters",
         "Oil prices rose by two per cent in early trading on Thursday, analysts said."),
        # a Pakistani portal: a hyphen, after a closing quotation mark
        ("“We will restore supply by the evening,” the spokesman said. - AFP",
         "“We will restore supply by the evening,” the spokesman said."),
    ],
)
def test_a_wires_name_after_a_dash_glued_to_the_last_paragraph_is_cut(last, kept):
    doc = _furniture("\n\n".join([BODY, BODY2, last]))
    assert doc.text().split("\n\n")[-1] == kept


@pytest.mark.parametrize("line", ["— Bernama", "– Associated Press"])
def test_a_wires_name_after_a_dash_alone_is_a_sign_off(line):
    doc = _furniture("\n\n".join([BODY, BODY2, line]))
    assert line not in doc.text()


WIRE_LINES_THAT_STAY = [
    "He worked for AFP for twenty years before joining the council's press office.",
    "The statement was sent to Bernama on Monday evening, the ministry said.",
    "The agency's reporter said the vote was close. — Reuters later confirmed the figures.",
    '"We will not give up," she said — AFP reported that the crowd cheered.',
    "The festival ends on Sunday. - Press Association members will attend the dinner.",
    'Asked about the picture, he said: "It\'s a fake. – AP got it wrong."',
    "- AFP",  # a list's bullet: agencies that carried the story
]


@pytest.mark.parametrize("line", WIRE_LINES_THAT_STAY)
def test_wire_names_in_the_article_stay(line):
    for lines in ([BODY, line, BODY2], [BODY, BODY2, line]):
        assert line in articleclean.clean("\n\n".join(lines))


# -- a picture's credit with its outlet's initials; a caption ending in the desk's name and "photo" ------------

@pytest.mark.parametrize(
    "lines,gone",
    [
        # a Gulf daily: the headline, its standfirst, the credit with the paper's initials before "Photo:"
        (["Missions share helpline numbers after heavy rains", "KT Photo: Jane Doe", BODY, BODY2], "KT Photo: Jane Doe"),
        (["Flights resume at the airport", "AFP Photo / John Roe", BODY, BODY2], "AFP Photo / John Roe"),
        # a Malaysian paper: the caption's desk and "photo" after an em dash
        (["Police confirm arrest", "The deputy minister (right) presents a certificate to the former director at the "
          "opening of the seminar, while the chief looks on. — Bernama photo", BODY, BODY2],
         "— Bernama photo"),
        # a Philippine site: the desk and the photographer in brackets, an en dash between them
        (["Fire hits market", "The old market hall in the city centre on Sunday. (Island Examiner Photo – Ana Cruz)", BODY, BODY2],
         "(Island Examiner Photo – Ana Cruz)"),
        (["Floods close roads", "A car drives through floodwater on the coast road on Friday. – AFP pic", BODY, BODY2],
         "– AFP pic"),
    ],
)
def test_credits_with_the_desks_name_go(lines, gone):
    assert gone not in articleclean.clean("\n\n".join(lines))


CREDIT_LINES_THAT_STAY = [
    "The KT Photo Awards drew more than 400 entries from across the region this year.",
    "AP Photo editors chose the image as one of the pictures of the decade.",
    "Her photograph of the flood won the regional prize — John Smith photo club members voted for it.",
    "The mayor thanked the photographers. — Council photo archives will open on Monday.",
    "Readers can see the UK Photo: Landscape finalists at the library until June.",
    "The KT Picture Library holds more than a million images of the town.",
    'She called it "a photo that changed my life – Mother Photo of the Year".',
    "The exhibition includes works by AFP photographers and local artists.",
]


@pytest.mark.parametrize("line", CREDIT_LINES_THAT_STAY)
def test_photo_words_in_the_article_stay(line):
    for lines in ([BODY, line, BODY2, BODY3], ["Council backs the budget", line, BODY, BODY2]):
        assert line in articleclean.clean("\n\n".join(lines))


# -- section labels: more section names; a breadcrumb trail printed as a numbered list -----------------------

@pytest.mark.parametrize(
    "lines,gone",
    [
        # a Malaysian daily: the section over the headline, a caption, the dateline paragraph
        (["Nation", "Police confirm arrest of suspect", "KUALA LUMPUR: " + BODY, BODY2], ["Nation"]),
        # a Kenyan opinion site: the section's name over the headline
        (["Op-Eds", "Why the water levy is the wrong answer", BODY, BODY2], ["Op-Eds"]),
        # a US weekly's business page
        (["Workplace", "Jobs: Gain some, lose some", BODY, BODY2], ["Workplace"]),
        # a New Zealand daily: the trail as a numbered list under the headline
        (["Two critical after crash on rural road", "1. News", "2. National", BODY, BODY2], ["1. News", "2. National"]),
        # a UK regional: the trail from the site's root above the headline
        (["1. Home", "2. News", "3. Crime", "Man charged after break-in at shop", BODY, BODY2], ["1. Home", "2. News", "3. Crime"]),
    ],
)
def test_section_labels_and_numbered_breadcrumbs_go(lines, gone):
    out = articleclean.clean("\n\n".join(lines))
    assert not [g for g in gone if g in out.split("\n")]
    assert BODY2 in out


@pytest.mark.parametrize(
    "lines",
    [
        # a poll's issues under the headline: a numbered list of section-like words, not from the site's root
        ["Top issues for voters", "1. Health", "2. Education", BODY, BODY2],
        ["What voters care about most", "1. News", "2. Health", "3. Crime", "4. Education", "5. Housing", BODY, BODY2],
        # a trail-like list after the first paragraph is the article's
        ["Top issues for voters", BODY, "1. News", "2. Sport", BODY2],
        # a list of a paper's sections, longer than a trail
        ["Council backs plan", "1. News", "2. Sport", "3. Weather", "4. Business", "5. Travel", BODY, BODY2],
        # the word as the article's subject
        ["Nation mourns former president", "The nation fell silent on Monday as " + BODY[4:], BODY2],
        ["Workplace deaths rise for a third year", BODY, "Workplace safety", BODY2],
    ],
)
def test_numbered_lists_and_section_words_in_the_article_stay(lines):
    out = articleclean.clean("\n\n".join(lines))
    assert [line for line in lines if line not in out] == []


# -- the site's own notices and labels: a tag's listing page, an out-of-date browser, cookies, a short link ---

@pytest.mark.parametrize(
    "lines,gone",
    [
        # a US weekly's tag page: the listing's label, the tag again as a section, the headline
        (['Posts tagged with "Schools"', "Schools", "Principal to take up new district post", BODY, BODY2],
         ['Posts tagged with "Schools"', "Schools"]),
        # a blog-style local site's archive label
        (["Tag Archives: Police", "Man charged after break-in at shop", BODY, BODY2], ["Tag Archives: Police"]),
        # an Australian broadcaster: the browser notice over the headline
        (["Your web browser is no longer supported. To improve your experience update it here",
          "Storm warning for the coast", BODY, BODY2],
         ["Your web browser is no longer supported. To improve your experience update it here"]),
        # a US station's page: the notice and its advice in other words
        (["Your browser is out of date. Please update it to view this site.", "Road closed after crash", BODY, BODY2],
         ["Your browser is out of date. Please update it to view this site."]),
        # a Gulf paper's tool row under the caption
        (["Visa rules unchanged, ministry says", "Short Url", BODY, BODY2], ["Short Url"]),
    ],
)
def test_site_notices_and_listing_labels_go(lines, gone):
    out = articleclean.clean("\n\n".join(lines))
    assert not [g for g in gone if g in out.split("\n")]
    assert BODY2 in out


NOTICE_LINES_THAT_STAY = [
    "Stories filed under the new rules must be reviewed by the editor, the council said.",
    "Posts tagged with the hashtag were removed by the platform on Monday.",
    'The posts, tagged with "Schools", were shared more than 2,000 times.',
    "Articles tagged as misinformation fell by a third last year.",
    "Your web browser is no longer supported by the bank's app, customers were told on Tuesday.",
    '"Your browser is not supported," the message said, and users were told to switch to another app.',
    "This website uses cookies to track visitors, the regulator found.",
    "This website uses cookies.",  # a privacy story quotes the banner (a harm review's case): not vocabulary
    "Short Url fees rose by 10 per cent, the company said.",
    "Category: Best Actress",
    "Tag Archives: a history of the town's records",
]


@pytest.mark.parametrize("line", NOTICE_LINES_THAT_STAY)
def test_notice_like_article_lines_stay(line):
    for lines in ([BODY, line, BODY2, BODY3], [BODY, BODY2, BODY3, line]):
        assert line in articleclean.clean("\n\n".join(lines))


@pytest.mark.parametrize("headline", ["Your browser is out of date, Microsoft warns millions of users"])
def test_a_headline_about_browsers_stays(headline):
    assert headline in articleclean.clean("\n\n".join([headline, BODY, BODY2]))


# -- a credit labelled "via"; a nameless credit's word and the desk across a slash ------------------------------

@pytest.mark.parametrize(
    "lines,gone",
    [
        # a US political site: the caption's last sentence, then "Image via" and the wire
        (["Deputy arrested over threats", "Crowds gathered outside the court on Monday. Image via AP.", BODY, BODY2],
         "Crowds gathered outside the court on Monday. Image via AP."),
        (["Deputy arrested over threats", "Photo via Jane Doe", BODY, BODY2], "Photo via Jane Doe"),
        # a New Zealand aggregator: the people from left, then "Supplied" and the broadcaster across a slash
        (["New mayors talk about the job", "From left: mayor Jane Roe and deputy mayor Tim Doe. Supplied / City Radio", BODY, BODY2],
         "From left: mayor Jane Roe and deputy mayor Tim Doe. Supplied / City Radio"),
        (["Flooding closes the coast road", "File/AFP", BODY, BODY2], "File/AFP"),
    ],
)
def test_via_and_nameless_slash_credits_go(lines, gone):
    assert gone not in articleclean.clean("\n\n".join(lines))


VIA_LINES_THAT_STAY = [
    "He shared the image via Facebook on Monday night.",
    "She sent the pictures via WhatsApp to her sister. Photos via email were also accepted.",
    "The judge was shown a photo via video link. Images via CCTV were played to the jury.",
    "The council supplied the figures. File / Save As was the only option, the manual said.",
    "The documents were handed over. Handout / Leaflet campaigns will start in May.",
    "Photographs via the archive show the street in 1910.",
    "The photo, via the family, shows him on holiday in Spain.",
]


@pytest.mark.parametrize("line", VIA_LINES_THAT_STAY)
def test_via_and_slash_words_in_the_article_stay(line):
    for lines in ([BODY, line, BODY2, BODY3], ["Council backs the budget", line, BODY, BODY2]):
        assert line in articleclean.clean("\n\n".join(lines))


# -- the outlet's initials closing a syndicated story ------------------------------------------------------------

@pytest.mark.parametrize(
    "lines",
    [
        # a South African community radio station's story: the station's initials as the page's last line
        ["Water tankers sent to areas hit by shutdown", BODY, BODY2, "The location of the tankers is updated regularly on the city's website.", "VOC"],
        # a South African daily running its group portal's copy
        ["Protests over power cuts spread", BODY, BODY2, "SAPN"],
    ],
)
def test_the_outlets_initials_closing_the_article_go(lines):
    out = articleclean.clean("\n\n".join(lines))
    assert lines[-1] not in out.split("\n")
    assert lines[-2] in out


@pytest.mark.parametrize(
    "lines",
    [
        # initials the article names are its subject
        ["Waiting times fall", "The NHS said waiting times had fallen for the third month in a row.", BODY2, "NHS"],
        # the answer to a question
        ["Quiz of the week", BODY, "Which body runs the country's hospitals?", "NHS"],
        # initials between paragraphs, or at the top, are not a sign-off
        ["Council backs the budget", BODY, "IOL", BODY2],
    ],
)
def test_initials_in_the_article_stay(lines):
    out = articleclean.clean("\n\n".join(lines))
    assert [line for line in lines if line not in out] == []


# -- a page with no headline that opens on its section's name -------------------------------------------------

@pytest.mark.parametrize(
    "lines",
    [
        # a South African community radio station: the section in capitals, then the story's first paragraph
        ["LOCAL", BODY, BODY2],
        # a US station's weather page scraped without its headline
        ["Weather", "Heavy rain is expected across the county on Thursday, with up to two inches in places.", BODY2],
    ],
)
def test_a_section_name_over_the_first_paragraph_goes_when_there_is_no_headline(lines):
    out = articleclean.clean("\n\n".join(lines))
    assert lines[0] not in out.split("\n")
    assert lines[1] in out and lines[2] in out


@pytest.mark.parametrize(
    "lines",
    [
        ["Brexit", BODY, BODY2],  # no section of the vocabulary: a one-word headline or a kicker, left alone
        [BODY, "Health", "Two new clinics will open in the town next year, the health board said.", BODY2],  # a subheading
        ["Council backs the budget", BODY, "Weather", BODY2],
    ],
)
def test_section_words_inside_the_article_stay(lines):
    out = articleclean.clean("\n\n".join(lines))
    assert [line for line in lines if line not in out] == []


# -- a republisher's source line above the article ----------------------------------------------------------

@pytest.mark.parametrize(
    "lines,gone",
    [
        # a New Zealand aggregator: the headline, the source line, the article
        (["New mayors talk about the job", "Source: Radio New Zealand", BODY, BODY2], "Source: Radio New Zealand"),
        # a US aggregator in capitals
        (["Council backs the budget", "SOURCE: The Valley Times", BODY, BODY2], "SOURCE: The Valley Times"),
    ],
)
def test_a_republishers_source_line_goes(lines, gone):
    assert gone not in articleclean.clean("\n\n".join(lines)).split("\n")


SOURCE_LINES_THAT_STAY = [
    "Source: The council's own figures show a rise of 12 per cent since 2019.",
    "Source of the outbreak: the Riverside Care Home in Leeds",
    "Sources: Police said the man was known to them.",
    "Source: I was there when it happened, said one resident.",
]


@pytest.mark.parametrize("line", SOURCE_LINES_THAT_STAY)
def test_source_like_article_lines_stay(line):
    for lines in (["Council backs the budget", line, BODY, BODY2], [BODY, line, BODY2, BODY3]):
        assert line in articleclean.clean("\n\n".join(lines))


def test_a_source_line_below_the_article_top_stays():
    # a chart's source between later paragraphs is the article's
    lines = ["Council backs the budget", BODY, BODY2, BODY3, "Source: Office for National Statistics", BODY3.replace("Residents", "Visitors")]
    assert "Source: Office for National Statistics" in articleclean.clean("\n\n".join(lines))


# -- a row of button labels run together -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "lines,gone",
    [
        # an Australian regional's share row under the byline
        (["Hospital inquiry response released", "By Jane Doe", "FacebookTwitterWhatsappEmail", BODY, BODY2], "FacebookTwitterWhatsappEmail"),
        # a Kenyan opinion site's tool row under the headline
        (["Why the water levy is the wrong answer", "Download PDFPrint Article", BODY, BODY2], "Download PDFPrint Article"),
        # a US site's row after the article
        ([BODY, BODY2, "ShareTweetEmail"], "ShareTweetEmail"),
    ],
)
def test_button_labels_run_together_go(lines, gone):
    assert gone not in articleclean.clean("\n\n".join(lines)).split("\n")


GLUED_WORDS_THAT_STAY = [
    "OpenAI",
    "GoFundMe page",
    "SharePoint",
    "PrintShop",
    "PayPal",
    "MasterChef final",
    "Download PDF files from the council's website, which has all the minutes since 2015.",
]


@pytest.mark.parametrize("line", GLUED_WORDS_THAT_STAY)
def test_glued_names_in_the_article_stay(line):
    for lines in ([BODY, line, BODY2, BODY3], ["Council backs the budget", line, BODY, BODY2]):
        assert line in articleclean.clean("\n\n".join(lines))
