"""A paragraph that appears twice is kept once (the first time).

Two lines are the same when they differ only in quote style, spacing or case.
Only an *accidental* repeat is removed: exactly two copies, each a paragraph
of one line, close to each other (``max_distance`` lines apart).  Structural
repetition is article content and is kept: a refrain or chant (a paragraph of
several lines, repeated or not), a question (the same one put to several
interviewees), or a line that comes back three times or more.

>>> from articleclean.document import Document
>>> text = "Councils take it ‘very seriously’, she said.\\n\\nCouncils take it 'very  seriously', she said."
>>> DuplicateCleaner().apply(Document.from_text(text)).text()
'Councils take it ‘very seriously’, she said.\\n'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..base import BaseCleaner
from ..document import Document
from ..text import dedupe_key

__all__ = ["DuplicateCleaner"]


@dataclass(frozen=True)
class DuplicateCleaner(BaseCleaner):
    """Keep the first of two nearby copies of a paragraph of at least ``min_words`` words."""

    name = "duplicates"
    description = "accidentally repeated paragraphs kept once"
    min_words: int = 5
    max_distance: int = 8

    def apply(self, doc: Document) -> Document:
        count = doc.word_count
        all_live = doc.live()
        para_size = Counter(b.para for b in all_live)
        # Only a paragraph of one line, and not a question, counts: a repeated
        # multi-line paragraph is a chant or a refrain, and the same question
        # put to two interviewees is the article's structure.
        live = [
            b
            for b in all_live
            if para_size[b.para] == 1 and count(b.text) >= self.min_words and not b.text.rstrip().endswith("?")
        ]
        keys = [dedupe_key(b.text) for b in live]
        counts = Counter(keys)
        seen: dict[str, int] = {}
        ch = doc.changes(self.name)
        position = {b.index: i for i, b in enumerate(all_live)}
        for b, key in zip(live, keys):
            first = seen.get(key)
            if first is None:
                seen[key] = b.index
                continue
            a = doc.blocks[first]
            if counts[key] == 2 and a.para != b.para and position[b.index] - position[a.index] <= self.max_distance:
                ch.remove([b.index], code="duplicate.paragraph", reason=f"repeats line {a.line}")
        return ch.commit()
