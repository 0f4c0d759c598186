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
from .cards import _INDEX, _LIVE, _PROSE, _ROW, _TEXT, _cards, _Line, _long_runs, _page, _ranked, _remembered, _topic
from .features import Decision, Features, _features_all, _scans
from .headline import _headline_end, _is_headline, _spared_headline, _spared_recipe
from .language import _language, stopwords
from .shapes import _DIGIT
from .structure import HEADLINE, structural_fates
from .vocabulary import (
    _BULLET,
    _COMMENT_BY,
    _COMMENT_HEAD,
    _COUNTED_HEAD,
    _INLINE_CONCEPTS,
    _LABEL_CONCEPTS,
    _is_answer,
    vocabulary,
)


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
            or (words <= self.vocab_max_words and coverage >= 0.75)
        ):
            how = "is" if whole else "and phrases like it make" if row else f"covers {coverage:.0%} of"
            return "bad", f"boilerplate.{concept}", f"{concept.replace('_', ' ')} vocabulary: {phrase!r} {how} the line"
        if mark and words <= self.copyright_words:
            return "bad", "boilerplate.legal", "copyright notice: '©' or 'copyright' with a year"
        if leading in _LABEL_CONCEPTS and words <= self.vocab_max_words and not ends:
            return "bad", f"boilerplate.{leading}", f"line opens with a {leading.replace('_', ' ')} label"
        if words <= 20 and urls >= self.url_density:
            return "bad", "boilerplate.links", f"{urls:.0%} of the tokens are URLs, addresses or handles"
        if (
            separators >= self.menu_separators
            and not table_row
            and words <= 30
            and not ends
            and digit_ratio < 0.3
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
        return -(self.short_penalty + self.short_word_penalty * (words if words < 20 else 20))  # min(), inline

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

    def _furniture_zone(self, labs: Sequence[str], frags: Sequence[bool], lo: int, hi: int) -> bool:
        """An edge is page furniture: furniture blocks, or a long run that is mostly menu fragments."""
        bad = labs[lo:hi].count("bad")
        frag = frags[lo:hi].count(True)
        return bad >= self.min_edge_bad or (frag >= self.edge_fragments and 2 * frag >= hi - lo)

    def _extend(self, labs: Sequence[str], start: int, stop: int) -> int:
        """From ``start`` on: one past the prose paragraphs that follow one run
        of at most ``inner_list_lines`` short lines (a line-up, a list), before
        any furniture block; ``start`` itself when there are none."""
        reach, shorts = start, 0
        for j in range(start, stop):
            lab = labs[j]
            if lab == "bad":
                break
            if lab == "short":
                if reach > start:  # the prose after the list has ended
                    break
                shorts += 1
                if shorts > self.inner_list_lines:
                    break
                continue
            reach = j + 1
        return reach

    def _fragments_only(self, labs: Sequence[str], lo: int, hi: int) -> bool:
        """The edge is furniture by its menu fragments alone (fewer furniture blocks than it takes)."""
        return labs[lo:hi].count("bad") < self.min_edge_bad

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
        lines, fates = self._classify(doc, texts, known, trace)
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
        >>> from articleclean.cleaners.boilerplate.language import stopwords
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
                f"{self.vocab_coverage:.0%} of without a sentence end, or 75% of"
            )))
        if f.copyright:
            found.append((self.copyright_words / max(words, 1), (
                f"legal: a copyright mark, but {words} words; a notice has at most {self.copyright_words}"
            )))
        if f.leading in _LABEL_CONCEPTS:
            but = "it ends a sentence" if ends else f"{words} words (a label line has at most {self.vocab_max_words})"
            near = 0.5 if ends else self.vocab_max_words / max(words, 1)
            found.append((near, f"{f.leading}: the line opens with a {f.leading.replace('_', ' ')} label, but {but}"))
        if f.url_density:
            near = f.url_density / self.url_density * min(1.0, 20 / max(words, 1))
            found.append((near, (
                f"links: {f.url_density:.0%} of the tokens are URLs, addresses or handles; the rule takes "
                f"a line of at most 20 words with {self.url_density:.0%}"
            )))
        if f.separators >= self.menu_separators:
            near = 0.5
            if f.table_row:
                but = "it is a table row ('| … |')"
            elif words > 30:
                but, near = f"{words} words (a menu line has at most 30)", 30 / words
            elif ends:
                but = "it ends a sentence"
            elif f.digit_ratio >= 0.3:
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
    ) -> tuple[list[_Line], list[tuple[str, str] | None]]:
        """Both passes over the page's blocks' texts: each block's pass-1 line
        and its removal (code, reason), ``None`` when it is kept.

        ``known`` flags the blocks an earlier cleaner removed (see :meth:`_region`):
        their fates are not removals.

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
        seen = doc.memo()
        distinct = list(dict.fromkeys(texts))
        scans = _remembered(seen, ("boilerplate.scan",), distinct, _scans)
        # Menus are full of names and English loan words: guess the language
        # from the longer blocks when there are any.
        by_text = dict(zip(distinct, scans))
        longer = list(itertools.compress(texts, map((7).__le__, map(str.count, texts, repeat(" ")))))
        lang = _language(map(by_text.__getitem__, longer or texts))
        stops = stopwords(lang) if lang and lang != "cjk" else None
        vocab = vocabulary(lang if lang and lang != "cjk" else "en")
        feats = _remembered(
            seen,
            ("boilerplate.features", lang),
            distinct,
            lambda todo: _features_all(list(map(by_text.__getitem__, todo)), stops, vocab),
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
        first: dict[str, Any] | None = None if trace is None else {}
        fates = self._region(texts, lines, head, known, headline, cards, topic, first)
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
            again = self._region(
                [texts[i] for i in keep], [lines[i] for i in keep], kept_head, kept_known, headline, kept_cards, topic,
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

    @staticmethod
    def _prose_next(labs: Sequence[str], live: Sequence[bool], next_live: list[int], j: int) -> bool:
        """Do the next two live lines after ``j`` (or the only one) read as prose paragraphs?

        A comments section puts names, dates, "Reply" lines between its
        comments; a comments head ("Show comments", "Report abuse") with
        paragraphs right after it is a widget inside the article.
        ``next_live[i]`` is the first live line after ``i`` (``len(labs)``:
        none); an empty ``next_live`` is filled on the first call (few pages
        have a comments head to weigh).
        """
        n = len(labs)
        if not next_live:
            # the k-th live line is the first after every line with k live lines up to it
            after = [*itertools.compress(range(n), live), n]
            next_live += map(after.__getitem__, itertools.accumulate(live))
        a = next_live[j]
        if a >= n or labs[a] != "good":
            return False
        b = next_live[a]
        return b >= n or labs[b] == "good"

    @staticmethod
    def _comment_shaped(labs: Sequence[str], next_live: list[int], j: int, reach: int = 12, turns: int = 2) -> bool:
        """Do the ``reach`` live lines after ``j`` read as reader comments:
        ``turns`` prose lines or more that each follow two short lines or more
        (a name and a date, "Rating: 36 Votes")?  An article's subheadings,
        one short line before a paragraph, and a byline block before one run
        of paragraphs do not.

        ``next_live`` as :meth:`_prose_next` fills it (call that first).
        """
        n = len(labs)
        seen = shorts = 0
        a = next_live[j]
        while a < n and reach:
            lab = labs[a]
            if lab == "short":
                shorts += 1
            else:
                if lab in _PROSE and shorts >= 2:
                    seen += 1
                    if seen >= turns:
                        return True
                shorts = 0
            a, reach = next_live[a], reach - 1
        return False

    def _region(
        self,
        texts: list[str],
        lines: list[_Line],
        head: int | None = None,
        known: Sequence[bool] | None = None,
        headline: bool = False,
        cards: frozenset[int] = frozenset(),
        topic: frozenset[str] = frozenset(),
        trace: dict[str, Any] | None = None,
    ) -> list[tuple[str, str] | None]:
        """Pass 2 over blocks labelled by pass 1: the region, its edges, the
        removals (code and reason of each removed block, ``None`` for kept).

        ``head`` is one past the article's headline (see :func:`_headline_end`), if known;
        ``headline`` says that line is the whole headline (see :func:`_is_headline`),
        not a piece of the title.

        ``cards`` are the lines of teaser cards of other stories (see :func:`_cards`);
        ``topic`` the content words of the page's title (see :func:`_topic`).

        ``known`` flags the blocks an earlier cleaner removed.  The rules read
        them in their place, as pass 1 labelled them, except that a known
        block scores at most 0 in the region search: it parts stretches but
        cannot anchor the article (a removed gallery of long captions is not
        the article).  A known block's fate is not a removal (it only says
        whether the settle pass sees the block).  Do no harm: when no live block is prose, or the region's
        prose is all known, nothing is removed.

        The rules read the lines' fields as columns (one transpose), and
        the loops that every line goes through do only what needs Python.

        ``trace`` (explain mode only) is filled with where the rules put the
        region and its edges, and which stretches outside it they spared
        (see :func:`_placement`); it stays empty when no region is found.
        """
        n = len(texts)
        fates: list[tuple[str, str] | None] = [None] * n
        if not n:
            return fates
        scores: Sequence[float]
        labs, codes, reasons, words, scores, frags, listy, list_items, caps, wholes, inlines = zip(*lines)
        live = [True] * n if known is None else list(map(operator.not_, known))
        if "good" not in itertools.compress(labs, live):
            return fates  # no (live) prose: nothing to anchor an article region on
        best, best_lo, best_hi = float("-inf"), 0, 0
        run, lo = 0.0, 0
        if known is not None:
            # a removed line still parts stretches, but cannot anchor the region:
            # a removed gallery of long captions is not the article
            scores = [min(sc, 0.0) if k else sc for sc, k in zip(scores, known)]
        for i, s in enumerate(scores):
            if run <= 0:
                run, lo = s, i
            else:
                run += s
            if run > best:
                best, best_lo, best_hi = run, lo, i
        region = slice(best_lo, best_hi + 1)
        if not any(map(operator.and_, live[region], map(_PROSE.__contains__, labs[region]))):
            return fates  # the region's prose is what earlier cleaners removed: no article to anchor on
        # The article starts at its headline (the line that repeats the page
        # title, a headline's length): a region that reaches above it through
        # page furniture took in the teasers of a menu or a list.
        if (
            head is not None
            and headline
            and best_lo < head - 1 <= best_hi
            and words[head - 1] >= self.headline_words
            and self._furniture_zone(labs, frags, best_lo, head - 1)
        ):
            best_lo = head - 1
        # ... and what is above a headline just over the region (past its
        # byline, date and share lines) is the page's, however long.
        above = head - 1 if head is not None and headline and best_lo - self.head_gap - 1 <= head - 1 <= best_lo else 0
        # The end of the article: a reader-comments zone ("34 Comments",
        # "Leave a Reply", "name says:") after the region's first paragraph.
        comments_at = n
        prose = 0
        next_live: list[int] = []  # see _prose_next

        def comments_head(j: int, before: int, after: int, past: bool = False) -> bool:
            """A comments head at ``j``: a comment's byline ("jdoe says:"), or a
            head that does not end like a sentence and either
            - has no prose paragraphs right after it ("Show comments", then
              names and dates) and more of the region's prose above it than
              below it (``before``, ``after``: words of its paragraphs; a
              counter or a "View comments" link by the byline heads a share
              bar, not the comments), or comments after it (names and dates
              between paragraphs, :meth:`_comment_shaped`), however long;
            - or counts the comments or invites one ("34 Comments", "Leave a
              Reply") and has more prose above it than below it.
            ``past``: ``j`` is past the region, where a stretch of the article
            may still be spared: a widget head ("View comments") ends
            the page only with comments after it."""
            t = texts[j]
            if words[j] > 8:
                return False
            if t.rstrip().endswith(":") and _COMMENT_BY.search(t):  # "jdoe says:"
                return True
            if t.rstrip().endswith(".") or not _COMMENT_HEAD.search(t):
                return False
            counted = _COUNTED_HEAD.match(t) is not None
            if self._prose_next(labs, live, next_live, j):
                return counted and before > after
            if past:  # past the region a widget head needs comments after it
                return counted or self._comment_shaped(labs, next_live, j)
            return before > after or self._comment_shaped(labs, next_live, j)

        region = slice(best_lo, best_hi + 1)
        region_prose = sum(itertools.compress(words[region], map("good".__eq__, labs[region])))
        for j in range(best_lo, best_hi + 1):
            if labs[j] == "good":
                prose += words[j]
            elif prose >= self.comments_after_words and comments_head(j, prose, region_prose - prose):
                comments_at = j
                goods = [k for k in range(best_lo, j) if labs[k] == "good"]
                best_hi = goods[-1]
                break
        # A comments zone after the region: it and all after it go, whatever
        # its length (readers' comments are prose); what is before it is
        # decided as if it were not there.
        comments_after = n
        if comments_at == n and prose >= self.comments_after_words:
            comments_after = next((j for j in range(best_hi + 1, n) if comments_head(j, prose, 0, past=True)), n)
        # The edges: a zone before or after the region is page furniture when
        # it holds furniture blocks or is a long run of lines; it is cut whole,
        # except list items that continue the article (digits or bullets, right
        # after the region) and stretches that hold more text than the region.
        # Short lines alone (a team line-up, a list of names) do not make the
        # prose right after them furniture: when the edge after the region is
        # furniture only by its fragments, the article goes on through one run
        # of at most ``inner_list_lines`` short lines to the prose paragraphs
        # right after it.
        core_hi = best_hi  # the region as scored: what other stretches are weighed against
        if comments_at == n and self._fragments_only(labs, best_hi + 1, n):
            best_hi = self._extend(labs, best_hi + 1, n) - 1
        cut_before = best_lo if self._furniture_zone(labs, frags, 0, best_lo) else 0
        cut_after = best_hi + 1
        # a ranked headline list is not the article's text, however long (see _ranked)
        ranked = _ranked(texts, lines, words, listy, self.ranked_items, self.ranked_item_words, best_lo, best_hi, topic)
        listed_lines = ranked | {i for i in cards if not best_lo <= i <= best_hi}
        if comments_at < n or self._furniture_zone(labs, frags, cut_after, n):
            end = min(n, comments_at)

            def item(j: int) -> bool:
                return listy[j] and words[j] <= 15 and j not in listed_lines

            # list items (a heading line may open the list) continue the article
            listed_from = cut_after
            while cut_after < end and (item(cut_after) or (
                cut_after + 1 < end and labs[cut_after] == "short" and words[cut_after] <= 6 and item(cut_after + 1)
            )):
                cut_after += 1
            # ... and so do the sentences right after such a list, before any furniture
            # ("The plan includes:" • a • b, "The council will publish it next week.")
            if cut_after > listed_from:
                while cut_after < end and labs[cut_after] in _PROSE and cut_after not in listed_lines:
                    cut_after += 1
        else:
            cut_after = n
        core = slice(best_lo, core_hi + 1)
        region_words = sum(itertools.compress(words[core], map("bad".__ne__, labs[core])))
        # list items count as a list only in a streak (table rows, a calendar);
        # teasers alternate a headline with a date line.
        streak = _long_runs(list_items, self.list_streak)
        # a run of menu fragments splits the stretches too (pages with no vocabulary)
        menu_run = _long_runs(frags, self.menu_run_lines)
        # A short region is a weak claim: text outside it is spared more readily.
        ratio = self.spare_ratio if region_words >= self.confident_words else self.weak_spare_ratio
        # A list that opens right under the headline (past its byline, date
        # and share lines) is the article's own: a calendar, a results table.
        under_head = -1
        if head is not None:
            j = head
            while j < n and j - head <= self.head_gap and labs[j] in ("short", "bad") and not streak[j]:
                j += 1
            k = j
            while k < n and streak[k]:
                k += 1
            if k - j >= self.head_list and (j == 0 or not streak[j - 1]):
                under_head = j
        spared: set[int] = set()
        run_ids: list[int] = []
        content = items = ranked_words = 0
        listed = paragraphs = False
        item_words = self.list_item_words
        above = min(above, cut_before)
        for j in [*range(0, above), -1, *range(above, cut_before), -1, *range(cut_after, n), -1]:
            if j >= 0 and labs[j] != "bad" and j < comments_at and j < comments_after and not menu_run[j]:
                run_ids.append(j)
                if j in listed_lines:  # a list of other pages weighs only beside the stretch's own paragraphs
                    ranked_words += words[j]
                elif labs[j] != "short":
                    content += words[j]
                    paragraphs = True
                elif streak[j]:
                    items += words[j]
                    listed = listed or j == under_head
                elif words[j] >= item_words and caps[j] < 0.8:
                    content += words[j]
                continue
            if not run_ids:
                continue
            if paragraphs:
                content += ranked_words
            if run_ids[-1] < above:
                pass  # above the article's headline: the page's, however long
            elif content + items > region_words * ratio or items > region_words * self.spare_list_ratio:
                spared.update(run_ids)
            elif listed:  # the list and what follows it, not the page above the headline
                spared.update(k for k in run_ids if k >= (head or 0))
            run_ids, content, items, listed, ranked_words, paragraphs = [], 0, 0, False, 0, False
        # The edges go, but what is spared; furniture with its own code and reason.
        for where, edge in (("before", slice(0, cut_before)), ("after", slice(cut_after, n))):
            where = f"{where} the article, among page furniture"
            short = ("boilerplate.short", f"short line {where}")
            outside = ("boilerplate.outside", f"text {where}")
            tail = f", {where}"
            fates[edge] = [
                (code, reason + tail) if lab == "bad" else short if lab == "short" else outside
                for lab, code, reason in zip(labs[edge], codes[edge], reasons[edge])
            ]
        for i in spared:
            fates[i] = None
        for i in listed_lines:  # the lists of other pages that go, with their own reason
            if fates[i] is not None:
                what = "ranked headline list ('Most read': 1, a headline, 2 …)" if i in ranked else (
                    "teaser cards of other stories (a title, a date or byline …)"
                )
                fates[i] = ("boilerplate.outside", f"{what}, {'before' if i < best_lo else 'after'} the article")
        for i in range(comments_after, n):
            if fates[i] is None and live[i]:
                fates[i] = ("boilerplate.comments", "reader comments, after the article")
        # whole-line furniture ("Advertisement") goes inside the article too
        for i in itertools.compress(range(cut_before, cut_after), wholes[cut_before:cut_after]):
            if inlines[i] or not best_lo <= i <= best_hi:
                where = "inside the article" if best_lo <= i <= best_hi else "next to the article"
                fates[i] = (codes[i], f"{reasons[i]}, {where}")
        if trace is not None:
            trace.update(lo=best_lo, hi=core_hi, reach=best_hi, cut_before=cut_before, cut_after=cut_after, spared=spared)
        return fates

    def apply(self, doc: Document) -> Document:
        # The region is decided once, on the whole page: a settle pass does not
        # look for a region inside the region.
        page = doc.page
        decided = doc.removals[page.prepared :] if page is not None and page.prepared >= 0 else doc.removals
        if any(r.cleaner == self.name for r in decided):
            return doc
        blocks, known = _page_of(doc)
        texts = list(map(_TEXT, blocks))
        fates = self._classify(doc, texts, known)[1]
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
    """Where :meth:`BoilerplateCleaner._region` (its ``trace``) placed each of ``n`` blocks,
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
