"""Does each cleaner's prefilter earn its keep?  Time the cleaner with and without it.

    python benchmarks/prefilters.py [--pages PATH] [--repeat 3]

A prefilter (``_candidates`` in related, promo and captions) searches the whole text once
for the words its rules' lines may start or end with, so that the rules read only those
lines.  For each, this runs the default pipeline over the AEB dev text dumps, their truths
and the news development pages, times the cleaner's ``apply`` (best of ``--repeat``), then
does the same with ``_candidates`` returning ``None`` (every line read), and prints both
times and a fingerprint of the explained results: the fingerprints must be equal (the
prefilter only saves time), and a prefilter whose saving is a small share of the run is
not worth its second spelling of the rules.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import PAGES, load

HERE = Path(__file__).resolve().parent
CLEANERS = {"related": "RelatedCleaner", "promo": "PromoCleaner", "captions": "CaptionCleaner"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    import articleclean

    dumps, truths = load(args.pages)
    with open(HERE / "news" / "pages.jsonl", encoding="utf-8") as fh:
        texts = [*dumps, *truths, *(json.loads(line)["text"] for line in fh)]

    def timed(cls: type) -> tuple[float, float, str]:
        spent = [0.0]
        orig = cls.apply

        def apply(self, doc):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            out = orig(self, doc)
            spent[0] += time.perf_counter() - t
            return out

        cls.apply = apply
        best, total, digest = float("inf"), float("inf"), hashlib.sha256()
        try:
            for rep in range(args.repeat):
                spent[0] = 0.0
                t0 = time.perf_counter()
                for text in texts:
                    result = articleclean.clean_and_explain(text)
                    if rep == 0:
                        digest.update(json.dumps(result.to_dict(), sort_keys=True, default=str).encode())
                best, total = min(best, spent[0]), min(total, time.perf_counter() - t0)
        finally:
            cls.apply = orig
        return best, total, digest.hexdigest()[:12]

    print(f"{len(texts)} texts\n\n| cleaner | with prefilter | without | share of a run saved | same output |\n|---|---|---|---|---|")
    for name, cls_name in CLEANERS.items():
        module = importlib.import_module(f"articleclean.cleaners.{name}")
        cls = getattr(module, cls_name)
        with_, run, fp1 = timed(cls)
        orig = module._candidates
        module._candidates = lambda doc: None
        try:
            without, _, fp2 = timed(cls)
        finally:
            module._candidates = orig
        print(f"| {name} | {with_:.3f} s | {without:.3f} s | {(without - with_) / run:.1%} | {fp1 == fp2} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
