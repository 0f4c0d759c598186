"""Recirculation: runs of teaser cards, ranked lists and headline lists, read over the pass-1 labels."""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import NamedTuple

from ... import lazyre as re
from ...dates import DATE_PATTERN
from ...document import Block, Document
from ...language import tokens
from ...text import CLOSERS


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
            and topic.isdisjoint(tokens(texts[h]))
        )
        if heading and 3 * on_topic < len(items):
            out.update(range(j, k))
    return out


def _on_topic(texts: Sequence[str], indices: Iterable[int], topic: frozenset[str]) -> int:
    """How many of the lines at ``indices`` share a word with the page's title (``topic``, see :func:`_topic`)."""
    return sum(1 for i in indices if not topic.isdisjoint(tokens(texts[i])))


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
_TOPIC_WORD = 4  # letters of a word of the page's title that names its topic (a shorter one is a particle)
_MIN_META_GAP, _MAX_META_GAP = 2, 4  # lines from a card's meta line to the next card's: a title between, at most a label and a teaser with it
_SAME_STORY_WORDS = 2  # long words (_BODY_WORD letters) a card's title and its next line share with the prose above: a card about the article


def _is_stamp(text: str) -> bool:
    """A card's date alone on its line (see :func:`_cards`)."""
    m = _STAMP.fullmatch(text.strip())
    return m is not None and m.group("hh") is None


def _topic(title: str, stops: frozenset[str] | None) -> frozenset[str]:
    """The content words of a page's first line (its title): words of four letters or more, not function words."""
    return frozenset(t for t in tokens(title) if len(t) >= _TOPIC_WORD and (stops is None or t not in stops))


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
        if not _MIN_META_GAP <= b - a <= _MAX_META_GAP or any(words[k] > card_words for k in range(a + 1, b)):
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
                    body.update(t for t in tokens(texts[j]) if len(t) >= _BODY_WORD)
            read = max(read, ext[0])
            # a card about the article: its title and the line after it share two long words with the prose above
            same_story = sum(
                1 for i in titles if len(body.intersection(tokens(" ".join(texts[i : i + 2])))) >= _SAME_STORY_WORDS
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
