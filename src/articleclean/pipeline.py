"""Pipelines of named cleaners, and the explained result of running one.

>>> p = default_pipeline().without("duplicates")
>>> "duplicates" in p.names
False
>>> p.configure("jobs", min_anchors=3).get("jobs").min_anchors
3
>>> result = p.run("SIGN UP\\n\\nThe article.")
>>> result.text
'The article.'
>>> result.removals[0].code
'newsletter.signup'
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from .base import Cleaner, is_line_local
from .document import Document, Fix, Metadata, Removal
from .registry import DEFAULT_ORDER, Registry, default_registry

__all__ = ["STRICT_SETTLE_ENV", "UNJUDGED", "CleanResult", "Kept", "NotSettledError", "Pipeline", "default_pipeline"]


class NotSettledError(RuntimeError):
    """A pipeline with ``strict_settle`` still changed the text in its last settle pass."""


#: Set (to anything but "" or "0") in the environment, it makes every pipeline strict
#: (:attr:`Pipeline.strict_settle`): the test suite sets it, so that a pipeline that does not
#: settle fails any test that runs it, in worker processes too.  It is read only when a
#: pipeline has not settled.
STRICT_SETTLE_ENV = "ARTICLECLEAN_STRICT_SETTLE"

#: The code of a kept line that no cleaner judged (no cleaner with a ``decide`` ran, or it
#: did not look at the line) and no rule removed.
UNJUDGED = "kept.unjudged"


@dataclass(frozen=True, slots=True)
class Kept:
    """Why a line of the clean text is still there, recorded when the pipeline runs with
    ``explain``: the decision of the cleaner that judged every line (the boilerplate
    classifier), as a code (``kept.prose``, ``kept.in_article``, ``kept.headline`` …, see
    the README) and a reason in words, with the evidence it read and the furniture rule
    that came nearest to taking the line but declined (``""`` when none did).  A line no
    cleaner judged has the code ``kept.unjudged``."""

    line: int  # 1-based line of the source
    cleaner: str  # "" for a line no cleaner judged
    label: str  # the first pass's label: good, neargood, short, bad ("" when not judged)
    reason: str
    code: str = UNJUDGED
    #: (name, value) pairs: words, stopword_density, url_density, sentence_end, region
    #: (inside, before or after the article region, or none), article (its source lines)
    evidence: tuple[tuple[str, Any], ...] = ()
    declined: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "cleaner": self.cleaner,
            "code": self.code,
            "label": self.label,
            "reason": self.reason,
            "evidence": dict(self.evidence),
            "declined": self.declined,
        }


@dataclass(frozen=True)
class CleanResult:
    """Clean text plus everything that was removed, fixed and learned, with reasons."""

    text: str
    metadata: Metadata
    removals: tuple[Removal, ...]
    fixes: tuple[Fix, ...]
    #: with ``Pipeline.run(text, explain=True)``: why each kept line stays (empty otherwise)
    kept: tuple[Kept, ...] = ()
    #: False when the pipeline's settle passes ran out with the text still changing (see
    #: :attr:`Pipeline.settle_passes`): cleaning it again may change it.  A bug to report.
    settled: bool = True

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-serialisable dict (``kept`` only when recorded, ``settled`` only when false)."""
        out: dict[str, Any] = {
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "removals": [r.to_dict() for r in self.removals],
            "fixes": [f.to_dict() for f in self.fixes],
        }
        if self.kept:
            out["kept"] = [k.to_dict() for k in self.kept]
        if not self.settled:
            out["settled"] = False
        return out

    def to_json(self, **kwargs: Any) -> str:
        import json  # imported when asked for, not with the package

        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_document(
        cls, doc: Document, kept: Mapping[int, tuple[Any, ...]] | None = None, *, settled: bool = True
    ) -> CleanResult:
        """The result of a cleaned document.  With nothing removed or fixed, the text is the
        source as it came, byte for byte (its indentation, blank lines, trailing spaces and line
        breaks); otherwise (and for a text of white space only, which gives "") paragraphs are
        rendered as :meth:`Document.text` does.

        ``kept`` (explain mode, as :meth:`Pipeline.run_document` fills it) maps a block's
        index to the fields of its :class:`Kept` after the line; every live block gets a
        record, one that no cleaner judged :data:`UNJUDGED`."""
        removals = tuple(sorted(doc.removals, key=lambda r: r.start))
        text = doc.source if not removals and not doc.fixes and doc.blocks else doc.text()
        notes: tuple[Kept, ...] = ()
        if kept is not None:
            notes = tuple(
                Kept(b.line, *kept[b.index]) if b.index in kept else Kept(b.line, "", "", _UNJUDGED_REASON)
                for b in doc.live()
            )
        return cls(text, doc.metadata, removals, doc.fixes, notes, settled)


