"""The shared parts of the furniture concepts: the :class:`Shape` record, the reusable regex
parts the shapes are written with (networks, currencies, names, credit labels, wires), the reasons
that other modules name, and the sentence patterns every concept uses (a sentence break, a
reporting clause).
"""

from __future__ import annotations

from typing import NamedTuple

from .. import lazyre as re


class Shape(NamedTuple):
    """One shape of one concept: a pattern the whole line must match."""

    code: str
    reason: str
    #: matched with ``fullmatch`` against the normalised line (casefolded,
    #: outer punctuation trimmed, spaces squeezed) when ``on_key``, else
    #: against the line as written (capitals matter: names, credits)
    pattern: str
    on_key: bool = True
    #: only above the article's first paragraph (a bare "By Hilary Mantel" lower down is a book list's)
    top_only: bool = False
    #: a line can match only if it holds one of these (lower case; empty: any line may): a cheap gate
    #: before the pattern, for the shapes that scan a whole line for where a caption's credit starts
    needs: tuple[str, ...] = ()
    #: a noun phrase or an imperative only: a line with a tensed verb ("results will be delivered
    #: straight to your inbox") is a sentence of the article
    untensed: bool = False
    #: at most this many words on the line (0: any number)
    max_words: int = 0
    #: the line goes only at the page's top or beside other furniture (a list's "By JANE DOE" under a
    #: book's title, a song's "Writer: X" credit lower down are the article's)
    weak: bool = False


