"""The shape engine: compiling the shapes of :data:`SHAPES` lazily behind their gates, finding
the first shape a line matches, the checks a match must pass (:func:`_passes`), and the whole-line
classifier :func:`furniture_hit` with :func:`line_furniture` on top of it.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from .. import lazyre as re
from ..lexicon import normalise_phrase, phrases
from ..patterns import FirstCharIndex, word_trie
from ..text import word_count
from .appeals import _APPEAL_GATE, _APPEAL_WORDS, _DEAR_READER, _MAX_APPEAL_WORDS, _is_appeal
from .buttons import (
    _CRUMB_MARK,
    _GLUED_ROW_TOKENS,
    _ICON_ROW_WORDS,
    _MAX_CRUMB_CHARS,
    _MAX_CRUMB_WORDS,
    _MAX_ROW_WORDS,
    _MIN_ROW_WORDS,
    _account_phrases,
    _breadcrumb,
    _button_row,
    _comment_phrases,
    _control_run,
    _glued_buttons,
    _icon_row,
    _may_run_controls,
)
from .comments import _comment_policy, _comment_rules
from .names import (
    _agency_line,
    _named_outlet,
    _nameish,
    _plausible_byline,
    _slash_credit,
    _wire_name,
    agent_noun,
    desk_words,
    function_words,
    is_label_words,
)
from .parts import REPORTED, SENTENCE_BREAK, SLASH_SIGN_OFF, Shape, bracket_sign_off
from .shapes import PHRASE_CONCEPTS, SHAPES
from .stamps import _EMPTY_LABEL, _HAS_DIGIT_OR_AGO, _STAMP_OPENERS, _YEAR, _is_stamp

# Lines longer than this are never one of the shapes (a caption with its credit is shorter): with this
# bound, the patterns' work on a line is bounded too, and the cleaner is linear in the text.
_MAX_SHAPE_CHARS = 600
#: a caption that says who is where has at most this many words
_MAX_CAPTION_WORDS = 45
_MAX_SHAPE_WORDS = 120  # words: a line this long may be one of the shapes (a caption with its credit, an appeal); a longer one is the article's prose, never matched against them
_MAX_CREDITED_CAPTION_WORDS = 60  # words: a caption with its credit ("... (Photo: Jane Doe)") is at most this long; a longer paragraph ending in a credit is the article's
_INNER_GROUP = re.compile(r"\(\?P<\w+>")


@functools.cache
def _kind(on_key: bool) -> tuple[tuple[Shape, ...], tuple[re.Pattern[str], ...]]:
    """The shapes of a kind (matched on the key, or on the line as written), each compiled alone."""
    chosen = tuple(s for s in SHAPES if s.on_key == on_key)
    return chosen, tuple(re.compile(s.pattern) for s in chosen)


@functools.cache
def _open_index(on_key: bool) -> FirstCharIndex:
    """The shapes of a kind that have no gate, indexed by the characters a match can start with (a gated
    shape is never a candidate: :func:`_first_match` tries it alone, when its gate is open)."""
    return FirstCharIndex([None if s.needs else s.pattern for s in _kind(on_key)[0]])


@functools.cache
def _open_alternation(on_key: bool, candidates: tuple[int, ...]) -> re.Pattern[str]:
    """One alternation of the ``candidates`` (shapes of a kind that have no gate), each closed by an
    empty named group ``s<index>``, the match's ``lastgroup`` (one match a line, linear: a pass over the
    line per shape at most).  (The group after the shape, not round it: an alternative then opens on
    the shape's own first character or class, which the engine tests before it enters the alternative.)"""
    shapes = _kind(on_key)[0]
    parts = [f"(?:{_INNER_GROUP.sub('(?:', shapes[i].pattern)})(?P<s{i}>)" for i in candidates]
    return re.compile("|".join(parts) or "(?!)")


class _Start(NamedTuple):
    """What a kind's shapes make of a line's first character: the open shapes that can start with it in
    one alternation, and the gated ones that can (a gated shape that cannot is not tried, its gate open
    or not)."""

    alternation: re.Pattern[str]
    gated: frozenset[int]


@functools.cache
def _start(on_key: bool, first: str) -> _Start:
    """:class:`_Start` for a line whose first character is ``first`` (a pure function of it, kept: one
    look-up a line)."""
    return _Start(_open_alternation(on_key, _open_index(on_key).candidates(first)), frozenset(_gated_index(on_key).candidates(first)))


def _first_match(on_key: bool, text: str, needy: tuple[int, ...]) -> int | None:
    """The first shape of a kind, in table order, whose pattern matches the whole ``text``:
    the open shapes that can start with its first character in one pass, each gated shape
    whose gate is open, and that can start with that character too, on its own."""
    alone = _kind(on_key)[1]
    start = _start(on_key, text[:1])
    m = start.alternation.fullmatch(text)
    best = int(m.lastgroup[1:]) if m is not None and m.lastgroup is not None else None
    for i in needy:
        if best is not None and i > best:
            break
        if i in start.gated and alone[i].fullmatch(text):
            return i
    return best


@functools.cache
def _gated_index(on_key: bool) -> FirstCharIndex:
    """The shapes of a kind that have a gate, indexed by the characters a match can start with."""
    return FirstCharIndex([s.pattern if s.needs else None for s in _kind(on_key)[0]])


@functools.cache
def _gates(on_key: bool) -> tuple[re.Pattern[str], tuple[tuple[int, frozenset[str]], ...]]:
    """One search for every gate word of a kind (a trie: one character test a position), and
    each shape's gate (empty: open)."""
    shapes = _kind(on_key)[0]
    return re.compile(word_trie(w for s in shapes for w in s.needs)), tuple((i, frozenset(s.needs)) for i, s in enumerate(shapes))


def _open_gates(on_key: bool, low: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The shapes of a kind whose gate (``needs``) the lower-cased line passes (one search a line),
    and those of them that have a gate (the others are tried in one alternation)."""
    return _gated(on_key, frozenset(_gates(on_key)[0].findall(low)))


@functools.cache
def _gated(on_key: bool, present: frozenset[str]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    passed = tuple(i for i, needs in _gates(on_key)[1] if not needs or needs & present)
    return passed, tuple(i for i, needs in _gates(on_key)[1] if needs and needs & present)


@functools.cache
def _phrase_codes(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for concept, code in PHRASE_CONCEPTS:
        try:
            for p in phrases(f"boilerplate/{lang}/{concept}"):
                out.setdefault(p, code)
        except FileNotFoundError:
            continue
    try:
        for p in phrases("boilerplate/en/related") if lang == "en" else ():
            out.setdefault(p, "related.heading")
    except FileNotFoundError:  # pragma: no cover - package data
        pass
    return out


class Hit(NamedTuple):
    """What a line is: its code, the reason, and whether it is only a short phrase from a list
    (a one-word line such as "Reply" or "Related", furniture beside other furniture)."""

    code: str
    reason: str
    weak: bool = False


# Codes whose lines speak to the reader: a reporting clause or a quotation makes them the article's.
_ADDRESSED = ("comments", "share", "paywall", "signup", "related", "promo", "footer", "donation", "notice", "ad.appeal")
_WEAK_APPEAL_WORDS = 2  # words: a paywall's or an appeal's phrase this short ("Start now", "No thanks") is weak (furniture only beside furniture); a longer one is the box's line on its own
_MIN_CONTROL_RUN_WORDS, _MAX_CONTROL_RUN_WORDS = 2, 16  # words: a widget's controls run together on one line, two phrases or more (so as many words); a longer line is a sentence naming them
_STRONG_CONTROLS = 3  # phrases: a run of this many controls is the widget's on its own; fewer ("Reply Share") are furniture only beside furniture
_STRONG_BUTTONS = 2  # buttons: a row naming this many is the share row on its own; one button alone ("Save for later") is a how-to's heading as often, furniture only beside furniture
_MAX_EMPTY_LABEL_WORDS = 3  # words: a stamp's or a byline's label with nothing after it ("Last updated:", "Written by:"); a longer line goes on past its label
_MAX_STAMP_WORDS = 24  # words: a date stamp is this short (stamps' _MAX_STAMP_TOKENS, in words: a cheap test before its tokens are read); a longer line is the article's
_MAX_COUNTER_DIGITS = 6  # digits: a count above the article (comments, views, shares) up to 999999; a longer figure is no widget's count (a phone number, a reference)
_MAX_AGENCY_LINE_WORDS = 16  # words: an agency's name with its date stamp ("The Canadian Press, 14 Jan, 2019 09:48 PM"); a longer line is a sentence naming the agency


def furniture_hit(line: str, *, top: bool = False, lang: str = "en") -> Hit | None:
    """The :class:`Hit` when the whole ``line`` is page furniture of a named family, else ``None``.

    ``top``: the line sits above the article's first paragraph (a bare date is a stamp there,
    and a "By NAME" line a byline).
    """
    t = line.strip()
    if not t:
        return None
    return stripped_hit(t, normalise_phrase(t), word_count(t), top=top, lang=lang)


def stripped_hit(t: str, key: str, n: int, *, top: bool = False, lang: str = "en") -> Hit | None:
    """:func:`furniture_hit` of a line already stripped and not empty, ``t``, given its
    :func:`~articleclean.lexicon.normalise_phrase` ``key`` and its :func:`~articleclean.text.word_count`
    ``n`` (a cleaner that has them for the document's lines reads each line once)."""
    code = _phrase_codes(lang).get(key)
    if code == "paywall.badge":
        # a story's badge for subscribers ("PREMIUM") is one over the article only: lower down, a list's word
        return Hit(code, f"subscribers' badge over the story ({key!r})") if top else None
    if code is not None:
        # one word ("Reply", "Related"), or two of a paywall or appeal ("Start now", "No thanks")
        weak = (
            (n <= 1 and not code.startswith(("ad.", "navigation.")))
            or (n <= _WEAK_APPEAL_WORDS and code.startswith(("paywall.", "donation.")))
            or code.startswith("notice.")  # "Something went wrong." may be the story's own line: only beside furniture
        )
        return Hit(code, f"{code.split('.')[0]} phrase ({key!r})", weak)
    if n <= _MAX_SHAPE_WORDS and len(t) <= _MAX_SHAPE_CHARS:
        low = t.lower()
        for text, on_key in ((key, True), (t.rstrip(",;: "), False)):
            shapes, alone = _kind(on_key)
            gates, needy = _open_gates(on_key, low)
            first = _first_match(on_key, text, needy)
            if first is None:
                continue
            # the first shape that matches and passes its checks (shapes after a failed one are
            # tried alone: only lines that matched one shape get there)
            for k in gates[gates.index(first) :]:
                mk = alone[k].fullmatch(text)
                if mk is not None and _passes(shapes[k], mk, t, n, top, REPORTED.search(t) is not None):
                    return Hit(shapes[k].code, shapes[k].reason, shapes[k].weak)
    if _MIN_CONTROL_RUN_WORDS <= n <= _MAX_CONTROL_RUN_WORDS and _may_run_controls(key, lang):
        if controls := _control_run(key, _comment_phrases(lang), counts=True):
            # the comment box's controls run together ("Leave a Reply Cancel reply", "Oldest Newest Most Voted")
            return Hit("comments.furniture", "the comment box's controls run together", weak=controls < _STRONG_CONTROLS and controls == n)
        if controls := _control_run(key, _account_phrases(lang)):
            # the page's account bar run together ("Sign In | Register", "Subscribe now Already a subscriber? Log in")
            return Hit("paywall.prompt", "the page's account controls run together (log in, register, subscribe)", weak=controls < _STRONG_CONTROLS)
    if _MIN_ROW_WORDS <= n <= _MAX_ROW_WORDS and "," not in t and (buttons := _button_row(key)) and not _YEAR.search(t):
        # one button alone ("Save for later", "Share a post") is a how-to's heading as often: only beside furniture
        return Hit("share.buttons", "a row of share and tool buttons", weak=buttons < _STRONG_BUTTONS and "window" not in key)
    if n <= _GLUED_ROW_TOKENS and "," not in t and (glued := _glued_buttons(t)) is not None and (buttons := _button_row(glued)):
        # the row's labels run together ("FacebookTwitterWhatsappEmail", "Download PDFPrint Article")
        return Hit("share.buttons", "a row of share and tool buttons run together", weak=buttons < _STRONG_BUTTONS)
    if _ICON_ROW_WORDS[0] <= n <= _ICON_ROW_WORDS[1] and (t[:1].isupper() and _icon_row(t)):
        return Hit("navigation.menu", "a run of icon and menu labels flattened onto one line", False)
    if top and n <= _MAX_CRUMB_WORDS and len(t) <= _MAX_CRUMB_CHARS and _CRUMB_MARK.search(t) and _breadcrumb(t, lang):
        return Hit("navigation.breadcrumb", "breadcrumb trail above the article (the page's place among its sections)")
    if n <= _MAX_EMPTY_LABEL_WORDS and _EMPTY_LABEL.fullmatch(t):
        return Hit("byline.empty", "stamp or byline label with nothing after it")
    if n <= _MAX_STAMP_WORDS and _HAS_DIGIT_OR_AGO.search(key) and _is_stamp(key, top):
        return Hit("byline.stamp", "date stamp")
    if top and key.isdigit() and len(key) <= _MAX_COUNTER_DIGITS:
        return Hit("byline.counter", "a count above the article (comments, views, shares)")
    if n <= _MAX_AGENCY_LINE_WORDS and _agency_line(t):
        return Hit("byline.agency", "news agency credit line")
    if _DEAR_READER.match(t) and not REPORTED.search(t):
        return Hit("donation.appeal", "the outlet's letter to its readers (an appeal's opening)")
    if _LAST_GATES.search(key) is None:
        return None  # (neither an appeal's word nor a box's: one search for the two rules below)
    if n <= _MAX_APPEAL_WORDS and _APPEAL_GATE.search(key) and _is_appeal(t, key, n):
        return Hit("donation.appeal", "reader appeal for money")
    if len(t) <= _MAX_SHAPE_CHARS and _WIDGET_GATE.search(key) and (code := _flattened_widget(t, top, lang)) is not None:
        return Hit(code, f"{code.split('.')[0]} box flattened onto one line (every sentence is the box's)")
    return None


# A box's sentences: every one is furniture of a reader-addressed family, or the outlet's own
# blurb beside them ("ProPublica is a nonprofit newsroom that investigates abuses of power.").
_WIDGET_WORDS = ("sign up", "subscri", "newsletter", "inbox", "follow us", "register", "comment")
_WIDGET_GATE = re.compile(word_trie(_WIDGET_WORDS))
# The words of either gate, an appeal's or a box's: a line with none of them is neither (most lines: one search)
_LAST_GATES = re.compile(word_trie((*_APPEAL_WORDS, *_WIDGET_WORDS)))
_WIDGET_FAMILIES = ("signup.", "paywall.", "share.", "notice.", "donation.", "related.link", "promo.", "comments.")
_OUTLET_BLURB = re.compile(
    r"[A-Z][\w.&'’ -]{1,40} is (?:a|an|the) (?:[\w-]+ ){0,3}(?:newsroom|news (?:site|organi[sz]ation|outlet|service|website)|"
    r"publication|newspaper|magazine|media (?:company|outlet|organi[sz]ation))\b[^.!?]{0,120}[.!?]?|"
    # ... or its tagline, a noun phrase of its journalism with no verb of its own ("Fact-first reporting that
    # puts you at the heart of the newsroom.", "Independent journalism that holds power to account.")
    r"(?:[A-Z][\w‑’'-]*\s)(?:[\w‑’'-]+\s){0,3}(?:journalism|reporting|news|coverage|analysis)\s(?:that|which|you can trust|for)\b[^.!?]{0,100}[.!]?"
)


# Weak shapes that are furniture inside a flattened box too: the site's pointer to itself.
_BOX_ONLY = frozenset({"promo.site"})
_MIN_BOX_SENTENCES = 2  # sentences: a widget flattened onto one line is two or more; one sentence alone is read by its own shape or phrase


def _flattened_widget(line: str, top: bool, lang: str) -> str | None:
    """The code of a widget flattened onto one line: two or more sentences, each one furniture of
    a reader-addressed family (a sign-up pitch then a follow prompt), or the outlet's blurb, the
    first a sign-up, paywall or share sentence; nobody on the line is quoted or reported."""
    if len(line) > _MAX_SHAPE_CHARS or REPORTED.search(line) is not None:
        return None
    sentences = [x.strip() for x in SENTENCE_BREAK.split(line) if x.strip()]
    if len(sentences) < _MIN_BOX_SENTENCES:
        return None
    codes = []
    strong = False  # a short phrase ("Subscribe now.") is the box's only beside a sentence of it that is no phrase
    for x in sentences:
        hit = furniture_hit(x, top=top, lang=lang)  # a sentence is one: no deeper than this
        # (a weak one rides with the box's other sentences: the site's pointer to itself, a short phrase)
        if hit is not None and hit.code.startswith(_WIDGET_FAMILIES):
            codes.append(hit.code)
            strong = strong or not hit.weak
        elif _OUTLET_BLURB.fullmatch(x):
            codes.append("")
        else:
            return None
    if not strong:
        return None
    # the box is a sign-up, paywall, share or comment box: one of its sentences says so (the first that is
    # furniture, or after a link's or the site's pointer: "To view our epaper click here. ... Also,
    # follow us on Twitter")
    first = next((c for c in codes if c and not c.startswith(("related.link", "promo.site"))), None)
    return first if first is not None and first.startswith(("signup.", "paywall.", "share.", "comments.")) else None


# A wire's sign-off in brackets ending a paragraph: one word, no label ("(PTI)", "(NAN)", "(AFP)"; a caption's
# credit has its label or a name: "(Photo: Jane Doe)", "(ABC News: Ian Cutmore)")
_LINK_REASON = "link to another story"
# the first letter after a link's label and its colon or arrow ("Read more: X", "See also > X")
_AFTER_LINK_LABEL = re.compile(r"^[^:;>›»]{1,20}[:;>›»]\s*[\"“‘']?([^\W\d_])")
_SIGNED_SENTENCES = 2  # sentence breaks (the sign-off's own included) a reported paragraph with a "Name/DESK" sign-off has
_WIRE_SIGN_OFF = re.compile(r"\(\s?[A-Za-z]{2,12}\s?\)\s*$")

# A writer's own voice: a caption speaks of the picture in the third person.
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Ww]e|[Oo]ur|[Mm]e|[Uu]s)\b")


