"""The comment section's notes to the reader: the outlet's comment policy and the rules for
commenting.
"""

from __future__ import annotations

from .. import lazyre as re
from .parts import _READER

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
