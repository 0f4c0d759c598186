"""Byline, date and section label above the article become metadata; the headline is noted.

Only the top of the text is looked at: the lines before the first prose
paragraph.  Byline / date lines and an all-caps section label there are
removed from the text and kept as metadata; the headline (the first title-like
line) stays in the text and is also reported.

>>> from articleclean.document import Document
>>> text = "NEWS\\n\\nJane Smith 3 March 2026\\n\\nBridge reopens after repairs\\n\\nThe bridge reopened on Monday after months of repairs."
>>> doc = MetadataCleaner().apply(Document.from_text(text))
>>> doc.text()
'Bridge reopens after repairs\\n\\nThe bridge reopened on Monday after months of repairs.'
>>> doc.metadata.to_dict()
{'headline': 'Bridge reopens after repairs', 'byline': 'Jane Smith', 'date': '2026-03-03', 'section': 'NEWS'}
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lazyre as re
from ..base import BaseCleaner
from ..document import Block, Document
from ..text import ends_sentence, is_all_caps, looks_like_body, looks_like_title, word_count
from .dates import DATE_PATTERN, parse_date

__all__ = ["MetadataCleaner"]

_NAME_WORD = r"[A-Z][a-z'’\-]*(?:[A-Z][a-z'’\-]+)*\.?"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|van|von|der|da|del|la|le|bin|al)){{1,3}}"
_NAMES = rf"(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,2}})"
# "By The Numbers" is a heading, not a byline: a name does not start with a determiner.
_NOT_NAME = r"(?!(?:The|A|An|Our|This|That|These|Those|Its|His|Her|Their|My|Your)\b)"
# "\s*X?\s*" is written "\s*(?:X\s*)?": the same strings, but a long run of
# white space is no longer split between the two "\s*" in every way (quadratic).
_BYLINE_DATE = re.compile(rf"^(?:[Bb]y:?\s+)?{_NOT_NAME}{_NAMES}\s*(?:[|,•·–—-]\s*)?(?P<date>{DATE_PATTERN})$")
_BYLINE = re.compile(rf"^(?:[Bb]y|BY):?\s+{_NOT_NAME}{_NAMES}$")
_DATED = re.compile(
    rf"^(?:(?i:published|updated|posted|last updated|first published)(?:\s+(?i:on))?\s*(?::\s*)?)?(?P<date>{DATE_PATTERN})$"
)


# Removal codes of lines whose facts still become metadata (see MetadataCleaner.apply).
_META_CODES = ("byline.", "navigation.label", "label.")


@dataclass(frozen=True)
class MetadataCleaner(BaseCleaner):
    """Move byline / date / section label lines at the top into metadata; note the headline."""

    name = "metadata"
    description = "byline, date and section label at the top become metadata"
    top_lines: int = 6

    def apply(self, doc: Document) -> Document:
        live = doc.live()
        ch = doc.changes(self.name)
        # The top of the page as it came: live lines, and the bylines, stamps and labels an
        # earlier cleaner removed as furniture (their facts still become metadata).
        top: list[Block] = []
        seen_live = 0
        for b in doc.blocks:
            if seen_live >= self.top_lines or len(top) >= 4 * self.top_lines:
                break  # the top of a page, not a page of labels
            if not b.text or (b.removed is not None and not b.removed.startswith(_META_CODES)):
                continue
            if b.removed is None:
                if looks_like_body(b.text):
                    break
                seen_live += 1
            top.append(b)
        kept = []
        labelled = False  # a label of the page came before: an all-caps line under it is no section
        for k, b in enumerate(top):
            t = b.text
            below_label, labelled = labelled, labelled or b.removed == "navigation.label"
            if word_count(t) > 16:
                if b.removed is None:
                    kept.append(b)
                continue
            if m := _BYLINE_DATE.match(t):
                ch.meta(byline=m.group("name"), date=parse_date(m.group("date")))
                ch.remove([b.index], code="meta.byline", reason="byline and date line moved to metadata")
            elif m := _BYLINE.match(t):
                ch.meta(byline=m.group("name"))
                ch.remove([b.index], code="meta.byline", reason="byline line moved to metadata")
            elif m := _DATED.match(t):
                ch.meta(date=parse_date(m.group("date")))
                ch.remove([b.index], code="meta.date", reason="date line moved to metadata")
            elif (
                not kept
                and not below_label  # a name under the page's labels
                and is_all_caps(t)
                and word_count(t) <= 3
                and not ends_sentence(t)
                and k + 1 < len(top)
                and looks_like_title(top[k + 1].text)
                and not is_all_caps(top[k + 1].text)
            ):
                ch.meta(section=t)
                ch.remove([b.index], code="meta.section", reason="section label above the headline moved to metadata")
            elif b.removed is None:
                kept.append(b)
        if kept and len(live) > 1:
            h = kept[0].text
            if 2 <= word_count(h) <= 30 and looks_like_title(h) and not ends_sentence(h) and kept[0] is not live[-1]:
                ch.meta(headline=h)
        return ch.commit()
