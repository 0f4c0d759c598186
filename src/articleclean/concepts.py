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
from collections.abc import Iterable
from typing import NamedTuple

from . import lazyre as re
from .dates import DATE_PATTERN
from .lexicon import entries, normalise_phrase, phrases
from .patterns import FirstCharIndex, word_trie
from .text import ends_sentence, word_count

__all__ = [
    "LEADING_STAMP",
    "SENTENCE_BREAK",
    "SHAPES",
    "VOCABULARY_LANGUAGES",
    "WIRE_DESK_TAIL",
    "Hit",
    "Shape",
    "agent_noun",
    "appeal_box_line",
    "furniture_hit",
    "line_furniture",
    "outlet_box",
]


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

SHAPES: tuple[Shape, ...] = (
    # ads: a marker, maybe numbered or with its "hide" button and "continues below" note
    Shape(
        "ad.marker",
        "advertisement marker",
        r"(?:advertis[e]?ments?|advertisment|advert|ad|sponsored|paid (?:content|post)|promoted)(?:\s+\d{1,2})?"
        r"(?:\s*(?:[-–|:]\s*)?(?:hide ad|skip ad|scroll to continue(?: with content)?|continue reading below|"
        r"(?:story|article|content) continues below))*",
    ),
    Shape("ad.marker", "advertisement marker", r"(?:hide ad|skip ad)(?:\s*(?:hide ad|skip ad|advertisement))*"),
    Shape(
        "ad.marker",
        "'continues below' note of an ad slot",
        r"(?:this advertisement has not loaded yet,? but )?(?:your |the )?(?:story|article|content|text) continues "
        r"(?:below|after (?:this |the )?(?:advertisement|advert|ad))(?: (?:this |the )?(?:advertisement|advert|ad))?",
    ),
    Shape("ad.marker", "ad slot label", r"article content|scroll (?:down )?to continue(?: reading| with content)?"),
    # the site's own offer of its ad space, in the slot: "Advertise with us", "– Advertise on example.co.nz –",
    # "Advertise here", "Advertise in the Courier" (capitalised: the paper's name)
    Shape(
        "ad.marker",
        AD_SPACE_OFFER,
        r"[-–—|•\s]*(?:ADVERTISE|Advertise)\s(?:with us|here|(?:on|in|with)\s(?:[\w-]+(?:\.[\w-]+)+|(?:the\s)?[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,3}))"
        r"(?:\s(?:today|now))?[-–—|•\s]*",
        on_key=False,
        needs=("advertis",),
        max_words=8,
    ),
    # comments: counters and the comment box's own lines
    Shape("comments.furniture", "comment counter", r"(?:comments?|replies|responses)\s*\(?\d{1,5}\)?|\(?\d{1,5}\)?\s*(?:comments?|replies|responses)|reader comments\s?\(?\d{1,5}\)?"),
    Shape(
        "comments.furniture",
        "comment box prompt",
        r"please (?:enter|type|write) your (?:comment|name|email(?: address)?|reply)(?: here)?|"
        r"your email address will not be published.{0,80}|this site uses akismet to reduce spam.{0,80}|"
        r"(?:comments?|commenting) (?:policy|rules|guidelines)\s?:.{0,400}|comments?\s?:\s?our (?:rules|house rules)|"
        r"you must be (?:logged in|signed in|registered) to (?:post a )?comment.{0,20}|"
        r"thank you for your comment.{0,120}|scroll down to comment below|what did you think\W.{0,80}comment below",
    ),
    Shape(
        "comments.furniture",
        "comment rules",
        r"(?:keep it clean|don't threaten|be truthful|be nice|be proactive|share with us)\.\s.{0,200}|please turn off your caps lock",
    ),
    Shape("comments.furniture", "comment counter", r"\d{1,5} comments? (?:for|on)\s?:\s.{1,200}"),
    # the outlet's note on its comments, to the reader ("We invite you to use our commenting platform
    # ...", "we welcome and encourage you to share your views"): see _comment_policy
    Shape("comments.policy", "the outlet's note to readers on its comments", r"[^\n]{10,500}", on_key=False, needs=("comment", "your views"), weak=True),
    # ... and any note of the comment section's rules, to the reader or in the present ("Comments may take up
    # to an hour for moderation before appearing on the site.", "By commenting, you agree to abide by our
    # community guidelines.", "You must be a subscriber to comment."): see _comment_rules; only at the top
    # or beside other furniture (the comment section's own lines)
    Shape(
        "comments.rules",
        "the comment section's rules or moderation, to the reader",
        r"[^\n]{10,400}",
        on_key=False,
        needs=("comment", "forum", "moderat", "guidelines"),
        max_words=60,
        weak=True,
    ),
    # share / follow / contact prompts: an imperative addressed to the reader, naming networks (as written)
    Shape(
        "share.prompt",
        "follow prompt naming social networks",
        rf"(?:[^.!?\n]{{0,60}}[.!?]\s+)?(?:(?:Please|Tap here to|Click here to|Also,?)\s)?(?i:follow|join|like|subscribe to|find) "
        rf"(?:(?:us|our [\w -]{{1,30}}?|[A-Z0-9][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){{0,4}}) (?:on|via|for) (?:the )?{_NETWORKS}"
        # ... or its handle with "us" ("Follow us @CityDesk")
        rf"|us\s@\w{{2,30}}(?:\s(?:on|via) (?:the )?{_NETWORKS})?)"
        rf"(?:\s(?i:channel|group|page|account|handle)s?)?(?:[\s,.;:!–-][^\n]{{0,160}})?",
        on_key=False,
        needs=('follow', 'join', 'like', 'subscribe', 'find'),
    ),
    # (a handle alone, "Follow @CityDesk on Twitter for updates", is not the outlet's by its shape: the
    # article points the reader to another body's account as often, "Follow @MetOffice on X for the latest
    # warnings.", an election guide's list of whom to follow, with a live blog's "Share" beside it)
    # ... after a clause (", or follow us on X": "Keep up to date on our website, or follow us on Facebook")
    # or "You can", or naming the network in the page's name ("our County Durham Facebook page", "our
    # WhatsApp or Telegram channels"): the account is the outlet's ("us", "our"), never another's ("..., and
    # follow Joe Wicks on YouTube"), and no one writes as "I" (a letter's "join our Save the Library group")
    Shape(
        "share.prompt",
        "follow prompt naming social networks",
        rf"(?!.*\bI\b)(?!(?:Q|A)\.?\s?:)(?:[^.!?\n]{{0,100}},\s(?:or|and)\s|(?:You can(?: also)?|Please|Also,?)\s)?(?i:follow|join) "
        rf"(?:us (?:on|via) (?:the )?{_NETWORKS}|our (?:[\w'’-]+ ){{0,5}}?{_NETWORKS}\s(?i:channel|group|page|account)s?\b)"
        rf"(?:[\s,.;:!–-][^\n]{{0,120}})?",
        on_key=False,
        needs=('follow', 'join'),
        max_words=30,
        weak=True,  # a club's, a library's or a police appeal's own "follow us" between its paragraphs
    ),
    Shape(
        "share.prompt",
        "share prompt",
        r"share (?:this|the|our) (?:article|story|post|page|video|link)?\s?(?:now|with (?:a friend|friends|your friends))?"
        r"(?:\s?(?:on|via|with) .{1,60})?|share via|share this (?:story |article |post )?on (?:facebook|twitter|x|social media)\b.{0,200}|"
        r"(?:click here to |tap here to )?join our (?:whatsapp|telegram|google news)(?: channel| group)?.{0,80}",
    ),
    Shape(
        "share.prompt",
        "contact prompt for news tips",
        r"(?:have you got|got|have|do you have) (?:a|any) (?:story|news tip|tip|news story|tip-off)(?: for us)?\?"
        # (after the question, nothing or a way to get in touch: "Have you got a story? Everyone has one" is a column's)
        r"(?:\s?(?=.{0,120}\b(?:e-?mail|call|ring|send|contact|get in touch|message|whatsapp|text)\b)"
        r"(?=.{0,160}(?:\b(?:us|our|newsdesk|newsroom)\b|@|\d{4}))[^:\n]{0,200})?|"
        r"send (?:us )?your (?:news|stories|pictures|photos|tips) (?:to|and|via|at)\b.{0,200}|"
        r"eyewitness\?\s?(?:submit|send|share) your .{0,120}",
    ),
    # related: "read more" links and related-list headings
    Shape(
        "related.link",
        "'read more' link",
        r"(?:read more|read next|read also|also read|see also|more here|click here for more|click here to read more|click to read more|"
        r"continue reading|read (?:the )?full (?:article|story)|full story|continue to (?:the )?(?:article|story)|see more|view more|"
        r"read (?:more|the (?:full )?story|the full article|his article|her article|their article|that letter|"
        r"the letter|the report|our story|more about it)(?: and (?:see|watch) the video)?(?: here| at| on .{1,40})?)",
    ),
    Shape(
        "related.link",
        "link to another story",
        r"(?:read more|read also|also read|read next|more|see also|related|similar news)\s?[:;>›»]\s?[^.]{3,200}[?!]?|"
        r"read\s?[>›»]\s?[^.]{3,200}[?!]?|"
        r"(?:learn|find out|read) more(?: at| here| about (?:us|this))?\s?[›»>]?|recommended (?:next|for you)\b.{0,40}",
    ),
    Shape("related.link", "link to the previous or next story", r"(?:Previous|Next|PREVIOUS|NEXT) (?:article|post|story|ARTICLE|POST|STORY)(?=[A-Z]|\s*[:»›]|$)[^\n]{0,200}", on_key=False),
    Shape("related.link", "teaser that ends in 'read more'", r".{10,400}(?:…|\.\.\.)\s*read more(?: »|›)?", needs=('read more',)),
    Shape(
        "related.heading",
        "heading of a related-stories list",
        r"(?:more|latest|related|recent|similar|top|trending|popular|recommended|other|most (?:read|popular|recent|viewed|shared|commented))"
        r"(?:\s+(?:national|local|world|international|business|sport|sports|politics|entertainment|opinion|uk|us|from|this|the|week's|today's)){0,2}"
        r"\s+(?:news|stories|articles|posts|headlines|videos|reads|links)",
    ),
    # sign-up and paywall prompts
    Shape(
        "signup.prompt",
        "newsletter sign-up prompt",
        r"(?:for (?:the latest|more|all the latest) .{1,60}? )?(?:sign up|subscribe|register) (?:to|for) (?:(?:our|the|my) "
        r"(?:free )?(?:[\w'-]+ ){0,4}(?:newsletters?|emails?|bulletins?|briefings?|digests?|news alerts)|"
        r"(?:free )?(?:[\w'-]+ ){0,3}news (?:alerts|emails|updates|digests?|bulletins?))(?: here| now| today)?",
    ),
    # a newsletter's pitch: what it brings to the reader's inbox ("... delivered straight to your inbox",
    # "A free daily email with the biggest stories of the day", "Fight disinformation: Sign up for the free
    # X newsletter and follow the news that matters.")
    # (a pitch is a noun phrase or an imperative: a line with a tensed verb, "Under the new scheme, results
    # will be delivered straight to your inbox", is a sentence of the article, see _passes)
    Shape(
        "signup.prompt",
        "newsletter pitch",
        r"[^.!?\n]{0,120}\bdelivered (?:straight |directly |right )?to your inbox\b[^.!?\n]{0,120}|"
        r"[^.!?\n]{0,60}\b(?:our|the) (?:[\w'-]+ ){0,3}(?:newsletters?|briefings?|emails?|digests?|bulletins?|stories|headlines|news)"
        r" (?:in|into|to|straight to|direct to) your inbox\b[^.!?\n]{0,80}|"
        r"(?:an? |our )?free (?:daily|weekly|morning|evening|twice-weekly|monthly) (?:email|e-mail|newsletter|briefing|digest) "
        r"(?:with|of|from|on|about|that|for)\b(?:[^.!?\n]|\.(?=\S)){0,160}",
        needs=("inbox", "free"),
        untensed=True,
    ),
    Shape(
        "signup.prompt",
        "newsletter sign-up prompt",
        r"[\w' -]{1,40}: (?:sign up|subscribe|register) (?:for|to) (?:the|our) free (?:[\w'-]+ ){0,5}"
        r"(?:newsletters?|emails?|bulletins?|briefings?)(?: here| now| today)?"
        r"(?: and (?:follow|never miss|stay|keep up|get|receive)\b[^.!?\n]{1,80})?|"
        r"sign up (?:here |now |today )?to (?:receive|get) (?:our|the) (?:[\w'-]+ ){0,4}"
        r"(?:newsletters?|emails?|updates|alerts|stories|investigations|briefings?|bulletins?)\b[^.!?\n]{0,80}",
        needs=("inbox", "free", "sign up", "subscribe", "register"),
    ),
    # the sign-up form's small print: the captcha's notice, and what the reader agrees to by signing up ("This
    # site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "By signing
    # up, you agree to our Privacy Policy and Terms of Use."): the consent only beside other furniture (a
    # tech explainer's "By signing up, you agree to let the app track you" is the article's)
    Shape(
        "signup.prompt",
        "the sign-up form's captcha notice",
        r"this (?:site|form|page) is protected by recaptcha\b[^\n]{0,160}",
        needs=("recaptcha",),
    ),
    Shape(
        "signup.prompt",
        "the sign-up form's consent line",
        r"by (?:signing up|subscribing|registering|submitting (?:this form|your email)|entering your email|clicking [^,\n]{1,30}),? "
        r"you (?:agree|consent|acknowledge|accept)\b[^\n]{0,80}\b(?:privacy|terms|policy|policies|notice|cookie|marketing|emails?)\b[^\n]{0,120}",
        needs=("by signing up", "by subscribing", "by registering", "by submitting", "by entering", "by clicking"),
        max_words=50,
        weak=True,
    ),
    Shape(
        "paywall.prompt",
        "log-in or subscribe prompt",
        r"(?:already (?:have an account|a (?:subscriber|member)|registered)|not (?:yet )?a (?:subscriber|member)|"
        r"(?:already )?(?:have|got) an? (?:subscription|account)\?|do you have an? (?:subscription|account)\?|"
        r"don't have an account|have you registered with us yet)\W*(?:(?:please )?(?:log ?in|sign ?in|subscribe|register|"
        r"join|click)\b.{0,80})?|"
        r"(?:print |digital )?(?:subscribers?|members?)\W*(?:log ?in|sign ?in)(?: here| now)?",
    ),
    Shape(
        "paywall.prompt",
        "paywall prompt",
        r"(?:to (?:continue|keep) reading|to read (?:this|the full|all of this) (?:article|story|investigation)?)\W"
        r"(?=.{0,200}\b(?:subscri|log ?in|sign ?in|register|account|member))(?:.{0,200})|"
        r"(?:this|the) (?:content|article|story|page) is (?:only )?(?:available |reserved |exclusive |limited )?(?:only |exclusively )?(?:to|for) "
        r"(?:paid |paying |premium |registered |digital )?(?:subscribers|members).{0,200}|"
        r"please (?:log|sign) ?in (?:to|for) (?:continue|read|view|access|premium).{0,200}|"
        r"you(?:'ve| have) (?:reached|read|used) (?:your|the|all|\d+ of) .{0,40}free (?:articles?|stories)\b.{0,120}|"
        r"(?:click here to )?subscribe (?:to|today|now)(?: [\w.'’-]+){0,4}|(?:click|tap) here to subscribe|read this article for free|"
        r"start (?:your )?free trial",
    ),
    Shape(
        "paywall.offer",
        "subscription offer",
        r"(?:add|get|enjoy|upgrade to) [^.!?\n]{1,80}\b(?:access|subscription|membership)\b[^.!?\n]{0,60}\bfor (?:only|just) [^.!?\n]{0,40}|"
        r"this is where we(?:'d| would) (?:usually |normally |ordinarily )?(?:stop you|ask you to (?:pay|subscribe))\b[^\n]{0,300}",
        needs=("for only", "for just", "this is where"),
    ),
    Shape(
        "paywall.offer",
        "subscription price",
        rf"\*?(?:only |just )?(?:{_CUR})\s?\d{{1,4}}(?:\.\d\d)?\s?(?:/|per |a |every )(?:\d+ )?{_PERIOD}s?\*|"
        rf"(?:only|just) (?:{_CUR})\s?\d{{1,4}}(?:\.\d\d)?\s?(?:/|per |a |every )(?:\d+ )?{_PERIOD}s?|"
        rf"\*?(?:{_CUR})\d{{1,4}}(?:\.\d\d)? for (?:the first |your first )\d{{1,2}} {_PERIOD}s?\*?|"
        r"\*(?i:billed as|no charge for|your next subscription) [^\n]{1,250}",
        on_key=False,
        needs=('$', '£', '€', '₹', 'rs', 'billed', 'no charge', 'subscription'),
    ),
    # an offer's price for a first period, alone ("Get 3 months for $1", "Just $1 for 3 months", "Only $1 a week
    # for the first 12 weeks"): only beside other furniture (a deals story's list has its products' names)
    Shape(
        "paywall.offer",
        "subscription offer: its price for a first period",
        rf"(?:(?i:get|try|enjoy|start with) )?(?:(?i:your first) )?(?:\d{{1,2}}|(?i:one|two|three|six|twelve)) (?i:weeks?|months?|years?) "
        rf"(?i:for|at) (?:(?i:only|just) )?(?:{_CUR})\s?\d{{1,4}}(?:\.\d\d)?\*?|"
        # (a first period always: "£4.99 per month" alone is a price list's line)
        rf"(?:(?i:only|just) )?(?:{_CUR})\s?\d{{1,4}}(?:\.\d\d)? (?:(?i:a|per|/) (?i:{_PERIOD}) )?(?i:for) (?:(?i:the first|your first) )?"
        rf"(?:\d{{1,2}}|(?i:one|two|three|six|twelve)) (?i:{_PERIOD})s?\*?",
        on_key=False,
        needs=("$", "£", "€", "₹", "rs"),
        max_words=16,
        weak=True,
    ),
    # ... and the call to subscribe with its price or its saving ("Subscribe for just $1", "Save 50% on a digital
    # subscription")
    Shape(
        "paywall.offer",
        "call to subscribe with its price or saving",
        rf"(?i:subscribe|join now|sign up)(?: (?i:now|today))? (?i:for|from) (?:(?i:only|just) )?(?:{_CUR})\s?\d{{1,4}}(?:\.\d\d)?"
        r"(?: (?i:a|per|/|for) [^,.!?\n]{1,40})?[.!]?|"
        r"(?i:save) \d{1,2}% (?i:on) (?:(?i:a|your) )?(?:(?i:digital|print|premium|annual|online) )?(?i:subscription|membership)[^,.!?\n]{0,40}[.!]?",
        on_key=False,
        needs=("subscribe", "join now", "sign up", "save"),
        max_words=20,
    ),
    # the condition for reading on, to the reader, in either order: the act, then what it unlocks ("Subscribe or
    # log in to see the rest of the content", "Log in to read the full story"), or what the reader wants, then
    # the act ("To access content, please login or purchase a subscription", "To read this story, you'll need to
    # become a subscriber"); an article's "Visitors must register to view the exhibits" names neither
    Shape(
        "paywall.prompt",
        "condition for reading on: subscribe, log in or register",
        rf"(?:please )?{_ACCOUNT_ACT}(?:\s?(?:,|or|and|/)\s?{_ACCOUNT_ACT}){{0,3}}(?: now| today| here| for free| free| instantly)? "
        rf"(?:to|and) {_READ_ON}|"
        rf"(?:in order )?to {_READ_ON}[,;:]?\s?"
        r"(?:please |simply |you(?:'ll| will)? (?:must|need to|have to|be asked to) |you must |you need to )?"
        rf"{_ACCOUNT_ACT}\b[^.!?\n]{{0,100}}|"
        # ... asked as a question ("Want to keep reading? Subscribe now.")
        rf"(?:do you )?(?:want|wish|like|ready) to {_READ_ON}\??\s?(?:please )?{_ACCOUNT_ACT}\b[^.!?\n]{{0,60}}|"
        # ... or the acts alone, two or more ("Please log in or subscribe.", "Sign in or register to continue")
        rf"(?:please )?{_ACCOUNT_ACT}(?:\s?(?:,|or|and|/)\s?{_ACCOUNT_ACT}){{1,3}}(?: now| today| here| to continue)?|"
        # ... or what the subscription gives ("Subscribe to The Courier for unlimited access")
        rf"(?:please )?{_ACCOUNT_ACT}(?: (?:to|with) [^.!?\n]{{1,40}}?)? for (?:full|unlimited|complete|instant) (?:digital |online )?access\b[^.!?\n]{{0,40}}|"
        # ... or who may read on ("You need to be logged in to read this article.", "Only subscribers can read
        # this story.")
        rf"(?:you (?:need|have|must|will need)(?: to)? be (?:logged in|signed in|registered|a (?:paying |registered |digital )?(?:subscriber|member))"
        rf"|only (?:paying |registered |digital )?(?:subscribers|members) (?:can|may)) (?:to )?{_READ_ON}|"
        # ... or reading on with one ("Read the full story with a subscription")
        r"(?:read|continue reading|keep reading)(?: [^.!?\n]{1,40}?)? with (?:a |an |your )?(?:digital |premium |online |free )?(?:subscription|membership|account)\b[^.!?\n]{0,40}",
        max_words=40,
    ),
    # a call to subscribe with nothing more ("Become a subscriber today", "Start your subscription"), and a
    # label of content for subscribers ("Exclusive content for subscribers", "Subscriber-only story"): only
    # beside other furniture (a club's "Become a member today" closes the article's appeal)
    Shape(
        "paywall.prompt",
        "call to subscribe, or a label of content for subscribers",
        r"(?:please )?(?:become (?:a |an )?(?:paying |premium |digital )?(?:subscriber|member)|start (?:your|a) (?:free |digital )?(?:subscription|trial|membership))"
        r"(?: (?:today|now|here))?|"
        r"(?:(?:premium|exclusive|subscribers?[- ]only|members?[- ]only)\s){1,2}(?:content|article|story|stories)(?: for (?:subscribers|members))?|"
        r"(?:exclusive|premium) (?:content )?for (?:subscribers|members)",
        weak=True,
    ),
    # a registration wall: the story is free once the reader registers or signs in, and the note for those
    # who have ("This article is free to read if you register or sign in.", "If you have already registered
    # or subscribed, please sign in to continue.", "If you're already a member, log in here")
    Shape(
        "paywall.prompt",
        "registration wall: free to read once the reader registers or signs in",
        r"(?:this|the) (?:article|story|content|page|piece) is (?:free|available) to (?:read|view|access)(?: for free)? "
        r"(?:if|when|once|after) you (?:register|sign ?in|log ?in|sign up|subscribe|create (?:a |an )?(?:free )?account)\b[^.!?\n]{0,80}|"
        r"if you(?:'re| are|'ve| have)? already (?:registered|subscribed|signed up|a (?:subscriber|member)|have an account)"
        r"(?:\s?(?:or|and|/)\s?(?:registered|subscribed|a (?:subscriber|member)))?,? (?:please |simply |you can )?(?:sign ?in|log ?in)\b[^.!?\n]{0,60}",
        max_words=40,
    ),
    # a registration or log-in prompt with the site's reassurance, or its two options ("Sign up (it's quick
    # and free) or sign in now.", "Register (it's free) or log in to comment")
    Shape(
        "paywall.prompt",
        "registration or log-in prompt",
        r"(?:sign up|register|create (?:a |an )?(?:free )?account|join)(?: (?:now|today|here|for free))?\s?"
        r"\((?:it(?:'s| is)|it takes|takes) [^)\n]{1,40}\)(?:\s?(?:or|and)\s?(?:sign ?in|log ?in)(?: (?:now|here|today))?)?(?: to [^.!?\n]{1,40})?|"
        r"(?:sign up|register|create (?:a |an )?(?:free )?account) or (?:sign ?in|log ?in)(?: (?:now|here|today))?"
        r"(?: to (?:comment|continue|read|reply|post|join the (?:conversation|discussion)))?",
        max_words=20,
    ),
    # the wall checking the reader's access before it shows the rest ("Hold tight - we're checking permissions
    # before loading more content", "Please wait while we verify your subscription...", "Checking your access…")
    Shape(
        "paywall.prompt",
        "the wall checking the reader's access before it shows the rest",
        r"(?:(?:hold tight|hang tight|please wait|one moment|just a moment)\W{1,3})?"
        r"(?:(?:while )?we(?:'re| are)? (?:checking|verifying|confirming|check|verify)|checking|verifying|confirming) "
        r"(?:your |the |our )?(?:permissions?|access|subscription(?: status)?|entitlements?)"
        r"(?: before (?:we )?(?:loading|load|showing|show|displaying) (?:more |the |this )?(?:content|article|story|page))?\W{0,3}",
        max_words=20,
    ),
    # how many free stories the reader has had or has left: a metered wall's count ("You have 2 free
    # articles left this month", "This is your last free article"; "It seems like you've found a few
    # articles worth reading." opens an appeal box, see promo.site and donation.appeal)
    Shape(
        "paywall.prompt",
        "count of the reader's free articles",
        r"you(?:'ve| have) (?:read|viewed|opened|used|enjoyed) (?:\d{1,3}|one|two|three|four|five|all|all of|your)(?: of (?:your |the |\d{1,3} ))?"
        r"(?:\d{1,3} )?free (?:articles?|stories|pieces)\b[^.!?\n]{0,60}|"
        r"(?:you have |only )?(?:\d{1,3}|one|two|three|four|five|no) (?:more )?free (?:articles?|stor(?:y|ies)|pieces?|reads?) (?:left|remaining)\b[^.!?\n]{0,40}|"
        r"free (?:articles?|stories|reads) (?:left|remaining)\s?:\s?\d{1,3}|"
        r"you(?:'ve| have) (?:hit|reached|used up) (?:your|the) (?:monthly |weekly )?(?:free )?(?:article|story|reading) limit\b[^.!?\n]{0,60}|"
        # ... and the registration wall's allowance ("Register now to read 5 free articles a month.")
        r"(?:register|sign up|create (?:a |an )?(?:free )?account)(?: now| today| for free| free)? (?:to|and) (?:read|get|enjoy|unlock) "
        r"(?:\d{1,2}|more|two|three|five|ten) (?:free )?(?:articles|stories) (?:a|each|every|per) (?:month|week)|"
        r"(?:this is )?your (?:last|final) free (?:article|story)\b[^.!?\n]{0,60}|"
        r"your (?:monthly |weekly )?(?:free )?(?:article|story|reading) limit (?:has been |is )?(?:reached|used up|exhausted)\b[^.!?\n]{0,60}",
        max_words=30,
    ),
    # the comment box's invitation and its pointer to the rules ("Would you like to comment on this
    # article?", "Please read our Comment Policy before commenting.", "See our community guidelines")
    Shape(
        "comments.furniture",
        "invitation to comment, or the pointer to the comment rules",
        r"(?:would you like|do you want|want|care|why not|feel free) to (?:comment|leave a comment|add a comment|post a comment|"
        r"join the (?:conversation|discussion|debate)|share your (?:views|thoughts))(?: (?:on|about) (?:this|the) (?:article|story|post|piece))?|"
        r"(?:please )?(?:read|see|view|review|check) (?:our|the) (?:comments?|commenting|community|discussion) "
        r"(?:policy|guidelines|rules|standards|terms)(?: before (?:commenting|posting|you comment|you post)\b[^.!?\n]{0,40})?",
    ),
    # commenting kept for subscribers ("Why are you making commenting only available to subscribers?",
    # "Comments are open to members only")
    Shape(
        "comments.furniture",
        "note that commenting is for subscribers or members",
        r"[^\n]{0,80}\bcomment(?:s|ing)?\b[^\n]{0,60}\b(?:only )?(?:available|open|reserved|restricted) (?:only )?(?:to|for) "
        r"(?:our )?(?:paying |paid |registered |premium |digital )?(?:subscribers|members|account holders)\b[^\n]{0,80}",
        needs=("comment",),
        max_words=40,
    ),
    # the comment widget's own controls with a count ("Show new comments (0)", "View all comments (12)")
    Shape(
        "comments.furniture",
        "comment counter",
        r"(?:show|view|load|read|see|hide|open)(?: (?:all|new|more|the|latest|older|newer|top))? (?:comments?|replies|responses)(?:\s?\(?\d{1,5}\)?)?|"
        r"(?:show|view|load|read|see|open)(?: all| the)? \d{1,5} (?:more |new |older )?(?:comments?|replies|responses)",
    ),
    # the comment section's state ("Comments for this article are closed.", "Commenting has been disabled
    # for this story.")
    Shape(
        "comments.furniture",
        "the comment section's state",
        r"(?:comments?|commenting|the comment section|discussion)(?: (?:for|on|under) (?:this|the) (?:article|story|post|piece))? "
        r"(?:are|is|has|have|has been|have been) (?:now |currently |temporarily )?(?:closed|disabled|turned off|switched off|unavailable|not available|suspended)"
        r"(?: (?:for|on) (?:this|the) (?:article|story|post|piece))?|"
        # ... said by the outlet ("We have switched off comments on this article", "We've closed comments on this story")
        r"we(?:'ve| have)? (?:now |temporarily )?(?:closed|disabled|turned off|switched off|suspended) (?:the )?(?:comments?|commenting)"
        r"(?: (?:on|for|under) (?:this|the) (?:article|story|post|piece))",
    ),
    # the comment box's call to the reader ("What do you think? Leave a comment below.", "Tell us what you
    # think in the comments below.", "Have your say in the comments section below.")
    Shape(
        "comments.furniture",
        "call to comment below the article",
        r"(?:what do you think\??\s?)?(?:please )?(?:leave|add|post|share|drop|write|tell us|let us know|have your say|join the (?:conversation|discussion|debate))\b"
        r"[^.!?\n]{0,40}?\b(?:in the comments?(?: section| box)?(?: below)?|(?:a |your )?comments? below|in the comment (?:box|section)(?: below)?|below in the comments)",
        max_words=25,
    ),
    # the comments' sort control ("Sort by: Newest", "Newest | Oldest | Most liked", "Oldest first")
    Shape(
        "comments.furniture",
        "sort control of the comments",
        rf"sort(?:ed)? by\s?:?\s?{_SORT_OPTION}(?:\s?[|/•·,]?\s?{_SORT_OPTION})*|"
        rf"{_SORT_OPTION}(?:\s?[|/•·,]\s?{_SORT_OPTION})+|(?:newest|oldest|latest) first|most (?:liked|voted|upvoted|replied)",
    ),
    # the moderation note ("Comments are moderated and will appear once approved.", "We reserve the right to
    # remove comments that are abusive.", "Please keep comments respectful and on topic.")
    Shape(
        "comments.furniture",
        "the comment section's moderation note",
        r"(?:all |reader )?comments?(?: (?:on|for|under) (?:this|the) (?:article|story|post|piece))? (?:are|is|will be) (?:pre-?|post-?)?moderated\b[^,.!?\n]{0,80}|"
        r"(?:our|the) comments? (?:section|area|board|thread|community) is (?:pre-?|post-?)?moderated\b[^,.!?\n]{0,60}|"
        r"we reserve the right to (?:remove|delete|edit|moderate|close|reject|block)\b[^,.!?\n]{0,40}\bcomments?\b[^,.!?\n]{0,80}|"
        r"please keep (?:(?:your|all) )?comments? (?:civil|clean|respectful|polite|relevant|on[- ]topic|brief|constructive)\b[^,.!?\n]{0,60}|"
        r"please keep it (?:civil|clean|respectful|polite|on[- ]topic)\b[^,.!?\n]{0,40}",
        max_words=40,
    ),
    # the log-in the comment box asks for ("Sign in to join the conversation", "Log in or register to comment")
    Shape(
        "comments.furniture",
        "log-in or registration to comment",
        rf"(?:please )?{_ACCOUNT_ACT}(?:\s?(?:,|or|and|/)\s?{_ACCOUNT_ACT}){{0,3}}(?: now| here)? to "
        r"(?:comment|reply|react|post (?:a )?comments?|leave a comment|add (?:a |your )?comment|join the (?:conversation|discussion|debate))(?: below| here| now)?",
    ),
    # an offer's price, a plan's starting price ("Prices from £495 /pa*", "Plans from $4.99 a month"):
    # only beside other furniture (a review's "From £495 a year" under its verdict is the article's)
    Shape(
        "paywall.offer",
        "subscription price",
        rf"(?:(?i:prices?|plans?|subscriptions?|memberships?|packages?)\s)?(?i:from|starting (?:at|from))\s(?:{_CUR})\s?\d{{1,5}}(?:[.,]\d\d)?"
        rf"\s?(?:/\s?|per |a |an |every )?(?i:pa|p\.a\.?|annum|{_PERIOD}s?)(?!\w)\.?\*?|"
        rf"(?i:(?:digital |online )?(?:prices?|plans?|subscriptions?|memberships?) (?:start|starts|begin|begins) (?:at|from))\s(?:{_CUR})\s?\d{{1,5}}(?:[.,]\d\d)?"
        rf"\s?(?:/\s?|per |a |an |every )?(?i:pa|p\.a\.?|annum|{_PERIOD}s?)(?!\w)\.?\*?",
        on_key=False,
        needs=("from", "starting", "start at", "starts at", "begin"),
        weak=True,
    ),
    # a line that sells reading for a price ("Support our award-winning journalism for R129 per month
    # (digital access only).", "Get unlimited access for $1 a week"): a noun phrase or an imperative, with
    # the offer's words; only beside other furniture
    Shape(
        "paywall.offer",
        "subscription offer with its price",
        r"(?=[^\n]{0,240}\b(?i:access|subscri\w*|journalism|digital|premium|ad-free|e-?edition|articles|stories|reading)\b)"
        r"(?i:\*?(?:support|get|enjoy|subscribe|join|become|read|access|try|start|unlock|unlimited|full|digital|premium|upgrade|go)\b)"
        rf"[^.!?\n]{{1,120}}?\bfor (?:only |just )?(?:{_CUR})\s?\d{{1,5}}(?:[.,]\d\d)?\s?(?:/\s?|per |a |an |every )(?:\d+ )?{_PERIOD}s?\b[^.!?\n]{{0,60}}[.!]?",
        on_key=False,
        needs=("per ", "/", " a ", " an ", "every "),
        untensed=True,
        max_words=30,
        weak=True,
    ),
    # a trial's or a story's one-off price ("Try 1 month for $1", "Unlock this story for $1", "Keep reading
    # for just £1"): only beside other furniture
    Shape(
        "paywall.offer",
        "trial or one-off price",
        rf"(?i:try|unlock|keep reading|continue reading|read on|start(?: your)?(?: free)? trial) [^.!?\n]{{0,40}}?for (?:only |just )?(?:{_CUR})\s?\d{{1,4}}(?:[.,]\d\d)?\b[^.!?\n]{{0,40}}",
        on_key=False,
        needs=("try", "unlock", "reading", "read on", "start"),
        untensed=True,
        max_words=15,
        weak=True,
    ),
    # what a subscription gives, in an offer's list ("Full access to example.com for 12 months",
    # "Unlimited digital access"): only beside other furniture
    Shape(
        "paywall.offer",
        "what a subscription gives",
        r"(?:(?:enjoy|get|gain|with|unlock) )?(?:full|unlimited|complete|instant|unrestricted|ad-free) (?:digital |online |web )?access(?: to [^!?\n]{1,60}?)?"
        r"(?: for (?:\d{1,2}|one|two|three|six|twelve) (?:days?|weeks?|months?|years?))?",
        untensed=True,
        max_words=14,
        weak=True,
    ),
    # the subscription desk's help line ("Questions or problems? Email ... or call ...", "*For bespoke
    # corporate packages please email ..."): only beside other furniture
    Shape(
        "paywall.prompt",
        "help line for the reader's account or subscription",
        r"\*?(?:questions or problems|questions or queries|problems (?:logging|signing) in|trouble (?:logging|signing) in|"
        r"need help(?: (?:logging|signing) in| with your (?:account|subscription))?)\??\s?(?:please )?(?:e-?mail|call|contact|ring|visit)\b[^\n]{0,160}|"
        r"\*?for (?:(?:bespoke|corporate|group|business|institutional|multi-user|team) )+(?:packages|subscriptions|access|licen[cs]es)\b[^\n]{0,40}"
        r"\b(?:e-?mail|call|contact)\b[^\n]{0,120}",
        max_words=40,
        weak=True,
    ),
    # bylines, stamps, reading time (as written: names are capitalised)
    Shape("byline.stamp", "reading time", r"\d{1,3}\s?(?:min|mins|minute|minutes)\s(?:read|listen)|(?:reading|listening) time\W+\d{1,3}\s?(?:min|mins|minutes)(?: read)?"),
    Shape(
        "byline.name",
        "byline",
        rf"(?i:by|story by|written by|words by|reporting by|reported by|report by|posted by|edited by)\s*:?\s*{_NAMES}"
        rf"(?:\s*[|,–-]\s*{_NAME})?",
        on_key=False,
        top_only=True,
    ),
    # a person's name and an outlet at the top, joined by a slash or "for" ("Jane Doe/National Post",
    # "Jane Doe for The Texas Tribune"): a picture's credit or a byline, either way the page's (the outlet
    # ends in a desk's or an outlet's word; "Jane Doe for Mayor" is a slogan, see _passes)
    Shape(
        "byline.name",
        NAME_AND_OUTLET,
        r"(?P<person>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3})(?:\s?/\s?|\sfor\s)(?P<outlet>(?:The\s)?[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3})",
        on_key=False,
        top_only=True,
        max_words=10,
    ),
    # the writer's role in small letters between "By" and the name ("By political editor Jane Smith", "By local
    # democracy reporter X", "By NF1 convenor X"): above the article only, the role ending in a desk's word or an
    # agent noun, no function word in it ("By the River Thames", "By lunchtime Downing Street" are headings)
    Shape(
        "byline.name",
        "byline with the writer's role",
        rf"(?:By|BY|by)\s+(?:[A-Z0-9][\w-]*\d[\w-]*\s+)?(?P<role>(?:[a-z][a-z-]+\s+){{1,4}}){_NAMES}",
        on_key=False,
        top_only=True,
    ),
    # "By: Linda Cook" anywhere: the colon makes it a label, never a sentence's "By then, ..."
    Shape("byline.name", "labelled byline", rf"(?i:by|story by|written by|words by|posted by)\s*:\s*{_NAMES}", on_key=False),
    # "Author: X", "Reporter: X": at the top or beside other furniture (a quiz's answer, a song's credit, an
    # awards shortlist's entry lower down are the article's)
    Shape("byline.name", "labelled byline", rf"(?i:author|reporter|writer)\s*:\s*{_NAMES}", on_key=False, weak=True),
    # a wire story's byline lower on the page: "By" and a news wire ("By AAP", "By The Associated Press";
    # not any agency of the list: "By Bloomberg", "By Zuma", "By Nine" head a breakdown's or a list's parts)
    Shape("byline.name", "byline of a wire story", r"(?:By|BY)\s+(?P<agency>[A-Z][\w.&'’ -]{1,50})", on_key=False),
    # ... or a name in capitals (AP's style: "By SOPHIE BATES"), at the top or beside other furniture (an
    # agency's line, a stamp): a bestseller list's "By KRISTIN HANNAH" or a hymn list's stays
    Shape("byline.name", "byline of a wire story", r"(?:By|BY)\s+(?P<wire>[A-Z][\w.&'’ -]{1,50})", on_key=False, weak=True),
    Shape(
        "byline.name",
        "byline with its date stamp",
        rf"(?i:by|story by|written by|words by|reporting by|posted by)\s*:?\s*{_NAMES}\s*[|,–-]?\s*(?P<stamp>[^\n]{{4,80}})",
        on_key=False,
    ),
    Shape(
        "byline.empty",
        "empty byline or stamp label",
        r"(?:by|posted|published|updated|last updated|posted on|published on|written by)(?:\W+(?:by|posted|published|updated|last updated|on))*",
        top_only=True,
    ),
    Shape(
        "byline.wire",
        "wire credit line",
        r"(?i:(?:additional )?reporting by|writing by|editing by|compiled by)\s[^\n]{2,100}?(?:;|,|\band\b)\s*"
        r"(?i:(?:additional )?reporting|writing|editing|compiled)\s(?i:by)\s[^\n]{2,100}|"
        r"[(—–-]?\s?(?i:with inputs from|with agency inputs|inputs from)\s?[^\n]{0,40}\)?",
        on_key=False,
        needs=('by', 'input'),
    ),
    # names with their date stamp and no "By" ("Jane Doe | John Roe Published December 6, 2022 Updated ...")
    Shape(
        "byline.name",
        "names with their date stamp",
        rf"(?P<names>{_NAMES}(?:\s*\|\s*{_NAMES})*)\s*[|,–-]?\s*(?P<stamp>(?:Published|Updated|Posted|Last updated|PUBLISHED|UPDATED|POSTED)\b[^\n]{{4,100}})",
        on_key=False,
        top_only=True,  # "Final Report Published 4 September 2024" in a timeline is the article's
        needs=("|",),  # a byline row's separator: "Highway Code Updated 29 January 2022" has none
    ),
    # a press release's source and issuer, its end mark; a wire desk's initials ("PTI NIT VN")
    Shape(
        "byline.source",
        "source or issuer of a press release",
        rf"(?:Source|SOURCE)\s?:\s?{_NAMES}\s?\((?:[\w ]{{0,30}}(?:News|Release|Statement|Media|Press)[\w ]{{0,20}})\)|"
        r"Issued by\s?:?\s?(?:the )?(?:[A-Z][\w'’.-]*\s){0,4}(?:Media|Press|Communications|PR)(?:\s(?:Centre|Center|Office|Desk|Team|Unit))?",
        on_key=False,
        needs=("source", "issued"),
    ),
    # a wire story's closing credit ("Associated Press writer Jane Doe in London contributed to this report."):
    # at the top or beside furniture (experts "contributed to this report" in a story about a report)
    Shape(
        "byline.wire",
        "contributors' credit line",
        r"(?=[^\n]{0,120}\b(?i:writers?|reporters?|correspondents?|staff|journalists?)\b)"  # the newsroom's people, not a report's
        r"[A-Z][^\n]{2,200}?\bcontributed (?:reporting|to this (?:report|story|article))(?!['’])(?: from [A-Z][\w.,' -]{1,60})?\.?",
        on_key=False,
        needs=("contributed",),
        max_words=40,
        weak=True,
    ),
    # a republication credit above the article: the story says where it first appeared ("This article originally appeared in the
    # ABC", "This story was first published by ProPublica", "This article is republished from The Conversation
    # under a Creative Commons license"), maybe after its writer's line ("Article written by X, its political
    # correspondent."), or a republisher's footer that names the story's title and the outlet ("“Title” was first
    # published by The Texas Tribune, a nonprofit ... media organization ..."), the outlet named with a capital;
    # the credit ends at the outlet's name (capitalised words: "The Prairie Tribune", "Harbour Investigates"),
    # and a licence or "Read the original article": "This story was first published by the Herald in 1912, and
    # the paper has now apologised" is a lead paragraph
    # "This report was published on Monday by the ONS", "This story first appeared in the paper in 1901" and
    # "“Animal Farm” was first published by Secker and Warburg in 1945" are the article's
    Shape(
        "byline.source",
        "republication credit: where the story first appeared",
        r"(?:(?i:article |story |words )?(?i:written|reported) by [A-Z][^.!?\n]{2,160}\.\s+)?"
        r"(?:This|THIS) (?:article|story|piece|post|column|essay|op-ed|ARTICLE|STORY)(?: was| is| has been)?"
        r" (?:(?:first|originally) (?:published|appeared|ran|posted)|republished) (?:in|on|by|at|from|with|under) (?:the )?"
        rf"{_CREDIT_OUTLET}(?: (?:under|with) [^\n.]{{0,60}}?licen[cs]e)?\.?(?:\s(?:Read|View) the original(?: article| story| post)?\.?)?"
        rf"|[^\n]{{10,200}}[”\"] was (?:first|originally) published (?:by|in|on) (?:the )?{_CREDIT_OUTLET}"
        r"(?:,? (?:an?|the) (?:[\w-]+,? ){0,3}?(?:nonprofit|non-profit|newsroom|media organi[sz]ation|news organi[sz]ation)\b[^\n]{0,300}"
        r"| (?:under|with) [^\n.]{0,60}?Creative Commons[^\n]{0,200})",
        on_key=False,
        needs=("first", "originally", "republished"),
        max_words=80,
        top_only=True,  # above the article's paragraphs: at its end such a line is the article's own last word
    ),
    # a wire's publication note, anywhere (a national wire closes every story with it): the report and the
    # date it first ran, and nothing else ("This report by The Canadian Press was first published Dec. 21,
    # 2023.", "This story was originally published on March 3, 2024."); the date ends the line, so a
    # sentence about a report ("This report was first published in 1998 by the council and ...") stays
    Shape(
        "byline.source",
        WIRE_NOTE,
        r"(?:This|THIS) (?:report|story|article|item)(?: by (?:the )?"
        rf"{_CREDIT_OUTLET})? (?:was )?(?:first|originally) (?:published|posted|filed)(?: on)? "
        rf"(?:(?:{_MONTH_NAME})\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d|\d{{1,2}} (?:{_MONTH_NAME}),? (?:19|20)\d\d)\.?",
        on_key=False,
        needs=("first", "originally"),
        max_words=25,
    ),
    # (in capitals or between dashes only: a poem's line "ends" is the article's)
    Shape("footer.signoff", "end mark of a press release", r"[-–—]*\s?(?:ENDS|END|-30-)\s?[-–—]*|[-–—]+\s?[Ee]nds\s?[-–—]+|#\s?#\s?#", on_key=False),
    # a republisher's source line above the article, naming the outlet it took the story from ("Source: Radio
    # New Zealand", "SOURCE: The Valley Times"): capitalised words only, above the article's first paragraph
    # (a chart's "Source: Office for National Statistics" lower down is the article's)
    Shape(
        "byline.source",
        "source line naming the outlet a republished story came from",
        rf"(?:Source|SOURCE)\s?:\s?(?:the\s)?{_CREDIT_OUTLET}",
        on_key=False,
        needs=("source",),
        top_only=True,
        max_words=8,
    ),
    # a wire's name alone after a dash, closing its copy ("— Bernama", "– AFP"; a list's "- AFP" is a bullet's)
    Shape("byline.wire", "a wire's sign-off after a dash, closing its copy", rf"[—–]\s?(?:{_WIRE_ALTERNATION})", on_key=False),
    Shape("byline.source", "source line of a wire story", r"(?:(?i:h/t)\s?:?|(?i:via)\s?:)\s?(?:[A-Z][\w.&-]*|[A-Z]{2,})(?:\s(?:[A-Z][\w.&-]*|[A-Z]{2,})){0,4}", on_key=False),
    # credits and captions carrying a credit
    Shape("credit.photo", "photo credit", rf"{_CREDIT_TAIL}|(?i:video|photo)\s/\s(?P<credit2>[^\n]{{1,40}})", on_key=False, needs=('photo', 'pic', 'image', 'credit', 'video')),
    Shape("credit.photo", "photo credit in brackets", _BRACKET_DESK, on_key=False, needs=('(',)),
    Shape("credit.bracket", "credit in brackets", r"\([A-Z]{2,6}\)", on_key=False, needs=('(',)),
    # "(Courtesy of Jane Doe)", "Photo courtesy: Acme Homes": a name after it (see _nameish), never
    # "courtesy of the council's generosity"
    Shape(
        "credit.photo",
        "credit 'courtesy of' a name",
        # in brackets, or after a photo's word, or "Courtesy of" / "Courtesy:" (a heading's "Courtesy Car", a title's
        # "Courtesy Of The Red, White And Blue", a score's "Courtesy: 92%" are not); the name starts with a capital
        r"\((?i:(?:photos?|images?|pictures?|videos?)\s)?(?i:courtesy)(?:\s(?i:of)|\s?:)?\s?(?P<credit>[A-Z@][^()\n]{0,59}?)\)|"
        r"(?i:(?:photos?|images?|pictures?|videos?)\s)(?i:courtesy)(?:\s(?i:of)|\s?:)?\s?(?P<credit3>[A-Z@][^()\n]{0,59})",
        on_key=False,
        needs=("courtesy",),
    ),
    # ... bare ("Courtesy of Jane Doe") only at the top or beside other furniture: "Courtesy of Santa",
    # "Courtesy of VAR" head a story's parts
    Shape(
        "credit.photo",
        "credit 'courtesy of' a name",
        r"(?:Courtesy|COURTESY)(?:\s(?:of|OF)|\s?:)\s?(?P<credit4>[A-Z@][^()\n]{0,59})",
        on_key=False,
        needs=("courtesy",),
        weak=True,
    ),
    Shape("caption.credit", "image caption ending in its credit", rf"[^\n]{{8,400}}?{_CAPTION_END}{_CREDIT_TAIL}", on_key=False, needs=('photo', 'pic', 'image', 'credit', 'video')),
    Shape("caption.credit", "image caption ending in its credit", rf"[^\n]{{8,400}}?(?:[.!?\"”)]\s+|\s\|\s*){_SLASH_CREDIT}", on_key=False, needs=('/',)),
    Shape("caption.credit", "image caption ending in its credit", rf"[^\n]{{8,400}}?[.!?]\s?{_BRACKET_DESK}", on_key=False, needs=('(',)),
    # ... or in a photographer and a desk either side of a slash, maybe after "Source:" (see _slash_credit)
    Shape(
        "caption.credit",
        "image caption ending in its credit",
        r"[^\n]{8,400}?[.!?]\s+(?:(?i:source|photo|picture|image)\s?:\s?)?(?P<photographer>[A-Z][\w'’ -]{1,40}?)\s?/\s?(?P<desk>[A-Z][\w.&'’ /-]{1,60})",
        on_key=False,
        needs=("/",),
    ),
    # ... or in its desk's name and the picture's word after a dash ("... while the minister looks on. — Bernama
    # photo", "... on Friday. – AFP pic"): the desk a wire's name or capitalised words
    Shape(
        "caption.credit",
        "image caption ending in its credit",
        rf"[^\n]{{8,400}}?[.!?]\s[—–-]\s?(?:{_WIRE_ALTERNATION}|[A-Z][\w.&'’]*(?:\s[A-Z][\w.&'’]*){{0,3}})\s(?i:file\s)?(?i:photo(?:graph)?|pic(?:ture)?|image)s?",
        on_key=False,
        needs=("photo", "pic", "image"),
    ),
    # ... or in a nameless credit's word and the desk across a slash ("... Tim Roe. Supplied / City News", "File/AFP"),
    # as the credit alone is one
    Shape(
        "caption.credit",
        "image caption ending in its credit",
        rf"[^\n]{{8,400}}?[.!?]\s+(?P<nameless>{_NAMELESS_SLASH})",
        on_key=False,
        needs=("supplied", "file", "handout"),
    ),
    Shape("credit.photo", "photo credit", _NAMELESS_SLASH, on_key=False, needs=("supplied", "file", "handout")),
    Shape("caption.credit", "image caption ending in a picture number", r"[^\n]{8,400}?[.!?]\s*\([1-9]\d{5,9}\)", on_key=False, needs=('(',)),
    # ... or in a video's credit after a slash ("... in the latest headlines. Video / NZ Herald"), as the
    # credit alone is one (see credit.photo), or in a picture's label that lost its name ("... to increase
    # rates. Photo /", "... on Monday. Picture:", its colon trimmed here): each after the caption's last sentence
    Shape(
        "caption.credit",
        "image caption ending in its credit",
        r"[^\n]{8,400}?[.!?]\s+(?:(?i:video)\s?/\s?(?P<credit2>[^\n/]{1,40})|(?:Photo|Picture|Image|Photograph|PHOTO|PICTURE|IMAGE)(?:\s?/)?)",
        on_key=False,
        needs=("/", ":"),
    ),
    # a credit with no name, as US local papers print it ("Submitted photo", "Contributed photo", "Photo
    # submitted"), alone or ending a caption ("Jane A. Doe Submitted photo", "The new library. Contributed
    # photo"); where it ends a caption, as a credit is written ("... a submitted photo" is a sentence's, "Best
    # Submitted Photo" a contest's heading)
    Shape(
        "credit.photo",
        "photo credit with no name ('Submitted photo')",
        r"(?i:submitted|contributed|courtesy|supplied|provided) (?i:photo(?:graph)?|image|picture|pic)s?|(?i:photo|image|picture)s? (?i:submitted|contributed|supplied|provided)",
        on_key=False,
        needs=("photo", "pic", "image"),
    ),
    Shape(
        "caption.credit",
        "image caption ending in its credit",
        r"[^\n]{3,300}?[\s.!?)]\s?(?P<nameless>(?:Submitted|Contributed|Courtesy|Supplied|Provided) (?:photo(?:graph)?|image|picture)s?"
        r"|(?:SUBMITTED|CONTRIBUTED|COURTESY|SUPPLIED) (?:PHOTO|IMAGE|PICTURE)S?"
        r"|(?:Photo|Image|Picture|PHOTO|IMAGE|PICTURE)s? (?:submitted|contributed|supplied|provided|SUBMITTED|CONTRIBUTED|SUPPLIED|PROVIDED))",
        on_key=False,
        needs=("photo", "pic", "image"),
        max_words=60,
    ),
    # a wire's caption, opening on the picture itself with its date or its kind ("This March 28, 2017, file
    # photo, provided by X, shows Jane Doe.", "In this undated handout photo, ...", "This satellite image
    # shows fires near Delhi on Nov. 3, 2019."): one sentence; a writer's "This photo, taken in 1962, shows
    # my grandfather" or "This 1962 photograph, from the archive, shows ..." (no full date or kind before the
    # picture's word: a year alone is not one) and a reported sentence stay (see _passes)
    Shape(
        "caption.wire",
        WIRE_CAPTION_DATED,
        rf"(?:In )?[Tt]his (?:(?:19|20)\d\d,? )?(?:(?:undated |file |handout |satellite |aerial |drone |combination )*(?:{_MONTH_NAME})\.? \d{{1,2}},? (?:19|20)\d\d,? )"
        r"(?:undated |file |handout |satellite |aerial |drone |combination )*"
        r"(?:photo(?:graph)?|image|picture|pic|video (?:still|grab)|screen ?grab|still)s?"
        r"(?:,|\s(?:shows?|provided|released|taken|obtained|issued|supplied|made|from)\b)[^\n]{3,400}[.]",
        on_key=False,
        needs=("this",),
        max_words=60,
    ),
    # ... or with its kind only ("This satellite image from 1985 shows the glacier ...", "This handout image
    # from the prosecution shows the defendant ..."): an explainer's, a court report's or an appeal's
    # paragraph has that opening too, so it goes only in a caption's layout, beside the picture's credit
    # (see furniture)
    Shape(
        "caption.wire",
        WIRE_CAPTION_KIND,
        r"(?:In )?[Tt]his (?:(?:19|20)\d\d,? )?(?:undated |file |handout |satellite |aerial |drone |combination )+"
        r"(?:photo(?:graph)?|image|picture|pic|video (?:still|grab)|screen ?grab|still)s?"
        r"(?:,|\s(?:shows?|provided|released|taken|obtained|issued|supplied|made|from)\b)[^\n]{3,400}[.]",
        on_key=False,
        needs=("this",),
        max_words=60,
    ),
    # an image's alt text naming what the picture shows ("Image of Prime Minister Jane Doe"), beside its
    # credit only (see furniture): "Picture of health: ...", "Image of the week" head a story or a feature
    Shape(
        "caption.alt",
        "image alt text ('Image of ...') beside the picture's credit",
        r"(?:Image|Photo|Picture|Photograph)s? of (?!the (?:day|week|month|year)\b)(?P<caption>[^\n.!?:;\"“”]{3,120})",
        on_key=False,
        needs=("photo", "pic", "image"),
        max_words=15,
        untensed=True,
        weak=True,
    ),
    # site footers and sign-offs
    # the platform's credit ("Powered by Frankly", "Website by Acme Digital"): a name, nothing more; "by" in
    # small letters ("Powered By Women", every word capitalised, is a heading)
    Shape("footer.credit", "the site's platform credit", r"(?:[Pp]owered|[Ww]ebsite|[Ss]ite) by\s(?:[A-Z][\w.&'’-]*|[A-Z]{2,})(?:\s(?:[A-Z][\w.&'’-]*|&|and)){0,3}", on_key=False),
    # the outlet's standards link ("Our Standards: The Thomson Reuters Trust Principles."), alone or with its title
    Shape(
        "footer.standards",
        "link to the outlet's editorial standards",
        r"(?i:our (?:editorial )?standards|editorial (?:standards|guidelines|policy)|corrections policy|ethics policy)"
        r"(?:\s?:\s?(?:[A-Z][\w'’.-]*|of|and|the|&)(?:\s(?:[A-Z][\w'’.-]*|of|and|the|&)){0,7}\.?)?",
        on_key=False,
    ),
    # an e-mail address a page's protection script hid, alone or after its label ("Contact: [email protected]")
    Shape(
        "footer.contact",
        "contact line whose address the page hid ('[email protected]')",
        r"(?:(?i:contact(?: us)?|e-?mail(?: us)?|tips?|send (?:us )?(?:your )?(?:news|tips|stories))\s?:?\s?)?\[email\s?protected\]\*?",
        on_key=False,
        needs=("email",),
    ),
    Shape(
        "footer.legal",
        "copyright notice",
        r"(?i:copyright\s?)?(?:©|\(c\))\s?(?:\d{4}|[A-Z])[^\n]{0,300}|(?i:copyright)\s(?:©\s?)?\d{4}\b[^\n]{0,300}|"
        r"[^\n]{0,120}(?i:all rights reserved)(?:\.[^\n]{0,500})?",
        on_key=False,
        needs=('©', 'copyright', 'rights reserved'),
    ),
    Shape(
        "promo.signoff",
        "station sign-off",
        r"(?:please )?(?:stay with|keep it (?:here|locked) (?:on|to)|stay tuned to|check back with) .{1,40}?"
        r"(?:for (?:further |more |the latest )?updates|as (?:this|the) story (?:develops|unfolds)|for more)(?: on this story)?|"
        r"catch all the .{1,60} (?:news|updates) .{0,60}on [\w .]{1,30}|"
        # a station's promo of its bulletins, in the imperative: where and when to hear them ("Hear all the latest
        # news from across the region on the hour, every hour, on Hits Radio on DAB, at hitsradio.co.uk and on
        # the app.", "Get the latest local news every hour on our app and smart speaker")
        r"(?:hear|get|catch|listen to) (?:all )?the latest (?:[\w'’-]+ ){0,4}?(?:news|headlines|bulletins?|updates)\b[^.!?\n]{0,80}?"
        r"\b(?:on the hour|every hour|on dab|on fm|on (?:the |our )?[\w' ]{0,30}app|on (?:your |a )?smart speaker)\b[^\n]{0,200}",
    ),
    # the outlet pointing to its own site for the rest of its news ("For all the latest News, Mumbai,
    # Cricket and Business updates, visit Free Press Journal."): the site is named, never "the council's
    # website"; at the top, beside other furniture or inside a flattened box (a story's "For the latest
    # updates on the fire, visit Cal Fire." is its own)
    Shape(
        "promo.site",
        "the outlet's pointer to its own site for more news",
        r"(?i:for (?:all )?(?:the )?latest|for more)\b[^.!?\n]{1,140}?\b(?i:news|updates|stories|headlines)\b[^.!?\n]{0,80}?,?\s"
        r"(?i:visit|log on to|go to|head to)\s(?!the\b)[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}\.?",
        on_key=False,
        needs=("latest", "more"),
        max_words=40,
        weak=True,
    ),
    Shape(
        "promo.audio",
        "listen-to-this-article widget",
        r"(?:new\s?:\s?)?you can now listen to (?:this article|articles|our articles|this story).{0,40}|click here to listen(?: live)?|"
        r"listen to (?:this|the) (?:article|story)(?:\s?\d{1,3}\s?min(?:ute)?s?)?|listen to an audio version of (?:this|the) (?:news )?(?:article|story|report)(?: below)?|this audio is (?:generated|produced|created) (?:by|using|with) .{0,60}|"
        r"read a summary of this article.{0,60}|watch more of our videos\b.{0,120}",
    ),
    # the site asking the reader to allow its ads ("Please disable your ad blocker", "By allowing ads to
    # appear on this site, you support local businesses"): the notice alone, with nothing after it but
    # more of the notice, and only at the top or beside other furniture (a media story's subheading or a
    # help column's answer quotes the same words)
    Shape(
        "ad.appeal",
        "request to allow the site's ads",
        r"(?:(?:it looks like |we(?:'ve)? (?:noticed|see|notice) (?:that )?)you(?:'re| are) using an? ad ?-?blocker|"
        r"please (?:disable|turn off|whitelist|pause|switch off) (?:your )?ad ?-?blocker)"
        r"(?:[.!]?\s?(?:please |to (?:continue|keep reading)|(?:and |to )?support us|consider (?:whitelisting|supporting|disabling))[^.:;!?\n]{0,80})?[.!]?|"
        r"by allowing ads (?:to appear )?on (?:this|our) (?:web)?site,? you(?:'re| are)? support(?:ing)? [^.:;!?\n]{1,120}[.!]?",
        needs=("blocker", "allowing ads"),
        weak=True,
    ),
    # an appeal's or a paywall's opening, the outlet noting how much the reader has read ("It seems like
    # you've found a few articles worth reading.", "We noticed you've read a few of our stories this month."):
    # beside the appeal or at the top beside other furniture (a story's "You have read several articles
    # about the scheme" stays alone)
    Shape(
        "donation.appeal",
        "the outlet noting how much the reader has read (an appeal's opening)",
        r"(?:it (?:seems|looks) like |looks like |we(?:'ve)? (?:see|notice|noticed|can see) (?:that )?)?you(?:'ve| have) "
        r"(?:found|read|been reading|enjoyed|viewed) (?:a few|some|several|a number of|a lot of|many|\d{1,3})"
        r"(?: of our| of)?(?: [\w-]+){0,2} (?:articles|stories|pieces)"
        r"(?: (?:worth reading|this (?:month|week|year)|so far|recently|lately|on (?:our|this) (?:site|website))){0,2}",
        needs=("you",),
        max_words=30,
        weak=True,
    ),
    # a quiz's promo ("How well do you know this week's news? Test your knowledge."), alone, beside other
    # furniture or at the top: a quiz page's own standfirst has its questions under it
    # ... and its heading ("Quiz of the week", "News quiz"), likewise: a quiz page's own heading has its
    # questions under it
    Shape(
        "promo.quiz",
        "heading of a promo for the site's quiz",
        r"(?:(?:the|our|this week's|today's) )?(?:(?:weekly|daily) )?(?:news )?quiz(?: of the (?:week|day|month))?|take (?:our|the) (?:news )?quiz",
        needs=("quiz",),
        weak=True,
    ),
    Shape(
        "promo.quiz",
        "promo for the site's quiz",
        r"how (?:well|much) do you know [^?\n]{1,60}\?\s?test your knowledge[.!]?",
        needs=("test your knowledge",),
        weak=True,
    ),
    # a link's instruction left without its link, to more to read, watch or hear ("To read what happened on
    # the campaign trail after May 8, click here.", "Click here to watch the video", "(To view our epaper
    # please click here.)"): the whole line, nothing said or reported around it ("Click here to claim your
    # refund, the text read" goes on past a comma and stays), and never a product's own call to act ("Click
    # here to get more information or download this game" on its page is the page's)
    Shape(
        "related.link",
        "link instruction left without its link ('click here')",
        rf"(?:(?:to (?:{_RECIRCULATE})|for (?:{_MORE_OF})) [^.!?,;\"“”\n]{{0,100}},? )?"
        r"(?:please )?(?:click|tap) (?:here|on this link|this link)"
        rf"(?: (?:to (?:{_RECIRCULATE})|for (?:{_MORE_OF}))(?: [^.!?,;\"“”\n]{{0,100}})?)?",
        needs=("click", "tap"),
        max_words=30,
    ),
    # the publisher's other editions and shows, as an imperative: "Read our digital edition", "Read today's
    # e-paper here", "Listen to our daily news podcast" (a story's "The paper will close its print edition"
    # tells, and a reported "Listen to our podcast, she urged" is the article's)
    Shape(
        "promo.edition",
        "promo for the publisher's digital edition or podcast",
        r"(?:read|view|browse|download|check out|flip through) (?:our|the|today's|this week's|the latest) "
        r"(?:(?:digital|print|replica|online|interactive) (?:edition|replica|newspaper|paper|magazine)|e-?paper|e-?edition|"
        r"edition of (?:our|the) (?:newspaper|paper|magazine))(?: (?:here|now|online|today|for free|free))*|"
        # (the outlet's show: "our ... podcast" or "the podcast"; "the <Title> podcast" names another's show, an
        # item of a listicle of podcasts: "Listen to the Rest Is History podcast", "Download the Serial podcast")
        r"(?:listen to|subscribe to|download) (?:our (?:[\w'’-]+ ){0,3}|the )podcasts?(?: (?:here|now|on [\w ]{1,30}|wherever you get your podcasts))?",
        needs=("edition", "paper", "podcast", "replica"),
        max_words=20,
    ),
    # a link to more of the site's stories, as a sentence: "Read more stories from the Valley News.",
    # "See more stories from our Business section" (a story's "More stories emerged on Tuesday" tells)
    Shape(
        "related.link",
        "link to more of the site's stories",
        r"(?:read|see|view|find|discover|browse|get) (?:more|all|the latest|other|all the latest)"
        # (a section's word or two may name the stories: "Read more trending news", "See all local news")
        r"(?: (?!(?:from|on|in|about|at|by)\b)[\w'’-]+){0,2} "
        r"(?:stories|news|articles|headlines|coverage|reports)(?: (?:from|on|in|about|at|by) [^.!?\n]{1,60})?",
        max_words=16,
    ),
    # a "see also" link whose separator the scrape lost: the label, then the linked headline in capitals
    # ("See also Fire destroys barn in Cumberland County, N.S.", "Also read Minister says cuts will stay"); one
    # headline, no sentence after it, nobody reported ("Also read the small print, the watchdog warned") and
    # never a clause in lower case ("See also the council's report") nor a citation; "Read more" and "Related" before a
    # capital open the article's own lines too often ("Read more Tolkien", "Related Party Transactions")
    Shape(
        "related.link",
        "'see also' link whose separator was lost (the label, then the headline)",
        # (a citation is the article's: a case "R v Smith [2001]", a part of a report "Chapter 4", "Table 2")
        r"(?i:see also|also read|read also)\s(?![^\n]*\s(?:v|vs)\.?\s)(?![^\n]*\[\d{4}\])(?![^\n]*,\s(?i:which|who|whom|where|as)\s)"
        r"(?!(?i:chapters?|pages?|pp?\.|figures?|fig\.|tables?|sections?|paragraphs?|para\.|appendix|annex|notes?)\s)"
        r"[A-Z0-9\"“‘'](?:[^.!?\n]|[.!?](?!\s))*[.!?]?",
        on_key=False,
        needs=("see also", "also read", "read also"),
        max_words=25,
    ),
    # the site's marketplace box, in the imperative: search its listings of homes, jobs, cars or notices
    # ("Search for local real estate online now", "Find your next job with Courier Jobs", "Browse local
    # homes for sale"): only beside other furniture (a careers guide's tip "Search for local jobs online" stays)
    Shape(
        "promo.marketplace",
        "the site's marketplace box: search its listings",
        r"(?:search|find|browse)(?: for)? (?:(?:your|the|a) )?(?:next |dream |new )?(?:local )?"
        r"(?:real estate|propert(?:y|ies)|homes?(?: for sale)?|houses? for sale|jobs?|cars?|used cars|tradespeople|trades|businesses|"
        r"classifieds|public notices|death notices|obituaries)"
        r"(?: (?:online|near you|in your area|with [\w'’ ]{1,30}))?(?: (?:now|today|here))?",
        max_words=12,
        weak=True,
    ),
    Shape("promo.product", "the publisher's products", r"(?:free|featured|upcoming|latest) (?:e-?books?|webinars?|white ?papers?|podcasts?|masterclass(?:es)?)"),
    Shape(
        "paywall.prompt",
        "paywall prompt",
        r"enjoy unlimited (?:reading|digital access|access to (?:our|all) (?:articles|journalism|stories|content)).{0,80}|\*?full story in (?:this week's|today's|this month's|the) .{1,40}",
    ),
    # a bar of headlines at the page's top, maybe after its label ("9/11 ANNIVERSARY: Entertainment's response
    # to 9/11 | Covering 9/11 before smartphones | Academy players recall 9/11"): three headlines of three
    # words or more between pipes, above the article (a menu's "News | Sport | Weather" has single words, a
    # byline row its date; lower down, a table's row is the article's)
    Shape(
        "related.bar",
        "bar of headlines at the page's top",
        rf"(?:[^|\n:]{{2,40}}:\s)?(?:{_BAR_ITEM}\s\|\s){{2,}}{_BAR_ITEM}",
        on_key=False,
        needs=("|",),
        top_only=True,
    ),
    # counters of reads and views
    Shape("byline.counter", "read counter", r"read \d[\d,]* times|\d[\d,]* (?:views|reads)|views:? \d[\d,]*"),
    # markup and code left in the text: stray symbols, a colour, a style-sheet class, a bare image or tweet link
    Shape(
        "junk.markup",
        "markup left in the text",
        r"[\^×|~=+<>\[\]{}\\/_•·—–-]{1,10}|#[0-9a-fA-F]{6}|[•·*-]?\s?[a-z]+(?:-[a-z]+){2,}|pic\.twitter\.com/\w+|"
        r"https?://\S+\.(?:jpe?g|png|gif|webp)\S*|https?://img\.\S+|\]\]>|"
        # a file's or an embed's hash alone ("866872908062e7b1982cef16455f77e6": an MD5, a SHA-1 or SHA-256),
        # maybe after its timestamp ("20231221121236-25070e8c...")
        r"(?:\d{8,14}[-_])?(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})|"
        # a script's braces left between paragraphs ("} else {", "});", "})();"), and a tracking pixel's name
        r"\}\s?(?:else\s?\{|\)*\s?\(?\)?\s?;?)|fbpx",
        on_key=False,
    ),
    Shape(
        "caption.placeholder",
        "image placeholder or stock-image note",
        r"(?:representational|representative|file|stock|placeholder|archive) (?:image|photo|picture|pic)(?: used)?|"
        r"(?:image|photo|picture|pic)s? (?:used )?(?:is |are )?(?:for|only for) (?:representation|representational purposes|illustration|illustrative purposes)(?: only)?|"
        r"no caption|image unavailable|image not available|"
        # a screenshot's file name left as its alt text ("Screen Shot 2015-05-26 at 9.46.17 PM")
        r"screen ?shot \d{4}-\d\d-\d\d at \d{1,2}[.:]\d\d[.:]\d\d(?: ?[ap]\.?m\.?)?(?: \(\d{1,3}\))?",
    ),
    # a teaser card flattened onto one line: its section, date and headline glued together
    # ("Latest NewsFebruary 3, 2026Amid the raids, ...": no space where the card's fields met);
    # the section is a name (capitalised words: "Column - State of Inequality"), never a clause
    # ("The ruling came onMarch 3, 2021The council appealed" is a sentence with a typo)
    Shape(
        "related.card",
        "teaser card flattened onto one line (section, date and headline glued)",
        rf"(?P<label>[A-Z][^\n]{{0,79}}?[a-z)])(?:{_MONTH_NAME})\.? \d{{1,2}}, \d{{4}}[A-Z0-9\"“‘'][^\n]{{3,300}}",
        on_key=False,
        needs=_MONTH_GATE,
    ),
    # a section or an outlet's name glued to a date stamp ("MediaAugust 21, 2016", "The Advertiser2 days ago")
    Shape(
        "byline.stamp",
        "section or outlet name glued to its date stamp",
        rf"(?P<label>[A-Z][\w&'’ -]{{0,40}}?[a-z])(?:(?:{_MONTH_NAME})\.? \d{{1,2}}, \d{{4}}|\d{{1,2}} (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago)",
        on_key=False,
        needs=(*_MONTH_GATE, "ago"),
    ),
    # an embed's notice that it did not load ("This video is not available in your region."); a
    # site, a service or a page being unavailable is news as often as it is a notice, so only an
    # embed's nouns, or a site blocked "in your location", and only notice sentences after it
    Shape(
        "notice.unavailable",
        "notice that an embedded part of the page is unavailable",
        r"(?:(?:oops|sorry|we're sorry|we are sorry)\W+)?(?:(?:this|the) (?:video|content|embed|widget|player|live blog|feature)(?: you requested)? "
        r"is (?:currently |temporarily )?(?:unavailable|not available|no longer available)(?: in your (?:location|region|country|area))?"
        r"|(?:this|our) (?:website|site|content) is (?:currently |temporarily )?"
        r"(?:unavailable|not available) in your (?:location|region|country|area))"
        r"(?:[.!]\s?(?:we(?:'re| are) (?:working (?:hard )?to (?:restore it|get it back online|fix (?:it|this))|sorry for the inconvenience)"
        r"|please (?:try again(?: later)?|refresh the page|check back later)|we apologi[sz]e for the inconvenience)[.!]?){0,3}",
    ),
    # the site's notice that the reader's browser is out of date, with what to do about it ("Your web browser is
    # no longer supported. To improve your experience update it here"): the advice makes it the site's to its
    # reader ("Your browser is out of date, Microsoft warns" is a headline)
    Shape(
        "notice.browser",
        "the site's notice that the reader's browser is out of date",
        r"(?i:your (?:web |internet )?browser (?:is|may be) (?:no longer supported|not supported|unsupported|out of date|outdated))"
        r"[.!]?\s?(?i:please |to [^.!?\n]{1,60}?,?\s)?(?i:update|upgrade|switch|download|use)\b[^.!?\n]{0,100}[.!]?",
        on_key=False,
        needs=("browser",),
    ),
    # the label of a tag's or an archive's listing page ("Posts tagged with "Schools"", "Tag Archives: Police"): a
    # listing's, never an article's ("Category: Best Actress" in an awards list is one, so not that)
    Shape(
        "navigation.archive",
        "the label of a tag's or an archive's listing page",
        # (the tag quoted or after a colon: "Stories filed under the new rules must be reviewed" is a sentence)
        r"(?i:tags?\s)?(?i:posts?|articles?|stories|entries) (?i:tagged|filed) (?i:with|under|as)"
        r"(?:\s?:\s?[^\s:]+(?:\s[^\s:]+){0,3}|\s?[\"“‘'][^\n\"“”‘’']{1,40}[\"”’'])"
        r"|(?i:tag|category) (?i:archives?)\s?:\s?[^\s:]+(?:\s[^\s:]+){0,3}",
        on_key=False,
        needs=("tagged", "filed", "archive"),
    ),
    # a caption that says who stands where in the picture: "Devon Conway (L) celebrates ...", "Jane Doe
    # (second left) and ...", "the bar found in the park (left)"; "(pictured)" is a tabloid's body text too,
    # and "(R)" / "(D)" a US party's
    Shape(
        "caption.position",
        "caption saying who or what is where in the picture",
        r"[^\n]{0,300}?\((?:(?:far|second|third) )?(?:left|right|centre|center)(?: to (?:left|right))?\)[^\n]{0,300}"
        r"|[^\n]{0,300}?\((?:from|on the) (?:left|right)\)[^\n]{0,300}|[^\n]{0,300}?\((?:L-R|l-r|L to R|left to right)\)[^\n]{0,300}"
        r"|[^\n]{0,300}?\(second (?:from (?:left|right)|left|right)\)[^\n]{0,300}|[^\n]{0,300}?\(L\)[^\n]{0,300}",
        on_key=False,
        needs=("(",),
        untensed=True,  # "Smith (left) was jailed for six years": a tabloid's body text pointing at its picture
    ),
    # a pager ("Page 2 of 2", "(Page 1 / 3)") and the page's own title with its site's address ("Missing
    # teen false alarm - KMOV.com", "Council backs plan | Example.co.uk"), as a browser tab shows it
    Shape("navigation.pager", "page number of a story split over pages", r"\(?(?i:page)\s?\d{1,3}\s?(?:of|/)\s?\d{1,3}\)?", on_key=False),
    Shape(
        "navigation.title",
        "the page's title with its site's address",
        r"[A-Z0-9\"“‘'][^\n]{2,150}?[^.!?:,;]\s(?:[-–—|])\s(?:[A-Za-z0-9-]+\.)+(?:com|co\.uk|org|net|ie|ca|com\.au|co\.nz|co\.za|in|news|tv)",
        on_key=False,
        needs=(".com", ".co", ".org", ".net", ".ie", ".ca", ".in", ".news", ".tv"),
    ),
    # an image's file name left as a line
    Shape(
        "caption.file",
        "image file name",
        r"(?:img|dsc|dscn|dscf|pxl|screenshot|screen shot)[ _-]?\d[\w .-]{2,40}(?:\.(?:jpe?g|png|gif|webp))?"
        r"|\d{4}-\d\d-\d\d-[a-z0-9-]{3,60}|[\w-]{1,60}\.(?:jpe?g|png|gif|webp)",
    ),
)

