"""Fill in the ``extracted`` texts of a benchmark pages file with the peers installed here.

The shared pages file may ship with empty ``extracted`` fields; this runs each tool
on each page's HTML (only where the field is empty) and writes a new pages file::

    python benchmarks/aeb_extract.py --pages ../shared/bench/aeb-dev/pages.jsonl.gz \
        --out /tmp/aeb-dev-extracted.jsonl.gz

Tools that are not installed are skipped (their fields stay empty).  Every tool is
called with default settings; failures leave the field empty and are counted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

DEFAULT_PAGES = Path(__file__).resolve().parents[2] / "shared" / "bench" / "aeb-dev" / "pages.jsonl.gz"


def _tools():
    tools = {}
    try:
        import html_text

        tools["html-text"] = lambda html, url: html_text.extract_text(html)
    except ImportError:
        pass
    try:
        import trafilatura

        tools["trafilatura"] = lambda html, url: trafilatura.extract(html, include_comments=False) or ""
    except ImportError:
        pass
    try:
        import html_text
        from readability import Document as RDoc

        tools["readability"] = lambda html, url: html_text.extract_text(RDoc(html).summary(html_partial=True))
    except ImportError:
        pass
    try:
        from newspaper import fulltext

        tools["newspaper"] = lambda html, url: fulltext(html)
    except ImportError:
        pass
    try:
        from goose3 import Goose

        g = Goose()
        tools["goose3"] = lambda html, url: g.extract(raw_html=html).cleaned_text or ""
    except ImportError:
        pass
    try:
        from boilerpy3 import extractors

        ex = extractors.ArticleExtractor()
        tools["boilerpipe"] = lambda html, url: ex.get_content(html)
    except ImportError:
        pass
    try:
        from inscriptis import get_text

        tools["inscriptis"] = lambda html, url: get_text(html)
    except ImportError:
        pass
    return tools


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    tools = _tools()
    failures: Counter[str] = Counter()
    with gzip.open(args.pages, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    for n, row in enumerate(rows, 1):
        ext = row.setdefault("extracted", {})
        for name, fn in tools.items():
            if ext.get(name):
                continue
            try:
                ext[name] = fn(row["html"], row.get("url")) or ""
            except Exception:  # a peer's failure is a data point
                failures[name] += 1
                ext[name] = ""
        print(f"\r{n}/{len(rows)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    with gzip.open(args.out, "wt", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"tools: {', '.join(tools)}; failures: {dict(failures) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
