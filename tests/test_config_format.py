"""The config format: documented in the README with one example that loads, and a
worker-count key that cannot collide with a cleaner's name."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from articleclean.cli import build_parser, main
from articleclean.config import Settings, build_pipeline, load_file

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_toml() -> str:
    blocks = re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1, "the README has one config example"
    return blocks[0]


def test_readme_example_loads_and_shows_every_key(tmp_path):
    text = readme_toml()
    (tmp_path / "ac.toml").write_text(text, encoding="utf-8")
    s = load_file(tmp_path / "ac.toml")
    assert s.workers == 4 and s.skip == ("duplicates",) and s.on_error == "keep" and s.id_field == "url"
    assert build_pipeline(s).get("jobs").min_anchors == 3
    keys = {f.name.replace("_", "-") for f in fields(Settings)} - {"source"}
    for key in keys:
        assert re.search(rf"^{key}\b|\b{key} = |\[{key}\.", text, re.M), f"README config example lacks {key!r}"
    # and in pyproject.toml, under [tool.articleclean]
    body = re.sub(r"^\[cleaners\.", "[tool.articleclean.cleaners.", text, flags=re.M)
    (tmp_path / "pyproject.toml").write_text("[tool.articleclean]\n" + body, encoding="utf-8")
    assert load_file(tmp_path / "pyproject.toml").cleaners["jobs"] == {"min_anchors": 3}


def test_cleaner_table_at_top_level_is_named_not_taken_for_the_worker_count(tmp_path, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.articleclean.jobs]\nmin_anchors = 3\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("The council met.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as e:
        main(["a.txt"])
    err = capsys.readouterr().err
    assert e.value.code == 2
    assert "'jobs' is a cleaner; its settings go in a [cleaners.jobs] table ([tool.articleclean.cleaners.jobs] in pyproject.toml)" in err
    assert "; 'workers' is the worker count" in err and "positive integer" not in err


def test_workers_option_with_jobs_as_alias(tmp_path, capsys):
    p = build_parser()
    assert p.parse_args(["--workers", "3"]).workers == 3
    assert p.parse_args(["--jobs", "3"]).workers == 3
    assert p.parse_args(["-j", "0"]).workers == 0
    (tmp_path / "in.jsonl").write_text('{"text": "Sign up to our free daily newsletter\\n\\nThe council met."}\n' * 3, encoding="utf-8")
    (tmp_path / "c.toml").write_text("workers = 2\n", encoding="utf-8")
    for args in (["--workers", "2"], ["--jobs", "2"], ["--config", str(tmp_path / "c.toml")]):
        out = tmp_path / "out.jsonl"
        assert main(["--no-config", "--no-typos", "--jsonl", str(tmp_path / "in.jsonl"), "-o", str(out), *args]) == 0
        assert out.read_text(encoding="utf-8") == '{"text": "The council met."}\n' * 3
    capsys.readouterr()
