"""The article's headline: where a page title's headline ends, and the title-shaped line above the article that is spared."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ... import lazyre as re
from ...concepts import line_furniture
from ...concepts.parts import LIST_MARKS, PERSON_WORDS, PERSONS
from ...concepts.stamps import BYLINE_DATE
from .vocabulary import CONCEPTS

# Where a page title joins the headline to the site's name: "Headline | Site", "Headline - Site".
# Applied to the title with its white space squeezed to single spaces, so no
# run of spaces is ever retried (on raw text ``\s+...\s+`` is quadratic).
_TITLE_SEP = re.compile(r" [|:·•»\-–—]+ |\|")
_MIN_TITLED_LINES = 2  # lines: the page title and a later line that may repeat it; a dump of one line has no headline under its title


def _headline_end(texts: Sequence[str], min_chars: int = 12) -> int | None:
    """One past the headline: the first later line that repeats the page title or one of its parts.

    A page dump opens with the document title ("Headline | Site | Section");
    the article's own headline repeats it further down, and the article follows.

    >>> _headline_end(["Rates rise again | Daily News", "Home", "Rates rise again", "Text."])
    3
    >>> _headline_end(["Home", "News", "Home"]) is None  # too short to name an article
    True
    """
    if len(texts) < _MIN_TITLED_LINES:
        return None
    def key(t: str) -> str:
        return " ".join(t.casefold().split())

    title = texts[0]
    parts = {key(p) for p in (title, *_TITLE_SEP.split(" ".join(title.split())))}
    parts = {p for p in parts if len(p) >= min_chars}
    if not parts:
        return None
    for j in range(1, len(texts)):
        if len(texts[j]) <= len(title) and key(texts[j]) in parts:
            return j + 1
    return None


def _is_headline(title: str, line: str) -> bool:
    """Whether ``line`` is the page's headline itself: the whole title, or the
    title less end pieces (a site's or section's name) each at most half as
    long as what it leaves ("Rates rise again | Daily News"), taken from one
    end only.  A piece of the
    title that a subheading may repeat ("What it means for you" of "Rates rise
    again - what it means for you") is not.

    >>> _is_headline("Rates rise again | Business | Daily News", "Rates rise again")
    True
    >>> _is_headline("Rates rise again - what it means for you", "What it means for you")
    False
    """
    t = " ".join(title.casefold().split())
    want = " ".join(line.casefold().split())
    if want == t:
        return True
    cuts = list(_TITLE_SEP.finditer(t))
    lo, hi = 0, len(t)
    for m in reversed(cuts):  # site and section names at the end
        if 2 * (hi - m.end()) > m.start() - lo:
            break
        hi = m.start()
        if hi - lo == len(want) and t.startswith(want, lo):  # no slice: linear in the title
            return True
    lo, hi = 0, len(t)
    for m in cuts:  # ... or at the start ("Daily News | Rates rise again")
        if 2 * (m.start() - lo) > hi - m.end():
            break
        lo = m.end()
        if hi - lo == len(want) and t.startswith(want, lo):
            return True
    return False




# A byline or a stamp with more on its line ("By This is Cornwall | Posted: July 16, 2009").
_META_LINE = re.compile(r"(?i:by|posted|published|updated|written by)\b|.{0,60}\b(?i:posted|published|updated)\s?:")
# A person's name (two or three capitalised words, "Jane Smith") alone on a line, and two to four of
# them joined, a byline without its "By" ("Jeoffrey Maitem and Karl Romano"): concepts.parts.
_NAME_LINE = re.compile(PERSON_WORDS)
_NAMES_LINE = re.compile(PERSONS)
# A short line with a relative time ("LISTEN 3 HOURS AGO", "Updated 5 mins ago"): the page's stamp, read past
_AGO = re.compile(r"\b\d{1,3}\s?(?:secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|wks?|weeks?|months?|yrs?|years?)\s+ago\b", re.IGNORECASE)
_AGO_WORDS = 6  # words such a stamp line has at most (a headline may speak of "20 years ago")
# A wire story's dateline alone on its line, over its first paragraph ("WINNIPEG, Manitoba —", "LAGOS (AP) —"):
# read past like a byline, the headline is above it.
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,\s?[A-Z][\w.'’ -]{1,30})?\s?(?:\([\w ]{2,20}\)\s?)?[—–-]{1,2}")
# A menu line: items between separators ("Home | News | Sport", "News > Local").
_MENU_SEPARATORS = re.compile(r"\s[|•>»/]\s|\s·\s")


_SPARABLE = ("boilerplate.short", "boilerplate.outside")
# A short line the first pass read as one of the page's own labels by its vocabulary ("Author
# Picture Icon", an author box's image; "Share", "Tags", "Match Report"): it may sit between a
# headline and its byline, and is read past like one.  A menu's items ("navigation") are not:
# above the article they may sit between other stories' teasers.
_LABEL_CODES = frozenset(f"boilerplate.{c}" for c in CONCEPTS if c != "navigation")
_LABEL_WORDS = 4
_STANDFIRST_WORDS = 12  # words: a line this long under the headline is prose, a standfirst (or the article's first paragraph); a shorter one may be a title, a kicker or a label
_PARAGRAPH_SPACES = _STANDFIRST_WORDS - 1  # spaces (words less one): the article's first kept paragraph has this many or more; the headline is looked for above it
_MAX_STANDFIRST_WORDS = 40  # words: a standfirst of one sentence is at most this long; a longer sentence under a title is the article's first paragraph
_SECTION_LABEL_WORDS = 2  # words: a section label ("World", "Local News") between the headline and the article is read past; a longer line may be the headline
_MAX_ROLE_WORDS = 4  # words: a writer's role under the name line ("Local Democracy Reporter"), read past with the name; a longer line is no role
_MIN_TITLE_WORDS, _MAX_TITLE_WORDS = 3, 30  # words: a title ("Rates rise again"); a shorter line is a label or a name, a longer one prose


def _spared_headline(
    texts: Sequence[str], fates: Sequence[tuple[str, str] | None], known: Sequence[bool], reach: int
) -> list[int]:
    """The article's own headline, when the classifier took it for a short line before the article.

    The headline is content: it is the nearest title-shaped line above the
    article's first kept paragraph, read past bylines, date stamps, credits
    and captions (whole-line furniture, or lines an earlier cleaner removed)
    and past section labels of one or two words and the page's own short labels the
    first pass read by their vocabulary (an author box's "Author Picture Icon", a
    "Share" or "Tags" label), at most ``reach`` lines up.
    A title is 3 to 30 words, starts with a capital, a figure or a quote, does
    not end like a sentence with a full stop, and is no menu ("Home | News").
    The first line of another kind above the article stops the search.  A
    standfirst with no full stop (12 words or more) is read past, and kept
    with the headline above it: the first index of the list is the headline.
    So are a shorter standfirst in sentence case right under a title, a box of
    bullets under the headline (two or more, with its colon heading), and a
    wire story's dateline alone on its line; a relative-time stamp ("3 HOURS
    AGO") is read past like a date (harm review 13, test5).
    """
    start = next((i for i, f in enumerate(fates) if f is None and not known[i] and texts[i].count(" ") >= _PARAGRAPH_SPACES), None)
    if start is None:
        return []
    skip = -1
    standfirst: list[int] = []
    box: list[int] = []  # a box of bullets under the headline, with its colon heading
    dateline: list[int] = []  # a wire story's dateline on its own line, under the headline
    for j in range(start - 1, max(-1, start - 1 - reach), -1):
        if j == skip:
            continue
        t = texts[j].strip()
        n = t.count(" ") + 1
        fate = fates[j]
        if (
            not standfirst
            and _sparable(fate)
            and not known[j]
            and (
                (t[:1] in _BULLETS and n <= _BOX_ITEM_WORDS and (not box or box[-1] == j + 1))
                or (box and box[-1] == j + 1 and t.endswith(":") and n <= _BOX_HEADING_WORDS and not texts[box[-1]].strip().endswith(":"))
            )
        ):
            box.append(j)  # "What we know so far:" / "- Three wards will lose water" / ... (harm review 13, C2)
            continue
        if box and sum(1 for k in box if texts[k].strip()[:1] in _BULLETS) < _BOX_ITEMS:
            break  # one bulleted line is no box (a commenter's name under a comment's title)
        if _DATELINE.fullmatch(t) and not known[j]:
            if _sparable(fate):
                dateline.append(j)  # the article's own: kept with the headline
            continue
        if (
            known[j]
            or n <= _SECTION_LABEL_WORDS
            or _META_LINE.match(t)
            or BYLINE_DATE.match(t)  # "News Desk Accidents 2022-02-18, 7:03pm" (test6)
            or (n <= _AGO_WORDS and _AGO.search(t))
            or line_furniture(t, top=True) is not None
        ):
            continue
        if fate is not None and fate[0] in _LABEL_CODES and n <= _LABEL_WORDS:
            continue  # the page's label between the headline and its byline ("Author Picture Icon")
        if j + 1 < len(texts) and (hit := line_furniture(texts[j + 1], top=True)) and hit[0].startswith("credit."):
            continue  # the caption right above its credit
        if (
            j > 0
            and _NAMES_LINE.fullmatch(t)
            and _is_title(texts[j - 1].strip())
            and _sparable(fates[j - 1])
        ):
            continue  # two writers' names under the headline ("Jeoffrey Maitem and Karl Romano", test5): a byline's
        if (
            n <= _MAX_ROLE_WORDS
            and j > 0
            and _NAME_LINE.fullmatch(texts[j - 1].strip())
            and (fates[j - 1] is None or _sparable(fates[j - 1]))
        ):
            skip = j - 1  # a byline's name and role ("Jane Smith" / "Local Democracy Reporter")
            continue
        if n >= _STANDFIRST_WORDS and not t.endswith(".") and not standfirst and (fate is None or fate[0] in _SPARABLE):
            standfirst.append(j)  # a standfirst with no full stop: the article's, and the headline is above it
            continue
        if _STANDFIRST_WORDS <= n <= _MAX_STANDFIRST_WORDS and t.endswith(".") and not standfirst and fate is not None and fate[0] in _SPARABLE:
            # a one-sentence standfirst: the article's only when the headline sits right above it
            above = next((k for k in range(j - 1, max(-1, j - 3), -1) if texts[k].strip()), None)
            above_fate = None if above is None else fates[above]
            if (
                above is not None
                and not known[above]
                and _is_title(texts[above].strip())
                and above_fate is not None
                and above_fate[0] in _SPARABLE
                and not _ADDRESSES_READER.search(texts[above])
                and not _ADDRESSES_READER.search(t)
            ):
                return [above, j]
            break
        if (
            _SHORT_STANDFIRST <= n < _STANDFIRST_WORDS
            and not standfirst
            and not box
            and _is_title(t)
            and _sparable(fate)
            and not _ADDRESSES_READER.search(t)
            and 2 * sum(1 for w in t.split()[1:] if w[:1].islower()) >= n
        ):
            # a short standfirst with no full stop under its headline ("Traders count losses as enforcement
            # team seals 200 shops"): in sentence case (half its words in small letters: a headline in title
            # case, "South Africa: Corrupt Police Officers Nailed", is the headline), the headline right
            # above it (harm review 13, C1)
            above = next((k for k in range(j - 1, max(-1, j - 3), -1) if texts[k].strip()), None)
            if (
                above is not None
                and not known[above]
                and _is_title(texts[above].strip())
                and _sparable(fates[above])
                and not _ADDRESSES_READER.search(texts[above])
            ):
                return [above, j, *dateline]
        if fate is None or not _is_title(t):
            break
        if fate[0] in _SPARABLE:
            return [j, *standfirst, *box, *dateline]
        break
    # no headline above a standfirst-shaped line: that line is the title (with the box and dateline under it)
    return [*standfirst, *box, *dateline] if standfirst else []


# A box of bullets between the headline and the first paragraph ("What we know so far:" over "- Three
# wards will lose water"): the marks its items open with, and its bounds.
_BULLETS = LIST_MARKS
_BOX_ITEM_WORDS = 30  # words: a box's item is a sentence at most; a longer line is a paragraph
_BOX_HEADING_WORDS = 8  # words: the box's heading ("What we know so far:"); a longer colon line is prose
_BOX_ITEMS = 2  # bulleted lines: a box holds at least this many (one is a commenter's name under a comment's title)
#: a standfirst with no full stop under a headline has at least this many words (fewer: a kicker or a
#: label, "Bengaluru", "Live updates")
_SHORT_STANDFIRST = 6

# A promo card speaks to the reader or sells ("Listen to our new podcast", "Get 50% off"): no headline and standfirst.
_ADDRESSES_READER = re.compile(
    r"\b(?:you|your|get|subscribe|subscription|podcast|newsletter|app|sign up|listen|watch|offer)\b|%", re.IGNORECASE
)


def _is_title(t: str) -> bool:
    """A title: 3 to 30 words, starting with a capital, a figure or a quote, not ending like a
    sentence or a clause, no menu ("Home | News")."""
    return (
        _MIN_TITLE_WORDS <= t.count(" ") + 1 <= _MAX_TITLE_WORDS
        and not t.endswith((".", ":", ";", ","))
        and not _MENU_SEPARATORS.search(t)
        and (t[0].isupper() or t[0].isdigit() or t[0] in "\"'“‘")
    )


# -- a recipe's card after the article -------------------------------------------------------------
# The headings of a recipe's two parts, and the quantity an ingredient's line opens with ("8-9 ripe
# pears", "1/2 tsp ground cloves", "½ cup sugar"; a figure: "A smartphone" in an advert's "What you
# need" list is no ingredient).
_INGREDIENTS_HEADINGS = frozenset(("ingredients", "ingredient list"))
_METHOD_HEADINGS = frozenset(("method", "instructions", "directions", "preparation", "steps"))
_QUANTITY = re.compile(r"[•*-]?\s?(?:\d|[½¼¾⅓⅔⅛])")
#: an ingredients heading has at least this many quantity lines among the lines under it
_MIN_INGREDIENTS = 2
#: ... looked for among this many lines
_INGREDIENT_LOOKAHEAD = 8
#: a method's step has at least this many words (a related recipe's title or a nutrition tab after the
#: method, "Slow Cooker Chilli", "Saturates", has fewer)
_MIN_STEP_WORDS = 4


def _spared_recipe(texts: Sequence[str], fates: Sequence[tuple[str, str] | None], known: Sequence[bool]) -> list[int]:
    """A recipe's card the classifier took for short lines after the article: an "Ingredients"
    heading over two or more lines that open with a quantity, then a method's heading ("Method",
    "Instructions") and its steps; with the card's title right above it.  Only lines the classifier
    removed as short lines or text outside the article are kept, up to the first line of furniture
    (another code, or a line an earlier cleaner removed) or, after the method's heading, the first
    line too short to be a step.  A card with no method (a shop's or a sponsor's ingredient box) is
    left to the classifier.  A recipe is the article's content, however short its lines (issue 12:
    "do no harm")."""
    # An ingredients heading's key holds "ingredient": no short line has it, no card (one search, where
    # most pages have no recipe; case folding has no context, so the lines fold as one text)
    if "ingredient" not in "\n".join(itertools.compress(texts, map(_MAX_HEADING_CHARS.__ge__, map(len, texts)))).casefold():
        return []
    n = len(texts)
    i = 0
    while i < n:
        if (
            _key(texts[i]) in _INGREDIENTS_HEADINGS
            and _sparable(fates[i])
            and sum(1 for j in range(i + 1, min(n, i + 1 + _INGREDIENT_LOOKAHEAD)) if _QUANTITY.match(texts[j].strip()))
            >= _MIN_INGREDIENTS
        ):
            card: list[int] = []
            above = i - 1  # the card's title (past a lone label an earlier cleaner removed, e.g. "Print")
            while above >= 0 and known[above]:
                above -= 1
            if above >= 0 and _sparable(fates[above]) and _is_title(texts[above].strip()):
                card.append(above)
            method = False
            j = i
            while j < n and not known[j] and _sparable(fates[j]):
                if _key(texts[j]) in _METHOD_HEADINGS:
                    method = True
                elif method and texts[j].count(" ") + 1 < _MIN_STEP_WORDS:
                    break
                card.append(j)
                j += 1
            if method:
                return card
            i = j
        else:
            i += 1
    return []


def _key(text: str) -> str:
    """A short line's heading key ("Ingredients:" -> "ingredients"); "" for a longer line, which is
    no heading (and is not split into words: issue 14.4, one long line)."""
    if len(text) > _MAX_HEADING_CHARS:
        return ""
    return " ".join(text.casefold().strip().rstrip(":").split())


#: a recipe's heading is at most this long
_MAX_HEADING_CHARS = 40


def _sparable(fate: tuple[str, str] | None) -> bool:
    """A line the classifier removed only as a short line or as text outside the article."""
    return fate is not None and fate[0] in _SPARABLE
