"""Line features: what the cleaners read of a document's lines, computed once per document.

A cleaner does not tokenise a line, count its words or fold it into a phrase key itself, and
it keeps no cache of its own: it asks the document's :class:`LineFeatures`
(:meth:`articleclean.document.Document.features`), which every version of the document
shares (a removal or an edit makes a new :class:`~articleclean.document.Document`; the
features of the texts it did not change are not computed again).

Three kinds of feature:

* the **shared features** of a line's text, which every cleaner reads:
  :meth:`LineFeatures.words` (:func:`articleclean.text.word_count`) and
  :meth:`LineFeatures.key` (:func:`articleclean.lexicon.normalise_phrase`, the key of the
  one vocabulary);
* the **table** of the live lines (:class:`LineTable`): their texts and word counts in
  columns (:meth:`articleclean.document.Document.table`);
* a **cleaner's own features**: any pure function of a line's text (and fixed
  arguments), named by the function itself, not by an ad-hoc key:
  ``feats.derived(has_candidate, text)``, ``feats.derived_many(scans, texts)``.

The same questions asked without a document (a function called on one line) go to
:data:`PLAIN`, which computes each answer and keeps nothing.

Memory: a feature is kept for a text of up to :data:`MEMO_TEXT_LIMIT` characters only; a
longer text's (a document that is one long line) is computed again when asked again, so
that the versions of a long line an edit made are not all kept.

>>> feats = LineFeatures()
>>> feats.words("Sign up for our newsletter"), feats.key("  Sign UP for our newsletter! ")
(5, 'sign up for our newsletter')
>>> feats.derived(str.upper, "abc"), feats.derived(str.upper, "abc") is feats.derived(str.upper, "abc")
('ABC', True)
>>> import pickle; pickle.loads(pickle.dumps(feats)).words("a b")  # a cache pickles empty
2
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from .lexicon import normalise_phrase
from .text import word_count

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .document import Block

__all__ = ["MEMO_TEXT_LIMIT", "PLAIN", "LineFeatures", "LineTable", "TextFeatures"]

_T = TypeVar("_T")

#: The longest text (characters) whose features are kept after they were computed.  A cache
#: keyed by text keeps every version of a text it has seen: for a document that is one long
#: line, a copy of the line per edit.  So a longer text's features are computed again when
#: asked again (they are functions of the text, so they are the same), but for its word
#: count, which an edit that replaces the text drops (:meth:`LineFeatures.forget`).
MEMO_TEXT_LIMIT = 1 << 16


class TextFeatures(Protocol):
    """The shared features of a line's text, as a function that reads one line asks for them."""

    def words(self, text: str) -> int: ...

    def key(self, text: str) -> str: ...


class _Plain:
    """The shared features computed on each call and never kept: for a line read without its document."""

    __slots__ = ()

    def words(self, text: str) -> int:
        return word_count(text)

    def key(self, text: str) -> str:
        return normalise_phrase(text)

    def __reduce__(self) -> str:
        return "PLAIN"


#: Features for a line read on its own (no document): computed, never kept.
PLAIN: TextFeatures = _Plain()


class LineTable(NamedTuple):
    """The live lines of one version of a document, in columns (row ``i`` is ``live[i]``).

    ``words[i]`` is :meth:`LineFeatures.words` of ``texts[i]``.  A feature that a cleaner
    reads of some lines only (a phrase key; a sentence end, which furniture reads only of
    lines of six words or more) is no column: it is asked line by line.
    """

    live: tuple[Block, ...]
    texts: tuple[str, ...]
    words: tuple[int, ...]


