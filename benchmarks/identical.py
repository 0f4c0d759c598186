"""Fingerprint the explained output on the corpora, to show a structural change changes nothing.

Cleans every page of the news corpus and the AEB dev text dumps, containers
and truths with the default pipeline, and prints one SHA-256 of every result's
JSON (text, removals with codes and reasons, fixes, metadata).  Run it before
and after a refactor; the two lines must be equal::

    python benchmarks/identical.py --aeb /tmp/aeb-dev-extracted.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news", type=Path, default=HERE / "news" / "pages.jsonl")
    ap.add_argument("--aeb", type=Path, help="AEB pages with extracted texts (aeb_extract.py output)")
    args = ap.parse_args(argv)
    import articleclean

    texts = [json.loads(line)["text"] for line in args.news.open(encoding="utf-8") if line.strip()]
    if args.aeb:
        with gzip.open(args.aeb, "rt", encoding="utf-8") as fh:
            aeb = [json.loads(line) for line in fh]
        texts += [r["extracted"].get(k) or "" for r in aeb for k in ("html-text", "container")]
        texts += [r["truth"] for r in aeb]
    digest = hashlib.sha256()
    for t in texts:
        digest.update(articleclean.clean_and_explain(t).to_json().encode("utf-8"))
    print(len(texts), digest.hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
