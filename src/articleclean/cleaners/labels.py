"""Stray widget labels and "more follows" tails.

>>> from articleclean.document import Document
>>> text = "Title\\n\\nMinister resigns\\n\\nThe minister resigned today.\\n\\nLinkedin Banner\\n\\nMore to follow."
>>> LabelCleaner().apply(Document.from_text(text)).text()
'Minister resigns\\n\\nThe minister resigned today.'
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lazyre as re
from ..base import BaseCleaner
from ..document import Block, Document
from ..lexicon import phrases

__all__ = ["LabelCleaner"]

_SOCIAL = re.compile(
    r"^(?:linkedin|facebook|twitter|x|instagram|youtube|whatsapp|pinterest|tiktok|threads|bluesky|reddit|flipboard|telegram|messenger)"
    r"(?:\s+(?:banner|icon|logo|share|follow|widget|button|link|page|feed))?$",
    re.IGNORECASE,
)
_MAX_LABEL_WORDS = 5  # words: a lone widget label ("Linkedin Banner", "Advertisement"); a longer line with a label's words is the article's
_TAIL = re.compile(
    r"^(?:more (?:follows|to follow|to come)|updates? to follow|refresh for (?:the latest )?updates"
    r"|(?:this is a )?(?:breaking|developing) (?:news )?story(?:[.…!]*$|,? (?:check|refresh|please|and)\b)"
    r"|this (?:story|article|report) (?:is developing|is being updated|will be updated|has been updated|may be updated))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class LabelCleaner(BaseCleaner):
    """Remove lone widget labels ("Title", "Advertisement", "Linkedin Banner") and breaking-news tails."""

    name = "labels"
    description = "stray widget labels and 'more follows' tails"
    max_tail_words: int = 20

    def apply(self, doc: Document) -> Document:
        stray = phrases("boilerplate/en/labels")
        ch = doc.changes(self.name)
        count, key = doc.word_count, doc.phrase_key
        # every live line is read: a prefilter searching the whole text first (a second spelling of
        # these words) saved nothing here (benchmarks/README.md, "Prefilters")
        for b in doc.live():
            if count(b.text) <= _MAX_LABEL_WORDS and (key(b.text) in stray or _SOCIAL.match(b.text)):
                ch.remove([b.index], code="label.stray", reason=f"lone widget label {b.text!r}")
        # Tails: only the last lines of the text.
        for b in _last_live(doc, 2):
            if count(b.text) <= self.max_tail_words and _TAIL.match(b.text):
                ch.remove([b.index], code="tail.developing", reason="breaking-news 'more follows' tail")
        return ch.commit()


def _last_live(doc: Document, n: int) -> list[Block]:
    """The last ``n`` live blocks, last first."""
    out: list[Block] = []
    for b in reversed(doc.blocks):
        if len(out) >= n:
            break
        if b.removed is None and b.text:
            out.append(b)
    return out
