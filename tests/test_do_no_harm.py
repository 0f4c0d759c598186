"""Do no harm, as a property (issue 14, point 15): sentences of the negative fixtures (clean
articles that must come out unchanged), shuffled and recombined by Hypothesis into new articles,
come out unchanged from ``articleclean.clean``, with nothing removed or fixed.

Every sentence is one a real clean article holds; recombining them makes articles no fixture
has (a quoted answer after a pay line, a poem's line before a match report), which is where a
rule that leans on its neighbours could take article text for page furniture.  Sentences are
drawn without repeats: a paragraph printed twice is the duplicates cleaner's to remove.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articleclean
from articleclean import BaseCleaner

from .conftest import FIXTURES, read

NEGATIVE = sorted((FIXTURES / "negative").glob("*.txt"))
# A sentence ends at . ! ? (and a closing quote) before a space and a capital or an opening quote.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?][\"”’'])|(?<=[.!?]))\s+(?=[\"“‘'A-Z])")

_INITIAL = re.compile(r"(?:^|[\s\"“‘'])[A-Z]\.$")


def sentences(text: str) -> list[str]:
    """The sentences of every line of a text, in order.

    >>> sentences('He left. "Why?" she asked.\\n\\nQ&A: a title by M. Costa. Fine.')
    ['He left.', '"Why?" she asked.', 'Q&A: a title by M. Costa.', 'Fine.']
    """
    out: list[str] = []
    for line in text.splitlines():
        parts = _SENTENCE_END.split(line.strip()) if line.strip() else []
        for i, part in enumerate(parts):
            if i and _INITIAL.search(parts[i - 1]):  # "M. Costa": an initial, not a sentence's end
                out[-1] += " " + part
            else:
                out.append(part)
    return out


SENTENCES = sorted({s for path in NEGATIVE for s in sentences(read(path))})


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Distinct sentences in a random order, grouped into paragraphs of one to four, the paragraphs
    apart by a blank line or, as some scrapers give them, by a line break only."""
    chosen = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=14, unique=True))
    text, i = "", 0
    while i < len(chosen):
        n = min(draw(st.integers(1, 4)), len(chosen) - i)
        # a fragment of one or two words (a list's item: "Olivia", "Ava") stays a line of its own: two
        # glued together make a line no fixture has, and under a headline "Olivia Ava" is a byline's shape
        short = [len(chosen[i + k].split()) <= 2 for k in range(n)]
        n = 1 if short[0] else next((k for k in range(1, n) if short[k]), n)
        text += (draw(st.sampled_from(["\n\n", "\n"])) if text else "") + " ".join(chosen[i : i + n])
        i += n
    return text + "\n"


def test_there_are_enough_sentences():
    assert len(SENTENCES) >= 100


def unchanged(text: str, explain: Callable[[str], articleclean.CleanResult] = articleclean.clean_and_explain) -> None:
    result = explain(text)
    assert [(r.code, r.text) for r in result.removals] == []
    assert [(f.before, f.after, f.code) for f in result.fixes] == []
    assert result.text == text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_recombined_clean_sentences_come_out_unchanged(text):
    unchanged(text)
    assert articleclean.clean(text) == text


@dataclass(frozen=True)
class _DropsQuotes(BaseCleaner):
    """A harmful rule: a paragraph that quotes someone is taken for furniture."""

    name = "drops_quotes"

    def apply(self, doc):
        ch = doc.changes(self.name)
        for block in doc.live():
            if '"' in block.text or "“" in block.text:
                ch.remove([block.index], code="test.harm", reason="quotes someone")
        return ch.commit()


def test_the_property_catches_a_harmful_rule():
    harmful = articleclean.default_pipeline().with_cleaner(_DropsQuotes(), before="duplicates")

    @settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(articles())
    def prop(text):
        unchanged(text, harmful.run)

    with pytest.raises(AssertionError, match=r"test\.harm"):
        prop()
