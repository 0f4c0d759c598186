"""Text a page prints twice at its top comes out once: the title printed twice, a standfirst made of the
article's own opening, a passage printed above the byline and again under it.

The cases are written here in the layouts found on news pages (benchmarks/news, ``once``), each concept
in at least two sites' layouts, with the article lines that look alike and must stay.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

import articleclean
from articleclean.cleaners import DuplicateCleaner
from articleclean.document import Document

LEAD = "The county council approved a new budget on Monday night after a debate that ran for almost four hours."
NEXT = "The leader said residents would see the first benefits in April, when the new bus routes begin to run."
LAST = "The opposition said it would table its own plan at the next meeting of the full council in March."


def removed(text: str) -> list[str]:
    doc = DuplicateCleaner().apply(Document.from_text(text))
    return [r.code for r in doc.removals]


def once(text: str, line: str) -> bool:
    return articleclean.clean(text).count(line) == 1


# -- the title printed twice -------------------------------------------------------------------------------
TITLE = "Budget row turns ugly"  # four words: shorter than a paragraph the repeats rule reads


@pytest.mark.parametrize(
    "page",
    [
        # a regional weekly: the page's title, then the heading over the story
        f"{TITLE}\n\n{TITLE}\n\n1370\n\n{LEAD}\n\n{NEXT}",
        # a magazine: the heading, the standfirst, the byline, then the heading again over the picture
        f"{TITLE}\n\nA long night at County Hall, and a budget at the end of it.\n\nBy Sam Reed\n\n{TITLE}\n\n{LEAD}\n\n{NEXT}",
        # an aggregator: a section label and the title, the outlet's name and the title again
        f"News\n\n{TITLE}\n\nThe Daily Record\n{TITLE}\n\n{LEAD}\n\n{NEXT}",
        # a review site: the title, then the title over the review's fact box
        f"Album Reviews\n\n{TITLE}\n\n{TITLE}\nCountry of Origin: UK\nYear of Release: 2016\n\n{LEAD}",
    ],
)
def test_the_title_printed_twice_at_the_top_comes_out_once(page):
    assert "duplicate.headline" in removed(page)
    assert once(page, TITLE)


@pytest.mark.parametrize(
    "page",
    [
        # a song's refrain ends two stanzas: the lyrics are the article's
        "Down by the river\n\nWe walked the long road home\nThe night was cold and clear\nDown by the river\n\n"
        "We sang the old songs loud\nThe town was fast asleep\nDown by the river",
        # a subheading that comes back lower in the article, past its prose
        f"{TITLE}\n\n{LEAD}\n\nWhat happens next\n\n{NEXT}\n\n{LAST}\n\nWhat happens next\n\n{LEAD}",
        # one item of two parallel lists at the top (a comparison's two columns)
        "Plan A\n\nNew bus routes\nLower fares\n\nPlan B\n\nNew bus routes\nMore parking\n\n" + LEAD,
        # the same short line in one paragraph (a chant)
        f"Whose streets?\nOur streets!\nWhose streets?\n\n{LEAD}",
    ],
)
def test_a_refrain_a_subheading_or_a_list_item_stays(page):
    assert not any(c == "duplicate.headline" for c in removed(page))


# -- a standfirst made of the article's own opening ---------------------------------------------------------
@pytest.mark.parametrize(
    "top",
    [
        # a Caribbean daily: the teaser cut off with an ellipsis, running into the second paragraph
        f"{LEAD} The leader said residents...",
        # a press-reader site: the lead's sentence without its full stop, as the standfirst
        LEAD.rstrip("."),
        # an Indian wire's page: a summary of two of the article's sentences
        f"{NEXT} {LAST}",
    ],
)
def test_a_standfirst_made_of_the_articles_opening_goes(top):
    page = f"{TITLE}\n\n{top}\n\nBy Sam Reed\n\n{LEAD}\n\n{NEXT}\n\n{LAST}"
    res = articleclean.clean_and_explain(page)
    assert [r.code for r in res.removals if r.code.startswith("duplicate.")] == ["duplicate.summary"]
    assert top not in res.text.split("\n\n")
    for line in (TITLE, LEAD, NEXT, LAST):
        assert line in res.text


@pytest.mark.parametrize(
    "top",
    [
        # a standfirst in words of its own
        "Councillors argued late into the night before a narrow vote settled the year's spending plans.",
        # the lead itself, one sentence: a pull quote lower down repeats it, and the lead stays where it is
        LEAD,
        # a headline that is the lead's first words (a headline is shorter than a standfirst)
        "The county council approved a new budget",
    ],
)
def test_a_standfirst_of_its_own_or_the_lead_stays(top):
    page = f"{top}\n\n{LEAD if top != LEAD else NEXT}\n\n{NEXT if top != LEAD else LAST}\n\n“{LEAD}”\n\n{LAST}"
    assert "duplicate.summary" not in removed(page)


def test_a_summary_far_above_its_sentences_stays():
    filler = [f"Paragraph {i} of the article goes on here with more detail about the plan." for i in range(10)]
    page = "\n\n".join([TITLE, f"{NEXT} {LAST}", LEAD, *filler, NEXT, LAST])
    assert "duplicate.summary" not in removed(page)


# -- a passage printed above the byline and again under it -------------------------------------------------
@pytest.mark.parametrize(
    "between",
    [
        ["by: Jo Cook", "Posted:", "Updated:"],  # a US TV station's page, no blank lines
        ["Staff Reporter", "5 March 2024"],  # a city daily's
    ],
)
def test_a_passage_printed_above_the_byline_and_under_it_comes_out_once(between):
    first = "Drivers face delays on the ring road on Monday, when the bridge is closed for emergency repairs from 8 a.m."
    second = "The bridge will be closed to cars, bikes and walkers while the work goes on."
    page = "\n".join([first, second, *between, first, second, LAST])
    out = articleclean.clean(page)
    assert out.count(first) == 1 and out.count(second) == 1 and LAST in out


def test_a_chorus_of_two_short_lines_sung_twice_stays():
    chorus = ["We are the river, we are the rain.", "We will be here again."]
    page = "\n".join([LEAD, "", *chorus, *chorus, "", NEXT])
    assert removed(page) == []


# -- short lines an article repeats near its top: its own structure, not the title printed twice --------------
ENTRY = "Labour hold the seat with a reduced majority of 2,300 votes after a recount."
OTHER = "The Conservatives take the seat from the Liberal Democrats on a swing of six points."


@pytest.mark.parametrize(
    "page",
    [
        # a live blog: two entries under the same entry title, below the page's title
        f"Election night live: results as they come in\n\nKey seat declared\n\n{ENTRY}\n\nKey seat declared\n\n{OTHER}\n\n{LEAD}",
        # the same entry title, each over its time stamp (another live blog's layout)
        f"Storm live: the coast braces for the worst\n\nRoad closed\n10:32\n\n{ENTRY}\n\nRoad closed\n10:45\n\n{OTHER}\n\n{LEAD}",
        # a listicle: each item has the same verdict line
        "The ten best walks in the county\n\n1. Castle Hill loop\n\nBest for families\n\n"
        "A gentle circuit with views across the valley\n\n2. The river path\n\nBest for families\n\n"
        f"Flat and shaded, with a cafe half way round\n\n{LEAD}",
        # a comparison's two columns under the same subheading
        "Phone A vs Phone B: which should you buy\n\nBattery life\n\nPhone A lasts a full day\n\nCamera\n\n"
        f"Phone A takes sharp pictures in low light\n\nBattery life\n\nPhone B lasts two days\n\n{LEAD}",
        # a before-and-after list with an item common to both
        f"How the plan changes the high street\n\nBefore\n\nTwo lanes of traffic\n\nAfter\n\nTwo lanes of traffic\n\nA new cycle lane\n\n{LEAD}",
        # a chant quoted between the first paragraphs
        f"Protesters march on City Hall\n\nNo justice, no peace\n\n{ENTRY}\n\nNo justice, no peace\n\n{LEAD}",
        # an interview's recurring heading
        f"Ten questions for the new head teacher\n\nFirst job\n\nA paper round at thirteen\n\nFirst job\n\n{LEAD}",
        # a song's refrain, each line a paragraph of its own, under a label
        "Lyrics\n\nOh my darling, Clementine\n\nYou are lost and gone forever\n\nOh my darling, Clementine\n\n" + LEAD,
        # a refrain that comes back three times
        f"Song of the week\n\nHold on to me tonight\n\nThe city lights are burning\n\nHold on to me tonight\n\n"
        f"The river keeps on turning\n\nHold on to me tonight\n\n{LEAD}",
        # a poem whose title is its refrain
        f"Stay a while\n\nThe kettle is on\n\nStay a while\n\nThe fire is low\n\nStay a while\n\n{LEAD}",
        # a poem titled by its first line: the title, then the first stanza
        "Because I could not stop for Death\n\nBecause I could not stop for Death\nHe kindly stopped for me\n"
        f"The Carriage held but just Ourselves\nAnd Immortality\n\n{LEAD}",
        # the same under a label, on a page of the week's poem
        f"Poem of the week\n\nThe sea is calm tonight\n\nThe sea is calm tonight\nThe tide is full, the moon lies fair\nUpon the straits\n\n{LEAD}",
        # a recipe of two parts, each with its list's heading
        "Lemon cake\n\nFor the sponge\n\nYou will need\n\n225g butter\n225g caster sugar\n\nFor the drizzle\n\n"
        f"You will need\n\n2 lemons\n85g icing sugar\n\n{LEAD}",
    ],
    ids=[
        "live-blog", "live-blog-stamps", "listicle", "comparison", "before-after", "chant", "interview", "lyrics",
        "refrain-x3", "poem", "poem-titled-by-its-first-line", "poem-of-the-week", "recipe",
    ],
)
def test_an_articles_own_repeated_short_line_at_the_top_stays(page):
    res = articleclean.clean_and_explain(page)
    assert [r.text for r in res.removals if r.code == "duplicate.headline"] == []


# -- the lead with a pull quote of it below: the lead stays where it is --------------------------------------
ABBREVIATED = "Dr. Jane Smith of St. Mary's Hospital said the new ward would open in the spring after a delay of two years."
TWO_SENTENCES = "It rained all night. By noon the river had burst its banks and the lower town was under water."


@pytest.mark.parametrize(
    "lead, pull",
    [
        # one sentence with abbreviations' full stops ("Dr.", "St."): still one sentence, the lead
        (ABBREVIATED, f"“{ABBREVIATED}”"),
        (ABBREVIATED, ABBREVIATED),  # a pull quote that lost its quotation marks
        ("The U.S. economy grew at an annual rate of 3 percent in the third quarter, the Commerce Department said.", None),
        # a lead of two sentences, the pull quote repeating both, in quotation marks
        (TWO_SENTENCES, f"“{TWO_SENTENCES}”"),
        (TWO_SENTENCES, f"\"{TWO_SENTENCES}\""),
    ],
    ids=["abbreviations", "abbreviations-unquoted", "dotted-abbreviation", "two-sentences", "two-sentences-straight-quotes"],
)
def test_the_lead_with_a_pull_quote_of_it_below_stays(lead, pull):
    pull = pull if pull is not None else f"“{lead}”"
    page = "\n\n".join([TITLE, lead, NEXT, pull, LAST])
    res = articleclean.clean_and_explain(page)
    assert "duplicate.summary" not in [r.code for r in res.removals]
    assert res.text.startswith(f"{TITLE}\n\n{lead}\n\n{NEXT}")


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_line_printed_three_times_or_more_at_the_top_stays(sep):
    # a refrain or a list's repeated item, long and without a full stop: no standfirst, and cleaning settles
    # (it was taken one copy a pass: the pipeline never settled)
    line = "Whether you are teaching them to tell the time or finishing a nursery there is a clock for that"
    page = sep.join([line] * 5) + f"\n\n{LEAD}"
    res = replace(articleclean.default_pipeline(), strict_settle=True).run(page)
    assert "duplicate.summary" not in [r.code for r in res.removals]
    assert res.text.count(line) == 5


@pytest.mark.parametrize(
    "after_lead",
    [
        # a chant after the lead, its lines sung twice
        [
            "The crowd chanted:\nHey hey, ho ho, this budget has got to go, we will not pay, not today\n"
            "Whose city? Our city, whose council? Our council, hear us now\n"
            "Hey hey, ho ho, this budget has got to go, we will not pay, not today"
        ],
        # a list's item after the lead, which a later sentence quotes in full
        [
            "The plan includes:",
            "Free school meals for every child in the county from September next year under the new scheme",
            "A new bus route to the hospital",
            "The leader said free school meals for every child in the county from September next year under the new "
            "scheme would cost two million pounds.",
        ],
    ],
    ids=["chant", "list-item"],
)
def test_a_line_after_the_lead_that_a_later_line_repeats_stays(after_lead):
    page = "\n\n".join([TITLE, LEAD, *after_lead, NEXT])
    res = articleclean.clean_and_explain(page)
    assert "duplicate.summary" not in [r.code for r in res.removals]
