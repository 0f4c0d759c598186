"""Fix clear misspellings of English words, and leave everything else alone.

The policy follows ftfy's rule — many missed typos rather than one broken
word.  A word is corrected only when *all* of these hold:

* it is a plain run of ASCII letters, at least four long (three for two
  swapped letters of a very common word: "teh", "adn"), standing alone
  (no digits, hyphens, apostrophes, ``@``, ``#``, ``/`` or dots inside its
  white-space delimited chunk, so URLs, e-mail addresses, handles, hashtags,
  contractions and compounds are never touched);
* it is lower case — or Title case as the *first word of a line* (as in
  "Recuriter: Durham County Council"), where a capital says nothing about it
  being a name; then only a one-edit slip of a common word, for a word no
  frequency list has ever seen, is corrected.  Other capitalised and all-caps
  words (names, acronyms) are never touched;
* it is unknown to the SymSpell English dictionary (82,765 words; a clean
  word costs one dict look-up, and candidates are generated edits looked up
  in it, with no index to build) and to
  wordfreq's large English list and is not a known word with a common affix
  or two known words run together — or wordfreq knows it at a frequency
  only common misspellings reach outside a dictionary (Zipf 2.3–3.1) while
  its one-edit correction is 30 times more frequent ("definately") — or
  wordfreq knows it rarely (below Zipf 2.3: real rare words and common
  slips alike, "uncited", "whcih") and it is a slip of the most typical
  kinds (two letters swapped, one left out inside the word, or doubled) of a
  word 100 times more frequent, and not a known word with an ending
  ("binging" is binge + ing, not "bringing"; "occured" is "occurred");
* the likeliest word near it keeps the first letter, or swaps the first two
  ("htey" -> "they"); first letters are rarely mistyped;
* every dictionary word one edit away (and two, for a letter moved or
  doubled) competes, whatever its first letter; its score is its frequency,
  weighed by the kind of slip (a letter left out or two swapped is ten times
  likelier than a wrong or extra letter, two edits 200 times less likely) and,
  within bounds, by how often it follows the previous word and precedes the
  next (SymSpell's bigram list).  The winner must beat all the others
  *together* by a wide margin (wider still for four-letter words, which also
  need a neighbour; a two-edit winner must be long and have no other word two
  edits away) — so "vyer" is not made "veer" (very is likelier) and "amny"
  neither "many" nor "any";
* a wrong or extra letter is not fixed when a word two edits away is as
  common ("becose": "because" rather than "become");
* no neighbour is a code mixing letters and digits;
* the text around it is English: most of its words are known English words.

A word that fails only the margin or the frequency floor is left as it is
(:func:`corrections` returns it with ``sure=False``, for tools that want to
list suspects).

>>> fix_typos("It involves the sexal abuse of children.")
'It involves the sexual abuse of children.'
>>> fix_typos("Upskilling and overrepresentation of leisured Smithe at @sexal #sexal sexal.com")
'Upskilling and overrepresentation of leisured Smithe at @sexal #sexal sexal.com'
>>> fix_typos("Recuriter: Durham County Council")
'Recruiter: Durham County Council'
>>> fix_typos("Die Stadt hat eine neue Strasse gebaut und sexal sagte der Sprecher.")
'Die Stadt hat eine neue Strasse gebaut und sexal sagte der Sprecher.'
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import itertools
import math
import os
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

from .. import lazyre as re
from ..base import BaseCleaner
from ..document import Document, Edit
from ..features import LineFeatures
from ..language import ENGLISH_WORDS, english_counts, is_english, is_english_word, mostly_english
from ..lexicon import find_line
from ..text import similar_word

__all__ = ["Correction", "TypoCleaner", "corrections", "fix_typos", "is_english"]

# -- thresholds (named, so they can be read and tuned) -------------------------
MIN_LEN = 3  # shorter words have too many neighbours to judge
SHORT_MIN_LEN = 4  # three-letter words: only two swapped letters of a very common word ("teh") ...
SHORT_SWAP_ZIPF = 6.0  # ... this common (the, and, was, for, not), ...
SHORT_CONTEXT_ZIPF = 3.0  # ... between two words at least this common (not "bak kut teh", a dish)
MARGIN = 20.0  # best candidate's score over the runner-up's
MARGIN_DIST2 = 100.0  # the same for two-edit corrections
MIN_ZIPF = 3.0  # a correction must be at least this common (wordfreq Zipf scale)
MIN_ZIPF_DIST2 = 4.0  # ... and this common when two edits away
COMMON_MISSPELLING = (2.3, 3.1)  # Zipf band of common misspellings in wordfreq ("definately" 2.87);
# known words below it are rare real words ("uncited" 1.44), above it variants in
# their own right ("chili" 3.73, "fueling" 3.15): never fixed
KNOWN_GAP = 1.5  # in the band, fixed only when the correction is 10**GAP times more frequent
RARE_GAP = 2.0  # below the band (words wordfreq saw rarely, real or not): 10**GAP times more frequent, and ...
_RARE_SLIPS = frozenset({"swap", "drop", "double"})  # ... only two letters swapped, one left out or doubled
TWO_EDIT_VETO = 0.0  # a wrong or extra letter is not fixed when a word two edits away is this much (Zipf) as common
MIN_LEN_DIST2 = 7  # two-edit corrections only for words at least this long
DIST2_ODDS = 200.0  # a two-edit word is this much less likely to be meant than a one-edit word
SHORT_LEN = 4  # words this short have many neighbours: ...
MARGIN_SHORT = 100.0  # ... a much wider margin, and a neighbouring word for context
COMPOUND_MIN_ZIPF = 3.0  # two words run together count as a word only when both are this common
ODDS_REPLACE = 0.1  # a wrong letter typed, relative to one left out or two swapped ...
ODDS_INSERT = 0.1  # ... a letter added ...
ODDS_DOUBLED = 0.5  # ... a neighbouring letter typed twice
CONTEXT_CAP = 10.0  # a neighbour can make a word at most this much more (or less) likely
TITLE_MIN_LEN = 6  # line-initial Title case words: length floor
TITLE_MIN_ZIPF = 3.0  # ... and how common the correction must be
BLOCK_SHARE = 0.6  # share of known words for one line of an English text to be judged (see language.is_english) ...
BLOCK_MIN_WORDS = 6  # ... judged only on lines with this many words
_TWO_EDITS = 2  # edits: the farthest a correction may be (the *_DIST2 thresholds are for it); each edit brings in or takes out one letter at most
#: letters: the longest word judged: the dictionary's longest word (28 letters, "antidisestablishmentarianism")
#: and two edits that each add a letter; a longer run of letters (a pasted blob) is no slip of a word, and its
#: edits, made letter by letter, would cost the square of its length (tests/test_typos.py checks the bound)
MAX_JUDGED_LEN = 28 + _TWO_EDITS
_MIN_STEM = 3  # letters: what an affix leaves must be this long to be the word it derives from ("re" + "ad" is no derivation); a doubled last letter is undone only when this many stay ("runn": "run")
_SWAP_LETTERS = 2  # letters: two swapped letters differ at exactly two positions, side by side

# Leading and trailing punctuation that may wrap a word inside its chunk.
_LEAD = "\"'“‘«‹([{*_¿¡"
_TRAIL = "\"'”’»›)]}*_.,;:!?…"
_CHUNK = re.compile(r"\S+")
_ALPHA = re.compile(r"[A-Za-z]+")
_LOWER_RUN = re.compile(rf"(?<![A-Za-z])[a-z]{{{MIN_LEN},}}(?![A-Za-z])")  # a whole run of ASCII letters, lower case
_CODE = re.compile(r"\d[A-Za-z]|[A-Za-z]\d")


class Correction(NamedTuple):
    """A word to change: where it is in the line, what it becomes, and how sure we are."""

    start: int
    end: int
    word: str
    replacement: str
    sure: bool


# -- resources: loaded once per process, immutable afterwards -------------------
def _data_path(name: str) -> str:
    """A data file of symspellpy's, found without importing it."""
    spec = importlib.util.find_spec("symspellpy")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("symspellpy")
    return os.path.join(next(iter(spec.submodule_search_locations)), name)


