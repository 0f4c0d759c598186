"""Issue 14.3: an interrupted run keeps its report (REPORT.partial, named on stderr), and a
run resumed with --skip-existing completes it: one row per output."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from articleclean import BaseCleaner
from articleclean.batch import BatchOptions, discover, plan, run_batch
from articleclean.config import Settings, build_pipeline

FAST = build_pipeline(Settings(typos=False))
TEXT = "Sign up to our free daily newsletter\n\nThe council met on Monday and agreed the budget for {n}.\n"


@dataclass(frozen=True)
class CtrlC(BaseCleaner):
    """Ctrl-C while cleaning a document that says STOP."""

    name = "ctrlc"

    def apply(self, doc):
        if "STOP" in doc.source:
            raise KeyboardInterrupt
        return doc


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _run(pairs, pipeline, report, *, jsonl=False, skip_existing=False):
    messages: list[str] = []
    summary = run_batch(pairs, pipeline, BatchOptions(jsonl=jsonl, report=True), skip_existing=skip_existing,
                        report=report, log=messages.append)  # fmt: skip
    return summary, messages


def test_interrupted_file_batch_keeps_its_report_and_resume_completes_it(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"{i}.txt").write_text(TEXT.format(n=i) + ("STOP\n" if i == 3 else ""), encoding="utf-8")
    sources, _ = discover([str(src)])
    pairs = plan(sources, output=str(tmp_path / "out"), any_dir_input=True)
    report = tmp_path / "report.jsonl"
    partial = tmp_path / "report.jsonl.partial"

    with pytest.raises(KeyboardInterrupt):
        _run(pairs, FAST.with_cleaner(CtrlC()), report)
    done = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert done == ["0.txt", "1.txt", "2.txt"]
    assert not report.exists()  # the report is written atomically at the end ...
    first = _rows(partial)  # ... and what was finished is kept beside it, and named
    assert [Path(r["input"]).name for r in first] == done
    assert all(r["removals"] for r in first)
    assert str(partial) in capsys.readouterr().err

    # Resume: the three finished inputs are skipped, their rows carried over.
    summary, _ = _run(pairs, FAST, report, skip_existing=True)
    assert summary.skipped == 3 and summary.documents == 3
    rows = sorted(_rows(report), key=lambda r: r["input"])
    assert [Path(r["input"]).name for r in rows] == [f"{i}.txt" for i in range(6)]
    assert rows[:3] == first
    assert len(rows) == len(list((tmp_path / "out").iterdir()))
    assert not partial.exists()

    # Resuming once more, everything skipped: the finished report's rows are kept.
    _run(pairs, FAST, report, skip_existing=True)
    assert sorted(_rows(report), key=lambda r: r["input"]) == rows

    # An output made some other way has no earlier row: its row says so.
    (tmp_path / "out" / "4.txt").unlink()
    report.unlink()
    _run(pairs, FAST, report, skip_existing=True)
    rows = {Path(r["input"]).name: r.get("skipped") for r in _rows(report)}
    assert rows == {f"{i}.txt": None if i == 4 else "output exists; no earlier report row" for i in range(6)}


def test_interrupted_jsonl_batch_carries_the_finished_files_rows(tmp_path, capsys):
    for name, n, stop in (("a.jsonl", 5, False), ("b.jsonl", 4, True)):
        lines = [json.dumps({"id": i, "text": TEXT.format(n=i) + ("STOP" if stop and i == 2 else "")}) for i in range(n)]
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    sources, _ = discover([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")])
    pairs = plan(sources, output=str(tmp_path / "out"), jsonl=True)
    report = tmp_path / "rep.jsonl"

    with pytest.raises(KeyboardInterrupt):
        _run(pairs, FAST.with_cleaner(CtrlC()), report, jsonl=True)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.jsonl"]
    partial = _rows(tmp_path / "rep.jsonl.partial")
    assert [(Path(r["input"]).name, r["line"]) for r in partial] == [("a.jsonl", i) for i in range(1, 6)]  # b.jsonl was interrupted in its first batch

    _run(pairs, FAST, report, jsonl=True, skip_existing=True)
    rows = _rows(report)
    assert [(Path(r["input"]).name, r["line"]) for r in rows] == [("a.jsonl", i) for i in range(1, 6)] + [("b.jsonl", i) for i in range(1, 5)]
    assert rows[:5] == partial[:5]
    out_lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in (tmp_path / "out").iterdir())
    assert out_lines == len(rows) == 9
