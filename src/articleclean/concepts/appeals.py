"""Reader appeals for money and support: a donation appeal's line ("If you value our reporting,
please donate"), the lines of an appeal box and the outlet speaking of its own journalism.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import lazyre as re
from ..lexicon import normalise_phrase
from ..patterns import word_trie
from ..text import ends_sentence
from .parts import _CUR, _READER, REPORTED, SENTENCE_BREAK

# An act of giving: strong ones name money or membership, weak ones only support.
_GIVING = re.compile(
    r"\b(?:donat(?:e|ion|ions|ing)|contribut(?:e|ion)|chip in|become (?:a |an )?(?:member|supporter|patron|subscriber|friend)|"
    r"make a (?:gift|pledge)|consider (?:subscribing|supporting|donating|a donation|becoming)|"
    r"signed up as (?:paying |founding )?(?:members|supporters)|paying members?)",
    re.IGNORECASE,
)
# An appeal's salutation naming the outlet: "Dear Common Dreams reader,", "Dear Tyee Readers,"
# (a bare "Dear reader," may be a columnist's device: the outlet's name is the sign).
# (and the letter speaks of news or of giving: "Dear Everton supporters," and a candidate's "Dear Bristol Post
# readers, ..." are letters the article prints)
_DEAR_READER = re.compile(
    r"Dear (?:[A-Z][\w'’&.-]*\s){1,4}(?:[Rr]eaders?|[Mm]embers?|[Ss]upporters?),(?=.*\b(?:news|journalism|reporting|newsroom|donat|subscri))"
)
# Words of an outlet about itself, beside "journalism": a reader's letter about the church roof has none.
_OUTLET_WORDS = re.compile(r"\b(?:subscri|reader|journalis|member|free to read|paywall)", re.IGNORECASE)
_SUPPORT = re.compile(r"\b(?:support (?:us|our|independent|local|quality)\b|back (?:us|our journalism|our work)\b|join (?:us|our members)|keep us (?:going|alive|independent))", re.IGNORECASE)
_OUTLET = re.compile(r"\b(?:we|us|our)\b", re.IGNORECASE)
# An appeal that opens on the reader's act or on the outlet's need, with no "you":
# "Help us to keep the lights on!", "Keep proper journalism alive.",
# "To donate by check, see our More Ways to Give page."
# An imperative of giving with its urgency ("Make a tax-deductible gift today.", "Become a member now"), the
# line's whole or with a short tail ("... and get exclusive access."): a tail after a comma or naming where
# to give is a story's ("Make a donation today at the food bank's website, or drop off tins ...", "Become a
# member today, its posters say, and get free legal advice.")
_GIVE_NOW = re.compile(
    r"(?:please )?(?:(?:make|give) (?:a|your) (?:tax-deductible |one-off |one-time |monthly |recurring |small )?(?:gift|donation|contribution) (?:today|now)\b|"
    r"become (?:a|an) (?:paying |founding )?(?:member|supporter|patron|subscriber)(?: of [\w'’ ]{1,30}?)? (?:today|now)\b)"
    r"(?P<tail>[^,;:]*)$",
    re.IGNORECASE,
)
_GIVE_NOW_TAIL = 6  # words
_GIVE_ELSEWHERE = re.compile(r"\b(?:at|from|to|via) (?:the|a|any|its|their|his|her)\b", re.IGNORECASE)
_APPEAL_OPENING = re.compile(
    r"(?:please )?(?:help us (?:to )?(?:keep (?:the lights on|going|reporting)|continue (?:our|reporting)|fund our|"
    r"(?:keep|continue|fund|sustain|grow|protect|do)\b[^.!?]{0,40}\b(?:news|journalism|reporting|our work))|"
    r"keep (?:\w+ ){0,2}journalism alive|to donate (?:by|via|online)\b.{0,80}\bour\b|"
    # the news kept alive by the reader ("Help keep local news alive.", "Help keep independent journalism free")
    r"help keep (?:\w+ ){0,2}(?:news|journalism|reporting) (?:alive|free|going|independent|strong)\b(?! (?:was|is|were|are|became|has|had|remains)\b)|"
    # journalism needing the reader ("Independent journalism needs your support.")
    r"(?:(?:independent|local|quality|public[- ]interest|fearless|trusted) )?(?:journalism|reporting|local news) "
    r"(?:needs|depends on|relies on|can't survive without|cannot survive without) (?:your|readers'?) (?:support|help|backing)\b|"
    # the reader credited with the outlet's work ("This article was made possible by readers like you.",
    # "Readers like you make our reporting possible.")
    r"this (?:article|story|reporting|journalism|coverage) (?:was|is) (?:made possible|funded|supported) by (?:readers|members|supporters|donors) like you\b|"
    r"(?:readers|members|supporters|donors) like you make (?:our|this) (?:journalism|reporting|coverage) possible\b|"
    r"readers like you make (?:our|this) work possible\b|"  # (a charity's donors make its "work" possible too)
    r"support (?:our|independent|local) (?:journalism|reporting|newsroom)|support our work by (?:subscribing|donating|becoming|giving|joining)|"
    r"(?:support|back|fund) us (?:today|now)\b|"
    r"please consider (?:making )?(?:a |an )?(?:(?:monthly|one-off|one-time|small|regular|annual|recurring) )?"
    r"(?:donation|contribution|gift|subscribing|supporting us|donating|becoming a (?:member|supporter|subscriber))\b|"
    # the price of supporting ("Support the Ledger from as little as $1")
    r"support (?:us|[\w'’ .-]{1,40}?) (?:from|with|for) (?:as little as|just|only) (?:[£$€₹]|us\$|a\$|au\$|nz\$|c\$)\s?\d)",
    re.IGNORECASE,
)
# The reader's support as what keeps the outlet's news going ("Your support helps keep local news free",
# "We need your help to keep our journalism free"): with the outlet's news or journalism named.
_YOUR_SUPPORT = re.compile(
    r"\b(?:your (?:support|help|contribution|donation)s? (?:helps?|keeps?|makes?|allows?|means?|enables?|sustains?|funds?)|"
    r"(?:we|they) (?:need|rely on|depend on|count on) (?:your|readers like you|the support of readers)\b)",
    re.IGNORECASE,
)
_NEWS = re.compile(r"\bnews\b", re.IGNORECASE)
# "Every donation, big or small, helps.": an appeal inside the outlet's box (a hospice's story says it too)
_EVERY_GIFT = re.compile(
    r"every (?:donation|contribution|gift|dollar|pound|subscription|member)(?:,? (?:big or small|however small|no matter how small),?)? "
    r"(?:helps|counts|matters|makes a (?:big |real )?difference)\b",
    re.IGNORECASE,
)
# An appeal in the imperative, to the reader ("Donate to support independent journalism.", "Chip in $5 to keep
# local news alive.", "Please consider supporting our work with a donation."): the act of giving first
_GIVING_IMPERATIVE = re.compile(
    r"(?:please )?(?:consider )?(?:donat(?:e|ing)|chip(?:ping)? in|make (?:a |your )?(?:donation|contribution|gift|pledge)|contribute|"
    r"support(?:ing)? (?:us|our)|become (?:a |an )?(?:member|supporter|patron|friend)|join (?:us|our members))\b"
)
# What an imperative appeal supports: the news ("Support our local businesses" is a campaign's, and a charity
# asks to "support our work" as often as an outlet)
_NEWS_WORK = re.compile(r"\b(?:journalism|reporting|newsroom|journalists|news)\b", re.IGNORECASE)
# An appeal on the reader's reading: "If you read the Herald and trust it, please be a Herald Supporter",
# "If you enjoy reading The Ledger, please consider becoming a member": reading (the outlet) is the condition,
# a supporter's or a member's place the ask ("If you like the park, please become a member of the friends
# group" is a campaign's: no reading)
_READING_APPEAL = re.compile(
    r"\bif you (?:\w+ ){0,2}(?:read|reading)\b[^.!?]{1,80}?,? please (?:do )?(?:be|become|consider becoming|join us as) "
    r"(?:a|an|one of our) (?:[\w'’-]+ ){0,2}(?:supporters?|members?|subscribers?|patrons?|donors?)\b",
    re.IGNORECASE,
)
# Every appeal has one of these (a cheap gate before its patterns).
_APPEAL_WORDS = ("donat", "contribut", "chip in", "member", "patron", "supporter", "subscri", "support", "back us",
                 "join us", "keep us", "help us", "journalism", "gift", "pledge", "become a", "consider", "your help",
                 "need your", "rely on", "depend on", "count on", "help keep", "like you")
_APPEAL_GATE = re.compile(word_trie(_APPEAL_WORDS))
#: an appeal has at most this many words
_MAX_APPEAL_WORDS = 80
_JOURNALISM = re.compile(r"\b(?:journalism|reporting|newsroom|journalists|our work|our mission)\b", re.IGNORECASE)
# A periodic price, as appeals and memberships quote them: "from £1 a month", "$5/month".
_PRICE = re.compile(rf"(?:(?:{_CUR})\s?\d+(?:[.,]\d\d)?|\d+p)\s?(?:a|per|/|every)\s?(?:month|week|year)", re.IGNORECASE)
# An urgent call to support ("There's never been a more important time to support ...", "Now more than
# ever, support ..."): with journalism named, an appeal's opening even without "you"
_URGENT_SUPPORT = re.compile(
    r"\b(?:never been (?:a )?(?:more )?(?:important|critical|crucial|urgent|better) time|now,? more than ever|more (?:important|vital) than ever)\b"
    r"[^.!?]{0,40}\bsupport\b",
    re.IGNORECASE,
)


# A line of an appeal's or a paywall's box, beside its appeal: the outlet speaking to the reader of its
# work or of giving ("Our reporters bring you the news that matters.", "We can't do it without you.",
# "Members get ad-free reading and exclusive newsletters."), a salutation or a thanks ("Dear reader,",
# "Thank you for reading."), a call to join or give ("Join the Tribune Club", "Give now").
_BOX_SIGNAL = re.compile(
    r"\b(?:journalis\w*|report(?:ing|ers?)|newsroom|news|readers?|reading|subscri\w*|members?(?:hip)?|support\w*|"
    r"donat\w*|contribut\w*|chip(?:ped)? in|fund\w*|independent|ad-free|paywall|free (?:articles|for all))\b",
    re.IGNORECASE,
)
# What a box never says and a story does: a day, a month, "yesterday", "last week", a past event
# ("Our reporter visited the site on Tuesday.", "We were told the plans had changed.").
_STORY_MARK = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last (?:night|week|month|year)|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"was|were|had|did|visited|spoke|met|contacted|found|became|went|came|saw)\b",
    re.IGNORECASE,
)
_BOX_CALL = re.compile(r"(?:please )?(?:join|donate|give|support|subscribe|become)\b", re.IGNORECASE)
_BOX_SHORT = 6  # a salutation, a thanks, a call
_MAX_BOX_LINE_WORDS = 60  # words: a line of an appeal's box is a short paragraph at most; a longer one is the story's
_MAX_TAG_WORDS = 6  # words: a sentence this short after an appeal is its tag ("Back the Cable", "Thank you."); a longer one must be the appeal's too
_MAX_IMPERATIVE_WORDS = 30  # words: an appeal in the imperative is one sentence; a longer line so opening is a story's
# A salutation of the box: "Dear reader,", "Dear Tribune members," (the line whole).
_BOX_SALUTATION = re.compile(r"dear (?:[\w'’&.-]+ ){0,3}(?:readers?|members?|supporters?|friends?),?", re.IGNORECASE)


def appeal_box_line(line: str, *, above: bool = False) -> bool:
    """A line of an appeal's or a paywall's box beside the appeal (see the shapes above): nobody is
    reported, and it is a salutation, a short call or address to the reader, or speaks to the reader of
    the outlet's work or of giving in the outlet's or the reader's voice ("we", "our", "you", "your"),
    or is "Every donation helps". A third-person sentence ("Members will vote on the offer next week.",
    "Young readers can sign up at any branch.") is a story's, whatever its words and length.
    ``above``: the line sits above the appeal, where the story's last paragraph is: a sentence there needs
    the outlet's own voice ("we", "our", "us"); "you" alone ("You can donate at any of its shops.") is
    the story's advice.

    >>> appeal_box_line("We can't do it without you."), appeal_box_line("Members will vote on the offer next week.")
    (True, False)
    >>> appeal_box_line("Dear reader,"), appeal_box_line("Young readers can sign up at any branch.")
    (True, False)
    >>> appeal_box_line("You can donate online.", above=True), appeal_box_line("Support local journalism", above=True)
    (False, True)
    """
    t = line.strip()
    n = len(t.split())
    if not t or n > _MAX_BOX_LINE_WORDS or REPORTED.search(t) is not None or _STORY_MARK.search(t) is not None:
        return False
    if _EVERY_GIFT.match(t) or _BOX_SALUTATION.fullmatch(t):
        return True
    outlet = _OUTLET.search(t) is not None
    voice = outlet or _READER.search(t) is not None
    if above and not outlet and ends_sentence(t):
        return False
    if n <= _BOX_SHORT and (voice or _BOX_CALL.match(t)):
        return True
    return voice and _BOX_SIGNAL.search(t) is not None


def outlet_box(lines: Iterable[str]) -> bool:
    """The box is the outlet's: one of its lines names its journalism, its readers, subscribers or members
    (a hospice's appeal names none)."""
    return any(_JOURNALISM.search(x) or _OUTLET_WORDS.search(x) for x in lines)


def _is_appeal(line: str, key: str, count: int) -> bool:
    """A reader-addressed appeal for money: 'you' or 'your', an action of giving, about the outlet's work."""
    if count > _MAX_APPEAL_WORDS or REPORTED.search(line) is not None:
        return False
    sentences = SENTENCE_BREAK.split(line)
    if len(sentences) > 1:
        # every sentence is the appeal's: an appeal on its own, or a short tag after one ("Back the Cable"),
        # or the outlet speaking to the reader around one ("We're a tiny operation, so every subscription
        # counts."); "Volunteers say the pantry could not survive. Your donations make our work possible."
        # is the article's: its first sentence is neither
        first, *rest = sentences
        if _is_appeal(first, normalise_phrase(first), len(first.split())) and all(
            len(x.split()) <= _MAX_TAG_WORDS or _is_appeal(x, normalise_phrase(x), len(x.split())) for x in rest
        ):
            return True
        # an urgent call to support journalism, then the outlet on its own subscriptions ("There's never been
        # a more important time to support independent journalism. Our subscriptions now come ad-free.")
        if (
            _URGENT_SUPPORT.search(first) is not None
            and _JOURNALISM.search(first) is not None
            and all(len(x.split()) <= _MAX_TAG_WORDS or _is_appeal(x, normalise_phrase(x), len(x.split())) or _outlet_on_itself(x) for x in rest)
            and any(_outlet_on_itself(x) for x in rest)
        ):
            return True
        return all(len(x.split()) <= _MAX_TAG_WORDS or _OUTLET.search(x) or _READER.search(x) for x in sentences) and any(
            _is_appeal(x, normalise_phrase(x), len(x.split())) or _EVERY_GIFT.match(x) for x in sentences
        ) and any(_JOURNALISM.search(x) or _OUTLET_WORDS.search(x) or _READING_APPEAL.search(x) for x in sentences)  # the outlet's, not a hospice's
    if _APPEAL_OPENING.match(key):
        return True
    if _READING_APPEAL.search(key):
        return True
    if _giving_imperative(key):
        return True
    if (m := _GIVE_NOW.match(key)) is not None:
        tail = m.group("tail")
        if _GIVE_ELSEWHERE.search(tail) is None and (len(tail.split()) <= _GIVE_NOW_TAIL or _OUTLET.search(tail) is not None):
            return True  # ("... and help keep our journalism free for all": the outlet's, whatever its length)
    if _READER.search(key) is None:
        return False
    if _YOUR_SUPPORT.search(key) is not None and (_JOURNALISM.search(key) is not None or _NEWS.search(key) is not None):
        return True
    if _GIVING.search(key) is not None:
        return _JOURNALISM.search(key) is not None or _PRICE.search(line) is not None or _OUTLET.search(key) is not None
    return _SUPPORT.search(key) is not None and _JOURNALISM.search(key) is not None


def _giving_imperative(key: str) -> bool:
    """An appeal in the imperative (see :data:`_GIVING_IMPERATIVE`), for the outlet or the news, one sentence.

    >>> _giving_imperative("donate to support independent journalism"), _giving_imperative("donate to help the family rebuild")
    (True, False)
    """
    return (
        _GIVING_IMPERATIVE.match(key) is not None
        and (_NEWS_WORK.search(key) is not None or _PRICE.search(key) is not None)  # the news, or a membership's price
        and len(key.split()) <= _MAX_IMPERATIVE_WORDS
    )


def _outlet_on_itself(sentence: str) -> bool:
    """The outlet speaking of its subscriptions, members or readers ("Our subscription packages now offer
    an ad-free experience for readers.")."""
    return _OUTLET.search(sentence) is not None and _OUTLET_WORDS.search(sentence) is not None
