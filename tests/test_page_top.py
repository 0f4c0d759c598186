"""The page's top (issue 12, tenth session): a site notice's second sentence, the outlet's name as a
byline, glued byline fields, cut titles, language switchers; and the article lines that look like them
and must stay (headlines about the news, which a withdrawn masthead rule took, among them).

The cases are written here in the layouts of several sites, not copied from the news corpus.
"""

from __future__ import annotations

import pytest

import articleclean
from articleclean.cleaners.furniture import FurnitureCleaner
from articleclean.concepts import line_furniture
from articleclean.document import Document

BODY = "The council approved the new budget on Monday after a long debate about the cost of the plan."
BODY2 = "It will take effect in April, and the leader said that residents would see the benefits soon."


def _furniture(text: str) -> Document:
    return FurnitureCleaner().apply(Document.from_text(text))


def _removed(doc: Document, code: str) -> list[str]:
    return [r.text for r in doc.removals if r.code == code]


# -- a headline that speaks of the news (the masthead rule that took taglines was withdrawn: it took headlines) --

# The article's headline is content, wherever it sits: headlines that speak of newspapers, trust
# and independence at the top of the page, over a standfirst, a caption, a date or prose.
HEADLINES_THAT_STAY = [
    ["Independent newspaper closes after 150 years",
     "The Gazette will print its last edition on Friday after years of falling sales and rising costs"],
    ["Independent newspaper to close its doors",
     "The paper will print its last edition on Friday after years of falling sales and rising costs"],
    ["Why we need local news", "Readers at the library in Leeds"],
    ["Trust in news falls to a new low", "12 May 2024"],
    ["Quality journalism needs funding, says editor", "Jane Smith"],
    ["Award-winning newspaper editor dies aged 80", "By Jane Smith"],
    ["Is the trusted newspaper dead?", "Analysis of the figures"],
    ["“Independent newspaper” cleared by watchdog", "Regulator says complaint was not upheld"],
]


@pytest.mark.parametrize("top", HEADLINES_THAT_STAY)
def test_a_headline_about_the_news_is_no_masthead(top):
    text = "\n\n".join([*top, BODY, BODY2])
    doc = _furniture(text)
    assert not _removed(doc, "navigation.masthead")
    assert top[0] in doc.text()


def test_the_page_title_repeated_as_its_headline_is_no_masthead():
    title = "Trusted newspaper wins national award"
    text = "\n\n".join([title, "Staff celebrate at the ceremony in Leeds", title, BODY, BODY2])
    doc = _furniture(text)
    assert not _removed(doc, "navigation.masthead")


def test_a_tagline_shaped_line_in_the_article_stays():
    # below the page's top (after the first paragraphs), and in the middle of the article
    lines = [BODY, BODY2, "The independent local newspaper", "Readers rally to save their paper", BODY]
    text = "\n\n".join(lines)
    assert _furniture(text).text() == text


def test_a_masthead_needs_a_headline_under_it():
    # a tagline-shaped line over prose only: the article's first line (an opinion piece's kicker)
    text = "\n\n".join(["Journalism that matters", BODY, BODY2])
    assert _furniture(text).text() == text


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


# -- the outlet's name on a line of its own, as a byline's -------------------------------------------

HEAD = "Fifth of patients wait over four hours as A&E times hit record"


@pytest.mark.parametrize(
    "lines,gone",
    [
        # a national daily: the writer's name (a given name no list knows) over the paper's name, then a caption
        ([HEAD, "Tamsin Oduya", "The Courier", "Figures showed that hundreds of patients waited for over twelve hours",
          BODY, BODY2], ["Tamsin Oduya", "The Courier"]),
        # a portal: its web address right under the headline, which the page repeats
        ([HEAD, "Coastnews.com", HEAD, BODY, BODY2], ["Coastnews.com"]),
        # a syndicating group: the title the story came from, after its last sentence
        ([HEAD, BODY, BODY2, "The Star"], ["The Star"]),
        ([HEAD, BODY, BODY2, "HeraldLIVE"], ["HeraldLIVE"]),
        # a local site: the writer's name and the site's address closing the story
        ([HEAD, BODY, BODY2, "Jane Doe, ValleyNews.com"], ["Jane Doe, ValleyNews.com"]),
        # ... also when the story names the site in its last paragraph (its own voice)
        ([HEAD, BODY, BODY2, "ValleyNews.com will post more details as they become available.", "Jane Doe, ValleyNews.com"],
         ["Jane Doe, ValleyNews.com"]),
    ],
)
def test_an_outlets_name_beside_a_byline_or_closing_the_story_goes(lines, gone):
    doc = _furniture("\n\n".join(lines))
    assert sorted(r.text for r in doc.removals if r.code == "byline.name") == sorted(gone)
    assert BODY in doc.text() and BODY2 in doc.text() and HEAD in doc.text()


