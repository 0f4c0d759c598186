"""Cleaning time grows linearly with the input, even on hostile input.

Each case is cleaned at 64 KB and at 512 KB (8x).  Linear time gives a ratio
of about 8 (7-10 measured on every case), a quadratic step about 64; the bound
is 2x linear (16).  A bound of 64 passed a purely quadratic cleaner (ratios
46-57), so ``test_the_bound_catches_an_injected_quadratic_step`` shows this one
does not.  To keep a busy 2-core machine from failing it, times are CPU time of
this process (time.process_time: another process's load is not counted), with
the garbage collector paused, the best of several runs, and a case over the
bound is measured once more with more runs before it fails: noise only ever
adds time, while a quadratic step is over the bound on every run.
``benchmarks/linear.py`` is the full version (1 MB vs 16 MB, more cases, memory).
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass

import pytest

import articleclean
from articleclean import BaseCleaner

CORE = ("whitespace", "newsletter", "jobs", "promo", "related", "captions", "furniture", "labels", "duplicates", "metadata")
PIPE = articleclean.default_pipeline().only(*CORE)
SMALL = 64 * 1024
FACTOR = 8
LIMIT = 2 * FACTOR  # the time ratio allowed for FACTOR times the input: twice linear
BODY = "The council said on Monday that the bridge would reopen in the spring, after months of repairs."


def repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


CASES = {
    "one_line": lambda n: repeat("word and more words, ", n),
    "spaces": lambda n: repeat(" ", n, "a", "b"),
    "unit_separator": lambda n: repeat("\x1f", n, "Main image", "x image"),
    "punctuation": lambda n: repeat(")", n, "Image ", "2026"),
    "newsletter_lines": lambda n: repeat("Sign up to our free daily newsletter\nEmail *\nSIGN UP\n\n", n),
    "salary_lines": lambda n: repeat("Senior Planner\nLeeds City Council\n£38,000 - £42,000\nRecruiter: Leeds City Council\n\n", n),
    "card_bylines": lambda n: repeat("HEADLINE\nMinister resigns\nBy Dan Peters | 12 February 2026\nThe fallout continues...\n\n", n, BODY + "\n\n"),
    "name_and": lambda n: repeat("Aand", n, "By ", "A | x"),
    "byline_space": lambda n: repeat("\x1f", n, "By Ab", "x"),
    "promo_blocks": lambda n: repeat("Most Read\n\nMinister resigns over expenses row\nThe fallout continues\n\n", n),
    "duplicates": lambda n: "".join(f"{BODY} Number {i}.\n\n" for i in range(n // (len(BODY) + 16))),
    # the furniture cleaner: its shapes on every line, labels above a late headline, caption pairs
    "furniture_lines": lambda n: repeat(
        "Advertisement Hide Ad\nBy Jane Doe | Updated: 12 May 2024\nThe old pub. Photo: Jane Doe/Agency\nRead more: Council tax\n", n),
    "labels_then_headline": lambda n: repeat("News\n", n, "", "Council backs the budget plan\n" + BODY),
    "caption_pairs": lambda n: repeat("The old bridge at dawn over the river\nThe old Bridge at dawn above the river\n", n, BODY + "\n" + BODY + "\n"),
    "long_credit_line": lambda n: repeat("a-", n, "Photo: ", ""),
    # the seventh session's context rules: related headings over card runs, a byline's name coming back
    # as an author box, names under a headline, long lines repeated in one flat paragraph
    "related_headings_and_cards": lambda n: repeat(
        "More Local News\nCouncil Approves New Bus Lanes For Ring Road\nCouncil Approves New Bus Lanes For Ring Road\n", n, BODY + "\n\n"),
    "author_boxes": lambda n: repeat("Jane Doe\nJane Doe is a reporter covering the council.\n", n, "Budget agreed\nBy Jane Doe\n" + BODY + "\n"),
    "names_under_headline": lambda n: repeat("Andrew Phelan\n", n, "Council backs the budget plan\n", BODY),
    # the eighth session's weak shapes, each looking for the page's first sentence above it
    "weak_bylines": lambda n: repeat("By JANE DOE\nAuthor: Jane Doe\nCourtesy of Jane Doe\n", n, BODY + "\n\n"),
    "flat_repeats": lambda n: repeat(BODY + "\n" + BODY.upper() + "\n", n, BODY + "\n"),
    # a promo heading over a long teaser run: bulleted lines, one with another mark, then unmarked lines (each
    # unmarked line reading every marked line above it for their common mark would be quadratic)
    "mixed_mark_teasers": lambda n: (
        repeat("• Port workers vote to strike over pay\n", n // 2, BODY + "\n\nLatest news\n", "- Ferry timetable changes\n")
        + repeat("Council names a new chief executive\n", n // 2)
    ),
}


# The fixers and the classifier of the default pipeline, on their own hostile inputs.
FULL = articleclean.default_pipeline()
FULL_CASES = {
    "entities_and_controls": lambda n: repeat("&amp;\x00", n),
    "mojibake_run": lambda n: repeat("cafÃ© ", n),
    "menu_fragments": lambda n: repeat("Home\nNews\nSport\n", n, BODY + "\n\n"),
    "unknown_words": lambda n: repeat("zzqx wibblefrump ", n),
    # a page title of many separators whose last piece the headline repeats
    "title_separators": lambda n: repeat("x|", n, "", "Budget agreed after a long debate\nHome\nBudget agreed after a long debate\n" + BODY),
    # one long run of teaser cards past the article, and of dated lines alone
    # (a heading no cleaner before the classifier takes for a promo block's)
    "teaser_cards": lambda n: repeat(
        "Police arrest man after chase\nBy Ana Lima\nThe chase ended on the ring road.\n", n,
        "Budget agreed | Daily Post\n" + (BODY + "\n") * 12 + "Menu\n", "Privacy Policy\n"),
    "dated_lines": lambda n: repeat("Nov 18\n", n, "Budget agreed | Daily Post\n" + (BODY + "\n") * 12 + "Menu\n"),
    # one unbroken run of letters in an English line (a pasted blob): the typo fixer once made its edits letter
    # by letter (the square of its length), and its English count split it without end
    "one_long_word": lambda n: repeat("x", n, BODY + " ", " " + BODY),
    # ranked lists ("1", a headline, "2" ...) past a furniture heading
    "ranked_lists": lambda n: repeat(
        "Menu\n1\nPolice arrest man after a chase\n2\nHarbour festival returns this summer\n3\nBus routes change next month\n", n,
        "Budget agreed | Daily Post\n" + (BODY + "\n") * 12),
}


def best(text: str, runs: int, pipe=PIPE) -> float:
    """The least CPU time of ``runs`` cleanings of ``text``, the garbage collector paused (as timeit does)."""
    out = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            t0 = time.process_time()
            pipe.run(text)
            out = min(out, time.process_time() - t0)
    finally:
        gc.enable()
    return out


def growth(build, small_size: int, pipe, runs: tuple[int, int] = (3, 2)) -> tuple[float, str]:
    """The time ratio for FACTOR times the input (measured again, with more runs, if over LIMIT)."""
    small, large = build(small_size), build(small_size * FACTOR)
    pipe.run(small)  # a first run pays for lazy set-up (word lists, patterns), which is not growth
    for attempt in range(2):
        t_small = max(best(small, runs[0] + 2 * attempt, pipe), 1e-3)  # below a millisecond, timer noise dominates
        t_large = best(large, runs[1] + attempt, pipe)
        ratio = t_large / t_small
        if ratio <= LIMIT:
            break
    return ratio, f"{t_small:.4f}s -> {t_large:.4f}s (x{ratio:.1f}) for {FACTOR}x the input; linear is x{FACTOR}, the bound x{LIMIT}"


@pytest.mark.parametrize("case", sorted(CASES))
def test_time_grows_linearly(case):
    ratio, how = growth(CASES[case], SMALL, PIPE)
    assert ratio <= LIMIT, f"{case}: {how}"


@pytest.mark.parametrize("case", sorted(FULL_CASES))
def test_default_pipeline_time_grows_linearly(case):
    ratio, how = growth(FULL_CASES[case], SMALL // 4, FULL, runs=(2, 1))
    assert ratio <= LIMIT, f"{case}: {how}"


@dataclass(frozen=True)
class _Quadratic(BaseCleaner):
    """A step with a quadratic loop (each line compared with every line before it), as a
    reviewer's injected cleaner had; it removes nothing."""

    name = "quadratic"

    def apply(self, doc):
        blocks = doc.live()
        for i, b in enumerate(blocks):
            for c in blocks[:i]:
                if c.text[:60] == b.text[:60] and c is b:  # never true: only the comparisons count
                    raise AssertionError
        return doc


