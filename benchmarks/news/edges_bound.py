"""How far edge rules alone could go: the remove rate if every line outside the annotated article span went.

For each page, the article span runs from the first ``keep`` snippet to the end of the last; a ``remove``
snippet wholly outside it counts as removed (a perfect edge finder), one inside it as the default pipeline
judged it.  The gap between this bound and 0.90 is boilerplate inside the article's span (captions, inline
promos, bylines under the headline), which no edge rule reaches.  Summary figures only (safe on a blind split).

    PYTHONPATH=src python benchmarks/news/edges_bound.py pages test test2 test3 test4 test5 test6
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import score

import articleclean

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    pipe = articleclean.default_pipeline()
    print("| split | remove, default | remove, perfect edges | snippets inside the article span | of them removed |")
    print("|---|---|---|---|---|")
    for name in names:
        total = now = bound = inside = inside_gone = 0
        for line in (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            p = json.loads(line)
            text = p["text"]
            spans = [(text.find(k), text.find(k) + len(k)) for k in p["keep"] if text.find(k) >= 0]
            lo = min((a for a, _ in spans), default=0)
            hi = max((b for _, b in spans), default=len(text))
            for _, snippet, gone in score.judge(p, score._judged(pipe.run(text)))["remove"]:
                at = text.find(snippet)
                outside = at >= 0 and (at + len(snippet) <= lo or at >= hi)
                total += 1
                now += gone
                bound += gone or outside
                if not outside:
                    inside += 1
                    inside_gone += gone
        print(f"| {name} | {now / total:.3f} | {bound / total:.3f} | {inside} ({inside / total:.0%}) | {inside_gone / max(1, inside):.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
