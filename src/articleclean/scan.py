"""Whole-text searches over a document's lines: :func:`blocks_with` finds the few lines a
cleaner must test, with one search of the joined (and case-folded) text instead of one per line.

All regular expressions here are linear: no nested quantifiers, no backtracking
alternations over unbounded runs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple

from . import lazyre as re

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .document import Document

__all__ = [
    "UNFOLDABLE",
    "LineScan",
    "blocks_with",
    "folded_lines",
    "folded_text",
    "line_ends",
    "line_pattern",
    "line_scan",
    "live_blocks",
    "live_positions",
    "scan_memo",
]

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


def _slot(doc: Document) -> tuple[Any, tuple[str, ...], LineScan | None, dict]:
    """The scan of ``doc``'s blocks: (blocks, texts, scan, what was found in it), made anew when
    their texts changed.  One slot (:attr:`articleclean.features.LineFeatures.scan`), not one per
    version of the document: a scan of texts that an edit has changed is never searched again,
    and a document that is one long line would otherwise keep a copy of its text (joined,
    folded, reversed) per version."""
    feats = doc.features()
    blocks = doc.blocks
    hit = feats.scan
    if hit is not None and hit[0] is blocks:
        return hit
    texts = tuple([b.text for b in blocks])
    if hit is not None and hit[1] == texts:  # other blocks (a removal), the same texts
        slot = (blocks, hit[1], hit[2], hit[3])
    else:
        if hit is not None:
            feats.scan = None  # the old scan's copies go before the new ones are made
            del hit
        joined = "\n" + "\n".join(texts) + "\n"
        if texts and joined.count("\n") == len(texts) + 1:
            scan = LineScan(texts, joined, tuple(accumulate(map((1).__add__, map(len, texts)), initial=1)))
        else:
            scan = None
        del joined
        slot = (blocks, texts, scan, {})
    feats.scan = slot
    return slot


def line_scan(doc: Document) -> LineScan | None:
    """The :class:`LineScan` of ``doc``'s block texts (removed blocks included),
    built once per document and shared by its versions whose texts are the
    same; ``None`` when a block text holds a ``"\\n"`` (no cleaner makes one)
    or there are no blocks.
    """
    return _slot(doc)[2]


def scan_memo(doc: Document, scan: LineScan) -> dict:
    """A cache for what is found in ``scan``, ``doc``'s :func:`line_scan`, that goes
    with it (a new, uncached dict for another scan).  Keys name the function."""
    slot = _slot(doc)
    return slot[3] if slot[2] is scan else {}


def _folded(found: dict, scan: LineScan) -> tuple[bytes, frozenset[int]]:
    hit = found.get("folded")
    if hit is None:
        hit = found["folded"] = scan.folded()
    return hit


def folded_text(doc: Document) -> tuple[LineScan, bytes, frozenset[int]] | None:
    """``doc``'s :class:`LineScan`, its :meth:`LineScan.folded` text and the
    lines with an :data:`UNFOLDABLE` character (cached); ``None`` when the
    scan is unavailable."""
    scan = line_scan(doc)
    if scan is None:
        return None
    hay, unfoldable = _folded(scan_memo(doc, scan), scan)
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
    hay, unfoldable = _folded(scan_memo(doc, scan), scan)
    starts = scan.starts

    def fold(i: int) -> bytes | None:
        return None if i in unfoldable else hay[starts[i] : starts[i + 1] - 1]

    return fold


# The reversed text is kept for the next ``line_end`` search only up to this many
# characters: a page's text is far shorter, and one long line is reversed again.
_KEEP_REVERSED = 1 << 16


def _reversed(found: dict, scan: LineScan) -> str:
    hit = found.get("reversed")
    if hit is None:
        hit = scan.joined[::-1]
        if len(hit) <= _KEEP_REVERSED:
            found["reversed"] = hit
    return hit


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
    are kept with the document's scan (:func:`scan_memo`).

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
    memo = scan_memo(doc, scan)
    key = ("blocks_with", folded, folded_literals, pattern, literals, line_end)
    hit = memo.get(key)
    if hit is not None:
        return hit
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
    memo[key] = result
    return result


_ALNUM_RUN = re.compile(r"[a-z0-9]+")


def line_pattern(phrases: Iterable[str] = (), anchored: Iterable[bytes] = ()) -> re.Pattern[bytes] | None:
    """A pattern for :func:`blocks_with`'s ``folded`` search: lines that may be
    one of ``phrases`` or begin with one of ``anchored``.

    ``phrases`` are :func:`~articleclean.lexicon.normalise_phrase` keys: the
    pattern finds every line whose key is one of them (it allows any run of
    characters other than letters and digits around and between their words).
    In the folded text every character that is not ASCII is ``?``, a character
    other than a letter or a digit there: a phrase's ASCII words are looked for
    with any such run between them ("à lire aussi" as "lire aussi", "más
    leídos" as "m s le dos"), and a phrase with no ASCII letter or digit
    ("читайте также") by a line with none, no longer than twice the longest
    such phrase (and 8 characters of punctuation).  ``anchored`` are
    lower-case bytes patterns matched at the very start of a line, as a
    case-insensitive ``^(?:…)`` would be.  ``None`` when a phrase has no
    letter or digit at all: then any line may be one.

    >>> from articleclean.document import Document
    >>> doc = Document.from_text("“MOST  READ”\\nThe most read\\nmost read today\\nMore from us")
    >>> sorted(blocks_with(doc, folded=line_pattern(["most read"], [rb"more from "])))
    [0, 3]
    >>> doc = Document.from_text("À LIRE AUSSI\\nLire\\nЧитайте также:\\nНовости дня, недели и месяца: всё, что нужно знать сегодня")
    >>> sorted(blocks_with(doc, folded=line_pattern(["à lire aussi", "читайте также"])))
    [0, 2]
    """
    by_first: dict[bytes, list[bytes]] = {}  # alternatives grouped by first letter: fewer tries per line
    longest = 0  # of the phrases with no ASCII letter or digit
    for p in sorted(set(phrases)):
        if not any(c.isalnum() for c in p):
            return None
        words = _ALNUM_RUN.findall(p.encode("ascii", "replace").decode("ascii"))
        if not words:
            longest = max(longest, len(p))
            continue
        alt = rb"[^a-z0-9\n]+".join(w.encode("ascii") for w in words)
        by_first.setdefault(alt[:1], []).append(alt[1:])
    alts = b"|".join(first + b"(?:" + b"|".join(rest) + b")" for first, rest in sorted(by_first.items()))
    # ``(?=(...))\1`` takes the whole leading run at once: no retries inside it
    parts = [rb"(?=([^a-z0-9\n]*))\1(?:" + alts + rb")[^a-z0-9\n]*\n"] if alts else []
    if longest:
        # a line of no ASCII letter or digit, with room for the outer punctuation and spaces the key dropped
        parts.append(rb"[^a-z0-9\n]{1,%d}\n" % (2 * longest + 8))
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


def line_ends(endings: Iterable[str], *, ignore_case: bool = True) -> re.Pattern[str]:
    r"""A ``line_end`` pattern for :func:`blocks_with` that finds the lines ending in one of ``endings``,
    written forwards: the text is searched reversed, and the pattern is built reversed here, so that a
    rule's endings are spelled once, as its pattern reads them.

    >>> from articleclean.document import Document
    >>> doc = Document.from_text("A storm IMAGE\nThe council met.\nThe coast (Reuters)")
    >>> sorted(blocks_with(doc, line_end=line_ends(["image", ")"])))
    [0, 2]
    """
    alts = "|".join(re.escape(e[::-1]) for e in sorted(set(endings)))
    return re.compile(r"\n(?i:" + alts + ")" if ignore_case else r"\n(?:" + alts + ")")
