"""Cold start: the typo fixer's prebuilt tables, and what importing articleclean pulls in.

Timing is left to ``benchmarks/coldstart.py`` (wall time is too noisy for a test).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from articleclean.fixers import typos

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "src" / "articleclean" / "data" / "typos"


def _build_tables():
    spec = importlib.util.spec_from_file_location("build_tables", ROOT / "tools" / "build_tables.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source() -> dict[str, str]:
    lines = (TABLES / "source.txt").read_text("utf-8").splitlines()
    return {line.split()[0]: line.split()[-1] for line in lines}


def _same_inputs() -> bool:
    """Are the installed wordfreq and SymSpell dictionary the ones the tables were built from?"""
    src = _source()
    raw = Path(typos._data_path("frequency_dictionary_en_82_765.txt")).read_bytes()
    return src["wordfreq"] == version("wordfreq") and src["frequency_dictionary_en_82_765.txt"] == hashlib.sha256(raw).hexdigest()


def test_shipped_tables_equal_a_fresh_build():
    if not _same_inputs():
        pytest.skip(f"tables built from other versions ({_source()}); rebuild with tools/build_tables.py")
    fresh = _build_tables().build()
    assert sorted(fresh) == sorted(p.name for p in TABLES.iterdir())
    for name, data in fresh.items():
        assert (TABLES / name).read_bytes() == data, f"{name}: rebuild with python tools/build_tables.py"


def test_zipf_lookup_equals_the_table_parsed():
    parts = (TABLES / "zipf_en.tsv").read_text("utf-8").split()
    table = {w: round(9.0 - int(b) / 100, 2) for w, b in zip(parts[::2], parts[1::2])}
    words = list(table)
    assert words == sorted(words)
    rng = random.Random(7)
    sample = [*words[:50], *words[-50:], *rng.sample(words, 2000)]
    sample += [w + "q" for w in sample[:500]] + [w[:-1] for w in sample[:500]] + ["", "zzzzzzzzzz", "aaaa"]
    for w in sample:
        assert typos._zipf.__wrapped__(w) == table.get(w, 0.0), w


def test_zipf_agrees_with_wordfreq():
    wordfreq = pytest.importorskip("wordfreq")
    if not _same_inputs():
        pytest.skip("tables built from another wordfreq")
    for w in ["the", "definately", "sexual", "uncited", "chili", "fueling", "qwzxv", "appratus"]:
        assert typos._zipf(w) == pytest.approx(wordfreq.zipf_frequency(w, "en", wordlist="large"), abs=0.005), w


def test_common_words_are_the_dictionary_words_common_enough():
    common, _ = typos._common_words()
    expected = {w for w in typos._unigrams() if w.isascii() and w.isalpha() and typos._zipf(w) >= typos.MIN_ZIPF_DIST2}
    assert {w for w in common if w.isascii() and w.isalpha()} == expected


def test_import_leaves_heavy_modules_unloaded():
    """``import articleclean`` and a plain-text clean load neither wordfreq, symspellpy, bs4 nor tqdm."""
    code = (
        "import sys, json, articleclean; articleclean.clean('The council met on Monday. The sexal abuse of children.');"
        "print(json.dumps(sorted(m for m in ('wordfreq', 'symspellpy', 'bs4', 'tqdm') if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert json.loads(out) == []


def test_cli_on_a_text_file_leaves_bs4_and_tqdm_unloaded(tmp_path):
    """One plain-text file through the CLI (no progress bar: stderr is not a terminal) needs neither."""
    page = tmp_path / "page.txt"
    page.write_text("Sign up to our free daily newsletter\n\nThe council met on Monday.\n", encoding="utf-8")
    code = (
        "import sys, json; from articleclean.cli import main; rc = main([sys.argv[1], '-o', sys.argv[2]]);"
        "print(json.dumps([rc, sorted(m for m in ('wordfreq', 'symspellpy', 'bs4', 'tqdm') if m in sys.modules)]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(page), str(tmp_path / "out.txt")], check=True, capture_output=True, text=True
    ).stdout
    assert json.loads(out.splitlines()[-1]) == [0, []]
    assert (tmp_path / "out.txt").read_text("utf-8") == "The council met on Monday.\n"
