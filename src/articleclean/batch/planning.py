"""Planning a batch: the inputs found (files, folders, globs) and the output each one goes to."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..inputs import not_a_file, unreadable_dirs
from .common import STDIN_NAME, UsageError


# -- planning ----------------------------------------------------------------
@dataclass(frozen=True)
class Source:
    """One input: a file (``path``) or stdin (``path is None``); ``rel`` is where it goes under ``-o DIR``."""

    name: str
    path: Path | None = None
    rel: Path | None = None
    error: str | None = None  # set when the input cannot even be listed


@dataclass(frozen=True)
class Target:
    """Where a source's output goes: a file, or stdout when ``path is None``."""

    path: Path | None = None

    @property
    def is_stdout(self) -> bool:
        return self.path is None


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def discover(inputs: Iterable[str], *, glob: str = "*", exclude: Path | None = None) -> tuple[list[Source], list[str]]:
    """The sources named by ``inputs`` (files, directories searched recursively for
    ``glob``, ``-`` for stdin), and warnings.  Hidden files and directories, and
    anything under ``exclude`` (the output directory), are left out; a path that
    does not exist becomes a source with an error, so the rest of the batch goes on."""
    sources: list[Source] = []
    warnings: list[str] = []
    seen: set[Path] = set()
    excluded = exclude.resolve() if exclude is not None else None
    for arg in inputs:
        if arg == "-":
            sources.append(Source(STDIN_NAME))
            continue
        p = Path(arg)
        if p.is_dir():
            found = 0
            root = p.resolve()
            # Leave out an output directory inside this input directory (earlier outputs).
            skip_under = excluded if excluded is not None and root in excluded.parents else None
            for f in sorted(p.rglob(glob)):
                rel = f.relative_to(p)
                if _hidden(rel):
                    continue
                real = f.resolve()
                if skip_under is not None and skip_under in real.parents:
                    continue
                problem = not_a_file(f)
                if problem is not None:  # a broken link, a FIFO: named, not skipped
                    found += 1
                    sources.append(Source(str(f), f, rel, error=problem))
                    continue
                if not f.is_file():
                    continue
                found += 1
                if real not in seen:
                    seen.add(real)
                    sources.append(Source(str(f), f, rel))
            def skipped(d: Path, root: Path = p, under: Path | None = skip_under) -> bool:
                return _hidden(d.relative_to(root)) or (under is not None and d.resolve() == under)

            for d, why in unreadable_dirs(p, skipped):
                found += 1
                sources.append(Source(str(d), d, d.relative_to(p), error=why))
            if not found:
                warnings.append(f"{arg}: no files matching {glob!r}")
        elif p.exists():
            real = p.resolve()
            if real not in seen:
                seen.add(real)
                sources.append(Source(arg, p, Path(p.name)))
        else:
            reason = "broken symbolic link" if p.is_symlink() else "no such file or directory"
            sources.append(Source(arg, p, Path(p.name), error=reason))
    return sources, warnings


def plan(
    sources: list[Source],
    *,
    output: str | None,
    in_place: bool = False,
    jsonl: bool = False,
    any_dir_input: bool = False,
) -> list[tuple[Source, Target]]:
    """Where each source's output goes; raises :class:`UsageError` for unsafe or ambiguous plans.

    Without ``-o``, one input goes to stdout (JSON Lines from several inputs
    too, one after the other).  ``-o`` names a directory mirroring the input
    tree when it is an existing directory, ends with a slash, or there are
    several text inputs; otherwise it names one output file.
    """
    if in_place and output:
        raise UsageError("give -o or --in-place, not both")
    if in_place:
        if any(s.path is None for s in sources):
            raise UsageError("stdin (-) cannot be cleaned in place")
        return [(s, Target(s.path)) for s in sources]
    if output is None:
        if not jsonl and (len(sources) > 1 or any_dir_input):
            raise UsageError("several inputs need -o DIR (or --in-place); one input goes to stdout")
        return [(s, Target()) for s in sources]
    if output == "-":
        if not jsonl and len(sources) > 1:
            raise UsageError("several text inputs cannot all go to stdout; give -o DIR")
        return [(s, Target()) for s in sources]
    out = Path(output)
    as_dir = out.is_dir() or output.endswith(("/", os.sep)) or (not jsonl and (len(sources) > 1 or any_dir_input))
    inputs = {s.path.resolve(): s for s in sources if s.path is not None and s.error is None}
    pairs: list[tuple[Source, Target]] = []
    taken: dict[Path, Source] = {}
    for s in sources:
        if as_dir:
            if s.path is None:
                raise UsageError("stdin (-) cannot go to an output directory; give -o FILE or no -o")
            target = out / (s.rel or Path(s.path.name))
        else:
            if not jsonl and len(sources) > 1:  # pragma: no cover - as_dir is forced above
                raise UsageError("several text inputs need -o DIR")
            target = out
        real = target.resolve()
        if real in inputs:
            raise UsageError(f"{inputs[real].name}: the output would overwrite this input; use --in-place to do that")
        if as_dir and real in taken:
            raise UsageError(f"{s.name} and {taken[real].name} would both be written to {target}")
        taken[real] = s
        pairs.append((s, Target(target)))
    return pairs


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: equal once resolved, or hard links to one file."""
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return False


def check_report(report: str | Path, pairs: list[tuple[Source, Target]]) -> None:
    """Raise :class:`UsageError` if the ``--report`` file would be written over an
    input or over any output of the plan (it is written last, so it would win)."""
    path = Path(report)
    if path.is_dir():
        raise UsageError(f"--report {report}: is a directory; give a file name")
    for source, target in pairs:
        if source.path is not None and _same_file(path, source.path):
            raise UsageError(f"--report {report} would overwrite the input {source.name}")
        if target.path is not None and _same_file(path, target.path):
            raise UsageError(f"--report {report} would overwrite the output {target.path} (of {source.name}); give another report file")
