"""Names and outlets: a person's name, a label's words, agencies and wires, desks' and
outlets' words, picture desks and slash credits, and bylines.
"""

from __future__ import annotations

import functools

from .. import lazyre as re
from ..lexicon import entries, normalise_phrase, phrases
from .parts import _NAMES, _WIRE_SIGNOFF, _WIRES, VOCABULARY_LANGUAGES
from .stamps import _MONTHS, _is_stamp

# "Source:" before an agency's name ("Source: GNA").
_SOURCE_LABEL = re.compile(r"^\s*(?i:source|sources|agency)\s*:\s*")


def _agency_line(line: str) -> bool:
    """A line that is a news agency's name, maybe with a date stamp: 'PA Media', 'The Canadian Press, 14 Jan, 2019 09:48 PM'."""
    head, _, rest = line.partition(",")
    if ":" in head:  # (the label ends in its colon: most lines have none, and no search)
        head = _SOURCE_LABEL.sub("", head, count=1)  # "Source: GNA"
    names = _agency_names()
    if head.strip() not in names:
        return False
    return not rest.strip() or _is_stamp(normalise_phrase(rest), True)


# A word of a name as an agency list spells it (has_agency).
_AGENCY_TOKEN = re.compile(r"[A-Za-z][A-Za-z\-]*")


@functools.cache
def _agencies() -> tuple[frozenset[str], frozenset[str]]:
    """(names matched only in capitals, names matched in any case, lower-cased)."""
    names = entries("agencies")
    caps = frozenset(n for n in names if n.upper() == n)
    anycase = frozenset(n.lower() for n in names if n.upper() != n)
    return caps, anycase


def has_agency(text: str) -> bool:
    """True when ``text`` names a photo or news agency from ``data/agencies.txt``.

    Names written in capitals there (EPA, AP) must be in capitals here.

    >>> has_agency("Stefan Rousseau/PA Wire"), has_agency("the Office for National Statistics")
    (True, False)
    >>> has_agency("Home Secretary in the Commons ( EPA )"), has_agency("Patientenakte (ePA)")
    (True, False)
    """
    caps, anycase = _agencies()
    toks = _AGENCY_TOKEN.findall(text)
    for i, tok in enumerate(toks):
        pair = f"{tok} {toks[i + 1]}" if i + 1 < len(toks) else ""
        if tok in caps or pair in caps or tok.lower() in anycase or pair.lower() in anycase:
            return True
    return False


def is_agency(name: str) -> bool:
    """``name`` is, whole, an agency's name from ``data/agencies.txt`` (capitals as written there)."""
    caps, anycase = _agencies()
    return name in caps or name.lower() in anycase


@functools.cache
def _agency_names() -> frozenset[str]:
    return frozenset(entries("agencies"))


def _named_outlet(person: str, outlet: str) -> bool:
    """A person's name and an outlet's: a given name first (not a slogan's, a place's or a body's: "Vote
    Leave", "Victoria Park", "Preston Crown Court"), the outlet capitalised words ending in an outlet's word
    ("National Post", "The Texas Tribune"; not "Mayor", "President", "Leeds United", nor a role or a title:
    "Labour Leader", "Newspaper Editor", "Rising Star", "Evening Standard", see outlets.txt)."""
    words = outlet.split()
    first, _, rest = person.partition(" ")
    return (
        # a hyphenated given name counts by its first part ("May-Ying", "Jean-Pierre")
        (is_person_name(person) or is_person_name(f"{first.split('-')[0]} {rest}"))
        and is_label_words(outlet)
        and words[-1].lower() in outlet_words()
        and not (len(words) == 1 and words[0].lower() in ("news", "press", "staff"))
        and words[0].lower() not in ("former", "ex", "retired", "late")  # a role: "Former Herald Editor"
    )
_LABEL_PARTICLES = frozenset("of and the in on for at & - – |".split())


def is_label_words(text: str) -> bool:
    """A section's or an outlet's name: capitalised words, figures and particles only
    ("Column - State of Inequality", "The Advertiser"), not a clause ("The ruling came on")."""
    words = text.replace("(", " ").replace(")", " ").split()
    return (
        bool(words)
        and words[-1].lower() not in _LABEL_PARTICLES  # "Born in Dublin on": a name ends in a noun
        and all(w[0].isupper() or w[0].isdigit() or w.lower() in _LABEL_PARTICLES for w in words)
    )


# A person's name as a byline prints it alone: two to four capitalised words ("Andrew Phelan",
# "Mary-Jane O'Neill", "Ahmed bin Zayed", "J. R. Smith"), nothing else on the line.
_PERSON = re.compile(
    r"(?:[A-Z]\.\s?){0,2}[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
    r"(?:\s(?:(?:de|van|von|der|bin|al|da|di|du|le|la|del|dos|ap)\s)?(?:[A-Z]\.|(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)){1,3}"
)
_MAX_NAME_CHARS = 60  # characters: a line that is a person's name alone is short; a longer one is not matched against _PERSON
@functools.cache
def _not_name_words() -> frozenset[str]:
    """Words that make two capitalised words a heading's or a place's, not a person's
    (``data/names/not_name_words.txt``: "Key Points", "Preston Crown Court")."""
    return phrases("names/not_name_words")


