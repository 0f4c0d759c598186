"""The classifier's structural pass: what a page's markup says about each line (issue 16).

For a document read from HTML (:func:`articleclean.htmldoc.read_html`), the
classifier weighs the markup's evidence before the text cleaners run:

1. The article's *container*: the element with the most paragraph text,
   weighted by its link density and by what its ``class`` and ``id`` say
   (readability's scoring: each paragraph of 25 characters or more scores one,
   one per 100 characters up to three and, in place of readability's one per
   comma, one per 120 characters, for its parent and half for its grandparent);
   then up through wrappers to an ancestor that holds 1.25 times its prose, with
   the sibling elements that score near it.
   Paragraphs inside ``nav``, ``aside``, ``footer``, ``form`` and dialogs do
   not vote.  Lines outside the container are page furniture
   (``boilerplate.outside``).
2. Inside the container, a line whose elements below the container are
   ``nav``, ``aside``, ``footer``, ``form``, ``button``, ``label``, a dialog,
   a figure or its caption (by tag or by ARIA role), or whose ``class``/``id``/``role``/``aria-label``
   name a concept of furniture (``data/markup/``: newsletter, related, share,
   comments, consent, ads, promo, paywall, byline, captions …) goes with that
   concept's code; so does a short line that is mostly link text.  An element
   that holds half of the container's text or more is not furniture by its
   name (a ``class="post-with-share-bar"`` body).

Everything else is left to the text cleaners and the classifier's text rules,
which read the container's lines as they read a text.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...page import Evidence, Page

__all__ = ["HEADLINE", "container", "structural_fates"]

# Paragraph blocks that vote for their ancestors (readability's "p, td, pre", and text
# that sits right in a div, section or article).
_VOTERS = frozenset({"p", "pre", "td", "blockquote", "div", "section", "article", "main", "dd", "font", "span"})
# Where a paragraph is furniture whatever its length: it does not vote.
_NO_VOTE = frozenset({"nav", "aside", "footer", "form", "dialog"})
# readability's base score of a candidate by its tag
_TAG_SCORE = {
    "div": 5, "article": 8, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3, "body": 0,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}  # fmt: skip

# Elements below the container whose lines are furniture, with their code and what to say.
_STRUCTURAL = {
    "nav": ("boilerplate.navigation", "inside <nav>"),
    "aside": ("boilerplate.sidebar", "inside <aside>"),
    "footer": ("boilerplate.legal", "inside <footer>"),
    "form": ("boilerplate.form", "inside a <form>"),
    "button": ("boilerplate.button", "a <button>'s text"),
    "label": ("boilerplate.form", "a form field's <label>"),
    "dialog": ("boilerplate.dialog", "inside a dialog"),
    "figcaption": ("boilerplate.captions", "a figure's caption (<figcaption>)"),
    "figure": ("boilerplate.captions", "inside a <figure>"),
    "menu": ("boilerplate.navigation", "inside <menu>"),
}
_FIGURE_CONTENT = frozenset({"table", "blockquote", "ul", "ol", "pre"})
# link text share of a short line that makes it a link, not a sentence
_LINK_SHARE = 0.6
_LINK_LINE = 200
# the share of the container's text an element with a furniture name must hold less than
_NAMED_SHARE = 0.5
# readability's paragraph that votes: this many characters or more
_MIN_VOTE_CHARS = 25
# readability's sibling paragraph that joins the container: longer than this (characters), with less than
# this share 0-1 of link text (a shorter one joins only with no link)
_SIBLING_CHARS = 80
_SIBLING_LINKS = 0.25
# a line in the article's <header> of this many words or more ending a sentence is a standfirst, not the header's furniture
_SENTENCE_WORDS = 12


def _distinct(evidence: Sequence[Evidence]) -> list[Evidence]:
    """One record per block: a block's lines share their record."""
    out: list[Evidence] = []
    last = None
    for ev in evidence:
        if ev is not last:
            out.append(ev)
            last = ev
    return out


def _totals(page: Page, blocks: Sequence[Evidence]) -> tuple[list[int], list[int]]:
    """Characters of text, and of link text, under each element."""
    n = len(page.tags)
    chars, links = [0] * n, [0] * n
    for ev in blocks:
        c, lk = ev.chars, ev.link_chars
        for eid in ev.path:
            chars[eid] += c
            links[eid] += lk
    return chars, links