# -- reusable parts of the shapes ------------------------------------------------
# A month's name as written, capital first: where a card's fields are glued ("NewsFebruary 3"), the
# capital is the only sign of the seam (dates.py's case-blind month would take "aliveaugust" too).
_MONTH_NAME = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
# the gate of a shape that needs a date "Month D, YYYY": its comma and century (rarer than a month's letters,
# which "market" and "maybe" have too)
_MONTH_GATE = (", 19", ", 20")
_NETWORK = r"(?:Twitter|X|Instagram|Facebook|Telegram|TikTok|YouTube|Youtube|LinkedIn|Linkedin|Threads|WhatsApp|Whatsapp|Google News|Bluesky|Mastodon|Snapchat|Pinterest)"
_NETWORKS = rf"{_NETWORK}(?:\s*(?:,|and|&|or)\s*(?:on\s+)?{_NETWORK})*"
_CUR = r"[£$€₹]|(?:US|CA|AU|NZ|us|ca|au|nz)\$|R[sS]\.?\s?|R(?=\s?\d)"  # (the last: a rand, "R129")
# What a reader does to read on behind a wall: subscribe, log in, register ("Subscribe or log in", "Sign up",
# "Create a free account", "Become a paying subscriber"), on the key (lower case)
_ACCOUNT_ACT = (
    r"(?:subscribe|(?:log ?in|sign ?in)(?: to (?:your|my) (?:account|profile))?|(?:sign up|register)(?: for (?:a |an )?(?:free )?account| for free)?|create (?:a |an |your )?(?:free )?account|"
    r"(?:purchase|buy|take out|start) (?:a |an )?(?:digital |online |premium )?subscription|"
    r"become (?:a |an )?(?:paying |premium |digital |registered )?(?:subscriber|member))"
)
# An option of a comment list's sort control ("newest", "oldest first", "most liked")
_SORT_OPTION = r"(?:newest|oldest|latest|older|newer|best|top|most (?:liked|voted|upvoted|popular|recent|replied))(?: first)?"
# What the reader then reads: the page's own text ("the rest of the content", "this article", "all our
# journalism", "premium stories"), never a service's ("your bill", "the event", "to vote"); a bare "read on"
# or "continue" has nothing after it but "now" or "here"
_READ_ON_OBJECT = (
    r"(?:(?:read|see|view|access|unlock|enjoy)\s(?:the rest(?: of (?:this|the) (?:article|story|content|piece))?|"
    r"(?:(?:this|the|our|all|all of our|all our|unlimited|more|every|exclusive)\s)?"
    r"(?:(?:full|premium|digital|exclusive|subscriber-only|subscriber only|members-only)\s)?"
    r"(?:content|article|articles|story|stories|piece|journalism|coverage|e-edition)|"
    r"(?:this|the full|the whole) (?:page|post)|all of this investigation))"
)
_READ_ON = rf"(?:(?:continue reading|keep reading|read on|read more|continue)(?: (?:now|here|today|for free|instantly))?(?![\w-])|{_READ_ON_OBJECT}\b[^.!?\n]{{0,80}})"
_PERIOD = r"(?:week|wk|month|mo|year|yr|day)"
# A name as bylines print it: capitalised words or capitals ("Nick Wright",
# "AAP", "Mary-Jane O'Neill", "Ruth de Vries"), at most five words.
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|bin|al|da|di|du|le|la|del|dos|ap)){0,4}"
# names joined by a comma or by a spaced "and" / "&" (never glued: "AandAand..." must not split a thousand ways)
_NAMES = rf"{_NAME}(?:(?:\s*,\s*|\s+(?:and|&)\s+){_NAME}){{0,3}}"
# The same concept read more strictly where a name is the whole of what is read (the other readings
# of a person's name are here too, so that no cleaner keeps a grammar of its own; concepts.names'
# is_person_name adds the given-name list):
# - a byline's author for the metadata: two to four words of letters ("Mary-Jane O'Neill", "J.
#   Smith"), no digits and no capitals inside a word but a second name's ("McDonald"), at most three
#   names joined, captured as ``name``;
NAME_WORD_LETTERS = r"[A-Z][a-z'’\-]*(?:[A-Z][a-z'’\-]+)*\.?"
AUTHOR_NAME = rf"{NAME_WORD_LETTERS}(?:\s+(?:{NAME_WORD_LETTERS}|de|van|von|der|da|del|la|le|bin|al)){{1,3}}"
AUTHOR_NAMES = rf"(?P<name>{AUTHOR_NAME}(?:\s*(?:,|and|&)\s*{AUTHOR_NAME}){{0,2}})"
# - a line of writers' names under a headline, without "By": two or three capitalised words, one
#   space apart ("Jane Smith", "Mary-Jane O'Neill"), and two to four of them joined.
PERSON_WORDS = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}"
PERSONS = rf"{PERSON_WORDS}(?:(?:, | and | & ){PERSON_WORDS}){{1,3}}"
# A credit's label: "Photo:", "Photograph by", "Picture:", "Image credit:", "PHOTO:", "Photo /".
_CREDIT_LABEL = (
    # (maybe after the outlet's or the wire's initials in capitals: "KT Photo:", "AFP Photo /")
    r"(?:(?<![\w'’])[A-Z]{2,5}\s)?"
    r"(?i:(?:all |file |main |top |stock |library |handout |supplied )?"
    r"(?:photo(?:graph)?s?|pic(?:ture)?s?|images?|credit|photo credit|image credit|image source|picture credit|image copyright))"
)
# What a credit says after its label ("Photo:", "Picture by", "Image via") is a name or a desk ("Jane Doe/Collins Photos",
# "Google", "NZ Police"): see _nameish.
_CREDIT_TAIL = rf"(?:{_CREDIT_LABEL}(?:\s*[:/]|\s+(?i:by|via)\b:?))\s*(?P<credit>[^\n]{{1,80}})"
# A credit with no label after a caption's last sentence: a photographer and a
# desk between slashes ("Jono Searle/AAP Image", "Russell Cheyne - WPA/Pool via Getty Images").
_SLASH_CREDIT = (
    r"(?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’.-]+(?:\s[-–]\s[A-Z][\w&.'’-]*)?/[A-Z][\w&.'’ -]{1,40}"
    r"(?:\s(?:via|for)\s[A-Z][\w&.' -]{1,40})?"
)
# The marks a list's items open with ("- Three wards will lose water", "• Port workers vote to strike").
LIST_MARKS = ("-", "•", "*", "·", "–", "▪", "►")
# A reporter's or a wire's sign-off after the article's last sentence, not a picture's credit: a
# name and a desk across a slash ("... have yet to be determined. Alanna Ambi/DMS", read only on a
# line that reports speech) and a wire's bare name in brackets ("... rain to occur in Hyderabad.
# (ANI)", "... would be prosecuted. (NAN)"; a caption's credit says more: "(ANI Photo)", "(AP
# Photo/Jane Doe)"), test5 and test6.
SLASH_SIGN_OFF = re.compile(
    r"(?<=[\w)])[.!?][\"”]?\s+(?!(?:Credit|Photo|Picture|Image|Source|Courtesy|File|Supplied)\b)"
    r"(?:[A-Z][a-z'’-]+\s){1,2}[A-Z][a-z'’-]+/[A-Z][\w&.'’ -]{1,40}$"
)
# The bracketed sign-off is the national wires' convention (India's PTI, ANI, IANS and UNI,
# Nigeria's NAN, Ghana's GNA, Pakistan's APP, Bangladesh's BSS, the Gulf's WAM, KUNA, QNA and
# SPA, Malaysia's Bernama); a picture agency's bare name after a sentence is a caption's credit
# ("Residents wade through floodwater ... on Sunday. (AFP)", harm review 13).
_BRACKET_SIGN_OFF_WIRES = "PTI|ANI|IANS|UNI|NAN|GNA|APP|BSS|WAM|KUNA|QNA|SPA|Bernama"
_BRACKET_SIGN_OFF = re.compile(rf"(?<=[\w)])[.!?][\"”]?\s+\(\s?(?:{_BRACKET_SIGN_OFF_WIRES})\s?\)\s*$")
# A caption describes its picture in the present ("Modi addresses a rally in Varanasi on Sunday.
# (PTI)"); a report's paragraph tells what happened or will: an auxiliary of the past, the perfect
# or the future, or a reporting verb (REPORTED, below).
_TOLD = re.compile(r"\b(?:has|have|had|was|were|will|would|could|should|may|might)\b")


