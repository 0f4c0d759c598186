"""Fix clear misspellings of English words, and leave everything else alone.

The policy follows ftfy's rule — many missed typos rather than one broken
word.  A word is corrected only when *all* of these hold:

* it is a plain run of ASCII letters, at least four long, standing alone
  (no digits, hyphens, apostrophes, ``@``, ``#``, ``/`` or dots inside its
  white-space delimited chunk, so URLs, e-mail addresses, handles, hashtags,
  contractions and compounds are never touched);
* it is lower case — or Title case as the *first word of a line* (as in
  "Recuriter: Durham County Council"), where a capital says nothing about it
  being a name; then only a one-edit slip of a common word, for a word no
  frequency list has ever seen, is corrected.  Other capitalised and all-caps
  words (names, acronyms) are never touched;
* it is unknown to the SymSpell English dictionary (82,765 words) and to
  wordfreq's large English list and is not a known word with a common affix
  or two known words run together — or wordfreq knows it at a frequency
  only common misspellings reach outside a dictionary (Zipf 2.3–3.1) while
  its one-edit correction is 30 times more frequent ("definately");
* the correction keeps the first letter (first letters are rarely mistyped);
* the words at the smallest edit distance (1, or else 2) have one clear
  winner: its score — frequency, weighed by how often it follows the previous
  word and precedes the next (SymSpell's bigram list) — beats the runner-up
  by a wide margin;
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

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

from ..base import BaseCleaner
from ..document import Document, Edit

__all__ = ["Correction", "TypoCleaner", "corrections", "fix_typos", "is_english"]

# -- thresholds (named, so they can be read and tuned) -------------------------
MIN_LEN = 4  # shorter words have too many neighbours to judge
MARGIN = 20.0  # best candidate's score over the runner-up's
MARGIN_DIST2 = 100.0  # the same for two-edit corrections
MIN_ZIPF = 3.0  # a correction must be at least this common (wordfreq Zipf scale)
MIN_ZIPF_DIST2 = 4.0  # ... and this common when two edits away
COMMON_MISSPELLING = (2.3, 3.1)  # Zipf band of common misspellings in wordfreq ("definately" 2.87);
# known words below it are rare real words ("uncited" 1.44), above it variants in
# their own right ("chili" 3.73, "fueling" 3.15): never fixed
KNOWN_GAP = 1.5  # in the band, fixed only when the correction is 10**GAP times more frequent
MIN_LEN_DIST2 = 7  # two-edit corrections only for words at least this long
TITLE_MIN_LEN = 6  # line-initial Title case words: length floor
TITLE_MIN_ZIPF = 3.0  # ... and how common the correction must be
ENGLISH_SHARE = 0.8  # share of known words for a text to count as English ...
SHORT_TEXT = 10  # ... with at least this many words; shorter texts need only
SHORT_SHARE = 0.5  # this share
BLOCK_SHARE = 0.6  # the same for one line of an English text ...
BLOCK_MIN_WORDS = 6  # ... judged only on lines with this many words

# Leading and trailing punctuation that may wrap a word inside its chunk.
_LEAD = "\"'“‘«‹([{*_¿¡"
_TRAIL = "\"'”’»›)]}*_.,;:!?…"
_CHUNK = re.compile(r"\S+")
_ALPHA = re.compile(r"[A-Za-z]+")
_WORDS = re.compile(r"[^\W\d_]+")


class Correction(NamedTuple):
    """A word to change: where it is in the line, what it becomes, and how sure we are."""

    start: int
    end: int
    word: str
    replacement: str
    sure: bool


# -- resources: loaded once per process, immutable afterwards -------------------
def _data_path(name: str) -> str:
    return str(resources.files("symspellpy").joinpath(name))


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


@functools.cache
def _symspell():  # -> symspellpy.SymSpell, never modified after loading
    from symspellpy import SymSpell

    sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    sym.load_dictionary(_data_path("frequency_dictionary_en_82_765.txt"), 0, 1)
    return sym


@functools.lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en", wordlist="large")


def _bigram_min() -> int:
    return 6_400_000  # the smallest count in SymSpell's bigram list


def _context_factor(pair: str, left: str, right: str) -> float:
    """How much more (or less) often a pair occurs than its words' frequencies predict."""
    uni = _unigrams()
    a, b = uni.get(left, 0), uni.get(right, 0)
    if not a or not b:
        return 1.0
    expected = a * b / _total()
    seen = _bigrams().get(pair)
    if seen is None:
        # not in the (truncated) list: below its floor; assume independence, capped there
        seen = min(expected, _bigram_min() / 2)
    return (seen + 1.0) / (expected + 1.0)


