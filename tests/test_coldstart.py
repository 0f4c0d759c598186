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

from articleclean import language
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
    pairs = Path(typos._data_path("frequency_bigramdictionary_en_243_342.txt")).read_bytes()
    return (
        src["wordfreq"] == version("wordfreq")
        and src["frequency_dictionary_en_82_765.txt"] == hashlib.sha256(raw).hexdigest()
        and src["frequency_bigramdictionary_en_243_342.txt"] == hashlib.sha256(pairs).hexdigest()
    )


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


# -- what importing and a first clean cost: regexes compiled on first use, ftfy imported on need --
def _fresh(code: str) -> object:
    return json.loads(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)


def test_import_compiles_few_regexes_and_loads_no_ftfy():
    """The rules' regexes are compiled when first used (articleclean.lazyre), ftfy when a line needs it."""
    code = (
        "import sys, json, articleclean; from articleclean import lazyre;"
        "print(json.dumps([lazyre._compiled.cache_info().currsize, 'ftfy' in sys.modules]))"
    )
    compiled, ftfy = _fresh(code)
    assert ftfy is False
    assert compiled <= 10  # a few used at import to build tables, of some 126 made then


def test_a_text_without_mojibake_needs_no_ftfy_and_one_with_it_does():
    code = (
        "import sys, json, articleclean;"
        "a = articleclean.clean('“Café” — £5 a month, 2½ miles… Ð’ Île-de-France, naïve Zoë.');"
        "before = 'ftfy' in sys.modules;"
        "b = articleclean.clean('The cafÃ© said â€œhiâ€\\x9d');"
        "print(json.dumps([before, a, b, 'ftfy' in sys.modules]))"
    )
    before, kept, fixed, after = _fresh(code)
    assert before is False and kept == "“Café” — £5 a month, 2½ miles… Ð’ Île-de-France, naïve Zoë."
    assert after is True and fixed == "The café said “hi”"


def test_shipped_badness_regex_is_ftfys():
    """The copy of ftfy's badness regex read instead of importing ftfy, when ftfy's badness.py is the one it came from."""
    from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

    from articleclean.fixers import encoding

    shipped = json.loads((ROOT / "src" / "articleclean" / encoding._SHIPPED_BADNESS).read_text("utf-8"))
    source = encoding._ftfy_badness_file()
    assert source is not None
    if hashlib.sha256(source).hexdigest() != shipped["badness_py_sha256"]:
        pytest.skip(f"ftfy {version('ftfy')} is not the one the copy was made from ({shipped['ftfy']}); rebuild with tools/build_tables.py")
    assert (shipped["pattern"], shipped["flags"]) == (BADNESS_RE.pattern, BADNESS_RE.flags)
    assert shipped["anchor"] == encoding.anchor_class(MOJIBAKE_CATEGORIES, BADNESS_RE.pattern)
    assert _build_tables().build_badness() == (ROOT / "src" / "articleclean" / encoding._SHIPPED_BADNESS).read_bytes()
    used = encoding._badness()
    assert (used.regex.pattern, used.anchor.pattern, used.reach) == (BADNESS_RE.pattern, shipped["anchor"], (6, 7))


def test_another_ftfy_is_asked_for_its_badness_regex(monkeypatch):
    """When the installed ftfy's badness.py is not the recorded one, its own regex is used (and the
    anchor shortcut only for the regex that was checked)."""
    from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

    from articleclean.fixers import encoding

    monkeypatch.setattr(encoding, "_ftfy_badness_file", lambda: b"# another ftfy\n")
    asked = encoding._badness.__wrapped__()
    assert asked.regex is BADNESS_RE
    assert asked.anchor.pattern == encoding.anchor_class(MOJIBAKE_CATEGORIES, BADNESS_RE.pattern)
    assert encoding.anchor_class(MOJIBAKE_CATEGORIES, BADNESS_RE.pattern + "|x") == "(?s:.)"  # an unchecked regex: no shortcut


def test_known_word_lookup_equals_the_dictionary():
    """``language._is_known`` (a bisected sorted list) answers as ``w in typos._unigrams()`` (the dict of counts)."""
    uni = typos._unigrams()
    words = list(uni)
    assert language._known_table().split("\n")[:-1] == sorted(words)
    rng = random.Random(11)
    sample = [*words[:50], *words[-50:], *rng.sample(words, 3000)]
    sample += [w + "q" for w in sample[:1000]] + [w[:-1] for w in sample[:1000]] + ["", "a", "zzzzzzzz", "été", "don't"]
    for w in sample:
        assert language._is_known.__wrapped__(w) == (w in uni), w


def test_bigram_lookup_equals_the_list():
    """``_bigram`` (a bisected sorted table) answers as ``_bigrams().get`` (the dict SymSpell's list makes)."""
    pairs = typos._bigrams()
    keys = list(pairs)
    rng = random.Random(13)
    sample = [*sorted(keys)[:50], *sorted(keys)[-50:], *rng.sample(keys, 3000)]
    sample += [k + "s" for k in sample[:1000]] + [k[1:] for k in sample[:1000]] + ["", "of the", "the of", "zz zz"]
    for pair in sample:
        assert typos._bigram.__wrapped__(pair) == pairs.get(pair), pair


def test_lazy_patterns_act_as_compiled_ones():
    import pickle
    import re

    from articleclean import lazyre

    for pattern, flags in ((r"(?P<w>\b[a-z]+)(\d)?", re.IGNORECASE), (rb"\n(?:see|get) ", 0)):
        lazy, real = lazyre.compile(pattern, flags), re.compile(pattern, flags)
        text = "See 12 get2 ab" if isinstance(pattern, str) else b"x\nsee y\nget z"
        assert repr(lazy) == repr(real) and lazy == real and hash(lazy) == hash(real)
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
        assert lazy.sub(text[:1], text) == real.sub(text[:1], text) and lazy.split(text) == real.split(text)
        assert (lazy.groups, lazy.groupindex) == (real.groups, real.groupindex)
        assert pickle.loads(pickle.dumps(lazy)) == real
    assert lazyre.compile(real) is real


_OPENED_AT_IMPORT = """
import json, os, sys
opened = []
def hook(event, args):
    if event in ("open", "os.listdir", "os.scandir") and isinstance(args[0], (str, bytes, os.PathLike)):
        opened.append(os.fsdecode(args[0]))
sys.addaudithook(hook)
import articleclean
data = os.path.join(os.path.dirname(os.path.realpath(articleclean.__file__)), "data")
print(json.dumps(sorted({p for p in map(os.path.realpath, opened) if p == data or p.startswith(data + os.sep)})))
"""


def test_import_reads_no_data_file():
    """``import articleclean`` opens (or lists) nothing under ``articleclean/data/``: lists and tables are read on first need."""
    assert _fresh(_OPENED_AT_IMPORT) == []
