"""Memory and speed of the real CLI streaming a large JSON Lines file.

Writes a JSONL file of about ``--size-mb`` MB (default 1024) in a temporary
directory, from the bundled articles (tests/fixtures/0*.txt and the packaged
example), each record with an id, a URL and the text; then runs

    python -m articleclean --jsonl IN -o OUT --report REPORT -q --jobs N

as a subprocess and reports its peak resident memory and throughput:

* ``ru_maxrss`` of ``resource.getrusage(RUSAGE_CHILDREN)``: the peak of the
  largest single process (the CLI or one of its workers);
* with psutil installed, the peak of the *sum* over the CLI and its workers,
  sampled every 0.2 s.

    python benchmarks/memory.py                 # 1 GB, --jobs 2
    python benchmarks/memory.py --size-mb 300 --jobs 2

``--one-line MB`` instead cleans one document that is a single line of MB megabytes
(the fixtures joined, with curly quotes) through the default pipeline in this process,
and reports the tracemalloc peak (after the word tables are built) and the time:

    PYTHONPATH=src python benchmarks/memory.py --one-line 1
    PYTHONPATH=src python benchmarks/memory.py --one-line 1 --accented   # a word with an accent in it
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures").glob("0*.txt"))]
    example = ROOT / "src" / "articleclean" / "examples" / "article.txt"
    if not texts and example.exists():
        texts = [example.read_text(encoding="utf-8")]
    if not texts:
        raise SystemExit("no bundled articles found (tests/fixtures/0*.txt)")
    return texts


def write_input(path: Path, size_mb: float) -> tuple[int, int]:
    """Write records until the file reaches ``size_mb``; returns (records, bytes)."""
    texts = articles()
    target = int(size_mb * 1024 * 1024)
    n = written = 0
    with open(path, "wb", buffering=1 << 20) as f:
        while written < target:
            text = texts[n % len(texts)]
            rec = {"id": n, "url": f"https://news.example.org/{n}", "lang": "en", "text": f"{text}\nStory {n}.\n"}
            line = (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")
            f.write(line)
            written += len(line)
            n += 1
    return n, written


def sample_tree_rss(proc: subprocess.Popen) -> int:
    """Peak of the summed RSS of ``proc`` and its children, sampled until it exits (needs psutil)."""
    try:
        import psutil
    except ImportError:
        proc.wait()
        return 0
    peak = 0
    try:
        parent = psutil.Process(proc.pid)
    except psutil.NoSuchProcess:
        proc.wait()
        return 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [parent, *parent.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += p.memory_info().rss
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.2)
    return peak


def one_line(mb: float, accented: bool = False) -> dict[str, float]:
    """Peak traced memory and seconds of the default pipeline on a one-line document of ``mb`` MB
    (with ``accented``, with a word with an accent: a line the classifier reads by its regexes)."""
    import tracemalloc

    from articleclean.pipeline import default_pipeline

    base = " ".join(" ".join(t.split()) for t in articles()) + " \u201cquoted\u201d " + ("caf\u00e9 " if accented else "")
    n = int(mb * 2**20)
    doc = ((base + " ") * (n // len(base) + 1))[:n]
    pipeline = default_pipeline()
    pipeline.run(doc[:300_000])  # the word tables: built once per process, not per document
    t0 = time.perf_counter()
    pipeline.run(doc)
    untraced = time.perf_counter() - t0
    tracemalloc.start()
    pipeline.run(doc)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"input_mb": mb, "seconds": round(untraced, 1), "peak_traced_mb": round(peak / 2**20, 1), "peak_times_input": round(peak / n, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, default=1024, help="size of the generated JSONL file (default 1024)")
    ap.add_argument("--jobs", type=int, default=2, help="--jobs for the CLI (default 2)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("--one-line", type=float, metavar="MB", help="clean one single-line document of MB megabytes in process instead")
    ap.add_argument("--accented", action="store_true", help="with --one-line: a document with an accented word (not 'plain')")
    ap.add_argument("cli_args", nargs="*", help="extra CLI arguments (after --)")
    args = ap.parse_args(argv)
    if args.one_line:
        print(json.dumps(one_line(args.one_line, args.accented)))
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="articleclean-mem-"))
    src, out, report = tmp / "in.jsonl", tmp / "out.jsonl", tmp / "report.jsonl"
    t0 = time.perf_counter()
    records, size = write_input(src, args.size_mb)
    print(f"wrote {records:,} records, {size / 2**20:,.0f} MB in {time.perf_counter() - t0:.0f}s: {src}", file=sys.stderr)

    cmd = [sys.executable, "-m", "articleclean", "--jsonl", str(src), "-o", str(out), "--report", str(report),
           "-q", "--jobs", str(args.jobs), *args.cli_args]  # fmt: skip
    print("running:", " ".join(cmd), file=sys.stderr)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    tree_peak = sample_tree_rss(proc)
    seconds = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    maxrss_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    out_lines = 0
    if out.exists():
        with open(out, "rb") as fh:
            out_lines = sum(1 for _ in fh)
    result = {
        "input_mb": round(size / 2**20, 1),
        "records": records,
        "output_records": out_lines,
        "exit_code": proc.returncode,
        "jobs": args.jobs,
        "seconds": round(seconds, 1),
        "mb_per_s": round(size / 2**20 / seconds, 2),
        "peak_rss_largest_process_mb": round(maxrss_mb, 1),
        "peak_rss_all_processes_mb": round(tree_peak / 2**20, 1) if tree_peak else None,
    }
    print(json.dumps(result, indent=2))
    if not args.keep:
        for p in (src, out, report):
            p.unlink(missing_ok=True)
        os.rmdir(tmp)
    return 0 if proc.returncode == 0 and out_lines == records else 1


if __name__ == "__main__":
    raise SystemExit(main())