# Concepts whose phrase lists are matched against whole lines, and the code each gives.
PHRASE_CONCEPTS: tuple[tuple[str, str], ...] = (
    ("ads", "ad.marker"),
    ("comments", "comments.furniture"),
    ("share", "share.prompt"),
    ("login", "paywall.prompt"),
    ("paywall", "paywall.prompt"),
    ("badges", "paywall.badge"),
    ("newsletter", "signup.prompt"),
    ("donation", "donation.appeal"),
    ("skip_links", "navigation.skip"),
    ("consent", "consent.banner"),
    ("notices", "notice.unavailable"),
)

# A date stamp glued to the start of the page's first line ("date 2023-08-18 Council backs plan").
# It is cut only with its label, or as an ISO date before a capital ("1 May 2024 was the day ..." is a sentence).
LEADING_STAMP = re.compile(
    rf"(?i:date|published|posted|updated)\s*:?\s*(?:{DATE_PATTERN})\s+(?=\S)|\d{{4}}-\d\d-\d\d\s+(?=[A-Z0-9\"“‘'])"
)

# Words that make a line a stamp; words a stamp may also have.
_STAMP_WORDS = frozenset("posted published updated modified created edited".split())
_STAMP_FILLER = frozenset("on at and first last date of the".split())
# A reading time after a stamp ("Published 26th Jun 2023, 09:25 BST - 2 min read"): read past, never a
# "read" alone ("Posted 3 March 1943, read 12 June 2024" is a letter's history)
_READING_TIME = re.compile(r"\b\d{1,3}\s?(?:min|mins|minute|minutes)\sread\b")
_TIME_OF_DAY = re.compile(r"\b(?:[01]?\d|2[0-3])(?::|\.)[0-5]\d\s*(?:[ap]\.?m\.?)?(?!\d)|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
# A date in figures: "31/01/2013", "26.07.10", "2013-08-16".
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_MONTHS = "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december".split()
_DATE_WORDS = frozenset(
    _MONTHS
    + "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday".split()
    + "am pm a.m p.m gmt bst utc ist et est edt pt pst pdt ct cst cdt aest aedt acst awst nzst nzdt cet cest sast wat eat pkt hkt sgt".split()
    + "today yesterday ago hour hours minute minutes min mins day days week weeks month months h hr hrs m d".split()
)
# What makes a stamp's date a date: a month, a time zone or "ago" (a weekday or "last week" alone may be a heading).
_STRONG_DATE_WORDS = frozenset(_MONTHS + "ago gmt bst utc ist et est edt pt pst pdt aest aedt nzst cet cest sast".split())
_STAMP_TOKEN = re.compile(r"[a-z][a-z.]*|\d{1,4}(?:st|nd|rd|th)?|[^\sa-z0-9]+")
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
_SOURCE_LABEL = re.compile(r"^\s*(?i:source|sources|agency)\s*:\s*")
_APPEAL_GATE = re.compile("|".join(map(re.escape, _APPEAL_WORDS)))
# Where one sentence ends and the next begins on a line.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
#: the languages of the word lists under data/boilerplate/ (a list each of desks and buttons)
VOCABULARY_LANGUAGES = ("cs", "da", "de", "en", "es", "fr", "it", "nb", "nl", "pl", "pt", "ru", "sv", "uk")
# A year on a line ("Threads in 2024"): a heading's, never a button's.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BUTTON_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


@functools.cache
def _button_words() -> tuple[frozenset[str], frozenset[str], tuple[frozenset[str], ...]]:
    """Every language's button words: the actions and networks ("share", "teilen", "whatsapp"), all of
    them with the words around them ("this", "article", "window"), and each language's own words with
    the networks (a row of buttons is in one language: "La Stampa" is French "la" and Italian "print")."""
    actions: set[str] = set()
    words: set[str] = set()
    per_lang: list[set[str]] = []
    for lang in VOCABULARY_LANGUAGES:
        mine: set[str] = set()
        for e in entries(f"boilerplate/{lang}/buttons"):
            w = e.lstrip("!").lower()
            words.add(w)
            mine.add(w)
            if e.startswith("!"):
                actions.add(w)
        per_lang.append(mine)
    shared = _BUTTON_NETWORKS & words
    return frozenset(actions), frozenset(words), tuple(frozenset(m | shared) for m in per_lang)


# Where a scrape glued two buttons' labels: a small letter before a capital, or a capital before a word's
# capital ("FacebookTwitter", "PDFPrint").
_BUTTON_SEAM = re.compile(r"[a-z][A-Z]|[A-Z][A-Z][a-z]")
#: a glued row has at most this many words as written, each at most this many letters
_GLUED_ROW_TOKENS, _GLUED_ROW_LETTERS = 4, 60


def _glued_buttons(line: str) -> str | None:
    """The words of a row of button labels run together, split by the button vocabulary ("FacebookTwitterWhatsappEmail"
    -> "facebook twitter whatsapp email"), or ``None`` when the line has no glued word or a glued word is not
    made of button words only ("YouTube" is one word, "McDonald" no button's).

    >>> _glued_buttons("FacebookTwitterWhatsappEmail"), _glued_buttons("Download PDFPrint Article"), _glued_buttons("McDonald")
    ('facebook twitter whatsapp email', 'download pdf print article', None)
    """
    if _BUTTON_SEAM.search(line) is None:
        return None
    _, words, _ = _button_words()
    longest = max(map(len, words))
    out: list[str] = []
    for tok in line.split():
        low = tok.lower()
        if low in words:
            out.append(low)
            continue
        if len(low) > _GLUED_ROW_LETTERS or not low.isalpha():
            return None
        # the split into vocabulary words, by the fewest words (linear in the word's letters)
        best: list[list[str] | None] = [[]] + [None] * len(low)
        for i in range(1, len(low) + 1):
            for j in range(max(0, i - longest), i - 1):  # (no one-letter piece: "OpenAI" is no "open a i")
                prev = best[j]
                if prev is not None and low[j:i] in words and (best[i] is None or len(prev) + 1 < len(best[i] or ())):
                    best[i] = [*prev, low[j:i]]
        if best[-1] is None:
            return None
        out.extend(best[-1])
    return " ".join(out)


# Networks and channels a row names in any language.
_BUTTON_NETWORKS = frozenset(
    "facebook twitter whatsapp linkedin messenger reddit pinterest telegram flipboard tumblr threads bluesky mastodon "
    "sms email e-mail link via".split()
)
# How a heading or a step starts, never a row of buttons: an article ("The Tweet", "The Gift", "A Save"),
# or an instruction naming a button ("Tap Print", "Open WhatsApp", "Tap the Share button"; a button says
# "Click to share", "Click here to share")
_NOT_ROW_HEAD = frozenset("the a an".split())
_INSTRUCTION_VERBS = frozenset("tap click open press".split())


def _button_row(key: str) -> int:
    """How many buttons (actions and networks) a line of buttons only names ("facebook twitter whatsapp
    email": 4, "click to share on twitter (opens in new window)": 2, "save for later": 1); 0 when it is
    no such line: every word a button's, in one language, an action or a network among them, not a
    title ("The Tweet") or an instruction ("Tap Print").

    >>> _button_row("facebook twitter whatsapp email"), _button_row("share the story of your life")
    (4, 0)
    >>> _button_row("the tweet"), _button_row("tap print"), _button_row("la stampa"), _button_row("click to share on reddit")
    (0, 0, 0, 2)
    """
    toks = _BUTTON_TOKEN.findall(key)
    if not 2 <= len(toks) <= 14:
        return 0
    actions, words, per_lang = _button_words()
    if toks[0] in _NOT_ROW_HEAD or (toks[0] in _INSTRUCTION_VERBS and toks[1] not in ("to", "here")):
        return 0
    if not all(t in words for t in toks) or not any(all(t in m for t in toks) for m in per_lang):
        return 0
    return sum(t in actions for t in toks)


#: a run of icon labels has this many words (a shorter one is a row of buttons: _button_row)
_ICON_ROW_WORDS = (15, 80)
#: ... this share of them words of the furniture vocabulary, and this many networks among them
_ICON_ROW_SHARE, _ICON_ROW_NETWORKS = 0.6, 2


@functools.cache
def _icon_words() -> frozenset[str]:
    """The words an icon row is made of: the buttons' words, and the single words of the navigation,
    share, comments, donation, login and newsletter lists ("menu", "search", "instagram", "donate")."""
    lists = ("navigation", "share", "comments", "donation", "login", "newsletter")
    singles = {p for name in lists for p in phrases(f"boilerplate/en/{name}") if " " not in p}
    return _button_words()[1] | _BUTTON_NETWORKS | frozenset(singles)


def _icon_row(line: str) -> bool:
    """A run of icon and menu labels flattened onto one line (an icon sprite's titles, a menu's items):
    ``_ICON_ROW_WORDS`` words, each capitalised (or a capitalised word's run of capitals), no sentence
    mark or comma, ``_ICON_ROW_SHARE`` of them words of the furniture vocabulary and
    ``_ICON_ROW_NETWORKS`` networks or more among them.

    >>> _icon_row("Close Close Comment Creative Commons Donate Email Add Email Facebook Instagram Mastodon "
    ...     "Facebook Messenger Mobile Nav Menu Podcast Print RSS Search Secure Twitter WhatsApp YouTube")
    True
    >>> _icon_row("Facebook Instagram WhatsApp And Messenger Were Down For Six Hours On Monday Across Europe And Asia")
    False
    """
    if any(c in line for c in ".,;:!?\"“”()"):
        return False
    toks = line.split()
    if not all(t[:1].isupper() for t in toks):
        return False
    words = _icon_words()
    low = [t.lower() for t in toks]
    known = sum(t in words for t in low)
    networks = len(_BUTTON_NETWORKS.intersection(low))
    return known >= _ICON_ROW_SHARE * len(toks) and networks >= _ICON_ROW_NETWORKS


# A stamp's or a byline's label with nothing after it ("Posted:", "Updated :", "By:"): its date or name
# was a widget the scrape left out.  The colon makes it a label anywhere on the page.
_EMPTY_LABEL = re.compile(r"(?i:by|posted|published|updated|last updated|posted on|published on|first published|written by)\s*:")
_HAS_DIGIT_OR_AGO = re.compile(r"\d|\bago\b")
_READER = re.compile(r"\b(?:you|your|readers like you|our readers)\b", re.IGNORECASE)
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
# Someone quoted or reported speaking on the line: a quotation mark or a reporting verb.
REPORTED = re.compile(
    r"[\"“”]|\b(?:said|says|told|according to|added|urged|asked|wrote|writes)\b|"
    # ... or a reporting clause after a comma, its subject a noun phrase ("..., the station's founders promised",
    # "..., the campaign's posters read", "..., the report concluded"): the line tells what someone said or printed
    r",\s(?:the|a|an|his|her|their|its|one)\s(?:[\w'’-]+\s){0,3}(?:say|read|reads|tell|tells|promised|promises|suggested|suggests|"
    r"concluded|concludes|warned|warns|advised|advises|noted|notes|argued|argues|explained|explains|insisted|claimed|claims|recalled)\b",
    re.IGNORECASE,
)


# Lines longer than this are never one of the shapes (a caption with its credit is shorter): with this
# bound, the patterns' work on a line is bounded too, and the cleaner is linear in the text.
_MAX_SHAPE_CHARS = 600
#: a caption that says who is where has at most this many words
_MAX_CAPTION_WORDS = 45
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
    """One alternation of the ``candidates`` (shapes of a kind that have no gate), each a named
    group ``s<index>`` (one match a line, linear: a pass over the line per shape at most)."""
    shapes = _kind(on_key)[0]
    parts = [f"(?P<s{i}>{_INNER_GROUP.sub('(?:', shapes[i].pattern)})" for i in candidates]
    return re.compile("|".join(parts) or "(?!)")


def _first_match(on_key: bool, text: str, needy: tuple[int, ...]) -> int | None:
    """The first shape of a kind, in table order, whose pattern matches the whole ``text``:
    the open shapes that can start with its first character in one pass, each gated shape
    whose gate is open on its own."""
    alone = _kind(on_key)[1]
    m = _open_alternation(on_key, _open_index(on_key).candidates(text)).fullmatch(text)
    best = int(m.lastgroup[1:]) if m is not None and m.lastgroup is not None else None
    for i in needy:
        if best is not None and i > best:
            break
        if alone[i].fullmatch(text):
            return i
    return best



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


def _is_stamp(key: str, top: bool) -> bool:
    """Is the (normalised) line only a date stamp: stamp words, dates and times?

    With a stamp word ("Updated", "Posted on") a date or a time will do,
    anywhere; a bare date or time is a stamp only at the top of the page (a
    live blog's "10.30am" and a timeline's "17 June 2020" are the article's).
    """
    toks = _STAMP_TOKEN.findall(_READING_TIME.sub(" ", key))
    if not toks or len(toks) > 24:
        return False
    lead = False
    named = False  # a month, a time zone or "ago"
    for t in toks:
        if t in _STAMP_WORDS:
            lead = True
        elif t in _STRONG_DATE_WORDS or t.rstrip(".") in _STRONG_DATE_WORDS:
            named = True
        elif t in _DATE_WORDS or t.rstrip(".") in _DATE_WORDS or t in _STAMP_FILLER:
            continue
        elif t[0].isalpha():
            return False
    timed = _TIME_OF_DAY.search(key) is not None
    dated = named or _NUMERIC_DATE.search(key) is not None
    if lead:
        return dated or timed
    # no stamp word: a date (not figures alone: "2-0", "148"; not a weekday alone) at the page's top
    return top and (dated or timed)


def _agency_line(line: str) -> bool:
    """A line that is a news agency's name, maybe with a date stamp: 'PA Media', 'The Canadian Press, 14 Jan, 2019 09:48 PM'."""
    head, _, rest = line.partition(",")
    head = _SOURCE_LABEL.sub("", head, count=1)  # "Source: GNA"
    names = _agency_names()
    if head.strip() not in names:
        return False
    return not rest.strip() or _is_stamp(normalise_phrase(rest), True)


# A word of a name as an agency list spells it (has_agency).
_AGENCY_TOKEN = re.compile(r"[A-Za-z][A-Za-z\-]*")


@functools.cache
def _agencies() -> tuple[frozenset[str], frozenset[str]]:
    """(names matched only in capitals, names matched in any case, lower-cased)."""
    names = entries("agencies")
    caps = frozenset(n for n in names if n.upper() == n)
    anycase = frozenset(n.lower() for n in names if n.upper() != n)
    return caps, anycase


def has_agency(text: str) -> bool:
    """True when ``text`` names a photo or news agency from ``data/agencies.txt``.

    Names written in capitals there (EPA, AP) must be in capitals here.

    >>> has_agency("Stefan Rousseau/PA Wire"), has_agency("the Office for National Statistics")
    (True, False)
    >>> has_agency("Home Secretary in the Commons ( EPA )"), has_agency("Patientenakte (ePA)")
    (True, False)
    """
    caps, anycase = _agencies()
    toks = _AGENCY_TOKEN.findall(text)
    for i, tok in enumerate(toks):
        pair = f"{tok} {toks[i + 1]}" if i + 1 < len(toks) else ""
        if tok in caps or pair in caps or tok.lower() in anycase or pair.lower() in anycase:
            return True
    return False


def is_agency(name: str) -> bool:
    """``name`` is, whole, an agency's name from ``data/agencies.txt`` (capitals as written there)."""
    caps, anycase = _agencies()
    return name in caps or name.lower() in anycase


@functools.cache
def _agency_names() -> frozenset[str]:
    return frozenset(entries("agencies"))


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
    if not t or n > 60 or REPORTED.search(t) is not None or _STORY_MARK.search(t) is not None:
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
    if count > 80 or REPORTED.search(line) is not None:
        return False
    sentences = SENTENCE_BREAK.split(line)
    if len(sentences) > 1:
        # every sentence is the appeal's: an appeal on its own, or a short tag after one ("Back the Cable"),
        # or the outlet speaking to the reader around one ("We're a tiny operation, so every subscription
        # counts."); "Volunteers say the pantry could not survive. Your donations make our work possible."
        # is the article's: its first sentence is neither
        first, *rest = sentences
        if _is_appeal(first, normalise_phrase(first), len(first.split())) and all(
            len(x.split()) <= 6 or _is_appeal(x, normalise_phrase(x), len(x.split())) for x in rest
        ):
            return True
        # an urgent call to support journalism, then the outlet on its own subscriptions ("There's never been
        # a more important time to support independent journalism. Our subscriptions now come ad-free.")
        if (
            _URGENT_SUPPORT.search(first) is not None
            and _JOURNALISM.search(first) is not None
            and all(len(x.split()) <= 6 or _is_appeal(x, normalise_phrase(x), len(x.split())) or _outlet_on_itself(x) for x in rest)
            and any(_outlet_on_itself(x) for x in rest)
        ):
            return True
        return all(len(x.split()) <= 6 or _OUTLET.search(x) or _READER.search(x) for x in sentences) and any(
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
        and len(key.split()) <= 30
    )


def _outlet_on_itself(sentence: str) -> bool:
    """The outlet speaking of its subscriptions, members or readers ("Our subscription packages now offer
    an ad-free experience for readers.")."""
    return _OUTLET.search(sentence) is not None and _OUTLET_WORDS.search(sentence) is not None


class Hit(NamedTuple):
    """What a line is: its code, the reason, and whether it is only a short phrase from a list
    (a one-word line such as "Reply" or "Related", furniture beside other furniture)."""

    code: str
    reason: str
    weak: bool = False


@functools.cache
def _comment_phrases(lang: str) -> frozenset[str]:
    try:
        return phrases(f"boilerplate/{lang}/comments")
    except FileNotFoundError:
        return frozenset()


@functools.cache
def _account_phrases(lang: str) -> frozenset[str]:
    out: set[str] = set()
    for concept in ("login", "paywall"):
        try:
            out |= phrases(f"boilerplate/{lang}/{concept}")
        except FileNotFoundError:
            continue
    return frozenset(out)


# The marks between a flattened widget's items, and after them ("|", "•", "?", ":")
_ITEM_MARKS = "|•/·>»–-?!.,:;()[]"
#: the longest phrase (in words) a run of controls is read in
_MAX_CONTROL_WORDS = 6


@functools.cache
def _first_words(vocabulary: frozenset[str]) -> frozenset[str]:
    """The words the phrases of ``vocabulary`` start with."""
    return frozenset(p.split(" ", 1)[0] for p in vocabulary)


def _control_run(key: str, vocabulary: frozenset[str], *, counts: bool = False) -> int:
    """How many phrases of ``vocabulary`` the (normalised) line is, end to end, when it is two or more
    of them and nothing else (0 otherwise): a widget's labels flattened onto one line; with ``counts``,
    figures may stand among them (a comment count).  Linear: each word starts at most
    :data:`_MAX_CONTROL_WORDS` candidate phrases.

    >>> v = frozenset({"leave a reply", "cancel reply", "reply", "newest", "oldest", "most voted"})
    >>> _control_run("leave a reply cancel reply", v), _control_run("oldest newest most voted", v)
    (2, 3)
    >>> _control_run("leave a reply to the council", v), _control_run("reply", v)
    (0, 0)
    """
    # the words without the marks a flattened widget leaves between its items ("Sign In | Register",
    # "Already a subscriber? Log in")
    starts = _first_words(vocabulary)
    head = key.split(None, 1)[0].strip(_ITEM_MARKS) if key.strip() else ""
    if head and head not in starts and not (counts and head.isdigit()):
        return 0  # no phrase starts the line (most lines: one set lookup)
    toks = [w for t in key.split() if (w := t.strip(_ITEM_MARKS))]
    n = len(toks)
    if n < 2 or not vocabulary:
        return 0
    most = [0] + [-1] * n  # most[i]: the most phrases that end to end make the first i words (-1: none)
    for i in range(n):
        if most[i] < 0:
            continue
        if counts and toks[i].isdigit() and len(toks[i]) <= 5:
            most[i + 1] = max(most[i + 1], most[i])  # a count among the controls ("12 comments sort by newest")
        if toks[i] not in starts:
            continue
        for j in range(i + 1, min(n, i + _MAX_CONTROL_WORDS) + 1):
            if " ".join(toks[i:j]) in vocabulary:
                most[j] = max(most[j], most[i] + 1)
    return most[n] if most[n] >= 2 else 0


# Codes whose lines speak to the reader: a reporting clause or a quotation makes them the article's.
_ADDRESSED = ("comments", "share", "paywall", "signup", "related", "promo", "footer", "donation", "notice", "ad.appeal")


def furniture_hit(line: str, *, top: bool = False, lang: str = "en") -> Hit | None:
    """The :class:`Hit` when the whole ``line`` is page furniture of a named family, else ``None``.

    ``top``: the line sits above the article's first paragraph (a bare date is a stamp there,
    and a "By NAME" line a byline).
    """
    t = line.strip()
    if not t:
        return None
    key = normalise_phrase(t)
    n = word_count(t)
    code = _phrase_codes(lang).get(key)
    if code == "paywall.badge":
        # a story's badge for subscribers ("PREMIUM") is one over the article only: lower down, a list's word
        return Hit(code, f"subscribers' badge over the story ({key!r})") if top else None
    if code is not None:
        # one word ("Reply", "Related"), or two of a paywall or appeal ("Start now", "No thanks")
        weak = (
            (n <= 1 and not code.startswith(("ad.", "navigation.")))
            or (n <= 2 and code.startswith(("paywall.", "donation.")))
            or code.startswith("notice.")  # "Something went wrong." may be the story's own line: only beside furniture
        )
        return Hit(code, f"{code.split('.')[0]} phrase ({key!r})", weak)
    if n <= 120 and len(t) <= _MAX_SHAPE_CHARS:
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
    if 2 <= n <= 16 and (controls := _control_run(key, _comment_phrases(lang), counts=True)):
        # the comment box's controls run together ("Leave a Reply Cancel reply", "Oldest Newest Most Voted")
        return Hit("comments.furniture", "the comment box's controls run together", weak=controls < 3 and controls == n)
    if 2 <= n <= 16 and (controls := _control_run(key, _account_phrases(lang))):
        # the page's account bar run together ("Sign In | Register", "Subscribe now Already a subscriber? Log in")
        return Hit("paywall.prompt", "the page's account controls run together (log in, register, subscribe)", weak=controls < 3)
    if 2 <= n <= 14 and "," not in t and not _YEAR.search(t) and (buttons := _button_row(key)):
        # one button alone ("Save for later", "Share a post") is a how-to's heading as often: only beside furniture
        return Hit("share.buttons", "a row of share and tool buttons", weak=buttons < 2 and "window" not in key)
    if n <= _GLUED_ROW_TOKENS and "," not in t and (glued := _glued_buttons(t)) is not None and (buttons := _button_row(glued)):
        # the row's labels run together ("FacebookTwitterWhatsappEmail", "Download PDFPrint Article")
        return Hit("share.buttons", "a row of share and tool buttons run together", weak=buttons < 2)
    if _ICON_ROW_WORDS[0] <= n <= _ICON_ROW_WORDS[1] and (t[:1].isupper() and _icon_row(t)):
        return Hit("navigation.menu", "a run of icon and menu labels flattened onto one line", False)
    if top and n <= _MAX_CRUMB_WORDS and len(t) <= _MAX_CRUMB_CHARS and _CRUMB_MARK.search(t) and _breadcrumb(t, lang):
        return Hit("navigation.breadcrumb", "breadcrumb trail above the article (the page's place among its sections)")
    if n <= 3 and _EMPTY_LABEL.fullmatch(t):
        return Hit("byline.empty", "stamp or byline label with nothing after it")
    if n <= 24 and _HAS_DIGIT_OR_AGO.search(key) and _is_stamp(key, top):
        return Hit("byline.stamp", "date stamp")
    if top and key.isdigit() and len(key) <= 6:
        return Hit("byline.counter", "a count above the article (comments, views, shares)")
    if n <= 16 and _agency_line(t):
        return Hit("byline.agency", "news agency credit line")
    if _DEAR_READER.match(t) and not REPORTED.search(t):
        return Hit("donation.appeal", "the outlet's letter to its readers (an appeal's opening)")
    if _APPEAL_GATE.search(key) and _is_appeal(t, key, n):
        return Hit("donation.appeal", "reader appeal for money")
    if _WIDGET_GATE.search(key) and (code := _flattened_widget(t, top, lang)) is not None:
        return Hit(code, f"{code.split('.')[0]} box flattened onto one line (every sentence is the box's)")
    return None


# A breadcrumb trail: the page's place among its sections, its parts between separators ("Home > News >
# Local", "Home/News/Local News", "RADP / Pulse Nigeria > News > Local").
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>|»|›|→|/|\|)\s*")
_CRUMB_MARK = re.compile(r"[>»›→/|]")
#: a trail is at most this many characters (a bound: the separator's pattern reads the white space round it,
#: and a line of thousands of spaces is no trail)
_MAX_CRUMB_CHARS = 200
_CRUMB_HOME = frozenset({"home", "homepage", "home page", "start", "main"})
#: a trail has at most this many words, and each of its parts at most this many
_MAX_CRUMB_WORDS, _MAX_CRUMB_PART_WORDS = 14, 4


