"""Throughput (MB/s of UTF-8 input) of the default pipeline beside jusText, ftfy and a splitlines pass.

    python benchmarks/speed.py [--pages PATH] [--repeat 3] [--profile | --steps]

Inputs: the whole-page text dumps (``extracted["html-text"]`` of the AEB dev
pages; when that field is empty the dump is made from ``html`` with the
``html-text`` package, as the benchmark made it) and clean articles (the
``truth`` field and tests/fixtures/expected/*.txt).  The pipeline is
``articleclean.default_pipeline()`` as it is when the script runs; ``--core``
times only the nine core cleaners.  Every peer runs in the same process on the
same texts; compare the ratios.  Times are the process's CPU time
(``time.process_time``), best of ``--repeat`` runs, so other jobs on a
shared machine disturb them less than wall-clock time.

``--explain`` adds a row for the default pipeline in explain mode (``run(text,
explain=True)``, which records why every kept line stays).

``--profile`` instead runs the default pipeline once over the text dumps
under pyinstrument (``pip install pyinstrument``) and prints where the time
goes, cleaner by cleaner and line by line.  ``--steps`` times one pass of
each step of the default pipeline on the dumps (``Document.from_text``, each
cleaner's ``apply`` on what the one before it returned, rendering), CPU ms,
best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path

import articleclean

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "bench" / "aeb-dev" / "pages.jsonl.gz"
CORE = ("whitespace", "newsletter", "jobs", "promo", "related", "captions", "labels", "duplicates", "metadata")


def load(path: Path) -> tuple[list[str], list[str]]:
    dumps, truths = [], []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = (row.get("extracted") or {}).get("html-text") or ""
            if not text and row.get("html"):
                import html_text  # pip install html-text

                text = html_text.extract_text(row["html"], guess_layout=True)
            dumps.append(text)
            truths.append(row.get("truth") or "")
    truths += [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "fixtures" / "expected").glob("*.txt"))]
    return dumps, truths


def throughput(fn: Callable[[str], object], texts: list[str], repeat: int) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for t in texts:
            fn(t)
        best = min(best, time.process_time() - t0)
    return size / 1e6 / best


def peers() -> dict[str, Callable[[str], object]]:
    out: dict[str, Callable[[str], object]] = {}
    pipe = articleclean.default_pipeline()
    out[f"articleclean default ({len(pipe.names)} steps)"] = pipe.run
    out["articleclean core cleaners"] = pipe.only(*[n for n in CORE if n in pipe.names]).run
    for name in pipe.names:
        if name not in CORE:
            out[f"  {name} alone"] = articleclean.Pipeline((pipe.get(name),)).run
    try:
        import justext

        stop = justext.get_stoplist("English")
        out["jusText (English stoplist)"] = lambda t: justext.justext(t.encode("utf-8"), stop)
    except ImportError:
        pass
    try:
        import ftfy

        out["ftfy.fix_text"] = ftfy.fix_text
    except ImportError:
        pass
    out.update(floors())
    return out


def floors() -> dict[str, Callable[[str], object]]:
    """The least work any cleaner of each kind must do, in CPython, as written here.

    * ``splitlines``: reading the lines;
    * a line classifier must at least count each line's words and function
      words (jusText's stop-word density): split every line, look each word up;
    * a typo fixer must at least find every word and look it up in its
      dictionary: one regex ``findall`` over the lowered text and a set
      look-up per word, with the same dictionary and word pattern as
      :func:`articleclean.language.is_english` (looking up white-space tokens, with
      their punctuation, is cheaper but finds no word next to a comma).

    A pipeline that does a kind of work cannot run faster than its floor.
    """
    from articleclean.fixers.typos import _unigrams
    from articleclean.language import LETTER_WORD, stopwords

    known = _unigrams()
    stops = stopwords("en")

    def line_stopwords(text: str) -> list[int]:
        return [sum(map(stops.__contains__, line.lower().split())) for line in text.split("\n")]

    def word_lookup(text: str) -> int:
        return sum(map(known.__contains__, LETTER_WORD.findall(text.lower())))

    def token_lookup(text: str) -> int:  # white-space tokens, punctuation and all: cheaper than words
        return sum(map(known.__contains__, text.lower().split()))

    return {
        "floor: splitlines": str.splitlines,
        "floor: stop words counted per line": line_stopwords,
        "floor: every word looked up in a dictionary": word_lookup,
        "floor: every white-space token looked up": token_lookup,
    }


def profile(texts: list[str]) -> None:
    from pyinstrument import Profiler  # pip install pyinstrument

    pipe = articleclean.default_pipeline()
    for t in texts:
        pipe.run(t)  # load word lists and patterns outside the profile
    profiler = Profiler(interval=0.0005)
    with profiler:
        for t in texts:
            pipe.run(t)
    print(profiler.output_text(unicode=True, color=False, show_all=False))


def steps(texts: list[str], repeat: int) -> None:
    from articleclean.document import Document

    pipe = articleclean.default_pipeline()
    for t in texts:
        pipe.run(t)  # warm
    best: dict[str, float] = {}

    def clock(name: str, fn: Callable[[], object]) -> object:
        t0 = time.process_time()
        out = fn()
        best[name] = min(best.get(name, float("inf")), time.process_time() - t0)
        return out

    for _ in range(repeat):
        docs = clock("Document.from_text", lambda: [Document.from_text(t) for t in texts])
        for c in pipe.cleaners:
            docs = clock(c.name, lambda c=c, docs=docs: [c.apply(d) for d in docs])
        clock("rendering", lambda docs=docs: [articleclean.CleanResult.from_document(d) for d in docs])
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print("| step | CPU ms |\n|---|---:|")
    for name, secs in best.items():
        print(f"| {name} | {secs * 1000:.0f} |")
    total = sum(best.values())
    print(f"| one pass | {total * 1000:.0f} |\n\n{size / total:.2f} MB/s for one pass (the pipeline also settles)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="profile the default pipeline on the dumps (pyinstrument)")
    ap.add_argument("--steps", action="store_true", help="time each step of one default pass on the dumps")
    ap.add_argument("--explain", action="store_true", help="also time the default pipeline in explain mode (run(text, explain=True))")
    args = ap.parse_args()
    dumps, truths = load(args.pages)
    if args.profile:
        profile(dumps)
        return
    if args.steps:
        steps(dumps, args.repeat)
        return
    print(f"text dumps: {len(dumps)} pages, {sum(len(t.encode()) for t in dumps) / 1e6:.2f} MB; "
          f"clean articles: {len(truths)}, {sum(len(t.encode()) for t in truths) / 1e6:.2f} MB\n")
    timed = peers()
    if args.explain:  # why kept lines stay: the classifier's decide runs once more
        default = articleclean.default_pipeline()
        timed = {next(iter(timed)): next(iter(timed.values())),
                 "articleclean default, explain mode": lambda t: default.run(t, explain=True).text, **timed}
    rows = [(name, throughput(fn, dumps, args.repeat), throughput(fn, truths, args.repeat)) for name, fn in timed.items()]
    base = rows[0]
    print("| peer | text dumps MB/s | clean articles MB/s | dumps: x articleclean |")
    print("|---|---|---|---|")
    for name, a, b in rows:
        print(f"| {name} | {a:.2f} | {b:.2f} | {a / base[1]:.2f} |")


if __name__ == "__main__":
    main()
