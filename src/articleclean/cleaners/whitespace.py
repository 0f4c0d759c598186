"""Odd spaces become plain spaces; runs of spaces inside a line become one.

Blank-line layout (one blank line between paragraphs, a final newline only where the source had one) is
done when the document is rendered; this cleaner records every in-line edit.

>>> from articleclean.document import Document
>>> doc = WhitespaceCleaner().apply(Document.from_text("they\\u00a0 tackle\\tit"))
>>> doc.text()
'they tackle it'
>>> [(f.code, f.before, f.offset) for f in doc.fixes]
[('whitespace.space', '\\xa0 ', 4), ('whitespace.space', '\\t', 12)]
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lazyre as re
from ..base import BaseCleaner
from ..document import Document, Edit
from ..scan import blocks_with, live_blocks
from ..text import ODD_SPACE_RE, ODD_SPACES

__all__ = ["WhitespaceCleaner"]

# Horizontal white space other than a single plain space, and runs of two or more.
_SPACE_FIX = re.compile(f"[ {ODD_SPACES}]{{2,}}|[{ODD_SPACES}]")
# The characters of ODD_SPACES, one by one (each is one fast search of the text).
_ODD_CHARS = tuple(
    chr(c)
    for part in re.findall(r"(.)-(.)|(.)", ODD_SPACES, re.S)
    for c in (range(ord(part[0]), ord(part[1]) + 1) if part[0] else [ord(part[2])])
)


@dataclass(frozen=True)
class WhitespaceCleaner(BaseCleaner):
    """Turn no-break, tab and other odd spaces into plain spaces and squeeze runs."""

    name = "whitespace"
    description = "odd spaces to plain spaces, runs of spaces squeezed"
    line_local = True
    collapse_runs: bool = True

    def apply(self, doc: Document) -> Document:
        ch = doc.changes(self.name)
        pattern = _SPACE_FIX if self.collapse_runs else ODD_SPACE_RE
        # Either pattern matches only where a line has an odd space or, for
        # runs, two spaces: the lines one search of the whole text finds.
        found = blocks_with(doc, literals=(*_ODD_CHARS, "  ") if self.collapse_runs else _ODD_CHARS)
        for b in live_blocks(doc, found):
            t = b.text
            # The only ASCII characters either pattern matches are tab and space.
            if t.isascii() and "\t" not in t and "  " not in t:
                continue
            edits = [
                Edit(m.start(), m.end(), " ", "whitespace.space", "odd or repeated space")
                for m in pattern.finditer(b.text)
            ]
            ch.edit(b.index, edits)
        return ch.commit()
