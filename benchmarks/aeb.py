"""Article finding on real pages: the article-extraction benchmark's metric, per track.

Tracks (input -> cleaner -> compared with the page's ``truth``):

- ``text dump``: ``extracted["html-text"]``, the whole page as text;
- ``container``: ``extracted["container"]``, the text of the page's article
  element, with the boilerplate that sits inside it;
- ``after NAME``: the output of an extractor (trafilatura, readability, ...);
- ``truth``: the truth itself (recall is the share of article text kept);
- ``html``: the page's ``html`` itself, through ``articleclean.clean_html``, with
  trafilatura (``extract``, no comments) and readability-lxml (``Document.summary``,
  its HTML to text with html-text) as peers run in the same process on the same pages;
  MB/s is HTML per CPU second after a warm-up pass.

Each track is scored as-is, after the full default pipeline, after the
``boilerplate`` classifier alone, and (text dump only) after jusText and a
C4-style line filter run in the same process on the same inputs; English and
other languages are reported separately.  Throughput is MB/s of input text on
the text dumps, in CPU time, after one warm-up pass (word lists load on first use).

Metric (as the benchmark defines it): ``\\w+`` tokens, multiset of word 4-gram
shingles, per-document tp/fp/fn normalised to sum to one, precision averaged
over documents with a non-empty prediction or truth, recall likewise, F1 the
harmonic mean of the two averages.

Run::

    python benchmarks/aeb.py --pages /tmp/aeb-dev-extracted.jsonl.gz
    python benchmarks/aeb.py --track html        # the html track alone (needs no extracted texts)
    python benchmarks/aeb.py --track html --before   # ... and the old html_to_text path
    python benchmarks/aeb.py --parsers           # tree builders' MB/s on the same pages

If the pages file has empty ``extracted`` fields, fill them first with
``benchmarks/aeb_extract.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

DEFAULT_PAGES = Path(__file__).resolve().parents[2] / "shared" / "bench" / "aeb-dev" / "pages.jsonl.gz"
EXTRACTORS = ("trafilatura", "readability", "newspaper", "goose3", "boilerpipe", "inscriptis")

_TOKEN = re.compile(r"\w+")


# -- the metric ----------------------------------------------------------------------
def shingles(text: str, n: int = 4) -> Counter:
    toks = _TOKEN.findall(text or "")
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i : i + n])


def tp_fp_fn(truth: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(truth), shingles(pred)
    tp = fp = fn = 0.0
    for key in t.keys() | p.keys():
        a, b = t.get(key, 0), p.get(key, 0)
        tp += min(a, b)
        fp += max(0, b - a)
        fn += max(0, a - b)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def score(pairs: Iterable[tuple[str, str]]) -> tuple[float, float, float]:
    """(F1, precision, recall) over ``(truth, prediction)`` pairs."""
    counts = [tp_fp_fn(t, p) for t, p in pairs]
    ps = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


# -- peers ---------------------------------------------------------------------------
_C4_BAD = re.compile(
    r"javascript|lorem ipsum|cookie|privacy policy|terms of use|terms of service|use of cookies|use cookies",
    re.IGNORECASE,
)
_C4_END = tuple('.!?"”')


def c4_filter(text: str) -> str:
    """The C4 line heuristics: keep lines ending in terminal punctuation with >= 3 words,
    drop lines naming javascript / lorem ipsum / cookies / policies, drop a page with curly braces."""
    if "{" in text:
        return ""
    keep = []
    for line in text.splitlines():
        s = line.strip()
        if not s.endswith(_C4_END) or len(s.split()) < 3 or _C4_BAD.search(s):
            continue
        keep.append(s)
    return "\n".join(keep)


def _justext_fn() -> Callable[[str, str], str] | None:
    try:
        import justext
    except ImportError:
        return None
    langs = {"en": "English", "de": "German", "pt": "Portuguese", "ru": "Russian", "ja": "English"}
    stoplists = {code: justext.get_stoplist(name) for code, name in langs.items()}  # read once, not per page

    def run(text: str, lang: str) -> str:
        # jusText wants HTML: each line becomes a paragraph.
        from html import escape

        html = "<html><body>" + "".join(f"<p>{escape(s)}</p>" for s in text.splitlines() if s.strip()) + "</body></html>"
        paras = justext.justext(html, stoplists.get(lang, stoplists["en"]))
        return "\n\n".join(p.text for p in paras if not p.is_boilerplate)

    return run


# -- the html track --------------------------------------------------------------------
def _html_peers() -> list[tuple[str, Callable[[str], str]]]:
    """trafilatura and readability-lxml on a page's HTML, when installed."""
    peers: list[tuple[str, Callable[[str], str]]] = []
    try:
        import trafilatura

        peers.append(("trafilatura", lambda h: trafilatura.extract(h, include_comments=False) or ""))
    except ImportError:
        pass
    try:
        import html_text
        from readability import Document as Readable

        peers.append(("readability-lxml + html-text", lambda h: html_text.extract_text(Readable(h).summary(html_partial=True))))
    except ImportError:
        pass
    return peers


