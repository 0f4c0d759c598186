"""Promotional and recirculation blocks: "Day In a Page", "Most read", app prompts…

Two shapes are recognised:

* a **promo heading** (a short line from ``data/boilerplate/en/promo.txt``, or
  "Latest stories from …" / "More from …") followed by a *teaser run*: the
  headline / teaser lines under it, which read like titles (no full stop) or
  are short.  The run ends at the first stretch of real prose.
* **one-line promos**: app and digital-edition prompts and e-book offers.

>>> from articleclean.document import Document
>>> text = '''The last paragraph of the article.
...
... Most Read
...
... Minister resigns over expenses row
... The fallout continues in Westminster
... Ten best walking boots for winter'''
>>> PromoCleaner().apply(Document.from_text(text)).text()
'The last paragraph of the article.'
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lazyre as re
from ..base import BaseCleaner
from ..document import Block, Document
from ..features import TextFeatures
from ..lexicon import phrases
from ..scan import blocks_with, line_pattern, live_positions
from ..teasers import (
    ONE_LINE_REASONS,
    RELATED_FILES,
    SPONSOR_TAGS,
    guarded_end,
    heading_anchors,
    is_promo_heading,
    is_sponsored_heading,
    one_line_promo,
    related_headings,
    teaser_run,
)
from ..text import looks_like_body

__all__ = ["RELATED_FILES", "PromoCleaner", "related_headings", "teaser_run"]

_SPONSOR_TEASER_WORDS = 5


def _sponsor_box(live: Sequence[Block], i: int, feats: TextFeatures) -> bool:
    """A sponsor-tagged heading at ``live[i]`` opens a box of teasers, not an entry of the article's list: no
    colon line introduces it ("The sponsors this year:" / "Acme Brewing (sponsored)") and a teaser of
    ``_SPONSOR_TEASER_WORDS`` words or more is under it (a name is shorter).  Other headings: always."""
    if not is_sponsored_heading(live[i].text):
        return True
    return (i == 0 or not live[i - 1].text.rstrip().endswith(":")) and i + 1 < len(live) and feats.words(live[i + 1].text) >= _SPONSOR_TEASER_WORDS


@dataclass(frozen=True)
class PromoCleaner(BaseCleaner):
    """Remove promo headings with the teasers under them, and one-line promos."""

    name = "promo"
    description = "promotional blocks (Day In a Page, most read, app and e-book prompts)"
    max_teaser_words: int = 60

    def apply(self, doc: Document) -> Document:
        live = doc.live()
        ch = doc.changes(self.name)
        feats = doc.features()
        # Only a promo heading or a one-line promo starts a removal; every
        # other line just moves the scan on, so only those lines are visited.
        i = 0
        for j in live_positions(live, _candidates(doc)):
            if j < i:
                continue
            i = j
            b = live[i]
            t = b.text
            if (
                is_promo_heading(t, feats=feats)
                and _sponsor_box(live, i, feats)
                and (end := guarded_end(live, i, max_words=self.max_teaser_words, feats=feats)) is not None
                and not _own_list(live, i, end, feats)
            ):
                ch.remove(
                    [x.index for x in live[i:end]],
                    code="promo.block",
                    reason=f"promo heading {t!r} and the {end - i - 1} teaser line(s) under it",
                )
                i = max(end, i + 1)
                continue
            code = one_line_promo(t, feats=feats)
            if code is not None:
                ch.remove([b.index], code=code, reason=ONE_LINE_REASONS[code])
            i += 1
        return ch.commit()


#: words of a paragraph of prose (the article's, on both sides of its own list)
_PROSE_WORDS = 12
#: words of an item of the article's own short list under a heading ("Intermezzo by Sally Rooney", a search
#: term); other stories' teasers are headlines, longer
_OWN_ITEM_WORDS = 5


def _own_list(live: Sequence[Block], i: int, end: int, feats: TextFeatures) -> bool:
    """The block from heading ``i`` to ``end`` is the article's own list: a paragraph of prose right above the
    heading and right below the block, and every item a few words ("Most read" over the three most borrowed
    books between two paragraphs of a libraries story: harm review 16)."""
    def prose(k: int) -> bool:
        return 0 <= k < len(live) and looks_like_body(live[k].text, min_words=_PROSE_WORDS, count=feats.words)

    return prose(i - 1) and prose(end) and all(feats.words(b.text) <= _OWN_ITEM_WORDS for b in live[i + 1 : end])


@functools.cache
def _line_starts() -> re.Pattern[bytes] | None:
    """The lines that may be promo headings (data file or a heading's prefix) or product promos."""
    return line_pattern(phrases("boilerplate/en/promo"), heading_anchors())


# A line _APP matches holds one of _APP_LITERALS, "app" as a word: ``\bapps?\b``
# (in the folded text, where other characters than ASCII are "?", a word
# boundary is only gained).  The pattern begins with its literal, so that
# the search of the whole text is fast.
_APP_WORD = re.compile(rb"app(?<![a-z0-9_]app)s?(?![a-z0-9_])")


def _candidates(doc: Document) -> frozenset[int] | None:
    """Indices of the blocks that may be promo headings or one-line promos (``None``: any block)."""
    lines = _line_starts()
    heads = blocks_with(doc, folded=lines) if lines is not None else None
    apps = blocks_with(doc, folded=_APP_WORD, folded_literals=("edition", "google play", "play store", "apple store"))
    sponsored = blocks_with(doc, folded_literals=[f"{o}{t}{c}" for t in SPONSOR_TAGS for o, c in ("()", "[]")])
    if heads is None or apps is None or sponsored is None:
        return None
    return heads | apps | sponsored
