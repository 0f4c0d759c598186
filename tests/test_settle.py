"""The pipeline settles: after its settle passes one more pass changes nothing (issue 13's
"non-convergence is an error in tests"), on every fixture and review case; and a pipeline
that cannot settle is an error in strict mode, not a silent result."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

import pytest

import articleclean
from articleclean import BaseCleaner, Document, default_pipeline
from articleclean.explain import render
from articleclean.pipeline import STRICT_SETTLE_ENV, NotSettledError, Pipeline

from .conftest import FIXTURES, SEEDS, read
from .test_harm_review import CASES as HARM_CASES

STRICT = replace(default_pipeline(), strict_settle=True)
TEXTS = (
    [read(FIXTURES / f"{stem}.txt") for stem in SEEDS]
    + [read(p) for p in sorted((FIXTURES / "negative").glob("*.txt"))]
    + [c["text"] for c in HARM_CASES]
)


def test_there_are_texts_to_settle():
    assert len(TEXTS) >= 100


@pytest.mark.parametrize("text", TEXTS)
def test_the_default_pipeline_settles(text):
    doc = STRICT.run_document(Document.from_text(text))
    # and one more pass of every cleaner changes nothing
    n = len(doc.removals) + len(doc.fixes)
    for c in STRICT.cleaners:
        doc = c.apply(doc)
    assert len(doc.removals) + len(doc.fixes) == n


@dataclass(frozen=True)
class _Restless(BaseCleaner):
    """Edits its first live line on every call: it never settles."""

    name = "restless"
    description = "test cleaner that never settles"

    def apply(self, doc: Document) -> Document:
        from articleclean.document import Edit

        live = doc.live()
        if not live:
            return doc
        ch = doc.changes(self.name)
        text = live[0].text
        ch.edit(live[0].index, [Edit(0, 1, "x" if text[0] != "x" else "y", "test.toggle", "toggle")])
        return ch.commit()


TEXT = "The council approved the new budget on Monday after a long debate about the cost of the plan."


def test_a_pipeline_that_does_not_settle_is_an_error_when_strict(monkeypatch):
    monkeypatch.delenv(STRICT_SETTLE_ENV, raising=False)
    loose = Pipeline((_Restless(),))
    assert loose.run(TEXT).text  # not strict: the settle passes end, the result comes back
    with pytest.raises(NotSettledError):
        replace(loose, strict_settle=True).run(TEXT)


def test_a_result_that_did_not_settle_says_so(monkeypatch):
    monkeypatch.delenv(STRICT_SETTLE_ENV, raising=False)
    restless = default_pipeline().with_cleaner(_Restless())
    for result in (restless.run(TEXT), restless.run(TEXT, explain=True)):
        assert result.settled is False and result.to_dict()["settled"] is False
        assert "did not settle" in render(TEXT, result)
    # with zero settle passes nothing is checked, and nothing is claimed
    assert replace(restless, settle_passes=0).run(TEXT).settled is True
    settled = default_pipeline().run(TEXT)
    assert settled.settled is True and "settled" not in settled.to_dict()
    assert "did not settle" not in render(TEXT, settled)


def test_the_suite_treats_non_convergence_as_an_error():
    """conftest makes every pipeline strict: a cleaner that never settles, put into the default
    (not strict) pipeline, fails whatever test runs it, in this process and in a worker."""
    assert os.environ.get(STRICT_SETTLE_ENV) == "1"
    restless = default_pipeline().with_cleaner(_Restless())
    assert restless.strict_settle is False
    with pytest.raises(NotSettledError):
        restless.run(TEXT)
    with pytest.raises(NotSettledError):
        articleclean.clean(TEXT, pipeline=restless)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool, pytest.raises(NotSettledError):
        pool.submit(restless.run, TEXT).result()
