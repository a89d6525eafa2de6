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
from arclean.passes.base import (
    PRINTABLE,
    RegexRule,
    RulesPass,
    chars,
    data,
    horizontal_spaces,
    printable_but_line_feeds,
)
from arclean.passes.unicode import COMPOSED


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
    # Spaces and breaks become " " and LF, and a space goes only where another space, a line feed or
    # the text's edge stays beside it: nothing that composed apart is brought together.
    KEEPS = (PRINTABLE, COMPOSED)

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
        # Each rule is skipped when a cheap test shows it cannot change the text (used by explain
        # and apply_counted; apply has its own fast path below).
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

    def __post_init__(self) -> None:
        super().__post_init__()
        breaks = chars(data("whitespace.json")["line_breaks"])
        spaces = [c for c in horizontal_spaces() if c != " " and not (self.keep_tabs and c == "\t")]
        self._set("_odd", re.compile(char_class([*breaks, *spaces, "\r"])).search)
        # A LF that starts a line edge (" \n", "\n ") or one blank line too many: a literal first
        # character, so ``re`` scans for LF with a tight loop instead of trying every position.
        self._set("_ragged", re.compile(f"\n(?:(?<= \n)| |\n{{{self.max_blank_lines + 1}}})").search)
        # The space-run rule on text whose only space is U+0020: a literal first character again
        # (the rule's own pattern, a class in an alternation, is tried at every position).
        self._set("_space_runs", re.compile("  +"))

    def apply(self, text: str) -> str:
        # Fast path (exact: tests/test_fast_paths.py runs every rule on the same inputs).  Text with
        # no odd space or break (the common case) needs only the space-run rule when two spaces
        # meet, and the text-edge rule is ``str.strip``.
        line_break, space_run, line_edge, blank_lines, _ = self._rules  # type: ignore[attr-defined]
        if not printable_but_line_feeds(text) and self._odd(text) is not None:  # type: ignore[attr-defined]
            text = space_run.pattern.sub(" ", line_break.apply(text))
        elif "  " in text:  # (no odd character: U+0020 is the only space)
            text = self._space_runs.sub(" ", text)  # type: ignore[attr-defined]
        if self._ragged(text) is not None:  # type: ignore[attr-defined]
            text = blank_lines.apply(line_edge.apply(text))
        return text.strip(" \n")
