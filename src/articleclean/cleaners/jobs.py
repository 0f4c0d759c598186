"""Recruiter and job listings: whole listing blocks, their heading and widget labels.

A listing is anchored by lines no article prose looks like: a *salary line*
(a currency amount or range, optionally with a grade and a pay note, and
nothing else) and a *recruiter line* ("Recruiter: …", also misspelt, or
"Employer: …", "Closing date: …").  A block needs a recruiter line: salary
ranges alone are a pay table, which is article content.  Around each salary line the listing item
takes the short title / employer lines before it and the teaser / location
lines up to its recruiter line after it.  At least two anchors must be found
before anything is removed.

>>> from articleclean.document import Document
>>> text = '''Body text of the article ends here.
...
... Planning jobs
...
... Senior Planner
...
... Leeds City Council
... £38,000 - £42,000
... Join our planning team Leeds
... Recruter: Leeds City Council
... '''
>>> JobsCleaner().apply(Document.from_text(text)).text()
'Body text of the article ends here.\\n'
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lazyre as re
from ..base import BaseCleaner
from ..document import Block, Document
from ..features import TextFeatures
from ..text import ends_sentence, similar_word, word_count

__all__ = ["JobsCleaner", "is_recruiter_line", "is_salary_line"]

_AMOUNT = r"(?:[£$€¥₹]|(?:GBP|USD|EUR|AUD|CAD|NZD|CHF|INR)\s?)\d{1,3}(?:[,.\s]\d{3})*(?:\.\d+)?\s?[kKmM]?"
_RANGE = rf"{_AMOUNT}(?:\s*(?:-|–|—|to)\s*{_AMOUNT})?"
_GRADE = r"(?:(?:grade|band|scale|level|spinal point|sp|nhs band|pay band)\s*[\w.]{1,6}\s*[:,\-–]?\s*)"
_PAY_NOTE = (
    r"(?:\s*(?:,|\+|plus)?\s*(?:per annum|per year|a year|pa|p\.a\.|per hour|an hour|ph|per day|a day|"
    r"pro rata|fte|plus benefits|\+ benefits|benefits|inc\.? (?:london )?weighting|depending on experience|doe|ote))"
)
_SALARY_LINE = re.compile(
    rf"^(?:salary:?\s*)?{_GRADE}?(?:up to |from |circa |c\. ?|starting at )?{_RANGE}{_PAY_NOTE}{{0,3}}\s*(?:\([^()]{{0,60}}\))?\.?$",
    re.IGNORECASE,
)
_AMOUNT_RE = re.compile(_AMOUNT)
_GRADE_OR_NOTE = re.compile(rf"^(?:salary:?\s*)?{_GRADE}|{_PAY_NOTE}", re.IGNORECASE)
_LABELLED = re.compile(r"^([A-Za-z]{5,12})(?: (?i:date))?\s*:\s*\S")  # "Employer: ...", "Closing date: ..."
_OTHER_LABELS = frozenset({"employer", "advertiser", "company", "location", "salary", "closing", "contract", "hours"})
_MAX_SALARY_CHARS = 160  # characters: a salary line is a figure with its grade and notes; a longer line is prose (tested before the pattern)
_RANGE_AMOUNTS = 2  # amounts: a pay range names two; one bare amount is a price, unless a grade or a pay note goes with it
_MAX_FIELD_WORDS = 12  # words: a listing's field ("Recruiter: Leeds City Council"); a longer line opening with a label is a sentence
_MAX_LISTING_SENTENCE_WORDS = 12  # words: a listing's title or teaser ending like a sentence is this short; a longer sentence is the article's
_MAX_HEADING_WORDS = 5  # words: a heading introducing listings ("Planning jobs"); a longer line naming jobs is the article's
_MAX_TAIL_LABELS, _MAX_LABEL_WORDS = 3, 3  # lines and words: the widget's labels trailing the listings to the page's end ("View all jobs")
_HEADING = re.compile(
    r"\b(?:jobs?|vacanc(?:y|ies)|careers?|job listings?|recruitment|opportunities|positions|roles)\b",
    re.IGNORECASE,
)




def is_salary_line(text: str) -> bool:
    """A line that is a pay figure or range and nothing else.

    >>> is_salary_line("Grade 13 £45,718 - £49,764 (Pay Award Pending)")
    True
    >>> is_salary_line("$90k - $120k per annum + benefits")
    True
    >>> is_salary_line("The role pays £45,718 a year, the council said.")
    False
    >>> is_salary_line("$699.99"), is_salary_line("£32,000 per annum")
    (False, True)
    """
    if len(text) > _MAX_SALARY_CHARS:
        return False
    m = _SALARY_LINE.match(text)
    # A bare single amount ("$699.99") is a price, not a salary: a salary line
    # is a range, or carries a grade or a pay note.
    return bool(m) and (len(_AMOUNT_RE.findall(text)) >= _RANGE_AMOUNTS or bool(_GRADE_OR_NOTE.search(text)))


def is_recruiter_line(text: str) -> bool:
    """A "Recruiter: …" line, tolerating misspellings, or a similar listing field.

    >>> is_recruiter_line("Recuriter: Durham County Council"), is_recruiter_line("Reporter: Jo Bloggs")
    (True, False)
    """
    m = _LABELLED.match(text)
    if not m or word_count(text) > _MAX_FIELD_WORDS:
        return False
    label = m.group(1).lower()
    return label in _OTHER_LABELS or similar_word(label, "recruiter", 2)


def _short(b: Block, feats: TextFeatures, max_words: int = 20) -> bool:
    n = feats.words(b.text)
    return n <= max_words and not (n > _MAX_LISTING_SENTENCE_WORDS and ends_sentence(b.text))


@dataclass(frozen=True)
class JobsCleaner(BaseCleaner):
    """Remove recruiter / job-listing blocks, the heading above them and widget labels after."""

    name = "jobs"
    description = "recruiter and job-listing blocks"
    min_anchors: int = 2
    title_lines: int = 3
    teaser_lines: int = 3
    max_gap_lines: int = 4

    def apply(self, doc: Document) -> Document:
        live = doc.live()
        feats = doc.features()
        # every live line is read: a prefilter searching the whole text first (a second spelling of these
        # patterns' starts) saved under 0.5% of a run here (benchmarks/README.md, "Prefilters")
        maybe = range(len(live))
        salary = [i for i in maybe if is_salary_line(live[i].text)]
        recruiter = [i for i in maybe if is_recruiter_line(live[i].text)]
        if not salary or len(salary) + len(recruiter) < self.min_anchors:
            return doc
        recruiter_set = set(recruiter)
        items: list[tuple[int, int]] = []
        for p in salary:
            start = p
            for q in range(p - 1, max(-1, p - 1 - self.title_lines), -1):
                if q in recruiter_set or (items and q <= items[-1][1]) or not _short(live[q], feats):
                    break
                if live[q].text.rstrip().endswith(":"):
                    break  # the article's line that quotes the advert ("The advert ... reads:"), no listing's title
                if _HEADING.search(live[q].text) and feats.words(live[q].text) <= _MAX_HEADING_WORDS and q < p - 1:
                    break
                start = q
            end = p
            for q in range(p + 1, min(len(live), p + 1 + self.teaser_lines)):
                if q in recruiter_set:
                    end = q
                    break
                if is_salary_line(live[q].text) or not _short(live[q], feats, 40):
                    break
            items.append((start, end))
        if len(items) == 1 and items[0][1] == salary[0] and len(salary) + len(recruiter) < self.min_anchors:
            return doc
        # Merge items separated by small gaps of short lines into listing regions.
        regions: list[list[int]] = [[items[0][0], items[0][1]]]
        for s, e in items[1:]:
            gap = range(regions[-1][1] + 1, s)
            if len(gap) <= self.max_gap_lines and all(_short(live[g], feats, 60) for g in gap):
                regions[-1][1] = e
            else:
                regions.append([s, e])
        ch = doc.changes(self.name)
        for s, e in regions:
            anchors = sum(1 for i in range(s, e + 1) if i in recruiter_set or is_salary_line(live[i].text))
            # Pay ranges alone are a table (a council's pay disclosure, say):
            # a listing also names its recruiter or employer.
            if anchors < self.min_anchors or not any(i in recruiter_set for i in range(s, e + 1)):
                continue
            ch.remove(
                [live[i].index for i in range(s, e + 1)],
                code="jobs.listing",
                reason=f"job listing block: {anchors} salary/recruiter lines with titles and teasers",
            )
            if s > 0 and _HEADING.search(live[s - 1].text) and feats.words(live[s - 1].text) <= _MAX_HEADING_WORDS:
                ch.remove([live[s - 1].index], code="jobs.heading", reason="heading introducing job listings")
            # Short widget labels trailing the listings up to the end of the text.
            tail = live[e + 1 :]
            if tail and len(tail) <= _MAX_TAIL_LABELS and all(feats.words(b.text) <= _MAX_LABEL_WORDS and not ends_sentence(b.text) for b in tail):
                ch.remove([b.index for b in tail], code="label.stray", reason="widget label after job listings")
        return ch.commit()
