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
from typing import Any, BinaryIO

from arclean.core import ArcleanError

__all__ = [
    "FORMATS",
    "Format",
    "MissingExtraError",
    "decompress",
    "finish_writer",
    "format_of",
    "kind_of_name",
    "not_text_reason",
    "open_reader",
    "open_writer",
]


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
    Format("txt.gz", (".txt.gz",), "text", "gzip"),
    Format("txt.zst", (".txt.zst", ".txt.zstd"), "text", "zstd"),
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


_COMPRESSION_SUFFIXES = (".gz", ".zst", ".zstd", ".bz2", ".xz", ".zip")
# Files named on the command line are read as text unless their name says they are data of
# another shape, which read as text would be cleaned wrong without a word (indentation stripped, the
# values left as they were).
_NOT_TEXT = {
    ".json": "a JSON document (JSONL, one object per line, is read: jq -c '.[]' FILE.json > FILE.jsonl)",
    ".csv": "a table (write its text column as JSONL or Parquet)",
    ".tsv": "a table (write its text column as JSONL or Parquet)",
    ".html": "a web page (extract its text first, e.g. with trafilatura)",
    ".htm": "a web page (extract its text first, e.g. with trafilatura)",
    ".xml": "markup (extract its text first)",
    ".pdf": "a PDF (extract its text first)",
    ".docx": "a Word document (extract its text first)",
}


def kind_of_name(path: str | PurePath) -> str:
    """What a file name says it holds, for messages: its suffix, with the compression's.

    >>> kind_of_name("a/data.json.gz"), kind_of_name("notes.md"), kind_of_name("README")
    ('.json.gz', '.md', 'no suffix')
    """
    suffixes = [x.lower() for x in PurePath(path).suffixes]
    if not suffixes:
        return "no suffix"
    if suffixes[-1] in _COMPRESSION_SUFFIXES and len(suffixes) > 1:
        return "".join(suffixes[-2:])
    return suffixes[-1]


def not_text_reason(path: str | PurePath) -> str | None:
    """What a file arclean has no format for holds instead of text, or None if it may be read as text.

    >>> not_text_reason("export.json.gz")
    "a JSON document (JSONL, one object per line, is read: jq -c '.[]' FILE.json > FILE.jsonl)"
    >>> not_text_reason("notes.md") is None, not_text_reason("notes.md.bz2")
    (True, 'compressed (arclean reads .txt, .jsonl and .ndjson compressed with gzip or zstd)')
    """
    kind = kind_of_name(path)
    base, _, last = kind.rpartition(".")
    compressed = "." + last in _COMPRESSION_SUFFIXES
    if compressed and base in _NOT_TEXT:
        return _NOT_TEXT[base]
    if kind in _NOT_TEXT:
        return _NOT_TEXT[kind]
    if compressed:
        return "compressed (arclean reads .txt, .jsonl and .ndjson compressed with gzip or zstd)"
    return None


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
        return io.BufferedReader(_ZstdFrames(raw), buffer_size=1 << 20)  # type: ignore[return-value]
    return raw


def decompress(data: bytes, fmt: Format) -> bytes:
    """The whole of a compressed file's content; ``ValueError`` if it is damaged or cut short.

    >>> decompress(gzip.compress(b"abc"), Format("txt.gz", (".txt.gz",), "text", "gzip"))
    b'abc'
    """
    try:
        with open_reader(io.BytesIO(data), fmt) as reader:
            return reader.read()
    except (OSError, EOFError) as exc:  # gzip: BadGzipFile (an OSError) or EOFError; zstd: see _ZstdFrames
        raise ValueError(str(exc) or type(exc).__name__) from None


class _ZstdFrames(io.RawIOBase):
    """Decompresses a zstd stream frame by frame, and says so (``EOFError``) when it ends inside a
    frame: zstandard's own ``stream_reader`` returns what it has, so a file cut short would be
    cleaned short without a word."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        self._zstd = _zstandard()
        self._frame: Any = None
        self._pending = b""
        self._offset = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._offset >= len(self._pending):
            compressed = self._raw.read(1 << 16)  # small: text compresses 5-10x, a crafted file far more
            if not compressed:
                if self._frame is not None and not self._frame.eof:
                    raise EOFError("the zstd stream is cut short")
                return 0
            self._pending, self._offset = self._decompress(compressed), 0
        n = min(len(buffer), len(self._pending) - self._offset)
        buffer[:n] = self._pending[self._offset : self._offset + n]
        self._offset += n
        return n

    def _decompress(self, data: bytes) -> bytes:
        parts = []
        while data:
            if self._frame is None or self._frame.eof:
                self._frame = self._zstd.ZstdDecompressor().decompressobj()
            try:
                parts.append(self._frame.decompress(data))
            except self._zstd.ZstdError as exc:
                raise OSError(f"not a valid zstd stream: {exc}") from None
            data = self._frame.unused_data if self._frame.eof else b""
        return b"".join(parts)


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
