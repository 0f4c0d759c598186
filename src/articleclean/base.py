"""The cleaner protocol and a small base class for configurable cleaners.

A cleaner is any object with a ``name`` and an ``apply(doc) -> Document``
method.  It must be a pure function of the document (no state kept between
calls) and picklable, so that a pipeline can be shipped to worker processes.

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
'A calm line.\\n'
>>> DropShouting().configure(min_chars=99).min_chars
99
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar, Protocol, runtime_checkable

from .document import Document

__all__ = ["BaseCleaner", "Cleaner"]


@runtime_checkable
class Cleaner(Protocol):
    """What a pipeline needs of a cleaner."""

    name: str

    def apply(self, doc: Document) -> Document:
        """Return a new document with this cleaner's decisions added."""
        ...


@dataclasses.dataclass(frozen=True)
class BaseCleaner:
    """Base for cleaners whose dataclass fields are their (immutable) configuration."""

    name: ClassVar[str] = "base"
    description: ClassVar[str] = ""

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
