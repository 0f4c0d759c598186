"""HTML to plain text, one paragraph per block element.

Block elements (``<p>``, ``<div>``, headings, list items, table rows, …)
become paragraphs separated by one blank line; ``<br>`` becomes a line break
inside a paragraph; ``<script>``, ``<style>``, ``<noscript>``, ``<template>``
and ``<head>`` are dropped with their contents; white space inside a
paragraph is collapsed, except in ``<pre>``.

>>> html_to_text("<html><head><title>T</title><style>p{}</style></head>"
...              "<body><h1>Headline</h1><p>First   <b>para</b>.</p>"
...              "<script>var x;</script><p>Line one<br>line two</p></body></html>")
'Headline\\n\\nFirst para.\\n\\nLine one\\nline two\\n'

Not handled: CSS that hides elements (``display:none``) and text laid out by
scripts; those pages need a browser.  The stdlib ``html.parser`` is used, so no
compiled parser is needed.
"""

from __future__ import annotations

from . import lazyre as re

__all__ = ["html_to_text", "looks_like_html"]

# Elements dropped with everything inside them.
DROPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"})

# Elements that start and end a paragraph.
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p",
        "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip

# Table cells are kept on their row's line, separated by a space.
CELLS = frozenset({"td", "th"})

_SPACE = re.compile(r"\s+")
_TAGGED_LINES = 0.6  # share 0-1 of the lines that open with a known tag: markup laid out a tag a line (prose that names tags opens few)

# Tag names that make a "<...>" look like markup rather than prose.
_KNOWN_TAG = re.compile(
    r"</?(?:a|abbr|article|aside|b|blockquote|body|br|button|caption|div|em|figcaption|figure|footer|form|"
    r"h[1-6]|head|header|hr|html|i|iframe|img|input|li|link|main|meta|nav|noscript|ol|p|picture|pre|script|"
    r"section|small|source|span|strong|style|sup|sub|svg|table|tbody|td|th|thead|time|title|tr|u|ul)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_DOCTYPE = re.compile(r"^\s*(?:\ufeff)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str, *, min_tags: int = 3, min_markup_share: float = 0.3) -> bool:
    """Whether ``text`` is an HTML document rather than text that mentions a tag.

    True when it starts with ``<!doctype html`` or ``<html``, or when it has at
    least ``min_tags`` known tags and they are a large share of it: at least
    ``min_markup_share`` of its non-space characters, or most of its lines
    start with a tag.

    >>> looks_like_html("<!DOCTYPE html><title>x</title>")
    True
    >>> looks_like_html("<div><p>One</p><p>Two</p></div>")
    True
    >>> looks_like_html("Use the <p> tag for paragraphs, the <b> tag for bold and <i> for italics.")
    False
    >>> looks_like_html("Plain article text.\\n\\nAnother paragraph.")
    False
    """
    head = text[:4096]
    if _DOCTYPE.match(head):
        return True
    tags = _KNOWN_TAG.findall(text)
    if len(tags) < min_tags:
        return False
    visible = len(text) - sum(1 for ch in text if ch.isspace())
    if visible and sum(len(t) for t in tags) / visible >= min_markup_share:
        return True
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    tagged = sum(1 for ln in lines if _KNOWN_TAG.match(ln))
    return bool(lines) and tagged / len(lines) > _TAGGED_LINES


def html_to_text(html: str) -> str:
    """The visible text of ``html``: paragraphs separated by blank lines, one final newline.

    >>> html_to_text("<ul><li>One</li><li>Two &amp; three</li></ul><!-- note -->")
    'One\\n\\nTwo & three\\n'
    >>> html_to_text("<table><tr><td>a</td><td>b</td></tr></table><pre>  x\\n  y</pre>")
    'a b\\n\\n  x\\n  y\\n'
    >>> html_to_text("")
    ''
    """
    # Imported here: bs4 costs about 0.1 s to import, and plain-text inputs never need it.
    from bs4 import BeautifulSoup
    from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    skipped_strings = (Comment, Declaration, Doctype, ProcessingInstruction)
    soup = BeautifulSoup(html, "html.parser")
    paragraphs: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        if parts:
            lines = (_SPACE.sub(" ", ln).strip() for ln in "".join(parts).split("\n"))
            para = "\n".join(ln for ln in lines if ln)
            if para:
                paragraphs.append(para)
            parts.clear()

    # Iterative walk: deeply nested pages must not hit the recursion limit.
    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            flush()
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, skipped_strings):
                parts.append(str(node).replace("\n", " "))
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if name in DROPPED:
            continue
        if name == "br":
            parts.append("\n")
            continue
        if name == "pre":
            flush()
            pre = node.get_text().strip("\n")
            if pre.strip():
                paragraphs.append("\n".join(ln.rstrip() for ln in pre.split("\n") if ln.strip()))
            continue
        if name in BLOCKS:
            flush()
            stack.append((node, True))
        elif name in CELLS:
            parts.append(" ")
        stack.extend((child, False) for child in reversed(node.contents))
    flush()
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""
