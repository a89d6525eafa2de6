"""Punctuation: spacing around Arabic and Latin marks, and (options) ASCII marks to Arabic ones,
one style of quotes, and no runs of repeated marks.

>>> Punctuation()("قال ، ثم مضى .وأضاف،وهو يبتسم")
'قال، ثم مضى .وأضاف، وهو يبتسم'
>>> Punctuation(ascii_to_arabic=True)("ماذا نحتاج? الخبز, والماء")
'ماذا نحتاج؟ الخبز، والماء'
>>> Punctuation(quotes=True, collapse_repeats=True)("«رائع»!!!")
'"رائع"!'
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from arclean.charmap import CharMap, char_class
from arclean.core import Safety, register
from arclean.passes.base import RegexRule, RulesPass, data, horizontal_spaces

_ARABIC_LETTER = "[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF]"
_ARABIC_MARKS = "[\u064B-\u065F\u0670\u0640]"


def _space_then(space: str, marks: str) -> Callable[[str], bool]:
    """A fast test: False when no horizontal space stands right before one of ``marks``."""
    search = re.compile(space + marks).search

    def may_match(text: str) -> bool:
        return search(text) is not None

    return may_match


@register
@dataclasses.dataclass(frozen=True)
class Punctuation(RulesPass):
    """``spacing``: no space before ، ؛ ؟ ! . : , ; ? when they close a word, and one space after
    ، ؛ ؟ when a word follows directly (not after . or :, which also sit inside numbers, times and
    URLs).  ``ascii_to_arabic``: , ; ? after an Arabic word → ، ؛ ؟.  ``quotes``: “ ” « » „ ‘ ’ →
    ASCII quotes.  ``collapse_repeats``: runs of the same mark (!!! ؟؟ ،،) → one mark.
    """

    name = "punctuation"
    summary = "fix spacing around punctuation; options: ASCII→Arabic marks, unify quotes, collapse runs"
    SAFETY = Safety.LOSSY
    stage = 95

    spacing: bool = True
    ascii_to_arabic: bool = False
    quotes: bool = False
    collapse_repeats: bool = False

    def build_rules(self) -> list[RegexRule]:
        spec = data("punctuation.json")
        # Any horizontal space (no-break space too), so that a later whitespace pass, turning it
        # into U+0020, never hands this pass a new space to remove: pipelines stay idempotent.
        space = char_class(horizontal_spaces())
        rules: list[RegexRule] = []
        if self.quotes:
            quote_map = CharMap(spec["quotes"])
            rules.append(RegexRule("quotes", re.compile(char_class(spec["quotes"])), lambda m: quote_map(m.group())))
        if self.ascii_to_arabic:
            table = spec["ascii_to_arabic"]
            ascii_marks = char_class(table)
            rules.append(
                RegexRule(
                    "ascii_to_arabic",
                    # after an Arabic word (its last letter, maybe with harakat), not inside numbers
                    re.compile(f"(?<={_ARABIC_LETTER})({_ARABIC_MARKS}*){space}*({ascii_marks})(?![0-9])"),
                    lambda m: m.group(1) + table[m.group(2)],
                )
            )
        if self.spacing:
            before = char_class(spec["no_space_before"])
            after = char_class(spec["space_after"])
            rules += [
                # after first: a space it inserts makes the mark "close a word" for the next rule
                RegexRule("space_after_mark", re.compile(f"({after})(?=[^\\W\\d_])"), r"\1 "),
                # a mark that closes a word: followed by space, line end, text end or another mark.
                # Written to start with a space class (the look-behind checks the character before
                # it) so that re's fast first-character scan applies: same matches as
                # (?<=\S)space+(?=…).
                RegexRule(
                    "space_before_mark",
                    re.compile(f"{space}(?<=[^\\s]{space}){space}*(?={before}(?:[\\s\"'”»)\\]]|{before}|\\Z))"),
                    "",
                    _space_then(space, before),
                ),
            ]
        if self.collapse_repeats:
            # last: removing a space can join two marks into a run ("، ،" → "،،")
            repeatable = char_class(spec["repeatable"])
            rules.append(RegexRule("repeated_mark", re.compile(f"({repeatable})\\1+"), r"\1"))
        return rules

    @property
    def safety(self) -> Safety:
        changes_marks = self.ascii_to_arabic or self.quotes or self.collapse_repeats
        return Safety.LOSSY if changes_marks else Safety.LOSSLESS
