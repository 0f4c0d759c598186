"""The furniture shape table, :data:`SHAPES`, in its order (the parts are written in
:mod:`.shapes_prompts`, :mod:`.shapes_credits` and :mod:`.shapes_footers`), and the concepts whose
whole-line phrase lists give a code (:data:`PHRASE_CONCEPTS`).
"""

from __future__ import annotations

from .parts import Shape
from .shapes_credits import CREDITS
from .shapes_footers import FOOTERS
from .shapes_prompts import PROMPTS

SHAPES: tuple[Shape, ...] = PROMPTS + CREDITS + FOOTERS

# Concepts whose phrase lists are matched against whole lines, and the code each gives.
PHRASE_CONCEPTS: tuple[tuple[str, str], ...] = (
    ("ads", "ad.marker"),
    ("comments", "comments.furniture"),
    ("share", "share.prompt"),
    ("login", "paywall.prompt"),
    ("paywall", "paywall.prompt"),
    ("badges", "paywall.badge"),
    ("newsletter", "signup.prompt"),
    ("donation", "donation.appeal"),
    ("skip_links", "navigation.skip"),
    ("consent", "consent.banner"),
    ("notices", "notice.unavailable"),
)
