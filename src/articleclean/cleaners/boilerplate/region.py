"""Pass 2 of the boilerplate cleaner: named context rules over the page's labelled lines.

Pass 1 (:meth:`BoilerplateCleaner.label`) labels each line alone: ``good`` (prose), ``near``,
``short`` or ``bad`` (furniture, with a code and a reason).  Pass 2 reads the lines in their
place, as jusText's revision pass does, but as an ordered list of named rules:

- the *placing rules* (:data:`PLACING`) find the article's region and its edges, each
  reading and writing one :class:`Page` (the lines' columns, and the region found so far);
  a rule that returns ``False`` finds no article, and the page keeps every line;
- the *verdict rules* (:data:`VERDICTS`) then give each line its fate, each a function
  ``(page, fates) -> {index: (code, reason) or None}`` applied in order, a later rule's
  verdict replacing an earlier one's.

Every threshold the rules read is a setting of the cleaner (``page.cfg``), named there
with its unit.  Nothing here keeps state between pages.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ... import lazyre as re
from ...dates import DATE_PATTERN
from ...text import CLOSERS
from .cards import _PROSE, _Line, _long_runs, _ranked
from .vocabulary import _COMMENT_BY, _COMMENT_FORM, _COUNTED_HEAD, _TITLED_HEAD, _comment_head

if TYPE_CHECKING:  # pragma: no cover - types only
    from .cleaner import BoilerplateCleaner

#: a line's fate: removed with a code and a reason, or kept (``None``)
Fate = tuple[str, str] | None

# The rules' fixed measures (the tunable ones are the cleaner's settings):
#: words a comments head has at most ("34 Comments", "Leave a Reply", "Show comments")
COMMENTS_HEAD_WORDS = 8
#: live lines after a comments head read for readers' comments, and the comments (prose lines
#: after two short lines or more: a name and a date) that make them so
COMMENTS_REACH, COMMENTS_TURNS = 12, 2
#: short lines before a prose line that make it a reader's comment (a name and a date, "Rating: 36
#: Votes"); one short line before a paragraph is the article's subheading
COMMENTS_BYLINE_LINES = 2
#: lines after a titled comments head ("4 thoughts on “Title”") read for the comment form that closes its thread
COMMENTS_FORM_REACH = 80
#: words a list item that continues the article has at most, and the heading that may open it
LIST_ITEM_WORDS, LIST_HEADING_WORDS = 15, 6
#: a subheading of the article's own list of places or names ("Areas to face water cut on Sunday" over
#: "- MG Road", "- Koramangala", ...) is longer: at most NAMES_HEADING_WORDS words, over at least
#: NAMES_LIST_ITEMS items of at most NAMES_ITEM_WORDS words (other stories' headlines are longer)
NAMES_HEADING_WORDS, NAMES_LIST_ITEMS, NAMES_ITEM_WORDS = 15, 3, 4
#: share of capital letters from which a short line outside the article is a label (a menu's
#: "NEWS", "SPORT"), not a line of the stretch's text
LABEL_CAPS = 0.8


@dataclass
class Page:
    """The page as the context rules read it (its lines' columns and the cleaner's
    settings) and what the placing rules have found so far."""

    cfg: BoilerplateCleaner
    texts: Sequence[str]
    lines: Sequence[_Line]
    labs: Sequence[str]
    codes: Sequence[str | None]
    reasons: Sequence[str]
    words: Sequence[int]
    scores: Sequence[float]
    frags: Sequence[bool]
    listy: Sequence[bool]
    list_items: Sequence[bool]
    caps: Sequence[float]
    wholes: Sequence[bool]
    inlines: Sequence[bool]
    live: list[bool]
    known: Sequence[bool] | None
    #: one past the article's headline, if known; ``headline``: that line is the whole headline
    head: int | None
    headline: bool
    #: the lines of teaser cards of other stories, and the content words of the page's title
    cards: frozenset[int]
    topic: frozenset[str]
    # found by the placing rules
    lo: int = 0  # the region's first line
    hi: int = 0  # its last line, with the article's continuations
    core_hi: int = 0  # its last line as scored: what other stretches are weighed against
    above: int = 0  # lines before this one are above the article's headline: the page's
    comments_at: int = 0  # a comments zone that ends the region (``n``: none)
    comments_after: int = 0  # a comments zone after the region (``n``: none)
    cut_before: int = 0  # lines before this one are the edge above the article
    cut_after: int = 0  # lines from this one on are the edge below it
    ranked: set[int] = field(default_factory=set)  # ranked headline lists ("Most read": 1, a headline …)
    listed: set[int] = field(default_factory=set)  # lists of other pages: ranked lists and teaser cards
    spared: set[int] = field(default_factory=set)  # stretches outside the region that are kept
    next_live: list[int] = field(default_factory=list)  # see prose_next

    @property
    def n(self) -> int:
        return len(self.texts)


def place(
    cfg: BoilerplateCleaner,
    texts: list[str],
    lines: Sequence[_Line],
    head: int | None = None,
    known: Sequence[bool] | None = None,
    headline: bool = False,
    cards: frozenset[int] = frozenset(),
    topic: frozenset[str] = frozenset(),
    trace: dict[str, Any] | None = None,
) -> list[Fate]:
    """Pass 2 over blocks labelled by pass 1: every line's fate (code and reason of each
    removed block, ``None`` for kept), by the placing rules then the verdict rules.

    ``known`` flags the blocks an earlier cleaner removed.  The rules read them in their
    place, as pass 1 labelled them, except that a known block scores at most 0 in the region
    search: it parts stretches but cannot anchor the article (a removed gallery of long
    captions is not the article).  A known block's fate is not a removal (it only says
    whether the settle pass sees the block).  Do no harm: when no live block is prose, or
    the region's prose is all known, nothing is removed.

    ``trace`` (explain mode only) is filled with where the rules put the region and its
    edges, and which stretches outside it they spared; it stays empty when no region is
    found.
    """
    n = len(texts)
    fates: list[Fate] = [None] * n
    if not n:
        return fates
    # the rules read the lines' fields as columns (one transpose)
    labs, codes, reasons, words, scores, frags, listy, list_items, caps, wholes, inlines = zip(*lines)
    live = [True] * n if known is None else list(map(operator.not_, known))
    page = Page(
        cfg, texts, lines, labs, codes, reasons, words, scores, frags, listy, list_items, caps, wholes, inlines, live,
        known, head, headline, cards, topic,
    )
    for _name, rule in PLACING:
        if rule(page) is False:
            return fates
    for _name, verdict in VERDICTS:
        for i, fate in verdict(page, fates).items():
            fates[i] = fate
    if trace is not None:
        trace.update(
            lo=page.lo, hi=page.core_hi, reach=page.hi, cut_before=page.cut_before, cut_after=page.cut_after,
            spared=page.spared,
        )
    return fates


# -- shared readings ------------------------------------------------------------------
def furniture_zone(page: Page, lo: int, hi: int) -> bool:
    """An edge is page furniture: furniture blocks, or a long run that is mostly menu fragments."""
    cfg = page.cfg
    bad = page.labs[lo:hi].count("bad")
    frag = page.frags[lo:hi].count(True)
    return bad >= cfg.min_edge_bad or (frag >= cfg.edge_fragments and 2 * frag >= hi - lo)


def fragments_only(page: Page, lo: int, hi: int) -> bool:
    """The edge is furniture by its menu fragments alone (fewer furniture blocks than it takes)."""
    return page.labs[lo:hi].count("bad") < page.cfg.min_edge_bad


def extend(page: Page, start: int, stop: int) -> int:
    """From ``start`` on: one past the prose paragraphs that follow one run of at most
    ``inner_list_lines`` short lines (a line-up, a list), before any furniture block;
    ``start`` itself when there are none."""
    labs = page.labs
    reach, shorts = start, 0
    for j in range(start, stop):
        lab = labs[j]
        if lab == "bad":
            break
        if lab == "short":
            if reach > start:  # the prose after the list has ended
                break
            shorts += 1
            if shorts > page.cfg.inner_list_lines:
                break
            continue
        reach = j + 1
    return reach


def prose_next(page: Page, j: int) -> bool:
    """Do the next two live lines after ``j`` (or the only one) read as prose paragraphs?

    A comments section puts names, dates, "Reply" lines between its comments; a comments
    head ("Show comments", "Report abuse") with paragraphs right after it is a widget inside
    the article.  ``page.next_live[i]`` is the first live line after ``i`` (``n``: none),
    filled on the first call (few pages have a comments head to weigh).
    """
    labs, next_live, n = page.labs, page.next_live, page.n
    if not next_live:
        # the k-th live line is the first after every line with k live lines up to it
        after = [*itertools.compress(range(n), page.live), n]
        next_live += map(after.__getitem__, itertools.accumulate(page.live))
    a = next_live[j]
    if a >= n or labs[a] != "good":
        return False
    b = next_live[a]
    return b >= n or labs[b] == "good"


def comment_shaped(page: Page, j: int, reach: int = COMMENTS_REACH, turns: int = COMMENTS_TURNS) -> bool:
    """Do the ``reach`` live lines after ``j`` read as reader comments: ``turns`` prose lines
    or more that each follow two short lines or more (a name and a date, "Rating: 36
    Votes")?  An article's subheadings, one short line before a paragraph, and a byline
    block before one run of paragraphs do not.  (Call :func:`prose_next` first: it fills
    ``page.next_live``.)"""
    labs, next_live, n = page.labs, page.next_live, page.n
    seen = shorts = 0
    a = next_live[j]
    while a < n and reach:
        lab = labs[a]
        if lab == "short":
            shorts += 1
        else:
            if lab in _PROSE and shorts >= COMMENTS_BYLINE_LINES:
                seen += 1
                if seen >= turns:
                    return True
            shorts = 0
        a, reach = next_live[a], reach - 1
    return False


def _form_follows(page: Page, j: int, reach: int = COMMENTS_FORM_REACH) -> bool:
    """Does a comment form ("Leave a Reply", "Post a comment") open one of the ``reach`` lines after ``j``?"""
    return any(_COMMENT_FORM.match(page.texts[k]) for k in range(j + 1, min(page.n, j + 1 + reach)))


def comments_head(page: Page, j: int, before: int, after: int, past: bool = False) -> bool:
    """A comments head at ``j``: a comment's byline ("jdoe says:"), or a head that does not
    end like a sentence and either
    - has no prose paragraphs right after it ("Show comments", then names and dates) and
      more of the region's prose above it than below it (``before``, ``after``: words of its
      paragraphs; a counter or a "View comments" link by the byline heads a share bar, not
      the comments), or comments after it (names and dates between paragraphs,
      :func:`comment_shaped`), however long;
    - or counts the comments or invites one ("34 Comments", "Leave a Reply") and has more
      prose above it than below it.
    ``past``: ``j`` is past the region, where a stretch of the article may still be spared:
    a widget head ("View comments") ends the page only with comments after it."""
    t = page.texts[j]
    if page.words[j] > COMMENTS_HEAD_WORDS:
        return False
    end = t.rstrip()[-1:]
    if end == ":" and _COMMENT_BY.search(t):  # "jdoe says:"
        return True
    if before > 0 and end != "." and _TITLED_HEAD.match(t) and _form_follows(page, j):
        return True  # "4 thoughts on “Title”" ... "Leave a Reply": a thread, whatever its comments' length
    if end == "." or not _comment_head().search(t):
        return False
    counted = _COUNTED_HEAD.match(t) is not None
    if prose_next(page, j):
        return counted and before > after
    if past:  # past the region a widget head needs comments after it
        return counted or comment_shaped(page, j)
    return before > after or comment_shaped(page, j)


# -- the placing rules ------------------------------------------------------------------
def anchor(page: Page) -> bool:
    """The article's region: the stretch of lines with the largest sum of pass-1 scores (a
    known line scores at most 0: a removed gallery of long captions parts stretches but is
    not the article).  No live prose on the page, or none in the region: no article."""
    labs, live = page.labs, page.live
    if "good" not in itertools.compress(labs, live):
        return False  # no (live) prose: nothing to anchor an article region on
    scores = page.scores
    if page.known is not None:
        scores = [min(sc, 0.0) if k else sc for sc, k in zip(scores, page.known)]
    best, best_lo, best_hi = float("-inf"), 0, 0
    run, lo = 0.0, 0
    for i, s in enumerate(scores):
        if run <= 0:
            run, lo = s, i
        else:
            run += s
        if run > best:
            best, best_lo, best_hi = run, lo, i
    region = slice(best_lo, best_hi + 1)
    if not any(map(operator.and_, live[region], map(_PROSE.__contains__, labs[region]))):
        return False  # the region's prose is what earlier cleaners removed: no article to anchor on
    page.lo, page.hi = best_lo, best_hi
    return True


def start_at_headline(page: Page) -> None:
    """The article starts at its headline (the line that repeats the page title, a
    headline's length): a region that reaches above it through page furniture took in the
    teasers of a menu or a list.  What is above a headline just over the region (past its
    byline, date and share lines) is the page's, however long."""
    cfg, head = page.cfg, page.head
    if (
        head is not None
        and page.headline
        and page.lo < head - 1 <= page.hi
        and page.words[head - 1] >= cfg.headline_words
        and furniture_zone(page, page.lo, head - 1)
    ):
        page.lo = head - 1
    page.above = head - 1 if head is not None and page.headline and page.lo - cfg.head_gap - 1 <= head - 1 <= page.lo else 0


def comments_end_region(page: Page) -> None:
    """The end of the article: a reader-comments zone ("34 Comments", "Leave a Reply",
    "name says:") after the region's first ``comments_after_words`` words of prose ends the
    region at its last paragraph above the zone; a comments zone after the region goes with
    all after it, whatever its length (readers' comments are prose)."""
    labs, words, n = page.labs, page.words, page.n
    least = page.cfg.comments_after_words
    page.comments_at = page.comments_after = n
    region = slice(page.lo, page.hi + 1)
    region_prose = sum(itertools.compress(words[region], map("good".__eq__, labs[region])))
    prose = 0
    for j in range(page.lo, page.hi + 1):
        if labs[j] == "good":
            prose += words[j]
        elif prose >= least and comments_head(page, j, prose, region_prose - prose):
            page.comments_at = j
            page.hi = [k for k in range(page.lo, j) if labs[k] == "good"][-1]
            return
    if prose >= least:
        # (a line of more than COMMENTS_HEAD_WORDS words is no head: not called for)
        heads = itertools.compress(range(page.hi + 1, n), map(COMMENTS_HEAD_WORDS.__ge__, words[page.hi + 1 :]))
        page.comments_after = next((j for j in heads if comments_head(page, j, prose, 0, past=True)), n)


def continue_through_short_lines(page: Page) -> None:
    """Short lines alone (a team line-up, a list of names) do not make the prose right
    after them furniture: when the edge after the region is furniture only by its
    fragments, the article goes on through one run of at most ``inner_list_lines`` short
    lines to the prose paragraphs right after it."""
    page.core_hi = page.hi
    if page.comments_at == page.n and fragments_only(page, page.hi + 1, page.n):
        page.hi = extend(page, page.hi + 1, page.n) - 1


def cut_edges(page: Page) -> None:
    """The edges: a zone before or after the region is page furniture when it holds
    furniture blocks or is a long run of lines (:func:`furniture_zone`).  Lists of other
    pages outside the region (ranked headline lists, teaser cards) are found here.  List
    items that continue the article (digits or bullets, right after the region; a heading
    line may open the list, a longer one over a list of places or names), the sentences right
    after such a list before any furniture ("The plan includes:" • a • b, "The council will
    publish it next week."), and the article's closing lines (:func:`_closing_lines`) are not cut."""
    cfg, labs, words, listy, n = page.cfg, page.labs, page.words, page.listy, page.n
    page.cut_before = page.lo if furniture_zone(page, 0, page.lo) else 0
    cut_after = page.hi + 1
    page.ranked = _ranked(
        page.texts, page.lines, words, listy, cfg.ranked_items, cfg.ranked_item_words, page.lo, page.hi, page.topic
    )
    page.listed = page.ranked | {i for i in page.cards if not page.lo <= i <= page.hi}
    listed = page.listed
    if page.comments_at < n or furniture_zone(page, cut_after, n):
        end = min(n, page.comments_at)

        def item(j: int) -> bool:
            return listy[j] and words[j] <= LIST_ITEM_WORDS and j not in listed

        listed_from = cut_after
        def names_under(j: int) -> bool:
            """``NAMES_LIST_ITEMS`` items of a few words from ``j`` on: a list of places or names."""
            return all(
                k < end and item(k) and words[k] <= NAMES_ITEM_WORDS for k in range(j, j + NAMES_LIST_ITEMS)
            )

        while cut_after < end and (item(cut_after) or (
            cut_after + 1 < end
            and labs[cut_after] == "short"
            and item(cut_after + 1)
            and (
                words[cut_after] <= LIST_HEADING_WORDS
                or (words[cut_after] <= NAMES_HEADING_WORDS and names_under(cut_after + 1))
            )
        )):
            cut_after += 1
        if cut_after > listed_from:
            while cut_after < end and labs[cut_after] in _PROSE and cut_after not in listed:
                cut_after += 1
        # the article's closing lines, from its last paragraph or after its listed items
        cut_after = max(_closing_lines(page, listed_from, end), _closing_lines(page, cut_after, end))
    else:
        cut_after = n
    page.cut_after = cut_after


def _closing_lines(page: Page, start: int, end: int) -> int:
    """One past the article's own closing lines from ``start`` (:func:`_closing_run`), and past a
    run of at most ``INLINE_RUN`` lines of furniture that goes wherever it is (whole-line furniture,
    "Advertisement", or lines an earlier cleaner removed: ad markers, a share row) when nothing but
    closing lines and such runs follow it to the page's end ("Advertisement" / "Advertisement" / "The
    work ends on Friday.": harm review 14, group A).  Linear: each line is read once or twice."""
    first = j = _closing_run(page, start, end)
    live, wholes, labs, listed = page.live, page.wholes, page.labs, page.listed
    while j < end:
        k = j
        while k < end and k - j < INLINE_RUN and k not in listed and (not live[k] or (labs[k] == "bad" and wholes[k])):
            k += 1
        if k == j:
            return first  # other lines follow: the page's, from the first furniture on
        j = k if k == end else _closing_run(page, k, end)
        if j == k < end:
            return first
    return end


#: lines of furniture that goes wherever it is (see _closing_lines): two ad markers, a share row
INLINE_RUN = 4


def _closing_run(page: Page, start: int, end: int) -> int:
    """One past the article's own closing lines from ``start`` (the first line after the region
    and its lists), up to the first furniture block: short lines that end a sentence or ask a
    question (a two-word quote, "Burial afterwards in Drumcliffe.", an interview's last questions
    and answers), and a list that a line of the article's prose introduces with a colon ("The areas
    that will be affected are:" over its items, with or without bullets), with the sentences after
    it.  A list's items are short (``LIST_ITEM_WORDS``); other stories' headlines and teasers have
    no sentence end and no lead-in of the article's (harm review 13, groups A and B)."""
    labs, texts, words, listed, live = page.labs, page.texts, page.words, page.listed, page.live

    def open_(k: int) -> bool:
        """No furniture block and no other page's list (a line an earlier cleaner removed may be an
        item of the list, an embedded post under "Readers were quick to reply:")."""
        return labs[k] != "bad" and k not in listed

    j = start
    while j < end and open_(j) and live[j]:
        t = texts[j].rstrip().rstrip(CLOSERS)
        if t.endswith(":"):
            if not _introduces(t):
                break
            k = j + 1
            while k < end and open_(k) and words[k] <= LIST_ITEM_WORDS and not texts[k].rstrip().endswith(":"):
                k += 1
            if k == j + 1:
                break  # a lead-in with nothing under it
            j = k
            continue
        entry = (
            (_ENTRY_TIME.fullmatch(t) is not None or _ENTRY_DATE.fullmatch(t) is not None)
            and j + 1 < end
            and open_(j + 1)
            and _ends_sentence(texts[j + 1])
        )
        if entry or _signs_off(texts, j, end, open_):
            j += 1
            continue  # (an entry's time or date over its sentence; a letter's signature under its last sentence)
        if not _ends_sentence(t):
            break
        j += 1
    return j


def _signs_off(texts: Sequence[str], j: int, end: int, open_: Callable[[int], bool]) -> bool:
    """Line ``j`` signs a letter off: a writer and their town after a comma ("Tim O'Rourke, Randwick", "The
    Fletcher family, Ponsonby"), or one of the lines of a signature that runs on with commas to a full stop
    ("Yours, etc," / "PAT NOLAN," / "Portlaoise.": harm review 15)."""
    t = texts[j].strip()
    if _SIGNATURE.fullmatch(t):
        return True
    if not t.endswith(","):
        return False
    for k in range(j + 1, min(end, j + 1 + _SIGNATURE_LINES)):
        u = texts[k].strip()
        if not open_(k) or len(u.split()) > _SIGNATURE_WORDS:
            return False
        if not u.endswith(","):
            return u.endswith(".") and len(t.split()) <= _SIGNATURE_WORDS
    return False


#: a letter's signature: a name (or "The X family") and a town after a comma, capitalised words only
_SIGNATURE = re.compile(r"(?:[A-Z][\w'’.-]+ ){1,3}(?:[A-Z][\w'’.-]+|family), [A-Z][\w'’.-]+(?: [A-Z0-9][\w'’.-]*){0,2}")
_SIGNATURE_LINES = 4  # lines a signature runs on over with commas ("Yours, etc," / name / town / county)
_SIGNATURE_WORDS = 5  # words of a line of a signature; a longer line ending in a comma is a sentence's
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: a timeline's date alone on its line over its entry ("December 2024", "January 15, 2025")
_ENTRY_DATE = re.compile(rf"{DATE_PATTERN}|(?:{_MONTHS}) \d{{4}}")


def _ends_sentence(text: str) -> bool:
    """The line ends a sentence (".", "!" or "?" before any closing quotes; not a colon, not "...")."""
    t = text.rstrip().rstrip(CLOSERS)
    return t.endswith(_SENTENCE_ENDS) and not t.endswith("...")


#: a live page's entry time alone on its line ("9:10 am", "14:52", "8.05pm")
_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|[AP]\.?M\.?)?(?:\s?[A-Z]{2,4})?")


