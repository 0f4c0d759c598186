"""Byline, date and section label above the article become metadata; the headline is noted.

Only the top of the text is looked at: the lines before the first prose
paragraph.  Byline / date lines and an all-caps section label there are
removed from the text and kept as metadata; the headline (the first title-like
line) stays in the text and is also reported.

>>> from articleclean.document import Document
>>> text = "NEWS\\n\\nJane Smith 3 March 2026\\n\\nBridge reopens after repairs\\n\\nThe bridge reopened on Monday after months of repairs."
>>> doc = MetadataCleaner().apply(Document.from_text(text))
>>> doc.text()
'Bridge reopens after repairs\\n\\nThe bridge reopened on Monday after months of repairs.'
>>> doc.metadata.to_dict()
{'headline': 'Bridge reopens after repairs', 'byline': 'Jane Smith', 'date': '2026-03-03', 'section': 'NEWS'}
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from .. import lazyre as re
from ..base import BaseCleaner
from ..concepts import SENTENCE_BREAK, is_label_words, is_person_name
from ..concepts.parts import AUTHOR_NAMES
from ..concepts.stamps import BYLINE_DATE, NOT_NAME
from ..dates import DATE_PATTERN, parse_date
from ..document import Block, Document
from ..features import PLAIN, TextFeatures
from ..lexicon import phrases
from ..text import ends_sentence, is_all_caps, looks_like_body, looks_like_title

__all__ = ["MetadataCleaner"]

_NAMES = AUTHOR_NAMES  # the byline's author, two to four words of letters (concepts.parts)
# "By Jane Smith"; with its date on the line, "Jane Smith 3 March 2026", it is BYLINE_DATE (concepts.stamps)
_BYLINE = re.compile(rf"^(?:[Bb]y|BY):?\s+{NOT_NAME}{_NAMES}$")
# "By" read as the first of a byline's two names ("By Staff | May 15, 2019": one name, "Staff"): the label
_BY_LABEL = re.compile(r"^(?:[Bb]y|BY):?\s+")
_DATED = re.compile(
    rf"^(?:(?i:published|updated|posted|last updated|first published)(?:\s+(?i:on))?\s*(?::\s*)?)?(?P<date>{DATE_PATTERN})$"
)


# Removal codes of lines whose facts still become metadata (see MetadataCleaner.apply).
_META_CODES = ("byline.", "navigation.label", "label.")
# ... and, in a page read from HTML, the lines its markup put in the article's header or a
# byline element, or outside the article's container (a header above it)
_PAGE_META_CODES = (*_META_CODES, "boilerplate.header", "boilerplate.author_bio", "boilerplate.outside")


@dataclass(frozen=True)
class MetadataCleaner(BaseCleaner):
    """Move byline / date / section label lines at the top into metadata; note the headline."""

    name = "metadata"
    description = "byline, date and section label at the top become metadata"
    top_lines: int = 6

    def apply(self, doc: Document) -> Document:
        live = doc.live()
        feats = doc.features()
        ch = doc.changes(self.name)
        # The top of the page as it came: live lines, and the bylines, stamps and labels an
        # earlier cleaner removed as furniture (their facts still become metadata).
        top: list[Block] = []
        seen_live = 0
        codes = _META_CODES if doc.page is None else _PAGE_META_CODES
        for b in doc.blocks:
            if seen_live >= self.top_lines or len(top) >= 4 * self.top_lines:
                break  # the top of a page, not a page of labels
            if not b.text or (b.removed is not None and not b.removed.startswith(codes)):
                continue
            if b.removed is None:
                if looks_like_body(b.text):
                    break
                seen_live += 1
            top.append(b)
        kept = []
        labelled = False  # a label of the page came before: an all-caps line under it is no section
        entries = _dated_entries(live)
        for k, b in enumerate(top):
            t = b.text
            below_label, labelled = labelled, labelled or b.removed == "navigation.label"
            if feats.words(t) > _MAX_META_WORDS:
                if b.removed is None:
                    kept.append(b)
                continue
            if b.index in entries:
                if b.removed is None:
                    kept.append(b)
                continue  # "Tony Blair, 2 May 1997" / "Gordon Brown, 27 June 2007": a list's entries, not a byline
            if m := BYLINE_DATE.match(t):
                ch.meta(byline=_BY_LABEL.sub("", m.group("name")), date=parse_date(m.group("date")))
                ch.remove([b.index], code="meta.byline", reason="byline and date line moved to metadata")
            elif m := _BYLINE.match(t):
                ch.meta(byline=m.group("name"))
                ch.remove([b.index], code="meta.byline", reason="byline line moved to metadata")
            elif m := _DATED.match(t):
                ch.meta(date=parse_date(m.group("date")))
                ch.remove([b.index], code="meta.date", reason="date line moved to metadata")
            elif (
                not kept
                and not below_label  # a name under the page's labels
                and feats.words(t) <= _LABEL_WORDS
                and not ends_sentence(t)
                and k + 1 < len(top)
                and looks_like_title(top[k + 1].text)
                and not is_all_caps(top[k + 1].text)
                and is_all_caps(t)
            ):
                ch.meta(section=t)
                ch.remove([b.index], code="meta.section", reason="section label above the headline moved to metadata")
            elif not kept and not below_label and b.removed is None and k + 1 < len(top) and _kicker(t, top[k + 1].text, feats):
                # a section's name in title case is noted, and the line under it is the headline; the line stays:
                # in text alone a short headline over its standfirst ("Fake News" / "Why ...") looks the same
                ch.meta(section=t)
            elif b.removed is None:
                kept.append(b)
        headline = None
        if kept and len(live) > 1:
            h = kept[0].text
            if (
                len(kept) > 1
                and feats.words(h) <= _LABEL_WORDS
                and feats.words(kept[1].text) >= _KICKER_TITLE_WORDS
                and looks_like_title(kept[1].text)
                and not ends_sentence(kept[1].text)
                and kept[1] is not live[-1]
                and _CLOCK.search(kept[1].text) is None  # a stamp in a language without its words ("22 de outubro de 2010 às 20:13")
            ):
                h = kept[1].text  # a short label over a longer title ("South Africa" / "Soweto residents ..."): the title
            if _MIN_HEADLINE_WORDS <= feats.words(h) <= _MAX_HEADLINE_WORDS and looks_like_title(h) and not ends_sentence(h) and kept[0] is not live[-1]:
                headline = h
                ch.meta(headline=h)
        noted = doc.metadata.headline
        if noted is not None and doc.page is None and noted not in {b.text for b in live}:
            # the headline an earlier cleaner noted lost its line since (a credit found once a glued stamp was cut);
            # a page read from HTML declares its headline (JSON-LD, Open Graph, <h1>), which need be no line's
            ch.correct_meta(headline=headline)
        return ch.commit()


# A list's entry: a name (capitalised words), a comma, and a year at the end ("Tony Blair, 2 May 1997",
# "Martha Koome, Chief Justice, 6 December 2024"; not a stamp's "Updated: 4 May, 2024").
_DATED_ENTRY = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,4},[^\n]{0,80}\b(?:19|20)\d\d")
#: two such lines at most this many lines apart make a list (an entry, its description, the next entry)
_ENTRY_GAP = 2
_MAX_ENTRY_CHARS = 160  # characters: a list's entry (a name, a date) is short; a longer line is not matched against its shape
_MAX_META_WORDS = 16  # words: a byline, a date or a section label at the top is this short; a longer line is the page's text
_MIN_HEADLINE_WORDS, _MAX_HEADLINE_WORDS = 2, 30  # words: the line noted as the headline (one word is a label; longer is a paragraph)
_MIN_KICKER_WORDS = 2  # words: a section's name in title case over a headline; one word ("Brown", "Green") may be a list's
_PARTICLE_CHARS = 3  # characters: a section name's word this short is a particle ("of", "and", "the"), not a section's word


def _dated_entries(live: list[Block]) -> frozenset[int]:
    """The block indices of the lines that are entries of a list of names and dates: a line of that shape
    with another within :data:`_ENTRY_GAP` lines (a timeline of office holders, a shortlist, a bench of
    judges each over a line about them). A byline's line is one on its page."""
    shaped = [k for k, b in enumerate(live) if len(b.text) <= _MAX_ENTRY_CHARS and _DATED_ENTRY.fullmatch(b.text.strip())]
    out: set[int] = set()
    for a, b in itertools.pairwise(shaped):
        if b - a <= _ENTRY_GAP:
            out.update((live[a].index, live[b].index))
    return frozenset(out)


