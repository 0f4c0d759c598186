"""Build the typo fixer's prebuilt tables (``src/articleclean/data/typos/``) from wordfreq and symspellpy,
and the encoding fixer's copy of ftfy's badness regex (``src/articleclean/data/encoding/``).

    python tools/build_tables.py          # write the tables
    python tools/build_tables.py --check  # exit 1 unless the shipped tables equal a fresh build

The typo fixer needs wordfreq's large English list as word -> Zipf frequency.
Building that dict on first use (importing wordfreq, reading its msgpack list,
321,180 words) cost about 0.35 s of every cold start; the tables below are
read instead, with no parsing:

* ``zipf_en.tsv``: every word of the list made of the letters a-z only (the
  only words :func:`articleclean.fixers.typos._zipf` is asked about), one
  ``word<TAB>bucket`` line each, sorted by word (code point order), where
  ``bucket`` is the index in ``wordfreq.get_frequency_list("en", "large")``
  (Zipf ``round(9 - bucket / 100, 2)``); looked up by bisection of the text;
* ``common_en.txt``: the words of SymSpell's English dictionary at least
  ``MIN_ZIPF_DIST2`` common (the two-edit candidates), sorted, one a line;
* ``known_en.txt``: every word of SymSpell's English dictionary, sorted (code point order),
  one a line: whether a word is in the dictionary is looked up by bisection
  (:func:`articleclean.language._is_known`) instead of building the dict of its counts
  (about 60 ms of a cold start), which is built only when a correction is searched;
* ``bigrams_en.tsv``: SymSpell's English bigram list, ``a b<TAB>count`` lines sorted by the
  pair: a pair's count is looked up by bisection (:func:`articleclean.fixers.typos._bigram`)
  instead of building the dict of its 242,342 pairs (about 0.2 s of a cold start on a page
  with a correction to weigh);
* ``source.txt``: the wordfreq version, and the SHA-256 of the SymSpell
  dictionary and bigram list the tables were built from (tests/test_typos.py compares a fresh
  build with the shipped tables when the installed versions are these).

The encoding fixer asks ftfy's badness regex whether a line may be mojibake; importing ftfy
to get it cost about a third of a cold start, so a copy is read instead:

* ``encoding/ftfy_badness.json``: ftfy's ``BADNESS_RE`` (pattern and flags), the anchor class
  made from its ``MOJIBAKE_CATEGORIES`` (``articleclean.fixers.encoding.anchor_class``), the
  ftfy version and the SHA-256 of the ``ftfy/badness.py`` they come from; the copy is used
  only when the installed ftfy's badness.py has that digest (that file imports nothing that
  could change them), otherwise ftfy is asked.

The output is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "articleclean" / "data" / "typos"
BADNESS = ROOT / "src" / "articleclean" / "data" / "encoding" / "ftfy_badness.json"
_AZ = re.compile(r"[a-z]+")


def _symspell_dictionary() -> Path:
    spec = importlib.util.find_spec("symspellpy")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "frequency_dictionary_en_82_765.txt"


def build() -> dict[str, bytes]:
    """File name -> contents of the tables, built from the installed wordfreq and symspellpy."""
    from importlib.metadata import version

    from wordfreq import get_frequency_list

    sys.path.insert(0, str(ROOT / "src"))
    from articleclean.fixers.typos import MIN_ZIPF_DIST2

    buckets: dict[str, int] = {}
    for i, bucket in enumerate(get_frequency_list("en", "large")):
        for w in bucket:
            buckets[w] = i  # (each word is in one bucket; were one in two, the last would win, as in a dict built in order)
    zipf = "".join(f"{w}\t{buckets[w]}\n" for w in sorted(w for w in buckets if _AZ.fullmatch(w)))
    dictionary = _symspell_dictionary()
    raw = dictionary.read_bytes()
    words = {line.partition(" ")[0] for line in raw.decode("utf-8").splitlines() if line}
    common = "".join(f"{w}\n" for w in sorted(words) if w in buckets and round(9.0 - buckets[w] / 100, 2) >= MIN_ZIPF_DIST2)
    known = "".join(f"{w}\n" for w in sorted(words))
    bigram_file = dictionary.with_name("frequency_bigramdictionary_en_243_342.txt")
    raw_bigrams = bigram_file.read_bytes()
    pairs: dict[str, str] = {}
    for line in raw_bigrams.decode("utf-8").splitlines():
        if line.strip():
            a, b, count = line.split()
            pairs[f"{a} {b}"] = str(int(count))  # the last of a repeated pair wins, as in typos._bigrams
    bigrams = "".join(f"{pair}\t{pairs[pair]}\n" for pair in sorted(pairs))
    source = (
        f"wordfreq {version('wordfreq')}\n"
        f"symspellpy {version('symspellpy')}\n"
        f"{dictionary.name} sha256 {hashlib.sha256(raw).hexdigest()}\n"
        f"{bigram_file.name} sha256 {hashlib.sha256(raw_bigrams).hexdigest()}\n"
    )
    return {
        "zipf_en.tsv": zipf.encode("utf-8"),
        "common_en.txt": common.encode("utf-8"),
        "known_en.txt": known.encode("utf-8"),
        "bigrams_en.tsv": bigrams.encode("utf-8"),
        "source.txt": source.encode("utf-8"),
    }


def build_badness() -> bytes:
    """The encoding fixer's copy of the installed ftfy's badness regex and anchor class."""
    from importlib.metadata import version

    from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

    sys.path.insert(0, str(ROOT / "src"))
    from articleclean.fixers.encoding import _ftfy_badness_file, anchor_class

    source = _ftfy_badness_file()
    assert source is not None
    table = {
        "ftfy": version("ftfy"),
        "badness_py_sha256": hashlib.sha256(source).hexdigest(),
        "pattern": BADNESS_RE.pattern,
        "flags": BADNESS_RE.flags,
        "anchor": anchor_class(MOJIBAKE_CATEGORIES, BADNESS_RE.pattern),
    }
    return (json.dumps(table, indent=1, sort_keys=True) + "\n").encode("ascii")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped tables instead of writing them")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    tables = {args.out / name: data for name, data in build().items()}
    tables[BADNESS] = build_badness()
    if args.check:
        stale = [path for path, data in tables.items() if not path.is_file() or path.read_bytes() != data]
        for path in stale:
            print(f"{path}: differs from a fresh build", file=sys.stderr)
        return 1 if stale else 0
    for path, data in tables.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
