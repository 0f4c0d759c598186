"""The page's top: the headline, the labels and the byline round it, and a title cut short.

:func:`read_top` runs after the page loop, above the article's first paragraph: the page's title or
description cut short over the line that prints it whole, the outlet's line beside a byline's name (or
closing a syndicated story), the menu words and section names round the headline, and a name alone under
it (a byline without "By").
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import lazyre as re
from ...concepts import Hit, agent_noun, byline_name, is_label_words, is_name_shaped, is_person_name
from ...document import Document
from ...lexicon import phrases
from ...text import dedupe_key, ends_sentence, is_all_caps
from .page import Page
from .shapes import (
    _MENU,
    _SENTENCE_END,
    _SHORT_NAME_PART,
    _WORD,
    _is_heading,
    _is_outlet,
    _outlet_brand,
    _outlet_line,
    _sections,
)

# A line the rules above the headline took (a cut title, an outlet's line), as furniture for the label and
# name rules after them; it is not removed again.
_REMOVED_HIT = Hit("navigation.removed", "taken above the headline by an earlier rule", False)

#: a byline without "By" sits within this many lines under the headline (a bound: each candidate reads the page)
_MAX_UNDER_HEADLINE = 4

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


_MIN_HEADLINE_WORDS, _MAX_HEADLINE_WORDS = 3, 30  # words: a title-shaped line above the first paragraph (shorter: a label; longer: a paragraph)

# A numbered or bulleted item: "1. Ben Nevis", "2) Malham Cove", "• Salt".
_NUMBERED = re.compile(r"(?:\d{1,3}[.)]|[•·*–-])\s")


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


_SHORT_OUTLET_WORD = 3  # characters: an outlet's word this short ("The", "of") is not looked for in the article as its name

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
    feats = doc.features()
    outlets = [pos for pos in free if feats.derived(_outlet_line, live[pos].text)]
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


def _labels_round_headline(
    doc: Document, live: list, hits: dict[int, Hit], first: int | None, head: int | None, most: int
) -> dict[int, str]:
    """Menu words and section names around the headline, above the article's first paragraph.

    The headline is the last title-shaped line (3 to 30 words, no full
    stop, not starting with a figure, not furniture) above the first prose
    paragraph.  When every line above it is furniture or a label of the
    page, the labels go: a line that is a menu word or a section name from
    the vocabulary ("News", "Headlines", "Crime", "Home"), or names the
    page's own parts ("DAWN.COM Logo", "Mobile navigation", "PRIVACY").
    A section name alone between the headline and the paragraph goes too.
    ``first`` is the first paragraph's position, as the page loop found it (:func:`.page.read_page`).
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
    labels = {i for i in range(head) if i not in hits and (_is_label(doc, live[i].text, most) or i in crumbs)}
    # the headline printed twice (a card's link and its title) is no line of another kind above it; and it
    # says which line is the headline: a section's name above it ("India", "Politics & Government") is no
    # short headline over its standfirst, and goes as a label
    echo = dedupe_key(live[head].text)
    echoes = {i for i in range(head) if i not in hits and dedupe_key(live[i].text) == echo}
    if echoes:
        labels |= {
            i for i in range(min(echoes)) if i not in hits and i not in labels and _is_kicker(live[i].text, most)
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
    doc: Document, live: list, hits: dict[int, Hit], first: int | None, head: int | None
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


def read_top(page: Page, max_masthead_lines: int, max_label_words: int) -> None:
    """Take the page's title cut short, the outlet's line, the labels round the headline and a name under it."""
    doc, ch, live, hits, removed = page.doc, page.ch, page.live, page.hits, page.removed
    top_zone, sentence, first_prose = page.top_zone, page.sentence, page.first_prose
    head = _headline(doc, live, hits, first_prose)  # read once: the labels above it, a name under it
    # the page's title or description cut short above the line that prints it whole
    for pos in _cut_title(doc, live, hits, top_zone, max_masthead_lines):
        ch.remove([live[pos].index], code="navigation.title", reason="the page's title or description cut short, above the line that prints it whole")
        removed[pos] = "navigation.title"
    # the outlet's name beside a byline's name above the article, or closing a syndicated story
    for pos, code, reason in _outlet_lines(doc, live, hits, removed, sentence, first_prose):
        ch.remove([live[pos].index], code=code, reason=reason)
        removed[pos] = code
    if removed:
        page.hits = hits = {**hits, **{pos: _REMOVED_HIT for pos in removed}}  # furniture above the headline for the rules below
    for pos, reason in _labels_round_headline(doc, live, hits, first_prose, head, max_label_words).items():
        ch.remove([live[pos].index], code="navigation.label", reason=reason)
        removed[pos] = "navigation.label"
    for pos, reason in _name_under_headline(doc, live, hits, first_prose, head).items():
        if pos not in removed:
            ch.remove([live[pos].index], code="byline.name", reason=reason)
            removed[pos] = "byline.name"
