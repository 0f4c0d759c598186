"""Harm on sites never seen, fixed in the fourteenth session (harm review 13, docs/audits/review13.md, and the
two test5 pages that lost lines): the article's own lines next to page furniture stay.

- the article's closing lines above the furniture below it: a short last quote, an obituary's funeral line, an
  interview's last questions and answers, and a list that a line of the article introduces with a colon (with
  or without bullets, with the sentence after it);
- the article's own list of places or names under a longer subheading ("Areas to face water cut on Sunday");
- the headline over a short standfirst in sentence case, over a box of bullets, and over a wire story's
  dateline alone on its line.

The cases are written here in the layouts of several outlets (a UK regional, an Indian city site, a
Philippine and a Kenyan daily, a Canadian broadcaster, a Nigerian daily, a US wire page); the furniture
around them is two kinds of page foot and head.  The furniture itself still goes.
"""

from __future__ import annotations

import pytest

import articleclean

H = "Water cut in parts of the city on Thursday"
P = "The council said on Tuesday that the work on the main pipe would begin next week and last for about three days in all."
Q = "Residents have been told to store water in advance, and tankers will be sent to hospitals and schools first."
# two page feet: a share label over a "Most read" list (a UK regional), a newsletter box over a legal line (a US daily)
FOOTS = [
    ["Share", "Most read", "Woman, 82, dies after being hit by bus in town centre", "Motorway closed for weekend as bridge is replaced"],
    ["Sign up for our daily newsletter", "Facebook Twitter WhatsApp Email", "© 2025 The Example Times. All rights reserved."],
]
# two page heads: a menu and an account bar; a breadcrumb and an advertisement marker
TOPS = [["Home | News | Local", "Sign in | Subscribe"], ["News > Local > Council", "Advertisement", "Advertisement"]]


def _run(lines: list[str]) -> articleclean.CleanResult:
    return articleclean.clean_and_explain("\n\n".join(lines))


def _lost(lines: list[str], res: articleclean.CleanResult) -> list[str]:
    kept = res.text.split("\n")
    return [line for line in lines if line not in kept]


ENDINGS = [
    ['"Next year. Definitely."'],  # a human-interest story's last quote
    ["Burial afterwards in Drumcliffe Cemetery."],  # an Irish obituary's funeral line
    ["Do you miss the city?", "Sometimes.", "You write longhand. Still?", "Always. The first draft is in notebooks."],
    ["The areas that will be affected are:", "- Ward 1", "- Ward 2", "- Ward 3"],  # a lead-in of more than six words
    ["Affected areas:", "Koramangala", "Jayanagar", "Madiwala"],  # items with no bullet
    [
        "As of 5 a.m., classes were suspended in:",
        "Caloocan",
        "Navotas",
        "Valenzuela",
        "Local government units may announce more suspensions during the day.",
    ],
    ["Kenya Power said the following areas would be affected between 9am and 5pm:", "Kiambu", "Ruiru", "Juja"],
]


@pytest.mark.parametrize("foot", FOOTS, ids=["most-read", "newsletter"])
@pytest.mark.parametrize("ending", ENDINGS)
def test_the_articles_closing_lines_stay_above_the_furniture(ending: list[str], foot: list[str]) -> None:
    lines = [H, P, Q, *ending, *foot]
    res = _run(lines)
    assert _lost(lines, res) == foot  # the article's lines stay, every line of the foot goes


@pytest.mark.parametrize(
    "heading,items",
    [
        ("Areas to face water cut on Sunday", ["- MG Road", "- Brigade Road", "- Koramangala", "- Shantinagar"]),
        ("Counties under a status orange rain warning", ["- Galway", "- Mayo", "- Sligo", "- Leitrim"]),
        ("Roads that will be closed for the race", ["• High Street", "• Market Square", "• Station Road"]),
    ],
)
def test_the_articles_list_of_places_under_its_subheading_stays(heading: str, items: list[str]) -> None:
    after = "The supply will be resumed as soon as the work is over, officials said."
    foot = ["Trending:", "Share", "Most read"]
    lines = [H, P, Q, heading, *items, after, *foot]
    assert _lost(lines, _run(lines)) == foot


