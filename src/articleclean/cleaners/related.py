"""Related-story lists and "read more" links.

Shapes recognised:

* **story cards** after the article has begun: an optional all-caps section
  label, a headline, a "By NAME | DATE" line and a teaser (kept only when it
  is not cut off with an ellipsis and no other card follows).  Two cards, or
  one with a cut-off teaser, make a list.
* **cards with the byline split** over two lines: a headline, "By NAME", the
  date alone, maybe a cut-off teaser.  Only a chain of two or more, each
  headline right after the card before it and no sentence after the last,
  makes a list, and none on a page whose date lines are followed by
  sentences: a live blog's entries (headline, byline, time) have text.
* a **related heading** ("Related articles", "More on this story", …) with the
  teaser run under it.
* one-line links: "Read more: …", "Related: …", "See also: …", and
  "Popular articles by NAME" / "More stories from …" lines.

>>> from articleclean.document import Document
>>> text = '''A long enough opening paragraph of the article, which ends like a sentence does.
...
... Read more: Council tax to rise by 5%
...
... The second paragraph.'''
>>> RelatedCleaner().apply(Document.from_text(text)).text()
'A long enough opening paragraph of the article, which ends like a sentence does.\\n\\nThe second paragraph.'
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lazyre as re
from ..base import BaseCleaner
from ..dates import DATE_PATTERN, DATE_RE
from ..document import Block, Document
from ..features import PLAIN, TextFeatures
from ..scan import blocks_with, line_pattern, live_positions
from ..teasers import RELATED_FILES, heading_block_end, heading_kind, related_headings
from ..text import CLOSERS, ends_sentence, is_all_caps, is_truncated, looks_like_body, looks_like_title

__all__ = ["RelatedCleaner", "is_card_byline"]

# A name word never runs on over "and" + capital ("SmithandJones"): that is
# always also matched as two names joined by "and", and leaving both readings
# open makes a failing match try every split (exponential in the "and"s).
_WORD = r"[A-Z](?:(?!and[A-Z])[\w'’.\-])*"
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|de|van|von|der|da|del|la|le|bin|al))*"
_CARD_BYLINE = re.compile(
    rf"^(?:[Bb]y\s+)?{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*\s*[|•·–—-]\s*{DATE_PATTERN}$"
)
# The first line of a card's byline split over two lines (the date alone follows).
_CARD_BY = re.compile(rf"^(?:[Bb]y|BY)\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*$")
_CARD_BY_WORDS = 8
_TEASER_WORDS = 8  # a cut-off teaser between split cards is a sentence's start, not "More to come..."
_ENTRY_WORDS = 12  # a line this long after split cards is an entry's text, even with no full stop
_MAX_CARD_BYLINE_WORDS = 14  # words: a card's "By NAME | DATE" line; a longer line ending in a date is a sentence
_MIN_LIST_LINKS = 2  # headlines: with fewer under a related heading before the article's next sentence, it may be a subheading over its line
_MAX_CARD_LABEL_WORDS = 5  # words: an all-caps section label over a card's headline ("WORLD NEWS"); a longer line in capitals is a headline
_CARD_REACH = 3  # lines: from a teaser to the next card's byline (its label and headline between): a teaser so closely followed is a card's
_MIN_CARDS = 2  # cards: two make a list (one alone only with a cut-off teaser: a single card may be the article's own line)
_MAX_BY_LIST_WORDS = 8  # words: a "Popular articles by NAME" heading; a longer line so opening is a sentence
_SPLIT_CARD_LINES = 3  # lines: a card with its byline split (headline, "By NAME", the date)
_MIN_CHAIN_LINES = _MIN_CARDS * _SPLIT_CARD_LINES  # lines: a chain of split cards makes a list from two cards
_AGO_CARD_LINES = 2  # lines: a card with a relative time (the headline, "3 hours ago")
_MIN_AGO_RUN_LINES = _MIN_CARDS * _AGO_CARD_LINES  # lines: a run of such cards makes a list from two cards
_MIN_BODY_CHARS = 29  # characters: the fewest looks_like_body's 15 words take (a character each, a space apart): the cheap test first
# (a label may name what it links to: "Related post: …", "Recommended reading: …"; not "Don't miss:" or
# "Must read:", a TV guide's or a book list's own labels)
_LABELS = (
    r"read more|read next|related(?: (?:posts?|articles?|stor(?:y|ies)|reading|content|links?|videos?|coverage))?|see also|"
    r"also read|read also|more|watch|listen|further reading|recommended(?: (?:reading|stor(?:y|ies)|articles?|for you))?"
)
_LINK = re.compile(rf"^(?:{_LABELS})\s*[:|»›>\-–—]\s*\S", re.IGNORECASE)
# A label that names what it links to is over a title (a capital, a figure, a quotation mark): after it a
# clause in lower case is the article's ("Recommended reading: anything by Muriel Spark, ...", "Related
# coverage: the inquiry's first report, in 2019, found ...", "Recommended for you: a regular bedtime")
_LABEL_OVER_CLAUSE = re.compile(
    r"^(?i:related|recommended) (?i:posts?|articles?|stor(?:y|ies)|reading|content|links?|videos?|coverage|for you)\s*[:|»›>\-–—]\s*[a-z]"
)
# "WATCH:" and "LISTEN:" open a video or audio story's own headline as often as a link to another
# story: above the article's first paragraph such a line is the headline, and stays.
_MEDIA_KICKER = re.compile(r"^(?:watch|listen)\s*[:|»›>\-–—]", re.IGNORECASE)
# A link's label alone on its line, with its colon or arrow, over the one headline it links to ("Also read:"
# then "Minister says the cuts are an irritant"): a heading would have a list, this is one link split in two.
# (A bare "READ MORE" with no colon heads a list of links, or sits above the article's next paragraph; a
# "Read more:" or "Related:" whose link was lost as often sits over the article's next subheading: only
# the labels that point to another story, "Also read", "See also", "Read next", "Related story".)
_BARE_LABEL = re.compile(r"^(?:also read|read also|see also|read next|related (?:story|article|post))\s*[:»›>]$", re.IGNORECASE)
_LINKED_TITLE_MIN_WORDS, _LINKED_TITLE_WORDS = 4, 20  # (a subheading of the article's is shorter)
_BY_LIST_HEAD = r"(?:popular|more|latest|recent|top|other|most read) (?:articles|stories|posts|news|pieces|columns|features)"
_BY_LIST_TAIL = r"(?:by|from|on|in|about)"
_BY_LIST = re.compile(rf"^{_BY_LIST_HEAD} {_BY_LIST_TAIL}\b", re.IGNORECASE)


def is_card_byline(text: str, *, feats: TextFeatures = PLAIN) -> bool:
    """A "By NAME | DATE" line as used on story cards.

    >>> is_card_byline("By Dan Peters | 12 February 2026"), is_card_byline("By the way | it rained")
    (True, False)
    """
    return feats.words(text) <= _MAX_CARD_BYLINE_WORDS and bool(_CARD_BYLINE.match(text))


def _list_end(live: Sequence[Block], i: int, end: int | None) -> int | None:
    """The related list under the heading at ``live[i]`` ends before its first sentence with a full stop:
    that is the article's next paragraph ("Die Opposition kritisierte den Haushalt als unsolide." after a
    list of headlines), never a headline. With fewer than two headlines left above it, the heading stays
    too (one line under a heading may be the article's own subheading and its line)."""
    if end is None:
        return None
    for k in range(i + 1, end):
        t = live[k].text.rstrip().rstrip("\"'”’)]")
        if t.endswith(".") and not t.endswith("..."):
            return k if k - i - 1 >= _MIN_LIST_LINKS else None
    return end


@dataclass(frozen=True)
class RelatedCleaner(BaseCleaner):
    """Remove related-story cards and lists, "read more" and "popular articles" lines."""

    name = "related"
    description = "related-story lists and read-more links"
    max_link_words: int = 25
    max_teaser_words: int = 50

    def apply(self, doc: Document) -> Document:
        live = doc.live()
        ch = doc.changes(self.name)
        feats = doc.features()
        first_body = _first_body(live, feats)
        dated = live_positions(live, blocks_with(doc, line_end=_DATE_END))
        cards = [
            i
            for i in dated
            if i > first_body and _SEPARATOR(live[i].text) and is_card_byline(live[i].text, feats=feats)
        ]
        groups: list[list[int]] = []
        for k, p in enumerate(cards):
            group = [p]
            if p - 1 >= 0 and looks_like_title(live[p - 1].text, count=feats.words) and not looks_like_body(live[p - 1].text, count=feats.words):
                group.insert(0, p - 1)
                if p - 2 >= 0 and is_all_caps(live[p - 2].text) and feats.words(live[p - 2].text) <= _MAX_CARD_LABEL_WORDS:
                    group.insert(0, p - 2)
            if p + 1 < len(live):
                teaser = live[p + 1].text
                next_card = cards[k + 1] if k + 1 < len(cards) else None
                followed = next_card is not None and next_card - (p + 1) <= _CARD_REACH
                if is_truncated(teaser) or (followed and feats.words(teaser) <= self.max_teaser_words):
                    group.append(p + 1)
            groups.append(group)
        is_list = len(groups) >= _MIN_CARDS or any(live[g[-1]].text and is_truncated(live[g[-1]].text) for g in groups)
        if is_list:
            for g in groups:
                ch.remove([live[i].index for i in g], code="related.list", reason="related-story card: label, headline, byline and date, teaser")
        for chain in _split_card_chains(live, dated, first_body, feats):
            ch.remove(
                [live[i].index for i in chain],
                code="related.list",
                reason="related-story cards: headline, 'By NAME' line and date line, one card after another",
            )
        for chain in _relative_time_cards(live, live_positions(live, blocks_with(doc, line_end=_AGO_END)), first_body, feats):
            ch.remove(
                [live[i].index for i in chain],
                code="related.list",
                reason="related-story cards: a headline and its relative time ('3 hours ago'), one card after another",
            )
        # Only a heading, a list heading or a link line is removed here; every
        # other line just moves the scan on, so only those lines are visited.
        i = 0
        for j in live_positions(live, _candidates(doc)):
            if j < i:
                continue
            i = j
            t = live[i].text
            if heading_kind(t, RELATED_FILES, feats=feats) and (
                end := _list_end(live, i, heading_block_end(live, i, max_words=self.max_teaser_words, feats=feats))
            ) is not None:
                ch.remove([x.index for x in live[i:end]], code="related.list", reason=f"related heading {t!r} and the links under it")
                i = max(end, i + 1)
                continue
            n = feats.words(t)
            if (
                _BARE_LABEL.match(t)
                and i + 1 < len(live)
                and _linked_title(live[i + 1].text, feats)
                and not (i > 0 and live[i - 1].text.rstrip().endswith(":"))  # a document's list quoted after "... headed:"
                and not (i + 2 < len(live) and live[i + 2].text.lstrip()[:1].islower())  # the title goes on in a sentence
            ):
                ch.remove([live[i].index, live[i + 1].index], code="related.link", reason=f"link label {t!r} over the headline it links to")
                i += 2
                continue
            if n <= _MAX_BY_LIST_WORDS and _BY_LIST.match(t):
                ch.remove([live[i].index], code="related.list", reason="list heading such as 'Popular articles by …'")
            elif n <= self.max_link_words and _LINK.match(t) and not _LABEL_OVER_CLAUSE.match(t) and not t.rstrip().endswith(".") and not (
                i < first_body and _MEDIA_KICKER.match(t)
            ):
                ch.remove([live[i].index], code="related.link", reason="'Read more' / 'Related' link line")
            i += 1
        return ch.commit()


# A _CARD_BYLINE line ends with a DATE_PATTERN date: a digit, then maybe "am"
# or "pm" and a time zone.  Reversed (for text.blocks_with's ``line_end``):
_DATE_END = re.compile(r"\n(?:[A-Z]{2,4})?[^\S\n]*(?:[mM][aApP][^\S\n]*)?\d")
# _CARD_BYLINE has one of these between the names and the date.
_SEPARATOR = re.compile("[|•·–—-]").search
# The last character of a line that ends like a sentence (text.ends_sentence):
# its final punctuation or a closing quote or bracket.
_LAST_CHARS = frozenset(".!?:。！？" + CLOSERS)


def _split_card_chains(live: Sequence[Block], dated: Sequence[int], first_body: int, feats: TextFeatures) -> list[list[int]]:
    """Chains of story cards whose byline is split: headline, "By NAME", the date alone.

    ``dated`` are the positions in ``live`` of the lines that may end with a
    date.  A card's headline must come after the first body paragraph, and
    the next card's headline right after the card (or after its cut-off
    teaser).  Returned, each as the positions of its lines (with the last
    card's cut-off teaser): the chains of two cards or more that no sentence
    (nor a line of ``_ENTRY_WORDS``) follows, and none on a page where a date
    line is followed by a sentence.
    """
    # A page where a date line alone is followed by a sentence is a live blog
    # or a timeline: its entries have text of their own, and one with none
    # (a photo, a video) is no story card.  (A blog whose entries all lack
    # text reads as a list of cards.)
    dates = [q for q in dated if q > first_body and DATE_RE.match(live[q].text)]  # the date lines alone
    if any(q + 1 < len(live) and ends_sentence(live[q + 1].text) for q in dates):
        return []
    cards: list[tuple[int, int]] = []  # (headline, date line)
    for q in dates:
        p, t = q - 1, q - 2
        if t <= first_body:
            continue
        by = live[p].text
        head = live[t].text
        if (
            feats.words(by) <= _CARD_BY_WORDS
            and _CARD_BY.match(by)
            and looks_like_title(head, count=feats.words)
            and not looks_like_body(head, count=feats.words)
        ):
            cards.append((t, q))

    def teaser(i: int) -> bool:  # a cut-off teaser, not a holding line ("More to come...")
        return i < len(live) and is_truncated(live[i].text) and feats.words(live[i].text) >= _TEASER_WORDS

    def ends_list(i: int) -> bool:  # a list of cards is not followed by an entry's own text
        return i >= len(live) or not (ends_sentence(live[i].text) or feats.words(live[i].text) >= _ENTRY_WORDS)

    chains: list[list[int]] = []
    chain: list[int] = []
    for t, q in cards:
        if chain and t == chain[-1] + 2 and teaser(t - 1):
            chain.append(t - 1)  # the card before's teaser
        elif not chain or t != chain[-1] + 1:
            chains.append(chain)
            chain = []
        chain.extend(range(t, q + 1))
    chains.append(chain)
    out = []
    for c in filter(None, chains):
        if teaser(c[-1] + 1):
            c.append(c[-1] + 1)
        if len(c) >= _MIN_CHAIN_LINES and ends_list(c[-1] + 1):  # two cards (three lines each) or more
            out.append(c)
    return out


def _linked_title(text: str, feats: TextFeatures) -> bool:
    """Does ``text`` read as one linked headline: a title of ``_LINKED_TITLE_MIN_WORDS`` to
    ``_LINKED_TITLE_WORDS`` words, opening on a capital, a figure or a quotation mark, that does not end like
    a sentence, nor with a colon (a heading of the article's next part)?"""
    t = text.strip()
    return (
        bool(t)
        and (t[0].isupper() or t[0].isdigit() or t[0] in "\"“‘'")
        and _LINKED_TITLE_MIN_WORDS <= feats.words(t) <= _LINKED_TITLE_WORDS
        and not ends_sentence(t)
        and t[-1] not in ":;,"
        and looks_like_title(t, count=feats.words)
    )


# A card's relative time alone on its line ("3 hours ago", "An hour ago", "45 mins ago").
_RELATIVE_STAMP = re.compile(r"^\W{0,2}(?:\d{1,2}|an?|one) (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?) ago\W{0,2}$", re.IGNORECASE)
# ... the lines that end in "ago" (reversed, for blocks_with's ``line_end``)
_AGO_END = re.compile(r"\n[^\w\n]{0,2}oga\s", re.IGNORECASE)


def _relative_time_cards(live: Sequence[Block], agos: Sequence[int], first_body: int, feats: TextFeatures) -> list[list[int]]:
    """Runs of two cards or more after the first body paragraph, each a headline and its relative time
    ("Bridge to shut for repairs" / "3 hours ago"), the time under the headline or over it, the same way
    in every card, one card right after another, with no sentence after the last.  None on a page where
    such a time is followed by a sentence: a live blog's entries carry their times over their text."""
    stamps = [q for q in agos if _RELATIVE_STAMP.match(live[q].text)]
    if not stamps or any(q + 1 < len(live) and ends_sentence(live[q + 1].text) for q in stamps):
        return []

    def title(k: int) -> bool:
        t = live[k].text
        return k > first_body and looks_like_title(t, count=feats.words) and not looks_like_body(t, count=feats.words) and not ends_sentence(t)

    out: list[list[int]] = []
    for under in (True, False):  # the time under its headline, or over it
        cards = [(q - 1, q) if under else (q, q + 1) for q in stamps]
        cards = [(a, b) for a, b in cards if a >= 0 and b < len(live) and title(a if under else b)]
        run: list[int] = []
        for a, b in cards:
            if run and a != run[-1] + 1:
                out.append(run)
                run = []
            run.extend((a, b))
        out.append(run)
    taken: set[int] = set()
    chains = []
    for run in sorted(filter(None, out), key=len, reverse=True):
        end = run[-1] + 1
        if (
            len(run) >= _MIN_AGO_RUN_LINES
            and taken.isdisjoint(run)
            and (end >= len(live) or not ends_sentence(live[end].text))
            and not _stamps_other_way(live, run)
        ):
            chains.append(run)
            taken.update(run)
    return sorted(chains)


def _stamps_other_way(live: Sequence[Block], run: Sequence[int]) -> bool:
    """Does a relative time sit just outside ``run`` on the side its cards' times are not, the run having
    paired each entry with the wrong time: a live blog's times over its entries ("45 mins ago" / "Turnout put at
    38%" / "30 mins ago" / ...), read as headlines with their times under them?"""
    under = _RELATIVE_STAMP.match(live[run[1]].text) is not None
    k = run[0] - 1 if under else run[-1] + 1
    return 0 <= k < len(live) and _RELATIVE_STAMP.match(live[k].text) is not None


def _first_body(live: Sequence[Block], feats: TextFeatures) -> int:
    """Position in ``live`` of the first body paragraph (``looks_like_body``), or ``len(live)``."""
    for i, b in enumerate(live):
        t = b.text
        # 15 words need 29 characters (words are apart); cheap tests first
        if len(t) >= _MIN_BODY_CHARS and (t[-1] in _LAST_CHARS or t[-1].isspace()) and looks_like_body(t, count=feats.words):
            return i
    return len(live)


@functools.cache
def _lines() -> re.Pattern[bytes] | None:
    """The lines that may be related headings (every language's data file), _BY_LIST or _LINK lines."""
    return line_pattern(
        related_headings(),
        [
            # the start of a _BY_LIST line and of a _LINK line (a label, white space, then one of its separators:
            # those not ASCII are "?"), built from the same words as those patterns (issue 13.2)
            f"{_BY_LIST_HEAD} {_BY_LIST_TAIL}".encode("ascii"),
            f"(?:{_LABELS})".encode("ascii") + rb"[^a-z0-9\n]*[:|>?\-]",
        ],
    )


def _candidates(doc: Document) -> frozenset[int] | None:
    """Indices of the blocks that may open a related block or be a link line (``None``: any block)."""
    lines = _lines()
    return blocks_with(doc, folded=lines) if lines is not None else None
