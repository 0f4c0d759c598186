"""Harm review 12 (docs/audits/review12.md): the article's own lines in the shapes of the twelfth session's
rules, each guard tested on cases written here in the layouts of at least two kinds of outlet, and the
furniture each rule was written for still going beside them.

- a sentence about when a report first appeared, between the article's paragraphs (byline.source);
- an offer of ad space in a story about advertising (ad.marker);
- "Read: <title>" among the article's own labelled lines (a school's charter, a union's guidance);
- a paragraph with a reporting clause ending in a bracketed picture credit (caption.credit);
- a script's braces between the lines of code a technology story prints (junk.markup);
- contact lines under the article's own call to get in touch (byline.contact);
- a widget between a colon line introducing someone's words and the words themselves (quoting).
"""

from __future__ import annotations

import pytest

import articleclean
from articleclean.quoting import quoted_lines

P = "The council said the figures would be published in full next month, after a review by auditors."
Q = "A spokesperson for the company declined to comment further when contacted on Tuesday."


def _removed(*paras: str) -> set[str]:
    return {r.text.strip() for r in articleclean.clean_and_explain("\n\n".join(paras)).removals}


# -- byline.source: a wire's note ends the story or sits over the wire's name; a sentence between paragraphs stays


@pytest.mark.parametrize(
    "paras",
    [
        [  # a retraction story (a science desk)
            "Study linking screen time to poor sleep retracted",
            "A widely shared study linking evening screen use to poor sleep in teenagers has been retracted by the journal.",
            "The journal said a coding error had reversed the direction of one of its main findings.",
            "This article was originally published on June 4, 2019.",
            "By then it had been cited more than 300 times, including in two government reports.",
            "The authors said they regretted the error and had asked for the retraction themselves.",
        ],
        [  # a court report on a copied story (a Kenyan daily)
            "Blogger charged over fake exam story",
            "A blogger has been charged in Nairobi with publishing false information after a post claimed that papers had leaked.",
            "Prosecutors told the court the post had been copied from an earlier story, changing only the year.",
            "This story was first published on November 2, 2016.",
            "The blogger denied the charge and was released on a cash bail of Sh50,000.",
        ],
    ],
)
def test_a_sentence_about_when_a_story_first_ran_stays_between_paragraphs(paras: list[str]) -> None:
    assert paras[3] not in _removed(*paras)


def test_the_wires_note_over_the_wires_name_still_goes_with_a_prompt_after_it() -> None:
    note = "This report by The Associated Press was first published March 3, 2024."
    paras = ["Council votes to add two police officers", P, Q, note, "The Associated Press",
             "Be the first to read breaking stories. Enable push notifications on your device."]
    assert note in _removed(*paras)


# -- ad.marker: the site's offer of its ad space, not an article about advertising (its prose speaks of adverts)


@pytest.mark.parametrize(
    ("paras", "line"),
    [
        (  # a business desk's how-to, with its subheadings
            ["How to market a small business on a tight budget",
             "Most small firms spend less than £500 a year on marketing, a survey by the Federation of Small Businesses found.",
             "Advertise on Facebook",
             "Targeted adverts can reach people within a few miles of your shop for a few pounds a day.",
             "Advertise in the Local Paper",
             "Print still reaches older customers, and many papers offer discounts for a run of notices."],
            "Advertise in the Local Paper",
        ),
        (  # a South African business story about empty billboards
            ["Empty billboards multiply as ad spending falls",
             "More than a third of the billboards along the M1 now carry no advertising, according to an industry survey.",
             "Many show only the owner's phone number and two words.",
             "Advertise here",
             "Outdoor firms blame load shedding and the weak rand for the empty sites.",
             "Some have cut prices by half to fill them."],
            "Advertise here",
        ),
    ],
)
def test_an_article_about_advertising_keeps_its_offer_lines(paras: list[str], line: str) -> None:
    assert line not in _removed(*paras)


@pytest.mark.parametrize("slot", ["– Advertise on example.co.nz –", "Advertise with us"])
def test_the_sites_offer_between_paragraphs_of_another_story_still_goes(slot: str) -> None:
    paras = ["Mayor defends rates rise", P, slot, "Residents have until Friday to respond to the consultation on the plan.", Q]
    assert slot in _removed(*paras)


# -- related.link "Read: <title>": among the article's own labelled lines it is an entry of its list


@pytest.mark.parametrize(
    ("paras", "line"),
    [
        (  # a primary school's reading charter (a local paper's education page)
            ["How to help your child become a confident reader",
             "Teachers say the habits formed before the age of seven matter more than any scheme used in school.",
             "Read: 20 minutes every night with your child, whatever the book",
             "Talk: About the pictures, the characters and what might happen next",
             "Visit: Your local library at least once a month",
             "Head teacher Ruth Adeyemi said the charter had lifted reading scores by a fifth in two years."],
            "Read: 20 minutes every night with your child, whatever the book",
        ),
        (  # a union's guidance to its members (a national paper's education desk)
            ["Union tells members how to respond to the pay offer",
             "The teachers' union has told members to read the pay offer carefully before voting in the ballot that opens on Monday.",
             "Read: The Offer in Full, Including the Appendix on Workload",
             "Compare: Your Pay Now With Your Pay After the Rise",
             "The union's executive has recommended that members reject the offer."],
            "Read: The Offer in Full, Including the Appendix on Workload",
        ),
        (  # a parish's order of service (a London local)
            ["Church marks centenary with service of thanksgiving",
             "St Peter's marked 100 years since its consecration with a service attended by more than 300 people.",
             "First Reading: Psalm 121 and Isaiah 40",
             "Read: Psalm 23 and Isaiah 40 aloud together",
             "The bishop gave the sermon, recalling the parish's work during the Blitz."],
            "Read: Psalm 23 and Isaiah 40 aloud together",
        ),
    ],
)
def test_read_among_the_articles_own_labels_stays(paras: list[str], line: str) -> None:
    assert line not in _removed(*paras)