def _breadcrumb(text: str, lang: str) -> bool:
    """A breadcrumb trail: two to six parts between separators, each one to four words with a capital or a
    figure first and no sentence end or colon, the first the site's home ("Home", and then two parts
    suffice) or two of them section names of the vocabulary; with "/" or "|" only, three parts or more
    (a headline's "Fire/rescue crews" or "Labour / Tory" has two).

    >>> _breadcrumb("Home/News/Local News", "en"), _breadcrumb("Pulse Nigeria > News > Local", "en")
    (True, True)
    >>> _breadcrumb("Fire/Rescue crews attend blaze", "en"), _breadcrumb("Ben Nevis > Snowdon > Scafell Pike", "en")
    (False, False)
    """
    parts = [p.strip() for p in _CRUMB_SEPARATOR.split(text.strip())]
    if not 2 <= len(parts) <= 6 or not all(parts):
        return False
    for p in parts:
        if not (p[:1].isupper() or p[:1].isdigit()) or word_count(p) > _MAX_CRUMB_PART_WORDS or ":" in p or ends_sentence(p):
            return False
    keys = [normalise_phrase(p) for p in parts]
    home = keys[0] in _CRUMB_HOME
    angled = any(c in text for c in ">»›→")
    if not angled and len(parts) < 3 and not home:
        return False
    sections = _section_names(lang)
    return home or sum(k in sections for k in keys) >= 2


