"""A readable view of one cleaned document: every source line, removed ones marked with their reasons.

>>> from articleclean import default_pipeline
>>> text = "SIGN UP\\nFor your free daily news bulletin\\n\\nThe council met on Monday."
>>> print(render(text, default_pipeline().run(text)))
--- removed by newsletter [newsletter.signup] line 1: newsletter or sign-up prompt addressed to the reader
   1 - SIGN UP
--- removed by newsletter [newsletter.signup] line 2: newsletter or sign-up prompt addressed to the reader
   2 - For your free daily news bulletin
   3
   4   The council met on Monday.
<BLANKLINE>
2 removals, 0 fixes; 4 lines in, 1 kept
"""

from __future__ import annotations

from .pipeline import CleanResult, Kept

__all__ = ["render"]

_RED = "\x1b[31m"
_YELLOW = "\x1b[33m"
_CYAN = "\x1b[36m"
_DIM = "\x1b[2m"
_RESET = "\x1b[0m"


def render(source: str, result: CleanResult, *, color: bool = False, every_kept: bool = False) -> str:
    """``source`` line by line: kept lines indented, removed lines marked ``-`` under a
    header naming the cleaner, code and reason; then metadata and fixes.  When the result
    records why kept lines stay (``Pipeline.run(text, explain=True)``), a ``+++ kept``
    header with its code says so wherever the reason changes; with ``every_kept``, above
    every kept line, with the evidence read and the nearest furniture rule that declined
    (the CLI's ``--why-kept``).  A result that did not settle says so at the end.

    ANSI colours only when ``color`` is true (the CLI asks for them when stdout is a terminal).
    """

    def paint(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    lines = source.splitlines()
    width = max(4, len(str(len(lines))))
    starts = {r.line_start: r for r in result.removals}
    removed: set[int] = set()
    for rem in result.removals:
        removed.update(range(rem.line_start, rem.line_end + 1))
    fixed_lines = {f.line for f in result.fixes}
    kept_at = {k.line: k for k in result.kept}
    last_kept: tuple[str, str] | None = None
    out: list[str] = []
    meta = {k: v for k, v in result.metadata.to_dict().items() if v}
    if meta:
        out.append(paint(_CYAN, "metadata: " + "; ".join(f"{k}: {v}" for k, v in meta.items())))
    for number, line in enumerate(lines, 1):
        r = starts.get(number)
        if r is not None:
            span = f"line {r.line_start}" if r.line_start == r.line_end else f"lines {r.line_start}-{r.line_end}"
            out.append(paint(_YELLOW, f"--- removed by {r.cleaner} [{r.code}] {span}: {r.reason}"))
        if not line.strip():
            out.append(f"{number:>{width}}")
        elif number in removed:
            out.append(paint(_RED, f"{number:>{width}} - {line}"))
        else:
            k = kept_at.get(number)
            if k is not None and (every_kept or (k.code, k.reason) != last_kept):
                by = f"by {k.cleaner} " if k.cleaner else ""
                label = f" ({k.label})" if k.label else ""
                out.append(paint(_DIM, f"+++ kept {by}[{k.code}] line {number}{label}: {k.reason}"))
                if every_kept:
                    out.extend(paint(_DIM, f"    {note}") for note in _evidence(k))
                last_kept = (k.code, k.reason)
            mark = "~" if number in fixed_lines else " "
            out.append(f"{number:>{width}} {mark} {line}")
    if result.fixes:
        out.append("")
        out.append("fixes:")
        for f in result.fixes:
            reason = f": {f.reason}" if f.reason else ""
            out.append(paint(_CYAN, f"  line {f.line} [{f.code}] {f.before!r} -> {f.after!r}{reason}"))
    if not result.settled:
        out.append("")
        out.append(paint(_YELLOW, "warning: the pipeline did not settle (its settle passes ran out with the text "
                                  "still changing): cleaning the text again may change it"))
    kept = len(result.text.splitlines())
    n_r, n_f = len(result.removals), len(result.fixes)
    out.append("")
    out.append(
        paint(
            _DIM,
            f"{n_r} removal{'s' if n_r != 1 else ''}, {n_f} fix{'es' if n_f != 1 else ''}; "
            f"{len(lines)} lines in, {kept} kept",
        )
    )
    return "\n".join(out)


def _evidence(k: Kept) -> list[str]:
    """A kept line's evidence and the rule that declined it, in words (for ``every_kept``)."""
    shown = []
    for name, value in k.evidence:
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            value = "yes" if value else "no"
        shown.append(f"{name.replace('_', ' ')} {value}")
    out = ["evidence: " + ", ".join(shown)] if shown else []
    if k.declined:
        out.append(f"nearest rule declined: {k.declined}")
    return out
