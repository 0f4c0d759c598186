"""Seventh session's top-of-page and author-box shapes, each in the layouts of two or more sites
(written here, not copied from the corpus pages that showed the gaps).

- a section name in title case over the headline (a "kicker"): metadata's section;
- a stamp's or byline's label with nothing after it ("Posted:"), and a labelled byline ("By: X");
- a name alone under the headline (a byline without "By"), with its outlet line;
- the author box: the byline's name again below the article, and the bio that names them.
"""

from __future__ import annotations

import pytest

import articleclean

PROSE = (
    "The council will consult residents on the plans for six weeks from Monday, its transport chief said.",
    "Work could start next spring if the scheme is approved, with the first lanes open by the summer.",
)


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    "kicker,headline",
    [
        ("Transport News", "New bus lanes planned for the city centre ring road"),  # a regional daily's section
        ("Health & Care", "Hospital waiting lists fall for the third month running"),  # a magazine's two-word desk
        ("County News", "Round-up of planning decisions from across the district this week"),  # an association's bulletin
        ("City Politics", "Will the ring road plan survive the election?"),  # a question as headline
    ],
)
def test_a_title_case_section_over_the_headline_is_noted_and_kept(kicker, headline):
    # noted, not removed: in text alone a short headline over its standfirst looks the same (a review)
    text = _page(kicker, headline, *PROSE)
    res = articleclean.clean_and_explain(text)
    assert res.metadata.section == kicker
    assert res.metadata.headline == (None if headline.endswith("?") else headline)
    assert res.text == text


@pytest.mark.parametrize(
    "top,headline",
    [
        ("Storm Babet", "Floods hit town"),  # a short headline over its standfirst: both may be the story's
        ("Police say", "Man charged after crash on the bypass in the early hours"),  # a clause, not a name
        ("Week 3", "What we learned from the opening games of the new season"),  # a figure: a series' part
        ("Brown", "Nurses reject pay offer as union calls for strike ballot"),  # one word: a list's item, maybe
        ("Wright Brown", "Nurses reject pay offer as union calls for strike ballot"),  # no section's word: names
        ("Rail Transport", "New bus lanes planned for the city centre ring road"),
    ],
)
def test_a_short_line_over_a_title_is_no_section_unless_it_names_one(top, headline):
    res = articleclean.clean_and_explain(_page(top, headline, *PROSE))
    assert res.metadata.section is None
    assert top in res.text and headline in res.text


@pytest.mark.parametrize(
    "under",
    [
        ["Andrew Phelan"],  # a national daily: the name alone
        ["Linda Cook", "Austin Daily Herald"],  # a syndicated story: name, then the outlet
        ["Mary O'Neill", "Political Correspondent"],  # a name, then the desk
    ],
)
def test_a_name_alone_under_the_headline_is_a_byline(under):
    headline = "Council approves new bus lanes for ring road"
    res = articleclean.clean_and_explain(_page(headline, *under, *PROSE))
    assert res.text.startswith(headline + "\n")
    for line in under:
        assert line not in res.text
    assert {r.code for r in res.removals} == {"byline.name"}


@pytest.mark.parametrize(
    "under",
    [
        ["Key Points", "• Lanes on six roads", "• Consultation for six weeks"],  # a subheading over a list
        ["Mary Robinson", "Former president of the union, speaking at the meeting"],  # a name over a clause
        ["Fact Check"],  # capitalised words that are no person's name
        ["Staff Reports"],
    ],
)
def test_a_short_capitalised_line_under_the_headline_that_is_no_byline_stays(under):
    headline = "Council approves new bus lanes for ring road"
    text = _page(headline, *under, *PROSE)
    res = articleclean.clean_and_explain(text)
    assert not [r for r in res.removals if r.code == "byline.name"]
    for line in under:
        assert line in res.text


@pytest.mark.parametrize(
    "name,bio",
    [
        ("Solomon Adeyemi", "The journalist, Solomon, has five years' experience covering crime and the courts."),  # a daily's box
        ("Hannah Jones", "Hannah Jones is a reporter covering health and social care for the paper"),  # no full stop
    ],
)
def test_the_author_box_below_the_article_goes(name, bio):
    text = _page("Council approves new bus lanes", f"By {name}", *PROSE, name, bio)
    res = articleclean.clean_and_explain(text)
    assert res.text.endswith(PROSE[-1])
    codes = [r.code for r in res.removals]
    assert codes.count("byline.name") == 2 and "byline.bio" in codes


