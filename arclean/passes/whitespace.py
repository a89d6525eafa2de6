r"""Whitespace: one kind of line break, one kind of space, no runs, no ragged line ends.

Lossless for the text's words.  Line breaks are kept (paragraphs matter to chrome removal and to
readers); runs of blank lines shrink to ``max_blank_lines``.

>>> Whitespace()("  مرحبا\u00a0\u00a0بكم \r\n\r\n\r\n\r\nفي   الموقع  ")
'مرحبا بكم\n\nفي الموقع'
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys

from arclean.charmap import char_class
from arclean.core import Explanation, Pass, Safety, register
from arclean.passes.base import RegexRule, chars, data, explain_rules, run_rules


@functools.cache
def _space_chars(line_breaks: frozenset[str]) -> tuple[str, ...]:
    # Every character Python's str.split() splits on, less line breaks: derived, not typed.
    return tuple(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c not in line_breaks)


@register
@dataclasses.dataclass(frozen=True)
class Whitespace(Pass):
    """CRLF/CR and Unicode line/paragraph separators → LF; no-break and other Unicode spaces → space;
    runs of spaces → one; lines stripped; blank-line runs → ``max_blank_lines``; text trimmed.

    ``keep_tabs`` leaves tabs as they are (for tab-separated text).
    """

    name = "whitespace"
    summary = "unify line breaks and spaces, collapse runs, strip lines, trim blank lines"
    SAFETY = Safety.LOSSLESS
    stage = 100

    max_blank_lines: int = 1
    keep_tabs: bool = False

    def __post_init__(self) -> None:
        if self.max_blank_lines < 0:
            raise ValueError("max_blank_lines must be >= 0")
        breaks = set(chars(data("whitespace.json")["line_breaks"]))
        spaces = [c for c in _space_chars(frozenset(breaks | {"\r", "\n"})) if not (self.keep_tabs and c == "\t")]
        horizontal = char_class([*spaces, " "])
        blank_run = self.max_blank_lines + 2  # this many newlines make one blank line too many
        rules = [
            RegexRule("line_break", re.compile("\r\n?|" + char_class(breaks)), "\n"),
            RegexRule("space_run", re.compile(f"{horizontal}{{2,}}|(?! ){horizontal}"), " "),
            RegexRule("line_edge", re.compile(" *\n *"), "\n"),
            RegexRule("blank_lines", re.compile(f"\n{{{blank_run},}}"), "\n" * (blank_run - 1)),
            RegexRule("text_edge", re.compile(r"\A[ \n]+|[ \n]+\Z"), ""),
        ]
        self._set("_rules", tuple(rules))

    def apply(self, text: str) -> str:
        return run_rules(self._rules, text)  # type: ignore[attr-defined]

    def explain(self, text: str) -> Explanation:
        return explain_rules(self.name, self._rules, text)  # type: ignore[attr-defined]
