"""Fingerprint the explained output on the corpora, to show a structural change changes nothing.

Cleans every page of the news corpus and the AEB dev text dumps, containers
and truths with the default pipeline, and prints one SHA-256 of every result's
JSON (text, removals with codes and reasons, fixes, metadata).  Run it before
and after a refactor; the two lines must be equal::

    python benchmarks/identical.py --aeb /tmp/aeb-dev-extracted.jsonl.gz

``--explain`` cleans in explain mode (``Pipeline.run(text, explain=True)``) and fingerprints
the results without their ``kept`` records: the same line as without it shows that explain
mode changes no text, removal, fix or metadata.  It also checks that every line of each clean
text has one kept record, and prints how many lines each kept code explains.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news", type=Path, default=HERE / "news" / "pages.jsonl")
    ap.add_argument("--aeb", type=Path, help="AEB pages with extracted texts (aeb_extract.py output)")
    ap.add_argument("--explain", action="store_true", help="clean in explain mode; fingerprint without the kept records")
    args = ap.parse_args(argv)
    import articleclean

    texts = [json.loads(line)["text"] for line in args.news.open(encoding="utf-8") if line.strip()]
    if args.aeb:
        with gzip.open(args.aeb, "rt", encoding="utf-8") as fh:
            aeb = [json.loads(line) for line in fh]
        texts += [r["extracted"].get(k) or "" for r in aeb for k in ("html-text", "container")]
        texts += [r["truth"] for r in aeb]
    digest = hashlib.sha256()
    codes: Counter[str] = Counter()
    pipeline = articleclean.default_pipeline()
    for t in texts:
        if not args.explain:
            digest.update(articleclean.clean_and_explain(t).to_json().encode("utf-8"))
            continue
        result = pipeline.run(t, explain=True)
        kept_lines = [k.line for k in result.kept]
        removed = {n for r in result.removals for n in range(r.line_start, r.line_end + 1)}
        live = [n for n, line in enumerate(t.splitlines(), 1) if line.strip() and n not in removed]
        # every line left has one record (a line a fix emptied is not left)
        if len(set(kept_lines)) != len(kept_lines) or not set(kept_lines) <= set(live):
            raise SystemExit(f"kept records do not match the lines left: {sorted(set(kept_lines) ^ set(live))[:10]}")
        codes.update(k.code for k in result.kept)
        digest.update(replace(result, kept=()).to_json().encode("utf-8"))
    print(len(texts), digest.hexdigest())
    if args.explain:
        print("kept lines by code:", ", ".join(f"{c} {n}" for c, n in codes.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
