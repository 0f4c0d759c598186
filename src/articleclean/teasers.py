"""A heading with its teaser run: the shape the promo and related cleaners share (issue 13.3: no
cleaner imports another).

A **promo or related heading** ("Most read", "Related articles", "Latest stories from ...", "More
from The Times") opens a block; the **teaser run** under it is the headlines and teasers that read
like titles (no full stop) or are short, up to the first stretch of real prose.  A **one-line
promo** (an app or digital-edition prompt, the publisher's e-books and webinars) starts a block too.
The promo cleaner removes promo headings with their runs; the related cleaner, related headings.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from . import lazyre as re
from .concepts import REPORTED, VOCABULARY_LANGUAGES, furniture_hit
from .concepts.parts import LIST_MARKS
from .document import Block
from .features import PLAIN, TextFeatures
from .lexicon import phrases
from .text import ends_sentence, is_truncated, may_contain

__all__ = [
    "ONE_LINE_REASONS",
    "RELATED_FILES",
    "SPONSOR_TAGS",
    "guarded_end",
    "heading_anchors",
    "heading_block_end",
    "heading_kind",
    "is_promo_heading",
    "is_sponsored_heading",
    "is_teaser",
    "one_line_promo",
    "related_headings",
    "starts_block",
    "teaser_run",
]

# The words of a list heading ("Latest stories from", "More news on") and of the publisher's products: the
# patterns below and the whole-text search for their lines (_line_starts) are built from them (issue 13.2).
_LIST_HEAD = "latest|more|top|recent|popular"
_LIST_NOUN = "stories|news|articles|posts|videos|headlines|reads"
_LIST_PREP = "from|on|in"
_PRODUCT_LEAD = "free |featured |upcoming "
_PRODUCT_WORDS = r"e-?books?|webinars?|white ?papers?|podcasts?|masterclass(?:es)?|virtual events?"
_HEADING_PREFIX = re.compile(
    rf"^(?i:{_LIST_HEAD}) (?i:{_LIST_NOUN}) (?i:{_LIST_PREP})\b"
    # a section's or a series' own list: "More from The Times", "More in White House", "More on Book Review";
    # never "More in"/"More on" a day, a month, a year or a figure, a possessive or "the <name>": an
    # article's own sections ("More on Sunday", "More in 2025", "More in Court 3", "More on Monday's agenda",
    # "More in the Championship", "More on The Crown"); see _SECTION_LIST for where the rest may go
    r"|^(?i:more from) (?i:the )?[A-Z0-9]"
    r"|^(?i:more (?:in|on)) (?!(?i:the|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b)(?![A-Za-z]+(?:['’]s\b| \d))[A-Z]",
)
# "More in <Section>", "More on <Series>": an article's own section under the same words ("More on BBC Two"
# over a TV guide's listings) has the article going on under it; such a heading goes only with a list of
# headlines (no line ending a sentence) below the article's last paragraph: the page ends, or furniture
# or another block follows.
_SECTION_LIST = re.compile(r"^(?i:more (?:in|on)) ")
_APP = re.compile(
    r"\b(?:download|get|try|tried|install)\b.{0,50}\b(?:apps?|digital editions?)\b"
    r"|\bdigital edition apps?\b"
    # an app store's badge, alone or two glued ("Download on the App Store", "Get it on the Google Play Store",
    # "Available on the App Store and Google Play")
    r"|\b(?:download on|get it on|available (?:on|in|at))(?: the)? (?:apple )?(?:app store|apple store|google play|play store)",
    re.IGNORECASE,
)
# Every _APP match contains one of these (case-insensitively): a cheap guard.
_APP_LITERALS = ("app", "edition", "google play", "play store")
# A product label of the publisher's own, glued to a title ("ebooksAn introduction to…",
# "WebinarsHow to …") or before a colon ("eBooks: …", "Free webinar: …"); not "Ebook sales rose".
_PRODUCT = re.compile(
    rf"^(?i:{_PRODUCT_LEAD})?(?i:{_PRODUCT_WORDS})"
    rf"(?=[A-Z])|^(?i:{_PRODUCT_LEAD})?(?i:e-?books?|webinars?|white ?papers?|masterclass(?:es)?)\s*:"
)
# A promo prompt is an instruction or a title; a sentence about an app is news.
_APP_IMPERATIVE = re.compile(r"^(?:download|get|try|install|have you tried|available)\b", re.IGNORECASE)
ONE_LINE_REASONS = {"promo.app": "app or digital-edition prompt", "promo.product": "promotion of the publisher's e-books, webinars or reports"}


_FULL_STOP = frozenset(".:;,")


# A reporting clause that opens a quote: 'he said, "...', 'she told the BBC: "...'.
_REPORTING = re.compile(r"\b(?:said|says|told|added|wrote|asked|explained|stated)\b[^\"“”]{0,40}[,:]\s*[\"“]")
_MIN_TEASER_WORDS = 2  # words: a run of teasers is of headlines; a single word ends it (a list of names is no list of headlines)
_PATTERN_TEASERS = 3  # lines: a long question or exclamation reads as a teaser only once this many teasers have set the pattern ...
_LONG_QUESTION_WORDS = 12  # words: ... a question or exclamation longer than this (before that, the article's or a quote's)
_MIN_HEADING_TEASERS = 2  # teasers: a heading over fewer may be the article's own subheading over its line, and stays
_MAX_PROMO_WORDS = 20  # words: a one-line promo (an app's or an e-book's prompt); a longer line is prose that names them
_MAX_HEADING_WORDS = 6  # words: a promo or related heading ("Most popular", "From our network:"); a longer line only starts like one


def is_teaser(text: str, *, max_words: int = 12, feats: TextFeatures = PLAIN) -> bool:
    """A headline- or teaser-like line: short, or not closed with a full stop.

    Headlines and teasers may end with a question mark, an exclamation mark or
    a cut-off ellipsis; prose ends with a full stop.  A line beginning in lower
    case or with punctuation is a fragment of prose, never a teaser.

    >>> is_teaser("But why does the art form have such a chequered history?")
    True
    >>> is_teaser("The council said the scheme would cost more than it had first planned, and it would be delayed.")
    False
    >>> is_teaser("plumes emanating from Europa"), is_teaser("...only to get stuck in Hungary")
    (False, True)
    >>> is_teaser('Reacting to the video, the officer said, "This is not acceptable. #PoliceNG"')
    False
    """
    body = text.lstrip(".…")  # "...only to get stuck" continues the teaser above it
    first = body[:1]
    if not first or (first.islower() and len(body) == len(text)) or first in ",.;:)]}":
        return False
    if _REPORTING.search(text):
        return False  # 'Reacting, Adejobi said, "This is not acceptable."': a quote in the article
    if feats.words(text) <= max_words:
        return True
    t = text.rstrip().rstrip("\"'”’)]")
    return t[-1:] not in _FULL_STOP or t.endswith("...")


def teaser_run(
    live: Sequence[Block],
    start: int,
    *,
    max_words: int = 60,
    feats: TextFeatures = PLAIN,
    cards: bool = False,
) -> int:
    """Index one past the last line of the teaser run beginning at ``live[start]``.

    The run ends at the first line that is not teaser-like (prose, or a
    fragment of prose), a line ending in a colon (it introduces what
    follows), a single word (a list of names is not a list of
    headlines), longer than ``max_words`` words, or the start of another block
    (a heading or a one-line promo).  A long question or exclamation reads as
    a teaser only once three teasers have set the pattern.  With ``cards``
    (under a promo heading: "Latest news", "Top stories"), a card's standfirst,
    a sentence between two headlines, is part of the run (see
    :func:`_card_standfirst`); not under a related heading ("Further reading"
    over the author's own list of books, each with a line on it).  After a run
    of headlines, a short sentence with the article's prose under it (not a
    teaser, the page's end or furniture) is the article's: the run ends there.
    """
    i = start
    n = len(live)
    standfirsts = 0  # in the run so far
    mark = live[start].text[:1] if start < n and live[start].text[:1] in LIST_MARKS else None
    marked = mark is not None  # every line of the run so far opens with the first line's mark
    while i < n:
        t = live[i].text
        words = feats.words(t)
        if words < _MIN_TEASER_WORDS or words > max_words or starts_block(t, feats=feats):
            break
        if not is_teaser(t, feats=feats):
            if not (cards and _card_standfirst(live, i, start, words, feats=feats, cards=standfirsts)):
                break
            standfirsts += 1
        if furniture_hit(t) is not None:
            break  # "Comments are closed.", a copyright line: the block under the heading has ended
        if t.rstrip().endswith(":"):
            break  # "Here are some of the highlights:" introduces the article's text, which goes on under it
        if i - start < _PATTERN_TEASERS and words > _LONG_QUESTION_WORDS and not is_truncated(t) and t.rstrip().rstrip("\"'”’)]")[-1:] in "?!":
            break
        if i > start and _full_stop(t) and not any(_full_stop(x.text) for x in live[start:i]) and not _inside(live, i, feats=feats):
            break  # after headlines, a short sentence with the article's prose under it is the article's own
        if marked and i - start >= _MARKED_ITEMS and t[:1] not in LIST_MARKS:
            break  # a list's items share their mark: the unmarked line after them is the page's next line (test6)
        marked = marked and t[:1] == mark
        i += 1
    return i


# The marked items (concepts.parts.LIST_MARKS: "• Port workers vote to strike", "- Ferry times change")
# that set the pattern: a bulleted list of headlines ends at the first line without the mark (the
# article's headline and byline under a "Latest news" list, test6).
_MARKED_ITEMS = 2


def _full_stop(text: str) -> bool:
    """The line ends with a full stop (not an ellipsis): a sentence, not a headline."""
    t = text.rstrip().rstrip("\"'”’)]")
    return t.endswith(".") and not t.endswith("...")


def _inside(live: Sequence[Block], i: int, *, feats: TextFeatures) -> bool:
    """A line of a list has more of the list after it: a teaser, the page's end, or furniture."""
    if i + 1 >= len(live):
        return True
    t = live[i + 1].text
    return is_teaser(t, feats=feats) or starts_block(t, feats=feats) or furniture_hit(t) is not None


# A card's standfirst has at most this many words; its headline between these.
_STANDFIRST_WORDS = 45
_TITLE_WORDS = (3, 14)


def _is_title(text: str, *, feats: TextFeatures) -> bool:
    """A card's headline: a few words, no sentence's end (nor a question), nobody quoted."""
    n = feats.words(text)
    return (
        _TITLE_WORDS[0] <= n <= _TITLE_WORDS[1]
        and not ends_sentence(text)
        and not text.rstrip().endswith(":")
        and is_teaser(text, feats=feats)
        and REPORTED.search(text) is None
    )


def _card_standfirst(
    live: Sequence[Block],
    i: int,
    start: int,
    words: int,
    *,
    feats: TextFeatures,
    cards: int,
) -> bool:
    """``live[i]`` is a teaser card's standfirst: one sentence of the card under its headline.

    A sentence (at most ``_STANDFIRST_WORDS`` words, nobody quoted or reported)
    right after a headline of the run, with another headline right after it:
    headline, standfirst, headline, ...  The last card's standfirst (once
    ``cards`` standfirsts have set the pattern) may have the page's end or
    other furniture after it instead; never the article's next paragraph (a
    "Related links" heading over one link, then the story going on).  An
    explainer's question ("What happens next?") is no headline here.
    """
    t = live[i].text
    if i == start or words > _STANDFIRST_WORDS or not ends_sentence(t) or t[:1].islower() or REPORTED.search(t) is not None:
        return False
    if not _is_title(live[i - 1].text, feats=feats):
        return False
    if i + 1 < len(live) and _is_title(live[i + 1].text, feats=feats):
        return True
    return cards > 0 and (
        i + 1 == len(live) or starts_block(live[i + 1].text, feats=feats) or furniture_hit(live[i + 1].text) is not None
    )


def heading_block_end(
    live: Sequence[Block],
    i: int,
    *,
    max_words: int = 60,
    feats: TextFeatures = PLAIN,
    cards: bool = False,
) -> int | None:
    """End of the block a heading at ``live[i]`` opens, or ``None`` to keep the heading.

    A heading is removed with at least two teasers under it; with none, only
    when it is the last line or another block starts right after it (a row of
    promo labels).  A heading over a promo card goes with the card: a line or
    two of blurb and the card's link ("From our network:" / "X is the place
    for motoring news." / "Find out more ›"; see :func:`_card_end`); after a
    colon, only a card goes with it.  A heading over one line, or over text that
    is not teasers, may be the article's own subheading: it stays.
    """
    if live[i].text.rstrip().endswith(":"):
        # "Recommended:" or "Most popular:" may also introduce the article's own list of names: after a
        # colon only a card goes with the heading, or the heading alone before another block
        nxt = i + 1
        if nxt >= len(live) or starts_block(live[nxt].text, feats=feats):
            return nxt
        return _card_end(live, i, feats=feats)
    end = teaser_run(live, i + 1, max_words=max_words, feats=feats, cards=cards)
    teasers = end - i - 1
    if teasers >= _MIN_HEADING_TEASERS or (teasers == 0 and (end >= len(live) or starts_block(live[end].text, feats=feats))):
        return end
    return _card_end(live, i, feats=feats)


def _closes(live: Sequence[Block], end: int, *, feats: TextFeatures) -> bool:
    """The block ending at ``end`` is below the article's last paragraph: the page ends, or furniture or
    another block follows."""
    return end >= len(live) or starts_block(live[end].text, feats=feats) or furniture_hit(live[end].text) is not None


def _cards_before(live: Sequence[Block], i: int, k: int, *, feats: TextFeatures) -> bool:
    """The sentence at ``live[k]`` is a card's standfirst: under a headline, with another card's standfirst
    between the heading at ``live[i]`` and it (the pattern set)."""
    if k - 1 <= i or not _is_title(live[k - 1].text, feats=feats):
        return False
    return any(_full_stop(live[j].text) and _is_title(live[j - 1].text, feats=feats) for j in range(i + 2, k - 1))


def guarded_end(live: Sequence[Block], i: int, *, max_words: int, feats: TextFeatures) -> int | None:
    """:func:`heading_block_end` for the promo cleaner, with the guards of the article's own lists.

    A card's standfirst (a sentence under a headline) is taken only below the article's last paragraph:
    a briefing's own "Top stories" (headline and summary, the briefing going on under them) keep their
    sentences. A "More in"/"More on" heading (:data:`_SECTION_LIST`) goes only below the article's last
    paragraph, its run not ending on a sentence that is no card's standfirst.
    """
    end = heading_block_end(live, i, max_words=max_words, feats=feats, cards=True)
    if end is None:
        return None
    # (a sentence under a line that is no headline is the article's: "All three are in paperback next
    # spring." after a list of books and their reviews; the run reached the page's end by taking it)
    sentences = [k for k in range(i + 1, end) if _full_stop(live[k].text)]
    if sentences and (
        not _closes(live, end, feats=feats) or any(not _is_title(live[k - 1].text, feats=feats) for k in sentences)
    ):
        end = heading_block_end(live, i, max_words=max_words, feats=feats, cards=False)
        if end is None:
            return None
    # (the run must not end on the article's paragraph: "Elsewhere, Channel 4 has a new documentary ..." after
    # a TV guide's listings, a sentence under a line that is no headline)
    if _SECTION_LIST.match(live[i].text) and (
        not _closes(live, end, feats=feats)
        or (end - 1 > i and _full_stop(live[end - 1].text) and not _cards_before(live, i, end - 1, feats=feats))
    ):
        return None
    return end


# A promo card's blurb: at most this many lines, each of at most this many words, before the card's link.
_CARD_LINES = 2
_CARD_WORDS = 40
_CARD_LINK_WORDS = 6


def _card_end(live: Sequence[Block], i: int, *, feats: TextFeatures = PLAIN) -> int | None:
    """One past a promo card's link under the heading at ``live[i]``, or ``None``.

    A card is a blurb of one or two lines (none quoted or reported, none over
    ``_CARD_WORDS`` words) and the card's link, a short 'Find out more' /
    'Read more' line, right after it.  The article's own subheading is over
    paragraphs that go on, not over a line and a link.
    """
    for k in range(i + 1, min(i + 2 + _CARD_LINES, len(live))):
        t = live[k].text
        if k > i + 1 and feats.words(t) <= _CARD_LINK_WORDS and (hit := furniture_hit(t)) is not None and hit.code == "related.link":
            return k + 1
        if feats.words(t) > _CARD_WORDS or REPORTED.search(t) is not None:
            return None
    return None


def one_line_promo(text: str, *, feats: TextFeatures = PLAIN) -> str | None:
    """The decision code of a one-line promo (app or e-book prompt), if ``text`` is one."""
    if feats.words(text) > _MAX_PROMO_WORDS:
        return None
    if (
        may_contain(text, _APP_LITERALS)
        and _APP.search(text)
        and (not text.rstrip().endswith(".") or _APP_IMPERATIVE.match(text))
        and not _reported(text)
    ):
        return "promo.app"
    if _PRODUCT.search(text):
        return "promo.product"
    return None


def _reported(text: str) -> bool:
    """Someone's words reported ("Download the app, drivers told", "..., one mall tells shoppers"): a
    reporting verb of :data:`REPORTED`, not only a quotation mark (an app's name may be quoted)."""
    return any(m.group()[:1] not in "\"“”" for m in REPORTED.finditer(text))


# ``feats`` (a line's word count and phrase key) defaults to articleclean.features.PLAIN, which
# computes them; cleaners pass the document's (``doc.features()``), which returns the same
# values, so each line's features are computed once.


#: The tags of paid content a sponsor's box carries beside its name
SPONSOR_TAGS = ("sponsored", "sponsored content", "partner content", "paid content", "paid post", "advertorial")
# A box's name with the tag of paid content ("Business360 (Sponsored)", "Travel Deals [Partner content]"):
# the heading of a sponsor's teasers set in the page
_SPONSORED_HEADING = re.compile(
    rf"^[A-Z0-9][\w&'’.-]*(?: [\w&'’.-]+){{0,3}}\s?[(\[](?i:{'|'.join(SPONSOR_TAGS)})[)\]]$"
)


def is_sponsored_heading(text: str) -> bool:
    """A box's name with the tag of paid content ("Business360 (Sponsored)")."""
    return _SPONSORED_HEADING.match(text) is not None


def is_promo_heading(text: str, *, feats: TextFeatures = PLAIN) -> bool:
    return bool(
        heading_kind(text, ("boilerplate/en/promo",), feats=feats)
        or (feats.words(text) <= _MAX_HEADING_WORDS and (_HEADING_PREFIX.match(text) or _SPONSORED_HEADING.match(text)))
    )


def starts_block(text: str, *, feats: TextFeatures = PLAIN) -> bool:
    """True for a line that opens a new promo / related block or is a one-line promo."""
    # is_promo_heading(text) or heading_kind(text, related) or one_line_promo(text),
    # with the shared tests (word count, sentence end, phrase key) made once
    if feats.words(text) <= _MAX_HEADING_WORDS:
        if not ends_sentence(text):
            k = feats.key(text)
            if k in phrases("boilerplate/en/promo") or k in related_headings():
                return True
        if _HEADING_PREFIX.match(text) or _SPONSORED_HEADING.match(text):
            return True
    return one_line_promo(text, feats=feats) is not None


#: Every language's list of related headings (``data/boilerplate/<lang>/related.txt``): "Related
#: articles", "Mehr zum Thema", "À lire aussi", "Читайте также".  A heading of one language is never a
#: line of another's article, and a page's language is not known here, so all are read.
RELATED_FILES: tuple[str, ...] = tuple(f"boilerplate/{lang}/related" for lang in VOCABULARY_LANGUAGES)


@functools.cache
def related_headings() -> frozenset[str]:
    """The phrases of every language's related headings, as one set."""
    return frozenset().union(*map(phrases, RELATED_FILES))


def heading_kind(
    text: str,
    heading_files: Sequence[str],
    *,
    feats: TextFeatures = PLAIN,
) -> str | None:
    """The data file whose heading list contains ``text``, if it is a short heading line."""
    # (a heading may end in a colon: "From our network:", "Trending:")
    if feats.words(text) > _MAX_HEADING_WORDS or ends_sentence(text.rstrip().rstrip(":")):
        return None
    k = feats.key(text)
    for name in heading_files:
        if k in phrases(name):
            return name
    return None


def heading_anchors() -> list[bytes]:
    """The openings of the promo headings' prefixes and of the publisher's products, for a whole-text
    search of the lines that may open a block (:func:`articleclean.scan.line_pattern`), built from the
    words of :data:`_HEADING_PREFIX` and :data:`_PRODUCT`."""
    return [
        f"(?:{_LIST_HEAD}) (?:{_LIST_NOUN}) (?:{_LIST_PREP})".encode("ascii"),
        rb"more (?:from|in|on) ",  # the section lists' opening ("More from The Times", "More in World")
        f"(?:{_PRODUCT_LEAD})?(?:{_PRODUCT_WORDS})".encode("ascii"),
    ]
