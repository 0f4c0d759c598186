"""Cold start: wall time of one small file through the CLI and the API, each run in a fresh process.

    python benchmarks/coldstart.py [--runs 9] [--file PATH] [--src DIR]

Four commands, each run ``--runs`` times in a new interpreter
(``sys.executable``, not a pyenv shim, which adds about 50 ms of its own), with
the best and the median wall time printed, and the median CPU time (user + system
of the process: less swayed than wall time by other work on a shared machine):

* ``cli``:    ``python -m articleclean FILE`` (output to /dev/null);
* ``api``:    ``python -c "import articleclean; articleclean.clean(text)"``;
* ``import``: ``python -c "import articleclean"``;
* ``python``: ``python -c pass``, the floor no change here can go below.

``FILE`` defaults to the bundled example article (``articleclean --example``).
``--src`` is put first on ``PYTHONPATH`` (default: this checkout's ``src``), so
the code measured is the checkout's, whatever is installed.  Byte code is
cached in a temporary ``PYTHONPYCACHEPREFIX`` (``PYTHONDONTWRITEBYTECODE`` is
dropped) and each command runs once unmeasured first, so the source is not
compiled again in every run, as it is not for an installed wheel.  Wall time
on a shared machine is noisy: compare best against best.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "src" / "articleclean" / "examples" / "article.txt"


def commands(path: Path) -> dict[str, list[str]]:
    api = f"import articleclean; articleclean.clean(open({str(path)!r}, encoding='utf-8').read())"
    return {
        "cli": [sys.executable, "-m", "articleclean", str(path)],
        "api": [sys.executable, "-c", api],
        "import": [sys.executable, "-c", "import articleclean"],
        "python": [sys.executable, "-c", "pass"],
    }


def wall(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--file", type=Path, default=EXAMPLE)
    ap.add_argument("--src", type=Path, default=ROOT / "src")
    args = ap.parse_args(argv)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="coldstart-pycache-")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(args.src.resolve()), env.get("PYTHONPATH", "")) if p)
    where = subprocess.run(
        [sys.executable, "-c", "import articleclean; print(articleclean.__file__)"], env=env, check=True, capture_output=True, text=True
    ).stdout.strip()
    print(f"articleclean from {where}; {args.file} ({args.file.stat().st_size:,} bytes); {args.runs} fresh processes each")
    print(f"{'command':<8} {'best s':>7} {'median s':>9} {'median CPU s':>13}")
    for name, cmd in commands(args.file).items():
        wall(cmd, env)  # compiles and caches the byte code
        runs = [wall(cmd, env) for _ in range(args.runs)]
        times = [w for w, _ in runs]
        cpu = statistics.median(c for _, c in runs)
        print(f"{name:<8} {min(times):7.3f} {statistics.median(times):9.3f} {cpu:13.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
