"""The shapes of single lines that more than one furniture rule reads.

A quotation or a reporting clause, a menu line, a heading, an outlet's or a desk's name (in words, "Evening
Herald", or as one word, "TimesLIVE", "Philstar.com"), a section's name; and the word counts that tell a
paragraph of prose and a sentence from a title, a label or a caption.
"""

from __future__ import annotations

from ... import lazyre as re
from ...concepts import desk_words, is_label_words, is_name_shaped, section_names

# A quotation or a reporting clause: the article speaking, not a caption.
_QUOTED = re.compile(r"[\"“”]|\b(?:said|says|told)\b")

# A menu line: items between separators ("News | Sport | Weather").
_MENU = re.compile(r"\s[|•>»]\s|\s·\s")
_WORD = re.compile(r"\w+")
_SMALL_WORDS = frozenset("a an the at in on of to for from near by with and or as into onto over under during after before".split())
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_PROSE_WORDS = 12  # words: a line this long ending a sentence is a paragraph of prose (a standfirst is one), not a title, a label or a caption
_SHORT_NAME_PART = 2  # characters: a name's word this short (an initial, "de", "Mr") is not looked for elsewhere as its given name or surname
_MIN_HEADING_WORDS, _MAX_HEADING_WORDS = 3, 20  # words: a heading (shorter: a label or a name; longer: a paragraph's first line)


def _is_heading(text: str, n: int) -> bool:
    """A heading: 3 to 20 words, starting with a capital or a figure, not ending like a sentence."""
    t = text.strip()
    return _MIN_HEADING_WORDS <= n <= _MAX_HEADING_WORDS and (t[:1].isupper() or t[:1].isdigit()) and not t.endswith((".", ":", ";", ",", "?", "!")) and not _MENU.search(t)


#: an outlet's or a desk's name has at most this many words (see _is_outlet)
_MAX_OUTLET_WORDS = 4


def _is_outlet(text: str) -> bool:
    """An outlet's or a desk's name under a byline: one to four capitalised words, no figure, no
    sentence, one of them a desk's or an outlet's word ("Staff Reporter", "Evening Herald",
    "Austin American-Statesman"); "Labour MP for Tooting" under a name is an interviewee's role."""
    words = text.split(maxsplit=4)  # (a fifth word is enough to say no: a long line is not split whole)
    return (
        1 <= len(words) <= _MAX_OUTLET_WORDS
        # the desk's or outlet's word is the line's head ("Staff Writer", "Evening Herald"), not a qualifier of
        # someone's role ("Record Producer", "World Record Holder"); "Former Guardian Editor" is a role
        and (_PART_BREAK.split(words[-1])[-1].lower() in desk_words() or words[-1].lower() in ("reports", "report"))
        and words[0].lower() not in ("former", "ex", "retired", "late")
        and not any(c.isdigit() for c in text)
        and any(p.lower() in desk_words() for w in words for p in _PART_BREAK.split(w))
        and is_label_words(text.strip())
    )


# the breaks inside a compound word ("American-Statesman", "News/Talk")
_PART_BREAK = re.compile(r"[-–/]")

# An outlet's web address as its name ("EastIdahoNews.com", "Philstar.com"): the name, and its domain's end.
_DOMAIN_NAME = re.compile(r"(?:www\.)?([A-Za-z][A-Za-z0-9-]{2,40})\.(?:com|net|org|news|(?:co|com)\.[a-z]{2}|[a-z]{2})")

# The parts of a brand written as one word ("TimesLIVE", "NewsDay"): capitalised words and runs of capitals.
_CAMEL_PART = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])")
_MIN_DESK_END_CHARS = 3  # characters: a desk's or outlet's word this long ending a web address's name names an outlet ("...news", "star"); a shorter one ends names by chance
_MIN_BRAND_PARTS = 2  # capitalised parts run together in one word ("TimesLIVE"): one part is a plain word


def _outlet_brand(text: str) -> bool:
    """An outlet's name written as one word: a web address whose name ends in a desk's or outlet's word
    ("Philstar.com", "EastIdahoNews.com"), or two capitalised parts or more run together, one an outlet's
    word ("TimesLIVE", "BusinessDay"); "YouTube", "PowerPoint" or "Starbucks.com" name no outlet.

    >>> _outlet_brand("Philstar.com"), _outlet_brand("TimesLIVE"), _outlet_brand("YouTube"), _outlet_brand("Starbucks.com")
    (True, True, False, False)
    """
    t = text.strip()
    if not t or " " in t:
        return False
    desks = desk_words()
    if (m := _DOMAIN_NAME.fullmatch(t)) is not None:
        name = m.group(1).lower()
        return any(name.endswith(d) for d in desks if len(d) >= _MIN_DESK_END_CHARS)
    parts = _CAMEL_PART.findall(t)
    return len(parts) >= _MIN_BRAND_PARTS and "".join(parts) == t and any(p.lower() in desks for p in parts)


def _outlet_line(text: str) -> bool:
    """A line that is only an outlet's name: :func:`_is_outlet` ("The Star", "York Guardian") or
    :func:`_outlet_brand` ("TimesLIVE"), maybe after the writer's name and a comma ("Jane Doe,
    EastIdahoNews.com")."""
    name, comma, outlet = text.strip().rpartition(",")
    # the outlet's part first: a few words or one, where most lines fail
    return (_is_outlet(outlet) or _outlet_brand(outlet)) and (not comma or is_name_shaped(name))


def _sections() -> frozenset[str]:
    return section_names("en")  # (cached there)
