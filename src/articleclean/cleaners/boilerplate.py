"""Find the article in plain text from any page: a generic, explainable block classifier.

Site-specific rules fit the pages they were written for; this cleaner uses only
features every page has, in two passes, as jusText does for HTML paragraphs:

1. **Context-free pass.**  Each live block gets its :class:`Features` computed
   once (length, words, stopword density in the document's language, sentence
   end, URL/handle density, capitalisation, digits, separators, and the best
   boilerplate-vocabulary match by concept, from the commented lists in
   ``data/boilerplate/<lang>/*.txt``, a row of buttons that phrases of inline
   concepts cover, a copyright notice's "©"/"copyright" with a year).  It is
   labelled ``good`` (prose), ``neargood`` (a shorter sentence), ``short`` (a
   line that says little on its own) or ``bad`` (page furniture, with a
   concept code).
2. **Context pass.**  The article is usually one main region.  Each label
   carries a score (prose positive, short lines and furniture negative) and the
   region is the run of blocks with the highest total (a maximum-sum segment,
   linear time).  Short lines *between* good paragraphs belong to the region
   and are kept; a menu before it and a footer after it are removed.

   Teaser cards of other stories ("headline / author / date / teaser",
   "section / headline / By NAME / teaser"), past the article and apart from
   it, score as short lines, so a run of them cannot be taken for the
   article (see ``_cards`` for what they must be).

   A reader-comments zone ("34 Comments", "5 комментариев", "Kommentar
   schreiben", "jdoe42 says:", "fan_1975 schrieb:") ends the region; a quote's
   lead-in ("He wrote:", "A spokesman said:") does not.

Do no harm: nothing is removed from a text with no prose paragraph; an edge
(before or after the region) is removed only when it looks like furniture
(furniture blocks, or a long run that is mostly one-to-three-word menu items),
so a headline over a clean article stays; then it goes whole, except list items
with figures or bullets right after the region and stretches that look like
the article more than the region does (a streak of table rows or list items as
long as the region, or several times its text, or a list that opens right under
the headline, the later line that repeats the page title; a ranked headline list under
a heading of page furniture, "Most read": 1, a headline, 2, a headline …, and
teaser cards weigh in a stretch only beside paragraphs of their own); inside the region only
whole-line furniture ("Advertisement", "Share this article", a row of share
buttons "Facebook Twitter WhatsApp") is removed.  The region is decided once
per page, on the whole page.

Lines an earlier cleaner removed (a caption, a promo block, a stray label) do
not vanish for this cleaner: both passes read the page as it came, every line
in its place, and only live lines are labelled.  So what ran before cannot move
the region: a removed line that parted the article from a teaser still parts
them, and one inside the article neither splits nor shrinks it.  Its decisions
on the live lines are those it makes with nothing removed (unless no live line
is prose, or the region's prose is all removed: then it removes nothing).

Every removal has a code (``boilerplate.navigation``, ``boilerplate.share``,
``boilerplate.outside``, ``boilerplate.short`` ...) and a reason naming the
evidence.

>>> from articleclean.document import Document
>>> page = "\\n".join(["Home", "News", "Sport", "Weather", "Share this article",
...     "The council approved the new budget on Monday after a long debate about the cost of the plan.",
...     "Advertisement",
...     "It will take effect in April, and the mayor said that residents would see the benefits soon.",
...     "Privacy Policy", "Terms of Use", "© 2024 Example Media. All rights reserved."])
>>> print(BoilerplateCleaner().apply(Document.from_text(page)).text(), end="")
The council approved the new budget on Monday after a long debate about the cost of the plan.
It will take effect in April, and the mayor said that residents would see the benefits soon.
"""

from __future__ import annotations

import array
import functools
import itertools
import operator
import re
import string
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import repeat
from types import MappingProxyType
from typing import NamedTuple, TypeVar

from ..base import BaseCleaner
from ..concepts import line_furniture
from ..document import Block, Document
from ..lexicon import entries, normalise_phrase
from ..text import CLOSERS
from .dates import DATE_PATTERN

__all__ = [
    "BoilerplateCleaner",
    "Decision",
    "Features",
    "Vocabulary",
    "detect_language",
    "features",
    "stopwords",
    "vocabulary",
]

_T = TypeVar("_T")

#: Languages with a stopword list in ``data/stopwords/``.
STOPWORD_LANGUAGES: tuple[str, ...] = (
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "gu", "he", "hi", "hu", "id",
    "it", "ja", "ko", "ms", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sv", "tr", "uk", "vi", "zh",
)  # fmt: skip