@pytest.mark.parametrize(
    "lines",
    [
        # a review of the papers: an outlet's name over what it said, several times
        ["What the papers say", "The Times", "The Times leads with the budget and says the chancellor has gambled.",
         "The Guardian", "The Guardian says that the plan will hurt the poorest families the most."],
        # a film's title under a review's headline, and a show's at the end of a listing
        ["Spielberg's newsroom drama is a rousing defence of a free press", "The Post", BODY, BODY2],
        [BODY, BODY2, "Tonight's pick:", "The Herald"],
        # an outlet's name over the article's own paragraph, not at its end
        [BODY, "The Star", BODY2],
        # the writer's name comes back in the article: its subject, not its writer
        [HEAD, "Tamsin Oduya", "The Courier", "Tamsin Oduya has edited the paper since 2019 and will retire in May.", BODY],
        # a domain or a one-word brand that names no outlet
        [HEAD, "Starbucks.com", HEAD, BODY, BODY2],
        [BODY, BODY2, "YouTube"],
    ],
)
def test_an_outlets_name_in_the_article_stays(lines):
    text = "\n\n".join(lines)
    doc = _furniture(text)
    assert not [r for r in doc.removals if r.code == "byline.name"], [r.text for r in doc.removals]


# -- the page's labels above a headline the page prints twice ------------------------------------------

@pytest.mark.parametrize(
    "labels",
    [
        ["logo"],  # an aggregator's image left as its alt text
        ["Home", "News"],  # a regional site's breadcrumb
    ],
)
def test_labels_above_a_headline_printed_twice_go(labels):
    head = "'We started a fire': army criticised over major blaze"
    text = "\n\n".join([*labels, head, head, "The Advertiser2 days ago", BODY, BODY2])
    doc = _furniture(text)
    assert sorted(r.text for r in doc.removals if r.code == "navigation.label") == sorted(labels)
    assert head in doc.text()


def test_a_short_line_above_a_headline_printed_twice_stays():
    # a kicker that is no label of the page, over the headline and its echo
    head = "Army criticised over major blaze in national park"
    text = "\n\n".join(["Fire season", head, head, BODY, BODY2])
    assert not [r for r in _furniture(text).removals if r.code == "navigation.label"]


# -- a byline card's fields glued onto one line ---------------------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "Author: Nadia OkaforPublished 27th Aug 2022",  # a radio group: label, name and stamp glued
        "Sam PellingValley Advertiser",  # a regional group: the name glued to its paper
        "Published:Monday | March 7, 2022 | 9:40 PMRuth Adeyemi/Staff Reporter",  # a Caribbean daily
        "Tyne Staff 30 Aug",  # a magazine's desk byline and its stamp
        "Herald Reporter 3 May 2024",
    ],
)
def test_glued_byline_fields_go_above_the_article(line):
    text = "\n\n".join(["Bus routes to be cut from October across the region", line, BODY, BODY2])
    doc = _furniture(text)
    assert [r.text for r in doc.removals] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Old MacDonald had a farm",  # a capital after a small letter inside a name
        "The iPhone maker unveils its new PowerBook range",
        "Herald Square 30 years on",  # a place named like an outlet, and a figure
        "Evening Standard 2024 awards shortlist",
        "McDonaldPublished",  # a name glued to a stamp's word is no byline
    ],
)
def test_glued_words_that_are_no_byline_stay(line):
    text = "\n\n".join([line, "Readers share their memories of the square", BODY, BODY2])
    assert _furniture(text).text() == text