def _passes(s: Shape, m: re.Match[str], line: str, n: int, top: bool, reported: bool) -> bool:
    """The checks a shape's match must pass beyond its pattern."""
    if s.top_only and not top:
        return False
    if s.max_words and n > s.max_words:
        return False
    if reported and s.code.startswith(_ADDRESSED):
        return False
    if s.reason == _LINK_REASON and (m_colon := _AFTER_LINK_LABEL.search(line)) is not None and m_colon.group(1).islower():
        # "See also: the council's website, which has a postcode search.": a sentence goes on after the label; a
        # link to another story is its headline, in capitals (harm reviews 14 and 16)
        return False
    if s.code == "caption.credit" and (
        bracket_sign_off(line)
        or (reported and (_WIRE_SIGN_OFF.search(line) or (SLASH_SIGN_OFF.search(line) and len(SENTENCE_BREAK.findall(line)) >= _SIGNED_SENTENCES)))
    ):
        # "The minister said the state would pay compensation. (PTI)": the article's paragraph with the wire's
        # sign-off in brackets, not a caption with its credit (test5; after a full sentence on any line, test6);
        # a reported paragraph of two sentences or more and a reporter's "Name/DESK" sign-off (test6; one sentence
        # with "officials said" in a clause is a caption: "... where officials said the fire started. Ted Aljibe/AFP")
        return False
    groups = m.groupdict()
    credit = groups.get("credit") or groups.get("credit2") or groups.get("credit3") or groups.get("credit4")
    if credit is not None and not _nameish(credit):
        return False  # "The council painted a bleak picture: debts of £2bn" tells, a credit names
    if s.code == "byline.name":
        names = groups.get("names")
        if names is not None:
            if names.split()[0].lower() in _STAMP_OPENERS:
                return False  # "First Published: ..." is a stamp, not a name and a stamp
        elif (role := groups.get("role")) is not None:
            words = role.split()
            if not function_words().isdisjoint(words) or not (words[-1] in desk_words() or agent_noun(words[-1])):
                return False  # "By the River Thames", "By lunchtime Downing Street": no role (a role is a desk's word or an agent noun)
        elif groups.get("wire") is None and groups.get("agency") is None and groups.get("person") is None and not _plausible_byline(line):
            return False  # (a wire's name is checked below: "By The Associated Press")
        stamp = groups.get("stamp")
        if stamp is not None and not _is_stamp(normalise_phrase(stamp), True):
            return False
    if (left := groups.get("photographer")) is not None and not _slash_credit(left, groups.get("desk") or ""):
        return False
    if s.code == "comments.policy" and not _comment_policy(line, n):
        return False
    if s.code == "comments.rules" and not _comment_rules(line):
        return False
    wire = groups.get("wire")
    if wire is not None and not _wire_name(wire, agency=False):
        return False  # "By Nick Wright" lower down may be a book list's author (see the shape)
    agency = groups.get("agency")
    if agency is not None and not _wire_name(agency, agency=True):
        return False
    if (person := groups.get("person")) is not None and not _named_outlet(person, groups.get("outlet") or ""):
        return False
    if s.code == "caption.credit" and n > _MAX_CREDITED_CAPTION_WORDS:
        return False
    if groups.get("nameless") is not None and _FIRST_PERSON.search(line, 0, m.start("nameless")):
        return False  # "I enclose a picture of the bench my father built. Picture supplied": a reader's letter, not a caption
    if s.code == "caption.wire" and (reported or any(q in line for q in "\"“”") or SENTENCE_BREAK.search(line)):
        return False  # "This photo shows the moment ..., police said.": the article reporting; two sentences are a paragraph
    if s.code == "caption.position" and (n > _MAX_CAPTION_WORDS or reported or line.rstrip().endswith("?")):
        return False  # a paragraph or a quotation that names a left and a right is the article's
    if s.code == "caption.position" and (_POSITION_FIGURE.search(line) or _POSITION_NOT_CAPTION.match(line)):
        return False  # a table's party or side with its figure, a list after its label, a sentence going on
    if s.code == "navigation.title" and (_PRICE_FIGURE.search(line) or _TENSED.search(line)):
        return False  # a shop's price line ("Nike Pegasus 41, £124.95 - Nike.com"), a sentence quoting a title
    if s.untensed and _TENSED.search(line):
        return False  # "... test results will be delivered straight to your inbox": the article's sentence
    label = groups.get("label")
    # "The ruling came onMarch 3, 2021The council ...": a clause, not a section's name
    return label is None or is_label_words(label)


