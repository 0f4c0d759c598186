"""What happens to a JSON Lines record that cannot be cleaned, and the record's id.

A pipeline step keeps the record count: by default (``on_error="keep"``) a
record whose text cannot be cleaned — the field is missing, null, a number,
an array; the line is not JSON — is written through unchanged, and named on
stderr and in the report.  ``"skip"`` leaves it out of the output;
``"null-field"`` writes a JSON object with its output field set to ``null``
(a line that is not a JSON object is then written unchanged, as with
``"keep"``).  A line over ``--max-bytes`` is never held in memory, so it is
named but cannot be written.

>>> kept_line(b'{"text": null}')
b'{"text": null}\\n'
>>> record_id('{"id": 7, "text": 1}', {"id": (7, 8, 0)}, "id")
7
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

__all__ = ["ON_ERROR", "describe_failed", "kept_line", "record_id", "settle_failed"]

ON_ERROR = ("keep", "skip", "null-field")

# What the report's "written" says about a failed record.
WRITTEN = {"keep": "unchanged", "null-field": "with a null field", "skip": "no"}


def kept_line(data: bytes) -> bytes:
    """The raw line, ending with a newline so that the next record starts on its own line."""
    return data if data.endswith(b"\n") else data + b"\n"


def record_id(body: str, found: Mapping[str, tuple[int, int, Any]], id_field: str | None) -> Any:
    """The value of the record's id field, if it has one (a string or an integer as such;
    any other value as its JSON text), else ``None``."""
    if not id_field or id_field not in found:
        return None
    start, stop, _ = found[id_field]
    text = body[start:stop]
    try:
        value = json.loads(text)
    except ValueError:  # e.g. more digits than int() takes
        return text
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    return text


def settle_failed(outcome: Any, data: bytes, on_error: str, null_field: bytes | None = None) -> Any:
    """Set what is written for a record that could not be cleaned (``outcome.error`` is set):
    the line itself, the line with a null field, or nothing.  Returns the outcome."""
    if on_error == "null-field" and null_field is not None:
        outcome.output, outcome.written = null_field, WRITTEN["null-field"]
    elif on_error != "skip" and data:
        outcome.output, outcome.written = kept_line(data), WRITTEN["keep"]
    else:
        outcome.output, outcome.written = None, WRITTEN["skip"]
    return outcome


def describe_failed(outcome: Any) -> str:
    """The end of a failed record's stderr message: its id and what was written.

    >>> class O: record_id, written = 4, "unchanged"
    >>> describe_failed(O())
    ' (id 4); written through unchanged'
    """
    if outcome.written is None:
        return ""
    where = f" (id {outcome.record_id})" if outcome.record_id is not None else ""
    what = {"unchanged": "written through unchanged", "no": "not written"}.get(outcome.written, f"written {outcome.written}")
    return f"{where}; {what}"
