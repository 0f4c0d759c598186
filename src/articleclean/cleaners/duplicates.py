"""A paragraph that appears twice is kept once (the first time).

Two lines are the same when they differ only in quote style, spacing or case.
Only an *accidental* repeat is removed: exactly two copies, in different
paragraphs, close to each other (``max_distance`` lines apart).  Structural
repetition is article content and is kept: a refrain repeated inside one
paragraph, or the same interview question asked of each of several people.

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
        live = [b for b in doc.live() if count(b.text) >= self.min_words]
        keys = [dedupe_key(b.text) for b in live]
        counts = Counter(keys)
        seen: dict[str, int] = {}
        ch = doc.changes(self.name)
        all_live = doc.live()
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