# -- caption.credit: a paragraph that reports speech is the article's, its bracketed credit glued to it


@pytest.mark.parametrize(
    "line",
    [
        "A resident, Mrs Ngozi Eze, said the water rose to the ceiling of her bungalow within an hour (photo credits: Punch)",
        "The artist told the BBC he was heartbroken to see the mural of his mother defaced [Picture: Bristol Post]",
    ],
)
def test_a_paragraph_reporting_speech_keeps_its_glued_credit(line: str) -> None:
    paras = ["Residents count the cost of the flooding", P, line, "The agency said 12 people had died in the floods this week."]
    assert line not in _removed(*paras)


# -- junk.markup: braces beside lines of code are the article's listing


@pytest.mark.parametrize(
    ("paras", "line"),
    [
        (  # a transport story quoting the faulty check
            ["The bug that grounded a city's buses", "An error in a single line of code left the buses unable to charge on Monday.",
             "This is the check that failed.", "if (charge < threshold) {", "startCharging();", "} else {", "skipCharging();",
             "A developer had reversed the comparison, so buses with flat batteries were skipped."],
            "} else {",
        ),
        (  # a coding lesson
            ["Learn to code: your first event handler", "In this week's lesson we make the page answer a click.",
             "document.addEventListener('click', () => {", "console.log('clicked');", "});",
             "The example runs a function every time you click the page."],
            "});",
        ),
    ],
)
def test_braces_beside_code_stay(paras: list[str], line: str) -> None:
    assert line not in _removed(*paras)


def test_a_scripts_braces_between_paragraphs_still_go() -> None:
    assert "} else {" in _removed("Police probe shooting", P, "} else {", Q)


# -- byline.contact: under the article's own call to get in touch, the lines are its


@pytest.mark.parametrize(
    "paras",
    [
        ["Police appeal after woman seriously hurt in hit-and-run",
         "A woman in her sixties is in a critical condition after being hit by a car that failed to stop on Saturday night.",
         "Anyone with information should contact the investigating officer, Detective Constable Sarah Jones.",
         "Tel: 020 7946 0123", "Email: sarah.jones@police.example.uk"],
        ["Food bank asks for volunteers before Christmas",
         "The food bank says demand has doubled since last winter and it needs 40 more volunteers for December.",
         "To volunteer or donate, get in touch with the food bank.", "hello@foodbank.example.org"],
        ["Farmers urged to look out for armyworm",
         "Biosecurity officers have asked growers to look out for fall armyworm after the pest was found on two farms.",
         "Suspected sightings should be reported to the exotic plant pest hotline.", "1800 084 881", "biosecurity@daf.example.gov.au"],
    ],
)
def test_contact_lines_under_the_articles_call_to_get_in_touch_stay(paras: list[str]) -> None:
    removed = _removed(*paras)
    assert not any(p in removed for p in paras[3:])


def test_the_writers_contact_lines_after_a_news_sentence_still_go() -> None:
    paras = ["Council votes to add two officers", P, "The council also voted to extend the deadline for the rezoning plan by a month.",
             "jdoe@gazette.example.com", "419-555-0100"]
    assert {"jdoe@gazette.example.com", "419-555-0100"} <= _removed(*paras)


# -- quoting: a widget between a colon line introducing someone's words and the words is no quoted list


@pytest.mark.parametrize(
    ("lines", "widget"),
    [
        (["Sentencing him, Judge Sarah Collins said:", "Advertisement",
          "\"This was a cowardly and unprovoked attack on a man who was simply doing his job.\""], [1]),
        (["The union's general secretary said in a statement:", "Sign up to our daily newsletter", "Subscribe",
          "“Our members have been clear that this offer is simply not good enough.”"], [1, 2]),
    ],
)
def test_a_widget_between_said_and_the_quotation_is_not_quoted(lines: list[str], widget: list[int]) -> None:
    assert not set(widget) & set(quoted_lines(lines))


def test_an_apps_messages_under_saw_stay_quoted() -> None:
    lines = ["Users who tried to log in saw one of two messages:", "Something went wrong", "Please try again later",
             "The bank said the fault was fixed by mid-afternoon."]
    assert sorted(quoted_lines(lines)) == [1, 2]


def test_an_advert_splitting_a_sentence_after_with_is_not_quoted() -> None:
    lines = ["The regulator said the company had failed to act on warnings along with", "Advertisement",
             "two earlier incidents on the same production line in 2021."]
    assert quoted_lines(lines) == {}


def test_braces_beside_a_scripts_statement_with_no_block_opened_still_go() -> None:
    paras = ["Radio host suspended over remarks", P, "window.dataLayer = window.dataLayer || [];", "} else {", Q]
    assert "} else {" in _removed(*paras)
