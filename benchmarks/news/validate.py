"""Check news-corpus files: every annotation is a verbatim substring of its page text, no
page comes from a held-out domain, and no site appears in more than one of the files given
(the splits must not share sites).

    python benchmarks/news/validate.py benchmarks/news/pages.jsonl benchmarks/news/test.jsonl benchmarks/news/test2.jsonl \
        benchmarks/news/test3.jsonl
"""
from __future__ import annotations

import json
import sys
from urllib.parse import urlsplit

CATEGORIES = {
    "signup", "paywall", "donation", "jobs", "promo", "related", "caption", "credit",
    "nav", "share", "comments", "ads", "byline-meta", "footer", "other",
}
HELD_OUT = """blog.omokoshaban.com caerphilly.observer celebfans.org express.co.uk bbc.co.uk
bbci.co.uk gg2.net governmentbusiness.co.uk housingtoday.co.uk ibtimes.co.uk independent.co.uk
the-independent.com inews.co.uk localgov.co.uk magzter.com metro.co.uk newsandstar.co.uk
players.bio saffronwaldenreporter.co.uk theguardian.com themj.co.uk thestar.co.uk headtopics.com
yorkpress.co.uk yorkshirepost.co.uk abc11.com belfasttelegraph.co.uk cbc.ca dailymaverick.co.za
patch.com glasgowbell.co.uk globalnews.ca inkl.com irishexaminer.com ktar.com latimes.com
limerickpost.ie scoop.co.nz mothership.sg newindianexpress.com smh.com.au sowetanlive.co.za
mid-day.com startribune.com theindependent.sg theindianalawyer.com thejournal.ie wafb.com
walesnewsonline.com wcjb.com ctvnews.ca winnipegsun.com wtnh.com""".split()


def held_out(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in HELD_OUT)


def check(path: str) -> list[str]:
    errors = []
    seen = set()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
            except ValueError as exc:
                errors.append(f"{where}: not JSON ({exc})")
                continue
            for key in ("id", "url", "site", "region", "text", "keep", "remove"):
                if key not in rec:
                    errors.append(f"{where}: missing {key!r}")
            text = rec.get("text", "")
            if rec.get("id") in seen:
                errors.append(f"{where}: duplicate id {rec.get('id')}")
            seen.add(rec.get("id"))
            if held_out(rec.get("url", "")):
                errors.append(f"{where}: held-out domain {rec.get('url')}")
            if len(rec.get("keep", [])) < 2:
                errors.append(f"{where}: fewer than 2 keep snippets")
            for s in rec.get("keep", []):
                if s not in text:
                    errors.append(f"{where}: keep not in text: {s[:60]!r}")
            for r in rec.get("remove", []):
                if r.get("category") not in CATEGORIES:
                    errors.append(f"{where}: bad category {r.get('category')!r}")
                if r.get("text", "\0") not in text:
                    errors.append(f"{where}: remove not in text: {r.get('text', '')[:60]!r}")
            for s in rec.get("once", []):
                if text.count(s) < 2:
                    errors.append(f"{where}: once snippet not repeated: {s[:60]!r}")
    return errors


def _domains(path: str) -> dict[str, str]:
    """Each page's site and URL host (without "www."), mapped to the line that names it."""
    found: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            host = (urlsplit(rec.get("url", "")).hostname or "").lower().removeprefix("www.")
            for d in (str(rec.get("site", "")).lower().removeprefix("www."), host):
                if d:
                    found.setdefault(d, f"{path}:{n}")
    return found


def _same_site(a: str, b: str) -> bool:
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def overlaps(paths: list[str]) -> list[str]:
    """Sites (or hosts under a site) that appear in more than one of the files."""
    errors = []
    doms = [_domains(p) for p in paths]
    for i in range(len(paths)):
        for j in range(i + 1, len(paths)):
            for a, where_a in doms[i].items():
                for b, where_b in doms[j].items():
                    if _same_site(a, b):
                        errors.append(f"{where_b}: site {b!r} is also in {where_a} ({a!r})")
    return sorted(set(errors))


def main(argv: list[str]) -> int:
    errors = [e for p in argv for e in check(p)]
    errors += overlaps(argv)
    for e in errors:
        print(e)
    print(f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