#: a sentence ends on one of these (a colon opens a list, see _closing_lines)
_SENTENCE_ENDS = (".", "!", "?")


def _introduces(text: str) -> bool:
    """A line of the article's prose that introduces what follows with a colon: at least
    ``MIN_LEAD_WORDS`` words, one of them in small letters ("Affected areas:"), not a label in
    capitals ("MOST READ:") and not a widget's heading addressed to the reader ("Follow
    us on:", "Share this article with your friends:")."""
    tokens = text.split()
    return (
        len(tokens) >= MIN_LEAD_WORDS
        and any(w[:1].islower() for w in tokens)
        and _READER_ADDRESSED.search(text) is None
    )


#: words a lead-in line of the article's own list has at least ("Affected areas:")
MIN_LEAD_WORDS = 2
_READER_ADDRESSED = re.compile(r"\b(?:you|your|us|our|we)\b", re.IGNORECASE)


def spare_stretches(page: Page) -> None:
    """Stretches of the cut edges that hold more text than the region are kept
    (``spare_ratio`` of the region's words; ``weak_spare_ratio`` when the region is short,
    under ``confident_words``: a short region is a weak claim), and so is a list of
    ``head_list`` items or more that opens right under the headline (past its byline, date
    and share lines: a calendar, a results table).  List items count as a list only in a
    streak of ``list_streak`` (table rows, a calendar; teasers alternate a headline with a
    date line); a run of ``menu_run_lines`` menu fragments parts the stretches too (pages
    with no vocabulary); a list of other pages weighs only beside the stretch's own
    paragraphs; what is above the article's headline is the page's, however long."""
    cfg, labs, words, n, head = page.cfg, page.labs, page.words, page.n, page.head
    core = slice(page.lo, page.core_hi + 1)
    region_words = sum(itertools.compress(words[core], map("bad".__ne__, labs[core])))
    streak = _long_runs(page.list_items, cfg.list_streak)
    menu_run = _long_runs(page.frags, cfg.menu_run_lines)
    ratio = cfg.spare_ratio if region_words >= cfg.confident_words else cfg.weak_spare_ratio
    under_head = -1
    if head is not None:
        j = head
        while j < n and j - head <= cfg.head_gap and labs[j] in ("short", "bad") and not streak[j]:
            j += 1
        k = j
        while k < n and streak[k]:
            k += 1
        if k - j >= cfg.head_list and (j == 0 or not streak[j - 1]):
            under_head = j
    spared = page.spared
    listed_lines, caps = page.listed, page.caps
    run_ids: list[int] = []
    content = items = ranked_words = 0
    listed = paragraphs = False
    item_words = cfg.list_item_words
    above = page.above = min(page.above, page.cut_before)
    ends = (page.comments_at, page.comments_after)
    for j in [*range(0, above), -1, *range(above, page.cut_before), -1, *range(page.cut_after, n), -1]:
        if j >= 0 and labs[j] != "bad" and j < ends[0] and j < ends[1] and not menu_run[j]:
            run_ids.append(j)
            if j in listed_lines:
                ranked_words += words[j]
            elif labs[j] != "short":
                content += words[j]
                paragraphs = True
            elif streak[j]:
                items += words[j]
                listed = listed or j == under_head
            elif words[j] >= item_words and caps[j] < LABEL_CAPS:
                content += words[j]
            continue
        if not run_ids:
            continue
        if paragraphs:
            content += ranked_words
        if run_ids[-1] < above:
            pass  # above the article's headline: the page's, however long
        elif content + items > region_words * ratio or items > region_words * cfg.spare_list_ratio:
            spared.update(run_ids)
        elif listed:  # the list and what follows it, not the page above the headline
            spared.update(k for k in run_ids if k >= (head or 0))
        run_ids, content, items, listed, ranked_words, paragraphs = [], 0, 0, False, 0, False