@functools.cache
def _unigrams() -> MappingProxyType[str, int]:
    counts: dict[str, int] = {}
    with open(_data_path("frequency_dictionary_en_82_765.txt"), encoding="utf-8") as f:
        for line in f:
            word, _, count = line.partition(" ")
            counts[word] = int(count)
    return MappingProxyType(counts)


@functools.cache
def _total() -> int:
    return sum(_unigrams().values())


@functools.cache
def _bigrams() -> MappingProxyType[str, int]:
    counts: dict[str, int] = {}
    with open(_data_path("frequency_bigramdictionary_en_243_342.txt"), encoding="utf-8") as f:
        for line in f:
            a, b, count = line.split()
            counts[f"{a} {b}"] = int(count)
    return MappingProxyType(counts)


def _table(name: str) -> str:
    """One of the prebuilt tables in ``articleclean/data/typos`` (made by ``tools/build_tables.py``)."""
    return (resources.files("articleclean") / "data" / "typos" / name).read_text("utf-8")


@functools.cache
def _zipf_table() -> str:
    """wordfreq's large English list, its words of the letters a-z: ``word<TAB>bucket`` lines sorted by word.

    Bucket ``i`` holds Zipf ``9 - i/100`` (``wordfreq.get_frequency_list``'s
    buckets of one centibel, most frequent first).  Read as it is, not parsed:
    :func:`_zipf` bisects it (building a dict of the list cost about 0.35 s of
    every cold start, wordfreq's import included).
    """
    return _table("zipf_en.tsv")


@functools.lru_cache(maxsize=1 << 16)
def _zipf(word: str) -> float:
    """``word``'s frequency on the Zipf scale of wordfreq's ``zipf_frequency``, 0 when unknown.

    The table holds only words of the letters a-z, the only words this module
    asks about: :func:`judge` sees lower-cased runs of ASCII letters, and the
    candidates are such words.
    """
    value = find_line(_zipf_table(), word, "\t")
    return 0.0 if value is None else round(9.0 - int(value) / 100, 2)


@functools.cache
def _bigram_table() -> str:
    """SymSpell's bigram list as ``a b<TAB>count`` lines sorted by the pair (code point order):
    prebuilt (tools/build_tables.py)."""
    return _table("bigrams_en.tsv")


@functools.lru_cache(maxsize=1 << 16)
def _bigram(pair: str) -> int | None:
    """``_bigrams().get(pair)``, by bisecting :func:`_bigram_table` as :func:`_zipf` does: building
    the dict of the 242,342 pairs cost about 0.2 s of a cold start on a page with a correction to weigh."""
    value = find_line(_bigram_table(), pair, "\t")
    return None if value is None else int(value)


