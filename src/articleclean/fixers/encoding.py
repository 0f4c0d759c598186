"""Repair text damaged on its way from the page: mojibake, HTML entities, invisible characters.

Each repair is a small pure step that returns :class:`~articleclean.document.Edit`
objects for one line, at the smallest span it can (one entity, one mojibake run,
one invisible character), so every change can be audited.  The steps, in order:

1. ``encoding.entity``   — HTML character references, also double-escaped ones
   (``&amp;amp;`` → ``&``, ``&amp;nbsp;`` → a space).  Only complete references
   (with the ``;``) that name a real character are decoded.
2. ``encoding.mojibake`` — UTF-8 read as Windows-1252, Latin-1 and the other
   single-byte encodings ftfy knows, doubly encoded text, and damage in only part
   of a line; C1 control characters that stand for Windows-1252 punctuation.
   ftfy is asked only about lines its own badness heuristic flags, and only its
   encoding fixes are used (no NFC, no quote straightening, no width folding).
3. ``encoding.invisible`` — zero-width space, word joiner, byte-order mark,
   soft hyphen (removed).  Zero-width (non-)joiners are kept: emoji and several
   scripts need them.
4. ``encoding.control``  — other C0/C1 control characters and terminal escapes
   (removed); a tab is left to the white-space step.

Typographic quotes, dashes, ellipses, accents and non-Latin scripts are kept;
``straighten_quotes=True`` turns curly quotes into straight ones.

>>> fix_encoding("The cafÃ© said: â€œwe&#x2019;re openâ€\x9d &amp;amp; fine\\r\\n")
'The café said: “we’re open” & fine\\n'
>>> fix_encoding("Na\\u00efve \\u201cquotes\\u201d \\u2014 and \\u0413\\u0440\\u0435\\u0446\\u0438\\u044f\\u2026")
'Naïve “quotes” — and Греция…'
>>> [(e.code, e.start, e.end, e.replacement) for step in line_edits("soft\\u00adhyphen &amp;nbsp;") for e in step]
[('encoding.entity', 12, 22, ' '), ('encoding.invisible', 4, 5, '')]
"""

from __future__ import annotations

import functools
import importlib.util
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

from .. import lazyre as re
from ..base import BaseCleaner
from ..document import Document, Edit
from ..scan import blocks_with, live_blocks
from ..text import ODD_SPACE_RE

__all__ = ["EncodingCleaner", "fix_encoding", "line_edits", "needs_ftfy"]

# An HTML character reference, possibly escaped again one or more times
# (``&amp;amp;lt;``).  Names are bounded so the pattern stays linear.
_ENTITY = re.compile(r"&(?:amp;)*(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Invisible characters that carry nothing in article text.
_INVISIBLE = "\u200b\u2060\ufeff\u00ad"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]+")
# ANSI terminal escapes, then C0 (but tab) and C1 controls, DEL.  Line breaks
# never reach a line.
_CONTROL_RE = re.compile(r"\x1b\[[0-9;]{0,32}[A-Za-z]|[\x00-\x08\x0e-\x1f\x7f-\x9f]+")
_C0_RE = re.compile(r"\x1b\[[0-9;]{0,32}[A-Za-z]|[\x00-\x08\x0e-\x1f\x7f]+")
_C1_RE = re.compile(r"[\x80-\x9f]+")
_ZERO_WIDTH_RE = re.compile("[\u200b\u2060\ufeff]+")
_SOFT_HYPHEN_RE = re.compile("\u00ad+")
# NEL (U+0085) is not a line break here: in web text it is mojibake, either
# Windows-1252 "…" read as Latin-1 or half of a UTF-8 sequence ("Ñ\x85" is
# "х"), and splitting there would leave it unrepairable.
_LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\u2028\u2029]")

# ftfy configured deliberately: its encoding repairs only.  ``fix_encoding``
# runs the encode/decode search, restore_byte_a0, replace_lossy_sequences,
# decode_inconsistent_utf8 and fix_c1_controls; everything that would change
# correct text (NFC, quote straightening, ligatures, widths) is off.
# ftfy is imported when a line needs it (mojibake found, or quotes to straighten):
# importing it cost about a third of a cold start.
@functools.cache
def _ftfy() -> tuple[Any, Any]:
    """ftfy's ``fix_encoding`` and the configuration it is called with."""
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return ftfy.fix_encoding, config


