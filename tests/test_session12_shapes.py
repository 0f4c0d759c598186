"""Shapes added in the twelfth session, each in the layouts of at least two sites (cases written here):

- a wire's dated publication note ("This report by The Canadian Press was first published <date>."), closing
  stories on Canadian regional sites and on any outlet that runs the wire;
- a recirculation link under a label with a semicolon ("READ ALSO;", "ALSO READ;"), as Kenyan sites print
  them (a bare "READ:" and a caption's bracketed credit were withdrawn after review 12: too many of the
  article's own lines have those shapes);
- the writer's contact lines after the article's last sentence (an e-mail address, a telephone number, a
  social handle), as US regional dailies of one network and UK regional sites print them.
"""

from __future__ import annotations

import pytest

import articleclean

HEAD = "Council votes to add two police officers"
P1 = "The city council voted on Wednesday to add two officers to the police department, bringing its staff to 23."
P2 = "Council president Larry Collins said a public hearing on the wider rezoning plan would be held next month."


def _removed(*paras: str) -> set[str]:
    return {r.text.strip() for r in articleclean.clean_and_explain("\n\n".join(paras)).removals}


def _kept(line: str, *paras: str) -> bool:
    return line in articleclean.clean("\n\n".join(paras)).split("\n")


@pytest.mark.parametrize(
    "note",
    [
        "This report by The Canadian Press was first published Dec. 21, 2023.",  # a regional site's wire copy
        "This report by The Canadian Press was first published on Feb. 27, 2023.",  # another's, with "on"
        "This story was originally published on March 3, 2024.",  # a US outlet's syndication note
        "This article was first published on 4 May 2021.",  # day-month order
    ],
)
def test_a_wires_dated_publication_note_goes(note: str) -> None:
    assert note in _removed(HEAD, P1, P2, note)


@pytest.mark.parametrize(
    "line",
    [
        "This report was first published in 1998 by the council and has been updated every year since.",
        "This report by the auditor was first published March 3, 2024, and found waste in every department.",
    ],
)
def test_a_sentence_about_when_a_report_first_appeared_stays(line: str) -> None:
    assert _kept(line, HEAD, P1, line, P2)


@pytest.mark.parametrize(
    "link",
    [
        "READ ALSO; Singer on why she stopped going to the gym",  # a Kenyan site's semicolon
        "ALSO READ; Police arrest two after a robbery at a petrol station",
    ],
)
def test_a_link_under_a_semicolon_label_goes(link: str) -> None:
    assert link in _removed(HEAD, P1, link, P2)


@pytest.mark.parametrize(
    "line",
    [
        "Read: the full statement from the council is below.",  # a clause in lower case: the article's pointer
        "The sign read: Keep out of the park after dark",
    ],
)
def test_a_read_line_that_is_the_articles_stays(line: str) -> None:
    assert _kept(line, HEAD, P1, line, P2)


@pytest.mark.parametrize(
    "contacts",
    [
        ["jdoe@examplenews.com", "419-555-0100", "Twitter: @JaneDoeNews"],  # a US network daily's reporter
        ["Email: jane.doe@example.co.uk", "Twitter: @janedoe"],  # a UK regional's labelled lines
        ["[email protected]"],  # an address the page hid: alone, after the last sentence
    ],
)
def test_the_writers_contact_lines_after_the_article_go(contacts: list[str]) -> None:
    gone = _removed(HEAD, P1, P2 + "\n" + "\n".join(contacts))
    assert all(c in gone for c in contacts)
    assert P2 not in gone


@pytest.mark.parametrize(
    "paras",
    [
        # a helpline list under the article's own colon line
        [HEAD, P1, "Anyone affected can get support from the following:", "help@samaritans.example.org", "116 123"],
        # a telephone number alone at the end: a helpline's, maybe
        [HEAD, P1, P2, "0800 555 0100"],
        # contact lines with more of the article after them
        [HEAD, P1, "jdoe@examplenews.com", "419-555-0100", P2],
    ],
)
def test_contact_lines_that_are_the_articles_stay(paras: list[str]) -> None:
    gone = _removed(*paras)
    assert not [g for g in gone if "@" in g or g[:1].isdigit()]


def test_a_long_paragraph_with_a_bracketed_credit_inside_stays() -> None:
    # the credit is not at the line's end: the paragraph quotes a picture's credit line
    line = "The agency's caption read [Photo credit: Police] when it first ran, and the paper later corrected it to name the photographer."
    assert _kept(line, HEAD, P1, line, P2)


@pytest.mark.parametrize(
    "debris",
    [
        "} else {",  # a radio site's script between paragraphs
        "});",
        "fbpx",  # a tracking pixel's name, left by WordPress sites' noscript tags
        "20231221121236-25070e8c5df5c134cfbcf7be8d7c8142302b4412eb100692c4dd30eb147d9438",  # a timestamped hash
    ],
)
def test_script_debris_and_ids_go(debris: str) -> None:
    assert debris in _removed(HEAD, P1, debris, P2)


@pytest.mark.parametrize(
    "offer",
    ["– Advertise on whatsoninvers.example.nz –", "Advertise with Bell Media", "Advertise in the Courier", "Advertise here"],
)
def test_the_sites_offer_of_its_ad_space_goes(offer: str) -> None:
    assert offer in _removed(HEAD, P1, offer, P2)


@pytest.mark.parametrize("line", ["Advertise on the radio to reach farmers, the board suggested.", "} and then he left"])
def test_lines_about_advertising_or_with_a_brace_stay(line: str) -> None:
    assert _kept(line, HEAD, P1, line, P2)


@pytest.mark.parametrize(
    "crumbs",
    [
        "Home/News/Local News",  # an Australian regional group's trail, no spaces
        "Pulse Nigeria  >  News  >  Local",  # a Nigerian site's, with its name first
        "Home » News » Politics",
    ],
)
def test_a_breadcrumb_trail_above_the_headline_goes(crumbs: str) -> None:
    gone = _removed(crumbs, HEAD, P1, P2)
    assert crumbs.strip() in gone and HEAD not in gone


@pytest.mark.parametrize(
    "line",
    [
        "Fire/Rescue crews attend blaze at the depot",  # a headline with a slash
        "Ben Nevis > Snowdon > Scafell Pike",  # a walker's route, no section names
        "Labour / Tory / Lib Dem",
    ],
)
def test_a_headline_or_a_route_with_separators_stays(line: str) -> None:
    assert _kept(line, line, P1, P2)