def _bigram_min() -> int:
    return 6_400_000  # the smallest count in SymSpell's bigram list


def _context_factor(pair: str, left: str, right: str) -> float:
    """How much more (or less) often a pair occurs than its words' frequencies predict."""
    uni = _unigrams()
    a, b = uni.get(left, 0), uni.get(right, 0)
    if not a or not b:
        return 1.0
    expected = a * b / _total()
    seen: float | None = _bigram(pair)
    if seen is None:
        # not in the (truncated) list: below its floor; assume independence, capped there
        seen = min(expected, _bigram_min() / 2)
    return (seen + 1.0) / (expected + 1.0)


def _score(cand: str, count: float, prev: str | None, nxt: str | None) -> float:
    s = math.log(count)
    cap = math.log(CONTEXT_CAP)
    if prev:
        s += max(-cap, min(cap, math.log(_context_factor(f"{prev} {cand}", prev, cand))))
    if nxt:
        s += max(-cap, min(cap, math.log(_context_factor(f"{cand} {nxt}", cand, nxt))))
    return s


# -- candidates: dictionary words a few edits away -------------------------------
def _shrinks(word: str) -> set[str]:
    """``word`` with one letter deleted or two adjacent letters swapped (about 2n strings)."""
    out = {word[:i] + word[i + 1 :] for i in range(len(word))}
    out.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    out.discard(word)
    return out


@functools.cache
def _next_letters() -> Mapping[str, str]:
    """Prefix of a dictionary word -> the letters that follow it in some word ("" -> every first letter).

    Lets :func:`_known_edits1` try only the letters that can still lead to a
    word, and stop at the first position whose prefix starts none: the same
    answer as generating every edit, for a quarter of the strings.  Each
    prefix's letters are found when first asked for, by bisecting the sorted
    words (:class:`_Follow`): the whole table (about 145,000 prefixes) took
    about 0.3 s to build on first use, most of it for prefixes never asked.
    """
    return _Follow(sorted(w for w in _unigrams() if w.isascii() and w.isalpha()))


class _Follow(Mapping[str, str]):
    """:func:`_prefix_table` of sorted ``words``, each entry worked out when first asked for."""

    def __init__(self, words: list[str]) -> None:
        self._words = words
        self._memo: dict[str, str] = {}

    def __getitem__(self, prefix: str) -> str:
        letters = self._memo.get(prefix)
        if letters is None:
            letters = self._memo[prefix] = self._letters(prefix)
        if not letters:
            raise KeyError(prefix)
        return letters

    def _letters(self, prefix: str) -> str:
        words, k = self._words, len(prefix)
        out = []
        i = bisect.bisect_left(words, prefix)
        while i < len(words) and words[i].startswith(prefix):
            if len(words[i]) > k:
                c = words[i][k]
                out.append(c)
                i = bisect.bisect_left(words, prefix + chr(ord(c) + 1), i)  # past every word starting prefix + c
            else:
                i += 1  # the prefix itself is a word
        return "".join(out)

    def __iter__(self) -> Iterator[str]:
        return iter({w[:i] for w in self._words for i in range(len(w))})

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _prefix_table(words: Iterable[str]) -> MappingProxyType[str, str]:
    """Prefix of one of ``words`` made of ASCII letters -> the letters that follow it in some such word."""
    prefixes = {w[:i] for w in words if w.isascii() and w.isalpha() for i in range(1, len(w) + 1)}
    follow: dict[str, str] = {}
    for p in prefixes:
        follow[p[:-1]] = follow.get(p[:-1], "") + p[-1]
    return MappingProxyType(follow)


@functools.cache
def _common_words() -> tuple[frozenset[str], MappingProxyType[str, str]]:
    """The dictionary words common enough for a two-edit correction (:data:`MIN_ZIPF_DIST2`), and their prefix table.

    About 6,900 words and 12,000 prefixes: 1.7 MB, built in about 0.05 s on
    first use (by :func:`judge` with ``sure_only``).
    """
    # Prebuilt (tools/build_tables.py): the words of _unigrams() with _zipf(w) >= MIN_ZIPF_DIST2.
    words = frozenset(_table("common_en.txt").split())
    return words, _prefix_table(words)


def _known_edits1(word: str, among: tuple[Container[str], Mapping[str, str]] | None = None) -> set[str]:
    """The dictionary words one edit from lower-case ``word`` (a letter deleted,
    two adjacent letters swapped, a letter replaced or inserted).

    Deletions and swaps (about 2n strings) are looked up as they are; a letter
    inserted or replaced at position ``i`` is tried only with the letters that
    follow ``word[:i]`` in some dictionary word.  ``among`` is another set of
    words with its prefix table (:func:`_prefix_table`) to search instead of
    the dictionary.
    """
    uni, follow = among or (_unigrams(), _next_letters())
    out = {s for s in _shrinks(word) if s in uni}
    n = len(word)
    for i in range(n + 1):
        head = word[:i]
        letters = follow.get(head)
        if letters is None:
            break  # no word starts with ``head``: no edit further right can make one
        rest, tail = word[i:], word[i + 1 :]
        for c in letters:
            s = head + c + rest  # inserted
            if s in uni:
                out.add(s)
            if i < n:
                s = head + c + tail  # replaced
                if s in uni:
                    out.add(s)
    out.discard(word)
    return out