# -- the verdict rules ------------------------------------------------------------------
def edges_go(page: Page, fates: Sequence[Fate]) -> dict[int, Fate]:
    """The cut edges go: furniture with its own code and reason, other lines as short
    lines or text before or after the article, among page furniture."""
    out: dict[int, Fate] = {}
    for where, lo, hi in (("before", 0, page.cut_before), ("after", page.cut_after, page.n)):
        where = f"{where} the article, among page furniture"
        short = ("boilerplate.short", f"short line {where}")
        outside = ("boilerplate.outside", f"text {where}")
        tail = f", {where}"
        for i in range(lo, hi):
            lab = page.labs[i]
            out[i] = (page.codes[i], page.reasons[i] + tail) if lab == "bad" else short if lab == "short" else outside  # type: ignore[assignment]
    return out


def spared_stay(page: Page, fates: Sequence[Fate]) -> dict[int, Fate]:
    """What :func:`spare_stretches` spared stays."""
    return dict.fromkeys(page.spared)


def other_pages_lists_go(page: Page, fates: Sequence[Fate]) -> dict[int, Fate]:
    """The lists of other pages that go (ranked headline lists, teaser cards) go with
    their own reason."""
    out: dict[int, Fate] = {}
    for i in page.listed:
        if fates[i] is not None:
            what = "ranked headline list ('Most read': 1, a headline, 2 …)" if i in page.ranked else (
                "teaser cards of other stories (a title, a date or byline …)"
            )
            out[i] = ("boilerplate.outside", f"{what}, {'before' if i < page.lo else 'after'} the article")
    return out


