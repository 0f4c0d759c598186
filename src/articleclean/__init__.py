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
    """
    return _pipeline(pipeline, options).run(text).text


def clean_and_explain(text: str, *, pipeline: Pipeline | None = None, **options: Any) -> CleanResult:
    """The clean text with metadata, every removal and every fix, each with its reason."""
    return _pipeline(pipeline, options).run(text)