def _score(cand: str, count: int, prev: str | None, nxt: str | None) -> float:
    s = math.log(count)
    if prev:
        s += math.log(_context_factor(f"{prev} {cand}", prev, cand))
    if nxt:
        s += math.log(_context_factor(f"{cand} {nxt}", cand, nxt))
    return s


# -- the decision for one word -------------------------------------------------
def _candidates(word: str) -> list[tuple[str, int, int]]:
    from symspellpy import Verbosity

    out = []
    for s in _symspell().lookup(word, Verbosity.ALL, max_edit_distance=2, transfer_casing=False):
        if s.term.isalpha() and s.term != word:
            out.append((s.term, s.distance, s.count))
    return out


def _derived(word: str) -> bool:
    """A known word with a common affix, or two known words run together.

    Such words ("automations", "understaffing", "uncited", "eartips") are
    formed regularly and are often missing from dictionaries; they are
    never "corrected".

    >>> _derived("understaffing"), _derived("eartips"), _derived("sexal")
    (True, True, False)
    """
    uni = _unigrams()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in uni or stem + "e" in uni or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in uni):
                return True
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3 and word[len(prefix) :] in uni:
            return True
    return any(word[:i] in uni and word[i:] in uni for i in range(3, len(word) - 2))


_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "ness", "ful", "less", "ment", "ments", "ism", "ist", "ists", "ise", "ize", "able", "ship")
_PREFIXES = ("un", "re", "non", "over", "under", "pre", "mis", "out", "co", "de", "dis", "anti", "post", "sub", "inter", "multi", "super", "micro", "mega", "cyber", "e")


def judge(word: str, prev: str | None = None, nxt: str | None = None, *, title: bool = False) -> tuple[str, bool] | None:
    """The correction of lower-case ``word`` and whether it is sure, or ``None``.

    ``prev`` and ``nxt`` are the neighbouring words (lower case) when nothing
    but a space separates them; ``title`` asks for the stricter rule applied to
    a capitalised first word of a line (one swap of adjacent letters only).

    >>> judge("sexal", "the", "abuse"), judge("definately")
    (('sexual', True), ('definitely', True))
    >>> judge("upskilling"), judge("leisured"), judge("uncited"), judge("qwzxv")
    (None, None, None, None)
    """
    if len(word) < MIN_LEN or word in _unigrams():
        return None
    known = _zipf(word)
    if known and (title or not COMMON_MISSPELLING[0] <= known < COMMON_MISSPELLING[1]):
        return None  # a real, if rare, word
    if not known and _derived(word):
        return None
    cands = [c for c in _candidates(word) if c[0][0] == word[0]]  # first letters are rarely mistyped
    if not cands:
        return None
    dmin = min(d for _, d, _ in cands)
    if dmin == 2 and (title or known or len(word) < MIN_LEN_DIST2):
        return None
    scored = sorted(((_score(t, c, prev, nxt), t) for t, d, c in cands if d == dmin), reverse=True)
    best_score, best = scored[0]
    if title and not _is_swap(word, best):
        return None
    margin = math.log(MARGIN_DIST2 if dmin == 2 else MARGIN)
    sure = len(scored) == 1 or best_score - scored[1][0] >= margin
    zipf_best = _zipf(best)
    floor = TITLE_MIN_ZIPF if title else (MIN_ZIPF_DIST2 if dmin == 2 else MIN_ZIPF)
    if zipf_best < floor:
        sure = False
    if known and zipf_best - known < KNOWN_GAP:
        return None  # a variant in common use, not a slip
    return best, sure


