"""Find the article in plain text from any page: a generic, explainable block classifier.

Site-specific rules fit the pages they were written for; this cleaner uses only
features every page has, in two passes, as jusText does for HTML paragraphs:

1. **Context-free pass.**  Each live block gets its :class:`Features` computed
   once (length, words, stopword density in the document's language, sentence
   end, URL/handle density, capitalisation, digits, separators, and the best
   boilerplate-vocabulary match by concept, from the commented lists in
   ``data/boilerplate/en/*.txt``).  It is labelled ``good`` (prose),
   ``neargood`` (a shorter sentence), ``short`` (a line that says little on its
   own) or ``bad`` (page furniture, with a concept code).
2. **Context pass.**  The article is usually one main region.  Each label
   carries a score (prose positive, short lines and furniture negative) and the
   region is the run of blocks with the highest total (a maximum-sum segment,
   linear time).  Short lines *between* good paragraphs belong to the region
   and are kept; a menu before it and a footer after it are removed.

   A reader-comments zone ("34 Comments", "name says:") ends the region.

Do no harm: nothing is removed from a text with no prose paragraph; an edge
(before or after the region) is removed only when it looks like furniture
(furniture blocks, or a long run that is mostly one-to-three-word menu items),
so a headline over a clean article stays; then it goes whole, except list items
with figures or bullets right after the region and stretches that look like
the article more than the region does (a streak of table rows or list items as
long as the region, or several times its text); inside the region only
whole-line furniture ("Advertisement", "Share this article") is removed.  The
region is decided once per page, on the whole page.

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

import functools
import re
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import NamedTuple

from ..base import BaseCleaner
from ..document import Document
from ..text import CLOSERS
from ..lexicon import entries, normalise_phrase

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

#: Languages with a stopword list in ``data/stopwords/``.
STOPWORD_LANGUAGES: tuple[str, ...] = (
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "gu", "he", "hi", "hu", "id",
    "it", "ja", "ko", "ms", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sv", "tr", "uk", "vi", "zh",
)  # fmt: skip

# -- tokens and shapes (all linear, no nested quantifiers) ---------------------
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_URLISH = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]{1,64}@[\w-]{1,64}\.\w|(?<!\w)@\w+|\b[\w-]+\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|br|jp|info|biz)\b",
    re.IGNORECASE,
)
_SEPARATORS = "|•·»›/>"
_SEPARATOR = re.compile("[" + re.escape(_SEPARATORS) + "]")
_DIGIT = re.compile(r"\d")
_DOT_NONSPACE = re.compile(r"\.\S")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_TERMINAL = frozenset(".!?。！？…:;\"'”’)»")
_SENTENCE_END = frozenset(".!?。！？")

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
# A comments section opens: "34 Comments", "12 responses to ...", "Leave a Reply".
_COMMENT_HEAD = re.compile(r"^\d+\s+(?:comments?|responses?|replies)\b|^(?:leave|post|add) a (?:comment|reply)\b", re.IGNORECASE)
# A comment's byline: "jdoe says:", "Jane Doe wrote:".
_COMMENT_BY = re.compile(r"\b(?:says|said|wrote|writes)\s*:\s*$")
# A list item that may end an article: a number or a bullet.
_LIST_ITEM = re.compile(r"\d|^\s*[-*•–]\s")


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
    owner = _stop_owner()
    # the first texts up to about max_tokens words, tokenised in one pass
    parts, chars = [], 0
    for text in texts:
        parts.append(text)
        chars += len(text)
        if chars >= max_tokens * 6:
            break
    joined = "\n".join(parts)
    cjk = len(_CJK.findall(joined)) if not joined.isascii() else 0
    toks = _TOKEN.findall(joined.casefold().replace("’", "'"))[:max_tokens]
    seen = len(toks)
    bag = Counter(toks)
    counts: dict[str, int] = {}
    for tok, k in bag.items():
        for code in owner.get(tok, ()):
            counts[code] = counts.get(code, 0) + k
    if chars and cjk * 3 >= chars:
        return "cjk"
    if not counts:
        return None
    best = max(sorted(counts), key=lambda c: counts[c])
    return best if counts[best] >= 3 and counts[best] * 10 >= seen else None


@functools.cache
def _concept_phrases(lang: str, concept: str) -> frozenset[tuple[str, ...]]:
    base = resources.files("articleclean").joinpath("data", "boilerplate", lang, f"{concept}.txt")
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
        n = len(toks)
        if not n:
            return None, 0.0, "", False
        whole = self.phrases.get(tuple(toks))
        if whole:
            return whole, 1.0, " ".join(toks), True
        starts = self.starts
        if starts.keys().isdisjoint(toks):  # no phrase starts on this line
            return None, 0.0, "", False
        # left to right, the longest phrase at each word; matches do not overlap
        per: dict[str, int] = {}
        first = ""
        free = 0  # the first word not inside a match
        for i, tok in enumerate(toks):
            if i < free or tok not in starts:
                continue
            for k in starts[tok]:
                if k > n - i:
                    continue
                c = self.phrases.get(tuple(toks[i : i + k]))
                if c:
                    per[c] = per.get(c, 0) + k
                    first = first or " ".join(toks[i : i + k])
                    free = i + k
                    break
        if not per:
            return None, 0.0, "", False
        best = min(per, key=lambda c: (-per[c], CONCEPTS.index(c)))
        return best, sum(per.values()) / n, first, False


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


# The ASCII fast path of :func:`features`: for a line of ASCII without
# apostrophes, ``\w`` is ``[A-Za-z0-9_]`` and a token is a run of them, so two
# byte translations and ``split``/``count`` in C give what the regexes give.
_ASCII_WORD = frozenset(string.ascii_letters + string.digits + "_")
# word characters lowercased, everything else a space: ``split()`` gives the tokens
_ASCII_LOWER_WORDS = bytes(ord(chr(c).lower()) if chr(c) in _ASCII_WORD else 32 for c in range(256))
# the shape of every character: "U"pper, "l"ower (or "_"), "d"igit, " " not a word character;
# a token starts at a word character after a space or at the start
_ASCII_SHAPE = bytes(
    ord("U" if ch.isupper() else "d" if ch.isdigit() else "l" if ch in _ASCII_WORD else " ")
    for ch in map(chr, range(256))
)


def features(text: str, stops: frozenset[str] | None, vocab: Vocabulary | None = None) -> Features:
    """Compute a block's features.

    >>> f = features("The minister said that the plan would go ahead.", stopwords("en"))
    >>> f.words, round(f.stop_density, 2), f.ends_sentence, f.concept
    (9, 0.78, True, None)
    >>> features("Home | News | Sport", stopwords("en")).separators
    2
    """
    cjk = 0
    if text.isascii() and "'" not in text:
        # the fast path: the same tokens and counts without a regex
        raw = text.encode()
        low = raw.translate(_ASCII_LOWER_WORDS).decode()
        toks = low.split()
        n = len(toks)
        shape = raw.translate(_ASCII_SHAPE)
        first = shape[:1]
        caps = shape.count(b" U") + (first == b"U")
        alpha = n - shape.count(b" d") - (first == b"d")
        digits = shape.count(b"d")
        alnum = len(low) - low.count(" ")
        separators = text.count("|") + text.count("/") + text.count(">")
    else:
        low = text.casefold()
        toks = _TOKEN.findall(low.replace("’", "'") if "’" in low else low)
        if not text.isascii() and _CJK.search(text):
            cjk = len(_CJK.findall(text))
        n = len(toks)
        if cjk:
            # CJK text has no spaces: count about two characters per word.
            n = sum(1 for t in toks if not _CJK.search(t)) + max(1, cjk // 2)
        caps = alpha = 0
        if n <= 40:
            raw_toks = _TOKEN.findall(text)
            alpha_toks = [t for t in raw_toks if not t[0].isdigit()]
            caps, alpha = sum(1 for t in alpha_toks if t[0].isupper()), len(alpha_toks)
        digits = len(_DIGIT.findall(text))
        alnum = sum(map(len, toks))
        separators = len(_SEPARATOR.findall(text))
    stop_density: float | None = None
    if stops and not cjk and toks:
        stop_density = sum(map(stops.__contains__, toks)) / len(toks)
    urls = len(_URLISH.findall(text)) if n <= 20 and _maybe_url(text) else 0
    if n <= 40:
        v = vocab or vocabulary()
        concept, coverage, phrase, whole = v.match(toks)
        leading = v.leading(toks)
        caps_ratio = caps / alpha if alpha else 0.0
    else:  # a long block is prose or not by its words alone
        caps_ratio, concept, coverage, phrase, whole, leading = 0.0, None, 0.0, "", False, None
    tail = text.rstrip().rstrip(CLOSERS).rstrip()
    ends = bool(tail) and tail[-1] in _SENTENCE_END and not tail.endswith("...")
    return Features(
        len(text),
        n,
        stop_density,
        ends,
        urls / max(1, len(toks)),
        caps_ratio,
        min(1.0, digits / alnum) if alnum else 1.0,
        separators,
        text.startswith("|") and text.endswith("|"),
        concept,
        leading,
        coverage,
        phrase,
        whole,
    )


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

    # pass 1 --------------------------------------------------------------------
    def label(self, f: Features) -> tuple[str, str | None, str]:
        """Context-free label, code and reason of one block."""
        if f.concept and (
            f.whole_line
            or (f.words <= self.vocab_max_words and f.coverage >= self.vocab_coverage and not f.ends_sentence)
            or (f.words <= self.vocab_max_words and f.coverage >= 0.75)
        ):
            how = "is" if f.whole_line else f"covers {f.coverage:.0%} of"
            return "bad", f"boilerplate.{f.concept}", f"{f.concept.replace('_', ' ')} vocabulary: {f.phrase!r} {how} the line"
        if f.leading in _LABEL_CONCEPTS and f.words <= self.vocab_max_words and not f.ends_sentence:
            return "bad", f"boilerplate.{f.leading}", f"line opens with a {f.leading.replace('_', ' ')} label"
        if f.words <= 20 and f.url_density >= self.url_density:
            return "bad", "boilerplate.links", f"{f.url_density:.0%} of the tokens are URLs, addresses or handles"
        if (
            f.separators >= self.menu_separators
            and not f.table_row
            and f.words <= 30
            and not f.ends_sentence
            and f.digit_ratio < 0.3
            and (f.stop_density or 0) < self.stop_good
        ):
            return "bad", "boilerplate.navigation", f"menu-like line: {f.separators} separators, no sentence"
        sd = f.stop_density
        prose_stops = sd is None or sd >= self.stop_good
        near_stops = sd is None or sd >= self.stop_near
        if f.words >= self.long_words and near_stops:
            if f.ends_sentence or prose_stops:
                return "good", None, "long prose block"
            return "neargood", None, "long block without a sentence end"
        if f.words >= self.good_words and f.ends_sentence and prose_stops:
            return "good", None, "sentence with function words"
        if f.words >= self.near_words and f.ends_sentence and near_stops:
            return "neargood", None, "short sentence"
        if f.words >= self.prose_line_words and prose_stops and sd is not None:
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
        return -(self.short_penalty + self.short_word_penalty * min(f.words, 20))

    def _fragment(self, label: str, f: Features) -> bool:
        """A menu fragment: a short line of one to three words, no sentence."""
        return label == "short" and f.words <= self.menu_item_words and not f.ends_sentence

    def _furniture_zone(self, labels, feats: Sequence[Features], lo: int, hi: int) -> bool:
        """An edge is page furniture: furniture blocks, or a long run that is mostly menu fragments."""
        bad = frag = 0
        for j in range(lo, hi):
            if labels[j][0] == "bad":
                bad += 1
            elif self._fragment(labels[j][0], feats[j]):
                frag += 1
        return bad >= self.min_edge_bad or (frag >= self.edge_fragments and 2 * frag >= hi - lo)

    def _extend(self, labels, start: int, stop: int) -> int:
        """From ``start`` on: one past the prose paragraphs that follow one run
        of at most ``inner_list_lines`` short lines (a line-up, a list), before
        any furniture block; ``start`` itself when there are none."""
        reach, shorts = start, 0
        for j in range(start, stop):
            lab = labels[j][0]
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

    def _fragments_only(self, labels, lo: int, hi: int) -> bool:
        """The edge is furniture by its menu fragments alone (fewer furniture blocks than it takes)."""
        return sum(1 for j in range(lo, hi) if labels[j][0] == "bad") < self.min_edge_bad

    def decide(self, doc: Document) -> list[Decision]:
        """Both passes over the live blocks; the explanation of every decision."""
        live = doc.live()
        if not live:
            return []
        # Menus are full of names and English loan words: guess the language
        # from the longer blocks when there are any.
        texts = [b.text for b in live]
        lang = detect_language([t for t in texts if t.count(" ") >= 7] or texts)
        stops = stopwords(lang) if lang and lang != "cjk" else None
        vocab = vocabulary(lang if lang and lang != "cjk" else "en")
        # Menus and teasers repeat within a page, and a settle pass sees the
        # same blocks again: features are kept for the document's versions.
        # ``stops`` and ``vocab`` are functions of ``lang``, so it keys them.
        seen = doc.memo()
        feats = []
        for t in texts:
            key = ("boilerplate.features", lang, t)
            f = seen.get(key)
            if f is None:
                f = seen[key] = features(t, stops, vocab)
            feats.append(f)
        labels = [self.label(f) for f in feats]
        decisions = [Decision(b.index, lab, code, reason) for b, (lab, code, reason) in zip(live, labels)]
        out = self._region(texts, feats, labels, decisions)
        # Settle: the region of what is left, once (a menu that sat between two
        # prose stretches is an edge now); features are not computed again.
        keep = [i for i, d in enumerate(out) if not d.removed]
        if len(keep) < len(out):
            again = self._region([texts[i] for i in keep], [feats[i] for i in keep], [labels[i] for i in keep], [out[i] for i in keep])
            for i, d in zip(keep, again):
                out[i] = d
        return out

    def _region(self, texts: list[str], feats: list[Features], labels: list[tuple[str, str | None, str]], decisions: list[Decision]) -> list[Decision]:
        """Pass 2 over blocks labelled by pass 1: the region, its edges, the removals."""
        if not any(lab == "good" for lab, _, _ in labels):
            return list(decisions)  # no prose: nothing to anchor an article region on
        best, best_lo, best_hi = float("-inf"), 0, 0
        run, lo = 0.0, 0
        for i, ((lab, _, _), f) in enumerate(zip(labels, feats)):
            s = self.score(lab, f)
            if run <= 0:
                run, lo = s, i
            else:
                run += s
            if run > best:
                best, best_lo, best_hi = run, lo, i
        n = len(texts)
        # The end of the article: a reader-comments zone ("34 Comments",
        # "Leave a Reply", "name says:") after the region's first paragraph.
        comments_at = n
        prose = 0
        for j in range(best_lo, best_hi + 1):
            f = feats[j]
            if labels[j][0] == "good":
                prose += f.words
            elif prose >= self.comments_after_words and f.words <= 8 and (
                _COMMENT_HEAD.search(texts[j]) or _COMMENT_BY.search(texts[j])
            ):
                comments_at = j
                goods = [k for k in range(best_lo, j) if labels[k][0] == "good"]
                best_hi = goods[-1]
                break
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
        if comments_at == n and self._fragments_only(labels, best_hi + 1, n):
            best_hi = self._extend(labels, best_hi + 1, n) - 1
        cut_before = best_lo if self._furniture_zone(labels, feats, 0, best_lo) else 0
        cut_after = best_hi + 1
        if comments_at < n or self._furniture_zone(labels, feats, cut_after, n):
            end = min(n, comments_at)

            def item(j: int) -> bool:
                return labels[j][0] != "bad" and feats[j].words <= 15 and bool(_LIST_ITEM.search(texts[j]))

            # list items (a heading line may open the list) continue the article
            while cut_after < end and (item(cut_after) or (
                cut_after + 1 < end and labels[cut_after][0] == "short" and feats[cut_after].words <= 6 and item(cut_after + 1)
            )):
                cut_after += 1
        else:
            cut_after = n
        region_words = sum(feats[j].words for j in range(best_lo, core_hi + 1) if labels[j][0] != "bad")
        spared: set[int] = set()
        run_ids: list[int] = []
        # list items count as a list only in a streak (table rows, a calendar);
        # teasers alternate a headline with a date line.
        is_item = [labels[j][0] == "short" and feats[j].words >= self.list_item_words and bool(_LIST_ITEM.search(texts[j])) for j in range(n)]
        streak = [False] * n
        j = 0
        while j < n:
            k = j
            while k < n and is_item[k]:
                k += 1
            if k - j >= self.list_streak:
                streak[j:k] = [True] * (k - j)
            j = k + 1
        # a run of menu fragments splits the stretches too (pages with no vocabulary)
        menu_run = [False] * n
        j = 0
        while j < n:
            k = j
            while k < n and self._fragment(labels[k][0], feats[k]):
                k += 1
            if k - j >= self.menu_run_lines:
                menu_run[j:k] = [True] * (k - j)
            j = k + 1
        # A short region is a weak claim: text outside it is spared more readily.
        ratio = self.spare_ratio if region_words >= self.confident_words else self.weak_spare_ratio
        content = items = 0
        for j in [*range(0, cut_before), -1, *range(cut_after, n), -1]:
            if j >= 0 and labels[j][0] != "bad" and j < comments_at and not menu_run[j]:
                run_ids.append(j)
                f = feats[j]
                if labels[j][0] != "short":
                    content += f.words
                elif streak[j]:
                    items += f.words
                elif f.words >= self.list_item_words and f.caps_ratio < 0.8:
                    content += f.words
                continue
            if content + items > region_words * ratio or items > region_words * self.spare_list_ratio:
                spared.update(run_ids)
            run_ids, content, items = [], 0, 0
        out: list[Decision] = []
        for i, d in enumerate(decisions):
            f = feats[i]
            if (i < cut_before or i >= cut_after) and i not in spared:
                where = f"{'before' if i < best_lo else 'after'} the article, among page furniture"
                if d.label == "bad":
                    d = Decision(d.index, d.label, d.code, f"{d.reason}, {where}", True)
                elif d.label == "short":
                    d = Decision(d.index, d.label, "boilerplate.short", f"short line {where}", True)
                else:
                    d = Decision(d.index, d.label, "boilerplate.outside", f"text {where}", True)
            elif d.label == "bad" and f.whole_line and (f.concept in _INLINE_CONCEPTS or not best_lo <= i <= best_hi):
                where = "inside the article" if best_lo <= i <= best_hi else "next to the article"
                d = Decision(d.index, d.label, d.code, f"{d.reason}, {where}", True)
            out.append(d)
        return out

    def apply(self, doc: Document) -> Document:
        # The region is decided once, on the whole page: a settle pass does not
        # look for a region inside the region.
        if any(r.cleaner == self.name for r in doc.removals):
            return doc
        groups: dict[tuple[str, str], list[int]] = {}
        for d in self.decide(doc):
            if d.removed and d.code:
                groups.setdefault((d.code, d.reason), []).append(d.index)
        if not groups:
            return doc
        ch = doc.changes(self.name)
        for (code, reason), indices in groups.items():
            ch.remove(indices, code=code, reason=reason)
        return ch.commit()
