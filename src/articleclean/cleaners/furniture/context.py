"""Context and neighbour checks: which hits go, and what goes with the lines they take.

:func:`remove_hits` takes each furniture hit the page loop found unless its context says it is the
article's: a list's entries (a schedule's stamps), a message quoted after a colon, a subheading between
paragraphs, a weak shape below the article's first sentence or beside no furniture, alt text with no credit
beside it.  :func:`remove_neighbours` then takes what goes with a removed line: an offer's list of benefits,
an "or" between a paywall's options, the lines of an appeal's or a paywall's box.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ... import lazyre as re
from ...concepts import (
    AD_SPACE_OFFER,
    NAME_AND_OUTLET,
    SHAPES,
    WIRE_CAPTION_KIND,
    WIRE_NOTE,
    Hit,
    appeal_box_line,
    outlet_box,
)
from ...document import Block, Document
from ...text import ends_sentence, looks_like_body
from .page import Page
from .shapes import _PROSE_WORDS

# A quoted message runs over a few lines under its "The message reads:" (a scam text's "Your parcel could not
# be delivered." / "Click here to view your delivery options").
_QUOTED_LINES = 3

# ... its colon line introduces a message: "The message reads:", "One says:", "The email went on:"
_QUOTE_INTRO = re.compile(r"\b(?:reads?|says?|said|states?|stated|wrote|writes|went on|goes on|continues|continued)\s*:\s*$", re.IGNORECASE)

# The family whose phrases an article's subheading may be ("Have your say": a consultation story's), the end of a
# phrase hit's reason (concepts.engine: "comments phrase ('have your say')"), and a line wholly in quotation marks.
_SUBHEADING_FAMILIES = ("comments.",)
_PHRASE_REASON_END = "')"
_QUOTED_LINE = re.compile(r"[\"“‘'].+[\"”’']")


def _between_prose(doc: Document, live: Sequence[Block], hits: Mapping[int, object], pos: int) -> bool:
    """``live[pos]`` sits between two paragraphs of prose (sentences of ``_PROSE_WORDS`` words or more, no
    furniture): where the article's own subheading sits, not a widget's heading over its items."""
    return all(
        0 <= k < len(live) and k not in hits and looks_like_body(live[k].text, min_words=_PROSE_WORDS, count=doc.word_count)
        for k in (pos - 1, pos + 1)
    )


def _after_colon(live: Sequence[Block], hits: Mapping[int, object], pos: int) -> bool:
    """``live[pos]`` is a line of a message the article quotes after a colon: a line ending in ":" at most
    ``_QUOTED_LINES`` lines above it, with only the message's sentences between (no furniture, no fragment:
    a page's debris "ex - 7200 : read : read cache" under a colon line is no message)."""
    for k in range(pos - 1, max(pos - 1 - _QUOTED_LINES, -1), -1):
        if k in hits:
            return False
        if live[k].text.rstrip().endswith(":"):
            return k == pos - 1 or _QUOTE_INTRO.search(live[k].text) is not None
        if not ends_sentence(live[k].text):
            return False
    return False


#: the reasons of the weak shapes (concepts.SHAPES with weak=True)
_WEAK_SHAPES = frozenset(s.reason for s in SHAPES if s.weak)

# The article's prose about advertising (its topic, not a slot's label).
_ADVERTISING = re.compile(r"\badverti[sz]\w*|\badverts?\b|\bbillboards?\b", re.IGNORECASE)

#: a closing brace is the article's code when a line at most this far above it opened a block
_BLOCK_REACH = 8

# Braces alone, and a line of code beside them (a statement or a block's opening: "startCharging();", "if (x) {").
_BRACES = re.compile(r"[{}()\[\];\s]*(?:else[{}()\[\];\s]*)?")
_CODE_LINE = re.compile(r"(?=.*[A-Za-z])(?=.*[(=]).{1,200}[;{]")

# The codes of the stamps and credits a list may print as its entries' heads (a schedule's days and times,
# a timeline's dates, a wire desk's alerts).
_ENTRY_CODES = frozenset({"byline.stamp", "byline.agency"})


