"""Names to cleaner factories, so pipelines can be built from a list of names.

A :class:`Registry` is an immutable value: extending it returns a new one.

>>> reg = default_registry()
>>> reg.create("duplicates", min_words=8).min_words
8
>>> "jobs" in reg.names()
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .base import Cleaner
from .cleaners import (
    BoilerplateCleaner,
    CaptionCleaner,
    DuplicateCleaner,
    FurnitureCleaner,
    JobsCleaner,
    LabelCleaner,
    MetadataCleaner,
    NewsletterCleaner,
    PromoCleaner,
    RelatedCleaner,
    WhitespaceCleaner,
)
from .fixers.encoding import EncodingCleaner
from .fixers.typos import TypoCleaner

__all__ = ["DEFAULT_ORDER", "Registry", "default_registry"]

Factory = Callable[..., Cleaner]

# The default pipeline, in order: layout fixes first, block removals next,
# metadata last (it looks at what is left at the top of the text).
DEFAULT_ORDER: tuple[str, ...] = (
    "encoding",
    "whitespace",
    "newsletter",
    "jobs",
    "promo",
    "related",
    "captions",
    "furniture",
    "labels",
    "boilerplate",
    "duplicates",
    "typos",
    "metadata",
)

_BUILTIN: tuple[Factory, ...] = (
    EncodingCleaner,
    WhitespaceCleaner,
    NewsletterCleaner,
    JobsCleaner,
    PromoCleaner,
    RelatedCleaner,
    CaptionCleaner,
    FurnitureCleaner,
    LabelCleaner,
    DuplicateCleaner,
    TypoCleaner,
    MetadataCleaner,
    BoilerplateCleaner,  # generic classifier, usable by name (see DEFAULT_ORDER)
)


@dataclass(frozen=True)
class Registry:
    """An immutable mapping of cleaner names to factories (usually cleaner classes)."""

    entries: tuple[tuple[str, Factory], ...] = ()

    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.entries)

    def factory(self, name: str) -> Factory:
        for n, f in self.entries:
            if n == name:
                return f
        raise KeyError(f"unknown cleaner {name!r}; known: {', '.join(self.names())}")

    def create(self, name: str, **settings: Any) -> Cleaner:
        """A new cleaner of that name, with settings overriding its defaults."""
        return self.factory(name)(**settings)

    def with_cleaner(self, factory: Factory, name: str | None = None) -> Registry:
        """A registry that also knows ``factory`` (replacing one of the same name)."""
        key = name or getattr(factory, "name", None)
        if not isinstance(key, str) or not key:
            raise ValueError("a cleaner factory needs a name (a 'name' attribute or the name argument)")
        rest = tuple((n, f) for n, f in self.entries if n != key)
        return Registry((*rest, (key, factory)))

    @classmethod
    def of(cls, factories: Iterable[Factory]) -> Registry:
        reg = cls()
        for f in factories:
            reg = reg.with_cleaner(f)
        return reg


def default_registry() -> Registry:
    """The registry of every built-in cleaner."""
    return Registry.of(_BUILTIN)
