"""Batch cleaning: finding inputs, reading and decoding them, atomic writes, streamed JSONL.

The command line (:mod:`articleclean.cli`) only parses arguments; everything
that touches files lives here, so that it can be used and tested on its own.

Guarantees:

* every output file is written atomically: a hidden temporary file in the
  same directory, flushed and fsynced, then ``os.replace``-d over the final
  name, so an interrupted run leaves either the old file, the complete new
  one, or nothing — never half a file;
* an input is never written over unless the plan says so (``--in-place``);
* one bad input (or one bad JSONL line) is reported with its name (and line
  number) and the rest of the batch is still processed;
* JSON Lines are streamed: read a line at a time, cleaned in bounded batches,
  written a line at a time, so memory does not grow with the file.

>>> text, warnings = decode_bytes("café".encode("cp1252"))
>>> text, warnings[0].startswith("not valid UTF-8")
('café', True)
>>> decode_bytes(b"\\x00\\x01\\x02")
Traceback (most recent call last):
...
articleclean.batch.InputError: binary file (it contains NUL bytes); not cleaned
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys
import tempfile
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO, NamedTuple

from .htmltext import html_to_text, looks_like_html
from .inputs import not_a_file, unreadable_dirs
from .pipeline import CleanResult, Pipeline
from .records import describe_failed, record_id, settle_failed
from .report import ReportWriter

__all__ = [
    "AtomicFile",
    "BatchOptions",
    "InputError",
    "Outcome",
    "Source",
    "Summary",
    "Target",
    "UsageError",
    "check_report",
    "decode_bytes",
    "discover",
    "iter_jsonl",
    "load_text",
    "plan",
    "run_batch",
]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
STDIN_NAME = "<stdin>"
_TMP_PREFIX = ".articleclean-"
IN_PLACE_HTML = "is HTML; --in-place would replace the page with plain text, so it was left unchanged (write to -o DIR instead, or pass --no-html to clean it as text)"
_GZIP_MAGIC = b"\x1f\x8b"
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c")
# JSONL lines are sent to workers in batches of at most this many documents or bytes.
_BATCH_DOCS = 64
_BATCH_BYTES = 1 << 20


class InputError(Exception):
    """An input that cannot be cleaned; the message says why."""


class UsageError(Exception):
    """A command line that asks for something impossible or unsafe (exit code 2)."""


# -- decoding ----------------------------------------------------------------
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", None),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _has_bad_controls(text: str) -> bool:
    return any(ch < " " and ch not in _ALLOWED_CONTROLS for ch in text)


def _utf16_without_bom(data: bytes) -> str | None:
    """Which UTF-16 byte order ``data`` looks like (mostly ASCII with NUL high bytes), if any."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    half = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls >= 0.9 * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= 0.9 * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, allow_utf16: bool = True) -> tuple[str, list[str]]:
    """Text from bytes, and warnings about how it was decoded.

    UTF-8 (with or without a byte-order mark) is decoded silently.  A UTF-16
    or UTF-32 byte-order mark, or UTF-16 text without one, is decoded with a
    warning.  Bytes that are not UTF-8 are decoded as cp1252 only when every
    byte maps to a character and no control characters appear, with a
    warning; anything else is an :class:`InputError`, as are NUL bytes.

    >>> decode_bytes(b"\\xef\\xbb\\xbfplain")
    ('plain', [])
    >>> decode_bytes("hi".encode("utf-16"))
    ('hi', ['decoded as UTF-16 (byte-order mark)'])
    >>> decode_bytes(b"\\x81\\x8d bad")
    Traceback (most recent call last):
    ...
    articleclean.batch.InputError: not valid UTF-8 (byte 0x81 at offset 0), nor clean cp1252; convert it to UTF-8 first
    """
    text: str | None  # None when the cp1252 fallback fails
    if allow_utf16:
        for bom, encoding, label in _BOMS:
            if data.startswith(bom):
                try:
                    text = data.decode(encoding)
                except UnicodeDecodeError as e:
                    raise InputError(f"invalid {label or 'UTF-8'} after its byte-order mark at offset {e.start}") from e
                if "\x00" in text:
                    raise InputError("binary file (it contains NUL characters); not cleaned")
                return text, ([f"decoded as {label} (byte-order mark)"] if label else [])
        guess = _utf16_without_bom(data)
        if guess:
            try:
                text = data.decode(guess)
            except UnicodeDecodeError:
                pass
            else:
                if "\x00" not in text and not _has_bad_controls(text):
                    return text, [f"decoded as {guess.upper()} (no byte-order mark, but every other byte is NUL)"]
    elif data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data:
        raise InputError("binary file (it contains NUL bytes); not cleaned")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as e:
        where = f"byte 0x{data[e.start]:02x} at offset {e.start}"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is None or _has_bad_controls(text):
        raise InputError(f"not valid UTF-8 ({where}), nor clean cp1252; convert it to UTF-8 first")
    return text, [f"not valid UTF-8 ({where}); decoded as cp1252 (Windows-1252) instead, check the output"]


