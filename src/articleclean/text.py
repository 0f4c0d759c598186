"""Small, pure text predicates shared by the cleaners.

All regular expressions here are linear: no nested quantifiers, no
backtracking alternations over unbounded runs.

>>> word_count("It's a well-known fact, isn't it?")
6
>>> ends_sentence("He said: “No.”"), ends_sentence("Day In a Page")
(True, False)
>>> is_truncated("Senior officials have told councils they are trying to w...")
True
>>> dedupe_key("Councils ‘very’  seriously'") == dedupe_key("councils 'very' seriously’")
True
"""

from __future__ import annotations

import re

__all__ = [
    "WORD_RE",
    "dedupe_key",
    "ends_sentence",
    "is_all_caps",
    "is_truncated",
    "looks_like_body",
    "looks_like_title",
    "similar_word",
    "word_count",
    "words",
]

WORD_RE = re.compile(r"\w+(?:['’\-]\w+)*")
_CLOSERS = "\"'”’)]»›*"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"'})
_SPACE_RUN = re.compile(r"\s+")


def words(text: str) -> list[str]:
    """The word tokens of ``text``."""
    return WORD_RE.findall(text)


def word_count(text: str) -> int:
    """How many word tokens ``text`` has."""
    return sum(1 for _ in WORD_RE.finditer(text))


def _last_char(text: str) -> str:
    t = text.rstrip().rstrip(_CLOSERS).rstrip()
    return t[-1:] if t else ""


def is_truncated(text: str) -> bool:
    """True when the line ends with an ellipsis, as cut-off teasers do."""
    t = text.rstrip().rstrip(_CLOSERS)
    return t.endswith("...") or t.endswith("…")


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (. ! ? or a colon), not with an ellipsis."""
    return _last_char(text) in {".", "!", "?", ":", "。", "！", "？"} and not is_truncated(text)


def is_all_caps(text: str) -> bool:
    """True when every cased letter is upper case and there are at least two letters."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters if c.isupper() or c.islower())


def looks_like_body(text: str, *, min_words: int = 15) -> bool:
    """A prose paragraph: long enough and ending like a sentence."""
    return word_count(text) >= min_words and ends_sentence(text)


def looks_like_title(text: str, *, max_words: int = 30) -> bool:
    """A heading-like line: short, not ending with a full stop."""
    n = word_count(text)
    return 1 <= n <= max_words and _last_char(text) not in {".", ":", ";", ","}


def dedupe_key(text: str) -> str:
    """A key under which two lines differing only in quote style, spacing or case are equal."""
    return _SPACE_RUN.sub(" ", text.translate(_QUOTES)).strip().casefold()


def similar_word(a: str, b: str, max_distance: int = 2) -> bool:
    """Optimal-string-alignment distance of ``a`` and ``b`` is at most ``max_distance``.

    Meant for short labels ("Recuriter" vs "recruiter"); cost is len(a)*len(b).

    >>> similar_word("recuriter", "recruiter"), similar_word("requester", "recruiter")
    (True, False)
    """
    if abs(len(a) - len(b)) > max_distance:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1] <= max_distance
