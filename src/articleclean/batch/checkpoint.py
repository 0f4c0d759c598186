"""Checkpoints of a JSON Lines output, so that an interrupted run resumes part-way (``--resume``).

With ``--resume`` a JSONL output ``OUT`` is written to ``.articleclean-OUT.partial`` beside it
(uncompressed, even for ``OUT.gz``), and a small sidecar ``.articleclean-OUT.checkpoint``
records, at most every :data:`CHECKPOINT_SECONDS` and when the run is interrupted:

* how far the input was read: its byte offset (after decompression), its last line number,
  and the SHA-256 of those bytes;
* how many bytes of output those lines gave, and how many of their records failed;
* a fingerprint of everything that decides the output (the version, the pipeline with its
  settings, the field options), and the input's name.

The output is flushed and fsynced before the sidecar is replaced (written to a temporary file,
fsynced, renamed), so a checkpoint never claims output that is not on disk.  Both are recorded
together after whole batches, so the output's first ``output`` bytes are exactly the cleaned
lines up to ``line``.

A run with ``--resume`` that finds a checkpoint checks it before it cleans anything: the
fingerprint must match and the input's first ``end`` bytes must hash the same (an input that
was edited, replaced or cut short is refused with exit code 2, never spliced).  It then cuts
the partial output back to the recorded length and goes on from the next line.  The output
appears under its name, atomically, only when the input has been read to the end; the
sidecar goes then.

>>> import io, tempfile
>>> t = Tracked(io.BytesIO(b'{"a": 1}\\n\\n{"a": 2}\\n'))
>>> t.readline(), t.readline(), t.pos
(b'{"a": 1}\\n', b'\\n', 10)
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .atomic import AtomicFile, _default_mode, _fsync_dir
from .common import _TMP_PREFIX, UsageError

VERSION = 1
#: The longest time between two checkpoints of a running output (fsync and a small file each).
CHECKPOINT_SECONDS = 1.0


class ResumeError(UsageError):
    """A checkpoint that cannot be resumed safely (exit code 2); the message says why and what to do."""


def partial_output(target: Path) -> Path:
    """Where the output ``target`` is written until it is complete."""
    return target.with_name(f"{_TMP_PREFIX}{target.name}.partial")


def checkpoint_path(target: Path) -> Path:
    """The checkpoint sidecar of the output ``target``."""
    return target.with_name(f"{_TMP_PREFIX}{target.name}.checkpoint")


def forget(target: Path) -> None:
    """Remove a leftover partial output and checkpoint of ``target`` (it was written whole since)."""
    partial_output(target).unlink(missing_ok=True)
    checkpoint_path(target).unlink(missing_ok=True)


def fingerprint(pipeline: Any, opts: Any) -> str:
    """What decides a JSONL output's bytes: the version, the pipeline (its repr names every
    cleaner and setting) and the options that shape a line."""
    from .. import __version__

    parts = [__version__, repr(pipeline), opts.field, opts.out_field, opts.html, opts.max_bytes, opts.on_error]
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()


class Tracked:
    """A binary stream read by lines, counting and hashing the bytes read."""

    def __init__(self, stream: BinaryIO, pos: int = 0, digest: Any = None) -> None:
        self._stream = stream
        self.pos = pos
        self.hash = digest if digest is not None else hashlib.sha256()

    def readline(self, size: int = -1) -> bytes:
        data = self._stream.readline(size)
        self.pos += len(data)
        self.hash.update(data)
        return data


@dataclass(frozen=True)
class Mark:
    """How far the input has been read when a batch of its lines was cut: the offset after
    the batch's last line, its line number, and the hash of the bytes up to there."""

    end: int
    line: int
    sha256: str


@dataclass(frozen=True)
class State:
    """One checkpoint, as stored in the sidecar."""

    version: int
    settings: str
    input: str
    end: int
    line: int
    sha256: str
    output: int
    failed: int = 0
    passed_through: int = 0


def _read_state(path: Path) -> State | None:
    try:
        raw = json.loads(path.read_bytes())
        return State(**raw)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as e:
        raise ResumeError(f"{path}: not a readable checkpoint ({e}); delete it to start that output again") from e