def to_article_text(text: str, html: str = "auto") -> tuple[str, bool]:
    """Plain text to clean, converting HTML when ``html`` is ``"always"`` or when
    it is ``"auto"`` and the text looks like HTML.  Returns the text and whether it was HTML.

    >>> to_article_text("<!doctype html><p>Hi</p>")
    ('Hi\\n', True)
    >>> to_article_text("<p>Hi</p>", html="never")
    ('<p>Hi</p>', False)
    """
    if html == "always" or (html == "auto" and looks_like_html(text)):
        return html_to_text(text), True
    return text, False


# -- reading -----------------------------------------------------------------
def _open_binary(path: Path | None) -> BinaryIO:
    """A binary stream for a path (or stdin when ``None``), gunzipped if it is gzip data."""
    raw: Any = sys.stdin.buffer if path is None else open(path, "rb")  # noqa: SIM115 - closed by the caller
    try:
        head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
    except OSError:
        head = b""
    if head == _GZIP_MAGIC:
        return io.BufferedReader(gzip.GzipFile(fileobj=raw, mode="rb"), buffer_size=1 << 20)
    return raw


def _describe_os_error(e: BaseException) -> str:
    if isinstance(e, OSError) and e.strerror:
        return e.strerror.lower() if not isinstance(e, gzip.BadGzipFile) else f"bad gzip data: {e}"
    return f"cannot read it: {e}"