def is_person_name(text: str) -> bool:
    """A line that is only a person's name, as a byline prints it without "By".

    >>> is_person_name("Andrew Phelan"), is_person_name("Mary O'Neill"), is_person_name("Key Points")
    (True, True, False)
    >>> is_person_name("Fact Check"), is_person_name("Staff Reports"), is_person_name("Preston Crown Court")
    (False, False, False)
    >>> is_person_name("Jones"), is_person_name("Police say"), is_person_name("NEW YORK")
    (False, False, False)
    """
    t = text.strip()
    if len(t) > _MAX_NAME_CHARS or _PERSON.fullmatch(t) is None:
        return False
    words = [w.strip(".").lower() for w in t.split()]
    given = next((w for w in words if len(w) > 1), "")  # the first name after any initials
    return given in phrases("names/given") and _not_name_words().isdisjoint(words)


def is_name_shaped(text: str) -> bool:
    """A line shaped as a person's name (two to four capitalised words, no word that names no one),
    whether or not its first name is a known given name: with other evidence only (an outlet's name
    under it).

    >>> is_name_shaped("Kaya Burgess"), is_name_shaped("Key Points"), is_name_shaped("Preston Crown Court")
    (True, False, False)
    """
    t = text.strip()
    if len(t) > _MAX_NAME_CHARS or _PERSON.fullmatch(t) is None:
        return False
    return _not_name_words().isdisjoint(w.strip(".").lower() for w in t.split())


_PARTICLES = frozenset("of for via and de van von der la le da di du del dos y e at on in".split())
_MAX_CREDIT_WORDS = 10  # words: a credit's names and desks ("Jane Doe/Collins Photos"); a longer line is a sentence


@functools.cache
def desk_words() -> frozenset[str]:
    """Every language's desk and outlet words ("reporter", "herald", "staff"): a German page's
    "Redaktion" under a name is a desk too."""
    return frozenset().union(*(phrases(f"boilerplate/{lang}/desks") for lang in VOCABULARY_LANGUAGES))


def outlet_words() -> frozenset[str]:
    """Every language's words an outlet's name ends in ("herald", "tribune", "zeitung"): the outlet half of
    the desks, no role ("editor", "leader", "star")."""
    return frozenset().union(*(phrases(f"boilerplate/{lang}/outlets") for lang in VOCABULARY_LANGUAGES))


def _picture_desk(text: str) -> bool:
    """A credit's picture desk: an agency, or a picture desk's last word ("Getty Images", "AAPIMAGE",
    "Pool", "Handout"), by the vocabulary's picture desks.  An outlet's name is not enough: "Sony
    Pictures", "Royal Mail", "Sun Records" after a slash are a film's, a firm's and a label's.

    >>> _picture_desk("Getty Images"), _picture_desk("DAN HIMBRECHTS/AAPIMAGE"), _picture_desk("Serena Williams")
    (True, True, False)
    >>> _picture_desk("National Post"), _picture_desk("Warner Bros Pictures"), _picture_desk("Amazon.com")
    (False, False, False)
    """
    parts = [p.strip() for p in re.split(r"\s?/\s?", text.strip()) if p.strip()]
    if not parts:
        return False
    last = parts[-1].split()[-1].strip(".,;:()'’\"").lower()
    agencies = _agency_names()
    return last in _picture_desks() or any(p in agencies for p in parts)


@functools.cache
def _picture_desks() -> frozenset[str]:
    """Every language's picture desks' words ("images", "bilder", "fotos")."""
    return frozenset().union(*(phrases(f"boilerplate/{lang}/picture_desks") for lang in VOCABULARY_LANGUAGES))


def _slash_credit(left: str, right: str) -> bool:
    """A photographer and a desk either side of a slash: one side a person's name (or an agency), the
    other a desk ("Darren Calabrese/National Post", "AAP / DAN HIMBRECHTS/AAPIMAGE"); two people
    ("Venus Williams/Serena Williams", a doubles pair) are a table's."""
    def person(x: str) -> bool:
        x = x.strip()
        return is_person_name(x.title() if x.isupper() else x) or x in _agency_names()

    # (the desk side is no person: "Megan Rapinoe/Christen Press" is two players)
    return (
        _nameish(left)
        and _nameish(right)
        and ((person(left) and _picture_desk(right) and not is_person_name(right)) or (person(right) and _picture_desk(left) and not is_person_name(left)))
    )


