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
    earlier: list[tuple[int, int]] = []
    for f in result.fixes:
        assert 0 <= f.offset <= f.end <= len(text), f
        # Fix.before is the text as the fixing cleaner saw it: the source
        # stretch itself unless an earlier fix touched it
        if not any((a < f.end and f.offset < b) or a == b == f.offset for a, b in earlier):
            assert text[f.offset : f.end] == f.before, f
        earlier.append((f.offset, f.end))
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

    # Coverage feedback: instrument the bytecode of everything loaded so far
    # (articleclean and its dependencies), so libFuzzer grows a corpus.
    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
