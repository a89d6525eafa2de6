r"""Whitespace: one kind of line break, one kind of space, no runs, no ragged line ends.

Lossless for the text's words.  Line breaks are kept (paragraphs matter to chrome removal and to
readers); runs of blank lines shrink to ``max_blank_lines``.

>>> Whitespace()("  مرحبا\u00a0\u00a0بكم \r\n\r\n\r\n\r\nفي   الموقع  ")
'مرحبا بكم\n\nفي الموقع'
"""

from __future__ import annotations

import dataclasses
import re

from arclean.charmap import char_class
from arclean.core import Explanation, Pass, Safety, register
from arclean.passes.base import RegexRule, chars, data, explain_rules, horizontal_spaces


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
        spaces = [c for c in horizontal_spaces() if not (self.keep_tabs and c == "\t")]
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
        # Fast path: skip each rule when a cheap test shows it cannot change the text.  "Odd" is a
        # line break other than LF/CR or a space other than U+0020 (rule 1 makes no new odd ones).
        self._set("_odd", re.compile(char_class([*breaks, *(c for c in spaces if c != " ")])))
        self._set("_blank", "\n" * blank_run)

    def apply(self, text: str) -> str:
        line_break, space_run, line_edge, blank_lines, text_edge = self._rules  # type: ignore[attr-defined]
        odd = self._odd.search(text) is not None  # type: ignore[attr-defined]
        if odd or "\r" in text:
            text = line_break.apply(text)
        if odd or "  " in text:
            text = space_run.apply(text)
        if " \n" in text or "\n " in text:
            text = line_edge.apply(text)
        if self._blank in text:  # type: ignore[attr-defined]
            text = blank_lines.apply(text)
        if text.startswith((" ", "\n")) or text.endswith((" ", "\n")):
            text = text_edge.apply(text)
        return text

    def explain(self, text: str) -> Explanation:
        return explain_rules(self.name, self._rules, text)  # type: ignore[attr-defined]