def test_other_stories_headlines_under_a_furniture_heading_still_go() -> None:
    # a "Most read" heading (furniture) over headlines, and a lead-in of the page's own ("Most read:")
    for heading in ("Most read", "Most read:"):
        lines = [H, P, Q, "Share", heading, "Council tax to rise by five per cent in April", "Police appeal after break-in at village shop"]
        assert _lost(lines, _run(lines)) == lines[3:]


@pytest.mark.parametrize("top", TOPS, ids=["menu", "breadcrumb"])
@pytest.mark.parametrize(
    "headline,standfirst",
    [
        ("LASG shuts Balogun market over fire safety breaches", "Traders count losses as enforcement team seals 200 shops"),
        ("Who is Mark Carney, Canada's next prime minister?", "The former central banker has never held elected office"),
    ],
)
def test_a_headline_over_a_short_standfirst_stays(top: list[str], headline: str, standfirst: str) -> None:
    lines = [*top, headline, standfirst, P, Q]
    res = _run(lines)
    assert _lost(lines, res) == top
    assert res.metadata.headline in (None, headline)  # never the standfirst (None: the headline read as a sentence)


@pytest.mark.parametrize("top", TOPS, ids=["menu", "breadcrumb"])
def test_a_title_case_line_under_a_source_line_is_the_headline(top: list[str]) -> None:
    # a press-release portal: the issuing body's line over the headline in title case; the headline is the lower
    # line (a standfirst is in sentence case)
    head = "Health Department Warns of Rising Measles Cases"
    res = _run([*top, "Department of Health (Pretoria)", head, P, Q])
    assert head in res.text.split("\n")
    assert res.metadata.headline == head


@pytest.mark.parametrize("top", TOPS, ids=["menu", "breadcrumb"])
@pytest.mark.parametrize(
    "box",
    [
        ["What we know so far:", "- Three wards will lose water", "- Tankers will go to hospitals", "- Supply is back on Friday"],
        ["• Fares to rise by up to 45 per cent", "• New cards on sale from Monday"],
    ],
)
def test_a_headline_over_a_box_of_bullets_stays_with_the_box(top: list[str], box: list[str]) -> None:
    lines = [*top, H, *box, P, Q]
    res = _run(lines)
    assert _lost(lines, res) == top
    assert res.metadata.headline == H


def test_one_bulleted_name_under_a_line_is_no_box() -> None:
    # a comment's title over its writer's name in a comments section: no headline with a box of bullets
    from articleclean.cleaners.boilerplate.headline import _spared_headline

    texts = ["Share", "Beautiful work, thank you!", "• Michael Kozubek", "Great interview with a wonderful storyteller of early science and its history."]
    fates = [("boilerplate.share", "x"), ("boilerplate.short", "x"), ("boilerplate.short", "x"), None]
    assert _spared_headline(texts, fates, [False] * 4, 8) == []


@pytest.mark.parametrize(
    "label,dateline,agency",
    [
        ("Nation-World", "WINNIPEG, Manitoba —", "Associated Press"),
        ("World", "LAGOS (Reuters) —", "Reuters"),
    ],
)
def test_a_headline_over_a_dateline_alone_stays_with_it(label: str, dateline: str, agency: str) -> None:
    head = "Canada authorities responding to major collision on highway"
    first = "Authorities in Canada responded Thursday to a major collision on a highway in the province of Manitoba."
    second = "Authorities did not confirm casualties, but health officials said they were preparing a response."
    lines = ["Advertisement", "Things to do", "Crossword", "Sign up for news alerts", label, head, agency, "Share", dateline, first, second]
    res = _run(lines)
    kept = res.text.split("\n")
    assert head in kept and dateline in kept and first in kept
    assert res.metadata.headline == head


