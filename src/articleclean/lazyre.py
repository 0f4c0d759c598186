"""``re`` whose :func:`compile` waits for a pattern's first use, so that importing the library is fast.

The rules are regular expressions, most written at module level: compiling every one of them
when the package was imported cost more than half of a cold start, though one text needs only
some of them.  A module of the package that imports this one as ``re``::

    from . import lazyre as re

keeps its code as it is.  ``re.compile(pattern, flags)`` gives a :class:`LazyPattern`: its
``pattern`` and ``flags`` are there at once (for building other patterns from it), and it is
compiled the first time it is searched, by a cached function, so one pattern is compiled at most
once per process.  Each method it hands out is kept on it, so later calls go straight to the
compiled pattern.  It pickles and prints as the pattern it stands for.  The other names are
``re``'s own.

>>> p = compile(r"\\bcat\\b", IGNORECASE)
>>> p.pattern, p.search("A CAT.").group(), p
('\\\\bcat\\\\b', 'CAT', re.compile('\\\\bcat\\\\b', re.IGNORECASE))
>>> import pickle; pickle.loads(pickle.dumps(p)).sub("dog", "cat, cat")
'dog, dog'
"""

from __future__ import annotations

import functools
import re as _re
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    X,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
)
from typing import Any, AnyStr, cast

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "VERBOSE",
    "A",
    "I",
    "LazyPattern",
    "M",
    "Match",
    "Pattern",
    "S",
    "X",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
]  # fmt: skip


@functools.lru_cache(maxsize=1024)  # bounded, as re's own cache: a few patterns are made per text
def _compiled(pattern: str | bytes, flags: int) -> Pattern[Any]:
    return _re.compile(pattern, flags)


class LazyPattern:
    """A regular expression compiled on first use; see the module docstring."""

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = int(flags)

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not have yet: a method of the compiled pattern
        # (search, finditer, ...), or groups and groupindex.
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(_compiled(self.pattern, self.flags), name)
        self.__dict__[name] = value  # cached, as the compiled pattern is
        return value

    def compiled(self) -> Pattern[Any]:
        return _compiled(self.pattern, self.flags)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self.flags))

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return self.compiled() == other if isinstance(other, Pattern) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.compiled())


def compile(pattern: AnyStr | Pattern[AnyStr], flags: int = 0) -> Pattern[AnyStr]:
    """``re.compile``, compiled when first used (a pattern object is returned as it is)."""
    if isinstance(pattern, Pattern):
        return pattern
    if isinstance(pattern, LazyPattern):
        return cast("Pattern[AnyStr]", pattern)
    return cast("Pattern[AnyStr]", LazyPattern(pattern, flags))
