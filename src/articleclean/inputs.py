"""What cannot be read inside an input folder, so that it is named instead of skipped.

A folder's files are found with ``Path.rglob``, which passes over a subfolder
it cannot list, and a broken symbolic link or a FIFO is not a file; each of
these becomes an input with an error (and exit status 1), like an unreadable
file.  Hidden entries stay left out, as in :func:`articleclean.batch.discover`.

>>> import tempfile, os
>>> d = Path(tempfile.mkdtemp())
>>> os.symlink(d / "gone.txt", d / "link.txt")
>>> not_a_file(d / "link.txt")
'broken symbolic link'
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

__all__ = ["not_a_file", "unreadable_dirs"]


def not_a_file(path: Path) -> str | None:
    """Why an entry found in a folder is not a regular file to clean, or ``None`` for
    a file or a folder (folders are searched, not cleaned)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "broken symbolic link" if path.is_symlink() else "no such file or directory"
    except OSError as e:
        return f"cannot read it: {(e.strerror or str(e)).lower()}"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    else:  # pragma: no cover
        kind = "not a regular file"
    return f"{kind}, not a regular file; not read (name it on the command line to read it)"


def unreadable_dirs(root: Path, skip: Callable[[Path], bool]) -> list[tuple[Path, str]]:
    """Folders under ``root`` (``root`` included) that cannot be listed, with the reason;
    folders for which ``skip(path)`` is true are not entered."""
    errors: list[tuple[Path, str]] = []

    def onerror(e: OSError) -> None:
        where = Path(e.filename) if e.filename else root
        errors.append((where, f"cannot read this folder: {(e.strerror or str(e)).lower()}"))

    for top, dirs, _ in os.walk(root, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not skip(Path(top) / d))
    return errors
