"""The ``articleclean`` command: argument parsing and exit codes only.

Exit codes: 0 when everything was cleaned, 1 when any input (or JSONL line)
failed, 2 for a command line or config that cannot be used, 130 when
interrupted (Ctrl-C), 143 when terminated (SIGTERM), 141 when the reader of
stdout went away (a broken pipe, e.g. ``| head``): 128 + the signal's number,
what a shell reports for a tool killed by that signal, so that ``set -o
pipefail`` and callers can tell a cut-short output from a complete one.  The work is done by :mod:`articleclean.batch`; settings come
from :mod:`articleclean.config`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .batch import (
    DEFAULT_MAX_BYTES,
    STDIN_NAME,
    BatchOptions,
    InputError,
    Source,
    UsageError,
    check_report,
    discover,
    load_text,
    plan,
    run_batch,
)
from .config import (
    TYPOS,
    ConfigError,
    Settings,
    build_pipeline,
    check_cleaners,
    find_pyproject,
    load_file,
    merge,
    split_names,
)
from .explain import render
from .records import ON_ERROR
from .registry import DEFAULT_ORDER, default_registry
from .settingtypes import cleaner_settings

__all__ = ["build_parser", "main"]

EXAMPLE = "examples/article.txt"


class _Parser(argparse.ArgumentParser):
    """Usage and config errors are one line, without the usage block (as git does)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="articleclean",
        description="Clean scraped news-article text (or HTML): remove page furniture, explain every removal.",
        epilog="Exit codes: 0 all cleaned, 1 some input failed, 2 usage or config error, "
        "130 interrupted, 143 terminated (SIGTERM), 141 stdout closed early (broken pipe). "
        "Settings are read from --config FILE and [tool.articleclean] in the nearest pyproject.toml; "
        "the command line wins over --config, which wins over pyproject.toml.",
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or directories (searched recursively); - for stdin")
    io = p.add_argument_group("input and output")
    io.add_argument("-o", "--output", metavar="OUT", help="output directory mirroring the inputs (or, with --jsonl or one input, one output file)")
    io.add_argument("--in-place", action="store_true", help="replace each input with its clean version (atomically); "
        "an input treated as HTML is refused (an error for that input, left unchanged), as it would become plain text")
    io.add_argument("--glob", metavar="PATTERN", help="files to take from directories (default: every non-hidden file)")
    io.add_argument("--skip-existing", action="store_true", help="leave inputs whose output already exists (resume a stopped batch)")
    io.add_argument("--resume", action="store_true", help="as --skip-existing, and checkpoint each JSONL output as it is written "
        "(a hidden .articleclean-OUT.partial and .checkpoint beside it), so that a stopped run started with --resume goes on "
        "from the last checkpoint when rerun with it; an input changed since is refused (exit 2)")
    io.add_argument("--jsonl", action="store_true", help="inputs are JSON Lines; clean one field of each record (the rest of each line is copied byte for byte; "
        "lines with NaN or Infinity, which are not JSON, are errors)")
    io.add_argument("--field", metavar="NAME", help="JSONL field to clean (default: text)")
    io.add_argument("--out-field", metavar="NAME", help="JSONL field for the clean text (default: the --field itself)")
    io.add_argument("--on-error", choices=ON_ERROR, help="a JSONL record that cannot be cleaned (its field missing, null or not a string; "
        "not JSON) is named on stderr and in the report, and: keep = written through unchanged (default), skip = left out, "
        "null-field = written with the output field set to null")
    io.add_argument("--id-field", metavar="NAME", help="JSONL field identifying a record, copied into its report row and error message (default: id)")
    html = io.add_mutually_exclusive_group()
    html.add_argument("--html", dest="html", action="store_const", const="always", help="inputs are HTML: clean the page with its "
        "markup's evidence (articleclean.clean_html: the article's container, nav, asides, forms, class names; by default HTML is detected: an input that starts with <!doctype html> or <html>, or is mostly HTML tags, "
        "is taken for HTML)")
    html.add_argument("--no-html", dest="html", action="store_const", const="never", help="never take an input for HTML, "
        "even if it looks like a page (clean its markup as text)")
    io.add_argument("--max-bytes", type=int, metavar="N", help=f"largest document or JSONL line (default {DEFAULT_MAX_BYTES:,})")
    io.add_argument("--example", action="store_true", help="use the bundled example article as the input")
    work = p.add_argument_group("choice of cleaners")
    work.add_argument("--only", metavar="NAMES", help="comma-separated cleaners to run (in the default order)")
    work.add_argument("--skip", metavar="NAMES", help="comma-separated cleaners not to run")
    typos = work.add_mutually_exclusive_group()
    typos.add_argument("--no-typos", dest="typos", action="store_const", const=False, help="do not fix typos "
        "(and start faster: the word lists are not loaded)")
    typos.add_argument("--typos", dest="typos", action="store_const", const=True, help="fix clear misspellings of "
        "lowercase English words, each recorded as typo.fix (the default; see the typos cleaner in --list-cleaners)")
    work.add_argument("--set", action="append", default=[], metavar="CLEANER.SETTING=VALUE", help="a cleaner setting, e.g. jobs.min_anchors=3 (repeatable)")
    work.add_argument("--config", metavar="FILE", help="TOML settings file (top-level keys, or a [tool.articleclean] table)")
    work.add_argument("--no-config", action="store_true", help="ignore [tool.articleclean] in pyproject.toml")
    work.add_argument("--list-cleaners", action="store_true", help="list the cleaners, in the default order, with their "
        "settings (types and defaults), and exit")
    run = p.add_argument_group("running and reporting")
    run.add_argument("-j", "--workers", "--jobs", dest="workers", type=int, metavar="N",
                     help="worker processes (default 1; 0 = one per CPU); --jobs is an older name for it")
    run.add_argument("--report", metavar="FILE.jsonl", help="write one JSON line per document: removals, fixes, metadata (must not be an input or an output)")
    run.add_argument("--explain", action="store_true", help="show one input with removed blocks marked and their reasons, "
                     "and why kept lines stay (a header wherever the reason changes)")
    run.add_argument("--why-kept", action="store_true", help="with --explain: why every kept line stays, each with its "
                     "evidence (words, stopword and URL density, where it sits) and the nearest furniture rule that declined")
    run.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour for --explain (default: auto)")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar, warnings or summary (errors still shown)")
    run.add_argument("--version", action="version", version=f"articleclean {__version__}")
    return p