# -- tokens and shapes (all linear, no nested quantifiers) ---------------------
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_URL_KINDS = (
    r"(?:https?://|www\.)\S+",
    r"[\w.+-]{1,64}@[\w-]{1,64}\.\w",
    r"(?<!\w)@\w+",
    r"\b[\w-]+\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|br|jp|info|biz)\b",
)
_URLISH = re.compile("|".join(_URL_KINDS), re.IGNORECASE)
# The same matches in a line with no "@" (the kinds that need one cannot
# match), without trying an address up to 64 characters from every letter.
_URLISH_NO_AT = re.compile("|".join(k for k in _URL_KINDS if "@" not in k), re.IGNORECASE)
_SEPARATORS = "|•·»›/>"
_SEPARATOR = re.compile("[" + re.escape(_SEPARATORS) + "]")
_DIGIT = re.compile(r"\d")
_DOT_NONSPACE = re.compile(r"\.\S")
# "©" or "copyright" and a year, or both (see _copyright_mark); the gaps are bounded
_COPYRIGHT = re.compile(
    r"(?:©|\bcopyright)[\W_]{0,4}(?:19|20)\d\d(?!\d)|\bcopyright\s{0,3}(?:©|\([cс]\))|©\s{0,3}copyright\b", re.IGNORECASE
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_TERMINAL = frozenset(".!?。！？…:;\"'”’)»")
_SENTENCE_END = frozenset(".!?。！？")
_CLAUSE_ENDS = (",", "、", "，")  # a line that ends so is a sentence broken across lines

# -- the fast path for plain text ----------------------------------------------
# Most lines are ASCII, but for a few common marks (curly quotes, dashes, "©").
# In such a "plain" line ``\w`` is ``[A-Za-z0-9_]``, so the tokens and counts of
# the regexes above come from byte translations, ``split`` and ``count`` in C,
# for all the plain lines of a page at once (joined by line breaks): the UTF-8
# bytes of the marks (all 0x80 or more) become spaces, and so does an
# apostrophe that is not between two word characters ("’" is read as "'").
_ASCII_WORD = frozenset(string.ascii_letters + string.digits + "_")
# Marks that are not word characters and that casefolding leaves alone, so
# they only ever separate tokens.
_PLAIN_MARKS = "".join(
    c
    for c in "’‘“”„‚«»‹›—–‐‑‒―…•·©®™°§¶†‡‰′″¦¬±×÷€£¥¢¤¡¿\xa0\xad\u2002\u2003\u2009\u200a\u200b\u200c\u200d\u202f\ufeff"
    if not re.match(r"\w", c) and c.casefold() == c
)
# not plain: anything else, and a line break (it joins the lines)
_NOT_PLAIN = re.compile("[^\x00-\x09\x0b-\x7f" + _PLAIN_MARKS + "]")
# word characters lowercased; apostrophes and line breaks kept; the rest spaces
_LOWER_WORDS = bytes(
    ord(ch.lower()) if ch in _ASCII_WORD else c if ch in "'\n" else 32 for c, ch in enumerate(map(chr, range(256)))
)
# the shape of every character: "U"pper, "l"ower (or "_"), "d"igit;
# apostrophes and line breaks kept; the rest spaces
_SHAPE = bytes(
    ord("U" if ch.isupper() else "d" if ch.isdigit() else "l") if ch in _ASCII_WORD else c if ch in "'\n" else 32
    for c, ch in enumerate(map(chr, range(256)))
)
# all bytes but the (ASCII) separators and line breaks: deleted, they leave the separators
_NOT_SEPARATOR = bytes(c for c in range(256) if chr(c) not in "|/>\n")
_SENTENCE_ENDS = tuple(_SENTENCE_END)


def _is_plain(text: str) -> bool:
    """One line of ASCII but for :data:`_PLAIN_MARKS`."""
    return (text.isascii() and "\n" not in text) or _NOT_PLAIN.search(text) is None


def _tidy_apostrophes(data: bytes, *more: bytes) -> tuple[bytes, ...]:
    """Translated plain lines (padded with spaces) with every apostrophe that
    does not join two word characters made a space, and the same apostrophes
    made spaces in ``more`` (other translations of the same lines: the same
    apostrophes, spaces and line breaks in the same places).

    In a translation every byte above a space is a word character (line
    breaks are below, and apostrophes are where the buffer is split), so an
    apostrophe stays when the bytes on both sides of it are above a space.

    >>> _tidy_apostrophes(b" don't 'quote' me''' a'b ", b" lll'l 'lllll' ll''' l'l ")
    (b" don't  quote  me    a'b ", b" lll'l  lllll  ll    l'l ")
    """
    parts = data.split(b"'")
    if len(parts) == 1:
        return (data, *more)
    joins = [b"'" if left[-1:] > b" " and right[:1] > b" " else b" " for left, right in itertools.pairwise(parts)]
    if b" " not in joins:
        return (data, *more)
    joins.append(b"")
    split = (parts, *(m.split(b"'") for m in more))
    return tuple(b"".join(itertools.chain.from_iterable(zip(p, joins))) for p in split)


# The concepts, in the order used to break ties; each is a data file.
CONCEPTS: tuple[str, ...] = (
    "skip_links",
    "consent",
    "newsletter",
    "login",
    "share",
    "comments",
    "legal",
    "ads",
    "video",
    "captions",
    "author_bio",
    "tags",
    "navigation",
)
# Concepts whose whole-line matches are removed even inside the article region:
# a line that is only "Advertisement" or "Share this article" is never prose.
# Concepts whose phrases label a list when they open a line: "Tags Kristi Noem".
_LABEL_CONCEPTS = frozenset({"tags", "author_bio", "share"})
_INLINE_CONCEPTS = frozenset({"ads", "share", "newsletter", "consent", "skip_links", "login"})
# A comments section opens ("34 Comments", "Leave a Reply", "5 комментариев",
# "Kommentar schreiben") and a comment's byline ("jdoe says:", "fan_1975 schrieb:"):
# :data:`_COMMENT_HEAD` and :data:`_COMMENT_BY`, built from the comments lists
# of every language below (after :func:`vocabulary`).
# "says:" and its equivalents, after a commenter's name (case-insensitive).
_COMMENT_VERBS: tuple[str, ...] = (
    "says", "said", "wrote", "writes",  # en
    "schrieb", "schreibt", "sagt", "meint",  # de
    "a écrit", "écrit", "dit",  # fr
    "escribió", "escribe", "dice", "dijo",  # es
    "escreveu", "escreve", "disse", "diz",  # pt
    "ha scritto", "scrive",  # it ("dice" as es)
    "schreef", "schrijft", "zegt",  # nl
    "написал", "написала", "пишет", "говорит",  # ru
    "написав", "пише", "каже",  # uk ("написала" as ru)
    "napisał", "napisała", "pisze",  # pl
    "skrev", "skriver", "säger", "siger", "sier",  # sv, da, nb
    "napsal", "napsala", "píše", "říká",  # cs
)  # fmt: skip
# A commenter's name that cannot be a name or pronoun in a quote's lead-in
# ("He wrote:", "Boris Johnson said:", "McCarthy says:", "A spokesman said:"):
# one handle-like token, with a digit or an underscore ("fan_1975", "v2787"),
# or all lower case and five letters or more ("thelastchargersfan").  The
# quantifiers are bounded: a line is matched in linear time.  Comments are
# often a numbered or bulleted list, indented ("   1. jdoe42 says:").
_LIST_MARK = r"(?:\d{1,4}[.)]\s{1,4}|[-*•]\s{1,4})?"
# Leading spaces, matched once (an atomic group: the lookahead's capture is not retried).
_INDENT = r"(?=(\s*))\1"
_COMMENTER = r"@?(?:(?=[\w.\-]{0,40}?[\d_])[\w.\-]{2,40}|[a-z][a-z.\-]{4,39})"
# A list item that may end an article: a digit (see BoilerplateCleaner._lines) or a bullet
# opening the line (used with ``match``, which anchors it).
_BULLET = re.compile(r"\s*[-*•–]\s")
# A comments head that counts the comments or invites one ("34 Comments",
# "[ 12 comments ]", "Kommentare (5)", "Leave a Reply"): it opens the zone even
# before prose comments when more of the article is above it than below it.
# A widget's head ("Show comments", "Report abuse") opens it only when the next
# lines are not prose paragraphs.  Neither ends like a sentence (a quoted
# "No comment.").
_COUNTED_HEAD = re.compile(r"\s{0,8}(?:[\[(]\s{0,4}\d|\d|leave\s{1,4}a\s|[^\W\d_]{1,30}\W{0,4}\d{1,6}\W{0,4}$)", re.IGNORECASE)
# An interview's answer: a dialogue dash or a quote opens it, a full stop ends it
# ("— Согласен.", "– Souhlasím."): a whole-line vocabulary match so read stays.
_ANSWER = re.compile(r"\s{0,8}[—–\-«\"“„']")


def _is_answer(text: str) -> bool:
    """Does the line read as an interview's short answer ("— Agreed.")?

    >>> _is_answer("— Согласен."), _is_answer("Advertisement."), _is_answer("— Share this!")
    (True, False, False)
    """
    return text.rstrip().endswith(".") and _ANSWER.match(text) is not None


# Where a page title joins the headline to the site's name: "Headline | Site", "Headline - Site".
# Applied to the title with its white space squeezed to single spaces, so no
# run of spaces is ever retried (on raw text ``\s+...\s+`` is quadratic).
_TITLE_SEP = re.compile(r" [|:·•»\-–—]+ |\|")


def _headline_end(texts: Sequence[str], min_chars: int = 12) -> int | None:
    """One past the headline: the first later line that repeats the page title or one of its parts.

    A page dump opens with the document title ("Headline | Site | Section");
    the article's own headline repeats it further down, and the article follows.

    >>> _headline_end(["Rates rise again | Daily News", "Home", "Rates rise again", "Text."])
    3
    >>> _headline_end(["Home", "News", "Home"]) is None  # too short to name an article
    True
    """
    if len(texts) < 2:
        return None
    def key(t: str) -> str:
        return " ".join(t.casefold().split())

    title = texts[0]
    parts = {key(p) for p in (title, *_TITLE_SEP.split(" ".join(title.split())))}
    parts = {p for p in parts if len(p) >= min_chars}
    if not parts:
        return None
    for j in range(1, len(texts)):
        if len(texts[j]) <= len(title) and key(texts[j]) in parts:
            return j + 1
    return None


def _is_headline(title: str, line: str) -> bool:
    """Whether ``line`` is the page's headline itself: the whole title, or the
    title less end pieces (a site's or section's name) each at most half as
    long as what it leaves ("Rates rise again | Daily News"), taken from one
    end only.  A piece of the
    title that a subheading may repeat ("What it means for you" of "Rates rise
    again - what it means for you") is not.

    >>> _is_headline("Rates rise again | Business | Daily News", "Rates rise again")
    True
    >>> _is_headline("Rates rise again - what it means for you", "What it means for you")
    False
    """
    t = " ".join(title.casefold().split())
    want = " ".join(line.casefold().split())
    if want == t:
        return True
    cuts = list(_TITLE_SEP.finditer(t))
    lo, hi = 0, len(t)
    for m in reversed(cuts):  # site and section names at the end
        if 2 * (hi - m.end()) > m.start() - lo:
            break
        hi = m.start()
        if hi - lo == len(want) and t.startswith(want, lo):  # no slice: linear in the title
            return True
    lo, hi = 0, len(t)
    for m in cuts:  # ... or at the start ("Daily News | Rates rise again")
        if 2 * (m.start() - lo) > hi - m.end():
            break
        lo = m.end()
        if hi - lo == len(want) and t.startswith(want, lo):
            return True
    return False


def _tokens(text: str) -> list[str]:
    return [t.replace("’", "'") for t in _TOKEN.findall(text.casefold())]


# -- language resources ----------------------------------------------------------
@functools.cache
def _stop_index() -> dict[str, frozenset[str]]:
    """Stopword lists by ISO code, less furniture words.

    The lists are those of the stop-words project (BSD-3-Clause), shipped as
    package data in ``data/stopwords/`` so that every Python version and
    install sees the same lists.

    Words that name page furniture ("home", "page", "top", "latest") are in some
    general stoplists; they are dropped here so that a menu of them does not read
    as prose.
    """
    furniture = {p for c in CONCEPTS for p in _concept_phrases("en", c) if len(p) == 1}
    out = {}
    for code in STOPWORD_LANGUAGES:
        words = entries(f"stopwords/{code}")
        out[code] = frozenset(w.casefold().replace("’", "'") for w in words) - {w for (w,) in furniture}
    return out


@functools.cache
def _stop_owner() -> dict[str, tuple[str, ...]]:
    owner: dict[str, list[str]] = {}
    for code, words in _stop_index().items():
        for w in words:
            owner.setdefault(w, []).append(code)
    return {w: tuple(c) for w, c in owner.items()}


def stopwords(lang: str) -> frozenset[str]:
    """The stopwords of ISO language ``lang`` (empty when there is no list).

    >>> "the" in stopwords("en"), "und" in stopwords("de"), "home" in stopwords("en")
    (True, True, False)
    """
    return _stop_index().get(lang, frozenset())


def detect_language(texts: Sequence[str], *, max_tokens: int = 2000) -> str | None:
    """The ISO code whose stopwords cover most tokens, ``"cjk"``, or ``None``.

    >>> detect_language(["Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau beschlossen."])
    'de'
    >>> detect_language(["東京都は新しい計画を発表しました。"])
    'cjk'
    """
    return _language(map(_scan, texts), max_tokens)


def _language(scans: Iterable[_Scan], max_tokens: int = 2000) -> str | None:
    """:func:`detect_language` from the texts' scans (their tokens are the tokens of the texts).

    Each language's count is the number of its stopwords among the tokens.
    Each stopword adds 1 to the fields of its languages in one integer (see
    :func:`_stop_weights`): one sum in C, no Python loop over tokens or languages.
    """
    # the first texts up to about max_tokens words
    toks: list[str] = []
    chars = cjk = 0
    for sc in scans:
        toks += sc.toks
        cjk += sc.cjk
        chars += sc.chars
        if chars >= max_tokens * 6:
            break
    del toks[max_tokens:]
    if chars and cjk * 3 >= chars:
        return "cjk"
    # the stopwords' weights summed: one integer of one count field per language
    width = 16 if len(toks) < 1 << 16 else 64  # a field holds any count
    packed = sum(map(_stop_weights(width).get, toks, repeat(0)))
    counts = array.array("H" if width == 16 else "Q", packed.to_bytes(len(_STOP_CODES) * width // 8, "little"))
    if sys.byteorder == "big":
        counts.byteswap()
    most = max(counts)  # the first language of the most stopwords, in alphabetical order
    return _STOP_CODES[counts.index(most)] if most >= 3 and most * 10 >= len(toks) else None


#: The languages of :func:`_stop_weights`' count fields, in order.
_STOP_CODES = tuple(sorted(STOPWORD_LANGUAGES))


@functools.cache
def _stop_weights(width: int) -> dict[str, int]:
    """Each stopword's weight: 1 in the ``width``-bit field of each language that
    lists it (fields in :data:`_STOP_CODES` order, the first the lowest), so
    that the sum of the weights of some tokens holds, in each language's field,
    how many of them are its stopwords (fewer than ``2 ** width``)."""
    field_of = {code: 1 << (width * i) for i, code in enumerate(_STOP_CODES)}
    return {w: sum(map(field_of.__getitem__, codes)) for w, codes in _stop_owner().items()}


@functools.cache
def _concept_phrases(lang: str, concept: str) -> frozenset[tuple[str, ...]]:
    base = resources.files("articleclean") / "data" / "boilerplate" / lang / f"{concept}.txt"
    if not base.is_file():
        return frozenset()
    out = set()
    for line in base.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            toks = tuple(_tokens(normalise_phrase(line)))
            if toks:
                out.add(toks)
    return frozenset(out)


@dataclass(frozen=True)
class Vocabulary:
    """Boilerplate phrases (as word tuples) mapped to their concept."""

    phrases: dict[tuple[str, ...], str]
    max_len: int
    # first word -> phrase lengths starting with it, longest first
    starts: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def leading(self, toks: Sequence[str]) -> str | None:
        """The concept of a phrase that opens the line ("Tags ...", "Filed under ...").

        >>> vocabulary().leading(["tags", "kristi", "noem"])
        'tags'
        """
        for k in self.starts.get(toks[0], ()) if toks else ():
            c = self.phrases.get(tuple(toks[:k]))
            if c:
                return c
        return None

    def match(self, toks: Sequence[str]) -> tuple[str | None, float, str, bool]:
        """Best concept, share of words covered, first phrase, whole-line match.

        >>> vocabulary().match(["share", "this", "article"])
        ('share', 1.0, 'share this article', True)
        >>> vocabulary().match(["the", "home", "secretary", "said"])[0]
        'navigation'
        """
        return self._match(toks)[:4]

    def _match(self, toks: Sequence[str]) -> tuple[str | None, float, str, bool, str | None]:
        """:meth:`match` and :meth:`leading` in one pass over the line.

        The phrase :meth:`leading` finds is the one :meth:`match` tries first:
        the longest that opens the line (the whole line, when it is one).

        >>> vocabulary()._match(["tags", "kristi", "noem"])
        ('tags', 0.3333333333333333, 'tags', False, 'tags')
        """
        n = len(toks)
        if not n:
            return None, 0.0, "", False, None
        whole = self.phrases.get(tuple(toks))
        if whole:
            return whole, 1.0, " ".join(toks), True, whole
        starts = self.starts
        if starts.keys().isdisjoint(toks):  # no phrase starts on this line
            return None, 0.0, "", False, None
        # left to right, the longest phrase at each word; matches do not overlap
        per: dict[str, int] = {}
        first = ""
        lead = None  # the phrase at the first word
        free = 0  # the first word not inside a match
        phrases = self.phrases
        for i in itertools.compress(range(n), map(starts.__contains__, toks)):  # where phrases may start
            if i < free:
                continue
            for k in starts[toks[i]]:
                if k > n - i:
                    continue
                c = phrases.get(tuple(toks[i : i + k]))
                if c:
                    per[c] = per.get(c, 0) + k
                    first = first or " ".join(toks[i : i + k])
                    lead = c if i == 0 else lead
                    free = i + k
                    break
        if not per:
            return None, 0.0, "", False, None
        if len(per) == 1:  # most lines: one concept, no tie to break
            (best, covered), = per.items()
            return best, covered / n, first, False, lead
        best = min(per, key=lambda c: (-per[c], CONCEPTS.index(c)))
        return best, sum(per.values()) / n, first, False, lead

    def row(self, toks: Sequence[str], concepts: frozenset[str]) -> tuple[int, list[str]] | None:
        """A row of buttons: how many phrases of ``concepts`` the line holds and
        the words outside them; ``None`` when a phrase of another concept is on it.

        Phrases are found as by :meth:`match` (left to right, longest first).

        >>> vocabulary().row(["share", "on", "facebook", "share", "on", "twitter", "email"], _INLINE_CONCEPTS)
        (3, [])
        >>> vocabulary().row(["facebook", "twitter", "google", "whatsapp"], _INLINE_CONCEPTS)
        (3, ['google'])
        """
        n = len(toks)
        starts = self.starts
        found = 0
        rest: list[str] = []
        free = 0
        for i, tok in enumerate(toks):
            if i < free:
                continue
            for k in starts.get(tok, ()):
                if k <= n - i:
                    c = self.phrases.get(tuple(toks[i : i + k]))
                    if c:
                        if c not in concepts:
                            return None
                        found += 1
                        free = i + k
                        break
            else:
                rest.append(tok)
        return found, rest


@functools.cache
def vocabulary(lang: str = "en") -> Vocabulary:
    """The boilerplate vocabulary of ``lang`` (English lists are always included)."""
    phrases: dict[tuple[str, ...], str] = {}
    for code in dict.fromkeys(("en", lang)):
        for concept in CONCEPTS:
            for p in _concept_phrases(code, concept):
                phrases.setdefault(p, concept)
    starts: dict[str, set[int]] = {}
    for p in phrases:
        starts.setdefault(p[0], set()).add(len(p))
    return Vocabulary(
        phrases,
        max((len(p) for p in phrases), default=1),
        {w: tuple(sorted(ks, reverse=True)) for w, ks in starts.items()},
    )


def _boilerplate_languages() -> tuple[str, ...]:
    """The languages with boilerplate lists (``data/boilerplate/<lang>/``)."""
    root = resources.files("articleclean") / "data" / "boilerplate"
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir()))


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases (a few spaces between words), longest first."""
    return "|".join(r"\s{1,4}".join(map(re.escape, w.split())) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# The comments lists' words that name the comments (not "Report", "Newest", nor a verb such as "Kommentieren").
_COMMENT_NOUN = re.compile(
    "comments?|replies|responses|(?:leser)?kommentar(?:e|er)?|commentaires?|comentarios?|comentários?|comment[io]"
    "|komentarz[ey]?|komentář[eů]?|disku[sz]e|reacties?|комментари[ийя]|комментариев|коментар(?:і|я|ів)?"
    "|обсуждение|обговорення"
)


def _comment_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:data:`_COMMENT_HEAD` and :data:`_COMMENT_BY` from the comments lists of every language.

    A comments section opens with a count ("34 Comments", "5 комментариев":
    a number and a word of a comments list, the whole line) or a comments
    phrase that names the comments ("Leave a comment", "Kommentar schreiben":
    a phrase of a comments list that holds one of its words, the whole line
    but for a count or punctuation).  List phrases that also head other lists
    ("Newest first", "Sort by") do not open one.  The English "34 comments on
    ..." and "Leave a Reply Cancel reply" open the line.  A comment's byline
    is a handle-like name (:data:`_COMMENTER`) and "says:" or an equivalent.
    The lists are languages' own words: one pattern serves every page.
    """
    words: set[str] = set()
    phrases: set[str] = set()
    for lang in _boilerplate_languages():
        ph = _concept_phrases(lang, "comments")
        singles = {p[0] for p in ph if len(p) == 1}
        words |= singles
        phrases |= {" ".join(p) for p in ph if len(p) > 1 and not singles.isdisjoint(p)}
    # the words that name the comments themselves, which a count may follow ("Comments (34)"),
    # not the widget's other words ("Report", "Newest")
    nouns = {w for w in words if _COMMENT_NOUN.fullmatch(w.casefold())}
    tail = r"[\W_]{0,8}(?:\d{1,6}[\W_]{0,4})?$"  # "Comments (34)", "Leave a comment:"
    count = r"(?:\d{1,6}|\(\s{0,4}\d{1,6}\s{0,4}\)|\[\s{0,4}\d{1,6}(?:\s{0,4}\])?)"  # "34", "(34)", "[ 34 ]", "[ 34"
    head = re.compile(
        # "34 comments", "12 responses to “Title”" (WordPress names the post in quotes)
        rf"^{_INDENT}(?:{count}\s{{1,4}}(?:comments?|responses?|replies)(?:\s{{1,4}}(?:on|to)\s{{1,4}}[\"'“‘«„‹]|\W{{0,4}}$)"
        rf"|(?:leave|post|add)\s{{1,4}}a\s{{1,4}}(?:comment|reply)(?:\s{{1,4}}cancel\s{{1,4}}reply)?{tail}"
        rf"|{count}\s{{1,4}}(?:{_alternation(nouns)})\W{{0,4}}$"  # "5 комментариев"
        rf"|(?:{_alternation(nouns)})\s{{0,4}}(?:\(\s{{0,4}}\d{{1,6}}\s{{0,4}}\)|\[\s{{0,4}}\d{{1,6}}\s{{0,4}}\]|:\s{{0,4}}\d{{1,6}})\W{{0,2}}$"
        rf"|(?:{_alternation(phrases)}){tail})",
        re.IGNORECASE,
    )
    by = re.compile(rf"^{_INDENT}{_LIST_MARK}{_COMMENTER}\s{{1,4}}(?i:{_alternation(_COMMENT_VERBS)})\s{{0,3}}:\s*$")
    return head, by


_COMMENT_HEAD, _COMMENT_BY = _comment_patterns()


# -- features --------------------------------------------------------------------
class Features(NamedTuple):
    """What the classifier knows about one block, computed once (an immutable tuple)."""

    chars: int
    words: int
    stop_density: float | None  # None when no stoplist applies (unknown language, CJK)
    ends_sentence: bool
    url_density: float
    caps_ratio: float
    digit_ratio: float
    separators: int
    table_row: bool  # starts and ends with "|": a table, not a menu
    concept: str | None
    leading: str | None  # concept of a label opening the line
    coverage: float
    phrase: str
    whole_line: bool
    row: bool = False  # phrases of inline concepts cover the line: a row of buttons
    copyright: bool = False  # a copyright notice's mark (see _copyright_mark)
    ends_clause: bool = False  # ends with a comma: a sentence that goes on on the next line


class _Scan(NamedTuple):
    """What :func:`features` reads of a block whatever its language."""

    toks: tuple[str, ...]  # casefolded, "’" as "'"
    cjk: int  # CJK characters
    chars: int
    words: int
    ends_sentence: bool
    url_density: float
    caps_ratio: float
    digit_ratio: float
    separators: int
    table_row: bool
    copyright: bool
    ends_clause: bool


def _scan(text: str) -> _Scan:
    """The language-free features of a block, and its tokens."""
    return _scans([text])[0]


def _scans(texts: Sequence[str]) -> list[_Scan]:
    """:func:`_scan` of many blocks: the plain ones together, the others together."""
    # _is_plain, column by column: most lines are ASCII, and no block holds a line break
    if any(map(str.__contains__, texts, repeat("\n"))):
        plain = list(map(_is_plain, texts))
    else:
        plain = list(map(str.isascii, texts))
        for i in itertools.compress(range(len(texts)), map(operator.not_, plain)):
            plain[i] = _NOT_PLAIN.search(texts[i]) is None
    if all(plain):
        return _plain_scans(texts)
    plains = iter(_plain_scans(list(itertools.compress(texts, plain))))
    others = iter(_other_scans(list(itertools.compress(texts, map(operator.not_, plain)))))
    # in order: the next scan of the kind of each block
    return list(map(next, map((others, plains).__getitem__, plain)))


def _plain_scans(texts: Sequence[str]) -> list[_Scan]:
    """:func:`_scan` of plain blocks (see :func:`_is_plain`), column by column."""
    if not texts:
        return []
    # every line padded with spaces, so a token starts after a space
    joined = " " + " \n ".join(texts) + " "
    if not joined.isascii():
        # the curly apostrophe is an apostrophe; the other separators count as "|"
        joined = joined.replace("’", "'").replace("•", "|").replace("·", "|").replace("»", "|").replace("›", "|")
    raw = joined.encode()
    low, shape = _tidy_apostrophes(raw.translate(_LOWER_WORDS), raw.translate(_SHAPE))
    lows = low.decode().split("\n")
    shapes = shape.split(b"\n")
    toks = list(map(str.split, lows))
    words = list(map(len, toks))
    caps = map(bytes.count, shapes, repeat(b" U"))  # tokens that start with a capital
    numeric = map(bytes.count, shapes, repeat(b" d"))  # tokens that start with a digit
    digits = map(bytes.count, shapes, repeat(b"d"))
    alnum = map(len, low.translate(None, b" ").split(b"\n"))  # characters in tokens
    separators = map(len, raw.translate(None, _NOT_SEPARATOR).split(b"\n"))
    url_density = _url_densities(texts, words, words)
    # capitals among the tokens that start with a letter (a long block is
    # prose or not by its words alone)
    caps_ratio = [c / (n - num) if n - num and n <= 40 else 0.0 for c, num, n in zip(caps, numeric, words)]
    digit_ratio = [(d / a if d < a else 1.0) if a else 1.0 for d, a in zip(digits, alnum)]  # at most 1
    ends, tables, clauses = _line_shapes(texts)
    marks = [("©" in t or "opyright" in t or "OPYRIGHT" in t) and _copyright_mark(t) for t in texts]
    # the fields of _Scan, in order
    columns = (
        map(tuple, toks), repeat(0), map(len, texts), words, ends, url_density, caps_ratio, digit_ratio, separators, tables,
        marks, clauses,
    )
    return list(map(tuple.__new__, repeat(_Scan), zip(*columns)))  # _Scan(*row), without a Python call


def _url_densities(texts: Sequence[str], words: Sequence[int], tokens: Sequence[int]) -> list[float]:
    """The share of URLs, addresses and handles among each block's ``tokens``
    (their counts), looked for only in blocks of at most 20 ``words`` with an
    "@" or a "." (see :func:`_maybe_url`); 0.0 for the others."""
    out = [0.0] * len(texts)
    at_or_dot = map(operator.or_, map(str.__contains__, texts, repeat("@")), map(str.__contains__, texts, repeat(".")))
    for i in itertools.compress(range(len(texts)), map(operator.and_, map((20).__ge__, words), at_or_dot)):
        t = texts[i]
        if _maybe_url(t):
            out[i] = len(_urls(t)) / max(1, tokens[i])
    return out


def _line_shapes(texts: Sequence[str]) -> tuple[Iterator[bool], Iterator[bool], Iterator[bool]]:
    """Of each block, column by column: whether it ends like a sentence (".!?",
    not "..."), is a table row ("| ... |"), and ends like a clause."""
    tails = list(map(str.rstrip, map(str.rstrip, map(str.rstrip, texts), repeat(CLOSERS))))
    ends = map(operator.gt, map(str.endswith, tails, repeat(_SENTENCE_ENDS)), map(str.endswith, tails, repeat("...")))
    tables = map(operator.and_, map(str.startswith, texts, repeat("|")), map(str.endswith, texts, repeat("|")))
    return ends, tables, map(str.endswith, tails, repeat(_CLAUSE_ENDS))


_FIRST = operator.itemgetter(0)


def _other_scans(texts: Sequence[str]) -> list[_Scan]:
    """:func:`_scan` of blocks that are not plain, by the regexes, column by column."""
    if not texts:
        return []
    n = len(texts)
    lows = list(map(str.casefold, texts))
    toks = list(map(_TOKEN.findall, map(str.replace, lows, repeat("’"), repeat("'"))))
    cjk = list(map(len, map(_CJK.findall, texts)))
    words = list(map(len, toks))
    for i in itertools.compress(range(n), cjk):
        # CJK text has no spaces: count about two characters per word.
        words[i] = sum(1 for t in toks[i] if not _CJK.search(t)) + max(1, cjk[i] // 2)
    caps_ratio = [0.0] * n
    for i in itertools.compress(range(n), map((40).__ge__, words)):  # a long block is prose or not by its words alone
        firsts = "".join(map(_FIRST, _TOKEN.findall(texts[i])))  # of the tokens, as written
        alpha = len(firsts) - sum(map(str.isdigit, firsts))  # (a digit is not upper case)
        caps_ratio[i] = sum(map(str.isupper, firsts)) / alpha if alpha else 0.0
    digits = map(len, map(_DIGIT.findall, texts))
    alnum = map(sum, map(map, repeat(len), toks))  # characters in tokens
    digit_ratio = [(d / a if d < a else 1.0) if a else 1.0 for d, a in zip(digits, alnum)]  # at most 1
    url_density = _url_densities(texts, words, list(map(len, toks)))
    ends, tables, clauses = _line_shapes(texts)
    marks = [("©" in t or "opyright" in low) and _copyright_mark(t) for t, low in zip(texts, lows)]
    # the fields of _Scan, in order
    columns = (
        map(tuple, toks), cjk, map(len, texts), words, ends, url_density, caps_ratio, digit_ratio,
        map(len, map(_SEPARATOR.findall, texts)), tables, marks, clauses,
    )
    return list(map(tuple.__new__, repeat(_Scan), zip(*columns)))  # _Scan(*row), without a Python call


def _copyright_mark(text: str) -> bool:
    """Whether ``text`` holds a copyright notice's mark: "©" or the word
    "copyright" with a year ("© 2024", "Copyright 2019.", "©2005-2019"), or
    both ("Copyright © Foo", "Copyright (c) Foo", "© Copyright Foo").

    A sentence about copyright ("the copyright holder", "In 2019 the copyright
    expired") and a photo credit ("© Reuters") have no such mark.

    >>> _copyright_mark("Copyright ©2019 Dow Jones & Company, Inc."), _copyright_mark("© Reuters")
    (True, False)
    >>> _copyright_mark("In 2019, the copyright holder sued the site.")
    False
    >>> _copyright_mark("The photo at the centre of the case, © 2019 Jane Smith, was sold.")
    False
    """
    m = _COPYRIGHT.search(text)
    if m is None:
        return False
    # The notice opens the line ("© 2024 ...", "All content © 2024 ..."), or a
    # sentence or field of it ("All rights reserved. © 2024 ...", "Site | © 2024"),
    # or the line is as short as a notice ("Herald Media Group Ltd © 2024"): a
    # sentence that names a photo's copyright in passing is no notice.
    before = text[: m.start()]
    return (
        len(before.split()) <= _COPYRIGHT_LEAD_WORDS
        or before.rstrip().endswith((".", "|", "–", "—", "-", ":", "•", "·"))
        or len(text.split()) <= _COPYRIGHT_SHORT_LINE
    )


_COPYRIGHT_LEAD_WORDS = 2
_COPYRIGHT_SHORT_LINE = 8


def features(text: str, stops: frozenset[str] | None, vocab: Vocabulary | None = None) -> Features:
    """Compute a block's features.

    >>> f = features("The minister said that the plan would go ahead.", stopwords("en"))
    >>> f.words, round(f.stop_density, 2), f.ends_sentence, f.concept
    (9, 0.78, True, None)
    >>> features("Home | News | Sport", stopwords("en")).separators
    2
    """
    return _features(_scan(text), stops, vocab)


def _features(sc: _Scan, stops: frozenset[str] | None, vocab: Vocabulary | None = None) -> Features:
    """:func:`features` of a scanned block."""
    return _features_all([sc], stops, vocab)[0]


# What a line that no vocabulary phrase can touch has of the vocabulary
# fields of :class:`Features` (concept, leading, coverage, phrase, whole_line, row).
_NO_VOCABULARY: tuple[str | None, str | None, float, str, bool, bool] = (None, None, 0.0, "", False, False)


def _features_all(
    scans: Sequence[_Scan], stops: frozenset[str] | None, vocab: Vocabulary | None = None
) -> list[Features]:
    """:func:`_features` of many scanned blocks, column by column.

    Most lines hold no word a vocabulary phrase starts with (prose, names,
    dates), and their vocabulary fields are :data:`_NO_VOCABULARY` without a
    Python call; only the others (and no long block: it is prose or not by
    its words alone) are matched one by one.
    """
    if not scans:
        return []
    v = vocab or vocabulary()
    toks, cjk, chars, words, ends, urls, caps, digits, seps, tables, marks, clauses = zip(*scans)
    n = len(scans)
    if stops:
        hits = map(sum, map(map, repeat(stops.__contains__), toks))  # stopwords in each line
        density = [h / len(t) if t and not c else None for h, t, c in zip(hits, toks, cjk)]
    else:
        density = [None] * n
    vocab_fields = [_NO_VOCABULARY] * n
    # the lines of at most 40 words, then those where a phrase may start
    short = list(itertools.compress(range(n), map((40).__ge__, words)))
    may_match = map(operator.not_, map(v.starts.keys().isdisjoint, map(toks.__getitem__, short)))
    for i in itertools.compress(short, may_match):
        vocab_fields[i] = _vocabulary_fields(toks[i], words[i], stops, v)
    concept, leading, coverage, phrase, whole, row = zip(*vocab_fields)
    columns = (
        chars, words, density, ends, urls, caps, digits, seps, tables, concept, leading, coverage, phrase, whole, row,
        marks, clauses,
    )
    return list(map(tuple.__new__, repeat(Features), zip(*columns)))  # Features(*row), without a Python call


def _vocabulary_fields(
    toks: tuple[str, ...], words: int, stops: frozenset[str] | None, v: Vocabulary
) -> tuple[str | None, str | None, float, str, bool, bool]:
    """The vocabulary fields of :class:`Features` (see :data:`_NO_VOCABULARY`) of a line of at most 40 words."""
    concept, coverage, phrase, whole, leading = v._match(toks)
    row = False
    if concept in _INLINE_CONCEPTS and not whole and coverage >= 0.5 and words <= _ROW_WORDS:
        row = _is_row(v.row(toks, _INLINE_CONCEPTS), stops)
    return concept, leading, coverage, phrase, whole, row


# A row of buttons is a short line: "Share on Facebook Share on Twitter Email".
_ROW_WORDS = 20


def _is_row(found: tuple[int, list[str]] | None, stops: frozenset[str] | None) -> bool:
    """Whether a line with ``found`` = :meth:`Vocabulary.row` is a row of buttons:
    two phrases or more and no other word, or three or more and one other word
    that is not a function word ("Facebook Twitter Google+ WhatsApp").

    A sentence or a list that names the networks has function words or other
    words between them ("Facebook and Twitter", "on Facebook, Twitter and Google").
    """
    if found is None:
        return False
    phrases, rest = found
    if not rest:
        return phrases >= 2
    return (
        len(rest) == 1 and phrases >= 3 and stops is not None and rest[0] not in stops and not rest[0].isdigit()
    )


def _urls(text: str) -> list[str]:
    """:data:`_URLISH`'s matches in ``text``."""
    return (_URLISH if "@" in text else _URLISH_NO_AT).findall(text)


def _maybe_url(text: str) -> bool:
    """Whether to look for :data:`_URLISH` in ``text``: only in a line with an
    "@" or a "." (an address or a domain), and a match without "@" needs a
    "://" or a "." followed by a non-space ("www.x", "example.com")."""
    return "@" in text or ("." in text and ("://" in text or _DOT_NONSPACE.search(text) is not None))


@dataclass(frozen=True, slots=True)
class Decision:
    """One block's history: the context-free label and the final decision."""

    index: int
    label: str  # good | neargood | short | bad
    code: str | None  # set for bad blocks (concept) and for final removals
    reason: str
    removed: bool = False


# -- the cleaner -------------------------------------------------------------------
@dataclass(frozen=True)
class BoilerplateCleaner(BaseCleaner):
    """Keep the main article region of a page dump; remove menus, footers and furniture."""

    name = "boilerplate"
    description = "generic two-pass block classifier that finds the article in a page's text"
    # first pass
    good_words: int = 12
    near_words: int = 6
    prose_line_words: int = 25  # this long with function words reads as prose without a sentence end
    long_words: int = 40  # this long is prose even without a sentence end
    stop_good: float = 0.30
    stop_near: float = 0.20
    vocab_max_words: int = 12
    vocab_coverage: float = 0.5
    copyright_words: int = 30  # a line this short with a copyright mark is a notice
    url_density: float = 0.5
    menu_separators: int = 2
    # second pass
    short_penalty: float = 6.0
    short_word_penalty: float = 0.5
    bad_penalty: float = 3.0
    near_weight: float = 0.5
    stop_ref: float = 0.0  # prose with fewer function words than this counts for less
    min_edge_bad: int = 2  # furniture blocks an edge needs before it is cut
    list_item_words: int = 4
    menu_item_words: int = 3
    spare_ratio: float = 3.0
    spare_list_ratio: float = 1.0
    weak_spare_ratio: float = 1.0
    confident_words: int = 150
    list_streak: int = 3
    menu_run_lines: int = 5  # consecutive menu fragments that split a stretch like furniture
    comments_after_words: int = 50  # prose a region needs before a comments zone can end it
    edge_fragments: int = 8  # menu fragments (1-3 words) that make an edge furniture without vocabulary
    inner_list_lines: int = 15  # short lines (a line-up, a list) the article may run through to more prose
    head_gap: int = 6  # byline, date and share lines a list may follow the headline by and still be the article's
    head_list: int = 6  # list items a list right under the headline needs to be the article's
    headline_words: int = 5  # a line repeating the page title this long is the article's headline
    headline_reach: int = 8  # lines above the article's first paragraph the headline is looked for in
    ranked_items: int = 3  # items a ranked headline list ("Most read": 1, a headline, 2 …) needs
    ranked_item_words: tuple[int, int] = (4, 25)  # a headline's length in such a list
    cards_least: int = 3  # cards (a title, a date or byline line) a run of other stories' teasers needs
    card_words: int = 100  # the longest line of a teaser card

    # pass 1 --------------------------------------------------------------------
    def label(self, f: Features) -> tuple[str, str | None, str]:
        """Context-free label, code and reason of one block."""
        # the fields read below, unpacked once (pass 1 labels every block)
        (
            _, words, sd, ends, urls, _, digit_ratio, separators, table_row,
            concept, leading, coverage, phrase, whole, row, mark, clause,
        ) = f
        if concept and (
            whole
            or row
            or (words <= self.vocab_max_words and coverage >= self.vocab_coverage and not ends)
            or (words <= self.vocab_max_words and coverage >= 0.75)
        ):
            how = "is" if whole else "and phrases like it make" if row else f"covers {coverage:.0%} of"
            return "bad", f"boilerplate.{concept}", f"{concept.replace('_', ' ')} vocabulary: {phrase!r} {how} the line"
        if mark and words <= self.copyright_words:
            return "bad", "boilerplate.legal", "copyright notice: '©' or 'copyright' with a year"
        if leading in _LABEL_CONCEPTS and words <= self.vocab_max_words and not ends:
            return "bad", f"boilerplate.{leading}", f"line opens with a {leading.replace('_', ' ')} label"
        if words <= 20 and urls >= self.url_density:
            return "bad", "boilerplate.links", f"{urls:.0%} of the tokens are URLs, addresses or handles"
        if (
            separators >= self.menu_separators
            and not table_row
            and words <= 30
            and not ends
            and digit_ratio < 0.3
            and (sd or 0) < self.stop_good
        ):
            return "bad", "boilerplate.navigation", f"menu-like line: {separators} separators, no sentence"
        prose_stops = sd is None or sd >= self.stop_good
        near_stops = sd is None or sd >= self.stop_near
        if words >= self.long_words and near_stops:
            if ends or prose_stops:
                return "good", None, "long prose block"
            return "neargood", None, "long block without a sentence end"
        if words >= self.good_words and ends and prose_stops:
            return "good", None, "sentence with function words"
        if words >= self.near_words and ends and near_stops:
            return "neargood", None, "short sentence"
        if words >= self.good_words and clause and near_stops:
            return "neargood", None, "part of a sentence that goes on past the line"
        if words >= self.prose_line_words and prose_stops and sd is not None:
            return "neargood", None, "prose line without a sentence end"
        return "short", None, "short line"

    def score(self, label: str, f: Features) -> float:
        if label in ("good", "neargood"):
            # prose counts by its words, less when few of them are function words
            # (contact details, lists of names and figures read as long "prose")
            w = f.words * (self.near_weight if label == "neargood" else 1.0)
            if f.stop_density is not None and self.stop_ref:
                w *= min(1.0, f.stop_density / self.stop_ref)
            return w
        if label == "bad":
            return -(self.bad_penalty + f.words)
        words = f.words
        return -(self.short_penalty + self.short_word_penalty * (words if words < 20 else 20))  # min(), inline

    def _lines(self, texts: Sequence[str], feats: Sequence[Features]) -> list[_Line]:
        """Pass 1 for many blocks: their labels and what pass 2 reads of them,
        column by column (one Python call per block: :meth:`label`, :meth:`score`)."""
        if not texts:
            return []
        if any(map(_ROW, feats)):
            # a list naming the networks ("Facebook, Instagram"), not a row of buttons
            feats = [f._replace(row=False) if f.row and "," in t else f for t, f in zip(texts, feats)]
        labels, codes, reasons = zip(*map(self.label, feats))
        # the fields of Features read below
        _, words, _, ends, _, caps, digits, _, _, concepts, _, _, _, wholes, rows, _, _ = zip(*feats)
        # a menu fragment: a short line of one to three words, no sentence
        menu = self.menu_item_words
        fragment = [lab == "short" and w <= menu and not e for lab, w, e in zip(labels, words, ends)]
        # not furniture, with a digit or a bullet; its features tell whether
        # there is a digit unless the ratio is 1 (every token character a
        # digit, or no token at all)
        listy = [
            lab != "bad" and ((d > 0 and (d < 1 or _DIGIT.search(t) is not None)) or _BULLET.match(t) is not None)
            for lab, d, t in zip(labels, digits, texts)
        ]
        item = self.list_item_words
        list_item = [y and lab == "short" and w >= item for y, lab, w in zip(listy, labels, words)]
        # removed inside the article too, unless it is an interview's answer ("— Согласен.")
        whole = [
            lab == "bad" and (wl or r) and not _is_answer(t) for lab, wl, r, t in zip(labels, wholes, rows, texts)
        ]
        columns = (
            labels, codes, reasons, words, map(self.score, labels, feats), fragment, listy, list_item, caps, whole,
            map(_INLINE_CONCEPTS.__contains__, concepts),
        )
        return list(map(tuple.__new__, repeat(_Line), zip(*columns)))  # _Line(*row), without a Python call

    def _furniture_zone(self, labs: Sequence[str], frags: Sequence[bool], lo: int, hi: int) -> bool:
        """An edge is page furniture: furniture blocks, or a long run that is mostly menu fragments."""
        bad = labs[lo:hi].count("bad")
        frag = frags[lo:hi].count(True)
        return bad >= self.min_edge_bad or (frag >= self.edge_fragments and 2 * frag >= hi - lo)

    def _extend(self, labs: Sequence[str], start: int, stop: int) -> int:
        """From ``start`` on: one past the prose paragraphs that follow one run
        of at most ``inner_list_lines`` short lines (a line-up, a list), before
        any furniture block; ``start`` itself when there are none."""
        reach, shorts = start, 0
        for j in range(start, stop):
            lab = labs[j]
            if lab == "bad":
                break
            if lab == "short":
                if reach > start:  # the prose after the list has ended
                    break
                shorts += 1
                if shorts > self.inner_list_lines:
                    break
                continue
            reach = j + 1
        return reach

    def _fragments_only(self, labs: Sequence[str], lo: int, hi: int) -> bool:
        """The edge is furniture by its menu fragments alone (fewer furniture blocks than it takes)."""
        return labs[lo:hi].count("bad") < self.min_edge_bad

    def decide(self, doc: Document) -> list[Decision]:
        """Both passes over the page; the explanation of every live block's decision."""
        blocks, known = _page(doc)
        lines, fates = self._classify(doc, [b.text for b in blocks], known)
        return [
            Decision(b.index, ln.label, ln.code, ln.reason)
            if fate is None
            else Decision(b.index, ln.label, *fate, True)
            for b, ln, fate, k in zip(blocks, lines, fates, known)
            if not k
        ]

    def _classify(
        self, doc: Document, texts: list[str], known: Sequence[bool] | None = None
    ) -> tuple[list[_Line], list[tuple[str, str] | None]]:
        """Both passes over the page's blocks' texts: each block's pass-1 line
        and its removal (code, reason), ``None`` when it is kept.

        ``known`` flags the blocks an earlier cleaner removed (see :meth:`_region`):
        their fates are not removals."""
        if not texts:
            return [], []
        # Menus and teasers repeat within a page, and a settle pass sees the
        # same blocks again: scans and features are kept for the document's
        # versions, in read-only maps from text that a call replaces (with the
        # texts it added) and never changes.  ``stops`` and ``vocab`` are
        # functions of ``lang``, so it keys the features.
        seen = doc.memo()
        distinct = list(dict.fromkeys(texts))
        scans = _remembered(seen, ("boilerplate.scan",), distinct, _scans)
        # Menus are full of names and English loan words: guess the language
        # from the longer blocks when there are any.
        by_text = dict(zip(distinct, scans))
        longer = list(itertools.compress(texts, map((7).__le__, map(str.count, texts, repeat(" ")))))
        lang = _language(map(by_text.__getitem__, longer or texts))
        stops = stopwords(lang) if lang and lang != "cjk" else None
        vocab = vocabulary(lang if lang and lang != "cjk" else "en")
        feats = _remembered(
            seen,
            ("boilerplate.features", lang),
            distinct,
            lambda todo: _features_all(list(map(by_text.__getitem__, todo)), stops, vocab),
        )
        rows = dict(zip(distinct, self._lines(distinct, feats)))  # pass 1, once per distinct text
        lines = list(map(rows.__getitem__, texts))
        known = list(known) if known is not None and any(known) else None
        head = _headline_end(texts)
        # The rules that trust the headline most take only the whole headline,
        # and only when the first line is the page's title: prose right under
        # it (extractor output) makes it the headline, and its repeat a caption.
        headline = (
            head is not None
            and not any(ln[0] in _PROSE for ln in lines[1:4])
            and _is_headline(texts[0], texts[head - 1])
        )
        # Teaser cards of other stories score as short lines: they cannot make
        # the region.  The page's title is the first line of a text dump, but
        # a page may open with a skip link or a menu item: the first lines and
        # the headline are read for it.
        title = " ".join([*texts[:3], texts[head - 1] if head else ""])
        topic = _topic(title, stops)
        cards = (
            frozenset()
            if _LIVE.search(title)
            else _cards(texts, lines, topic, self.cards_least, self.card_words, self.confident_words)
        )
        if cards:
            demoted = -self.short_penalty
            lines = [ln._replace(score=min(ln.score, demoted)) if i in cards else ln for i, ln in enumerate(lines)]
        fates = self._region(texts, lines, head, known, headline, cards, topic)
        # Settle: the region of what is left, once (a menu that sat between two
        # prose stretches is an edge now); features are not computed again.
        keep = [i for i, fate in enumerate(fates) if fate is None]
        if len(keep) < len(fates):
            kept_head = None if head is None else sum(1 for i in keep if i < head)
            kept_known = None if known is None else [known[i] for i in keep]
            kept_cards = frozenset(k for k, i in enumerate(keep) if i in cards) if cards else frozenset()
            again = self._region(
                [texts[i] for i in keep], [lines[i] for i in keep], kept_head, kept_known, headline, kept_cards, topic
            )
            for i, fate in zip(keep, again):
                fates[i] = fate
        return lines, fates

    @staticmethod
    def _prose_next(labs: Sequence[str], live: Sequence[bool], next_live: list[int], j: int) -> bool:
        """Do the next two live lines after ``j`` (or the only one) read as prose paragraphs?

        A comments section puts names, dates, "Reply" lines between its
        comments; a comments head ("Show comments", "Report abuse") with
        paragraphs right after it is a widget inside the article.
        ``next_live[i]`` is the first live line after ``i`` (``len(labs)``:
        none); an empty ``next_live`` is filled on the first call (few pages
        have a comments head to weigh).
        """
        n = len(labs)
        if not next_live:
            # the k-th live line is the first after every line with k live lines up to it
            after = [*itertools.compress(range(n), live), n]
            next_live += map(after.__getitem__, itertools.accumulate(live))
        a = next_live[j]
        if a >= n or labs[a] != "good":
            return False
        b = next_live[a]
        return b >= n or labs[b] == "good"

    @staticmethod
    def _comment_shaped(labs: Sequence[str], next_live: list[int], j: int, reach: int = 12, turns: int = 2) -> bool:
        """Do the ``reach`` live lines after ``j`` read as reader comments:
        ``turns`` prose lines or more that each follow two short lines or more
        (a name and a date, "Rating: 36 Votes")?  An article's subheadings,
        one short line before a paragraph, and a byline block before one run
        of paragraphs do not.

        ``next_live`` as :meth:`_prose_next` fills it (call that first).
        """
        n = len(labs)
        seen = shorts = 0
        a = next_live[j]
        while a < n and reach:
            lab = labs[a]
            if lab == "short":
                shorts += 1
            else:
                if lab in _PROSE and shorts >= 2:
                    seen += 1
                    if seen >= turns:
                        return True
                shorts = 0
            a, reach = next_live[a], reach - 1
        return False

    def _region(
        self,
        texts: list[str],
        lines: list[_Line],
        head: int | None = None,
        known: Sequence[bool] | None = None,
        headline: bool = False,
        cards: frozenset[int] = frozenset(),
        topic: frozenset[str] = frozenset(),
    ) -> list[tuple[str, str] | None]:
        """Pass 2 over blocks labelled by pass 1: the region, its edges, the
        removals (code and reason of each removed block, ``None`` for kept).

        ``head`` is one past the article's headline (see :func:`_headline_end`), if known;
        ``headline`` says that line is the whole headline (see :func:`_is_headline`),
        not a piece of the title.

        ``cards`` are the lines of teaser cards of other stories (see :func:`_cards`);
        ``topic`` the content words of the page's title (see :func:`_topic`).

        ``known`` flags the blocks an earlier cleaner removed.  The rules read
        them in their place, as pass 1 labelled them, except that a known
        block scores at most 0 in the region search: it parts stretches but
        cannot anchor the article (a removed gallery of long captions is not
        the article).  A known block's fate is not a removal (it only says
        whether the settle pass sees the block).  Do no harm: when no live block is prose, or the region's
        prose is all known, nothing is removed.

        The rules read the lines' fields as columns (one transpose), and
        the loops that every line goes through do only what needs Python.
        """
        n = len(texts)
        fates: list[tuple[str, str] | None] = [None] * n
        if not n:
            return fates
        scores: Sequence[float]
        labs, codes, reasons, words, scores, frags, listy, list_items, caps, wholes, inlines = zip(*lines)
        live = [True] * n if known is None else list(map(operator.not_, known))
        if "good" not in itertools.compress(labs, live):
            return fates  # no (live) prose: nothing to anchor an article region on
        best, best_lo, best_hi = float("-inf"), 0, 0
        run, lo = 0.0, 0
        if known is not None:
            # a removed line still parts stretches, but cannot anchor the region:
            # a removed gallery of long captions is not the article
            scores = [min(sc, 0.0) if k else sc for sc, k in zip(scores, known)]
        for i, s in enumerate(scores):
            if run <= 0:
                run, lo = s, i
            else:
                run += s
            if run > best:
                best, best_lo, best_hi = run, lo, i
        region = slice(best_lo, best_hi + 1)
        if not any(map(operator.and_, live[region], map(_PROSE.__contains__, labs[region]))):
            return fates  # the region's prose is what earlier cleaners removed: no article to anchor on
        # The article starts at its headline (the line that repeats the page
        # title, a headline's length): a region that reaches above it through
        # page furniture took in the teasers of a menu or a list.
        if (
            head is not None
            and headline
            and best_lo < head - 1 <= best_hi
            and words[head - 1] >= self.headline_words
            and self._furniture_zone(labs, frags, best_lo, head - 1)
        ):
            best_lo = head - 1
        # ... and what is above a headline just over the region (past its
        # byline, date and share lines) is the page's, however long.
        above = head - 1 if head is not None and headline and best_lo - self.head_gap - 1 <= head - 1 <= best_lo else 0
        # The end of the article: a reader-comments zone ("34 Comments",
        # "Leave a Reply", "name says:") after the region's first paragraph.
        comments_at = n
        prose = 0
        next_live: list[int] = []  # see _prose_next

        def comments_head(j: int, before: int, after: int, past: bool = False) -> bool:
            """A comments head at ``j``: a comment's byline ("jdoe says:"), or a
            head that does not end like a sentence and either
            - has no prose paragraphs right after it ("Show comments", then
              names and dates) and more of the region's prose above it than
              below it (``before``, ``after``: words of its paragraphs; a
              counter or a "View comments" link by the byline heads a share
              bar, not the comments), or comments after it (names and dates
              between paragraphs, :meth:`_comment_shaped`), however long;
            - or counts the comments or invites one ("34 Comments", "Leave a
              Reply") and has more prose above it than below it.
            ``past``: ``j`` is past the region, where a stretch of the article
            may still be spared: a widget head ("View comments") ends
            the page only with comments after it."""
            t = texts[j]
            if words[j] > 8:
                return False
            if t.rstrip().endswith(":") and _COMMENT_BY.search(t):  # "jdoe says:"
                return True
            if t.rstrip().endswith(".") or not _COMMENT_HEAD.search(t):
                return False
            counted = _COUNTED_HEAD.match(t) is not None
            if self._prose_next(labs, live, next_live, j):
                return counted and before > after
            if past:  # past the region a widget head needs comments after it
                return counted or self._comment_shaped(labs, next_live, j)
            return before > after or self._comment_shaped(labs, next_live, j)

        region = slice(best_lo, best_hi + 1)
        region_prose = sum(itertools.compress(words[region], map("good".__eq__, labs[region])))
        for j in range(best_lo, best_hi + 1):
            if labs[j] == "good":
                prose += words[j]
            elif prose >= self.comments_after_words and comments_head(j, prose, region_prose - prose):
                comments_at = j
                goods = [k for k in range(best_lo, j) if labs[k] == "good"]
                best_hi = goods[-1]
                break
        # A comments zone after the region: it and all after it go, whatever
        # its length (readers' comments are prose); what is before it is
        # decided as if it were not there.
        comments_after = n
        if comments_at == n and prose >= self.comments_after_words:
            comments_after = next((j for j in range(best_hi + 1, n) if comments_head(j, prose, 0, past=True)), n)
        # The edges: a zone before or after the region is page furniture when
        # it holds furniture blocks or is a long run of lines; it is cut whole,
        # except list items that continue the article (digits or bullets, right
        # after the region) and stretches that hold more text than the region.
        # Short lines alone (a team line-up, a list of names) do not make the
        # prose right after them furniture: when the edge after the region is
        # furniture only by its fragments, the article goes on through one run
        # of at most ``inner_list_lines`` short lines to the prose paragraphs
        # right after it.
        core_hi = best_hi  # the region as scored: what other stretches are weighed against
        if comments_at == n and self._fragments_only(labs, best_hi + 1, n):
            best_hi = self._extend(labs, best_hi + 1, n) - 1
        cut_before = best_lo if self._furniture_zone(labs, frags, 0, best_lo) else 0
        cut_after = best_hi + 1
        # a ranked headline list is not the article's text, however long (see _ranked)
        ranked = _ranked(texts, lines, words, listy, self.ranked_items, self.ranked_item_words, best_lo, best_hi, topic)
        listed_lines = ranked | {i for i in cards if not best_lo <= i <= best_hi}
        if comments_at < n or self._furniture_zone(labs, frags, cut_after, n):
            end = min(n, comments_at)

            def item(j: int) -> bool:
                return listy[j] and words[j] <= 15 and j not in listed_lines

            # list items (a heading line may open the list) continue the article
            listed_from = cut_after
            while cut_after < end and (item(cut_after) or (
                cut_after + 1 < end and labs[cut_after] == "short" and words[cut_after] <= 6 and item(cut_after + 1)
            )):
                cut_after += 1
            # ... and so do the sentences right after such a list, before any furniture
            # ("The plan includes:" • a • b, "The council will publish it next week.")
            if cut_after > listed_from:
                while cut_after < end and labs[cut_after] in _PROSE and cut_after not in listed_lines:
                    cut_after += 1
        else:
            cut_after = n
        core = slice(best_lo, core_hi + 1)
        region_words = sum(itertools.compress(words[core], map("bad".__ne__, labs[core])))
        # list items count as a list only in a streak (table rows, a calendar);
        # teasers alternate a headline with a date line.
        streak = _long_runs(list_items, self.list_streak)
        # a run of menu fragments splits the stretches too (pages with no vocabulary)
        menu_run = _long_runs(frags, self.menu_run_lines)
        # A short region is a weak claim: text outside it is spared more readily.
        ratio = self.spare_ratio if region_words >= self.confident_words else self.weak_spare_ratio
        # A list that opens right under the headline (past its byline, date
        # and share lines) is the article's own: a calendar, a results table.
        under_head = -1
        if head is not None:
            j = head
            while j < n and j - head <= self.head_gap and labs[j] in ("short", "bad") and not streak[j]:
                j += 1
            k = j
            while k < n and streak[k]:
                k += 1
            if k - j >= self.head_list and (j == 0 or not streak[j - 1]):
                under_head = j
        spared: set[int] = set()
        run_ids: list[int] = []
        content = items = ranked_words = 0
        listed = paragraphs = False
        item_words = self.list_item_words
        above = min(above, cut_before)
        for j in [*range(0, above), -1, *range(above, cut_before), -1, *range(cut_after, n), -1]:
            if j >= 0 and labs[j] != "bad" and j < comments_at and j < comments_after and not menu_run[j]:
                run_ids.append(j)
                if j in listed_lines:  # a list of other pages weighs only beside the stretch's own paragraphs
                    ranked_words += words[j]
                elif labs[j] != "short":
                    content += words[j]
                    paragraphs = True
                elif streak[j]:
                    items += words[j]
                    listed = listed or j == under_head
                elif words[j] >= item_words and caps[j] < 0.8:
                    content += words[j]
                continue
            if not run_ids:
                continue
            if paragraphs:
                content += ranked_words
            if run_ids[-1] < above:
                pass  # above the article's headline: the page's, however long
            elif content + items > region_words * ratio or items > region_words * self.spare_list_ratio:
                spared.update(run_ids)
            elif listed:  # the list and what follows it, not the page above the headline
                spared.update(k for k in run_ids if k >= (head or 0))
            run_ids, content, items, listed, ranked_words, paragraphs = [], 0, 0, False, 0, False
        # The edges go, but what is spared; furniture with its own code and reason.
        for where, edge in (("before", slice(0, cut_before)), ("after", slice(cut_after, n))):
            where = f"{where} the article, among page furniture"
            short = ("boilerplate.short", f"short line {where}")
            outside = ("boilerplate.outside", f"text {where}")
            tail = f", {where}"
            fates[edge] = [
                (code, reason + tail) if lab == "bad" else short if lab == "short" else outside
                for lab, code, reason in zip(labs[edge], codes[edge], reasons[edge])
            ]
        for i in spared:
            fates[i] = None
        for i in listed_lines:  # the lists of other pages that go, with their own reason
            if fates[i] is not None:
                what = "ranked headline list ('Most read': 1, a headline, 2 …)" if i in ranked else (
                    "teaser cards of other stories (a title, a date or byline …)"
                )
                fates[i] = ("boilerplate.outside", f"{what}, {'before' if i < best_lo else 'after'} the article")
        for i in range(comments_after, n):
            if fates[i] is None and live[i]:
                fates[i] = ("boilerplate.comments", "reader comments, after the article")
        # whole-line furniture ("Advertisement") goes inside the article too
        for i in itertools.compress(range(cut_before, cut_after), wholes[cut_before:cut_after]):
            if inlines[i] or not best_lo <= i <= best_hi:
                where = "inside the article" if best_lo <= i <= best_hi else "next to the article"
                fates[i] = (codes[i], f"{reasons[i]}, {where}")
        return fates

    def apply(self, doc: Document) -> Document:
        # The region is decided once, on the whole page: a settle pass does not
        # look for a region inside the region.
        if any(r.cleaner == self.name for r in doc.removals):
            return doc
        blocks, known = _page(doc)
        texts = list(map(_TEXT, blocks))
        fates = self._classify(doc, texts, known)[1]
        spared = _spared_headline(texts, fates, known, self.headline_reach)
        for i in spared:
            fates[i] = None
        headline = spared[0] if spared else None
        # the removals: a fate, on a block no earlier cleaner removed
        removed = map(operator.and_, map(operator.is_not, fates, repeat(None)), map(operator.not_, known))
        groups: dict[tuple[str, str], list[int]] = {}
        for fate, i in itertools.compress(zip(fates, map(_INDEX, blocks)), removed):
            groups.setdefault(fate, []).append(i)  # type: ignore[arg-type]  # not None: `removed` is False there
        if not groups:
            return doc
        ch = doc.changes(self.name)
        for (code, reason), indices in groups.items():
            ch.remove(indices, code=code, reason=reason)
        if headline is not None and not known[headline]:
            ch.meta(headline=texts[headline])
        return ch.commit()


# A byline or a stamp with more on its line ("By This is Cornwall | Posted: July 16, 2009").
_META_LINE = re.compile(r"(?i:by|posted|published|updated|written by)\b|.{0,60}\b(?i:posted|published|updated)\s?:")
# A person's name alone on a line: two or three capitalised words ("Jane Smith", "Mary-Jane O'Neill").
_NAME_LINE = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}")
# A menu line: items between separators ("Home | News | Sport", "News > Local").
_MENU_SEPARATORS = re.compile(r"\s[|•>»/]\s|\s·\s")


_SPARABLE = ("boilerplate.short", "boilerplate.outside")


def _spared_headline(
    texts: Sequence[str], fates: Sequence[tuple[str, str] | None], known: Sequence[bool], reach: int
) -> list[int]:
    """The article's own headline, when the classifier took it for a short line before the article.

    The headline is content: it is the nearest title-shaped line above the
    article's first kept paragraph, read past bylines, date stamps, credits
    and captions (whole-line furniture, or lines an earlier cleaner removed)
    and past section labels of one or two words, at most ``reach`` lines up.
    A title is 3 to 30 words, starts with a capital, a figure or a quote, does
    not end like a sentence with a full stop, and is no menu ("Home | News").
    The first line of another kind above the article stops the search.  A
    standfirst with no full stop (12 words or more) is read past, and kept
    with the headline above it: the first index of the list is the headline.
    """
    start = next((i for i, f in enumerate(fates) if f is None and not known[i] and texts[i].count(" ") >= 11), None)
    if start is None:
        return []
    skip = -1
    standfirst: list[int] = []
    for j in range(start - 1, max(-1, start - 1 - reach), -1):
        if j == skip:
            continue
        t = texts[j].strip()
        n = t.count(" ") + 1
        fate = fates[j]
        if known[j] or n <= 2 or _META_LINE.match(t) or line_furniture(t, top=True) is not None:
            continue
        if j + 1 < len(texts) and (hit := line_furniture(texts[j + 1], top=True)) and hit[0].startswith(("credit.", "caption.")):
            continue  # the caption right above its credit
        if n <= 4 and j > 0 and _NAME_LINE.fullmatch(texts[j - 1].strip()):
            skip = j - 1  # a byline's name and role ("Jane Smith" / "Local Democracy Reporter")
            continue
        if n >= 12 and not t.endswith(".") and not standfirst and (fate is None or fate[0] in _SPARABLE):
            standfirst.append(j)  # a standfirst with no full stop: the article's, and the headline is above it
            continue
        if 12 <= n <= 40 and t.endswith(".") and not standfirst and fate is not None and fate[0] in _SPARABLE:
            # a one-sentence standfirst: the article's only when the headline sits right above it
            above = next((k for k in range(j - 1, max(-1, j - 3), -1) if texts[k].strip()), None)
            above_fate = None if above is None else fates[above]
            if (
                above is not None
                and not known[above]
                and _is_title(texts[above].strip())
                and above_fate is not None
                and above_fate[0] in _SPARABLE
                and not _ADDRESSES_READER.search(texts[above])
                and not _ADDRESSES_READER.search(t)
            ):
                return [above, j]
            break
        if fate is None or not _is_title(t):
            break
        if fate[0] in _SPARABLE:
            return [j, *standfirst]
        break
    # no headline above a standfirst-shaped line: that line is the title
    return standfirst


# A promo card speaks to the reader or sells ("Listen to our new podcast", "Get 50% off"): no headline and standfirst.
_ADDRESSES_READER = re.compile(
    r"\b(?:you|your|get|subscribe|subscription|podcast|newsletter|app|sign up|listen|watch|offer)\b|%", re.IGNORECASE
)


def _is_title(t: str) -> bool:
    """A title: 3 to 30 words, starting with a capital, a figure or a quote, not ending like a
    sentence or a clause, no menu ("Home | News")."""
    return (
        3 <= t.count(" ") + 1 <= 30
        and not t.endswith((".", ":", ";", ","))
        and not _MENU_SEPARATORS.search(t)
        and (t[0].isupper() or t[0].isdigit() or t[0] in "\"'“‘")
    )


class _Line(NamedTuple):
    """One block as pass 2 reads it: its pass-1 label, code and reason, and the
    few features and flags the context rules use."""

    label: str
    code: str | None
    reason: str
    words: int
    score: float
    fragment: bool  # a menu fragment: one to three words, no sentence
    listy: bool  # not furniture, with a digit or a bullet
    list_item: bool  # a short line of a few words that is listy: a list item
    caps: float
    whole: bool  # whole-line furniture ("Advertisement")
    inline: bool  # of a concept removed even inside the article


def _page(doc: Document) -> tuple[list[Block], list[bool]]:
    """The blocks the classifier reads — every block with text, live or removed
    by an earlier cleaner, in order — and which of them were removed."""
    blocks = list(itertools.compress(doc.blocks, map(_TEXT, doc.blocks)))
    return blocks, list(map(operator.is_not, map(_REMOVED, blocks), repeat(None)))


def _remembered(memo: dict, key: tuple, texts: list[str], compute: Callable[[list[str]], list[_T]]) -> list[_T]:
    """``compute(texts)``, from and into ``memo[key]``: a read-only map from
    text to value, replaced by a larger one when some texts are new."""
    known = memo.get(key)
    if known is None:  # a new document
        values = compute(texts)
        memo[key] = MappingProxyType(dict(zip(texts, values)))
        return values
    values = list(map(known.get, texts))
    if None in values:
        todo = [t for t, v in zip(texts, values) if v is None]
        known = memo[key] = MappingProxyType({**known, **dict(zip(todo, compute(todo)))})
        values = list(map(known.__getitem__, texts))
    return values


_ROW, _TEXT, _INDEX, _REMOVED = (operator.attrgetter(name) for name in ("row", "text", "index", "removed"))
_WORDS, _LISTY = operator.attrgetter("words"), operator.attrgetter("listy")
_PROSE = frozenset({"good", "neargood"})


@functools.cache
def _run_of(least: int) -> re.Pattern[bytes]:
    """A run of at least ``least`` 1 bytes, from its start (so each run is read once: linear)."""
    return re.compile(b"(?<!\x01)\x01{%d,}" % max(least, 1))


_RANK = re.compile(r"#?(\d{1,2})\.?")


def _ranked(
    texts: Sequence[str],
    lines: Sequence[_Line],
    words: Sequence[int],
    listy: Sequence[bool],
    least: int,
    item_words: tuple[int, int],
    lo: int,
    hi: int,
    topic: frozenset[str] = frozenset(),
) -> set[int]:
    """The lines of ranked headline lists outside the region ``lo..hi``: a
    number alone on its line, counting up from 1 by one, each followed by one
    line of a headline's length ("Most read": 1, a headline, 2, a headline
    …), at least ``least`` items, under a heading of page furniture that
    does not sit inside articles ("Most Popular", "Trending"; not an
    "Advertisement" line or a newsletter box, see :data:`_INSIDE_FURNITURE`)
    that shares no word with the page's title (``topic``); the numbers and
    the headlines.  An article's own numbered list (results, a league table,
    steps, a chart) follows its text or its own heading ("The most popular
    names" on a page about names), or is about the page's story: a third of
    its items or more share a word with the page's title.  Linear: a list is
    walked from its "1" only."""
    out: set[int] = set()
    n = len(texts)
    few, many = item_words
    # a list's "1": a one-word line with a digit, outside the region
    for j in itertools.compress(range(n), map(operator.and_, map((1).__eq__, words), listy)):
        if lo <= j <= hi:
            continue
        m = _RANK.fullmatch(texts[j].strip())
        if m is None or m.group(1) != "1":
            continue
        k, want = j, 1
        while (
            k + 1 < n
            and not lo <= k <= hi
            and not lo <= k + 1 <= hi
            and few <= words[k + 1] <= many
            and (m := _RANK.fullmatch(texts[k].strip())) is not None
            and int(m.group(1)) == want
        ):
            k, want = k + 2, want + 1
        if want - 1 < least:
            continue
        items = range(j + 1, k, 2)
        on_topic = _on_topic(texts, items, topic)
        h = j - 1
        while h >= 0 and lines[h].label == "bad" and lines[h].code in _INSIDE_FURNITURE:
            h -= 1  # past an ad marker or a share row to the list's heading
        heading = (
            h >= 0
            and lines[h].label == "bad"
            and (j > hi or h < lo)
            and topic.isdisjoint(_tokens(texts[h]))
        )
        if heading and 3 * on_topic < len(items):
            out.update(range(j, k))
    return out


def _on_topic(texts: Sequence[str], indices: Iterable[int], topic: frozenset[str]) -> int:
    """How many of the lines at ``indices`` share a word with the page's title (``topic``, see :func:`_topic`)."""
    return sum(1 for i in indices if not topic.isdisjoint(_tokens(texts[i])))


def _parted(lines: Sequence[_Line], start: int, step: int, teaser_after: bytes | bytearray | None = None) -> bool:
    """Is a list that ends (``step`` -1) or starts (``step`` 1) next to line
    ``start`` parted from the prose on that side by a break: page furniture
    that does not sit inside articles (not :data:`_INSIDE_FURNITURE`), or
    ``_CARD_BREAK`` lines that are not prose (a tag list), before any prose?
    The page's end parts, its start does not (a chronology that opens the
    page).  Lines of furniture that sits inside articles are passed over, up
    to ``_CARD_LOOK`` lines in all.  A prose line right after a marked line of
    ``teaser_after`` (a card's date) is a teaser, not the article's prose."""
    n = len(lines)
    j, plain = start, 0
    for _ in range(_CARD_LOOK):
        if not 0 <= j < n:
            return step > 0
        ln = lines[j]
        if ln.label in _PROSE:
            if not (teaser_after is not None and j and teaser_after[j - 1]):
                return False
        elif ln.label == "bad":
            if ln.code not in _INSIDE_FURNITURE:
                return True
            j += step
            continue
        plain += 1
        if plain >= _CARD_BREAK:
            return True
        j += step
    return False


# A card's date, alone on its line: "Tuesday November 19, 2019" (DATE_PATTERN, with
# no time), "Nov 18", "19.11.2019", "19. November 2019", "19 de novembro de 2019";
# maybe with a gallery's count ("Nov 18 52 photos").  Not a time ("10:32", "5M ago"):
# a live page stamps its entries so.
_STAMP = re.compile(
    rf"(?:{DATE_PATTERN}"
    r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})"
    r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}\.?\s+(?:de\s+)?\w{3,10}\.?(?:\s+de)?\s+\d{4})"
    r"(?:\s+(?i:\d{1,3}\s+(?:photos|videos|images)))?"
)
# ... or a byline: "By Jim Geraghty", "Von Anna Schmidt", "Par Jean Dupont"
_CARD_BYLINE = re.compile(r"(?i:by|von|par|por|di|door|av|af|przez)\s+([^\W\d_])")


