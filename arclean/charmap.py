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

# Maps with this many keys or fewer run as chained ``str.replace``, each guarded by ``in``: ``in``
# finds a character with memchr (tens of GB/s when it is absent), and ``replace`` of a present one
# is a C loop; larger maps run as one regex over a character class, which touches only matches.
_REPLACE_CHAIN_LIMIT = 12

# A single-byte code page holding Arabic letters, harakat and the punctuation of Arabic web text:
# text that encodes to it can be mapped with ``bytes.translate`` in one C pass, whatever the
# number of matches (see :meth:`CharMap.byte_path`).
CODE_PAGE = "cp1256"
CODE_PAGE_CHARS = bytes(range(256)).decode(CODE_PAGE)


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
    nothing the second time (and the order in which keys are applied does not matter).

    ``frequent`` names keys that are common in text (harakat in vowelled text): in a large map
    they run as the ``str.replace`` chain and only the rest goes through the regex.
    """

    __slots__ = ("_byte_map", "_chain", "_delete_only", "_pattern", "_rest", "_rest_repl", "apply", "mapping")

    def __init__(self, mapping: Mapping[str, str], frequent: Iterable[str] = ()) -> None:
        for key, value in mapping.items():
            if len(key) != 1:
                raise ValueError(f"character map keys must be single characters, got {key!r}")
            bad = [c for c in value if c in mapping]
            if bad:
                raise ValueError(f"map of {key!r} → {value!r} produces mapped characters {bad}")
        self.mapping: dict[str, str] = dict(mapping)
        self._delete_only = all(v == "" for v in self.mapping.values())
        cls = char_class(self.mapping)
        # runs of deleted characters are one change each in explain()
        self._pattern = re.compile(cls + "+" if self._delete_only else cls)
        small = len(self.mapping) <= _REPLACE_CHAIN_LIMIT
        chained = set(self.mapping) if small else set(frequent) & set(self.mapping)
        self._chain: tuple[tuple[str, str], ...] = tuple((k, v) for k, v in self.mapping.items() if k in chained)
        rest = {k: v for k, v in self.mapping.items() if k not in chained}
        # a bare class, not ``class+``: re's fast charset search only serves patterns starting with a set
        self._rest = re.compile(char_class(rest)) if rest else None
        self._rest_repl: Any = "" if all(v == "" for v in rest.values()) else (lambda m: rest[m.group()])
        self._byte_map = _byte_map(self.mapping)
        self.apply = self._build_apply()

    def _build_apply(self) -> Any:
        """The fastest function for this map: a bare ``str.replace`` for one same-length key."""
        chain, rest, repl = self._chain, self._rest, self._rest_repl
        if rest is None and len(chain) == 1 and len(chain[0][1]) == 1:
            key, value = chain[0]
            return lambda text: text.replace(key, value)  # absent key: memchr, same object back
        # A same-length replace of an absent key is already a memchr; other lengths count matches
        # first with a plain loop, which ``in`` (memchr again) skips when the key is absent.
        same = tuple((k, v) for k, v in chain if len(v) == 1)
        other = tuple((k, v) for k, v in chain if len(v) != 1)

        def run(text: str) -> str:
            for key, value in same:
                text = text.replace(key, value)
            for key, value in other:
                if key in text:
                    text = text.replace(key, value)
            return text if rest is None else rest.sub(repl, text)

        return run

    def __call__(self, text: str) -> str:
        return self.apply(text)  # type: ignore[no-any-return]

    def byte_path(self, text: str) -> str | None:
        """The map applied through the single-byte code page, or ``None`` when it cannot be.

        One ``encode``, one ``bytes.translate`` and one ``decode``: a cost per character that does
        not grow with the number of matches, unlike ``str.replace`` and ``re.sub``.  It applies when
        every character of ``text`` is in the code page and every mapped key of the code page maps
        to nothing or to one character of it.
        """
        if self._byte_map is None:
            return None
        try:
            data = text.encode(CODE_PAGE)
        except UnicodeEncodeError:
            return None
        table, delete = self._byte_map
        out = data.translate(table, delete)
        if out == data:
            return text
        return out.decode(CODE_PAGE)

    def reference(self, text: str) -> str:
        """The obvious per-character implementation: the specification fast paths are tested against."""
        return "".join(self.mapping.get(c, c) for c in text)

    def count(self, text: str) -> int:
        """How many changes :meth:`finditer` would report, without building match objects."""
        return len(self._pattern.findall(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches of mapped characters (runs, for delete-only maps)."""
        return self._pattern.finditer(text)

    def __contains__(self, char: object) -> bool:
        return char in self.mapping

    def __len__(self) -> int:
        return len(self.mapping)

    def __reduce__(self) -> tuple[type[CharMap], tuple[dict[str, str]]]:
        return CharMap, (self.mapping,)


def _byte_map(mapping: Mapping[str, str]) -> tuple[bytes, bytes] | None:
    """``bytes.translate`` arguments doing ``mapping`` on code-page bytes, or ``None`` if it cannot."""
    table = bytearray(range(256))
    delete = bytearray()
    for key, value in mapping.items():
        if key not in CODE_PAGE_CHARS:
            continue  # text holding it does not encode, and takes the other path
        if value == "":
            delete.append(CODE_PAGE_CHARS.index(key))
        elif len(value) == 1 and value in CODE_PAGE_CHARS:
            table[CODE_PAGE_CHARS.index(key)] = CODE_PAGE_CHARS.index(value)
        else:
            return None
    return bytes(table), bytes(delete)


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