def _interleaved(
    live: Sequence[Block], hits: Mapping[int, Hit], pos: int, top_hit: Callable[[int], Hit | None] | None = None
) -> bool:
    """Is the hit at ``pos`` an entry of a list: a hit of the same code two or three lines above or below it,
    with lines of the article's between (no furniture: the entry's text)?  The line below is read as the page's top
    reads it (``top_hit``): a timeline's next date is below the top zone, where a bare date is no stamp
    (harm review 14: "June 18, 2024" / an entry / "June 25, 2024" under a one-line standfirst)."""
    code = hits[pos].code
    # (a relative time, "updated 16M ago", is a teaser card's stamp: its cards are two lines apart at most)
    gaps = _ENTRY_GAPS[:1] if "ago" in live[pos].text.lower() else _ENTRY_GAPS
    for step in (-1, 1):
        for gap in gaps:
            other = pos + step * gap
            if not 0 <= other < len(live) or any(pos + step * k in hits for k in range(1, gap)):
                continue
            partner = hits.get(other)
            if partner is None and top_hit is not None and other > pos:
                partner = top_hit(other)
            if partner is not None and partner.code == code:
                return True
    return False


#: lines from one entry's stamp to the next: one or two lines of its text between ("Saturday 22 March" /
#: "Avanti West Coast: no trains" / "London Northwestern: reduced service" / "Sunday 23 March": harm review 15)
_ENTRY_GAPS = (2, 3)

# Families that speak to the reader: quoted after a line ending in a colon, they are the article's.
_ADDRESSED_FAMILIES = ("signup.", "paywall.", "share.", "donation.", "notice.", "promo.", "comments.", "related.")


def _beside_credit(doc: Document, live: list, hits: dict[int, Hit], pos: int, pictures: bool = False) -> bool:
    """A photo credit is the line before or after ``live[pos]``: furniture found here, or a line an
    earlier cleaner took as a credit ("© Jane Doe / AAP Images"); with ``pictures``, a caption ending
    in its credit or a picture's placeholder ("File photo") counts too (a picture's furniture)."""
    codes: tuple[str, ...] = ("credit.", "caption.credit", "caption.placeholder") if pictures else ("credit.",)
    if any(k in hits and hits[k].code.startswith(codes) for k in (pos - 1, pos + 1)):
        return True
    blocks, i = doc.blocks, live[pos].index
    return any(0 <= j < len(blocks) and (blocks[j].removed or "").startswith(codes) for j in (i - 1, i + 1))


