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
from arclean.core import Safety, register
from arclean.passes.base import RegexRule, RulesPass, chars, data, horizontal_spaces


@register
@dataclasses.dataclass(frozen=True)
class Whitespace(RulesPass):
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

    def build_rules(self) -> list[RegexRule]:
        if self.max_blank_lines < 0:
            raise ValueError("max_blank_lines must be >= 0")
        breaks = set(chars(data("whitespace.json")["line_breaks"]))
        spaces = [c for c in horizontal_spaces() if not (self.keep_tabs and c == "\t")]
        horizontal = char_class([*spaces, " "])
        blank_run = self.max_blank_lines + 2  # this many newlines make one blank line too many
        blank = "\n" * blank_run
        # Fast path: each rule is skipped when a cheap test shows it cannot change the text.
        # "Odd" is a line break other than LF/CR or a space other than U+0020.
        odd = re.compile(char_class([*breaks, *(c for c in spaces if c != " ")])).search
        return [
            RegexRule(
                "line_break",
                re.compile("\r\n?|" + char_class(breaks)),
                "\n",
                lambda t: "\r" in t or odd(t) is not None,
            ),
            RegexRule(
                "space_run",
                re.compile(f"{horizontal}{{2,}}|(?! ){horizontal}"),
                " ",
                lambda t: "  " in t or odd(t) is not None,
            ),
            RegexRule("line_edge", re.compile(" +\n *|\n +"), "\n", lambda t: " \n" in t or "\n " in t),
            RegexRule("blank_lines", re.compile(f"\n{{{blank_run},}}"), "\n" * (blank_run - 1), lambda t: blank in t),
            RegexRule(
                "text_edge",
                re.compile(r"\A[ \n]+|[ \n]+\Z"),
                "",
                lambda t: t.startswith((" ", "\n")) or t.endswith((" ", "\n")),
            ),
        ]
