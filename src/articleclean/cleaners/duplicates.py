"""A paragraph that appears twice is kept once (the first time).

Two lines are the same when they differ only in quote style, spacing or case.
Only an *accidental* repeat is removed: exactly two copies, each a paragraph
of one line or a line of prose (15 words or more, ending like a sentence: a
scrape that lost its blank lines), close to each other (``max_distance``
lines apart).  Structural repetition is article content and is kept: a
refrain or chant (a paragraph of several short lines, repeated or not), a question (the same one put to several
interviewees), a line that comes back three times or more, the attribution
line of an embedded post or a letter ("— Jane Doe (@janedoe) March 3, 2024":
two posts by one author on one day have the same), or an item of two
parallel lists (a line that does not end like a sentence, next to a line that
repeats the line next to its first copy: two products' feature lists, two
days of a meal plan).

>>> from articleclean.document import Document
>>> text = "Councils take it ‘very seriously’, she said.\\n\\nCouncils take it 'very  seriously', she said."
>>> DuplicateCleaner().apply(Document.from_text(text)).text()
'Councils take it ‘very seriously’, she said.'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from .. import lazyre as re
from ..base import BaseCleaner
from ..concepts import SENTENCE_BREAK
from ..document import Block, Document
from ..scan import folded_text, live_blocks, live_positions, scan_memo
from ..text import dedupe_key, ends_sentence, word_count

__all__ = ["DuplicateCleaner"]


@dataclass(frozen=True)
class DuplicateCleaner(BaseCleaner):
    """Keep the first of two nearby copies of a paragraph of at least ``min_words`` words."""

    name = "duplicates"
    description = "accidentally repeated paragraphs kept once"
    min_words: int = 5
    max_distance: int = 8
    #: a line of this many words or more that ends like a sentence is a paragraph of its own, even among
    #: other lines with no blank line between them (a scrape that lost its blank lines, a standfirst
    #: printed twice in a row): a refrain or a chant is shorter
    min_prose_words: int = 15
    #: the page's lead is its first line of this many words or more
    min_lead_words: int = 12
    #: two copies of a line next to each other in one paragraph are a standfirst printed twice when this long
    #: (or two sentences); a chorus line sung twice is shorter
    min_long_copy_words: int = 25
    #: a paragraph of this many lines is a scrape that lost its blank lines (a verse is shorter)
    min_flat_lines: int = 6

    def apply(self, doc: Document) -> Document:
        count = doc.word_count
        all_live = doc.live()
        para_size = Counter(map(_PARA, all_live))
        # Only a paragraph of one line, and not a question, counts: a repeated
        # multi-line paragraph is a chant or a refrain, and the same question
        # put to two interviewees is the article's structure.
        maybe = _maybe_repeated(doc)
        def prose(b: Block) -> bool:
            return count(b.text) >= self.min_prose_words and ends_sentence(b.text)

        live = [
            b
            for b in (all_live if maybe is None else live_blocks(doc, maybe))
            if (para_size[b.para] == 1 or prose(b)) and count(b.text) >= self.min_words and not b.text.rstrip().endswith("?")
        ]
        keys = [dedupe_key(b.text) for b in live]
        counts = Counter(keys)
        seen: dict[str, int] = {}
        ch = doc.changes(self.name)
        lead = next((i for i, x in enumerate(all_live) if count(x.text) >= self.min_lead_words), -1)
        position = {b.index: i for i, b in zip(live_positions(all_live, [b.index for b in live]), live)}
        for b, key in zip(live, keys):
            first = seen.get(key)
            if first is None:
                seen[key] = b.index
                continue
            a = doc.blocks[first]
            pa, pb = position[a.index], position[b.index]
            if counts[key] == 2 and (a.para != b.para or prose(b)) and pb - pa <= self.max_distance:
                single = a.para != b.para and para_size[a.para] == 1 and para_size[b.para] == 1
                if not single and not self._accidental_in_paragraph(a, b, pa, pb, lead, para_size[a.para], all_live):
                    continue
                if not ends_sentence(b.text) and _parallel(all_live, pa, pb):
                    continue  # the same item in two lists
                if _ATTRIBUTION.search(b.text):
                    continue  # each embedded post has its own attribution line
                ch.remove([b.index], code="duplicate.paragraph", reason=f"repeats line {a.line}")
        return ch.commit()

    def _accidental_in_paragraph(self, a: Block, b: Block, pa: int, pb: int, lead: int, size: int, live: list[Block]) -> bool:
        """A long line printed twice among lines of its paragraph, by accident rather than as a refrain: both
        copies in one paragraph, and either next to each other and long (a standfirst printed twice: two
        sentences, or ``min_long_copy_words`` words), or in a paragraph of ``min_flat_lines`` lines or more (a
        scrape that lost its blank lines) next to each other or with the first copy the page's lead.  A verse,
        a chorus, a speech's refrain or two letters that open alike are shorter paragraphs or shorter lines;
        a speaker's turn and a quotation after a line ending in a colon are never taken."""
        if a.para != b.para:
            return False
        if _SPEAKER.match(b.text) or (pa > 0 and live[pa - 1].text.rstrip().endswith(":")):
            return False
        flat = size >= self.min_flat_lines
        if pb - pa == 1:
            long = word_count(b.text) >= self.min_long_copy_words or SENTENCE_BREAK.search(b.text) is not None
            return long or flat
        return flat and pa == lead


