"""Newsletter, sign-up and alert prompts, and the form leftovers around them.

A line is a prompt when it carries *reader-addressed* sign-up signals: an
imperative call to action ("Sign up to our …", "Subscribe now"), a promise
aimed at the reader ("… straight to your inbox", "your free daily bulletin")
or a form leftover ("Email *", "I would like to be emailed about …", "Read our
privacy notice", a bare "SIGN UP" button).  A full sentence is a prompt only
as a short plain instruction, alone or after a short lead-in ("Don't miss a
story. Sign up for our daily email.").  The form's own messages are prompts
too: "Subscribe No thanks", "Thanks for signing up!", "You are now
subscribed.", "Please confirm your e-mail address".  Reported speech about
sign-ups ("Residents can sign up for alerts on the council website.") has
none of them and is kept.

>>> from articleclean.document import Document
>>> text = "Sign up to our free morning briefing\\nResidents can sign up for alerts online.\\n"
>>> NewsletterCleaner().apply(Document.from_text(text)).text()
'Residents can sign up for alerts online.\\n'
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lazyre as re
from ..base import BaseCleaner
from ..document import Block, Document
from ..features import PLAIN, TextFeatures
from ..scan import blocks_with, folded_lines, live_blocks
from ..text import ends_sentence, may_contain

__all__ = ["NewsletterCleaner", "signup_signals"]

_NEWS = r"(?:news(?:letters?)?|bulletins?|briefings?|e-?mails?|email alerts|alerts|digest|updates)"
_INBOX_NOUN = r"(?:newsletters?|bulletins?|briefings?|e-?mails|email alerts|news alerts|alerts|digest)"
_ADJ = r"(?:free|daily|weekly|morning|evening|breaking|latest|top|best|new|exclusive|real[ -]time|local|\w+'s)"
_MIN_SIGNALS = 2  # sign-up signals: a line with this many is a prompt when short for them (words_per_signal each); one needs the tests after
_LEAD_IN_SENTENCES = 2  # sentences: one short lead-in to the reader and the instruction ("Don't miss a story. Sign up ..."), nothing more

# Each pattern is one reader-addressed sign-up signal.  Case-insensitive.
_SIGNALS = re.compile(
    "|".join(
        [
            # calls to action aimed at the reader
            rf"\bsign(?:[ -]?up| me up)\b(?: now| today| here)?(?: to| for)? (?:our|my|the free|free|(?:[\w'’]+ ){{0,4}}{_NEWS}\b)",
            r"\bsubscribe (?:to our|for free|now|today|here)\b",
            r"\bsign[ -]?up (?:now|today|here)\b",
            r"\b(?:get|receive) (?:our|the latest|the best|all the latest)\b[^.]{0,60}\b" + _NEWS + r"\b",
            # promises aimed at the reader's inbox
            r"\b(?:straight|direct(?:ly)?|delivered|sent) (?:in)?to your inbox\b",
            r"\bin your inbox\b",
            rf"\b(?:your|our) (?:{_ADJ} ){{0,3}}(?:news )?{_INBOX_NOUN}\b",
            # form leftovers
            r"\be-?mail(?: address)?\s*\*",
            r"\bi (?:would|'d) like to (?:be emailed|receive)\b",
            r"\b(?:read|view|see) our privacy (?:notice|policy)\b",
            r"\bby (?:signing up|subscribing|clicking)\b",
            r"\bunsubscribe at any time\b",
            r"\bthank(?:s| you) for (?:signing up|subscribing)\b",
            r"\benter (?:your|an) e-?mail\b",
        ]
    ),
    re.IGNORECASE,
)
# Every _SIGNALS match contains one of these (case-insensitively): a cheap
# guard that skips the long alternation on the many lines that cannot match.
_SIGNAL_LITERALS = (
    "sign", "subscri", "news", "bulletin", "briefing", "mail", "alert", "digest", "update",
    "inbox", "like to", "privacy", "clicking", "thank",
)  # fmt: skip
# Every line with a _SIGNALS, _BUTTON or _FORM_STATE match holds, case-insensitively, one
# of the literals below (each alternative has one; "your/our … newsletter"
# has "our " and a noun).  The cleaner tests only those lines.  It finds them
# with one search of the whole text per key (a short literal, as each search
# is a pass over the text), then checks the key's longer literals, if any,
# on the lines found.
_FIND = {
    "sign": ("sign up", "sign-up", "signup", "sign me up", "signing up", "signed up"),
    "subscrib": (),
    "join now": (),
    "get ": ("get our", "get the latest", "get the best", "get all the latest", "get alerts"),
    "receive ": ("receive our", "receive the latest", "receive the best", "receive all the latest"),
    "*": (),
    "like to ": ("like to be emailed", "like to receive"),
    "clicking": ("by clicking",),
    "enter ": ("enter your e", "enter an e"),
    "our ": (
        "our privacy", "your inbox", "newsletter", "bulletin", "briefing", "mails", "alerts", "digest",
        "your subscri", "your sign", "your e-mail", "your email", "sent to your",
    ),
}
_FIND_BYTES = tuple((key, tuple(lit.encode("ascii") for lit in then)) for key, then in _FIND.items())
# A bare button label.
_BUTTON = re.compile(r"^(?:sign[ -]?up|subscribe|sign me up|join now|get alerts)[!.]?$", re.IGNORECASE)
# What a sign-up form says once used, or around its button, as the whole line:
# a confirmation, a thank-you, a request to confirm the address, the button
# beside "No thanks".  Whole lines only: a sentence that quotes or warns about
# such a message ("If you have subscribed by mistake ...", "Never verify your
# email address through a link ...") goes on past it.  Every match holds
# "subscri", "sign" or "our " (see _FIND).
_TO_LIST = r"(?: to (?:our|the) (?:[\w-]+ )?(?:newsletters?|mailing list|alerts|updates))?"
_FORM_STATE = re.compile(
    rf"(?:thank you[!.]?\s+)?you(?: have|'ve|’ve| are now)(?: \w+ly)? (?:subscribed|signed up){_TO_LIST}[.!]?(?:\s+thank(?:s| you)[.!]?)?"
    # "Please confirm your e-mail": a how-to's step heading ("Verify your email address") has no "please"
    r"|please (?:confirm|activate|verify) your (?:subscription|sign-?up|e-?mail(?: address)?)(?: to continue| below)?[.!]?"
    r"(?:\s+[^.!?]{0,60}\b(?:sent to|check your)\b[^.!?]{0,40}[.!]?)?"
    rf"|thanks?(?: you)? for (?:signing up|subscribing){_TO_LIST}[.!]?"
    r"|(?:subscribe|sign[ -]?up)\s+no,? thanks[.!]?"
    r"|(?:an?|the|your) (?:activation|confirmation) (?:link|e-?mail) (?:has|was) (?:just )?been sent to your (?:e-?mail(?: address)?|inbox)[.!]?",
    re.IGNORECASE,
)
# A lead-in beside a sign-up instruction is about keeping up with the news:
# "Don't miss a story.", "Stay up to date with us.", "Want more?", "Like this
# article?" ("Want to help?", "Keep your receipts." are advice, not lead-ins) ...
_LEAD_IN = re.compile(
    r"^(?:(?:don'?t|do not|never) miss\b|stay (?:up to date|informed|in the know|connected|tuned)\b|want more\b"
    r"|(?:like|love|enjoy(?:ed|ing)?) (?:this|what you)\b)",
    re.IGNORECASE,
)
# ... and the instruction after it names what the reader gets.
_NEWS_NOUN = re.compile(r"\b(?:newsletters?|e-?mails?|alerts|updates|inbox|briefings?|bulletins?|digest)\b", re.IGNORECASE)
# The sentences of a line, split after their end mark.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
# Openings that make a single-signal line an instruction, not reported speech.
_IMPERATIVE = re.compile(
    r"^(?:sign|subscribe|get|join|enter|receive|register|be the first|click|tap)\b",
    re.IGNORECASE,
)
# A sentence with a reporting verb or a clause break is prose about sign-ups,
# not an instruction: "Sign up to our scheme, the minister told farmers."
_PROSE_MARK = re.compile(r"[,;:]|\b(?:said|says|told|tells|urged|added|according)\b", re.IGNORECASE)


def signup_signals(text: str) -> int:
    """How many reader-addressed sign-up signals a line carries.

    >>> signup_signals("Email * SIGN UP I would like to be emailed about offers. Read our Privacy notice")
    3
    """
    if not may_contain(text, _SIGNAL_LITERALS):
        return 0
    return len(_SIGNALS.findall(text))


@dataclass(frozen=True)
class NewsletterCleaner(BaseCleaner):
    """Remove newsletter / sign-up / alert prompts wherever they stand."""

    name = "newsletter"
    description = "newsletter, sign-up and alert prompts with their form leftovers"
    max_words_single: int = 25
    words_per_signal: int = 12
    instruction_words: int = 12  # a full sentence this short may be a plain instruction
    lead_in_words: int = 8  # the one sentence beside such an instruction ("Don't miss a story.")

    def is_prompt(self, text: str, *, feats: TextFeatures = PLAIN) -> bool:
        if _BUTTON.match(text):
            return True
        hits = signup_signals(text)
        if hits == 0:
            return self._form_state(text, feats)
        n = feats.words(text)
        if hits >= _MIN_SIGNALS and n <= self.words_per_signal * hits:
            return True
        if n > self.max_words_single:
            return False
        if not ends_sentence(text):
            return True
        # Full sentences are a prompt only as a short, plain instruction, alone
        # or after one short lead-in to the reader ("Don't miss a story. Sign up ...").
        if _PROSE_MARK.search(text):
            return self._form_state(text, feats)
        if n <= self.instruction_words and _IMPERATIVE.match(text):
            return True
        sentences = _SENTENCE_END.split(text)
        if len(sentences) == _LEAD_IN_SENTENCES:
            lead, rest = sentences
            if (
                feats.words(lead) <= self.lead_in_words
                and _LEAD_IN.search(lead)
                and feats.words(rest) <= self.instruction_words
                and _IMPERATIVE.match(rest)
                and signup_signals(rest)
                and _NEWS_NOUN.search(rest)
            ):
                return True
        return self._form_state(text, feats)

    def _form_state(self, text: str, feats: TextFeatures) -> bool:
        """A sign-up form's own message, the whole line ("You are now subscribed.")."""
        return _FORM_STATE.fullmatch(text.strip()) is not None and feats.words(text) <= self.max_words_single

    def apply(self, doc: Document) -> Document:
        ch = doc.changes(self.name)
        for b in _candidates(doc):
            if self.is_prompt(b.text, feats=doc.features()):
                ch.remove([b.index], code="newsletter.signup", reason="newsletter or sign-up prompt addressed to the reader")
        return ch.commit()


def _candidates(doc: Document) -> list[Block]:
    """The live blocks that may be prompts, in order."""
    fold = folded_lines(doc)
    if fold is None:
        return doc.live()
    out: set[int] = set()
    for key, then in _FIND_BYTES:
        found = blocks_with(doc, folded_literals=(key,)) or ()
        if not then:
            out.update(found)
            continue
        for i in found:
            if i not in out and ((low := fold(i)) is None or any(lit in low for lit in then)):
                out.add(i)
    return live_blocks(doc, out)