# -- a republication credit: where the story first appeared ---------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "This article originally appeared in the Northern Courier",  # a blog reposting a broadcaster's column
        "Article written by Jane Okoro, the Courier's chief political correspondent. This article originally appeared in the Courier",
        "This story was first published by Harbour Investigates.",  # a nonprofit's republishing footer
        "This article is republished from The Exchange under a Creative Commons license. Read the original article.",
        "“Lawmakers call for inquiry into grid operator” was first published by The Prairie Tribune, a nonprofit, "
        "nonpartisan media organization that informs readers about public policy.",
    ],
)
def test_a_republication_credit_above_the_article(line):
    hit = line_furniture(line, top=True)
    assert hit is not None and hit[0] == "byline.source", hit
    # below the article's first paragraphs it is the article's last word (an extractor's truth keeps it)
    assert line_furniture(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "This report was first published on Monday by the Office for National Statistics.",
        "This story first appeared in the paper in 1901, long before the town had a railway.",
        "“Animal Farm” was first published by Secker and Warburg in 1945.",
        "The article was first published in The Lancet in 2019 and has been cited hundreds of times.",
        "The study, first published in Nature, found that the reef had lost half its coral.",
    ],
)
def test_an_article_sentence_about_a_first_publication_stays(line):
    assert line_furniture(line) is None and line_furniture(line, top=True) is None


# -- an author box under its heading after the article ------------------------------------------------

@pytest.mark.parametrize(
    "box",
    [
        # an Indian portal: the agency's line and its blurb
        ["About the author", "IANS", "IANS, also known as Indo-Asian News Service, is a private news agency covering politics and sport."],
        # a WordPress theme: the writer's name and bio
        ["About the author", "Rhiannon Blake", "Rhiannon Blake is a reporter who covers courts and councils across the valley."],
    ],
)
def test_an_author_box_under_its_heading_goes(box):
    text = "\n\n".join([BODY, BODY2, *box])
    doc = _furniture(text)
    assert BODY in doc.text() and BODY2 in doc.text()
    assert all(line not in doc.text() for line in box), doc.text()


@pytest.mark.parametrize(
    "lines",
    [
        # a book review's section about its author, with the review going on after it
        [BODY, "About the author", "Rhiannon Blake", "Rhiannon Blake is a novelist who lives in Cardiff with her two sons.",
         "Her new book is her best yet, and it deserves a wide readership when it comes out in paperback next month."],
        # the heading over prose, not over a name
        [BODY, BODY2, "About the author", "The author of the report spent six months interviewing residents and staff."],
    ],
)
def test_an_about_the_author_section_of_the_article_stays(lines):
    text = "\n\n".join(lines)
    doc = _furniture(text)
    assert not [r for r in doc.removals if r.code.startswith("byline.")], [r.text for r in doc.removals]


# -- a run of icon and menu labels flattened onto one line -----------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        # a nonprofit newsroom's icon sprite: each icon's title, in the sprite's order
        "Close Close Comment Donate Email Add Email Facebook Instagram Mastodon Facebook Messenger Mobile Nav Menu "
        "Podcast Print RSS Search Twitter WhatsApp YouTube",
        # a regional site's header and footer menus run together
        "Home News Sport Menu Search Newsletter Subscribe Login Register Facebook Twitter Instagram YouTube WhatsApp "
        "Email Print Share Comments",
    ],
)
def test_a_run_of_icon_labels_goes(line):
    text = "\n\n".join([line, "Nursing home inspections to be published online", BODY, BODY2])
    doc = _furniture(text)
    assert [r.code for r in doc.removals] == ["navigation.menu"]


@pytest.mark.parametrize(
    "line",
    [
        # a headline in title case that names networks
        "How Facebook Twitter And WhatsApp Became The Front Line Of The Election Campaign In Kenya This Year",
        # a sentence, and a list with commas
        "Facebook, Twitter, Instagram, YouTube, WhatsApp, Messenger, Telegram, Snapchat and TikTok were all named in the "
        "report as platforms where the abuse had taken place.",
        # a line-up of names in capitals
        "Smith Jones Brown Taylor Williams Davies Evans Thomas Roberts Johnson Walker Wright Robinson Thompson White Hughes",
    ],
)
def test_a_line_naming_networks_or_people_stays(line):
    assert line_furniture(line) is None and line_furniture(line, top=True) is None