# Every alternative of ftfy's badness regex (ftfy.badness.BADNESS_RE, which
# ``is_bad`` searches) needs one of these characters somewhere in its match: a
# C1 control, a "bad" symbol, an accented Latin capital or small letter, a
# currency, numeric, legal or box-drawing sign, or one of the few letters that
# open its Cyrillic, Greek, Arabic and MacRoman sequences.  Curly quotes,
# dashes, bullets and ellipses alone never make a match, so a line without any
# of these characters is clean without the costly search.  This was checked
# mechanically on the parsed regex (each of its 37 alternatives has a required
# position whose characters all lie in this class) for the regex whose digest
# is below; any other ftfy regex turns the shortcut off.
_BADNESS_SHA256 = "9dcc0f2ac90d9ae3c85eb7b9b2c0b8a8e8126153847c2b30c91a0bb263f3b8c4"
# The same regex matches at most 7 characters (the longest alternative is
# "ГўВЂВ.[A-Za-z ]"), only consuming ones (no look-around, no "$" or "\b"):
# so every match lies within 6 characters before and 7 after an anchor
# character, and any match found in such a window is a match of the line.
# On a long line with a few anchors, searching those windows is much faster
# than searching the line.
_KNOWN_REACH = (6, 7)
_MIN_WINDOWED_CHARS = 64  # characters: a shorter line is searched whole (its windows round the anchors would cover most of it)
# ftfy's badness regex and this anchor class, copied from the installed ftfy by
# tools/build_tables.py with the SHA-256 of the ftfy/badness.py they come from (which
# imports nothing that could change them): read instead of importing ftfy, when the
# installed ftfy's badness.py has that digest.
_SHIPPED_BADNESS = "data/encoding/ftfy_badness.json"


class _Badness(NamedTuple):
    """ftfy's badness regex (``is_bad(line)`` is ``bool(regex.search(line))``), the class of
    characters every match needs, and how far a match reaches around one (None: unknown)."""

    regex: re.Pattern[str]
    anchor: re.Pattern[str]
    reach: tuple[int, int] | None


def anchor_class(categories: dict[str, str], badness_pattern: str) -> str:
    """The anchor class for ftfy's ``MOJIBAKE_CATEGORIES`` and badness regex: every character
    a match needs, or any character when the regex is not the one that was checked."""
    import hashlib

    if hashlib.sha256(badness_pattern.encode()).hexdigest() != _BADNESS_SHA256:
        return "(?s:.)"  # an unknown badness regex: every non-ASCII line goes to is_bad
    keys = ("c1", "bad", "upper_accented", "lower_accented", "currency", "numeric", "law", "box")
    return "[" + "".join(categories[k] for k in keys) + "ÙŒœ\u201aЂВГРСΒΓΞΟ" + "]"


def _ftfy_badness_file() -> bytes | None:
    """The installed ftfy's badness.py, found without importing ftfy."""
    spec = importlib.util.find_spec("ftfy")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        try:
            with open(f"{folder}/badness.py", "rb") as f:
                return f.read()
        except OSError:
            continue
    return None


@functools.cache
def _badness() -> _Badness:
    import hashlib  # hashlib and json are imported on the first non-ASCII line, not with the package
    import json

    shipped = json.loads((resources.files("articleclean") / _SHIPPED_BADNESS).read_text("utf-8"))
    source = _ftfy_badness_file()
    if source is not None and hashlib.sha256(source).hexdigest() == shipped["badness_py_sha256"]:
        pattern, flags, anchor = shipped["pattern"], shipped["flags"], shipped["anchor"]
        regex = re.compile(pattern, flags)
    else:  # another ftfy: ask it
        from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

        pattern, regex, anchor = BADNESS_RE.pattern, BADNESS_RE, anchor_class(MOJIBAKE_CATEGORIES, BADNESS_RE.pattern)
    known = hashlib.sha256(pattern.encode()).hexdigest() == _BADNESS_SHA256
    return _Badness(regex, re.compile(anchor), _KNOWN_REACH if known else None)


def _is_bad(line: str) -> bool:
    """``ftfy.badness.is_bad(line)``, searching only around the anchor characters."""
    badness = _badness()
    search = badness.regex.search
    if badness.reach is None or len(line) < _MIN_WINDOWED_CHARS:
        return search(line) is not None
    before, after = badness.reach
    lo = hi = -1
    for m in badness.anchor.finditer(line):
        q = m.start()
        if q - before > hi:  # a new window: search the one before
            if hi >= 0 and search(line, lo, hi):
                return True
            lo = max(0, q - before)
        hi = q + after
    return hi >= 0 and search(line, lo, hi) is not None


def needs_ftfy(line: str) -> bool:
    """Whether ftfy could change ``line``: the same gate ftfy's own encoding fixer uses.

    ASCII text is answered at once; other text by ftfy's badness regex, which
    looks for sequences of the few hundred characters UTF-8 mojibake is made of,
    once a one-class search has found a character every such sequence needs.

    >>> needs_ftfy("plain ascii"), needs_ftfy("“Quotes” — and café"), needs_ftfy("cafÃ©")
    (False, False, True)
    """
    return not line.isascii() and _badness().anchor.search(line) is not None and _is_bad(line)


