"""Image captions, photo credits and headlines echoed as image alt text.

A credit with no label goes when it is a photographer's name and agencies
between slashes, ending with an agency ("Sanjeev Verma/Hindustan Times/Getty
Images").  Gallery leftovers go too: a counter ("Image 1 of 5") and a credit alone in
brackets ("(Image credit: NASA)").  The caption between them stays: in a
photo essay the captions are the story, and a gallery's last slide may have
none, so that the line after its counter is the article's.

>>> from articleclean.document import Document
>>> text = '''Storm hits coast
...
... Storm hits coast image
... © Jane Doe / Alamy Stock Photo
...
... view image in gallery Waves break over the harbour wall ( Reuters )
...
... The storm hit the coast on Friday.'''
>>> CaptionCleaner().apply(Document.from_text(text)).text()
'Storm hits coast\\n\\nThe storm hit the coast on Friday.'
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lazyre as re
from ..base import BaseCleaner
from ..concepts import REPORTED, has_agency, is_agency
from ..concepts.parts import bracket_sign_off
from ..document import Document
from ..features import TextFeatures
from ..scan import blocks_with, line_ends, live_blocks
from ..text import is_all_caps, may_contain, word_count

__all__ = ["CaptionCleaner"]

# -- the words the rules are written in ----------------------------------------------------------------
# _GALLERY, _COUNTER and _ALT_WORD are built from these, and so is the whole-text search that finds the
# lines worth trying (_STARTS, _ENDS; issue 13.2).  _CREDIT_START still spells its own forms ("photograph
# by", "credits:"): the search reads only their openings, _COPYRIGHT, _PICTURE and _CREDIT.
_PICTURE = ("image", "photo", "picture")
_GALLERY_VERBS = ("open", "view", "expand", "enlarge")  # a gallery widget's label ("Open gallery")
_SHOW_VERBS = ("show", "see")  # only over a picture in a gallery ("See photos in gallery")
_COUNTED = (*_PICTURE, "slide")  # a gallery's counter ("Slide 2 of 9")
_ALT = (*_PICTURE, "thumbnail")  # the word an image's alt text carries at its start or end
_ALT_LEADS = (*_ALT, "main image")
_COPYRIGHT = ("(c)", "copyright")  # and "©", which the folded search cannot see (not ASCII)
_CREDIT = ("credit",)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, dict.fromkeys(words)))


# "open image in gallery …", "view image in fullscreen …", "Open gallery …" — a
# widget label, not the sentence "Show photo ID at the polling station".
_GALLERY = re.compile(
    rf"^(?:{_alternation(_GALLERY_VERBS + _SHOW_VERBS)})\s+(?:{_alternation(_PICTURE)})s?\s+in\s+(?:gallery|full\s?screen|slideshow)\b"
    rf"|^(?:{_alternation(_GALLERY_VERBS)})\s+(?:the\s+)?(?:gallery|slideshow)\b",
    re.IGNORECASE,
)
# A credit alone in brackets: "(Image credit: NASA)", "(Photo: Jane Doe)", "(Photo by Jane Doe)".
_BRACKET_CREDIT = re.compile(
    r"^\(\s*(?:(?:image|photo|picture|photograph)s?\s+)?credits?\s*:[^()]{1,80}\)$"
    r"|^\(\s*(?:image|photo|picture|photograph)s?\s*(?:by\b|:)[^()]{1,80}\)$",
    re.IGNORECASE,
)
# A gallery's counter: "Image 1 of 5", "Photo 3/12", "Slide 2 of 9".
_COUNTER = re.compile(rf"^(?:{_alternation(_COUNTED)})\s+\d{{1,3}}\s*(?:of|/)\s*\d{{1,3}}$", re.IGNORECASE)
# Function words: a credit names people and agencies; a sentence has these.
_PROSE_WORDS = frozenset(
    "a an the is are was were be been has have had will would can could may might must shall should "
    "for from with about into over under after before while because and or but not this that these those "
    "it its they their we our you your he she his her".split()
)
# A caption ending in a parenthesised credit: "… on Monday ( EPA )", "… (Photo: Getty Images)".
_END_CREDIT = re.compile(r"\(\s*(?:(?:photo|picture|image|credit|photograph)s?\s*:\s*)?([^()]{1,60}?)\s*\)$", re.IGNORECASE)
_CREDIT_START = re.compile(
    r"^(?:©|\(c\)|copyright\b|photo(?:graph)?s?\s*(?:by|:)|pictures?\s*(?:by|:)|images?\s*(?:by|:)|(?:photo |image )?credits?\s*:)",
    re.IGNORECASE,
)
# The trailing alternative starts only where a run of white space starts, and
# takes the whole run at once (``(?=(\s+))\1`` is an atomic ``\s+``): a plain
# ``\s+[\-–]?\s*`` retries every split of a long run at every position (cubic).
_ALT_WORD = re.compile(
    rf"^(?:{_alternation(_ALT_LEADS)})\s*[:\-–]?\s+"
    rf"|(?<!\s)(?=(\s+))\1[\-–]?\s*(?:{_alternation(_ALT)})$",
    re.IGNORECASE,
)
# Every _ALT_WORD match contains one of these (case-insensitively): a cheap guard.
_ALT_LITERALS = _ALT
# A site's copyright notice, not a photo credit: "© 2025 Example Media Ltd. All rights reserved."
_NOTICE = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b|all rights reserved", re.IGNORECASE)
_MIN_DESCRIPTION_WORDS = 4  # words: a caption's part before its bracketed agency credit says what the picture shows in this many or more; a shorter part ("Watch (AP)", "Jane Doe (Reuters)") is a label or a byline
_MIN_ALT_ECHO_WORDS = 2  # words: a line repeated as alt text ("Main image: ...") keeps this many once its alt word is cut; one word repeats elsewhere by chance
_MIN_PHOTOGRAPHER_WORDS, _MAX_PHOTOGRAPHER_WORDS = 2, 3  # words: a photographer's full name before a credit's first slash ("Stefan Rousseau"); one word is a surname or a topic ("Biden/Sanders"), four or more a phrase, no name


def _is_description(text: str) -> bool:
    """The part of a caption before its credit: a few words, not a dateline ("ST. JOSEPH, Mich."), and
    nobody reported ("He said that those arrested ... would be prosecuted. (NAN)" is the article's last
    paragraph with the Nigerian wire's sign-off, test5)."""
    return word_count(text) >= _MIN_DESCRIPTION_WORDS and not is_all_caps(text.split(",")[0]) and REPORTED.search(text) is None


@dataclass(frozen=True)
class CaptionCleaner(BaseCleaner):
    """Remove gallery captions, photo credits and headline-echo alt text."""

    name = "captions"
    description = "image captions, photo credits and alt-text echoes"
    max_caption_words: int = 60
    max_credit_words: int = 14

    def apply(self, doc: Document) -> Document:
        texts: set[str] | None = None
        ch = doc.changes(self.name)
        feats = doc.features()
        # Each test below needs a certain start or end of the line: only the
        # lines a search of the whole text finds are tested.
        for b in live_blocks(doc, _candidates(doc)):
            t = b.text
            # word counts last: the patterns reject most lines at once
            if _GALLERY.match(t) and feats.words(t) <= self.max_caption_words:
                ch.remove([b.index], code="caption.gallery", reason="gallery caption ('open image in gallery …')")
            elif _COUNTER.match(t):
                ch.remove([b.index], code="caption.gallery", reason="gallery counter")
            elif _BRACKET_CREDIT.match(t):
                ch.remove([b.index], code="credit.photo", reason="photo credit in brackets")
            elif "/" in t and self._bare_credit(t, feats):
                ch.remove([b.index], code="credit.photo", reason="photo credit: names and an agency between slashes")
            elif (
                _CREDIT_START.match(t)
                and not _NOTICE.search(t)
                and feats.words(t) <= self.max_credit_words
                and ("/" in t or ".com" in t.lower() or has_agency(t) or t.startswith("©"))
                and sum(1 for w in t.split() if w in _PROSE_WORDS) <= 1
            ):
                ch.remove([b.index], code="credit.photo", reason="photo credit line")
            elif (
                not t.endswith(".")
                and ")" in t
                and (m := _END_CREDIT.search(t))
                and has_agency(m.group(1))
                and not bracket_sign_off(t)
                and _is_description(t[: m.start()])  # (a piece of the line: counted, not kept)
                and feats.words(t) <= self.max_caption_words
            ):
                ch.remove([b.index], code="caption.credit", reason=f"caption ending in agency credit ({m.group(1).strip()})")
            else:
                stem = _ALT_WORD.sub("", t) if may_contain(t, _ALT_LITERALS) else t
                if stem != t and texts is None:
                    texts = {x.text for x in doc.live()}
                if stem != t and stem in texts and feats.words(stem) >= _MIN_ALT_ECHO_WORDS:  # type: ignore[operator]
                    ch.remove([b.index], code="caption.alt", reason="another line repeated as image alt text")
        return ch.commit()

    def _bare_credit(self, text: str, feats: TextFeatures) -> bool:
        """A credit line with no label: a photographer (or an agency) and
        agencies between slashes, ending with an agency's name
        ("Sanjeev Verma/Hindustan Times/Getty Images", "Stefan Rousseau/PA
        Wire", "AFP/Getty Images").  Names paired in a subheading or a table
        ("Jacob Zuma/Cyril Ramaphosa", "Biden/Sanders/Bloomberg", "AP
        Biology/AP Chemistry", "Reuters/Ipsos") do not end with an agency or
        do not start with a person's full name."""
        t = text.strip()
        if feats.words(t) > self.max_credit_words or t.endswith((".", "!", "?", ":", ",")):
            return False
        parts = [p.strip() for p in t.split("/")]
        if not all(parts) or not is_agency(parts[-1]):
            return False
        first = parts[0].split()
        person = _MIN_PHOTOGRAPHER_WORDS <= len(first) <= _MAX_PHOTOGRAPHER_WORDS and all(w[0].isupper() and not w.isupper() for w in first)
        return person or is_agency(parts[0])


# Line starts of _GALLERY, _COUNTER, _CREDIT_START and _ALT_WORD lines (scan.blocks_with's ``folded``;
# white space is "?" there when not ASCII), built from the rules' words ...
_STARTS = re.compile(
    rb"\n(?:(?:%s)[^a-z0-9\n]|%s)"
    % (
        _alternation(_GALLERY_VERBS + _SHOW_VERBS).encode("ascii"),
        _alternation(_COPYRIGHT + _COUNTED + _CREDIT + _ALT_LEADS).encode("ascii"),
    )
)
# ... and the line ends of _END_CREDIT and _BRACKET_CREDIT (a bracket) and _ALT_WORD lines.
_ENDS = line_ends((")", *_ALT))


def _candidates(doc: Document) -> frozenset[int] | None:
    """Indices of the blocks that may be captions or credits (``None``: any block)."""
    return blocks_with(doc, folded=_STARTS, literals=["\n©", "/"], line_end=_ENDS)