def _card_byline(text: str) -> bool:
    """"By NAME" ("Von Anna Schmidt", "Par Jean Dupont"), not "By contrast", "Par ailleurs"."""
    m = _CARD_BYLINE.match(text.lstrip())
    return m is not None and m.group(1).isupper()
_META_WORDS = 8
# A live page's title: its entries are its text, whatever their shape.
_LIVE = re.compile(
    r"\blive\b|as it happened|minute[- ]by[- ]minute|\blive-?blog|liveticker|\bticker\b|en direct|en vivo|ao vivo|in diretta"
    r"|на живо|онлайн|трансляция|прямой эфир",
    re.IGNORECASE,
)
_CARD_BREAK = 5  # lines that are not prose (a tag list) that part a run of cards from the prose by it
# Furniture that sits inside articles, so parts nothing: an advertisement marker, a
# caption or credit, a video label, a share row, a newsletter or log-in box.
_INSIDE_FURNITURE = frozenset(
    {"boilerplate.ads", "boilerplate.captions", "boilerplate.video", "boilerplate.share", "boilerplate.newsletter", "boilerplate.login"}
)
_BODY_WORD = 6  # letters of a word a card shares with the article, to be about the same story
_CARD_LOOK = 12  # lines a break is looked for over (furniture that sits inside articles is passed over)
_BYLINE_WORDS = 6
_TITLE_WORDS = (2, 20)


