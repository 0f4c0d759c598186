"""Score cleaners on the annotated news corpus: keep rate, remove rate by category and site.

Each page of ``benchmarks/news/pages.jsonl`` has verbatim ``keep`` snippets
(article text: the headline and body sentences), ``remove`` snippets with a
category (boilerplate), and ``once`` snippets (text the page repeats that
should come out exactly once).  A cleaner's output is compared with them after
white space is squeezed on both sides:

- a keep snippet is *kept* when it is in the output, or, for articleclean's pipelines, when it
  is there with the words the pipeline recorded as fixed (a typo's or a broken letter's fix,
  "distirct" -> "district", is no lost text; such snippets are counted apart, "kept with a fix");
- a remove snippet is *removed* when the output holds fewer copies of it than
  the page minus the copies annotated for removal (so "Report", a comment
  button, still counts as removed when "Reports state ..." stays);
- a once snippet is *right* when the output holds it exactly once.

Run::

    python benchmarks/news/score.py                    # tables for as-is and the default pipeline
    python benchmarks/news/score.py --misses           # also list missed and lost snippets
    python benchmarks/news/score.py --show ID          # one page: output and its misses
    python benchmarks/news/score.py --zones            # where missed boilerplate sits, and what kept it

``--zones`` (articleclean's default pipeline only) counts the missed boilerplate snippets by where
they sit on their page (*head*: above the first annotated article snippet; *inside*: between the first
and the last; *tail*: below the last, which the annotation makes the article's last sentence) and by the
explain mode's record of why the line stays (``Pipeline.run(text, explain=True).kept``: the code of the
rule that kept it, e.g. ``kept.edge`` for an edge of the page that is not furniture).  It prints counts
only, so it may be run on a blind split without reading its misses.

Cleaners: ``as-is``, ``default`` (the default pipeline), ``alone`` (the
boilerplate classifier alone), ``c4`` (a C4-style line filter), ``keyword`` (a
crude keyword line filter, for scale), or ``module:function`` (any ``str ->
str`` callable).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_PAGES = HERE / "pages.jsonl"
_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def load(paths: Iterable[Path]) -> list[dict]:
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def _with_fixes(snippet: str, fixes: Iterable[tuple[str, str]]) -> str:
    for before, after in fixes:
        if before and before in snippet:
            snippet = snippet.replace(before, after)
    return snippet


def judge(page: dict, output: str | tuple[str, tuple[tuple[str, str], ...]]) -> dict:
    """Per-snippet verdicts for one page's output (with the word fixes the cleaner recorded)."""
    output, fixes = (output, ()) if isinstance(output, str) else output
    src = squeeze(page["text"])
    out = squeeze(output)
    kept = []
    fixed = 0
    for s in page["keep"]:
        ok = squeeze(s) in out
        if not ok and fixes and squeeze(_with_fixes(s, fixes)) in out:
            ok = True
            fixed += 1
        kept.append((s, ok))
    wanted = Counter(squeeze(r["text"]) for r in page["remove"])
    removed = []
    for r in page["remove"]:
        s = squeeze(r["text"])
        allowed = max(0, src.count(s) - wanted[s])
        removed.append((r["category"], r["text"], out.count(s) <= allowed))
    once = [(s, out.count(squeeze(s)) == 1) for s in page.get("once", [])]
    return {"keep": kept, "remove": removed, "once": once, "fixed": fixed}


_KEYWORDS = re.compile(
    r"sign up|subscribe|newsletter|donat|support|advert|share|follow us|comment|read more|related|"
    r"photograph|credit|image|picture|published|updated|copyright|cookie|log in|login|register",
    re.I,
)


def keyword_filter(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not _KEYWORDS.search(line))


def c4_filter(text: str) -> str:
    sys.path.insert(0, str(HERE.parent))
    from aeb import c4_filter as c4

    return c4(text)


