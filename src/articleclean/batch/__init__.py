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
  written a line at a time, so memory does not grow with the file;
* with ``resume`` (``--resume``) a JSON Lines output is checkpointed by line and an
  interrupted run goes on from its last checkpoint, after checking that the input's
  start is unchanged (:mod:`articleclean.batch.checkpoint`).

>>> text, warnings = decode_bytes("café".encode("cp1252"))
>>> text, warnings[0].startswith("not valid UTF-8")
('café', True)
>>> decode_bytes(b"\\x00\\x01\\x02")
Traceback (most recent call last):
...
articleclean.batch.common.InputError: binary file (it contains NUL bytes); not cleaned
"""

from __future__ import annotations

from .atomic import AtomicFile, write_all
from .checkpoint import ResumeError
from .common import DEFAULT_MAX_BYTES, IN_PLACE_HTML, STDIN_NAME, InputError, UsageError
from .decoding import decode_bytes, iter_jsonl, load_text, to_article_text
from .documents import BatchOptions, Outcome, clean_file, clean_record, clean_records
from .planning import Source, Target, check_report, discover, plan
from .runner import Summary, run_batch

__all__ = [
    "DEFAULT_MAX_BYTES",
    "IN_PLACE_HTML",
    "STDIN_NAME",
    "AtomicFile",
    "BatchOptions",
    "InputError",
    "Outcome",
    "ResumeError",
    "Source",
    "Summary",
    "Target",
    "UsageError",
    "check_report",
    "clean_file",
    "clean_record",
    "clean_records",
    "decode_bytes",
    "discover",
    "iter_jsonl",
    "load_text",
    "plan",
    "run_batch",
    "to_article_text",
    "write_all",
]