def read_bytes(path: Path | None, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """All of one input (gunzipped), refusing more than ``max_bytes``."""
    try:
        if path is not None:
            if path.is_dir():
                raise InputError("is a directory")
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(f"{size:,} bytes is over the limit of {max_bytes:,} (--max-bytes)")
        stream = _open_binary(path)
        try:
            data = stream.read(max_bytes + 1)
        finally:
            if path is not None:
                stream.close()
    except InputError:
        raise
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(_describe_os_error(e)) from e
    if len(data) > max_bytes:
        raise InputError(f"over the limit of {max_bytes:,} bytes once decompressed (--max-bytes)")
    return data


def load_text(path: Path | None, *, html: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, int, list[str], bool]:
    """The text to clean from one input: (text, bytes read, warnings, was_html)."""
    data = read_bytes(path, max_bytes)
    text, warnings = decode_bytes(data)
    if not text.strip():
        return "", len(data), [*warnings, "empty input; wrote an empty output"], False
    text, was_html = to_article_text(text, html)
    return text, len(data), warnings, was_html


@dataclass(frozen=True)
class JsonlLine:
    """One raw line of a JSON Lines input, or the reason it could not be read."""

    number: int
    data: bytes = b""
    error: str | None = None


def iter_jsonl(stream: IO[bytes], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[JsonlLine]:
    """The lines of a binary stream, never holding more than ``max_bytes`` of one line.

    A longer line is skipped (read through in chunks) and yielded as an error;
    blank lines are skipped.

    >>> [(x.number, x.data, x.error) for x in iter_jsonl(io.BytesIO(b'{"a":1}\\n\\n' + b'x' * 20 + b'\\n{}'), 10)]
    [(1, b'{"a":1}\\n', None), (3, b'', 'line is longer than the limit of 10 bytes (--max-bytes)'), (4, b'{}', None)]
    """
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield JsonlLine(number, error=f"line is longer than the limit of {max_bytes:,} bytes (--max-bytes)")
            continue
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if line.strip():
            yield JsonlLine(number, line)


# -- writing -----------------------------------------------------------------
class AtomicFile:
    """A file that appears under its final name only when complete.

    Data goes to a hidden temporary file in the same directory; :meth:`commit`
    flushes, fsyncs and ``os.replace``-s it over ``path``.  Leaving the
    ``with`` block without committing (an error, Ctrl-C) deletes the temporary
    file.  A name ending in ``.gz`` is written gzip-compressed.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> with AtomicFile(d / "out.txt") as f:
    ...     _ = f.write(b"partial")
    ...     (d / "out.txt").exists()
    False
    >>> (d / "out.txt").read_bytes(), [p.name for p in d.iterdir()]
    (b'partial', ['out.txt'])
    """

    def __init__(self, path: str | Path, *, mode: int | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f"{_TMP_PREFIX}{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self.tmp = Path(tmp)
        self._raw: BinaryIO = os.fdopen(fd, "wb")
        self._gz = gzip.GzipFile(fileobj=self._raw, mode="wb", filename="", mtime=0) if self.path.name.endswith(".gz") else None
        self._out: Any = self._gz or self._raw
        self._mode = mode
        self.done = False

    def write(self, data: bytes) -> int:
        return self._out.write(data)

    def commit(self) -> None:
        if self.done:
            return
        if self._gz is not None:
            self._gz.close()
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
        os.chmod(self.tmp, self._mode if self._mode is not None else _default_mode(self.path))
        os.replace(self.tmp, self.path)
        self.done = True
        _fsync_dir(self.path.parent)

    def discard(self) -> None:
        if self.done:
            return
        self.done = True
        try:
            self._raw.close()
        finally:
            self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def write_all(stream: Any, data: bytes) -> None:
    """Write all of ``data``.  A buffered stdout can take part of a large write and report
    the short count without an error when the reader of the pipe has gone (``| head``);
    writing the rest then raises :class:`BrokenPipeError` instead of losing it silently."""
    view = memoryview(data)
    while view:
        n = stream.write(view)
        if not n:
            raise BrokenPipeError(32, "Broken pipe")
        view = view[n:]


def _default_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777  # keep an existing file's permissions (--in-place)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


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


# -- cleaning one document ---------------------------------------------------
@dataclass(frozen=True)
class BatchOptions:
    """Everything a worker needs besides the pipeline; picklable."""

    jsonl: bool = False
    field: str = "text"
    out_field: str | None = None
    html: str = "auto"  # "auto", "always" or "never"
    max_bytes: int = DEFAULT_MAX_BYTES
    report: bool = False
    on_error: str = "keep"  # a JSONL record that fails: "keep", "skip" or "null-field" (see records.py)
    id_field: str | None = "id"


@dataclass
class Outcome:
    """What happened to one document (a file, or one JSONL line)."""

    name: str
    line: int | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    bytes_in: int = 0
    bytes_out: int = 0
    removals: Counter[str] = field(default_factory=Counter)
    fixes: Counter[str] = field(default_factory=Counter)
    report: dict[str, Any] | None = None
    output: bytes | None = None  # for stdout targets and JSONL lines
    skipped: bool = False
    record_id: Any = None  # a JSONL record's --id-field value
    written: str | None = None  # for a failed JSONL record: what was written in its place

    @property
    def where(self) -> str:
        return f"{self.name}:{self.line}" if self.line is not None else self.name


def _record(outcome: Outcome, result: CleanResult, was_html: bool, opts: BatchOptions) -> None:
    outcome.removals.update(r.code for r in result.removals)
    outcome.fixes.update(f.code for f in result.fixes)
    if opts.report:
        d = result.to_dict()
        del d["text"]
        outcome.report = {"input": outcome.name, **({"line": outcome.line} if outcome.line is not None else {})}
        if outcome.record_id is not None:
            outcome.report["id"] = outcome.record_id
        outcome.report.update(html=was_html, **d)


def _internal(e: BaseException) -> str:
    return f"internal error {type(e).__name__}: {e} (please report it)"


def clean_file(pipeline: Pipeline, source: Source, target: Target, opts: BatchOptions) -> Outcome:
    """Read, clean and write one text or HTML input; never raises for a bad input."""
    outcome = Outcome(source.name)
    if source.error:
        outcome.error = source.error
        return outcome
    try:
        text, outcome.bytes_in, outcome.warnings, was_html = load_text(source.path, html=opts.html, max_bytes=opts.max_bytes)
        if was_html and target.path is not None and target.path == source.path:
            # --in-place would put plain text under the HTML file's name, and lose the page.
            raise InputError(IN_PLACE_HTML)
        result = pipeline.run(text)
        data = result.text.encode("utf-8", "surrogatepass")
        outcome.bytes_out = len(data)
        if target.path is None:
            outcome.output = data
        else:
            with AtomicFile(target.path) as f:
                f.write(data)
        _record(outcome, result, was_html, opts)
    except InputError as e:
        outcome.error = str(e)
    except OSError as e:
        outcome.error = f"cannot write {target.path}: {e.strerror or e}"
    except Exception as e:  # a bug in a cleaner must not stop the batch
        outcome.error = _internal(e)
    return outcome


class _NotJson(ValueError):
    """A ``NaN``, ``Infinity`` or ``-Infinity`` literal: Python's json accepts them, JSON does not."""


def _reject_constant(name: str) -> Any:
    raise _NotJson(f"{name} is not a JSON value")


def _number(literal: str) -> int:
    # Values other than the cleaned field are never re-serialised (their text is
    # copied from the input), so numbers are not converted at all: no 1e400 -> inf,
    # no lost digits, no int-digit limit.  A number stands in for the type checks.
    return 0


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_int=_number, parse_float=_number)
_WS = json.decoder.WHITESPACE.match  # type: ignore[attr-defined]  # undocumented, not in typeshed
_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]


def _ws(raw: str, i: int) -> int:
    return _WS(raw, i).end()


def _object_members(raw: str) -> tuple[list[tuple[str, int, int, Any]], int]:
    """The top-level members of the JSON object ``raw``: (key, start, end, value),
    where ``raw[start:end]`` is the value's exact text; and the end of the object.

    Raises :class:`json.JSONDecodeError` (or :class:`_NotJson`) for text that is
    not JSON, :class:`InputError` for JSON that is not an object.

    >>> _object_members('{"a": 1e400, "b" :[1,"x"] }')
    ([('a', 6, 11, 0), ('b', 18, 25, [0, 'x'])], 27)
    """
    i = _ws(raw, 0)
    if raw[i : i + 1] != "{":
        raise InputError(f"not a JSON object but {_json_type(_DECODER.decode(raw))}")
    members: list[tuple[str, int, int, Any]] = []
    i = _ws(raw, i + 1)
    if raw[i : i + 1] != "}":
        while True:
            if raw[i : i + 1] != '"':
                raise json.JSONDecodeError("Expecting property name enclosed in double quotes", raw, i)
            key, i = _scanstring(raw, i + 1, True)
            i = _ws(raw, i)
            if raw[i : i + 1] != ":":
                raise json.JSONDecodeError("Expecting ':' delimiter", raw, i)
            i = _ws(raw, i + 1)
            try:
                value, j = _DECODER.raw_decode(raw, i)
            except _NotJson as e:
                raise _NotJson(f"{e} (in field {key!r})") from None
            members.append((key, i, j, value))
            i = _ws(raw, j)
            if raw[i : i + 1] == ",":
                i = _ws(raw, i + 1)
                continue
            if raw[i : i + 1] != "}":
                raise json.JSONDecodeError("Expecting ',' delimiter", raw, i)
            break
    end = i + 1
    rest = _ws(raw, end)
    if rest != len(raw):
        raise json.JSONDecodeError("Extra data", raw, rest)
    return members, end


def _json_string(text: str) -> str:
    out = json.dumps(text, ensure_ascii=False)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from a \\ud800 escape: keep them escaped
        out = json.dumps(text)
    return out


def clean_record(pipeline: Pipeline, name: str, line: JsonlLine, opts: BatchOptions) -> Outcome:
    """Clean one JSON Lines record; the output line is in ``outcome.output``.

    The output is the input line with only the cleaned text's value replaced
    (or, with ``--out-field``, that field's value replaced or added at the end):
    every other byte — numbers such as ``1e400`` or ``1.00000000000000001``,
    escapes, key order, spacing — is copied unchanged.  ``NaN`` and
    ``Infinity`` are not JSON, so a line containing them is reported as not
    valid JSON.  A record that cannot be cleaned is named in ``outcome.error``
    and written as ``opts.on_error`` says (:mod:`articleclean.records`).
    """
    outcome = Outcome(name, line.number, bytes_in=len(line.data))
    if line.error:
        outcome.error = line.error
        return settle_failed(outcome, b"", opts.on_error)
    null_field = None
    try:
        raw, outcome.warnings = decode_bytes(line.data, allow_utf16=False)
        body = raw.rstrip("\r\n")
        ending = raw[len(body) :] or "\n"
        try:
            members, _ = _object_members(body)
        except _NotJson as e:
            raise InputError(f"not valid JSON: {e}") from e
        except json.JSONDecodeError as e:
            # json's own messages may end in "at" ("Unterminated string starting at"): say it once.
            raise InputError(f"not valid JSON: {e.msg.removesuffix(' at')} at column {e.colno}") from e
        found = {key: (start, stop, value) for key, start, stop, value in members}  # the last of a repeated key wins, as in json.loads
        outcome.record_id = record_id(body, found, opts.id_field)
        out_field = opts.out_field or opts.field
        null_field = _with_field(body, ending, members, found, out_field, "null")
        if opts.field not in found:
            raise InputError(f"no field {opts.field!r} (use --field to name the text field)")
        value = found[opts.field][2]
        if not isinstance(value, str):
            raise InputError(f"field {opts.field!r} is {_json_type(value)}, not a string")
        text, was_html = to_article_text(value, opts.html)
        result = pipeline.run(text)
        data = _with_field(body, ending, members, found, out_field, _json_string(result.text))
        outcome.output = data
        outcome.bytes_out = len(data)
        _record(outcome, result, was_html, opts)
    except InputError as e:
        outcome.error = str(e)
    except Exception as e:
        outcome.error = _internal(e)
    if outcome.error:
        return settle_failed(outcome, line.data, opts.on_error, null_field)
    return outcome


def _with_field(body: str, ending: str, members: list[tuple[str, int, int, Any]], found: dict[str, Any], name: str, value: str) -> bytes:
    """The line with field ``name`` set to the JSON text ``value`` (replaced in place, or added at the end)."""
    if name in found:
        start, stop, _ = found[name]
        body = body[:start] + value + body[stop:]
    else:
        after = members[-1][2] if members else body.rindex("}")
        body = body[:after] + (", " if members else "") + f"{_json_string(name)}: {value}" + body[after:]
    return (body + ending).encode("utf-8")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else "a string"


def clean_records(pipeline: Pipeline, name: str, lines: list[JsonlLine], opts: BatchOptions) -> list[Outcome]:
    """Clean a batch of JSON Lines records (one task for a worker process)."""
    return [clean_record(pipeline, name, line, opts) for line in lines]


# -- running a batch ---------------------------------------------------------
@dataclass
class Summary:
    """Totals for a batch; merged by addition."""

    documents: int = 0
    failed: int = 0
    passed_through: int = 0  # failed JSONL records written to the output anyway (--on-error)
    skipped: int = 0
    warnings: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    removals: Counter[str] = field(default_factory=Counter)
    fixes: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, o: Outcome) -> None:
        if o.skipped:
            self.skipped += 1
            return
        self.warnings += len(o.warnings)
        if o.error:
            self.failed += 1
            self.passed_through += o.output is not None
            return
        self.documents += 1
        self.bytes_in += o.bytes_in
        self.bytes_out += o.bytes_out
        self.removals.update(o.removals)
        self.fixes.update(o.fixes)

    def format(self) -> str:
        """A few lines for stderr.

        >>> s = Summary(documents=2, bytes_in=2048, bytes_out=1024, removals=Counter({"jobs.listing": 3}))
        >>> print(s.format())
        articleclean: 2 documents cleaned, 0 failed; 2,048 bytes in, 1,024 bytes out (50.0%) in 0.0s
          removed: jobs.listing 3
        """
        share = f" ({100 * self.bytes_out / self.bytes_in:.1f}%)" if self.bytes_in else ""
        head = (
            f"articleclean: {self.documents:,} document{'s' if self.documents != 1 else ''} cleaned, "
            f"{self.failed:,} failed"
            + (f" ({self.passed_through:,} written through)" if self.passed_through else "")
            + (f", {self.skipped:,} skipped (output exists)" if self.skipped else "")
            + (f", {self.warnings:,} warning{'s' if self.warnings != 1 else ''}" if self.warnings else "")
            + f"; {self.bytes_in:,} bytes in, {self.bytes_out:,} bytes out{share} in {self.seconds:.1f}s"
        )
        lines = [head]
        for label, counts in (("removed", self.removals), ("fixed", self.fixes)):
            if counts:
                lines.append(f"  {label}: " + ", ".join(f"{code} {n:,}" for code, n in sorted(counts.items())))
        return "\n".join(lines)


