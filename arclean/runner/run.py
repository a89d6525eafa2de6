"""Running a cleaning job over files: plan, resume, learn, clean in parallel, report.

Small files go to worker processes whole; a large streamable file (JSONL, Parquet, a ``.txt`` in
line mode) is read by the main process and its chunks go to the workers, at most a few at a time
(flat memory).  Results are consumed in input order, so output bytes, messages and diffs do not
depend on ``jobs``.  Ctrl-C or SIGTERM stops the workers and removes this run's temporary files;
only outputs renamed into place (and listed in the manifest) count as done.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import dataclasses
import itertools
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, BinaryIO, TextIO, TypeVar

from arclean.io.atomic import check_writable, file_sha256, sweep_parts
from arclean.io.encoding import InputError, decode
from arclean.io.manifest import Manifest
from arclean.runner.learn import LearnOptions, boilerplate_pass
from arclean.runner.plan import Plan, UsageError, plan_inputs
from arclean.runner.progress import Progress
from arclean.runner.results import Message, Stats, group_counts
from arclean.runner.work import (
    FileJob,
    FileResult,
    Settings,
    as_text_file,
    clean_chunk,
    clean_document,
    line_chunks,
    open_lines,
    process_file,
    process_files,
    tapered,
    text_file_document,
    use_settings,
)

__all__ = ["RunOptions", "RunResult", "clean_stream", "default_jobs", "run"]

T = TypeVar("T")
R = TypeVar("R")
MAX_MESSAGES_PER_FILE = 10


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclasses.dataclass
class RunOptions:
    inputs: list[str]
    output: Path | None
    settings: Settings
    jobs: int = 1
    in_place: bool = False
    force: bool = False
    resume: bool = False
    removed: Path | None = None
    progress: str = "auto"  # auto, bar, lines, off
    quiet: bool = False
    # A streamable file is split into chunks across the workers when it is over this size and over a
    # share of the whole run (a few big shards); many medium files go to the workers whole (no bubbles).
    big_file_bytes: int = 8 << 20
    learn: LearnOptions = dataclasses.field(default_factory=LearnOptions)


@dataclasses.dataclass
class RunResult:
    stats: Stats = dataclasses.field(default_factory=Stats)
    messages: list[Message] = dataclasses.field(default_factory=list)
    seconds: float = 0.0
    ignored: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    interrupted: bool = False
    crashed: str | None = None
    pipeline: dict[str, Any] = dataclasses.field(default_factory=dict)
    writes: bool = True  # False for --diff: files are checked, nothing is written
    in_place: bool = False  # rejected records stay in the files: there are no rejects files

    @property
    def exit_status(self) -> int:
        if self.interrupted:
            return 130
        failed = self.stats.files_failed or self.stats.records_rejected or self.crashed
        return 1 if failed else 0

    def summary(self) -> str:
        """The end-of-run summary, a few lines for people."""
        s = self.stats
        # a rate over a fraction of a second says more about start-up than about speed
        rate = f" ({s.bytes_in / self.seconds / 1e6:.1f} MB/s)" if self.seconds >= 1 else ""
        # each count on its own: "3 file(s) cleaned (2 failed)" read as two of the three failing
        extra = [f"{n} {what}" for n, what in ((s.files_skipped, "already complete"), (s.files_failed, "failed")) if n]
        done = "cleaned" if self.writes else "checked (--diff: nothing written)"
        files = ", ".join([f"{s.files} file(s) {done}", *extra])
        lines = [
            f"arclean: {files}; {s.documents:,} document(s), {s.documents_changed:,} changed; "
            f"{s.bytes_in / 1e6:.2f} MB in, {s.bytes_out / 1e6:.2f} MB out; {self.seconds:.1f} s{rate}"
        ]
        titles = {
            "removed_lines": "lines removed",
            "corrections": "corrections",
            "normalisations": "normalisations (documents changed)",
        }
        for group, counts in group_counts(s.counts).items():
            if counts:
                listed = ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
                lines.append(f"  {titles[group]}: {listed}")
        if s.records_rejected:
            where = "kept as they were (--in-place)" if self.in_place else "see the .rejects files"
            lines.append(f"  rejected records: {s.records_rejected:,} ({where})")
        if s.records_without_text:
            lines.append(f"  records without text, kept unchanged: {s.records_without_text:,}")
        if self.ignored:
            kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.ignored.items(), key=lambda kv: (-kv[1], kv[0])))
            total = sum(self.ignored.values())
            lines.append(f"  ignored: {total} file(s) in the folders that arclean does not read ({kinds})")
        errors = sum(m.level == "error" for m in self.messages)
        if errors:
            lines.append(f"  errors: {errors} (listed above)")
        if self.crashed:
            lines.append(f"  stopped: {self.crashed}")
        if self.interrupted:
            lines.append("  interrupted: run again with --resume to continue where this run stopped")
        return "\n".join(lines)

    def report(self, options: RunOptions | None = None) -> dict[str, Any]:
        """The summary as plain data, for ``--report FILE.json``."""
        from arclean import __version__

        data: dict[str, Any] = {"arclean_version": __version__, "exit_status": self.exit_status}
        if options is not None:
            data["inputs"] = list(options.inputs)
            data["output"] = str(options.output) if options.output else None
        data["pipeline"] = self.pipeline
        data["seconds"] = round(self.seconds, 3)
        data.update(self.stats.to_dict())
        data["ignored_files"] = sum(self.ignored.values())
        data["ignored_by_kind"] = dict(sorted(self.ignored.items()))
        data["interrupted"] = self.interrupted
        data["errors"] = [m.to_dict() for m in self.messages if m.level == "error"][:1000]
        data["warnings"] = [m.to_dict() for m in self.messages if m.level == "warning"][:1000]
        return data


def bounded_map(
    pool: concurrent.futures.Executor, fn: Callable[[T], R], items: Iterable[T], window: int
) -> Iterator[R]:
    """``map(fn, items)`` on a pool, in order, with at most ``window`` items submitted and not yet consumed."""
    pending: collections.deque[concurrent.futures.Future[R]] = collections.deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class _Stop(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise _Stop


class _Reporter:
    """Prints messages as results arrive (at most a few per file), and keeps them all for the report."""

    def __init__(self, result: RunResult, progress: Progress, quiet: bool, diff_out: TextIO) -> None:
        self.result = result
        self.progress = progress
        self.quiet = quiet
        self.diff_out = diff_out

    def message(self, message: Message) -> None:
        self.result.messages.append(message)
        if message.level != "note" or not self.quiet:
            self.progress.write(str(message))

    def diff(self, text: str) -> None:
        self.diff_out.write(text)
        self.diff_out.flush()

    def file(self, res: FileResult) -> None:
        shown = 0
        for m in res.messages:
            self.result.messages.append(m)
            if m.level == "note" and self.quiet:
                continue
            shown += 1
            if shown <= MAX_MESSAGES_PER_FILE:
                self.progress.write(str(m))
        if shown > MAX_MESSAGES_PER_FILE:
            self.progress.write(
                f"arclean: {res.job.display}: {shown - MAX_MESSAGES_PER_FILE} more message(s) (see --report)"
            )
        if res.diff:
            self.diff(res.diff)
        self.result.stats.merge(res.stats)
        self.progress.advance(files=1, documents=res.stats.documents, nbytes=res.job.size)


def _streamable(job: FileJob, settings: Settings) -> bool:
    return job.fmt.streamable or (job.fmt.kind == "text" and settings.unit == "line")


def _warm_up(settings: Settings) -> None:
    """Load what the passes load on first use here, before forking: the workers share one copy.
    A failure here is left to the workers, which report it file by file as ``--jobs 1`` does."""
    with contextlib.suppress(Exception):
        settings.pipeline.warm_up()


def _terminate(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def run(options: RunOptions, diff_out: TextIO | None = None, stderr: TextIO | None = None) -> RunResult:
    """Clean ``options.inputs``; the result holds the counts, messages and exit status."""
    started = time.monotonic()
    diff_out = diff_out or sys.stdout
    result = RunResult(writes=options.output is not None or options.in_place, in_place=options.in_place)
    settings = options.settings
    plan = plan_inputs(
        options.inputs, options.output, in_place=options.in_place, force=options.force, removed=options.removed
    )
    result.ignored = plan.ignored
    for folder in (options.output, options.removed):
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                check_writable(folder)  # one clear error now, not one per file later
            except OSError as exc:
                raise UsageError(f"cannot write to the output folder {folder}: {exc.strerror or exc}") from None
    if options.learn.active:
        pipeline = boilerplate_pass(plan.jobs, settings, options.learn)
        # A loaded model is configured by its path: its bytes must count for --resume too.
        digest = file_sha256(options.learn.load) if options.learn.load is not None else ""
        settings = dataclasses.replace(settings, pipeline=pipeline, fingerprint_extra=digest)
    result.pipeline = settings.pipeline.to_config()
    todo = _resume(plan, options, settings, result)
    progress = Progress(
        len(todo), sum(j.size for j in todo), "off" if options.quiet else options.progress, stream=stderr
    )
    reporter = _Reporter(result, progress, options.quiet, diff_out)
    for problem in plan.problems:
        reporter.message(problem)
        result.stats.files_failed += problem.level == "error"
    part_roots = _part_roots(options, todo)
    sweep_parts(part_roots)
    manifest = Manifest(options.output) if options.output is not None and not options.in_place else None
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    pool: concurrent.futures.ProcessPoolExecutor | None = None
    finished = False
    try:
        use_settings(settings)
        if options.jobs > 1 and len(todo) > 0 and (len(todo) > 1 or _streamable(todo[0], settings)):
            _warm_up(settings)
            pool = concurrent.futures.ProcessPoolExecutor(
                options.jobs, initializer=use_settings, initargs=(settings, True)
            )
        _clean_all(todo, settings, options, pool, reporter, manifest)
        finished = True
    except KeyboardInterrupt:
        result.interrupted = True
    except BrokenProcessPool:
        result.crashed = "a worker process died (out of memory?); the files it was cleaning were not written"
    finally:
        signal.signal(signal.SIGTERM, previous)
        if pool is not None:
            if finished:
                pool.shutdown(wait=True)
            else:
                _terminate(pool)
        if not finished:  # stopped, or an internal error on its way to the user
            sweep_parts(part_roots, settings.run_id)
        if manifest is not None:
            manifest.close()
        progress.close()
    result.seconds = time.monotonic() - started
    return result


def _resume(plan: Plan, options: RunOptions, settings: Settings, result: RunResult) -> list[FileJob]:
    if not options.resume or options.output is None:
        return list(plan.jobs)
    manifest = Manifest(options.output)
    fingerprint = settings.fingerprint()
    todo = []
    for job in plan.jobs:
        assert job.target is not None
        if manifest.is_complete(job.rel, job.source, job.target, fingerprint):
            result.stats.files_skipped += 1
        else:
            todo.append(job)
    return todo


def _part_roots(options: RunOptions, todo: list[FileJob]) -> list[Path]:
    """The folders where this run writes temporary files, none inside another (each is walked)."""
    folders = {p.resolve() for p in (options.output, options.removed) if p is not None}
    if options.in_place:
        folders |= {job.source.parent.resolve() for job in todo}
    return sorted(f for f in folders if not any(other in f.parents for other in folders))


def _clean_all(
    todo: list[FileJob],
    settings: Settings,
    options: RunOptions,
    pool: concurrent.futures.ProcessPoolExecutor | None,
    reporter: _Reporter,
    manifest: Manifest | None,
) -> None:
    def done(res: FileResult) -> None:
        reporter.file(res)
        if manifest is not None and res.entry is not None:
            manifest.add(res.entry)

    if pool is None:
        for job in todo:
            streamed = _streamable(job, settings)
            done(
                process_file(
                    job, map, reporter.progress.read if streamed else None, reporter.diff if streamed else None
                )
            )
        return
    window = options.jobs * 2

    def chunk_map(fn: Callable[[Any], Any], chunks: Iterable[Any]) -> Iterator[Any]:
        return bounded_map(pool, fn, chunks, window)

    # In input order: runs of small files go to the workers whole; a big file is streamed by this
    # process, its chunks cleaned by the workers.  The order keeps messages independent of --jobs.
    threshold = max(options.big_file_bytes, sum(job.size for job in todo) // (options.jobs * 2))

    def is_big(job: FileJob) -> bool:
        return _streamable(job, settings) and job.size > threshold

    for big, group in itertools.groupby(todo, key=is_big):
        if big:
            for job in group:
                done(process_file(job, chunk_map, reporter.progress.read, reporter.diff))
        else:
            for results in bounded_map(pool, process_files, _batches(list(group)), window):
                for res in results:
                    done(res)


def _batches(jobs: list[FileJob], max_files: int = 16, max_bytes: int = 1 << 20) -> Iterator[list[FileJob]]:
    """Small files travel to the workers in batches: one round trip per file costs more than cleaning it.
    Batches get smaller towards the end, so that the workers finish together."""
    remaining = sum(job.size for job in jobs)
    limit = tapered(max_bytes, remaining, 0)
    batch: list[FileJob] = []
    size = 0
    for job in jobs:
        batch.append(job)
        size += job.size
        if len(batch) >= max_files or size >= limit:
            yield batch
            remaining -= size
            batch, size = [], 0
            limit = tapered(max_bytes, remaining, 0)
    if batch:
        yield batch


# --------------------------------------------------------------------- stdin to stdout
def clean_stream(
    settings: Settings, source: BinaryIO, sink: BinaryIO, jobs: int = 1, stderr: TextIO | None = None
) -> RunResult:
    """Clean standard input to standard output: line by line (``settings.unit == "line"``) or as one document."""
    started = time.monotonic()
    stderr = stderr or sys.stderr
    result = RunResult(pipeline=settings.pipeline.to_config())
    use_settings(settings)

    def say(message: Message) -> None:
        result.messages.append(message)
        if message.level != "note":
            print(message, file=stderr, flush=True)

    if settings.unit == "line":
        _stream_lines(settings, source, sink, jobs, result, say)
    else:
        data = source.read()
        result.stats.bytes_in = len(data)
        try:
            before = decode(data, settings.encoding).text if data else ""
            cleaned = clean_document(text_file_document(before))
        except InputError as exc:
            say(Message("error", "<stdin>", None, str(exc)))
            result.stats.files_failed += 1
        else:
            after = as_text_file(cleaned.text)
            if settings.diff:
                from arclean.runner.diff import unified_diff

                sink.write(unified_diff(before, after, "<stdin>", colour=settings.colour).encode("utf-8"))
            else:
                sink.write(after.encode("utf-8"))
            result.stats.documents += bool(data)
            result.stats.documents_changed += after != before
            result.stats.counts.update(cleaned.counts)
            result.stats.bytes_out = len(after.encode("utf-8"))
            result.stats.files += 1
    sink.flush()
    result.seconds = time.monotonic() - started
    return result


def _stream_lines(
    settings: Settings, source: BinaryIO, sink: BinaryIO, jobs: int, result: RunResult, say: Callable[[Message], None]
) -> None:
    lines, decoded = open_lines(source, settings)
    chunks = line_chunks(
        "<stdin>", "lines", decoded.encoding, lines, dataclasses.replace(settings, chunk_bytes=1 << 18)
    )
    pool = None
    try:
        if jobs > 1:
            _warm_up(settings)
            pool = concurrent.futures.ProcessPoolExecutor(jobs, initializer=use_settings, initargs=(settings, True))
            parts: Iterable[Any] = bounded_map(pool, clean_chunk, chunks, jobs * 2)
        else:
            parts = map(clean_chunk, chunks)
        for part in parts:
            sink.write(part.diff.encode("utf-8") if settings.diff else part.data)
            result.stats.merge(part.stats)
            for m in part.messages:
                say(m)
        result.stats.files += 1
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
