"""Common Arabic given names (``data/first_names.txt``), shared by two passes.

The typo pass keeps the word after a given name as a surname (``هشام الاميري``); chrome removal
reads a short line opening with one, between a title and a date, as a writer's bare byline.

>>> "ليلى" in given_names()
True
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["given_names"]


@functools.cache
def given_names() -> frozenset[str]:
    """The names as written, one a line in the data file (``#`` starts a comment)."""
    text = resources.files("arclean.passes").joinpath("data", "first_names.txt").read_text(encoding="utf-8")
    return frozenset(name for line in text.splitlines() if (name := line.split("#", 1)[0].strip()))
