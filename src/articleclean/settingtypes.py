"""A cleaner's settings: their types and defaults, read from its dataclass fields, and
values from a config file or ``--set`` checked against them before any work starts.

Numbers must be of the field's kind and 0 or more (a count, a length, a ratio or a
weight is never negative); a ``float`` setting takes an integer too.  TOML arrays
become the field's tuple or frozenset.

>>> from articleclean.cleaners.jobs import JobsCleaner
>>> check_value("jobs", "min_anchors", int, 3)
3
>>> check_value("jobs", "min_anchors", int, "3")
Traceback (most recent call last):
...
ValueError: cleaners.jobs.min_anchors must be a whole number, 0 or more, not '3' (a string)
>>> [(s.name, s.kind, s.default) for s in cleaner_settings(JobsCleaner)][:2]
[('min_anchors', 'integer >= 0', 2), ('title_lines', 'integer >= 0', 3)]
"""

from __future__ import annotations

import dataclasses
import math
import typing
from collections.abc import Mapping
from typing import Any, NamedTuple

__all__ = ["Setting", "check_cleaner_table", "check_value", "cleaner_settings", "describe"]


class Setting(NamedTuple):
    name: str
    hint: Any
    kind: str
    default: Any


def _hints(factory: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(factory)
    except Exception:
        return {}


def cleaner_settings(factory: Any) -> list[Setting]:
    """The settings of a cleaner class (its dataclass fields), with a readable type and default."""
    if not dataclasses.is_dataclass(factory):
        return []
    hints = _hints(factory)
    out = []
    for f in dataclasses.fields(factory):
        default = f.default if f.default is not dataclasses.MISSING else (
            f.default_factory() if f.default_factory is not dataclasses.MISSING else None)
        hint = hints.get(f.name, Any)
        out.append(Setting(f.name, hint, describe(hint), default))
    return out


def describe(hint: Any) -> str:
    """A type hint in words.

    >>> describe(bool), describe(float), describe(tuple[int, int]), describe(frozenset[str])
    ('true or false', 'number >= 0', 'array of 2 integers >= 0', 'array of strings')
    """
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is bool:
        return "true or false"
    if hint is int:
        return "integer >= 0"
    if hint is float:
        return "number >= 0"
    if hint is str:
        return "string"
    if origin in (tuple, frozenset, set, list):
        if origin is tuple and args and args[-1] is not Ellipsis:
            inner = {describe(a) for a in args}
            if len(inner) == 1:
                return f"array of {len(args)} {_plural(inner.pop())}"
            return "array of " + ", ".join(describe(a) for a in args)
        return f"array of {_plural(describe(args[0]) if args else 'values')}"
    return getattr(hint, "__name__", str(hint))


def _plural(kind: str) -> str:
    head, sep, rest = kind.partition(" ")
    return f"{head}s{sep}{rest}" if not head.endswith("s") else kind


def _what(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, Mapping):
        return "a table"
    return type(value).__name__


def check_value(cleaner: str, key: str, hint: Any, value: Any) -> Any:
    """``value`` as the setting's type, or :class:`ValueError` naming ``cleaners.CLEANER.KEY``."""

    def bad(expected: str) -> ValueError:
        return ValueError(f"cleaners.{cleaner}.{key} must be {expected}, not {value!r} ({_what(value)})")

    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is bool:
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise bad("a whole number, 0 or more")
        return value
    if hint is float:
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) or value < 0:
            raise bad("a number, 0 or more")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise bad("a string")
        return value
    if origin in (tuple, frozenset, set, list):
        if not isinstance(value, (list, tuple)):
            raise bad(f"an {describe(hint)}")
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(value) != len(args):
                raise bad(f"an {describe(hint)}")
            items = [check_value(cleaner, f"{key}[{i}]", a, v) for i, (a, v) in enumerate(zip(args, value))]
        else:
            inner = args[0] if args else Any
            items = [check_value(cleaner, f"{key}[{i}]", inner, v) for i, v in enumerate(value)]
        return frozenset(items) if origin in (frozenset, set) else tuple(items) if origin is tuple else items
    return value


def check_cleaner_table(cleaner: str, factory: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """One cleaner's settings from config, each checked; :class:`ValueError` names the first bad key."""
    known = {s.name: s for s in cleaner_settings(factory)}
    out = {}
    for key, value in values.items():
        if dataclasses.is_dataclass(factory) and key not in known:
            raise ValueError(f"cleaners.{cleaner}.{key}: cleaner {cleaner!r} has no setting {key!r}; known: {', '.join(known)}")
        out[key] = check_value(cleaner, key, known[key].hint, value) if key in known else value
    return out
