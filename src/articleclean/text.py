"""Small, pure text predicates shared by the cleaners, and the whole-text
searches (:func:`blocks_with`) that find the few lines a cleaner must test.

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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only (document.py imports this module)
    from .document import Document

__all__ = [
    "CLOSERS",
    "ODD_SPACES",
    "ODD_SPACE_RE",
    "WORD_RE",
    "LineScan",
    "blocks_with",
    "dedupe_key",
    "ends_sentence",
    "folded_lines",
    "folded_text",
    "is_all_caps",
    "is_truncated",
    "line_pattern",
    "line_scan",
    "live_blocks",
    "live_positions",
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
    """How many word tokens ``text`` has."""
    return len(WORD_RE.findall(text))


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


def is_all_caps(text: str) -> bool:
    """True when every cased letter is upper case and there are at least two letters."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters if c.isupper() or c.islower())


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


def pieces(text: str, size: int = 1 << 15) -> Iterator[str]:
    """``text`` in pieces of about ``size`` characters, each cut at the end of a run of
    white space (no word or run of white space is split).

    >>> list(pieces("ab  cd ef", 2))
    ['ab  ', 'cd ', 'ef']
    """
    start = 0
    while start < len(text):
        end = start + size
        if end < len(text):
            m = _SPACES.search(text, end)
            end = m.end() if m else len(text)
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

# Characters that case-fold, lower- or upper-case onto ASCII letters or digits
# other than the ASCII letters themselves (the Kelvin sign, long s, dotless i,
# sharp s, the "ff"/"fi"... ligatures, ...), and so may match an ASCII literal
# of a ``re.IGNORECASE`` search or of a case-folded phrase: the complete list
# for the Unicode tables of the running Python (tests/test_scan.py checks it).
# Lines with one of them are always searched the slow way.
UNFOLDABLE = "\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"


class LineScan(NamedTuple):
    """The texts of a document's blocks joined for whole-document searches.

    ``joined`` is ``"\\n" + "\\n".join(texts) + "\\n"``, so every line sits
    between two line breaks; ``starts[i]`` is the offset of ``texts[i]`` in it
    (``starts[-1] == len(joined)``).
    """

    texts: tuple[str, ...]
    joined: str
    starts: tuple[int, ...]

    def line_of(self, pos: int) -> int:
        """The line holding offset ``pos`` of ``joined``; a line break belongs to the line before it."""
        return bisect_right(self.starts, pos) - 1

    def folded(self) -> tuple[bytes, frozenset[int]]:
        """``joined`` with ASCII letters lower-cased and every other character
        as ``b"?"`` (one byte per character), and the lines with an
        :data:`UNFOLDABLE` character.  An ASCII literal that a case-insensitive
        search finds in any other line is in the bytes in lower case.
        """
        joined, starts = self.joined, self.starts
        folded = joined.encode("ascii", "replace").lower()
        lines: set[int] = set()
        if not joined.isascii():
            for c in UNFOLDABLE:
                p = joined.find(c)
                while p >= 0:
                    i = bisect_right(starts, p) - 1
                    lines.add(i)
                    p = joined.find(c, starts[i + 1])
        return folded, frozenset(lines)


def line_scan(doc: Document) -> LineScan | None:
    """The :class:`LineScan` of ``doc``'s block texts (removed blocks included),
    built once per document and shared by its versions whose texts are the
    same; ``None`` when a block text holds a ``"\\n"`` (no cleaner makes one)
    or there are no blocks.
    """
    memo = doc.memo()
    blocks = doc.blocks
    key = ("text.line_scan", id(blocks))
    hit = memo.get(key)
    if hit is not None and hit[0] is blocks:  # the memo holds ``blocks``, so its id is not reused
        return hit[1]
    texts = tuple([b.text for b in blocks])
    tkey = ("text.line_scan.texts", texts)
    if tkey in memo:
        scan = memo[tkey]
    else:
        joined = "\n" + "\n".join(texts) + "\n"
        if texts and joined.count("\n") == len(texts) + 1:
            scan = LineScan(texts, joined, tuple(accumulate(map((1).__add__, map(len, texts)), initial=1)))
        else:
            scan = None
        memo[tkey] = scan
    memo[key] = (blocks, scan)
    return scan


def _folded(memo: dict, scan: LineScan) -> tuple[bytes, frozenset[int]]:
    key = ("text.folded", id(scan))
    hit = memo.get(key)
    if hit is None or hit[0] is not scan:
        hit = memo[key] = (scan, *scan.folded())
    return hit[1], hit[2]


