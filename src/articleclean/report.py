"""The ``--report`` file, written as outcomes arrive so that an interrupted run keeps it.

Each row goes twice: into the report itself, an :class:`~articleclean.batch.AtomicFile`
that appears under its name only when the run ends, and into a sidecar
``REPORT.partial`` beside it, appended and flushed row by row.  When the run
ends the report is committed and the sidecar removed; when it is interrupted
(Ctrl-C, SIGTERM, a crash) the report's temporary file is dropped and the
sidecar stays, with a row for every document finished so far.

A resumed run (``--skip-existing``) reads the rows of the sidecar (or, if there
is none, of the report an earlier run finished), starts a new sidecar with them,
and puts an input's earlier rows into the new report where that input is skipped
because its output exists, so the final report has a row per output.  A skipped
input with no earlier row gets a row saying so (``"skipped"``).  A JSON Lines input resumed
part-way (``--resume``) gets its earlier rows up to the line it resumes after, then its new ones.

>>> import tempfile
>>> d = Path(tempfile.mkdtemp())
>>> r = ReportWriter(d / "r.jsonl")
>>> r.row({"input": "a.txt"})
>>> sorted(p.name for p in d.iterdir() if not p.name.startswith("."))
['r.jsonl.partial']
>>> Path(r.abort()).name
'r.jsonl.partial'
>>> r = ReportWriter(d / "r.jsonl", resume=True)
>>> r.skipped("a.txt"); r.skipped("b.txt"); r.commit()
>>> (d / "r.jsonl").read_text().splitlines()
['{"input": "a.txt"}', '{"input": "b.txt", "skipped": "output exists; no earlier report row"}']
>>> sorted(p.name for p in d.iterdir())
['r.jsonl']
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

__all__ = ["ReportWriter", "partial_path"]

NO_EARLIER_ROW = "output exists; no earlier report row"


def partial_path(report: Path) -> Path:
    """The sidecar of a report: ``REPORT.partial`` beside it."""
    return report.with_name(report.name + ".partial")


def _earlier_rows(path: Path) -> dict[str, list[bytes]]:
    """The rows of an earlier report or sidecar by input name.  An input whose rows
    appear in several runs (a JSONL file redone after an interrupt) keeps its last run."""
    rows: dict[str, list[bytes]] = {}
    last: tuple[Any, Any] = (None, None)
    try:
        with open(path, "rb") as f:
            for line in f:
                try:
                    entry = json.loads(line)
                    name, number = entry["input"], entry.get("line")
                except (ValueError, KeyError, TypeError, AttributeError):
                    continue  # a torn last line of a killed run, or not a report row
                if not line.endswith(b"\n"):
                    line += b"\n"
                # A new run of rows for an input (another input came between, its line numbers
                # start again, or a second row for a file) replaces an older one.
                prev = last[1]
                second_file_row = number is None and prev is None
                lines_restart = number is not None and prev is not None and number <= prev
                again = second_file_row or lines_restart
                if name != last[0] or again:
                    rows[name] = []
                last = (name, number)
                rows[name].append(line)
    except OSError:
        return {}
    return rows


def _line(row: bytes) -> Any:
    try:
        return json.loads(row).get("line")
    except (ValueError, AttributeError):
        return None


class ReportWriter:
    """The report of one run; see the module docstring."""

    def __init__(self, path: str | Path, *, resume: bool = False) -> None:
        from .batch import AtomicFile  # batch imports this module

        self.path = Path(path)
        self.partial = partial_path(self.path)
        earlier: dict[str, list[bytes]] = {}
        if resume:
            earlier = _earlier_rows(self.partial if self.partial.exists() else self.path)
        self._earlier = earlier
        self._final = AtomicFile(self.path)
        # The new sidecar starts with the earlier rows and replaces the old one in one step,
        # so no moment loses them.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.partial.name}.", suffix=".tmp", dir=self.path.parent)
        self._side: BinaryIO = os.fdopen(fd, "wb")
        try:
            for lines in earlier.values():
                self._side.writelines(lines)
            self._side.flush()
            os.replace(tmp, self.partial)
        except BaseException:
            self._side.close()
            Path(tmp).unlink(missing_ok=True)
            self._final.discard()
            raise

    def row(self, entry: dict[str, Any]) -> None:
        """One document's row."""
        self._write((json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8", "surrogatepass"), side=True)

    def skipped(self, name: str) -> None:
        """An input skipped because its output exists: its rows from the earlier run
        (already in the sidecar), or a row saying there were none."""
        lines = self._earlier.get(name)
        if lines:
            for line in lines:
                self._write(line, side=False)
        else:
            self.row({"input": name, "skipped": NO_EARLIER_ROW})

    def resumed(self, name: str, line: int) -> None:
        """A JSON Lines input resumed after its line ``line``: its earlier rows up to that line,
        or a row saying there were none.  They go into the sidecar again too, as the start of
        this run's rows for the input, so that a second interrupt keeps them."""
        lines = [row for row in self._earlier.get(name, []) if (_line(row) or 0) <= line]
        if lines:
            for row in lines:
                self._write(row, side=True)
        elif line:
            self.row({"input": name, "lines": [1, line], "skipped": f"lines 1-{line} were cleaned by an earlier run; no earlier report row"})

    def _write(self, data: bytes, *, side: bool) -> None:
        self._final.write(data)
        if side:
            self._side.write(data)
            self._side.flush()

    def commit(self) -> None:
        """The run ended: the report appears under its name, the sidecar goes."""
        self._final.commit()
        self._side.close()
        self.partial.unlink(missing_ok=True)

    def abort(self) -> str:
        """The run was interrupted: drop the report's temporary file, keep the sidecar;
        returns the sidecar's name for a message."""
        self._final.discard()
        self._side.close()
        return str(self.partial)