@pytest.mark.parametrize(
    "box",
    [
        # a regional group's box: the name twice (its picture's label and its link), the role, the bio
        ["Hannah Jones", "Hannah Jones", "Journalist", "Hannah Jones is the paper's local government reporter. Before that she worked in Horsham."],
        # a US daily's box: the name, the role, the bio
        ["Hannah Jones", "Senior Reporter", "Hannah Jones covers City Hall and the county courts for the paper."],
    ],
)
def test_the_author_box_with_its_name_twice_or_its_role_goes(box):
    # a short article: the box's bio is longer than the article, and must not pass for it
    text = _page("Council approves new bus lanes", "By Hannah Jones", PROSE[0], *box)
    res = articleclean.clean_and_explain(text)
    assert "Council approves new bus lanes" in res.text and PROSE[0] in res.text
    for line in box:
        assert line not in res.text.split("\n")


def test_a_role_line_under_a_name_in_the_article_stays():
    # a list of a newsroom's staff in a story about it: the name and role lines have prose after them
    text = _page("Paper names new editor", "By Hannah Jones", *PROSE, "Hannah Jones", "Journalist", *PROSE[:1])
    res = articleclean.clean_and_explain(text)
    assert "Journalist" in res.text.split("\n")


def test_a_bylines_name_over_more_of_the_article_stays():
    # a Q&A: the reporter's name is a speaker's label, and the article goes on under it
    turn = "Jane Doe"
    answer = "I asked the transport chief why the consultation was only six weeks long, and what happens next."
    text = _page("Council approves new bus lanes", "By Jane Doe", *PROSE, turn, answer, "He said it was set by law.")
    res = articleclean.clean_and_explain(text)
    assert turn in res.text.split("\n") and answer in res.text


def test_a_bio_line_that_quotes_someone_stays():
    bio = '"Jane is a reporter who never gives up," her editor said when she won the award this year.'
    text = _page("Council approves new bus lanes", "By Jane Doe", *PROSE, "Jane Doe", bio)
    res = articleclean.clean_and_explain(text)
    assert bio in res.text


# -- teaser cards under a related-stories heading at the page's end --------------------------------------

CARDS = [
    # a Canadian weekly's "MORE NATIONAL ARTICLES": headline, standfirst retelling it
    [
        "Freight Train Derails Near Prairie Town Overnight",
        "A freight train derailed near the prairie town overnight, spilling grain across two fields, officials say.",
        "Province Unveils Plan To Cut Hospital Wait Times",
        "The province has unveiled a plan it says will cut hospital wait times by a third within…",  # cut off
    ],
    # a US local site's "More Local News": a headline printed twice, then its standfirst
    [
        "School Board Approves Four-Day Week For Rural Districts",
        "School Board Approves Four-Day Week For Rural Districts",
        "The school board approved a four-day week for three rural districts on a 5-2 vote Tuesday night.",
        "Library Extends Weekend Hours After Community Survey",
    ],
]


@pytest.mark.parametrize("heading,cards", [("MORE NATIONAL ARTICLES", CARDS[0]), ("More Local News", CARDS[1])])
def test_teaser_cards_under_a_related_heading_at_the_end_go(heading, cards):
    res = articleclean.clean_and_explain(_page(*PROSE, heading, *cards))
    assert res.text == _page(*PROSE)
    assert {r.code for r in res.removals} <= {"related.heading", "related.card", "duplicate.paragraph"}


def test_the_articles_paragraph_under_a_related_links_box_stays():
    # a broadcaster's "Related Links" box with one link sits above the article's last paragraph
    last = "Challenges include keeping the crew healthy while they sleep through most of the long trip to the planet."
    text = _page(*PROSE, "Related Links", "Space Agency Research Programme Website", last, "Report Error", "Top Video")
    assert last in articleclean.clean(text)


def test_subheadings_and_sections_after_a_related_box_mid_article_stay():
    sections = [
        "What Happens Next For The Ring Road",
        "The consultation closes in six weeks, and the council's cabinet will decide on the plans in June.",
        "Who Will Pay For The New Lanes",
        "The scheme is funded by a government grant, with the council paying a fifth of the cost of the works.",
    ]
    text = _page(*PROSE, "Related Stories", *sections, "Residents can comment online or at the town hall until then.")
    out = articleclean.clean(text)
    for line in sections:
        assert line in out


