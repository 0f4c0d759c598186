"""Limits, names and the errors of batch cleaning, shared by its parts."""

from __future__ import annotations

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
