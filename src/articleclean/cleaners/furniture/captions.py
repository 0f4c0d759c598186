"""Captions: an image's caption beside its credit, its alt text, and its copies.

The shapes (:func:`_caption_pair`, :func:`_copy_of_caption`, :func:`_caption_twice`, a credit that is its
own picture's) and the passes that read them: :func:`remove_captions`, once the hits and their neighbours
have gone (the caption over its photo credit, a caption and its alt text, a caption printed twice), and
:func:`remove_caption_copies`, last (a caption line beside its credited copy).
"""

from __future__ import annotations

import itertools

from ... import lazyre as re
from ...concepts import SENTENCE_BREAK, has_agency
from ...text import dedupe_key
from .page import Page
from .shapes import _PROSE_WORDS, _QUOTED, _SENTENCE_END, _SMALL_WORDS, _WORD, _sections

# A list item or an ingredient: a quantity or a bullet first ("1 onion, finely chopped", "• Salt").
_LIST_ITEM = re.compile(r"[\d•·*–-]")
_LABELLED = re.compile(r"[\w ]{1,20}:\s")
_MIN_CAPTION_WORDS = 3  # words: a caption names something in at least this many; a shorter line by a credit is a label or a heading's word
_MIN_COPY_CHARS = 8  # characters: a shorter line matches the start or end of a credited caption by chance ("The", "Photo")
_MIN_PAIR_WORDS = 3  # distinct words: each line of a caption and its alt text names at least this many (the share of words shared says little under it)
_MAX_GLUED_LABEL_WORDS = 3  # words: an icon's or a label's words glued before a caption ("Camera Icon") are this few; more are the caption's own
_MIN_ALT_COPY_WORDS = 6  # words: an alt text repeating a caption is this long; a shorter line may begin like the caption by chance

# What a caption has not: a web address, a separator of menus and stamps.
_NOT_PROSE = re.compile(r"www\.|https?:|\.(?:com|org|net|co\.uk)\b|\s\|\s|\|")