# -- a prose paragraph printed twice among lines with no blank line between them --------------------------------

@pytest.mark.parametrize(
    "lines",
    [
        # a community TV site: the standfirst printed twice in a row, no blank line
        [
            "A plan to build homes on the old depot site met with resistance at a packed meeting. The hearing ran late.",
            "A plan to build homes on the old depot site met with resistance at a packed meeting. The hearing ran late.",
            "Residents said the roads could not take the extra traffic.",
        ],
        # a West African daily's scrape with no blank lines: the first paragraph comes back as the third
        [
            "According to the police, the suspects were arrested at a checkpoint on the main road out of the city.",
            "Officers found motorbikes, phones and cash after the arrests, a spokesman told reporters on Friday.",
            "According to the police, the suspects were arrested at a checkpoint on the main road out of the city.",
            "He added that the suspects would be screened and charged.",
            "The operation will be repeated across the city, the police said.",
            "Residents welcomed the arrests.",
        ],
    ],
)
def test_a_long_line_printed_twice_comes_out_once(lines):
    res = articleclean.clean_and_explain("\n".join(lines))
    assert res.text.count(lines[0]) == 1
    assert [r.code for r in res.removals] == ["duplicate.paragraph"]


def test_a_chant_printed_twice_in_its_paragraph_stays():
    chant = ["Whose streets? Our streets!", "We are the river, we are the rain.", "We are the river, we are the rain."]
    text = "\n".join([PROSE[0], "", *chant, "", PROSE[1]])
    assert articleclean.clean(text) == text


def test_a_name_over_a_title_is_no_section():
    # found by the do-no-harm property: a list of names under its heading, recombined
    for top in ("Thomas", "Andrew Phelan"):
        text = _page(top, "Top girls' names in 2024 and what they mean", *PROSE)
        res = articleclean.clean_and_explain(text)
        assert res.metadata.section is None and top in res.text


# -- one line of a named family, anywhere on the page, in the layouts of two or more sites each -------------------

AFTER = "The meeting is open to the public on Monday."

LINE_GOES = [
    # a stamp's or a byline's label left empty by its widget (a TV station's, a regional daily's)
    *(("byline.empty", x) for x in ("Posted:", "Updated:", "Published :", "By:", "by:", "Last updated:", "Posted On:")),
    # a labelled byline below the top
    *(("byline.name", x) for x in ("By: Linda Cook", "by: Ahmed Khan and Sara Lee", "Written by: Tom O'Neill", "By: WCTV Eyewitness News")),
    # appeals in the outlet's voice: a city magazine's membership drive, a non-profit local site's box, letters
    # to the reader cut off where the box was folded
    (
        "donation.appeal",
        "Nearly 500 of you have joined as paying members this year. We want to reach 1,000 by the spring. "
        "If you value what we do, please consider becoming a member.",
    ),
    (
        "donation.appeal",
        "If you want us to keep reporting on the council, we'd love it if you'd consider donating. "
        "We're a small team, so every gift really makes a difference.",
    ),
    ("donation.appeal", "Dear Harbour Gazette readers, local news needs your help this winter more than ever before"),
    ("donation.appeal", "Dear Valley Voice supporter, this year has been hard for local news. Here is why"),
    # site footers: a US TV station's platform, a magazine's, a local weekly's; a wire's and a portal's
    # standards link; contact lines whose address the page hid (a West African daily's, a UK regional's)
    ("footer.credit", "Powered by Frankly"),
    ("footer.credit", "Powered by WordPress.com VIP"),
    ("footer.credit", "Website by Acme Digital"),
    ("footer.standards", "Our Standards: The Thomson Reuters Trust Principles."),
    ("footer.standards", "Editorial Standards"),
    ("footer.standards", "Corrections policy"),
    ("footer.contact", "Contact: [email protected]"),
    ("footer.contact", "[email protected]"),
    ("footer.contact", "Send us your news: [email protected]"),
    # a US weekly's and a magazine's pager; a TV station's and a UK regional's tab title
    ("navigation.pager", "(Page 2 of 2)"),
    ("navigation.pager", "Page 1 / 3"),
    ("navigation.title", "Missing teen found safe, police say - KMOV.com"),
    ("navigation.title", "Council backs ring road plan | Example.co.uk"),
    # captions saying who is where: a Gulf daily's sports caption, a trade magazine's, a UK regional's, a wire's
    ("caption.position", "Chennai's opener (L) celebrates his half-century with his captain"),
    ("caption.position", "Alan Jones (on the left), Alison Smith and Nick Brown in the Advertiser office."),
    ("caption.position", "The metal bar found in the park (left), with police dog Mizz (right)"),
    ("caption.position", "US professor Kevin Hart (left) and his Australian colleague"),
    # share rows: a regional daily's, a WordPress site's buttons, a US daily's tools, a magazine's row with its
    # separators, a German site's
    *(
        ("share.buttons", x)
        for x in (
            "Facebook Twitter WhatsApp Email",
            "Click to share on Reddit (Opens in new window)",
            "Click to email a link to a friend (Opens in new window)",
            "Email • Twitter",
            "Artikel teilen per WhatsApp",
        )
    ),
]

