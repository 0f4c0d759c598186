"""Cleaning time and memory must grow linearly with the input, whatever the input.

Builds adversarial inputs of a small and a large size (default 1 MB and 16 MB):
one line with no line break, thousands of repeated boilerplate lines, long runs
of spaces or punctuation, deeply nested quotes and brackets, and the worst case
of each regular expression in the cleaners.  For every case it reports the
time ratio large/small (linear is the size ratio, 16x; a quadratic step shows
as 256x) and the tracemalloc peak per input byte at both sizes.

    python benchmarks/linear.py                      # default pipeline, 1 MB vs 16 MB
    python benchmarks/linear.py --pipeline core      # only the nine core cleaners
    python benchmarks/linear.py --small 64K --large 512K --cases one_line,spaces

Exit status 1 when a case grows faster than 2x linear (time ratio > 2 * size ratio)
or its memory per byte grows by more than 2x.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable

import articleclean

CORE = ("whitespace", "newsletter", "jobs", "promo", "related", "captions", "labels", "duplicates", "metadata")

BODY = (
    "The council said on Monday that the bridge would reopen in the spring, after months of repairs "
    "that had cost far more than anyone had first planned for."
)


def repeat(unit: str, size: int, *, head: str = "", tail: str = "") -> str:
    """``head`` + ``unit`` repeated to about ``size`` characters + ``tail``."""
    n = max(1, (size - len(head) - len(tail)) // len(unit))
    return head + unit * n + tail


def nested(open_: str, close: str, size: int) -> str:
    k = size // (len(open_) + len(close) + 1)
    return open_ * k + "x" + close * k


# name -> (what it attacks, builder(size) -> text)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "one_line": ("one line of prose, no line break", lambda n: repeat("word and more words, ", n)),
    "one_word": ("one word of n letters, no line break", lambda n: "a" * n),
    "blank_lines": ("only line breaks", lambda n: "\n" * n),
    "line_breaks": ("every line-break character splitlines knows", lambda n: repeat("x\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r", n)),
    "spaces": ("one run of spaces inside a line", lambda n: repeat(" ", n, head="a", tail="b")),
    "odd_spaces": ("no-break, tab and em spaces in a run", lambda n: repeat("\xa0\t\u2003 ", n, head="a", tail="b")),
    "unit_separator": ("\\x1f is white space to \\s but no line break or odd space", lambda n: repeat("\x1f", n, head="Main image", tail="x image")),
    "space_words": ("single letters between single spaces", lambda n: repeat("a ", n)),
    "dots": ("a run of full stops", lambda n: "." * n),
    "dashes": ("dashes and spaces", lambda n: repeat("- ", n)),
    "ellipses": ("ellipses", lambda n: repeat("…", n)),
    "brackets": ("deeply nested brackets", lambda n: nested("(", ")", n)),
    "quotes": ("deeply nested quotes", lambda n: nested("“‘«\"'", "'\"»’”", n)),
    "open_parens": ("open brackets without close (caption credit search)", lambda n: repeat("( ", n, tail="EPA )")),
    "newsletter_lines": ("repeated sign-up prompts", lambda n: repeat("Sign up to our free daily newsletter\nEmail *\nSIGN UP\n\n", n)),
    "newsletter_one_line": ("sign-up phrases in one line", lambda n: repeat("get our daily news sign up to our free ", n)),
    "salary_lines": ("repeated job listings", lambda n: repeat("Senior Planner\nLeeds City Council\n£38,000 - £42,000\nRecruiter: Leeds City Council\n\n", n)),
    "salary_digits": ("long digit groups (salary amount pattern)", lambda n: repeat(",000", n, head="£1", tail=" x")),
    "card_bylines": ("repeated 'By NAME | DATE' story cards", lambda n: repeat("HEADLINE\nMinister resigns\nBy Dan Peters | 12 February 2026\nThe fallout continues...\n\n", n, head=BODY + "\n\n")),
    "name_and": ("capitalised words glued by 'and' (byline name pattern)", lambda n: repeat("Aand", n, head="By ", tail="A | x")),
    "name_words": ("many capitalised words before a separator", lambda n: repeat("Ab ", n, head="By ", tail="| 12 February")),
    "promo_blocks": ("promo headings followed by teasers", lambda n: repeat("Most Read\n\nMinister resigns over expenses row\nThe fallout continues\n\n", n)),
    "related_blocks": ("related headings and read-more links", lambda n: repeat("Related articles\nCouncil tax to rise by 5%\nRead more: Bridge reopens\n\n", n, head=BODY + "\n\n")),
    "captions": ("gallery captions and photo credits", lambda n: repeat("view image in gallery Waves break over the wall ( Reuters )\n© Jane Doe / Alamy Stock Photo\n\n", n)),
    "labels": ("stray labels", lambda n: repeat("Advertisement\nLinkedin Banner\n\n", n)),
    "duplicates_same": ("one paragraph repeated", lambda n: repeat(BODY + "\n\n", n)),
    "duplicates_distinct": ("many distinct paragraphs", lambda n: "".join(f"{BODY} Number {i}.\n\n" for i in range(max(1, n // (len(BODY) + 16))))),
    "dates": ("date-like tokens in a byline line", lambda n: repeat("12 February 2026 ", n, head="By Jane Smith | ")),
    "apostrophes": ("apostrophe-joined word (word pattern)", lambda n: repeat("a'", n, tail="a")),
    "entities_controls": ("entities and NULs on one line (encoding repair steps)", lambda n: repeat("&amp;\x00", n)),
    "mojibake_line": ("one long line of mojibake (encoding diff)", lambda n: repeat("cafÃ© ", n)),
    "unknown_words": ("unknown lower-case words (typo candidates)", lambda n: repeat("zzqx wibblefrump ", n)),
}


def parse_size(text: str) -> int:
    text = text.strip().upper()
    mult = {"K": 1 << 10, "M": 1 << 20}.get(text[-1:], 1)
    return int(float(text.rstrip("KM")) * mult)


def best_time(run: Callable[[str], object], text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        t0 = time.perf_counter()
        run(text)
        best = min(best, time.perf_counter() - t0)
    return best


def peak_memory(run: Callable[[str], object], text: str) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        run(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", default="1M", help="small input size (default 1M)")
    ap.add_argument("--large", default="16M", help="large input size (default 16M)")
    ap.add_argument("--pipeline", choices=("default", "core"), default="default",
                    help="default: articleclean.default_pipeline() as it is now; core: the nine core cleaners")
    ap.add_argument("--cases", default="", help="comma-separated case names (default: all)")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    args = ap.parse_args(argv)
    small, large = parse_size(args.small), parse_size(args.large)
    pipe = articleclean.default_pipeline()
    if args.pipeline == "core":
        pipe = pipe.only(*[n for n in CORE if n in pipe.names])
    run = pipe.run
    names = [c for c in args.cases.split(",") if c] or list(CASES)
    ratio = large / small
    print(f"pipeline: {', '.join(pipe.names)}")
    print(f"sizes: {small:,} and {large:,} characters (x{ratio:g}); linear time ratio = {ratio:g}, quadratic = {ratio * ratio:g}\n")
    print("| case | small s | large s | time ratio | x linear | peak B/char small | peak B/char large |")
    print("|---|---|---|---|---|---|---|")
    failed = []
    for name in names:
        _, build = CASES[name]
        a_text, b_text = build(small), build(large)
        ta = best_time(run, a_text, 3)
        tb = best_time(run, b_text, 1)
        r = tb / ta if ta > 0 else float("inf")
        if args.no_memory:
            ma = mb = float("nan")
        else:
            ma = peak_memory(run, a_text) / len(a_text)
            mb = peak_memory(run, b_text) / len(b_text)
        bad = r > 2 * ratio or (not args.no_memory and mb > 2 * ma + 8)
        if bad:
            failed.append(name)
        print(f"| {name} | {ta:.3f} | {tb:.3f} | {r:.1f} | {r / ratio:.2f}{' **' if bad else ''} | {ma:.0f} | {mb:.0f} |", flush=True)
    print()
    print("super-linear: " + (", ".join(failed) if failed else "none"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