def container(page: Page) -> tuple[frozenset[int], int]:
    """The elements that make up the article's container (the best candidate and its
    siblings that score near it), and the best candidate's id (-1 when the page has no
    paragraph to vote: then there is no container, and nothing is outside)."""
    blocks = _distinct(page.evidence)
    return _container(page, blocks, *_totals(page, blocks))


def _container(page: Page, blocks: Sequence[Evidence], chars: list[int], links: list[int]) -> tuple[frozenset[int], int]:
    """:func:`container`, given the page's blocks and :func:`_totals`."""
    tags, parents, weights = page.tags, page.parents, page.weights
    content: dict[int, float] = {}
    for ev in blocks:
        if ev.chars < _MIN_VOTE_CHARS or ev.tag not in _VOTERS or not _NO_VOTE.isdisjoint(ev.context):
            continue
        path = ev.path
        score = 1.0 + min(ev.chars // 100, 3)
        # commas are not kept in the record; the characters stand in for them
        score += ev.chars // 120
        if len(path) >= 2:  # noqa: PLR2004 (an index: path[-2], the paragraph's parent, exists)
            p = path[-2]
            content[p] = content.get(p, 0.0) + score
            if len(path) >= 3:  # noqa: PLR2004 (an index: path[-3], its grandparent, exists)
                g = path[-3]
                content[g] = content.get(g, 0.0) + score / 2
    if not content:
        return frozenset(), -1

    def final(eid: int) -> float:
        base = _TAG_SCORE.get(tags[eid], 0) + weights[eid] + content.get(eid, 0.0)
        total = chars[eid]
        return base * (1.0 - (links[eid] / total if total else 0.0))

    scored = {eid: final(eid) for eid in content}
    best = max(scored, key=scored.__getitem__)
    best = _climb(page, blocks, best)
    best_score = scored.get(best, 0.0)
    members = {best}
    parent = parents[best]
    if parent >= 0:
        threshold = max(10.0, best_score * 0.2)
        for eid, s in scored.items():
            if eid != best and parents[eid] == parent and s >= threshold:
                members.add(eid)
        # paragraphs beside the best candidate: long ones with few links, short sentences without
        for ev in blocks:
            eid = ev.path[-1] if ev.path else -1
            if eid < 0 or eid in members or parents[eid] != parent or ev.tag != "p":
                continue
            density = ev.link_chars / ev.chars if ev.chars else 0.0
            if (ev.chars > _SIBLING_CHARS and density < _SIBLING_LINKS) or (ev.chars > 0 and density == 0):
                members.add(eid)
    return frozenset(members), best


# A paragraph of prose: this long, few links, not in furniture, under no element
# whose class or id is furniture's.
_PROSE_CHARS = 80
_PROSE_LINKS = 0.3
# An article split over sibling elements (a lead and "read all", parts around an ad):
# the container grows to its parent while the parent holds this much more prose.
_CLIMB = 1.25


def _climb(page: Page, blocks: Sequence[Evidence], best: int) -> int:
    """``best``, or the nearest ancestor below ``<body>`` that holds ``_CLIMB`` times its
    prose or more (and so on up): paragraphs that vote for different elements may be one article."""
    prose = [0] * len(page.tags)
    weights = page.weights
    for ev in blocks:
        if ev.chars < _PROSE_CHARS or ev.link_chars > _PROSE_LINKS * ev.chars or not _NO_VOTE.isdisjoint(ev.context):
            continue
        if any(weights[eid] < 0 for eid in ev.path):
            continue
        for eid in ev.path:
            prose[eid] += ev.chars
    parents, tags = page.parents, page.tags
    cur = best
    up = parents[cur]
    while up >= 0 and tags[up] not in ("body", "html") and prose[cur]:
        if prose[up] >= _CLIMB * prose[cur]:
            cur = up
        elif prose[up] > prose[cur]:
            break  # more prose, but not the article's: a sidebar's blurb
        up = parents[up]  # a wrapper with nothing more: look past it
    return cur


def structural_fates(page: Page, texts: Sequence[str]) -> list[tuple[str, str] | None]:
    """Each line's fate by the markup: (code, reason) for a line the markup marks as
    furniture, ``None`` for one left to the text rules.  ``texts`` are the lines, in order."""
    blocks = _distinct(page.evidence)
    chars, links = _totals(page, blocks)
    members, best = _container(page, blocks, chars, links)
    n = len(page.evidence)
    fates: list[tuple[str, str] | None] = [None] * n
    if best < 0:
        return fates
    inside_chars = sum(chars[m] for m in members)
    where = page.name(best)
    outside = ("boilerplate.outside", f"outside the article's container {where}")
    memo: dict[int, tuple[str, str] | None] = {}
    roles = dict(page.roles)
    above = -1  # the last <h1> line above the container, outside any furniture
    headline = -1  # the first <h1> line inside it
    for i, ev in enumerate(page.evidence):
        key = id(ev)
        if key in memo:
            fate = memo[key]
        else:
            fate = memo[key] = _fate(page, ev, members, chars, inside_chars, outside, roles)
        if fate is _HEADER:
            if not _sentence(texts[i]):
                fates[i] = ("boilerplate.header", "a short line in the article's <header> (headline, byline, date)")
        elif fate is not None:
            fates[i] = fate
        elif ev.level == 1 and headline < 0:
            headline = i
        now = fates[i]
        if ev.level == 1 and headline < 0 and now is not None and now[0] in _ABOVE_CODES:
            above = i
        if headline < 0 and above >= 0 and fate is None:
            headline = above  # the container has begun: the headline was the <h1> above it
    if headline >= 0:
        # the article's headline: kept in the text (the structural pass removes every other fate) and noted
        fates[headline] = HEADLINE
    return fates


# where the article's <h1> may sit above its container: the article's header, or just outside
_ABOVE_CODES = frozenset({"boilerplate.outside", "boilerplate.header"})
HEADLINE = ("boilerplate.headline", "the article's headline (<h1>): kept in the text and noted as the metadata's headline")


# a line inside the article's <header>: furniture unless it is a sentence (a standfirst)
_HEADER = ("", "")


def _sentence(text: str) -> bool:
    return len(text.split()) >= _SENTENCE_WORDS and text.rstrip().rstrip("\"'”’)").endswith((".", "!", "?"))


def _fate(
    page: Page,
    ev: Evidence,
    members: frozenset[int],
    chars: Sequence[int],
    inside_chars: int,
    outside: tuple[str, str],
    roles: dict[int, str],
) -> tuple[str, str] | None:
    path = ev.path
    depth = next((d for d, eid in enumerate(path) if eid in members), -1)
    if depth < 0:
        # outside the container: named after the furniture it sits in, when the markup names it
        for d, concept, token in reversed(ev.hits):
            return f"boilerplate.{concept}", f"{outside[1]}, inside {page.name(path[d])} ('{token}')"
        for eid in reversed(path):
            found = _STRUCTURAL.get(roles.get(eid) or page.tags[eid])
            if found is not None:
                return found[0], f"{outside[1]}, {found[1]}"
        return outside
    header = False
    below = path[depth + 1 :]
    for k, eid in enumerate(below):
        tag = roles.get(eid) or page.tags[eid]
        found = _STRUCTURAL.get(tag)
        if found is not None:
            # a figure that holds a table, a quote or a list is the article's (WordPress wraps
            # its tables and pull quotes in <figure>); its caption still goes
            if tag == "figure" and any(page.tags[e] in _FIGURE_CONTENT for e in below[k + 1 :]):
                continue
            return found
        header = header or tag == "header"
    for d, concept, token in reversed(ev.hits):
        if d > depth and chars[path[d]] < _NAMED_SHARE * inside_chars:
            return f"boilerplate.{concept}", f"inside {page.name(path[d])}: '{token}' names {concept.replace('_', ' ')}"
    if ev.level == 0 and ev.chars < _LINK_LINE and ev.link_chars >= _LINK_SHARE * ev.chars > 0:
        return "boilerplate.links", f"{ev.link_chars / ev.chars:.0%} of the line is link text"
    return _HEADER if header else None
