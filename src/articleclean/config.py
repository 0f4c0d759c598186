"""Settings for the command line: TOML files, their precedence, and the pipeline they build.

Settings come in layers, later ones winning key by key: the defaults, the
``[tool.articleclean]`` table of the nearest ``pyproject.toml`` that has one
(searched upward from the working directory), a ``--config FILE``, then the
command line.  Per-cleaner settings merge setting by setting.

>>> s = merge(Settings(), Settings(skip=("duplicates",), cleaners={"jobs": {"min_anchors": 3}}))
>>> s = merge(s, Settings(cleaners={"jobs": {"max_gap_lines": 2}}))
>>> p = build_pipeline(s)
>>> "duplicates" in p.names, p.get("jobs").min_anchors, p.get("jobs").max_gap_lines
(False, 3, 2)
>>> parse_settings({"only": "jobs, whitespace", "typos": False}).only
('jobs', 'whitespace')
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from dataclasses import field as _field
from pathlib import Path
from typing import Any

from .pipeline import Pipeline
from .records import ON_ERROR
from .registry import DEFAULT_ORDER, Registry, default_registry
from .settingtypes import check_cleaner_table

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

__all__ = [
    "ConfigError",
    "Settings",
    "build_pipeline",
    "check_cleaners",
    "find_pyproject",
    "load_file",
    "merge",
    "parse_settings",
    "split_names",
]

TYPOS = "typos"


class ConfigError(ValueError):
    """A setting that cannot be used: unknown key, wrong type, unknown cleaner."""


@dataclass(frozen=True)
class Settings:
    """One layer of settings; ``None`` means "not set in this layer"."""

    only: tuple[str, ...] | None = None
    skip: tuple[str, ...] | None = None
    typos: bool | None = None
    cleaners: Mapping[str, Mapping[str, Any]] = _field(default_factory=dict)
    field: str | None = None
    out_field: str | None = None
    on_error: str | None = None
    id_field: str | None = None
    glob: str | None = None
    workers: int | None = None  # worker processes; 0 = one per CPU (not "jobs": that is a cleaner)
    max_bytes: int | None = None
    source: str = "defaults"


_KEYS = {f.name.replace("_", "-"): f.name for f in fields(Settings) if f.name not in ("source",)}
_KEYS.update({f.name: f.name for f in fields(Settings) if f.name != "source"})


def split_names(value: str | Iterable[str]) -> tuple[str, ...]:
    """Cleaner names from a comma-separated string or a list.

    >>> split_names("jobs, promo,,")
    ('jobs', 'promo')
    """
    if not isinstance(value, (str, list, tuple)):
        raise ConfigError(f"cleaner names must be a string or an array of strings, not {value!r}")
    items = value.split(",") if isinstance(value, str) else list(value)
    out = []
    for item in items:
        if not isinstance(item, str):
            raise ConfigError(f"cleaner names must be strings, not {item!r}")
        if item.strip():
            out.append(item.strip())
    return tuple(out)


def _freeze(value: Any) -> Any:
    # TOML arrays become tuples so that cleaner settings stay hashable and immutable.
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def check_cleaners(table: Mapping[str, Any], source: str, registry: Registry | None = None) -> dict[str, dict[str, Any]]:
    """Per-cleaner settings, each checked against its cleaner's field type and range
    (:mod:`articleclean.settingtypes`); a :class:`ConfigError` names the source and key."""
    reg = registry or default_registry()
    out: dict[str, dict[str, Any]] = {}
    for cleaner, values in table.items():
        if not isinstance(values, Mapping):
            raise ConfigError(f"{source}: 'cleaners' must hold one table per cleaner, e.g. [cleaners.jobs]")
        values = {k: _freeze(v) for k, v in values.items()}
        if cleaner in reg.names():
            try:
                values = check_cleaner_table(cleaner, reg.factory(cleaner), values)
            except ValueError as e:
                raise ConfigError(f"{source}: {e}") from e
        out[cleaner] = values
    return out


def parse_settings(table: Mapping[str, Any], source: str = "settings", registry: Registry | None = None) -> Settings:
    """A :class:`Settings` layer from a TOML table, checking keys, types and ranges."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = _KEYS.get(key)
        if name is None:
            if key in (registry or default_registry()).names():
                worker = "; 'workers' is the worker count" if key == "jobs" else ""
                raise ConfigError(f"{source}: {key!r} is a cleaner; its settings go in a [cleaners.{key}] table "
                                  f"([tool.articleclean.cleaners.{key}] in pyproject.toml){worker}")
            known = ", ".join(sorted(k for k in _KEYS if "_" not in k))
            raise ConfigError(f"{source}: unknown setting {key!r}; known: {known}")
        if name in ("only", "skip"):
            try:
                values[name] = split_names(value)
            except ConfigError as e:
                raise ConfigError(f"{source}: {key!r}: {e}") from e
        elif name == "typos":
            if not isinstance(value, bool):
                raise ConfigError(f"{source}: 'typos' must be true or false, not {value!r}")
            values[name] = value
        elif name == "workers":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"{source}: 'workers' must be an integer, 0 (one per CPU) or more, not {value!r}")
            values[name] = value
        elif name == "max_bytes":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"{source}: {key!r} must be a positive integer, not {value!r}")
            values[name] = value
        elif name == "on_error":
            if value not in ON_ERROR:
                raise ConfigError(f"{source}: {key!r} must be one of {', '.join(ON_ERROR)}, not {value!r}")
            values[name] = value
        elif name in ("field", "out_field", "glob", "id_field"):
            if not isinstance(value, str) or not value:
                raise ConfigError(f"{source}: {key!r} must be a non-empty string, not {value!r}")
            values[name] = value
        elif name == "cleaners":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{source}: 'cleaners' must hold one table per cleaner, e.g. [cleaners.jobs]")
            values[name] = check_cleaners(value, source, registry)
    return Settings(**values, source=source)