# The headline's search, read on test5's pages once opened (written here in other layouts): the headline over a
# photo's caption with its credit, under a short advertisement label shaped like a name, and over a relative-time
# stamp line.
@pytest.mark.parametrize("top", TOPS, ids=["menu", "breadcrumb"])
@pytest.mark.parametrize(
    "caption",
    [
        "The regional council has adopted its budget for the year. (Jane Doe/123456)",
        "Crews at the scene of the crash on the Bruce Highway. Picture: John Smith",
    ],
)
def test_a_headline_over_a_captioned_photo_stays(top: list[str], caption: str) -> None:
    head = "Two vote against council budget"
    res = _run([*top, head, caption, "By Jenny Hunt", P, Q])
    assert head in res.text.split("\n")


@pytest.mark.parametrize("label", ["Ad Spot", "Sponsored Content"])
def test_a_short_headline_under_an_advertisement_label_stays(label: str) -> None:
    head = "Commissioners hear residents’ concerns"
    res = _run([*TOPS[1], label, head, P, Q])
    assert head in res.text.split("\n")


@pytest.mark.parametrize("stamp", ["LISTEN 3 HOURS AGO", "Updated 25 mins ago"])
def test_a_relative_time_line_is_read_past_to_the_headline(stamp: str) -> None:
    res = _run([*TOPS[0], H, stamp, P, Q])
    assert H in res.text.split("\n")
    assert res.metadata.headline in (None, H)


# Harm review 14 (docs/audits/review14.md): the article's last short lines under furniture that goes wherever it
# is (ad markers, a share row), and a quotation the article introduces and quotes twice.
@pytest.mark.parametrize(
    "furniture",
    [
        ["Advertisement", "Advertisement"],  # a UK regional's ad slots
        ["ADVERTISEMENT", "Story continues below advertisement"],  # a Canadian broadcaster's
        ["Share", "Facebook", "X", "Email"],  # an Irish daily's share row
    ],
)
@pytest.mark.parametrize(
    "ending",
    [
        ["The work ends on Friday."],
        ["Gardaí are appealing for witnesses.", "The road was closed overnight."],
        ["Is it for residents only?", "No. Visitors can ride too."],
    ],
)
def test_the_articles_last_lines_under_inline_furniture_stay(furniture: list[str], ending: list[str]) -> None:
    lines = [H, P, Q, *furniture, *ending]
    assert _lost(lines, _run(lines)) == furniture


def test_other_stories_headlines_under_ad_markers_still_go() -> None:
    tail = ["Advertisement", "Advertisement", "Flood warnings issued for three rivers", "Man charged after crash on the A38"]
    lines = [H, P, Q, *tail]
    assert _lost(lines, _run(lines)) == tail


@pytest.mark.parametrize(
    "intro,quote",
    [
        ("As the crowd left the stadium, they sang:", "Go well, go slow, come home to us."),  # a South African report
        ("Both candidates made the same pledge, and both said:", '"Every household will have clean water within two years."'),
    ],
)
def test_a_quotation_the_article_introduces_and_quotes_twice_stays(intro: str, quote: str) -> None:
    r = "By the evening the square had emptied, and the police had reopened the roads around it to traffic."
    lines = [H, P, intro, quote, Q, quote, r]
    assert articleclean.clean("\n\n".join(lines)).count(quote) == 2


def test_a_timelines_first_date_under_a_one_line_standfirst_stays() -> None:
    # a Kenyan daily's timeline; a UK regional's diary in the same shape
    for dates in (["June 18, 2024", "June 25, 2024"], ["Monday, 15 May 2023", "Tuesday, 16 May 2023"]):
        lines = [
            H,
            "A week of protests against the Finance Bill left at least 23 people dead. Here is what happened.",
            dates[0],
            "Hundreds of young people gathered in the city centre as MPs debated the bill.",
            dates[1],
            "Protesters broke into Parliament and the police opened fire.",
        ]
        assert _lost(lines, _run(lines)) == []