def comments_go(page: Page, fates: Sequence[Fate]) -> dict[int, Fate]:
    """A comments zone after the region goes with all after it (live lines not cut yet)."""
    return {
        i: ("boilerplate.comments", "reader comments, after the article")
        for i in range(page.comments_after, page.n)
        if fates[i] is None and page.live[i]
    }


def whole_line_furniture_goes(page: Page, fates: Sequence[Fate]) -> dict[int, Fate]:
    """Whole-line furniture ("Advertisement") goes inside the article too, and next to it
    between the edges."""
    out: dict[int, Fate] = {}
    lo, hi = page.cut_before, page.cut_after
    for i in itertools.compress(range(lo, hi), page.wholes[lo:hi]):
        inside = page.lo <= i <= page.hi
        if page.inlines[i] or not inside:
            out[i] = (page.codes[i], f"{page.reasons[i]}, {'inside the article' if inside else 'next to the article'}")  # type: ignore[assignment]
    return out


#: the placing rules, in order: each reads and writes the :class:`Page`; ``False`` is "no article"
PLACING: tuple[tuple[str, Callable[[Page], bool | None]], ...] = (
    ("anchor", anchor),
    ("start at headline", start_at_headline),
    ("comments end region", comments_end_region),
    ("continue through short lines", continue_through_short_lines),
    ("cut edges", cut_edges),
    ("spare stretches", spare_stretches),
)

#: the verdict rules, in order: a later rule's verdict on a line replaces an earlier one's
VERDICTS: tuple[tuple[str, Callable[[Page, Sequence[Fate]], dict[int, Fate]]], ...] = (
    ("edges go", edges_go),
    ("spared stay", spared_stay),
    ("other pages' lists go", other_pages_lists_go),
    ("comments go", comments_go),
    ("whole-line furniture goes", whole_line_furniture_goes),
)
