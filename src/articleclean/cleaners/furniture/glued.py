"""Text glued onto a line: a byline card's fields run together, a prompt or a link's label after a sentence.

:func:`_glued_byline` reads a byline card's fields run together on one line at the page's top ("Harry
GrigsonAlbany Advertiser", "Tyee Staff 30 Aug") as one hit; :func:`_glued` finds a sign-up or paywall prompt
pointing at its link, or a link's label left without its link ("Read more at"), glued after an article
sentence at a paragraph's end, for the page loop to cut as an edit.
"""

from __future__ import annotations

from ... import lazyre as re
from ...concepts import REPORTED, SENTENCE_BREAK, Hit, furniture_hit, is_name_shaped
from .shapes import _MAX_OUTLET_WORDS, _is_outlet, _outlet_line

# Where a byline's fields are glued together: a word's small letter, or a run of two capitals, and then a
# capitalised word ("Oliver MorganPublished", "12:11 AMTanesha").
# (matched from the capital, where the search skips to: a cut is where the match starts)
_GLUE = re.compile(r"[A-Z](?:(?<=[a-z][A-Z])|(?<=[A-Z]{3}))(?=[a-z])")

#: a glued byline line has at most this many words, and is split at most at this many places
_MAX_GLUED_WORDS, _MAX_GLUES = 30, 6
_MAX_GLUED_CHARS = 300  # characters: a longer line is no byline card (tested before the line is split into words)
_GLUED_HIT = Hit("byline.name", "byline fields glued together (a name, its outlet, a date stamp)", False)
_DESK_STAMP_HIT = Hit("byline.name", "a desk's or an outlet's byline with its date stamp", False)


def _glued_byline(text: str) -> Hit | None:
    """A byline card's fields glued onto one line above the article: split at one place where a
    capitalised word follows a small letter or two capitals, both sides are a byline's fields, a
    byline or a date stamp ("Author: Oliver Morgan" + "Published 27th Aug 2022", "Published: Saturday
    | February 5, 2022 | 12:11 AM" + "Tanesha Mundle/Staff Reporter"), or a name and its outlet ("Harry
    Grigson" + "Albany Advertiser"); or a desk's or an outlet's name and a date stamp ("Tyee Staff 30
    Aug").  A name glued to anything else ("McDonald", "iPhone") stays.

    >>> _glued_byline("Harry GrigsonAlbany Advertiser") is not None, _glued_byline("Old MacDonald had a farm")
    (True, None)
    >>> _glued_byline("Tyee Staff 30 Aug").reason, _glued_byline("Herald Square 30 years on")
    ("a desk's or an outlet's byline with its date stamp", None)
    """
    t = text.strip()
    if len(t) > _MAX_GLUED_CHARS or len(words := t.split()) > _MAX_GLUED_WORDS:
        return None
    cuts = [m.start() for m in _GLUE.finditer(t)][:_MAX_GLUES]
    for k in cuts:
        left, right = t[:k].strip(), t[k:].strip()
        if (is_name_shaped(left) and _outlet_line(right)) or (_byline_field(left) and _byline_field(right)):
            return _GLUED_HIT
    # a desk's or an outlet's name and a date stamp after a space ("Tyee Staff 30 Aug", "Herald Reporter 3 May 2024")
    for k in range(1, min(len(words), _MAX_OUTLET_WORDS + 1)):
        if words[k][:1].isdigit() and _is_outlet(" ".join(words[:k])):
            hit = furniture_hit(" ".join(words[k:]), top=True)
            return _DESK_STAMP_HIT if hit is not None and hit.code == "byline.stamp" else None
    return None


def _byline_field(text: str) -> bool:
    """A byline's field: a byline or a date stamp (concepts' byline shapes), or a desk's or an outlet's name."""
    hit = furniture_hit(text, top=True)
    return (hit is not None and hit.code.startswith(("byline.name", "byline.stamp"))) or _is_outlet(text)


# The families a glued sentence may be, and the words that point a prompt at its link.
_GLUABLE = ("signup.", "paywall.")

# (written to start on one of its first letters, after no letter of a word: the search skips to those letters, where
# "\b(?:here|below|click|tap)\b|[»›>]" tries every position)
_LINK_WORD = re.compile(r"[hbct»›>](?:(?<=[»›>])|(?<!\w.)(?:(?<=h)ere|(?<=b)elow|(?<=c)lick|(?<=t)ap)\b)", re.IGNORECASE)

# A link's label left at the end of a paragraph, its link gone: after a sentence's end, the label and
# nothing but its colon, arrow or ellipsis ("... significant impacts. Read more at", "... the full text
# here. Read more:", "Continue reading »"); "Read more." as a sentence, or a label with its words after
# it, is not one.
_DANGLING_LABELS = "read more|continue reading"  # (and "read the full story/article")
_DANGLING_LINK = re.compile(
    rf"(?<=[.!?\"”’)])\s+(?:(?i:{_DANGLING_LABELS}|read the full (?:story|article))"
    rf"(?:\s(?:at|on|here|from))?\s?(?:[:»›>→…]|\.\.\.)?|(?i:{_DANGLING_LABELS})(?:\s(?:at|on|from)))\s*$"
)

# (the longest label with its ending, "read the full article from...", is 30 characters)
_DANGLING_SPAN = 40

# the labels' openings: the cheap test of a line's end before _DANGLING_LINK's search
_DANGLING_WORDS = re.compile(rf"(?i:{_DANGLING_LABELS}|read the full)")
_DANGLING_HIT = Hit("related.link", "a link's label left at the end of a paragraph ('Read more at')")
_MAX_GLUED_LINE_CHARS = 2000  # characters: a longer line is a scraped blob, not a paragraph ending on a glued prompt (and is not split into sentences)


def _glued(text: str) -> tuple[tuple[int, int, Hit], ...]:
    """A sign-up or paywall prompt run onto the end of an article sentence ("... has increased. For
    the latest news sign up to our newsletter here."): the last sentence of the line, when it alone
    is such a prompt, points at a link ("here", "below", an arrow, "click"), is not quoted, and no
    one on the line is reported speaking.  A review found that any other prompt-like closing line
    ("Share this story.", "Become a member.", "Support our work.") may be the article's own."""
    if len(text) > _MAX_GLUED_LINE_CHARS:
        return ()
    # the dangling label ends the line and is at most this long: the cheap test first
    if _DANGLING_WORDS.search(text.rstrip()[-_DANGLING_SPAN:]) and (m := _DANGLING_LINK.search(text)) is not None and m.start() > 0:
        return ((m.start(), len(text), _DANGLING_HIT),)
    if not _LINK_WORD.search(text):
        return ()  # (no link word on the line: no prompt pointing at one, the cheap test first)
    cuts = [m.start() for m in SENTENCE_BREAK.finditer(text)]
    if not cuts:
        return ()
    last = cuts[-1]
    tail = text[last:].strip()
    if tail[:1] in "\"“‘'" or not _LINK_WORD.search(tail) or REPORTED.search(text):
        return ()
    hit = furniture_hit(tail)
    if hit is not None and hit.code.startswith(_GLUABLE) and not hit.weak:
        return ((last, len(text), hit),)
    return ()
