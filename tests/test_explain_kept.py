"""Explain mode says why every kept line is still there (issue 13, point 5): each line of the
clean text has one record with a code, a reason, the evidence the classifier read and the
furniture rule that came nearest to taking it; recording them changes no decision.

The pages are written here in the shapes of two kinds of site (a council news page with a
menu bar, a byline, a subheading, a share line and a legal footer; a sports page with a
one-word-per-line menu, a line-up inside the report, a follow prompt and a copyright line).
"""

from __future__ import annotations

import json
import pickle
from dataclasses import replace

import pytest

from articleclean import Pipeline, clean_html_and_explain, default_pipeline
from articleclean.explain import render
from articleclean.pipeline import UNJUDGED, CleanResult, Kept

from .conftest import FIXTURES, SEEDS, read

COUNCIL = "\n\n".join(
    [
        "Home | News | Sport | Business | Contact",
        "Council backs plan for new bypass after long debate",
        "By Jane Smith",
        "The council approved the new bypass on Monday after a long debate about the cost of the plan and its route past the villages.",
        "It will take effect in April, and the leader said that residents would see the benefits within two years of the opening.",
        "What happens next",
        "Opponents said the road would cut through farmland and promised to continue their campaign against it in the courts.",
        "Questions can be sent to the council at bypass@example.gov.uk before the end of the month, the leader said.",
        "Share this article",
        "Most Read",
        "Privacy Policy | Terms | Cookies",
        "© 2025 Example Media Ltd",
    ]
)
SPORT = "\n".join(
    [
        "Menu",
        "Football",
        "Cricket",
        "Rugby",
        "Tennis",
        "United edge past City in derby thriller",
        "United beat City by two goals to one on Saturday in a derby that was decided by a late header from the captain.",
        "The home side had the better of the first half, but City levelled early in the second through their young striker.",
        "Line-up",
        "Smith; Jones, Brown, Patel; Evans",
        "The manager said after the match that his players had shown the character that the club had asked of them all season.",
        "Follow us on Twitter",
        "Copyright 2024 Sports Daily. All rights reserved.",
    ]
)
# short lines only: no prose to anchor an article on (a list of names, a timetable)
NO_PROSE = "\n".join(["Opening hours", "Monday 9am to 5pm", "Tuesday 9am to 5pm", "Saturday closed", "Call 0123 456789"])

TEXTS = {
    "council": COUNCIL,
    "sport": SPORT,
    "no-prose": NO_PROSE,
    **{stem: read(FIXTURES / f"{stem}.txt") for stem in SEEDS},
    **{p.stem: read(p) for p in sorted((FIXTURES / "negative").glob("*.txt"))},
}
CLASSIFIER = Pipeline.from_names(["boilerplate"])


def lines_left(text: str, result: CleanResult) -> list[int]:
    """The source lines of the clean text: not blank, not removed (none of these texts has a line a fix empties)."""
    removed = {n for r in result.removals for n in range(r.line_start, r.line_end + 1)}
    return [n for n, line in enumerate(text.splitlines(), 1) if line.strip() and n not in removed]


def kept_by_text(text: str, result: CleanResult) -> dict[str, Kept]:
    lines = text.splitlines()
    return {lines[k.line - 1]: k for k in result.kept}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_every_line_left_has_one_record_and_no_decision_changes(name):
    text = TEXTS[name]
    plain = default_pipeline().run(text)
    explained = default_pipeline().run(text, explain=True)
    assert replace(explained, kept=()) == plain  # the same text, removals, fixes, metadata
    assert [k.line for k in explained.kept] == lines_left(text, explained)
    for k in explained.kept:
        assert k.code.startswith("kept.") and k.code not in ("kept.region", UNJUDGED), k
        assert k.cleaner == "boilerplate" and k.reason and dict(k.evidence)["words"] > 0


def test_a_line_no_cleaner_judges_is_kept_unjudged():
    text = "SIGN UP\n\nThe council met on Monday.\nIt agreed the plan."
    result = Pipeline.from_names(["whitespace", "newsletter"]).run(text, explain=True)
    assert [k.line for k in result.kept] == [3, 4]
    assert {(k.code, k.cleaner, k.label) for k in result.kept} == {(UNJUDGED, "", "")}
    assert all("no cleaner judged" in k.reason for k in result.kept)