@functools.cache
def _section_names(lang: str) -> frozenset[str]:
    return phrases(f"boilerplate/{lang}/sections") | phrases(f"boilerplate/{lang}/navigation") if lang == "en" else frozenset()


# A box's sentences: every one is furniture of a reader-addressed family, or the outlet's own
# blurb beside them ("ProPublica is a nonprofit newsroom that investigates abuses of power.").
_WIDGET_GATE = re.compile(r"sign up|subscri|newsletter|inbox|follow us|register|comment")
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


def _flattened_widget(line: str, top: bool, lang: str) -> str | None:
    """The code of a widget flattened onto one line: two or more sentences, each one furniture of
    a reader-addressed family (a sign-up pitch then a follow prompt), or the outlet's blurb, the
    first a sign-up, paywall or share sentence; nobody on the line is quoted or reported."""
    if len(line) > _MAX_SHAPE_CHARS or REPORTED.search(line) is not None:
        return None
    sentences = [x.strip() for x in SENTENCE_BREAK.split(line) if x.strip()]
    if len(sentences) < 2:
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
            if any(w in _FUNCTION_WORDS for w in words) or not (words[-1] in desk_words() or agent_noun(words[-1])):
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
    if s.code == "caption.credit" and n > 60:
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


def _named_outlet(person: str, outlet: str) -> bool:
    """A person's name and an outlet's: a given name first (not a slogan's, a place's or a body's: "Vote
    Leave", "Victoria Park", "Preston Crown Court"), the outlet capitalised words ending in an outlet's word
    ("National Post", "The Texas Tribune"; not "Mayor", "President", "Leeds United", nor a role or a title:
    "Labour Leader", "Newspaper Editor", "Rising Star", "Evening Standard", see outlets.txt)."""
    words = outlet.split()
    first, _, rest = person.partition(" ")
    return (
        # a hyphenated given name counts by its first part ("May-Ying", "Jean-Pierre")
        (is_person_name(person) or is_person_name(f"{first.split('-')[0]} {rest}"))
        and is_label_words(outlet)
        and words[-1].lower() in outlet_words()
        and not (len(words) == 1 and words[0].lower() in ("news", "press", "staff"))
        and words[0].lower() not in ("former", "ex", "retired", "late")  # a role: "Former Herald Editor"
    )


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
# Words that open a stamp line, not a name ("First Published: ...", "Originally posted ...").
_STAMP_OPENERS = frozenset("first last originally date story article page".split())
_LABEL_PARTICLES = frozenset("of and the in on for at & - – |".split())