def html_track(
    rows: list[dict], groups: dict[str, list[dict]], peers: bool = True, worst: int = 0, before: bool = False
) -> list[str]:
    """Rows of the results table for the ``html`` track (``before``: also the old path, the
    page's text by ``articleclean.htmltext.html_to_text`` through the default pipeline)."""
    import articleclean

    pipeline = articleclean.default_pipeline()
    inputs = [r["html"] for r in rows]
    mb = sum(len(x.encode("utf-8")) for x in inputs) / 1e6
    cleaners: list[tuple[str, Callable[[str], str]]] = [("articleclean.clean_html", lambda h: pipeline.run_html(h).text)]
    if peers:
        cleaners += _html_peers()
    if before:
        from articleclean.htmltext import html_to_text

        cleaners.append(("html_to_text + default pipeline (before issue 16)", lambda h: pipeline.run(html_to_text(h)).text))
    lines = []
    for name, fn in cleaners:
        for x in inputs:  # warm: word lists and patterns load on first use, not in the timing
            fn(x)
        out, secs = timed(fn, inputs)
        for lang, members in groups.items():
            ids = {id(m) for m in members}
            pairs = [(r["truth"], o) for r, o in zip(rows, out) if id(r) in ids]
            lines.append(_row("html", name, lang, score(pairs), len(pairs), f"{mb / secs:.1f}" if lang == "all" else ""))
        if worst and name == "articleclean.clean_html":
            scored = sorted((score([(r["truth"], o)])[0], r["id"][:8], r["url"][:70]) for r, o in zip(rows, out))
            for s in scored[:worst]:
                print(f"{s[0]:.3f} {s[1]} {s[2]}", file=sys.stderr)
    return lines


def parser_speeds(rows: list[dict]) -> list[str]:
    """MB/s of HTML (CPU time) of the tree builders the html track could use, on the same pages."""
    import lxml.html
    from bs4 import BeautifulSoup

    inputs = [r["html"] for r in rows]
    mb = sum(len(x.encode("utf-8")) for x in inputs) / 1e6
    out = ["| parser | MB/s of HTML |", "|---|---|"]
    for name, fn in (
        ("lxml.html.document_fromstring", lxml.html.document_fromstring),
        ("bs4 + lxml", lambda h: BeautifulSoup(h, "lxml")),
        ("bs4 + html.parser", lambda h: BeautifulSoup(h, "html.parser")),
    ):
        _, secs = timed(fn, inputs)
        out.append(f"| {name} | {mb / secs:.1f} |")
    return out


# -- running -------------------------------------------------------------------------
def load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _extracted_by(name: str) -> Callable[[dict], str]:
    """A track's input: a page's text as the extractor ``name`` gave it ("" if it gave none)."""
    return lambda r: r["extracted"].get(name) or ""


def timed(fn: Callable[[str], str], inputs: Sequence[str]) -> tuple[list[str], float]:
    """Outputs and CPU seconds of ``fn`` over ``inputs``."""
    t0 = time.process_time()
    out = [fn(x) for x in inputs]
    return out, time.process_time() - t0


