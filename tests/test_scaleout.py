"""The pipeline on existing distributed engines gives exactly the serial result (see docs/scale-out.md).

The engines come with the scale extra (pip install -e '.[test,scale]'); without it these tests
skip.  They are marked scaleout, so -m 'not scaleout' leaves them out and -m scaleout runs only them.
"""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

import articleclean

from .conftest import FIXTURES, SEEDS, read

TEXTS = [read(FIXTURES / f"{seed}.txt") for seed in SEEDS]


@pytest.fixture(scope="module")
def pipeline():
    return articleclean.default_pipeline()


@pytest.fixture(scope="module")
def serial(pipeline):
    return [pipeline.run(t).to_dict() for t in TEXTS]


def test_pipeline_pickles_to_an_equal_pipeline(pipeline):
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone == pipeline
    assert [clone.run(t) for t in TEXTS] == [pipeline.run(t) for t in TEXTS]


@pytest.mark.scaleout
def test_dask_bag_processes_scheduler(pipeline, serial):
    db = pytest.importorskip("dask.bag")
    bag = db.from_sequence(TEXTS, npartitions=2).map(lambda t: pipeline.run(t).to_dict())
    assert bag.compute(scheduler="processes", num_workers=2) == serial


@pytest.mark.scaleout
def test_dask_distributed_local_cluster(pipeline, serial):
    # One small cluster (2 worker processes, 1 thread each); every wait has a timeout.
    distributed = pytest.importorskip("distributed")
    db = pytest.importorskip("dask.bag")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster, distributed.Client(cluster, timeout=60) as client:
        bag = db.from_sequence(TEXTS, npartitions=2).map(pipeline.run).map(articleclean.CleanResult.to_dict)
        future = client.compute(bag)
        assert future.result(timeout=120) == serial


@pytest.mark.scaleout
def test_hf_datasets_map_num_proc_2(tmp_path, pipeline, serial):
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_dict({"id": list(range(len(TEXTS))), "text": TEXTS})

    def clean(row):
        r = pipeline.run(row["text"])
        return {"clean": r.text, "codes": [x.code for x in r.removals]}

    out = ds.map(clean, num_proc=2, cache_file_name=str(tmp_path / "cache.arrow"))
    assert out["id"] == list(range(len(TEXTS)))
    assert out["clean"] == [s["text"] for s in serial]
    assert out["codes"] == [[x["code"] for x in s["removals"]] for s in serial]


HASH = """
import articleclean
from datasets.fingerprint import Hasher
p = articleclean.default_pipeline()
print(Hasher.hash(p), Hasher.hash(p.without("duplicates").configure("jobs", min_anchors=3)))
"""


@pytest.mark.scaleout
def test_hf_fingerprint_is_stable_across_interpreters():
    pytest.importorskip("datasets")
    runs = [
        subprocess.run([sys.executable, "-c", HASH], capture_output=True, text=True, timeout=120, env=env)
        for env in (_env("1"), _env("2"))
    ]
    for r in runs:
        assert r.returncode == 0, r.stderr
    assert runs[0].stdout == runs[1].stdout
    plain, changed = runs[0].stdout.split()
    assert plain != changed


def _env(seed: str) -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONHASHSEED": seed, "HF_DATASETS_OFFLINE": "1"}