def _decode_entity(m: re.Match[str]) -> str | None:
    import html.entities  # imported on the first character reference, not with the package

    ref = m.group(1)
    if ref[0] != "#" and f"{ref};" not in html.entities.html5:
        return None  # not a known name (html.unescape would decode "&notit;" as "¬it;")
    decoded = html.unescape(f"&{ref};")
    if decoded == f"&{ref};":
        return None  # not a valid reference: leave the text alone
    return decoded


_BREAK_CHARS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


def _clean_chars(text: str) -> str:
    """What an entity stands for, with invisible and control characters dropped
    and odd spaces made plain, so that one edit gives the final text.  A line
    break an entity stands for (``&#10;``) becomes a space: an edit never splits
    a line, so the text is split into the same lines when it is cleaned again.

    >>> _clean_chars("a\\nb\\u2028c\\x00")
    'a b c'
    """
    text = _BREAK_CHARS.sub(" ", text)
    return ODD_SPACE_RE.sub(" ", _CONTROL_RE.sub("", _INVISIBLE_RE.sub("", text)))


def entity_edits(line: str) -> list[Edit]:
    """One edit per HTML character reference (plain or escaped again).

    >>> [(e.start, e.end, e.replacement) for e in entity_edits("AT&amp;T &lt;b&gt; &bogus; &amp;amp;")]
    [(2, 7, '&'), (9, 13, '<'), (14, 18, '>'), (27, 36, '&')]
    """
    if "&" not in line:
        return []
    out = []
    for m in _ENTITY.finditer(line):
        decoded = _decode_entity(m)
        if decoded is None:
            continue
        out.append(Edit(m.start(), m.end(), _clean_chars(decoded), "encoding.entity", "HTML character reference"))
    return out


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _diff_edits(before: str, after: str, code: str, reason: str) -> list[Edit]:
    """The replaced runs that turn ``before`` into ``after``, in linear time.

    Mojibake repair rewrites only non-ASCII runs, so when both texts have the
    same ASCII between their non-ASCII runs, the runs pair up one to one; else
    one edit covers what lies between the common prefix and suffix.

    >>> [(e.start, e.end, e.replacement) for e in _diff_edits("naÃ¯ve cafÃ©", "naïve café", "c", "")]
    [(2, 4, 'ï'), (10, 12, 'é')]
    >>> [(e.start, e.end, e.replacement) for e in _diff_edits("abXYcd", "abcd", "c", "")]
    [(2, 4, '')]
    """
    if len(before) == len(after):  # character for character (quote straightening)
        edits, i, n = [], 0, len(before)
        while i < n:
            if before[i] == after[i]:
                i += 1
                continue
            j = i
            while j < n and before[j] != after[j]:
                j += 1
            edits.append(Edit(i, j, after[i:j], code, reason))
            i = j
        return edits
    if _NON_ASCII.split(before) == _NON_ASCII.split(after):
        return [
            Edit(m.start(), m.end(), new, code, reason)
            for m, new in zip(_NON_ASCII.finditer(before), _NON_ASCII.findall(after))
            if m.group() != new
        ]
    lo, limit = 0, min(len(before), len(after))
    while lo < limit and before[lo] == after[lo]:
        lo += 1
    hi_b, hi_a = len(before), len(after)
    while hi_b > lo and hi_a > lo and before[hi_b - 1] == after[hi_a - 1]:
        hi_b, hi_a = hi_b - 1, hi_a - 1
    return [Edit(lo, hi_b, after[lo:hi_a], code, reason)]


def mojibake_edits(line: str) -> list[Edit]:
    """Edits repairing mojibake, one per damaged run; none unless ftfy's gate opens.

    >>> [(e.start, e.end, e.replacement) for e in mojibake_edits("naÃ¯ve cafÃ©")]
    [(2, 4, 'ï'), (10, 12, 'é')]
    >>> mojibake_edits("Déjà vu, “quoted” — fine…")
    []
    """
    if not needs_ftfy(line):
        return []
    fix, config = _ftfy()
    fixed = fix(line, config)
    if fixed == line:
        return []
    return _diff_edits(line, fixed, "encoding.mojibake", "text decoded in the wrong encoding")


def _regex_edits(pattern: re.Pattern[str], line: str, code: str, reason: str) -> list[Edit]:
    return [Edit(m.start(), m.end(), "", code, reason) for m in pattern.finditer(line)]