def _row(track: str, peer: str, lang: str, f1p: tuple[float, float, float], n: int, mbs: str = "") -> str:
    f1, p, r = f1p
    return f"| {track} | {peer} | {lang} | {n} | {f1:.3f} | {p:.3f} | {r:.3f} | {mbs} |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="article-extraction benchmark for articleclean")
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--no-peers", action="store_true", help="skip jusText and the C4 filter (trafilatura and readability on the html track)")
    ap.add_argument("--show", help="print the cleaned text dump of the page with this id prefix, then exit")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst text-dump pages for the classifier")
    ap.add_argument("--track", action="append", help="score only this track (repeatable): 'text dump', 'container', ...")
    ap.add_argument("--worst-track", default="text dump", help="the track --worst lists pages of")
    ap.add_argument("--before", action="store_true", help="html track: also the old path (html_to_text, then the text pipeline)")
    ap.add_argument("--parsers", action="store_true", help="MB/s of lxml, bs4 + lxml and bs4 + html.parser on the pages' HTML, then exit")
    args = ap.parse_args(argv)

    import articleclean
    from articleclean.pipeline import Pipeline

    pipeline = articleclean.default_pipeline()
    if "boilerplate" not in pipeline.names:
        pipeline = pipeline.with_cleaner(articleclean.default_registry().create("boilerplate"), after="labels")
    alone = Pipeline.from_names(["boilerplate"])
    rows = load(args.pages)
    if args.parsers:
        print("\n".join(parser_speeds(rows)))
        return 0
    if args.track == ["html"]:
        groups = {"en": [r for r in rows if r["lang"] == "en"], "other": [r for r in rows if r["lang"] != "en"], "all": rows}
        print("| track | cleaner | lang | pages | F1 | P | R | MB/s |\n|---|---|---|---|---|---|---|---|")
        print("\n".join(html_track(rows, groups, not args.no_peers, args.worst, args.before)))
        return 0
    if not any(r["extracted"].get("html-text") for r in rows):
        print("the pages file has no extracted texts: run benchmarks/aeb_extract.py first", file=sys.stderr)
        return 2

    if args.show:
        for r in rows:
            if r["id"].startswith(args.show):
                res = alone.run(r["extracted"]["html-text"])
                print(res.text)
                print("-----")
                for rem in res.removals:
                    print(rem.code, "|", rem.reason, "|", rem.text[:80].replace("\n", " / "))
        return 0

    groups = {"en": [r for r in rows if r["lang"] == "en"], "other": [r for r in rows if r["lang"] != "en"], "all": rows}
    lines = [
        "| track | cleaner | lang | pages | F1 | P | R | MB/s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    tracks: list[tuple[str, Callable[[dict], str]]] = [("text dump", lambda r: r["extracted"]["html-text"])]
    tracks.append(("container", lambda r: r["extracted"].get("container") or ""))
    tracks += [(f"after {name}", _extracted_by(name)) for name in EXTRACTORS]
    tracks.append(("truth", lambda r: r["truth"]))
    if args.track:
        tracks = [t for t in tracks if t[0] in args.track]
    justext_run = None if args.no_peers else _justext_fn()
    speed: dict[str, float] = {}
    for track, get in tracks:
        inputs = [get(r) for r in rows]
        mb = sum(len(x.encode("utf-8")) for x in inputs) / 1e6
        cleaners: list[tuple[str, Callable[[str], str]]] = [
            ("as-is", lambda x: x),
            ("default pipeline + boilerplate", pipeline.clean),
            ("boilerplate alone", alone.clean),
        ]
        if track == "text dump" and not args.no_peers:
            cleaners.append(("C4-style line filter", c4_filter))
        outputs = {}
        for name, fn in cleaners:
            if track == "text dump" and name != "as-is":
                for x in inputs:  # warm: word lists and patterns load on first use, not in the timing
                    fn(x)
            out, secs = timed(fn, inputs)
            outputs[name] = out
            if track == "text dump" and name != "as-is":
                speed[name] = mb / secs
        if track == "text dump" and justext_run is not None:
            t0 = time.process_time()
            outputs["jusText (page language)"] = [justext_run(x, r["lang"]) for x, r in zip(inputs, rows)]
            speed["jusText (page language)"] = mb / (time.process_time() - t0)
        for name, out in outputs.items():
            for lang, members in groups.items():
                ids = {id(m) for m in members}
                pairs = [(r["truth"], o) for r, o in zip(rows, out) if id(r) in ids]
                mbs = f"{speed[name]:.1f}" if name in speed and lang == "en" else ""
                lines.append(_row(track, name, lang, score(pairs), len(pairs), mbs))
        if track == args.worst_track and args.worst:
            scored = sorted(
                ((score([(r["truth"], o)])[0], r["id"][:8], r["url"][:70]) for r, o in zip(rows, outputs["default pipeline + boilerplate"])),
            )
            for s in scored[: args.worst]:
                print(f"{s[0]:.3f} {s[1]} {s[2]}", file=sys.stderr)
        if track == "text dump":
            emptied = [r["id"][:8] for r, o in zip(rows, outputs["boilerplate alone"]) if r["lang"] != "en" and not o.strip()]
            lines.append(f"| text dump | non-English pages emptied by boilerplate | | {len(emptied)} | | | | |")
    if not args.track or "html" in args.track:
        lines += html_track(rows, groups, not args.no_peers)
    print("\n".join(lines))
    if "jusText (page language)" in speed:
        for name in ("default pipeline + boilerplate", "boilerplate alone"):
            print(f"\n{name}: {speed[name] / speed['jusText (page language)']:.1f}x jusText throughput on the text dumps")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