# -- the page's title or description cut short above the line that prints it whole ----------------------

@pytest.mark.parametrize(
    "cut,whole",
    [
        # a community paper's tab title over its headline
        ("Council votes to keep the city's property tax hike...", "Council votes to keep the city's property tax hike at two per cent"),
        # a national daily's description over the first paragraph
        ("Police are waiting to gather further evidence before interviewing the driver of the bus involved in the crash which …",
         "Police are waiting to gather further evidence before interviewing the driver of the bus involved in the crash which killed five."),
    ],
)
def test_a_title_cut_short_above_its_whole_line_goes(cut, whole):
    doc = _furniture("\n\n".join([cut, "Bookmark and Share", whole, BODY, BODY2]))
    assert [r.text for r in doc.removals if r.code == "navigation.title"] == [cut]
    assert whole in doc.text()


@pytest.mark.parametrize(
    "lines",
    [
        # a quotation trailing off, with nothing below that prints it whole
        ["“We thought we were going to die...”", "Passengers describe the moment the ferry hit the rocks", BODY, BODY2],
        # below the page's top: an excerpt and the paragraph it quotes are the article's
        [BODY, BODY2, "Council tax bills will rise by five per cent...", "Bus fares", "Parking",
         "Libraries", "Parks", "Council tax bills will rise by five per cent, the leader confirmed on Monday.", BODY],
    ],
)
def test_a_trailing_line_that_is_no_cut_title_stays(lines):
    text = "\n\n".join(lines)
    assert not [r for r in _furniture(text).removals if r.code == "navigation.title"]


# -- a byline with the writer's role in small letters -----------------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "By local democracy reporter Tom Ward",  # a UK regional's shared-service byline
        "By political editor Jane Smith",
        "By NF1 convenor Warwick Erwin",  # a community paper's contributor
        "By health correspondent Priya Nair",
    ],
)
def test_a_byline_with_a_role_goes_above_the_article(line):
    hit = line_furniture(line, top=True)
    assert hit is not None and hit[0] == "byline.name"
    text = "\n\n".join(["Neighbourhood forum report for July", line, BODY, BODY2])
    assert line not in _furniture(text).text()


@pytest.mark.parametrize(
    "line",
    [
        "By the River Thames",  # headings and clauses that open with "By"
        "By lunchtime Downing Street",
        "By tonight Storm Babet",
        "By now Jane Smith",
        "By royal appointment",
    ],
)
def test_a_line_opening_with_by_and_no_role_stays(line):
    assert line_furniture(line, top=True) is None


def test_a_byline_with_a_role_below_the_article_top_stays():
    # a book list's entry lower down ("By staff writer ..." under a title) is left to the rules for lists
    assert line_furniture("By political editor Jane Smith") is None


# -- a language switcher ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "top,gone",
    [
        # a Gulf daily: the byline's name, then the switcher as a bulleted list
        (["Saudi Arabia eye place at the centre of cricket in the Gulf", "Omar Haddad", "  • English", "  • Arabic"],
         ["Omar Haddad", "  • English", "  • Arabic"]),
        # a Canadian broadcaster: the switcher on one line, each name in its own language
        (["English | Français", "Province to cut ferry fares for islanders this summer"], ["English | Français"]),
        # a news agency: three languages, one a line, in their own scripts
        (["English", "Русский", "العربية", "Grain deal talks to resume in Istanbul next week"], ["English", "Русский", "العربية"]),
    ],
)
def test_a_language_switcher_at_the_top_goes(top, gone):
    doc = _furniture("\n\n".join([*top, BODY, BODY2]))
    assert sorted(r.text for r in doc.removals) == sorted(gone)


@pytest.mark.parametrize(
    "lines",
    [
        # a list the article introduces
        ["The course is taught in:", "• English", "• Arabic", BODY, BODY2],
        # languages as a list inside the article, between its paragraphs
        [BODY, BODY2, "The leaflets have been printed in", BODY, "English", "Polish", "Urdu", BODY2],
        # one language's name alone is a heading
        ["Welsh", "The language is spoken by almost 900,000 people, the census found on Tuesday.", BODY],
    ],
)
def test_languages_in_the_article_stay(lines):
    text = "\n\n".join(lines)
    assert not [r for r in _furniture(text).removals if r.code == "navigation.language"]