def remove_hits(page: Page) -> None:
    """Take each hit of the page loop that its context does not show to be the article's."""
    doc, ch, live, hits, removed, line_hit = page.doc, page.ch, page.live, page.hits, page.removed, page.line_hit
    top_zone, titled, first_prose, prose_at = page.top_zone, page.titled, page.first_prose, page.prose_at
    first_sentence, first_p, last_p, first_long = page.first_sentence, page.first_p, page.last_p, page.first_long

    def top_hit(k: int) -> Hit | None:
        """Line ``k``'s hit as the top of the page reads it (a timeline's next date, below the top zone)."""
        return line_hit(live[k].text, True)

    # the article's prose speaks of advertising (a story about billboards, a marketing guide): an offer of ad
    # space on its own line is the article's ("Advertise here" on the empty billboards)
    ad_topic = any(_ADVERTISING.search(live[k].text) for k in prose_at)
    for pos, hit in hits.items():
        if pos in removed:
            continue  # taken above with its own code (a cut title, an outlet's line, a label, a name)
        if hit.code in _ENTRY_CODES and first_p < pos and _interleaved(live, hits, pos, top_hit):
            # "Friday, 8:30am" / "Gates open." / "Friday, 2pm" / ..., "Reuters, 14:02 GMT" / its alert / "AFP, 14:05
            # GMT" / ...: stamps under the article's first sentence, each over a line of its own, are a list's
            # (a schedule, a timeline, a live blog's entries), not the page's
            continue
        if hit.reason == WIRE_NOTE and last_p > pos and pos - 1 not in hits and pos + 1 not in hits:
            # "This report was first published on <date>." between the article's paragraphs, beside no furniture
            # (a wire's note sits over its name, or ends the page): the article's sentence about a report
            continue
        if hit.reason == AD_SPACE_OFFER and ad_topic:
            continue  # an offer of ad space in a story about advertising: its subheading, or the sign it is about
        if (
            hit.code == "junk.markup"
            and _BRACES.fullmatch(live[pos].text.strip())
            and any(0 <= k < len(live) and k not in hits and _CODE_LINE.match(live[k].text.strip()) for k in (pos - 1, pos + 1))
            and any(k not in hits and live[k].text.rstrip().endswith("{") for k in range(max(0, pos - _BLOCK_REACH), pos))
        ):
            # "} else {" under "if (charge < threshold) {" and beside "startCharging();": it closes a block the
            # article's code listing opened
            continue
        if hit.code.startswith(_ADDRESSED_FAMILIES) and _after_colon(live, hits, pos):
            continue  # a leaflet, a poster or a notice quoted after "... it reads:" is the article's
        if hit.reason == NAME_AND_OUTLET and (
            pos > first_sentence
            or (pos <= first_long and titled >= first_p)
            or (first_prose is not None and pos > first_prose)
            or any(k in hits and hits[k].reason == NAME_AND_OUTLET for k in (pos - 1, pos + 1))
            or (pos > 0 and live[pos - 1].text.rstrip().endswith(":"))
        ):
            continue  # "Jane Fraser/Standard Chartered" under a sentence, in a list or after a colon: an entry of the article's
        # a one-word phrase ("Reply", "Related", "Newest") is furniture at the top or beside furniture
        beside = (pos - 1) in hits or (pos + 1) in hits
        if (
            hit.code.startswith(_SUBHEADING_FAMILIES)
            and hit.reason.endswith(_PHRASE_REASON_END)
            and first_prose is not None
            and pos > first_prose
            and _between_prose(doc, live, hits, pos)
        ):
            continue  # "Have your say" between two of the article's paragraphs: its subheading (harm review 16)
        if hit.reason.endswith(_PHRASE_REASON_END) and _QUOTED_LINE.fullmatch(live[pos].text.strip()):
            continue  # '"Have your say"' on its own line: the article quotes a campaign's name
        if hit.weak and hit.reason in _WEAK_SHAPES:
            # a weak shape ("Author: X", "By JANE DOE", "Courtesy of X", a follow prompt after a clause) goes
            # above the first paragraph and any sentence, or beside furniture that is no stamp (a list's
            # records have their dates: a shortlist's "Reporter: X" over "Published: 3 May")
            beside = any(k in hits and not hits[k].code.startswith("byline.stamp") for k in (pos - 1, pos + 1))
            if not beside and ((first_prose is not None and pos > first_prose) or pos > first_sentence):
                continue
        elif hit.weak and not beside and (pos not in top_zone or hit.code.startswith(("paywall.", "donation.", "notice.", "share.buttons"))):
            continue  # a dialogue's "No thanks." is no paywall button: one needs furniture beside it
        if hit.reason == WIRE_CAPTION_KIND and not _beside_credit(doc, live, hits, pos, pictures=True):
            continue  # "This handout image from the prosecution shows ...": a court report's paragraph unless a credit is beside it
        if hit.code == "caption.alt" and (
            (pos in top_zone and pos <= titled)
            or (first_prose is not None and pos > first_prose)
            or not _beside_credit(doc, live, hits, pos)
        ):
            # "Image of X" may be the headline (over its picture's credit too), and among the paragraphs a
            # subheading ("Picture of resilience") over a picture: alt text only between them, beside a credit
            continue
        if hit.code == "promo.quiz" and any(
            k not in hits and live[k].text.rstrip().endswith("?") for k in range(pos + 1, min(pos + 4, len(live)))
        ):
            continue  # a quiz page's own heading and standfirst ("News quiz" / "Take our quiz") over its questions
        ch.remove([live[pos].index], code=hit.code, reason=hit.reason)
        removed[pos] = hit.code


