"""The five supplied articles: exact expected text, metadata and removal codes (written by hand)."""

from __future__ import annotations

import pytest

import articleclean

from .conftest import FIXTURES, SEEDS, read


def test_all_seeds_present():
    assert len(SEEDS) == 5


@pytest.mark.parametrize("name", SEEDS)
def test_golden_text(name):
    assert articleclean.clean(read(FIXTURES / f"{name}.txt")) == read(FIXTURES / "expected" / f"{name}.txt")


@pytest.mark.parametrize("name", SEEDS)
def test_golden_metadata(name, expected_metadata):
    result = articleclean.clean_and_explain(read(FIXTURES / f"{name}.txt"))
    assert result.metadata.to_dict() == expected_metadata[name]


def _expand(spec: dict[str, str]) -> dict[int, str]:
    out = {}
    for lines, code in spec.items():
        a, _, b = lines.partition("-")
        for n in range(int(a), int(b or a) + 1):
            out[n] = code
    return out


@pytest.mark.parametrize("name", SEEDS)
def test_golden_removal_codes(name, expected_removals):
    source = read(FIXTURES / f"{name}.txt")
    result = articleclean.clean_and_explain(source)
    got = {}
    for r in result.removals:
        for n in range(r.line_start, r.line_end + 1):
            if source.split("\n")[n - 1].strip():
                got[n] = r.code
    want = {n: c for n, c in _expand(expected_removals[name]).items() if source.split("\n")[n - 1].strip()}
    assert got == want


@pytest.mark.parametrize("name", SEEDS)
def test_every_removal_has_reason_and_cleaner(name):
    result = articleclean.clean_and_explain(read(FIXTURES / f"{name}.txt"))
    names = set(articleclean.default_pipeline().names)
    for r in result.removals:
        assert r.reason and r.cleaner in names and "." in r.code


@pytest.mark.parametrize("name", SEEDS)
def test_golden_output_is_a_fixpoint(name):
    expected = read(FIXTURES / "expected" / f"{name}.txt")
    assert articleclean.clean(expected) == expected
