"""Fast matchers built from patterns written once (issue 13.2: the prefilter is generated, never
kept by hand).

- :func:`word_trie` turns a list of words into one regular expression whose alternatives share
  their prefixes, so a search tests one character class at a position instead of every word.
- :func:`first_chars` reads a pattern's syntax tree for the characters a match can start with;
  :class:`FirstCharIndex` uses it to try, on a text, only the patterns that can match there.

Both only ever narrow what is tried; the patterns themselves decide. Pure, no state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

try:  # the regular-expression parser of Python 3.11 and later
    from re import _constants as _k  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _k
    import sre_parse as _p

__all__ = ["FirstCharIndex", "first_chars", "word_trie"]


def word_trie(words: Iterable[str]) -> str:
    """One regular expression for ``words`` (matched literally) that shares their prefixes; at
    a position it matches the longest of the words that starts there, as the alternation of
    the words longest first does.

    >>> word_trie(["sub", "subscribe", "sign up"])
    's(?:ign\\\\ up|ub(?:scribe)?)'
    >>> re.findall(word_trie(["sub", "subscribe", "sign up"]), "subscribe or sub, sign up")
    ['subscribe', 'sub', 'sign up']
    >>> word_trie([])
    '(?!)'
    """
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie) if trie else "(?!)"


def _trie_pattern(node: dict) -> str:
    ends = "" in node
    children = sorted(k for k in node if k)
    parts = []
    for ch in children:
        sub = node[ch]
        parts.append(re.escape(ch) + (_trie_pattern(sub) if set(sub) != {""} else ""))
    if not parts:
        return ""
    # children start with different characters: at most one of them can go on, and the greedy
    # "?" tries the longer word before the end here
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends:
        return (body if len(parts) > 1 else f"(?:{body})") + "?"
    return body


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or ``None`` when it cannot tell
    (a class such as ``\\w``, ``.``, a negated set, a pattern that can match the empty string, a
    case-blind part with a letter outside ASCII).

    >>> sorted(first_chars(r"(?:read|see) more"))
    ['r', 's']
    >>> sorted(first_chars(r"(?i:by) \\w+"))
    ['B', 'b']
    >>> first_chars(r"\\w+") is None, first_chars(r"(?:x)?y") == frozenset("xy"), first_chars("a*") is None
    (True, True, True)
    """
    parsed = _p.parse(pattern)
    found, nullable = _first(parsed.data, parsed.state.flags)
    if found is None or nullable:
        return None
    return frozenset(found)


def _first(seq: Iterable, flags: int) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in seq:
        found, nullable = _first_op(op, av, flags)
        if found is None:
            return None, False
        out |= found
        if not nullable:
            return out, False
    return out, True


def _cased(chars: set[str], flags: int) -> set[str] | None:
    if not flags & re.IGNORECASE:
        return chars
    if any(not c.isascii() for c in chars):
        return None  # case-blind matching outside ASCII folds in ways not worth copying here
    return chars | {c.lower() for c in chars} | {c.upper() for c in chars}


_MAX_RANGE_CHARS = 256  # characters: a class's range narrower than this is spelled out; a wider one gives no first-character set


def _first_op(op: object, av: Any, flags: int) -> tuple[set[str] | None, bool]:
    if op is _k.LITERAL:
        return _cased({chr(av)}, flags), False
    if op is _k.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _k.LITERAL:
                chars.add(chr(a))
            elif o is _k.RANGE and a[1] - a[0] < _MAX_RANGE_CHARS:
                chars.update(map(chr, range(a[0], a[1] + 1)))
            else:
                return None, False  # a negation, a category (\w, \d), a wide range
        return _cased(chars, flags), False
    if op is _k.SUBPATTERN:
        _group, add, drop, sub = av
        return _first(sub, (flags | add) & ~drop)
    if op is _k.BRANCH:
        out: set[str] = set()
        nullable = False
        for alt in av[1]:
            found, empty = _first(alt, flags)
            if found is None:
                return None, False
            out |= found
            nullable = nullable or empty
        return out, nullable
    if op in (_k.MAX_REPEAT, _k.MIN_REPEAT, getattr(_k, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        found, empty = _first(sub, flags)
        return (None, False) if found is None else (found, empty or low == 0)
    if op is getattr(_k, "ATOMIC_GROUP", None):
        return _first(av, flags)
    if op in (_k.AT, _k.ASSERT, _k.ASSERT_NOT):
        return set(), True  # takes no character (an anchor, a look-around)
    return None, False  # anything else (., a group reference, a conditional): any character


class FirstCharIndex:
    """For patterns in a fixed order, the ones that can match a text starting with a given
    character (in order): a text's first character picks a few of many patterns.

    >>> idx = FirstCharIndex([r"read more", r"\\d+ comments", r"(?:see|read) also"])
    >>> idx.candidates("read also"), idx.candidates("12 comments"), idx.candidates("")
    ((0, 1, 2), (1,), (1,))
    >>> idx.candidates("see also"), idx.candidates("é"), idx.candidates("“")
    ((1, 2), (0, 1, 2), (1,))
    >>> FirstCharIndex([r"read more", None, r"\\d+"]).candidates("read more")
    (0, 2)
    """

    def __init__(self, patterns: Sequence[str | None]) -> None:
        # (a pattern given as None is never a candidate: its place keeps the others' indices)
        live = [i for i, p in enumerate(patterns) if p is not None]
        sets = {i: first_chars(p) for i, p in enumerate(patterns) if p is not None}
        self._any = tuple(i for i in live if sets[i] is None)
        chars = {c for s in sets.values() if s is not None for c in s}
        self._by_char = {c: tuple(i for i in live if (s := sets[i]) is None or c in s) for c in chars}
        # a character with a case outside ASCII may fold onto a pattern's character: try every pattern
        self._all = tuple(live)

    def candidates(self, text: str) -> tuple[int, ...]:
        """The indices of the patterns that can match at the start of ``text``, in order."""
        c = text[:1]
        found = self._by_char.get(c)
        if found is not None:
            return found
        if c and not c.isascii() and c.lower() != c.upper():
            return self._all
        return self._any
