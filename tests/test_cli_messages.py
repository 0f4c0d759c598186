"""What the command line says: errors alone on one line, --help, --list-cleaners."""

from __future__ import annotations

import pytest

from articleclean.cli import main
from articleclean.registry import default_registry


def run(capsys, *argv: str) -> tuple[int | str | None, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as e:
        code = e.code
    cap = capsys.readouterr()
    return code, cap.out, cap.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--only", "nosuch", "x.txt"], "articleclean: error: only: unknown cleaner 'nosuch'; known: encoding, "),
        (["--bogus"], "articleclean: error: unrecognized arguments: --bogus"),
        (["--set", "jobs.min_anchors=x", "x.txt"], "articleclean: error: --set: cleaners.jobs.min_anchors must be a whole number"),
        (["--workers", "-1", "x.txt"], "articleclean: error: --workers must be 0 (one per CPU) or more"),
        (["a.txt", "b.txt"], "articleclean: error: several inputs need -o DIR"),
    ],
)
def test_usage_errors_are_one_line_without_the_usage_block(tmp_path, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.txt", "x.txt"):
        (tmp_path / name).write_text("The council met.\n", encoding="utf-8")
    code, _, err = run(capsys, "--no-config", *argv)
    assert code == 2
    assert "usage:" not in err
    assert err.startswith(message) and err.count("\n") == 1, err


def test_config_error_is_one_line(tmp_path, capsys):
    (tmp_path / "c.toml").write_text('colour = "red"\n', encoding="utf-8")
    code, _, err = run(capsys, "--config", str(tmp_path / "c.toml"), "x.txt")
    assert code == 2 and err.count("\n") == 1 and "usage:" not in err
    assert err.startswith(f"articleclean: error: {tmp_path / 'c.toml'}: unknown setting 'colour'")


def test_jsonl_parse_error_says_at_once(tmp_path, capsys):
    (tmp_path / "in.jsonl").write_bytes(b'{"text": "abc\n{"text": "a\\qb"}\n')
    code, _, err = run(capsys, "--no-typos", "--jsonl", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "o.jsonl"))
    assert code == 1
    assert "in.jsonl:1: error: not valid JSON: Unterminated string starting at column 10" in err
    assert "at at" not in err


def test_help_explains_typos_and_html_detection(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    text = " ".join(out.split())
    assert "if this version can" not in text
    assert "--typos fix clear misspellings of lowercase English words" in text
    assert "by default HTML is detected" in text and "<!doctype html>" in text


def test_list_cleaners_shows_settings_with_types_and_defaults(capsys):
    from articleclean.cli import _toml
    from articleclean.settingtypes import cleaner_settings

    code, out, _ = run(capsys, "--list-cleaners")
    assert code == 0
    for markup in ("``", ":class:", ":func:", "docstring"):
        assert markup not in out
    reg = default_registry()
    lines = out.splitlines()
    sections: dict[str, list[str]] = {}
    for line in lines:
        if not line.startswith(" "):
            sections[line.split()[0]] = []
        else:
            sections[list(sections)[-1]].append(line)
    assert sorted(sections) == sorted(reg.names())
    for name in reg.names():
        rows = {row.split()[0]: row for row in sections[name]}
        settings = cleaner_settings(reg.factory(name))
        assert sorted(rows) == sorted(s.name for s in settings), name
        for s in settings:
            assert s.kind in rows[s.name] and rows[s.name].endswith(f"default {_toml(s.default)}"), rows[s.name]
    assert "    min_anchors            integer >= 0               default 2" in lines
    assert "    ranked_item_words      array of 2 integers >= 0   default [4, 25]" in lines