@pytest.mark.parametrize("foot", FOOTS, ids=["most-read", "newsletter"])
def test_a_live_pages_last_entries_stay_above_the_furniture(foot: list[str]) -> None:
    # an Indian results live page, a UK council count: each entry's time over its sentence
    entries = [
        "9:30 am",
        "Counting of postal ballots is over in most centres.",
        "9:10 am",
        "Early trends show a close contest in the north.",
        "8:00 am",
        "Counting begins.",
    ]
    lines = [H, P, "9:45 am", "The ruling alliance leads in 290 seats, according to early trends.", *entries, *foot]
    assert _lost(lines, _run(lines)) == foot


def test_a_box_of_bullets_under_a_long_headline_stays() -> None:
    # a twelve-word headline is read as a standfirst with no headline above it: the box under it stays with it
    head = "Namma Metro fares to go up by up to 45% from Sunday"
    box = ["- Maximum fare rises from Rs 60 to Rs 90", "- Smart card users keep a 5% discount", "- Minimum fare stays at Rs 10"]
    top = ["e-Paper | Subscribe | Sign in", "Home / News / Cities / Bengaluru", "Bengaluru"]
    lines = [*top, head, *box, P, Q]
    assert _lost(lines, _run(lines)) == top


# Harm review 16 (docs/audits/review16.md): a label, a notice or a prompt the article quotes after a short line
# saying what a printed thing reads ("The label reads:") is the article's; the same words alone still go.
@pytest.mark.parametrize(
    "intro,line",
    [
        ("The label reads:", "Sponsored"),  # a story on advertising rules
        ("The notice reads:", "All rights reserved"),  # a story on a copyright dispute
        ("The screen showed:", "Subscribe now"),  # a story on a streaming outage
        ("The box reads:", "Sign up for our newsletter"),  # a story on a data leak
    ],
)
def test_a_printed_line_the_article_quotes_after_a_short_intro_stays(intro: str, line: str) -> None:
    r = "The regulator said it would publish new guidance on the wording before the end of the year."
    lines = [H, P, Q, intro, line, r]
    assert _lost(lines, _run(lines)) == []
    # without the intro the line is the page's
    assert line not in articleclean.clean("\n\n".join([H, P, Q, line, r])).split("\n")


def test_an_advert_marker_between_a_speech_intro_and_the_quotation_still_goes() -> None:
    lines = [H, P, "The mayor said:", "Advertisement", '"We will rebuild the bridge within a year."', Q]
    assert _lost(lines, _run(lines)) == ["Advertisement"]


def test_the_line_that_quotes_a_job_advert_stays() -> None:
    # a UK council story and an Irish HSE story quoting the advert they report on
    for intro, advert in (
        ("The advert, posted on the council's website on Monday, reads:", ["Head of Wellbeing", "£78,000 - £85,000", "Closing date: 21 March", "Recruiter: Example Council"]),
        ("The job, advertised by the health service last week, is described as:", ["Director of Communications", "€110,000 - €120,000 a year", "Closing date: 4 April", "Recruiter: Example Health"]),
    ):
        r = "Opposition councillors said the salary was more than the leader of the council earns."
        lines = [H, P, Q, intro, *advert, r]
        assert intro in _run(lines).text.split("\n")


@pytest.mark.parametrize(
    "headline",
    ["Download the app, drivers told, as fines go digital", "Download the app to get your voucher, shoppers told"],
)
def test_a_headline_reporting_an_app_prompt_stays(headline: str) -> None:
    lines = [headline, P, Q]
    assert _lost(lines, _run(lines)) == []


@pytest.mark.parametrize("line", ["Have your say", "Join the conversation", '"Have your say"'])
def test_a_comment_phrase_between_two_paragraphs_is_the_articles_subheading(line: str) -> None:
    # a consultation story (an Irish county council's plan, a UK transport scheme): its section on how to respond
    p2 = "Submissions can be made online or at the council offices until 5pm on Friday, 14 March, the council said."
    lines = [H, P, Q, line, p2, "A public meeting will also be held in the town hall on Wednesday evening."]
    assert _lost(lines, _run(lines)) == []