def folded_text(doc: Document) -> tuple[LineScan, bytes, frozenset[int]] | None:
    """``doc``'s :class:`LineScan`, its :meth:`LineScan.folded` text and the
    lines with an :data:`UNFOLDABLE` character (cached); ``None`` when the
    scan is unavailable."""
    scan = line_scan(doc)
    if scan is None:
        return None
    hay, unfoldable = _folded(doc.memo(), scan)
    return scan, hay, unfoldable


def folded_lines(doc: Document) -> Callable[[int], bytes | None] | None:
    """A function giving block ``i``'s text as :meth:`LineScan.folded` has it,
    or ``None`` for a text with an :data:`UNFOLDABLE` character; ``None``
    when the scan is unavailable.

    >>> from articleclean.document import Document
    >>> fold = folded_lines(Document.from_text("Café SIGN UP\\nſign up"))
    >>> fold(0), fold(1)
    (b'caf? sign up', None)
    """
    scan = line_scan(doc)
    if scan is None:
        return None
    hay, unfoldable = _folded(doc.memo(), scan)
    starts = scan.starts

    def fold(i: int) -> bytes | None:
        return None if i in unfoldable else hay[starts[i] : starts[i + 1] - 1]

    return fold


def _reversed(memo: dict, scan: LineScan) -> str:
    key = ("text.reversed", id(scan))
    hit = memo.get(key)
    if hit is None or hit[0] is not scan:
        hit = memo[key] = (scan, scan.joined[::-1])
    return hit[1]


def _line_end_lines(scan: LineScan, rev: str, pattern: re.Pattern[str], out: set[int]) -> None:
    """Add to ``out`` the lines after which ``pattern`` matches in the reversed text ``rev``."""
    starts, last, search = scan.starts, len(scan.joined) - 1, pattern.search
    m = search(rev)
    while m is not None:
        i = scan.line_of(last - m.start())  # the line break after line i
        out.add(i)
        if i == 0:
            break
        m = search(rev, last - (starts[i] - 1))  # from the line break before it


def _last_char_lines(scan: LineScan, hay: str | bytes, needle: str | bytes, out: set[int]) -> None:
    """Add to ``out`` the lines holding the last character of an occurrence of ``needle``."""
    starts, n, line_of = scan.starts, len(scan.texts), scan.line_of
    p = hay.find(needle)  # type: ignore[arg-type]
    while p >= 0:
        i = line_of(p + len(needle) - 1)
        out.add(i)
        if i + 1 >= n:
            break
        p = hay.find(needle, starts[i + 1] - 1)  # type: ignore[arg-type]


def _pattern_lines(scan: LineScan, hay: str | bytes, pattern: re.Pattern, out: set[int]) -> None:
    """Add to ``out`` the lines holding the last character of a match of ``pattern``."""
    starts, n, line_of, search = scan.starts, len(scan.texts), scan.line_of, pattern.search
    m = search(hay)
    while m is not None:
        i = line_of(m.end() - 1)
        out.add(i)
        if i + 1 >= n:
            break
        m = search(hay, starts[i + 1] - 1)


