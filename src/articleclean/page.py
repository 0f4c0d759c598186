"""What an HTML page says about its text blocks: the structural evidence the cleaners read.

:mod:`articleclean.htmldoc` reads a page into paragraphs of text and, for each
line of that text, an :class:`Evidence` record: the element the line comes
from, its heading level, the structural elements around it (``nav``,
``aside``, ``form``, ``figcaption`` …), the page-furniture concepts that the
``class``, ``id``, ``role`` and ``aria-label`` values of its ancestors name
(see ``data/markup/``), and how much of its text is link text.  A
:class:`Page` holds them, aligned with the blocks of the text's
:class:`~articleclean.document.Document`, with the page's elements (for
finding the article's container) and the metadata the page declares.

These are facts about the markup, not decisions: the classifier
(:mod:`articleclean.cleaners.boilerplate.structure`) weighs them.
This module imports nothing of the package, so the document model can name it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = ["Evidence", "Page"]


class Evidence(NamedTuple):
    """The markup around one line of a page's text."""

    tag: str  # the block element the line comes from ("p", "li", "h2", "div" …)
    level: int  # heading level, 1 to 6, or 0
    context: frozenset[str]  # structural elements around it: nav, aside, header, footer, form, figure, li …
    #: (depth in ``path``, concept, token) of each ancestor whose class, id, role or
    #: aria-label names a concept of page furniture, outermost first
    hits: tuple[tuple[int, str, str], ...]
    path: tuple[int, ...]  # the ids of the elements from the root to the block's element
    chars: int  # characters of text in the line's block
    link_chars: int  # of which in links


@dataclass(frozen=True)
class Page:
    """A page's structure, for a document made from its text (:func:`articleclean.htmldoc.read_html`)."""

    #: one per block of the document, by block index
    evidence: tuple[Evidence, ...]
    #: per element id (preorder): its tag, its parent's id (-1 for the root), and the
    #: weight its class and id give it as an article container (readability's signs)
    tags: tuple[str, ...]
    parents: tuple[int, ...]
    weights: tuple[int, ...]
    #: per element id: its id and class attributes ("" when it has none)
    attrs: tuple[tuple[str, str], ...]
    #: what the page declares: headline, byline, date, section (from JSON-LD, Open Graph,
    #: Twitter and <meta> tags, <title>)
    declared: tuple[tuple[str, str], ...] = ()
    #: (element id, structural name) of the elements whose ARIA role names a structural
    #: element: role="navigation" is a nav, "complementary" an aside, "contentinfo" a footer …
    roles: tuple[tuple[int, str], ...] = ()
    #: set by the classifier's structural pass: blocks outside the article's container
    #: (removed before the text cleaners run), and how many removals that pass made
    outside: frozenset[int] = field(default_factory=frozenset)
    prepared: int = -1

    def name(self, eid: int) -> str:
        """A short description of an element, for reasons: ``<div class='post-body'>``."""
        ident, cls = self.attrs[eid]
        tag = self.tags[eid]
        if ident:
            return f"<{tag} id='{' '.join(ident.split())[:60]}'>"
        if cls:
            return f"<{tag} class='{' '.join(cls.split())[:60]}'>"
        return f"<{tag}>"