def _is_stamp(text: str) -> bool:
    """A card's date alone on its line (see :func:`_cards`)."""
    m = _STAMP.fullmatch(text.strip())
    return m is not None and m.group("hh") is None


def _topic(title: str, stops: frozenset[str] | None) -> frozenset[str]:
    """The content words of a page's first line (its title): words of four letters or more, not function words."""
    return frozenset(t for t in _tokens(title) if len(t) >= 4 and (stops is None or t not in stops))


def _cards(
    texts: Sequence[str], lines: Sequence[_Line], topic: frozenset[str], least: int, card_words: int, prose_words: int
) -> frozenset[int]:
    """The lines of runs of teaser cards of other stories after the article:
    at least ``least`` cards, each a title (two to twenty words, no full stop
    at the end), maybe a teaser, and a date or "By NAME" line (the card's
    meta, one to three lines from the next card's); no line over
    ``card_words`` words: "section / headline / By NAME / teaser", "headline
    / author / date / teaser".  The run reaches as far before its first meta
    line and after its last as its closest meta lines are apart, over lines
    of a card's length that are not furniture (if it reaches into the
    article, prose stands right by it: see below).

    Do no harm, as the article's own timeline, round-up or listing, or a live
    page's entries have the same shape:
    - fewer than a third of the titles share a word with the page's title
      (``topic``), and fewer than half of the cards two long words with the
      prose above the run: teasers are about other stories;
    - page furniture ("Most Popular", a copyright line, tags; not an
      advertisement marker, a caption or a video label, which sit inside
      articles), or ``_CARD_BREAK`` lines that are not prose, stand between
      the run and the prose on either side (none before it: the page starts
      with it);
    - ``prose_words`` words of prose paragraphs come before the run (the
      article, not an introduction or a list page's blurb);
    - a stamp is a date, not a time ("10:32", "5M ago": a live page's entries).
    Linear: each line is read a bounded number of times."""
    n = len(texts)
    words = list(map(_WORDS, lines))
    # the meta lines, found column by column: bylines among the short lines,
    # dates among the short lines with a digit (see _Line.listy)
    found = bytearray(n)
    short = list(itertools.compress(range(n), map((_BYLINE_WORDS).__ge__, words)))
    for j in itertools.compress(short, map(_card_byline, map(texts.__getitem__, short))):
        found[j] = 1
    for j in itertools.compress(range(n), map(operator.and_, map((_META_WORDS).__ge__, words), map(_LISTY, lines))):
        if not found[j] and _is_stamp(texts[j]):
            found[j] = 1
    metas: list[int] = []
    for j in itertools.compress(range(n), found):
        if lines[j].label == "bad":
            continue
        if metas and metas[-1] == j - 1:
            metas[-1] = j  # a byline and its date on two lines: one meta
        else:
            metas.append(j)
    if len(metas) < least + 1:
        return frozenset()

    def title(k: int) -> bool:
        t = texts[k].rstrip().rstrip(CLOSERS)
        # not a sentence, a cut-off teaser or a comment's byline ("jdoe says:")
        return _TITLE_WORDS[0] <= words[k] <= _TITLE_WORDS[1] and not t.endswith((".", "…", ":"))

    def card(a: int, b: int) -> int:
        """The title line between meta lines ``a`` and ``b`` (-1: not a card)."""
        if not 2 <= b - a <= 4 or any(words[k] > card_words for k in range(a + 1, b)):
            return -1
        return next((k for k in range(a + 1, b) if title(k)), -1)

    # prose words before each line (the article above a run)
    prose_before = [0, *itertools.accumulate(w if ln.label == "good" else 0 for w, ln in zip(words, lines))]
    body: set[str] = set()  # the long words of the prose above the run
    read = 0
    out: set[int] = set()
    run: list[int] = []  # meta lines of the run
    for k in range(len(metas) + 1):
        if 0 < k < len(metas) and card(metas[k - 1], metas[k]) >= 0:
            if not run:
                run = [metas[k - 1]]
            run.append(metas[k])
            continue
        if len(run) >= least:
            first, last = run[0], run[-1]
            reach = min(b - a for a, b in itertools.pairwise(run)) - 1
            ext = [first, last]
            for side, (step, edge) in enumerate(((-1, first), (1, last))):
                for j in range(edge + step, edge + step * (reach + 1), step):
                    if not 0 <= j < n or words[j] > card_words or lines[j].label == "bad":
                        break
                    ext[side] = j
            metas_in = set(run)
            titles = [i for i in range(ext[0], ext[1] + 1) if i not in metas_in and title(i)]
            on_topic = _on_topic(texts, titles, topic)
            for j in range(read, ext[0]):
                if lines[j].label == "good" and j not in out:
                    body.update(t for t in _tokens(texts[j]) if len(t) >= _BODY_WORD)
            read = max(read, ext[0])
            # a card about the article: its title and the line after it share two long words with the prose above
            same_story = sum(
                1 for i in titles if len(body.intersection(_tokens(" ".join(texts[i : i + 2])))) >= 2
            )
            if (
                3 * on_topic < len(titles)
                and 2 * same_story < len(titles)
                and prose_before[ext[0]] >= prose_words
                and _parted(lines, ext[0] - 1, -1, found)
                and _parted(lines, ext[1] + 1, 1, found)
            ):
                out.update(range(ext[0], ext[1] + 1))
        run = []
    return frozenset(out)


def _long_runs(flags: Sequence[bool], least: int) -> bytearray:
    """``flags`` (as 0 and 1) with only the runs of at least ``least`` true values kept."""
    out = bytearray(len(flags))
    for m in _run_of(least).finditer(bytes(flags)):
        out[m.start() : m.end()] = m.group()
    return out
