"""The built-in cleaners, one module per family."""

from .boilerplate import BoilerplateCleaner
from .captions import CaptionCleaner
from .duplicates import DuplicateCleaner
from .furniture import FurnitureCleaner
from .jobs import JobsCleaner
from .labels import LabelCleaner
from .metadata import MetadataCleaner
from .newsletter import NewsletterCleaner
from .promo import PromoCleaner
from .related import RelatedCleaner
from .whitespace import WhitespaceCleaner

__all__ = [
    "BoilerplateCleaner",
    "CaptionCleaner",
    "DuplicateCleaner",
    "FurnitureCleaner",
    "JobsCleaner",
    "LabelCleaner",
    "MetadataCleaner",
    "NewsletterCleaner",
    "PromoCleaner",
    "RelatedCleaner",
    "WhitespaceCleaner",
]
