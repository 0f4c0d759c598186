"""The batch, config and HTML modules used by the CLI, tested in-process."""

from __future__ import annotations

import codecs
import os
import signal
from dataclasses import dataclass
from pathlib import Path

import pytest

from articleclean import BaseCleaner, Pipeline
from articleclean.batch import (
    AtomicFile,
    BatchOptions,
    InputError,
    Source,
    UsageError,
    decode_bytes,
    discover,
    plan,
    run_batch,
)
from articleclean.batch.common import _TMP_PREFIX
from articleclean.config import ConfigError, Settings, build_pipeline, find_pyproject, load_file, merge, parse_settings
from articleclean.htmltext import html_to_text, looks_like_html


@pytest.mark.parametrize(
    ("data", "text", "warned"),
    [
        (b"plain", "plain", False),
        (codecs.BOM_UTF8 + "caf\u00e9".encode(), "caf\u00e9", False),
        ("caf\u00e9".encode("utf-16-le"), "caf\u00e9", True),
        ("caf\u00e9".encode("utf-16-be"), "caf\u00e9", True),
        ("caf\u00e9".encode("utf-32"), "caf\u00e9", True),
        ("\u201cquoted\u201d".encode("cp1252"), "\u201cquoted\u201d", True),
    ],
)
def test_decode(data, text, warned):
    got, warnings = decode_bytes(data)
    assert got == text and bool(warnings) == warned


@pytest.mark.parametrize("data", [b"a\x00b", b"\x81\x8d", b"ok \xe9 \x01 control", codecs.BOM_UTF16_LE + b"\x00\xd8"])
def test_decode_refuses(data):
    with pytest.raises(InputError):
        decode_bytes(data)


def test_atomic_file_discards_on_error(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), AtomicFile(target) as f:
        f.write(b"new but unfinished")
        raise RuntimeError
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_discover_and_plan(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "b" / "y.txt").write_text("y", encoding="utf-8")
    (tmp_path / "a" / "b" / "z.md").write_text("z", encoding="utf-8")
    (tmp_path / "a" / ".git").mkdir()
    (tmp_path / "a" / ".git" / "c.txt").write_text("c", encoding="utf-8")
    sources, notes = discover([str(tmp_path / "a"), str(tmp_path / "nope")], glob="*.txt")
    assert [s.rel.as_posix() for s in sources] == ["b/y.txt", "x.txt", "nope"]
    assert sources[-1].error == "no such file or directory" and not notes
    pairs = plan(sources, output=str(tmp_path / "out"), any_dir_input=True)
    assert [t.path.relative_to(tmp_path).as_posix() for _, t in pairs] == ["out/b/y.txt", "out/x.txt", "out/nope"]
    with pytest.raises(UsageError, match="overwrite"):
        plan(sources, output=str(tmp_path / "a"), any_dir_input=True)
    with pytest.raises(UsageError, match="-o DIR"):
        plan(sources, output=None)
    assert all(t.is_stdout for _, t in plan(sources, output=None, jsonl=True))
    with pytest.raises(UsageError, match="stdin"):
        plan([Source("<stdin>")], output=None, in_place=True)


def test_config_layers_and_pipeline(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.articleclean]\nonly = ['jobs', 'whitespace']\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert find_pyproject(tmp_path / "sub") == tmp_path / "pyproject.toml"
    layer = load_file(tmp_path / "pyproject.toml")
    assert build_pipeline(merge(Settings(), layer)).names == ("whitespace", "jobs")  # default order kept
    with pytest.raises(ConfigError, match="unknown cleaner"):
        build_pipeline(Settings(skip=("nosuch",)))
    with pytest.raises(ConfigError, match="'workers' must be an integer, 0"):
        parse_settings({"workers": -1})
    with pytest.raises(ConfigError, match="'jobs' is a cleaner"):  # the worker count is 'workers' (see test_config_format)
        parse_settings({"jobs": 2})
    # typos=False is harmless whether or not this version has a typos cleaner
    assert "typos" not in build_pipeline(Settings(typos=False)).names
    # settings for a cleaner that is skipped are ignored, not an error
    assert "jobs" not in build_pipeline(Settings(skip=("jobs",), cleaners={"jobs": {"min_anchors": 3}})).names


def test_html_detection_and_text():
    assert looks_like_html("<html lang='en'><body>x</body></html>")
    assert not looks_like_html("a < b and c > d, said the <em>maths</em> teacher")
    nested = "<div>" * 5000 + "deep" + "</div>" * 5000
    assert html_to_text(nested) == "deep\n"
    page = Path(__file__).parent / "fixtures"  # plain text fixtures are never taken for HTML
    for f in page.glob("0*.txt"):
        assert not looks_like_html(f.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class KillOnWord(BaseCleaner):
    """Simulates a worker killed by the OS (e.g. out of memory) on one document."""

    name = "kill_on_word"
    word: str = "KILLME"

    def apply(self, doc):
        if self.word in doc.source:
            os.kill(os.getpid(), signal.SIGKILL)
        return doc


def test_a_dead_worker_fails_its_documents_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"{i}.txt").write_text(f"The council met on day {i}.\n", encoding="utf-8")
    (src / "3.txt").write_text("KILLME\n", encoding="utf-8")
    sources, _ = discover([str(src)])
    pairs = plan(sources, output=str(tmp_path / "out"), any_dir_input=True)
    pipeline = Pipeline.from_names(["whitespace"]).with_cleaner(KillOnWord())
    messages: list[str] = []
    summary = run_batch(pairs, pipeline, BatchOptions(), jobs=2, log=messages.append)
    assert summary.failed >= 1 and summary.documents + summary.failed == 6
    assert any("3.txt: error: a worker process died" in m for m in messages)
    assert not (tmp_path / "out" / "3.txt").exists()
    for p in (tmp_path / "out").iterdir():  # whatever was written under its own name is complete
        if p.name.startswith(_TMP_PREFIX):
            # a sibling worker the broken pool terminated mid-write leaves only its hidden temporary file
            continue
        assert p.read_text(encoding="utf-8") == f"The council met on day {p.stem}.\n"