#: a line of at most this many words over a longer title is its label, not the headline (metadata only)
_LABEL_WORDS = 3
#: a kicker's headline has at least this many words (a two-word line over a three-word one may be a
#: short headline over its standfirst)
_KICKER_TITLE_WORDS = 5


def _kicker(text: str, title: str, feats: TextFeatures = PLAIN) -> bool:
    """A section name in title case above the headline ("Politics & Government", "County News"):
    two or three capitalised words or particles, one of them a word of the vocabulary's section
    names, no figure, no given name, over a headline of
    five words or more that is one sentence and starts with a letter or figure.  A date, a score
    or a clause ("Police say") is no section's name; one word ("Workplace") goes only when the
    vocabulary names it a section (the furniture cleaner's labels round the headline).

    >>> _kicker("Politics & Government", "Council Dispensary Vote: Compassion or Weed Wacking?")
    True
    >>> _kicker("Police say", "Man charged after crash on the bypass"), _kicker("Storm Babet", "Floods hit town")
    (False, False)
    >>> _kicker("Brown", "Nurses reject pay offer as union calls for strike ballot")
    False
    >>> _kicker("Andrew Phelan", "Court lifts gagging order on new charges"), _kicker("Wright Ava", "Nurses reject pay offer")
    (False, False)
    """
    words = feats.key(text).split()
    return (
        feats.words(text) >= _MIN_KICKER_WORDS  # one word ("Brown", "Green") over a title may be a list's: sections named in the vocabulary go by furniture's rule
        and is_label_words(text)
        and not any(c.isdigit() for c in text)
        and feats.words(title) >= max(_KICKER_TITLE_WORDS, 2 * feats.words(text))
        and title.lstrip()[:1].isalnum()  # a quotation or a list item is no headline
        and SENTENCE_BREAK.search(title) is None  # nor are two sentences
        and not is_person_name(text)
        # a section's word in it ("County News", "Politics & Government"), no given name
        # ("Wright Brown", a table of names, is no section)
        and any(w in _section_words() for w in words)
        # the section's word is the name's head (its last word: "County News", "City Politics") or one side
        # of "A & B" ("Politics & Government"): "Money Matters", "Crime Scene" are short headlines
        and (words[-1] in _section_words() or _AND.search(text) is not None)
        and not any(w in phrases("names/given") for w in words)
    )


_AND = re.compile(r"\s(?:&|and)\s")
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d\d\b")


@functools.cache
def _section_words() -> frozenset[str]:
    """The words of the vocabulary's section names ("news", "politics", "reviews"), less particles."""
    return frozenset(w for p in phrases("boilerplate/en/sections") for w in p.split() if len(w) > _PARTICLE_CHARS)
