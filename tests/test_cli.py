"""The command line, against temporary directories.

Most tests run it in this process through ``articleclean.cli.main(argv)`` with stdin, stdout and
stderr swapped for in-memory streams (``cli``), which is what ``python -m articleclean`` runs; a
few smoke tests start the real program (``cli_process``): the entry point, a real pipe on stdin,
signals (SIGTERM, SIGKILL) and a reader that goes away (broken pipe).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

import pytest

import articleclean
from articleclean.batch import runner
from articleclean.cli import main
from articleclean.config import Settings, build_pipeline

from .conftest import FIXTURES, SEEDS, read

# Most tests pass --no-typos: they are about the command line, not about one cleaner,
# and it keeps them fast.  A few run the default pipeline.
FAST = build_pipeline(Settings(typos=False))
TEXTS = {seed: read(FIXTURES / f"{seed}.txt") for seed in SEEDS}
SEED = SEEDS[1]


class Ran(NamedTuple):
    """What a run gave, as ``subprocess.CompletedProcess`` has it."""

    returncode: int
    stdout: bytes
    stderr: bytes


def cli(*args: str, cwd: Path, stdin: bytes | None = None, timeout: float | None = None) -> Ran:
    """``main(args)`` in this process, in ``cwd``, with ``stdin`` as its standard input.

    Standard streams are text wrappers over bytes, as a process has them (the CLI writes bytes
    to ``sys.stdout.buffer`` and text to ``sys.stdout``/``sys.stderr``; none is a terminal).
    Usage errors exit through ``SystemExit`` (argparse), taken here as the exit code.  The
    per-test timeout (pytest-timeout) bounds a run; ``timeout`` is for ``cli_process``.
    """
    streams = {name: io.BytesIO() for name in ("stdout", "stderr")}
    wrap = {name: io.TextIOWrapper(b, encoding="utf-8", errors="strict", write_through=True) for name, b in streams.items()}
    fake_in = io.TextIOWrapper(io.BytesIO(stdin if stdin is not None else b""), encoding="utf-8")
    saved = (sys.stdin, sys.stdout, sys.stderr, os.getcwd())
    sys.stdin, sys.stdout, sys.stderr = fake_in, wrap["stdout"], wrap["stderr"]
    os.chdir(cwd)
    try:
        try:
            code = main(list(args))
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            if e.code is not None and not isinstance(e.code, int):
                print(e.code, file=sys.stderr)
        for w in wrap.values():
            w.flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved[:3]
        os.chdir(saved[3])
    return Ran(code, streams["stdout"].getvalue(), streams["stderr"].getvalue())


def cli_process(*args: str, cwd: Path, stdin: bytes | None = None, timeout: float = 100) -> subprocess.CompletedProcess:
    """The real program, ``python -m articleclean``, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "articleclean", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
    )


def fast(*args: str, **kw) -> Ran:
    return cli("--no-typos", *args, **kw)


def err(p: Ran | subprocess.CompletedProcess) -> str:
    return p.stderr.decode("utf-8", "replace")


