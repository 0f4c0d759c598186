"""Odd spaces become plain spaces; runs of spaces inside a line become one.

Blank-line layout (one blank line between paragraphs, one final newline) is
done when the document is rendered; this cleaner records every in-line edit.

>>> from articleclean.document import Document
>>> doc = WhitespaceCleaner().apply(Document.from_text("they\\u00a0 tackle\\tit"))
>>> doc.text()
'they tackle it\\n'
>>> [(f.code, f.before, f.offset) for f in doc.fixes]
[('whitespace.space', '\\xa0 ', 4), ('whitespace.space', '\\t', 12)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..base import BaseCleaner
from ..document import Document, Edit
from ..text import ODD_SPACES, ODD_SPACE_RE

__all__ = ["WhitespaceCleaner"]

# Horizontal white space other than a single plain space, and runs of two or more.
_SPACE_FIX = re.compile(f"[ {ODD_SPACES}]{{2,}}|[{ODD_SPACES}]")


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
        for b in doc.live():
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
