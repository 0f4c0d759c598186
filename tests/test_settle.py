"""The pipeline settles: after its settle passes one more pass changes nothing (issue 13's
"non-convergence is an error in tests"), on every fixture and review case; and a pipeline
that cannot settle is an error in strict mode, not a silent result."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from articleclean import BaseCleaner, Document, default_pipeline
from articleclean.pipeline import NotSettledError, Pipeline

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


def test_a_pipeline_that_does_not_settle_is_an_error_when_strict():
    text = "The council approved the new budget on Monday after a long debate about the cost of the plan."
    loose = Pipeline((_Restless(),))
    assert loose.run(text).text  # not strict: the settle passes end, the result comes back
    with pytest.raises(NotSettledError):
        replace(loose, strict_settle=True).run(text)
