"""The public API: pipelines, registry, options, custom cleaners, serialisation."""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass

import pytest

import articleclean
from articleclean import BaseCleaner, Document, Pipeline, default_pipeline, default_registry

from .conftest import FIXTURES, read

SEED = read(FIXTURES / "001_04f38c8d5024e41e.txt")


@dataclass(frozen=True)
class DropLinesWith(BaseCleaner):
    name = "drop_word"
    word: str = "Kirklees"

    def apply(self, doc):
        ch = doc.changes(self.name)
        for b in doc.live():
            if self.word in b.text:
                ch.remove([b.index], code="custom.word", reason=f"contains {self.word!r}")
        return ch.commit()


def test_default_order_and_registry_agree():
    assert default_pipeline().names == articleclean.DEFAULT_ORDER
    assert set(default_registry().names()) >= set(articleclean.DEFAULT_ORDER)


def test_drop_a_cleaner_keeps_its_blocks():
    # without jobs (and the page classifier, which takes the listing as page
    # furniture) the listing stays, and its lines get their typo fixed ("Recuriter")
    out = articleclean.clean(SEED, jobs=False, boilerplate=False)
    assert "Recruiter: Kirklees Metropolitan Council" in out
    assert "SIGN UP" not in out
    raw = articleclean.clean(SEED, jobs=False, boilerplate=False, typos=False)
    assert "Recuriter: Kirklees Metropolitan Council" in raw


def test_configure_via_options_and_unknown_option():
    p = default_pipeline().apply_options(jobs={"min_anchors": 99})
    assert p.get("jobs").min_anchors == 99
    with pytest.raises(TypeError, match="unknown option"):
        articleclean.clean("x", nosuch=False)
    with pytest.raises(TypeError, match="no setting"):
        default_pipeline().configure("jobs", nosuch=1)


def test_reorder_via_from_names():
    names = list(reversed(articleclean.DEFAULT_ORDER))
    assert Pipeline.from_names(names).names == tuple(names)


def test_unknown_name_is_a_clear_error():
    with pytest.raises(KeyError, match="unknown cleaner 'nosuch'"):
        Pipeline.from_names(["whitespace", "nosuch"])


def test_duplicate_names_rejected():
    with pytest.raises(ValueError, match="twice"):
        Pipeline((DropLinesWith(), DropLinesWith()))


def test_custom_cleaner_added_and_registered():
    p = default_pipeline().with_cleaner(DropLinesWith(word="Shutterstock"), before="captions")
    assert p.names.index("drop_word") == p.names.index("captions") - 1
    r = p.run(SEED)
    assert any(x.code == "custom.word" for x in r.removals)
    reg = default_registry().with_cleaner(DropLinesWith)
    p2 = Pipeline.from_names(["drop_word"], registry=reg, config={"drop_word": {"word": "Durham"}})
    assert "Durham" not in p2.clean(SEED)
    assert pickle.loads(pickle.dumps(p2)).clean(SEED) == p2.clean(SEED)


def test_non_cleaner_rejected():
    with pytest.raises(TypeError, match="not a cleaner"):
        Pipeline((object(),))


def test_non_str_input_rejected():
    with pytest.raises(TypeError, match="decode bytes first"):
        articleclean.clean(b"bytes")


def test_result_serialises_to_json():
    r = articleclean.clean_and_explain(SEED)
    d = json.loads(r.to_json())
    assert d["text"] == r.text
    assert d["metadata"]["byline"] == "William Eichler"
    assert {x["code"] for x in d["removals"]} >= {"jobs.listing", "newsletter.signup", "meta.byline"}
    for x in d["removals"]:
        assert SEED[x["start"] : x["end"]] == x["text"]


def test_pipeline_is_deterministic_and_documents_are_immutable():
    p = default_pipeline()
    assert p.run(SEED) == p.run(SEED)
    doc = Document.from_text(SEED)
    p.run_document(doc)
    assert doc.removals == () and all(b.removed is None for b in doc.blocks)


