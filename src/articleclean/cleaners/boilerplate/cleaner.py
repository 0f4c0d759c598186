"""The boilerplate cleaner: the first pass's labels, then the context rules over the page."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import repeat
from typing import Any

from ...base import BaseCleaner
from ...document import Document
from ...language import language_of, stopwords
from .cards import _INDEX, _LIVE, _PROSE, _ROW, _TEXT, _cards, _Line, _page, _topic
from .features import _URL_WORDS, Decision, Features, _features_all, _scans
from .headline import _headline_end, _is_headline, _spared_headline, _spared_recipe
from .region import place as region_fates
from .shapes import _DIGIT
from .structure import HEADLINE, structural_fates
from .vocabulary import (
    _BULLET,
    _INLINE_CONCEPTS,
    _LABEL_CONCEPTS,
    _is_answer,
    vocabulary,
)

# The first pass's fixed measures (the tunable ones are the cleaner's settings below).
# (The links rule's line length is features' _URL_WORDS: no longer line has its URLs counted.)
_FULL_COVERAGE = 0.75  # share 0-1 of a short line's words its vocabulary phrases cover: this much is furniture even when it ends a sentence; less needs no sentence end (vocab_coverage)
_MENU_LINE_WORDS = 30  # words: a menu line (items between separators) is at most this long; a longer line with separators is prose or a table's
_MENU_DIGITS = 0.3  # share 0-1 of a line's characters that are digits: a menu line has fewer; more between separators are scores, dates or a table's figures
_ONE_WORD = 1.5  # words, as a share 0-1 times the line's words (a float): under this is one at most (the label phrase alone, a single URL or handle); two or more make a list a label heads
_SHORT_PENALTY_WORDS = 20  # words: a short line's penalty grows with its words up to this many; a longer short line (a list's, a table's row) costs no more


# -- the cleaner -------------------------------------------------------------------
@dataclass(frozen=True)
class BoilerplateCleaner(BaseCleaner):
    """Keep the main article region of a page dump; remove menus, footers and furniture."""

    name = "boilerplate"
    description = "generic two-pass block classifier that finds the article in a page's text"
    # first pass
    good_words: int = 12
    near_words: int = 6
    prose_line_words: int = 25  # this long with function words reads as prose without a sentence end
    long_words: int = 40  # this long is prose even without a sentence end
    stop_good: float = 0.30
    stop_near: float = 0.20
    vocab_max_words: int = 12
    vocab_coverage: float = 0.5
    copyright_words: int = 30  # a line this short with a copyright mark is a notice
    label_clause_words: int = 5  # a one-word label opening a line this long with a function word heads a clause
    url_density: float = 0.5
    menu_separators: int = 2
    # second pass
    short_penalty: float = 6.0
    short_word_penalty: float = 0.5
    bad_penalty: float = 3.0
    near_weight: float = 0.5
    stop_ref: float = 0.0  # prose with fewer function words than this counts for less
    min_edge_bad: int = 2  # furniture blocks an edge needs before it is cut
    list_item_words: int = 4
    menu_item_words: int = 3
    spare_ratio: float = 3.0
    spare_list_ratio: float = 1.0
    weak_spare_ratio: float = 1.0
    confident_words: int = 150
    list_streak: int = 3
    menu_run_lines: int = 5  # consecutive menu fragments that split a stretch like furniture
    comments_after_words: int = 50  # prose a region needs before a comments zone can end it
    edge_fragments: int = 8  # menu fragments (1-3 words) that make an edge furniture without vocabulary
    inner_list_lines: int = 15  # short lines (a line-up, a list) the article may run through to more prose
    head_gap: int = 6  # byline, date and share lines a list may follow the headline by and still be the article's
    head_list: int = 6  # list items a list right under the headline needs to be the article's
    headline_words: int = 5  # a line repeating the page title this long is the article's headline
    headline_reach: int = 8  # lines above the article's first paragraph the headline is looked for in
    ranked_items: int = 3  # items a ranked headline list ("Most read": 1, a headline, 2 …) needs
    ranked_item_words: tuple[int, int] = (4, 25)  # a headline's length in such a list
    cards_least: int = 3  # cards (a title, a date or byline line) a run of other stories' teasers needs
    card_words: int = 100  # the longest line of a teaser card
    # HTML (issue 16): a line of the article's container that the markup makes a paragraph,
    # a list item, a table row or a subheading is not cut as an edge of the region
    markup_content: bool = True

    # pass 1 --------------------------------------------------------------------
    def label(self, f: Features) -> tuple[str, str | None, str]:
        """Context-free label, code and reason of one block."""
        # the fields read below, unpacked once (pass 1 labels every block)
        (
            _, words, sd, ends, urls, _, digit_ratio, separators, table_row,
            concept, leading, coverage, phrase, whole, row, mark, clause,
        ) = f
        if concept and (
            whole
            or row
            or (words <= self.vocab_max_words and coverage >= self.vocab_coverage and not ends)
            or (words <= self.vocab_max_words and coverage >= _FULL_COVERAGE)
        ):
            how = "is" if whole else "and phrases like it make" if row else f"covers {coverage:.0%} of"
            return "bad", f"boilerplate.{concept}", f"{concept.replace('_', ' ')} vocabulary: {phrase!r} {how} the line"
        if mark and words <= self.copyright_words:
            return "bad", "boilerplate.legal", "copyright notice: '©' or 'copyright' with a year"
        if leading in _LABEL_CONCEPTS and words <= self.vocab_max_words and not ends and not self.label_heads_clause(f):
            return "bad", f"boilerplate.{leading}", f"line opens with a {leading.replace('_', ' ')} label"
        if words <= _URL_WORDS and urls >= self.url_density:
            return "bad", "boilerplate.links", f"{urls:.0%} of the tokens are URLs, addresses or handles"
        if (
            separators >= self.menu_separators
            and not table_row
            and words <= _MENU_LINE_WORDS
            and not ends
            and digit_ratio < _MENU_DIGITS
            and (sd or 0) < self.stop_good
        ):
            return "bad", "boilerplate.navigation", f"menu-like line: {separators} separators, no sentence"
        prose_stops = sd is None or sd >= self.stop_good
        near_stops = sd is None or sd >= self.stop_near
        if words >= self.long_words and near_stops:
            if ends or prose_stops:
                return "good", None, "long prose block"
            return "neargood", None, "long block without a sentence end"
        if words >= self.good_words and ends and prose_stops:
            return "good", None, "sentence with function words"
        if words >= self.near_words and ends and near_stops:
            return "neargood", None, "short sentence"
        if words >= self.good_words and clause and near_stops:
            return "neargood", None, "part of a sentence that goes on past the line"
        if words >= self.prose_line_words and prose_stops and sd is not None:
            return "neargood", None, "prose line without a sentence end"
        return "short", None, "short line"

    def label_heads_clause(self, f: Features) -> bool:
        """Does a line that opens with a one-word label read as a headline or a clause
        about the thing the label names ("Facebook fined over data breach", "Twitter
        deletes new tweets on @POTUS, suspends account", "Author of bestseller dies at
        61")?  Its subject, then, not a label: the label phrase is one word (a network's
        or a button's name, "Author", "Category"), the line has at least
        ``label_clause_words`` words, a function word among them, no other furniture
        word, no menu separator and at most one URL or handle.  A label with a list after
        it ("Tags Kristi Noem Immigration", "Twitter: @site", "Author Jane Smith")
        has no function word or is shorter; a multi-word label ("Share this article:",
        "Follow us on") stays a label.

        >>> from articleclean.cleaners.boilerplate.features import features
        >>> from articleclean.language import stopwords
        >>> C, en = BoilerplateCleaner(), stopwords("en")
        >>> C.label_heads_clause(features("Facebook Wannabe Rioters Get Four Years In Prison", en))
        True
        >>> C.label_heads_clause(features("Twitter @site | Facebook /site", en))
        False
        >>> C.label_heads_clause(features("Categories Local News Politics Sport Weather", en))
        False
        """
        words, sd = f.words, f.stop_density
        return (
            words >= self.label_clause_words
            and " " not in f.phrase
            and f.coverage * words < _ONE_WORD  # the label is the line's only furniture word
            and sd is not None
            and sd > 0
            and f.separators == 0
            and f.url_density * words < _ONE_WORD
        )

    def score(self, label: str, f: Features) -> float:
        if label in ("good", "neargood"):
            # prose counts by its words, less when few of them are function words
            # (contact details, lists of names and figures read as long "prose")
            w = f.words * (self.near_weight if label == "neargood" else 1.0)
            if f.stop_density is not None and self.stop_ref:
                w *= min(1.0, f.stop_density / self.stop_ref)
            return w
        if label == "bad":
            return -(self.bad_penalty + f.words)
        words = f.words
        return -(self.short_penalty + self.short_word_penalty * (words if words < _SHORT_PENALTY_WORDS else _SHORT_PENALTY_WORDS))  # min(), inline

    def _lines(self, texts: Sequence[str], feats: Sequence[Features]) -> list[_Line]:
        """Pass 1 for many blocks: their labels and what pass 2 reads of them,
        column by column (one Python call per block: :meth:`label`, :meth:`score`)."""
        if not texts:
            return []
        if any(map(_ROW, feats)):
            # a list naming the networks ("Facebook, Instagram"), not a row of buttons
            feats = [f._replace(row=False) if f.row and "," in t else f for t, f in zip(texts, feats)]
        labels, codes, reasons = zip(*map(self.label, feats))
        # the fields of Features read below
        _, words, _, ends, _, caps, digits, _, _, concepts, _, _, _, wholes, rows, _, _ = zip(*feats)
        # a menu fragment: a short line of one to three words, no sentence
        menu = self.menu_item_words
        fragment = [lab == "short" and w <= menu and not e for lab, w, e in zip(labels, words, ends)]
        # not furniture, with a digit or a bullet; its features tell whether
        # there is a digit unless the ratio is 1 (every token character a
        # digit, or no token at all)
        listy = [
            lab != "bad" and ((d > 0 and (d < 1 or _DIGIT.search(t) is not None)) or _BULLET.match(t) is not None)
            for lab, d, t in zip(labels, digits, texts)
        ]
        item = self.list_item_words
        list_item = [y and lab == "short" and w >= item for y, lab, w in zip(listy, labels, words)]
        # removed inside the article too, unless it is an interview's answer ("— Согласен.")
        whole = [
            lab == "bad" and (wl or r) and not _is_answer(t) for lab, wl, r, t in zip(labels, wholes, rows, texts)
        ]
        columns = (
            labels, codes, reasons, words, map(self.score, labels, feats), fragment, listy, list_item, caps, whole,
            map(_INLINE_CONCEPTS.__contains__, concepts),
        )
        return list(map(tuple.__new__, repeat(_Line), zip(*columns)))  # _Line(*row), without a Python call

    def decide(self, doc: Document) -> list[Decision]:
        """Both passes over the page; the explanation of every live block's decision, kept
        blocks too.  A kept block's decision says why it stays, as a code and in words
        (:data:`KEPT_CODES`), with the evidence read (its words, stopword and URL density,
        sentence end; where it sits: inside the article region, before or after it, or on a
        page with no region) and the first-pass furniture rule that came nearest to taking
        it (:meth:`near_miss`).  The explain mode's pass; :meth:`apply` does not call it."""
        blocks, known = _page_of(doc)
        texts = [b.text for b in blocks]
        trace: dict[str, Any] = {}
        lines, fates = self._classify(doc, texts, known, trace, _quoted_at(doc, blocks))
        cut = list(fates)
        if self.markup_content:
            _markup_spared(doc, blocks, fates)
        spared = set(_spared_headline(texts, fates, known, self.headline_reach))
        recipe = set(_spared_recipe(texts, fates, known))
        spared |= recipe
        feats, where, region = trace.get("features", ()), trace.get("where", ()), trace.get("region")
        article = "" if region is None else f"lines {blocks[region[0]].line}-{blocks[region[1]].line}"
        out = []
        for i, (b, ln, fate, k) in enumerate(zip(blocks, lines, fates, known)):
            if k:
                continue
            if fate is not None and i not in spared:
                out.append(Decision(b.index, ln.label, *fate, True))
                continue
            if i in recipe:
                place = "recipe"
            elif i in spared:
                place = "headline"
            elif cut[i] is not None:
                place = "markup"
            else:
                place = where[i] or "none"
                if place == "inside":
                    place = "prose" if ln.label in _PROSE else "furniture" if ln.label == "bad" else "short"
            code, why = KEPT_CODES.get(place, KEPT_CODES["cut"])
            if place == "edge":
                why = why.format(bad=self.min_edge_bad, fragments=self.edge_fragments)
            side = "none" if region is None else "inside" if region[0] <= i <= region[1] else (
                "before" if i < region[0] else "after"
            )
            f = feats[i]
            evidence = (
                ("words", f.words),
                ("stopword_density", None if f.stop_density is None else round(f.stop_density, 2)),
                ("url_density", round(f.url_density, 2)),
                ("sentence_end", f.ends_sentence),
                ("region", side),
                ("article", article),
            )
            if ln.label == "bad":
                declined = (
                    f"{ln.code} ({ln.reason}): the first pass's furniture label; such a line goes only "
                    "at a cut edge of the article, or as whole-line furniture"
                )
            else:
                declined = self.near_miss(f)
            reason = f"{ln.reason}; kept: {why}" + (f" ({article})" if article and side == "inside" else "")
            out.append(Decision(b.index, ln.label, ln.code, reason, False, code, evidence, declined))
        return out

    def near_miss(self, f: Features) -> str:
        """The first-pass furniture rule (of :meth:`label`) that looked at a line with ``f``
        and came nearest to taking it, and why it did not, in words; ``""`` when no such rule
        looked (no furniture vocabulary, copyright mark, label, URL or menu separator).
        Nearest: the rule whose measure came closest to its threshold (vocabulary coverage,
        URL density, a notice's or a label's length).  Explain mode only.

        >>> from articleclean.cleaners.boilerplate.features import features
        >>> from articleclean.language import stopwords
        >>> C, en = BoilerplateCleaner(), stopwords("en")
        >>> C.near_miss(features("Write to the newsroom at news@example.com or call our tips line today.", en))
        'links: 7% of the tokens are URLs, addresses or handles; the rule takes a line of at most 20 words with 50%'
        >>> C.near_miss(features("Share this story with your friends, who will love the news about the park.", en))
        'share: the line opens with a share label, but it ends a sentence'
        >>> C.near_miss(features("The council met on Monday and agreed the plan.", en))
        ''
        """
        words, sd, ends = f.words, f.stop_density, f.ends_sentence
        found: list[tuple[float, str]] = []  # (how near, in words)
        if f.concept:
            near = f.coverage / self.vocab_coverage * min(1.0, self.vocab_max_words / max(words, 1))
            found.append((near, (
                f"{f.concept}: {f.concept.replace('_', ' ')} vocabulary ({f.phrase!r}) covers {f.coverage:.0%} of "
                f"the line; the rule takes a line of at most {self.vocab_max_words} words it covers "
                f"{self.vocab_coverage:.0%} of without a sentence end, or {_FULL_COVERAGE:.0%} of"
            )))
        if f.copyright:
            found.append((self.copyright_words / max(words, 1), (
                f"legal: a copyright mark, but {words} words; a notice has at most {self.copyright_words}"
            )))
        if f.leading in _LABEL_CONCEPTS:
            if ends:
                but = "it ends a sentence"
            elif words <= self.vocab_max_words and self.label_heads_clause(f):
                but = "the one-word label heads a clause (function words, no other furniture word)"
            else:
                but = f"{words} words (a label line has at most {self.vocab_max_words})"
            near = 0.5 if ends else self.vocab_max_words / max(words, 1)
            found.append((near, f"{f.leading}: the line opens with a {f.leading.replace('_', ' ')} label, but {but}"))
        if f.url_density:
            near = f.url_density / self.url_density * min(1.0, _URL_WORDS / max(words, 1))
            found.append((near, (
                f"links: {f.url_density:.0%} of the tokens are URLs, addresses or handles; the rule takes "
                f"a line of at most {_URL_WORDS} words with {self.url_density:.0%}"
            )))
        if f.separators >= self.menu_separators:
            near = 0.5
            if f.table_row:
                but = "it is a table row ('| … |')"
            elif words > _MENU_LINE_WORDS:
                but, near = f"{words} words (a menu line has at most {_MENU_LINE_WORDS})", _MENU_LINE_WORDS / words
            elif ends:
                but = "it ends a sentence"
            elif f.digit_ratio >= _MENU_DIGITS:
                but = f"{f.digit_ratio:.0%} of its characters are digits (scores, dates)"
            else:
                but = f"{sd or 0:.0%} of its words are function words (a menu has under {self.stop_good:.0%})"
            found.append((near, f"navigation: {f.separators} menu separators, but {but}"))
        return max(found)[1] if found else ""

    def _classify(
        self,
        doc: Document,
        texts: list[str],
        known: Sequence[bool] | None = None,
        trace: dict[str, Any] | None = None,
        quoted: Sequence[bool] | None = None,
    ) -> tuple[list[_Line], list[tuple[str, str] | None]]:
        """Both passes over the page's blocks' texts: each block's pass-1 line
        and its removal (code, reason), ``None`` when it is kept.

        ``known`` flags the blocks an earlier cleaner removed (see :func:`.region.place`):
        their fates are not removals.

        ``quoted`` flags the blocks the article quotes (:meth:`Document.quoted`: a form's messages
        listed under the article's "... saw a red error:"): whatever their words, they are neither
        furniture nor menu fragments, and weigh nothing either way in the region search.

        ``trace`` (explain mode only, see :meth:`decide`) is filled with each
        block's features (``features``), where the rules placed it
        (``where``: a :func:`_placement` per block, ``None`` outside any
        region) and the region's first and last block (``region``)."""
        if not texts:
            return [], []
        # Menus and teasers repeat within a page, and a settle pass sees the
        # same blocks again: scans and features are kept for the document's
        # versions, in read-only maps from text that a call replaces (with the
        # texts it added) and never changes.  ``stops`` and ``vocab`` are
        # functions of ``lang``, so it keys the features.
        seen = doc.features()
        distinct = list(dict.fromkeys(texts))
        scans = seen.derived_many(_scans, distinct)
        # Menus are full of names and English loan words: guess the language
        # from the longer blocks when there are any.
        by_text = dict(zip(distinct, scans))
        longer = list(itertools.compress(texts, map((7).__le__, map(str.count, texts, repeat(" ")))))
        lang = language_of(map(by_text.__getitem__, longer or texts))
        stops = stopwords(lang) if lang and lang != "cjk" else None
        vocab = vocabulary(lang if lang and lang != "cjk" else "en")
        feats = seen.derived_many(
            lambda todo: _features_all(list(map(by_text.__getitem__, todo)), stops, vocab),
            distinct,
            name=(_features_all, lang),  # (``stops`` and ``vocab`` are functions of ``lang``)
        )
        rows = dict(zip(distinct, self._lines(distinct, feats)))  # pass 1, once per distinct text
        lines = list(map(rows.__getitem__, texts))
        known = list(known) if known is not None and any(known) else None
        head = _headline_end(texts)
        # The rules that trust the headline most take only the whole headline,
        # and only when the first line is the page's title: prose right under
        # it (extractor output) makes it the headline, and its repeat a caption.
        headline = (
            head is not None
            and not any(ln[0] in _PROSE for ln in lines[1:4])
            and _is_headline(texts[0], texts[head - 1])
        )
        # Teaser cards of other stories score as short lines: they cannot make
        # the region.  The page's title is the first line of a text dump, but
        # a page may open with a skip link or a menu item: the first lines and
        # the headline are read for it.
        title = " ".join([*texts[:3], texts[head - 1] if head else ""])
        topic = _topic(title, stops)
        cards = (
            frozenset()
            if _LIVE.search(title)
            else _cards(texts, lines, topic, self.cards_least, self.card_words, self.confident_words)
        )
        if cards:
            demoted = -self.short_penalty
            lines = [ln._replace(score=min(ln.score, demoted)) if i in cards else ln for i, ln in enumerate(lines)]
        if quoted is not None:
            lines = [
                ln._replace(label="short", code=None, reason="quoted by the article", score=0.0, fragment=False, whole=False, inline=False)
                if q
                else ln
                for ln, q in zip(lines, quoted)
            ]
        first: dict[str, Any] | None = None if trace is None else {}
        fates = region_fates(self, texts, lines, head, known, headline, cards, topic, first)
        if trace is not None:
            trace["features"] = list(map(dict(zip(distinct, feats)).__getitem__, texts))
            trace["where"] = _placements(first, len(texts))
            trace["region"] = (first["lo"], first["reach"]) if first else None
        # Settle: the region of what is left, once (a menu that sat between two
        # prose stretches is an edge now); features are not computed again.
        keep = [i for i, fate in enumerate(fates) if fate is None]
        if len(keep) < len(fates):
            kept_head = None if head is None else sum(1 for i in keep if i < head)
            kept_known = None if known is None else [known[i] for i in keep]
            kept_cards = frozenset(k for k, i in enumerate(keep) if i in cards) if cards else frozenset()
            second: dict[str, Any] | None = None if trace is None else {}
            again = region_fates(
                self, [texts[i] for i in keep], [lines[i] for i in keep], kept_head, kept_known, headline, kept_cards, topic,
                second,
            )
            for i, fate in zip(keep, again):
                fates[i] = fate
            if trace is not None and second:  # the settled region's placements, in the page's indices
                where = trace["where"]
                for i, place in zip(keep, _placements(second, len(keep))):
                    where[i] = place
                trace["region"] = (keep[second["lo"]], keep[second["reach"]])
        return lines, fates

    def apply(self, doc: Document) -> Document:
        # The region is decided once, on the whole page: a settle pass does not
        # look for a region inside the region.
        page = doc.page
        decided = doc.removals[page.prepared :] if page is not None and page.prepared >= 0 else doc.removals
        if any(r.cleaner == self.name for r in decided):
            return doc
        blocks, known = _page_of(doc)
        texts = list(map(_TEXT, blocks))
        fates = self._classify(doc, texts, known, None, _quoted_at(doc, blocks))[1]
        if self.markup_content:
            _markup_spared(doc, blocks, fates)
        spared = _spared_headline(texts, fates, known, self.headline_reach)
        for i in (*spared, *_spared_recipe(texts, fates, known)):
            fates[i] = None
        headline = spared[0] if spared else None
        # the removals: a fate, on a block no earlier cleaner removed
        removed = map(operator.and_, map(operator.is_not, fates, repeat(None)), map(operator.not_, known))
        groups: dict[tuple[str, str], list[int]] = {}
        for fate, i in itertools.compress(zip(fates, map(_INDEX, blocks)), removed):
            groups.setdefault(fate, []).append(i)  # type: ignore[arg-type]  # not None: `removed` is False there
        if not groups:
            return doc
        ch = doc.changes(self.name)
        for (code, reason), indices in groups.items():
            ch.remove(indices, code=code, reason=reason)
        if headline is not None and not known[headline]:
            ch.meta(headline=texts[headline])
        return ch.commit()

    def prepare(self, doc: Document) -> Document:
        """The structural pass, for a document read from HTML (see :mod:`.structure`): the
        lines the markup marks as furniture go, each with its code and reason, before the
        text cleaners run; the page's declared metadata is recorded.  Done once per page."""
        page = doc.page
        if page is None or page.prepared >= 0:
            return doc
        fates = structural_fates(page, [b.text for b in doc.blocks])
        groups: dict[tuple[str, str], list[int]] = {}
        for i, fate in enumerate(fates):
            if fate is not None and fate is not HEADLINE and doc.blocks[i].removed is None:
                groups.setdefault(fate, []).append(i)
        ch = doc.changes(self.name)
        for (code, reason), indices in groups.items():
            ch.remove(indices, code=code, reason=reason)
        declared = dict(page.declared)
        title = declared.pop("title", None)
        ch.meta(**declared)  # JSON-LD, Open Graph, Twitter and <meta> tags first
        ch.meta(headline=next((doc.blocks[i].text for i, f in enumerate(fates) if f is HEADLINE), None))  # then the <h1>
        ch.meta(headline=title)  # and the <title> last
        doc = ch.commit()
        outside = frozenset(i for i, f in enumerate(fates) if f is not None and f[0] == "boilerplate.outside")
        return replace(doc, page=replace(page, outside=outside, prepared=len(doc.removals)))


#: Why the classifier keeps a line (:meth:`BoilerplateCleaner.decide`), by where the rules
#: placed it: its code and the reason in words.
KEPT_CODES: dict[str, tuple[str, str]] = {
    "prose": ("kept.prose", "prose, inside the article"),
    "short": ("kept.in_article", "inside the article, among its prose"),
    "furniture": ("kept.in_article", "inside the article, where only whole-line furniture goes"),
    "continues": ("kept.continues", "the article goes on past a run of short lines to more prose"),
    "list": ("kept.list", "list items (and the sentences after them) that continue the article, before the page furniture"),
    "edge": ("kept.edge", (
        "next to the article, in an edge of the page that is not furniture (an edge goes with {bad} furniture "
        "lines or more, or a run of {fragments} menu fragments or more)"
    )),
    "spared": ("kept.spared", "outside the article region, in a stretch with more text than the region, or a list under the headline"),
    "headline": ("kept.headline", "the article's headline (or its standfirst)"),
    "recipe": ("kept.recipe", "a recipe's card after the article: its ingredients (lines with quantities) and method"),
    "markup": ("kept.markup", "the markup makes it a paragraph, list item, table row or subheading of the article's container"),
    "cut": ("kept.region", "kept by the region rules"),  # not expected: a cut edge's lines go
    "none": ("kept.no_article", "no article region on the page (no live prose to anchor one): the classifier removes nothing"),
}


def _placements(trace: dict[str, Any] | None, n: int) -> list[str | None]:
    """Where :func:`.region.place` (its ``trace``) placed each of ``n`` blocks,
    as a key of :data:`KEPT_CODES` ("inside" the region as scored, "continues", "list",
    "edge", "spared"; "cut" in an edge that goes); all ``None`` when it found no region."""
    if not trace:
        return [None] * n
    lo, hi, reach = trace["lo"], trace["hi"], trace["reach"]
    cut_before, cut_after, spared = trace["cut_before"], trace["cut_after"], trace["spared"]
    out: list[str | None] = []
    for i in range(n):
        if lo <= i <= hi:
            out.append("inside")
        elif hi < i <= reach:
            out.append("continues")
        elif i in spared:
            out.append("spared")
        elif cut_before <= i < lo:
            out.append("edge")
        elif reach < i < cut_after:
            out.append("list" if cut_after < n else "edge")
        else:
            out.append("cut")
    return out


def _quoted_at(doc: Document, blocks: Sequence) -> list[bool] | None:
    """Per block of ``blocks``: does the article quote it (:meth:`Document.quoted`)? ``None`` when none is."""
    quoted = doc.quoted()
    return [b.index in quoted for b in blocks] if quoted else None


def _page_of(doc: Document) -> tuple[list, list[bool]]:
    """:func:`_page`, less the lines of an HTML page outside its article's container."""
    blocks, known = _page(doc)
    page = doc.page
    if page is None or not page.outside:
        return blocks, known
    outside = page.outside
    kept = [i for i, b in enumerate(blocks) if b.index not in outside]
    return [blocks[i] for i in kept], [known[i] for i in kept]


# The elements whose lines are the article's own text when they sit in its container.
_CONTENT_TAGS = frozenset({"p", "li", "tr", "dd", "dt", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6", "table"})
# The region's edge cuts: what the text rules say of a line only by where it is.
_EDGE_CODES = frozenset({"boilerplate.short", "boilerplate.outside"})


def _markup_spared(doc: Document, blocks: Sequence, fates: list[tuple[str, str] | None]) -> None:
    """For a page read from HTML: keep the lines that the text rules cut only for lying at an
    edge of the region (a short line, text before or after the article), when the markup puts
    them in the article's container as a paragraph, a list item, a table row or a subheading.
    A line of furniture vocabulary still goes ("Advertisement", "Share this")."""
    page = doc.page
    if page is None:
        return
    evidence = page.evidence
    for i, fate in enumerate(fates):
        if fate is not None and fate[0] in _EDGE_CODES and evidence[blocks[i].index].tag in _CONTENT_TAGS:
            fates[i] = None