LINE_STAYS = [
    # a label with a clause after it
    "By then: the council had already spent the money.",
    "Updated: the council now says the road will reopen on Friday.",
    "Posted: in the end, the letters were never sent.",
    # the article's own lines to readers
    "Dear reader, this column is about my father and the allotment he kept for forty years.",
    '"Dear Friends of the Park members," the letter began, before asking them to give what they could.',
    "Volunteers say the pantry could not survive the winter. Your donations make our work possible.",
    "We spoke to families at the food bank on Monday. Many of you wrote to us after last week's story about prices.",
    # footer-like article lines
    "Powered by the sun, the car crossed Australia in four days.",
    "Powered by volunteers",
    "Powered By Women",  # a heading: every word capitalised
    "Our standards have slipped, the editor admitted at the inquiry.",
    "For details email [email protected] before Friday.",
    "Hosted by Jane Doe",
    # a page or a site named in a sentence
    "Page 3 of the report says the council erred.",
    "The shop moved its sales to example.com - it said.",
    "Shares fell 3% - Reuters.com reported",
    # a paragraph naming a left and a right: a tabloid's body text, a report of speech, a US party, a question
    "Smith (left) was jailed for six years at the crown court on Monday.",
    "Smith (left) told the court he had not seen the car, the jury heard.",
    "Sen. John Smith (R) said the bill would pass.",
    '"Me (left) and my sister at the beach," she said.',
    "Which of them (left or right) would you trust?",
    # a button's word in a line that is no row of buttons
    "Share your story with the council before Friday.",
    "Print edition",
    "Save the date",
    "Email the council",
    "Facebook and Twitter were fined again this week.",
]


@pytest.mark.parametrize("code,line", LINE_GOES)
def test_a_line_of_a_named_family_goes(code, line):
    # a footer's line sits below the article (with prose after it, it is a heading: see test_harm_review)
    # and a pager or a tab title above it (between its paragraphs, it is a document's or a list's)
    if code.startswith("footer."):
        lines: tuple[str, ...] = (*PROSE, AFTER, line)
    elif code.startswith("navigation."):
        lines = (line, *PROSE, AFTER)
    else:
        lines = (*PROSE, line, AFTER)
    res = articleclean.clean_and_explain(_page(*lines))
    assert res.text == _page(*PROSE, AFTER)
    assert [r.code for r in res.removals] == [code]


@pytest.mark.parametrize("line", LINE_STAYS)
def test_an_article_line_like_a_named_family_stays(line):
    text = _page(*PROSE, line, AFTER)
    assert articleclean.clean(text) == text


@pytest.mark.parametrize("button", ["Gift this article", "Save for later", "Listen to article"])
def test_one_button_goes_only_beside_furniture(button):
    # a US daily's tools row printed one button a line; alone between paragraphs, "Save for later" may be
    # a how-to's heading (a review)
    beside = articleclean.clean_and_explain(_page(*PROSE, button, "Facebook Twitter WhatsApp Email", AFTER))
    assert beside.text == _page(*PROSE, AFTER)
    alone = _page(*PROSE, button, AFTER)
    assert articleclean.clean(alone) == alone


