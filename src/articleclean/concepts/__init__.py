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

from .appeals import appeal_box_line, outlet_box

# The concepts live in named modules: the shape table (parts, shapes, shapes_prompts, shapes_credits,
# shapes_footers), the engine that matches it (engine), and the checks it uses (stamps, appeals, names,
# comments, buttons).  The names other modules and the tests import are re-exported here.
from .buttons import section_names as section_names
from .engine import Hit, furniture_hit, line_furniture, stripped_hit
from .engine import _first_match as _first_match
from .engine import _kind as _kind
from .engine import _open_gates as _open_gates
from .names import (
    WIRE_DESK_TAIL,
    agent_noun,
)
from .names import (
    byline_name as byline_name,
)
from .names import (
    desk_words as desk_words,
)
from .names import (
    has_agency as has_agency,
)
from .names import (
    is_agency as is_agency,
)
from .names import (
    is_label_words as is_label_words,
)
from .names import (
    is_name_shaped as is_name_shaped,
)
from .names import (
    is_person_name as is_person_name,
)
from .parts import (
    AD_SPACE_OFFER as AD_SPACE_OFFER,
)
from .parts import (
    NAME_AND_OUTLET as NAME_AND_OUTLET,
)
from .parts import (
    REPORTED as REPORTED,
)
from .parts import (
    SENTENCE_BREAK,
    VOCABULARY_LANGUAGES,
    Shape,
)
from .parts import (
    WIRE_CAPTION_KIND as WIRE_CAPTION_KIND,
)
from .parts import (
    WIRE_NOTE as WIRE_NOTE,
)
from .shapes import SHAPES
from .stamps import LEADING_STAMP

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
    "stripped_hit",
]