def test_a_comment_phrase_by_the_comment_box_still_goes() -> None:
    tail = ["Have your say", "Leave a Reply", "Your email address will not be published. Required fields are marked *"]
    lines = [H, P, Q, *tail]
    assert _lost(lines, _run(lines)) == tail


@pytest.mark.parametrize(
    "heading,items",
    [
        ("Most read", ["Intermezzo by Sally Rooney", "Prophet Song by Paul Lynch", "Long Island by Colm Tóibín"]),  # a libraries story
        ("Trending", ["Finance Bill 2024", "Paris Olympics", "Euro 2024", "Kelvin Kiptum"]),  # a story on the year's searches
    ],
)
def test_a_promo_heading_over_the_articles_short_list_between_paragraphs_stays(heading: str, items: list[str]) -> None:
    before = "The figures, published on Tuesday, show which titles and names were chosen most often last year."
    after = "The full list, with the top 100 in each category, is published on the agency's website."
    lines = [H, P, before, heading, *items, after, Q]
    assert _lost(lines, _run(lines)) == []


def test_a_promo_heading_over_other_stories_between_paragraphs_still_goes() -> None:
    block = ["Most read", "Woman, 82, dies after being hit by bus in town centre", "Motorway closed for weekend as bridge is replaced"]
    lines = [H, P, *block, Q, "The council will publish its plans for the bridge next month, a spokesperson said."]
    assert _lost(lines, _run(lines)) == block


# Harm review 15 (docs/audits/review15.md): news formats whose own lines look like furniture.
@pytest.mark.parametrize("foot", FOOTS, ids=["most-read", "newsletter"])
@pytest.mark.parametrize(
    "letter",
    [
        ["The bus lane has made my commute longer, not shorter.", "Tim O'Rourke, Randwick"],  # an Australian letters page
        ["The Fletcher family, Ponsonby"],  # a New Zealand one
        ["Is it too much to ask that the station clocks show the same time?", "Yours, etc,", "PAT NOLAN,", "Portlaoise."],  # an Irish one
    ],
)
def test_a_letters_signature_stays_above_the_furniture(letter: list[str], foot: list[str]) -> None:
    lines = ["Letters to the editor", P, Q, *letter, *foot]
    assert _lost(lines, _run(lines)) == foot


def test_a_timelines_last_entries_stay_above_the_furniture() -> None:
    entries = ["December 2024", "Talks resume in Doha.", "January 15, 2025", "Qatar's prime minister announces the deal."]
    lines = [H, P, Q, *entries, *FOOTS[0]]
    assert _lost(lines, _run(lines)) == FOOTS[0]


def test_a_schedules_dates_with_two_lines_under_each_stay() -> None:
    # a UK rail strike bulletin; the same shape for an Irish bin collection schedule
    for dates, items in (
        (["Saturday 22 March", "Sunday 23 March"], ["Avanti West Coast: no trains", "London Northwestern: reduced service"]),
        (["Monday 7 April", "Tuesday 8 April"], ["Green bins: north of the river", "Brown bins: town centre"]),
    ):
        lines = [H, P, dates[0], *items, dates[1], *items, Q, "Passengers are advised to check before they travel, the operators said."]
        assert _lost(lines, _run(lines)) == []


@pytest.mark.parametrize(
    "line",
    [
        "See also: the council's website, which has a postcode search for the new collection days.",  # a UK council story
        "Read more: the project's historians have written short essays on each of the twelve emigrant ships.",  # an Irish one
    ],
)
def test_a_sentence_after_a_link_label_is_the_articles(line: str) -> None:
    lines = [H, P, line, Q]
    assert _lost(lines, _run(lines)) == []


def test_a_link_to_another_story_after_its_label_still_goes() -> None:
    for line in ("Read more: Council tax to rise by five per cent in April", 'READ MORE: "We will rebuild," says mayor'):
        lines = [H, P, line, Q]
        assert _lost(lines, _run(lines)) == [line]
