"""Running a batch: workers, a bounded window of tasks in flight, progress, the report, every outcome in input order."""

from __future__ import annotations

import codecs
import sys
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from ..pipeline import Pipeline
from ..records import describe_failed, settle_failed
from ..report import ReportWriter
from . import checkpoint
from .atomic import AtomicFile, write_all
from .checkpoint import Mark, ResumableOutput, ResumeError, State, Tracked
from .common import _BATCH_BYTES, _BATCH_DOCS
from .decoding import JsonlLine, _describe_os_error, _open_binary, iter_jsonl
from .documents import BatchOptions, Outcome, _internal, clean_file, clean_records
from .planning import Source, Target


# -- running a batch ---------------------------------------------------------
@dataclass
class Summary:
    """Totals for a batch; merged by addition."""

    documents: int = 0
    failed: int = 0
    passed_through: int = 0  # failed JSONL records written to the output anyway (--on-error)
    skipped: int = 0
    warnings: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    removals: Counter[str] = field(default_factory=Counter)
    fixes: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, o: Outcome) -> None:
        if o.skipped:
            self.skipped += 1
            return
        self.warnings += len(o.warnings)
        if o.error:
            self.failed += 1
            self.passed_through += o.output is not None
            return
        self.documents += 1
        self.bytes_in += o.bytes_in
        self.bytes_out += o.bytes_out
        self.removals.update(o.removals)
        self.fixes.update(o.fixes)

    def format(self) -> str:
        """A few lines for stderr.

        >>> s = Summary(documents=2, bytes_in=2048, bytes_out=1024, removals=Counter({"jobs.listing": 3}))
        >>> print(s.format())
        articleclean: 2 documents cleaned, 0 failed; 2,048 bytes in, 1,024 bytes out (50.0%) in 0.0s
          removed: jobs.listing 3
        """
        share = f" ({100 * self.bytes_out / self.bytes_in:.1f}%)" if self.bytes_in else ""
        head = (
            f"articleclean: {self.documents:,} document{'s' if self.documents != 1 else ''} cleaned, "
            f"{self.failed:,} failed"
            + (f" ({self.passed_through:,} written through)" if self.passed_through else "")
            + (f", {self.skipped:,} skipped (output exists)" if self.skipped else "")
            + (f", {self.warnings:,} warning{'s' if self.warnings != 1 else ''}" if self.warnings else "")
            + f"; {self.bytes_in:,} bytes in, {self.bytes_out:,} bytes out{share} in {self.seconds:.1f}s"
        )
        lines = [head]
        for label, counts in (("removed", self.removals), ("fixed", self.fixes)):
            if counts:
                lines.append(f"  {label}: " + ", ".join(f"{code} {n:,}" for code, n in sorted(counts.items())))
        return "\n".join(lines)


