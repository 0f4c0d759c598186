"""Issue 14.3: a JSON Lines run started with --resume is checkpointed by line, and a stopped one
goes on from its last checkpoint when rerun with --resume: the output is byte for byte the one
an uninterrupted run writes, the report has every line's row once, every record is accounted
for, and an input that changed since the checkpoint is refused (exit 2), never spliced.

Interrupts are simulated in this process (Ctrl-C raised while a record is cleaned, or while an
output line is written, part-way through a batch) and sent to the real program (SIGINT, and
SIGKILL, which leaves only the periodic checkpoint)."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import articleclean
from articleclean.batch import checkpoint, documents, runner

from .test_cli import err, fast

TEXT = ("Sign up to our free daily newsletter\n\nThe council met on Monday and agreed the budget for {n}.\n\n"
        "Advertisement\n\nShe said the plan would cost {n} pounds a year.\n")  # fmt: skip
BAD_EARLY, BLANK, BAD_LATE = 40, 10, 250  # a line that is not JSON, a blank line, a record without its field


def _input(path: Path, n: int = 300) -> None:
    lines = []
    for i in range(1, n + 1):
        if i == BAD_EARLY:
            lines.append("{not json")
        elif i == BLANK:
            lines.append("")
        elif i == BAD_LATE:
            lines.append(json.dumps({"id": i, "body": "no text field"}))
        else:
            lines.append(json.dumps({"id": i, "text": TEXT.format(n=i)}))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _leftovers(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir() if p.name.startswith("."))


def _baseline(tmp_path: Path, src: str, name: str) -> tuple[bytes, list[dict]]:
    """The output and report of an uninterrupted run (without --resume)."""
    p = fast("--jsonl", src, "-o", f"whole/{name}", "--report", "whole.jsonl", "-q", cwd=tmp_path)
    assert p.returncode == 1, err(p)  # the two bad records
    return (tmp_path / "whole" / name).read_bytes(), _rows(tmp_path / "whole.jsonl")


class _CtrlC:
    """Ctrl-C on the ``at``-th call of ``fn``, once."""

    def __init__(self, fn, at: int) -> None:
        self.fn, self.at, self.calls = fn, at, 0

    def __call__(self, *args, **kw):
        self.calls += 1
        if self.calls == self.at:
            raise KeyboardInterrupt
        return self.fn(*args, **kw)


@pytest.mark.parametrize(
    ("where", "src", "name"),
    [
        ("cleaning", "in.jsonl", "out.jsonl"),  # Ctrl-C while line 150 is cleaned
        ("writing", "in.jsonl", "out.jsonl"),  # Ctrl-C while line 150 is written: lines 129-149 are on disk past the checkpoint
        ("writing", "in.jsonl.gz", "out.jsonl.gz"),
    ],
)
def test_an_interrupted_jsonl_run_resumes_part_way_to_the_same_output(tmp_path, monkeypatch, where, src, name):
    _input(tmp_path / src)
    whole, whole_rows = _baseline(tmp_path, src, name)
    out = tmp_path / "out"
    target = out / name
    args = ("--jsonl", src, "-o", f"out/{name}", "--report", "rep.jsonl", "--resume")
    # Checkpoint after every batch (64 records), not once a second, so that where it stops is known.
    monkeypatch.setattr(checkpoint, "CHECKPOINT_SECONDS", 0.0)
    if where == "cleaning":
        monkeypatch.setattr(documents, "clean_record", _CtrlC(documents.clean_record, 149))  # line 150 (line 10 is blank)
    else:
        monkeypatch.setattr(runner, "write_all", _CtrlC(runner.write_all, 149))

    p = fast(*args, cwd=tmp_path)
    assert p.returncode == 130, err(p)
    assert "checkpointed after line 129" in err(p) and "--resume" in err(p)  # two batches of 64 records, and the blank line
    assert not target.exists()  # never a half-written final output
    assert _leftovers(out) == sorted([f".articleclean-{name}.partial", f".articleclean-{name}.checkpoint"])
    state = json.loads((out / f".articleclean-{name}.checkpoint").read_text(encoding="utf-8"))
    assert state["line"] == 129 and state["failed"] == 1
    partial = (out / f".articleclean-{name}.partial").read_bytes()
    assert partial[: state["output"]] == (gzip.decompress(whole) if name.endswith(".gz") else whole)[: state["output"]]
    if where == "writing":
        assert len(partial) > state["output"]  # lines past the checkpoint: cut back on resume
        with open(out / f".articleclean-{name}.partial", "ab") as f:  # and a torn write longer than the rest of the output
            f.write(b'{"id": 150, "text": "torn' + b"x" * 200_000)
    first_rows = _rows(tmp_path / "rep.jsonl.partial")
    assert first_rows and first_rows[-1]["line"] >= 129

    monkeypatch.undo()
    p = fast(*args, cwd=tmp_path)
    assert p.returncode == 1, err(p)  # the record that failed before the checkpoint still counts
    assert f"resuming out/{name} after line 129" in err(p)
    assert "1 record(s) up to line 129 could not be cleaned in the earlier run" in err(p)
    assert f"{src}:{BAD_LATE}: error: no field 'text'" in err(p)
    assert f"{src}:{BAD_EARLY}:" not in err(p)  # named by the first run, not cleaned again
    assert "170 documents cleaned, 2 failed" in err(p)  # lines 130-300 less the bad one: the rest, not all 298
    assert target.read_bytes() == whole  # byte for byte
    assert _leftovers(out) == []
    rows = _rows(tmp_path / "rep.jsonl")
    assert [r["line"] for r in rows] == [i for i in range(1, 301) if i != BLANK]
    assert rows == whole_rows
    assert not (tmp_path / "rep.jsonl.partial").exists()


def test_a_second_interrupt_and_a_killed_run_keep_every_row(tmp_path, monkeypatch):
    """Interrupted twice; the second resume sees rows past the checkpoint in the sidecar (as a
    killed run leaves them) and the report still has each line once, as an uninterrupted run."""
    _input(tmp_path / "in.jsonl")
    whole, whole_rows = _baseline(tmp_path, "in.jsonl", "out.jsonl")
    args = ("--jsonl", "in.jsonl", "-o", "out/out.jsonl", "--report", "rep.jsonl", "--resume")
    monkeypatch.setattr(checkpoint, "CHECKPOINT_SECONDS", 0.0)
    monkeypatch.setattr(runner, "write_all", _CtrlC(runner.write_all, 100))
    assert fast(*args, cwd=tmp_path).returncode == 130
    monkeypatch.setattr(runner, "write_all", _CtrlC(runner.write_all, 140))  # 140 more records: stops at line 205
    p = fast(*args, cwd=tmp_path)
    assert p.returncode == 130 and "resuming out/out.jsonl after line 65" in err(p)
    monkeypatch.undo()
    p = fast(*args, cwd=tmp_path)
    assert p.returncode == 1 and "resuming out/out.jsonl after line 193" in err(p)
    assert (tmp_path / "out" / "out.jsonl").read_bytes() == whole
    assert _rows(tmp_path / "rep.jsonl") == whole_rows


def _interrupted(tmp_path: Path, monkeypatch, *extra: str) -> tuple[Path, dict[str, bytes]]:
    _input(tmp_path / "in.jsonl")
    monkeypatch.setattr(checkpoint, "CHECKPOINT_SECONDS", 0.0)
    with monkeypatch.context() as m:
        m.setattr(documents, "clean_record", _CtrlC(documents.clean_record, 200))
        assert fast("--jsonl", "in.jsonl", "-o", "out/", "--resume", *extra, cwd=tmp_path).returncode == 130
    out = tmp_path / "out"
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("edit", "in.jsonl changed since out/in.jsonl was checkpointed (its first"),
        ("shorten", "in.jsonl changed since out/in.jsonl was checkpointed"),
        ("settings", "the checkpoint was made with other settings"),
        ("partial", "the partial output is missing or shorter than its checkpoint"),
    ],
)
def test_a_changed_input_or_setting_is_refused_not_spliced(tmp_path, monkeypatch, change, message):
    out, before = _interrupted(tmp_path, monkeypatch)
    src = tmp_path / "in.jsonl"
    extra: tuple[str, ...] = ()
    if change == "edit":  # one record before the checkpoint, same length
        src.write_bytes(src.read_bytes().replace(b"budget for 7.", b"budget for 8."))
    elif change == "shorten":
        src.write_bytes(src.read_bytes()[:5000])
    elif change == "settings":
        extra = ("--out-field", "clean")
    else:
        (out / ".articleclean-in.jsonl.partial").write_bytes(b"")
        before[".articleclean-in.jsonl.partial"] = b""
    p = fast("--jsonl", "in.jsonl", "-o", "out/", "--resume", *extra, cwd=tmp_path)
    assert p.returncode == 2, err(p)
    assert message in err(p)
    assert "documents cleaned" not in err(p)  # refused before anything was cleaned
    assert {q.name: q.read_bytes() for q in out.iterdir()} == before  # the checkpoint and partial output untouched


def test_without_the_prefix_check_a_changed_input_would_be_spliced(tmp_path, monkeypatch):
    """The check is what stops the splice: give the checkpoint the changed input's hash (as if
    it were not checked), and the resumed output is not what the changed input gives."""
    out, _ = _interrupted(tmp_path, monkeypatch)
    src = tmp_path / "in.jsonl"
    src.write_bytes(src.read_bytes().replace(b"budget for 7.", b"budget for 8."))
    ckpt = out / ".articleclean-in.jsonl.checkpoint"
    state = json.loads(ckpt.read_text(encoding="utf-8"))
    state["sha256"] = hashlib.sha256(src.read_bytes()[: state["end"]]).hexdigest()
    ckpt.write_text(json.dumps(state), encoding="utf-8")
    p = fast("--jsonl", "in.jsonl", "-o", "out/", "--resume", cwd=tmp_path)
    assert p.returncode == 1, err(p)
    spliced = (out / "in.jsonl").read_bytes()
    assert fast("--jsonl", "in.jsonl", "-o", "fresh.jsonl", "-q", cwd=tmp_path).returncode == 1
    fresh = (tmp_path / "fresh.jsonl").read_bytes()
    assert spliced != fresh
    assert b"budget for 7." in spliced and b"budget for 7." not in fresh  # record 7 of the old input


def test_resume_needs_one_output_file_per_input(tmp_path):
    _input(tmp_path / "a.jsonl", 5)
    _input(tmp_path / "b.jsonl", 5)
    p = fast("--jsonl", "a.jsonl", "b.jsonl", "-o", "both.jsonl", "--resume", cwd=tmp_path)
    assert p.returncode == 2 and "one output file per JSON Lines input" in err(p)
    p = fast("--jsonl", "a.jsonl", "--resume", cwd=tmp_path)
    assert p.returncode == 2 and "--resume needs -o" in err(p)
    p = fast("--jsonl", "-", "-o", "x.jsonl", "--resume", cwd=tmp_path, stdin=b'{"text": "x"}\n')
    assert p.returncode == 2 and "standard input" in err(p)
    assert not (tmp_path / "both.jsonl").exists() and not (tmp_path / "x.jsonl").exists()


def test_resume_skips_finished_outputs_and_forgets_a_stale_checkpoint(tmp_path):
    _input(tmp_path / "in.jsonl", 20)
    out = tmp_path / "out"
    out.mkdir()
    (out / "in.jsonl").write_bytes(b"finished earlier\n")
    (out / ".articleclean-in.jsonl.checkpoint").write_text("{}", encoding="utf-8")  # renamed, then killed
    p = fast("--jsonl", "in.jsonl", "-o", "out/", "--resume", cwd=tmp_path)
    assert p.returncode == 0 and "1 skipped" in err(p), err(p)
    assert sorted(q.name for q in out.iterdir()) == ["in.jsonl"]
    assert (out / "in.jsonl").read_bytes() == b"finished earlier\n"


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_the_program_stopped_by_a_signal_resumes_part_way(tmp_path, sig):
    """The real program, stopped by Ctrl-C (exit 130, a checkpoint at the stop) or killed (only the
    periodic checkpoint, with output and report rows past it on disk), then resumed."""
    n = 2000  # about 4 s of work; the first periodic checkpoint comes after 1 s
    with open(tmp_path / "in.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": i, "text": TEXT.format(n=i)}) + "\n")
    args = ["--no-typos", "--jsonl", "in.jsonl", "-o", "out/in.jsonl", "--report", "rep.jsonl", "--resume", "-q"]
    # The package this test imports, wherever it is (a relative PYTHONPATH=src would not hold in tmp_path).
    env = {**os.environ, "PYTHONPATH": str(Path(articleclean.__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, "-m", "articleclean", *args], cwd=tmp_path, stdin=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env)  # fmt: skip
    ckpt = tmp_path / "out" / ".articleclean-in.jsonl.checkpoint"
    deadline = time.monotonic() + 60
    while not ckpt.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "finished before it could be interrupted; make the input larger"
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == (130 if sig == signal.SIGINT else -signal.SIGKILL), stderr
    assert not (tmp_path / "out" / "in.jsonl").exists()
    stopped = json.loads(ckpt.read_text(encoding="utf-8"))["line"]
    assert 0 < stopped < n

    p = fast(*args[1:-1], cwd=tmp_path)
    assert p.returncode == 0, err(p)
    assert f"resuming out/in.jsonl after line {stopped:,}" in err(p)
    assert f"{n - stopped:,} documents cleaned" in err(p)
    whole = fast("--jsonl", "in.jsonl", "-o", "whole.jsonl", "-q", cwd=tmp_path)
    assert whole.returncode == 0
    assert (tmp_path / "out" / "in.jsonl").read_bytes() == (tmp_path / "whole.jsonl").read_bytes()
    assert [r["line"] for r in _rows(tmp_path / "rep.jsonl")] == list(range(1, n + 1))
    assert _leftovers(tmp_path / "out") == []
