"""Concepts of page furniture, as data: whole-line phrase lists and shapes.

A widget flattened into article text leaves lines that say nothing of the
story: an ad marker ("Advertisement Hide Ad", "Story continues below"), comment
furniture ("Comments are closed.", "Please enter your comment!"), a share or
follow prompt ("Follow us on Twitter, Instagram and YouTube"), a paywall or
registration prompt ("To continue reading, please subscribe", "$4.75/week*"),
a reader appeal for money ("If you value our reporting, please donate"), a
"Read more" link or a related-list heading ("Related Posts", "More National
Articles"), a date stamp ("Updated Thursday, 7th June 2018, 6:19 pm"), a
byline ("By Nick Wright", "Reporting by A; editing by B"), a reading time
("11 min read"), a photo credit ("Photo / NZ Police", "(Supplied: Jane Doe)")
or a caption that carries its credit ("The former pub. Photo: Google").

Each family is a *concept*: a whole-line phrase list in the shared vocabulary
(``data/boilerplate/<lang>/<concept>.txt``, matched after
:func:`articleclean.lexicon.normalise_phrase`) and a few *shapes*, patterns with
variable parts, written once in :data:`SHAPES` with their code and reason.
:func:`line_furniture` says whether a whole line is one of them; any cleaner
may ask (the ``furniture`` cleaner removes such lines, the classifier reads
past them to find the headline).

Do no harm: a line with a reporting clause or a quotation is never an appeal;
a date alone is a stamp only at the top of the page or with a time of day (a
timeline's "17 June 2020" heading is not); a byline's name has no function
word ("By contrast" is not one); a caption's credit must be labelled ("Photo:",
"Photograph:", "Credit:", "Image:") or name an agency or a picture desk in
brackets, never a bare "(Source: ONS)" citation.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .cleaners.dates import DATE_PATTERN
from .lexicon import entries, normalise_phrase, phrases
from .text import word_count

__all__ = ["LEADING_STAMP", "SHAPES", "Shape", "line_furniture"]


class Shape(NamedTuple):
    """One shape of one concept: a pattern the whole line must match."""

    code: str
    reason: str
    #: matched with ``fullmatch`` against the normalised line (casefolded,
    #: outer punctuation trimmed, spaces squeezed) when ``on_key``, else
    #: against the line as written (capitals matter: names, credits)
    pattern: str
    on_key: bool = True


# -- reusable parts of the shapes ------------------------------------------------
_NETWORK = r"(?:twitter|x|instagram|facebook|telegram|tiktok|youtube|linkedin|threads|whatsapp|google news|bluesky|mastodon|snapchat|pinterest)"
_NETWORKS = rf"{_NETWORK}(?:\s*(?:,|and|&|or)\s*(?:on\s+)?{_NETWORK})*"
_CUR = r"[£$€₹]|(?:us|ca|au|nz)\$|rs\.?\s?"
_PERIOD = r"(?:week|wk|month|mo|year|yr|day)"
# A name as bylines print it: capitalised words or capitals ("Nick Wright",
# "AAP", "Mary-Jane O'Neill", "Ruth de Vries"), at most five words.
_NAME = r"(?:[A-Z][\w'’.-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|bin|al|da|di|du|le|la|del|dos|ap)){0,4}"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}"
# A credit's label, as written: "Photo:", "Photograph by", "Picture:", "Image credit:", "PHOTO:", "Photo /".
_CREDIT_LABEL = (
    r"(?i:(?:file |main |top |stock |library |handout |supplied )?"
    r"(?:photo(?:graph)?|pic(?:ture)?|image|credit|photo credit|image credit|image source|picture credit)"
    r"(?:\s+by)?)"
)
_CREDIT_BODY = r"[^\n]{1,80}"
# A picture desk in brackets at a caption's end: "(Supplied: Jane Doe)", "(ABC News: Ian Cutmore)",
# "(PA)", "(Getty Images)", "(AP Photo/Jane Doe)".
# A credit with no label after a caption's last sentence: a photographer and a
# desk between slashes ("Jono Searle/AAP Image", "Russell Cheyne - WPA/Pool via Getty Images").
_SLASH_CREDIT = (
    r"(?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’.-]+(?:\s[-–]\s[A-Z][\w&.'’-]*)?/[A-Z][\w&.'’ -]{1,40}"
    r"(?:\s(?:via|for)\s[A-Z][\w&.' -]{1,40})?"
)
# "Photo by Jane Doe", "All photos: Court", "Picture: PA".
_CREDIT_LEAD = rf"(?:{_CREDIT_LABEL}\s*[:/]|(?i:(?:all )?(?:photo(?:graph)?s?|pictures?|images?)(?:\sby\b|\s?:)))"
_BRACKET_DESK = (
    r"\((?:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}/[^()]{1,40}|[^()]{0,60}(?:via Wikimedia Commons|CC BY|Creative Commons)[^()]{0,30}"
    r"|(?i:supplied|photo|picture|image|credit|file|handout|courtesy)[^()]{0,60}"
    r"|[A-Z][\w.&]*(?:\s[A-Z][\w.&]*){0,3}\s(?:News|Photo|Images|TV|Media)(?::|/)[^()]{1,50}"
    r"|(?:PA|AP|AFP|EPA|AAP|Reuters|Getty Images|Getty|Shutterstock|Alamy|PTI|ANI|IANS)(?:\s?(?:Photo|Wire|Images))?(?:\s?/[^()]{1,50})?)\)"
)

#: The shapes, by concept.  Codes name the concept, never a site.
SHAPES: tuple[Shape, ...] = (
    # ads: a marker, maybe numbered or with its "hide" button and "continues below" note
    Shape(
        "ad.marker",
        "advertisement marker",
        r"(?:advertis[e]?ments?|advertisment|advert|ad|sponsored|paid (?:content|post)|promoted)(?:\s+\d{1,2})?"
        r"(?:\s*(?:[-–|:]\s*)?(?:hide ad|skip ad|scroll to continue(?: with content)?|continue reading below|"
        r"(?:story|article|content) continues below))*",
    ),
    Shape("ad.marker", "advertisement marker", r"(?:hide ad|skip ad)(?:\s+(?:hide ad|skip ad))*"),
    Shape(
        "ad.marker",
        "'continues below' note of an ad slot",
        r"(?:this advertisement has not loaded yet,? but )?(?:your |the )?(?:story|article|content|text) continues "
        r"(?:below|after (?:this |the )?(?:advertisement|advert|ad))(?: (?:this |the )?(?:advertisement|advert|ad))?",
    ),
    Shape("ad.marker", "ad slot label", r"article content|scroll (?:down )?to continue(?: reading| with content)?"),
    # comments: counters and the comment box's own lines
    Shape("comments.furniture", "comment counter", r"(?:comments?|replies|responses)\s*\(?\d{1,5}\)?|\(?\d{1,5}\)?\s*(?:comments?|replies|responses)"),
    Shape(
        "comments.furniture",
        "comment box prompt",
        r"please (?:enter|type|write) your (?:comment|name|email(?: address)?|reply)(?: here)?|"
        r"your email address will not be published.{0,80}|this site uses akismet to reduce spam.{0,80}|"
        r"(?:comments?|commenting) (?:policy|rules|guidelines)\b.{0,400}|comments?\W+our (?:rules|house rules)",
    ),
    Shape(
        "comments.furniture",
        "comment rules",
        r"(?:keep it clean|don't threaten|be truthful|be nice|be proactive|share with us|please turn off your caps lock)"
        r"(?:\W.{0,200})?",
    ),
    # share / follow / contact prompts: an imperative addressed to the reader, naming networks
    Shape(
        "share.prompt",
        "follow prompt naming social networks",
        rf"(?:(?:stay|keep) (?:informed|updated|up to date|in the know)\W+)?(?:please )?(?:follow|like|join|subscribe to|find) "
        rf"(?:us|[\w.&' -]{{1,40}}?) (?:on|via) {_NETWORKS}\b.{{0,200}}",
    ),
    Shape(
        "share.prompt",
        "share prompt",
        r"share (?:this|the|our) (?:article|story|post|page|video|link)?\s?(?:now|with (?:a friend|friends|your friends))?"
        r"(?:\s?(?:on|via|with) .{1,60})?|share this on .{1,200}",
    ),
    Shape(
        "share.prompt",
        "contact prompt for news tips",
        r"(?:got|have|do you have) (?:a|any) (?:story|news tip|tip|news story|tip-off)(?: for us)?\W.{0,200}|"
        r"send (?:us )?your (?:news|stories|pictures|photos|tips)\b.{0,200}|"
        r"eyewitness\W+(?:submit|send|share) your .{0,120}",
    ),
    # related: "read more" links and related-list headings
    Shape(
        "related.link",
        "'read more' link",
        r"(?:read more|read next|read also|also read|see also|more here|click here for more|click here to read more|"
        r"read (?:more|the (?:full )?story|the full article|his article|her article|their article|that letter|"
        r"the letter|the report|our story|more about it)(?: and (?:see|watch) the video)?(?: here| at| on .{1,40})?)",
    ),
    Shape("related.link", "link to another story", r"(?:read more|read also|also read|read next|more|see also|related)\s?:\s?.{3,200}"),
    Shape("related.link", "teaser that ends in 'read more'", r".{10,400}(?:…|\.\.\.)\s*read more(?: »|›)?"),
    Shape(
        "related.heading",
        "heading of a related-stories list",
        r"(?:more|latest|related|recent|similar|top|trending|popular|recommended|other|most (?:read|popular|recent|viewed|shared|commented))"
        r"(?:\s+[\w-]+){0,2}\s+(?:news|stories|articles|posts|headlines|videos|reads|links)(?:\s+(?:on|from|in) [\w .-]{1,30})?",
    ),
    # sign-up and paywall prompts
    Shape(
        "signup.prompt",
        "newsletter sign-up prompt",
        r"(?:for (?:the latest|more|all the latest) .{1,60}? )?(?:sign up|subscribe|register) (?:to|for) (?:our|the|my) "
        r"(?:free )?(?:[\w'-]+ ){0,4}(?:newsletters?|emails?|bulletins?|briefings?)(?: here| now| today)?",
    ),
    Shape(
        "paywall.prompt",
        "log-in or subscribe prompt",
        r"(?:already (?:have an account|a (?:subscriber|member)|registered)|not (?:yet )?a (?:subscriber|member)|"
        r"don't have an account|have you registered with us yet)\W*(?:(?:please )?(?:log ?in|sign ?in|subscribe|register|"
        r"join|click)\b.{0,80})?",
    ),
    Shape(
        "paywall.prompt",
        "paywall prompt",
        r"(?:to (?:continue|keep) reading|to read (?:this|the full|all of this) (?:article|story|investigation)?)\W.{0,200}|"
        r"(?:this|the) (?:content|article|story|page) is (?:only )?(?:available|reserved|exclusive) (?:only )?(?:to|for) "
        r"(?:paid |paying |premium |registered |digital )?(?:subscribers|members).{0,200}|"
        r"please (?:log|sign) ?in (?:to|for) (?:continue|read|view|access|premium).{0,200}|"
        r"you have (?:reached|read|used) (?:your|the|all) .{0,40}(?:limit|free articles?|free stories)\b.{0,120}|"
        r"subscribe (?:to|today|now)(?: [\w.'’-]+){0,4}|read this article for free|start (?:your )?free trial",
    ),
    Shape(
        "paywall.offer",
        "subscription price",
        rf"(?i:\*?(?:only |just )?(?:{_CUR})\s?\d{{1,4}}(?:\.\d\d)?\s?(?:/|per |a |every )(?:\d+ )?{_PERIOD}s?\*?|"
        rf"\*?(?:{_CUR})\d{{1,4}}(?:\.\d\d)? for (?:the first |your first )?\d{{1,2}} {_PERIOD}s?\*?|"
        r"\*billed as .{1,120}|\*no charge for \d{1,2} .{0,200})",
        on_key=False,
    ),
    # bylines, stamps, reading time (as written: names are capitalised)
    Shape("byline.stamp", "reading time", r"\d{1,3}\s?(?:min|mins|minute|minutes)\s(?:read|listen)|(?:reading|listening) time\W+\d{1,3}\s?(?:min|mins|minutes)(?: read)?"),
    Shape(
        "byline.name",
        "byline",
        rf"(?i:by|story by|written by|words by|reporting by|report by|posted by)\s*:?\s*{_NAMES}"
        rf"(?:\s*[|,–-]\s*(?:{DATE_PATTERN}|{_NAME}))?",
        on_key=False,
    ),
    Shape("byline.empty", "empty byline or stamp label", r"(?:by|posted|published|updated|last updated|posted on|published on|written by)(?:\W+(?:by|posted|published|updated|last updated|on))*"),
    Shape(
        "byline.wire",
        "wire credit line",
        r"(?i:(?:additional )?reporting by|writing by|editing by|compiled by)\s[^\n]{2,100}?(?:;|,|\band\b)\s*"
        r"(?i:(?:additional )?reporting|writing|editing|compiled)\s(?i:by)\s[^\n]{2,100}",
        on_key=False,
    ),
    Shape("byline.source", "source line of a wire story", r"(?i:source|h/t|via)\s?:?\s?(?:[A-Z][\w.&-]*|[A-Z]{2,})(?:\s(?:[A-Z][\w.&-]*|[A-Z]{2,})){0,4}", on_key=False),
    # credits and captions carrying a credit
    Shape("credit.photo", "photo credit", rf"{_CREDIT_LABEL}\s*[:/|]\s*{_CREDIT_BODY}|(?i:video|photo)\s/\s[^\n]{{1,40}}", on_key=False),
    Shape("credit.photo", "photo credit in brackets", rf"{_BRACKET_DESK}|\([A-Z]{{2,6}}\)", on_key=False),
    Shape(
        "caption.credit",
        "image caption ending in its credit",
        rf"[^\n]{{8,400}}?(?:[.!?\"”)]\s*|\s+\|\s*|\s+[-–]\s+|\s+){_CREDIT_LEAD}\s*[^\n]{{1,60}}",
        on_key=False,
    ),
    Shape("caption.credit", "image caption ending in its credit", rf"[^\n]{{8,400}}?(?:[.!?\"”)]\s+|\s+\|\s*){_SLASH_CREDIT}", on_key=False),
    Shape("caption.credit", "image caption ending in its credit", rf"[^\n]{{8,400}}?[.!?]?\s*{_BRACKET_DESK}", on_key=False),
    Shape("caption.credit", "image caption ending in a picture number", r"[^\n]{8,400}?[.!?]\s*(?:\(\d{6,10}\)|[A-Z]{2,3}\d[A-Z0-9]{3,6})", on_key=False),
    # site footers and sign-offs
    Shape(
        "footer.legal",
        "copyright notice",
        r"(?i:copyright\s?)?(?:©|\(c\))\s?(?:\d{4}|[A-Z])[^\n]{0,300}|(?i:copyright)\s(?:©\s?)?\d{4}\b[^\n]{0,300}|"
        r"[^\n]{0,120}(?i:all rights reserved)\b[^\n]{0,500}",
        on_key=False,
    ),
    Shape("footer.powered", "platform credit", r"(?i:powered by)\s[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?", on_key=False),
    Shape(
        "promo.signoff",
        "station sign-off",
        r"(?:please )?(?:stay with|keep it (?:here|locked) (?:on|to)|stay tuned to|check back with) .{1,40}?"
        r"(?:for (?:further |more |the latest )?updates|as (?:this|the) story (?:develops|unfolds)|for more)(?: on this story)?",
    ),
    # counters of reads, views and comments
    Shape("byline.counter", "read counter", r"read \d[\d,]* times|\d[\d,]* (?:views|reads)|views:? \d[\d,]*"),
    Shape("comments.furniture", "comment counter", r"\d{1,5} comments? (?:for|on)\W.{1,200}|scroll down to comment below|what did you think\W.{0,80}comment below"),
    # markup and code left in the text: a line of punctuation, a colour, a style-sheet class, a bare image or tweet link
    Shape(
        "junk.markup",
        "markup left in the text",
        r"[^\w\n]{1,20}|#[0-9a-fA-F]{6}|[•·*-]?\s?[a-z]+(?:-[a-z]+){2,}|pic\.twitter\.com/\w+|"
        r"https?://\S+\.(?:jpe?g|png|gif|webp)\S*|https?://img\.\S+|\]\]>",
        on_key=False,
    ),
    # an image's file name or a content hash left as a line
    Shape(
        "caption.file",
        "image file name",
        r"(?:img|dsc|dscn|dscf|pxl|screenshot|screen shot|image|photo)[ _-]?\d[\w .-]{2,40}(?:\.(?:jpe?g|png|gif|webp))?"
        r"|\d{4}-\d\d-\d\d-[a-z0-9-]{3,60}|[0-9a-f]{24,64}|[\w-]{1,60}\.(?:jpe?g|png|gif|webp)",
    ),
)

# Concepts whose phrase lists are matched against whole lines, and the code each gives.
PHRASE_CONCEPTS: tuple[tuple[str, str], ...] = (
    ("ads", "ad.marker"),
    ("comments", "comments.furniture"),
    ("share", "share.prompt"),
    ("login", "paywall.prompt"),
    ("paywall", "paywall.prompt"),
    ("newsletter", "signup.prompt"),
    ("donation", "donation.appeal"),
    ("skip_links", "navigation.skip"),
    ("consent", "consent.banner"),
)

# A date stamp glued to the start of the page's first line ("date 2023-08-18 Council backs plan").
LEADING_STAMP = re.compile(rf"(?i:(?:date|published|posted|updated)\s*:?\s*)?(?:{DATE_PATTERN})\s+(?=\S)")

_STAMP_WORDS = frozenset(
    "posted published updated last first modified on at and date created edited".split()
)
_TIME_OF_DAY = re.compile(r"\b(?:[01]?\d|2[0-3])(?::|\.)[0-5]\d\s*(?:[ap]\.?m\.?)?(?!\d)|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
# A date in figures: "31/01/2013", "26.07.10", "2013-08-16".
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_MONTHS = "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december".split()
_DATE_WORDS = frozenset(
    _MONTHS
    + "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday".split()
    + "am pm a.m p.m gmt bst utc ist et est edt pt pst pdt ct cst cdt aest aedt acst awst nzst nzdt cet cest sast wat eat pkt hkt sgt".split()
    + "today yesterday ago hour hours minute minutes min mins day days week weeks month months".split()
)
_STAMP_TOKEN = re.compile(r"[a-z][a-z.]*|\d{1,4}(?:st|nd|rd|th)?|[^\sa-z0-9]+")
# An act of giving: strong ones name money or membership, weak ones only support.
_GIVING = re.compile(
    r"\b(?:donat(?:e|ion|ions|ing)|contribut(?:e|ion)|chip in|become (?:a |an )?(?:member|supporter|patron|subscriber|friend)|"
    r"make a (?:gift|pledge)|consider (?:subscribing|supporting|donating|a donation|becoming)|"
    r"signed up as (?:paying |founding )?(?:members|supporters)|paying members?)",
    re.IGNORECASE,
)
_SUPPORT = re.compile(r"\b(?:support (?:us|our|independent|local|quality)\b|back (?:us|our journalism|our work)\b|join (?:us|our members)|keep us (?:going|alive|independent))", re.IGNORECASE)
_OUTLET = re.compile(r"\b(?:we|us|our)\b", re.IGNORECASE)
# An appeal that opens on the reader's act or on the outlet's need, with no "you":
# "Help us to keep the lights on!", "Keep proper journalism alive.", "Dear Daily reader, ...",
# "To donate by check, see our More Ways to Give page."
_APPEAL_OPENING = re.compile(
    r"(?:please )?(?:help us (?:to )?(?:keep (?:the lights on|going|reporting)|continue (?:our|reporting)|fund our)|"
    r"keep (?:\w+ ){0,2}journalism alive|to donate (?:by|via|online)\b.{0,80}\bour\b|dear (?:\w+ ){0,3}readers?,|"
    r"support (?:our|independent|local) journalism)",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:you|your|readers like you|our readers)\b", re.IGNORECASE)
_JOURNALISM = re.compile(r"\b(?:journalism|reporting|newsroom|news|journalists|our work|our mission|independent|coverage|stories)\b", re.IGNORECASE)
# A periodic price, as appeals and memberships quote them: "from £1 a month", "$5/month".
_PRICE = re.compile(r"(?:[£$€₹]\s?\d+(?:\.\d\d)?|\d+p)\s?(?:a|per|/|every)\s?(?:month|week|year)", re.IGNORECASE)
_REPORTED = re.compile(r"[\"“”]|\b(?:said|says|told|according to|added|urged|asked)\b", re.IGNORECASE)


@functools.cache
def _compiled(on_key: bool) -> tuple[re.Pattern[str], tuple[Shape, ...]]:
    """One alternation of the shapes of a kind, each a named group (one match a line)."""
    chosen = tuple(s for s in SHAPES if s.on_key == on_key)
    parts = [f"(?P<s{i}>{s.pattern})" for i, s in enumerate(chosen)]
    return re.compile("|".join(parts)), chosen


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
        for p in phrases("en/related_headings") if lang == "en" else ():
            out.setdefault(p, "related.heading")
    except FileNotFoundError:  # pragma: no cover - package data
        pass
    return out


def _is_stamp(key: str, top: bool) -> bool:
    """Is the (normalised) line only a date stamp: stamp words, dates and times?

    A bare date needs a time of day or a place at the top of the page; with a
    stamp word ("Updated", "Posted on") any date will do.
    """
    toks = _STAMP_TOKEN.findall(key)
    if not toks or len(toks) > 24:
        return False
    lead = False
    named = False  # a month, a weekday, a time zone or "ago"
    for t in toks:
        if t in _STAMP_WORDS:
            lead = True
        elif t in _DATE_WORDS or t.rstrip(".") in _DATE_WORDS:
            named = True
        elif t[0].isalpha():
            return False
    timed = _TIME_OF_DAY.search(key) is not None
    dated = named or _NUMERIC_DATE.search(key) is not None
    if not (dated or (lead and timed)):
        return False  # figures alone are a score or a count, not a date ("2-0", "148")
    return lead or top or timed


def _agency_line(line: str) -> bool:
    """A line that is a news agency's name, maybe with a date stamp: 'PA Media', 'The Canadian Press, 14 Jan, 2019 09:48 PM'."""
    head, _, rest = line.partition(",")
    names = _agency_names()
    if head.strip() not in names:
        return False
    return not rest.strip() or _is_stamp(normalise_phrase(rest), True)


