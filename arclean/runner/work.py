"""The work itself, as run inside a worker process (or in the main one with ``--jobs 1``).

A file is cleaned either whole (a ``.txt`` document) or as a stream of chunks of documents (JSONL
lines, Parquet row batches, lines of a ``.txt`` in line mode).  :func:`clean_chunk` is a pure
function of its chunk and the run's :class:`Settings`, which is why any split into chunks and
any number of workers give the same bytes.  Nothing here raises for bad input: problems become
:class:`Message` records and the work goes on.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import hashlib
import io
import json
import os
import signal
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from arclean.core import Change
from arclean.io.atomic import PART_SUFFIX, AtomicFile, HashingReader, file_sha256
from arclean.io.encoding import Decoded, InputError, decode, line_encoding
from arclean.io.formats import Format, MissingExtraError, decompress, finish_writer, open_reader, open_writer
from arclean.io.jsonl import MalformedRecord, Oversized, find_field, iter_lines, replace_field
from arclean.io.manifest import Entry, fingerprint
from arclean.pipeline import Pipeline, summary_counts
from arclean.runner.diff import line_change, unified_diff
from arclean.runner.results import Message, Stats, removes_content

__all__ = [
    "Chunk",
    "ChunkResult",
    "FileJob",
    "FileResult",
    "Settings",
    "as_text_file",
    "clean_chunk",
    "clean_document",
    "iter_documents",
    "line_chunks",
    "open_lines",
    "process_file",
    "process_files",
    "tapered",
    "text_file_document",
    "use_settings",
]

MESSAGES_KEPT_PER_FILE = 100  # kept per file; the rest are counted (the rejects file has every line)
MIN_CHUNK_BYTES = 1 << 17  # a chunk costs one round trip to a worker (~0.2 ms): keep it well above that

Mapper = Callable[[Callable[["Chunk"], "ChunkResult"], Iterable["Chunk"]], Iterable["ChunkResult"]]


@dataclasses.dataclass(frozen=True)
class Settings:
    """Everything a worker needs to clean, sent once per worker process."""

    pipeline: Pipeline
    text_field: str = "text"
    encoding: str | None = None  # None: detect
    unit: str = "document"  # a .txt file is one document, or one per "line"
    counts: bool = True  # count changes per pass and kind (Pipeline.apply_summarised) for the summary
    removed: bool = False  # collect removed lines with their reasons (explain)
    diff: bool = False
    colour: bool = False
    max_record_bytes: int = 64 << 20
    chunk_bytes: int = 4 << 20
    parquet_rows: int = 2048
    run_id: str = "0-0"
    fingerprint_extra: str = ""  # anything else the output depends on (the digest of a loaded boilerplate model)

    def fingerprint(self) -> str:
        """What decides the output bytes; a resumed run redoes files cleaned under another one."""
        from arclean import __version__

        return fingerprint(
            {
                "arclean": __version__,
                "pipeline": self.pipeline.to_config(),
                "text_field": self.text_field,
                "encoding": self.encoding,
                "unit": self.unit,
                "extra": self.fingerprint_extra,
            }
        )


_SETTINGS: Settings | None = None


def use_settings(settings: Settings, worker: bool = False) -> None:
    """Install the settings for this process (the pool's initializer, or the main process)."""
    global _SETTINGS
    _SETTINGS = settings
    if worker:
        # Ctrl-C and SIGTERM are the main process's to handle: it stops the workers (SIGTERM) and
        # sweeps their temporary files, so a worker neither prints a traceback nor lingers.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _settings() -> Settings:
    assert _SETTINGS is not None, "use_settings() first"
    return _SETTINGS


# --------------------------------------------------------------------- one document
@dataclasses.dataclass
class Cleaned:
    text: str
    counts: Counter[str]
    removed: list[Change]


def clean_document(text: str) -> Cleaned:
    """Run the pipeline on one document, counting changes (and keeping removed lines) as the settings ask."""
    s = _settings()
    if s.removed:
        explained = s.pipeline.explain(text)
        removed = [c for c in explained.changes if c.after == "" and removes_content(c.pass_name)]
        return Cleaned(explained.text, summary_counts(explained.changes), removed)
    if s.counts:
        return Cleaned(*s.pipeline.apply_summarised(text), [])
    return Cleaned(s.pipeline.apply(text), Counter(), [])


def as_text_file(text: str) -> str:
    """A cleaned document as a text file holds it: ending with one line break unless it is empty.

    >>> as_text_file("سلام"), as_text_file("")
    ('سلام\\n', '')
    """
    return text if not text or text.endswith("\n") else text + "\n"


def text_file_document(text: str) -> str:
    """The document a text file holds: without the single line feed that ends the file, which
    :func:`as_text_file` puts back, so that no pass is said to change a file it leaves as it was.
    A file ending in a blank line or CR LF keeps its ending: a pipeline that does not touch line
    breaks (``none``) must give the file back byte for byte.

    >>> text_file_document("سلام\\n"), text_file_document("سلام\\n\\n"), text_file_document("سلام\\r\\n")
    ('سلام', 'سلام\\n\\n', 'سلام\\r\\n')
    """
    if len(text) > 1 and text.endswith("\n") and not text.endswith(("\n\n", "\r\n")):
        return text[:-1]
    return text


def _removed_records(source: str, record: int | None, changes: list[Change]) -> list[str]:
    records = []
    for c in changes:
        entry: dict[str, Any] = {"source": source}
        if record is not None:
            entry["record"] = record
        if c.line is not None:
            entry["line"] = c.line + 1
        entry.update({"pass": c.pass_name, "rule": c.rule, "kind": c.kind, "score": c.score, "text": c.before})
        records.append(json.dumps({k: v for k, v in entry.items() if v is not None}, ensure_ascii=False))
    return records


def _failure(exc: Exception) -> str:
    return f"cleaning failed: {type(exc).__name__}: {exc}"


# --------------------------------------------------------------------- chunks of documents
@dataclasses.dataclass(frozen=True)
class Chunk:
    """Consecutive documents of one file: ``(line_number, raw line)`` pairs, or a Parquet batch."""

    source: str  # the input as shown to the user
    kind: str  # "jsonl", "lines" or "parquet"
    encoding: str
    items: Any
    first_row: int = 0  # Parquet: row number of the batch's first row
    column: int = -1  # Parquet: index of the text column
    read_upto: int = 0  # input bytes read once this chunk was (for progress)
    # --in-place: a line that cannot be cleaned stays in the file as it was (a rejects file beside the
    # input would be the only copy of it, and the next run would sweep it away).
    keep_rejected: bool = False


@dataclasses.dataclass
class ChunkResult:
    data: Any  # output bytes, or a Parquet batch
    stats: Stats
    messages: list[Message] = dataclasses.field(default_factory=list)
    rejects: list[str] = dataclasses.field(default_factory=list)  # JSON lines for the rejects file
    removed: list[str] = dataclasses.field(default_factory=list)  # JSON lines for --removed
    diff: str = ""
    first_missing: tuple[int, list[str]] | None = None  # first record without a text field, and its keys
    read_upto: int = 0


def clean_chunk(chunk: Chunk) -> ChunkResult:
    result = _clean_batch(chunk) if chunk.kind == "parquet" else _clean_lines(chunk)
    result.read_upto = chunk.read_upto
    return result


def _split_break(raw: bytes) -> tuple[bytes, bytes]:
    if raw.endswith(b"\r\n"):
        return raw[:-2], b"\r\n"
    if raw.endswith(b"\n"):
        return raw[:-1], b"\n"
    return raw, b""


def _reject(result: ChunkResult, source: str, line: int, error: str, raw: bytes | None, size: int) -> None:
    record: dict[str, Any] = {"source": source, "line": line, "error": error}
    if raw is not None:
        try:
            record["raw"] = raw.decode("utf-8")
        except UnicodeDecodeError:
            record["raw_base64"] = base64.b64encode(raw).decode("ascii")
    else:
        record["size"] = size
    result.rejects.append(json.dumps(record, ensure_ascii=False))
    result.stats.records_rejected += 1


def _clean_lines(chunk: Chunk) -> ChunkResult:
    s = _settings()
    stats = Stats()
    result = ChunkResult(b"", stats)
    out: list[bytes] = []
    diffs: list[str] = []
    passthrough = chunk.encoding in ("utf-8", "utf-8-sig")
    jsonl = chunk.kind == "jsonl"
    for number, raw in chunk.items:
        if isinstance(raw, Oversized):
            mb = raw.size / (1 << 20)
            error = f"line of {mb:.1f} MB is over the {s.max_record_bytes / (1 << 20):g} MB limit (--max-record-mb)"
            if chunk.keep_rejected:  # it cannot be copied without loading it: leave the whole file alone
                raise InputError(f"line {number}: {error}; --in-place leaves the file unchanged (or write to -o)")
            if jsonl:
                _reject(result, chunk.source, number, error, None, raw.size)
                result.messages.append(Message("error", chunk.source, number, error + "; rejected, not loaded"))
            else:  # line mode keeps the line count: an empty line stands in for it
                out.append(b"\n")
                stats.records_rejected += 1
                result.messages.append(Message("error", chunk.source, number, error + "; written as an empty line"))
            continue
        body, brk = _split_break(raw)
        try:
            line = body.decode(chunk.encoding)
        except UnicodeDecodeError as exc:
            error = (
                f"not valid {chunk.encoding}: byte 0x{body[exc.start : exc.start + 1].hex()} at column {exc.start + 1}"
            )
            if jsonl and not chunk.keep_rejected:
                _reject(result, chunk.source, number, error, body, len(body))
                result.messages.append(Message("error", chunk.source, number, error + "; line rejected"))
            else:
                out.append(raw)
                stats.records_rejected += 1
                result.messages.append(Message("error", chunk.source, number, error + "; line kept as it was"))
            continue
        if jsonl:
            out.append(_clean_record(chunk, result, number, raw, line, brk, passthrough, diffs))
            continue
        try:
            cleaned = clean_document(line)
        except Exception as exc:
            out.append(raw)
            stats.records_rejected += 1
            result.messages.append(Message("error", chunk.source, number, _failure(exc) + "; line kept as it was"))
            continue
        text = cleaned.text
        if "\n" in text or "\r" in text:  # a line stays one line, whatever a pass did
            text = " ".join(text.splitlines())
        _count(stats, cleaned, line, text)
        result.removed += _removed_records(chunk.source, number, cleaned.removed)
        if s.diff and text != line:
            diffs.append(line_change(f"{chunk.source}:{number}", line, text, colour=s.colour))
        out.append(raw if passthrough and text == line else text.encode("utf-8") + brk)
    result.data = b"".join(out)
    result.diff = "".join(diffs)
    stats.bytes_out = len(result.data)
    return result


def _count(stats: Stats, cleaned: Cleaned, before: str, after: str) -> None:
    stats.documents += 1
    stats.documents_changed += after != before
    stats.counts.update(cleaned.counts)


def _clean_record(
    chunk: Chunk,
    result: ChunkResult,
    number: int,
    raw: bytes,
    line: str,
    brk: bytes,
    passthrough: bool,
    diffs: list[str],
) -> bytes:
    s = _settings()
    stats = result.stats
    same = raw if passthrough else line.encode("utf-8") + brk
    if not line.strip():
        return same
    try:
        field = find_field(line, s.text_field)
    except MalformedRecord as exc:
        return _reject_record(chunk, result, number, raw, f"malformed JSON: {exc}", same)
    if field is None or not isinstance(field.value, str):
        stats.records_without_text += 1
        if result.first_missing is None:
            with contextlib.suppress(ValueError):
                keys = list(json.loads(line)) if line.lstrip().startswith("{") else []
                result.first_missing = (number, keys)
        return same
    try:
        cleaned = clean_document(field.value)
    except Exception as exc:
        return _reject_record(chunk, result, number, raw, _failure(exc), same)
    _count(stats, cleaned, field.value, cleaned.text)
    result.removed += _removed_records(chunk.source, number, cleaned.removed)
    if cleaned.text == field.value:
        return same
    if s.diff:
        diffs.append(unified_diff(field.value, cleaned.text, f"{chunk.source}:{number}", colour=s.colour))
    return replace_field(line, field, cleaned.text).encode("utf-8") + brk


def _reject_record(chunk: Chunk, result: ChunkResult, number: int, raw: bytes, error: str, same: bytes) -> bytes:
    """A JSONL record that cannot be cleaned: left out and kept in the rejects file, or, in place, kept as it was."""
    if chunk.keep_rejected:
        result.stats.records_rejected += 1
        result.messages.append(Message("error", chunk.source, number, error + "; line kept as it was"))
        return same
    _reject(result, chunk.source, number, error, raw.rstrip(b"\r\n"), len(raw))
    result.messages.append(Message("error", chunk.source, number, error + "; line rejected"))
    return b""


def _clean_batch(chunk: Chunk) -> ChunkResult:
    from arclean.io.parquet import text_values, with_text_values

    s = _settings()
    stats = Stats()
    result = ChunkResult(None, stats)
    values = text_values(chunk.items, chunk.column)
    out: list[str | None] = []
    diffs: list[str] = []
    for offset, value in enumerate(values):
        row = chunk.first_row + offset + 1
        if value is None:
            stats.records_without_text += 1
            out.append(value)
            continue
        try:
            cleaned = clean_document(value)
        except Exception as exc:
            result.messages.append(Message("error", chunk.source, row, _failure(exc) + "; row kept as it was"))
            stats.records_rejected += 1
            out.append(value)
            continue
        _count(stats, cleaned, value, cleaned.text)
        result.removed += _removed_records(chunk.source, row, cleaned.removed)
        if s.diff and cleaned.text != value:
            diffs.append(unified_diff(value, cleaned.text, f"{chunk.source}:row {row}", colour=s.colour))
        out.append(cleaned.text)
    result.data = with_text_values(chunk.items, chunk.column, out)
    result.diff = "".join(diffs)
    return result


# --------------------------------------------------------------------- opening inputs
def _is_wide(encoding: str) -> bool:
    return encoding.replace("_", "-").startswith(("utf-16", "utf-32"))


class _Utf8Lines:
    """``readline`` over a text stream, as UTF-8 bytes: lets UTF-16 files use the byte-line machinery."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        self._text = text

    def readline(self, limit: int = -1) -> bytes:
        return self._text.readline(limit).encode("utf-8")


def open_lines(stream: BinaryIO, settings: Settings) -> tuple[Any, Decoded]:
    """A ``readline``-able byte stream of the file's lines, and its encoding."""
    sample = stream.peek(1 << 16)[: 1 << 16] if hasattr(stream, "peek") else b""
    decoded = line_encoding(sample, settings.encoding)
    if _is_wide(decoded.encoding):
        text = io.TextIOWrapper(stream, encoding=decoded.encoding, newline="")  # type: ignore[arg-type]
        return _Utf8Lines(text), Decoded("", "utf-8", decoded.how)
    return stream, decoded


def tapered(limit: int, remaining: int | None, floor: int) -> int:
    """The size of the next piece of work when ``remaining`` bytes are left: ``limit``, shrinking to
    ``floor`` over the last ``4 * limit`` bytes, so that the last pieces are small and no worker
    waits long for another to finish a big one (the pool's tail, which costs ``--jobs`` scaling).

    >>> tapered(4 << 20, None, 1 << 16) == 4 << 20, tapered(4 << 20, 8 << 20, 1 << 16) == 2 << 20
    (True, True)
    """
    if remaining is None:
        return limit
    return max(floor, min(limit, remaining // 4))


def line_chunks(
    source: str,
    kind: str,
    encoding: str,
    lines: Any,
    settings: Settings,
    position: Callable[[], int] = lambda: 0,
    total: int | None = None,
    keep_rejected: bool = False,
) -> Iterator[Chunk]:
    """Chunks of about ``settings.chunk_bytes`` of consecutive lines, smaller towards the end of an
    input of ``total`` bytes; ``position()`` says how far the input was read."""
    batch: list[tuple[int, bytes | Oversized]] = []
    size = 0
    floor = min(settings.chunk_bytes, MIN_CHUNK_BYTES)
    limit = tapered(settings.chunk_bytes, None if total is None else total - position(), floor)
    for number, raw in iter_lines(lines, settings.max_record_bytes):
        batch.append((number, raw))
        size += len(raw) if isinstance(raw, bytes) else 1
        if size >= limit:
            read = position()
            yield Chunk(source, kind, encoding, batch, read_upto=read, keep_rejected=keep_rejected)
            batch, size = [], 0
            limit = tapered(settings.chunk_bytes, None if total is None else total - read, floor)
    if batch:
        yield Chunk(source, kind, encoding, batch, read_upto=position(), keep_rejected=keep_rejected)


def iter_documents(
    path: Path, fmt: Format, settings: Settings, problems: list[Message] | None = None
) -> Iterator[tuple[int | None, str]]:
    """``(line or row, text)`` of every document in a file (for learners, explain).

    Records that cannot be read are skipped, and said in ``problems`` if given.
    """
    source = str(path)

    def skip(line: int, text: str) -> None:
        if problems is not None:
            problems.append(Message("error", source, line, text))

    if fmt.kind == "text" and settings.unit == "document":
        data = path.read_bytes()
        if data:
            yield None, text_file_document(decode(data, settings.encoding).text)
        return
    if fmt.kind == "parquet":
        from arclean.io.parquet import iter_batches, text_column, text_values

        with open(path, "rb") as f:
            schema, batches = iter_batches(f, settings.parquet_rows)
            try:
                column = text_column(schema, settings.text_field)
            except KeyError as exc:
                raise InputError(str(exc.args[0])) from None
            row = 0
            for batch in batches:
                for value in text_values(batch, column):
                    row += 1
                    if value is not None:
                        yield row, value
        return
    with open(path, "rb") as raw:
        lines, decoded = open_lines(open_reader(io.BufferedReader(raw, 1 << 20), fmt), settings)  # type: ignore[arg-type]
        for number, line in iter_lines(lines, settings.max_record_bytes):
            if isinstance(line, Oversized):
                skip(number, f"line of {line.size / (1 << 20):.1f} MB is over the --max-record-mb limit; skipped")
                continue
            try:
                text = line.decode(decoded.encoding).rstrip("\r\n")
            except UnicodeDecodeError as exc:
                skip(number, f"not valid {decoded.encoding} at column {exc.start + 1}; skipped")
                continue
            if fmt.kind == "text":
                yield number, text
                continue
            if not text.strip():
                continue
            try:
                field = find_field(text, settings.text_field)
            except MalformedRecord as exc:
                skip(number, f"malformed JSON: {exc}; skipped")
                continue
            if field is not None and isinstance(field.value, str):
                yield number, field.value


# --------------------------------------------------------------------- whole files
@dataclasses.dataclass(frozen=True)
class FileJob:
    """One input file and where its outputs go (``target`` None: nothing is written, e.g. ``--diff``)."""

    source: Path
    display: str
    rel: str  # the output's path relative to the output folder ("a/b.jsonl")
    fmt: Format
    target: Path | None
    rejects: Path | None
    removed: Path | None
    size: int
    in_place: bool = False


@dataclasses.dataclass
class FileResult:
    job: FileJob
    ok: bool = True
    stats: Stats = dataclasses.field(default_factory=Stats)
    messages: list[Message] = dataclasses.field(default_factory=list)
    entry: Entry | None = None
    diff: str = ""


def process_file(
    job: FileJob,
    mapper: Mapper | None = None,
    on_read: Callable[[int, int], None] | None = None,
    on_diff: Callable[[str], None] | None = None,
) -> FileResult:
    """Clean one file; never raises for bad input (the result says what went wrong).

    ``mapper`` maps :func:`clean_chunk` over the file's chunks (``map``, or a pool's ordered map);
    ``on_read`` hears how many input bytes have been read and documents cleaned so far (for progress);
    ``on_diff``, if given, gets ``--diff`` output chunk by chunk instead of in the result (flat memory).
    """
    result = FileResult(job)
    try:
        if job.fmt.kind == "text" and _settings().unit == "document":
            _text_file(job, result)
        else:
            _chunked_file(job, result, mapper or map, on_read, on_diff)
    except (InputError, MissingExtraError) as exc:
        _fail(result, str(exc))
    except EOFError as exc:  # a compressed stream cut short (gzip's message, or _ZstdFrames')
        _fail(result, f"cannot decompress: {exc}")
    except OSError as exc:
        what = exc.strerror or str(exc)
        _fail(result, f"cannot read or write: {what}{_where(exc, job)}")
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # a bug must cost one file, not the run
        _fail(result, f"internal error: {type(exc).__name__}: {exc}")
    if result.ok:
        result.stats.files += 1
    return result


def _where(exc: OSError, job: FileJob) -> str:
    """The path an error is about, as the user knows it: the output, not its temporary name."""
    named = str(exc.filename2 or exc.filename or "")
    if not named or named == str(job.source):
        return ""
    if named.endswith(PART_SUFFIX):
        named = str(job.target)
    return f" ({named})"


def process_files(jobs: list[FileJob]) -> list[FileResult]:
    """:func:`process_file` for a batch of small files (one round trip to a worker for all of them)."""
    return [process_file(job) for job in jobs]


def _fail(result: FileResult, text: str) -> None:
    # Nothing of a failed file was written: its partial counts would only mislead the summary.
    result.ok = False
    result.stats = Stats(files_failed=1)
    result.entry = None
    result.diff = ""
    result.messages.append(Message("error", result.job.display, None, text))


def _entry(job: FileJob, st: os.stat_result, input_sha: str, out: AtomicFile, settings: Settings) -> Entry | None:
    if job.in_place:
        return None
    return Entry(
        job.rel, str(job.source), st.st_size, st.st_mtime_ns, input_sha, settings.fingerprint(), out.size, out.sha256
    )


class _Sidecar:
    """A rejects or removed-lines file beside an output: opened at its first line, streamed, committed
    with the output; when a run has nothing to put in it, an earlier run's stale one is removed."""

    def __init__(self, path: Path | None, run_id: str, stack: contextlib.ExitStack) -> None:
        self.path = path
        self.lines = 0
        self._run_id = run_id
        self._stack = stack
        self._file: AtomicFile | None = None

    def write(self, lines: list[str]) -> None:
        if not lines or self.path is None:
            return
        if self._file is None:
            self._file = self._stack.enter_context(AtomicFile(self.path, run_id=self._run_id))
        self._file.write(("\n".join(lines) + "\n").encode("utf-8"))
        self.lines += len(lines)

    def finish(self) -> None:
        if self._file is not None:
            self._file.commit()
        elif self.path is not None:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


def _write_sidecar(path: Path | None, lines: list[str], run_id: str) -> None:
    with contextlib.ExitStack() as stack:
        sidecar = _Sidecar(path, run_id, stack)
        sidecar.write(lines)
        sidecar.finish()


def _read_text_file(job: FileJob) -> tuple[bytes, bytes]:
    """The file's bytes as stored, and decompressed (the same object for an uncompressed file)."""
    stored = job.source.read_bytes()
    try:
        return stored, decompress(stored, job.fmt)
    except ValueError as exc:
        raise InputError(f"cannot decompress ({job.fmt.compression}): {exc}") from None


def _text_file(job: FileJob, result: FileResult) -> None:
    s = _settings()
    st = os.stat(job.source)
    stored, data = _read_text_file(job)
    stats = result.stats
    stats.bytes_in = len(stored)
    if not data:
        stats.files_empty = 1
        result.messages.append(Message("note", job.display, None, "empty file"))
        before = ""
    else:
        decoded = decode(data, s.encoding)
        if decoded.note:
            result.messages.append(Message("note", job.display, None, decoded.note))
        before = decoded.text
    try:
        cleaned = clean_document(text_file_document(before))
    except Exception as exc:
        raise InputError(_failure(exc)) from exc
    after = as_text_file(cleaned.text)
    if data:
        _count(stats, cleaned, before, after)
    encoded = after.encode("utf-8")
    if s.diff:
        result.diff = unified_diff(before, after, job.display, colour=s.colour)
    _write_sidecar(job.removed, _removed_records(job.display, None, cleaned.removed), s.run_id)
    if job.target is None or (job.in_place and encoded == data):
        stats.bytes_out = len(encoded)
        return
    with AtomicFile(job.target, run_id=s.run_id, durable=job.in_place, mode=_mode(job, st)) as out:
        writer = open_writer(out, job.fmt)  # type: ignore[arg-type]
        writer.write(encoded)
        finish_writer(writer)
    stats.bytes_out = out.size
    result.entry = _entry(job, st, hashlib.sha256(stored).hexdigest(), out, s)


def _mode(job: FileJob, st: os.stat_result) -> int | None:
    return st.st_mode & 0o7777 if job.in_place else None


def _chunked_file(
    job: FileJob,
    result: FileResult,
    mapper: Mapper,
    on_read: Callable[[int, int], None] | None,
    on_diff: Callable[[str], None] | None,
) -> None:
    s = _settings()
    st = os.stat(job.source)
    result.stats.bytes_in = st.st_size
    if st.st_size == 0:
        result.stats.files_empty = 1
        result.messages.append(Message("note", job.display, None, "empty file"))
    with contextlib.ExitStack() as stack:
        raw = stack.enter_context(open(job.source, "rb"))
        if job.fmt.kind == "parquet":
            input_sha = file_sha256(job.source)
            chunks, schema = _parquet_chunks(job, raw, s)
            hashing = None
        else:
            hashing = HashingReader(raw)
            buffered = io.BufferedReader(hashing, 1 << 20)  # type: ignore[arg-type]
            lines, decoded = open_lines(open_reader(buffered, job.fmt), s)  # type: ignore[arg-type]
            if decoded.note:
                result.messages.append(Message("note", job.display, None, decoded.note))
            kind = "jsonl" if job.fmt.kind == "jsonl" else "lines"
            chunks = line_chunks(
                job.display,
                kind,
                decoded.encoding,
                lines,
                s,
                lambda: hashing.size,
                None if job.fmt.compression else st.st_size,  # read-ahead of compressed bytes runs far ahead
                job.in_place,
            )
        out = None
        writer: Any = None
        if job.target is not None:
            out = stack.enter_context(
                AtomicFile(job.target, run_id=s.run_id, durable=job.in_place, mode=_mode(job, st))
            )
            if job.fmt.kind == "parquet":
                from arclean.io.parquet import ParquetSink

                writer = ParquetSink(out, schema)  # type: ignore[arg-type]
            else:
                writer = open_writer(out, job.fmt)  # type: ignore[arg-type]
        rejects = _Sidecar(job.rejects, s.run_id, stack)
        removed = _Sidecar(job.removed, s.run_id, stack)
        diffs: list[str] = []
        first_missing: tuple[int, list[str]] | None = None
        messages = 0
        for part in mapper(clean_chunk, chunks):
            if writer is not None:
                writer.write(part.data)
            result.stats.merge(part.stats)
            messages += len(part.messages)
            result.messages += part.messages[: max(0, MESSAGES_KEPT_PER_FILE - len(result.messages))]
            rejects.write(part.rejects)
            removed.write(part.removed)
            if part.diff and on_diff is not None:
                on_diff(part.diff)
            elif part.diff:
                diffs.append(part.diff)
            first_missing = first_missing or part.first_missing
            if on_read is not None:
                on_read(part.read_upto, result.stats.documents)
        if hashing is not None:
            while buffered.read(1 << 20):  # hash to the end, whatever the decompressor left unread
                pass
            input_sha = hashing.sha256
        result.stats.bytes_in = st.st_size
        _check_text_field(job, result, first_missing, s)
        result.diff = "".join(diffs)
        if writer is not None:
            if job.fmt.kind == "parquet":
                writer.close()
            else:
                finish_writer(writer)
        rejects.finish()
        removed.finish()
        if messages > len(result.messages):
            more = messages - len(result.messages)
            result.messages.append(Message("error", job.display, None, f"{more:,} more problem(s) like these"))
        if rejects.lines:
            result.messages.append(
                Message("note", job.display, None, f"{rejects.lines:,} rejected line(s) written to {job.rejects}")
            )
    if out is not None:
        result.stats.bytes_out = out.size
        result.entry = _entry(job, st, input_sha, out, s)


def _check_text_field(
    job: FileJob, result: FileResult, first_missing: tuple[int, list[str]] | None, s: Settings
) -> None:
    missing = result.stats.records_without_text
    if not missing or job.fmt.kind == "text":
        return
    where = "row" if job.fmt.kind == "parquet" else "line"
    if result.stats.documents == 0 and first_missing is not None:
        number, keys = first_missing
        raise InputError(
            f"no record has a string {s.text_field!r} field ({where} {number} has: {', '.join(keys) or 'no fields'}); "
            "use --text-field"
        )
    if result.stats.documents == 0 and job.fmt.kind == "parquet":
        raise InputError(f"every {s.text_field!r} value is null")
    first = f" (first at {where} {first_missing[0]})" if first_missing else ""
    result.messages.append(
        Message(
            "warning",
            job.display,
            None,
            f"{missing} record(s) without a string {s.text_field!r} field{first}; kept unchanged",
        )
    )


def _parquet_chunks(job: FileJob, raw: BinaryIO, s: Settings) -> tuple[Iterator[Chunk], Any]:
    from arclean.io.parquet import iter_batches, text_column

    try:
        schema, batches = iter_batches(raw, s.parquet_rows)
    except MissingExtraError:
        raise
    except Exception as exc:  # pyarrow's errors have no common public base
        raise InputError(f"not a readable Parquet file: {exc}") from None
    try:
        column = text_column(schema, s.text_field)
    except KeyError as exc:
        raise InputError(str(exc.args[0])) from None

    def chunks() -> Iterator[Chunk]:
        row = 0
        for batch in batches:
            yield Chunk(job.display, "parquet", "utf-8", batch, first_row=row, column=column, read_upto=raw.tell())
            row += batch.num_rows

    return chunks(), schema
