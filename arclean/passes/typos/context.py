"""Context rules: how the neighbouring words decide a word that is ambiguous on its own.

``ان`` without its hamza is ``أن`` after most words but ``إن`` after ``قال`` or at the start of a
sentence; ``علي`` is the name Ali unless the next word shows the preposition ``على``.  Rules live
in ``data/context.json``; each names the word, its readings, a default (``""`` keeps the word)
and conditions on the neighbours: the previous word, the next word (or how it starts or ends),
whether the word opens a sentence, a word among the few before it in its sentence.  Neighbours
are compared folded (hamza forms, ة/ه, ى/ي), so a neighbour corrected in the same run does not
change the decision: the pass stays idempotent.  :class:`ClassRules` (``data/context_classes.json``)
gives such conditions to a whole class of fixes, named by their error-model rule and the written
word's shape: ``أحد مسؤوليه`` ("one of his officials") keeps its ه.

>>> rules = ContextRules.shipped()
>>> rules.resolve("ان", Neighbours(prev="المصدر", next="الحكومة", at_start=False, before=("المصدر", "وقال")))
'إن'
>>> rules.resolve("ان", Neighbours(prev="اكد", next="الحكومة", at_start=False, before=("اكد",)))
'أن'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from arclean.passes.typos.rules import load
from arclean.passes.typos.tokens import fold

__all__ = ["WINDOW", "ClassRules", "ContextRules", "Neighbours"]


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


def _word_lists(lists: Mapping[str, list[str]]) -> Callable[[str | list[str]], list[str]]:
    """A condition names its words, or a shared list of ``_lists``: ``"@qala"``."""

    def words(value: str | list[str]) -> list[str]:
        if isinstance(value, str):
            if not value.startswith("@") or value[1:] not in lists:
                raise ValueError(f"context rules: unknown word list {value!r}")
            return lists[value[1:]]
        return value

    return words


def _condition(c: Mapping[str, Any], choose: str, words: Callable[[str | list[str]], list[str]]) -> _Condition:
    """One condition of a rule table, its words folded (a ``prev_suffix`` as written: ة is no ه)."""

    def folded(key: str) -> frozenset[str] | None:
        return frozenset(fold(v) for v in words(c[key])) if key in c else None

    def affixes(key: str) -> tuple[str, ...] | None:
        return tuple(fold(v) for v in words(c[key])) if key in c else None

    return _Condition(
        choose,
        folded("prev"),
        folded("not_prev") or frozenset(),
        affixes("prev_prefix"),
        tuple(words(c["prev_suffix"])) if "prev_suffix" in c else None,
        folded("next"),
        affixes("next_prefix"),
        affixes("next_suffix"),
        folded("not_next") or frozenset(),
        c.get("at_start"),
        folded("in_window"),
    )


class ContextRules:
    """Per-word readings and the neighbour conditions that choose among them."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        words = _word_lists(spec.get("_lists", {}))
        entries: dict[str, _Entry] = {}
        for word, entry in spec.items():
            if word.startswith("_"):
                continue
            conditions = tuple(_condition(c, c["choose"], words) for c in entry.get("rules", ()))
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


_APPLY = "apply"  # a class condition's choice that lets the fix through


class _Class(NamedTuple):
    endings: tuple[str, ...]
    min_length: int
    conditions: tuple[_Condition, ...]


class ClassRules:
    """Neighbour conditions for a whole class of fixes: every fix one error-model rule makes on a
    word of a given shape, not one listed word.  Only such fixes read their neighbours; the others
    stay a look-up.

    ``أحد مسؤوليه`` is "one of his officials": after ``أحد`` (masculine "one of", followed by a
    plural) a word in ``ـيه`` keeps its pronoun ه instead of becoming ``مسؤولية``.

    >>> classes = ClassRules.shipped()
    >>> rule = "ha_for_ta_marbuta_indefinite"
    >>> classes.guards("مسؤوليه", rule), classes.guards("مدينه", rule)
    (True, False)
    >>> classes.keeps("مسؤوليه", "ha_for_ta_marbuta_indefinite", Neighbours("احد", "الكبار", False, ("احد",)))
    True
    >>> classes.keeps("مسؤوليه", "ha_for_ta_marbuta_indefinite", Neighbours("هذه", "الكبيرة", False, ("هذه",)))
    False
    """

    def __init__(self, spec: Mapping[str, Any]) -> None:
        words = _word_lists(spec.get("_lists", {}))
        classes: dict[str, tuple[_Class, ...]] = {}
        for rule, entries in spec.items():
            if rule.startswith("_"):
                continue
            classes[rule] = tuple(
                _Class(
                    tuple(entry["endings"]),
                    int(entry.get("min_length", 0)),
                    tuple(_condition(c, "" if c["keep"] else _APPLY, words) for c in entry["rules"]),
                )
                for entry in entries
            )
        self._classes = classes

    @classmethod
    @functools.cache
    def shipped(cls) -> ClassRules:
        return cls(load("context_classes.json"))

    def _matching(self, word: str, rule: str) -> tuple[_Class, ...]:
        return tuple(c for c in self._classes.get(rule, ()) if len(word) >= c.min_length and word.endswith(c.endings))

    def guards(self, word: str, rule: str) -> bool:
        """True when a fix of ``rule`` on ``word`` depends on the word's neighbours."""
        return bool(self._matching(word, rule))

    def keeps(self, word: str, rule: str, neighbours: Neighbours) -> bool:
        """True when the neighbours show that ``word`` is right as written (the fix is withheld)."""
        prev, nxt = fold(neighbours.prev), fold(neighbours.next)
        for entry in self._matching(word, rule):
            for condition in entry.conditions:
                if condition.matches(neighbours, prev, nxt):
                    if condition.choose != _APPLY:
                        return True
                    break
        return False
