"""articleclean.language: tokens, stopwords, the language of a page, stopword density, "is this English"."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean import language
from articleclean.language import (
    ENGLISH_WORDS,
    casefolded_tokens,
    detect_language,
    english_counts,
    is_english,
    language_of,
    mostly_english,
    stop_densities,
    stop_density,
    stopwords,
    tokens,
)

SRC = Path(__file__).resolve().parents[1] / "src" / "articleclean"


# -- tokens ----------------------------------------------------------------------------------------
def test_tokens_are_casefolded_words_with_inner_apostrophes():
    assert list(tokens("Don’t STOP: l’été, 'quoted' O'Brien x_y 1999’s")) == [
        "don't", "stop", "l'été", "quoted", "o'brien", "x_y", "1999's",
    ]  # fmt: skip
    assert list(tokens("Straße ÇA")) == ["strasse", "ça"]
    assert casefolded_tokens("l’été, c'est") == ["l'été", "c'est"]


def test_tokens_of_a_long_line_are_read_a_piece_at_a_time():
    line = "Don’t stop now, l’été. " * 20000  # longer than a piece
    toks = tokens(line)
    assert not isinstance(toks, list)
    assert list(toks) == ["don't", "stop", "now", "l'été"] * 20000


# the classifier's scan reads plain lines by byte translations: the same tokens as the regex
_PLAIN = st.sampled_from(list("aZ9_ '’‘\t.-|x\n") + list("—–…•·©®™°«»\xa0\u2009"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(_PLAIN, max_size=30) | st.text(max_size=30), max_size=5))
def test_tokens_are_the_classifiers_scan_tokens(texts):
    from articleclean.cleaners.boilerplate.features import _scans

    assert [tuple(sc.toks) for sc in _scans(texts)] == [tuple(tokens(t)) for t in texts]


# -- the language of a page ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The council said on Tuesday that it would not build the new road before the end of the year."),
        ("de", "Die Regierung hat am Mittwoch angekündigt, dass sie die Steuern im nächsten Jahr nicht erhöhen wird."),
        ("fr", "Le gouvernement a annoncé mercredi qu'il n'augmentera pas les impôts l'année prochaine."),
        ("es", "El ayuntamiento dijo el martes que no construirá la nueva carretera antes de que termine el año."),
        ("it", "Il comune ha detto martedì che non costruirà la nuova strada prima della fine dell'anno."),
        ("nl", "De gemeente zei dinsdag dat zij de nieuwe weg niet voor het einde van het jaar zal aanleggen."),
        ("pl", "Rada miasta poinformowała we wtorek, że nie zbuduje nowej drogi przed końcem roku."),
        ("ru", "Городской совет заявил во вторник, что не будет строить новую дорогу до конца этого года."),
        ("cjk", "市议会周二表示，今年年底之前不会修建这条新路。"),
        ("cjk", "서울시는 화요일에 올해 말까지 새 도로를 건설하지 않겠다고 밝혔다."),
    ],
)
def test_detect_language_of_a_sentence(lang, text):
    assert detect_language([text]) == lang


def test_no_language_without_enough_stopwords():
    assert detect_language([]) is None
    assert detect_language(["Home", "News", "Sport", "Weather"]) is None  # a menu: no stopword
    assert detect_language(["Xkcd qwzx vbnm plok"]) is None


def test_detection_reads_the_first_texts_only():
    de = "Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau beschlossen."
    en = "The council said on Tuesday that it would build the road."
    assert detect_language([de] * 3 + [en] * 300, max_tokens=30) == "de"
    assert detect_language([de] * 3 + [en] * 300) == "en"


_WORDS = st.sampled_from(
    [*"the and of der die und le la et el que не и что 東京 は Home News a b 1 , . ’ '".split(), "l’été", "don't"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=12).map(" ".join), max_size=8), st.sampled_from([5, 30, 2000]))
def test_detect_language_is_the_classifiers_language_of_its_scans(texts, max_tokens):
    # the classifier asks language_of of its own scans; detect_language counts the texts itself
    from articleclean.cleaners.boilerplate.features import _scans

    assert detect_language(texts, max_tokens=max_tokens) == language_of(_scans(texts), max_tokens)


# -- stopwords and their density -------------------------------------------------------------------
def test_stopword_lists():
    assert len(language.STOPWORD_LANGUAGES) == 33
    assert {"the", "and", "of"} <= stopwords("en") and {"und", "der"} <= stopwords("de")
    assert stopwords("xx") == frozenset()
    # words that name page furniture are no stopwords, in any list
    assert "home" not in stopwords("en") and "related" not in stopwords("en")
    assert all("home" not in stopwords(c) for c in language.STOPWORD_LANGUAGES)
    # "’" is read as "'", as in the tokens
    assert "don't" in stopwords("en")


def test_stop_density():
    assert stop_density("The minister said that the plan would go ahead.", "en") == pytest.approx(7 / 9)
    assert stop_density("Der Rat hat es am Dienstag beschlossen.", "de") == pytest.approx(4 / 7)
    assert stop_density("Home | News | Sport", "en") == 0.0
    assert stop_density("The plan", "xx") is None  # no list
    assert stop_density("The plan", "cjk") is None
    assert stop_density("", "en") is None  # no token
    assert stop_density("The 東京 plan", "en") is None  # CJK characters: no density


def test_stop_densities_are_the_densities_line_by_line():
    lines = ["The minister said that the plan would go ahead.", "Home | News", "", "The 東京 plan"]
    toks = [tuple(tokens(t)) for t in lines]
    cjk = [len(language.CJK.findall(t)) for t in lines]
    assert stop_densities(toks, cjk, stopwords("en")) == [stop_density(t, "en") for t in lines]
    assert stop_densities(toks, cjk, None) == [None] * 4


# -- is this English -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, english",
    [
        ("The council met on Monday and agreed to build the new road.", True),
        ("Home News Sport Weather", True),  # English words, though no stopwords
        ("Der Stadtrat tagte am Montag über die neuen Radwege in der Innenstadt.", False),
        ("Le conseil municipal s'est réuni lundi pour voter le budget de l'année.", False),
        ("El ayuntamiento aprobó el martes el presupuesto para el año que viene.", False),
        ("Городской совет заявил во вторник, что не будет строить новую дорогу.", False),
        ("", False),
        ("2024 — 12:30", False),  # no word
    ],
)
def test_is_english(text, english):
    assert is_english(text) is english


def test_the_two_detectors_answer_different_questions():
    # a short English menu is English to the typo fixer, and of no language to the classifier
    assert is_english("Home News Sport") and detect_language(["Home News Sport"]) is None


def test_english_counts_and_the_share_they_need():
    assert english_counts("The council met on Monday, 3 times.") == (6, 6)  # "3" is no word
    assert "the" in ENGLISH_WORDS and "The" not in ENGLISH_WORDS and 3 not in ENGLISH_WORDS
    assert mostly_english(8, 10) and not mostly_english(7, 10)  # 80% of ten words or more
    assert mostly_english(2, 4) and not mostly_english(1, 4)  # half of fewer
    assert mostly_english(7, 10, share=0.7) and not mostly_english(0, 0)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("aBc İıΣσς ßẞ\u0307-1_'ﬁ DžK\u212a"), max_size=40) | st.text(max_size=40))
def test_english_counts_count_whole_runs_of_two_letters(text):
    import re

    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 2]
    assert english_counts(text)[1] == len(words)
    assert english_counts(text) == english_counts(text + "\n1 a")  # no word of two letters added


# -- one module, and where its names were -----------------------------------------------------------
def test_language_imports_no_cleaner_or_fixer():
    tree = ast.parse((SRC / "language.py").read_text("utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
    }
    imported |= {
        a.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 1 and not node.module
        for a in node.names
    }
    assert imported <= {"lazyre", "lexicon", "text"}


def test_old_import_paths():
    # the public names of the classifier's package and of the typo fixer are the language module's own
    from articleclean.cleaners import boilerplate
    from articleclean.fixers import typos
    from articleclean.lexicon import CONCEPTS

    assert boilerplate.detect_language is detect_language
    assert boilerplate.stopwords is stopwords
    assert boilerplate.STOPWORD_LANGUAGES is language.STOPWORD_LANGUAGES
    assert boilerplate.CONCEPTS is CONCEPTS
    assert typos.is_english is is_english and "is_english" in typos.__all__
    # the classifier's own language module is gone, and so are the private copies it replaced
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("articleclean.cleaners.boilerplate.language")
    for name in ("_known_share", "_mostly_known", "_KNOWN", "_is_known", "_WORDS", "ENGLISH_SHARE"):
        assert not hasattr(typos, name), name
    from articleclean.cleaners.boilerplate import features, shapes

    for module, name in ((shapes, "_TOKEN"), (shapes, "_tokens"), (shapes, "_CJK"), (features, "_casefolded_tokens")):
        assert not hasattr(module, name), name


def test_import_reads_no_language_data():
    code = (
        "import json, articleclean; from articleclean import language as L;"
        "print(json.dumps([f.cache_info().currsize for f in (L._stop_index, L._furniture_words, L._known_table)]))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert json.loads(out) == [0, 0, 0]