def is_label_words(text: str) -> bool:
    """A section's or an outlet's name: capitalised words, figures and particles only
    ("Column - State of Inequality", "The Advertiser"), not a clause ("The ruling came on")."""
    words = text.replace("(", " ").replace(")", " ").split()
    return (
        bool(words)
        and words[-1].lower() not in _LABEL_PARTICLES  # "Born in Dublin on": a name ends in a noun
        and all(w[0].isupper() or w[0].isdigit() or w.lower() in _LABEL_PARTICLES for w in words)
    )


# A person's name as a byline prints it alone: two to four capitalised words ("Andrew Phelan",
# "Mary-Jane O'Neill", "Ahmed bin Zayed", "J. R. Smith"), nothing else on the line.
_PERSON = re.compile(
    r"(?:[A-Z]\.\s?){0,2}[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
    r"(?:\s(?:(?:de|van|von|der|bin|al|da|di|du|le|la|del|dos|ap)\s)?(?:[A-Z]\.|(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)){1,3}"
)
# Words that make two capitalised words a heading's, not a person's ("Key Points", "Live Updates").
_NOT_NAME_WORDS = frozenset(
    "the a an of and or in on at for to with by from our your my key more latest live update updates watch read "
    "news points facts summary report video photos gallery related top breaking "
    # a place or a body named after a person ("Preston Crown Court", "Victoria Park", "Jordan Valley")
    "court street road park station hall centre center council police hospital school college university bridge "
    "square church house airport river beach valley county city town club united museum library stadium arena "
    "avenue lane way hill bay island lake tech state".split()
)