def expected(text: str) -> str:
    return FAST.run(text).text


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """in/ with the five fixtures, one in a subdirectory, one gzipped, and a hidden file."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for i, seed in enumerate(SEEDS):
        if i == 3:
            (src / "sub" / f"{seed}.txt").write_text(TEXTS[seed], encoding="utf-8")
        elif i == 4:
            (src / "sub" / f"{seed}.txt.gz").write_bytes(gzip.compress(TEXTS[seed].encode("utf-8")))
        else:
            (src / f"{seed}.txt").write_text(TEXTS[seed], encoding="utf-8")
    (src / ".hidden.txt").write_text("SIGN UP\n", encoding="utf-8")
    return src


def outputs(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# -- the basics ------------------------------------------------------------------
def test_example_and_python_m(tmp_path):
    p = cli_process("--example", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    example = (Path(articleclean.__file__).parent / "examples" / "article.txt").read_text(encoding="utf-8")
    out = p.stdout.decode("utf-8")
    assert out == articleclean.clean(example)
    assert "1 document cleaned, 0 failed" in err(p)
    # The example is a headline and paragraphs of 20+ words wrapped in page furniture; the furniture's
    # long lines are the photo caption and the membership appeal.  Exactly the article is kept.
    lines = [line for line in example.splitlines() if line.strip()]
    body = [line for line in lines if len(line.split()) >= 20 and "Photo:" not in line and "a month" not in line]
    assert len(body) >= 10
    assert out == "\n\n".join([lines[0], *body]) + "\n"
    furniture = (
        "Published:", "Photo:", "Read more:", "Advertisement", "newsletter", "member from £3", "Share this article",
        "Most Read", "Comments are closed.", "£32,000 - £36,000", "All rights reserved.",
    )  # fmt: skip
    for f in furniture:
        assert f in example and f not in out, f


def test_explain_marks_removed_blocks_with_reasons(tmp_path):
    p = fast("--explain", "--example", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    out = p.stdout.decode("utf-8")
    assert out.startswith("metadata: headline: ")
    assert "--- removed by newsletter [newsletter.signup]" in out
    assert " - Sign up to our free daily newsletter" in out
    assert "--- removed by jobs [jobs.listing]" in out
    assert " - £32,000 - £36,000" in out
    # why a kept line stays: a header with its code wherever the reason changes, no evidence
    assert re.search(r"^\+\+\+ kept by boilerplate \[kept\.prose\] line \d+ \(good\): .*kept: prose", out, re.M)
    assert "    evidence: " not in out
    assert "\x1b[" not in out  # stdout is not a terminal
    coloured = fast("--explain", "--color", "always", "--example", cwd=tmp_path).stdout.decode("utf-8")
    assert "\x1b[31m" in coloured
    assert fast("--explain", "--jsonl", "--example", cwd=tmp_path).returncode == 2


def test_why_kept_shows_every_kept_line_with_its_evidence(tmp_path):
    p = fast("--explain", "--why-kept", "--example", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    out = p.stdout.decode("utf-8").splitlines()
    kept = [i for i, line in enumerate(out) if re.match(r"\s*\d+ [ ~] ", line)]  # the kept lines, as rendered
    assert len(kept) > 10
    for i in kept:  # each right under its header and evidence
        assert out[i - 1].startswith(("    evidence: words ", "    nearest rule declined: ")), out[i - 1]
        header = out[i - 2] if out[i - 1].startswith("    evidence") else out[i - 3]
        assert header.startswith("+++ kept by boilerplate [kept."), header
    assert fast("--why-kept", "--example", cwd=tmp_path).returncode == 2  # it goes with --explain


def test_stdin_to_stdout_plain_and_gzip(tmp_path):
    # through real pipes: the program's stdin and stdout
    text = TEXTS[SEED]
    p = cli_process("--no-typos", "-", cwd=tmp_path, stdin=text.encode("utf-8"))
    assert p.returncode == 0, err(p)
    assert p.stdout.decode("utf-8") == expected(text)
    p = cli_process("--no-typos", "-q", cwd=tmp_path, stdin=gzip.compress(text.encode("utf-8")))
    assert p.returncode == 0 and p.stderr == b""
    assert p.stdout.decode("utf-8") == expected(text)


def test_single_file_goes_to_stdout_or_to_one_file(tmp_path, corpus):
    f = corpus / f"{SEED}.txt"
    p = fast(str(f), cwd=tmp_path)
    assert p.stdout.decode("utf-8") == expected(TEXTS[SEED])
    p = fast(str(f), "-o", "one.txt", cwd=tmp_path)
    assert p.returncode == 0 and p.stdout == b""
    assert (tmp_path / "one.txt").read_text(encoding="utf-8") == expected(TEXTS[SEED])


def test_directory_is_mirrored_recursively_with_gzip_and_glob(tmp_path, corpus):
    p = fast(str(corpus), "-o", "out", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    got = outputs(tmp_path / "out")
    s = SEEDS
    assert sorted(got) == sorted([f"{s[0]}.txt", f"{s[1]}.txt", f"{s[2]}.txt", f"sub/{s[3]}.txt", f"sub/{s[4]}.txt.gz"])
    assert got[f"sub/{s[3]}.txt"].decode("utf-8") == expected(TEXTS[s[3]])
    assert gzip.decompress(got[f"sub/{s[4]}.txt.gz"]).decode("utf-8") == expected(TEXTS[s[4]])
    assert "5 documents cleaned, 0 failed" in err(p)
    assert "removed: " in err(p) and "newsletter.signup" in err(p)

    p = fast(str(corpus), "--glob", "*.gz", "-o", "gz", cwd=tmp_path)
    assert list(outputs(tmp_path / "gz")) == [f"sub/{s[4]}.txt.gz"]


def test_jobs_2_gives_the_serial_result(tmp_path, corpus):
    assert fast(str(corpus), "-o", "serial", cwd=tmp_path).returncode == 0
    p = fast(str(corpus), "-o", "par", "--jobs", "2", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    assert outputs(tmp_path / "par") == outputs(tmp_path / "serial")


def test_several_inputs_without_output_is_a_usage_error(tmp_path, corpus):
    p = fast(str(corpus), cwd=tmp_path)
    assert p.returncode == 2 and "-o DIR" in err(p)
    assert fast("--jobs", "-1", "-", cwd=tmp_path).returncode == 2
    assert fast("--no-such-option", cwd=tmp_path).returncode == 2


# -- bad input -------------------------------------------------------------------
def test_bad_inputs_are_reported_and_the_rest_is_cleaned(tmp_path, corpus):
    (corpus / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (corpus / "latin.txt").write_bytes("Caf\u00e9 society \u2013 a review\n".encode("cp1252"))
    (corpus / "garbage.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "utf16.txt").write_bytes("The council met.\n".encode("utf-16"))
    (corpus / "huge.txt").write_text("word " * 5000, encoding="utf-8")
    (corpus / "broken.txt.gz").write_bytes(gzip.compress(b"The council met.\n" * 100)[:40])
    p = fast(str(corpus), "tmp/missing.txt", "-o", "out", "--max-bytes", "20000", cwd=tmp_path)
    assert p.returncode == 1
    e = err(p)
    assert "binary.bin: error: binary file" in e
    assert "garbage.txt: error: not valid UTF-8 (byte 0x81 at offset 0), nor clean cp1252" in e
    assert "latin.txt: warning: not valid UTF-8" in e and "cp1252" in e
    assert "empty.txt: warning: empty input" in e
    assert "utf16.txt: warning: decoded as UTF-16" in e
    assert "huge.txt: error:" in e and "--max-bytes" in e
    assert "broken.txt.gz: error:" in e
    assert "tmp/missing.txt: error: no such file or directory" in e
    assert "5 failed" in e
    got = outputs(tmp_path / "out")
    assert got["latin.txt"].decode("utf-8") == "Caf\u00e9 society \u2013 a review\n"
    assert got["empty.txt"] == b""
    assert got["utf16.txt"] == b"The council met.\n"
    for name in ("binary.bin", "garbage.txt", "huge.txt", "broken.txt.gz", "missing.txt"):
        assert name not in got
    assert got[f"{SEEDS[0]}.txt"].decode("utf-8") == expected(TEXTS[SEEDS[0]])
    assert not [n for n in os.listdir(tmp_path / "out") if n.startswith(".")]


def test_empty_stdin_is_a_warning_not_a_crash(tmp_path):
    p = fast("-", cwd=tmp_path, stdin=b"")
    assert p.returncode == 0 and p.stdout == b""
    assert "<stdin>: warning: empty input" in err(p)


def test_one_huge_line_of_text(tmp_path):
    f = tmp_path / "one_line.txt"
    f.write_text("The council met on Monday and agreed the plan. " * 20000, encoding="utf-8")
    p = fast(str(f), "-o", "out.txt", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").startswith("The council met")


def test_html_input_forced_and_detected(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>T</title><script>var x = 'SIGN UP';</script></head><body>"
        "<h1>Council backs plan</h1><p>Sign up to our free daily newsletter</p>"
        "<p>The council met on Monday.</p><noscript>enable js</noscript></body></html>"
    )
    p = fast("-", cwd=tmp_path, stdin=page.encode("utf-8"))
    # the page's <h1> is its headline: kept in the text and noted (issue 12: the headline is content)
    assert p.stdout.decode("utf-8") == "Council backs plan\n\nThe council met on Monday.\n"
    fragment = "<p>The council met on Monday.</p>"
    assert fast("--html", "-", cwd=tmp_path, stdin=fragment.encode()).stdout == b"The council met on Monday.\n"
    assert fast("--no-html", "-", cwd=tmp_path, stdin=page.encode()).stdout.startswith(b"<!DOCTYPE")


def test_html_pages_use_the_markup(tmp_path):
    """--html and detected pages go through clean_html: the page's nav and caption go by their
    markup, a page in a declared legacy charset is decoded by it, --explain shows the page's text."""
    fixtures = Path(__file__).parent / "fixtures" / "html"
    out = fast("--html", str(fixtures / "blog_post.html"), cwd=tmp_path).stdout.decode("utf-8")
    assert out.startswith("The soil finally warmed up this week") and "Archive" not in out and "Freshly sown" not in out
    out = fast(str(fixtures / "cp1251.html"), cwd=tmp_path).stdout.decode("utf-8")
    assert out.startswith("Городской совет") and "Главная" not in out
    shown = fast("--explain", str(fixtures / "blog_post.html"), cwd=tmp_path).stdout.decode("utf-8")
    assert "[boilerplate.captions]" in shown and "- Freshly sown rows" in shown and "metadata: headline: Notes" in shown


