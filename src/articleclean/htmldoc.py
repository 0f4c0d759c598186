"""An HTML page read into text blocks that keep their markup's evidence (issue 16).

:func:`read_html` parses a page with lxml and walks it once: every block
element (``<p>``, ``<li>``, headings, ``<div>`` …) becomes a paragraph of text,
``<br>`` a line break inside it, and each line keeps an
:class:`~articleclean.page.Evidence` record of the markup around it.
Scripts, styles, templates, forms' controls and elements hidden by
``hidden``, ``aria-hidden="true"`` or an inline ``display:none`` /
``visibility:hidden`` are dropped.  The page's declared metadata is read on
the way: ``<title>``, Open Graph, Twitter and ``<meta>`` tags, and JSON-LD.

>>> text, page = read_html('<html><head><title>T</title></head><body><nav><a href="/">Home</a></nav>'
...                        '<article><h1>Big news</h1><p>It <a href="#">happened</a>.<br>Again.</p></article></body></html>')
>>> print(text)
Home
<BLANKLINE>
Big news
<BLANKLINE>
It happened.
Again.
<BLANKLINE>
>>> [(e.tag, e.level, sorted(e.context)) for e in page.evidence]
[('nav', 0, ['nav']), ('h1', 1, ['article']), ('p', 0, ['article']), ('p', 0, ['article'])]
>>> page.evidence[2].link_chars, page.evidence[2].chars
(8, 19)

Why lxml and not BeautifulSoup: lxml's parser builds the tree at about 100 MB/s
of HTML on the benchmark's pages, BeautifulSoup at 6 (with lxml under it) or
3.6 (html.parser), slower than the whole cleaning of a page must be
(benchmarks/README.md).  A ``BeautifulSoup`` object is accepted: it is
serialised (``str(soup)``) and parsed again by lxml.

Linear: one pass over the tree; each element's path of ancestors is a tuple
built once, and each line adds its length to its ancestors' totals, so the cost is
the size times the nesting depth, which libxml2 bounds (256 levels unless
``huge_tree`` is set, and it is not here).
"""

from __future__ import annotations

import codecs
import functools
from collections.abc import Iterator
from importlib import resources
from typing import Any

from . import lazyre as re
from .document import Document
from .page import Evidence, Page

__all__ = ["decode_html", "html_document", "is_html_document", "markup_concepts", "read_html"]

# Elements dropped with everything inside them.
DROPPED = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "select",
        "option", "datalist", "textarea", "canvas", "audio", "video", "map", "input", "title", "meta", "link",
    }
)  # fmt: skip

# Elements that start and end a paragraph.
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p",
        "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "pre", "button", "label",
    }
)  # fmt: skip
CELLS = frozenset({"td", "th"})
# The elements the page's record keeps (ids, paths, class and id): the others are inline.
_RECORDED = BLOCKS | CELLS
# a heading element's level (1 for <h1>); any other element has none (0)
_HEADING_LEVELS = {f"h{k}": k for k in range(1, 7)}
_INLINE: tuple = (frozenset(), (), (), False, False)
_LINK: tuple = (frozenset(), (), (), False, True)

# Elements whose presence around a line is evidence, by the name the evidence gives them.
CONTEXT = {
    "nav": "nav", "aside": "aside", "header": "header", "footer": "footer", "form": "form", "figure": "figure",
    "figcaption": "figcaption", "button": "button", "label": "label", "li": "li", "table": "table",
    "article": "article", "main": "main", "blockquote": "blockquote", "dialog": "dialog", "menu": "nav",
    "address": "address",
}  # fmt: skip
# ARIA roles that say the same as those elements.
ROLES = {
    "navigation": "nav", "complementary": "aside", "contentinfo": "footer", "banner": "header", "dialog": "dialog",
    "alertdialog": "dialog", "button": "button", "menu": "nav", "menubar": "nav", "form": "form", "search": "form",
    "article": "article", "main": "main", "figure": "figure",
}  # fmt: skip

