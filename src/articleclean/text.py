"""Small, pure text predicates shared by the cleaners (the whole-text searches over a
document's lines are in :mod:`articleclean.scan`).

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

from collections.abc import Callable, Iterator

from . import lazyre as re

__all__ = [
    "CLOSERS",
    "ODD_SPACES",
    "ODD_SPACE_RE",
    "WORD_RE",
    "dedupe_key",
    "ends_sentence",
    "is_all_caps",
    "is_truncated",
    "looks_like_body",
    "looks_like_title",
    "may_contain",
    "similar_word",
    "word_count",
    "words",
]

WORD_RE = re.compile(r"\w+(?:['’\-]\w+)*")
#: Characters that may close a sentence after its final punctuation (quotes, brackets).
CLOSERS = "\"'”’)]»›*"
#: Horizontal white space other than a plain space (tab, no-break and other odd spaces).
ODD_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
ODD_SPACE_RE = re.compile(f"[{ODD_SPACES}]")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"'})
_QUOTE_PAIRS = tuple((chr(k), v) for k, v in _QUOTES.items())


def words(text: str) -> list[str]:
    """The word tokens of ``text``."""
    return WORD_RE.findall(text)


def word_count(text: str) -> int:
    """How many word tokens ``text`` has (of a long text, counted a piece at a time:
    no list of all its words).

    >>> word_count("It's a well-known fact. " * 5000)
    20000
    """
    if len(text) < LONG:
        return len(WORD_RE.findall(text))
    return sum(map(len, map(WORD_RE.findall, pieces(text))))


def _last_char(text: str) -> str:
    t = text.rstrip().rstrip(CLOSERS).rstrip()
    return t[-1:] if t else ""


def is_truncated(text: str) -> bool:
    """True when the line ends with an ellipsis, as cut-off teasers do."""
    t = text.rstrip().rstrip(CLOSERS)
    return t.endswith("...") or t.endswith("…")


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (. ! ? or a colon), not with an ellipsis."""
    return _last_char(text) in {".", "!", "?", ":", "。", "！", "？"} and not is_truncated(text)


_MIN_CAPS_LETTERS = 2  # letters: a line in capitals has at least two ("A" or "I" alone says nothing of its case)


