"""Remove the whole lines of the named furniture families (see :mod:`articleclean.concepts`).

>>> from articleclean.document import Document
>>> text = "\\n\\n".join(["The council met on Monday to agree the budget for next year.",
...     "Advertisement Hide Ad", "Read more: Council tax to rise",
...     "The former town hall. Photo: Google", "It will take effect in April, the leader said.",
...     "Comments are closed."])
>>> print(FurnitureCleaner().apply(Document.from_text(text)).text())
The council met on Monday to agree the budget for next year.
<BLANKLINE>
It will take effect in April, the leader said.

The cleaner's parts, in the order its passes run (:meth:`FurnitureCleaner.apply`):

- :mod:`.cleaner`: the cleaner and its settings;
- :mod:`.page`: the page loop, each line's hit and the page's top, title and prose, read once;
- :mod:`.headline`: the page's top, the labels and the byline round the headline;
- :mod:`.context`: the context and neighbour checks, which hits go and what goes with them;
- :mod:`.captions`: an image's caption beside its credit, its alt text and its copies;
- :mod:`.closing`: the closing run, teaser cards, the author box, excerpts and contact lines;
- :mod:`.shapes` and :mod:`.glued`: the shapes of lines the rules share, and text glued onto a line.
"""

from __future__ import annotations

from .cleaner import FurnitureCleaner

# (the cheap searches' plain forms are tested against these: tests/test_speed_equivalence.py)
from .closing import _CUT_OFF as _CUT_OFF
from .closing import _SPOKEN as _SPOKEN
from .closing import _is_excerpt as _is_excerpt
from .glued import _GLUE as _GLUE
from .glued import _LINK_WORD as _LINK_WORD

__all__ = ["FurnitureCleaner"]