@functools.cache
def _agency_names() -> frozenset[str]:
    return frozenset(entries("agencies"))


def _is_appeal(line: str, key: str, count: int) -> bool:
    """A reader-addressed appeal for money: 'you' or 'your', an action of giving, about the outlet's work."""
    if count > 80 or _REPORTED.search(line) is not None:
        return False
    if _APPEAL_OPENING.match(key):
        return True
    if _READER.search(key) is None:
        return False
    if _GIVING.search(key) is not None:
        return _JOURNALISM.search(key) is not None or _PRICE.search(line) is not None or _OUTLET.search(key) is not None
    return _SUPPORT.search(key) is not None and _JOURNALISM.search(key) is not None


def line_furniture(line: str, *, top: bool = False, lang: str = "en") -> tuple[str, str] | None:
    """``(code, reason)`` when the whole ``line`` is page furniture of a named family, else ``None``.

    ``top``: the line sits above the article's first paragraph (a bare date is a stamp there).

    >>> line_furniture("Advertisement Hide Ad")
    ('ad.marker', "ad phrase ('advertisement hide ad')")
    >>> line_furniture("Advertisement 2")
    ('ad.marker', 'advertisement marker')
    >>> line_furniture("By contrast, the council said little."), line_furniture("By Nick Wright")[0]
    (None, 'byline.name')
    >>> line_furniture("Inflation rose again in May (Source: ONS)") is None
    True
    """
    t = line.strip()
    if not t:
        return None
    key = normalise_phrase(t)
    n = word_count(t)
    code = _phrase_codes(lang).get(key)
    if code is not None:
        return code, f"{code.split('.')[0]} phrase ({key!r})"
    if n <= 120:
        rx, shapes = _compiled(True)
        m = rx.fullmatch(key)
        if m is not None and m.lastgroup is not None:
            s = shapes[int(m.lastgroup[1:])]
            return s.code, s.reason
        rx, shapes = _compiled(False)
        m = rx.fullmatch(t.rstrip(",;: "))
        if m is not None and m.lastgroup is not None:
            s = shapes[int(m.lastgroup[1:])]
            if s.code == "byline.name" and not _plausible_byline(t):
                pass
            elif s.code == "credit.photo" and (n > 10 or sum(w.lower() in _FUNCTION_WORDS for w in t.split()) > 1):
                pass  # "Photo: The team enjoying the sun in March" is a caption; a credit names, it does not tell
            elif s.code.startswith("caption.credit") and n > 60:
                pass
            else:
                return s.code, s.reason
    if n <= 24 and _is_stamp(key, top):
        return "byline.stamp", "date stamp"
    if top and key.isdigit() and len(key) <= 6:
        return "byline.counter", "a count above the article (comments, views, shares)"
    if n <= 16 and _agency_line(t):
        return "byline.agency", "news agency credit line"
    if _is_appeal(t, key, n):
        return "donation.appeal", "reader appeal for money"
    return None


_FUNCTION_WORDS = frozenset(
    "a an the this that these those it its is are was were be been his her their our your my of for from with about "
    "into over under after before while because and or but not no all any some such contrast then now far law way far "
    "far the way default design far chance mistake accident night day morning evening noon midnight".split()
)


def _plausible_byline(line: str) -> bool:
    """A byline's name is names, not words: 'By Nick Wright', not 'By Contrast' or 'By The Way'."""
    words = re.findall(r"[A-Za-z][\w'’.-]*", line)
    rest = words[1:]
    if rest and rest[0].lower() in ("story", "written", "words", "reporting", "report", "posted"):
        rest = rest[1:]
    if rest and rest[0].lower() == "by":
        rest = rest[1:]
    if not rest:
        return False
    if len(rest) == 1 and not rest[0].isupper():
        return False  # "By Friday": one capitalised word is not a name (an agency is in capitals)
    return not any(w.lower() in _FUNCTION_WORDS for w in rest[:2]) and not any(w.lower() in _MONTHS for w in rest[:2])
