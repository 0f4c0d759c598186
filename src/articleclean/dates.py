"""Dates as news pages print them, and their ISO 8601 form.

>>> parse_date("16 June 2025"), parse_date("Feb. 3, 2026"), parse_date("2025-06-16")
('2025-06-16', '2026-02-03', '2025-06-16')
>>> parse_date("Tuesday 3 March 2026 14:05 GMT")
'2026-03-03T14:05'
>>> parse_date("32 June 2025") is None
True
"""

from __future__ import annotations

from datetime import date, datetime

from . import lazyre as re

__all__ = ["DATE_PATTERN", "DATE_RE", "parse_date"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|sday|nesday|rsday|urday)?\.?,?\s+)?"
_TIME = r"(?:,?\s*(?i:at\s+)?(?P<hh>\d{1,2})[:.](?P<mm>\d{2})\s*(?P<ampm>(?i:am|pm))?(?:\s*[A-Z]{2,4})?)?"
# One pattern, several shapes: "16 June 2025", "June 16, 2025", "2025-06-16", "16/06/2025".
DATE_PATTERN = (
    rf"{_WEEKDAY}(?:"
    rf"(?P<d1>\d{{1,2}})(?i:st|nd|rd|th)?\s+(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?i:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})"
    rf"|(?P<d4>\d{{1,2}})/(?P<m4>\d{{1,2}})/(?P<y4>\d{{4}})"
    rf"){_TIME}"
)
DATE_RE = re.compile(rf"^{DATE_PATTERN}$")


def _month(token: str) -> int:
    return _MONTHS[token.rstrip(".").lower()[:4 if token.lower().startswith("sept") else 3]]


def parse_date(text: str) -> str | None:
    """ISO 8601 for a line that is just a date (and optional time), else ``None``.

    Slash dates are read day first, as in British and most European usage.
    """
    m = DATE_RE.match(text.strip())
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["d1"]:
            d = date(int(g["y1"]), _month(g["m1"]), int(g["d1"]))
        elif g["d2"]:
            d = date(int(g["y2"]), _month(g["m2"]), int(g["d2"]))
        elif g["y3"]:
            d = date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        else:
            d = date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
        if g["hh"] is None:
            return d.isoformat()
        hh = int(g["hh"]) % 12 + (12 if (g["ampm"] or "").lower() == "pm" else 0) if g["ampm"] else int(g["hh"])
        return datetime(d.year, d.month, d.day, hh, int(g["mm"])).isoformat(timespec="minutes")
    except (ValueError, KeyError):
        return None