def _candidates(word: str) -> list[tuple[str, int, float]]:
    """(term, edit distance, weighted count) of dictionary words near ``word``, sorted by term.

    Distance 1 is complete (every word :func:`_known_edits1` finds); its count is
    weighed by how often people make that kind of slip (:func:`_slip_odds`).
    Distance 2 is searched where one of the two edits deletes a letter of
    ``word`` or swaps two (a letter typed twice or moved: "vyer" for "very",
    "ahev" for "have"); two inserted or replaced letters are not searched,
    which would cost hundreds of thousands of look-ups for a long word.
    """
    uni = _unigrams()
    out = {t: (t, 1, uni[t] * _slip_odds(word, t)) for t in _known_edits1(word)}
    for x in _shrinks(word):
        if len(x) > 1:
            for t in _known_edits1(x):
                if t not in out and t != word:
                    out[t] = (t, 2, uni[t] / DIST2_ODDS)
    return [out[t] for t in sorted(out)]


@functools.cache
def _by_start_and_length() -> MappingProxyType[tuple[str, int], tuple[str, ...]]:
    """Dictionary words grouped by first letter and length (for the rare two-edit check)."""
    groups: dict[tuple[str, int], list[str]] = {}
    for w in _unigrams():
        groups.setdefault((w[0], len(w)), []).append(w)
    return MappingProxyType({k: tuple(v) for k, v in groups.items()})


def _two_edit_rivals(word: str, best: str, min_zipf: float | None = None) -> bool:
    """Is there another word two edits from ``word`` with its first letter, or its
    first two swapped ("spefically": "specifically"; "hwta": "what")?

    With ``min_zipf``, only a word at least that common (Zipf) counts.
    :func:`_candidates` does not search two inserted or replaced letters; before
    a two-edit correction is made, the words of similar length are checked.
    """
    groups = _by_start_and_length()
    # Each edit brings in or takes out at most one letter, so a word within two
    # edits has at most two letters ``word`` lacks and lacks at most two of its
    # letters: two set operations in C spare most of the alignments, and
    # counting the letters (repeats too) spares most of the rest.
    letters = set(word)
    counts = tuple((c, word.count(c)) for c in letters)
    return any(
        w != best
        and len(letters.difference(w)) <= _TWO_EDITS
        and len(set(w).difference(letters)) <= _TWO_EDITS
        and _letters_apart(word, counts, w) <= _TWO_EDITS
        and (min_zipf is None or _zipf(w) >= min_zipf)
        and similar_word(word, w, _TWO_EDITS)
        for first in dict.fromkeys(word[:2])
        for n in range(len(word) - _TWO_EDITS, len(word) + _TWO_EDITS + 1)
        for w in groups.get((first, n), ())
        if first == word[0] or w[:2] == word[1::-1]
    )


def _letters_apart(word: str, counts: tuple[tuple[str, int], ...], w: str) -> int:
    """The more of: letters of ``word`` that ``w`` lacks, and letters of ``w`` that ``word`` lacks, repeats counted.

    ``counts`` is each letter of ``word`` with how often it occurs.  Each edit
    takes out or brings in at most one letter (a swap neither), so two words
    within two edits are at most two apart.

    >>> _letters_apart("letter", (("l", 1), ("e", 2), ("t", 2), ("r", 1)), "later")
    2
    """
    lacks = sum(max(0, k - w.count(c)) for c, k in counts)  # word's letters missing from w
    # the letters in common are len(word) - lacks; the rest of w is extra
    return max(lacks, len(w) - len(word) + lacks)


def _slip_odds(word: str, cand: str) -> float:
    """How likely typing ``cand`` gives ``word`` (one edit apart), relative to leaving out a letter.

    Per position, people leave out a letter or swap two far more often than
    they type one particular wrong letter (replace) or add one (insert) — in
    codespell's list of real misspellings, about 25 times more often; adding
    a copy of a neighbouring letter is in between.

    >>> _slip_odds("goverment", "government"), _slip_odds("alrms", "arms"), _slip_odds("seperate", "separate")
    (1.0, 0.1, 0.1)
    """
    if len(word) < len(cand) or (len(word) == len(cand) and _is_swap(word, cand)):
        return 1.0  # a letter left out, or two swapped
    if len(word) == len(cand):
        return ODDS_REPLACE
    i = next((k for k in range(len(cand)) if word[k] != cand[k]), len(cand))
    doubled = (i > 0 and word[i] == word[i - 1]) or (i + 1 < len(word) and word[i] == word[i + 1])
    return ODDS_DOUBLED if doubled else ODDS_INSERT


def _slip_kind(word: str, cand: str) -> str:
    """How ``cand`` became ``word`` (one edit apart): "swap", "drop" (a letter left out),
    "double" (a neighbouring letter typed twice), "insert" (another letter added) or "replace".

    >>> [_slip_kind(w, c) for w, c in [("whcih", "which"), ("goverment", "government"), ("untill", "until"), ("becose", "become"), ("sexal", "sexual")]]
    ['swap', 'drop', 'double', 'replace', 'drop']
    """
    if len(word) < len(cand):
        return "drop"
    if len(word) == len(cand):
        return "swap" if _is_swap(word, cand) else "replace"
    return "double" if _slip_odds(word, cand) == ODDS_DOUBLED else "insert"


def _rare_slip_fixes(word: str, floor: float) -> bool:
    """Is ``word`` two letters swapped, a letter left out inside, or a letter doubled, of a
    dictionary word at least ``floor`` common (Zipf)?  Plain look-ups, no candidate search."""
    uni = ENGLISH_WORDS
    n = len(word)
    edits = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(n - 1)}  # swapped
    edits.update(word[:i] + c + word[i:] for i in range(1, n) for c in "abcdefghijklmnopqrstuvwxyz")  # left out inside
    edits.update(word[:i] + word[i + 1 :] for i in range(1, n) if word[i] == word[i - 1])  # doubled
    return any(e in uni and _zipf(e) >= floor for e in edits)


