"""Lines the article quotes: a run of short lines that the article's own sentence introduces or runs through.

A story about a user interface, a form's errors or an advert's controls prints the labels it is about
one per line ("Most users have never clicked any of them:" / "Why this ad?" / "Report this ad" / "The
survey found ..."). Each label alone is page furniture; here it is the article's. Two shapes:

- **introduced**: a line of the article's prose ending in a colon ("Users will still see two buttons:"),
  then at most :data:`MAX_QUOTED_LINES` short lines, then the article goes on (a sentence, or a line
  continuing one in lower case). The colon line speaks of something, not to the reader: a widget's
  own heading ("Share this article with your friends:", "Follow us on:") addresses the reader or
  speaks for the outlet, and a label ("Read more:", "Related:") is too short to be prose.
- **run through**: short lines that a sentence runs through: the line after them opens in lower case
  and finishes a sentence, and either the line before them ends on a word that names what follows
  ("... a pop-up saying" / "Turn on notifications" / "or" / "Allow notifications" / "as soon as they
  are opened ..."), or the labels are the subject of the line after them, which opens on its verb
  ("Latest comments" / "Top comments" / "were the three tabs on its first system."). An advert's marker
  that splits a sentence ("The mayor said the plan would" / "Advertisement" / "go ahead next year.")
  and a reader's comment in lower case under a commenter's name have neither: they go.

Each quoted line has an anchor, the article's line that quotes it (the colon line, or the line the
sentence finishes on): it goes only with its anchor (:meth:`articleclean.document.Changes.remove`), so
a site's own list under a rules page's "The letter must contain:" goes with that page.

A colon line introducing someone's words ("Sentencing him, the judge said:") introduces the quotation
that opens on its quotation mark after the run: an advert or a newsletter box between them is no part
of what was said. A page's widgets never end where the article resumes: a newsletter box after a colon line ends with
the page (or with more furniture), not with the next paragraph of the story. Pure functions of the
lines' texts, one pass (linear).

>>> sorted(quoted_lines(["Users will still see two buttons:", "Upvote", "Downvote",
...     "But the scores will be hidden for the first hour after a post is made."]))
[1, 2]
>>> sorted(quoted_lines(["Share this article with your friends:", "Facebook", "Twitter",
...     "The council said the figures would be published next month."]))
[]
"""

from __future__ import annotations

from collections.abc import Sequence

from . import lazyre as re
from .concepts import furniture_hit
from .text import CLOSERS, ends_sentence, word_count

__all__ = ["MAX_QUOTED_LINES", "quoted_lines"]

#: a quoted run is at most this many lines (a list of a form's messages, an app's buttons)
MAX_QUOTED_LINES = 8
#: each quoted line is at most this many words (a label, a button, a message; not a paragraph, and not
#: most headlines of a related-stories box)
MAX_QUOTED_WORDS = 8
#: the colon line is the article's prose: this many words at least ("The most common were:")
MIN_INTRO_WORDS = 4
#: ... or this many when it says what a printed thing reads ("The box reads:", "The screen showed:")
MIN_PRINTED_INTRO_WORDS = 3
#: a line of this many words or more that ends in a full stop is a sentence of the article's, no label
MIN_SENTENCE_WORDS = 6
#: ... and the sentence after the run too, or a continuation in lower case of at least this many words
MIN_RESUME_WORDS = 5
_MIN_LOWER_WORDS = 2  # words in lower case: a colon line with this many is prose ("Most users have never clicked any of them:"), not a title
_MAX_SHORT_CHARS = 200  # characters: a longer line is no label, button or message (tested before its words are counted)

