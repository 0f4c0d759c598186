"""The furniture cleaner: its settings, and the order in which its passes run over a page."""

from __future__ import annotations

from dataclasses import dataclass

from ...base import BaseCleaner
from ...document import Document
from .captions import remove_caption_copies, remove_captions
from .closing import remove_closing_run
from .context import remove_hits, remove_neighbours
from .headline import read_top
from .page import read_page


@dataclass(frozen=True)
class FurnitureCleaner(BaseCleaner):
    """Remove whole lines of the named boilerplate families (see the package docstring)."""

    name = "furniture"
    description = "whole-line furniture: ads, comments, share, paywall, appeals, stamps, bylines, credits"
    #: lines after this many prose lines (12+ words ending a sentence; a standfirst is one) are past the
    #: page's top: a bare date, a "By NAME" line or an empty "Posted:" there stays
    top_prose_lines: int = 2
    #: a bare caption line beside its credited copy goes only when shorter than this (a longer one may be the
    #: article's own paragraph that the caption repeats)
    max_caption_copy_words: int = 15
    #: a line right above a photo credit, in its paragraph, is its caption up to this many words
    max_caption_words: int = 40
    #: a teaser card's standfirst under a related-stories heading has at most this many words
    max_standfirst_words: int = 60
    #: lines above the headline of at most this many words are the page's labels (menu, section, site name)
    max_label_words: int = 3
    #: the items of an offer's bulleted list of benefits are this short ("Play interactive puzzles")
    max_offer_item_words: int = 15
    #: the page's title cut short sits in its first this many lines (and the line printing it whole within as many after)
    max_masthead_lines: int = 6
    #: this many excerpts cut off mid-sentence in a row are a list of other stories (one may be the
    #: article's own quotation trailing off)
    min_excerpt_run: int = 2
    #: an appeal's box takes at most this many lines round its appeal
    max_box_lines: int = 6

    def apply(self, doc: Document) -> Document:
        page = read_page(doc, self.name, self.top_prose_lines)
        read_top(page, self.max_masthead_lines, self.max_label_words)
        remove_hits(page)
        remove_neighbours(page, self.max_offer_item_words, self.max_box_lines)
        remove_captions(page, self.max_caption_words)
        remove_closing_run(page, self.max_standfirst_words, self.min_excerpt_run)
        remove_caption_copies(page, self.max_caption_copy_words, self.max_caption_words)
        return page.ch.commit()
