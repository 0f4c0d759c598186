"""An experiment, not part of the library: a learned line model on top of the default pipeline.

Issue 12 asks for 0.90 of the boilerplate removed on sites never seen; five blind splits in a row put the rules
at 0.52-0.58, and rules read from one split's misses moved the next blind split by +0.000.  This script measures
what a small learned model adds, so that the decision it would need (a model's removals beside the rules'
concepts, and its trade on other genres) is taken on figures.

The model reads generic per-line features (length, sentence end, capitals, digits, function words, position,
distance to the nearest prose line above and below, and the pipeline's own removals around the line), is
trained on the annotated news splits given with ``--train`` (a line that holds a ``keep`` snippet is 0, a line
that is a ``remove`` snippet is 1, other lines are not used), and removes only lines the pipeline keeps whose
probability is over each ``--threshold``.  It is scored with ``benchmarks/news/score.py``'s judge on ``--test``
(summary figures only: a blind split's misses are never printed) and with AEB's metric on the text dumps,
the containers and the truth itself (``--aeb``).

    pip install scikit-learn      # not a dependency of articleclean: this experiment only
    PYTHONPATH=src python benchmarks/learned_lines.py --train pages test test2 test3 test4 test5 --test test6 \
        --aeb /tmp/aeb-dev-extracted.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "news")]

import aeb  # noqa: E402
import score  # noqa: E402

import articleclean  # noqa: E402
from articleclean.lexicon import phrases  # noqa: E402

PROSE_WORDS = 15  # a line of this many words ending a sentence is a paragraph of prose
MAX_DISTANCE = 20  # lines: the distance to the nearest prose line is capped here
WINDOW = 3  # lines each side over which the pipeline's removals are counted


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _ends(text: str) -> bool:
    return text.rstrip().rstrip("\"'”’)").endswith((".", "!", "?"))


def features(lines: Sequence[str], removed: Sequence[bool], stops: frozenset[str]) -> list[list[float]]:
    """One row of generic features per line (see the module)."""
    n = len(lines)
    prose = [len(t.split()) >= PROSE_WORDS and _ends(t) for t in lines]
    kept_prose = [j for j in range(n) if prose[j] and not removed[j]]
    rows = []
    above = -1
    below_at = [n] * (n + 1)
    for j in range(n - 1, -1, -1):
        below_at[j] = j if prose[j] else below_at[j + 1]
    prose_before = 0
    for i, t in enumerate(lines):
        w = t.split()
        nw = max(1, len(w))
        low = [x.lower().strip(".,:;!?\"“”'‘’()") for x in w]
        nxt = below_at[i + 1] if i + 1 <= n else n
        rows.append([
            len(w), min(len(t), 2000), _ends(t), t.rstrip().endswith(":"), t[:1].isupper(),
            sum(x[:1].isupper() for x in w) / nw, sum(c.isdigit() for c in t) / max(1, len(t)),
            sum(x in stops for x in low) / nw, t.count("|") + t.count("•") + t.count("·"),
            ("@" in t) or ("http" in t) or ("www." in t), i / max(1, n - 1), i == 0, i == n - 1,
            min(i - above, MAX_DISTANCE) if above >= 0 else MAX_DISTANCE,
            min(nxt - i, MAX_DISTANCE) if nxt < n else MAX_DISTANCE,
            prose_before / max(1, n), sum(prose[i + 1 :]) / max(1, n),
            len(lines[i - 1].split()) if i else 0, len(lines[i + 1].split()) if i + 1 < n else 0,
            prose[i - 1] if i else False, prose[i + 1] if i + 1 < n else False, prose[i],
            removed[i], removed[i - 1] if i else True, removed[i + 1] if i + 1 < n else True,
            sum(removed[max(0, i - WINDOW) : i + WINDOW + 1]),
            bool(kept_prose) and kept_prose[0] <= i <= kept_prose[-1],
            sum(1 for x in w if x.isupper() and len(x) > 1) / nw, t.rstrip().endswith(("…", "...")),
        ])
        if prose[i]:
            above = i
            prose_before += 1
    return rows


REMOVED = 22  # the column of the pipeline's own removal
NEAR = 25  # the column of the pipeline's removals within WINDOW lines


def page_lines(text: str, pipe: articleclean.Pipeline) -> tuple[list[str], list[bool], articleclean.CleanResult]:
    res = pipe.run(text)
    gone = [_squeeze(r.text) for r in res.removals]
    lines = [line for line in text.splitlines() if line.strip()]
    removed = [any(_squeeze(line) and _squeeze(line) in g for g in gone) for line in lines]
    return lines, removed, res


def labelled(pages: list[dict], pipe: articleclean.Pipeline, stops: frozenset[str]) -> tuple[list, list]:
    xs, ys = [], []
    for p in pages:
        lines, removed, _ = page_lines(p["text"], pipe)
        keeps = [_squeeze(k) for k in p["keep"]]
        drops = [_squeeze(r["text"]) for r in p["remove"]]
        for row, line in zip(features(lines, removed, stops), lines):
            s = _squeeze(line)
            if row[REMOVED]:
                continue
            if any(k and k in s for k in keeps):
                xs.append(row)
                ys.append(0)
            elif any(d and (s == d or (len(s) > 3 and s in d) or (d in s and len(d) >= 0.6 * len(s))) for d in drops):
                xs.append(row)
                ys.append(1)
    return xs, ys


def _filtered(text: str, model, threshold: float, pipe, stops, near: bool = False) -> tuple[str, tuple]:
    lines, removed, res = page_lines(text, pipe)
    out, fixes = score._judged(res)
    if not lines:
        return out, fixes
    prob = model.predict_proba(features(lines, removed, stops))[:, 1]
    rows = features(lines, removed, stops)
    drop = {
        _squeeze(line)
        for line, r, p, row in zip(lines, removed, prob, rows)
        if not r and p > threshold and (not near or row[NEAR] > 0)
    }
    return "\n".join(line for line in out.split("\n") if _squeeze(line) not in drop), fixes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--test", nargs="+", default=[])
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.5, 0.7, 0.9])
    ap.add_argument("--aeb", type=Path)
    ap.add_argument(
        "--near-furniture", action="store_true", help="the model removes only lines within 3 lines of a line the pipeline removed"
    )
    args = ap.parse_args(argv)
    try:
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError:
        print("this experiment needs scikit-learn: pip install scikit-learn", file=sys.stderr)
        return 2
    pipe = articleclean.default_pipeline()
    stops = frozenset(phrases("stopwords/en"))
    def load(name: str) -> list[dict]:
        return [json.loads(line) for line in (HERE / "news" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]

    xs, ys = [], []
    for name in args.train:
        x, y = labelled(load(name), pipe, stops)
        xs += x
        ys += y
    model = HistGradientBoostingClassifier(
        max_iter=200, learning_rate=0.05, max_leaf_nodes=15, class_weight={0: 4, 1: 1}, random_state=0
    ).fit(xs, ys)
    print(f"trained on {', '.join(args.train)}: {len(ys)} labelled lines the pipeline keeps, {sum(ys)} of them boilerplate")
    print("\n| split | cleaner | keep | remove |\n|---|---|---|---|")
    for name in args.test:
        pages = load(name)
        for label, threshold in [("default", None), *((f"+ model, p > {t}", t) for t in args.threshold)]:
            kept = keeps = gone = drops = 0
            for p in pages:
                out = score._judged(pipe.run(p["text"])) if threshold is None else _filtered(p["text"], model, threshold, pipe, stops, args.near_furniture)
                v = score.judge(p, out)
                kept += sum(ok for _, ok in v["keep"])
                keeps += len(v["keep"])
                gone += sum(ok for _, _, ok in v["remove"])
                drops += len(v["remove"])
            print(f"| {name} | {label} | {kept / keeps:.3f} | {gone / drops:.3f} |")
    if args.aeb:
        with gzip.open(args.aeb, "rt", encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        print("\n| AEB track | cleaner | F1 | P | R |\n|---|---|---|---|---|")
        for track in ("html-text", "container", "truth"):
            inputs = [(r["truth"], r["truth"] if track == "truth" else (r.get("extracted") or {}).get(track)) for r in rows]
            inputs = [(t, x) for t, x in inputs if x]
            for label, threshold in [("default", None), *((f"+ model, p > {t}", t) for t in args.threshold)]:
                pairs = [
                    (t, pipe.clean(x) if threshold is None else _filtered(x, model, threshold, pipe, stops, args.near_furniture)[0]) for t, x in inputs
                ]
                f1, p, r = aeb.score(pairs)
                print(f"| {track} | {label} | {f1:.3f} | {p:.3f} | {r:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