@dataclass(frozen=True)
class Pipeline:
    """An ordered, immutable sequence of cleaners with unique names."""

    cleaners: tuple[Cleaner, ...]
    #: After the first pass, cleaners whose input changed run again (at most
    #: this many passes) until nothing changes: a block removed or edited by a
    #: late cleaner can change what an earlier one sees, and cleaning must be
    #: idempotent.
    settle_passes: int = 3
    #: Raise :class:`NotSettledError` when every settle pass still changed something
    #: (tests run with it on: a pipeline that does not settle is a bug, not a result).
    strict_settle: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "cleaners", tuple(self.cleaners))
        seen: set[str] = set()
        for c in self.cleaners:
            if not isinstance(c, Cleaner):
                raise TypeError(f"{c!r} is not a cleaner: it needs a 'name' and an 'apply(doc)' method")
            if c.name in seen:
                raise ValueError(f"cleaner name {c.name!r} appears twice in the pipeline")
            seen.add(c.name)

    # -- building ------------------------------------------------------------
    @classmethod
    def from_names(
        cls,
        names: Iterable[str],
        *,
        registry: Registry | None = None,
        config: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> Pipeline:
        """Build a pipeline from cleaner names, with optional per-cleaner settings.

        >>> Pipeline.from_names(["whitespace", "duplicates"], config={"duplicates": {"min_words": 3}}).names
        ('whitespace', 'duplicates')
        """
        reg = registry or default_registry()
        config = config or {}
        names = list(names)
        unknown = set(config) - set(names)
        if unknown:
            raise KeyError(f"settings given for cleaner(s) not in the pipeline: {sorted(unknown)}")
        return cls(tuple(reg.create(n, **dict(config.get(n, {}))) for n in names))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.cleaners)

    def get(self, name: str) -> Cleaner:
        for c in self.cleaners:
            if c.name == name:
                return c
        raise KeyError(f"no cleaner {name!r} in this pipeline; it has: {', '.join(self.names)}")

    def without(self, *names: str) -> Pipeline:
        """The pipeline less the named cleaners (each must be present)."""
        for n in names:
            self.get(n)
        return replace(self, cleaners=tuple(c for c in self.cleaners if c.name not in names))

    def only(self, *names: str) -> Pipeline:
        """Only the named cleaners, in this pipeline's order."""
        for n in names:
            self.get(n)
        return replace(self, cleaners=tuple(c for c in self.cleaners if c.name in names))

    def with_cleaner(self, cleaner: Cleaner, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """Add (or replace, by name) a cleaner; at the end unless ``before``/``after`` is given."""
        if before and after:
            raise ValueError("give before or after, not both")
        rest = [c for c in self.cleaners if c.name != cleaner.name]
        if before or after:
            anchor = before or after
            idx = [c.name for c in rest].index(self.get(anchor).name)  # type: ignore[arg-type]
            rest.insert(idx if before else idx + 1, cleaner)
        elif cleaner.name in self.names:
            rest.insert(self.names.index(cleaner.name), cleaner)
        else:
            rest.append(cleaner)
        return replace(self, cleaners=tuple(rest))

    def configure(self, name: str, **overrides: Any) -> Pipeline:
        """A copy with one cleaner's settings changed."""
        c = self.get(name)
        configure = getattr(c, "configure", None)
        if configure is None:
            raise TypeError(f"cleaner {name!r} has no settings to configure")
        return self.with_cleaner(configure(**overrides))

    def apply_options(self, **options: Any) -> Pipeline:
        """Fold keyword options into a pipeline: ``name=False`` drops a cleaner,
        ``name={...}`` configures it.

        >>> default_pipeline().apply_options(duplicates=False).names[-1]
        'metadata'
        """
        p = self
        for name, value in options.items():
            if name not in p.names:
                raise TypeError(f"unknown option {name!r}; options are cleaner names: {', '.join(p.names)}")
            if value is False or value is None:
                p = p.without(name)
            elif value is True:
                continue
            elif isinstance(value, Mapping):
                p = p.configure(name, **value)
            else:
                raise TypeError(f"option {name!r} takes True, False or a dict of settings, not {value!r}")
        return p

    # -- running -------------------------------------------------------------
    def run_document(self, doc: Document, kept: dict[int, tuple[Any, ...]] | None = None) -> Document:
        """Run every cleaner, then settle: rerun cleaners until nothing changes.

        A cleaner is a pure function of the live blocks and their text, so in a
        settle pass it is rerun only when a block was removed or edited since it
        last started (its own changes included: they change what it sees, too),
        and a ``line_local`` cleaner only when a line was edited.
        A late change can give an earlier cleaner something to do — a removal
        changes a neighbourhood, an edit can leave text another fixer repairs —
        and cleaning must be idempotent.

        ``kept``, when given, is filled with why each block a cleaner judged stays:
        block index -> (cleaner, label, reason, code, evidence, declined), the fields of
        :class:`Kept` after its line, from the ``decide`` of a cleaner that has one, on
        the document as that cleaner first sees it.

        When the settle passes run out and the text still changes, this raises
        :class:`NotSettledError` if the pipeline is strict (:attr:`strict_settle`, or
        :data:`STRICT_SETTLE_ENV` set); :meth:`run` says so in :attr:`CleanResult.settled`.
        """
        return self._run(doc, kept)[0]

    def _run(self, doc: Document, kept: dict[int, tuple[Any, ...]] | None = None) -> tuple[Document, bool]:
        """:meth:`run_document`, and whether the pipeline settled."""

        def changes(d: Document, c: Cleaner) -> int:
            # a removal cannot change a line-local cleaner's decision on the lines left
            return len(d.fixes) if is_line_local(c) else len(d.removals) + len(d.fixes)

        if doc.page is not None:
            # A page read from HTML: cleaners that weigh its markup (the classifier's
            # structural pass) decide first what lies outside the article, so that
            # no cleaner reads the page's menus and footers line by line.
            for c in self.cleaners:
                if (prepare := getattr(c, "prepare", None)) is not None:
                    doc = prepare(doc)
        seen: dict[str, int] = {}
        for c in self.cleaners:
            seen[c.name] = changes(doc, c)
            if kept is not None and (decide := getattr(c, "decide", None)) is not None:
                for d in decide(doc):
                    if not d.removed:
                        why = (getattr(d, "kept", "") or f"kept.{c.name}", getattr(d, "evidence", ()), getattr(d, "declined", ""))
                        kept[d.index] = (c.name, d.label, d.reason, *why)
            doc = c.apply(doc)
        for _ in range(self.settle_passes):
            changed = False
            for c in self.cleaners:
                now = changes(doc, c)
                if seen[c.name] == now:
                    continue
                seen[c.name] = now
                before = len(doc.removals) + len(doc.fixes)
                doc = c.apply(doc)
                changed = changed or len(doc.removals) + len(doc.fixes) > before
            if not changed:
                break
        else:
            if self.settle_passes:
                if self.strict_settle or os.environ.get(STRICT_SETTLE_ENV, "0") not in ("", "0"):
                    raise NotSettledError(
                        f"the pipeline did not settle in {self.settle_passes} passes: a cleaner still changed "
                        "the text in the last one"
                    )
                return doc, False
        return doc, True

    def run(self, text: str, *, explain: bool = False) -> CleanResult:
        """Clean ``text`` and explain every decision; with ``explain``, also why each kept
        line stays (:attr:`CleanResult.kept`; it costs one more pass of the classifier)."""
        if not isinstance(text, str):
            raise TypeError(_not_text(text))
        if not explain:
            doc, settled = self._run(Document.from_text(text))
            return CleanResult.from_document(doc, settled=settled)
        kept: dict[int, tuple[Any, ...]] = {}
        doc, settled = self._run(Document.from_text(text), kept)
        return CleanResult.from_document(doc, kept, settled=settled)

    def run_html(self, html: Any, *, explain: bool = False) -> CleanResult:
        """Clean an HTML page (``str``, ``bytes`` or a BeautifulSoup object): its text, read
        with the markup's evidence (:func:`articleclean.htmldoc.html_document`), through
        this pipeline.  Removals' offsets and lines are in the page's text
        (:func:`articleclean.htmldoc.read_html`)."""
        from .htmldoc import html_document

        doc = html_document(html)
        kept: dict[int, tuple[Any, ...]] | None = {} if explain else None
        done, settled = self._run(doc, kept)
        return CleanResult.from_document(done, kept, settled=settled)

    def clean(self, text: str) -> str:
        """Only the clean text."""
        return self.run(text).text

    __call__ = clean


_UNJUDGED_REASON = "no cleaner judged this line (none that judges every line ran), and no rule removed it"


def _not_text(value: object) -> str:
    """Why ``value`` cannot be cleaned, and what to do.

    >>> _not_text(None)
    "articleclean cleans str, not None (a missing value?); skip missing values, e.g. pandas' series.map(clean, na_action='ignore')"
    >>> _not_text(b"x")
    'articleclean cleans str, not bytes; decode bytes first, e.g. data.decode("utf-8")'
    """
    kind = type(value).__name__
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f'articleclean cleans str, not {kind}; decode bytes first, e.g. data.decode("utf-8")'
    missing = value is None or (isinstance(value, float) and value != value) or kind in ("NAType", "NaTType")
    if missing:
        shown = "None" if value is None else f"{kind} {value!r}"
        return (f"articleclean cleans str, not {shown} (a missing value?); skip missing values, "
                "e.g. pandas' series.map(clean, na_action='ignore')")
    return f"articleclean cleans str, not {kind}"


@functools.cache
def default_pipeline() -> Pipeline:
    """Every built-in cleaner in the default order, with default settings.

    Built once: a pipeline, its cleaners and the default registry are immutable, so every
    ``clean(text)`` shares it (building it cost about 0.7 ms a call).
    """
    return Pipeline.from_names(DEFAULT_ORDER)
