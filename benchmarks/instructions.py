"""Instructions per byte of input, counted by valgrind's callgrind: a speed figure
that other jobs on the machine do not move.

    python benchmarks/instructions.py [--pages PATH] [--only NAME,NAME]

CPU time on a shared virtual machine varies by 10-25% from run to run;
callgrind counts the instructions a process executes, the same for the same
program and input whatever else the machine is doing.  For each peer, a child
process loads the whole-page text dumps of the AEB dev pages (as
``speed.py`` does), warms the peer on every dump (word lists, patterns and
stoplists loaded), then makes zero or one more pass over the dumps; the
difference between the two counts is one pass.  Reported: instructions per
byte of UTF-8 input, and each peer's instructions relative to jusText's (a
ratio above 1 is faster than jusText).  Needs ``valgrind`` (Debian package)
and, for the peers, ``pip install -e '.[bench]'``; a peer that is not
installed is skipped.  Each peer takes a minute or two (callgrind runs
Python about 50 times slower).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import PAGES, load

PEERS = ("default pipeline", "classifier alone", "classifier step", "typos alone", "jusText", "ftfy.fix_text", "splitlines")
# "classifier step": the classifier's apply on the documents the cleaners before it in the
# default pipeline return (those cleaners run in the set-up), as in ``speed.py --steps``.


def peer(name: str) -> Callable[[str], object]:
    import articleclean

    pipe = articleclean.default_pipeline()
    if name == "default pipeline":
        return pipe.run
    if name == "classifier alone":
        return articleclean.Pipeline((pipe.get("boilerplate"),)).run
    if name == "typos alone":
        return articleclean.Pipeline((pipe.get("typos"),)).run
    if name == "jusText":
        import justext

        stop = justext.get_stoplist("English")
        return lambda t: justext.justext(t.encode("utf-8"), stop)
    if name == "ftfy.fix_text":
        import ftfy

        return ftfy.fix_text
    if name == "splitlines":
        return str.splitlines
    raise ValueError(name)


def child(name: str, passes: int, pages: Path) -> None:
    dumps, _ = load(pages)
    if name == "classifier step":
        import articleclean
        from articleclean.document import Document

        pipe = articleclean.default_pipeline()
        before = pipe.names[: pipe.names.index("boilerplate")]
        # a document keeps what a cleaner computed on it (its memo): the warm-up and
        # the counted pass get documents of their own, made in the set-up of both runs
        warm, fresh = ([pipe.only(*before).run_document(Document.from_text(t)) for t in dumps] for _ in range(2))
        fn = pipe.get("boilerplate").apply
    else:
        fn = peer(name)
        warm = fresh = dumps
    for x in warm:
        fn(x)  # warm: everything loaded once is loaded now
    for _ in range(passes):  # 0 or 1 (a second pass would find the documents' memos full)
        for x in fresh:
            fn(x)


def count(name: str, passes: int, pages: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
             sys.executable, __file__, "--child", name, "--passes", str(passes), "--pages", str(pages)],
            capture_output=True, text=True, check=True,
        )
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        raise RuntimeError(f"no callgrind total for {name}:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--only", default=",".join(PEERS), help="comma-separated peers, of: " + ", ".join(PEERS))
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--passes", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.passes, args.pages)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind not found: apt-get install valgrind")
    size = sum(len(t.encode("utf-8")) for t in load(args.pages)[0])
    rows = []
    for name in args.only.split(","):
        try:
            one = count(name, 1, args.pages) - count(name, 0, args.pages)
        except subprocess.CalledProcessError as e:
            print(f"{name}: skipped ({e.stderr.strip().splitlines()[-1] if e.stderr.strip() else e})", file=sys.stderr)
            continue
        rows.append((name, one))
        print(f"{name}: {one / 1e6:,.0f}M instructions", file=sys.stderr)
    base = dict(rows).get("jusText")
    print(f"text dumps: {size / 1e6:.2f} MB\n")
    print("| peer | instructions per byte | jusText's instructions / peer's |\n|---|---:|---:|")
    for name, one in rows:
        print(f"| {name} | {one / size:,.0f} | {base / one:.2f} |" if base else f"| {name} | {one / size:,.0f} | |")


if __name__ == "__main__":
    main()
