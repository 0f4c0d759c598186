"""Every ```python block in README.md and docs/*.md runs, as a script pasted into a file would.

Each block is written to ``block.py`` in a temporary folder and run with ``python block.py``
(a fresh interpreter, so a block that starts worker processes needs its
``if __name__ == "__main__":`` guard exactly as a user's script does).  The folder holds the
inputs the blocks name (``crawl/*.jsonl.gz``, ``crawl.jsonl.gz``) and the blocks are given the
values the prose says are the reader's own, and nothing else (no imports):

- ``text``: one article (the bundled example),
- ``texts``: a list of articles (the test fixtures),
- ``df``: a pandas DataFrame with a ``text`` column holding an article and a missing value.

Blocks that need an optional engine (dask, distributed, datasets, pandas) are marked
``scaleout`` and skipped only when that engine is not installed; CI installs them.  Nothing
reaches the network (``HF_DATASETS_OFFLINE``, a private ``HF_HOME``).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

import articleclean

from .conftest import FIXTURES, SEEDS, read

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```python\n(.*?)^```", re.M | re.S)

# An optional engine a block needs: the pattern that shows it, and the module to look for.
ENGINES = {
    "dask": (re.compile(r"^\s*(import|from) dask\b", re.M), "dask.bag"),
    "distributed": (re.compile(r"^\s*(import|from) distributed\b", re.M), "distributed"),
    "datasets": (re.compile(r"^\s*import .*\bdatasets\b", re.M), "datasets"),
    "pandas": (re.compile(r"\bdf\b"), "pandas"),
}

PRELUDE = """\
# Given by tests/test_docs.py: the reader's own values the prose refers to (no imports).
from importlib.resources import files as _files
from pathlib import Path as _Path
text = _files("articleclean").joinpath("examples/article.txt").read_text(encoding="utf-8")
texts = [p.read_text(encoding="utf-8") for p in sorted(_Path("texts").glob("*.txt"))]
"""
PANDAS = """\
import pandas as _pd
df = _pd.DataFrame({"text": [text, None]})
"""


def blocks() -> list:
    params = []
    for page in PAGES:
        source = page.read_text(encoding="utf-8")
        for m in FENCE.finditer(source):
            line = source.count("\n", 0, m.start()) + 1
            code = m.group(1)
            needs = [name for name, (pattern, _) in ENGINES.items() if pattern.search(code)]
            marks = [pytest.mark.scaleout] if needs else []
            params.append(pytest.param(code, needs, id=f"{page.relative_to(ROOT).as_posix()}:{line}", marks=marks))
    return params


BLOCKS = blocks()


def test_the_pages_have_python_blocks():
    ids = {p.id.split(":")[0] for p in BLOCKS}
    assert ids == {"README.md", "docs/scale-out.md"}
    assert len(BLOCKS) >= 8


def _inputs(folder: Path) -> None:
    (folder / "texts").mkdir()
    for seed in SEEDS:
        (folder / "texts" / f"{seed}.txt").write_text(read(FIXTURES / f"{seed}.txt"), encoding="utf-8")
    records = [{"id": i, "text": read(FIXTURES / f"{seed}.txt")} for i, seed in enumerate(SEEDS)]
    data = gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode("utf-8"))
    (folder / "crawl.jsonl.gz").write_bytes(data)
    (folder / "crawl").mkdir()
    (folder / "crawl" / "part-0.jsonl.gz").write_bytes(data)


@pytest.mark.parametrize(("code", "needs"), BLOCKS)
def test_block_runs_as_a_script(tmp_path, code, needs):
    for name in needs:
        if find_spec(ENGINES[name][1].split(".")[0]) is None:
            pytest.skip(f"needs {name} (pip install 'articleclean[scale]')")
    _inputs(tmp_path)
    script = PRELUDE + (PANDAS if "pandas" in needs else "") + "\n" + code
    (tmp_path / "block.py").write_text(script, encoding="utf-8")
    src = str(Path(articleclean.__file__).resolve().parent.parent)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([src, *filter(None, [os.environ.get("PYTHONPATH")])]),
        "HF_DATASETS_OFFLINE": "1",
        "HF_HUB_OFFLINE": "1",
        "HF_HOME": str(tmp_path / "hf"),
        "HF_DATASETS_CACHE": str(tmp_path / "hf" / "datasets"),
    }
    p = subprocess.run(
        [sys.executable, "block.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=100,
        stdin=subprocess.DEVNULL,
    )
    assert p.returncode == 0, f"exit {p.returncode}\n--- stdout\n{p.stdout[-3000:]}\n--- stderr\n{p.stderr[-3000:]}"
    if "to_textfiles" in code:  # the Dask example's output is the cleaned crawl
        out = sorted((tmp_path / "clean").glob("*.jsonl.gz"))
        assert out, "no output"
        lines = [
            json.loads(line)
            for f in out
            for line in gzip.decompress(f.read_bytes()).decode("utf-8").splitlines()
            if line
        ]
        assert [r["text"] for r in lines] == [
            articleclean.default_pipeline().without("duplicates").clean(read(FIXTURES / f"{s}.txt")) for s in SEEDS
        ]
