"""Reading a hard-wrapped page by its paragraphs.

Text dumps of web pages (``lynx -dump``, ``w3m -dump``, ``html2text``, mail and PDF extractions)
break every paragraph into lines of at most a fixed width.  Judged line by line, the pieces of a
paragraph look like short unfinished rows, and a chrome rule could take a half sentence.  The chrome
pass judges a wrapped page by its paragraphs instead and drops or keeps each paragraph's lines
together.

A line was broken by the wrapper when it ends no sentence and is no verse, and the next line's
first word would not have fitted after it: the line's width, a space and that word pass the page's
widest line.  A page is wrapped when at least :data:`MIN_BREAKS` lines were broken so, its widest
line is at most :data:`MAX_WIDTH` wide and :data:`MIN_BREAKS` of its lines are :data:`MIN_WIDTH`
wide or more.  A row of items (a menu, a table row) is not joined to the line under it.
Width counts what a terminal shows: combining marks (harakat) take no column.

>>> import textwrap
>>> paragraph = ("قال وزير النقل إن المشروع سيكتمل قبل نهاية العام المقبل بحسب البيان، وإن العمل "
...              "بدأ في الموقع منذ شهرين بمشاركة ثلاث شركات محلية وشركة أجنبية واحدة.")
>>> page = ["الرئيسية", *textwrap.wrap(paragraph, 60), "", *textwrap.wrap(paragraph, 60), "شارك"]
>>> for line in page[1:4]:
...     print(line)
قال وزير النقل إن المشروع سيكتمل قبل نهاية العام المقبل بحسب
البيان، وإن العمل بدأ في الموقع منذ شهرين بمشاركة ثلاث شركات
محلية وشركة أجنبية واحدة.
>>> paragraph_starts(page)
[0, 1, 1, 1, 4, 5, 5, 5, 8]
>>> paragraph_starts(["الرئيسية", paragraph, "", paragraph, "شارك"]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from arclean.passes.chrome.features import CLOSERS

__all__ = ["LONG_TOKEN", "MAX_WIDTH", "MIN_BREAKS", "MIN_WIDTH", "paragraph_starts", "width"]

MAX_WIDTH = 132
"""Wrappers break at 60 to 132 columns (lynx, w3m and html2text near 80): a wider line is no wrapper's."""

MIN_WIDTH = 45
"""Nor is a page none of whose lines is this wide (a poem's hemistichs are shorter)."""

MIN_BREAKS = 2
"""A page with fewer broken lines is read line by line: too little to tell a wrapper from chance."""

LONG_TOKEN = 30
"""A link, or a word no wrapper breaks, is at least this long: a line may pass the width for it."""

_INDENT = 8  # lynx indents its text by three columns, lists deeper
_ENDS_SENTENCE = re.compile(f"[.!?؟:…][{re.escape(CLOSERS)}]*$")
_ITEMS = re.compile(r"\s[|│›»]\s.*\s[|│›»]\s|›")
_HEMISTICHS = re.compile(r"\S\s+(?:\.{2,}|…|\*+)\s+\S")
# Combining marks take no column: the Arabic ones and the combining diacriticals (folding's marks
# include tatweel, which takes one).
_MARKS = re.compile(
    "[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]"
)


def width(line: str) -> int:
    """The columns ``line`` takes on a terminal: its characters less its combining marks.

    >>> width("كَتَبَ"), len("كَتَبَ")
    (3, 6)
    """
    return len(line) - len(_MARKS.findall(line))


def _holds_long_token(line: str) -> bool:
    """``line`` holds a token a wrapper leaves whole, long enough to have carried it past the width.

    >>> _holds_long_token("المصدر: https://www.example.com/news/2026/02/agadir-port-sardines-landings")
    True
    """
    over = len(line) - MAX_WIDTH - _INDENT
    if over <= len(line) // 2:
        return max(map(len, line.split()), default=0) >= LONG_TOKEN
    # The token is longer than the rest of the line, so it covers the middle: measure the word there
    # (a paragraph of a few hundred characters is settled without splitting it).
    middle = len(line) // 2
    return line.find(" ", middle) % (len(line) + 1) - line.rfind(" ", 0, middle) > over


def paragraph_starts(lines: Sequence[str]) -> list[int] | None:
    """For each line, the number of the line its paragraph starts on, when the page is hard-wrapped;
    else ``None``.  Blank lines are paragraphs of their own.  ``lines`` hold no line ends."""
    if len(lines) <= MIN_BREAKS:
        return None
    # Most pages have a line wider than any wrapper's, or no line as wide as one: settled here.  A
    # wrapper leaves a long link or word whole (a line may pass its width for it), and a terminal's
    # width does not count harakat.
    limit = MAX_WIDTH + _INDENT
    if max(map(len, lines)) < MIN_WIDTH or any(
        # (a line three times the limit is too wide whatever its marks: at most two to a letter)
        len(line) > limit and (len(line) > 3 * limit or width(line) > limit) and not _holds_long_token(line)
        for line in lines
    ):
        return None
    if sum(len(line) >= MIN_WIDTH for line in lines) < MIN_BREAKS:
        return None
    stripped = [line.strip() for line in lines]
    whole = {k for k, line in enumerate(stripped) if len(line) >= MIN_WIDTH and _holds_long_token(line)}
    # A line that ends a sentence ends its paragraph: the next line may start another, and joining
    # them could make one block of a paragraph and the row under it.  A verse's hemistichs (around a
    # spaced "..." or "*") fill lines of like width, so they tell nothing of a wrapper.
    open_lines = [
        k
        for k, line in enumerate(stripped[:-1])
        if line and k not in whole and not _ENDS_SENTENCE.search(line) and not _HEMISTICHS.search(line)
    ]
    # A wrapper counts characters or columns: a line broken by either measure is broken.
    measures: list[Callable[[str], int]] = [len]
    if _MARKS.search("".join(lines)):
        measures.append(width)
    broken: set[int] = set()
    for measure in measures:
        sizes = list(map(measure, stripped))
        widest = max((size for k, size in enumerate(sizes) if k not in whole), default=0)
        if not MIN_WIDTH <= widest <= MAX_WIDTH:
            return None
        for k in open_lines:
            after = stripped[k + 1]
            # The next line's first word is no longer than the line: most lines are settled unsplit.
            if after and sizes[k] + 1 + measure(after) > widest and sizes[k] + 1 + measure(after.split()[0]) > widest:
                broken.add(k)
    if len(broken) < MIN_BREAKS:
        return None
    # A menu, a breadcrumb or a table row (items between bars or arrows) stays a row of its own: its
    # pieces are rows of items too, and joined to the line under it, it would hide that line.
    broken = {k for k in broken if not _ITEMS.search(stripped[k])}
    starts: list[int] = []
    for k in range(len(lines)):
        starts.append(starts[k - 1] if k - 1 in broken else k)
    return starts