# -- a wire desk's initials ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "last,kept",
    [
        # an Indian portal running a national wire's copy: the initials glued after the last sentence
        ("Members of the public can join the channel to follow his activities, he said. PTI NIT NIT VN VN",
         "Members of the public can join the channel to follow his activities, he said."),
        ("The hearing will resume on Monday, the court said. IANS AB CD", "The hearing will resume on Monday, the court said."),
    ],
)
def test_a_wire_desks_initials_glued_to_the_last_paragraph_are_cut(last, kept):
    doc = _furniture("\n\n".join([BODY, BODY2, last]))
    assert doc.text().split("\n\n")[-1] == kept


@pytest.mark.parametrize("line", ["AAP MLA HELD", "PTI NIT VN"])
def test_a_line_of_capitals_after_a_wires_name_is_left_alone(line):
    # a headline in capitals ("AAP MLA HELD": a party's lawmaker) looks like a desk's initials on a line of its own
    doc = _furniture("\n\n".join([BODY, line, BODY2]))
    assert line in doc.text()


@pytest.mark.parametrize(
    "line",
    [
        "He has been a member of the PTI since 2015.",  # the wire named in a sentence
        "The deal was first reported by AP. Shares rose 4 per cent.",
        "Reuters reported the figures on Monday. AAP",  # a wire's name alone, no initials: the agency rules' to judge
    ],
)
def test_a_wire_named_in_the_article_is_no_desk_code(line):
    doc = _furniture("\n\n".join([BODY, line, BODY2]))
    assert not [f for f in doc.fixes if f.code == "byline.wire"]


@pytest.mark.parametrize("kicker", ["India", "Politics & Government", "Album Reviews"])
def test_a_section_name_above_a_headline_printed_twice_goes(kicker):
    # the echo says which line is the headline: the short line above it is the page's section
    head = "Socio-economic progress of minorities our focus: minister"
    doc = _furniture("\n\n".join([kicker, head, head, BODY, BODY2]))
    assert [r.text for r in doc.removals if r.code == "navigation.label"] == [kicker]
    assert head in doc.text()


@pytest.mark.parametrize(
    "top",
    [
        ["Fake News", "Why we fall for stories that are too good to be true", BODY, BODY2],  # no echo: a short headline
        ["Jane Smith", "Nurses reject pay offer", "Nurses reject pay offer", BODY, BODY2],  # a name: the byline rules'
        ["Storm 2024", "Floods hit the valley again", "Floods hit the valley again", BODY, BODY2],  # a figure
    ],
)
def test_a_short_line_that_is_no_section_above_the_headline_stays(top):
    doc = _furniture("\n\n".join(top))
    assert not [r for r in doc.removals if r.code == "navigation.label"]
    assert top[0] in doc.text()


# -- review 10: article lines these rules took, which must stay (written in the layouts of real stories) --

_LEAD = "The paper's owners said falling advertising revenue had made the print edition unsustainable, and that 14 of its 22 staff would lose their jobs."
_TAIL = "Residents who objected to the plans say they were not consulted properly and will take their concerns to the next meeting."


def _kept(lines: list[str], keep: list[str]) -> None:
    out = articleclean.clean("\n\n".join(lines) + "\n")
    lost = [line for line in keep if line not in out]
    assert not lost, lost


