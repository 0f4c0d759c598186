"""Cleaning time grows linearly with the input, even on hostile input.

Each case is cleaned at 64 KB and at 512 KB (8x).  Linear time gives a ratio
of about 8, a quadratic step about 64; the bound (64x, i.e. 8x worse than
linear) is wide so the test cannot flake on a busy machine, yet any
quadratic step or regex blow-up fails it.  ``benchmarks/linear.py`` is the
full version (1 MB vs 16 MB, more cases, memory).
"""

from __future__ import annotations

import time

import pytest

import articleclean

CORE = ("whitespace", "newsletter", "jobs", "promo", "related", "captions", "furniture", "labels", "duplicates", "metadata")
PIPE = articleclean.default_pipeline().only(*CORE)
SMALL = 64 * 1024
FACTOR = 8
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
    # ranked lists ("1", a headline, "2" ...) past a furniture heading
    "ranked_lists": lambda n: repeat(
        "Menu\n1\nPolice arrest man after a chase\n2\nHarbour festival returns this summer\n3\nBus routes change next month\n", n,
        "Budget agreed | Daily Post\n" + (BODY + "\n") * 12),
}


def best(text: str, runs: int, pipe=PIPE) -> float:
    out = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        pipe.run(text)
        out = min(out, time.perf_counter() - t0)
    return out


@pytest.mark.parametrize("case", sorted(CASES))
def test_time_grows_linearly(case):
    build = CASES[case]
    small, large = build(SMALL), build(SMALL * FACTOR)
    t_small = max(best(small, 3), 1e-3)  # below a millisecond, timer noise dominates
    t_large = best(large, 1)
    assert t_large <= FACTOR * FACTOR * t_small, f"{case}: {t_small:.4f}s -> {t_large:.4f}s for {FACTOR}x the input"


@pytest.mark.parametrize("case", sorted(FULL_CASES))
def test_default_pipeline_time_grows_linearly(case):
    build = FULL_CASES[case]
    small, large = build(SMALL // 4), build(SMALL // 4 * FACTOR)
    t_small = max(best(small, 2, FULL), 1e-3)
    t_large = best(large, 1, FULL)
    assert t_large <= FACTOR * FACTOR * t_small, f"{case}: {t_small:.4f}s -> {t_large:.4f}s for {FACTOR}x the input"
