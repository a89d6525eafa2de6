"""Building blocks shared by the normalisation passes: character-map passes and regex-rule passes.

Both kinds explain themselves precisely: every match of every rule becomes one :class:`Change`
with its line and column in the text the rule received.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from arclean.charmap import CharMap, load_data, parse_chars
from arclean.core import Change, Explanation, LastKnown, LineIndex, Pass

DATA_PACKAGE = "arclean.passes.data"

Replacement = str | Callable[[re.Match[str]], str]


def data(filename: str) -> Any:
    """A rule-data file of the passes package (``arclean/passes/data/``)."""
    return load_data(DATA_PACKAGE, filename)


@functools.cache
def line_breaks() -> frozenset[str]:
    """Characters the whitespace pass turns into LF (data), plus CR and LF themselves."""
    return frozenset([*chars(data("whitespace.json")["line_breaks"]), "\r", "\n"])


@functools.cache
def horizontal_spaces() -> tuple[str, ...]:
    """Every character Python's ``str.split()`` splits on, less line breaks: derived, not typed.

    All of them are in the Basic Multilingual Plane (tests/test_fast_paths.py checks the whole code
    space), so only it is scanned: a twentieth of the time, at every start of a process."""
    breaks = line_breaks()
    return tuple(c for c in map(chr, range(0x10000)) if c.isspace() and c not in breaks)


def printable_but_line_feeds(text: str) -> bool:
    r"""True when ``text`` holds no character Python calls non-printable except LF (one C scan).

    Every space but U+0020, every line break and every invisible character is non-printable
    (category Z* or C*), so text that passes holds none of them: a cheap exact test for the
    whitespace and invisible passes (tests/test_fast_paths.py checks the premise).

    >>> printable_but_line_feeds("سطر\nسطر"), printable_but_line_feeds("سطر\u00a0سطر")
    (True, False)
    """
    if PRINTABLE.holds(text):
        return True
    if text.replace("\n", " ").isprintable():
        PRINTABLE.remember(text)
        return True
    return False


# The last string printable_but_line_feeds passed: the invisible pass's input, handed on unchanged
# to chrome (whose line split then needs no scan for other line breaks) and often to whitespace.
PRINTABLE = LastKnown()


def chars(items: str | Iterable[str]) -> list[str]:
    """Characters named by one data entry or a list of them (see :func:`arclean.charmap.parse_chars`)."""
    if isinstance(items, str):
        items = [items]
    return [c for item in items for c in parse_chars(item)]


@dataclasses.dataclass(frozen=True)
class RegexRule:
    """One named substitution: ``pattern`` → ``replacement`` (a template string or a function)."""

    id: str
    pattern: re.Pattern[str]
    replacement: Replacement
    # fast path: a cheap test that returns False only when the pattern cannot match the text
    may_match: Callable[[str], bool] | None = None

    def apply(self, text: str) -> str:
        if self.may_match is not None and not self.may_match(text):
            return text
        return self.pattern.sub(self.replacement, text)

    def replacement_for(self, match: re.Match[str]) -> str:
        if callable(self.replacement):
            return self.replacement(match)
        return match.expand(self.replacement)


def run_rules(rules: Sequence[RegexRule], text: str) -> str:
    for rule in rules:
        text = rule.apply(text)
    return text


def count_rules(rules: Sequence[RegexRule], text: str) -> tuple[str, int]:
    """Apply ``rules`` in order and count their matches (rules never match without changing)."""
    total = 0
    for rule in rules:
        if rule.may_match is None or rule.may_match(text):
            text, n = rule.pattern.subn(rule.replacement, text)
            total += n
    return text, total


def explain_rules(pass_name: str, rules: Sequence[RegexRule], text: str) -> Explanation:
    """Apply ``rules`` in order, recording each match as a change."""
    changes: list[Change] = []
    for rule in rules:
        index: LineIndex | None = None
        for match in rule.pattern.finditer(text):
            after = rule.replacement_for(match)
            if after == match.group():
                continue
            index = index or LineIndex(text)
            line, column = index.locate(match.start())
            changes.append(Change(pass_name, rule.id, match.group(), after, line=line, column=column))
        text = rule.apply(text)
    return Explanation(text, tuple(changes))


def counted(pass_name: str, n: int) -> Counter[str]:
    return Counter({f"{pass_name}/changed": n}) if n else Counter()


@dataclasses.dataclass(frozen=True)
class RulesPass(Pass):
    """A pass that is an ordered list of regex rules; subclasses build them in :meth:`build_rules`.

    Every rule must change what it matches, so that counting matches counts changes.
    """

    def build_rules(self) -> Sequence[RegexRule]:
        raise NotImplementedError

    def __post_init__(self) -> None:
        self._set("_rules", tuple(self.build_rules()))

    @property
    def rules(self) -> tuple[RegexRule, ...]:
        return self._rules  # type: ignore[attr-defined,no-any-return]

    def apply(self, text: str) -> str:
        return run_rules(self.rules, text)

    def explain(self, text: str) -> Explanation:
        return explain_rules(self.name, self.rules, text)

    def apply_counted(self, text: str) -> tuple[str, Counter[str]]:
        out, n = count_rules(self.rules, text)
        return out, counted(self.name, n)


@dataclasses.dataclass(frozen=True)
class CharMapPass(Pass):
    """A pass that is one character map; subclasses say which characters in :meth:`build_map`."""

    def build_map(self) -> dict[str, str]:
        raise NotImplementedError

    def frequent(self) -> str:
        """Keys common in text, run as a ``str.replace`` chain even in a large map (see :class:`CharMap`)."""
        return ""

    def __post_init__(self) -> None:
        charmap = CharMap(self.build_map(), self.frequent())
        self._set("_charmap", charmap)
        if type(self).apply is CharMapPass.apply:
            # fast path: calls go straight to the map's function, skipping two method calls
            self._set("apply", charmap.apply)

    @property
    def charmap(self) -> CharMap:
        return self._charmap  # type: ignore[attr-defined,no-any-return]

    def apply(self, text: str) -> str:
        return self.charmap(text)

    def prepare(self, text: str) -> str:
        """The text the map is applied to (a subclass may compose it first)."""
        return text

    def explain(self, text: str) -> Explanation:
        return explain_charmap(self.name, self.charmap, self.prepare(text), self.apply(text))

    def apply_counted(self, text: str) -> tuple[str, Counter[str]]:
        out = self.apply(text)
        return out, counted(self.name, 0 if out == text else self.charmap.count(self.prepare(text)))


def explain_charmap(pass_name: str, charmap: CharMap, text: str, out: str) -> Explanation:
    changes: list[Change] = []
    index: LineIndex | None = None
    for match in charmap.finditer(text):
        index = index or LineIndex(text)
        line, column = index.locate(match.start())
        before = match.group()
        rule = "U+" + "+".join(f"{ord(c):04X}" for c in dict.fromkeys(before))
        after = charmap.reference(before)
        changes.append(Change(pass_name, rule, before, after, line=line, column=column))
    return Explanation(out, tuple(changes))
