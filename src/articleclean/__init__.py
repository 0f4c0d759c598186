"""articleclean: scraped news-article text in, the clean article out.

>>> import articleclean
>>> articleclean.clean("Sign up to our free daily newsletter\\n\\nThe council met on Monday.")
'The council met on Monday.'
>>> r = articleclean.clean_and_explain("Sign up to our free daily newsletter\\n\\nThe council met on Monday.")
>>> [(x.code, x.line_start) for x in r.removals]
[('newsletter.signup', 1)]
"""

from __future__ import annotations

from typing import Any

from .base import BaseCleaner, Cleaner
from .document import Block, Changes, Document, Edit, Fix, Metadata, Removal
from .fixers.encoding import fix_encoding
from .fixers.typos import fix_typos
from .htmldoc import is_html_document
from .pipeline import CleanResult, Pipeline, default_pipeline
from .registry import DEFAULT_ORDER, Registry, default_registry

__all__ = [
    "DEFAULT_ORDER",
    "BaseCleaner",
    "Block",
    "Changes",
    "CleanResult",
    "Cleaner",
    "Document",
    "Edit",
    "Fix",
    "Metadata",
    "Pipeline",
    "Registry",
    "Removal",
    "clean",
    "clean_and_explain",
    "clean_html",
    "clean_html_and_explain",
    "default_pipeline",
    "default_registry",
    "fix_encoding",
    "fix_typos",
]

__version__ = "0.1.0"


def _pipeline(pipeline: Pipeline | None, options: dict[str, Any]) -> Pipeline:
    p = pipeline if pipeline is not None else default_pipeline()
    return p.apply_options(**options) if options else p


def clean(text: str, *, pipeline: Pipeline | None = None, **options: Any) -> str:
    """The clean article text.

    ``options`` are cleaner names: ``name=False`` skips that cleaner,
    ``name={"setting": value}`` configures it, e.g. ``clean(t, duplicates=False)``.
    A whole HTML document (it opens with ``<!doctype html>`` or ``<html>``) is cleaned
    as HTML (:func:`clean_html`); text with a stray tag or entity is cleaned as text.
    """
    return clean_and_explain(text, pipeline=pipeline, **options).text


def clean_and_explain(text: str, *, pipeline: Pipeline | None = None, **options: Any) -> CleanResult:
    """The clean text with metadata, every removal and every fix, each with its reason."""
    p = _pipeline(pipeline, options)
    if isinstance(text, str) and is_html_document(text):
        return p.run_html(text)
    return p.run(text)


def clean_html(html: str | bytes | Any, *, pipeline: Pipeline | None = None, **options: Any) -> str:
    """The clean article text of an HTML page: ``str``, ``bytes`` (decoded by its declared
    charset, else detected) or a ``bs4.BeautifulSoup`` object (serialised and parsed again
    with lxml).  The page is read into text blocks that keep their markup's evidence
    (the element, headings, nav/aside/form/figure around them, class and id names,
    link density), which the classifier and the named cleaners weigh.

    >>> page = ("<!doctype html><html><head><title>Council meets</title></head><body>"
    ...         "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
    ...         "<article><h1>Council meets</h1><p>The council met on Monday to discuss the budget, "
    ...         "which rises by four per cent this year.</p><div class='newsletter'><p>Get our "
    ...         "morning briefing</p></div><p>The vote is next week, the leader said.</p></article>"
    ...         "<footer><p>© 2024 Herald</p></footer></body></html>")
    >>> r = clean_html_and_explain(page)
    >>> print(r.text)
    Council meets
    <BLANKLINE>
    The council met on Monday to discuss the budget, which rises by four per cent this year.
    <BLANKLINE>
    The vote is next week, the leader said.
    <BLANKLINE>
    >>> r.metadata.headline
    'Council meets'
    >>> [(x.code, x.text) for x in r.removals][:1]
    [('boilerplate.navigation', 'Home\\n\\nNews')]
    """
    return _pipeline(pipeline, options).run_html(html).text


def clean_html_and_explain(
    html: str | bytes | Any, *, pipeline: Pipeline | None = None, explain: bool = False, **options: Any
) -> CleanResult:
    """:func:`clean_html` with metadata (the page's declared headline, author, date and
    section first, then what the text says), every removal and every fix, each with its
    cleaner, code and reason; offsets and lines are in the page's text
    (:func:`articleclean.htmldoc.read_html`).  ``explain=True`` also says why kept lines stay."""
    return _pipeline(pipeline, options).run_html(html, explain=explain)