def _other_inflection(word: str, cand: str) -> bool:
    """``word`` is a known word and an ending, and ``cand`` another word, not the same one spelled right.

    The same word spelled right doubles the stem's last letter, or does not,
    or drops its final e ("occured" -> "occurred", "comming" -> "coming",
    "useing" -> "using"); then ``cand`` may be the word meant.

    >>> _other_inflection("binging", "bringing"), _other_inflection("occured", "occurred"), _other_inflection("writting", "writing")
    (True, False, False)
    """
    uni = ENGLISH_WORDS
    found = False
    for suffix in _SUFFIXES:
        if not (word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM):
            continue
        stem = word[: -len(suffix)]
        doubled = len(stem) > _MIN_STEM and stem[-1] == stem[-2]
        if not (stem in uni or stem + "e" in uni or (doubled and stem[:-1] in uni)):
            continue
        if cand.endswith(suffix) and cand[: -len(suffix)] in {stem + stem[-1], stem[:-1], stem + "e"}:
            return False
        found = True
    return found


def _derived(word: str) -> bool:
    """A known word with a common affix, or two known words run together.

    Such words ("automations", "understaffing", "uncited", "eartips") are
    formed regularly and are often missing from dictionaries; they are
    never "corrected".

    >>> _derived("understaffing"), _derived("eartips"), _derived("sexal")
    (True, True, False)
    """
    uni = ENGLISH_WORDS
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            stem = word[: -len(suffix)]
            doubled = suffix[0] in "aeiou" and len(stem) > _MIN_STEM and stem[-1] == stem[-2]  # "running"
            if stem in uni or stem + "e" in uni or (doubled and stem[:-1] in uni):
                return True
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM and word[len(prefix) :] in uni:
            return True
    # both halves common words: a rare half ("polo" + "tical") is more likely a slip
    return any(
        word[:i] in uni and word[i:] in uni and min(_zipf(word[:i]), _zipf(word[i:])) >= COMPOUND_MIN_ZIPF
        for i in range(3, len(word) - 2)
    )


_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "ness", "ful", "less", "ment", "ments", "ism", "ist", "ists", "ise", "ize", "able", "ship")
_PREFIXES = ("un", "re", "non", "over", "under", "pre", "mis", "out", "co", "de", "dis", "anti", "post", "sub", "inter", "multi", "super", "micro", "mega", "cyber", "e")


# Endings that make a new word of a known one: a "correction" that only drops one ("influencer" ->
# "influence", "regionals" -> "regional") changes the meaning, never fixes a slip.
_ENDINGS = frozenset("s es r er ers d ed ing ly al als ist ists ism isms ness able".split())


def judge(
    word: str, prev: str | None = None, nxt: str | None = None, *, title: bool = False, sure_only: bool = False
) -> tuple[str, bool] | None:
    """The correction of lower-case ``word`` and whether it is sure, or ``None``.

    ``prev`` and ``nxt`` are the neighbouring words (lower case) when nothing
    but a space separates them; ``title`` asks for the stricter rule applied to
    a capitalised first word of a line (one swap of adjacent letters only).
    ``sure_only`` lets a verdict that would not be sure come back as ``None``:
    the two-edit search (most of the cost) is skipped when the one-edit words
    already show no sure correction and no two-edit one may be made, or no
    word common enough for one is two edits away.

    >>> judge("sexal", "the", "abuse"), judge("definately")
    (('sexual', True), ('definitely', True))
    >>> judge("upskilling"), judge("leisured"), judge("uncited"), judge("qwzxv")
    (None, None, None, None)
    >>> judge("influencer"), judge("regionals")
    (None, None)
    """
    if len(word) < MIN_LEN or len(word) > MAX_JUDGED_LEN or word in ENGLISH_WORDS or (title and len(word) < SHORT_MIN_LEN):
        return None
    known = _zipf(word)
    if known and (title or known >= COMMON_MISSPELLING[1]):
        return None  # a real word, or one too common to be a slip
    if len(word) < SHORT_MIN_LEN and not any(
        _zipf(word[:i] + word[i + 1] + word[i] + word[i + 2 :]) >= SHORT_SWAP_ZIPF for i in range(len(word) - 1)
    ):
        return None  # three letters: only a swap of a very common word is fixed (checked first: it is cheap)
    if known and known < COMMON_MISSPELLING[0] and not _rare_slip_fixes(word, known + RARE_GAP):
        return None  # a rare known word that no typical slip of a much commoner word explains (checked first: cheap)
    if not known and _derived(word):
        return None  # a known word with an affix, or two run together: formed regularly, never a slip
    if sure_only and _one_edit_unsure(word, prev, nxt, title, known) and (
        # No one-edit word can be a sure correction: only a two-edit one could,
        # where they may be made, and then only a word common enough for that.
        title or known or len(word) < MIN_LEN_DIST2 or not _common_two_edit_words(word)
    ):
        return None
    cands = _candidates(word)
    if not cands:
        return None
    # Every word near it competes, whatever its first letter or distance: the
    # correction must beat all of them together, not just the runner-up.
    scored = sorted(
        ((_score(t, c, prev, nxt), t, d) for t, d, c in cands),
        reverse=True,
    )
    best_score, best, dist = scored[0]
    if not _keeps_first(word, best):
        return None  # first letters are rarely mistyped: the likeliest word being another is doubt enough
    if dist == _TWO_EDITS and (title or known or len(word) < MIN_LEN_DIST2):
        return None
    if title and not _is_swap(word, best):
        return None
    if word.startswith(best) and word[len(best) :] in _ENDINGS:
        return None  # a word and an ending ("influencer", "regionals"): a derived word, not a slip
    if known and _other_inflection(word, best):
        return None  # "binging" (binge + ing) is not "bringing"; "occured" is "occurred", the same word's ending
    slip = _slip_kind(word, best) if dist == 1 else "two"
    zipf_best = _zipf(best)
    if len(word) < SHORT_MIN_LEN and (slip != "swap" or zipf_best < SHORT_SWAP_ZIPF or not _english_both_sides(prev, nxt)):
        # a three-letter word: only two letters of a very common word swapped ("teh", "adn"), between two
        # common English words ("said teh council"); "bak kut teh" is a dish, and a name's part is no slip
        return None
    if known and known < COMMON_MISSPELLING[0] and (slip not in _RARE_SLIPS or best.startswith(word)):
        # a rare word that a wrong or added letter would make another, or a letter added
        # at its end ("dynast", "placemen"): may well be meant as it is
        return None
    if known and zipf_best - known < (KNOWN_GAP if known >= COMMON_MISSPELLING[0] else RARE_GAP):
        return None  # a variant in its own right, not a slip
    rivals = [sc for sc, _, _ in scored[1:]]
    sure = not rivals or best_score - _logsumexp(rivals) >= math.log(_margin(word, dist, bool(prev or nxt)))
    if zipf_best < _zipf_floor(dist, title):
        sure = False
    if sure and dist == _TWO_EDITS and _two_edit_rivals(word, best):
        sure = False
    if sure and slip in ("replace", "insert") and _two_edit_rivals(word, best, zipf_best - TWO_EDIT_VETO):
        sure = False  # "becose": "because", two edits away, is the commoner word: no clear winner
    return best, sure


