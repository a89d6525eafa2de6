"""Character maps: rule data read from JSON files, applied without a per-character Python loop.

A map sends single characters to replacement strings (``""`` deletes).  Data files name characters
literally (``"أ"``), by code point (``"U+0623"``) or by range (``"U+064B..U+065F"``), so a linguist
can edit them without reading Python.

>>> m = CharMap({"أ": "ا", "إ": "ا"})
>>> m("إلى أين")
'الى اين'
"""

from __future__ import annotations

import codecs
import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

import regex

__all__ = ["CharMap", "char_class", "load_data", "parse_chars", "parse_text", "replace_chain", "span_search"]

_CODEPOINT = re.compile(r"U\+([0-9A-Fa-f]{4,6})")
_RANGE = re.compile(r"^U\+([0-9A-Fa-f]{4,6})\.\.U\+([0-9A-Fa-f]{4,6})$")

# Maps with this many keys or fewer run as chained ``str.replace``, each guarded by ``in``: ``in``
# finds a character with memchr (tens of GB/s when it is absent), and ``replace`` of a present one
# is a C loop; larger maps run as one regex over a character class, which touches only matches.
_REPLACE_CHAIN_LIMIT = 12

# A single-byte code page holding Arabic letters, harakat and the punctuation of Arabic web text:
# text that encodes to it can be mapped with ``bytes.translate`` in one C pass, whatever the
# number of matches (see :meth:`CharMap.byte_path`).  It is Windows-1256 with eighteen Latin-1
# symbols rare in Arabic text (ƒ ˆ Œ œ ¢ ¤ ¥ ¦ ¨ ¬ ¯ ´ µ ¶ ¸ ¹ ¼ ¾) traded for characters common in
# it that Windows-1256 lacks: Arabic-Indic digits, ٪ ٫ ٬, Farsi yeh, alef wasla, superscript alef,
# veh and the Maghrebi gaf.  Internal only: bytes in it never leave the process.
_TRADED = dict(zip("ƒˆŒœ¢¤¥¦¨¬¯´µ¶¸¹¼¾", "٠١٢٣٤٥٦٧٨٩٪٫٬یٱٰڤڨ", strict=True))
CODE_PAGE_CHARS = "".join(_TRADED.get(c, c) for c in bytes(range(256)).decode("cp1256"))
_ENCODING_MAP = codecs.charmap_build(CODE_PAGE_CHARS)


def encode_code_page(text: str) -> bytes | None:
    """``text`` in the code page (one byte per character), or ``None`` when a character is not in it.

    >>> encode_code_page("سلام ١٢") is not None, encode_code_page("ا\u0654")
    (True, None)
    """
    try:
        return codecs.charmap_encode(text, "strict", _ENCODING_MAP)[0]
    except UnicodeEncodeError:
        return None