# A position in brackets followed by a figure: a party or a side in a table ("Jane Hart (L) 14,210 votes",
# "France Unbowed (left) 12%", "Brown (L) +2"), not a caption.
_POSITION_FIGURE = re.compile(r"\((?:L|R|C|left|right|centre|center|far left|far right)\)\s?[+\-−]?[\d£$€]")
# A line that is not a caption though it names a left and a right: a label first that is not a caption's
# ("Back four: Walker (right), ...", "Row 3: ...", "At the lock: cross the bridge (left)"; a caption's is
# "Pictured:", "Above:", "From left:"), or a pronoun going on from the line before ("Its three panels show ...").
_POSITION_NOT_CAPTION = re.compile(
    r"(?!(?i:pictured|picture|photo|image|above|below|top|main|inset|from left|clockwise|l-r)\b)[^():\n]{1,30}:\s"
    r"|(?:Its|Their|His|Her|They|It|This|These|Those|Both|Each)\s"
)
# A price: a shop's line, not a page's title.
_PRICE_FIGURE = re.compile(r"[£$€]\s?\d")
# A tensed verb: an auxiliary, or a past tense after a noun ("will be", "is", "followed in 2001").
_TENSED = re.compile(r"\b(?:will|would|is|are|was|were|be|been|being|has|have|had|can|could|should|may|might)\b|\b(?!delivered\b)\w{3,}ed (?:in|on|by|at|from|to)\b", re.IGNORECASE)


def line_furniture(line: str, *, top: bool = False, lang: str = "en") -> tuple[str, str] | None:
    """``(code, reason)`` when the whole ``line`` is page furniture of a named family, else ``None``.

    ``top``: the line sits above the article's first paragraph (a bare date is a stamp there).

    >>> line_furniture("Advertisement Hide Ad")
    ('ad.marker', "ad phrase ('advertisement hide ad')")
    >>> line_furniture("Advertisement 2")
    ('ad.marker', 'advertisement marker')
    >>> line_furniture("By contrast, the council said little."), line_furniture("By Nick Wright", top=True)[0]
    (None, 'byline.name')
    >>> line_furniture("Inflation rose again in May (Source: ONS)") is None
    True
    """
    hit = furniture_hit(line, top=top, lang=lang)
    return None if hit is None else (hit.code, hit.reason)
