"""Must-stay lines the default pipeline removes, per harm review (the written articles of docs/audits/).

    PYTHONPATH=src python benchmarks/harm_reviews.py [-v]

Each review's cases file holds ``(rule, headline, [paragraphs], [must-stay lines])`` tuples (``C``); every
article is cleaned with ``clean_and_explain`` and a must-stay line counts as removed when it is, stripped, the
text of one of the removals or one of the lines of a removal of several lines (a cut edge of the page goes as one
removal). ``-v`` lists them with their codes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import articleclean

AUDITS = Path(__file__).resolve().parent.parent / "docs" / "audits"
REVIEWS = (
    "review11_cases",
    "review12_cases",
    "review12b_cases",
    "review12c_cases",
    "review13_cases",
    "review14_cases",
    "review15_cases",
    "review16_cases",
    "review17_cases",
)


def _cases(name: str) -> list:
    spec = importlib.util.spec_from_file_location(name, AUDITS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.C)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    print("| review | articles | must-stay lines | removed |")
    print("|---|---|---|---|")
    for name in REVIEWS:
        cases = _cases(name)
        total = removed = 0
        lost = []
        for case in cases:
            rule, head, paras, stay = case[:4]
            res = articleclean.clean_and_explain("\n\n".join([head, *paras]))
            gone = {r.text.strip(): r.code for r in res.removals}
            # a removal of several lines (a cut edge, a promo block) takes each of its lines
            for r in res.removals:
                for part in r.text.splitlines():
                    gone.setdefault(part.strip(), r.code)
            for line in stay:
                total += 1
                if line.strip() in gone:
                    removed += 1
                    lost.append(f"  {name} {rule}: {gone[line.strip()]} | {line[:100]}")
        print(f"| {name.removesuffix('_cases')} | {len(cases)} | {total} | {removed} |")
        if verbose:
            print("\n".join(lost))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