def _caption_pair(a: str, b: str, na: int, nb: int, most: int) -> bool:
    """Two lines that say the same in other words, as an image's caption and alt text do:
    the same words but for a few (case, a preposition, a hyphen), neither a question, an
    exclamation or a quotation (a chant or a repeated question is the article's)."""
    if not (_MIN_CAPTION_WORDS <= na <= most and _MIN_CAPTION_WORDS <= nb <= most) or abs(na - nb) > max(2, (na + nb) // 8):
        return False
    if _QUOTED.search(a) or _QUOTED.search(b) or a.rstrip()[-1:] in "!?" or b.rstrip()[-1:] in "!?":
        return False
    if dedupe_key(a.rstrip(".")) == dedupe_key(b.rstrip(".")):
        return False  # a line repeated as it is (a headline, a paragraph) comes out once: the duplicates cleaner's
    if _LIST_ITEM.match(a) or _LIST_ITEM.match(b) or _LABELLED.match(a) or _LABELLED.match(b):
        return False  # "Count 1: ..." / "Count 2: ...", "Best for: ...": items of a list
    if _NOT_PROSE.search(a) or _NOT_PROSE.search(b):
        return False  # a web address, a menu or a stamp's separator: a credit or furniture, not a caption
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    if not (len(wa) >= _MIN_PAIR_WORDS and len(wb) >= _MIN_PAIR_WORDS and len(wa & wb) >= 0.75 * len(wa | wb)):
        return False
    # a caption and its alt text differ in small words ("at" / "in") or in case, not in what they name
    # ("London" / "Edinburgh", "flour" / "sugar", "1" / "2")
    return all(w in _SMALL_WORDS for w in wa ^ wb)


def _caption_part(full: str) -> str:
    """A credited caption's words before its credit: up to its last sentence break ("... Coffey. Credit: X")."""
    cuts = [m.start() for m in SENTENCE_BREAK.finditer(full)]
    return full[: cuts[-1]].rstrip() if cuts else full


def _glued_copy(text: str, full: str) -> bool:
    """``text`` is the whole caption of ``full`` after an icon's or a label's words glued before it
    ("Camera IconAlbany fans at the ground. Credit: Jane Doe" beside "Albany fans at the ground."):
    the caption ends with the line, and at most three words with no sentence end come before it, the
    last of them glued to the line's first word with no space.  Words a space or a colon parts from it
    are the caption's own ("Above: The new bridge opened on Saturday. Picture: X", "St Mary's pupils
    celebrate ..."): the article's line beside it ("The new bridge opened on Saturday.") stays."""
    caption, key = dedupe_key(_caption_part(full)), dedupe_key(text)
    if len(key) < _MIN_COPY_CHARS or not caption.endswith(key) or caption == key:
        return False
    before = caption[: -len(key)]
    if len(before.split()) > _MAX_GLUED_LABEL_WORDS or _SENTENCE_END.search(before.rstrip()) or _QUOTED.search(text):
        return False
    raw, line = _caption_part(full).rstrip().rstrip("."), text.strip().rstrip(".")
    return raw.endswith(line) and len(raw) > len(line) and raw[-len(line) - 1].isalpha()


def _copy_of_caption(text: str, full: str, n: int, most: int) -> bool:
    """``text`` is the caption of ``full`` (a caption with its credit) again, as an image's alt text
    prints it: cut off mid-sentence where the alt text ends ("... at their third protest and won't"),
    or the same words but for a few small ones, case or a hyphen ("... the Hawkesbury river ... at
    Windsor, north west of Sydney." beside "... the Hawkesbury River ... in Windsor, north-west of
    Sydney. Source: AAP").  A paragraph that the caption repeats word for word is not taken (the
    article's own sentence may be the caption), nor a line ending like a sentence that only begins the
    caption (the caption may go on from the article's sentence).  In other words, only a line that ends
    no sentence: one that ends its sentence is the article's, whatever its caption says (a short lead
    under a short headline, "A lorry overturned on the A1 ..." beside "The lorry overturned on the A1 ...
    Photo: X"; local papers' captions repeat the lead with a small word changed)."""
    if not _MIN_ALT_COPY_WORDS <= n <= most or _QUOTED.search(text) or _LIST_ITEM.match(text) or _LABELLED.match(text):
        return False
    caption = _caption_part(full)
    words, caption_words = _WORD.findall(dedupe_key(text)), _WORD.findall(dedupe_key(caption))
    if len(words) < len(caption_words) and caption_words[: len(words)] == words:
        return not _SENTENCE_END.search(text.rstrip())  # cut off, where a sentence does not end
    if _SENTENCE_END.search(text.rstrip()):
        return False
    return _caption_pair(text, caption, n, len(caption.split()), most)


# A credit for another picture or for all of them ("Main image: Getty", "All photos: Jane Doe", "Photos:
# AP"), or a wire's copyright under its story ("© Reuters"): no sign that the line above it is a caption.
_OTHER_CREDIT = re.compile(
    r"\(?\s*(?:(?:main|top|header|cover|featured|lead|hero|all|file)\s+(?:image|photo|picture|pic)s?\b|(?:image|photo|picture|pic)s\b)"
    r"|(?:©|\(c\)|copyright\b)[^/]*$",
    re.IGNORECASE,
)

# A picture's word in a credit ("Image credit:", "Photo:", "AAP Images"): a credit with only "Credit:" may be a chart's.
_PICTURE_WORD = re.compile(r"\b(?:photo(?:graph)?s?|images?|pictures?|pics?)\b", re.IGNORECASE)


def _picture_credit(text: str) -> bool:
    """A credit that names a picture or a picture desk: a picture's word, or an agency after a slash.

    >>> _picture_credit("(Image credit: NASA)"), _picture_credit("Jane Doe/Getty"), _picture_credit("Credit: Sheffield City Council")
    (True, True, False)
    """
    return _PICTURE_WORD.search(text) is not None or ("/" in text and has_agency(text.rpartition("/")[2]))


def _own_credit(text: str) -> bool:
    """A photo credit that is its own picture's, under its caption: not a set's, another picture's or a copyright.

    >>> _own_credit("(Image credit: NASA)"), _own_credit("© Jane Doe / Alamy"), _own_credit("Main image credit: Getty")
    (True, True, False)
    >>> _own_credit("All photos: UAE Presidential Court"), _own_credit("Photos: Jane Doe"), _own_credit("© Reuters")
    (False, False, False)
    """
    return _OTHER_CREDIT.match(text.strip()) is None


_MIN_TWICE_WORDS = 2  # words: a caption printed twice names something in two words at least (one word twice is a menu's or a refrain's)


def _caption_twice(text: str, n: int, most: int) -> bool:
    """A line that, printed twice running, is an image's caption: 2 to ``most`` words that name
    something (a capitalised word after the first: "Preston Crown Court"), no quotation, question or
    exclamation, no list item, no phrase said twice in it (a chant, a refrain, "We are the river,
    we are the rain", and a repeated question are the article's)."""
    t = text.strip()
    words = _WORD.findall(t)
    pairs = list(itertools.pairwise(words))
    return (
        _MIN_TWICE_WORDS <= n <= most
        and any(w[0].isupper() and w != "I" for w in words[1:])
        and len({(a.lower(), b.lower()) for a, b in pairs}) == len(pairs)
        and not _QUOTED.search(t)
        and t[-1:] not in "!?"
        and not _LIST_ITEM.match(t)
        and not _LABELLED.match(t)
        and not _NOT_PROSE.search(t)
    )


def remove_captions(page: Page, max_caption_words: int) -> None:
    """Take the captions over their credits, a caption and its alt text, and a caption printed twice."""
    doc, ch, live, removed = page.doc, page.ch, page.live, page.removed
    top_zone, titled, counts = page.top_zone, page.titled, page.counts
    # the caption line an image leaves right above its credit, in the same paragraph ("X" / "Photo: Y")
    for pos, code in removed.items():
        if code == "credit.photo" and pos > 0 and pos - 1 not in removed and not (pos - 1 in top_zone and pos - 1 <= titled):
            # (the headline over a credit is the page's, whatever the credit's paragraph)
            above = live[pos - 1]
            t = above.text
            n = doc.word_count(t)
            if (
                above.para == live[pos].para
                and _MIN_CAPTION_WORDS <= n <= max_caption_words
                and not _QUOTED.search(t)
                and not _LIST_ITEM.match(t)
                and not (n >= _PROSE_WORDS and t.rstrip().endswith("."))  # a paragraph above a data or picture credit
            ):
                ch.remove([above.index], code="caption.beside", reason="caption right above its photo credit")
    # ... and a caption over a credit that an earlier cleaner took ("(Image credit: NASA)", "Jane
    # Doe/Getty Images"), or a caption whose credit is the rest of its paragraph: a paragraph of two
    # lines, the caption and its photo credit, is an image's caption block, even when the caption is
    # a sentence (a scrape that lost its blank lines has paragraphs of many lines)
    at = {b.index: pos for pos, b in enumerate(live)}
    blocks = doc.blocks
    credits = [(at[i - 1], i) for i in (b.index for b in blocks if b.removed == "credit.photo") if i - 1 in at]
    credits += [(pos - 1, live[pos].index) for pos, code in removed.items() if code == "credit.photo" and live[pos].index - 1 in at]
    for pos, credit in credits:
        if pos in removed or (pos in top_zone and pos <= titled):
            continue  # the headline over a credit is the page's, whatever the credit's paragraph
        above = live[pos]
        if above.index != credit - 1 or above.para != blocks[credit].para or not _own_credit(blocks[credit].text):
            continue
        t = above.text
        n = doc.word_count(t)
        block = (above.index == 0 or blocks[above.index - 1].para != above.para) and (
            credit + 1 == len(blocks) or blocks[credit + 1].para != above.para
        )
        if (
            _MIN_CAPTION_WORDS <= n <= max_caption_words
            and not _QUOTED.search(t)
            and not _LIST_ITEM.match(t)
            # a sentence over a credit in its paragraph may be the article's, over a data credit ("Credit:
            # Sheffield City Council"): it goes only in a caption block whose credit is a picture's
            and (not (n >= _PROSE_WORDS and t.rstrip().endswith(".")) or (block and _picture_credit(blocks[credit].text)))
        ):
            ch.remove([above.index], code="caption.beside", reason="caption right above its photo credit")
            removed[pos] = "caption.beside"
    # an image's caption and its alt text, one after the other below the page's top
    for pos in range(len(live) - 1):
        if pos in removed or pos + 1 in removed or (pos in top_zone and pos <= titled):
            continue  # at the top, a line and its echo are the headline and the page title
        a, a_next = live[pos].text, live[pos + 1].text
        # (both lines 3 to max_caption_words words, as _caption_pair asks first: most pairs stop here)
        if _MIN_CAPTION_WORDS <= counts[pos] <= max_caption_words and _MIN_CAPTION_WORDS <= counts[pos + 1] <= max_caption_words and _caption_pair(
            a, a_next, counts[pos], counts[pos + 1], max_caption_words
        ):
            ch.remove([live[pos].index, live[pos + 1].index], code="caption.pair", reason="an image's caption and its alt text, one after the other")
            removed[pos] = removed[pos + 1] = "caption.pair"
    # an image's caption printed twice, alt text and caption, in one paragraph below the top ("X" / "X")
    for pos in range(len(live) - 1):
        if pos in removed or pos + 1 in removed or (pos in top_zone and pos <= titled) or live[pos].para != live[pos + 1].para:
            continue
        a = live[pos].text
        alone = (pos == 0 or live[pos - 1].para != live[pos].para) and (pos + 2 >= len(live) or live[pos + 2].para != live[pos].para)
        if (
            alone
            and dedupe_key(a) == dedupe_key(live[pos + 1].text)
            and _caption_twice(a, doc.word_count(a), max_caption_words)
            and doc.phrase_key(a) not in _sections()  # "Contact Us" twice is a menu's
        ):
            # the second copy only: a chant or a refrain printed twice loses its repetition, never its words
            ch.remove([live[pos + 1].index], code="caption.copy", reason="an image's caption printed twice in one paragraph: the second copy")
            removed[pos + 1] = "caption.copy"


def remove_caption_copies(page: Page, max_caption_copy_words: int, max_caption_words: int) -> None:
    """Take the caption lines an image leaves beside its credited copy."""
    doc, ch, live, removed = page.doc, page.ch, page.live, page.removed
    # the caption line an image leaves beside its credited copy ("X" next to "X. Photo: Y")
    for pos, code in removed.items():
        if not code.startswith("caption.credit"):
            continue
        full = live[pos].text
        for other in (pos - 1, pos + 1):
            if 0 <= other < len(live) and other not in removed:
                t = live[other].text
                if len(t) >= _MIN_COPY_CHARS and (full.startswith(t.rstrip(".")) or _glued_copy(t, full)) and doc.word_count(t) < max_caption_copy_words:
                    ch.remove([live[other].index], code="caption.copy", reason="caption repeated beside its credited copy")
                elif _copy_of_caption(t, full, doc.word_count(t), max_caption_words):
                    ch.remove([live[other].index], code="caption.copy", reason="caption's alt text beside its credited copy (cut off or in other words)")