def test_edit_offsets_survive_multiple_edits():
    doc = Document.from_text("  a\u00a0\u00a0b  c\u00a0d")
    ch = doc.changes("t")
    ch.edit(0, [articleclean.Edit(1, 3, " ", "x")])
    doc = ch.commit()
    assert doc.blocks[0].text == "a b  c\u00a0d"
    ch = doc.changes("t")
    ch.edit(0, [articleclean.Edit(3, 5, " ", "y"), articleclean.Edit(6, 7, " ", "z")])
    doc = ch.commit()
    assert doc.blocks[0].text == "a b c d"
    assert [f.offset for f in doc.fixes] == [3, 6, 9]
    src = doc.source
    assert [src[f.offset : f.offset + len(f.before)] for f in doc.fixes] == [f.before for f in doc.fixes]


def _counting(name, line_local, calls, act):
    @dataclass(frozen=True)
    class Counting(BaseCleaner):
        def apply(self, doc):
            calls.append(name)
            return act(doc)

    Counting.name, Counting.line_local = name, line_local
    return Counting()


def test_settle_reruns_line_local_cleaner_after_edits_only():
    calls: list[str] = []

    def drop_last(doc):  # a removal late in the pipeline
        live = doc.live()
        ch = doc.changes("dropper")
        if len(live) > 1:
            ch.remove([live[-1].index], code="test.drop", reason="last line")
        return ch.commit()

    noop = lambda doc: doc  # noqa: E731
    local, wide = _counting("local", True, calls, noop), _counting("wide", False, calls, noop)
    dropper = _counting("dropper", False, calls, drop_last)
    Pipeline((local, wide, dropper)).run_document(Document.from_text("a\nb\nc"))
    # 'wide' sees the removals and runs again; 'local' cannot decide otherwise on the lines left
    assert calls.count("local") == 1
    assert calls.count("wide") == 3

    calls.clear()

    def edit_first(doc):
        ch = doc.changes("editor")
        b = doc.live()[0]
        if b.text == "a":
            ch.edit(b.index, [articleclean.document.Edit(0, 1, "A", "test.edit", "capital")])
        return ch.commit()

    editor = _counting("editor", False, calls, edit_first)
    Pipeline((local, editor)).run_document(Document.from_text("a\nb"))
    assert calls.count("local") == 2  # an edit may leave work for a line-local cleaner


# -- why a kept line is still there (issue 13: explain what was kept) ------------------

KEPT_PAGE = "\n\n".join(
    [
        "Home | News | Sport",
        "Council backs plan for new bypass",
        "The council approved the new bypass on Monday after a long debate about the cost of the plan and its route.",
        "It will take effect in April, and the leader said that residents would see the benefits within two years.",
        "Opponents said the road would cut through farmland and promised to continue their campaign against it.",
        "Share this article",
        "Most Read",
    ]
)


def test_explain_records_why_each_kept_line_stays():
    plain = default_pipeline().run(KEPT_PAGE)
    explained = default_pipeline().run(KEPT_PAGE, explain=True)
    # the same decisions, with the kept lines' reasons added
    assert (explained.text, explained.removals, explained.fixes) == (plain.text, plain.removals, plain.fixes)
    assert plain.kept == () and "kept" not in plain.to_dict()
    source_lines = KEPT_PAGE.splitlines()
    kept_lines = {k.line for k in explained.kept}
    removed_lines = {n for r in explained.removals for n in range(r.line_start, r.line_end + 1)}
    out_lines = [n for n, line in enumerate(source_lines, 1) if line.strip() and n not in removed_lines]
    assert kept_lines == set(out_lines)  # every kept line has a reason, no removed line has one
    by_line = {k.line: k for k in explained.kept}
    prose = by_line[source_lines.index(KEPT_PAGE.split("\n\n")[2]) + 1]
    assert prose.cleaner == "boilerplate" and prose.label == "good" and "kept: prose" in prose.reason
    assert json.loads(explained.to_json())["kept"][0]["reason"]


def test_explain_names_a_spared_headline():
    share = ["Facebook", "Twitter", "Email"]
    head = "Farmers Take Their Protest to the Capital for a Third Month"
    body = [
        "Hundreds of thousands of farmers have camped on the roads leading to the capital in a protest that has now lasted more than two months.",
        "The ministry said it would meet the farmers' leaders again next week, although no date has yet been set for the talks.",
        "“We are not going back until they repeal these laws,” said one farmer, who has been at the camp since the first week of the protest.",
    ]
    text = "\n\n".join([*share, head, *share, *body])
    result = default_pipeline().run(text, explain=True)
    line = text.splitlines().index(head) + 1
    assert any(k.line == line and "headline" in k.reason for k in result.kept), result.kept
