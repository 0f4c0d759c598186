"""The whole-text searches (text.blocks_with) only ever skip lines a cleaner would keep.

Each cleaner tests only the lines that one search of the joined text finds;
without the search (``line_scan`` unavailable) it tests every line.  Both ways
must give the same document, on real lines and on lines made awkward on
purpose: odd case, characters that case-fold onto ASCII letters (long s,
Kelvin sign, dotless i, sharp s, ligatures), odd spaces and punctuation.
"""

from __future__ import annotations

import random
import re

import pytest
from ftfy.badness import is_bad

import articleclean
import articleclean.scan as text_module
from articleclean.document import Document
from articleclean.fixers import encoding
from articleclean.lexicon import entries

from .conftest import FIXTURES, SEEDS, read

PIPE = articleclean.default_pipeline()
CLEANERS = ("encoding", "whitespace", "newsletter", "jobs", "promo", "related", "captions", "labels", "duplicates")

SEED_LINES = [line for name in SEEDS for line in read(FIXTURES / f"{name}.txt").splitlines() if line.strip()]
PROMPTS = [
    *entries("boilerplate/en/promo"), *entries("boilerplate/en/related"), *entries("boilerplate/en/labels"), *entries("agencies"),
    "Sign up to our free daily newsletter", "Email *", "SIGN UP", "Subscribe now", "Get our breaking news email",
    "I would like to be emailed about offers", "Read our privacy notice", "Straight to your inbox", "Join now",
    "Thank you for signing up", "Enter your email", "By clicking sign up you agree", "Get alerts",
    "Download our app", "Get the digital edition app", "Available on the App Store", "Get it on Google Play",
    "eBooks: An introduction", "ebooksAn introduction to Python", "Latest stories from the BBC", "More from The Guardian",
    "Read more: Council tax to rise", "Related: Storm hits", "See also: x", "Popular articles by Jane Doe",
    "By Dan Peters | 12 February 2026", "Jane Doe — 3 March 2026 14:05 GMT", "HEADLINE", "Minister resigns",
    "open image in gallery Waves break", "© Jane Doe / Alamy Stock Photo", "Photograph: Getty Images",
    "Waves break over the wall ( Reuters )", "Storm hits coast image", "Main image: storm", "photo",
    "Senior Planner", "£38,000 - £42,000", "$90k - $120k per annum + benefits", "Recruiter: Leeds City Council",
    "Recuriter: Durham", "Employer: NHS", "Planning jobs", "GBP 30,000 pa", "Linkedin Banner", "More to follow.",
    "The council said on Monday that the bridge would reopen in the spring, after months of repairs.",
    "caf\u00c3\u00a9 &amp; bar", "It&#8217;s fine", "soft\u00adhyphen", "zero\u200bwidth", "ctl\x07char", "x\u00a0\u00a0y\ttab",
]  # fmt: skip
_SUBSTITUTES = {"s": "\u017f", "k": "\u212a", "K": "\u212a", "i": "\u0131", "I": "\u0130", "ss": "\u00df", "fi": "\ufb01", "st": "\ufb06"}
_EDGES = ["“", "”", "’", "'", "(", ")", "...", "—", "-", "|", "*", "_", ":", " ", "\u00a0", "\t", "»", "é", "\x85"]


def _mutate(rnd: random.Random, s: str) -> str:
    for _ in range(rnd.randint(0, 4)):
        r = rnd.random()
        if r < 0.2:
            s = s.upper() if rnd.random() < 0.5 else s.lower()
        elif r < 0.45:
            k = rnd.choice(list(_SUBSTITUTES))
            s = s.replace(k, _SUBSTITUTES[k], 1)
        elif r < 0.6:
            s = rnd.choice(_EDGES) + s
        elif r < 0.75:
            s = s + rnd.choice(_EDGES)
        elif r < 0.9:
            s = s.replace(" ", rnd.choice(["  ", "\u00a0", "\t", " \u2009"]), 1)
        else:
            i = rnd.randrange(len(s) + 1)
            s = s[:i] + rnd.choice([*_EDGES, "\u00c3\u00a9", "&amp;", "ß"]) + s[i:]
    return s


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        lines = []
        for _ in range(rnd.randint(3, 30)):
            lines.append(_mutate(rnd, rnd.choice(PROMPTS if rnd.random() < 0.5 else SEED_LINES)))
            if rnd.random() < 0.3:
                lines.append("")
        out.append("\n".join(lines))
    return out


TEXTS = _texts(120, 5)


@pytest.mark.parametrize("name", CLEANERS)
def test_cleaner_same_without_whole_text_search(name, monkeypatch):
    cleaner = PIPE.get(name)
    fast = [cleaner.apply(Document.from_text(t)) for t in TEXTS]
    monkeypatch.setattr(text_module, "line_scan", lambda doc: None)
    slow = [cleaner.apply(Document.from_text(t)) for t in TEXTS]
    for t, a, b in zip(TEXTS, fast, slow):
        assert (a.blocks, a.removals, a.fixes) == (b.blocks, b.removals, b.fixes), t


def test_unfoldable_is_complete():
    """Every other character that case-insensitive matching or case folding takes to ASCII is listed."""
    ascii_alnum = re.compile("[a-z0-9]", re.IGNORECASE)
    found = {
        chr(c)
        for c in range(128, 0x110000)
        if any(ord(x) < 128 for x in chr(c).casefold() + chr(c).lower() + chr(c).upper()) or ascii_alnum.match(chr(c))
    }
    assert found <= set(text_module.UNFOLDABLE)


def test_blocks_with_line_ends_and_starts():
    doc = Document.from_text("Most Read\n\nA line (Reuters)\nthe most read\n“MOST  READ”")
    starts = text_module.line_pattern(["most read"])
    assert sorted(text_module.blocks_with(doc, folded=starts)) == [0, 3]
    assert sorted(text_module.blocks_with(doc, line_end=re.compile(r"\n\)"))) == [1]


def test_badness_windows_same_as_is_bad():
    rnd = random.Random(2)
    alphabet = [chr(c) for c in range(0x80, 0x600)] + list("ГўВЂВ.ab Â Ã×²³√±∂≈°‚Ä‚âó€™βΆāØÙ abc XYZ.,!?")
    lines = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(60, 160))) for _ in range(3000)]
    lines += [line.encode("utf-8").decode("cp1252", "replace") for line in SEED_LINES[:500]]
    for line in lines:
        assert encoding._is_bad(line) == is_bad(line), line