def decode_code_page(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", CODE_PAGE_CHARS)[0]


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


# Characters of almost every Arabic web text (ASCII, the Arabic letters, Arabic comma, semicolon and
# question mark): a span guard (see :func:`span_guards`) never covers one it does not have to.
_COMMON = frozenset([*map(chr, range(0x20, 0x7F)), *map(chr, range(0x0621, 0x064B)), "،", "؛", "؟"])
_SPAN_LIMIT = 3
_SPAN_GAP = 64  # a span never bridges more unmapped characters than this


def span_guards(chars: Iterable[str]) -> tuple[Callable[[str], object], ...] | None:
    """Span searches (see :func:`span_search`) that together cover ``chars``, no common character they
    do not hold and no gap of more than 64 code points, or ``None`` when that takes more than three
    (the map's own regex is then cheaper).

    >>> len(span_guards("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"))  # Arabic-Indic and Persian digits: two spans
    2
    >>> span_guards("aeiou") is None  # five spans: one would cover common letters
    True
    """
    points = sorted({ord(c) for c in chars})
    spans: list[list[str]] = []
    for cp in points:
        gap = range(ord(spans[-1][-1]) + 1, cp) if spans else range(0)
        if spans and len(gap) <= _SPAN_GAP and not any(chr(c) in _COMMON for c in gap):
            spans[-1].append(chr(cp))
        else:
            spans.append([chr(cp)])
    if len(spans) > _SPAN_LIMIT:
        return None
    return tuple(span_search(span) for span in spans)


def span_search(chars: Iterable[str]) -> Callable[[str], object]:
    """A fast test for "may hold one of ``chars``": a search for any character from the smallest of
    them to the largest, ``None`` when there is none (always, for no characters).

    One range is what the ``regex`` module scans fastest (about 1.5 GB/s of Arabic text, six times
    ``re`` with any character class), so a range that holds the characters and few others makes a
    cheap exact guard: a hit only means "look closer".

    >>> search = span_search("ﻻﻷ")
    >>> search("لا") is None, search("ﻻ") is None
    (True, False)
    """
    points = sorted(ord(c) for c in chars)
    if not points:
        return lambda text: None
    return regex.compile(f"[{regex.escape(chr(points[0]))}-{regex.escape(chr(points[-1]))}]").search


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

    __slots__ = (
        "_byte_map",
        "_chain",
        "_composing",
        "_delete_only",
        "_guards",
        "_pattern",
        "_rest",
        "_rest_repl",
        "apply",
        "mapping",
    )

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
        # the regex scans slowly (a character class); a few one-range `regex` scans skip it when
        # none of its keys is there, the common case for rare characters
        self._guards = span_guards(rest) if rest else None
        self._byte_map = _byte_map(self.mapping)
        self._composing = _ComposingRule.of(self.mapping)
        if self._composing is not None:
            # a mark after a key is part of the change: أٔ → ا is one change, not ا and a stray mark
            self._pattern = re.compile(f"{self._composing.changes}|{self._pattern.pattern}")
        self.apply = self._build_apply()

    def _build_apply(self) -> Any:
        """The fastest function for this map, followed by its composing rule if it has one."""
        run = self._build_map_apply()
        rule = self._composing
        return run if rule is None else lambda text: rule(run(text))

    def _build_map_apply(self) -> Any:
        """The fastest function for the map alone: a bare ``str.replace`` for one same-length key."""
        chain, rest, repl, guards = self._chain, self._rest, self._rest_repl, self._guards
        if rest is None and len(chain) == 1:
            key, value = chain[0]
            if len(value) == 1:
                return lambda text: text.replace(key, value)  # absent key: memchr, same object back
            # a deletion (tatweel): guarded by ``in`` as below, without the general loop's overhead
            return lambda text: text.replace(key, value) if key in text else text
        replace = replace_chain(chain)
        if rest is None:
            return replace

        def run(text: str) -> str:
            text = replace(text)
            if guards is not None and all(guard(text) is None for guard in guards):
                return text
            return rest.sub(repl, text)

        return run

    def __call__(self, text: str) -> str:
        return self.apply(text)  # type: ignore[no-any-return]

    def byte_path(self, text: str) -> str | None:
        """The map applied through the single-byte code page, or ``None`` when it cannot be.

        One ``encode``, one ``bytes.translate`` and one ``decode``: a cost per character that does
        not grow with the number of matches, unlike ``str.replace`` and ``re.sub``.  It applies when
        every character of ``text`` is in the code page and every mapped key of the code page maps
        to nothing or to one character of it.  Once encoded, which keys are there is a memchr
        each: none, and the text comes back as it is; one or two, and ``str.replace`` on the text
        is cheaper than translating and decoding.
        """
        if self._byte_map is None:
            return None
        data = encode_code_page(text)
        if data is None:
            return None
        table, delete, keys = self._byte_map
        present = [(key, value) for byte, key, value in keys if byte in data]
        if len(present) > 2:
            text = decode_code_page(data.translate(table, delete))
        else:
            for key, value in present:
                text = text.replace(key, value)
        return text if self._composing is None else self._composing(text)

    @property
    def composing_marks(self) -> str:
        """The marks after which a letter this map writes is read as a composed letter ("" for most maps)."""
        return "" if self._composing is None else self._composing.marks

    def reference(self, text: str) -> str:
        """The obvious implementation, the specification fast paths are tested against: each
        character mapped, then each letter the map writes read together with a mark NFC would
        compose onto it (:class:`_ComposingRule`)."""
        out = "".join(self.mapping.get(c, c) for c in text)
        return out if self._composing is None else self._composing.settle(out)

    def count(self, text: str) -> int:
        """How many changes :meth:`finditer` would report, without building match objects."""
        if self._composing is None:
            return len(self._pattern.findall(text))
        return sum(1 for _ in self.finditer(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches of mapped characters (runs, for delete-only maps), and of letters with marks the
        composing rule reads as one character where that changes them."""
        if self._composing is None:
            return self._pattern.finditer(text)
        return (m for m in self._pattern.finditer(text) if self.reference(m[0]) != m[0])

    def __contains__(self, char: object) -> bool:
        return char in self.mapping

    def __len__(self) -> int:
        return len(self.mapping)

    def __reduce__(self) -> tuple[type[CharMap], tuple[dict[str, str]]]:
        return CharMap, (self.mapping,)

    @classmethod
    def composed(cls, maps: Iterable[CharMap]) -> CharMap | None:
        """One map doing what ``maps`` do one after another, or ``None`` when no such map is valid.

        Exact for per-character maps: each character goes to the next map's image of the previous
        map's image of it.  Keys chained in any map stay chained (see ``frequent``).  ``None`` when
        the composition maps a character to a mapped one (``CharMap`` refuses such maps).

        >>> CharMap.composed([CharMap({"أ": "ا", "ـ": ""}), CharMap({"ا": "آ"})]).mapping
        {'أ': 'آ', 'ـ': '', 'ا': 'آ'}
        >>> CharMap.composed([CharMap({"ى": "ي"}), CharMap({"ه": "ى"})]) is None  # ه → ى, itself mapped
        True
        """
        composed: dict[str, str] = {}
        chained: set[str] = set()
        for charmap in maps:
            step = charmap.mapping
            composed = {k: "".join(step.get(c, c) for c in v) for k, v in composed.items()}
            for key, value in step.items():
                composed.setdefault(key, value)
            chained.update(k for k, _ in charmap._chain)
        composed = {k: v for k, v in composed.items() if v != k}
        try:
            return cls(composed, chained)
        except ValueError:
            return None


def replace_chain(pairs: Iterable[tuple[str, str]]) -> Callable[[str], str]:
    """``str.replace`` of each key by its value, in order: the general path of a small map.

    A same-length replace of an absent key is already a memchr; other lengths count matches first
    with a plain loop, which ``in`` (memchr again) skips when the key is absent.

    >>> replace_chain([("أ", "ا"), ("ـ", "")])("أمـل")
    'امل'
    """
    pairs = tuple(pairs)
    same = tuple((k, v) for k, v in pairs if len(v) == 1)
    other = tuple((k, v) for k, v in pairs if len(v) != 1)

    def run(text: str) -> str:
        for key, value in same:
            text = text.replace(key, value)
        for key, value in other:
            if key in text:
                text = text.replace(key, value)
        return text

    return run


@functools.cache
def _marks() -> str:
    """Every character of a non-zero canonical combining class: all of them are in planes 0 and 1
    (tests/test_fast_paths.py checks the whole code space)."""
    return "".join(c for c in map(chr, range(0x20000)) if unicodedata.combining(c))


@functools.cache
def _composing_marks(letter: str) -> str:
    """The marks Unicode composes onto ``letter`` (ا: ٓ ٔ ٕ; e: ́ ̀ …).  Composing vowel signs of
    class 0 (Indic, Hangul) are left out: they follow no letter a map here writes."""
    marks = _marks()
    # one normalisation for all of them: a line feed composes with nothing, so it keeps them apart
    composed = unicodedata.normalize("NFC", "\n".join(letter + m for m in marks)).split("\n")
    return "".join(m for m, c in zip(marks, composed, strict=True) if len(c) == 1)


class _ComposingRule:
    """A letter the map writes, followed by marks NFC composes onto it into a key of the map, is
    read as that composed key and mapped: the map applied to what NFC makes of the letter and its
    marks, until nothing changes.

    Without it a map is idempotent but a pipeline is not: the alef fold turns آٔ into أ, the
    pipeline's closing NFC composes that into أ, and a second run folds it again.  With it, آٔ → ا.
    Defined through NFC itself, it composes exactly when NFC does (across a haraka, not across a
    second mark of the same class); marks left over come out in canonical order.

    >>> fold = CharMap({"أ": "ا", "آ": "ا", "إ": "ا"})
    >>> fold("آ\u0654"), fold("ا\u064e\u0654"), fold("ا\u0300\u0654")  # the last: U+0300 blocks
    ('ا', 'اَ', 'ا̀ٔ')
    """

    __slots__ = ("_mapping", "_pattern", "changes", "marks")

    def __init__(self, mapping: Mapping[str, str], letters: set[str], marks: str) -> None:
        self._mapping = mapping
        self.marks = marks
        # a letter and the run of marks after it, holding one that may compose onto it
        run = f"{char_class(_marks())}*{char_class(marks)}{char_class(_marks())}*"
        self._pattern = re.compile(char_class(letters) + run)
        # what explain() reports: also a key the map turns into such a letter (آٔ)
        sources = letters | {k for k, v in mapping.items() if v and v[-1] in letters}
        self.changes = char_class(sources) + run

    @classmethod
    def of(cls, mapping: Mapping[str, str]) -> _ComposingRule | None:
        """The rule for ``mapping``, or ``None`` when no letter it writes composes into a key."""
        letters: set[str] = set()
        marks: set[str] = set()
        for letter in sorted({c for value in mapping.values() for c in value}):
            for mark in _composing_marks(letter):
                image = mapping.get(unicodedata.normalize("NFC", letter + mark))
                if image is not None and len(image) <= 1:  # two characters become one: the rule ends
                    letters.add(letter)
                    marks.add(mark)
        return cls(mapping, letters, "".join(sorted(marks))) if letters else None

    def _replace(self, match: re.Match[str]) -> str:
        run = match[0]
        composed = unicodedata.normalize("NFC", run)
        image = self._mapping.get(composed[0])
        if image is None or len(composed) == len(run):  # nothing composed into a key
            return run
        return image + "".join(self._mapping.get(c, c) for c in composed[1:])

    def settle(self, text: str) -> str:
        """The rule applied until nothing changes (the specification)."""
        while True:
            again = self._pattern.sub(self._replace, text)
            if again == text:
                return text
            text = again

    def __call__(self, text: str) -> str:
        for mark in self.marks:
            if mark in text:  # a memchr each: the common case never settles
                return self.settle(text)
        return text


ByteMap = tuple[bytes, bytes, tuple[tuple[int, str, str], ...]]


def _byte_map(mapping: Mapping[str, str]) -> ByteMap | None:
    """``bytes.translate`` arguments doing ``mapping`` on code-page bytes, and each key of the code
    page as (its byte, key, value); ``None`` if the map cannot run on bytes."""
    table = bytearray(range(256))
    delete = bytearray()
    keys: list[tuple[int, str, str]] = []
    for key, value in mapping.items():
        if key not in CODE_PAGE_CHARS:
            continue  # text holding it does not encode, and takes the other path
        byte = CODE_PAGE_CHARS.index(key)
        if value == "":
            delete.append(byte)
        elif len(value) == 1 and value in CODE_PAGE_CHARS:
            table[byte] = CODE_PAGE_CHARS.index(value)
        else:
            return None
        keys.append((byte, key, value))
    return bytes(table), bytes(delete), tuple(keys)


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