_CAMEL = re.compile(r"([a-z])([A-Z])")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DOCTYPE = re.compile(r"^\s*(?:\ufeff)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)

# readability's signs of an article container, and of furniture, in class and id values
# (substrings of the lower-cased value, as readability's patterns match them)
_POSITIVE = ("article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story")
_NEGATIVE = (
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead", "media",
    "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
    "shopping", "tags", "tool", "widget", "newsletter", "subscribe", "signup", "recommend", "popular", "trending",
    "nav", "menu", "cookie", "consent",
)  # fmt: skip


# -- markup vocabulary --------------------------------------------------------------
@functools.cache
def markup_concepts() -> dict[str, str]:
    """Token (or two tokens joined by a space) -> concept, from ``data/markup/<concept>.txt``.

    >>> markup_concepts()["newsletter"], markup_concepts()["most read"]
    ('newsletter', 'related')
    """
    out: dict[str, str] = {}
    root = resources.files("articleclean") / "data" / "markup"
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".txt"):
            continue
        concept = entry.name[: -len(".txt")]
        for line in entry.read_text(encoding="utf-8").splitlines():
            token = " ".join(line.split("#", 1)[0].split())
            if token:
                out.setdefault(token, concept)
    return out


def _tokens(value: str) -> list[str]:
    """A class, id, role or label value's tokens: split at punctuation and camelCase, lower case.

    >>> _tokens("c-NewsletterSignup__form relatedArticles")
    ['c', 'newsletter', 'signup', 'form', 'related', 'articles']
    """
    low = value if value.islower() else _CAMEL.sub(r"\1 \2", value).lower()
    return [t for t in _TOKEN_SPLIT.split(low) if t]


def _concept_of(value: str, vocab: dict[str, str]) -> tuple[str, str] | None:
    """The first concept a value's tokens (or two adjacent tokens) name, with the token.

    >>> _concept_of("post-body entry-content", markup_concepts()) is None
    True
    >>> _concept_of("widget most-read", markup_concepts())
    ('sidebar', 'widget')
    """
    toks = _tokens(value)
    for i, t in enumerate(toks):
        if i + 1 < len(toks):
            pair = f"{t} {toks[i + 1]}"
            if pair in vocab:
                return vocab[pair], pair
            joined = t + toks[i + 1]
            if joined in vocab:
                return vocab[joined], joined
        if t in vocab:
            return vocab[t], t
    return None


def _weight(value: str) -> int:
    """readability's class weight of a class and id value: +25 for an article's sign, -25 for furniture's.

    >>> _weight("post-body"), _weight("sidebar widget"), _weight("entry-comments"), _weight("")
    (25, -25, 0, 0)
    """
    if not value:
        return 0
    low = value.lower()
    w = 0
    if any(map(low.__contains__, _NEGATIVE)):
        w -= 25
    if any(map(low.__contains__, _POSITIVE)):
        w += 25
    return w


