"""Fuzz the default pipeline with atheris (libFuzzer): it must never raise, and it must be idempotent.

    python fuzz/fuzz_clean.py -max_total_time=600          # ten minutes
    python fuzz/fuzz_clean.py -max_total_time=600 -timeout=10 corpus_dir/

Without atheris installed it falls back to a hypothesis long run of the same
checks: ``python fuzz/fuzz_clean.py --hypothesis 600``.
"""

from __future__ import annotations

import sys
import time

import articleclean

PIPE = articleclean.default_pipeline()


def check(text: str) -> None:
    result = PIPE.run(text)
    out = result.text
    for r in result.removals:
        assert text[r.start : r.end] == r.text, r
    # Fix.before is in the block's text as the fixing cleaner saw it; after an
    # earlier fix next to it (encoding drops "\x00" from " \x00\u2000") it
    # need not slice back from the source, so fixes are not checked here.
    again = PIPE.run(out).text
    assert again == out, (text, out, again)


def test_one_input(data: bytes) -> None:
    import atheris

    fdp = atheris.FuzzedDataProvider(data)
    check(fdp.ConsumeUnicodeNoSurrogates(len(data)) if fdp.ConsumeBool() else fdp.ConsumeUnicode(len(data)))


def hypothesis_run(seconds: float) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    deadline = time.monotonic() + seconds

    @settings(max_examples=10**9, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.text(max_size=2000))
    def run(text: str) -> None:
        if time.monotonic() > deadline:
            return
        check(text)

    run()


def main() -> None:
    if sys.argv[1:2] == ["--hypothesis"]:
        hypothesis_run(float(sys.argv[2]) if len(sys.argv) > 2 else 600)
        return
    import atheris

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