def is_all_caps(text: str) -> bool:
    """True when every cased letter is upper case and there are at least two letters."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _MIN_CAPS_LETTERS and all(c.isupper() for c in letters if c.isupper() or c.islower())


def may_contain(text: str, literals: tuple[str, ...]) -> bool:
    """False only when ``text`` holds none of ``literals`` (lower-case ASCII), in any case.

    A cheap guard in front of a costly ``re.IGNORECASE`` search whose every
    match contains one of the literals.  For ASCII text ``str.lower`` folds
    case exactly as the regex engine does; other text may hold characters the
    engine folds onto ASCII letters (long s, Kelvin sign, dotted and dotless
    i), so for it the answer is always True and the search decides.

    >>> may_contain("Download our APP today", ("app",)), may_contain("The council met.", ("app",))
    (True, False)
    >>> may_contain("ſign up", ("sign",))
    True
    """
    if not text.isascii():
        return True
    low = text.lower()
    for lit in literals:  # noqa: SIM110 - a guard on every line: a plain loop is about twice as fast as any()
        if lit in low:
            return True
    return False


def looks_like_body(text: str, *, min_words: int = 15, count: Callable[[str], int] = word_count) -> bool:
    """A prose paragraph: long enough and ending like a sentence.

    ``count`` (here and below) is the word counter to use, e.g. a document's
    cached :meth:`~articleclean.document.Document.word_count`.
    """
    return count(text) >= min_words and ends_sentence(text)


def looks_like_title(text: str, *, max_words: int = 30, count: Callable[[str], int] = word_count) -> bool:
    """A heading-like line: short, not ending with a full stop."""
    n = count(text)
    return 1 <= n <= max_words and _last_char(text) not in {".", ":", ";", ","}


def dedupe_key(text: str) -> str:
    """A key under which two lines differing only in quote style, spacing or case are equal."""
    # str.split() and the regex \s agree on what white space is (str.isspace),
    # so this is ``re.sub(r"\s+", " ", t).strip()`` without a regex pass.
    # ``text.translate(_QUOTES)``, one quote at a time (the replacements are
    # not quotes to replace): a translation table is slow on text that is not
    # ASCII, and ASCII text has only the backquote.
    if text.isascii():
        if "`" in text:
            text = text.replace("`", "'")
    else:
        for quote, straight in _QUOTE_PAIRS:
            if quote in text:
                text = text.replace(quote, straight)
    if len(text) < LONG:
        return " ".join(text.split()).casefold()
    return casefold(squeeze_spaces(text).strip())  # no list of every word of a long line


_SPACES = re.compile(r"\s+")
# Text this long (a document that is one line) is folded a piece at a time (issue 14.4).
LONG = 1 << 16


def pieces(text: str, size: int = 1 << 15, start: int = 0, stop: int | None = None) -> Iterator[str]:
    """``text[start:stop]`` in pieces of about ``size`` characters, each cut at the end
    of a run of white space (no word or run of white space is split).

    >>> list(pieces("ab  cd ef", 2)), list(pieces("ab  cd ef", 2, 1, 8))
    (['ab  ', 'cd ', 'ef'], ['b  ', 'cd ', 'e'])
    """
    stop = len(text) if stop is None else stop
    while start < stop:
        end = start + size
        if end < stop:
            m = _SPACES.search(text, end, stop)
            end = m.end() if m else stop
        else:
            end = stop
        yield text[start:end]
        start = end


def squeeze_spaces(text: str) -> str:
    """``re.sub(r"\\s+", " ", text)``; a long text a piece at a time (``re.sub`` keeps
    a list of every piece of its result).

    >>> squeeze_spaces("a \\t b" * 30000) == re.sub(r"\\s+", " ", "a \\t b" * 30000)
    True
    """
    if len(text) < LONG:
        return _SPACES.sub(" ", text)
    return "".join([_SPACES.sub(" ", piece) for piece in pieces(text)])


def fold_phrase(text: str, start: int = 0, stop: int | None = None) -> str:
    """``casefold(squeeze_spaces(text[start:stop].replace("’", "'").replace("‘", "'")))``;
    of a long text a piece at a time, with no whole copy but the result.

    >>> t = " Editor‘s   PICKS: " * 5000
    >>> fold_phrase(t, 1, len(t) - 2) == casefold(squeeze_spaces(t[1:-2].replace("’", "'").replace("‘", "'")))
    True
    """
    stop = len(text) if stop is None else stop
    if stop - start < LONG:
        return casefold(squeeze_spaces(text[start:stop].replace("’", "'").replace("‘", "'")))
    return "".join(
        [_SPACES.sub(" ", p.replace("’", "'").replace("‘", "'")).casefold() for p in pieces(text, start=start, stop=stop)]
    )


def casefold(text: str) -> str:
    """``text.casefold()``; a long text a piece at a time, since ``str.casefold`` of text
    that is not ASCII takes twelve bytes a character while it works (case folding has no context).

    >>> casefold("Straße " * 20000) == ("Straße " * 20000).casefold()
    True
    """
    if len(text) < LONG or text.isascii():
        return text.casefold()
    step = 1 << 15
    return "".join([text[i : i + step].casefold() for i in range(0, len(text), step)])


def similar_word(a: str, b: str, max_distance: int = 2) -> bool:
    """Optimal-string-alignment distance of ``a`` and ``b`` is at most ``max_distance``.

    Meant for short words and labels ("Recuriter" vs "recruiter"); cost is at
    most len(a)*len(b), less when a row of the table already exceeds the bound
    (a row's minimum never falls, since a cell is at most one more than the
    cell above it, so the answer is then known).

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
        if min(cur) > max_distance:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= max_distance



# -- whole-document scans ----------------------------------------------------
#
# A cleaner that tests every line with a few regular expressions spends most of
# its time in the Python loop around them.  Most lines cannot match at all, so
# the cleaners first find the few lines that *may* match with one search over
# all the lines joined together (which runs in C), then run their own tests,
# unchanged, on those lines only.  The search must never miss a line its
# tests would accept; it may name lines they reject.