class _Serial:
    """Runs tasks at once in this process, with the executor's ``submit`` interface."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        fut: Future[Any] = Future()
        try:
            fut.set_result(fn(*args))
        except BaseException as e:  # handed to the caller through the future
            if isinstance(e, KeyboardInterrupt):
                raise
            fut.set_exception(e)
        return fut

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


def _executor(jobs: int) -> Any:
    if jobs <= 1:
        return _Serial()
    # Imported here: the process pool pulls in multiprocessing, subprocess and socket, which
    # a one-worker run (most single-file calls) never uses.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # "spawn": workers start clean, whatever threads (progress bar) this process has.
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))


class _Task(NamedTuple):
    """One unit of work for a worker: ``fn(pipeline, what, payload, opts)``.

    A file: ``clean_file(pipeline, source, target, opts)``; a batch of JSONL lines:
    ``clean_records(pipeline, source_name, lines, opts)``."""

    fn: Callable[..., Any]
    pipeline: Pipeline
    what: Any  # the Source of a file, the source's name for JSONL lines
    payload: Any  # the Target of a file, the list of JsonlLine of a batch
    opts: BatchOptions
    mark: Mark | None = None  # a batch of lines of a checkpointed (--resume) input: how far it reaches


def _bounded(executor: Any, tasks: Iterable[_Task], window: int, *, any_order: bool = False) -> Iterator[tuple[_Task, Future[Any]]]:
    """Submit tasks keeping at most ``window`` in flight; yield (task, future) in submission order.

    Interrupted (Ctrl-C, SIGTERM), it still yields the tasks already done, so that their outcomes
    reach the report, before it raises: the first ones up to one not done, or with ``any_order``
    (tasks whose outputs do not depend on one another: files) every one done."""
    pending: deque[tuple[_Task, Future[Any]]] = deque()
    try:
        for task in tasks:
            try:
                fut = executor.submit(task.fn, task.pipeline, task.what, task.payload, task.opts)
            except RuntimeError as e:  # a broken pool (a worker was killed): fail this task, go on
                fut = Future()
                fut.set_exception(e)
            pending.append((task, fut))
            if len(pending) >= window:
                pending[0][1].exception()  # wait
                yield pending.popleft()
        while pending:
            pending[0][1].exception()
            yield pending.popleft()
    except KeyboardInterrupt:
        for item in list(pending):
            if item[1].done() and not item[1].cancelled():
                yield item
            elif not any_order:
                break
        raise


def _jsonl_batches(lines: Iterable[JsonlLine], tracked: Tracked | None = None) -> Iterator[tuple[list[JsonlLine], Mark | None]]:
    """Lines in batches for the workers, each with how far the input was read when it was cut
    (``tracked`` counts and hashes what the line reader read; None: no checkpoints)."""
    batch: list[JsonlLine] = []
    size = 0

    def mark() -> Mark | None:
        # The reader has just given the batch's last line (or found the end): its position is
        # the batch's end.  Lines are read ahead of the workers, so the mark is taken now.
        return Mark(tracked.pos, batch[-1].number, tracked.hash.copy().hexdigest()) if tracked is not None else None

    for line in lines:
        batch.append(line)
        size += len(line.data)
        if len(batch) >= _BATCH_DOCS or size >= _BATCH_BYTES:
            yield batch, mark()
            batch, size = [], 0
    if batch:
        yield batch, mark()


class _NoBar:
    """What a disabled progress bar does (nothing), without importing tqdm."""

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: float = 1) -> None:
        return None

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None:
        return None


def _progress(enabled: bool, **kwargs: Any) -> Any:
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(file=sys.stderr, dynamic_ncols=True, leave=False, **kwargs)


@dataclass
class _Run:
    """What every part of one batch run shares: the pipeline and options, the workers, where
    output and outcomes go."""

    pipeline: Pipeline
    opts: BatchOptions
    executor: Any
    window: int  # tasks in flight at most
    skip_existing: bool
    progress: bool
    out: BinaryIO  # standard output
    take: Callable[[Outcome], None]  # every outcome goes here, in input order
    failed: Callable[[Source, _Task, BaseException], list[Outcome]]  # the outcomes of a task that raised
    summary: Summary
    log: Callable[[str], None]
    resume: bool = False  # JSONL outputs are checkpointed, and resumed from their checkpoints
    settings: str = ""  # the fingerprint of what decides a JSONL output (checkpoint.fingerprint)
    resumed: dict[Path, tuple[State, Any]] = field(default_factory=dict)  # the checkpoints to go on from, checked
    carry: Callable[[str, int], None] = lambda name, line: None  # an input resumed after a line: its earlier report rows


def run_batch(
    pairs: list[tuple[Source, Target]],
    pipeline: Pipeline,
    opts: BatchOptions,
    *,
    jobs: int = 1,
    skip_existing: bool = False,
    resume: bool = False,
    report: Path | None = None,
    progress: bool = False,
    log: Callable[[str], None] = lambda msg: print(msg, file=sys.stderr),
    stdout: BinaryIO | None = None,
) -> Summary:
    """Clean every source into its target; messages go to ``log``; returns the totals.

    ``resume`` (``--resume``): skip sources whose output exists, as ``skip_existing`` does, and
    write each JSONL output with checkpoints (:mod:`~articleclean.batch.checkpoint`), going on
    from the checkpoint an interrupted run left.  It needs one output file per source, each a
    file, not standard input; :class:`ResumeError` (a :class:`UsageError`) is raised, before
    anything is cleaned, for a checkpoint that cannot be resumed safely."""
    started = time.perf_counter()
    summary = Summary()
    out = stdout if stdout is not None else sys.stdout.buffer
    skip_existing = skip_existing or resume
    settings = checkpoint.fingerprint(pipeline, opts) if resume and opts.jsonl else ""
    resumed = _resumable(pairs, settings) if settings else {}
    report_file = ReportWriter(report, resume=skip_existing) if report is not None else None
    executor = _executor(jobs)
    window = max(2, 4 * jobs)

    def take(o: Outcome) -> None:
        for w in o.warnings:
            log(f"{o.where}: warning: {w}")
        if o.error:
            log(f"{o.where}: error: {o.error}{describe_failed(o)}")
        summary.add(o)
        if report_file is not None and o.skipped:
            report_file.skipped(o.name)
        elif report_file is not None:
            entry = o.report or {"input": o.name, **({"line": o.line} if o.line is not None else {})}
            if o.error:
                entry = {**entry, **({"id": o.record_id} if o.record_id is not None else {}), "error": o.error}
                if o.written is not None:
                    entry["written"] = o.written
            report_file.row(entry)

    def failed(source: Source, task: _Task, e: BaseException) -> list[Outcome]:
        # A worker died (e.g. killed by the OS) or could not run the task at all.
        from concurrent.futures import BrokenExecutor

        why = "a worker process died (out of memory, or killed?); not cleaned" if isinstance(e, BrokenExecutor) else _internal(e)
        if task.fn is clean_records:
            return [settle_failed(Outcome(source.name, line.number, error=why), line.data, opts.on_error) for line in task.payload]
        return [Outcome(source.name, error=why)]

    def carry(name: str, line: int) -> None:
        if report_file is not None:
            report_file.resumed(name, line)

    run = _Run(pipeline, opts, executor, window, skip_existing, progress, out, take, failed, summary, log,
               resume=bool(settings), settings=settings, resumed=resumed, carry=carry)  # fmt: skip
    try:
        if opts.jsonl:
            _run_jsonl(run, pairs)
        else:
            _run_files(run, pairs)
        if report_file is not None:
            report_file.commit()
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        if report_file is not None:
            again = "--resume" if resume or opts.jsonl else "--skip-existing"
            print(f"articleclean: the report so far is in {report_file.abort()}; "
                  f"rerun with {again} to complete it", file=sys.stderr)
        raise
    executor.shutdown(wait=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _resumable(pairs: list[tuple[Source, Target]], settings: str) -> dict[Path, tuple[State, Any]]:
    """The checkpoints a ``--resume`` run of JSONL goes on from, each checked against its input
    (:func:`checkpoint.prepare`); raises :class:`ResumeError` for a plan that cannot be checkpointed
    or a checkpoint that cannot be resumed, before anything is cleaned."""
    users: Counter[Path] = Counter(t.path for _, t in pairs if t.path is not None)
    found: dict[Path, tuple[State, Any]] = {}
    for source, target in pairs:
        if target.path is None:
            raise ResumeError("--resume needs -o: a checkpointed output is a file")
        if source.path is None:
            raise ResumeError("--resume cannot go on from standard input (its start cannot be read again to check it); give a file")
        if target.path == source.path:
            raise ResumeError("--resume does not go with --in-place")
        if users[target.path] > 1:
            raise ResumeError(f"--resume needs one output file per JSON Lines input, and {target.path} has {users[target.path]}; "
                              "give -o DIR")  # fmt: skip
        if source.error is not None or target.path.exists():
            continue  # named as an error, or skipped (its output is complete)
        ready = checkpoint.prepare(source.name, source.path, target.path, settings, _open_binary)
        if ready is not None:
            found[target.path] = ready
    return found


def _run_files(run: _Run, pairs: list[tuple[Source, Target]]) -> None:
    # Progress in bytes read (the files' sizes on disk), as for JSONL: one large document
    # shows its share, not one of N documents (issue 14.4).
    sizes = {s.name: _size(s) for s, _ in pairs}

    def tasks() -> Iterator[_Task]:
        for source, target in pairs:
            if run.skip_existing and source.error is None and target.path is not None and target.path.exists():
                run.take(Outcome(source.name, skipped=True))
                bar.update(sizes[source.name])
                continue
            yield _Task(clean_file, run.pipeline, source, target, run.opts)

    done = 0
    with _progress(run.progress, total=sum(sizes.values()) or None, unit="B", unit_scale=True) as bar:
        for task, fut in _bounded(run.executor, tasks(), run.window, any_order=True):
            source = task.what
            try:
                outcome = fut.result()
            except Exception as e:
                outcome = run.failed(source, task, e)[0]
            if outcome.output is not None:
                write_all(run.out, outcome.output)
                run.out.flush()
            run.take(outcome)
            done += 1
            bar.set_postfix_str(f"{done:,}/{len(pairs):,} documents", refresh=False)
            bar.update(sizes[source.name])


def _skip(stream: BinaryIO, n: int) -> None:
    """Move ``stream`` past its first ``n`` bytes (checked already); gzip data is read through."""
    if stream.seekable():
        stream.seek(n)
        return
    while n:
        chunk = stream.read(min(n, 1 << 20))
        if not chunk:
            raise ResumeError("the input is shorter than when it was checkpointed")
        n -= len(chunk)


def _size(source: Source) -> int:
    try:
        return source.path.stat().st_size if source.path is not None and source.error is None else 0
    except OSError:
        return 0


def _run_jsonl(run: _Run, pairs: list[tuple[Source, Target]]) -> None:
    # Sources sharing one output file (-o FILE) are written into one AtomicFile.
    writers: dict[Path, AtomicFile | ResumableOutput] = {}
    # An input with an error writes nothing, so it must not be the one that commits a shared output.
    last_use = {t.path: i for i, (s, t) in enumerate(pairs) if t.path is not None and s.error is None}
    skipping = {p for p in last_use if run.skip_existing and p.exists()}
    sizes = [s.path.stat().st_size if s.path is not None and s.error is None and s.path.is_file() else 0 for s, _ in pairs]
    records = [0]  # records done in this run, shown after the bytes
    try:
        with _progress(run.progress, total=sum(sizes) or None, unit="B", unit_scale=True) as bar:
            for i, (source, target) in enumerate(pairs):
                if target.path in skipping:
                    if run.resume:
                        checkpoint.forget(target.path)  # a checkpoint left after the output was renamed
                    run.take(Outcome(source.name, skipped=True))
                    continue
                if source.error:
                    run.take(Outcome(source.name, error=source.error))
                    continue
                sink: Any = run.out
                resume_from: tuple[State, Any] | None = None
                if target.path is not None:
                    if target.path not in writers:
                        try:
                            if run.resume:
                                resume_from = run.resumed.pop(target.path, None)
                                state = resume_from[0] if resume_from is not None else None
                                writers[target.path] = ResumableOutput(target.path, source.name, source.path, run.settings, state)
                                if state is not None:
                                    _resuming(run, source, target.path, state)
                                    bar.update(state.end)
                            else:
                                writers[target.path] = AtomicFile(target.path)
                        except OSError as e:
                            run.take(Outcome(source.name, error=f"cannot write {target.path}: {e.strerror or e}"))
                            continue
                    sink = writers[target.path]
                note = f"; {target.path} was not written" if target.path is not None else ""
                line_errors: list[int] = []

                def counted(o: Outcome) -> None:
                    if o.error:
                        line_errors.append(1)  # noqa: B023 - counted is called only by _stream_one, in this iteration
                    run.take(o)
                    records[0] += 1
                    bar.set_postfix_str(f"{records[0]:,} records", refresh=False)

                complete = _stream_one(run, source, sink, bar, counted, note, resume_from)
                in_place = target.path is not None and source.path is not None and target.path == source.path
                if complete and in_place and line_errors:
                    # Replacing the input would lose the lines that could not be cleaned.
                    writers.pop(target.path).discard()  # type: ignore[arg-type]  # in_place: target.path is not None
                    run.take(Outcome(source.name, error=f"left unchanged: {len(line_errors)} line(s) could not be cleaned; "
                                 "fix them, or write to -o FILE to keep the good lines"))  # fmt: skip
                elif target.path is not None and not complete:
                    # The input broke off part-way: keep no output that looks finished.
                    writers.pop(target.path).discard()
                    skipping.add(target.path)
                elif target.path is not None and last_use[target.path] == i:
                    writers.pop(target.path).commit()
                    if not run.resume:
                        checkpoint.forget(target.path)  # written whole: an older run's checkpoint is stale
    finally:
        for path, w in writers.items():
            if isinstance(w, ResumableOutput):
                if w.suspend():
                    print(f"articleclean: {path} is checkpointed after line {w.line:,} of its input; "
                          "rerun the same command with --resume to go on from there", file=sys.stderr)  # fmt: skip
            else:
                w.discard()


def _resuming(run: _Run, source: Source, target: Path, state: State) -> None:
    """Going on from a checkpoint: say so, carry the earlier rows into the report, count the
    records that failed before it (they were named then; the run still ends with exit code 1)."""
    run.log(f"{source.name}: resuming {target} after line {state.line:,} ({state.output:,} bytes written before)")
    run.carry(source.name, state.line)
    if state.failed:
        run.log(f"{source.name}: error: {state.failed:,} record(s) up to line {state.line:,} could not be cleaned "
                "in the earlier run (named in its messages and report)")  # fmt: skip
        run.summary.failed += state.failed
        run.summary.passed_through += state.passed_through


def _stream_one(run: _Run, source: Source, sink: Any, bar: Any, take: Callable[[Outcome], None], note: str = "",
                resume: tuple[State, Any] | None = None) -> bool:  # fmt: skip
    """Stream one JSONL source into ``sink``; False if it could not be read to the end.
    A :class:`ResumableOutput` sink is told how far each batch reaches; ``resume`` is its
    checkpoint and the input's hash up to it, to go on from."""
    try:
        stream = _open_binary(source.path)
    except OSError as e:
        take(Outcome(source.name, error=_describe_os_error(e) + note))
        return False
    try:
        tracked: Tracked | None = None
        first = 0
        if isinstance(sink, ResumableOutput):
            tracked = Tracked(stream)
            if resume is not None:
                state, digest = resume
                _skip(stream, state.end)
                tracked = Tracked(stream, state.end, digest)
                first = state.line
        head = stream.peek(4)[:4] if hasattr(stream, "peek") and not first else b""
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            take(Outcome(source.name, error="JSON Lines must be UTF-8, and this is UTF-16; convert it first" + note))
            return False
        tasks = (
            _Task(clean_records, run.pipeline, source.name, batch, run.opts, mark)
            for batch, mark in _jsonl_batches(iter_jsonl(tracked or stream, run.opts.max_bytes, first=first), tracked)
        )
        for task, fut in _bounded(run.executor, tasks, run.window):
            try:
                outcomes = fut.result()
            except Exception as e:
                outcomes = run.failed(source, task, e)
            for o in outcomes:
                if o.output is not None:
                    write_all(sink, o.output)
                take(o)
            if task.mark is not None:
                for o in outcomes:
                    sink.count(bool(o.error), o.output is not None)
                sink.reached(task.mark)
            bar.update(sum(len(line.data) for line in task.payload))
        if hasattr(sink, "flush"):
            sink.flush()
        return True
    except BrokenPipeError:
        raise
    except (OSError, EOFError, zlib.error) as e:
        take(Outcome(source.name, error=_describe_os_error(e) + note))
        return False
    finally:
        if source.path is not None:
            stream.close()