# the reader or the outlet spoken to or for, or asked: a widget's heading, not the article's sentence
_VOICE = re.compile(r"\b(?:you|your|yours|we|our|us|please)\b", re.IGNORECASE)
# a predicate whose subject is the quoted lines: it opens on its verb ("was the most common message")
_PREDICATE = re.compile(
    r"[\"'”’]?(?:is|was|are|were|will|would|has|have|had|can|could|may|might|must|should|remains|remained|"
    r"became|becomes|appears|appeared|shows|showed|sat|sits|means|meant)\b"
)
_LOWER_START = re.compile(r"^[^\w]*[a-z]")
# what a printed thing's words are introduced by ("The notice reads:", "The screen showed:"; not "said", which
# introduces someone's words, and an advertisement's marker may sit between those and the quotation)
_PRINTED = re.compile(r"\b(?:reads?|states|stated|shows|showed|displays|displayed)\s*:\s*$")
# a colon line introducing someone's words ("Sentencing him, the judge said:", "his family said in a statement:"),
# and the words themselves, opening on a quotation mark: short lines between them are no part of what was said
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes|added|adds|stated|statement|explained|tweeted|posted|declared|announced|"
    r"replied|warned|insisted)\b[^.!?]*:\s*$"
)
_OPENS_QUOTE = re.compile(r"\s*[\"“'‘]")
# a fragment ending on a word that names the words after it ("a pop-up saying", "the button marked")
_NAMES_NEXT = re.compile(
    r"\b(?:saying|says|said|reading|reads|read|marked|labelled|labeled|called|titled|entitled|headed|like|as)\s*$",
    re.IGNORECASE,
)


def _intro(text: str) -> bool:
    """A line of prose ending in a colon, about something (not addressed to the reader, not the outlet's)."""
    t = text.rstrip()
    if not t.endswith(":") or _VOICE.search(t):
        return False
    n = word_count(t)
    if n < MIN_INTRO_WORDS and not (n >= MIN_PRINTED_INTRO_WORDS and _PRINTED.search(t)):
        return False
    # prose: at least two words in lower case ("Most users have never clicked any of them:"), not a title,
    # and no furniture's own heading ("Read more on this topic:", "Sign up for the briefing:")
    return sum(1 for w in t.split() if w[:1].islower()) >= _MIN_LOWER_WORDS and furniture_hit(t) is None


def _continues(text: str) -> bool:
    """A line finishing a sentence that opened above it: it opens in lower case."""
    return _LOWER_START.match(text) is not None and word_count(text) >= MIN_RESUME_WORDS and ends_sentence(text)


def _resumes(text: str) -> bool:
    """The article goes on: a sentence of prose (a continuation in lower case is one too), not a line of
    page furniture ("© 2025 The Example Times. All rights reserved." under a newsletter box: harm review 13)."""
    return word_count(text) >= MIN_RESUME_WORDS and ends_sentence(text) and furniture_hit(text) is None


def _short(text: str) -> bool:
    """A label, a button, a message: a few words, no colon line, no sentence of the article's."""
    if len(text) > _MAX_SHORT_CHARS:  # (no label: not counted)
        return False
    n = word_count(text)
    t = text.rstrip().rstrip(CLOSERS)
    return 0 < n <= MAX_QUOTED_WORDS and not t.endswith(":") and not (n >= MIN_SENTENCE_WORDS and t.endswith("."))


def quoted_lines(texts: Sequence[str]) -> dict[int, int]:
    """The positions in ``texts`` (a page's lines, in order) of lines the article quotes (see the module),
    each with its anchor's position."""
    out: dict[int, int] = {}
    n = len(texts)
    short = [_short(t) for t in texts]
    pos = 0
    while pos < n:
        if not short[pos]:
            pos += 1
            continue
        end = pos
        while end + 1 < n and short[end + 1] and end + 1 - pos < MAX_QUOTED_LINES:
            end += 1
        after = texts[end + 1] if end + 1 < n else ""
        before = texts[pos - 1] if pos > 0 else ""
        if _intro(before) and _resumes(after) and not (_SPEECH.search(before) and _OPENS_QUOTE.match(after)):
            out.update(dict.fromkeys(range(pos, end + 1), pos - 1))
        elif _continues(after) and (_NAMES_NEXT.search(before) is not None or _PREDICATE.match(after) is not None):
            out.update(dict.fromkeys(range(pos, end + 1), end + 1))
        pos = end + 1
    return out