def cleaner(name: str, without: tuple[str, ...] = ()) -> Callable[[str], str | tuple[str, tuple[tuple[str, str], ...]]]:
    if name == "as-is":
        return lambda t: t
    if name in ("default", "alone"):
        import articleclean
        from articleclean.pipeline import Pipeline

        p = articleclean.default_pipeline() if name == "default" else Pipeline.from_names(["boilerplate"])
        for w in without:
            p = p.without(w)

        def run(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
            return _judged(p.run(text))

        return run
    if name == "c4":
        return c4_filter
    if name == "keyword":
        return keyword_filter
    mod, _, fn = name.partition(":")
    return getattr(importlib.import_module(mod), fn)  # type: ignore[no-any-return]


_WORD_FIXES = ("typo.", "encoding.")


def _judged(r: Any) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A pipeline's result as :func:`judge` reads it: the text, and the words it fixed (a typo, a broken
    letter), not the text it cut (a glued stamp's edit)."""
    return r.text, tuple((f.before, f.after) for f in r.fixes if f.after and f.code.startswith(_WORD_FIXES))


def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "-"


def table(name: str, pages: list[dict], verdicts: list[dict]) -> list[str]:
    keep = [ok for v in verdicts for _, ok in v["keep"]]
    rem = [(c, ok) for v in verdicts for c, _, ok in v["remove"]]
    once = [ok for v in verdicts for _, ok in v["once"]]
    lines = [
        f"### {name}",
        "",
        f"pages {len(pages)}, sites {len({p['site'] for p in pages})}: "
        f"keep {_rate(sum(keep), len(keep))} of {len(keep)} body snippets; "
        f"remove {_rate(sum(ok for _, ok in rem), len(rem))} of {len(rem)} boilerplate snippets; "
        f"once {_rate(sum(once), len(once))} of {len(once)}; "
        f"pages losing a body snippet {sum(1 for v in verdicts if not all(ok for _, ok in v['keep']))}",
        f"(kept with a fix: {sum(v['fixed'] for v in verdicts)} body snippets are in the output with a word the cleaner fixed and recorded)",
        "",
        "| category | snippets | removed |",
        "|---|---|---|",
    ]
    by_cat: dict[str, list[bool]] = defaultdict(list)
    for c, ok in rem:
        by_cat[c].append(ok)
    for c in sorted(by_cat, key=lambda c: -len(by_cat[c])):
        lines.append(f"| {c} | {len(by_cat[c])} | {_rate(sum(by_cat[c]), len(by_cat[c]))} |")
    by_region: dict[str, list[tuple[list[bool], list[bool]]]] = defaultdict(list)
    for p, v in zip(pages, verdicts):
        by_region[p["region"]].append(([ok for _, ok in v["keep"]], [ok for _, _, ok in v["remove"]]))
    lines += ["", "| region | pages | keep | remove |", "|---|---|---|---|"]
    for reg in sorted(by_region, key=lambda r: -len(by_region[r])):
        k = [x for a, _ in by_region[reg] for x in a]
        r = [x for _, b in by_region[reg] for x in b]
        lines.append(f"| {reg} | {len(by_region[reg])} | {_rate(sum(k), len(k))} | {_rate(sum(r), len(r))} |")
    return lines


def sites_table(pages: list[dict], verdicts: list[dict], worst: int) -> list[str]:
    per: dict[str, list[bool]] = defaultdict(list)
    lost: Counter[str] = Counter()
    for p, v in zip(pages, verdicts):
        per[p["site"]].extend(ok for _, _, ok in v["remove"])
        lost[p["site"]] += sum(not ok for _, ok in v["keep"])
    rows = sorted(per, key=lambda s: (-lost[s], sum(per[s]) / len(per[s]) if per[s] else 1))
    out = ["", f"Sites, worst {worst} (body snippets lost, then remove rate):", "", "| site | lost | removed |", "|---|---|---|"]
    for s in rows[:worst]:
        out.append(f"| {s} | {lost[s]} | {sum(per[s])}/{len(per[s])} |")
    return out


def _zone(text: str, snippet: str, keeps: list[str]) -> str:
    """Where ``snippet`` sits on its page (squeezed ``text``): above the first keep snippet, below the
    last one, or between them."""
    spans = [(i, i + len(k)) for k in keeps if k and (i := text.find(k)) >= 0]
    at = text.find(snippet)
    if not spans or at < 0:
        return "unplaced"
    if at < min(a for a, _ in spans):
        return "head"
    if at >= max(b for _, b in spans):
        return "tail"
    return "inside"


def zones_table(pages: list[dict], without: tuple[str, ...] = ()) -> list[str]:
    """Counts of missed boilerplate snippets by zone and category, and by zone and the code of the
    rule that kept the snippet's first line (see ``--zones``)."""
    import articleclean

    pipe = articleclean.default_pipeline()
    if without:
        pipe = pipe.without(*without)
    by_cat: Counter[tuple[str, str]] = Counter()
    by_rule: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    for p in pages:
        res = pipe.run(p["text"], explain=True)
        verdict = judge(p, _judged(res))
        text = squeeze(p["text"])
        keeps = [squeeze(k) for k in p["keep"]]
        source = p["text"].splitlines()
        kept_at = {k.line: k.code for k in res.kept}
        for cat, snippet, ok in verdict["remove"]:
            zone = _zone(text, squeeze(snippet), keeps)
            totals[zone] += 1
            if ok:
                continue
            by_cat[zone, cat] += 1
            first = squeeze(snippet.splitlines()[0]) if snippet.strip() else ""
            line = next((n for n, s in enumerate(source, 1) if first and first in squeeze(s)), None)
            by_rule[zone, kept_at.get(line, "(not kept whole)") if line else "(not found)"] += 1
    out_lines = ["| zone | boilerplate snippets | missed |", "|---|---|---|"]
    missed = Counter(z for z, _ in by_cat.elements())
    out_lines += [f"| {z} | {totals[z]} | {missed[z]} |" for z in ("head", "inside", "tail", "unplaced") if totals[z]]
    out_lines += ["", "| zone | category | missed |", "|---|---|---|"]
    out_lines += [f"| {z} | {c} | {n} |" for (z, c), n in sorted(by_cat.items(), key=lambda x: (-x[1], x[0]))]
    out_lines += ["", "| zone | kept by | missed |", "|---|---|---|"]
    out_lines += [f"| {z} | {r} | {n} |" for (z, r), n in sorted(by_rule.items(), key=lambda x: (-x[1], x[0]))]
    return out_lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=Path, nargs="+", default=[DEFAULT_PAGES])
    ap.add_argument("--cleaner", action="append", help="as-is, default, alone, c4, keyword or module:function")
    ap.add_argument("--without", action="append", default=[], help="drop this cleaner from the default pipeline")
    ap.add_argument("--misses", action="store_true", help="list missed boilerplate and lost article snippets")
    ap.add_argument("--category", help="with --misses: only this category")
    ap.add_argument("--sites", type=int, default=0, help="list the N worst sites")
    ap.add_argument("--show", help="print one page's output (id prefix) and its verdicts")
    ap.add_argument("--zones", action="store_true", help="count missed boilerplate by zone, category and keeping rule")
    args = ap.parse_args(argv)
    pages = load(args.pages)
    names = args.cleaner or ["as-is", "default"]
    if args.show:
        fn = cleaner(names[-1], tuple(args.without))
        for p in pages:
            if p["id"].startswith(args.show):
                out = fn(p["text"])
                print(out if isinstance(out, str) else out[0], "\n-----")
                v = judge(p, out)
                for s, ok in v["keep"]:
                    print("KEEP" if ok else "LOST", "|", s[:100])
                for c, s, ok in v["remove"]:
                    print("gone" if ok else "MISS", c, "|", s[:100].replace("\n", " / "))
        return 0
    if args.zones:
        print("\n".join(zones_table(pages, tuple(args.without))))
        return 0
    for name in names:
        fn = cleaner(name, tuple(args.without))
        verdicts = [judge(p, fn(p["text"])) for p in pages]
        label = name + "".join(f" without {w}" for w in args.without if name in ("default", "alone"))
        print("\n".join(table(label, pages, verdicts)))
        if args.sites:
            print("\n".join(sites_table(pages, verdicts, args.sites)))
        if args.misses:
            for p, v in zip(pages, verdicts):
                for s, ok in v["keep"]:
                    if not ok and not args.category:
                        print(f"LOST {p['id']} | {s[:110]}")
                for c, s, ok in v["remove"]:
                    if not ok and (not args.category or c == args.category):
                        print(f"MISS {c} {p['id']} | {s[:110]!r}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
