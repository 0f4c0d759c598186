"""Encoding repair: data-file cases (positive and negative), pipeline records, properties."""

from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articleclean
from articleclean.document import Document
from articleclean.fixers.encoding import EncodingCleaner, fix_encoding, lone_pair_edits, needs_ftfy

from .conftest import FIXTURES, read

CASES = json.loads(read(FIXTURES / "encoding_cases.json"))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("case", CASES["positive"], ids=lambda c: c["why"])
def test_repairs(case):
    assert fix_encoding(case["in"]) == case["out"]


@pytest.mark.parametrize("case", CASES["negative"], ids=lambda c: c["why"])
def test_correct_text_unchanged(case):
    assert fix_encoding(case["in"]) == case["in"]
    assert articleclean.clean(case["in"]) == case["in"]  # byte for byte: no newline added


def test_pipeline_records_each_repair_at_its_source_offset():
    text = "First line.\n\nThe cafÃ© &amp;amp; â€œbarâ€\x9d\u200b opened."
    result = articleclean.clean_and_explain(text)
    assert result.text == "First line.\n\nThe café & “bar” opened."
    enc = [f for f in result.fixes if f.cleaner == "encoding"]
    assert sorted(f.code for f in enc) == ["encoding.entity", "encoding.invisible"] + ["encoding.mojibake"] * 3
    for f in enc:
        assert text[f.offset : f.offset + len(f.before)] == f.before
        assert f.line == 3 and f.reason


def test_encoding_runs_first_and_can_be_switched_off():
    assert articleclean.DEFAULT_ORDER[0] == "encoding"
    assert articleclean.clean("cafÃ©", encoding=False) == "cafÃ©"


def test_straighten_quotes_is_an_option_off_by_default():
    doc = Document.from_text("“Hi,” she said")
    assert EncodingCleaner().apply(doc).text() == "“Hi,” she said"
    assert EncodingCleaner(straighten_quotes=True).apply(doc).text() == '"Hi," she said'


def test_cleaner_is_picklable():
    c = EncodingCleaner(straighten_quotes=True)
    assert pickle.loads(pickle.dumps(c)) == c


def test_cheap_gate():
    assert not needs_ftfy("A long ASCII line " * 50)
    assert not needs_ftfy("“Typographic” – text… with café and Ελληνικά")
    assert needs_ftfy("cafÃ©")


# Text ftfy can restore: words with Latin-1 letters and typographic punctuation
# as they occur in prose (odd adjacencies such as "ß£" decode ambiguously).
WORDS = ["café", "naïve", "Über", "straße", "“quoted”", "—", "£5", "…", "résumé", "São", "déjà", "€10",
         "it’s", "Zürich", "jalapeño", "façade", "25°C", "the", "and", "A", "señor", "–", "‘so’"]
restorable = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)


@SETTINGS
@given(restorable)
def test_windows_1252_mojibake_is_restored(s):
    damaged = s.encode("utf-8").decode("sloppy-windows-1252")
    assert fix_encoding(damaged) == s


@SETTINGS
@given(restorable)
def test_double_mojibake_is_restored(s):
    once = s.encode("utf-8").decode("sloppy-windows-1252")
    assert fix_encoding(once.encode("utf-8").decode("sloppy-windows-1252")) == s


def test_a_space_that_completes_mojibake_is_settled():
    once = fix_encoding("à¢\t")  # the tab becomes a space, which makes "à¢ " UTF-8 mojibake
    assert fix_encoding(once) == once


@SETTINGS
@given(st.text(max_size=200))
def test_idempotent_and_never_adds_line_breaks(s):
    once = fix_encoding(s)
    assert fix_encoding(once) == once
    assert once.count("\n") <= len(s)


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zs", "Zl", "Zp")), max_size=80))
def test_text_ftfy_does_not_flag_is_unchanged(s):
    if not needs_ftfy(s) and "&" not in s:
        assert fix_encoding(s) == s


def test_entity_line_break_keeps_cleaning_idempotent():
    text = "Read the story.&#10;&#10;Sign up to our newsletter&#10;More text here in the paragraph."
    once = articleclean.clean(text)
    assert "\n" not in once.rstrip("\n")
    assert articleclean.clean(once) == once


@pytest.mark.parametrize("word", ["вдохновило", "секретах", "их аккаунтами", "naïve café"])
def test_utf8_read_as_latin1_with_nel_bytes_is_restored(word):
    # "х" is D1 85 in UTF-8; read as Latin-1 its second byte is NEL (U+0085),
    # a line break to str.splitlines: it must not split the mojibake in two
    damaged = f"Они {word} сказали.".encode().decode("latin-1")
    assert articleclean.fix_encoding(damaged) == f"Они {word} сказали."
    assert articleclean.clean(damaged) == f"Они {word} сказали."
    assert articleclean.clean(articleclean.clean(damaged)) == f"Они {word} сказали."


def test_nel_is_windows_1252_ellipsis_not_a_line_break():
    # "…" written in Windows-1252 and read as Latin-1 is NEL, a line break to str.splitlines
    damaged = "He waited. … Then he left.".encode("cp1252").decode("latin-1")
    assert articleclean.fix_encoding(damaged) == "He waited. … Then he left."
    assert articleclean.clean(damaged) == "He waited. … Then he left."


def test_one_damaged_sentence_in_a_cyrillic_line_is_restored():
    good = "Он сказал, что любит кашу. — В моей жизни"
    head, tail = good.split(". ", 1)
    damaged = head + ". " + tail.encode("utf-8").decode("cp1252")
    assert damaged != good and "Ð’" in damaged
    assert fix_encoding(damaged) == good


def test_lone_pair_rule_leaves_latin_text_alone():
    for text in ("Ð’Brien's saga", "Ã« is not touched here", "MÃ¼ller"):
        assert lone_pair_edits(text) == []


def test_soft_hyphens_removed_by_default_and_kept_on_request():
    text = "Die Zei\u00adtung erscheint t\u00e4g\u00adlich.\n"
    assert EncodingCleaner().apply(Document.from_text(text)).text() == "Die Zeitung erscheint täglich.\n"
    kept = EncodingCleaner(soft_hyphens=False).apply(Document.from_text(text + "caf\u00c3\u00a9\n"))
    assert kept.text() == text + "café\n"  # the other repairs still run
    assert "\u00ad" in articleclean.default_pipeline().configure("encoding", soft_hyphens=False).clean(text)


def test_a_lone_surrogate_after_a_lead_byte_does_not_crash_the_fixer():
    # Hypothesis found it (tests/test_robustness.py): "Î " looks like a UTF-8 lead byte whose second byte was
    # lost to a space, and the word after it, a lone surrogate (JSON can carry one), has no UTF-8 bytes
    import articleclean

    assert articleclean.clean("Î \ud800").startswith("Î")
