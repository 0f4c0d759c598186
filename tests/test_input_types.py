"""clean() of something that is not text says what it got and what to do."""

from __future__ import annotations

import math

import pytest

import articleclean


@pytest.mark.parametrize(
    ("value", "named"),
    [(None, "not None (a missing value?)"), (float("nan"), "not float nan (a missing value?)"), (3, "not int")],
)
def test_not_text_is_a_clear_type_error(value, named):
    with pytest.raises(TypeError) as e:
        articleclean.clean(value)
    msg = str(e.value)
    assert named in msg
    assert "decode bytes" not in msg  # only said of bytes
    if value is None or (isinstance(value, float) and math.isnan(value)):
        assert "na_action='ignore'" in msg


def test_bytes_are_told_to_decode():
    with pytest.raises(TypeError, match="not bytes; decode bytes first"):
        articleclean.clean_and_explain(b"Hi.")


@pytest.mark.scaleout
def test_pandas_column_with_a_missing_value():
    pd = pytest.importorskip("pandas")
    s = pd.Series(["Sign up to our free daily newsletter\n\nThe council met.", None, float("nan")])
    with pytest.raises(TypeError, match="missing value"):
        s.map(articleclean.clean)
    out = s.map(articleclean.clean, na_action="ignore")  # as the README says
    assert out[0] == "The council met." and pd.isna(out[1]) and pd.isna(out[2])