def is_person_name(text: str) -> bool:
    """A line that is only a person's name, as a byline prints it without "By".

    >>> is_person_name("Andrew Phelan"), is_person_name("Mary O'Neill"), is_person_name("Key Points")
    (True, True, False)
    >>> is_person_name("Fact Check"), is_person_name("Staff Reports"), is_person_name("Preston Crown Court")
    (False, False, False)
    >>> is_person_name("Jones"), is_person_name("Police say"), is_person_name("NEW YORK")
    (False, False, False)
    """
    t = text.strip()
    if len(t) > 60 or _PERSON.fullmatch(t) is None:
        return False
    words = [w.strip(".").lower() for w in t.split()]
    given = next((w for w in words if len(w) > 1), "")  # the first name after any initials
    return given in phrases("names/given") and not any(w in _NOT_NAME_WORDS for w in words)


def is_name_shaped(text: str) -> bool:
    """A line shaped as a person's name (two to four capitalised words, no word that names no one),
    whether or not its first name is a known given name: with other evidence only (an outlet's name
    under it).

    >>> is_name_shaped("Kaya Burgess"), is_name_shaped("Key Points"), is_name_shaped("Preston Crown Court")
    (True, False, False)
    """
    t = text.strip()
    if len(t) > 60 or _PERSON.fullmatch(t) is None:
        return False
    return not any(w.strip(".").lower() in _NOT_NAME_WORDS for w in t.split())