def _common_two_edit_words(word: str) -> bool:
    """May a two-edit word of :func:`_candidates` be common enough to be a sure correction (:data:`MIN_ZIPF_DIST2`)?

    Searches the common words only (:func:`_common_words`), a much smaller
    table to walk; ``True`` when the word is not all ASCII letters (only such
    words are in the table, and only they can come of such a word).
    """
    if not (word.isascii() and word.isalpha()):
        return True
    among = _common_words()
    return any(_known_edits1(x, among) for x in _shrinks(word) if len(x) > 1)


def _one_edit_unsure(word: str, prev: str | None, nxt: str | None, title: bool, known: float) -> bool:
    """Do the one-edit words alone show that none of them will be a sure correction by :func:`judge`?

    Only the best of them can be (it beats the others), and two-edit words can
    only add rivals to it: each test below that fails on the one-edit words
    fails in :func:`judge` (the margin with a little slack for rounding, as more
    rivals are summed in another order).  A sure correction is then a two-edit
    word, or there is none.
    """
    uni = _unigrams()
    near = _known_edits1(word)
    scored = sorted(((_score(t, uni[t] * _slip_odds(word, t), prev, nxt), t) for t in near), reverse=True)
    if not scored:
        return True  # no one-edit word at all
    best_score, best = scored[0]
    if not _keeps_first(word, best) or (title and not _is_swap(word, best)):
        return True
    zipf_best = _zipf(best)
    if zipf_best < _zipf_floor(1, title) or (known and zipf_best - known < KNOWN_GAP):
        return True
    rivals = [sc for sc, _ in scored[1:]]
    return bool(rivals) and best_score - _logsumexp(rivals) < math.log(_margin(word, 1, bool(prev or nxt))) - 1e-9


def _english_both_sides(prev: str | None, nxt: str | None) -> bool:
    """Both neighbours are there (a space apart) and are common English words (Zipf >= SHORT_CONTEXT_ZIPF)."""
    return prev is not None and nxt is not None and min(_zipf(prev), _zipf(nxt)) >= SHORT_CONTEXT_ZIPF


def _margin(word: str, dist: int, context: bool) -> float:
    """How many times likelier than all its rivals together a correction ``dist``
    edits from ``word`` must be to be sure; ``context``: a neighbouring word is known."""
    if dist == _TWO_EDITS:
        return MARGIN_DIST2
    if len(word) <= SHORT_LEN:
        return MARGIN_SHORT if context else math.inf
    return MARGIN


def _zipf_floor(dist: int, title: bool) -> float:
    """How common (Zipf) a correction ``dist`` edits away must be to be sure."""
    return TITLE_MIN_ZIPF if title else (MIN_ZIPF_DIST2 if dist == _TWO_EDITS else MIN_ZIPF)


def _logsumexp(xs: list[float]) -> float:
    top = max(xs)
    return top + math.log(sum(math.exp(x - top) for x in xs))


def _keeps_first(word: str, cand: str) -> bool:
    """``cand`` starts with ``word``'s first letter, or swaps its first two ("htey" -> "they")."""
    return cand[0] == word[0] or cand[:2] == word[1::-1]


