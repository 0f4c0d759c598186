"""Paragraphs that appear twice are kept once (the first time).

Two lines are the same when they differ only in quote style, spacing or case.
A line repeated inside one paragraph (a refrain, a chant) is left alone: only
a repeat in another paragraph is removed.

>>> from articleclean.document import Document
>>> text = "Councils take it ‘very seriously’, she said.\\n\\nCouncils take it 'very  seriously', she said."
>>> DuplicateCleaner().apply(Document.from_text(text)).text()
'Councils take it ‘very seriously’, she said.\\n'
"""

from __future__ import annotations

from dataclasses import dataclass

from ..base import BaseCleaner
from ..document import Document
from ..text import dedupe_key, word_count

__all__ = ["DuplicateCleaner"]


@dataclass(frozen=True)
class DuplicateCleaner(BaseCleaner):
    """Keep the first of repeated paragraphs of at least ``min_words`` words."""

    name = "duplicates"
    description = "repeated paragraphs kept once"
    min_words: int = 5

    def apply(self, doc: Document) -> Document:
        seen: dict[str, tuple[int, int]] = {}
        ch = doc.changes(self.name)
        for b in doc.live():
            if word_count(b.text) < self.min_words:
                continue
            key = dedupe_key(b.text)
            first = seen.get(key)
            if first is None:
                seen[key] = (b.line, b.para)
            elif first[1] != b.para:
                ch.remove([b.index], code="duplicate.paragraph", reason=f"repeats line {first[0]}")
        return ch.commit()