# -- the headline noted in the metadata ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label,title",
    [
        ("South Africa", "Residents march on the city offices to protest against poor service delivery"),  # a region tab
        ("Greater Manchester", "Peaceful protest might escalate to a rates boycott, say organisers"),  # a regional daily's
    ],
)
def test_a_short_label_over_a_longer_title_leaves_the_title_as_headline(label, title):
    text = _page(label, title, *PROSE)
    res = articleclean.clean_and_explain(text)
    assert res.metadata.headline == title
    assert res.text == text  # metadata only: both lines stay


def test_a_label_over_a_stamp_in_another_language_is_no_headline_change():
    res = articleclean.clean_and_explain(_page("Classificação NASCAR", "sexta-feira, 22 de outubro de 2010 às 20:13", *PROSE))
    assert res.metadata.headline != "sexta-feira, 22 de outubro de 2010 às 20:13"


@pytest.mark.parametrize(
    "first",
    [
        "date 2019-04-11 File picture: Jane Doe/African News Agency(ANA)",  # a wire portal's credit under its stamp
        "date 2023-02-01 Photo: John Roe/Evening Herald",  # a regional daily's
    ],
)
def test_a_headline_noted_before_its_line_was_removed_is_cleared(first):
    # the stamp is cut first; the credit left is found in the next pass, after the classifier noted it as the title
    res = articleclean.clean_and_explain(_page(first, *PROSE))
    assert res.text == _page(*PROSE)
    assert res.metadata.headline is None


@pytest.mark.parametrize(
    "paras",
    [
        # a timeline of office holders (a UK explainer's), each entry a name and a date
        [
            "Timeline: the prime ministers since 1997",
            "Here are the prime ministers who have held office since the landslide.",
            "Tony Blair, 2 May 1997",
            "Gordon Brown, 27 June 2007",
            "David Cameron, 11 May 2010",
            "The dates are when each took office.",
        ],
        # a bench of judges (a Kenyan court report's), each entry over a line about them
        [
            "Who was on the bench",
            "The Supreme Court delivered its judgment on the Finance Act on Friday.",
            "Martha Koome, Chief Justice, 6 December 2024",
            "Koome read the majority judgment, which upheld most of the Act.",
            "Isaac Lenaola, Judge, 6 December 2024",
            "Lenaola dissented on the housing levy.",
        ],
    ],
)
def test_a_list_of_names_and_dates_at_the_top_is_no_byline(paras):
    # review 12b: the metadata cleaner took each "Name, date" line near the top for a byline and its date
    res = articleclean.clean_and_explain("\n\n".join(paras))
    assert all(p in res.text.split("\n") for p in paras)
    assert res.metadata.byline is None


def test_one_name_and_date_line_under_the_headline_is_still_the_byline():
    res = articleclean.clean_and_explain("\n\n".join(["Council approves new bus lanes", "Jane Doe, 3 May 2024", *PROSE]))
    assert res.metadata.byline == "Jane Doe" and "Jane Doe, 3 May 2024" not in res.text


@pytest.mark.parametrize(
    "entries",
    [
        # an event's schedule (a UK festival story): day and time over each entry
        ["Friday, 8:30am", "Gates open to campers.", "Friday, 2pm", "The main stage opens with local bands.", "Saturday, 6am", "Car parks reopen."],
        # a media story's list of wire alerts: the desk and the time over each alert
        ["Reuters, 14:02 GMT", "The first alert said the vote had passed.", "AFP, 14:05 GMT", "A second said it had failed."],
        # a live blog's entries under their times (review 11's rescue and count timelines)
        ["45 mins ago", "Turnout in Eastside ward put at 38%", "30 mins ago", "Recount requested in Northgate"],
    ],
)
def test_stamps_heading_a_lists_entries_under_the_first_sentence_stay(entries):
    lead = "Organisers published the timetable for the weekend on Monday, with the first events on Friday morning."
    res = articleclean.clean_and_explain("\n\n".join(["What happens when", lead, *entries, *PROSE]))
    assert all(e in res.text.split("\n") for e in entries)


def test_a_stamp_alone_under_the_first_sentence_still_goes():
    lead = "Organisers published the timetable for the weekend on Monday, with the first events on Friday morning."
    res = articleclean.clean_and_explain("\n\n".join(["What happens when", lead, "Updated 14 June 2024", *PROSE]))
    assert "Updated 14 June 2024" not in res.text.split("\n")