# -- JSON Lines ------------------------------------------------------------------
def write_jsonl(path: Path, records: list, extra_lines: list[bytes] = ()) -> None:
    with open(path, "wb") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n")
        for line in extra_lines:
            f.write(line + b"\n")


def test_jsonl_round_trip_other_fields_pass_through(tmp_path):
    records = [{"id": i, "body": TEXTS[s], "meta": {"url": f"https://example.org/{i}", "tags": ["a", "é"]}} for i, s in enumerate(SEEDS)]
    write_jsonl(tmp_path / "in.jsonl", records)
    p = fast("--jsonl", "--field", "body", "in.jsonl", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    got = [json.loads(line) for line in p.stdout.decode("utf-8").splitlines()]
    assert [{k: v for k, v in g.items() if k != "body"} for g in got] == [{k: v for k, v in r.items() if k != "body"} for r in records]
    assert [g["body"] for g in got] == [expected(r["body"]) for r in records]

    p = fast("--jsonl", "--field", "body", "--out-field", "clean", "in.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    got = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["body"] for g in got] == [r["body"] for r in records]
    assert [g["clean"] for g in got] == [expected(r["body"]) for r in records]
    assert list(got[0]) == ["id", "body", "meta", "clean"]


def test_jsonl_other_fields_are_copied_byte_for_byte(tmp_path):
    lines = [
        # numbers json.loads would change (1e400 -> Infinity, lost digits, -0, exponent spelling, a 5000-digit int)
        '{"id": 1e400, "x": 1.00000000000000001, "z": -0.0, "e": 1E+2, "big": ' + "9" * 5000 + ', "text": "SIGN UP\\n\\nThe council met."}',
        # escapes, odd spacing, key order, nested values, a non-ASCII key, a repeated key
        '{ "url":"https:\\/\\/example.org\\/\\u00e9" ,"text" :"SIGN UP\\n\\nThe council met.","m":{"b":[1,2.50,{"c":null}],"a":true}, "\u00e9": "\\ud83d\\ude00"}',
        '{"text": "ignored", "n": 10.0, "text": "SIGN UP\\n\\nThe council met."}',
    ]
    raw = "".join(line + ending for line, ending in zip(lines, ["\n", "\r\n", ""])).encode("utf-8")
    (tmp_path / "in.jsonl").write_bytes(raw)
    old = '"SIGN UP\\n\\nThe council met."'
    new = json.dumps(expected("SIGN UP\n\nThe council met."))
    assert new == '"The council met."'  # no newline added to a JSONL field

    p = fast("--jsonl", "in.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    want = [lines[0].replace(old, new), lines[1].replace(old, new), lines[2][::-1].replace(old[::-1], new[::-1], 1)[::-1]]
    assert (tmp_path / "out.jsonl").read_bytes() == "".join(w + e for w, e in zip(want, ["\n", "\r\n", "\n"])).encode("utf-8")

    p = fast("--jsonl", "in.jsonl", "--out-field", "clean", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    got = p.stdout.decode("utf-8").split("\n")
    assert got[0] == lines[0][:-1] + f', "clean": {new}' + "}"
    assert got[1] == lines[1][:-1] + f', "clean": {new}' + "}\r"
    assert got[2] == lines[2][:-1] + f', "clean": {new}' + "}"
    for line in got[:3]:
        json.loads(line, parse_int=str, parse_constant=lambda c: pytest.fail(f"{c} in the output"))

    # An existing --out-field is replaced in place; the cleaned field stays as it was.
    (tmp_path / "c.jsonl").write_text('{"clean": 1e400, "text": "SIGN UP\\n\\nThe council met.", "k": 1.10}\n', encoding="utf-8")
    p = fast("--jsonl", "c.jsonl", "--out-field", "clean", cwd=tmp_path)
    assert p.stdout.decode("utf-8") == f'{{"clean": {new}, "text": "SIGN UP\\n\\nThe council met.", "k": 1.10}}\n'


def test_jsonl_nan_and_infinity_are_not_json(tmp_path):
    (tmp_path / "in.jsonl").write_text(
        '{"a": NaN, "text": "x"}\n{"text": "y", "b": [1, -Infinity]}\n{"text": "The council met.", "c": "NaN"}\nInfinity\n',
        encoding="utf-8",
    )
    p = fast("--jsonl", "in.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert p.returncode == 1
    e = err(p)
    assert "in.jsonl:1: error: not valid JSON: NaN is not a JSON value (in field 'a')" in e
    assert "in.jsonl:2: error: not valid JSON: -Infinity is not a JSON value (in field 'b')" in e
    assert "in.jsonl:4: error: not valid JSON: Infinity is not a JSON value" in e
    # the lines that are not JSON are written through unchanged (--on-error keep, the default)
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == (
        '{"a": NaN, "text": "x"}\n{"text": "y", "b": [1, -Infinity]}\n{"text": "The council met.", "c": "NaN"}\nInfinity\n'
    )


def test_jsonl_malformed_lines_are_reported_with_line_numbers(tmp_path):
    good = {"id": 1, "text": "SIGN UP\n\nThe council met on Monday."}
    write_jsonl(
        tmp_path / "in.jsonl",
        [good],
        [
            b"{not json",
            b'{"id": 3}',
            b'{"id": 4, "text": null}',
            b"[1, 2]",
            b"",
            b'{"id": 7, "text": "caf\xe9 society"}',
            b'{"id": 8, "text": "' + b"x" * 3000 + b'"}',
            b'{"id": 9, "text": "The council met."}',
        ],
    )
    p = fast("--jsonl", "in.jsonl", "-o", "out.jsonl", "--max-bytes", "2000", "--report", "rep.jsonl", cwd=tmp_path)
    assert p.returncode == 1
    e = err(p)
    assert "in.jsonl:2: error: not valid JSON" in e
    assert "in.jsonl:3: error: no field 'text'" in e
    assert "in.jsonl:4: error: field 'text' is null, not a string" in e
    assert "in.jsonl:5: error: not a JSON object but an array" in e
    assert "in.jsonl:7: warning: not valid UTF-8" in e
    assert "in.jsonl:8: error: line is longer than the limit of 2,000 bytes" in e
    # every record but the over-long line is written, the failed ones unchanged (--on-error keep)
    lines = (tmp_path / "out.jsonl").read_bytes().splitlines()
    assert lines[1:5] == [b"{not json", b'{"id": 3}', b'{"id": 4, "text": null}', b"[1, 2]"]
    out = [json.loads(line) for line in lines[:1] + lines[5:]]
    assert [o["id"] for o in out] == [1, 7, 9]
    assert out[0]["text"] == "The council met on Monday."
    assert out[1]["text"] == "caf\u00e9 society"
    report = [json.loads(line) for line in (tmp_path / "rep.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["line"], "error" in r) for r in report] == [(1, False), (2, True), (3, True), (4, True), (5, True), (7, False), (8, True), (9, False)]


def test_jsonl_gzip_in_and_out_and_jobs_2(tmp_path):
    records = [{"id": i, "text": TEXTS[SEEDS[i % len(SEEDS)]]} for i in range(200)]
    raw = b"".join(json.dumps(r).encode() + b"\n" for r in records)
    (tmp_path / "in.jsonl.gz").write_bytes(gzip.compress(raw))
    p = fast("--jsonl", "in.jsonl.gz", "-o", "out.jsonl.gz", "--jobs", "2", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    got = [json.loads(line) for line in gzip.decompress((tmp_path / "out.jsonl.gz").read_bytes()).splitlines()]
    assert [g["id"] for g in got] == list(range(200))
    assert [g["text"] for g in got] == [expected(r["text"]) for r in records]
    assert "200 documents cleaned" in err(p)


def test_report_has_one_line_per_document(tmp_path, corpus):
    p = fast(str(corpus), "-o", "out", "--report", "report.jsonl", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    lines = [json.loads(x) for x in (tmp_path / "report.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 5
    by_name = {Path(r["input"]).name: r for r in lines}
    r = by_name[f"{SEED}.txt"]
    assert set(r) >= {"input", "metadata", "removals", "fixes"} and "text" not in r
    result = FAST.run(TEXTS[SEED])
    assert r["metadata"] == result.metadata.to_dict()
    assert [(x["code"], x["start"], x["end"], x["reason"]) for x in r["removals"]] == [
        (x.code, x.start, x.end, x.reason) for x in result.removals
    ]


# -- never overwrite, in place, resume -------------------------------------------
def test_never_writes_over_an_input(tmp_path, corpus):
    before = outputs(corpus)
    p = fast(str(corpus), "-o", str(corpus), cwd=tmp_path)
    assert p.returncode == 2 and "overwrite" in err(p)
    f = corpus / f"{SEED}.txt"
    p = fast(str(f), "-o", str(f), cwd=tmp_path)
    assert p.returncode == 2 and "--in-place" in err(p)
    p = fast(str(f), "--report", str(f), "-o", "x.txt", cwd=tmp_path)
    assert p.returncode == 2
    assert outputs(corpus) == before


def test_report_never_overwrites_an_output(tmp_path, corpus):
    f = corpus / f"{SEED}.txt"
    # -o FILE and --report naming the same file (also spelled differently, and as a hard link).
    for out, report in (("out.txt", "out.txt"), ("out.txt", "./sub/../out.txt"), ("sub/../o2.txt", str(tmp_path / "o2.txt"))):
        (tmp_path / "sub").mkdir(exist_ok=True)
        p = fast(str(f), "-o", out, "--report", report, cwd=tmp_path)
        assert p.returncode == 2 and "--report" in err(p) and "would overwrite the output" in err(p), err(p)
        assert not (tmp_path / Path(out).name).exists()
    (tmp_path / "old.txt").write_text("earlier output\n", encoding="utf-8")
    os.link(tmp_path / "old.txt", tmp_path / "link.txt")
    p = fast(str(f), "-o", "old.txt", "--report", "link.txt", cwd=tmp_path)
    assert p.returncode == 2 and "would overwrite the output" in err(p)
    assert (tmp_path / "old.txt").read_text(encoding="utf-8") == "earlier output\n"
    # -o DIR and a report inside it on one of the outputs; the directory already exists or not.
    for d in ("o/", "existing"):
        (tmp_path / "existing").mkdir(exist_ok=True)
        p = fast(str(f), str(corpus / "sub"), "-o", d, "--report", f"{d.rstrip('/')}/{SEED}.txt", cwd=tmp_path)
        assert p.returncode == 2 and "would overwrite the output" in err(p), err(p)
        p = fast(str(corpus), "-o", d, "--report", f"{d.rstrip('/')}/sub/{SEEDS[3]}.txt", cwd=tmp_path)
        assert p.returncode == 2 and "would overwrite the output" in err(p), err(p)
    assert not (tmp_path / "o").exists() and not list((tmp_path / "existing").iterdir())
    # JSON Lines: -o FILE shared by several inputs.
    write_jsonl(tmp_path / "a.jsonl", [{"text": "x"}])
    p = fast("--jsonl", "a.jsonl", "-", "-o", "all.jsonl", "--report", "all.jsonl", cwd=tmp_path, stdin=b'{"text": "y"}\n')
    assert p.returncode == 2 and not (tmp_path / "all.jsonl").exists()
    # In place: the report would be one of the inputs (that are also the outputs).
    before = outputs(corpus)
    p = fast("--in-place", str(corpus), "--report", str(f), cwd=tmp_path)
    assert p.returncode == 2 and "would overwrite the input" in err(p)
    p = fast(str(f), "-o", "x.txt", "--report", str(tmp_path), cwd=tmp_path)
    assert p.returncode == 2 and "is a directory" in err(p)
    assert outputs(corpus) == before
    # A report beside the outputs is fine.
    p = fast(str(corpus), "-o", "o", "--report", "o/report.jsonl", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    assert len((tmp_path / "o" / "report.jsonl").read_text(encoding="utf-8").splitlines()) == 5


def test_two_inputs_with_one_output_is_a_usage_error(tmp_path):
    for d in ("d1", "d2"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text(f"The council met in {d}.\n", encoding="utf-8")
    p = fast("d1/a.txt", "d2/a.txt", "-o", "o/", cwd=tmp_path)
    assert p.returncode == 2 and "would both be written to" in err(p)
    assert not (tmp_path / "o").exists()


def test_in_place_refuses_html(tmp_path):
    page = "<!DOCTYPE html><html><body><h1>Council backs plan</h1><p>The council met on Monday.</p></body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "a.txt").write_text("SIGN UP\n\nThe council met on Monday.\n", encoding="utf-8")
    p = fast("--in-place", "page.html", "a.txt", cwd=tmp_path)
    assert p.returncode == 1
    assert "page.html: error: is HTML; --in-place would replace the page with plain text" in err(p)
    assert (tmp_path / "page.html").read_text(encoding="utf-8") == page  # untouched
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "The council met on Monday.\n"  # the rest was cleaned
    # Detected by content, whatever the name; --html makes every input HTML, so it is a usage error.
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    p = fast("--in-place", "page.txt", cwd=tmp_path)
    assert p.returncode == 1 and (tmp_path / "page.txt").read_text(encoding="utf-8") == page
    p = fast("--in-place", "--html", "a.txt", cwd=tmp_path)
    assert p.returncode == 2 and "--in-place with --html" in err(p)
    assert not [x for x in tmp_path.iterdir() if x.name.startswith(".articleclean-")]
    # --no-html says explicitly to clean it as text (and keep the markup).
    p = fast("--in-place", "--no-html", "page.html", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    assert (tmp_path / "page.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_in_place(tmp_path, corpus):
    f = corpus / f"{SEED}.txt"
    os.chmod(f, 0o640)
    p = fast("--in-place", str(f), str(corpus / "sub"), cwd=tmp_path)
    assert p.returncode == 0, err(p)
    assert f.read_text(encoding="utf-8") == expected(TEXTS[SEED])
    assert f.stat().st_mode & 0o777 == 0o640
    gz = corpus / "sub" / f"{SEEDS[4]}.txt.gz"
    assert gzip.decompress(gz.read_bytes()).decode("utf-8") == expected(TEXTS[SEEDS[4]])
    assert (corpus / f"{SEEDS[0]}.txt").read_text(encoding="utf-8") == TEXTS[SEEDS[0]]  # not named
    assert not [p for p in corpus.rglob(".articleclean-*")]


def test_in_place_jsonl_keeps_the_input_when_a_line_fails(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"text": "SIGN UP\n\nThe council met."}])
    write_jsonl(tmp_path / "b.jsonl", [{"text": "SIGN UP\n\nThe council met."}], [b"{broken"])
    before = (tmp_path / "b.jsonl").read_bytes()
    p = fast("--jsonl", "--in-place", "a.jsonl", "b.jsonl", cwd=tmp_path)
    assert p.returncode == 1
    assert "b.jsonl: error: left unchanged" in err(p)
    assert (tmp_path / "b.jsonl").read_bytes() == before
    assert json.loads((tmp_path / "a.jsonl").read_text(encoding="utf-8"))["text"] == "The council met."
    assert sorted(os.listdir(tmp_path)) == ["a.jsonl", "b.jsonl"]


def test_skip_existing_resumes_a_batch(tmp_path, corpus):
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    (out / f"{SEED}.txt").write_text("done earlier\n", encoding="utf-8")
    p = fast(str(corpus), "-o", "out", "--skip-existing", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    assert (out / f"{SEED}.txt").read_text(encoding="utf-8") == "done earlier\n"
    assert (out / f"{SEEDS[0]}.txt").read_text(encoding="utf-8") == expected(TEXTS[SEEDS[0]])
    assert "4 documents cleaned" in err(p) and "1 skipped" in err(p)


def _big_jsonl(path: Path, n: int) -> None:
    with open(path, "wb") as f:
        for i in range(n):
            f.write(json.dumps({"id": i, "text": TEXTS[SEEDS[i % len(SEEDS)]]}).encode() + b"\n")


def _wait_for(predicate, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)


def _temp_files(d: Path) -> list[Path]:
    return [p for p in d.rglob(".articleclean-*")]


def test_sigkill_mid_jsonl_leaves_no_output(tmp_path):
    _big_jsonl(tmp_path / "in.jsonl", 4000)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "articleclean", "--no-typos", "-q", "--jsonl", "in.jsonl", "-o", "out/clean.jsonl"],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for(lambda: any(p.stat().st_size > 0 for p in _temp_files(out_dir)) or proc.poll() is not None)
        assert proc.poll() is None, "finished before it could be interrupted; make the input larger"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert not (out_dir / "clean.jsonl").exists()
    assert all(p.name.startswith(".articleclean-") for p in out_dir.iterdir())  # only hidden temporaries


def test_sigterm_cleans_up_and_sigkill_keeps_finished_files_whole(tmp_path, corpus):
    # SIGTERM: exit 143 (128 + 15, as for a process the signal killed), temporary file removed, no output.
    _big_jsonl(tmp_path / "in.jsonl", 4000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "articleclean", "--no-typos", "-q", "--jsonl", "in.jsonl", "-o", "out/clean.jsonl"],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _wait_for(lambda: ((tmp_path / "out").is_dir() and bool(_temp_files(tmp_path / "out"))) or proc.poll() is not None)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 143, stderr
    assert b"articleclean: terminated; finished outputs are complete" in stderr
    assert b"Traceback" not in stderr
    assert list((tmp_path / "out").iterdir()) == []

    # SIGKILL during a directory batch: every file under a final name is complete.
    many = tmp_path / "many"
    many.mkdir()
    for i in range(200):
        seed = SEEDS[i % len(SEEDS)]
        (many / f"{i:03d}.txt").write_text(TEXTS[seed], encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "articleclean", "--no-typos", "-q", str(many), "-o", "mout"],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
    )
    mout = tmp_path / "mout"
    _wait_for(lambda: (mout.is_dir() and len(list(mout.iterdir())) > 20) or proc.poll() is not None)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    finished = [p for p in mout.iterdir() if not p.name.startswith(".")]
    assert finished
    for p in finished:
        seed = SEEDS[int(p.stem) % len(SEEDS)]
        assert p.read_text(encoding="utf-8") == expected(TEXTS[seed]), p
    # ... and --skip-existing finishes the job.
    p = fast(str(many), "-o", "mout", "--skip-existing", "-j", "2", cwd=tmp_path, timeout=300)
    assert p.returncode == 0, err(p)
    assert len([p for p in mout.iterdir() if not p.name.startswith(".")]) == 200


@pytest.mark.parametrize("jsonl", [True, False])
def test_broken_pipe_stops_quietly_with_141(tmp_path, jsonl):
    # `articleclean big.jsonl | head -1`: the reader goes away; no message, no traceback, and
    # exit 141 (128 + SIGPIPE), what a shell shows for `yes | head` (see cli.py).
    if jsonl:
        _big_jsonl(tmp_path / "in.jsonl", 3000)
        args = ["--jsonl", "in.jsonl"]
    else:
        (tmp_path / "big.txt").write_text(("The council met on Monday and agreed the budget.\n\n") * 20_000, encoding="utf-8")
        args = ["big.txt"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "articleclean", "--no-typos", *args],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.read(100)
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(timeout=120) == 141, stderr
    assert stderr == b"" or (b"Traceback" not in stderr and b"Exception ignored" not in stderr and b"error" not in stderr), stderr


# -- choice of work and config precedence ----------------------------------------
def codes(report: Path) -> set[str]:
    return {r["code"] for line in report.read_text(encoding="utf-8").splitlines() for r in json.loads(line)["removals"]}


def test_only_skip_and_no_typos(tmp_path, corpus):
    f = str(corpus / f"{SEED}.txt")
    p = fast(f, "--only", "whitespace,newsletter", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    assert p.stdout.decode("utf-8") == FAST.only("whitespace", "newsletter").run(TEXTS[SEED]).text
    # the job listing after the article then goes as page furniture, not as jobs
    p = fast(f, "--skip", "jobs", "--report", "skip.jsonl", cwd=tmp_path)
    assert p.returncode == 0, err(p)
    assert p.stdout.decode("utf-8") == FAST.without("jobs").run(TEXTS[SEED]).text
    assert not {c for c in codes(tmp_path / "skip.jsonl") if c.startswith("jobs.")}
    p = fast(f, "--only", "nosuch", cwd=tmp_path)
    assert p.returncode == 2 and "unknown cleaner 'nosuch'" in err(p)
    # --no-typos works whether or not this version has a typos cleaner
    p = cli(f, "--no-typos", "--only", "whitespace", cwd=tmp_path)
    assert p.returncode == 0, err(p)


def test_config_precedence(tmp_path, corpus):
    f = str(corpus / f"{SEED}.txt")
    work = tmp_path / "project" / "deep"
    work.mkdir(parents=True)
    (tmp_path / "project" / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.articleclean]\nskip = ["newsletter"]\ntypos = false\n\n'
        "[tool.articleclean.cleaners.jobs]\nmin_anchors = 99\n",
        encoding="utf-8",
    )
    rep = work / "r.jsonl"

    def run(*args: str) -> set[str]:
        p = cli(f, "-o", str(work / "o.txt"), "--report", str(rep), *args, cwd=work)
        assert p.returncode == 0, err(p)
        return codes(rep)

    got = run()  # pyproject: newsletter skipped, jobs needs 99 anchors
    assert "newsletter.signup" not in got and "jobs.listing" not in got and "meta.byline" in got
    (work / "ac.toml").write_text("skip = []\n[cleaners.jobs]\nmin_anchors = 2\n", encoding="utf-8")
    got = run("--config", "ac.toml")  # --config beats pyproject
    assert "newsletter.signup" in got and "jobs.listing" in got
    got = run("--config", "ac.toml", "--skip", "newsletter", "--set", "jobs.min_anchors=99")  # command line beats both
    assert "newsletter.signup" not in got and "jobs.listing" not in got
    got = run("--no-config", "--no-typos")  # defaults (bar typos, to keep the test fast)
    assert "newsletter.signup" in got and "jobs.listing" in got

    (work / "bad.toml").write_text('colour = "red"\n', encoding="utf-8")
    p = cli(f, "--config", "bad.toml", cwd=work)
    assert p.returncode == 2 and "unknown setting 'colour'" in err(p)
    (work / "bad2.toml").write_text("[cleaners.jobs]\nnosuch = 1\n", encoding="utf-8")
    p = cli(f, "--config", "bad2.toml", cwd=work)
    assert p.returncode == 2 and "nosuch" in err(p)


class _Terminal(io.StringIO):
    """stderr as a terminal: the CLI shows its progress bar there."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("jsonl", [False, True])
def test_progress_counts_bytes_and_documents(tmp_path, monkeypatch, jsonl):
    # Issue 14.4: one large document is a large share of the work, so the bar counts bytes
    # (tqdm's unit "B", scaled: "kB"), with the documents or records done after it.
    src = tmp_path / "in"
    src.mkdir()
    texts = [read(FIXTURES / f"{seed}.txt") for seed in SEEDS]
    if jsonl:
        (src / "a.jsonl").write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)))
        args = ["--jsonl", str(src / "a.jsonl")]
    else:
        for i, t in enumerate(texts):
            (src / f"{i}.txt").write_text(t, encoding="utf-8")
        args = [str(src)]
    err = _Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    progress = runner._progress  # every update drawn, however fast the run
    monkeypatch.setattr(runner, "_progress", lambda enabled, **kw: progress(enabled, mininterval=0, **kw))
    assert main([*args, "-o", str(tmp_path / "out"), "--jobs", "1"]) == 0
    shown = err.getvalue()
    size = sum(p.stat().st_size for p in src.iterdir())
    assert f"/{size / 1000:.1f}k " in shown, shown  # the total, in bytes
    assert "B/s" in shown, shown
    assert (" records]" if jsonl else " documents]") in shown, shown
