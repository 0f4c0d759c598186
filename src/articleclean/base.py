"""The cleaner protocol and a small base class for configurable cleaners.

A cleaner is any object with a ``name`` and an ``apply(doc) -> Document``
method.  It must be a pure function of the document (no state kept between
calls) and picklable, so that a pipeline can be shipped to worker processes.
A cleaner whose decision for a line depends on that line's text alone may say
so with ``line_local = True``: when the pipeline settles, it is then rerun
only after an edit, not after another cleaner removed lines.

Write your own by subclassing :class:`BaseCleaner` — a frozen dataclass whose
fields are the cleaner's configuration:

>>> from dataclasses import dataclass
>>> from articleclean.document import Document
>>> @dataclass(frozen=True)
... class DropShouting(BaseCleaner):
...     name = "shouting"
...     min_chars: int = 8
...     def apply(self, doc):
...         ch = doc.changes(self.name)
...         for b in doc.live():
...             if len(b.text) >= self.min_chars and b.text.isupper():
...                 ch.remove([b.index], code="label.shouting", reason="all-caps line")
...         return ch.commit()
>>> DropShouting().apply(Document.from_text("READ THIS NOW\\nA calm line.")).text()
'A calm line.'
>>> DropShouting().configure(min_chars=99).min_chars
99
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar, Protocol, runtime_checkable

from .document import Document

__all__ = ["BaseCleaner", "Cleaner", "is_line_local"]


@runtime_checkable
class Cleaner(Protocol):
    """What a pipeline needs of a cleaner."""

    @property
    def name(self) -> str:
        """The cleaner's name (read-only here, so a class attribute such as :attr:`BaseCleaner.name` satisfies it)."""
        ...

    def apply(self, doc: Document) -> Document:
        """Return a new document with this cleaner's decisions added."""
        ...


def is_line_local(cleaner: Cleaner) -> bool:
    """Does ``cleaner`` decide each line from its own text alone (optional ``line_local`` attribute)?"""
    return bool(getattr(cleaner, "line_local", False))


@dataclasses.dataclass(frozen=True)
class BaseCleaner:
    """Base for cleaners whose dataclass fields are their (immutable) configuration."""

    name: ClassVar[str] = "base"
    description: ClassVar[str] = ""
    line_local: ClassVar[bool] = False  # True: each line's decision depends on its own text only

    def apply(self, doc: Document) -> Document:  # pragma: no cover - abstract
        raise NotImplementedError

    def configure(self, **overrides: Any) -> BaseCleaner:
        """A copy with some settings changed; unknown settings raise ``TypeError``."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = set(overrides) - known
        if unknown:
            raise TypeError(
                f"cleaner {self.name!r} has no setting(s) {sorted(unknown)}; known: {sorted(known)}"
            )
        return dataclasses.replace(self, **overrides)

    def settings(self) -> dict[str, Any]:
        """The current configuration as a plain dict."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
