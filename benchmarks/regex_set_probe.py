"""Would a compiled regex set make the shape engine fast?  A probe, not a part of the library.

    pip install google-re2
    python benchmarks/regex_set_probe.py [--pages /tmp/aeb-dev-extracted.jsonl.gz]

The furniture cleaner spends most of its time in the shape engine (``concepts.engine``): each
distinct line (and its phrase key) is matched against the table's shapes in Python's ``re``.
This puts every shape of a kind that RE2 can compile into one ``re2.Set`` (anchored at both
ends, as the engine's ``fullmatch``) and times one ``Match`` per distinct line of the AEB dev
text dumps, beside the engine's own first-match search with every gate open (the most work
it can do on a line; with gates it does less).  It reports how many shapes RE2 cannot compile
(look-arounds) and both times (best of ``--repeat``).  The answers are not compared: the set
says which shapes match, the engine the first one that does and passes its checks.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=Path, default=Path("/tmp/aeb-dev-extracted.jsonl.gz"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--max-mem", type=int, default=8, help="RE2's memory budget per set, MiB (its default is 8)")
    args = ap.parse_args()
    import re2

    from articleclean.concepts import engine
    from articleclean.concepts.shapes import SHAPES
    from articleclean.lexicon import normalise_phrase

    with gzip.open(args.pages, "rt", encoding="utf-8") as fh:
        dumps = [json.loads(line)["extracted"].get("html-text") or "" for line in fh]
    lines = list(dict.fromkeys(t.strip() for d in dumps for t in d.splitlines() if t.strip()))
    lines = [t for t in lines if len(t) <= engine._MAX_SHAPE_CHARS]
    keys = [normalise_phrase(t) for t in lines]
    print("| kind | shapes | compile in RE2 | distinct lines | RE2 set, ms | Python re, every gate open, ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for on_key, items in ((False, lines), (True, keys)):
        shapes = [s for s in SHAPES if s.on_key == on_key]
        opts = re2.Options()
        opts.max_mem = args.max_mem << 20  # (RE2's DFA gives up and runs its NFA when it outgrows this)
        opts.log_errors = False
        rset = re2.Set.FullMatchSet(opts)
        ok = 0
        for s in shapes:
            try:
                rset.Add(s.pattern)
                ok += 1
            except Exception:
                continue
        rset.Compile()
        gated = tuple(i for i, s in enumerate(shapes) if s.needs)
        for x in items:  # warm both (RE2's DFA is built lazily; the engine's patterns are compiled on first use)
            rset.Match(x)
            engine._first_match(on_key, x, gated)
        best_re2 = best_py = float("inf")
        for _ in range(args.repeat):
            t0 = time.process_time()
            for x in items:
                rset.Match(x)
            best_re2 = min(best_re2, time.process_time() - t0)
            t0 = time.process_time()
            for x in items:
                engine._first_match(on_key, x, gated)
            best_py = min(best_py, time.process_time() - t0)
        kind = "key shapes" if on_key else "line shapes"
        print(f"| {kind} | {len(shapes)} | {ok} | {len(items)} | {best_re2 * 1000:.1f} | {best_py * 1000:.1f} |")


if __name__ == "__main__":
    main()
