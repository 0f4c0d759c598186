"""CI's test settings (issue 14, point 13): Hypothesis is derandomised when CI is set, and every
test has a time limit (pytest-timeout), so a CI failure reproduces and a hang fails instead of
stalling the run."""

from __future__ import annotations

import importlib
import inspect
import os
import re
import subprocess
import sys

import pytest
from hypothesis import settings

import articleclean

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# The variables by which Hypothesis itself may detect CI (hypothesis._settings._CI_VARS).
CI_VARS = {"CI", "__TOX_ENVIRONMENT_VARIABLE_ORIGINAL_CI", "TF_BUILD", "bamboo.buildKey", "BUILDKITE", "CIRCLECI",
           "CIRRUS_CI", "CODEBUILD_BUILD_ID", "GITHUB_ACTIONS", "GITLAB_CI", "HEROKU_TEST_RUN_ID", "TEAMCITY_VERSION"}  # fmt: skip


def test_the_ci_profile_is_derandomised():
    ci = settings.get_profile("ci")
    assert ci.derandomize is True
    assert ci.database is None  # nothing carried over from an earlier run's examples


LOAD = """
import os
from hypothesis import settings
assert not settings.default.derandomize   # CI was not set when Hypothesis was imported
os.environ["CI"] = "true"
import tests.conftest
print(settings.default.derandomize, settings.default.database)
"""


def test_the_suite_loads_the_ci_profile_itself_when_ci_is_set():
    # Not Hypothesis's own CI detection (only in recent versions, and at its import): the suite's.
    env = {k: v for k, v in os.environ.items() if k not in CI_VARS}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(Path(articleclean.__file__).resolve().parent.parent)])
    p = subprocess.run([sys.executable, "-c", LOAD], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.split() == ["True", "None"]


@pytest.mark.skipif(not os.environ.get("CI"), reason="CI is not set: Hypothesis keeps its random default here")
def test_ci_loads_the_ci_profile():
    assert settings.default.derandomize is True
    # the suite's own settings objects are made at import, after conftest loaded the profile
    from .test_properties import SETTINGS

    assert SETTINGS.derandomize is True


def test_every_test_has_a_time_limit(request):
    pytest.importorskip("pytest_timeout", reason="pytest-timeout comes with the test extra")
    assert any(d.startswith("pytest-timeout") for d in PYPROJECT["project"]["optional-dependencies"]["test"])
    limit = float(request.config.getini("timeout"))
    assert 0 < limit <= 300


# -- the scale-out tests have their own extra and marker (issue 14, point 14) --------------------
ENGINES = ("dask", "distributed", "datasets", "pandas", "pyarrow")


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\[<>=!~; ]", r, maxsplit=1)[0].lower() for r in requirements}


def test_the_test_extra_leaves_the_engines_to_the_scale_extra():
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert not _names(extras["test"]) & set(ENGINES)
    assert {"dask", "distributed", "datasets", "pandas"} <= _names(extras["scale"])
    assert "'.[test,scale]'" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")  # CI still runs them


def test_every_test_that_needs_an_engine_is_marked_scaleout():
    engine = re.compile(r"importorskip\(\"(" + "|".join(ENGINES) + r")\b")
    found = []
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        module = importlib.import_module(f"tests.{path.stem}")
        for name, fn in vars(module).items():
            if name.startswith("test_") and callable(fn) and engine.search(inspect.getsource(fn)):
                marks = {m.name for m in getattr(fn, "pytestmark", [])}
                found.append((path.name, name, "scaleout" in marks))
    assert len(found) >= 5
    assert [f for f in found if not f[2]] == []