# -- decoding -----------------------------------------------------------------------
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}encoding\s*=\s*["']([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE)
# The WHATWG encoding standard reads these labels as windows-1252.
_AS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819"})


def _codec(label: bytes) -> str | None:
    name = label.decode("ascii", "replace").strip().lower()
    if name in _AS_1252:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """The text of an HTML page's bytes: by its byte-order mark, else its declared charset
    (``<meta charset>``, ``http-equiv`` or an XML declaration, in the first 4 KB), else UTF-8
    if it decodes, else what BeautifulSoup's ``UnicodeDammit`` detects.

    >>> decode_html('<meta charset="iso-8859-1"><p>Caf\\xe9 \\x93quoted\\x94</p>'.encode("latin-1"))[-20:]
    '<p>Café “quoted”</p>'
    >>> decode_html("<p>Café</p>".encode("utf-8"))
    '<p>Café</p>'
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace")
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    declared = _codec(m.group(1)) if m else None
    if declared and declared not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):  # a page in bytes that says UTF-16 is not
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            if declared != "utf-8":
                return data.decode(declared, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from bs4 import UnicodeDammit  # only for pages that declare nothing and are not UTF-8

    guess = UnicodeDammit(data, known_definite_encodings=[], is_html=True).unicode_markup
    return guess if guess is not None else data.decode("cp1252", "replace")


def is_html_document(text: str) -> bool:
    """Whether ``text`` is a whole HTML document: it opens with ``<!doctype html>`` or ``<html>``.

    Text that only holds a stray tag or entity is not.

    >>> is_html_document("<!DOCTYPE html><html><body><p>x</p></body></html>"), is_html_document("Use the <p> tag.")
    (True, False)
    """
    return _DOCTYPE.match(text[:4096]) is not None


def _as_text(html: Any) -> str:
    if isinstance(html, str):
        return html
    if isinstance(html, (bytes, bytearray, memoryview)):
        return decode_html(bytes(html))
    if type(html).__name__ == "BeautifulSoup" or hasattr(html, "decode_contents"):
        # a BeautifulSoup tree: serialised, then parsed by lxml like any page
        return str(html)
    raise TypeError(f"clean_html takes HTML as str, bytes or a BeautifulSoup object, not {type(html).__name__}")


# -- metadata -----------------------------------------------------------------------
_ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "report", "webpage")
_META_KEYS = {
    "og:title": "headline", "twitter:title": "headline", "title": "headline", "sailthru.title": "headline",
    "author": "byline", "article:author": "byline", "byl": "byline", "parsely-author": "byline", "sailthru.author": "byline",
    "article:published_time": "date", "date": "date", "pubdate": "date", "publishdate": "date", "dc.date": "date",
    "parsely-pub-date": "date", "sailthru.date": "date", "og:published_time": "date",
    "article:section": "section", "section": "section", "parsely-section": "section",
}  # fmt: skip


def _names(value: Any) -> str | None:
    """An author field of JSON-LD as text: a name, or names joined by ", "."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        names = [n for n in map(_names, value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _ld_objects(value: Any) -> Iterator[dict]:
    if isinstance(value, list):
        for v in value:
            yield from _ld_objects(v)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _ld_objects(graph)


def _json_ld(text: str) -> dict[str, str]:
    """headline, byline, date and section of the first article object in a JSON-LD script."""
    import json  # imported when a page has JSON-LD, not with the package

    try:
        data = json.loads(text)
    except ValueError:
        return {}
    for obj in _ld_objects(data):
        kind = obj.get("@type")
        kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
        if not any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
            continue
        found = {
            "headline": obj.get("headline") if isinstance(obj.get("headline"), str) else None,
            "byline": _names(obj.get("author")),
            "date": obj.get("datePublished") if isinstance(obj.get("datePublished"), str) else None,
            "section": _names(obj.get("articleSection")),
        }
        out = {k: " ".join(v.split()) for k, v in found.items() if v and v.strip()}
        if out:
            return out
    return {}


# -- the walk -----------------------------------------------------------------------
def _hidden(attrib: Any) -> bool:
    if "hidden" in attrib:
        return True
    if attrib.get("aria-hidden", "").strip().lower() == "true":
        return True
    style = attrib.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


_HIDDEN_XPATH = "//*[@hidden or @aria-hidden or @style]"
_SURROGATE = re.compile("[\ud800-\udfff]")


def _strip_hidden(root: Any) -> None:
    """Remove the elements hidden by ``hidden``, ``aria-hidden="true"`` or an inline
    ``display:none``/``visibility:hidden``, with what is inside them; the text after each
    (its tail) stays where it was."""
    for el in root.xpath(_HIDDEN_XPATH):
        if not _hidden(el.attrib):
            continue
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail:
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)


