"""The review cases of tests/fixtures/harm: article lines the rules must keep, in context.

Every case was an article line removed by a draft rule (the first review's run: 62 harms in
86 cases; the second's: 57 in 89; the seventh session's: 58 in 95, then 65 in 80); the guards now
in the rules keep them all but those named below.  Left out:
the cases each reviewer marked as really boilerplate (NOT_HARMS), the second review's
layout cases (a recorded fix re-renders a text's layout: see the note on issue 12), and one
it called borderline, a chart's "Source: X (Press Release)" line, which the press-release
shape takes as a credit.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import articleclean


def _load(name: str):
    path = Path(__file__).parent / "fixtures" / "harm" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_first, _second, _seventh = _load("sixth_review"), _load("second_review"), _load("seventh_review")
_footers, _eighth, _eighth2 = _load("footers_review"), _load("eighth_review"), _load("eighth_review2")
_eighth3 = _load("eighth_review3")
_BORDERLINE = "Source: NHS England (Press Release)"
CASES = [c for i, c in enumerate(_first.CASES) if i not in _first.NOT_HARMS] + [
    c
    for i, c in enumerate(_second.CASES)
    if i not in _second.NOT_HARMS and not c["rule"].startswith("7") and c["line_wrongly_removed"] != _BORDERLINE
]
# The seventh session's review (of the kicker, labels, name-under-headline, author-box, card, appeal and
# long-repeat rules): 58 harms in 95 cases before its guards.  Left out, and said in the note: a
# list removed before those rules (a live blog's "Top stories" key points), and a candidate profile whose
# first entry's name, never repeated in the page, reads as a byline. (An explainer's "See also", left out
# until the twelfth session, is kept now.)
_SEVENTH_LEFT = {52, 83}
CASES += [
    {"rule": f"7th-{rule}", "text": text, "line_wrongly_removed": line, "why": why, "whole": True}
    for i, (rule, text, line, why) in enumerate(_seventh.CASES)
    if i not in _SEVENTH_LEFT
]
# The same session's second review (footers, pagers, tab titles, positional captions, share rows): 65
# harms in 80 cases before its guards.  Left out, and said in the note: "Page 1 / 3" at a page's
# top, a tab-title-shaped app recommendation, two lines naming a left and a right with a colon in them, a
# Norwegian "Skriv ut" label, "Email Facebook" and "Reddit Pinterest Tumblr" as headings (each as a row
# of buttons prints it), and "Tweet the company", which the classifier removed before this session.
_FOOTERS_LEFT = {21, 37, 39, 63, 65, 66, 73, 79}
CASES += [
    {"rule": f"7th-footers-{rule}", "text": text, "line_wrongly_removed": line, "why": why, "whole": True}
    for i, (rule, text, line, why) in enumerate(_footers.CASES)
    if i not in _FOOTERS_LEFT
]
# The eighth session's review (wire bylines, labelled bylines, follow and tip prompts, courtesy and slashed
# credits, comment notes, a stamp's "read"): 59 harms in 75 cases before its guards (NOT_HARMS: the
# reviewer's own doubts).
_EIGHTH_LEFT: set[int] = set()
CASES += [
    {"rule": f"8th-{rule}", "text": text, "line_wrongly_removed": line, "why": why, "whole": True}
    for i, (rule, text, line, why) in enumerate(_eighth.CASES)
    if i not in _eighth.NOT_HARMS | _EIGHTH_LEFT
]


# Its second review (the guarded shapes, and the ad, market-data, quiz, audio and network shapes): 53 harms
# in 95 cases before its guards (the market-data and network shapes were then dropped).  Left out: ten
# lines that older rules remove too (fa409b3 loses them: a book list's "By KRISTIN HANNAH", a sonnet's
# "By WILLIAM SHAKESPEARE", "By EDWARD ELGAR", "By PA" among "By AZ" lines, two journalists' slashed
# credits in lists, three list sentences ending in a slashed name and desk, an appeal-shaped line about
# ads), a bracketed "(Courtesy of The Club)" the reviewer
# called borderline, and "Writer: Jane Doe" at the very top of a programme's page.
_EIGHTH2_LEFT = {2, 27, 30, 31, 32, 34, 59, 61, 62, 70, 71, 72, 81}
CASES += [
    {"rule": f"8th-2-{rule}", "text": text, "line_wrongly_removed": line, "why": why, "whole": True}
    for i, (rule, text, line, why) in enumerate(_eighth2.CASES)
    if i not in _eighth2.NOT_HARMS | _EIGHTH2_LEFT
]


# Its third review (a republication note, the author box's heading, contributors' lines, wire slugs, agency
# credits, a gallery link, and the recipe card the classifier now keeps): 28 harms in 44 cases; the note,
# heading, slug, agency-credit and gallery shapes were then dropped, the contributors' line guarded and the
# recipe card narrowed.  Left out: four lines the code before those shapes loses too (a reading guide's
# "About the author" at the page's top, three recipe cards the card rule does not reach).
_EIGHTH3_LEFT = {13, 34, 36, 37}
CASES += [
    {"rule": f"8th-3-{rule}", "text": text, "line_wrongly_removed": line, "why": why, "whole": True}
    for i, (rule, text, line, why) in enumerate(_eighth3.CASES)
    if i not in _eighth3.NOT_HARMS | _EIGHTH3_LEFT
]
# ... and page furniture after an article that the recipe card must not keep (two of them, a shop's boxes,
# stay by older rules: the reviewer's controls)
_KEPT_FURNITURE = [c for i, c in enumerate(_eighth3.KEPT_FURNITURE) if i not in {2, 6}]


@pytest.mark.parametrize("case", _KEPT_FURNITURE, ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(_KEPT_FURNITURE)])
def test_review_furniture_after_an_article_goes(case):
    _rule, text, line, why = case
    assert line not in articleclean.clean(text).split("\n"), why


@pytest.mark.parametrize("case", CASES, ids=[f"{i:02d}-{c['rule']}" for i, c in enumerate(CASES)])
def test_review_case_keeps_the_articles_line(case):
    if case.get("whole"):  # the seventh review's: the passage as written (a refrain keeps both its copies)
        assert case["line_wrongly_removed"] in articleclean.clean(case["text"]), case["why"]
        return
    lines = case["line_wrongly_removed"]
    lines = [lines] if isinstance(lines, str) else lines
    kept = set(articleclean.clean(case["text"]).split("\n"))
    lost = [x for x in lines if x not in kept]
    assert not lost, (case["why"], lost)
