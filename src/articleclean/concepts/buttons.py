"""Flattened widgets' controls: rows of buttons and icons ("Facebook Twitter WhatsApp Email"),
buttons glued together, runs of comment and account controls, and breadcrumbs ("Home > News >
Local").
"""

from __future__ import annotations

import functools

from .. import lazyre as re
from ..lexicon import entries, normalise_phrase, phrases
from ..text import ends_sentence, word_count
from .parts import VOCABULARY_LANGUAGES

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


@functools.cache
def _longest_button_word() -> int:
    """The letters of the longest button word (a glued word's pieces are no longer)."""
    return max(map(len, _button_words()[1]))


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
    longest = _longest_button_word()
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
_MIN_ROW_WORDS, _MAX_ROW_WORDS = 2, 14  # words: a row names two buttons' words or more (a word alone is a label's); longer runs are icon rows (_ICON_ROW_WORDS)


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
    actions, words, per_lang = _button_words()
    head = _BUTTON_TOKEN.search(key)
    if head is None or head.group() not in words:
        return 0  # (every word a button's: the first one first, most lines' only test)
    toks = _BUTTON_TOKEN.findall(key)
    if not _MIN_ROW_WORDS <= len(toks) <= _MAX_ROW_WORDS:
        return 0
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
_MIN_CONTROLS = 2  # phrases: a run of controls is two or more end to end (so as many words at least); one phrase alone is its list's own line
_MAX_COUNT_DIGITS = 5  # digits: a comment count among the controls ("12 comments"); a longer figure is no count a widget prints


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
    head = _control_head(key)
    if head and head not in starts and not (counts and head.isdigit()):
        return 0  # no phrase starts the line (most lines: one set lookup)
    toks = [w for t in key.split() if (w := t.strip(_ITEM_MARKS))]
    n = len(toks)
    if n < _MIN_CONTROLS or not vocabulary:
        return 0
    most = [0] + [-1] * n  # most[i]: the most phrases that end to end make the first i words (-1: none)
    for i in range(n):
        if most[i] < 0:
            continue
        if counts and toks[i].isdigit() and len(toks[i]) <= _MAX_COUNT_DIGITS:
            most[i + 1] = max(most[i + 1], most[i])  # a count among the controls ("12 comments sort by newest")
        if toks[i] not in starts:
            continue
        for j in range(i + 1, min(n, i + _MAX_CONTROL_WORDS) + 1):
            if " ".join(toks[i:j]) in vocabulary:
                most[j] = max(most[j], most[i] + 1)
    return most[n] if most[n] >= _MIN_CONTROLS else 0


def _control_head(key: str) -> str:
    """The line's first word without the marks a flattened widget leaves round it: where a run of controls starts."""
    return key.split(None, 1)[0].strip(_ITEM_MARKS) if key.strip() else ""


@functools.cache
def _control_starts(lang: str) -> frozenset[str]:
    """The words a run of the comment box's or the account bar's controls can start with."""
    return _first_words(_comment_phrases(lang)) | _first_words(_account_phrases(lang))


def _may_run_controls(key: str, lang: str) -> bool:
    """A run of the comment box's controls or the account bar's may start the (normalised) line: its first
    word starts a phrase of either, or is a count (the comment box's); else :func:`_control_run` finds none
    in either (one look-up for the two)."""
    head = _control_head(key)
    return not head or head in _control_starts(lang) or head.isdigit()


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
_MIN_CRUMB_PARTS, _MAX_CRUMB_PARTS = 2, 6  # parts: a trail is the page's place among a few sections; one part has no separator, more are a list
_MIN_SLASHED_PARTS = 3  # parts: a trail with "/" or "|" only and no home first has this many; a headline's "Fire/rescue crews" or "Labour / Tory" has two
_MIN_CRUMB_SECTIONS = 2  # parts that are section names: a trail without its home names this many ("Ben Nevis > Snowdon" names none)


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
    if not _MIN_CRUMB_PARTS <= len(parts) <= _MAX_CRUMB_PARTS or not all(parts):
        return False
    for p in parts:
        if not (p[:1].isupper() or p[:1].isdigit()) or word_count(p) > _MAX_CRUMB_PART_WORDS or ":" in p or ends_sentence(p):
            return False
    keys = [normalise_phrase(p) for p in parts]
    home = keys[0] in _CRUMB_HOME
    angled = any(c in text for c in ">»›→")
    if not angled and len(parts) < _MIN_SLASHED_PARTS and not home:
        return False
    sections = section_names(lang)
    return home or sum(k in sections for k in keys) >= _MIN_CRUMB_SECTIONS


@functools.cache
def section_names(lang: str) -> frozenset[str]:
    """The names of a site's sections and menu entries as its labels print them ("News", "Local",
    "Contact us"): the vocabulary's sections and navigation lists (English only)."""
    return phrases(f"boilerplate/{lang}/sections") | phrases(f"boilerplate/{lang}/navigation") if lang == "en" else frozenset()