def _is_swap(a: str, b: str) -> bool:
    """``b`` is ``a`` with two adjacent letters swapped."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == _SWAP_LETTERS and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


# -- text level ----------------------------------------------------------------
def _token(m: re.Match[str]) -> tuple[int, int, str, bool, bool]:
    """(start, end, core, glued_left, glued_right) of one white-space delimited chunk.

    ``core`` is the chunk without wrapping punctuation when that leaves ASCII
    letters only, else ``""``; ``glued_*`` says punctuation sits between the
    word and its neighbour.
    """
    chunk = m.group()
    if chunk.isalpha() and chunk.isascii():  # a bare word: no punctuation to strip
        start = m.start()
        return (start, start + len(chunk), chunk, False, False)
    core = chunk.lstrip(_LEAD)
    lead = len(chunk) - len(core)
    core = core.rstrip(_TRAIL)
    trail = len(chunk) - lead - len(core)
    start = m.start() + lead
    if not core or not _ALPHA.fullmatch(core):
        return (start, start + len(core), "", True, True)
    return (start, start + len(core), core, lead > 0, trail > 0)


# A line this long (a document that is one line) is scanned a match at a time: a list of
# every word, or of every match, would take many times the line's size (issue 14.4).
_LONG = 1 << 16


def _found(pattern: re.Pattern[str], text: str) -> Iterable[str]:
    """``pattern.findall(text)`` (no groups), as a list, or for a long text as an iterator."""
    return pattern.findall(text) if len(text) < _LONG else map(re.Match.group, pattern.finditer(text))


def corrections(
    line: str,
    *,
    allow: frozenset[str] = frozenset(),
    sure_only: bool = False,
    _verdicts: dict[tuple[str, str | None, str | None, bool], tuple[str, bool] | None] | None = None,
) -> list[Correction]:
    """The corrections (sure or not, or with ``sure_only`` the sure ones, found faster) for one line of English text.

    ``_verdicts`` is a cache of :func:`judge` answers that a caller may keep
    for the lines of one text (a verdict depends only on its arguments and
    ``sure_only``: keep one cache per value).
    """
    maybe = _maybe_judged(line)
    # The chunks up to the last of them and the one after it (a neighbour), read as they are
    # needed; only the last few are kept (a long line has a great many).
    chunks = enumerate(_CHUNK.finditer(line))
    seen: dict[int, re.Match[str]] = {}
    tokens: dict[int, tuple[int, int, str, bool, bool]] = {}
    read = -1  # the index of the last chunk read

    def chunk_at(j: int) -> re.Match[str] | None:
        nonlocal read
        while read < j:
            got = next(chunks, None)
            if got is None:
                return None
            read, m = got
            seen[read] = m
            old = read - 3
            seen.pop(old, None)
            tokens.pop(old, None)
        return seen.get(j)

    def tok(j: int) -> tuple[int, int, str, bool, bool]:
        t = tokens.get(j)
        if t is None:
            t = tokens[j] = _token(seen[j])
        return t

    def code(j: int) -> bool:
        s, e = tok(j)[0], tok(j)[1]
        return _CODE.search(line, s, e) is not None

    uni = ENGLISH_WORDS
    out = []
    for i in maybe:
        m = chunk_at(i)
        assert m is not None  # maybe names chunks of the line
        has_next = chunk_at(i + 1) is not None
        chunk = m.group()
        if chunk.isalpha() and chunk.isascii() and (len(chunk) < MIN_LEN or chunk.lower() in uni):
            continue  # the common case, a known bare word: one look-up
        start, end, core, glued_l, glued_r = tok(i)
        if len(core) < MIN_LEN or core.lower() in uni:
            continue
        if (i and code(i - 1)) or (has_next and code(i + 1)):
            continue  # next to a code mixing letters and digits ("3rd quartrs", "2023b"): leave it
        if core.islower():
            title = False
        elif i == 0 and core[0].isupper() and core[1:].islower():
            title = True
        else:
            continue
        word = core.lower()
        if word in allow:
            continue
        prev = tok(i - 1)[2].lower() if i and not glued_l and not tok(i - 1)[4] and tok(i - 1)[2] else None
        nxt = tok(i + 1)[2].lower() if has_next and not glued_r and not tok(i + 1)[3] and tok(i + 1)[2] else None
        if _verdicts is None:
            verdict = judge(word, prev, nxt, title=title, sure_only=sure_only)
        else:
            key = (word, prev, nxt, title)
            if key in _verdicts:
                verdict = _verdicts[key]
            else:
                verdict = _verdicts[key] = judge(word, prev, nxt, title=title, sure_only=sure_only)
        if verdict is None or (sure_only and not verdict[1]):
            continue
        fix, sure = verdict
        out.append(Correction(start, end, core, fix.capitalize() if title else fix, sure))
    return out


_FEW = 16  # unknown runs in a line that :func:`_maybe_judged` looks for one by one


def _maybe_judged(line: str) -> Sequence[int]:
    """The indices of the white-space delimited chunks of ``line`` that :func:`corrections` may judge, in order.

    Past the first chunk only a lower-case run of ASCII letters that the
    dictionary lacks can be judged (a word is a whole run): the chunks that
    hold one, a few, and not every chunk need a look.  Where there are more
    than a few such runs, every chunk is named (the search for them would no
    longer take linear time).
    """
    long = len(line) >= _LONG
    runs = set(_found(_LOWER_RUN, line))
    unknown = set(itertools.filterfalse(is_english_word, runs))
    found: list[int] = []  # where the unknown runs are
    for run in unknown:
        at = line.find(run)
        while at >= 0 and len(found) <= _FEW:
            found.append(at)
            at = line.find(run, at + 1)
        if len(found) > _FEW:
            if long:
                return range(sum(1 for _ in _CHUNK.finditer(line)))
            return list(range(len(line.split())))  # every chunk (str.split() and \S agree)
    maybe = {0} if line and not line.isspace() else set()
    if long:
        maybe.update(_chunk_indices(line, found))
    else:
        maybe.update(len(line[: at + 1].split()) - 1 for at in found)  # the chunk holding line[at]
    return sorted(maybe)


def _chunk_indices(line: str, positions: list[int]) -> list[int]:
    """The index of the white-space delimited chunk holding ``line[at]`` for each of
    ``positions`` (each in a chunk), in ascending order, in one pass over the line.

    >>> _chunk_indices("ab  cd e", [5, 0, 7])
    [0, 1, 2]
    """
    todo = sorted(positions)
    out: list[int] = []
    k = 0
    for j, m in enumerate(_CHUNK.finditer(line)):
        while k < len(todo) and todo[k] < m.end():
            out.append(j)
            k += 1
        if k == len(todo):
            break
    return out


def _line_ok(line: str) -> bool:
    return _line_share_ok(*english_counts(line))


def _line_share_ok(known: int, n: int) -> bool:
    """:func:`_line_ok` on the counts of :func:`english_counts`."""
    return n < BLOCK_MIN_WORDS or known >= BLOCK_SHARE * n


def fix_typos(text: str, *, allow: Iterable[str] = ()) -> str:
    """``text`` with clear misspellings of English words corrected; all else unchanged.

    ``allow`` lists words never to change.  Non-English text is returned as is.

    >>> fix_typos("We definately recieve it", allow={"recieve"})
    'We definitely recieve it'
    """
    if not is_english(text):
        return text
    allowed = frozenset(w.lower() for w in allow)
    lines = text.split("\n")
    verdicts: dict[tuple[str, str | None, str | None, bool], tuple[str, bool] | None] = {}  # this call only
    for i, line in enumerate(lines):
        if not _has_candidate(line) or not _line_ok(line):
            continue
        fixes = corrections(line, allow=allowed, sure_only=True, _verdicts=verdicts)
        for c in reversed(fixes):
            line = line[: c.start] + c.replacement + line[c.end :]
        lines[i] = line
    return "\n".join(lines)


def _sure_fixes(feats: LineFeatures, line: str, allowed: frozenset[str]) -> tuple[Correction, ...]:
    """The sure corrections of ``line`` (none when too few of its words are English: :func:`_line_share_ok`);
    the verdicts on a word in its context are kept with the document's features (:func:`judge` is pure)."""
    if not _line_share_ok(*feats.derived(english_counts, line)):
        return ()
    return tuple(corrections(line, allow=allowed, sure_only=True, _verdicts=feats.answers(judge, True)))