def _apply(text: str, edits: list[Edit]) -> str:
    out = []
    pos = 0
    for e in sorted(edits, key=lambda e: e.start):
        out.append(text[pos : e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def line_edits(line: str, *, straighten_quotes: bool = False, soft_hyphens: bool = True) -> list[list[Edit]]:
    """The repairs of one line as successive steps; each step's edits are in the
    coordinates of the line as left by the steps before it.

    Deletions that could hide mojibake from ftfy (C0 controls, zero-width
    characters) come before it; soft hyphens and C1 controls, which are *part*
    of some mojibake, after it.  The round is repeated until nothing changes
    (a deletion can join the halves of a mojibake sequence), so the result is
    a fixed point.  ``soft_hyphens=False`` keeps soft hyphens (U+00AD), as
    ftfy does: a hyphenation hint some sources want kept.
    """
    steps: list[list[Edit]] = []
    run_steps = _STEPS if soft_hyphens else tuple(step for step in _STEPS if step is not _soft_hyphen_edits)
    text = line
    if text.isascii() and "&" not in text and not _CONTROL_RE.search(text):
        return steps  # the common case: nothing any step could change
    for _ in range(_MAX_ROUNDS):
        before = text
        for step in run_steps:
            edits = step(text)
            if edits:
                steps.append(edits)
                text = _apply(text, edits)
        if text == before:
            break
    if straighten_quotes and not text.isascii():
        from ftfy.fixes import uncurl_quotes

        fixed = uncurl_quotes(text)
        if fixed != text:
            steps.append(_diff_edits(text, fixed, "encoding.quotes", "curly quote straightened"))
    return steps


# Every character these steps remove or replace (C0 and C1 controls, zero-width
# characters, the soft hyphen) is one ``str.isprintable`` rejects: a printable
# line, found at C speed, needs none of them.


def _c0_edits(line: str) -> list[Edit]:
    if line.isprintable():
        return []
    return _regex_edits(_C0_RE, line, "encoding.control", "control character")


def _zero_width_edits(line: str) -> list[Edit]:
    if line.isascii() or line.isprintable():
        return []
    return _regex_edits(_ZERO_WIDTH_RE, line, "encoding.invisible", "invisible character")


def _soft_hyphen_edits(line: str) -> list[Edit]:
    if "\u00ad" not in line:
        return []
    return _regex_edits(_SOFT_HYPHEN_RE, line, "encoding.invisible", "soft hyphen")


def _cp1252(c: str) -> str:
    """The Windows-1252 character a C1 control stands for ("" where it has none)."""
    try:
        return bytes([ord(c)]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


def _c1_edits(line: str) -> list[Edit]:
    """C1 controls left after mojibake repair: Windows-1252 text read as Latin-1,
    so each becomes the character it stands for (as ftfy's ``fix_c1_controls``
    does); the five bytes Windows-1252 leaves undefined are dropped.

    >>> [(e.start, e.end, e.replacement, e.code) for e in _c1_edits("don\x92t \x93x\x94\x81")]
    [(3, 4, '’', 'encoding.c1'), (6, 7, '“', 'encoding.c1'), (8, 10, '”', 'encoding.c1')]
    """
    if line.isascii() or line.isprintable():
        return []
    out = []
    for m in _C1_RE.finditer(line):
        rep = "".join(_cp1252(c) for c in m.group())
        if rep:
            out.append(Edit(m.start(), m.end(), rep, "encoding.c1", "C1 control read as the Windows-1252 character it stands for"))
        else:
            out.append(Edit(m.start(), m.end(), "", "encoding.control", "control character"))
    return out


# A two-byte UTF-8 letter read as Windows-1252 that ftfy leaves when the rest of
# the line is already right ("Ð’ моей семье": "Ð’" is "В"): a lead byte
# U+00C2-U+00DF and one continuation byte as Windows-1252 shows it.
_LONE_PAIR = re.compile(
    "[\u00c2-\u00df][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# The last letter of Latin Extended-B: the letters past it show the line's script (the pair's own letters,
# "Ð" and its kind, are Latin-1's and say nothing).
_LATIN_END = "\u024f"


def _script(c: str) -> str:
    return unicodedata.name(c, "").split(" ", 1)[0]


def lone_pair_edits(line: str) -> list[Edit]:
    """Repair a leftover two-byte mojibake letter, only when the letter it
    stands for is of a script the line's other letters already use.

    >>> [(e.start, e.end, e.replacement) for e in lone_pair_edits("— Ð’ моей семье")]
    [(2, 4, 'В')]
    >>> lone_pair_edits("Ð’Brien's saga")  # no Cyrillic around: left alone
    []
    """
    if line.isascii():
        return []
    out = []
    scripts: set[str] | None = None
    for m in _LONE_PAIR.finditer(line):
        try:
            letter = m.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            continue
        if not letter.isalpha():
            continue
        if scripts is None:
            scripts = {_script(c) for c in line if c.isalpha() and c > _LATIN_END}
        if _script(letter) in scripts:
            out.append(Edit(m.start(), m.end(), letter, "encoding.mojibake", "text decoded in the wrong encoding"))
    return out


# A line without any of these characters is left as it is by every step of
# ``line_edits`` (without ``straighten_quotes``): no "&" for an entity, no C0
# or C1 control (an escape starts with one), no invisible character, none of
# the characters ftfy's badness regex needs (see _badness) and no lead
# byte of a _LONE_PAIR.  The cleaner finds such lines with one search of the
# whole text.
@functools.cache
def _suspect() -> re.Pattern[str]:
    anchor = _badness().anchor.pattern
    return re.compile(
        "[&\x00-\x08\x0e-\x1f\x7f-\x9f"
        + _INVISIBLE
        + "\u00c2-\u00df"
        + (
            anchor[1:-1]
            # one plain class that cannot change meaning inside another (no "^", no edge "-" or "[")
            if re.fullmatch(r"\[[^^\-\[\]][^\[\]]*[^\-\\\[\]]\]", anchor, re.S)
            else "\x80-\U0010ffff"  # an unknown badness regex: any character not ASCII
        )
        + "]"
    )

# A lead byte of a two-byte UTF-8 sequence read as Latin-1 or Windows-1252 (U+00C2-U+00DF), then a
# space or the line's end: its continuation byte may be one that a white-space normaliser ate, NEL
# (0x85, "Ñ\x85" is "х") or the no-break space (0xA0, "Ã\xa0" is "à", "Ð\xa0" is "Р").
_LOST_LEAD = re.compile("[\u00c2-\u00df](?= |$)")
_LOST_BYTES = (0x85, 0xA0)
# The languages whose word lists judge a repaired word, by the script of the repaired letter.
_LOST_LANGUAGES = {"CYRILLIC": ("ru", "uk", "bg"), "LATIN": ("pt", "es", "fr", "it", "de"), "GREEK": ("el",)}
# The letters those languages write, by script: a restored letter that none of them writes ("Å", "Ѕ",
# "Ѡ", "Ϡ") is no repair, though their word lists hold a few foreign words ("så", "få": an all-capitals
# Portuguese "SÃ" or "FÃ" would pass for them).
_LOST_ALPHABETS = {
    "CYRILLIC": frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"),
    "LATIN": frozenset("abcdefghijklmnopqrstuvwxyzàáâãäçèéêëìíîïñòóôõöùúûüÿœæß"),
    "GREEK": frozenset("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς"),
}
# A repaired word shorter than this is no evidence (a letter alone is a known word in every list).
_MIN_LOST_WORD = 2
# A word's letters, without the punctuation round it.
_WORD_EDGE = re.compile(r"^\W+|\W+$")


def _as_bytes(text: str) -> bytes:
    """The bytes ``text`` shows when it is UTF-8 read as Latin-1 or Windows-1252 (a character that is
    neither stands for itself, in UTF-8)."""
    out = bytearray()
    for c in text:
        if c <= "\xff":  # Latin-1: the character is its byte
            out.append(ord(c))
        else:
            try:
                out += c.encode("cp1252")
            except UnicodeEncodeError:
                out += c.encode("utf-8", "replace")  # (a lone surrogate, which JSON can carry, has no UTF-8: "?")
    return bytes(out)


def _zipf(word: str, languages: tuple[str, ...]) -> float:
    """The word's highest frequency (wordfreq's Zipf scale) in ``languages``; 0 when unknown, shorter than
    ``_MIN_LOST_WORD`` letters, or not a word (a byte that is not UTF-8 in it, letters of two scripts: the
    lists hold such strays, and an Icelandic "VIÐ" would pass for "viр", its "Р" Cyrillic)."""
    if "\ufffd" in word:
        return 0.0  # not UTF-8: no repair
    word = _WORD_EDGE.sub("", word).lower()
    if len(word) < _MIN_LOST_WORD or not word.isalpha() or len(set(map(_script, word))) > 1:
        return 0.0
    from wordfreq import zipf_frequency  # loaded on first need: only broken pages get here

    return max(zipf_frequency(word, lang) for lang in languages)


def lost_byte_edits(line: str) -> list[Edit]:
    r"""Restore the second byte of a UTF-8 letter that a white-space normaliser ate, so that the mojibake step
    can decode its run: a lead byte left before a space or at the line's end ("уÑ\x81пеÑ Ð¾Ð¼" is
    "успехом", its "х" lost its NEL; "CittÃ" is "Città", its "à" lost its no-break space).

    The space may have been the lost byte alone ("успехом") or the byte and the space between two words
    ("всех без", two spaces made one): the choice, and the byte, are the ones that make a known word
    (wordfreq, in the languages of the letter's script): the joined word when a unigram model finds it
    likelier than the two words, else the word before the space.  Nothing is restored where no choice makes a
    known word: a real "Ñ" or "Ã" before a space (an all-capitals "IRMÃ", a Spanish "Ñ") stays.

    >>> [(e.start, e.end, e.replacement) for e in lost_byte_edits("Ñ\x83Ñ\x81Ð¿ÐµÑ Ð¾Ð¼ Ð²Ñ\x81ÐµÑ Ð±ÐµÐ·")]
    [(8, 10, 'Ñ\x85'), (21, 22, 'Ñ\x85')]
    >>> lost_byte_edits("AMANHÃ SERÁ OUTRO DIA"), lost_byte_edits("El AÑO Ñ ñ")
    ([], [])
    """
    if line.isascii() or not _LOST_LEAD.search(line):
        return []
    out: list[Edit] = []
    for m in _LOST_LEAD.finditer(line):
        i = m.start()
        start = line.rfind(" ", 0, i) + 1
        end = line.find(" ", i + 2)
        left = line[start:i]
        right = line[i + 2 : len(line) if end < 0 else end] if i + 1 < len(line) else ""
        if left and not left[-1].isalpha() and left[-1] not in _CONTINUATION_CHARS:
            continue  # a lead byte after punctuation or a digit is no letter's first half
        best: tuple[float, Edit] | None = None
        after: dict[tuple[str, ...], float] = {}  # the word after the space, judged once per set of languages
        for byte in _LOST_BYTES:
            try:
                letter = bytes([ord(m.group()), byte]).decode("utf-8")
            except (UnicodeDecodeError, ValueError):
                continue
            script = unicodedata.name(letter, "").split(" ")[0]
            languages = _LOST_LANGUAGES.get(script)
            if languages is None or letter.lower() not in _LOST_ALPHABETS[script]:
                continue
            if letter.islower() and _in_capitals(left, line):
                continue
            repaired = m.group() + chr(byte)
            word = _as_bytes(left + repaired).decode("utf-8", "replace")
            alone = _zipf(word, languages)
            if right:
                joined = _zipf(_as_bytes(left + repaired + right).decode("utf-8", "replace"), languages)
                if languages not in after:
                    after[languages] = _zipf(_as_bytes(right).decode("utf-8", "replace"), languages)
                # one word or two: the likelier as a unigram model sees them (Zipf is log10 of a word's
                # frequency per billion words: one word of Zipf z against two of z1 and z2, z + 9 >= z1 + z2)
                if joined > 0 and joined + 9 >= alone + after[languages]:
                    option = (joined, Edit(i, i + 2, repaired, "encoding.lost_byte", "a UTF-8 byte lost to white space restored, joining the word"))
                    best = option if best is None or option[0] > best[0] else best
                    continue
            if alone > 0:
                option = (alone, Edit(i, i + 1, repaired, "encoding.lost_byte", "a UTF-8 byte lost to white space restored"))
                best = option if best is None or option[0] > best[0] else best
        if best is not None:
            out.append(best[1])
    return out


def _in_capitals(left: str, line: str) -> bool:
    """Does the word before a lead byte read as capitals, so that a small letter cannot end it?  A word in
    capitals ends in a capital ("IRMÃ", "CAPITÃ", the Vietnamese "ĐÃ"; "Città" read in capitals is "CITTÀ",
    another byte): its letters are all capitals.  One capital alone may be a word's initial ("Là"): then
    only a line with mojibake of its own ("LÃ oÃ¹") takes it as one (the Portuguese "LÃ", "FÃ", the
    Vietnamese "MÃ" in a line of capitals are words).

    >>> _in_capitals("CAPIT", "CAPITÃ DA"), _in_capitals("L", "A LÃ DE OVELHA"), _in_capitals("L", "LÃ oÃ¹ il")
    (True, True, False)
    >>> _in_capitals("Citt", "Velo CittÃ"), _in_capitals("Ñ\x83Ñ\x81Ð¿ÐµÑ", "")
    (False, False)
    """
    cased = [c for c in _as_bytes(left).decode("utf-8", "replace") if c.isupper() or c.islower()]
    if not cased or any(c.islower() for c in cased):
        return False
    return len(cased) > 1 or not needs_ftfy(line)


# How a UTF-8 continuation byte (0x80-0xBF) shows when read as Latin-1 or Windows-1252.
_CONTINUATION_CHARS = frozenset(bytes(range(0x80, 0xC0)).decode("latin-1")) | frozenset(
    bytes(b for b in range(0x80, 0xC0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)).decode("cp1252")
)

_STEPS = (entity_edits, _c0_edits, _zero_width_edits, lost_byte_edits, mojibake_edits, lone_pair_edits, _soft_hyphen_edits, _c1_edits)
_MAX_ROUNDS = 4


def _compose_step(line: str, segs: list[list], edits: list[Edit]) -> list[list]:
    """Merge one step's edits (sorted, in the coordinates of the text ``segs``
    spell) into ``segs``; a segment an edit touches is merged into it."""

    def size(sg: list) -> int:
        return (sg[1] - sg[0]) if sg[2] is None else len(sg[2])

    out: list[list] = []
    i, pos = 0, 0  # segs[i] starts at ``pos`` in the current text
    for e in edits:
        if i >= len(segs):  # an insertion at the very end, after a merged last segment
            a, b, rep, _code, _reason = out.pop()
            if rep is None:
                out.extend([[a, b, None, "", ""], [b, b, e.replacement, e.code, e.reason]])
            else:
                out.append([a, b, rep + e.replacement, e.code, e.reason])
            continue
        # copy the segments wholly before the edit
        while i < len(segs) - 1:
            hi = pos + size(segs[i])
            if (e.start < hi) if e.start == e.end else (hi > e.start):
                break
            out.append(segs[i])
            pos, i = hi, i + 1
        first, first_pos = i, pos
        last, last_pos = i, pos
        if e.start != e.end:  # the run of segments the edit overlaps
            while last + 1 < len(segs) and last_pos + size(segs[last]) < e.end:
                last_pos += size(segs[last])
                last += 1
        head, tail = segs[first], segs[last]
        s0, s1 = e.start - first_pos, e.end - last_pos
        a0, b0 = head[0], tail[1]
        prefix = suffix = ""
        if head[2] is None:
            if s0 > 0:  # keep the untouched head of an original segment
                out.append([head[0], head[0] + s0, None, "", ""])
            a0 = head[0] + s0
        else:
            prefix = head[2][:s0]
        rest: list | None = None
        if tail[2] is None:
            if s1 < size(tail):  # the untouched tail stays a segment of its own
                rest = [tail[0] + s1, tail[1], None, "", ""]
            b0 = tail[0] + s1
        else:
            suffix = tail[2][s1:]
        out.append([a0, b0, prefix + e.replacement + suffix, e.code, e.reason])
        if rest is not None:
            segs[last] = rest
            i, pos = last, e.end
        else:
            i, pos = last + 1, last_pos + size(tail)
    out.extend(segs[i:])
    return out


def _compose_slow(line: str, steps: list[list[Edit]]) -> list[Edit]:
    """The reference composition (quadratic in the edits of a line): the safety net
    of :func:`compose`.  Successive steps' edits as one set of non-overlapping edits on ``line`` itself.

    An edit that touches text an earlier edit produced (a control character
    removed from inside a mojibake run, say) is merged with it into one edit
    over the original span, so every recorded edit names text of the source.
    """
    # segments: [orig_start, orig_end, replacement or None (unchanged), code, reason]
    segs: list[list] = [[0, len(line), None, "", ""]]
    for edits in steps:
        for e in sorted(edits, key=lambda e: e.start, reverse=True):
            pos = 0
            first = last = None
            for i, (a, b, rep, _, _) in enumerate(segs):
                n = (b - a) if rep is None else len(rep)
                lo, hi = pos, pos + n
                if e.start == e.end:  # an insertion: the segment holding its position
                    touches = lo <= e.start < hi or (first is None and i == len(segs) - 1)
                else:
                    touches = lo < e.end and hi > e.start
                if touches:
                    first = i if first is None else first
                    last = i
                pos = hi
            if first is None or last is None:  # empty line, insertion at the end (both are None or neither)
                first = last = len(segs) - 1
            # current text and start of the covered run
            start = sum((b - a) if rep is None else len(rep) for a, b, rep, _, _ in segs[:first])
            run = "".join(line[a:b] if rep is None else rep for a, b, rep, _, _ in segs[first : last + 1])
            s0, s1 = e.start - start, e.end - start
            new: list[list] = []
            a0, b0, rep0 = segs[first][0], segs[last][1], None
            head_seg, tail_seg = segs[first], segs[last]
            if head_seg[2] is None and s0 > 0:  # keep the untouched head of an original segment
                new.append([head_seg[0], head_seg[0] + s0, None, "", ""])
                a0 = head_seg[0] + s0
                run, s1, s0 = run[s0:], s1 - s0, 0
            tail = []
            if tail_seg[2] is None and s1 < len(run):
                cut = len(run) - s1
                tail.append([tail_seg[1] - cut, tail_seg[1], None, "", ""])
                b0 = tail_seg[1] - cut
                run = run[:s1]
            rep0 = run[:s0] + e.replacement + run[s1:]
            new.append([a0, b0, rep0, e.code, e.reason])
            segs[first : last + 1] = new + tail
    return [Edit(a, b, rep, code, reason) for a, b, rep, code, reason in segs if rep is not None and rep != line[a:b]]


def _repairs(line: str, straighten_quotes: bool, soft_hyphens: bool) -> tuple[Edit, ...]:
    """The repairs of one line as one set of edits on the line itself (:func:`line_edits`, :func:`compose`)."""
    steps = line_edits(line, straighten_quotes=straighten_quotes, soft_hyphens=soft_hyphens)
    return tuple(compose(line, steps)) if steps else ()


def compose(line: str, steps: list[list[Edit]]) -> list[Edit]:
    """Successive steps' edits as one set of non-overlapping edits on ``line`` itself.

    An edit that touches text an earlier edit produced (a control character
    removed from inside a mojibake run, say) is merged with it into one edit
    over the original span, so every recorded edit names text of the source.

    >>> [(e.start, e.end, e.replacement, e.code) for e in compose("À\x1b\x86", line_edits("À\x1b\x86"))]
    [(0, 3, 'ˠ', 'encoding.mojibake')]
    """
    if len(steps) == 1:  # one step's edits are already on the line itself (the usual case)
        return sorted(steps[0], key=lambda e: e.start)
    # segments: [orig_start, orig_end, replacement or None (unchanged), code, reason];
    # each step is merged into them in one left-to-right pass (linear time).
    segs: list[list] = [[0, len(line), None, "", ""]]
    final = line
    try:
        for edits in steps:
            segs = _compose_step(line, segs, sorted(edits, key=lambda e: e.start))
            final = _apply(final, edits)
    except IndexError:
        return _compose_slow(line, steps)
    result = [Edit(a, b, rep, code, reason) for a, b, rep, code, reason in segs if rep is not None and rep != line[a:b]]
    if _apply(line, result) != final:  # never seen; the reference composition is the safety net
        return _compose_slow(line, steps)
    return result


def fix_line(line: str, *, straighten_quotes: bool = False) -> str:
    """One line (no line breaks) with every repair applied."""
    for edits in line_edits(line, straighten_quotes=straighten_quotes):
        line = _apply(line, edits)
    return line


def fix_encoding(text: str, *, straighten_quotes: bool = False, spaces: bool = True) -> str:
    """Repair mojibake, HTML entities, invisible and control characters in ``text``.

    Line breaks of any convention (CRLF, CR, U+2028 ...) become ``\\n`` (NEL, which in web
    text is Windows-1252 "…" read as Latin-1, is repaired as such);
    with ``spaces`` (the default) no-break and other odd spaces become plain
    spaces, as the pipeline's white-space cleaner does.  Text with nothing to
    repair is returned unchanged (an equal string).

    >>> fix_encoding("Ã©tÃ© Ã\\xa0 Paris&nbsp;\\u200b")
    'été à Paris '
    >>> fix_encoding("“Don’t” — it’s fine", straighten_quotes=True)
    '"Don\\'t" — it\\'s fine'
    >>> s = "Ελληνικά, русский, 日本語 — ok"
    >>> fix_encoding(s) == s
    True
    """
    def once(line: str) -> str:
        line = fix_line(line, straighten_quotes=straighten_quotes)
        return ODD_SPACE_RE.sub(" ", line) if spaces else line

    out = []
    for line in _LINE_BREAKS.split(text):
        fixed = once(line)
        # A plain space can complete mojibake ("à¢\t" -> "à¢ ", UTF-8 for "ࢠ" with its
        # no-break space lost): repair again until nothing changes, as the pipeline settles.
        for _ in range(_SETTLE_PASSES):
            if fixed == line:
                break
            line, fixed = fixed, once(fixed)
        out.append(fixed)
    return "\n".join(out)


_SETTLE_PASSES = 3


@dataclass(frozen=True)
class EncodingCleaner(BaseCleaner):
    """Repair mojibake, HTML entities, invisible and control characters, recording each edit.

    Odd spaces are left to the ``whitespace`` cleaner that follows in the
    default pipeline, unless ``spaces=True``.

    >>> doc = EncodingCleaner().apply(Document.from_text("It&#8217;s cafÃ© time"))
    >>> doc.text()
    'It’s café time'
    >>> [(f.code, f.before, f.after, f.offset) for f in doc.fixes]
    [('encoding.entity', '&#8217;', '’', 2), ('encoding.mojibake', 'Ã©', 'é', 14)]
    """

    name = "encoding"
    description = "mojibake, HTML entities, invisible and control characters repaired"
    line_local = True
    straighten_quotes: bool = False
    spaces: bool = False
    soft_hyphens: bool = True  # remove soft hyphens (U+00AD); False keeps them, as ftfy does

    def apply(self, doc: Document) -> Document:
        ch = doc.changes(self.name)
        # A line's repairs are remembered with the document's line features: a settle pass
        # reruns this cleaner on the same lines.
        feats = doc.features()
        if self.straighten_quotes or self.spaces:
            blocks = doc.live()
        else:  # only a line with a _suspect() character can need a repair
            blocks = live_blocks(doc, blocks_with(doc, pattern=_suspect()))
        for b in blocks:
            repairs = feats.derived(_repairs, b.text, self.straighten_quotes, self.soft_hyphens)
            if repairs:
                ch.edit(b.index, list(repairs))
            if self.spaces:
                text = ch.block(b.index).text
                ch.edit(b.index, [Edit(m.start(), m.end(), " ", "encoding.space", "odd space") for m in ODD_SPACE_RE.finditer(text)])
        return ch.commit()