def test_the_bound_catches_an_injected_quadratic_step():
    # The same measurement and bound as above, on a core-pipeline case whose lines all stay
    # (a duplicate-free run of paragraphs), with the quadratic step added at the end.
    build = CASES["duplicates"]
    ratio, how = growth(build, SMALL, PIPE.with_cleaner(_Quadratic()), runs=(2, 1))
    assert ratio > LIMIT, f"an injected quadratic step passed the bound: {how}"
    ratio, how = growth(build, SMALL, PIPE)
    assert ratio <= LIMIT, how


class _AsHtml:
    """The default pipeline on pages (``run_html``), for :func:`growth`."""

    def run(self, html: str) -> object:
        return FULL.run_html(html)


_PAGE_HEAD = "<!doctype html><html><head><title>Budget agreed</title></head><body><nav><a href='/'>Home</a></nav><article>"
_PAGE_TAIL = "</article><footer>© 2026 Daily Post</footer></body></html>"
HTML_CASES = {
    # the article's paragraphs, and as many siblings that each vote (readability's candidates)
    "paragraphs": lambda n: repeat(f"<p>{BODY}</p>", n, _PAGE_HEAD, _PAGE_TAIL),
    "sibling_sections": lambda n: repeat(f"<section class='part x-{{}}'><div><p>{BODY}</p></div></section>", n, _PAGE_HEAD, _PAGE_TAIL),
    # nesting as deep as the parser allows, again and again (paths of 255 ancestors)
    "deep_nesting": lambda n: repeat("<div class='a'>" * 250 + f"<p>{BODY}</p>" + "</div>" * 250, n, _PAGE_HEAD, _PAGE_TAIL),
    # furniture classes and hidden elements on every line; a long menu
    "named_furniture": lambda n: repeat("<div class='related-newsletter share'><p>Sign up</p></div><p hidden>x</p>", n, _PAGE_HEAD + f"<p>{BODY}</p>", _PAGE_TAIL),
    "menu_links": lambda n: repeat("<li><a href='/x'>Section</a></li>", n, "<!doctype html><html><body><nav><ul>", "</ul></nav>" + _PAGE_HEAD + f"<p>{BODY}</p>" + _PAGE_TAIL),
}


@pytest.mark.parametrize("case", sorted(HTML_CASES))
def test_html_time_grows_linearly(case):
    ratio, how = growth(HTML_CASES[case], SMALL // 4, _AsHtml(), runs=(2, 1))
    assert ratio <= LIMIT, f"{case}: {how}"
