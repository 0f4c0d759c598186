"""Can lexical cohesion find other stories' leads at a page's end?  An analysis; the rule is NOT in the pipeline.

Session 12 (branch gtail) measured this idea: an article's own paragraphs share content words (names,
places, topic nouns) with its headline and the text above them; the lead of another story (a "latest" or
recirculation list whose heading was lost) shares almost none.  Cohesion alone is no test, so the rule
below adds the shape of such a list:

* a run at the END of the text, that stops at the first sentence going back that shares words with the
  text above it (a short title-like line or a date may sit in the run);
* two leads or more in it, each a line of 12 words or more that opens a story: no quotation, no personal
  pronoun, no opening pronoun or connective ("But", "Meanwhile", "Elsewhere", "In other news"), no "also"
  or "the same";
* each lead with under ``max_shared`` of its content words in the text above the run, at most
  ``max_head_shared`` in the headline and lead, its first content word new; with ``mutual``, no content
  word shared between two leads (each is a story of its own);
* three prose paragraphs or more above the run.

Sections printed:

1. per-line cohesion (share of a line's content words found in the text above it) for the article's last
   three annotated body lines and for the missed related lines after the article, at thresholds;
2. the rule run on each page's cleaned output (a post-filter: the lines it would remove, with their
   labels: a body snippet, a missed boilerplate snippet, or an unannotated line), per variant;
3. the rule on article endings that change subject (tests/test_subject_change_endings.py, written by hand):
   how many of them it would remove, per variant.

Findings (session 12, at cb9ef71):

* section 1: 34% of the article's last three body lines have under 0.2 of their content words in the text
  above them (18% under 0.1), against 78% (56%) of the related lines missed after the article;
* variant A hooked into the related cleaner (``related.teaser``): dev+test+test2 related 0.726 -> 0.753
  (4 snippets, chalkbeat and capitalandmain), remove 0.817 -> 0.820, keep 0.997 unchanged; test3's
  summary unchanged (keep 0.993, remove 0.516); review11's must-stay lines unchanged (57 of 274 removed).
  Its first form (no personal-pronoun test) removed a Sputnik column's real last paragraph in the AEB
  truth (truth recall 0.998 -> 0.997);
* every variant that removes anything on the corpus also removes hand-written article endings (other
  results at the end of a match report, a wider trend, a funeral notice, an "In other news" round-up,
  roadworks and weather), one of them reaching into the article's last paragraph; the strict ones (C-F)
  remove nothing on the corpus;
* gated on a known list heading ("The latest", "More stories") over full-sentence leads down to the
  page's end (the promo and related headings' run): with A's thresholds nothing changes on the corpus or
  test3, and 7 of the 28 endings go when put under such a heading; loosened (under 0.3 shared, up to 4
  words in the headline and lead) related 0.726 -> 0.774 (chalkbeat's "The Latest" list, whose leads share
  the outlet's topic words), test3 unchanged, and 10 of the 28 endings go.

Not safe: no hook was kept.

Run (from a worktree; never on the blind test3 file)::

    PYTHONPATH=src python benchmarks/tail_cohesion.py benchmarks/news/pages.jsonl benchmarks/news/test.jsonl benchmarks/news/test2.jsonl
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "news"))
sys.path.insert(0, str(HERE.parent))

from score import cleaner, judge, load, squeeze  # noqa: E402

from articleclean.lexicon import entries  # noqa: E402
from articleclean.text import ends_sentence, looks_like_body, word_count  # noqa: E402

_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
_GOES_ON = re.compile(
    r"^[\"“”‘'(\[«]|^(?:he|she|it|its|they|their|them|his|her|this|these|those|that|there|but|and|also|however|"
    r"meanwhile|so|yet|or|then|still|instead|earlier|later|last|next|both|neither|such|elsewhere|separately|"
    r"in other (?:news|business))\b",
    re.IGNORECASE,
)
_SPEAKS = re.compile(
    r"[\"“”«»]|\blet['’]s\b|\bthe same\b|\b(?:also|we|our|us|i|you|your|my|me|he|him|his|she|her|hers|they|them|their)\b",
    re.IGNORECASE,
)
_STOP = frozenset(w.casefold().replace("’", "'") for w in entries("stopwords/en"))

VARIANTS: dict[str, dict[str, float]] = {
    "A: shared<0.2, 2 leads": {},
    "B: A + leads share no word": {"mutual": 1},
    "C: shared<0.1, 2 leads": {"max_shared": 0.1},
    "D: no shared word, 2 leads": {"max_shared": 1e-9, "max_head_shared": 0},
    "E: shared<0.2, 3 leads": {"min_leads": 3},
    "F: no shared word, 3 leads": {"max_shared": 1e-9, "max_head_shared": 0, "min_leads": 3},
}
_DEFAULTS = {
    "lead_words": 12,
    "lead_content": 5,
    "max_shared": 0.2,
    "max_head_shared": 1,
    "min_leads": 2,
    "min_body": 3,
    "max_run": 24,
    "mutual": 0,
}


def content_words(text: str) -> list[str]:
    """Words of four letters or more that are no English stopword, folded, "'s" and a plural "s" dropped."""
    out = []
    for w in _TOKEN.findall(text):
        w = w.casefold().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) < 4 or w in _STOP:
            continue
        if w.endswith("s") and not w.endswith("ss") and len(w) > 4:
            w = w[:-1]
        out.append(w)
    return out


def foreign_tail(texts: Sequence[str], **settings: float) -> int | None:
    """Where the run of other stories' leads at the end of ``texts`` starts, or None (the module's docstring)."""
    s = {**_DEFAULTS, **settings}
    n = len(texts)
    words = [content_words(t) for t in texts]
    head = next((i for i, t in enumerate(texts) if looks_like_body(t)), n)
    if head >= n:
        return None
    headline = set().union(*words[: head + 1])
    above: Counter[str] = Counter()  # the words of texts[:k], each line's once
    for w in words:
        above.update(set(w))

    def kind(j: int) -> str:  # texts[j] against texts[:k]: "lead", "short" (a headline, a date) or ""
        t, w = texts[j], set(words[j])
        shared = sum(1 for x in w if above[x] > 0)
        if not w or (word_count(t) < s["lead_words"] and not ends_sentence(t) and shared < s["max_shared"] * len(w)):
            return "short"
        if (
            len(w) >= s["lead_content"]
            and shared < s["max_shared"] * len(w)
            and len(w & headline) <= s["max_head_shared"]
            and above[words[j][0]] <= 0
            and word_count(t) >= s["lead_words"]
            and not _GOES_ON.search(t)
            and not _SPEAKS.search(t)
        ):
            return "lead"
        return ""

    def apart(leads: list[set[str]]) -> bool:
        return not s["mutual"] or all(not (w & set().union(*leads[:i], *leads[i + 1 :])) for i, w in enumerate(leads))

    best = None
    for k in range(n - 1, max(head, n - int(s["max_run"])) - 1, -1):
        above.subtract(set(words[k]))
        if not kind(k) and (word_count(texts[k]) >= s["lead_words"] or ends_sentence(texts[k])):
            break  # the article's own sentence: the run never reaches above it
        kinds = [kind(j) for j in range(k, n)]
        leads = [set(words[j]) for j, x in zip(range(k, n), kinds) if x == "lead"]
        if all(kinds) and len(leads) >= s["min_leads"] and apart(leads):
            best = k
    if best is None or sum(1 for t in texts[:best] if looks_like_body(t)) < s["min_body"]:
        return None
    return best


def _label(line: str, keeps: list[str], missed: list[tuple[str, str]]) -> str:
    s = squeeze(line)
    if any(k in s or (len(s) > 20 and s in k) for k in keeps):
        return "BODY"
    for cat, t in missed:
        if t in s or (len(s) > 20 and s in t):
            return "miss:" + cat
    return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="+", type=Path, help="annotated pages (never the blind test3 file)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each page's removed lines")
    args = ap.parse_args(argv)
    if any("test3" in p.name for p in args.pages):
        ap.error("test3 is blind")
    fn = cleaner("default")
    outputs = []
    for p in load(args.pages):
        out = fn(p["text"])
        lines = [ln.strip() for ln in out[0].split("\n") if ln.strip()]
        keeps = [squeeze(s) for s in p["keep"]]
        missed = [(c, squeeze(t)) for c, t, ok in judge(p, out)["remove"] if not ok]
        outputs.append((p, out, lines, [_label(ln, keeps, missed) for ln in lines]))

    print("1. share of a line's content words found in the text above it (lines of 4 content words or more)")
    groups: dict[str, list[float]] = {"last 3 body lines": [], "related missed after the body": []}
    for _p, _out, lines, labels in outputs:
        body = [i for i, x in enumerate(labels) if x == "BODY"]
        if len(body) < 3:
            continue
        seen: Counter[str] = Counter()
        for i, ln in enumerate(lines):
            w = set(content_words(ln))
            share = sum(1 for x in w if seen[x]) / len(w) if w else 1.0
            seen.update(w)
            if len(w) < 4:
                continue
            if labels[i] == "BODY" and i >= body[-3]:
                groups["last 3 body lines"].append(share)
            elif labels[i] == "miss:related" and i > body[-1]:
                groups["related missed after the body"].append(share)
    print("| lines | n | <0.1 | <0.2 | <0.3 |\n|---|---|---|---|---|")
    for name, vals in groups.items():
        cells = " | ".join(f"{sum(v < t for v in vals) / max(1, len(vals)):.2f}" for t in (0.1, 0.2, 0.3))
        print(f"| {name} | {len(vals)} | {cells} |")

    from tests.test_subject_change_endings import ENDINGS

    print("\n2-3. the rule as a post-filter on the cleaned output, and on hand-written endings that change subject")
    print(
        "| variant | pages hit | body snippets | missed boilerplate | unannotated | endings removed |\n|---|---|---|---|---|---|"
    )
    for name, settings in VARIANTS.items():
        hit = Counter()
        for p, _out, lines, labels in outputs:
            k = foreign_tail(lines, **settings)
            if k is None:
                continue
            hit["pages"] += 1
            for ln, lab in zip(lines[k:], labels[k:]):
                hit["body" if lab == "BODY" else "?" if lab == "?" else "miss"] += 1
                if args.verbose:
                    print(f"   {p['id']} {lab:>16} | {ln[:120]}")
        bad = sum(foreign_tail(b + e, **settings) is not None for b, e in ENDINGS)
        print(f"| {name} | {hit['pages']} | {hit['body']} | {hit['miss']} | {hit['?']} | {bad} of {len(ENDINGS)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
