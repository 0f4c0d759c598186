"""Every setting is checked against its type and range when the config loads: exit 2,
a message naming the key, and no document touched."""

from __future__ import annotations

import pytest

from articleclean.cli import main
from articleclean.config import ConfigError, parse_settings


@pytest.mark.parametrize(
    ("toml", "named"),
    [
        ('[cleaners.jobs]\nmin_anchors = "3"\n', "cleaners.jobs.min_anchors must be a whole number, 0 or more, not '3' (a string)"),
        ("[cleaners.jobs]\nmin_anchors = -1\n", "cleaners.jobs.min_anchors must be a whole number, 0 or more, not -1"),
        ("[cleaners.jobs]\nmin_anchors = 2.5\n", "cleaners.jobs.min_anchors must be a whole number"),
        ("[cleaners.jobs]\nmin_anchors = true\n", "cleaners.jobs.min_anchors must be a whole number"),
        ("[cleaners.boilerplate]\nstop_good = nan\n", "cleaners.boilerplate.stop_good must be a number, 0 or more"),
        ('[cleaners.boilerplate]\nstop_good = "high"\n', "cleaners.boilerplate.stop_good must be a number"),
        ("[cleaners.boilerplate]\nranked_item_words = [4]\n", "cleaners.boilerplate.ranked_item_words must be an array of 2 integers >= 0"),
        ('[cleaners.boilerplate]\nranked_item_words = [4, "x"]\n', "cleaners.boilerplate.ranked_item_words[1] must be a whole number"),
        ('[cleaners.whitespace]\ncollapse_runs = "yes"\n', "cleaners.whitespace.collapse_runs must be true or false"),
        ("[cleaners.typos]\nallow = [1]\n", "cleaners.typos.allow[0] must be a string"),
        ("[cleaners.jobs]\nnosuch = 1\n", "cleaners.jobs.nosuch: cleaner 'jobs' has no setting 'nosuch'"),
        ("only = 3\n", "'only': cleaner names must be a string or an array of strings, not 3"),
        ("max-bytes = 0\n", "'max-bytes' must be a positive integer"),
        ('typos = "no"\n', "'typos' must be true or false"),
    ],
)
def test_bad_settings_stop_at_load_with_exit_2(tmp_path, capsys, toml, named):
    (tmp_path / "c.toml").write_text(toml, encoding="utf-8")
    (tmp_path / "a.txt").write_text("The council met.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["--no-config", "--config", str(tmp_path / "c.toml"), str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.txt")])
    err = capsys.readouterr().err
    assert e.value.code == 2, err
    assert named in err and str(tmp_path / "c.toml") in err
    assert not (tmp_path / "out.txt").exists()


@pytest.mark.parametrize(("item", "named"), [("jobs.min_anchors=abc", "cleaners.jobs.min_anchors"), ("boilerplate.url_density=-0.5", "url_density")])
def test_bad_set_is_a_usage_error(tmp_path, capsys, item, named):
    (tmp_path / "a.txt").write_text("The council met.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["--no-config", "--set", item, str(tmp_path / "a.txt")])
    err = capsys.readouterr().err
    assert e.value.code == 2 and "--set: " in err and named in err


def test_good_settings_are_kept_as_their_field_types():
    s = parse_settings({"cleaners": {"boilerplate": {"stop_good": 1, "ranked_item_words": [3, 20]}, "typos": {"allow": ["zzq"]}}})
    assert s.cleaners["boilerplate"] == {"stop_good": 1.0, "ranked_item_words": (3, 20)}
    assert s.cleaners["typos"] == {"allow": frozenset({"zzq"})}
    with pytest.raises(ConfigError, match=r"cleaners\.jobs\.title_lines"):
        parse_settings({"cleaners": {"jobs": {"title_lines": [1]}}})
