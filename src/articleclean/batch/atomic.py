"""Atomic writes: a hidden temporary file in the same directory, flushed and fsynced, then renamed over the final name."""

from __future__ import annotations

import gzip
import os
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

from .common import _TMP_PREFIX


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