class _Serial:
    """Runs tasks at once in this process, with the executor's ``submit`` interface."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        fut: Future[Any] = Future()
        try:
            fut.set_result(fn(*args))
        except BaseException as e:  # handed to the caller through the future
            if isinstance(e, KeyboardInterrupt):
                raise
            fut.set_exception(e)
        return fut

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


def _executor(jobs: int) -> Any:
    if jobs <= 1:
        return _Serial()
    import multiprocessing

    # "spawn": workers start clean, whatever threads (progress bar) this process has.
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))


class _Task(NamedTuple):
    """One unit of work for a worker: ``fn(pipeline, what, payload, opts)``.

    A file: ``clean_file(pipeline, source, target, opts)``; a batch of JSONL lines:
    ``clean_records(pipeline, source_name, lines, opts)``."""

    fn: Callable[..., Any]
    pipeline: Pipeline
    what: Any  # the Source of a file, the source's name for JSONL lines
    payload: Any  # the Target of a file, the list of JsonlLine of a batch
    opts: BatchOptions


def _bounded(executor: Any, tasks: Iterable[_Task], window: int, *, any_order: bool = False) -> Iterator[tuple[_Task, Future[Any]]]:
    """Submit tasks keeping at most ``window`` in flight; yield (task, future) in submission order.

    Interrupted (Ctrl-C, SIGTERM), it still yields the tasks already done, so that their outcomes
    reach the report, before it raises: the first ones up to one not done, or with ``any_order``
    (tasks whose outputs do not depend on one another: files) every one done."""
    pending: deque[tuple[_Task, Future[Any]]] = deque()
    try:
        for task in tasks:
            try:
                fut = executor.submit(task.fn, task.pipeline, task.what, task.payload, task.opts)
            except RuntimeError as e:  # a broken pool (a worker was killed): fail this task, go on
                fut = Future()
                fut.set_exception(e)
            pending.append((task, fut))
            if len(pending) >= window:
                pending[0][1].exception()  # wait
                yield pending.popleft()
        while pending:
            pending[0][1].exception()
            yield pending.popleft()
    except KeyboardInterrupt:
        for item in list(pending):
            if item[1].done() and not item[1].cancelled():
                yield item
            elif not any_order:
                break
        raise


def _jsonl_batches(lines: Iterable[JsonlLine]) -> Iterator[list[JsonlLine]]:
    batch: list[JsonlLine] = []
    size = 0
    for line in lines:
        batch.append(line)
        size += len(line.data)
        if len(batch) >= _BATCH_DOCS or size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class _NoBar:
    """What a disabled progress bar does (nothing), without importing tqdm."""

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: float = 1) -> None:
        return None

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None:
        return None


def _progress(enabled: bool, **kwargs: Any) -> Any:
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(file=sys.stderr, dynamic_ncols=True, leave=False, **kwargs)


@dataclass
class _Run:
    """What every part of one batch run shares: the pipeline and options, the workers, where
    output and outcomes go."""

    pipeline: Pipeline
    opts: BatchOptions
    executor: Any
    window: int  # tasks in flight at most
    skip_existing: bool
    progress: bool
    out: BinaryIO  # standard output
    take: Callable[[Outcome], None]  # every outcome goes here, in input order
    failed: Callable[[Source, _Task, BaseException], list[Outcome]]  # the outcomes of a task that raised


def run_batch(
    pairs: list[tuple[Source, Target]],
    pipeline: Pipeline,
    opts: BatchOptions,
    *,
    jobs: int = 1,
    skip_existing: bool = False,
    report: Path | None = None,
    progress: bool = False,
    log: Callable[[str], None] = lambda msg: print(msg, file=sys.stderr),
    stdout: BinaryIO | None = None,
) -> Summary:
    """Clean every source into its target; messages go to ``log``; returns the totals."""
    started = time.perf_counter()
    summary = Summary()
    out = stdout if stdout is not None else sys.stdout.buffer
    report_file = ReportWriter(report, resume=skip_existing) if report is not None else None
    executor = _executor(jobs)
    window = max(2, 4 * jobs)

    def take(o: Outcome) -> None:
        for w in o.warnings:
            log(f"{o.where}: warning: {w}")
        if o.error:
            log(f"{o.where}: error: {o.error}{describe_failed(o)}")
        summary.add(o)
        if report_file is not None and o.skipped:
            report_file.skipped(o.name)
        elif report_file is not None:
            entry = o.report or {"input": o.name, **({"line": o.line} if o.line is not None else {})}
            if o.error:
                entry = {**entry, **({"id": o.record_id} if o.record_id is not None else {}), "error": o.error}
                if o.written is not None:
                    entry["written"] = o.written
            report_file.row(entry)

    def failed(source: Source, task: _Task, e: BaseException) -> list[Outcome]:
        # A worker died (e.g. killed by the OS) or could not run the task at all.
        from concurrent.futures import BrokenExecutor

        why = "a worker process died (out of memory, or killed?); not cleaned" if isinstance(e, BrokenExecutor) else _internal(e)
        if task.fn is clean_records:
            return [settle_failed(Outcome(source.name, line.number, error=why), line.data, opts.on_error) for line in task.payload]
        return [Outcome(source.name, error=why)]

    run = _Run(pipeline, opts, executor, window, skip_existing, progress, out, take, failed)
    try:
        if opts.jsonl:
            _run_jsonl(run, pairs)
        else:
            _run_files(run, pairs)
        if report_file is not None:
            report_file.commit()
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        if report_file is not None:
            print(f"articleclean: the report so far is in {report_file.abort()}; "
                  "rerun with --skip-existing to complete it", file=sys.stderr)
        raise
    executor.shutdown(wait=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _run_files(run: _Run, pairs: list[tuple[Source, Target]]) -> None:
    # Progress in bytes read (the files' sizes on disk), as for JSONL: one large document
    # shows its share, not one of N documents (issue 14.4).
    sizes = {s.name: _size(s) for s, _ in pairs}

    def tasks() -> Iterator[_Task]:
        for source, target in pairs:
            if run.skip_existing and source.error is None and target.path is not None and target.path.exists():
                run.take(Outcome(source.name, skipped=True))
                bar.update(sizes[source.name])
                continue
            yield _Task(clean_file, run.pipeline, source, target, run.opts)

    done = 0
    with _progress(run.progress, total=sum(sizes.values()) or None, unit="B", unit_scale=True) as bar:
        for task, fut in _bounded(run.executor, tasks(), run.window, any_order=True):
            source = task.what
            try:
                outcome = fut.result()
            except Exception as e:
                outcome = run.failed(source, task, e)[0]
            if outcome.output is not None:
                write_all(run.out, outcome.output)
                run.out.flush()
            run.take(outcome)
            done += 1
            bar.set_postfix_str(f"{done:,}/{len(pairs):,} documents", refresh=False)
            bar.update(sizes[source.name])


def _size(source: Source) -> int:
    try:
        return source.path.stat().st_size if source.path is not None and source.error is None else 0
    except OSError:
        return 0


def _run_jsonl(run: _Run, pairs: list[tuple[Source, Target]]) -> None:
    # Sources sharing one output file (-o FILE) are written into one AtomicFile.
    writers: dict[Path, AtomicFile] = {}
    # An input with an error writes nothing, so it must not be the one that commits a shared output.
    last_use = {t.path: i for i, (s, t) in enumerate(pairs) if t.path is not None and s.error is None}
    skipping = {p for p in last_use if run.skip_existing and p.exists()}
    sizes = [s.path.stat().st_size if s.path is not None and s.error is None and s.path.is_file() else 0 for s, _ in pairs]
    try:
        with _progress(run.progress, total=sum(sizes) or None, unit="B", unit_scale=True) as bar:
            for i, (source, target) in enumerate(pairs):
                if target.path in skipping:
                    run.take(Outcome(source.name, skipped=True))
                    continue
                if source.error:
                    run.take(Outcome(source.name, error=source.error))
                    continue
                sink: Any = run.out
                if target.path is not None:
                    if target.path not in writers:
                        try:
                            writers[target.path] = AtomicFile(target.path)
                        except OSError as e:
                            run.take(Outcome(source.name, error=f"cannot write {target.path}: {e.strerror or e}"))
                            continue
                    sink = writers[target.path]
                note = f"; {target.path} was not written" if target.path is not None else ""
                line_errors: list[int] = []

                def counted(o: Outcome) -> None:
                    if o.error:
                        line_errors.append(1)  # noqa: B023 - counted is called only by _stream_one, in this iteration
                    run.take(o)

                complete = _stream_one(run, source, sink, bar, counted, note)
                in_place = target.path is not None and source.path is not None and target.path == source.path
                if complete and in_place and line_errors:
                    # Replacing the input would lose the lines that could not be cleaned.
                    writers.pop(target.path).discard()  # type: ignore[arg-type]  # in_place: target.path is not None
                    run.take(Outcome(source.name, error=f"left unchanged: {len(line_errors)} line(s) could not be cleaned; "
                                 "fix them, or write to -o FILE to keep the good lines"))  # fmt: skip
                elif target.path is not None and not complete:
                    # The input broke off part-way: keep no output that looks finished.
                    writers.pop(target.path).discard()
                    skipping.add(target.path)
                elif target.path is not None and last_use[target.path] == i:
                    writers.pop(target.path).commit()
    finally:
        for w in writers.values():
            w.discard()


def _stream_one(run: _Run, source: Source, sink: Any, bar: Any, take: Callable[[Outcome], None], note: str = "") -> bool:
    """Stream one JSONL source into ``sink``; False if it could not be read to the end."""
    try:
        stream = _open_binary(source.path)
    except OSError as e:
        take(Outcome(source.name, error=_describe_os_error(e) + note))
        return False
    try:
        head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            take(Outcome(source.name, error="JSON Lines must be UTF-8, and this is UTF-16; convert it first" + note))
            return False
        tasks = (
            _Task(clean_records, run.pipeline, source.name, batch, run.opts)
            for batch in _jsonl_batches(iter_jsonl(stream, run.opts.max_bytes))
        )
        for task, fut in _bounded(run.executor, tasks, run.window):
            try:
                outcomes = fut.result()
            except Exception as e:
                outcomes = run.failed(source, task, e)
            for o in outcomes:
                if o.output is not None:
                    write_all(sink, o.output)
                take(o)
            bar.update(sum(len(line.data) for line in task.payload))
        if hasattr(sink, "flush"):
            sink.flush()
        return True
    except BrokenPipeError:
        raise
    except (OSError, EOFError, zlib.error) as e:
        take(Outcome(source.name, error=_describe_os_error(e) + note))
        return False
    finally:
        if source.path is not None:
            stream.close()