def _wire_name(text: str, *, agency: bool) -> bool:
    """A byline's name that is a wire's: news agencies (``agency``: "AAP", "The Associated Press") or
    people's names in capitals ("SOPHIE BATES").

    >>> _wire_name("AAP", agency=True), _wire_name("The Associated Press", agency=True), _wire_name("SOPHIE BATES", agency=False)
    (True, True, True)
    >>> _wire_name("Nick Wright", agency=False), _wire_name("THE WAY", agency=False), _wire_name("ROYAL APPOINTMENT", agency=False)
    (False, False, False)
    """
    parts = [p.strip() for p in _NAME_JOINER.split(text.strip())]
    if agency:
        return all(p.removeprefix("The ") in _WIRES for p in parts)
    return all(
        p.isupper() and is_person_name(p.title()) and function_words().isdisjoint(p.lower().split()) for p in parts
    )


# A wire desk's initials after the wire's name, as the wire's copy ends ("PTI NIT NIT VN VN"), glued after the
# last sentence of a paragraph (a scrape that lost the line break).  Not a line of its own: "AAP MLA HELD" is an
# Indian paper's headline (the Aam Aadmi Party).
_DESK_INITIALS = rf"(?:{'|'.join(sorted((w for w in _WIRES if ' ' not in w), key=len, reverse=True))})(?:\s[A-Z]{{2,4}}){{1,8}}"
WIRE_DESK_TAIL = re.compile(rf"(?<=[.!?\"”’)])\s+(?P<desk>{_DESK_INITIALS}|{_WIRE_SIGNOFF})\s*$")

# between two names of a byline: "JANE DOE and JOHN ROE", "AP & AAP"
_NAME_JOINER = re.compile(r"\s(?:and|AND|&)\s")


def _nameish(text: str) -> bool:
    """A credit's words: names and desks ("Jane Doe/Collins Photos", "NZ Police", "Google"), not a sentence.

    >>> _nameish("Stephen Collins/Collins Photos"), _nameish("debts of £2bn and rising"), _nameish("the Bank")
    (True, False, False)
    """
    if any(c in text for c in "?£$€"):
        return False
    words = [w.strip("().,;:'’\"-–") for w in re.split(r"[\s/,|]+", text.strip())]
    words = [w for w in words if w]
    if not words or len(words) > _MAX_CREDIT_WORDS:
        return False
    capital = False
    for w in words:
        if w[0].isupper() or w[0].isdigit() or w[0] == "@":
            capital = True
        elif w.lower() not in _PARTICLES and not w.lower().endswith(".com"):
            return False
        if w.lower() in ("video", "audio", "videos"):
            return False
    return capital


# A byline's opening and the names after it, up to its stamp: "By  Solomon Odeniyi", "By Jane Doe | 3 May".
_BYLINE_OPENING = re.compile(rf"(?i:by|story by|written by|words by|posted by)\s*:?\s+(?P<name>{_NAMES})")


def byline_name(line: str) -> str | None:
    """The names a byline line opens with ("By  Solomon Odeniyi" -> "Solomon Odeniyi"), or ``None``.

    >>> byline_name("By Jane Doe | 3 May 2024"), byline_name("By then, the council had voted")
    ('Jane Doe', None)
    """
    m = _BYLINE_OPENING.match(line.strip())
    return None if m is None else m.group("name").strip()


@functools.cache
def function_words() -> frozenset[str]:
    """Words that, after "By", make a line no byline (``data/names/not_byline_words.txt``: English
    function words and the nouns of "by" idioms: "By contrast", "By the way", "By popular demand")."""
    return phrases("names/not_byline_words")


# How a role's noun ends when the desk vocabulary does not name it: an agent noun ("convenor", "reporter",
# "columnist", "correspondent", "consultant").
_ROLE_ENDS = ("or", "er", "ist", "ent", "ant")
#: an "-er" word shorter than this is as often a thing or a time as an agent ("power", "summer", "winter",
#: "water"); the short roles ("writer", "editor") are the desk vocabulary's
_MIN_ER_ROLE_LETTERS = 8


def agent_noun(word: str) -> bool:
    """A role's noun by its ending: "convenor", "columnist", "correspondent", "broadcaster"; an "-er"
    word only from ``_MIN_ER_ROLE_LETTERS`` letters ("By sheer power X", "By summer X" name no role)."""
    if word.endswith("er"):
        return len(word) >= _MIN_ER_ROLE_LETTERS
    return word.endswith(_ROLE_ENDS)


def _plausible_byline(line: str) -> bool:
    """A byline's name is names, not words: 'By Nick Wright', not 'By Contrast' or 'By The Way'."""
    words = re.findall(r"[A-Za-z][\w'’.-]*", line)
    rest = words[1:]
    if rest and rest[0].lower() in ("story", "written", "words", "reporting", "report", "posted"):
        rest = rest[1:]
    if rest and rest[0].lower() == "by":
        rest = rest[1:]
    if not rest:
        return False
    if len(rest) == 1 and not rest[0].isupper():
        return False  # "By Friday": one capitalised word is not a name (an agency is in capitals)
    return function_words().isdisjoint(w.lower() for w in rest[:2]) and not any(w.lower() in _MONTHS for w in rest[:2])
