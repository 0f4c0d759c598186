"""Unreadable things inside an input folder are named, not skipped: exit 1 and an error per path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from articleclean.cli import main

ARTICLE = "Sign up to our free daily newsletter\n\nThe council met on Monday.\n"


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(["--no-config", "--no-typos", *argv])
    return code, capsys.readouterr().err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "sub" / "also.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(d / "nowhere.txt", d / "gone.txt")
    os.symlink(d / "nowhere.txt", d / ".hidden-gone.txt")  # hidden: left out, as before
    os.mkfifo(d / "sub" / "pipe.txt")
    return d


def test_broken_link_and_fifo_in_a_folder_are_errors(tmp_path, capsys, folder):
    code, err = run(capsys, str(folder), "-o", str(tmp_path / "out"))
    assert code == 1
    assert f"{folder / 'gone.txt'}: error: broken symbolic link" in err
    assert f"{folder / 'sub' / 'pipe.txt'}: error: a named pipe (FIFO), not a regular file; not read" in err
    assert "hidden" not in err
    assert (tmp_path / "out" / "good.txt").read_text(encoding="utf-8") == "The council met on Monday.\n"
    assert (tmp_path / "out" / "sub" / "also.txt").exists()
    assert "2 documents cleaned, 2 failed" in err


def test_fifo_named_on_the_command_line_is_still_read(tmp_path, capsys):
    # `articleclean <(zcat x.gz)` is a pipe too: a FIFO given by name is read, only one found in a folder is not.
    fifo = tmp_path / "p"
    os.mkfifo(fifo)
    import threading

    def feed() -> None:
        with open(fifo, "w", encoding="utf-8") as f:
            f.write(ARTICLE)

    t = threading.Thread(target=feed)
    t.start()
    code, _ = run(capsys, str(fifo), "-o", str(tmp_path / "o.txt"))
    t.join()
    assert code == 0 and (tmp_path / "o.txt").read_text(encoding="utf-8") == "The council met on Monday.\n"


def _deny(monkeypatch, locked: Path) -> None:
    """Make ``locked`` unlistable even for root: os.scandir (used by os.walk and Path.rglob) refuses it."""
    real = os.scandir

    def scandir(path="."):
        if Path(os.fsdecode(path)).resolve() == locked.resolve():
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_unlistable_subfolder_is_an_error(tmp_path, capsys, monkeypatch):
    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b.txt").write_text(ARTICLE, encoding="utf-8")
    _deny(monkeypatch, d / "locked")
    code, err = run(capsys, str(d), "-o", str(tmp_path / "out"))
    assert code == 1
    assert f"{d / 'locked'}: error: cannot read this folder: permission denied" in err
    assert (tmp_path / "out" / "b.txt").exists()


def test_unlistable_folder_on_the_command_line_is_an_error(tmp_path, capsys, monkeypatch):
    d = tmp_path / "locked"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _deny(monkeypatch, d)
    code, err = run(capsys, str(d), "-o", str(tmp_path / "out"))
    assert code == 1
    assert f"{d}: error: cannot read this folder: permission denied" in err
    assert "no files matching" not in err


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads a chmod-000 folder anyway")
def test_chmod_000_folders_really(tmp_path, capsys):
    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b.txt").write_text(ARTICLE, encoding="utf-8")
    top = tmp_path / "top"
    top.mkdir()
    (d / "locked").chmod(0)
    top.chmod(0)
    try:
        code, err = run(capsys, str(d), str(top), "-o", str(tmp_path / "out"))
    finally:
        (d / "locked").chmod(0o755)
        top.chmod(0o755)
    assert code == 1
    assert f"{d / 'locked'}: error: cannot read this folder: permission denied" in err
    assert f"{top}: error: cannot read this folder: permission denied" in err


def test_a_failed_last_input_does_not_lose_a_shared_jsonl_output(tmp_path, capsys):
    (tmp_path / "good.jsonl").write_text('{"text": "The council met."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, err = run(capsys, "--jsonl", str(tmp_path / "good.jsonl"), str(tmp_path / "missing.jsonl"), "-o", str(out))
    assert code == 1 and "missing.jsonl: error: no such file or directory" in err
    assert out.read_text(encoding="utf-8") == '{"text": "The council met."}\n'
