"""The document model: a text split into line blocks with offsets into the source.

Cleaners never edit the source.  They *label* blocks as removed (with a cleaner
name, a stable decision code and a reason) or make *recorded edits* inside a
block.  A :class:`Document` is immutable; a cleaner returns a new one, built
with a :class:`Changes` builder so that a cleaner making many decisions stays
linear in the size of the document.

>>> doc = Document.from_text("Headline\\n\\nFirst paragraph.\\nSIGN UP\\n")
>>> [(b.line, b.para, b.text) for b in doc.blocks]
[(1, 0, 'Headline'), (3, 1, 'First paragraph.'), (4, 1, 'SIGN UP')]
>>> ch = doc.changes("demo")
>>> ch.remove([2], code="newsletter.signup", reason="sign-up prompt")
>>> doc = ch.commit()
>>> doc.text()
'Headline\\n\\nFirst paragraph.\\n'
>>> r = doc.removals[0]
>>> doc.source[r.start:r.end]
'SIGN UP'
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import repeat
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from .features import MEMO_TEXT_LIMIT, LineFeatures, LineTable
from .quoting import quoted_lines

if TYPE_CHECKING:
    from .page import Page

__all__ = [
    "MEMO_TEXT_LIMIT",
    "Block",
    "Changes",
    "Document",
    "Edit",
    "Fix",
    "Metadata",
    "Removal",
]

# Line breaks exactly as ``str.splitlines`` understands them, so that the
# blocks of a text and of its cleaned output are split the same way.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\u2028\u2029")


@dataclass(frozen=True, slots=True)
class Edit:
    """A replacement inside one block, in the block's *current* coordinates."""

    start: int
    end: int
    replacement: str
    code: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Fix:
    """A recorded in-text edit: what changed, where in the source, and why.

    ``source[offset:end]`` is the stretch of the source the edit replaced.
    ``before`` is the text as the cleaner saw it there: the same as that
    stretch unless an earlier fix had already changed part of it (then the
    earlier fix is in the list too, and replaying the fixes in order gives the
    clean line).
    """

    cleaner: str
    code: str
    before: str
    after: str
    offset: int
    end: int
    line: int
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "cleaner": self.cleaner,
            "code": self.code,
            "before": self.before,
            "after": self.after,
            "offset": self.offset,
            "end": self.end,
            "line": self.line,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Removal:
    """A run of consecutive source lines removed by one decision.

    ``source[start:end] == text`` always holds; ``line_start`` and
    ``line_end`` are 1-based and inclusive.
    """

    cleaner: str
    code: str
    reason: str
    start: int
    end: int
    line_start: int
    line_end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "cleaner": self.cleaner,
            "code": self.code,
            "reason": self.reason,
            "start": self.start,
            "end": self.end,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the cleaners learned about the article while removing page furniture."""

    headline: str | None = None
    byline: str | None = None
    date: str | None = None
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "byline": self.byline,
            "date": self.date,
            "section": self.section,
        }


class Block(NamedTuple):
    """One non-blank source line.

    ``start``/``end`` locate the line in the source (without its line break);
    ``para`` numbers the blank-line separated paragraph the line belongs to;
    ``text`` is the current text, after any recorded edits, stripped of
    surrounding white space.  Immutable; a named tuple because a document
    makes one per line and a tuple is built four times faster than a frozen
    dataclass.
    """

    index: int  # type: ignore[assignment]  # the field shadows tuple.index; it is public API
    start: int
    end: int
    line: int
    para: int
    text: str
    removed: str | None = None
    # (start, old_len, new_len) of each applied edit, in application order,
    # to map current offsets back to the source.
    shifts: tuple[tuple[int, int, int], ...] = ()
    lead: int = 0  # characters stripped from the start of the source line

    @property
    def is_removed(self) -> bool:
        return self.removed is not None

    def source_offset(self, pos: int, *, end: bool = False) -> int:
        """Map an offset in the current text to an offset in the source.

        An offset inside text an earlier edit inserted maps to the start of
        what that edit replaced, or with ``end=True`` to its end, so that a
        (start, end) pair always covers the source the current text came from.
        """
        for at, old, new in reversed(self.shifts):
            if pos >= at + new and (pos > at or not end):
                pos = pos - new + old
            elif pos > at or (end and pos == at and new == 0):
                pos = at + old if end else at
        return self.start + self.lead + pos


def _lines(text: str) -> list[tuple[int, str, str]]:
    """(line number, line, line with its break) for every line of ``text``
    in which NEL (U+0085) is not a line break (see :meth:`Document.from_text`)."""
    pairs = zip(text.splitlines(), text.splitlines(True))
    out: list[tuple[int, str, str]] = []
    carry, carry_no = "", 0
    for n, (raw, full) in enumerate(pairs, 1):
        if carry:
            raw, full, n = carry + raw, carry + full, carry_no
            carry = ""
        if len(full) == len(raw) + 1 and full[-1] == "\x85":
            carry, carry_no = full, n
            continue
        out.append((n, raw, full))
    if carry:
        out.append((carry_no, carry, carry))
    return out


@dataclass(frozen=True)
class Document:
    """An immutable, cleaned-so-far view of one source text."""

    source: str
    blocks: tuple[Block, ...]
    removals: tuple[Removal, ...] = ()
    fixes: tuple[Fix, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    # The features of the document's line texts (articleclean.features), shared by the
    # versions of one document: built lazily, never part of equality or the repr.
    _features: LineFeatures = field(default_factory=LineFeatures, compare=False, repr=False)
    #: For a document read from HTML (:mod:`articleclean.htmldoc`): the markup's evidence
    #: for each block; ``None`` for text.
    page: Page | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Split ``text`` into blocks: one per non-blank line.

        ``str.splitlines`` knows every Unicode line break (CRLF, CR, LF, VT,
        FF, FS, GS, RS, NEL, U+2028, U+2029); the kept-ends pass gives each
        line's length with its break, so offsets are running sums and the
        split is one linear pass in C.  One exception: NEL (U+0085) is not a
        line break here.  In text from the web it is mojibake — Windows-1252
        "…" read as Latin-1, or half of a UTF-8 sequence ("Ñ\\x85" is "х") —
        which the encoding fixer repairs only if the line stays whole.

        The blocks are built column by column (a page has thousands of
        lines): a line opens a new paragraph when the line before it is
        blank and a block came before it.
        """
        numbers: Sequence[int]
        raws: Sequence[str]
        if "\x85" in text:
            merged = _lines(text)
            numbers, raws, fulls = zip(*merged) if merged else ((), (), ())
            sized = map(len, fulls)
        else:
            raws = text.splitlines()
            numbers = range(1, len(raws) + 1)
            # a line with its break is one character longer, unless the break
            # is "\r\n" (the last line may have none, but no offset needs it)
            sized = map(len, text.splitlines(True)) if "\r\n" in text else map((1).__add__, map(len, raws))
        starts = itertools.accumulate(sized, initial=0)
        stripped = list(map(str.strip, raws))
        kept = list(itertools.compress(range(len(raws)), stripped))  # the lines that are not blank
        if not kept:
            return cls(text, ())
        raws = list(map(raws.__getitem__, kept))
        lengths = list(map(len, raws))
        start = list(itertools.compress(starts, stripped))
        # a blank line between two blocks: the next one opens a paragraph
        gaps = map(operator.lt, repeat(1), map(operator.sub, kept[1:], kept))
        columns = (
            range(len(kept)),
            start,
            map(operator.add, start, lengths),
            map(numbers.__getitem__, kept),
            itertools.accumulate(gaps, initial=0),
            itertools.compress(stripped, stripped),
            repeat(None),
            repeat(()),
            map(operator.sub, lengths, map(len, map(str.lstrip, raws))),  # lead: characters stripped at the start
        )
        return cls(text, tuple(map(tuple.__new__, repeat(Block), zip(*columns))))  # Block(*row), without a Python call


    # -- the features of its lines (articleclean.features) ----------------
    def features(self) -> LineFeatures:
        """The :class:`~articleclean.features.LineFeatures` of this document's line texts, shared by its versions."""
        return self._features

    def word_count(self, text: str) -> int:
        """:func:`articleclean.text.word_count` of ``text``, computed once per document (``features().words``)."""
        n = self._features._words.get(text)  # (the kept answer without a second call: the hot path)
        return self._features.words(text) if n is None else n

    def phrase_key(self, text: str) -> str:
        """:func:`articleclean.lexicon.normalise_phrase` of ``text``, computed once per document (``features().key``)."""
        k = self._features._keys.get(text)
        return self._features.key(text) if k is None else k

    def quoted(self) -> Mapping[int, int]:
        """The indices of the blocks the article quotes (:func:`articleclean.quoting.quoted_lines`: a form's
        messages or an app's buttons listed under the article's own "... saw a red error:"), each with
        its anchor's (the article's line that quotes it), read once from the page as it came. No
        cleaner removes a quoted block but with its anchor (:meth:`Changes.remove`)."""
        feats = self._features
        found: Mapping[int, int] | None = feats.quoted
        if found is None:
            src = self.source
            found = feats.quoted = MappingProxyType(quoted_lines([src[b.start : b.end].strip() for b in self.blocks]))
        return found

    # -- reading -----------------------------------------------------------
    def live(self) -> list[Block]:
        """The blocks no cleaner has removed and no edit has emptied, in order (a new list).

        Kept with the features for the latest blocks read (one slot, as :func:`articleclean.scan.line_scan`'s):
        most cleaners change nothing, and the next one reads the same blocks' live ones again."""
        feats = self._features
        blocks = self.blocks
        hit = feats.live
        if hit is not None and hit[0] is blocks:
            return list(hit[1])
        live = [b for b in blocks if b.removed is None and b.text]
        feats.live = (blocks, tuple(live))
        return live

    def table(self) -> LineTable:
        """The :class:`~articleclean.features.LineTable` of :meth:`live`'s blocks: their texts and word counts
        in columns, from the features the document remembers for their texts.
        (Not kept in a slot of its own, as :meth:`live` is: a kept table would hold the texts of a
        version an edit has replaced, a copy of a long line more.)"""
        return self._features.lines(self.live())

    def paragraphs(self) -> list[list[Block]]:
        """Live blocks grouped by source paragraph (blocks that edits emptied are skipped)."""
        groups: list[list[Block]] = []
        last = None
        for b in self.blocks:
            if b.removed is not None or not b.text:
                continue
            if b.para != last:
                groups.append([])
                last = b.para
            groups[-1].append(b)
        return groups

    def text(self) -> str:
        """The clean text: paragraphs separated by one blank line.

        The text ends with a newline when the source ended with a line break,
        and without one when it did not, so a clean text comes back byte for
        byte.  A kept line keeps the white space at its edges in the source
        (Markdown's hard break "  " at a line's end, a nested list's or a code
        block's indentation): block texts are stripped for the cleaners to
        read, and no cleaner decides about that white space, so none is lost
        unrecorded when something else on the page is removed.

        >>> Document.from_text("One.\\n\\nTwo.").text(), Document.from_text("One.\\n").text()
        ('One.\\n\\nTwo.', 'One.\\n')
        >>> Document.from_text("Hall  \\n  * nested").text()
        'Hall  \\n  * nested'
        """
        source = self.source
        paras = ["\n".join([_rendered(source, b) for b in group]) for group in self.paragraphs()]
        if not paras:
            return ""
        body = "\n\n".join(paras)
        tail = self.source[len(self.source.rstrip()) :]
        return body + "\n" if any(map(_LINE_BREAKS.__contains__, tail)) else body

    def changes(self, cleaner: str) -> Changes:
        """Start a batch of decisions made by ``cleaner``."""
        return Changes(self, cleaner)


