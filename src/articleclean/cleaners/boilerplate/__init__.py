"""Find the article in plain text from any page: a generic, explainable block classifier.

Site-specific rules fit the pages they were written for; this cleaner uses only
features every page has, in two passes, as jusText does for HTML paragraphs:

1. **Context-free pass.**  Each live block gets its :class:`Features` computed
   once (length, words, stopword density in the document's language, sentence
   end, URL/handle density, capitalisation, digits, separators, and the best
   boilerplate-vocabulary match by concept, from the commented lists in
   ``data/boilerplate/<lang>/*.txt``, a row of buttons that phrases of inline
   concepts cover, a copyright notice's "©"/"copyright" with a year).  It is
   labelled ``good`` (prose), ``neargood`` (a shorter sentence), ``short`` (a
   line that says little on its own) or ``bad`` (page furniture, with a
   concept code).
2. **Context pass.**  The article is usually one main region.  Each label
   carries a score (prose positive, short lines and furniture negative) and the
   region is the run of blocks with the highest total (a maximum-sum segment,
   linear time).  Short lines *between* good paragraphs belong to the region
   and are kept; a menu before it and a footer after it are removed.

   Teaser cards of other stories ("headline / author / date / teaser",
   "section / headline / By NAME / teaser"), past the article and apart from
   it, score as short lines, so a run of them cannot be taken for the
   article (see ``_cards`` for what they must be).

   A reader-comments zone ("34 Comments", "5 комментариев", "Kommentar
   schreiben", "jdoe42 says:", "fan_1975 schrieb:") ends the region; a quote's
   lead-in ("He wrote:", "A spokesman said:") does not.

Do no harm: nothing is removed from a text with no prose paragraph; an edge
(before or after the region) is removed only when it looks like furniture
(furniture blocks, or a long run that is mostly one-to-three-word menu items),
so a headline over a clean article stays; then it goes whole, except list items
with figures or bullets right after the region and stretches that look like
the article more than the region does (a streak of table rows or list items as
long as the region, or several times its text, or a list that opens right under
the headline, the later line that repeats the page title; a ranked headline list under
a heading of page furniture, "Most read": 1, a headline, 2, a headline …, and
teaser cards weigh in a stretch only beside paragraphs of their own); inside the region only
whole-line furniture ("Advertisement", "Share this article", a row of share
buttons "Facebook Twitter WhatsApp") is removed.  The region is decided once
per page, on the whole page.

Lines an earlier cleaner removed (a caption, a promo block, a stray label) do
not vanish for this cleaner: both passes read the page as it came, every line
in its place, and only live lines are labelled.  So what ran before cannot move
the region: a removed line that parted the article from a teaser still parts
them, and one inside the article neither splits nor shrinks it.  Its decisions
on the live lines are those it makes with nothing removed (unless no live line
is prose, or the region's prose is all removed: then it removes nothing).

Every removal has a code (``boilerplate.navigation``, ``boilerplate.share``,
``boilerplate.outside``, ``boilerplate.short`` ...) and a reason naming the
evidence.

>>> from articleclean.document import Document
>>> page = "\\n".join(["Home", "News", "Sport", "Weather", "Share this article",
...     "The council approved the new budget on Monday after a long debate about the cost of the plan.",
...     "Advertisement",
...     "It will take effect in April, and the mayor said that residents would see the benefits soon.",
...     "Privacy Policy", "Terms of Use", "© 2024 Example Media. All rights reserved."])
>>> print(BoilerplateCleaner().apply(Document.from_text(page)).text(), end="")
The council approved the new budget on Monday after a long debate about the cost of the plan.
It will take effect in April, and the mayor said that residents would see the benefits soon.
"""

from __future__ import annotations

from ...document import Document  # noqa: F401  (the example above)
from ...language import STOPWORD_LANGUAGES, detect_language, stopwords
from .cleaner import BoilerplateCleaner
from .features import Decision, Features, features
from .vocabulary import CONCEPTS, Vocabulary, vocabulary

__all__ = [
    "CONCEPTS",
    "STOPWORD_LANGUAGES",
    "BoilerplateCleaner",
    "Decision",
    "Features",
    "Vocabulary",
    "detect_language",
    "features",
    "stopwords",
    "vocabulary",
]
