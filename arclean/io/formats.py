"""Input formats, chosen by file name: plain text, JSON Lines (plain, gzip, zstd) and Parquet.

>>> format_of("shard-0001.jsonl.zst").name
'jsonl.zst'
>>> format_of("مقال.TXT").kind
'text'
>>> format_of("photo.jpg") is None
True
"""

from __future__ import annotations

import dataclasses
import gzip
import io
from pathlib import PurePath
from typing import BinaryIO

from arclean.core import ArcleanError

__all__ = ["FORMATS", "Format", "MissingExtraError", "finish_writer", "format_of", "open_reader", "open_writer"]


class MissingExtraError(ArcleanError):
    """A format whose optional library is not installed; the message says what to install."""


@dataclasses.dataclass(frozen=True)
class Format:
    """A file format.  ``kind`` is how documents sit in the file: ``text`` (the whole file), ``jsonl``
    (a line each) or ``parquet`` (a row each)."""

    name: str
    suffixes: tuple[str, ...]
    kind: str
    compression: str | None = None

    @property
    def streamable(self) -> bool:
        """Whether the file splits into independent chunks of documents (for flat memory and parallel chunks)."""
        return self.kind in ("jsonl", "parquet")


TEXT = Format("txt", (".txt",), "text")
FORMATS: tuple[Format, ...] = (
    TEXT,
    Format("jsonl", (".jsonl", ".ndjson"), "jsonl"),
    Format("jsonl.gz", (".jsonl.gz", ".ndjson.gz"), "jsonl", "gzip"),
    Format("jsonl.zst", (".jsonl.zst", ".jsonl.zstd", ".ndjson.zst"), "jsonl", "zstd"),
    Format("parquet", (".parquet",), "parquet"),
)


def format_of(path: str | PurePath) -> Format | None:
    """The format a file name says, or None for names arclean does not read."""
    name = PurePath(path).name.lower()
    best: Format | None = None
    best_len = 0
    for fmt in FORMATS:
        for suffix in fmt.suffixes:
            if name.endswith(suffix) and len(suffix) > best_len:
                best, best_len = fmt, len(suffix)
    return best


def _zstandard():  # type: ignore[no-untyped-def]
    try:
        import zstandard
    except ImportError:
        raise MissingExtraError("reading .zst needs the zstandard package: pip install zstandard") from None
    return zstandard


def open_reader(raw: BinaryIO, fmt: Format) -> BinaryIO:
    """The decompressed byte stream of ``raw`` (buffered, so ``readline`` works)."""
    if fmt.compression == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if fmt.compression == "zstd":
        reader = _zstandard().ZstdDecompressor().stream_reader(raw, read_across_frames=True)
        return io.BufferedReader(reader, buffer_size=1 << 20)  # type: ignore[arg-type,return-value]
    return raw


class _Compressed(io.RawIOBase):
    """A compressing writer over ``raw`` whose ``finish`` ends the stream but leaves ``raw`` open."""

    def __init__(self, raw: BinaryIO, fmt: Format) -> None:
        super().__init__()
        if fmt.compression == "gzip":
            # mtime=0 and no file name: the same input gives the same bytes, run after run.
            self._stream: BinaryIO = gzip.GzipFile(  # type: ignore[assignment]
                filename="", fileobj=raw, mode="wb", compresslevel=6, mtime=0
            )
        else:
            self._stream = _zstandard().ZstdCompressor(level=3).stream_writer(raw, closefd=False)

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._stream.write(data)
        return len(data)

    def finish(self) -> None:
        self._stream.close()


def open_writer(raw: BinaryIO, fmt: Format) -> BinaryIO:
    """A writer that compresses into ``raw`` as ``fmt`` says; call ``finish_writer`` before committing ``raw``."""
    if fmt.compression:
        return _Compressed(raw, fmt)  # type: ignore[return-value]
    return raw


def finish_writer(writer: BinaryIO) -> None:
    if isinstance(writer, _Compressed):
        writer.finish()