def _parallel(live: list[Block], first: int, second: int) -> bool:
    r"""Do the copies at live positions ``first`` < ``second`` have a repeated neighbour on the same side?

    >>> from articleclean.document import Document
    >>> lines = "Tap to skip a track\n\nCharges in the case\n\nOther model\n\nTap to skip a track\n\nCharges in the case"
    >>> _parallel(Document.from_text(lines).live(), 0, 3)
    True
    """
    for step in (-1, 1):
        i, j = first + step, second + step
        if (
            0 <= i < len(live) and 0 <= j < len(live) and i != second and j != first
            and dedupe_key(live[i].text) == dedupe_key(live[j].text)
        ):
            return True
    return False


_PARA = attrgetter("para")
# A speaker's turn: "MINISTER: ...", "Jane Doe: ...".
_SPEAKER = re.compile(r"[A-Z][\w .'-]{0,25}:\s")
# The attribution line of an embedded post or a quoted letter: a dash first, or a handle in brackets.
_ATTRIBUTION = re.compile(r"^\s*[—–―-]\s*\S|\(@\w{1,30}\)")
# every byte but "\n", ASCII digits and lower-case letters
_NOT_ALNUM = bytes(c for c in range(256) if not (c == 10 or 48 <= c <= 57 or 97 <= c <= 122))


def _maybe_repeated(doc: Document) -> frozenset[int] | None:
    """Indices of the blocks that may share their :func:`dedupe_key` with
    another block (``None``: any block may).

    Equal keys have equal letters and digits (ASCII, lower case, in order):
    the key only changes quotes, white space and case, and no character but
    the :data:`~articleclean.scan.UNFOLDABLE` ones case-folds to an ASCII
    letter or digit.  So a line whose ASCII letters and digits no other line
    has cannot repeat another.  These projections are cut from the folded
    text in one pass (of the key, for a line with an UNFOLDABLE character).
    """
    folded = folded_text(doc)
    if folded is None:
        return None
    scan, hay, unfoldable = folded
    memo = scan_memo(doc, scan)
    key = "duplicates.maybe_repeated"
    hit = memo.get(key)
    if hit is not None:
        return hit
    proj = hay.translate(None, _NOT_ALNUM).split(b"\n")[1:-1]  # one per block
    for i in unfoldable:
        proj[i] = dedupe_key(scan.texts[i]).encode("ascii", "replace").translate(None, _NOT_ALNUM)
    seen = Counter(proj)
    repeated = {p for p, n in seen.items() if n > 1}
    result = frozenset(compress(range(len(proj)), map(repeated.__contains__, proj)))
    memo[key] = result
    return result