def prepare(source_name: str, source_path: Path | None, target: Path, settings: str, open_binary: Any) -> tuple[State, Any] | None:
    """The checkpoint of ``target`` if there is one and it can be resumed, with the input's
    hash state after its recorded prefix; None when there is none (start afresh).
    Raises :class:`ResumeError` when it cannot be resumed safely."""
    state = _read_state(checkpoint_path(target))
    if state is None:
        return None
    fix = f"rerun without --resume to start {target} again"
    if state.version != VERSION:
        raise ResumeError(f"{target}: the checkpoint is of another format (version {state.version}); {fix}")
    if state.settings != settings:
        raise ResumeError(f"{target}: the checkpoint was made with other settings or another version "
                          f"(cleaners, --field, --out-field, --html, --max-bytes, --on-error); resume with the same ones, or {fix}")  # fmt: skip
    if state.input != _input_id(source_name, source_path):
        raise ResumeError(f"{target}: the checkpoint is of another input ({state.input}); {fix}")
    try:
        size = partial_output(target).stat().st_size
    except OSError:
        size = -1
    if size < state.output:
        raise ResumeError(f"{target}: the partial output is missing or shorter than its checkpoint; {fix}")
    digest = hashlib.sha256()
    left = state.end
    stream = open_binary(source_path)
    try:
        while left:
            chunk = stream.read(min(left, 1 << 20))
            if not chunk:
                break
            digest.update(chunk)
            left -= len(chunk)
    finally:
        if source_path is not None:
            stream.close()
    if left or digest.hexdigest() != state.sha256:
        raise ResumeError(f"{source_name} changed since {target} was checkpointed (its first {state.end:,} bytes, "
                          f"lines 1-{state.line:,}, are not the same); not resumed; {fix}")  # fmt: skip
    return state, digest


def _input_id(name: str, path: Path | None) -> str:
    return str(path.resolve()) if path is not None else name


class ResumableOutput:
    """A JSONL output written to its partial file with checkpoints; see the module docstring.

    ``write`` as for a file; ``reached(mark)`` after the lines up to ``mark`` are written;
    ``commit`` when the input was read to the end; ``suspend`` when the run stops early (the
    checkpoint is kept); ``discard`` when the output must not be kept at all."""

    def __init__(self, target: Path, source_name: str, source_path: Path | None, settings: str,
                 state: State | None = None, every: float | None = None) -> None:  # fmt: skip
        self.target = target
        self.partial = partial_output(target)
        self.checkpoint = checkpoint_path(target)
        self._every = CHECKPOINT_SECONDS if every is None else every
        self._input = _input_id(source_name, source_path)
        self._settings = settings
        target.parent.mkdir(parents=True, exist_ok=True)
        if state is not None:
            self._f: BinaryIO = open(self.partial, "r+b")  # noqa: SIM115 - closed by commit, suspend or discard
            self._f.truncate(state.output)
            self._f.seek(state.output)
            self.size = state.output
        else:
            self._f = open(self.partial, "wb")  # noqa: SIM115
            self.size = 0
        self.failed = state.failed if state else 0
        self.passed_through = state.passed_through if state else 0
        self._state = state
        self._saved = time.monotonic()
        self.done = False

    def write(self, data: bytes) -> int:
        n = self._f.write(data)
        self.size += n
        return n

    def count(self, error: bool, written: bool) -> None:
        """One record's outcome, for the checkpoint's count of failed records."""
        if error:
            self.failed += 1
            self.passed_through += written

    def reached(self, mark: Mark) -> None:
        """The lines up to ``mark`` are all written: the next checkpoint may record it."""
        self._state = State(VERSION, self._settings, self._input, mark.end, mark.line, mark.sha256, self.size,
                            self.failed, self.passed_through)  # fmt: skip
        if time.monotonic() - self._saved >= self._every:
            self.save()

    def save(self) -> None:
        """Flush and fsync the output, then replace the checkpoint with the last mark reached."""
        if self._state is None:
            return
        self._f.flush()
        os.fsync(self._f.fileno())
        tmp = self.checkpoint.with_name(self.checkpoint.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(asdict(self._state), f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.checkpoint)
        self._saved = time.monotonic()

    @property
    def line(self) -> int:
        return self._state.line if self._state else 0

    def commit(self) -> None:
        """The input was read to the end: the output appears under its name (gzip-compressed
        for a ``.gz`` name), then the checkpoint goes."""
        if self.done:
            return
        self.done = True
        self._f.flush()
        os.fsync(self._f.fileno())
        self._f.close()
        if self.target.name.endswith(".gz"):
            with AtomicFile(self.target) as out, open(self.partial, "rb") as f:
                while chunk := f.read(1 << 20):
                    out.write(chunk)
            self.partial.unlink()
        else:
            os.chmod(self.partial, _default_mode(self.target))
            os.replace(self.partial, self.target)
            _fsync_dir(self.target.parent)
        self.checkpoint.unlink(missing_ok=True)

    def suspend(self) -> bool:
        """The run stopped early: save the last mark and keep both files; whether a checkpoint exists."""
        if self.done:
            return False
        self.done = True
        try:
            self.save()
        finally:
            self._f.close()
        return self.checkpoint.exists()

    def discard(self) -> None:
        if self.done:
            return
        self.done = True
        self._f.close()
        forget(self.target)
