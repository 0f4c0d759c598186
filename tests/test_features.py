"""The line features (articleclean.features): computed once per document, shared by its
versions, kept only for texts a cache may hold, and the same answers as the plain functions."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleclean.document import Document
from articleclean.features import MEMO_TEXT_LIMIT, PLAIN, LineFeatures
from articleclean.lexicon import normalise_phrase
from articleclean.text import word_count

PAGE = "Council backs new bridge\nBy Jane Doe\nThe council voted on Tuesday to build the bridge.\nShare this\nIt opens in 2027."


class _Counted:
    """A pure function of a text that counts its calls (by text)."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, text: str, *args: object) -> int:
        self.calls.append(text)
        return len(text) + len(args)

    def many(self, texts: list[str]) -> list[int]:
        self.calls.extend(texts)
        return [len(t) for t in texts]


def test_derived_is_computed_once_per_text_and_arguments() -> None:
    feats, fn = LineFeatures(), _Counted()
    assert [feats.derived(fn, t) for t in ("a", "bb", "a", "bb", "a")] == [1, 2, 1, 2, 1]
    assert fn.calls == ["a", "bb"]
    assert feats.derived(fn, "a", "x") == 2  # other arguments, another answer
    assert fn.calls == ["a", "bb", "a"]


def test_derived_many_computes_only_the_new_texts() -> None:
    feats, fn = LineFeatures(), _Counted()
    assert feats.derived_many(fn.many, ["a", "bb"]) == [1, 2]
    assert feats.derived_many(fn.many, ["bb", "ccc", "a"]) == [2, 3, 1]
    assert fn.calls == ["a", "bb", "ccc"]


def test_a_long_text_is_not_kept() -> None:
    """A text over MEMO_TEXT_LIMIT characters is computed again, never kept (a document that is
    one long line would keep a copy of it per version)."""
    feats, fn = LineFeatures(), _Counted()
    long = "x" * (MEMO_TEXT_LIMIT + 1)
    feats.derived(fn, long)
    feats.derived(fn, long)
    feats.key(long)
    feats.derived_many(fn.many, [long, "a"])
    assert fn.calls == [long, long, long, "a"]
    assert all(long not in table for table in feats._derived.values())
    assert long not in feats._keys


def test_no_long_text_but_a_block_text_is_kept_after_a_pipeline_run() -> None:
    """Of texts over MEMO_TEXT_LIMIT characters only the block texts of the last version keep a feature
    (their word count): not a version an edit replaced, not a piece a cleaner read (the captions cleaner
    counts the words before a credit).  (The review helper's case: two more copies of a 560,000-character
    line, pieces of earlier versions, stayed before.)"""
    from articleclean.pipeline import default_pipeline

    words = "the council met on monday and discussed budget for next year with residents who said they would recieve goverment funds".split()
    line = " ".join(words[i % len(words)] for i in range(60_000)) + ". The scene at the harbour on Monday (Photo: Getty Images)"
    out = default_pipeline().run_document(Document.from_text(line))
    assert out.fixes  # the typos were fixed: the line has had other versions
    feats = out.features()
    kept = [*feats._words, *feats._keys, *(t for table in feats._derived.values() for t in table)]
    assert {t for t in kept if isinstance(t, str) and len(t) > MEMO_TEXT_LIMIT} <= {b.text for b in out.blocks}


def test_versions_share_features_and_a_pickle_drops_them() -> None:
    doc = Document.from_text(PAGE)
    doc.word_count("The council voted on Tuesday to build the bridge.")
    ch = doc.changes("test")
    ch.remove([3], code="share.row", reason="share row")
    new = ch.commit()
    assert new.features() is doc.features()
    copy = pickle.loads(pickle.dumps(new))
    assert copy == new and copy.features() is not new.features() and not copy.features()._words


def test_table_columns_follow_the_live_lines() -> None:
    doc = Document.from_text(PAGE)
    table = doc.table()
    assert table.texts == tuple(b.text for b in doc.live())
    assert table.words == tuple(word_count(t) for t in table.texts)
    assert doc.table() == table
    ch = doc.changes("test")
    ch.remove([3], code="share.row", reason="share row")
    new = ch.commit()
    assert "Share this" in table.texts and "Share this" not in new.table().texts


@given(st.text(max_size=80))
def test_the_document_answers_as_the_plain_functions(text: str) -> None:
    feats = LineFeatures()
    assert feats.words(text) == PLAIN.words(text) == word_count(text)
    assert feats.key(text) == PLAIN.key(text) == normalise_phrase(text)
    assert pickle.loads(pickle.dumps(PLAIN)) is PLAIN


def test_a_rerun_reads_remembered_features(monkeypatch: pytest.MonkeyPatch) -> None:
    """The typo fixer's answers are features of the document: run again on the document (as a
    settle pass does), it computes none of them again."""
    from articleclean.fixers import typos

    calls: list[str] = []
    real = typos._has_candidate

    def spy(line: str) -> bool:
        calls.append(line)
        return real(line)

    monkeypatch.setattr(typos, "_has_candidate", spy)
    doc = Document.from_text("The goverment met on Tuesday.\nIt voted to build the new bridge.")
    once = typos.TypoCleaner().apply(doc)
    twice = typos.TypoCleaner().apply(doc)
    assert once == twice and [f.after for f in once.fixes] == ["government"]
    assert calls == [b.text for b in doc.blocks]
