"""Reading inputs and decoding them: bytes to text (BOMs, UTF-16, cp1252, gzip), HTML to text, JSON Lines split into lines."""

from __future__ import annotations

import codecs
import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from ..htmldoc import decode_html, is_html_document
from ..htmltext import looks_like_html
from .common import _ALLOWED_CONTROLS, _GZIP_MAGIC, DEFAULT_MAX_BYTES, InputError

# -- decoding ----------------------------------------------------------------
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", None),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_MIN_UTF16_SAMPLE = 4  # bytes: two UTF-16 units at least, to see which byte of a unit is the NUL of ASCII text


def _has_bad_controls(text: str) -> bool:
    return any(ch < " " and ch not in _ALLOWED_CONTROLS for ch in text)


def _utf16_without_bom(data: bytes) -> str | None:
    """Which UTF-16 byte order ``data`` looks like (mostly ASCII with NUL high bytes), if any."""
    sample = data[:4096]
    if len(sample) < _MIN_UTF16_SAMPLE or len(data) % 2:
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
    articleclean.batch.common.InputError: not valid UTF-8 (byte 0x81 at offset 0), nor clean cp1252; convert it to UTF-8 first
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
    """The input and whether to clean it as HTML (:meth:`Pipeline.run_html
    <articleclean.pipeline.Pipeline.run_html>`): when ``html`` is ``"always"``, or
    ``"auto"`` and the text looks like HTML.

    >>> to_article_text("<!doctype html><p>Hi</p>")
    ('<!doctype html><p>Hi</p>', True)
    >>> to_article_text("<p>Hi</p>", html="never")
    ('<p>Hi</p>', False)
    """
    return text, html == "always" or (html == "auto" and looks_like_html(text))


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
    """The text to clean from one input: (text or HTML, bytes read, warnings, whether it is HTML)."""
    data = read_bytes(path, max_bytes)
    if html == "always" or (html == "auto" and is_html_document(data[:4096].decode("latin-1"))):
        # a page's bytes: by its byte-order mark or declared charset, else UTF-8, else detected
        text, warnings = decode_html(data), list[str]()
    else:
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


def iter_jsonl(stream: IO[bytes] | Any, max_bytes: int = DEFAULT_MAX_BYTES, *, first: int = 0) -> Iterator[JsonlLine]:
    """The lines of a binary stream, never holding more than ``max_bytes`` of one line.

    A longer line is skipped (read through in chunks) and yielded as an error;
    blank lines are skipped.  ``first`` is the number of lines before the stream's
    position (a resumed input), so that lines keep their numbers.

    >>> [(x.number, x.data, x.error) for x in iter_jsonl(io.BytesIO(b'{"a":1}\\n\\n' + b'x' * 20 + b'\\n{}'), 10)]
    [(1, b'{"a":1}\\n', None), (3, b'', 'line is longer than the limit of 10 bytes (--max-bytes)'), (4, b'{}', None)]
    """
    number = first
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