def _parse(text: str) -> Any:
    """The root element of a page, or ``None`` when it has none.  lxml's own tree
    (``etree.HTMLParser``), not ``lxml.html``'s: its element classes cost a lookup per element."""
    from lxml import etree  # type: ignore[import-untyped]  # lxml ships no stubs; lxml-stubs lags its releases

    text = _XML_DECL.sub("", text, count=1)
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates (bytes decoded with surrogateescape): libxml2 stops at one
            text = _SURROGATE.sub("\ufffd", text)
    if not text.strip():
        return None
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(text, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


_NO_ATTRS = ("", "")


def read_html(html: Any) -> tuple[str, Page]:
    """A page's text (one paragraph per block, paragraphs apart by a blank line, a final
    newline) and its :class:`~articleclean.page.Page`, whose evidence is aligned with the
    lines of that text (the blocks of ``Document.from_text(text)``).

    ``html`` is a ``str``, ``bytes`` (decoded by :func:`decode_html`) or a BeautifulSoup object.
    """
    from lxml import etree

    root = _parse(_as_text(html))
    declared: dict[str, str] = {}
    if root is None:
        return "", Page((), (), (), (), ())
    vocab = markup_concepts()
    concept_memo: dict[str, tuple[str, str] | None] = {}
    weight_memo: dict[str, int] = {}
    tags: list[str] = []
    parents: list[int] = []
    weights: list[int] = []
    attrs: list[tuple[str, str]] = []  # per element: its id and class
    roles: list[tuple[int, str]] = []  # (element, what its ARIA role makes it: nav, aside …)
    lines: list[str] = []  # the text's lines; "" is a paragraph break
    evidence: list[Evidence] = []
    ld: list[dict[str, str]] = []
    metas: dict[str, str] = {}
    title = ""

    parts: list[str] = []
    link_parts = 0  # characters of parts inside links
    in_link = 0
    # per open element: the context, hits and path around it, whether it is a block and
    # whether it is a link (_INLINE and _LINK for the inline elements, which are not recorded)
    stack: list[tuple[frozenset[str], tuple[tuple[int, str, str], ...], tuple[int, ...], bool, bool]] = []
    ctx: frozenset[str] = frozenset()
    hits: tuple[tuple[int, str, str], ...] = ()
    path: tuple[int, ...] = ()
    block_of: list[tuple[str, int, tuple[int, ...]]] = [("body", 0, ())]  # the innermost open block element

    def flush() -> None:
        nonlocal link_parts
        if not parts:
            return
        raw = "".join(parts)
        parts.clear()
        links, link_parts = link_parts, 0
        pieces = [" ".join(p.split()) for p in raw.split("\n")] if "\n" in raw else [" ".join(raw.split())]
        pieces = [p for p in pieces if p]
        if not pieces:
            return
        tag, level, bpath = block_of[-1]
        total = sum(map(len, pieces)) + len(pieces) - 1
        ev = Evidence(tag, level, ctx, hits, bpath, total, min(links, total))
        if lines and lines[-1] != "":
            lines.append("")
        for p in pieces:
            lines.append(p)
            evidence.append(ev)

    def add(s: str | None) -> None:
        nonlocal link_parts
        if s:
            parts.append(s)
            if in_link:
                link_parts += len(s.strip())

    # The page's declared metadata, then what is never text: dropped and hidden elements
    # leave the tree before the walk (lxml does it in C; their tails stay).
    for el in root.iter("title", "meta", "script"):
        tag = el.tag
        if tag == "title":
            title = title or "".join(el.itertext())
        elif tag == "meta":
            key = (el.get("property") or el.get("name") or "").strip().lower()
            value = el.get("content")
            field = _META_KEYS.get(key)
            # article:author is often a profile's address, not a name
            if field and value and value.strip() and not (field == "byline" and "://" in value):
                metas.setdefault(field, " ".join(value.split()))
        elif "ld+json" in (el.get("type") or ""):
            found = _json_ld(el.text or "")
            if found:
                ld.append(found)
    _strip_hidden(root)
    etree.strip_elements(root, *DROPPED, with_tail=False)
    etree.strip_tags(root, etree.Entity)

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):  # a leftover comment or processing instruction
            if event == "end":
                add(el.tail)
            continue
        if event == "start":
            if tag not in _RECORDED:
                # an inline element (a, span, b, img …): its text joins the paragraph; only a
                # link is counted, and a <br> breaks the line
                if tag == "a":
                    in_link += 1
                    stack.append(_LINK)
                else:
                    stack.append(_INLINE)
                    if tag == "br":
                        parts.append("\n")
                add(el.text)
                continue
            attrib = el.attrib
            eid = len(tags)
            tags.append(tag)
            parents.append(path[-1] if path else -1)
            is_block = tag in BLOCKS
            new_ctx = ctx
            new_hits = hits
            if attrib:
                cls = attrib.get("class", "")
                ident = attrib.get("id", "")
                role = attrib.get("role", "")
                label = attrib.get("aria-label", "")
                key = f"{cls} {ident}"
                w = weight_memo.get(key)
                if w is None:
                    w = weight_memo[key] = _weight(key.strip())
                if attrib.get("itemprop") == "articleBody":
                    w += 50
                weights.append(w)
                attrs.append((ident, cls))
                # an inline element's classes (a link's, a span's) part no paragraph
                if role and is_block:
                    r = ROLES.get(role.strip().lower())
                    if r is not None:
                        roles.append((eid, r))
                        if r not in new_ctx:
                            new_ctx = new_ctx | {r}
                if is_block:
                    # the class first, then the id, the role and the label (each value's
                    # concept is looked up once per page: class values repeat)
                    for value in (cls, ident, role, label):
                        if not value:
                            continue
                        if value in concept_memo:
                            hit = concept_memo[value]
                        else:
                            hit = concept_memo[value] = _concept_of(value, vocab)
                        if hit is not None:
                            new_hits = (*hits, (len(path), hit[0], hit[1]))
                            break
            else:
                weights.append(0)
                attrs.append(_NO_ATTRS)
            c = CONTEXT.get(tag) if is_block else None
            if c is not None and c not in new_ctx:
                new_ctx = new_ctx | {c}
            if is_block or new_ctx is not ctx or new_hits is not hits:
                flush()
            if tag == "a":
                in_link += 1
            stack.append((ctx, hits, path, is_block, tag == "a"))
            ctx, hits, path = new_ctx, new_hits, (*path, eid)
            if is_block:
                level = _HEADING_LEVELS.get(tag, 0)
                block_of.append((tag, level, path))
            elif tag == "br":
                parts.append("\n")
            elif tag in CELLS:
                parts.append(" ")
            add(el.text)
        else:
            frame = stack.pop()
            if frame is _INLINE:
                add(el.tail)
                continue
            if frame is _LINK:
                in_link -= 1
                add(el.tail)
                continue
            old_ctx, old_hits, _, is_block, is_link = frame
            if is_link:
                in_link -= 1
            if is_block or old_ctx is not ctx or old_hits is not hits:
                flush()
            if is_block:
                block_of.pop()
            ctx, hits, path = old_ctx, old_hits, frame[2]
            add(el.tail)
    flush()
    if lines and lines[-1] == "":
        lines.pop()
    declared = dict(metas)
    for found in ld[:1]:
        declared.update(found)
    if "://" in declared.get("byline", ""):  # article:author is often a profile's address, not a name
        del declared["byline"]
    if "headline" not in declared and title.strip():
        # the <title> (often with the site's name after a bar) comes after the page's <h1>: the cleaner decides
        declared["title"] = " ".join(title.split())
    page = Page(
        tuple(evidence),
        tuple(tags),
        tuple(parents),
        tuple(weights),
        tuple(attrs),
        tuple(sorted(declared.items())),
        tuple(roles),
    )
    return ("\n".join(lines) + "\n") if lines else "", page


def html_document(html: Any) -> Document:
    """The :class:`~articleclean.document.Document` of a page's text, with its markup's
    evidence (:attr:`Document.page`) for the cleaners to weigh.

    >>> doc = html_document("<html><body><p>One.</p><ul><li>Two</li></ul></body></html>")
    >>> [(b.text, doc.page.evidence[b.index].tag) for b in doc.blocks]
    [('One.', 'p'), ('Two', 'li')]
    """
    text, page = read_html(html)
    doc = Document.from_text(text)
    if len(doc.blocks) != len(page.evidence):  # pragma: no cover - a broken invariant, not an input error
        raise AssertionError(f"{len(doc.blocks)} lines but {len(page.evidence)} evidence records")
    return Document(doc.source, doc.blocks, page=page)
