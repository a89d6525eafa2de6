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

from arclean.charmap import CharMap, char_class
from arclean.core import Safety, register
from arclean.passes.base import PRINTABLE, RegexRule, RulesPass, data, horizontal_spaces
from arclean.passes.unicode import COMPOSED

_ARABIC_LETTER = "[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF]"
_ARABIC_MARKS = "[\u064B-\u065F\u0670\u0640]"


def _closes(before: str) -> str:
    """What may follow a mark that closes a word: a space, a closing quote or bracket, a mark, the end."""
    return f"(?:[\\s\"'”»)\\]]|{before}|\\Z)"


def _closing_marks(space: str, before: str) -> re.Pattern[str]:
    """A mark that closes a word right after a space: where space_before_mark can match.  Starting
    with the mark class lets re scan for marks (rare) instead of trying every space (common)."""
    return re.compile(f"{before}(?<={space}{before})(?={_closes(before)})")


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
    # It adds and removes spaces and marks (starters that compose with nothing) and swaps marks.
    KEEPS = (PRINTABLE, COMPOSED)

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
                    lambda t: any(mark in t for mark in table),  # memchr each: the pattern scans slowly
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
                    re.compile(f"{space}(?<=[^\\s]{space}){space}*(?={before}{_closes(before)})"),
                    "",
                    _closing_marks(space, before).search,
                ),
            ]
        if self.collapse_repeats:
            # last: removing a space can join two marks into a run ("، ،" → "،،")
            repeatable = char_class(spec["repeatable"])
            rules.append(RegexRule("repeated_mark", re.compile(f"({repeatable})\\1+"), r"\1"))
        return rules

    def __post_init__(self) -> None:
        super().__post_init__()
        spec = data("punctuation.json")
        space = char_class(horizontal_spaces())
        before = char_class(spec["no_space_before"])
        after = char_class(spec["space_after"])
        by_id = {rule.id: rule for rule in self.rules}
        self._set("_by_id", by_id)
        self._set("_quote_map", CharMap(spec["quotes"]) if self.quotes else None)
        self._set("_spaces", frozenset(horizontal_spaces()))
        self._set("_closing", _closing_marks(space, before))
        # Where either spacing rule could first match: a mark (the first character of the pattern,
        # so re scans for the nine marks) that opens a word or closes one after a space.
        either = f"{before}(?:(?<={after})(?=[^\\W\\d_])|(?<={space}{before})(?={_closes(before)}))"
        self._set("_spacing_at", re.compile(either).search)

    def apply(self, text: str) -> str:
        # Fast path (exact: tests/test_fast_paths.py runs the rules as first written on the same
        # inputs): quotes as a character map, spacing only from the first place it can apply, and
        # the space-before-mark rule from the marks instead of from every space.
        by_id = self._by_id  # type: ignore[attr-defined]
        if self._quote_map is not None:  # type: ignore[attr-defined]
            text = self._quote_map(text)  # type: ignore[attr-defined]
        if self.ascii_to_arabic:
            text = by_id["ascii_to_arabic"].apply(text)
        if self.spacing:
            first = self._spacing_at(text)  # type: ignore[attr-defined]
            if first is not None:
                # nothing before ``start`` can match either rule, and space_after_mark only looks ahead
                start = first.start()
                text = text[:start] + by_id["space_after_mark"].pattern.sub(r"\1 ", text[start:])
                text = self._close_up(text, start)
        if self.collapse_repeats:
            text = by_id["repeated_mark"].apply(text)
        return text

    def _close_up(self, text: str, start: int) -> str:
        """The space_before_mark rule: delete each run of spaces, after a non-space, before a closing
        mark; found from the marks (rare) rather than tried at every space (common)."""
        spaces: frozenset[str] = self._spaces  # type: ignore[attr-defined]
        pieces: list[str] = []
        done = 0
        for match in self._closing.finditer(text, start):  # type: ignore[attr-defined]
            mark = match.start()
            run = mark - 1  # a space (the look-behind saw it)
            while run > 0 and text[run - 1] in spaces:
                run -= 1
            if run == 0 or text[run - 1].isspace():  # str.isspace is re's \s
                continue
            pieces.append(text[done:run])
            done = mark
        if not pieces:
            return text
        pieces.append(text[done:])
        return "".join(pieces)

    @property
    def safety(self) -> Safety:
        changes_marks = self.ascii_to_arabic or self.quotes or self.collapse_repeats
        return Safety.LOSSY if changes_marks else Safety.LOSSLESS