def load_file(path: str | Path) -> Settings:
    """Settings from a TOML file: its ``[tool.articleclean]`` table if it has one, else its top level."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        raise ConfigError(f"cannot read config {path}: {e.strerror or e}") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from e
    tool = data.get("tool", {})
    if isinstance(tool, Mapping) and "articleclean" in tool:
        return parse_settings(tool["articleclean"], f"{path} [tool.articleclean]")
    if path.name == "pyproject.toml":
        return Settings(source=str(path))
    return parse_settings(data, str(path))


def find_pyproject(start: str | Path | None = None) -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.articleclean]`` table, from ``start`` upward."""
    here = Path(start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        candidate = d / "pyproject.toml"
        if candidate.is_file():
            try:
                with open(candidate, "rb") as f:
                    data = tomllib.load(f)
            except (OSError, tomllib.TOMLDecodeError):
                continue
            tool = data.get("tool", {})
            if isinstance(tool, Mapping) and "articleclean" in tool:
                return candidate
    return None


def merge(base: Settings, over: Settings) -> Settings:
    """``over`` wins key by key; per-cleaner settings merge setting by setting."""
    changes: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in ("cleaners", "source"):
            continue
        value = getattr(over, f.name)
        if value is not None:
            changes[f.name] = value
    cleaners = {name: dict(s) for name, s in base.cleaners.items()}
    for name, s in over.cleaners.items():
        cleaners.setdefault(name, {}).update(s)
    return replace(base, **changes, cleaners=cleaners, source=over.source)


def _check_names(names: Iterable[str], registry: Registry, what: str) -> None:
    known = registry.names()
    for n in names:
        if n not in known:
            raise ConfigError(f"{what}: unknown cleaner {n!r}; known: {', '.join(known)}")


def build_pipeline(settings: Settings, registry: Registry | None = None) -> Pipeline:
    """The pipeline these settings ask for.

    ``only`` picks cleaners (kept in the default order), ``skip`` drops some,
    ``typos=False`` drops the ``typos`` cleaner if this version has one and
    ``typos=True`` adds it if it is registered but not on by default; then
    per-cleaner settings are applied to the cleaners that remain.
    """
    reg = registry or default_registry()
    known = reg.names()

    def order(name: str) -> tuple[int, int]:
        return (DEFAULT_ORDER.index(name), 0) if name in DEFAULT_ORDER else (len(DEFAULT_ORDER), known.index(name))

    if settings.only is not None:
        _check_names(settings.only, reg, "only")
        names = sorted(set(settings.only), key=order)
    else:
        names = [n for n in DEFAULT_ORDER if n in known]
    if settings.typos is True and TYPOS in known and TYPOS not in names:
        names = sorted([*names, TYPOS], key=order)
    elif settings.typos is False and TYPOS in names:
        names.remove(TYPOS)
    if settings.skip:
        _check_names(settings.skip, reg, "skip")
        names = [n for n in names if n not in settings.skip]
    _check_names(settings.cleaners, reg, "cleaner settings")
    pipeline = Pipeline.from_names(names, registry=reg)
    for name, values in settings.cleaners.items():
        if name in pipeline.names and values:
            try:
                pipeline = pipeline.configure(name, **values)
            except TypeError as e:
                raise ConfigError(f"cleaner settings: {e}") from e
    return pipeline
