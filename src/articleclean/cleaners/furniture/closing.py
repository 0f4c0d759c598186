"""The closing run: what follows the article's last paragraphs.

:func:`remove_closing_run` takes, after the captions: the teaser cards under a related-stories heading, the
author box (the byline's name again and the bio under it, or under its "About the author" heading), a run of
other stories' excerpts cut off mid-sentence, and the writer's contact lines at the page's end.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ... import lazyre as re
from ...concepts import Hit, byline_name, is_person_name
from ...document import Block, Document
from ...lexicon import phrases
from ...text import dedupe_key, ends_sentence
from .page import Page
from .shapes import _MENU, _QUOTED, _SHORT_NAME_PART, _SMALL_WORDS, _WORD

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


def remove_closing_run(page: Page, max_standfirst_words: int, min_excerpt_run: int) -> None:
    """Take the teaser cards, the author box, a run of excerpts and the writer's contact lines (see the module docstring)."""
    doc, ch, live, hits, removed = page.doc, page.ch, page.live, page.hits, page.removed
    counts, sentence = page.counts, page.sentence
    # the teaser cards under a related-stories heading at the page's end: headlines, each with or
    # without its standfirst ("MORE NATIONAL ARTICLES" / "Jet damaged on taxiway" / "Officials say ...")
    headings = sorted(pos for pos, code in removed.items() if code == "related.heading")
    prose_from = _prose_from(sentence, removed, hits) if headings else []
    read_to = -1  # a heading inside the cards of the one before it was read with them (linear time)
    for pos in headings:
        if pos < read_to:
            continue
        cards, read_to = _card_run(doc, live, pos + 1, removed, hits, max_standfirst_words, prose_from)
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
        if len(run) >= min_excerpt_run and not continues:
            ch.remove([live[i].index for i in run], code="related.excerpt", reason="excerpts of other stories, each cut off mid-sentence")
            removed.update(dict.fromkeys(run, "related.excerpt"))
        run = []
    # the writer's contact lines after the article's last sentence ("jdoe@paper.com" / "419-555-0100" /
    # "Twitter: @JaneDoe")
    for pos in _contact_tail(live, removed, sentence):
        ch.remove([live[pos].index], code="byline.contact", reason="the writer's contact details after the article's last sentence")
        removed[pos] = "byline.contact"