_PARTICLES = frozenset("of for via and de van von der la le da di du del dos y e at on in".split())


@functools.cache
def desk_words() -> frozenset[str]:
    """Every language's desk and outlet words ("reporter", "herald", "staff"): a German page's
    "Redaktion" under a name is a desk too."""
    return frozenset().union(*(phrases(f"boilerplate/{lang}/desks") for lang in VOCABULARY_LANGUAGES))


def outlet_words() -> frozenset[str]:
    """Every language's words an outlet's name ends in ("herald", "tribune", "zeitung"): the outlet half of
    the desks, no role ("editor", "leader", "star")."""
    return frozenset().union(*(phrases(f"boilerplate/{lang}/outlets") for lang in VOCABULARY_LANGUAGES))


def _picture_desk(text: str) -> bool:
    """A credit's picture desk: an agency, or a picture desk's last word ("Getty Images", "AAPIMAGE",
    "Pool", "Handout"), by the vocabulary's picture desks.  An outlet's name is not enough: "Sony
    Pictures", "Royal Mail", "Sun Records" after a slash are a film's, a firm's and a label's.

    >>> _picture_desk("Getty Images"), _picture_desk("DAN HIMBRECHTS/AAPIMAGE"), _picture_desk("Serena Williams")
    (True, True, False)
    >>> _picture_desk("National Post"), _picture_desk("Warner Bros Pictures"), _picture_desk("Amazon.com")
    (False, False, False)
    """
    parts = [p.strip() for p in re.split(r"\s?/\s?", text.strip()) if p.strip()]
    if not parts:
        return False
    last = parts[-1].split()[-1].strip(".,;:()'’\"").lower()
    agencies = _agency_names()
    return last in _picture_desks() or any(p in agencies for p in parts)