def bracket_sign_off(line: str) -> bool:
    """The line is the article's paragraph with a wire's sign-off in brackets ("... rain to occur
    in Hyderabad. (ANI)"), not a caption with its credit (a helper's attack, 2026-12-06: present-tense
    captions with "(PTI)" went on being removed only with the verb test)."""
    return _BRACKET_SIGN_OFF.search(line) is not None and (_TOLD.search(line) is not None or REPORTED.search(line) is not None)
# A picture desk in brackets: "(Supplied: Jane Doe)", "(ABC News: Ian Cutmore)", "(Getty Images)",
# "(AP Photo/Jane Doe)", "(Stacey Rupolo/Chalkbeat)", "(X, CC BY-SA 3.0, via Wikimedia Commons)".
_BRACKET_DESK = (
    r"\((?:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}/[^()]{1,40}|[^()]{0,60}(?:via Wikimedia Commons|CC BY|Creative Commons)[^()]{0,30}"
    r"|(?:Supplied|Photo|Picture|Image|Credit|File|Handout|Courtesy)(?::|\sby\b|\scourtesy\b)[^()]{1,60}|Supplied|File photo|Handout"
    r"|[A-Z][\w.&]*(?:\s[A-Z][\w.&]*){0,3}\s(?:News|Photo|Images|TV|Media)(?::|/|\s[-–—]\s)[^()]{1,50}"
    r"|(?:PA|AP|AFP|EPA|AAP|Reuters|Getty Images|Getty|Shutterstock|Alamy|PTI|ANI|IANS)(?:\s?(?:Photo|Wire|Images))?(?:\s?/[^()]{1,50})?)\)"
)
# A nameless credit's word and the desk across a slash ("Supplied / RNZ", "File/AFP", "HANDOUT / Police").
_NAMELESS_SLASH = r"(?:Supplied|File|Handout|SUPPLIED|FILE|HANDOUT)\s?/\s?[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}"
# Where a caption's last sentence ends and its credit starts.
_CAPTION_END = r"(?:[.!?\"”)]\s*|\s\|\s*|\s[-–]\s|\s(?=(?:Photo|Picture|Image|Credit|PHOTO|PICTURE|IMAGE|CREDIT|Photograph)\b))"



