"""JSON Lines records that cannot be cleaned are accounted for: written through (or as
--on-error says), named on stderr with their line number and in the report, exit 1."""

from __future__ import annotations

import json

import pytest

from articleclean.cli import main

GOOD = b'{"id": "a1", "text": "Sign up to our free daily newsletter\\n\\nThe council met on Monday."}'
BAD = [
    b'{"id": 2, "text": null}',
    b'{"id": 3, "text": 42}',
    b'{"id": 4, "text": ["x"]}',
    b'{"id": 5}',
    b"{not json",
    b"[1, 2]",
    b'{"id": 8, "text": 1e400, "k": 1.10}',
    b"{}",
]


def _write(path, lines):
    path.write_bytes(b"\n".join(lines) + b"\n")


def _run(tmp_path, capsys, *extra):
    rc = main(["--no-typos", "--jsonl", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"),
               "--report", str(tmp_path / "rep.jsonl"), *extra])
    err = capsys.readouterr().err
    out = (tmp_path / "out.jsonl").read_bytes().splitlines()
    report = [json.loads(x) for x in (tmp_path / "rep.jsonl").read_text(encoding="utf-8").splitlines()]
    return rc, err, out, report


def test_failed_records_are_written_through_by_default(tmp_path, capsys):
    lines = [GOOD, *BAD, GOOD.replace(b'"a1"', b'"z9"')]
    _write(tmp_path / "in.jsonl", lines)
    rc, err, out, report = _run(tmp_path, capsys)
    assert rc == 1
    assert len(out) == len(lines)  # the record count is kept
    assert out[1:-1] == BAD  # byte for byte
    assert json.loads(out[0]) == {"id": "a1", "text": "The council met on Monday."}
    assert "in.jsonl:2: error: field 'text' is null, not a string (id 2); written through unchanged" in err
    assert "in.jsonl:5: error: no field 'text' (use --field to name the text field) (id 5); written through unchanged" in err
    assert "in.jsonl:6: error: not valid JSON" in err
    assert f"{len(BAD)} failed ({len(BAD)} written through)" in err
    assert [r["line"] for r in report] == list(range(1, len(lines) + 1))
    assert [r.get("id") for r in report] == ["a1", 2, 3, 4, 5, None, None, 8, None, "z9"]
    assert [r.get("written") for r in report if "error" in r] == ["unchanged"] * len(BAD)


def test_on_error_skip_and_null_field(tmp_path, capsys):
    _write(tmp_path / "in.jsonl", [GOOD, *BAD])
    rc, err, out, report = _run(tmp_path, capsys, "--on-error", "skip")
    assert rc == 1 and len(out) == 1
    assert "in.jsonl:3: error: field 'text' is a number, not a string (id 3); not written" in err
    assert {r.get("written") for r in report if "error" in r} == {"no"}

    rc, err, out, report = _run(tmp_path, capsys, "--on-error", "null-field", "--out-field", "clean")
    assert rc == 1 and len(out) == 1 + len(BAD)
    assert out[1:] == [
        b'{"id": 2, "text": null, "clean": null}',
        b'{"id": 3, "text": 42, "clean": null}',
        b'{"id": 4, "text": ["x"], "clean": null}',
        b'{"id": 5, "clean": null}',
        b"{not json",  # not a JSON object: written unchanged
        b"[1, 2]",
        b'{"id": 8, "text": 1e400, "k": 1.10, "clean": null}',
        b'{"clean": null}',
    ]


def test_id_field_names_the_record(tmp_path, capsys):
    _write(tmp_path / "in.jsonl", [b'{"url": "https://x.test/1", "text": null}', b'{"url": 7, "id": 1, "text": "Hi."}'])
    rc, err, out, report = _run(tmp_path, capsys, "--id-field", "url")
    assert rc == 1 and len(out) == 2
    assert "in.jsonl:1: error: field 'text' is null, not a string (id https://x.test/1)" in err
    assert [r["id"] for r in report] == ["https://x.test/1", 7]


def test_over_long_line_is_named_but_cannot_be_written(tmp_path, capsys):
    _write(tmp_path / "in.jsonl", [b'{"text": "' + b"x" * 3000 + b'"}', b'{"text": "Hi."}'])
    rc, err, out, report = _run(tmp_path, capsys, "--max-bytes", "2000")
    assert rc == 1 and out == [b'{"text": "Hi."}']
    assert "in.jsonl:1: error: line is longer than the limit of 2,000 bytes (--max-bytes); not written" in err
    assert report[0]["written"] == "no"


@pytest.mark.parametrize("value", ["drop", 3])
def test_on_error_in_config_is_checked(tmp_path, capsys, value):
    (tmp_path / "c.toml").write_text(f"on-error = {json.dumps(value)}\n", encoding="utf-8")
    _write(tmp_path / "in.jsonl", [GOOD])
    with pytest.raises(SystemExit) as e:
        main(["--config", str(tmp_path / "c.toml"), "--jsonl", str(tmp_path / "in.jsonl")])
    assert e.value.code == 2 and "'on-error' must be one of keep, skip, null-field" in capsys.readouterr().err