@pytest.mark.parametrize(
    "lines,keep",
    [
        # everyday headlines with a "media" word and a "claim" word, over a standfirst without a full stop
        (["Air quality report shows city centre improvement", "Nitrogen dioxide levels down by a fifth since 2019",
          "Levels of nitrogen dioxide in the city centre fell by a fifth last year, a council report has found.", _TAIL],
         ["Air quality report shows city centre improvement"]),
        (["Environment", "Water quality report names worst beaches", "Six beaches in the county rated poor",
          "Six of the county's beaches have been rated poor for water quality, the agency says.", _TAIL],
         ["Environment", "Water quality report names worst beaches"]),
        (["News that every parent dreads", "A mother on the day her son's school called", "By Jane Smith",
          "It was 11am on a Tuesday when the phone rang, and she knew at once that something was wrong.", _TAIL],
         ["News that every parent dreads"]),
        (["Culture", "Mixed media and quality prints at the summer fair", "Over 60 artists show their work this weekend",
          "More than 60 artists will show their work at the summer fair on Saturday and Sunday.", _TAIL],
         ["Culture", "Mixed media and quality prints at the summer fair"]),
        # obituaries
        (["Fearless voice of the civil rights movement", "Mary Hill, 1931-2024", "By Tom Ward",
          "Mary Hill, who has died aged 93, marched with Martin Luther King and spent sixty years campaigning.", _TAIL],
         ["Fearless voice of the civil rights movement"]),
        (["Obituary", "Fearless newspaper editor who took on the mob", "Harold Barnes, 1931-2024", _LEAD, _TAIL],
         ["Obituary", "Fearless newspaper editor who took on the mob"]),
        # stories about the press, some with a section label over the headline
        (["News", "Award-winning paper closes its doors", "Staff told of closure in a meeting on Friday", "By Jane Smith", _LEAD, _TAIL],
         ["News", "Award-winning paper closes its doors"]),
        (["Why independent news matters", "A veteran editor on the fight for local papers", "By Jane Smith", _LEAD, _TAIL],
         ["Why independent news matters"]),
        (["Trusted local news since 1890", "How the Gazette survived two world wars and the internet", "By Tom Ward", _LEAD, _TAIL],
         ["Trusted local news since 1890"]),
        (["Independent newspaper editor resigns", "Board names interim replacement", _LEAD, _TAIL],
         ["Independent newspaper editor resigns"]),
        (["Culture", "Independent media", "Quality journalism in the age of AI", "How small newsrooms are coping", _LEAD, _TAIL],
         ["Culture", "Independent media", "Quality journalism in the age of AI"]),
        (["Politics", "An independent voice for Wrexham", "Former nurse to stand against sitting MP",
          "Jane Doe, a former nurse, says she will stand as an independent at the next election.", _TAIL],
         ["Politics", "An independent voice for Wrexham"]),
    ],
)
def test_review10_headlines_and_their_labels_stay(lines, keep):
    _kept(lines, keep)
@pytest.mark.parametrize(
    "lines,keep",
    [
        # a live blog: a quoted statement's second sentence between entry timestamps
        (["Live: Storm disruption", "10:42am",
          "Southern says services between Brighton and London are suspended because of a fallen tree.",
          "We apologise for the inconvenience.", "10:35am", "The Met Office has extended its amber warning until 6pm.", _TAIL],
         ["We apologise for the inconvenience."]),
        # a statement introduced by a line ending in a colon
        (["Website down after cyber attack", "Updated 3 hours ago", "The council's website has been offline since Tuesday.",
          "In a statement on social media, the council wrote:", "Our website is currently unavailable.",
          "We are working hard to get it back online.", "Share", _TAIL],
         ["We are working hard to get it back online."]),
        (["Cafe closes after flood", "Posted 2 hours ago", "A sign on the door of the Riverside Cafe reads:",
          "Closed until further notice due to flooding.", "Sorry for the inconvenience.", "Share", _TAIL],
         ["Sorry for the inconvenience."]),
        # a press release's own apology after its notice
        (["Road closure notice", "Published: 4 December 2026",
          "The A38 will be closed overnight from 8pm on Monday for resurfacing.", "Sorry for the inconvenience.", "Share this page", _TAIL],
         ["Sorry for the inconvenience."]),
    ],
)
def test_review10_a_quoted_statements_second_sentence_stays(lines, keep):
    _kept(lines, keep)


@pytest.mark.parametrize(
    "lines,keep",
    [
        # a list the article's sentence introduces without a colon
        (["Film festival goes multilingual", "Published 4 December 2026", "Share",
          "Every film at this year's festival will be shown with subtitles in four languages.", "English", "Welsh", "Polish", "Arabic",
          "The organisers say it is a first for a festival in Wales.", _TAIL],
         ["English", "Welsh", "Polish", "Arabic"]),
        # a list under a data story's headline, and its tail
        (["Most common languages after English", "Polish", "Romanian", "Punjabi", "Urdu",
          "Polish remains the most common main language after English in England and Wales, the census found.", _TAIL],
         ["Polish", "Romanian", "Punjabi", "Urdu"]),
        # the article's first lines under its date stamp, a sentence under them that counts them
        (["GCSE options evening", "Updated 2 hours ago", "French", "German", "Spanish",
          "Those are the three languages the school will offer from September, after Mandarin was dropped.", _TAIL],
         ["French", "German", "Spanish"]),
    ],
)
def test_review10_a_list_of_languages_the_article_gives_stays(lines, keep):
    _kept(lines, keep)