#: the reason of the name-and-outlet shape ("Jane Doe/National Post" at the top): furniture takes it only
#: above the page's first sentence, alone (a list of "Name/Organisation" entries is an article's)
NAME_AND_OUTLET = "a name and an outlet at the top (a picture's credit or a byline)"
#: the reason of a wire's dated publication note: furniture takes it only with no more of the article after it
WIRE_NOTE = "a wire's publication note: the report and the date it first ran"
#: the reason of the site's offer of its ad space: furniture keeps it on a page whose prose speaks of advertising
AD_SPACE_OFFER = "the site's offer of its advertising space"
WIRE_CAPTION_DATED = "wire-style caption opening on the picture and its date ('This <date> file photo shows ...')"
WIRE_CAPTION_KIND = "wire-style caption opening on the picture's kind ('This handout photo shows ...'), beside its credit"

# What a link to more of the site offers: more to read, watch or hear (a recirculation link), not an act.
_RECIRCULATE = r"read|watch|view|see|listen|hear|find out|learn|catch up|keep up|explore|browse"
# (more of the site's stories, not "more information" on a product or an event: that is its page's)
_MORE_OF = r"more(?! (?:info|information|details)\b)|the (?:full|latest|rest|whole)|all|our|updates"

# A headline in a bar of them: three to fifteen words, no pipe.
_BAR_ITEM = r"(?:[^|\n ]+ ){2,14}[^|\n ]+"

#: The shapes, by concept.  Codes name the concept, never a site.
# An outlet's name in a republication credit: capitalised words, with "of", "and", "the", "for", "on", "&" between.
_CREDIT_OUTLET = r"[A-Z0-9][\w'’&.-]*(?:\s(?:[A-Z0-9][\w'’&.-]*|of|and|the|for|on|&)){0,6}"

# The news wires whose name after "By" is a byline anywhere (other agencies' names are words too).
_WIRES = frozenset(
    "AAP AP AFP Reuters UPI PTI ANI IANS dpa DPA EFE Xinhua ANSA Kyodo Yonhap Bernama"
    .split()
) | {"Associated Press", "Press Association", "PA Media", "Canadian Press", "Australian Associated Press", "Agence France-Presse"}
# A wire's name after a dash, as its copy ends ("... in southern Philippines. — Bernama", "... he said. - AFP").
_WIRE_ALTERNATION = "|".join(re.escape(w) for w in sorted(_WIRES, key=lambda w: (-len(w), w)))
_WIRE_SIGNOFF = rf"[—–-]\s?(?:{_WIRE_ALTERNATION})"
# Where one sentence ends and the next begins on a line.
# (the white space first, the mark looked behind at: a search skips to the white space, where "(?<=[.!?])\s+(?=...)"
# tries its look-behind at every position; the same matches)
SENTENCE_BREAK = re.compile(r"\s(?<=[.!?]\s)\s*(?=[A-Z\"“‘'])")
#: the languages of the word lists under data/boilerplate/ (a list each of desks and buttons)
VOCABULARY_LANGUAGES = ("cs", "da", "de", "en", "es", "fr", "it", "nb", "nl", "pl", "pt", "ru", "sv", "uk")
_READER = re.compile(r"\b(?:you|your|readers like you|our readers)\b", re.IGNORECASE)
# Someone quoted or reported speaking on the line: a quotation mark or a reporting verb.
REPORTED = re.compile(
    # (the verbs written to start on their first letters, no word's letter before them: the search skips to those letters,
    # where "\b(?:said|says|...)\b" tries every position; the same matches)
    r"[\"“”]|[stauw](?<!\w.)(?:(?<=s)(?:aid|ays)|(?<=t)old|(?<=a)(?:ccording to|dded|sked)|(?<=u)rged|(?<=w)(?:rote|rites))\b|"
    # ... or a reporting clause after a comma, its subject a noun phrase ("..., the station's founders promised",
    # "..., the campaign's posters read", "..., the report concluded"): the line tells what someone said or printed
    r",\s(?:the|a|an|his|her|their|its|one)\s(?:[\w'’-]+\s){0,3}(?:say|read|reads|tell|tells|promised|promises|suggested|suggests|"
    r"concluded|concludes|warned|warns|advised|advises|noted|notes|argued|argues|explained|explains|insisted|claimed|claims|recalled)\b",
    re.IGNORECASE,
)
