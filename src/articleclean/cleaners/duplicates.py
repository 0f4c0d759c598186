"""A paragraph that appears twice is kept once (the first time); so is the title printed twice at the top,
and a standfirst made of the article's own opening goes.

Two lines are the same when they differ only in quote style, spacing or case.
Only an *accidental* repeat is removed: exactly two copies, each a paragraph
of one line or a line of prose (15 words or more, ending like a sentence: a
scrape that lost its blank lines), close to each other (``max_distance``
lines apart).  Structural repetition is article content and is kept: a
refrain or chant (a paragraph of several short lines, repeated or not), a question (the same one put to several
interviewees), a line that comes back three times or more, the attribution
line of an embedded post or a letter ("— Jane Doe (@janedoe) March 3, 2024":
two posts by one author on one day have the same), or an item of two
parallel lists (a line that does not end like a sentence, next to a line that
repeats the line next to its first copy: two products' feature lists, two
days of a meal plan).

>>> from articleclean.document import Document
>>> text = "Councils take it ‘very seriously’, she said.\\n\\nCouncils take it 'very  seriously', she said."
>>> DuplicateCleaner().apply(Document.from_text(text)).text()
'Councils take it ‘very seriously’, she said.'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import compress, islice
from operator import attrgetter

from .. import lazyre as re
from ..base import BaseCleaner
from ..concepts import SENTENCE_BREAK
from ..document import Block, Document
from ..features import TextFeatures
from ..scan import folded_text, live_blocks, live_positions, scan_memo
from ..text import WORD_RE, dedupe_key, ends_sentence, is_truncated

__all__ = ["DuplicateCleaner"]

_COPIES = 2  # copies: an accidental repeat is a line on the page exactly twice; one that comes back more often is a refrain or a list's item
_PROSE_ABOVE_ECHO = 2  # lines of prose: the title and its copy sit above the article's second (its first may be a standfirst between them)
_MIN_ECHO_WORDS = 2  # words: a title printed twice has at least two (one word twice is a label's or a menu's)
_LABELLED_PARA = 2  # lines: a heading under one label (the outlet's name, a section) in a paragraph of its own; a longer paragraph is a list or a stanza
_MIN_SUMMARY_SENTENCES = 2  # sentences: a standfirst made of the article's lines has two or more (a line of one sentence is the lead itself)
_QUOTE_MARKS = 2  # characters: the opening and the closing quotation mark; a line in quotes has more than these between its ends


@dataclass(frozen=True)
class DuplicateCleaner(BaseCleaner):
    """Keep the first of two nearby copies of a paragraph of at least ``min_words`` words."""

    name = "duplicates"
    description = "accidentally repeated paragraphs kept once"
    min_words: int = 5
    max_distance: int = 8
    #: a line of this many words or more that ends like a sentence is a paragraph of its own, even among
    #: other lines with no blank line between them (a scrape that lost its blank lines, a standfirst
    #: printed twice in a row): a refrain or a chant is shorter
    min_prose_words: int = 15
    #: the page's lead is its first line of this many words or more
    min_lead_words: int = 12
    #: two copies of a line next to each other in one paragraph are a standfirst printed twice when this long
    #: (or two sentences); a chorus line sung twice is shorter
    min_long_copy_words: int = 25
    #: a paragraph of this many lines is a scrape that lost its blank lines (a verse is shorter)
    min_flat_lines: int = 6
    #: the page's title printed twice at the top has at most this many words (a headline; a line of
    #: prose is a paragraph's copy)
    max_echo_words: int = 25
    #: an excerpt of the article's opening printed above it has at least this many words and characters
    #: (a shorter line that starts a paragraph is a heading or a kicker)
    min_excerpt_words: int = 8
    min_excerpt_chars: int = 40
    #: a standfirst that neither ends like a sentence nor is cut off has at least this many words (a
    #: headline is shorter)
    min_summary_words: int = 15

    def apply(self, doc: Document) -> Document:
        feats = doc.features()
        all_live = doc.live()
        para_size = Counter(map(_PARA, all_live))
        # Only a paragraph of one line, and not a question, counts: a repeated
        # multi-line paragraph is a chant or a refrain, and the same question
        # put to two interviewees is the article's structure.
        maybe = _maybe_repeated(doc)
        def prose(b: Block) -> bool:
            return feats.words(b.text) >= self.min_prose_words and ends_sentence(b.text)

        live = [
            b
            for b in (all_live if maybe is None else live_blocks(doc, maybe))
            if (para_size[b.para] == 1 or prose(b)) and feats.words(b.text) >= self.min_words and not b.text.rstrip().endswith("?")
        ]
        keys = [dedupe_key(b.text) for b in live]
        counts = Counter(keys)
        seen: dict[str, int] = {}
        ch = doc.changes(self.name)
        lead = next((i for i, x in enumerate(all_live) if feats.words(x.text) >= self.min_lead_words), -1)
        position = {b.index: i for i, b in zip(live_positions(all_live, [b.index for b in live]), live)}
        gone: set[int] = set()  # live positions removed
        for b, key in zip(live, keys):
            first = seen.get(key)
            if first is None:
                seen[key] = b.index
                continue
            a = doc.blocks[first]
            pa, pb = position[a.index], position[b.index]
            if counts[key] == _COPIES and (a.para != b.para or prose(b)) and pb - pa <= self.max_distance:
                single = a.para != b.para and para_size[a.para] == 1 and para_size[b.para] == 1
                if single and any(p > 0 and all_live[p - 1].text.rstrip().endswith(":") for p in (pa, pb)):
                    continue  # a quotation the article introduces, quoted twice ("They sang:" / a refrain): harm review 14
                if not single and not self._accidental_in_paragraph(a, b, pa, pb, lead, para_size[a.para], all_live, feats):
                    continue
                if not ends_sentence(b.text) and _parallel(all_live, pa, pb):
                    continue  # the same item in two lists
                if _ATTRIBUTION.search(b.text):
                    continue  # each embedded post has its own attribution line
                ch.remove([b.index], code="duplicate.paragraph", reason=f"repeats line {a.line}")
                gone.add(pb)
                if a.para == b.para:
                    # the lines after it that repeat the lines after its first copy, in order, are the rest of
                    # the repeated passage (a standfirst of two lines printed again under the byline)
                    k = 1
                    while pa + k < pb and pb + k < len(all_live) and all_live[pb + k].para == b.para and (
                        dedupe_key(all_live[pa + k].text) == dedupe_key(all_live[pb + k].text)
                    ):
                        ch.remove([all_live[pb + k].index], code="duplicate.paragraph", reason=f"repeats line {all_live[pa + k].line}")
                        gone.add(pb + k)
                        k += 1
        for pos, first in self._headline_echoes(all_live, gone, feats, maybe).items():
            ch.remove([all_live[pos].index], code="duplicate.headline", reason=f"repeats the headline on line {all_live[first].line}")
            gone.add(pos)
        summary = self._summary_above(all_live, gone, feats)
        if summary is not None:
            pos, full = summary
            ch.remove([all_live[pos].index], code="duplicate.summary", reason=f"a standfirst made of the article's lines below it (to line {all_live[full].line})")
        return ch.commit()

    def _headline_echoes(
        self, live: list[Block], gone: set[int], feats: TextFeatures, maybe: frozenset[int] | None = None
    ) -> dict[int, int]:
        """The page's title printed twice above the article (the page's title and its heading, or the heading
        over the picture): a line of ``2`` to ``max_echo_words`` words that does not end like a sentence,
        alone in its paragraph or under one label (a list's item is neither; a verse's refrain ends a
        longer stanza), its copy within ``max_distance`` lines in another paragraph, placed so too or
        heading a fact box (a review's: not a stanza, which a poem's title may begin), both above the
        article's second paragraph of prose (a standfirst may sit between).

        The first copy is the page's title: the first heading, with only shorter lines (labels: a section,
        the outlet's name) above it; an entry's title in a live blog, a list's verdict or a comparison's
        subheading sit under the page's longer title.  Between the copies there are only shorter lines (a
        byline, a label) and prose (a standfirst): a refrain's copies have the verse's lines between them.
        And the line is on the page twice, no more (a refrain comes back).  {copy's position: first's}.

        ``maybe``: :func:`_maybe_repeated` of the document (``None``: any block may repeat another).
        A block outside it shares its key with no other: it is on the page once."""
        prose_seen = 0
        para_size = Counter(map(_PARA, live))
        # the keys of the lines short enough to be a title (a long line's key is never computed), of the
        # lines that may repeat: another line's key is on the page once, and is neither in ``copies`` twice
        # nor in ``seen`` (whose keys are in ``copies`` twice)
        short = {
            pos: dedupe_key(b.text)
            for pos, b in enumerate(live)
            if (maybe is None or b.index in maybe) and _at_most_words(b.text, self.max_echo_words)
        }
        copies = Counter(short.values())
        seen: dict[str, int] = {}
        out: dict[int, int] = {}
        longest = 0  # the most words of a line above
        for pos, b in enumerate(live):
            n = feats.words(b.text)
            if n >= self.min_lead_words and ends_sentence(b.text):
                prose_seen += 1
                if prose_seen >= _PROSE_ABOVE_ECHO:
                    break
                longest = max(longest, n)
                continue
            if pos in gone or not _MIN_ECHO_WORDS <= n <= self.max_echo_words or ends_sentence(b.text):
                longest = max(longest, n)
                continue
            key = short[pos] if pos in short else dedupe_key(b.text)  # (counted alike: it is in short)
            first = seen.get(key)
            starts = pos == 0 or live[pos - 1].para != b.para
            ends = pos + 1 == len(live) or live[pos + 1].para != b.para
            if first is None:
                # a heading alone, or under a label (the outlet's name, a section): a list's item is neither;
                # the page's first heading (nothing as long above it), on the page twice
                if (para_size[b.para] == 1 or (para_size[b.para] == _LABELLED_PARA and ends)) and n > longest and copies[key] == _COPIES:
                    seen[key] = pos
                longest = max(longest, n)
                continue
            # alone, under a label, or over a fact box ("Country of Origin: UK"): not over a stanza it begins (a
            # poem titled by its first line)
            heads = para_size[b.para] == 1 or (para_size[b.para] == _LABELLED_PARA and ends) or (
                starts and not ends and _FACT_LINE.match(live[pos + 1].text) is not None
            )
            if (
                live[first].para != b.para
                and heads
                and pos - first <= self.max_distance
                and not _parallel(live, first, pos)
                and all(self._between_echoes(feats.words(live[k].text), n) for k in range(first + 1, pos) if k not in gone)
            ):
                out[pos] = first
            longest = max(longest, n)
        return out

    def _between_echoes(self, words: int, n: int) -> bool:
        """Can a line of ``words`` words stand between a title of ``n`` words and its copy?  A shorter line (a
        byline, the outlet's name, a date) or a paragraph's worth of words (a standfirst): not a line as long
        as a title that is none (a verse's line between its refrain's copies)."""
        return words < n or words >= self.min_lead_words

    def _summary_above(self, live: list[Block], gone: set[int], feats: TextFeatures) -> tuple[int, int] | None:
        """A standfirst or teaser above the article that is made of the article's own opening: every
        sentence of the line (a teaser's cut-off last one too) is in the lines below it, within
        ``max_distance`` lines.  It has ``min_excerpt_words`` words or more, and ``min_summary_words`` when
        it is neither cut off nor ends like a sentence (a headline is shorter); it sits above the article's
        first paragraph of prose, or is it (a chant or a list's item after the lead whose words a later line
        repeats is the article's), and within the page's first ``2 * max_distance`` lines.  A pull quote
        repeats a sentence lower down, and is kept; so is a line the top of the page prints three times or
        more (a refrain, a list's item).  (its position, the position of the last line it repeats) or ``None``."""
        keys: dict[int, str] = {}  # the lines' keys, each computed once
        for pos, b in enumerate(live[: 2 * self.max_distance]):
            n = feats.words(b.text)
            sentence = n >= self.min_lead_words and ends_sentence(b.text)
            parts = [dedupe_key(_strip_end(x)) for x in SENTENCE_BREAK.split(b.text)] if n >= self.min_excerpt_words else []
            if (
                pos not in gone
                and parts
                and sum(map(len, parts)) >= self.min_excerpt_chars
                # cut off, two sentences or more (one is the lead itself), or a long line without a full stop
                and (is_truncated(b.text) or (sentence and _sentences(b.text) >= _MIN_SUMMARY_SENTENCES) or (not sentence and n >= self.min_summary_words))
            ):
                window = ""
                quoted = _in_quotes(b.text)
                for k in range(pos + 1, min(len(live), pos + 1 + self.max_distance)):
                    if k in gone or (_in_quotes(live[k].text) and not quoted):
                        continue  # a pull quote is no line of the article's running text
                    if k not in keys:
                        keys[k] = dedupe_key(live[k].text)
                    window = f"{window} {keys[k]}"
                    if all(p in window for p in parts if p):
                        if self._repeated(live, gone, pos, keys):
                            break
                        return pos, k
            if sentence:
                return None  # the lead: a standfirst is above it (or is it)
        return None

    def _repeated(self, live: list[Block], gone: set[int], pos: int, keys: dict[int, str]) -> bool:
        """Is the line at ``pos`` printed twice more in the page's first ``3 * max_distance`` lines (every line
        a standfirst and the lines it repeats can reach)?  ``keys`` caches the lines' keys."""
        if pos not in keys:
            keys[pos] = dedupe_key(live[pos].text)
        copies = 0
        for k in range(min(len(live), 3 * self.max_distance)):
            if k == pos or k in gone:
                continue
            if k not in keys:
                keys[k] = dedupe_key(live[k].text)
            copies += keys[k] == keys[pos]
        return copies + 1 > _COPIES  # (with the line itself: more copies than an accident makes)

    def _accidental_in_paragraph(
        self, a: Block, b: Block, pa: int, pb: int, lead: int, size: int, live: list[Block], feats: TextFeatures
    ) -> bool:
        """A long line printed twice among lines of its paragraph, by accident rather than as a refrain: both
        copies in one paragraph, and either next to each other and long (a standfirst printed twice: two
        sentences, or ``min_long_copy_words`` words), or in a paragraph of ``min_flat_lines`` lines or more (a
        scrape that lost its blank lines) next to each other or with the first copy the page's lead.  A verse,
        a chorus, a speech's refrain or two letters that open alike are shorter paragraphs or shorter lines;
        a speaker's turn and a quotation after a line ending in a colon are never taken."""
        if a.para != b.para:
            return False
        if _SPEAKER.match(b.text) or (pa > 0 and live[pa - 1].text.rstrip().endswith(":")):
            return False
        flat = size >= self.min_flat_lines
        run = pb - pa
        if run > 1 and pb + run <= len(live) and all(
            dedupe_key(live[pa + k].text) == dedupe_key(live[pb + k].text) for k in range(run)
        ) and sum(feats.words(live[pa + k].text) for k in range(run)) >= self.min_long_copy_words:
            return True  # a passage of lines printed twice in a row (a standfirst above the byline and under it)
        if pb - pa == 1:
            long = feats.words(b.text) >= self.min_long_copy_words or SENTENCE_BREAK.search(b.text) is not None
            return long or flat
        return flat and pa == lead


def _parallel(live: list[Block], first: int, second: int) -> bool:
    r"""Do the copies at live positions ``first`` < ``second`` have a repeated neighbour on the same side?

    >>> from articleclean.document import Document
    >>> lines = "Tap to skip a track\n\nCharges in the case\n\nOther model\n\nTap to skip a track\n\nCharges in the case"
    >>> _parallel(Document.from_text(lines).live(), 0, 3)
    True
    """
    for step in (-1, 1):
        i, j = first + step, second + step
        if (
            0 <= i < len(live) and 0 <= j < len(live) and i != second and j != first
            and dedupe_key(live[i].text) == dedupe_key(live[j].text)
        ):
            return True
    return False


_PARA = attrgetter("para")
# The last word before a sentence break that is an abbreviation's, not a sentence's end: a capital and
# at most two small letters ("Dr.", "St.", "Mrs."), or letters with full stops inside ("U.S.", "p.m.").
_ABBREVIATION = re.compile(r"\W*(?:[A-Z][a-z]{0,2}|\w(?:\.\w)+)\.")
_OPEN_QUOTES = "\"'“‘«„"
_CLOSE_QUOTES = "\"'”’»“"
_FIRST_CHAR = re.compile(r"\s*(\S)")
# A fact box's line: a short label, a colon, its value ("Country of Origin: UK", "Year of Release: 2016").
_FACT_LINE = re.compile(r"\s*[^\s:][^:]{0,40}:(?:\s|$)")


def _at_most_words(text: str, limit: int) -> bool:
    """Has ``text`` ``limit`` words or fewer?  (Reads no further than the word after the limit.)"""
    return sum(1 for _ in islice(WORD_RE.finditer(text), limit + 1)) <= limit


def _sentences(text: str) -> int:
    """How many sentences the line has: a full stop after an abbreviation ("Dr. Jane Smith of St. Mary's")
    ends none.  (The word before a break is read from a few characters before it: an abbreviation is short.)

    >>> _sentences("Dr. Jane Smith of St. Mary's said so."), _sentences("It rained. By noon the river rose.")
    (1, 2)
    """
    count = 1
    for m in SENTENCE_BREAK.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()].split()
        if not before or not _ABBREVIATION.fullmatch(before[-1]):
            count += 1
    return count


def _in_quotes(text: str) -> bool:
    """Is the whole line in quotation marks (a pull quote, a quoted post), not a line that opens with a quote?

    >>> _in_quotes("“It rained all night.”"), _in_quotes("“It rained,” she said."), _in_quotes("Rain.")
    (True, False, False)
    """
    first = _FIRST_CHAR.match(text)
    if first is None or first.group(1) not in _OPEN_QUOTES:
        return False  # most lines: read no further
    start, end = first.start(1), len(text)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end - start > _QUOTE_MARKS and text[end - 1] in _CLOSE_QUOTES and all(text.find(q, start + 1, end - 1) < 0 for q in "”\"")


def _strip_end(text: str) -> str:
    """``text`` without its trailing ellipsis, punctuation and space (a teaser's "... error. The sex offender...").

    Stripped with ``str.rstrip``, not a regex ending in ``$``: that would try every run of spaces in a
    long line (quadratic; tests/test_linear.py's ``byline_space`` caught it)."""
    while True:
        stripped = text.rstrip().rstrip(".,;:…")
        if stripped == text:
            return text
        text = stripped


# A speaker's turn: "MINISTER: ...", "Jane Doe: ...".
_SPEAKER = re.compile(r"[A-Z][\w .'-]{0,25}:\s")
# The attribution line of an embedded post or a quoted letter: a dash first, or a handle in brackets.
_ATTRIBUTION = re.compile(r"^\s*[—–―-]\s*\S|\(@\w{1,30}\)")
# every byte but "\n", ASCII digits and lower-case letters
_NOT_ALNUM = bytes(c for c in range(256) if c not in b"\n0123456789abcdefghijklmnopqrstuvwxyz")


def _maybe_repeated(doc: Document) -> frozenset[int] | None:
    """Indices of the blocks that may share their :func:`dedupe_key` with
    another block (``None``: any block may).

    Equal keys have equal letters and digits (ASCII, lower case, in order):
    the key only changes quotes, white space and case, and no character but
    the :data:`~articleclean.scan.UNFOLDABLE` ones case-folds to an ASCII
    letter or digit.  So a line whose ASCII letters and digits no other line
    has cannot repeat another.  These projections are cut from the folded
    text in one pass (of the key, for a line with an UNFOLDABLE character).
    """
    folded = folded_text(doc)
    if folded is None:
        return None
    scan, hay, unfoldable = folded
    memo = scan_memo(doc, scan)
    key = "duplicates.maybe_repeated"
    hit = memo.get(key)
    if hit is not None:
        return hit
    proj = hay.translate(None, _NOT_ALNUM).split(b"\n")[1:-1]  # one per block
    for i in unfoldable:
        proj[i] = dedupe_key(scan.texts[i]).encode("ascii", "replace").translate(None, _NOT_ALNUM)
    seen = Counter(proj)
    repeated = {p for p, n in seen.items() if n > 1}
    result = frozenset(compress(range(len(proj)), map(repeated.__contains__, proj)))
    memo[key] = result
    return result