def blocks_with(
    doc: Document,
    *,
    folded: re.Pattern[bytes] | None = None,
    folded_literals: Iterable[str] = (),
    pattern: re.Pattern[str] | None = None,
    literals: Iterable[str] = (),
    line_end: re.Pattern[str] | None = None,
) -> frozenset[int] | None:
    """Indices of the blocks of ``doc`` where one of the searches finds something.

    Each search runs once over the whole :class:`LineScan` and names the line
    holding the last character of what it found (a pattern may begin with the
    line break before a line, as ``^`` of a line, and end with the one after
    it, as ``$``; it must not match a line break elsewhere):

    * ``folded``, a bytes pattern, and ``folded_literals``, lower-case ASCII
      strings, are searched in :meth:`LineScan.folded`: they find what a
      case-insensitive search for ASCII text would find.  Lines with an
      :data:`UNFOLDABLE` character are always named.
    * ``pattern`` and ``literals`` are searched in the text as it is.
    * ``line_end`` is searched in the text reversed, where it must begin with
      the line break after a line and match the line's end backwards.  A
      regular expression search is fast only from a literal (here the line
      break), so this is how to find the lines that end in a certain way.

    ``None`` means every block may match (the scan is unavailable).  Answers
    are cached in the document's memo.

    >>> from articleclean.document import Document
    >>> doc = Document.from_text("Get our APP\\nThe council met.\\nSee also: x ©\\n")
    >>> sorted(blocks_with(doc, folded_literals=["app"], literals=["©"]))
    [0, 2]
    >>> sorted(blocks_with(doc, folded=re.compile(rb"\\n(?:see|get) ")))
    [0, 2]
    >>> sorted(blocks_with(doc, line_end=re.compile(r"\\n\\.")))  # ends with "."
    [1]
    """
    scan = line_scan(doc)
    if scan is None:
        return None
    folded_literals, literals = tuple(folded_literals), tuple(literals)
    memo = doc.memo()
    key = ("text.blocks_with", folded, folded_literals, pattern, literals, line_end, id(scan))
    hit = memo.get(key)
    if hit is not None and hit[0] is scan:
        return hit[1]
    out: set[int] = set()
    if folded is not None or folded_literals:
        hay, unfoldable = _folded(memo, scan)
        out.update(unfoldable)
        if folded is not None:
            _pattern_lines(scan, hay, folded, out)
        for lit in folded_literals:
            _last_char_lines(scan, hay, lit.encode("ascii"), out)
    if pattern is not None:
        _pattern_lines(scan, scan.joined, pattern, out)
    for lit in literals:
        _last_char_lines(scan, scan.joined, lit, out)
    if line_end is not None:
        _line_end_lines(scan, _reversed(memo, scan), line_end, out)
    result = frozenset(out)
    memo[key] = (scan, result)
    return result


_ALNUM_RUN = re.compile(r"[a-z0-9]+")


def line_pattern(phrases: Iterable[str] = (), anchored: Iterable[bytes] = ()) -> re.Pattern[bytes] | None:
    """A pattern for :func:`blocks_with`'s ``folded`` search: lines that may be
    one of ``phrases`` or begin with one of ``anchored``.

    ``phrases`` are :func:`~articleclean.lexicon.normalise_phrase` keys: the
    pattern finds every line whose key is one of them (it allows any run of
    characters other than letters and digits around and between their words).
    ``anchored`` are lower-case bytes patterns matched at the very start of a
    line, as a case-insensitive ``^(?:…)`` would be.  ``None`` when a phrase
    is not ASCII or has no letter or digit: then any line may be one.

    >>> from articleclean.document import Document
    >>> doc = Document.from_text("“MOST  READ”\\nThe most read\\nmost read today\\nMore from us")
    >>> sorted(blocks_with(doc, folded=line_pattern(["most read"], [rb"more from "])))
    [0, 3]
    """
    by_first: dict[bytes, list[bytes]] = {}  # alternatives grouped by first letter: fewer tries per line
    for p in sorted(set(phrases)):
        words = _ALNUM_RUN.findall(p)
        if not p.isascii() or not words:
            return None
        alt = rb"[^a-z0-9\n]+".join(w.encode("ascii") for w in words)
        by_first.setdefault(alt[:1], []).append(alt[1:])
    alts = b"|".join(first + b"(?:" + b"|".join(rest) + b")" for first, rest in sorted(by_first.items()))
    # ``(?=(...))\1`` takes the whole leading run at once: no retries inside it
    parts = [rb"(?=([^a-z0-9\n]*))\1(?:" + alts + rb")[^a-z0-9\n]*\n"] if alts else []
    parts += [rb"(?:" + a + rb")" for a in anchored]
    return re.compile(rb"\n(?:" + b"|".join(parts) + b")") if parts else None


def live_positions(live: Sequence[Any], indices: Iterable[int] | None) -> list[int]:
    """The positions in ``live`` (blocks in document order) of the blocks with
    the given indices, in order; every position when ``indices`` is ``None``."""
    if indices is None:
        return list(range(len(live)))
    order = [b.index for b in live]
    out = []
    for i in sorted(indices):
        k = bisect_left(order, i)
        if k < len(order) and order[k] == i:
            out.append(k)
    return out


def live_blocks(doc: Document, indices: Iterable[int] | None) -> list[Any]:
    """The blocks of ``doc`` with the given indices that are live (not removed,
    not emptied), in order; all live blocks when ``indices`` is ``None``."""
    if indices is None:
        return doc.live()
    blocks = doc.blocks
    return [b for i in sorted(indices) if (b := blocks[i]).removed is None and b.text]
