r"""JSON Lines, one record at a time: find the text field, replace it, and keep every other byte.

Only the text value's span is rewritten, so the other fields keep their exact spelling (number
formats, key order, escapes), and an unchanged record is written back byte for byte.

>>> line = '{"id": 7, "text": "السلام   عليكم", "score": 1.50}'
>>> field = find_field(line, "text")
>>> field.value
'السلام   عليكم'
>>> replace_field(line, field, "السلام عليكم")
'{"id": 7, "text": "السلام عليكم", "score": 1.50}'
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any, BinaryIO

__all__ = ["Field", "MalformedRecord", "Oversized", "find_field", "iter_lines", "replace_field"]

_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\n\r]*")
_ASCII_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}")


class MalformedRecord(ValueError):
    """A line that is not one JSON object; ``str()`` says where, by column."""


@dataclasses.dataclass(frozen=True)
class Field:
    """A top-level field: its decoded value and where its JSON text sits in the line."""

    key: str
    value: Any
    start: int
    end: int


def _fail(message: str, pos: int) -> MalformedRecord:
    return MalformedRecord(f"{message} (column {pos + 1})")


def find_field(line: str, key: str) -> Field | None:
    """The last top-level ``key`` of the object on ``line`` (JSON's last-wins rule), or None.

    The whole line is validated; raises :class:`MalformedRecord` if it is not one JSON object.

    >>> find_field('{"url": "x"}', "text") is None
    True
    >>> find_field('{"text": "سلام"', "text")
    Traceback (most recent call last):
    ...
    arclean.io.jsonl.MalformedRecord: expected ',' or '}' after a value (column 16)
    """
    pos = _WS.match(line, 0).end()  # type: ignore[union-attr]
    if line[pos : pos + 1] != "{":
        raise _fail("not a JSON object", pos)
    pos = _WS.match(line, pos + 1).end()  # type: ignore[union-attr]
    found: Field | None = None
    if line[pos : pos + 1] == "}":
        pos += 1
    else:
        while True:
            if line[pos : pos + 1] != '"':
                raise _fail("expected a quoted key", pos)
            try:
                name, pos = scanstring(line, pos + 1, True)
            except ValueError as exc:
                raise _fail(f"bad key: {getattr(exc, 'msg', exc)}", getattr(exc, "pos", pos)) from None
            pos = _WS.match(line, pos).end()  # type: ignore[union-attr]
            if line[pos : pos + 1] != ":":
                raise _fail("expected ':' after a key", pos)
            start = _WS.match(line, pos + 1).end()  # type: ignore[union-attr]
            try:
                value, end = _DECODER.raw_decode(line, start)
            except json.JSONDecodeError as exc:
                raise _fail(exc.msg, exc.pos) from None
            if name == key:
                found = Field(name, value, start, end)
            pos = _WS.match(line, end).end()  # type: ignore[union-attr]
            sep = line[pos : pos + 1]
            if sep == "}":
                pos += 1
                break
            if sep != ",":
                raise _fail("expected ',' or '}' after a value", pos)
            pos = _WS.match(line, pos + 1).end()  # type: ignore[union-attr]
    rest = _WS.match(line, pos).end()  # type: ignore[union-attr]
    if rest != len(line):
        raise _fail("extra data after the object", rest)
    return found


def replace_field(line: str, field: Field, value: str) -> str:
    """``line`` with ``field``'s value replaced by the JSON string ``value``, escaped as the original was."""
    original = line[field.start : field.end]
    ascii_only = original.isascii() and bool(_ASCII_ESCAPE.search(original))
    return line[: field.start] + json.dumps(value, ensure_ascii=ascii_only) + line[field.end :]


@dataclasses.dataclass(frozen=True)
class Oversized:
    """A line longer than the limit: skipped without being loaded; ``size`` is its length in bytes."""

    size: int


def iter_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | Oversized]]:
    """``(line_number, bytes)`` for each line (with its line break), 1-based; memory stays under ``limit``."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while piece := stream.readline(1 << 20):
                size += len(piece)
                if piece.endswith(b"\n"):
                    break
            yield number, Oversized(size)
        else:
            yield number, line