def _rendered(source: str, b: Block) -> str:
    """A live block's line as rendered: its current text inside the source line's edge white space."""
    line = source[b.start : b.end]
    if not b.shifts:
        return line  # unedited: the source line itself
    text = b.text
    body_end = len(line.rstrip())
    # An edge's white space stays while the text still starts (ends) where the
    # source line's text did: an edit that cut the line's start takes the
    # indentation before it too.
    lead = line[: b.lead] if text and b.source_offset(0) == b.start + b.lead else ""
    trail = line[body_end:] if text and b.source_offset(len(text), end=True) == b.start + body_end else ""
    return lead + text + trail


class Changes:
    """Collects one cleaner's removals, edits and metadata, then builds a new document.

    A builder is local to one cleaner call; it is the only mutable object in
    the model and never outlives :meth:`commit`.
    """

    __slots__ = ("_blocks", "_cleaner", "_doc", "_fixes", "_meta", "_removals")

    def __init__(self, doc: Document, cleaner: str) -> None:
        self._doc = doc
        self._cleaner = cleaner
        self._blocks: dict[int, Block] = {}
        self._removals: list[Removal] = []
        self._fixes: list[Fix] = []
        self._meta: dict[str, str | None] = {}

    def block(self, index: int) -> Block:
        return self._blocks.get(index) or self._doc.blocks[index]

    def remove(self, indices: Iterable[int], *, code: str, reason: str) -> None:
        """Label blocks as removed; already removed blocks are left as they are.

        Column by column (a page's classifier may remove thousands of lines
        at once): the blocks, their new versions and the runs of consecutive
        lines come from zipped columns, one record per run.  Most calls
        remove one line, and take a shorter way.
        """
        changed, blocks = self._blocks, self._doc.blocks
        # a line the article quotes is the article's, whatever it says (Document.quoted): it goes only with
        # the line that quotes it, removed before or now
        wanted = set(indices)
        quoted = self._doc.quoted()
        if quoted:
            wanted = {i for i in wanted if (a := quoted.get(i)) is None or a in wanted or self.block(a).removed is not None}
        order = sorted(wanted)
        # a block this builder changed, else the document's
        current = map(changed.get, order, map(blocks.__getitem__, order)) if changed else map(blocks.__getitem__, order)
        todo = [b for b in current if b.removed is None]
        if len(todo) <= 1:
            for b in todo:
                changed[b.index] = Block(b.index, b.start, b.end, b.line, b.para, b.text, code, b.shifts, b.lead)
                self._record(code, reason, b.start, b.end, b.line, b.line)
            return
        index, start, end, line, para, text, _, shifts, lead = zip(*todo)
        new = zip(index, start, end, line, para, text, repeat(code), shifts, lead)
        changed.update(zip(index, map(tuple.__new__, repeat(Block), new)))  # Block(*row), without a Python call
        # one record per run of consecutive lines: a run ends where the next index is not one more
        breaks = map(operator.ne, index[1:], map((1).__add__, index))
        first = 0
        for last in [*itertools.compress(range(len(index) - 1), breaks), len(index) - 1]:
            self._record(code, reason, start[first], end[last], line[first], line[last])
            first = last + 1

    def _record(self, code: str, reason: str, start: int, end: int, line_start: int, line_end: int) -> None:
        src = self._doc.source
        self._removals.append(Removal(self._cleaner, code, reason, start, end, line_start, line_end, src[start:end]))

    def edit(self, index: int, edits: Sequence[Edit]) -> None:
        """Apply non-overlapping edits (any order) to one block and record them."""
        if not edits:
            return
        b = self.block(index)
        text = b.text
        shifts = list(b.shifts)
        out: list[str] = []
        pos = 0
        delta = 0
        for e in sorted(edits, key=lambda e: e.start):
            if e.start < pos or e.end < e.start or e.end > len(text):
                raise ValueError(f"overlapping or out-of-range edit {e!r} in block {index}")
            before = text[e.start : e.end]
            if before == e.replacement:
                continue
            start, end = b.source_offset(e.start), b.source_offset(e.end, end=True)
            self._fixes.append(Fix(self._cleaner, e.code, before, e.replacement, start, end, b.line, e.reason))
            out.append(text[pos : e.start])
            out.append(e.replacement)
            pos = e.end
            shifts.append((e.start + delta, e.end - e.start, len(e.replacement)))
            delta += len(e.replacement) - (e.end - e.start)
        out.append(text[pos:])
        new_text = "".join(out)
        # Keep the block's invariant (no white space at its edges) when an edit
        # removed what stood between a space and the line's end: the later
        # cleaners see the line as it will be rendered.  Layout, not a fix.
        lead = len(new_text) - len(new_text.lstrip())
        if lead:
            shifts.append((0, lead, 0))
            new_text = new_text[lead:]
        trail = len(new_text) - len(new_text.rstrip())
        if trail:
            shifts.append((len(new_text) - trail, trail, 0))
            new_text = new_text[: len(new_text) - trail]
        self._blocks[index] = Block(b.index, b.start, b.end, b.line, b.para, new_text, b.removed, tuple(shifts), b.lead)

    def set_text(self, index: int, new_text: str, *, code: str, reason: str = "") -> None:
        """Replace a block's whole text as one recorded edit."""
        b = self.block(index)
        self.edit(index, [Edit(0, len(b.text), new_text, code, reason)])

    def meta(self, **values: str | None) -> None:
        """Set metadata fields (headline, byline, date, section) not already known."""
        for key, value in values.items():
            if value and getattr(self._doc.metadata, key) is None and key not in self._meta:
                self._meta[key] = value

    def correct_meta(self, **values: str | None) -> None:
        """Set metadata fields even when already known (``None`` clears one): a later cleaner's
        correction, e.g. a headline noted before its line was removed."""
        self._meta.update(values)

    def commit(self) -> Document:
        doc = self._doc
        if not (self._blocks or self._removals or self._fixes or self._meta):
            return doc
        blocks = doc.blocks
        if self._blocks:
            lst = list(blocks)
            for i, b in self._blocks.items():
                old = lst[i].text
                if old is not b.text and len(old) > MEMO_TEXT_LIMIT:
                    doc._features.forget(old)  # (see MEMO_TEXT_LIMIT)
                lst[i] = b
            blocks = tuple(lst)
        return Document(
            doc.source,
            blocks,
            doc.removals + tuple(self._removals),
            doc.fixes + tuple(self._fixes),
            replace(doc.metadata, **self._meta) if self._meta else doc.metadata,
            doc._features,
            doc.page,
        )
