"""Remove the whole lines of the named furniture families (see :mod:`articleclean.concepts`).

>>> from articleclean.document import Document
>>> text = "\\n\\n".join(["The council met on Monday to agree the budget for next year.",
...     "Advertisement Hide Ad", "Read more: Council tax to rise",
...     "The former town hall. Photo: Google", "It will take effect in April, the leader said.",
...     "Comments are closed."])
>>> print(FurnitureCleaner().apply(Document.from_text(text)).text())
The council met on Monday to agree the budget for next year.
<BLANKLINE>
It will take effect in April, the leader said.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .. import lazyre as re
from ..base import BaseCleaner
from ..concepts import (
    AD_SPACE_OFFER,
    LEADING_STAMP,
    NAME_AND_OUTLET,
    REPORTED,
    SENTENCE_BREAK,
    SHAPES,
    WIRE_CAPTION_KIND,
    WIRE_DESK_TAIL,
    WIRE_NOTE,
    Hit,
    agent_noun,
    appeal_box_line,
    byline_name,
    desk_words,
    furniture_hit,
    has_agency,
    is_label_words,
    is_name_shaped,
    is_person_name,
    outlet_box,
    section_names,
    stripped_hit,
)
from ..document import MEMO_TEXT_LIMIT, Block, Document, Edit
from ..lexicon import normalise_phrase, phrases
from ..text import dedupe_key, ends_sentence, is_all_caps, looks_like_body

__all__ = ["FurnitureCleaner"]

# A quotation or a reporting clause: the article speaking, not a caption.
_QUOTED = re.compile(r"[\"“”]|\b(?:said|says|told)\b")
# A list item or an ingredient: a quantity or a bullet first ("1 onion, finely chopped", "• Salt").
_LIST_ITEM = re.compile(r"[\d•·*–-]")
# A numbered or bulleted item: "1. Ben Nevis", "2) Malham Cove", "• Salt".
_NUMBERED = re.compile(r"(?:\d{1,3}[.)]|[•·*–-])\s")
# A menu line: items between separators ("News | Sport | Weather").
_MENU = re.compile(r"\s[|•>»]\s|\s·\s")
_WORD = re.compile(r"\w+")
_LABELLED = re.compile(r"[\w ]{1,20}:\s")
_SMALL_WORDS = frozenset("a an the at in on of to for from near by with and or as into onto over under during after before".split())
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")

_PROSE_WORDS = 12  # words: a line this long ending a sentence is a paragraph of prose (a standfirst is one), not a title, a label or a caption
_TITLE_WORDS = 5  # words: a heading (or any line no furniture claims) this long at the top may be the page's title; shorter ones are its labels
_SENTENCE_WORDS = 6  # words: a line this long ending like a sentence is the article's prose for the context rules (shorter: a label, a tag)
_DIFFERENT_PAGES = 2  # distinct page numbers (or tab titles' sites): a page prints only its own, so this many are a document's pages reproduced (or a list of sites)
_MIN_OFFER_HEAD_WORDS = 3  # words: a bulleted paywall item shorter than this is a menu's entry ("• Newsletter"), heading no list of benefits
_MIN_CAPTION_WORDS = 3  # words: a caption names something in at least this many; a shorter line by a credit is a label or a heading's word
_MIN_COPY_CHARS = 8  # characters: a shorter line matches the start or end of a credited caption by chance ("The", "Photo")
_SHORT_NAME_PART = 2  # characters: a name's word this short (an initial, "de", "Mr") is not looked for elsewhere as its given name or surname


@dataclass(frozen=True)
class FurnitureCleaner(BaseCleaner):
    """Remove whole lines of the named boilerplate families (see the module docstring)."""

    name = "furniture"
    description = "whole-line furniture: ads, comments, share, paywall, appeals, stamps, bylines, credits"
    #: lines after this many prose lines (12+ words ending a sentence; a standfirst is one) are past the
    #: page's top: a bare date, a "By NAME" line or an empty "Posted:" there stays
    top_prose_lines: int = 2
    #: a bare caption line beside its credited copy goes only when shorter than this (a longer one may be the
    #: article's own paragraph that the caption repeats)
    max_caption_copy_words: int = 15
    #: a line right above a photo credit, in its paragraph, is its caption up to this many words
    max_caption_words: int = 40
    #: a teaser card's standfirst under a related-stories heading has at most this many words
    max_standfirst_words: int = 60
    #: lines above the headline of at most this many words are the page's labels (menu, section, site name)
    max_label_words: int = 3
    #: the items of an offer's bulleted list of benefits are this short ("Play interactive puzzles")
    max_offer_item_words: int = 15
    #: the page's title cut short sits in its first this many lines (and the line printing it whole within as many after)
    max_masthead_lines: int = 6
    #: this many excerpts cut off mid-sentence in a row are a list of other stories (one may be the
    #: article's own quotation trailing off)
    min_excerpt_run: int = 2
    #: an appeal's box takes at most this many lines round its appeal
    max_box_lines: int = 6

    def apply(self, doc: Document) -> Document:
        ch = doc.changes(self.name)
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
        # the lines' answers, remembered with the document: the settle passes ask again for the same lines
        known: dict[tuple[str, bool], Hit | None] = doc.memo().setdefault(("furniture.hits",), {})

        def line_hit(text: str, top: bool) -> Hit | None:
            """The line's hit at the page's top or below it, remembered with the document."""
            if (text, top) in known:
                return known[text, top]
            # (the line's key and word count, read once for the document: the rules below ask again)
            t = text.strip()
            hit = stripped_hit(t, doc.phrase_key(text), doc.word_count(text), top=top) if t else None
            if len(text) <= MEMO_TEXT_LIMIT:  # a long line is not kept as a key (issue 14.4: every version of it would stay)
                known[text, top] = hit
            return hit

        for pos, b in enumerate(live):
            top = prose < self.top_prose_lines
            if top:
                top_zone.add(pos)
            hit = line_hit(b.text, top)
            if hit is None and top:
                hit = _glued_byline(b.text)
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
        counts = [doc.word_count(b.text) for b in live]  # (each line's word count, read once for the rules below)
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
                for start, end, hit in _glued(ch.block(b.index).text):
                    ch.edit(b.index, [Edit(start, end, "", hit.code, f"{hit.reason}, glued to an article sentence")])
        # a language switcher ("English" / "Arabic") at the top or beside furniture: furniture for the rules below
        for pos in _language_switcher(doc, live, hits, top_zone):
            hits[pos] = _LANGUAGE_HIT
        removed: dict[int, str] = {}
        head = _headline(doc, live, hits, first_prose)  # read once: the labels above it, a name under it
        # the page's title or description cut short above the line that prints it whole
        for pos in _cut_title(doc, live, hits, top_zone, self.max_masthead_lines):
            ch.remove([live[pos].index], code="navigation.title", reason="the page's title or description cut short, above the line that prints it whole")
            removed[pos] = "navigation.title"
        # the outlet's name beside a byline's name above the article, or closing a syndicated story
        for pos, code, reason in _outlet_lines(doc, live, hits, removed, sentence, first_prose):
            ch.remove([live[pos].index], code=code, reason=reason)
            removed[pos] = code
        if removed:
            hits = {**hits, **{pos: _REMOVED_HIT for pos in removed}}  # furniture above the headline for the rules below
        for pos, reason in self._labels_round_headline(doc, live, hits, first_prose, head).items():
            ch.remove([live[pos].index], code="navigation.label", reason=reason)
            removed[pos] = "navigation.label"
        for pos, reason in self._name_under_headline(doc, live, hits, first_prose, head).items():
            if pos not in removed:
                ch.remove([live[pos].index], code="byline.name", reason=reason)
                removed[pos] = "byline.name"
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
                and doc.word_count(live[nxt].text) <= self.max_offer_item_words
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
                while 0 <= k < len(live) and k not in removed and len(box) < self.max_box_lines and not (k in top_zone and k <= titled) and (
                    (k in hits and hits[k].code.startswith(("donation.", "paywall.", "signup.")))
                    or appeal_box_line(live[k].text, above=step < 0)
                ):
                    box.append(k)
                    k += step
            if box and outlet_box(live[k].text for k in [pos, *box]):
                for k in sorted(box):
                    ch.remove([live[k].index], code=code, reason=f"line of the box round the appeal {live[pos].text[:60]!r}")
                    removed[k] = code
        # the caption line an image leaves right above its credit, in the same paragraph ("X" / "Photo: Y")
        for pos, code in removed.items():
            if code == "credit.photo" and pos > 0 and pos - 1 not in removed and not (pos - 1 in top_zone and pos - 1 <= titled):
                # (the headline over a credit is the page's, whatever the credit's paragraph)
                above = live[pos - 1]
                t = above.text
                n = doc.word_count(t)
                if (
                    above.para == live[pos].para
                    and _MIN_CAPTION_WORDS <= n <= self.max_caption_words
                    and not _QUOTED.search(t)
                    and not _LIST_ITEM.match(t)
                    and not (n >= _PROSE_WORDS and t.rstrip().endswith("."))  # a paragraph above a data or picture credit
                ):
                    ch.remove([above.index], code="caption.beside", reason="caption right above its photo credit")
        # ... and a caption over a credit that an earlier cleaner took ("(Image credit: NASA)", "Jane
        # Doe/Getty Images"), or a caption whose credit is the rest of its paragraph: a paragraph of two
        # lines, the caption and its photo credit, is an image's caption block, even when the caption is
        # a sentence (a scrape that lost its blank lines has paragraphs of many lines)
        at = {b.index: pos for pos, b in enumerate(live)}
        blocks = doc.blocks
        credits = [(at[i - 1], i) for i in (b.index for b in blocks if b.removed == "credit.photo") if i - 1 in at]
        credits += [(pos - 1, live[pos].index) for pos, code in removed.items() if code == "credit.photo" and live[pos].index - 1 in at]
        for pos, credit in credits:
            if pos in removed or (pos in top_zone and pos <= titled):
                continue  # the headline over a credit is the page's, whatever the credit's paragraph
            above = live[pos]
            if above.index != credit - 1 or above.para != blocks[credit].para or not _own_credit(blocks[credit].text):
                continue
            t = above.text
            n = doc.word_count(t)
            block = (above.index == 0 or blocks[above.index - 1].para != above.para) and (
                credit + 1 == len(blocks) or blocks[credit + 1].para != above.para
            )
            if (
                _MIN_CAPTION_WORDS <= n <= self.max_caption_words
                and not _QUOTED.search(t)
                and not _LIST_ITEM.match(t)
                # a sentence over a credit in its paragraph may be the article's, over a data credit ("Credit:
                # Sheffield City Council"): it goes only in a caption block whose credit is a picture's
                and (not (n >= _PROSE_WORDS and t.rstrip().endswith(".")) or (block and _picture_credit(blocks[credit].text)))
            ):
                ch.remove([above.index], code="caption.beside", reason="caption right above its photo credit")
                removed[pos] = "caption.beside"
        # an image's caption and its alt text, one after the other below the page's top
        for pos in range(len(live) - 1):
            if pos in removed or pos + 1 in removed or (pos in top_zone and pos <= titled):
                continue  # at the top, a line and its echo are the headline and the page title
            a, a_next = live[pos].text, live[pos + 1].text
            # (both lines 3 to max_caption_words words, as _caption_pair asks first: most pairs stop here)
            if _MIN_CAPTION_WORDS <= counts[pos] <= self.max_caption_words and _MIN_CAPTION_WORDS <= counts[pos + 1] <= self.max_caption_words and _caption_pair(
                a, a_next, counts[pos], counts[pos + 1], self.max_caption_words
            ):
                ch.remove([live[pos].index, live[pos + 1].index], code="caption.pair", reason="an image's caption and its alt text, one after the other")
                removed[pos] = removed[pos + 1] = "caption.pair"
        # an image's caption printed twice, alt text and caption, in one paragraph below the top ("X" / "X")
        for pos in range(len(live) - 1):
            if pos in removed or pos + 1 in removed or (pos in top_zone and pos <= titled) or live[pos].para != live[pos + 1].para:
                continue
            a = live[pos].text
            alone = (pos == 0 or live[pos - 1].para != live[pos].para) and (pos + 2 >= len(live) or live[pos + 2].para != live[pos].para)
            if (
                alone
                and dedupe_key(a) == dedupe_key(live[pos + 1].text)
                and _caption_twice(a, doc.word_count(a), self.max_caption_words)
                and doc.phrase_key(a) not in _sections()  # "Contact Us" twice is a menu's
            ):
                # the second copy only: a chant or a refrain printed twice loses its repetition, never its words
                ch.remove([live[pos + 1].index], code="caption.copy", reason="an image's caption printed twice in one paragraph: the second copy")
                removed[pos + 1] = "caption.copy"
        # the teaser cards under a related-stories heading at the page's end: headlines, each with or
        # without its standfirst ("MORE NATIONAL ARTICLES" / "Jet damaged on taxiway" / "Officials say ...")
        headings = sorted(pos for pos, code in removed.items() if code == "related.heading")
        prose_from = _prose_from(sentence, removed, hits) if headings else []
        read_to = -1  # a heading inside the cards of the one before it was read with them (linear time)
        for pos in headings:
            if pos < read_to:
                continue
            cards, read_to = _card_run(doc, live, pos + 1, removed, hits, self.max_standfirst_words, prose_from)
            for card in cards:
                ch.remove([live[card].index], code="related.card", reason="teaser card (headline, standfirst) under a related-stories heading")
                removed[card] = "related.card"
        # the author box below the article: the byline's name again, alone, and the bio under it
        for pos, code, reason in _author_box(doc, live, removed, sentence):
            ch.remove([live[pos].index], code=code, reason=reason)
            removed[pos] = code
        # ... or its heading ("About the author") over the writer's or the agency's line and their bio
        for pos, code, reason in _author_box_heading(doc, live, removed, sentence):
            ch.remove([live[pos].index], code=code, reason=reason)
            removed[pos] = code
        # a run of other stories' excerpts, each cut off mid-sentence ("... to cover the intersection of…"),
        # after the article's last sentence (a line of six words or more ending like one)
        excerpt = [pos not in removed and _is_excerpt(b.text, counts[pos]) for pos, b in enumerate(live)]
        last_prose = max(
            (pos for pos in range(len(live)) if pos not in removed and not excerpt[pos] and sentence[pos]),
            default=-1,
        )
        run: list[int] = []
        for pos in range(last_prose + 1, len(live) + 1):
            if pos < len(live) and excerpt[pos]:
                run.append(pos)
                continue
            continues = pos < len(live) and _CONTINUES.match(live[pos].text) is not None
            if len(run) >= self.min_excerpt_run and not continues:
                ch.remove([live[i].index for i in run], code="related.excerpt", reason="excerpts of other stories, each cut off mid-sentence")
                removed.update(dict.fromkeys(run, "related.excerpt"))
            run = []
        # the writer's contact lines after the article's last sentence ("jdoe@paper.com" / "419-555-0100" /
        # "Twitter: @JaneDoe")
        for pos in _contact_tail(live, removed, sentence):
            ch.remove([live[pos].index], code="byline.contact", reason="the writer's contact details after the article's last sentence")
            removed[pos] = "byline.contact"
        # the caption line an image leaves beside its credited copy ("X" next to "X. Photo: Y")
        for pos, code in removed.items():
            if not code.startswith("caption.credit"):
                continue
            full = live[pos].text
            for other in (pos - 1, pos + 1):
                if 0 <= other < len(live) and other not in removed:
                    t = live[other].text
                    if len(t) >= _MIN_COPY_CHARS and (full.startswith(t.rstrip(".")) or _glued_copy(t, full)) and doc.word_count(t) < self.max_caption_copy_words:
                        ch.remove([live[other].index], code="caption.copy", reason="caption repeated beside its credited copy")
                    elif _copy_of_caption(t, full, doc.word_count(t), self.max_caption_words):
                        ch.remove([live[other].index], code="caption.copy", reason="caption's alt text beside its credited copy (cut off or in other words)")
        return ch.commit()

    def _labels_round_headline(
        self, doc: Document, live: list, hits: dict[int, Hit], first: int | None, head: int | None
    ) -> dict[int, str]:
        """Menu words and section names around the headline, above the article's first paragraph.

        The headline is the last title-shaped line (3 to 30 words, no full
        stop, not starting with a figure, not furniture) above the first prose
        paragraph.  When every line above it is furniture or a label of the
        page, the labels go: a line that is a menu word or a section name from
        the vocabulary ("News", "Headlines", "Crime", "Home"), or names the
        page's own parts ("DAWN.COM Logo", "Mobile navigation", "PRIVACY").
        A section name alone between the headline and the paragraph goes too.
        ``first`` is the first paragraph's position, as :meth:`apply` found it.
        Any other short line above the headline ("Ten great walks" over "1.
        Ben Nevis", a name over a role) means the top is not a plain menu, and
        nothing is taken; a letter's "Sir,", a transcript's "PRIME MINISTER:",
        a score or a dateline under the headline are never labels.
        """
        if first is None:
            return {}
        if head is None:
            # no headline: a page that opens on its section's name right over the first paragraph ("LOCAL" /
            # "The City says ..."), every line above it furniture or a label of the page
            tops = [i for i in range(first) if i not in hits]
            if tops and all(doc.phrase_key(live[i].text) in _sections() for i in tops):
                stray = phrases("boilerplate/en/labels")
                return {i: "section name over the article's first paragraph (the page has no headline)" for i in tops if doc.phrase_key(live[i].text) not in stray}
            return {}
        crumbs = _numbered_crumbs(doc, [b.text for b in live[:first]], head)
        labels = {i for i in range(head) if i not in hits and (_is_label(doc, live[i].text, self.max_label_words) or i in crumbs)}
        # the headline printed twice (a card's link and its title) is no line of another kind above it; and it
        # says which line is the headline: a section's name above it ("India", "Politics & Government") is no
        # short headline over its standfirst, and goes as a label
        echo = dedupe_key(live[head].text)
        echoes = {i for i in range(head) if i not in hits and dedupe_key(live[i].text) == echo}
        if echoes:
            labels |= {
                i for i in range(min(echoes)) if i not in hits and i not in labels and _is_kicker(live[i].text, self.max_label_words)
            }
        if any(i not in hits and i not in labels and i not in echoes for i in range(head)):
            return {}  # more than labels above the title-shaped line: it may be a subheading
        out: dict[int, str] = {}
        stray = phrases("boilerplate/en/labels")
        for i in sorted(labels):
            t = live[i].text
            if doc.phrase_key(t) in stray or (i == head - 1 and is_all_caps(t) and doc.phrase_key(t) not in _sections()):
                continue  # the labels cleaner's stray label, the metadata cleaner's section: theirs to name
            out[i] = "label of the page above the headline (menu, section or site's own parts)"
        for i in range(head + 1, first):
            if i not in hits and doc.phrase_key(live[i].text) in _sections():
                out[i] = "section name between the headline and the article"
            elif i not in hits and i in crumbs:
                out[i] = "breadcrumb trail printed as a numbered list, between the headline and the article"
        return out

    def _name_under_headline(
        self, doc: Document, live: list, hits: dict[int, Hit], first: int | None, head: int | None
    ) -> dict[int, str]:
        """A byline without its "By": a person's name alone between the headline and the article's
        first paragraph ("Aria Jones"), and the outlet or desk line right under it ("Austin
        American-Statesman").  Only furniture may sit between the name and the paragraph: a short
        capitalised line over a list ("Key Points" / "• ...") or over other lines is a subheading."""
        if head is None or first is None:
            return {}
        if head > 1 and _is_outlet(live[head].text) and is_person_name(live[head - 1].text):
            head -= 2  # "Linda Cook" / "Austin Daily Herald": a name and its outlet, not a headline
        out: dict[int, str] = {}
        names_below: bool | None = None  # more names standing alone below the top (computed once, on need)
        for i in range(head + 1, min(first, head + 1 + _MAX_UNDER_HEADLINE)):
            if i in hits or not is_person_name(live[i].text) or doc.phrase_key(live[i].text) in _sections():
                continue
            rest = [j for j in range(i + 1, first) if j not in hits]
            # the page's subject, not its writer: the name's given name or surname comes back elsewhere
            # ("Grace has visited ...", "Mr Walker said"), or more names stand alone as entries further
            # down (player ratings, a list of profiles, a transcript's speakers)
            parts = {w.lower().strip(".") for w in live[i].text.split() if len(w.strip(".")) > _SHORT_NAME_PART}
            key_i = dedupe_key(live[i].text)
            if any(
                k != i and k not in hits and dedupe_key(live[k].text) != key_i and byline_name(live[k].text) is None
                and parts & set(_WORD.findall(live[k].text.lower()))
                for k in range(len(live))
            ):
                continue
            if names_below is None:
                names_below = any(is_person_name(live[k].text) for k in range(first, len(live)) if k not in hits)
            if names_below:
                continue
            outlet = rest[:1] if rest and _is_outlet(live[rest[0]].text) else []
            if rest[len(outlet) :]:
                continue
            out[i] = "a name alone under the headline (a byline without 'By')"
            for j in outlet:
                out[j] = "the byline's outlet or desk, under its name"
            break
        return out


# A line the rules above the headline took (a cut title, an outlet's line), as furniture for the label and
# name rules after them; it is not removed again.
_REMOVED_HIT = Hit("navigation.removed", "taken above the headline by an earlier rule", False)
_NOTICE_FOLLOWUP_HIT = Hit("notice.unavailable", "a site notice's second sentence, under its first", True)


@functools.cache
def _notice_followups() -> frozenset[str]:
    return phrases("boilerplate/en/notice_followups")


# A title cut short: an ellipsis at its end.
_ELLIPSIS_END = re.compile(r"\s?(?:…|\.\.\.)$")
#: a cut title keeps at least this many words of the headline
_MIN_CUT_TITLE_WORDS = 4
#: a description cut short over the first paragraph keeps at least this many words (a site cuts it at
#: a length); a shorter line trailing off over it is the headline ("We'll meet again, don't know where...")
_MIN_CUT_TEASER_WORDS = 12


def _cut_title(doc: Document, live: list, hits: dict[int, Hit], top: set[int], most: int) -> list[int]:
    """The page's title or description cut short with an ellipsis in its first ``most`` lines ("Council
    votes to keep Toronto's property tax hike...", a teaser of the first paragraph), when a line within the
    next ``most`` lines starts with all of it and goes on (the headline or the paragraph, whole): the cut
    copy goes, the whole line stays, and no word is lost.  At least
    ``_MIN_CUT_TITLE_WORDS`` words before the ellipsis, in the page's ``top`` (above its first
    paragraphs): below it, an excerpt and the paragraph it quotes are the article's.  When the whole
    line is a sentence (the first paragraph), the cut copy needs ``_MIN_CUT_TEASER_WORDS`` words: a
    headline that trails off ("And the winner is...") over a first paragraph opening with its words
    is the headline."""
    out: list[int] = []
    for pos in range(min(most, len(live))):
        if pos in hits or pos not in top:
            continue
        t = live[pos].text.strip()
        m = _ELLIPSIS_END.search(t)
        if m is None or (n := doc.word_count(t[: m.start()])) < _MIN_CUT_TITLE_WORDS:
            continue
        stem = dedupe_key(t[: m.start()])
        for k in range(pos + 1, min(len(live), pos + 1 + most)):
            whole = dedupe_key(live[k].text)
            if len(whole) > len(stem) and whole.startswith(stem) and not _ELLIPSIS_END.search(whole):
                if ends_sentence(live[k].text.strip()) and n < _MIN_CUT_TEASER_WORDS:
                    break  # a short headline trailing off over the first paragraph that goes on with its words
                out.append(pos)
                break
    return out


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


#: a byline without "By" sits within this many lines under the headline (a bound: each candidate reads the page)
_MAX_UNDER_HEADLINE = 4
#: the reasons of the weak shapes (concepts.SHAPES with weak=True)
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


_WEAK_SHAPES = frozenset(s.reason for s in SHAPES if s.weak)
_FOOTER_LINE_CODES = ("footer.credit", "footer.standards", "footer.contact")
_PAGER_NUMBER = re.compile(r"(?i:page)\s?(\d{1,3})")
_TITLE_SITE = re.compile(r"\s[-–—|]\s((?:[A-Za-z0-9-]+\.)+[a-z.]+)\s*$")
# A fact box's line: "Director: Christopher Nolan", "Written by: J. B. Priestley".
_FACT_LINE = re.compile(r"[A-Z][\w'’ -]{1,30}?(?: by)?\s?:\s?\S")
# The reasons of the one-line label hits a fact box's neighbours take back (concepts' shapes).
_LABEL_REASONS = ("labelled byline", "stamp or byline label with nothing after it")
# A bio says what its subject is or does: "... is a reporter", "Hannah, an exciting journalist ...".
# (a role or "is a", not any "has": "Jane, thank you, it has been a pleasure" closes an interview)
_BIO = re.compile(
    r"\b(?:is an?|covers|writes for|writes about)\b|\b(?:journalist|reporter|correspondent|editor|writer|"
    r"columnist|photographer|author|contributor)\b",
    re.IGNORECASE,
)
# A bio of a newsroom's writer (not a book's author: "is an American writer", "is a local historian").
_NEWSROOM_BIO = re.compile(
    r"\b(?:writes for|covers|journalist|reporter|correspondent|editor|columnist|photographer|contributor)\b", re.IGNORECASE
)
#: an author's bio is at most this many words
_MAX_BIO_WORDS = 80
_MIN_BIO_WORDS = 6  # words: a bio is a sentence about its writer; a shorter line under the name is a role or a label
_MIN_CARD_WORDS, _MAX_CARD_WORDS = 4, 20  # words: a teaser card's headline (shorter: a menu's or a label's line; longer: a paragraph)
_MIN_STANDFIRST_WORDS = 6  # words: a teaser's standfirst under its headline is a sentence, not a label or a stamp
_SHARED_WORDS = 2  # content words (_MIN_CONTENT_CHARS letters or more) a standfirst shares with its headline, retelling it; the article's next paragraph shares fewer
_MIN_CARDS = 2  # cards: one headline over a paragraph under a "Related" heading may be the article's own subheading; two or more are a list
_MIN_CONTENT_CHARS = 4  # characters: a word this long is a content word for telling whether a standfirst retells its headline ("jet" and "on" say little)


def _prose_from(sentence: list[bool], removed: dict[int, str], hits: dict[int, Hit]) -> list[bool]:
    """``out[j]``: a line of prose (``sentence``: six words or more, ending like a sentence) that neither
    ``removed`` nor ``hits`` claims is at position ``j`` or after it (one pass from the end; the last
    entry, one past the lines, is False)."""
    out = [False] * (len(sentence) + 1)
    for j in range(len(sentence) - 1, -1, -1):
        out[j] = out[j + 1] or (sentence[j] and j not in removed and j not in hits)
    return out


def _card_run(
    doc: Document, live: list, start: int, removed: dict[int, str], hits: dict[int, Hit], most: int, prose_from: list[bool]
) -> tuple[list[int], int]:
    """The teaser cards from ``start`` on: each a headline (4 to 20 words, a capital first, no
    sentence end) with at most one standfirst under it (6 to ``most`` words, sharing two words of
    four letters or more with its headline: the article's next paragraph under a "Related Links"
    box's one link does not retell the link).  Two cards or more,
    and only when nothing after them is prose that furniture does not claim: under a "Related"
    heading in the middle of the article, headline-and-paragraph pairs may be its own
    subheadings and sections.  Also the position the run was read to (a heading before it was read
    with it)."""
    out: list[int] = []
    cards = 0
    i = start
    while i < len(live):
        if i in removed or i in hits:
            i += 1
            continue
        t = live[i].text
        n = doc.word_count(t)
        if not (_MIN_CARD_WORDS <= n <= _MAX_CARD_WORDS and t.lstrip()[:1].isupper() and not ends_sentence(t) and not _MENU.search(t)):
            break
        out.append(i)
        cards += 1
        i += 1
        if i < len(live) and i not in removed and i not in hits and _MIN_STANDFIRST_WORDS <= doc.word_count(live[i].text) <= most:
            below = live[i].text
            if (ends_sentence(below) or _CUT_OFF.search(below.strip())) and len(_content_words(t) & _content_words(below)) >= _SHARED_WORDS:
                out.append(i)  # a standfirst retells its headline: "Jet damaged on taxiway" / "... the jet was damaged ..."
                i += 1
    if cards < _MIN_CARDS:
        return [], i
    # a teaser's sign in the run: a standfirst cut off ("…") or a headline printed twice (the card's link
    # and its title); a briefing's "Other headlines" or a year's "Most read stories" has neither
    texts = [live[k].text.strip() for k in out]
    cut = any(_CUT_OFF.search(t) for t in texts)
    twice = len({dedupe_key(t) for t in texts}) < len(texts) or any(
        k + 1 < len(live) and dedupe_key(live[k + 1].text) == dedupe_key(live[k].text) for k in out
    )
    if not (cut or twice):
        return [], i
    return ([] if prose_from[i] else out), i  # prose after the cards: the article's own sections


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) >= _MIN_CONTENT_CHARS and w not in _SMALL_WORDS}


def _author_box(doc: Document, live: list, removed: dict[int, str], sentence: list[bool]) -> list[tuple[int, str, str]]:
    """The author box below the article: a line that is only the name of a byline removed above
    ("By Solomon Odeniyi" ... "Solomon Odeniyi"), and the bio right under it when the bio names
    them (first name or surname), says what they are or do ("... is a reporter", "has five years'
    experience"), quotes no one and no article prose follows it.  A name alone that is no
    byline's (a speaker's label in a transcript) stays."""
    names: dict[str, tuple[str, ...]] = {}
    for pos, code in removed.items():
        if code == "byline.name" and (name := byline_name(live[pos].text)) is not None and is_person_name(name):
            names[dedupe_key(name)] = tuple(w.lower() for w in name.split())
    if not names:
        return []
    # a page with other names standing alone (a transcript's or a Q&A's speakers) has no author box
    if any(pos not in removed and is_person_name(b.text) and dedupe_key(b.text) not in names for pos, b in enumerate(live)):
        return []
    prose_from = _prose_from(sentence, removed, {})
    out: list[tuple[int, str, str]] = []
    for pos, b in enumerate(live):
        words = names.get(dedupe_key(b.text)) if pos not in removed else None
        if words is None:
            continue
        # the box may print the name twice and the writer's role on a line of its own over the bio
        # ("Alison Foletta" / "Alison Foletta" / "Journalist" / "Alison Foletta is ...")
        bio, between = pos + 1, list[int]()
        while (
            len(between) < _BOX_LINES
            and bio < len(live)
            and bio not in removed
            and (dedupe_key(live[bio].text) == dedupe_key(b.text) or _role_line(doc, live[bio].text))
        ):
            between.append(bio)
            bio += 1
        is_bio = False
        if bio < len(live) and bio not in removed:
            t = live[bio].text
            n = doc.word_count(t)
            said = set(_WORD.findall(t.lower()))
            is_bio = _MIN_BIO_WORDS <= n <= _MAX_BIO_WORDS and bool(said & set(words)) and _BIO.search(t) is not None and not _QUOTED.search(t)
        if prose_from[bio + 1 if is_bio else bio]:
            continue  # the article goes on: a name over its own paragraph (a speaker's turn)
        if is_bio:  # a name alone at the end may be a letter's signature: the bio makes it a box
            out.append((pos, "byline.name", "the byline's name again below the article (its author box)"))
            out.extend((k, "byline.name", "the byline's name or role again in its author box") for k in between)
            out.append((bio, "byline.bio", "the author's bio under their name"))
    return out


# A line that is only a way to reach someone: an e-mail address (or a page's "[email protected]" left where
# one was hidden), a social handle or a telephone number, maybe under its label ("Twitter: @JaneDoe").
_CONTACT = re.compile(
    r"(?:(?i:e-?mail|phone|tel|telephone|mobile|cell|twitter|x|instagram|facebook|threads|bluesky|contact)\s?:\s?)?"
    r"(?P<what>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s?protected\]|@\w{2,30}|\+?\d[\d ().-]{6,18}\d)\.?"
)


def _contact_tail(live: Sequence[Block], removed: Mapping[int, str], sentence: Sequence[bool]) -> list[int]:
    """The writer's contact lines at the page's end: right after the article's last sentence, only lines
    that are each an address, a handle or a number (:data:`_CONTACT`) up to the end of the page, two or
    more, or one address or handle alone (a telephone number alone may be a helpline's). Under a line
    ending in a colon they are the article's ("Anyone with information should contact:"), and not after
    the last sentence when more of the article's text follows."""
    last = max((k for k in range(len(live)) if sentence[k] and k not in removed), default=-1)
    if last < 0:
        return []
    block = [k for k in range(last + 1, len(live)) if k not in removed]
    if not block or live[block[0] - 1].text.rstrip().endswith(":") or _INVITES_CONTACT.search(live[last].text):
        # (under a sentence that asks the reader to call, write or report, they are the article's helpline,
        # appeal line or charity's address: "Anyone with information should contact DC Jones.")
        return []
    found = [_CONTACT.fullmatch(live[k].text.strip()) for k in block]
    if not all(found):
        return []
    if len(block) == 1 and not any(c in found[0]["what"] for c in "@["):  # type: ignore[index]
        return []
    return block


# A sentence asking the reader to get in touch (to call, write, report, volunteer): the lines under it are its.
_INVITES_CONTACT = re.compile(
    r"\b(?:contact|get in touch|write to|e-?mail|ring|call(?! for)|reach (?:us|out|the)|"
    r"help-?line|hotline|help-?desk|donate|volunteer|quer(?:y|ies)|enquir(?:y|ies)|with information|to report|"
    r"reported to|be reported|new members|join (?:us|the group|them))\b",
    re.IGNORECASE,
)
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


#: lines an author box may print between the writer's name and the bio (the name again, the role)
_BOX_LINES = 2
_MAX_ROLE_WORDS = 3  # words: a newsroom role alone on its line ("Senior Staff Reporter"); a longer line is a sentence about one


def _role_line(doc: Document, text: str) -> bool:
    """A newsroom role alone on its line ("Journalist", "Senior Reporter"): at most three words, no sentence."""
    return doc.word_count(text) <= _MAX_ROLE_WORDS and _NEWSROOM_BIO.search(text) is not None and not ends_sentence(text)


def _author_box_heading(doc: Document, live: list, removed: dict[int, str], sentence: list[bool]) -> list[tuple[int, str, str]]:
    """The author box after the article under its heading: a heading of the author-box vocabulary
    ("About the author", "About the writer") after the article's prose, right over a byline or an
    agency's line that a rule removed ("IANS") or over a name alone, and the bio under that line when it
    names them and says what they are or do ("IANS ... is a private news agency"), quotes no one and no
    article prose follows it.  A heading with the article's prose after its box is a section of the
    article (a profile's "About the author" part).  A name alone (no byline a rule removed) is the
    page's writer only when a byline above has that name, or when the article never names them and the
    bio says they write for a newsroom: a book review's "About the author" over the book's author stays."""
    heads = phrases("boilerplate/en/author_bio")
    out: list[tuple[int, str, str]] = []
    bylines: set[str] | None = None  # the words of the names of the bylines removed above (read once)
    seen_prose = False
    prose_from: list[bool] | None = None
    for pos, b in enumerate(live):
        if sentence[pos] and pos not in removed:
            seen_prose = True
            continue
        if not seen_prose or pos in removed or doc.phrase_key(b.text) not in heads or pos + 1 >= len(live):
            continue
        who = pos + 1
        code = removed.get(who, "")
        if code.startswith(("byline.name", "byline.agency")):
            name = byline_name(live[who].text) or live[who].text.split(",")[0]
        elif who not in removed and is_person_name(live[who].text):
            name = live[who].text
        else:
            continue
        words = {w.lower() for w in _WORD.findall(name) if len(w) > _SHORT_NAME_PART}
        bio = who + 1
        is_bio = False
        if bio < len(live) and bio not in removed:
            t = live[bio].text
            is_bio = (
                _MIN_BIO_WORDS <= doc.word_count(t) <= _MAX_BIO_WORDS
                and bool(words & set(_WORD.findall(t.lower())))
                and _BIO.search(t) is not None
                and not _QUOTED.search(t)
            )
        if not code:
            # a name alone: the page's writer only when it is the byline's name, or when the bio says they
            # write for a newsroom and the article never names them (a book review's "About the author"
            # is the book's author: named in the review, a writer or historian, not a reporter)
            if bylines is None:
                bylines = {
                    w.lower()
                    for k, c in removed.items()
                    if c == "byline.name" and k < pos and (bn := byline_name(live[k].text)) is not None
                    for w in _WORD.findall(bn)
                    if len(w) > _SHORT_NAME_PART
                }
            if not (words & bylines):
                named = any(words & set(_WORD.findall(live[k].text.lower())) for k in range(pos) if k not in removed)
                if named or not is_bio or _NEWSROOM_BIO.search(live[bio].text) is None:
                    continue
        if prose_from is None:
            prose_from = _prose_from(sentence, removed, {})
        after = bio + 1 if is_bio else bio
        if after < len(prose_from) and prose_from[after]:
            continue  # the article goes on after the box: a section of its own
        out.append((pos, "byline.bio", "the author box's heading, over the writer's line"))
        if who not in removed:
            out.append((who, "byline.name", "the writer's name in the author box"))
        if is_bio:
            out.append((bio, "byline.bio", "the author's bio under their name"))
    return out


_MIN_HEADLINE_WORDS, _MAX_HEADLINE_WORDS = 3, 30  # words: a title-shaped line above the first paragraph (shorter: a label; longer: a paragraph)


def _headline(doc: Document, live: list, hits: dict[int, Hit], first: int | None) -> int | None:
    """The headline's position: the last title-shaped line (3 to 30 words, no full stop, no menu's
    separator, not furniture) above the first paragraph; ``None`` when there is none, or when that
    line is a numbered list's first item ("1. Ben Nevis"; "1 killed in shooting" is a headline)."""
    if first is None:
        return None
    for i in range(first - 1, -1, -1):
        t = live[i].text
        n = doc.word_count(t)
        if i not in hits and _MIN_HEADLINE_WORDS <= n <= _MAX_HEADLINE_WORDS and not t.rstrip().endswith((".", ":", ";", ",")) and not _MENU.search(t):
            return None if _NUMBERED.match(t) else i
    return None


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
_SHORT_OUTLET_WORD = 3  # characters: an outlet's word this short ("The", "of") is not looked for in the article as its name


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


# An outlet's initials on a line of their own ("IOL", "SABC", "RNZ").
_INITIALS = re.compile(r"[A-Z]{2,5}")


def _outlet_lines(
    doc: Document, live: list, hits: dict[int, Hit], removed: dict[int, str], sentence: list[bool], first: int | None
) -> list[tuple[int, str, str]]:
    """The outlet's name on a line of its own, as a byline's: right under a person's name alone above
    the article's first paragraph ("Kaya Burgess" / "The Times"; the name goes with it), or as the
    page's last line right after the article's last sentence, alone or after the writer's name ("The
    Star", "TimesLIVE", "Jane Doe, EastIdahoNews.com": the outlet a syndicated story came from).  A page
    with more lines that are only an outlet's name (a review of the papers: "The Times" over what it
    said) has none; a name that comes back in the article is its subject, not its writer, and so is
    an outlet's name the article names, or that answers a question right above it (a quiz's, a Q&A's)."""
    free = [pos for pos in range(len(live)) if pos not in hits and pos not in removed]
    if not free:
        return []
    outlets = [pos for pos in free if _outlet_line(live[pos].text)]
    last = free[-1]
    initials = _INITIALS.fullmatch(live[last].text.strip()) is not None
    if initials and last not in outlets and (first is None or last > first):
        # the outlet's initials as the page's last line ("IOL", "VOC"): only as the story's sign-off, and only
        # when the article never names them (an "NHS" it names is its subject)
        if any(live[last].text.strip() in _WORD.findall(live[k].text) for k in free[:-1]):
            return []
        outlets.append(last)
    if len(outlets) != 1:
        return []
    pos = outlets[0]
    t = live[pos].text.strip()
    out: list[tuple[int, str, str]] = []
    if first is not None and pos < first:
        if "," in t:
            return []
        if pos > 0 and pos - 1 not in hits and pos - 1 not in removed and _outlet_brand(t) and pos + 1 < len(live):
            above = live[pos - 1].text
            if _is_heading(above, doc.word_count(above)):
                # right under the headline: the outlet's web address or one-word brand ("Philstar.com"); an
                # outlet's name in words may be a film's or a show's title under a review's headline ("The Post")
                return [(pos, "byline.name", "the outlet's name under the headline (a byline's)")]
        name = pos - 1
        if name < 0 or name in hits or name in removed or not is_name_shaped(live[name].text):
            return []
        parts = {w.lower().strip(".") for w in live[name].text.split() if len(w.strip(".")) > _SHORT_NAME_PART}
        if any(k != name and parts & set(_WORD.findall(live[k].text.lower())) for k in free):
            return []  # the name comes back: the article's subject
        return [
            (name, "byline.name", "a name alone over its outlet's name above the article (a byline without 'By')"),
            (pos, "byline.name", "the byline's outlet, under its name"),
        ]
    if pos != free[-1] or pos == 0 or not sentence[free[-2] if len(free) > 1 else 0] or free[-2] != pos - 1:
        return out
    if live[pos - 1].text.rstrip().endswith("?"):
        return out  # the answer to a question (a Q&A's, a quiz's): "Which paper do you read first?" / "The Courier"
    if initials and pos == last:
        return [(pos, "byline.name", "the outlet's initials closing the article (where a syndicated story came from)")]
    if "," not in t and not _outlet_brand(t) and t.split()[0] != "The" and agent_noun(t.split()[-1].lower()):
        return out  # a role, not an outlet ("Young Journalist", an award's category closing a list of winners)
    words = {w for w in _WORD.findall(t.lower()) if len(w) > _SHORT_OUTLET_WORD}
    if "," not in t and any(words & set(_WORD.findall(live[k].text.lower())) for k in free[:-1]):
        # a bare outlet's name the article names ("... now the Yorkshire Mercury." / "The Mercury"): its answer or
        # subject; with the writer's name before it ("Jane Doe, ValleyNews.com") it is the story's sign-off
        return out
    what = "the writer's and the outlet's names" if "," in t else "the outlet's name"
    return [(pos, "byline.name", f"{what} closing the article (where a syndicated story came from)")]


# Where a byline's fields are glued together: a word's small letter, or a run of two capitals, and then a
# capitalised word ("Oliver MorganPublished", "12:11 AMTanesha").
# (matched from the capital, where the search skips to: a cut is where the match starts)
_GLUE = re.compile(r"[A-Z](?:(?<=[a-z][A-Z])|(?<=[A-Z]{3}))(?=[a-z])")
#: a glued byline line has at most this many words, and is split at most at this many places
_MAX_GLUED_WORDS, _MAX_GLUES = 30, 6
_MAX_GLUED_CHARS = 300  # characters: a longer line is no byline card (tested before the line is split into words)
_MIN_PAIR_WORDS = 3  # distinct words: each line of a caption and its alt text names at least this many (the share of words shared says little under it)
_MAX_GLUED_LABEL_WORDS = 3  # words: an icon's or a label's words glued before a caption ("Camera Icon") are this few; more are the caption's own
_MIN_ALT_COPY_WORDS = 6  # words: an alt text repeating a caption is this long; a shorter line may begin like the caption by chance
_GLUED_HIT = Hit("byline.name", "byline fields glued together (a name, its outlet, a date stamp)", False)
_DESK_STAMP_HIT = Hit("byline.name", "a desk's or an outlet's byline with its date stamp", False)
#: an outlet's or a desk's name has at most this many words (see _is_outlet)
_MAX_OUTLET_WORDS = 4


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


def _caption_pair(a: str, b: str, na: int, nb: int, most: int) -> bool:
    """Two lines that say the same in other words, as an image's caption and alt text do:
    the same words but for a few (case, a preposition, a hyphen), neither a question, an
    exclamation or a quotation (a chant or a repeated question is the article's)."""
    if not (_MIN_CAPTION_WORDS <= na <= most and _MIN_CAPTION_WORDS <= nb <= most) or abs(na - nb) > max(2, (na + nb) // 8):
        return False
    if _QUOTED.search(a) or _QUOTED.search(b) or a.rstrip()[-1:] in "!?" or b.rstrip()[-1:] in "!?":
        return False
    if dedupe_key(a.rstrip(".")) == dedupe_key(b.rstrip(".")):
        return False  # a line repeated as it is (a headline, a paragraph) comes out once: the duplicates cleaner's
    if _LIST_ITEM.match(a) or _LIST_ITEM.match(b) or _LABELLED.match(a) or _LABELLED.match(b):
        return False  # "Count 1: ..." / "Count 2: ...", "Best for: ...": items of a list
    if _NOT_PROSE.search(a) or _NOT_PROSE.search(b):
        return False  # a web address, a menu or a stamp's separator: a credit or furniture, not a caption
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    if not (len(wa) >= _MIN_PAIR_WORDS and len(wb) >= _MIN_PAIR_WORDS and len(wa & wb) >= 0.75 * len(wa | wb)):
        return False
    # a caption and its alt text differ in small words ("at" / "in") or in case, not in what they name
    # ("London" / "Edinburgh", "flour" / "sugar", "1" / "2")
    return all(w in _SMALL_WORDS for w in wa ^ wb)


def _beside_credit(doc: Document, live: list, hits: dict[int, Hit], pos: int, pictures: bool = False) -> bool:
    """A photo credit is the line before or after ``live[pos]``: furniture found here, or a line an
    earlier cleaner took as a credit ("© Jane Doe / AAP Images"); with ``pictures``, a caption ending
    in its credit or a picture's placeholder ("File photo") counts too (a picture's furniture)."""
    codes: tuple[str, ...] = ("credit.", "caption.credit", "caption.placeholder") if pictures else ("credit.",)
    if any(k in hits and hits[k].code.startswith(codes) for k in (pos - 1, pos + 1)):
        return True
    blocks, i = doc.blocks, live[pos].index
    return any(0 <= j < len(blocks) and (blocks[j].removed or "").startswith(codes) for j in (i - 1, i + 1))


def _caption_part(full: str) -> str:
    """A credited caption's words before its credit: up to its last sentence break ("... Coffey. Credit: X")."""
    cuts = [m.start() for m in SENTENCE_BREAK.finditer(full)]
    return full[: cuts[-1]].rstrip() if cuts else full


def _glued_copy(text: str, full: str) -> bool:
    """``text`` is the whole caption of ``full`` after an icon's or a label's words glued before it
    ("Camera IconAlbany fans at the ground. Credit: Jane Doe" beside "Albany fans at the ground."):
    the caption ends with the line, and at most three words with no sentence end come before it, the
    last of them glued to the line's first word with no space.  Words a space or a colon parts from it
    are the caption's own ("Above: The new bridge opened on Saturday. Picture: X", "St Mary's pupils
    celebrate ..."): the article's line beside it ("The new bridge opened on Saturday.") stays."""
    caption, key = dedupe_key(_caption_part(full)), dedupe_key(text)
    if len(key) < _MIN_COPY_CHARS or not caption.endswith(key) or caption == key:
        return False
    before = caption[: -len(key)]
    if len(before.split()) > _MAX_GLUED_LABEL_WORDS or _SENTENCE_END.search(before.rstrip()) or _QUOTED.search(text):
        return False
    raw, line = _caption_part(full).rstrip().rstrip("."), text.strip().rstrip(".")
    return raw.endswith(line) and len(raw) > len(line) and raw[-len(line) - 1].isalpha()


def _copy_of_caption(text: str, full: str, n: int, most: int) -> bool:
    """``text`` is the caption of ``full`` (a caption with its credit) again, as an image's alt text
    prints it: cut off mid-sentence where the alt text ends ("... at their third protest and won't"),
    or the same words but for a few small ones, case or a hyphen ("... the Hawkesbury river ... at
    Windsor, north west of Sydney." beside "... the Hawkesbury River ... in Windsor, north-west of
    Sydney. Source: AAP").  A paragraph that the caption repeats word for word is not taken (the
    article's own sentence may be the caption), nor a line ending like a sentence that only begins the
    caption (the caption may go on from the article's sentence).  In other words, only a line that ends
    no sentence: one that ends its sentence is the article's, whatever its caption says (a short lead
    under a short headline, "A lorry overturned on the A1 ..." beside "The lorry overturned on the A1 ...
    Photo: X"; local papers' captions repeat the lead with a small word changed)."""
    if not _MIN_ALT_COPY_WORDS <= n <= most or _QUOTED.search(text) or _LIST_ITEM.match(text) or _LABELLED.match(text):
        return False
    caption = _caption_part(full)
    words, caption_words = _WORD.findall(dedupe_key(text)), _WORD.findall(dedupe_key(caption))
    if len(words) < len(caption_words) and caption_words[: len(words)] == words:
        return not _SENTENCE_END.search(text.rstrip())  # cut off, where a sentence does not end
    if _SENTENCE_END.search(text.rstrip()):
        return False
    return _caption_pair(text, caption, n, len(caption.split()), most)


# A credit for another picture or for all of them ("Main image: Getty", "All photos: Jane Doe", "Photos:
# AP"), or a wire's copyright under its story ("© Reuters"): no sign that the line above it is a caption.
_OTHER_CREDIT = re.compile(
    r"\(?\s*(?:(?:main|top|header|cover|featured|lead|hero|all|file)\s+(?:image|photo|picture|pic)s?\b|(?:image|photo|picture|pic)s\b)"
    r"|(?:©|\(c\)|copyright\b)[^/]*$",
    re.IGNORECASE,
)


# A picture's word in a credit ("Image credit:", "Photo:", "AAP Images"): a credit with only "Credit:" may be a chart's.
_PICTURE_WORD = re.compile(r"\b(?:photo(?:graph)?s?|images?|pictures?|pics?)\b", re.IGNORECASE)


def _picture_credit(text: str) -> bool:
    """A credit that names a picture or a picture desk: a picture's word, or an agency after a slash.

    >>> _picture_credit("(Image credit: NASA)"), _picture_credit("Jane Doe/Getty"), _picture_credit("Credit: Sheffield City Council")
    (True, True, False)
    """
    return _PICTURE_WORD.search(text) is not None or ("/" in text and has_agency(text.rpartition("/")[2]))


def _own_credit(text: str) -> bool:
    """A photo credit that is its own picture's, under its caption: not a set's, another picture's or a copyright.

    >>> _own_credit("(Image credit: NASA)"), _own_credit("© Jane Doe / Alamy"), _own_credit("Main image credit: Getty")
    (True, True, False)
    >>> _own_credit("All photos: UAE Presidential Court"), _own_credit("Photos: Jane Doe"), _own_credit("© Reuters")
    (False, False, False)
    """
    return _OTHER_CREDIT.match(text.strip()) is None


# The code whose bulleted item starts an offer's list of benefits ("• Enjoy unlimited reading on ..."; a
# sign-up or an appeal item heads lists of advice too: "• Subscribe to the Met Office warnings"); a bullet.
#: a first line longer than this is read as it is, its glued date stamp and all (no headline is this long)
_MAX_STAMPED_TITLE = 400
_OFFER_FAMILIES = ("paywall.prompt", "paywall.offer")
# The call that ends an offer over its list of benefits: to subscribe, join or sign up ("Subscribe for full
# access.", "Become a member today:", "Join now and get:")
_OFFER_CALL = re.compile(r"\b(?:subscribe|subscription|join|sign up|become a (?:subscriber|member)|membership)\b[^.!?]{0,40}[.!:]?\s{0,8}$", re.IGNORECASE)


def _offer_call(text: str) -> bool:
    """Does ``text`` end on the offer's call to subscribe, join or sign up?"""
    return _OFFER_CALL.search(text) is not None
_BULLET = re.compile(r"\s*[•·▪►✓✔*-]\s")

# Families that speak to the reader: quoted after a line ending in a colon, they are the article's.
_ADDRESSED_FAMILIES = ("signup.", "paywall.", "share.", "donation.", "notice.", "promo.", "comments.", "related.")

# A line cut off mid-word or mid-clause: a word, a comma or a colon, then an ellipsis.
_CUT_OFF = re.compile(r"[\w,;:’'][ \u00a0]?(?:…|\.\.\.)$")
#: the longest match of _CUT_OFF
_CUT_OFF_SPAN = 5


# A line that opens like speech, a transcript or a log: a quotation, a dash, an ellipsis, a
# speaker's or a question's label ("MINISTER:", "Q:"), a time ("12.41pm").
_SPOKEN = re.compile(r"[\"“‘'—–-]|…|\.\.\.|[A-Z][\w .'’-]{0,30}:\s|\d{1,2}[.:]\d\d")
# A paragraph that carries on the one before it: an ellipsis or a small letter first.
_CONTINUES = re.compile(r"\s*(?:…|\.\.\.|[a-z])")


_MIN_EXCERPT_WORDS, _MAX_EXCERPT_WORDS = 6, 80  # words: another story's excerpt cut off by its teaser (shorter: a heading trailing off; longer: a paragraph)


def _is_excerpt(text: str, n: int) -> bool:
    """An excerpt of another story, cut off where the teaser ends: 6 to 80 words ending in an
    ellipsis right after a word ("... to chronicle one of…"), not speech, a transcript's turn or a log's entry."""
    t = text.strip()
    # (the ellipsis ends the line: only the line's last characters are searched, _CUT_OFF_SPAN of them)
    return (
        _MIN_EXCERPT_WORDS <= n <= _MAX_EXCERPT_WORDS
        and t.endswith(("…", "..."))
        and _CUT_OFF.search(t, max(0, len(t) - _CUT_OFF_SPAN)) is not None
        and not _SPOKEN.match(t)
        and not t.endswith("....")
    )


_MIN_HEADING_WORDS, _MAX_HEADING_WORDS = 3, 20  # words: a heading (shorter: a label or a name; longer: a paragraph's first line)


def _is_heading(text: str, n: int) -> bool:
    """A heading: 3 to 20 words, starting with a capital or a figure, not ending like a sentence."""
    t = text.strip()
    return _MIN_HEADING_WORDS <= n <= _MAX_HEADING_WORDS and (t[:1].isupper() or t[:1].isdigit()) and not t.endswith((".", ":", ";", ",", "?", "!")) and not _MENU.search(t)


# What a caption has not: a web address, a separator of menus and stamps.
_NOT_PROSE = re.compile(r"www\.|https?:|\.(?:com|org|net|co\.uk)\b|\s\|\s|\|")


_MIN_TWICE_WORDS = 2  # words: a caption printed twice names something in two words at least (one word twice is a menu's or a refrain's)


def _caption_twice(text: str, n: int, most: int) -> bool:
    """A line that, printed twice running, is an image's caption: 2 to ``most`` words that name
    something (a capitalised word after the first: "Preston Crown Court"), no quotation, question or
    exclamation, no list item, no phrase said twice in it (a chant, a refrain, "We are the river,
    we are the rain", and a repeated question are the article's)."""
    t = text.strip()
    words = _WORD.findall(t)
    pairs = list(itertools.pairwise(words))
    return (
        _MIN_TWICE_WORDS <= n <= most
        and any(w[0].isupper() and w != "I" for w in words[1:])
        and len({(a.lower(), b.lower()) for a, b in pairs}) == len(pairs)
        and not _QUOTED.search(t)
        and t[-1:] not in "!?"
        and not _LIST_ITEM.match(t)
        and not _LABELLED.match(t)
        and not _NOT_PROSE.search(t)
    )


def _sections() -> frozenset[str]:
    return section_names("en")  # (cached there)


# Words that name a page's own parts, not an article's subject.
_PAGE_PARTS = re.compile(r"\b(?:logo|menu|navigation|nav|skip|privacy|search|log ?in|sign ?in|register|subscribe)\b", re.IGNORECASE)


def _is_kicker(text: str, most: int) -> bool:
    """A section's name as a kicker prints it: one to ``most`` capitalised words or particles ("India",
    "Politics & Government", "Album Reviews"), no figure, no sentence, no person's name."""
    t = text.strip()
    return (
        1 <= len(t.split()) <= most
        and is_label_words(t)
        and not any(c.isdigit() for c in t)
        and not _SENTENCE_END.search(t)
        and not is_person_name(t)
    )


# An item of a list numbered "1.", "2." ...
_LIST_NUMBER = re.compile(r"(\d{1,2})\.\s+(\S.*)")


def _numbered_crumbs(doc: Document, texts: Sequence[str], head: int) -> frozenset[int]:
    """The positions of a breadcrumb trail printed as a numbered list ("1. News" / "2. National") right above
    or right under the headline at ``head``: a run of two to four lines numbered 1, 2, ... in order, the
    trail's first item the site's root (a menu word, "Home", or a news section, "News", "Local News"),
    every item a section or menu name of the vocabulary, the list ending there.  A numbered list of
    anything else ("1. Health" / "2. Education": a poll's issues; "1. Ben Nevis"), or one away from the
    headline, is the article's."""
    out: set[int] = set()
    run: list[int] = []
    for i, t in enumerate([*texts, ""]):
        m = _LIST_NUMBER.fullmatch(t.strip())
        key = doc.phrase_key(m.group(2)) if m is not None else ""
        number = int(m.group(1)) if m is not None else 0
        if run and number == len(run) + 1 and key in _sections():
            run.append(i)
            continue
        if _MIN_CRUMBS <= len(run) <= _MAX_CRUMBS and number != len(run) + 1 and (run[0] == head + 1 or run[-1] == head - 1):
            out.update(run)  # (a list going on past the run with another item is the article's)
        run = [i] if number == 1 and (key in phrases("boilerplate/en/navigation") or key.split()[-1:] == ["news"]) else []
    return frozenset(out)


#: a breadcrumb trail has at most this many items
_MAX_CRUMBS = 4
_MIN_CRUMBS = 2  # items: a breadcrumb trail has at least this many (one numbered line is a list's item)


def _is_label(doc: Document, text: str, most: int) -> bool:
    """A line of the page above the headline: a menu word, a section name, or a short line naming the page's parts."""
    key = doc.phrase_key(text)
    if key in _sections():
        return True
    return doc.word_count(text) <= most and _PAGE_PARTS.search(text) is not None and not _SENTENCE_END.search(text)


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


def _glued(text: str) -> list[tuple[int, int, Hit]]:
    """A sign-up or paywall prompt run onto the end of an article sentence ("... has increased. For
    the latest news sign up to our newsletter here."): the last sentence of the line, when it alone
    is such a prompt, points at a link ("here", "below", an arrow, "click"), is not quoted, and no
    one on the line is reported speaking.  A review found that any other prompt-like closing line
    ("Share this story.", "Become a member.", "Support our work.") may be the article's own."""
    if len(text) > _MAX_GLUED_LINE_CHARS:
        return []
    # the dangling label ends the line and is at most this long: the cheap test first
    if _DANGLING_WORDS.search(text.rstrip()[-_DANGLING_SPAN:]) and (m := _DANGLING_LINK.search(text)) is not None and m.start() > 0:
        return [(m.start(), len(text), _DANGLING_HIT)]
    if not _LINK_WORD.search(text):
        return []  # (no link word on the line: no prompt pointing at one, the cheap test first)
    cuts = [m.start() for m in SENTENCE_BREAK.finditer(text)]
    if not cuts:
        return []
    last = cuts[-1]
    tail = text[last:].strip()
    if tail[:1] in "\"“‘'" or not _LINK_WORD.search(tail) or REPORTED.search(text):
        return []
    hit = furniture_hit(tail)
    if hit is not None and hit.code.startswith(_GLUABLE) and not hit.weak:
        return [(last, len(text), hit)]
    return []
