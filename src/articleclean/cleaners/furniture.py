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
from dataclasses import dataclass

from .. import lazyre as re
from ..base import BaseCleaner
from ..concepts import LEADING_STAMP, REPORTED, SENTENCE_BREAK, Hit, furniture_hit
from ..document import Document, Edit
from ..lexicon import phrases
from ..text import dedupe_key, ends_sentence, is_all_caps

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
    #: lines above the headline of at most this many words are the page's labels (menu, section, site name)
    max_label_words: int = 3
    #: the items of an offer's bulleted list of benefits are this short ("Play interactive puzzles")
    max_offer_item_words: int = 15
    #: this many excerpts cut off mid-sentence in a row are a list of other stories (one may be the
    #: article's own quotation trailing off)
    min_excerpt_run: int = 2

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
        for pos, b in enumerate(live):
            top = prose < self.top_prose_lines
            if top:
                top_zone.add(pos)
            hit = furniture_hit(b.text, top=top)
            if hit is not None:
                hits[pos] = hit
                continue
            n = doc.word_count(b.text)
            if n >= 12 and ends_sentence(b.text):
                prose += 1
                if first_prose is None:
                    first_prose = pos
                titled = min(titled, pos)
            elif titled == len(live) and n >= 5 and _is_heading(b.text, n):
                titled = pos
        # a sign-up or paywall prompt glued to the end of an article sentence: cut as an edit
        for pos, b in enumerate(live):
            if pos not in hits:
                # the line as it is now (the first line may have lost its glued date stamp)
                for start, end, hit in _glued(ch.block(b.index).text):
                    ch.edit(b.index, [Edit(start, end, "", hit.code, f"{hit.reason}, glued to an article sentence")])
        removed: dict[int, str] = {}
        for pos, reason in self._labels_round_headline(doc, live, hits, first_prose).items():
            ch.remove([live[pos].index], code="navigation.label", reason=reason)
            removed[pos] = "navigation.label"
        for pos, hit in hits.items():
            if pos > 0 and pos - 1 not in hits and hit.code.startswith(_ADDRESSED_FAMILIES) and live[pos - 1].text.rstrip().endswith(":"):
                continue  # a leaflet, a poster or a notice quoted after "... it reads:" is the article's
            # a one-word phrase ("Reply", "Related", "Newest") is furniture at the top or beside furniture
            beside = (pos - 1) in hits or (pos + 1) in hits
            if hit.weak and not beside and (pos not in top_zone or hit.code.startswith(("paywall.", "donation.", "notice."))):
                continue  # a dialogue's "No thanks." is no paywall button: one needs furniture beside it
            ch.remove([live[pos].index], code=hit.code, reason=hit.reason)
            removed[pos] = hit.code
        # an offer's list of benefits: the bulleted items after a paywall item in its list
        # ("• Enjoy unlimited reading on ..." / "• Read the E-Edition" / "• Play interactive puzzles")
        for pos, code in list(removed.items()):
            if not code.startswith(_OFFER_FAMILIES) or not _BULLET.match(live[pos].text) or doc.word_count(live[pos].text) < 3:
                continue  # a menu's "• Newsletter" heads no offer
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
        # the caption line an image leaves right above its credit, in the same paragraph ("X" / "Photo: Y")
        for pos, code in removed.items():
            if code == "credit.photo" and pos > 0 and pos - 1 not in removed:
                above = live[pos - 1]
                t = above.text
                n = doc.word_count(t)
                if (
                    above.para == live[pos].para
                    and 3 <= n <= self.max_caption_words
                    and not _QUOTED.search(t)
                    and not _LIST_ITEM.match(t)
                    and not (n >= 12 and t.rstrip().endswith("."))  # a paragraph above a data or picture credit
                ):
                    ch.remove([above.index], code="caption.beside", reason="caption right above its photo credit")
        # an image's caption and its alt text, one after the other below the page's top
        for pos in range(len(live) - 1):
            if pos in removed or pos + 1 in removed or (pos in top_zone and pos <= titled):
                continue  # at the top, a line and its echo are the headline and the page title
            a, a_next = live[pos].text, live[pos + 1].text
            if _caption_pair(a, a_next, doc.word_count(a), doc.word_count(a_next), self.max_caption_words):
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
        # a run of other stories' excerpts, each cut off mid-sentence ("... to cover the intersection of…"),
        # after the article's last sentence (a line of six words or more ending like one)
        excerpt = [pos not in removed and _is_excerpt(b.text, doc.word_count(b.text)) for pos, b in enumerate(live)]
        last_prose = max(
            (pos for pos, b in enumerate(live) if pos not in removed and not excerpt[pos] and doc.word_count(b.text) >= 6 and ends_sentence(b.text)),
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
        # the caption line an image leaves beside its credited copy ("X" next to "X. Photo: Y")
        for pos, code in removed.items():
            if not code.startswith("caption.credit"):
                continue
            full = live[pos].text
            for other in (pos - 1, pos + 1):
                if 0 <= other < len(live) and other not in removed:
                    t = live[other].text
                    if len(t) >= 8 and full.startswith(t.rstrip(".")) and doc.word_count(t) < self.max_caption_copy_words:
                        ch.remove([live[other].index], code="caption.copy", reason="caption repeated beside its credited copy")
        return ch.commit()

    def _labels_round_headline(
        self, doc: Document, live: list, hits: dict[int, Hit], first: int | None
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
        head = None
        for i in range(first - 1, -1, -1):
            t = live[i].text
            n = doc.word_count(t)
            if i not in hits and 3 <= n <= 30 and not t.rstrip().endswith((".", ":", ";", ",")) and not _MENU.search(t):
                head = i
                break
        if head is None or _NUMBERED.match(live[head].text):
            return {}  # "1. Ben Nevis" is a list's first item, not a headline ("1 killed in shooting" is one)
        labels = {i for i in range(head) if i not in hits and _is_label(doc, live[i].text, self.max_label_words)}
        if any(i not in hits and i not in labels for i in range(head)):
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
        return out


def _caption_pair(a: str, b: str, na: int, nb: int, most: int) -> bool:
    """Two lines that say the same in other words, as an image's caption and alt text do:
    the same words but for a few (case, a preposition, a hyphen), neither a question, an
    exclamation or a quotation (a chant or a repeated question is the article's)."""
    if not (3 <= na <= most and 3 <= nb <= most) or abs(na - nb) > max(2, (na + nb) // 8):
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
    if not (len(wa) >= 3 and len(wb) >= 3 and len(wa & wb) >= 0.75 * len(wa | wb)):
        return False
    # a caption and its alt text differ in small words ("at" / "in") or in case, not in what they name
    # ("London" / "Edinburgh", "flour" / "sugar", "1" / "2")
    return all(w in _SMALL_WORDS for w in wa ^ wb)


# The code whose bulleted item starts an offer's list of benefits ("• Enjoy unlimited reading on ..."; a
# sign-up or an appeal item heads lists of advice too: "• Subscribe to the Met Office warnings"); a bullet.
_OFFER_FAMILIES = ("paywall.prompt",)
_BULLET = re.compile(r"\s*[•·▪►✓✔*-]\s")

# Families that speak to the reader: quoted after a line ending in a colon, they are the article's.
_ADDRESSED_FAMILIES = ("signup.", "paywall.", "share.", "donation.", "notice.", "promo.", "comments.", "related.")

# A line cut off mid-word or mid-clause: a word, a comma or a colon, then an ellipsis.
_CUT_OFF = re.compile(r"[\w,;:’'][ \u00a0]?(?:…|\.\.\.)$")


# A line that opens like speech, a transcript or a log: a quotation, a dash, an ellipsis, a
# speaker's or a question's label ("MINISTER:", "Q:"), a time ("12.41pm").
_SPOKEN = re.compile(r"[\"“‘'—–-]|…|\.\.\.|[A-Z][\w .'’-]{0,30}:\s|\d{1,2}[.:]\d\d")
# A paragraph that carries on the one before it: an ellipsis or a small letter first.
_CONTINUES = re.compile(r"\s*(?:…|\.\.\.|[a-z])")


def _is_excerpt(text: str, n: int) -> bool:
    """An excerpt of another story, cut off where the teaser ends: 6 to 80 words ending in an
    ellipsis right after a word ("... to chronicle one of…"), not speech, a transcript's turn or a log's entry."""
    t = text.strip()
    return 6 <= n <= 80 and _CUT_OFF.search(t) is not None and not _SPOKEN.match(t) and not t.endswith("....")


def _is_heading(text: str, n: int) -> bool:
    """A heading: 3 to 20 words, starting with a capital or a figure, not ending like a sentence."""
    t = text.strip()
    return 3 <= n <= 20 and (t[:1].isupper() or t[:1].isdigit()) and not t.endswith((".", ":", ";", ",", "?", "!")) and not _MENU.search(t)


# What a caption has not: a web address, a separator of menus and stamps.
_NOT_PROSE = re.compile(r"www\.|https?:|\.(?:com|org|net|co\.uk)\b|\s\|\s|\|")


def _caption_twice(text: str, n: int, most: int) -> bool:
    """A line that, printed twice running, is an image's caption: 2 to ``most`` words that name
    something (a capitalised word after the first: "Preston Crown Court"), no quotation, question or
    exclamation, no list item, no phrase said twice in it (a chant, a refrain, "We are the river,
    we are the rain", and a repeated question are the article's)."""
    t = text.strip()
    words = _WORD.findall(t)
    pairs = list(itertools.pairwise(words))
    return (
        2 <= n <= most
        and any(w[0].isupper() and w != "I" for w in words[1:])
        and len({(a.lower(), b.lower()) for a, b in pairs}) == len(pairs)
        and not _QUOTED.search(t)
        and t[-1:] not in "!?"
        and not _LIST_ITEM.match(t)
        and not _LABELLED.match(t)
        and not _NOT_PROSE.search(t)
    )


@functools.cache
def _sections() -> frozenset[str]:
    return phrases("boilerplate/en/sections") | phrases("boilerplate/en/navigation")


# Words that name a page's own parts, not an article's subject.
_PAGE_PARTS = re.compile(r"\b(?:logo|menu|navigation|nav|skip|privacy|search|log ?in|sign ?in|register|subscribe)\b", re.IGNORECASE)


def _is_label(doc: Document, text: str, most: int) -> bool:
    """A line of the page above the headline: a menu word, a section name, or a short line naming the page's parts."""
    key = doc.phrase_key(text)
    if key in _sections():
        return True
    return doc.word_count(text) <= most and _PAGE_PARTS.search(text) is not None and not _SENTENCE_END.search(text)


# The families a glued sentence may be, and the words that point a prompt at its link.
_GLUABLE = ("signup.", "paywall.")
_LINK_WORD = re.compile(r"\b(?:here|below|click|tap)\b|[»›>]", re.IGNORECASE)


def _glued(text: str) -> list[tuple[int, int, Hit]]:
    """A sign-up or paywall prompt run onto the end of an article sentence ("... has increased. For
    the latest news sign up to our newsletter here."): the last sentence of the line, when it alone
    is such a prompt, points at a link ("here", "below", an arrow, "click"), is not quoted, and no
    one on the line is reported speaking.  A review found that any other prompt-like closing line
    ("Share this story.", "Become a member.", "Support our work.") may be the article's own."""
    if len(text) > 2000 or not _LINK_WORD.search(text) or REPORTED.search(text):
        return []  # (no link word on the line: no prompt pointing at one, the cheap test first)
    cuts = [m.start() for m in SENTENCE_BREAK.finditer(text)]
    if not cuts:
        return []
    last = cuts[-1]
    tail = text[last:].strip()
    if tail[:1] in "\"“‘'" or not _LINK_WORD.search(tail):
        return []
    hit = furniture_hit(tail)
    if hit is not None and hit.code.startswith(_GLUABLE) and not hit.weak:
        return [(last, len(text), hit)]
    return []