_MIN_OFFER_HEAD_WORDS = 3  # words: a bulleted paywall item shorter than this is a menu's entry ("• Newsletter"), heading no list of benefits
# The code whose bulleted item starts an offer's list of benefits ("• Enjoy unlimited reading on ..."; a
# sign-up or an appeal item heads lists of advice too: "• Subscribe to the Met Office warnings"); a bullet.
_OFFER_FAMILIES = ("paywall.prompt", "paywall.offer")

# The call that ends an offer over its list of benefits: to subscribe, join or sign up ("Subscribe for full
# access.", "Become a member today:", "Join now and get:")
_OFFER_CALL = re.compile(r"\b(?:subscribe|subscription|join|sign up|become a (?:subscriber|member)|membership)\b[^.!?]{0,40}[.!:]?\s{0,8}$", re.IGNORECASE)


def _offer_call(text: str) -> bool:
    """Does ``text`` end on the offer's call to subscribe, join or sign up?"""
    return _OFFER_CALL.search(text) is not None


_BULLET = re.compile(r"\s*[•·▪►✓✔*-]\s")


def remove_neighbours(page: Page, max_offer_item_words: int, max_box_lines: int) -> None:
    """Take what goes with the lines taken: an offer's list of benefits, an "or" between a paywall's options, an appeal's box."""
    doc, ch, live, hits, removed = page.doc, page.ch, page.live, page.hits, page.removed
    top_zone, titled = page.top_zone, page.titled
    # an offer's list of benefits: the bulleted items after a paywall item in its list
    # ("• Enjoy unlimited reading on ..." / "• Read the E-Edition" / "• Play interactive puzzles"), or right
    # under the offer's own call in the same paragraph ("Subscribe for full access." / "- Ad-free browsing")
    for pos, code in list(removed.items()):
        if not code.startswith(_OFFER_FAMILIES):
            continue
        if _BULLET.match(live[pos].text):
            if doc.word_count(live[pos].text) < _MIN_OFFER_HEAD_WORDS:
                continue  # a menu's "• Newsletter" heads no offer
        elif not (
            pos + 1 < len(live) and live[pos + 1].para == live[pos].para and not getattr(hits.get(pos), "weak", True) and _offer_call(live[pos].text)
        ):
            continue
        nxt = pos + 1
        while (
            nxt < len(live)
            and nxt not in removed
            and live[nxt].para == live[pos].para
            and _BULLET.match(live[nxt].text)
            and doc.word_count(live[nxt].text) <= max_offer_item_words
        ):
            ch.remove([live[nxt].index], code=code, reason="item of an offer's list of benefits")
            removed[nxt] = code
            nxt += 1
    # "or" between two of a paywall's options
    for pos, b in enumerate(live):
        if (
            pos not in removed
            and 0 < pos < len(live) - 1
            and doc.phrase_key(b.text) in ("or", "and")
            and removed.get(pos - 1, "").startswith("paywall.")
            and removed.get(pos + 1, "").startswith("paywall.")
        ):
            ch.remove([b.index], code="paywall.prompt", reason="'or' between a paywall's options")
            removed[pos] = "paywall.prompt"
    # an appeal's or a paywall's box: the lines round its appeal or prompt in which the outlet speaks to
    # the reader of its work or of giving ("Our reporters bring you the news ...", "We can't do it without
    # you.", "Donate now"), up to a line that does not, when the box names the outlet's journalism,
    # readers or members (a hospice's appeal in a story names neither)
    for pos, code in sorted(removed.items()):
        if not code.startswith(("donation.", "paywall.")):
            continue
        box: list[int] = []
        for step in (-1, 1):
            k = pos + step
            # (never the page's headline: a line at the top up to its title is the page's)
            while 0 <= k < len(live) and k not in removed and len(box) < max_box_lines and not (k in top_zone and k <= titled) and (
                (k in hits and hits[k].code.startswith(("donation.", "paywall.", "signup.")))
                or appeal_box_line(live[k].text, above=step < 0)
            ):
                box.append(k)
                k += step
        if box and outlet_box(live[k].text for k in [pos, *box]):
            for k in sorted(box):
                ch.remove([live[k].index], code=code, reason=f"line of the box round the appeal {live[pos].text[:60]!r}")
                removed[k] = code