class LineFeatures:
    """The features of one source document's line texts, shared by its versions.

    Not part of a document's value (equality, repr), and pickled empty: it holds
    nothing but answers that can be computed again.
    """

    __slots__ = ("_derived", "_keys", "_words", "live", "quoted", "scan")

    def __init__(self) -> None:
        self._words: dict[str, int] = {}
        self._keys: dict[str, str] = {}
        # a cleaner's features: (function, its fixed arguments) -> {text: value}
        # (a dict, or a read-only map that a call of derived_many replaces)
        self._derived: dict[Hashable, dict[str, Any] | MappingProxyType[str, Any]] = {}
        # One slot each for the latest version's whole-document reads (see Document.live,
        # Document.quoted and articleclean.scan): the blocks they were read
        # from, and what was read; None before the first read.
        self.live: tuple[Any, ...] | None = None
        self.quoted: Any = None
        self.scan: tuple[Any, ...] | None = None

    def __reduce__(self) -> tuple[type[LineFeatures], tuple[()]]:  # a cache is not state: pickle it empty
        return (LineFeatures, ())

    # -- the shared features -----------------------------------------------------------
    def words(self, text: str) -> int:
        """:func:`articleclean.text.word_count` of ``text``, kept whatever its length (a long line's count is
        asked again by each cleaner; an edit that replaces a long block text drops it, :meth:`forget`).  Ask it
        of a block's text, not of a piece of a long one: a piece would stay (count a piece with
        :func:`articleclean.text.word_count`)."""
        n = self._words.get(text)
        if n is None:
            n = self._words[text] = word_count(text)
        return n

    def key(self, text: str) -> str:
        """:func:`articleclean.lexicon.normalise_phrase` of ``text``: the phrase key the vocabulary is read with."""
        k = self._keys.get(text)
        if k is None:
            k = normalise_phrase(text)
            if len(text) <= MEMO_TEXT_LIMIT:
                self._keys[text] = k
        return k

    def forget(self, text: str) -> None:
        """Drop the shared features of ``text``, a long block text an edit replaced."""
        self._words.pop(text, None)
        self._keys.pop(text, None)

    def lines(self, live: Sequence[Block]) -> LineTable:
        """The :class:`LineTable` of the blocks ``live`` (a version's live blocks, in order)."""
        texts = tuple([b.text for b in live])
        return LineTable(tuple(live), texts, tuple(map(self.words, texts)))

    # -- a cleaner's features ----------------------------------------------------------
    def derived(self, fn: Callable[..., _T], text: str, *args: Hashable) -> _T:
        """``fn(text, *args)``, a pure function of the text, computed once per document."""
        table = self._derived.get((fn, *args) if args else fn) or self.answers(fn, *args)
        try:
            return table[text]
        except KeyError:
            return _keep(table, text, fn(text, *args))

    def built(self, fn: Callable[..., _T], text: str, *args: Hashable) -> _T:
        """``fn(self, text, *args)``: a pure function of the text that reads the shared features
        (:meth:`words`, :meth:`key`) on its way, computed once per document."""
        table = self._derived.get((fn, *args) if args else fn) or self.answers(fn, *args)
        try:
            return table[text]
        except KeyError:
            return _keep(table, text, fn(self, text, *args))

    def column(self, fn: Callable[..., _T], texts: Iterable[str], *args: Hashable) -> list[_T]:
        """:meth:`derived` of each of ``texts``: a column of the table."""
        table = self.answers(fn, *args)
        out = []
        for text in texts:
            try:
                out.append(table[text])
            except KeyError:
                out.append(_keep(table, text, fn(text, *args)))
        return out

    def answers(self, fn: Callable[..., Any], *args: Hashable) -> dict[Any, Any]:
        """The answers of ``fn`` with ``args`` kept so far: by text for :meth:`derived`, or by the
        function's own other arguments where a caller keeps them (the typo fixer's verdicts on a
        word in its context).  For a loop over many lines that looks them up itself; a text over
        :data:`MEMO_TEXT_LIMIT` characters is not put in."""
        slot = (fn, *args) if args else fn  # (no tuple made for a function of the text alone)
        table: Any = self._derived.get(slot)
        if table is None:
            table = self._derived[slot] = {}
        return table

    def derived_many(self, fn: Callable[..., list[_T]], texts: list[str], *args: Any, name: Hashable = None) -> list[_T]:
        """``fn(texts, *args)``, a function that reads many texts at once and answers for each
        (a pure function of each text and ``args``), computed once per text and document.
        The answers are kept in a read-only map that a later call replaces with a larger one.
        ``name`` stands for ``fn`` and ``args`` as the answers' name where they are not
        hashable (a closure made anew for each call)."""
        slot = (LineFeatures.derived_many, fn, *args) if name is None else (LineFeatures.derived_many, name)  # (not derived's)
        known: Any = self._derived.get(slot)
        if known is None:  # a new document
            values = fn(texts, *args)
            self._derived[slot] = MappingProxyType(_kept(texts, values))
            return values
        values = list(map(known.get, texts))
        if None in values:
            todo = [t for t, v in zip(texts, values) if v is None]
            new = dict(zip(todo, fn(todo, *args)))
            self._derived[slot] = MappingProxyType({**known, **_kept(todo, map(new.__getitem__, todo))})
            values = list(map(known.get, texts, map(new.get, texts)))
        return values


def _keep(table: Any, text: str, value: _T) -> _T:
    """``value``, kept in ``table`` as ``text``'s answer unless the text is too long to keep (:data:`MEMO_TEXT_LIMIT`)."""
    if len(text) <= MEMO_TEXT_LIMIT:
        table[text] = value
    return value


def _kept(texts: Iterable[str], values: Iterable[_T]) -> dict[str, _T]:
    """``texts`` to ``values``, but for the texts too long to keep (:data:`MEMO_TEXT_LIMIT`)."""
    return {t: v for t, v in zip(texts, values) if len(t) <= MEMO_TEXT_LIMIT}
