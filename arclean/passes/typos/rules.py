"""The typo pass's rule data: JSON tables and word lists in ``data/`` beside this module.

Word lists are UTF-8 text, one entry a line, ``#`` starts a comment; a correction list holds
``wrong<TAB>right`` (or ``wrong right``) lines.  Users pass files of the same shapes.

>>> "داعش" in word_list("protected.txt")
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from arclean.charmap import load_data
from arclean.core import ConfigError

__all__ = ["load", "parse_pairs", "parse_words", "read_user_file", "word_list"]

DATA_PACKAGE = "arclean.passes.typos.data"


def load(filename: str) -> Any:
    """A JSON rule table of ``data/``."""
    return load_data(DATA_PACKAGE, filename)


def _lines(text: str) -> Iterable[str]:
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            yield line


def parse_words(text: str) -> frozenset[str]:
    """Words of a word-list text.

    >>> sorted(parse_words("داعش\\n# a comment\\n\\nالحوثي  # and another"))
    ['الحوثي', 'داعش']
    """
    return frozenset(_lines(text))


def parse_pairs(text: str, source: str = "corrections") -> dict[str, str]:
    """``wrong → right`` pairs of a correction-list text; a malformed line is a ConfigError.

    >>> parse_pairs("هاذا\\tهذا\\nلاكن لكن")
    {'هاذا': 'هذا', 'لاكن': 'لكن'}
    """
    pairs: dict[str, str] = {}
    for line in _lines(text):
        parts = line.split()
        if len(parts) != 2:
            raise ConfigError(f"{source}: expected 'wrong<TAB>right', got {line!r}")
        pairs[parts[0]] = parts[1]
    return pairs


@functools.cache
def word_list(filename: str) -> frozenset[str]:
    """A shipped word list of ``data/``."""
    return parse_words(resources.files(DATA_PACKAGE).joinpath(filename).read_text(encoding="utf-8"))


@functools.cache
def pair_list(filename: str) -> dict[str, str]:
    """A shipped correction list of ``data/``."""
    text = resources.files(DATA_PACKAGE).joinpath(filename).read_text(encoding="utf-8")
    return parse_pairs(text, filename)


def read_user_file(path: str, option: str) -> str:
    """The text of a user's word-list file; a missing or unreadable file is a ConfigError."""
    try:
        return Path(path).expanduser().read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        if isinstance(exc, UnicodeDecodeError):
            reason = f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        else:
            reason = exc.strerror or str(exc)
        raise ConfigError(f"cannot read {option} {path!r}: {reason}") from None