@functools.cache
def _picture_desks() -> frozenset[str]:
    """Every language's picture desks' words ("images", "bilder", "fotos")."""
    return frozenset().union(*(phrases(f"boilerplate/{lang}/picture_desks") for lang in VOCABULARY_LANGUAGES))


def _slash_credit(left: str, right: str) -> bool:
    """A photographer and a desk either side of a slash: one side a person's name (or an agency), the
    other a desk ("Darren Calabrese/National Post", "AAP / DAN HIMBRECHTS/AAPIMAGE"); two people
    ("Venus Williams/Serena Williams", a doubles pair) are a table's."""
    def person(x: str) -> bool:
        x = x.strip()
        return is_person_name(x.title() if x.isupper() else x) or x in _agency_names()

    # (the desk side is no person: "Megan Rapinoe/Christen Press" is two players)
    return (
        _nameish(left)
        and _nameish(right)
        and ((person(left) and _picture_desk(right) and not is_person_name(right)) or (person(right) and _picture_desk(left) and not is_person_name(left)))
    )


# The outlet speaking of its comments: "we" or "our", the comments, and what it asks of them.
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_COMMENTS_WORD = re.compile(r"\bcomment(?:s|ing|ers?)?\b|\bshare your views\b", re.IGNORECASE)
_OUR_COMMENTS = re.compile(
    r"\bour (?:comments?|commenting|commenters?|comment (?:section|platform|community|policy|guidelines))\b|"
    r"\bcommenting platform\b|\bcomments? (?:section|below|area|thread)\b|\bbelow the (?:article|story)\b",
    re.IGNORECASE,
)
_POLICY_WORD = re.compile(
    r"\b(?:invite|welcome|encourage|want|ask|remind|reserve|moderat\w*|polic(?:y|ies)|guidelines|rules|platform|"
    r"community|civil|respectful|lively|constructive|abusive|offensive|on-topic|off-topic)\b",
    re.IGNORECASE,
)
#: a note on the comments is at most this many words
_MAX_POLICY_WORDS = 80


def _comment_policy(line: str, n: int) -> bool:
    """The outlet's note to readers on its comments: "we"/"our", the comments, a word of what it asks
    ("invite", "rules", "civil"), the comments its own ("our comments", "commenting platform"), and no
    question.  (Nobody is quoted or reported on the line: see _passes.)

    >>> _comment_policy("We invite you to use our commenting platform to engage in insightful conversations.", 13)
    True
    >>> _comment_policy("Readers left hundreds of comments under our story about the closure.", 11)
    False
    """
    return (
        n <= _MAX_POLICY_WORDS
        and "?" not in line  # a reader's question about the comments, an interview's
        and not _QA.match(line)
        and _COMMENTS_WORD.search(line) is not None
        and _WE.search(line) is not None
        and _POLICY_WORD.search(line) is not None
        and _OUR_COMMENTS.search(line) is not None  # the comments are the site's own ("our comments", "commenting platform")
        and _READER.search(line) is not None  # and the reader is addressed: an editor's letter about them reports
        and not any(c.isdigit() for c in line)  # figures: a story about moderation
        and _PAST.search(line) is None
    )


# The comment system named: the comments, commenting, the forum, its guidelines, its moderation.
_COMMENT_SYSTEM = re.compile(
    r"\bcomment(?:s|ing|ers?)?\b|\bforum\b|\bmoderat\w*|\bcommunity (?:guidelines|standards|rules)\b", re.IGNORECASE
)
# The voice of a rule: the outlet or the reader addressed, an instruction, or the comments in the present.
_RULE_VOICE = re.compile(
    r"\b(?:we|our|us|you|your)\b|^(?:please|by (?:commenting|posting)|report|visit|read|see|note|only (?:paying |registered )?(?:subscribers|members))\b|"
    r"\bcomments? (?:may|will|are|must|should|can|have been|has been)\b",
    re.IGNORECASE,
)
# What a rule says: moderation, the rules, the manners, reporting, who may comment, what happens to a comment.
_RULE_WORD = re.compile(
    r"\b(?:moderat\w*|guidelines|rules|standards|civil|respectful|relevant|on-topic|off-topic|abusive|offensive|"
    r"inappropriate|report(?:ing)?|notifications?|abide|agree|eligible|subscribers?|approved|appear(?:ing)?|remov(?:e|ed)|"
    r"close comments|lively|forum)\b",
    re.IGNORECASE,
)


def _comment_rules(line: str) -> bool:
    """A note of the comment section's rules or moderation: it names the comment system, speaks to the
    reader or as the outlet (or of the comments in the present), says a rule, and holds no figure and no
    quotation (a story about moderation counts and quotes; the reporting clause is checked in _passes).

    >>> _comment_rules("Comments may take up to an hour for moderation before appearing on the site.")
    True
    >>> _comment_rules("The site removed 300 comments after the match, a spokesman confirmed.")
    False
    """
    return (
        _COMMENT_SYSTEM.search(line) is not None
        and _RULE_VOICE.search(line.strip()) is not None
        and _RULE_WORD.search(line) is not None
        and not any(c.isdigit() for c in line)
        and not _QUOTE_MARK.search(line)
        and not _QA.match(line)
    )


_QUOTE_MARK = re.compile(r"[\"“”]")
# A past tense: what the outlet did (an editor's report), not what it asks of the reader.
_PAST = re.compile(r"\b(?:was|were|had|did|removed|found|built|became|turned|made)\b", re.IGNORECASE)


_QA = re.compile(r"(?:Q|A|Q\.|A\.)\s?:")


def _wire_name(text: str, *, agency: bool) -> bool:
    """A byline's name that is a wire's: news agencies (``agency``: "AAP", "The Associated Press") or
    people's names in capitals ("SOPHIE BATES").

    >>> _wire_name("AAP", agency=True), _wire_name("The Associated Press", agency=True), _wire_name("SOPHIE BATES", agency=False)
    (True, True, True)
    >>> _wire_name("Nick Wright", agency=False), _wire_name("THE WAY", agency=False), _wire_name("ROYAL APPOINTMENT", agency=False)
    (False, False, False)
    """
    parts = [p.strip() for p in _NAME_JOINER.split(text.strip())]
    if agency:
        return all(p.removeprefix("The ") in _WIRES for p in parts)
    return all(
        p.isupper() and is_person_name(p.title()) and not any(w in _FUNCTION_WORDS for w in p.lower().split()) for p in parts
    )


# A wire desk's initials after the wire's name, as the wire's copy ends ("PTI NIT NIT VN VN"), glued after the
# last sentence of a paragraph (a scrape that lost the line break).  Not a line of its own: "AAP MLA HELD" is an
# Indian paper's headline (the Aam Aadmi Party).
_DESK_INITIALS = rf"(?:{'|'.join(sorted((w for w in _WIRES if ' ' not in w), key=len, reverse=True))})(?:\s[A-Z]{{2,4}}){{1,8}}"
WIRE_DESK_TAIL = re.compile(rf"(?<=[.!?\"”’)])\s+(?P<desk>{_DESK_INITIALS}|{_WIRE_SIGNOFF})\s*$")

# between two names of a byline: "JANE DOE and JOHN ROE", "AP & AAP"
_NAME_JOINER = re.compile(r"\s(?:and|AND|&)\s")


def _nameish(text: str) -> bool:
    """A credit's words: names and desks ("Jane Doe/Collins Photos", "NZ Police", "Google"), not a sentence.

    >>> _nameish("Stephen Collins/Collins Photos"), _nameish("debts of £2bn and rising"), _nameish("the Bank")
    (True, False, False)
    """
    if any(c in text for c in "?£$€"):
        return False
    words = [w.strip("().,;:'’\"-–") for w in re.split(r"[\s/,|]+", text.strip())]
    words = [w for w in words if w]
    if not words or len(words) > 10:
        return False
    capital = False
    for w in words:
        if w[0].isupper() or w[0].isdigit() or w[0] == "@":
            capital = True
        elif w.lower() not in _PARTICLES and not w.lower().endswith(".com"):
            return False
        if w.lower() in ("video", "audio", "videos"):
            return False
    return capital


# A byline's opening and the names after it, up to its stamp: "By  Solomon Odeniyi", "By Jane Doe | 3 May".
_BYLINE_OPENING = re.compile(rf"(?i:by|story by|written by|words by|posted by)\s*:?\s+(?P<name>{_NAMES})")


def byline_name(line: str) -> str | None:
    """The names a byline line opens with ("By  Solomon Odeniyi" -> "Solomon Odeniyi"), or ``None``.

    >>> byline_name("By Jane Doe | 3 May 2024"), byline_name("By then, the council had voted")
    ('Jane Doe', None)
    """
    m = _BYLINE_OPENING.match(line.strip())
    return None if m is None else m.group("name").strip()


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


_FUNCTION_WORDS = frozenset(
    "a an the this that these those it its is are was were be been his her their our your my of for from with about "
    "into over under after before while because and or but not no all any some such contrast then now far law way far "
    "far the way default design far chance mistake accident night day morning evening noon midnight royal popular "
    "invitation only group demand mail age appointment request standards order comparison".split()
)


# How a role's noun ends when the desk vocabulary does not name it: an agent noun ("convenor", "reporter",
# "columnist", "correspondent", "consultant").
_ROLE_ENDS = ("or", "er", "ist", "ent", "ant")
#: an "-er" word shorter than this is as often a thing or a time as an agent ("power", "summer", "winter",
#: "water"); the short roles ("writer", "editor") are the desk vocabulary's
_MIN_ER_ROLE_LETTERS = 8


def agent_noun(word: str) -> bool:
    """A role's noun by its ending: "convenor", "columnist", "correspondent", "broadcaster"; an "-er"
    word only from ``_MIN_ER_ROLE_LETTERS`` letters ("By sheer power X", "By summer X" name no role)."""
    if word.endswith("er"):
        return len(word) >= _MIN_ER_ROLE_LETTERS
    return word.endswith(_ROLE_ENDS)


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
