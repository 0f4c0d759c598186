"""Date stamps: a line that is only a date, a time, a reading time and a stamp's label
("Updated Thursday, 7th June 2018, 6:19 pm"), and a stamp glued to the page's first line.
"""

from __future__ import annotations

from .. import lazyre as re
from ..dates import DATE_PATTERN
from .parts import AUTHOR_NAMES

# A date stamp glued to the start of the page's first line ("date 2023-08-18 Council backs plan").
# It is cut only with its label, or as an ISO date before a capital ("1 May 2024 was the day ..." is a sentence).
LEADING_STAMP = re.compile(
    rf"(?i:date|published|posted|updated)\s*:?\s*(?:{DATE_PATTERN})\s+(?=\S)|\d{{4}}-\d\d-\d\d\s+(?=[A-Z0-9\"“‘'])"
)

# Words that make a line a stamp; words a stamp may also have.
_STAMP_WORDS = frozenset("posted published updated modified created edited".split())
_STAMP_FILLER = frozenset("on at and first last date of the".split())
# A reading time after a stamp ("Published 26th Jun 2023, 09:25 BST - 2 min read"): read past, never a
# "read" alone ("Posted 3 March 1943, read 12 June 2024" is a letter's history)
_READING_TIME = re.compile(r"\b\d{1,3}\s?(?:min|mins|minute|minutes)\sread\b")
_TIME_OF_DAY = re.compile(r"\b(?:[01]?\d|2[0-3])(?::|\.)[0-5]\d\s*(?:[ap]\.?m\.?)?(?!\d)|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
# A date in figures: "31/01/2013", "26.07.10", "2013-08-16".
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_MONTHS = "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december".split()
_DATE_WORDS = frozenset(
    _MONTHS
    + "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday".split()
    + "am pm a.m p.m gmt bst utc ist et est edt pt pst pdt ct cst cdt aest aedt acst awst nzst nzdt cet cest sast wat eat pkt hkt sgt".split()
    + "today yesterday ago hour hours minute minutes min mins day days week weeks month months h hr hrs m d".split()
)
# What makes a stamp's date a date: a month, a time zone or "ago" (a weekday or "last week" alone may be a heading).
_STRONG_DATE_WORDS = frozenset(_MONTHS + "ago gmt bst utc ist et est edt pt pst pdt aest aedt nzst cet cest sast".split())
_STAMP_TOKEN = re.compile(r"[a-z][a-z.]*|\d{1,4}(?:st|nd|rd|th)?|[^\sa-z0-9]+")
# A year on a line ("Threads in 2024"): a heading's, never a button's.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# A stamp's or a byline's label with nothing after it ("Posted:", "Updated :", "By:"): its date or name
# was a widget the scrape left out.  The colon makes it a label anywhere on the page.
_EMPTY_LABEL = re.compile(r"(?i:by|posted|published|updated|last updated|posted on|published on|first published|written by)\s*:")
# (the "a" first, not a word boundary: the search then skips to the digits and the a's)
_HAS_DIGIT_OR_AGO = re.compile(r"\d|a(?<!\wa)go\b")
_MAX_STAMP_TOKENS = 24  # tokens (words, figures, marks): a stamp ("Updated: 4 May 2024, 10:32 am BST") is this short; a longer line is the article's


def _is_stamp(key: str, top: bool) -> bool:
    """Is the (normalised) line only a date stamp: stamp words, dates and times?

    With a stamp word ("Updated", "Posted on") a date or a time will do,
    anywhere; a bare date or time is a stamp only at the top of the page (a
    live blog's "10.30am" and a timeline's "17 June 2020" are the article's).
    """
    toks = _STAMP_TOKEN.findall(_READING_TIME.sub(" ", key))
    if not toks or len(toks) > _MAX_STAMP_TOKENS:
        return False
    lead = False
    named = False  # a month, a time zone or "ago"
    for t in toks:
        if t in _STAMP_WORDS:
            lead = True
        elif t in _STRONG_DATE_WORDS or t.rstrip(".") in _STRONG_DATE_WORDS:
            named = True
        elif t in _DATE_WORDS or t.rstrip(".") in _DATE_WORDS or t in _STAMP_FILLER:
            continue
        elif t[0].isalpha():
            return False
    timed = _TIME_OF_DAY.search(key) is not None
    dated = named or _NUMERIC_DATE.search(key) is not None
    if lead:
        return dated or timed
    # no stamp word: a date (not figures alone: "2-0", "148"; not a weekday alone) at the page's top
    return top and (dated or timed)
# Words that open a stamp line, not a name ("First Published: ...", "Originally posted ...").
_STAMP_OPENERS = frozenset("first last originally date story article page".split())


# A byline with its date on one line ("Jane Smith 3 March 2026", "By Jane Smith | 3 March 2026",
# "News Desk Accidents 2022-02-18, 7:03pm"): the metadata cleaner takes it, and the headline
# search reads past it.  "By The Numbers" is a heading, not a byline: a name does not start with
# a determiner.  "\s*X?\s*" is written "\s*(?:X\s*)?": the same strings, but a long run of
# white space is no longer split between the two "\s*" in every way (quadratic).
NOT_NAME = r"(?!(?:The|A|An|Our|This|That|These|Those|Its|His|Her|Their|My|Your)\b)"
BYLINE_DATE = re.compile(rf"^(?:[Bb]y:?\s+)?{NOT_NAME}{AUTHOR_NAMES}\s*(?:[|,•·–—-]\s*)?(?P<date>{DATE_PATTERN})$")
