"""Character maps: rule data read from JSON files, applied without a per-character Python loop.

A map sends single characters to replacement strings (``""`` deletes).  Data files name characters
literally (``"أ"``), by code point (``"U+0623"``) or by range (``"U+064B..U+065F"``), so a linguist
can edit them without reading Python.

>>> m = CharMap({"أ": "ا", "إ": "ا"})
>>> m("إلى أين")
'الى اين'
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

__all__ = ["CharMap", "char_class", "load_data", "parse_chars", "parse_text"]

_CODEPOINT = re.compile(r"U\+([0-9A-Fa-f]{4,6})")
_RANGE = re.compile(r"^U\+([0-9A-Fa-f]{4,6})\.\.U\+([0-9A-Fa-f]{4,6})$")

# Maps with this many keys or fewer run as chained ``str.replace``: CPython's replace scans with
# a fast search and costs almost nothing when the character is absent.  Larger maps run as one
# regex over a character class, which touches only the characters that match.
_REPLACE_CHAIN_LIMIT = 6


def parse_chars(item: str) -> list[str]:
    """Characters named by one data entry: ``"U+0623"``, ``"U+064B..U+0652"`` or literal text.

    >>> parse_chars("U+0661..U+0663")
    ['١', '٢', '٣']
    """
    match = _RANGE.match(item)
    if match:
        lo, hi = int(match.group(1), 16), int(match.group(2), 16)
        if lo > hi:
            raise ValueError(f"empty range {item!r}")
        return [chr(c) for c in range(lo, hi + 1)]
    return list(parse_text(item))


def parse_text(value: str) -> str:
    """A replacement value: literal text, or space-separated ``U+XXXX`` code points."""
    parts = value.split()
    if parts and all(_CODEPOINT.fullmatch(p) for p in parts):
        return "".join(chr(int(p[2:], 16)) for p in parts)
    return value


def char_class(chars: Iterable[str]) -> str:
    """A regex character class matching exactly ``chars`` (compact ranges, escaped)."""
    points = sorted({ord(c) for c in chars})
    if not points:
        return "[^\\s\\S]"  # matches nothing
    parts: list[str] = []
    start = prev = points[0]
    for cp in [*points[1:], -1]:
        if cp == prev + 1:
            prev = cp
            continue
        lo, hi = re.escape(chr(start)), re.escape(chr(prev))
        parts.append(lo if start == prev else f"{lo}-{hi}")
        start = prev = cp
    return "[" + "".join(parts) + "]"


@functools.cache
def load_data(package: str, filename: str) -> Any:
    """A JSON data file shipped inside ``package`` (read once, cached)."""
    text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    return json.loads(text)


class CharMap:
    """Replace or delete single characters; idempotent by construction.

    Replacement values may not contain any mapped character, so applying the map twice changes
    nothing the second time.
    """

    __slots__ = ("_chain", "_delete_only", "_pattern", "mapping")

    def __init__(self, mapping: Mapping[str, str]) -> None:
        for key, value in mapping.items():
            if len(key) != 1:
                raise ValueError(f"character map keys must be single characters, got {key!r}")
            bad = [c for c in value if c in mapping]
            if bad:
                raise ValueError(f"map of {key!r} → {value!r} produces mapped characters {bad}")
        self.mapping: dict[str, str] = dict(mapping)
        self._delete_only = all(v == "" for v in self.mapping.values())
        cls = char_class(self.mapping)
        self._pattern = re.compile(cls + "+" if self._delete_only else cls)
        self._chain: tuple[tuple[str, str], ...] | None = (
            tuple(self.mapping.items()) if len(self.mapping) <= _REPLACE_CHAIN_LIMIT else None
        )

    def __call__(self, text: str) -> str:
        if self._delete_only:
            return self._pattern.sub("", text)
        if self._chain is not None:
            for key, value in self._chain:
                text = text.replace(key, value)
            return text
        mapping = self.mapping
        return self._pattern.sub(lambda m: mapping[m.group()], text)

    def reference(self, text: str) -> str:
        """The obvious per-character implementation: the specification fast paths are tested against."""
        return "".join(self.mapping.get(c, c) for c in text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches of mapped characters (runs, for delete-only maps)."""
        return self._pattern.finditer(text)

    def __contains__(self, char: object) -> bool:
        return char in self.mapping

    def __len__(self) -> int:
        return len(self.mapping)

    def __reduce__(self) -> tuple[type[CharMap], tuple[dict[str, str]]]:
        return CharMap, (self.mapping,)


def mapping_from_spec(spec: Mapping[str, Any]) -> dict[str, str]:
    """Build ``{char: replacement}`` from a data entry with ``"map"`` and/or ``"delete"`` lists.

    >>> mapping_from_spec({"map": {"U+06A9": "ك"}, "delete": ["U+0640"]})
    {'ک': 'ك', 'ـ': ''}
    """
    out: dict[str, str] = {}
    for key, value in spec.get("map", {}).items():
        for char in parse_chars(key):
            out[char] = parse_text(value)
    for item in spec.get("delete", []):
        for char in parse_chars(item):
            out[char] = ""
    return out