def _parse_set(items: Sequence[str]) -> dict[str, dict[str, Any]]:
    from .config import tomllib

    out: dict[str, dict[str, Any]] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        cleaner, dot, setting = key.strip().partition(".")
        if not sep or not dot or not cleaner or not setting:
            raise ConfigError(f"--set {item!r}: expected CLEANER.SETTING=VALUE, e.g. jobs.min_anchors=3")
        try:
            value = tomllib.loads(f"v = {raw}")["v"]
        except tomllib.TOMLDecodeError:
            value = raw
        out.setdefault(cleaner, {})[setting] = tuple(value) if isinstance(value, list) else value
    return out


def _settings(args: argparse.Namespace) -> Settings:
    layers = [Settings()]
    if not args.no_config:
        pyproject = find_pyproject()
        if pyproject is not None:
            layers.append(load_file(pyproject))
    if args.config:
        layers.append(load_file(args.config))
    if args.workers is not None and args.workers < 0:
        raise ConfigError("--workers must be 0 (one per CPU) or more")
    if args.max_bytes is not None and args.max_bytes < 1:
        raise ConfigError("--max-bytes must be positive")
    layers.append(
        Settings(
            only=split_names(args.only) if args.only is not None else None,
            skip=split_names(args.skip) if args.skip is not None else None,
            typos=args.typos,
            cleaners=check_cleaners(_parse_set(args.set), "--set"),
            field=args.field,
            out_field=args.out_field,
            on_error=args.on_error,
            id_field=args.id_field,
            glob=args.glob,
            workers=args.workers,
            max_bytes=args.max_bytes,
            source="command line",
        )
    )
    settings = layers[0]
    for layer in layers[1:]:
        settings = merge(settings, layer)
    return settings


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is so that every ``finally`` and discard runs."""


def _sigterm(signum: int, frame: Any) -> None:
    raise Terminated


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    previous_sigterm = signal.getsignal(signal.SIGTERM)
    try:
        return _main(parser, args)
    except KeyboardInterrupt as e:
        how, code = ("terminated", 143) if isinstance(e, Terminated) else ("interrupted", 130)
        print(f"articleclean: {how}; finished outputs are complete, unfinished ones were not written", file=sys.stderr)
        return code
    except BrokenPipeError:
        # The reader of stdout went away (e.g. `| head`): stop quietly, like a tool killed by
        # SIGPIPE (exit 141), and keep Python from complaining when it flushes stdout at exit.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # pragma: no cover - stdout is not a real file
            pass
        return 141
    finally:
        if previous_sigterm is not None:
            signal.signal(signal.SIGTERM, previous_sigterm)


def _main(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.list_cleaners:
        print(list_cleaners(), end="")
        return 0
    try:
        settings = _settings(args)
        pipeline = build_pipeline(settings)
    except (ConfigError, KeyError) as e:
        parser.error(str(e.args[0]) if isinstance(e, KeyError) and e.args else str(e))
    if settings.typos and TYPOS not in default_registry().names() and not args.quiet:
        print("articleclean: warning: this version has no typos cleaner; --typos ignored", file=sys.stderr)

    inputs = list(args.inputs)
    if args.example:
        if inputs:
            parser.error("--example takes no other inputs")
        inputs = [str(resources.files("articleclean").joinpath(EXAMPLE))]
    if not inputs:
        if sys.stdin.isatty():
            parser.error("no input: give files, directories or - for stdin (try --example)")
        inputs = ["-"]
    if inputs.count("-") > 1:
        parser.error("stdin (-) can be given only once")

    html = args.html or "auto"
    max_bytes = settings.max_bytes or DEFAULT_MAX_BYTES
    if args.why_kept and not args.explain:
        parser.error("--why-kept goes with --explain")
    if args.explain:
        return _explain(parser, args, inputs, pipeline, html, max_bytes)

    out_dir = Path(args.output) if args.output and args.output != "-" and Path(args.output).is_dir() else None
    sources, notes = discover(inputs, glob=settings.glob or "*", exclude=out_dir)
    try:
        pairs = plan(
            sources,
            output=args.output,
            in_place=args.in_place,
            jsonl=args.jsonl,
            any_dir_input=any(Path(i).is_dir() for i in inputs if i != "-"),
        )
    except UsageError as e:
        parser.error(str(e))
    if args.skip_existing and not (args.output or args.in_place):
        parser.error("--skip-existing needs -o (it skips inputs whose output file exists)")
    if args.resume and (not args.output or args.output == "-" or args.in_place):
        parser.error("--resume needs -o FILE or -o DIR (it goes on with output files), and does not go with --in-place")
    if args.in_place and args.html == "always" and not args.jsonl:
        parser.error("--in-place with --html would replace HTML files with plain text; write to -o DIR instead")
    if args.in_place and args.skip_existing:
        parser.error("--skip-existing and --in-place do not go together")
    if args.report:
        try:
            check_report(args.report, pairs)
        except UsageError as e:
            parser.error(str(e))

    progress = sys.stderr.isatty() and not args.quiet
    log = _logger(progress, args.quiet)
    for note in notes:
        log(f"articleclean: warning: {note}")
    signal.signal(signal.SIGTERM, _sigterm)
    opts = BatchOptions(
        jsonl=args.jsonl,
        field=settings.field or "text",
        out_field=settings.out_field,
        on_error=settings.on_error or "keep",
        id_field=settings.id_field or "id",
        html=html,
        max_bytes=max_bytes,
        report=bool(args.report),
    )
    try:
        summary = run_batch(
            pairs,
            pipeline,
            opts,
            jobs=(os.cpu_count() or 1) if settings.workers == 0 else (settings.workers or 1),
            skip_existing=args.skip_existing,
            resume=args.resume,
            report=Path(args.report) if args.report else None,
            progress=progress,
            log=log,
        )
    except BrokenPipeError:
        raise
    except UsageError as e:  # --resume: a checkpoint that cannot be resumed safely
        parser.error(str(e))
    except OSError as e:  # e.g. the report or an output directory cannot be created
        print(f"articleclean: error: {e.strerror or e}: {e.filename or ''}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(summary.format(), file=sys.stderr)
    return 1 if summary.failed else 0


def _plain(doc: str) -> str:
    """A docstring's first line without reStructuredText markup.

    >>> _plain("Keep the first copy of ``min_words`` words (see the module docstring).")
    'Keep the first copy of min_words words.'
    """
    line = (doc or "").strip().split("\n\n")[0].replace("\n", " ")
    line = re.sub(r":\w+:`~?([^`]+)`", r"\1", line)
    line = re.sub(r"``([^`]+)``", r"\1", line)
    return re.sub(r"\s*\(see the module docstring\)", "", " ".join(line.split()))


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (tuple, list, frozenset, set)):
        items = sorted(value) if isinstance(value, (frozenset, set)) else value
        return "[" + ", ".join(_toml(v) for v in items) + "]"
    return json.dumps(value) if isinstance(value, str) else repr(value)


def list_cleaners() -> str:
    """Each cleaner (default order, then the others) with what it does and its settings:
    the names to use in [cleaners.NAME] tables and --set NAME.SETTING=VALUE."""
    reg = default_registry()
    names = [n for n in DEFAULT_ORDER if n in reg.names()] + [n for n in reg.names() if n not in DEFAULT_ORDER]
    out = []
    for name in names:
        factory = reg.factory(name)
        out.append(f"{name:<12} {_plain(getattr(factory, 'description', '') or factory.__doc__ or '')}")
        for s in cleaner_settings(factory):
            out.append(f"    {s.name:<22} {s.kind:<26} default {_toml(s.default)}")
    return "\n".join(out) + "\n"


def _logger(progress: bool, quiet: bool) -> Any:
    def log(msg: str) -> None:
        if quiet and ": error: " not in msg:
            return
        if progress:
            from tqdm import tqdm

            tqdm.write(msg, file=sys.stderr)
        else:
            print(msg, file=sys.stderr)

    return log


def _explain(parser: argparse.ArgumentParser, args: argparse.Namespace, inputs: list[str], pipeline: Any, html: str, max_bytes: int) -> int:
    if args.jsonl or args.output or args.in_place or args.report:
        parser.error("--explain shows one text input on stdout; it does not go with --jsonl, -o, --in-place or --report")
    if len(inputs) != 1 or (inputs[0] != "-" and Path(inputs[0]).is_dir()):
        parser.error("--explain takes exactly one file (or - for stdin)")
    source = Source(STDIN_NAME) if inputs[0] == "-" else Source(inputs[0], Path(inputs[0]))
    try:
        text, _, warnings, was_html = load_text(source.path, html=html, max_bytes=max_bytes)
    except InputError as e:
        print(f"{source.name}: error: {e}", file=sys.stderr)
        return 1
    if not args.quiet:
        for w in warnings:
            print(f"{source.name}: warning: {w}", file=sys.stderr)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    if was_html:  # the page's text, as the cleaners read it, with its lines removed and kept
        from .htmldoc import read_html

        print(render(read_html(text)[0], pipeline.run_html(text, explain=True), color=color, every_kept=args.why_kept))
    else:
        print(render(text, pipeline.run(text, explain=True), color=color, every_kept=args.why_kept))
    return 0