@pytest.mark.parametrize(
    "lines,keep",
    [
        # a headline trailing off, whose words the first paragraph goes on with
        (["We'll meet again, don't know where...",
          "We'll meet again, don't know where, don't know when, sang Dame Vera Lynn, and on Friday the village did just that.", _TAIL],
         ["We'll meet again, don't know where..."]),
        (["Theatre", "And the winner is...",
          "And the winner is Anora, which took five awards including best picture on a night of few surprises.", _TAIL],
         ["And the winner is..."]),
        (["'It was like a bomb went off...'",
          "'It was like a bomb went off, and then there was silence,' said a neighbour who saw the explosion.", _TAIL],
         ["'It was like a bomb went off...'"]),
    ],
)
def test_review10_a_headline_with_an_ellipsis_over_its_first_paragraph_stays(lines, keep):
    _kept(lines, keep)


@pytest.mark.parametrize(
    "lines,keep",
    [
        # a quiz's and a Q&A's last answer
        (["Friday quiz", "1. Which paper did Rupert Murdoch buy in 1969?", "Answers: 1. The Sun",
          "Bonus question: which paper is the oldest still printed in the city?", "The Leeds Intelligencer, now the Yorkshire Mercury.",
          "The Mercury"], ["The Mercury"]),
        (["Sixty seconds with the new mayor", "Favourite film? Local Hero.", "Favourite band? The Proclaimers.",
          "Which paper do you read first in the morning?", "The Courier"], ["The Courier"]),
        # an awards story's last line: a category's name, a role and no outlet
        (["County sports awards", "Sprinter Maya Collins, 19, broke three club records this season and was honoured on Friday.",
          "Coach of the year went to Tom Hill, who has run the athletics club for thirty years.", "Young Journalist"],
         ["Young Journalist"]),
        # a book review's section about the book's author (not the page's writer)
        (["Review: The Long Field by Pamela Petro", "Petro's memoir of Wales and longing is a strange, lovely book.",
          "It is full of rain and language, and it asks what it means to belong to a place you were not born in.",
          "About the author", "Pamela Petro", "Pamela Petro is an American writer who teaches at a school of design in Rhode Island."],
         ["About the author", "Pamela Petro", "Pamela Petro is an American writer who teaches at a school of design in Rhode Island."]),
        # a local-history book's author at the end of the story about the book
        (["New history of the town published", _LEAD, "The book costs £12.99 and is on sale at the library.",
          "About the author", "Tom Ward", "Tom Ward is a local historian and retired teacher who has lived in the town for fifty years."],
         ["About the author", "Tom Ward"]),
        # a lead paragraph about a first publication
        (["Paper apologises over report",
          "This story was first published by the Herald in 1912, and the paper has now apologised for it, a century later.", _LEAD, _TAIL],
         ["This story was first published by the Herald in 1912, and the paper has now apologised for it, a century later."]),
        (["Review: Nickel and Dimed at 25",
          "\u201cNickel and Dimed\u201d was first published by Metropolitan Books in 2001, and the nonprofit world it described has barely changed.",
          _LEAD, _TAIL],
         ["\u201cNickel and Dimed\u201d was first published by Metropolitan Books in 2001, and the nonprofit world it described has barely changed."]),
        # "By" and a word ending in -er before a name
        (["By popular demand", "By sheer power Ronnie O'Sullivan", _LEAD, _TAIL], ["By sheer power Ronnie O'Sullivan"]),
        (["Transfer news", "By summer Declan Rice", "Arsenal expect to have completed the signing before the window opens.", _TAIL],
         ["By summer Declan Rice"]),
    ],
)
def test_review10_outlet_and_author_lines_of_the_article_stay(lines, keep):
    _kept(lines, keep)