@pytest.mark.parametrize(
    ("page", "prose", "inside"),
    [
        (COUNCIL, "The council approved the new bypass", "What happens next"),
        (SPORT, "United beat City by two goals", "Line-up"),
    ],
)
def test_prose_and_short_lines_inside_the_article_say_so(page, prose, inside):
    result = CLASSIFIER.run(page, explain=True)
    kept = kept_by_text(page, result)
    paragraph = next(k for t, k in kept.items() if t.startswith(prose))
    evidence = dict(paragraph.evidence)
    assert paragraph.code == "kept.prose" and paragraph.label == "good" and "kept: prose" in paragraph.reason
    assert evidence["region"] == "inside" and evidence["sentence_end"] is True and evidence["words"] >= 12
    assert 0 < evidence["stopword_density"] <= 1 and evidence["url_density"] == 0
    short = kept[inside]
    assert short.code == "kept.in_article" and short.label == "short" and dict(short.evidence)["region"] == "inside"
    # the region named is the article's: from its first paragraph to its last
    goods = [k.line for k in result.kept if k.code == "kept.prose"]
    assert evidence["article"] == f"lines {goods[0]}-{goods[-1]}" == dict(short.evidence)["article"]


@pytest.mark.parametrize(("page", "line"), [(COUNCIL, "Home | News | Sport | Business | Contact"), (SPORT, "Football")])
def test_an_edge_that_is_not_furniture_is_kept_and_says_why(page, line):
    kept = kept_by_text(page, CLASSIFIER.run(page, explain=True))[line]
    assert kept.code == "kept.edge" and dict(kept.evidence)["region"] == "before"
    assert "2 furniture lines" in kept.reason  # the rule's threshold, from the cleaner's settings
    if kept.label == "bad":  # the menu bar: labelled furniture, and the label is named as the rule that declined
        assert kept.declined.startswith("boilerplate.navigation")


def test_a_page_without_prose_keeps_every_line_as_no_article():
    result = CLASSIFIER.run(NO_PROSE, explain=True)
    assert result.text == NO_PROSE
    assert {k.code for k in result.kept} == {"kept.no_article"}
    assert {dict(k.evidence)["region"] for k in result.kept} == {"none"}


@pytest.mark.parametrize(
    "line",
    [
        "Questions can be sent to the council at bypass@example.gov.uk before the end of the month.",
        "Readers can send their pictures of the match to editor@sportsdaily.example for the weekend edition.",
    ],
)
def test_a_kept_line_names_the_rule_that_came_nearest(line):
    # (URLs are looked for in lines of at most 20 words)
    page = SPORT.replace("Line-up\n", line + "\n")
    kept = kept_by_text(page, CLASSIFIER.run(page, explain=True))[line]
    assert kept.code == "kept.prose"
    assert kept.declined.startswith("links: ") and "50%" in kept.declined  # the links rule's threshold
    assert dict(kept.evidence)["url_density"] > 0
    # a line no furniture rule looked at has none
    assert kept_by_text(page, CLASSIFIER.run(page, explain=True))[SPORT.splitlines()[10]].declined == ""


def test_the_spared_headline_has_its_code():
    share = ["Facebook", "Twitter", "Email"]
    head = "Farmers Take Their Protest to the Capital for a Third Month"
    body = [
        "Hundreds of thousands of farmers have camped on the roads leading to the capital in a protest that has now lasted more than two months.",
        "The ministry said it would meet the farmers' leaders again next week, although no date has yet been set for the talks.",
    ]
    text = "\n\n".join([*share, head, *share, *body])
    assert kept_by_text(text, default_pipeline().run(text, explain=True))[head].code == "kept.headline"


def test_html_pages_record_every_kept_line():
    from articleclean.htmldoc import read_html

    for path in sorted((FIXTURES / "html").glob("*.html")):
        html = path.read_bytes()
        plain, explained = clean_html_and_explain(html), clean_html_and_explain(html, explain=True)
        assert replace(explained, kept=()) == plain, path.name
        page_text = read_html(html)[0]
        assert [k.line for k in explained.kept] == lines_left(page_text, explained), path.name
        assert all(k.code.startswith("kept.") for k in explained.kept)


def test_explained_results_pickle_and_serialise():
    result = default_pipeline().run(COUNCIL, explain=True)
    assert pickle.loads(pickle.dumps(result)) == result
    records = json.loads(result.to_json())["kept"]
    assert len(records) == len(result.kept)
    first = records[0]
    assert set(first) == {"line", "cleaner", "code", "label", "reason", "evidence", "declined"}
    assert set(first["evidence"]) == {"words", "stopword_density", "url_density", "sentence_end", "region", "article"}


def test_render_shows_every_kept_line_with_its_evidence_only_when_asked():
    result = default_pipeline().run(SPORT, explain=True)
    short = render(SPORT, result)
    full = render(SPORT, result, every_kept=True)
    assert "evidence:" not in short and "+++ kept by boilerplate [kept.prose]" in short
    assert full.count("    evidence: words ") == full.count("+++ kept ") == len(result.kept)
    assert short.count("+++ kept ") < len(result.kept)  # a header only where the reason changes
