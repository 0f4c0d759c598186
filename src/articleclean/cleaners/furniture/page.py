"""The page loop: each line's furniture hit, and the page's top, title and prose, read once.

:func:`read_page` walks the page's lines and keeps what it learns in a :class:`Page` for the rules after it:
each line's hit (at the page's top or below it), the top zone above the first prose lines, the first
paragraph, the page's title.  It then takes back the hits that their neighbours show are the article's (a
notice's follow-up sentence is added; a fact box's labels, a footer's line above prose, the pagers and tab
titles of several pages are taken back), cuts the prompts and sign-offs glued to the article's sentences as
edits, and marks a language switcher as furniture.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ... import lazyre as re
from ...concepts import LEADING_STAMP, WIRE_DESK_TAIL, Hit, stripped_hit
from ...document import Block, Changes, Document, Edit
from ...features import LineFeatures
from ...lexicon import normalise_phrase, phrases
from ...text import ends_sentence
from .glued import _glued, _glued_byline
from .shapes import _PROSE_WORDS, _is_heading

_TITLE_WORDS = 5  # words: a heading (or any line no furniture claims) this long at the top may be the page's title; shorter ones are its labels
_SENTENCE_WORDS = 6  # words: a line this long ending like a sentence is the article's prose for the context rules (shorter: a label, a tag)
_DIFFERENT_PAGES = 2  # distinct page numbers (or tab titles' sites): a page prints only its own, so this many are a document's pages reproduced (or a list of sites)

#: a first line longer than this is read as it is, its glued date stamp and all (no headline is this long)
_MAX_STAMPED_TITLE = 400


@dataclass
class Page:
    """What the page loop read (:func:`read_page`), for the rules after it, which add the lines they take
    to ``removed`` and their removals and edits to ``ch``.  Positions are in ``live``."""

    doc: Document
    ch: Changes
    live: list[Block]
    #: each line's furniture hit, by position (the page's top rules make a new dict with the lines they took)
    hits: dict[int, Hit]
    #: the positions above the page's first prose lines (the cleaner's ``top_prose_lines``)
    top_zone: set[int]
    #: the page's title: its first line that is a heading of five words or more, or prose (``len(live)``
    #: when there is none)
    titled: int
    #: the article's first paragraph of prose (12 words or more ending a sentence)
    first_prose: int | None
    #: each line's word count (the document's :class:`~articleclean.features.LineTable` column)
    counts: Sequence[int]
    #: a sentence of six words or more, line by line: the article's prose for the context rules
    sentence: list[bool]
    #: the sentences no furniture claims
    prose_at: list[int]
    #: the first sentence (any line's, furniture's too; ``len(live)`` when there is none)
    first_sentence: int
    #: the first and the last of ``prose_at`` (``len(live)`` and -1 when there is none)
    first_p: int
    last_p: int
    #: the page's first line of five words or more that is no furniture
    first_long: int
    #: a line's hit at the page's top (True) or below it, remembered with the document
    line_hit: Callable[[str, bool], Hit | None]
    #: the lines the rules took, by position, with their codes
    removed: dict[int, str] = field(default_factory=dict)


_NOTICE_FOLLOWUP_HIT = Hit("notice.unavailable", "a site notice's second sentence, under its first", True)


@functools.cache
def _notice_followups() -> frozenset[str]:
    return phrases("boilerplate/en/notice_followups")


# A fact box's line: "Director: Christopher Nolan", "Written by: J. B. Priestley".
_FACT_LINE = re.compile(r"[A-Z][\w'’ -]{1,30}?(?: by)?\s?:\s?\S")

# The reasons of the one-line label hits a fact box's neighbours take back (concepts' shapes).
_LABEL_REASONS = ("labelled byline", "stamp or byline label with nothing after it")
_FOOTER_LINE_CODES = ("footer.credit", "footer.standards", "footer.contact")
_PAGER_NUMBER = re.compile(r"(?i:page)\s?(\d{1,3})")
_TITLE_SITE = re.compile(r"\s[-–—|]\s((?:[A-Za-z0-9-]+\.)+[a-z.]+)\s*$")
_LANGUAGE_HIT = Hit("navigation.language", "a language switcher (the site's languages, one a line)", False)

# The separators of a switcher on one line ("English | العربية", "EN / FR").
_SWITCH_MARKS = "|/•·"
_SWITCH_SEPARATOR = re.compile(rf"\s*[{_SWITCH_MARKS}]\s*")
_SWITCH_MARK = re.compile(f"[{_SWITCH_MARKS}]")


@functools.cache
def _languages() -> frozenset[str]:
    return phrases("boilerplate/en/languages")


def _introduces_list(doc: Document, above: str, hit: Hit | None) -> bool:
    """The line right above a run of languages introduces it as the article's list: a line ending in a
    colon, or one furniture does not claim that ends a sentence or is a heading (three words or more;
    once the furniture above the list has gone, the headline may be right above it), or a date stamp
    (the article starts under it)."""
    t = above.strip()
    if t.endswith(":"):
        return True
    if hit is not None:
        return hit.code.startswith("byline.stamp")
    n = doc.word_count(t)
    return ends_sentence(t) or _is_heading(t, n)


_MAX_SWITCH_ROW_CHARS = 80  # characters: a switcher on one line ("English | العربية") is short; a longer line is not split into names
_MIN_ROW_LANGUAGES = 2  # names: a switcher on one line offers at least two languages (one name between separators is a heading's)
_MAX_LANGUAGE_WORDS = 3  # words: a line breaking a run of languages is a name the vocabulary lacks only up to this long ("Punjabi"); longer, the list ended


def _language_switcher(doc: Document, live: list, hits: dict[int, Hit], top: set[int]) -> list[int]:
    """A site's language switcher: a run of two lines or more that are each only a language's name
    ("• English" / "• Arabic"; the vocabulary's languages.txt, in English and in the language itself), or
    one line of two names or more between separators ("English | العربية"), in the page's ``top`` or
    beside other furniture.  A list the article introduces stays: after a line ending in a colon ("taught
    in:" / "• English" / "• Arabic"), a sentence ("... with subtitles in four languages." / "English" /
    "Welsh"), a heading ("Most common languages after English" / "Polish"), or a
    date stamp (the article's first lines under its stamp: "French" / "German" / "Those are the three
    languages ..."); nor is the tail of a list that a name the vocabulary lacks broke ("Polish" /
    "Romanian" / "Punjabi" / "Urdu")."""
    langs = _languages()

    def one(pos: int) -> bool:
        return pos not in hits and doc.phrase_key(live[pos].text) in langs

    def row(pos: int) -> bool:
        t = live[pos].text.strip()
        if pos in hits or len(t) > _MAX_SWITCH_ROW_CHARS or _SWITCH_MARK.search(t) is None:
            return False
        parts = [p for p in _SWITCH_SEPARATOR.split(t) if p]
        return len(parts) >= _MIN_ROW_LANGUAGES and all(normalise_phrase(p) in langs for p in parts)

    out: list[int] = []
    pos = 0
    while pos < len(live):
        if not one(pos):
            if row(pos) and (pos in top or pos - 1 in hits or pos + 1 in hits):
                out.append(pos)
            pos += 1
            continue
        end = pos
        while end + 1 < len(live) and one(end + 1):
            end += 1
        introduced = pos > 0 and _introduces_list(doc, live[pos - 1].text, hits.get(pos - 1))
        # the tail of a longer list, broken by a name the vocabulary lacks ("Polish" / "Romanian" / "Punjabi")
        tail = pos - 2 >= 0 and doc.phrase_key(live[pos - 2].text) in langs and doc.word_count(live[pos - 1].text) <= _MAX_LANGUAGE_WORDS
        if end > pos and not introduced and not tail and (pos in top or pos - 1 in hits or end + 1 in hits):
            out.extend(range(pos, end + 1))
        pos = end + 1
    return out


def line_hit(feats: LineFeatures, text: str, top: bool) -> Hit | None:
    """The concept engine's hit on a line at the page's top (``top``) or below it."""
    t = text.strip()
    return stripped_hit(t, feats.key(text), feats.words(text), top=top) if t else None


def read_page(doc: Document, name: str, top_prose_lines: int) -> Page:
    """Read the page's lines once (see the module docstring); ``name`` is the cleaner's, for its changes."""
    ch = doc.changes(name)
    live = doc.live()
    prose = 0
    if live and (m := LEADING_STAMP.match(live[0].text)) and doc.word_count(live[0].text[m.end() :]) >= 1:
        ch.edit(live[0].index, [Edit(0, m.end(), "", "byline.stamp", "date stamp glued to the start of the first line")])
    hits: dict[int, Hit] = {}
    top_zone: set[int] = set()
    first_prose: int | None = None  # the article's first paragraph of prose
    # the page's title: its first line that is a heading of five words or more, or prose (past the
    # last line when there is none); at the top, a caption below it may go, while a line above it,
    # and the line itself, are the headline and its echo
    titled = len(live)
    feats = doc.features()  # (the lines' answers are remembered with the document: the settle passes ask again)

    for pos, b in enumerate(live):
        top = prose < top_prose_lines
        if top:
            top_zone.add(pos)
        hit = feats.built(line_hit, b.text, top)
        if hit is None and top:
            hit = feats.derived(_glued_byline, b.text)
        if hit is not None:
            hits[pos] = hit
            continue
        # (a short first line is read without the date stamp glued to its start: " date 2020-01-04 Council backs
        # plan"; a long one is no headline, and is not copied)
        text = b.text[m.end() :] if pos == 0 and len(b.text) <= _MAX_STAMPED_TITLE and (m := LEADING_STAMP.match(b.text)) else b.text
        n = doc.word_count(text)
        if n >= _PROSE_WORDS and ends_sentence(text):
            prose += 1
            if first_prose is None:
                first_prose = pos
            titled = min(titled, pos)
        elif titled == len(live) and n >= _TITLE_WORDS and _is_heading(text, n):
            titled = pos
    # a notice's second sentence on a line of its own ("We apologise for the inconvenience.") only right
    # under the notice's first line, which no line ending in a colon introduces (a quoted statement's)
    follow = _notice_followups()
    for pos in range(1, len(live)):
        if (
            pos not in hits
            and (prev := hits.get(pos - 1)) is not None
            and prev.code == "notice.unavailable"
            and doc.phrase_key(live[pos].text) in follow
            and not (pos - 2 >= 0 and pos - 2 not in hits and live[pos - 2].text.rstrip().endswith(":"))
        ):
            hits[pos] = _NOTICE_FOLLOWUP_HIT
    # a labelled byline or an empty label among other "Label: value" lines is a fact box's (a review's
    # "Directed by:", "Publisher:"), or after a colon a quoted message's ("... the text reads:")
    for pos in [p for p, h in hits.items() if h.reason in _LABEL_REASONS]:
        near = [k for k in (pos - 1, pos + 1) if 0 <= k < len(live) and k not in hits]
        if any(_FACT_LINE.match(live[k].text.strip()) or live[k].text.rstrip().endswith(":") for k in near):
            del hits[pos]
    # the article's prose lines (six words or more ending a sentence), first and last: the guards below
    # read them once (linear)
    # a sentence of six words or more, line by line: the article's prose for the context rules below
    counts = doc.table().words  # (each line's word count, read once for the rules below)
    sentence = [n >= _SENTENCE_WORDS and ends_sentence(b.text) for n, b in zip(counts, live)]
    prose_at = [k for k in range(len(live)) if k not in hits and sentence[k]]
    first_sentence = next((k for k, x in enumerate(sentence) if x), len(live))  # (any line's, furniture's too)
    first_p, last_p = (prose_at[0], prose_at[-1]) if prose_at else (len(live), -1)
    # the page's first line of five words or more that is no furniture: with no heading found above the
    # first paragraph ("titled" is the paragraph), a line up to it is the headline ("Daniel Craig for X")
    first_long = next((k for k, n in enumerate(counts) if k not in hits and n >= _TITLE_WORDS), len(live))
    # a footer's line (a platform credit, the standards link, a contact) sits below the article: with
    # prose after it, or after a line ending in a colon (a quoted address), it is a heading or the article's
    for pos in [p for p, h in hits.items() if h.code in _FOOTER_LINE_CODES]:
        if last_p > pos or (pos > 0 and live[pos - 1].text.rstrip().endswith(":")):
            del hits[pos]
    # a page shows its own page number: pagers with different numbers are a document's pages reproduced
    # (a letter read out in court), and tab titles of several sites are a list of sites
    for code, key in (("navigation.pager", _PAGER_NUMBER), ("navigation.title", _TITLE_SITE)):
        found = [p for p, h in hits.items() if h.code == code]
        if len({m.group(1).lower() for p in found if (m := key.search(live[p].text))}) >= _DIFFERENT_PAGES:
            for p in found:
                del hits[p]
    # a page's pager and its tab title sit above or below the article, never between its paragraphs (a
    # memo's "(Page 1 of 3)" reproduced, a shop's "Best for flexible dates - Skyscanner.net" in a list)
    for pos in [p for p, h in hits.items() if h.code in ("navigation.pager", "navigation.title")]:
        if first_p < pos < last_p:
            del hits[pos]
    # a sign-up or paywall prompt glued to the end of an article sentence: cut as an edit
    for pos, b in enumerate(live):
        if pos not in hits and (m := WIRE_DESK_TAIL.search(ch.block(b.index).text)) is not None:
            # a wire desk's initials or the wire's name after a dash, glued after the paragraph's last sentence
            # ("... he said. PTI NIT VN", "... in southern Philippines. — Bernama")
            ch.edit(b.index, [Edit(m.start(), m.end(), "", "byline.wire", "a wire's sign-off (its desk's initials or its name after a dash), glued to the paragraph's end")])
        if pos not in hits:
            # the line as it is now (the first line may have lost its glued date stamp)
            for start, end, hit in feats.derived(_glued, ch.block(b.index).text):
                ch.edit(b.index, [Edit(start, end, "", hit.code, f"{hit.reason}, glued to an article sentence")])
    # a language switcher ("English" / "Arabic") at the top or beside furniture: furniture for the rules below
    for pos in _language_switcher(doc, live, hits, top_zone):
        hits[pos] = _LANGUAGE_HIT
    return Page(
        doc=doc,
        ch=ch,
        live=live,
        hits=hits,
        top_zone=top_zone,
        titled=titled,
        first_prose=first_prose,
        counts=counts,
        sentence=sentence,
        prose_at=prose_at,
        first_sentence=first_sentence,
        first_p=first_p,
        last_p=last_p,
        first_long=first_long,
        line_hit=functools.partial(feats.built, line_hit),
    )
