"""Cleaning one document: a file, or one JSON Lines record with its text field spliced back in place."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..pipeline import CleanResult, Pipeline
from ..records import record_id, settle_failed
from .atomic import AtomicFile
from .common import DEFAULT_MAX_BYTES, IN_PLACE_HTML, InputError
from .decoding import JsonlLine, decode_bytes, load_text, to_article_text
from .planning import Source, Target


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
        result = pipeline.run_html(text) if was_html else pipeline.run(text)
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
        result = pipeline.run_html(text) if was_html else pipeline.run(text)
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
