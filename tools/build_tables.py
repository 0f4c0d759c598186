"""Build the typo fixer's prebuilt tables (``src/articleclean/data/typos/``) from wordfreq and symspellpy.

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
* ``source.txt``: the wordfreq version, and the SHA-256 of the SymSpell
  dictionary the tables were built from (tests/test_typos.py compares a fresh
  build with the shipped tables when the installed versions are these).

The output is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "articleclean" / "data" / "typos"
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
    source = (
        f"wordfreq {version('wordfreq')}\n"
        f"symspellpy {version('symspellpy')}\n"
        f"{dictionary.name} sha256 {hashlib.sha256(raw).hexdigest()}\n"
    )
    return {"zipf_en.tsv": zipf.encode("utf-8"), "common_en.txt": common.encode("utf-8"), "source.txt": source.encode("utf-8")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped tables instead of writing them")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    tables = build()
    if args.check:
        stale = [name for name, data in tables.items() if not (args.out / name).is_file() or (args.out / name).read_bytes() != data]
        for name in stale:
            print(f"{args.out / name}: differs from a fresh build", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in tables.items():
        (args.out / name).write_bytes(data)
        print(f"{args.out / name}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