def _is_swap(a: str, b: str) -> bool:
    """``b`` is ``a`` with two adjacent letters swapped."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


# -- text level ----------------------------------------------------------------
def _tokens(line: str) -> list[tuple[int, int, str, bool, bool]]:
    """(start, end, core, glued_left, glued_right) of each chunk whose core is letters only.

    ``glued_*`` says punctuation sits between the word and its neighbour.
    """
    out = []
    for m in _CHUNK.finditer(line):
        chunk = m.group()
        core = chunk.lstrip(_LEAD)
        lead = len(chunk) - len(core)
        core = core.rstrip(_TRAIL)
        trail = len(chunk) - lead - len(core)
        start = m.start() + lead
        if not core or not _ALPHA.fullmatch(core):
            out.append((start, start + len(core), "", True, True))
            continue
        out.append((start, start + len(core), core, lead > 0, trail > 0))
    return out


def _known_share(words: Iterable[str]) -> tuple[int, int]:
    uni = _unigrams()
    n = known = 0
    for w in words:
        if len(w) < 2:
            continue
        n += 1
        known += w.lower() in uni
    return known, n


def is_english(text: str, *, share: float = ENGLISH_SHARE) -> bool:
    """Cheap language check: most words are known to the English dictionary.

    >>> is_english("The council met on Monday."), is_english("Der Stadtrat tagte am Montag über die neuen Radwege.")
    (True, False)
    """
    known, n = _known_share(_WORDS.findall(text))
    return n > 0 and known >= (share if n >= SHORT_TEXT else SHORT_SHARE) * n


def corrections(line: str, *, allow: frozenset[str] = frozenset()) -> list[Correction]:
    """The corrections (sure or not) for one line of English text."""
    toks = _tokens(line)
    out = []
    for i, (start, end, core, glued_l, glued_r) in enumerate(toks):
        if len(core) < MIN_LEN:
            continue
        if core.islower():
            title = False
        elif i == 0 and core[0].isupper() and core[1:].islower():
            title = True
        else:
            continue
        word = core.lower()
        if word in allow:
            continue
        prev = toks[i - 1][2].lower() if i and not glued_l and not toks[i - 1][4] and toks[i - 1][2] else None
        nxt = (
            toks[i + 1][2].lower()
            if i + 1 < len(toks) and not glued_r and not toks[i + 1][3] and toks[i + 1][2]
            else None
        )
        verdict = judge(word, prev, nxt, title=title)
        if verdict is None:
            continue
        fix, sure = verdict
        out.append(Correction(start, end, core, fix.capitalize() if title else fix, sure))
    return out


def _line_ok(line: str) -> bool:
    known, n = _known_share(_WORDS.findall(line))
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
    for i, line in enumerate(lines):
        if not _has_candidate(line) or not _line_ok(line):
            continue
        fixes = [c for c in corrections(line, allow=allowed) if c.sure]
        for c in reversed(fixes):
            line = line[: c.start] + c.replacement + line[c.end :]
        lines[i] = line
    return "\n".join(lines)


def _has_candidate(line: str) -> bool:
    """Quick test: does the line hold any word-like run unknown to the dictionary?"""
    uni = _unigrams()
    return any(len(w) >= MIN_LEN and w.lower() not in uni for w in _ALPHA.findall(line))


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
        live = doc.live()
        todo = [b for b in live if _has_candidate(b.text)]
        if not todo or not is_english("\n".join(b.text for b in live)):
            return doc
        allowed = frozenset(w.lower() for w in self.allow)
        ch = doc.changes(self.name)
        for b in todo:
            if not _line_ok(b.text):
                continue
            edits = [
                Edit(c.start, c.end, c.replacement, "typo.fix", f"clear misspelling of {c.replacement!r}")
                for c in corrections(b.text, allow=allowed)
                if c.sure
            ]
            ch.edit(b.index, edits)
        return ch.commit()
