"""Context rules: how the neighbouring words decide a word that is ambiguous on its own.

``ان`` without its hamza is ``أن`` after most words but ``إن`` after ``قال`` or at the start of a
sentence; ``علي`` is the name Ali unless the next word shows the preposition ``على``.  Rules live
in ``data/context.json``; each names the word, its readings, a default (``""`` keeps the word)
and conditions on the neighbours: the previous word, the next word (or how it starts or ends),
whether the word opens a sentence, a word among the few before it in its sentence.  Neighbours
are compared folded (hamza forms, ة/ه, ى/ي), so a neighbour corrected in the same run does not
change the decision: the pass stays idempotent.

>>> rules = ContextRules.shipped()
>>> rules.resolve("ان", Neighbours(prev="المصدر", next="الحكومة", at_start=False, before=("المصدر", "وقال")))
'إن'
>>> rules.resolve("ان", Neighbours(prev="اكد", next="الحكومة", at_start=False, before=("اكد",)))
'أن'
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, NamedTuple

from arclean.passes.typos.rules import load
from arclean.passes.typos.tokens import fold

__all__ = ["WINDOW", "ContextRules", "Neighbours"]


class Neighbours(NamedTuple):
    """The words around one occurrence (``""`` when there is none), whether it opens a sentence,
    and the earlier words of its sentence, nearest first (at most :data:`WINDOW`)."""

    prev: str
    next: str
    at_start: bool
    before: tuple[str, ...] = ()


WINDOW = 5


class _Condition(NamedTuple):
    choose: str
    prev: frozenset[str] | None
    not_prev: frozenset[str]
    prev_prefix: tuple[str, ...] | None
    prev_suffix: tuple[str, ...] | None
    next: frozenset[str] | None
    next_prefix: tuple[str, ...] | None
    next_suffix: tuple[str, ...] | None
    not_next: frozenset[str]
    at_start: bool | None
    in_window: frozenset[str] | None

    def matches(self, n: Neighbours, prev: str, nxt: str) -> bool:
        if self.at_start is not None and n.at_start != self.at_start:
            return False
        if self.prev is not None and (n.at_start or prev not in self.prev):
            return False
        if prev in self.not_prev and not n.at_start:
            return False
        if self.prev_prefix is not None and (n.at_start or not prev.startswith(self.prev_prefix)):
            return False
        if self.prev_suffix is not None and (n.at_start or not n.prev.endswith(self.prev_suffix)):
            return False
        if self.next is not None and nxt not in self.next:
            return False
        if self.next_prefix is not None and not nxt.startswith(self.next_prefix):
            return False
        if self.next_suffix is not None and not nxt.endswith(self.next_suffix):
            return False
        if self.in_window is not None and self.in_window.isdisjoint(fold(w) for w in n.before):
            return False
        return nxt not in self.not_next


class _Entry(NamedTuple):
    readings: tuple[str, ...]
    default: str
    conditions: tuple[_Condition, ...]


class ContextRules:
    """Per-word readings and the neighbour conditions that choose among them."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        lists: Mapping[str, list[str]] = spec.get("_lists", {})

        def words(value: str | list[str]) -> list[str]:
            # a condition names its words, or a shared list: "@qala"
            if isinstance(value, str):
                if not value.startswith("@") or value[1:] not in lists:
                    raise ValueError(f"context rules: unknown word list {value!r}")
                return lists[value[1:]]
            return value

        def folded(c: Mapping[str, Any], key: str) -> frozenset[str] | None:
            return frozenset(fold(v) for v in words(c[key])) if key in c else None

        def affixes(c: Mapping[str, Any], key: str) -> tuple[str, ...] | None:
            return tuple(fold(v) for v in words(c[key])) if key in c else None

        entries: dict[str, _Entry] = {}
        for word, entry in spec.items():
            if word.startswith("_"):
                continue
            conditions = tuple(
                _Condition(
                    c["choose"],
                    folded(c, "prev"),
                    folded(c, "not_prev") or frozenset(),
                    affixes(c, "prev_prefix"),
                    tuple(words(c["prev_suffix"])) if "prev_suffix" in c else None,  # as written: ة is no ه
                    folded(c, "next"),
                    affixes(c, "next_prefix"),
                    affixes(c, "next_suffix"),
                    folded(c, "not_next") or frozenset(),
                    c.get("at_start"),
                    folded(c, "in_window"),
                )
                for c in entry.get("rules", ())
            )
            readings = tuple(dict.fromkeys([*entry["readings"]]))
            for c in conditions:
                if c.choose and c.choose not in readings:
                    raise ValueError(f"context rule for {word!r} chooses {c.choose!r}, not one of its readings")
            entries[word] = _Entry(readings, entry.get("default", ""), conditions)
        self._entries = entries

    @classmethod
    @functools.cache
    def shipped(cls) -> ContextRules:
        return cls(load("context.json"))

    def __contains__(self, word: object) -> bool:
        return word in self._entries

    def readings(self, word: str) -> tuple[str, ...]:
        entry = self._entries.get(word)
        return entry.readings if entry else ()

    def resolve(self, word: str, neighbours: Neighbours) -> str:
        """The reading the neighbours choose, or ``""`` to keep the word as written."""
        entry = self._entries.get(word)
        if entry is None:
            return ""
        prev, nxt = fold(neighbours.prev), fold(neighbours.next)
        for condition in entry.conditions:
            if condition.matches(neighbours, prev, nxt):
                return condition.choose
        return entry.default
