"""The boilerplate vocabulary by concept and language (``data/boilerplate/<lang>/``), and the comment patterns built from it."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources

from ... import lazyre as re
from ...language import tokens
from ...lexicon import CONCEPTS, normalise_phrase

# Concepts whose whole-line matches are removed even inside the article region:
# a line that is only "Advertisement" or "Share this article" is never prose.
# Concepts whose phrases label a list when they open a line: "Tags Kristi Noem".
_LABEL_CONCEPTS = frozenset({"tags", "author_bio", "share"})
_INLINE_CONCEPTS = frozenset({"ads", "share", "newsletter", "consent", "skip_links", "login"})
# A comments section opens ("34 Comments", "Leave a Reply", "5 комментариев",
# "Kommentar schreiben") and a comment's byline ("jdoe says:", "fan_1975 schrieb:"):
# :func:`_comment_head`, built from the comments lists of every language on first
# use (after :func:`vocabulary`: importing reads no list), and :data:`_COMMENT_BY`.
# "says:" and its equivalents, after a commenter's name (case-insensitive).
_COMMENT_VERBS: tuple[str, ...] = (
    "says", "said", "wrote", "writes",  # en
    "schrieb", "schreibt", "sagt", "meint",  # de
    "a écrit", "écrit", "dit",  # fr
    "escribió", "escribe", "dice", "dijo",  # es
    "escreveu", "escreve", "disse", "diz",  # pt
    "ha scritto", "scrive",  # it ("dice" as es)
    "schreef", "schrijft", "zegt",  # nl
    "написал", "написала", "пишет", "говорит",  # ru
    "написав", "пише", "каже",  # uk ("написала" as ru)
    "napisał", "napisała", "pisze",  # pl
    "skrev", "skriver", "säger", "siger", "sier",  # sv, da, nb
    "napsal", "napsala", "píše", "říká",  # cs
)  # fmt: skip
# A commenter's name that cannot be a name or pronoun in a quote's lead-in
# ("He wrote:", "Boris Johnson said:", "McCarthy says:", "A spokesman said:"):
# one handle-like token, with a digit or an underscore ("fan_1975", "v2787"),
# or all lower case and five letters or more ("thelastchargersfan").  The
# quantifiers are bounded: a line is matched in linear time.  Comments are
# often a numbered or bulleted list, indented ("   1. jdoe42 says:").
_LIST_MARK = r"(?:\d{1,4}[.)]\s{1,4}|[-*•]\s{1,4})?"
# Leading spaces, matched once (an atomic group: the lookahead's capture is not retried).
_INDENT = r"(?=(\s*))\1"
_COMMENTER = r"@?(?:(?=[\w.\-]{0,40}?[\d_])[\w.\-]{2,40}|[a-z][a-z.\-]{4,39})"
# A list item that may end an article: a digit (see BoilerplateCleaner._lines) or a bullet
# opening the line (used with ``match``, which anchors it).
_BULLET = re.compile(r"\s*[-*•–]\s")
# A comments head that counts the comments or invites one ("34 Comments",
# "[ 12 comments ]", "Kommentare (5)", "Leave a Reply"): it opens the zone even
# before prose comments when more of the article is above it than below it.
# A widget's head ("Show comments", "Report abuse") opens it only when the next
# lines are not prose paragraphs.  Neither ends like a sentence (a quoted
# "No comment.").
_COUNTED_HEAD = re.compile(r"\s{0,8}(?:[\[(]\s{0,4}\d|\d|leave\s{1,4}a\s|[^\W\d_]{1,30}\W{0,4}\d{1,6}\W{0,4}$)", re.IGNORECASE)
# A comments head that names the post in quotes, as WordPress themes print it ("4 thoughts on “Title”",
# "12 responses to “Title”", "One thought on “Title”"), and the comment form that closes such a thread
# ("Leave a Reply", "Leave a comment", "Post a comment"): between the two, past the article's prose, the
# lines are readers' comments, however few and however long.
_TITLED_HEAD = re.compile(
    r"\s{0,8}(?:\d{1,6}|one)\s{1,4}(?:thoughts?|comments?|responses?|replies)\s{1,4}(?:on|to)\s{1,4}[\"'“‘«„‹]"
    r"[^\"”»›\n]{1,200}[\"”’»›]?\s{0,8}$",  # the post's title closes the line (a listicle's "5 thoughts on “X” final" goes on)
    re.IGNORECASE,
)
_COMMENT_FORM = re.compile(r"\s{0,8}(?:leave|post|add|write)\s{1,4}a\s{1,4}(?:comment|reply)\b", re.IGNORECASE)
# An interview's answer: a dialogue dash or a quote opens it, a full stop ends it
# ("— Согласен.", "– Souhlasím."): a whole-line vocabulary match so read stays.
_ANSWER = re.compile(r"\s{0,8}[—–\-«\"“„']")


def _is_answer(text: str) -> bool:
    """Does the line read as an interview's short answer ("— Agreed.")?

    >>> _is_answer("— Согласен."), _is_answer("Advertisement."), _is_answer("— Share this!")
    (True, False, False)
    """
    return text.rstrip().endswith(".") and _ANSWER.match(text) is not None




@functools.cache
def _concept_phrases(lang: str, concept: str) -> frozenset[tuple[str, ...]]:
    base = resources.files("articleclean") / "data" / "boilerplate" / lang / f"{concept}.txt"
    if not base.is_file():
        return frozenset()
    out = set()
    for line in base.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            toks = tuple(tokens(normalise_phrase(line)))
            if toks:
                out.add(toks)
    return frozenset(out)


@dataclass(frozen=True)
class Vocabulary:
    """Boilerplate phrases (as word tuples) mapped to their concept."""

    phrases: dict[tuple[str, ...], str]
    max_len: int
    # first word -> phrase lengths starting with it, longest first
    starts: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def leading(self, toks: Sequence[str]) -> str | None:
        """The concept of a phrase that opens the line ("Tags ...", "Filed under ...").

        >>> vocabulary().leading(["tags", "kristi", "noem"])
        'tags'
        """
        for k in self.starts.get(toks[0], ()) if toks else ():
            c = self.phrases.get(tuple(toks[:k]))
            if c:
                return c
        return None

    def match(self, toks: Sequence[str]) -> tuple[str | None, float, str, bool]:
        """Best concept, share of words covered, first phrase, whole-line match.

        >>> vocabulary().match(["share", "this", "article"])
        ('share', 1.0, 'share this article', True)
        >>> vocabulary().match(["the", "home", "secretary", "said"])[0]
        'navigation'
        """
        return self._match(toks)[:4]

    def _match(self, toks: Sequence[str]) -> tuple[str | None, float, str, bool, str | None]:
        """:meth:`match` and :meth:`leading` in one pass over the line.

        The phrase :meth:`leading` finds is the one :meth:`match` tries first:
        the longest that opens the line (the whole line, when it is one).

        >>> vocabulary()._match(["tags", "kristi", "noem"])
        ('tags', 0.3333333333333333, 'tags', False, 'tags')
        """
        n = len(toks)
        if not n:
            return None, 0.0, "", False, None
        whole = self.phrases.get(tuple(toks))
        if whole:
            return whole, 1.0, " ".join(toks), True, whole
        starts = self.starts
        if starts.keys().isdisjoint(toks):  # no phrase starts on this line
            return None, 0.0, "", False, None
        # left to right, the longest phrase at each word; matches do not overlap
        per: dict[str, int] = {}
        first = ""
        lead = None  # the phrase at the first word
        free = 0  # the first word not inside a match
        phrases = self.phrases
        for i in itertools.compress(range(n), map(starts.__contains__, toks)):  # where phrases may start
            if i < free:
                continue
            for k in starts[toks[i]]:
                if k > n - i:
                    continue
                c = phrases.get(tuple(toks[i : i + k]))
                if c:
                    per[c] = per.get(c, 0) + k
                    first = first or " ".join(toks[i : i + k])
                    lead = c if i == 0 else lead
                    free = i + k
                    break
        if not per:
            return None, 0.0, "", False, None
        if len(per) == 1:  # most lines: one concept, no tie to break
            (best, covered), = per.items()
            return best, covered / n, first, False, lead
        best = min(per, key=lambda c: (-per[c], CONCEPTS.index(c)))
        return best, sum(per.values()) / n, first, False, lead

    def row(self, toks: Sequence[str], concepts: frozenset[str]) -> tuple[int, list[str]] | None:
        """A row of buttons: how many phrases of ``concepts`` the line holds and
        the words outside them; ``None`` when a phrase of another concept is on it.

        Phrases are found as by :meth:`match` (left to right, longest first).

        >>> vocabulary().row(["share", "on", "facebook", "share", "on", "twitter", "email"], _INLINE_CONCEPTS)
        (3, [])
        >>> vocabulary().row(["facebook", "twitter", "google", "whatsapp"], _INLINE_CONCEPTS)
        (3, ['google'])
        """
        n = len(toks)
        starts = self.starts
        found = 0
        rest: list[str] = []
        free = 0
        for i, tok in enumerate(toks):
            if i < free:
                continue
            for k in starts.get(tok, ()):
                if k <= n - i:
                    c = self.phrases.get(tuple(toks[i : i + k]))
                    if c:
                        if c not in concepts:
                            return None
                        found += 1
                        free = i + k
                        break
            else:
                rest.append(tok)
        return found, rest


@functools.cache
def vocabulary(lang: str = "en") -> Vocabulary:
    """The boilerplate vocabulary of ``lang`` (English lists are always included)."""
    phrases: dict[tuple[str, ...], str] = {}
    for code in dict.fromkeys(("en", lang)):
        for concept in CONCEPTS:
            for p in _concept_phrases(code, concept):
                phrases.setdefault(p, concept)
    starts: dict[str, set[int]] = {}
    for p in phrases:
        starts.setdefault(p[0], set()).add(len(p))
    return Vocabulary(
        phrases,
        max((len(p) for p in phrases), default=1),
        {w: tuple(sorted(ks, reverse=True)) for w, ks in starts.items()},
    )


def _boilerplate_languages() -> tuple[str, ...]:
    """The languages with boilerplate lists (``data/boilerplate/<lang>/``)."""
    root = resources.files("articleclean") / "data" / "boilerplate"
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir()))


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases (a few spaces between words), longest first."""
    return "|".join(r"\s{1,4}".join(map(re.escape, w.split())) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# The comments lists' words that name the comments (not "Report", "Newest", nor a verb such as "Kommentieren").
_COMMENT_NOUN = re.compile(
    "comments?|replies|responses|(?:leser)?kommentar(?:e|er)?|commentaires?|comentarios?|comentários?|comment[io]"
    "|komentarz[ey]?|komentář[eů]?|disku[sz]e|reacties?|комментари[ийя]|комментариев|коментар(?:і|я|ів)?"
    "|обсуждение|обговорення"
)


@functools.cache
def _comment_head() -> re.Pattern[str]:
    """A comments section's head, from the comments lists of every language (read on first use).

    A comments section opens with a count ("34 Comments", "5 комментариев":
    a number and a word of a comments list, the whole line) or a comments
    phrase that names the comments ("Leave a comment", "Kommentar schreiben":
    a phrase of a comments list that holds one of its words, the whole line
    but for a count or punctuation).  List phrases that also head other lists
    ("Newest first", "Sort by") do not open one.  The English "34 comments on
    ..." and "Leave a Reply Cancel reply" open the line.  The lists are
    languages' own words: one pattern serves every page.
    """
    words: set[str] = set()
    phrases: set[str] = set()
    for lang in _boilerplate_languages():
        ph = _concept_phrases(lang, "comments")
        singles = {p[0] for p in ph if len(p) == 1}
        words |= singles
        phrases |= {" ".join(p) for p in ph if len(p) > 1 and not singles.isdisjoint(p)}
    # the words that name the comments themselves, which a count may follow ("Comments (34)"),
    # not the widget's other words ("Report", "Newest")
    nouns = {w for w in words if _COMMENT_NOUN.fullmatch(w.casefold())}
    tail = r"[\W_]{0,8}(?:\d{1,6}[\W_]{0,4})?$"  # "Comments (34)", "Leave a comment:"
    count = r"(?:\d{1,6}|\(\s{0,4}\d{1,6}\s{0,4}\)|\[\s{0,4}\d{1,6}(?:\s{0,4}\])?)"  # "34", "(34)", "[ 34 ]", "[ 34"
    return re.compile(
        # "34 comments", "12 responses to “Title”" (WordPress names the post in quotes)
        rf"^{_INDENT}(?:{count}\s{{1,4}}(?:comments?|responses?|replies)(?:\s{{1,4}}(?:on|to)\s{{1,4}}[\"'“‘«„‹]|\W{{0,4}}$)"
        rf"|(?:leave|post|add)\s{{1,4}}a\s{{1,4}}(?:comment|reply)(?:\s{{1,4}}cancel\s{{1,4}}reply)?{tail}"
        rf"|{count}\s{{1,4}}(?:{_alternation(nouns)})\W{{0,4}}$"  # "5 комментариев"
        rf"|(?:{_alternation(nouns)})\s{{0,4}}(?:\(\s{{0,4}}\d{{1,6}}\s{{0,4}}\)|\[\s{{0,4}}\d{{1,6}}\s{{0,4}}\]|:\s{{0,4}}\d{{1,6}})\W{{0,2}}$"
        rf"|(?:{_alternation(phrases)}){tail})",
        re.IGNORECASE,
    )


# A comment's byline: a handle-like name (:data:`_COMMENTER`) and "says:" or an equivalent.
_COMMENT_BY = re.compile(rf"^{_INDENT}{_LIST_MARK}{_COMMENTER}\s{{1,4}}(?i:{_alternation(_COMMENT_VERBS)})\s{{0,3}}:\s*$")