def _has_candidate(line: str) -> bool:
    """Quick test: could :func:`corrections` judge any word of the line?

    Only a lower-case word, or a Title-case first word, unknown to the
    dictionary can be judged; names further in ("Starmer") cannot.
    """
    uni = ENGLISH_WORDS
    lows = _found(_LOWER_RUN, line)  # the runs of ASCII letters that are lower case and MIN_LEN long or more
    if not isinstance(lows, list):
        lows = list(set(lows))
    if lows and not all(map(is_english_word, lows)):
        return True
    m = _ALPHA.search(line)  # the first run of ASCII letters
    if m is None:
        return False
    first = m.group()
    return len(first) >= SHORT_MIN_LEN and first[0].isupper() and first[1:].islower() and first.lower() not in uni


@dataclass(frozen=True)
class TypoCleaner(BaseCleaner):
    """Correct clear misspellings of English words, recording each as ``typo.fix``.

    ``allow`` is a set of words never to change (matched case-insensitively).

    >>> from articleclean.document import Document
    >>> doc = TypoCleaner().apply(Document.from_text("Headline\\n\\nThe sexal abuse of children."))
    >>> [(f.code, f.before, f.after, f.offset) for f in doc.fixes]
    [('typo.fix', 'sexal', 'sexual', 14)]
    >>> TypoCleaner(allow=frozenset({"sexal"})).apply(Document.from_text("The sexal abuse.")).fixes
    ()
    """

    name = "typos"
    description = "clear misspellings of English words corrected"
    allow: frozenset[str] = frozenset()

    def apply(self, doc: Document) -> Document:
        # Verdicts are pure functions of a line's text, kept with the document's line features:
        # when the pipeline settles and runs this cleaner again, seen lines cost a look-up.
        feats = doc.features()
        allowed = frozenset(w.lower() for w in self.allow)
        live = doc.live()
        texts = [b.text for b in live]
        todo = list(itertools.compress(live, feats.column(_has_candidate, texts)))
        if not todo:
            return doc
        # The counts of known words, per line: a text's are the sums of its lines' (no word
        # spans a line break), and a line's tell whether it is judged.
        shares = feats.column(english_counts, texts)
        if not mostly_english(sum(k for k, _ in shares), sum(n for _, n in shares)):
            return doc  # the text is not English: is_english("\n".join(b.text for b in live)) is false
        ch = doc.changes(self.name)
        for b in todo:
            fixes = feats.built(_sure_fixes, b.text, allowed)
            ch.edit(b.index, [Edit(c.start, c.end, c.replacement, "typo.fix", f"clear misspelling of {c.replacement!r}") for c in fixes])
        return ch.commit()
