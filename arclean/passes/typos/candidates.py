"""Candidate corrections from explicit error models (rules in ``data/error_models.json``).

Two families of models propose what the writer may have meant:

* letter confusions, applied up to twice: a dropped or wrong hamza (``الاول`` → ``الأول``),
  ة/ه and ى/ي at the end of a word (``هذة`` → ``هذه``, ``فى`` → ``في``) and the missed or
  spurious Shift of the Arabic (101) keyboard (``غلى`` → ``إلى``, ``القل`` → ``الأقل``);
* one-letter edits, for rare and unknown words only, found through the frequency list and
  clitic-aware (``والتحاف`` → ``والتحالف`` through ``التحالف``): a dropped letter (deletion), an
  extra or doubled letter (insertion), two swapped neighbours (transposition) and a missing space
  after a letter that does not join the next one (split, ``لاتزال`` → ``لا تزال``).

>>> models = ErrorModels()
>>> sorted({c.word for c in models.confusions("غلى")})[:3]
['إلى', 'غلي', 'غلئ']
"""

from __future__ import annotations

import functools
import math
from collections.abc import Collection, Iterator
from typing import Any, NamedTuple

from arclean.passes.typos.clitics import analyses, definite_prefixes, proclitic_strings
from arclean.passes.typos.lexicon import Lexicon
from arclean.passes.typos.rules import load

__all__ = ["EDIT_KINDS", "KINDS", "Candidate", "ErrorModels"]

EDIT_KINDS = ("deletion", "insertion", "transposition", "split")


class Candidate(NamedTuple):
    """A corrected form, the error kind(s) that explain the written form, and their cost.

    ``max_source_zipf`` bounds how common the written word may be for this explanation to hold.
    """

    word: str
    kind: str  # "hamza", or "hamza+alef_maqsura" for two confusions
    rule: str
    cost: float
    max_source_zipf: float = math.inf


class _Rule(NamedTuple):
    kind: str
    rule: str
    written: str
    intended: str
    where: str
    cost: float
    definite: bool | None  # True: needs the article; False: refuses it; None: either
    max_source_zipf: float


class _Step(NamedTuple):
    form: str
    rules: tuple[_Rule, ...]
    cost: float
    touched: tuple[int, int]  # the span the last substitution wrote


@functools.cache
def _spec() -> dict[str, Any]:
    return load("error_models.json")  # type: ignore[no-any-return]


KINDS: tuple[str, ...] = (*dict.fromkeys(r["kind"] for r in _spec()["substitutions"]), *EDIT_KINDS)


def stem_starts(word: str) -> frozenset[int]:
    """Offsets where a stem may start: after any proclitic sequence leaving 2+ letters.

    >>> sorted(stem_starts("والاول"))
    [0, 1, 3]
    """
    prefixes = proclitic_strings()
    return frozenset(n for n in range(min(5, len(word) - 1)) if word[:n] in prefixes)


def _is_definite(word: str) -> bool:
    """True when the word carries the article before a stem of 3+ letters."""
    definite = definite_prefixes()
    return any(word[:n] in definite for n in range(2, min(5, len(word) - 2)))


class ErrorModels:
    """The error models, restricted to ``kinds`` (all when empty)."""

    def __init__(self, kinds: Collection[str] = ()) -> None:
        spec = _spec()
        wanted = set(kinds) or set(KINDS)
        self.rules: tuple[_Rule, ...] = tuple(
            _Rule(
                r["kind"],
                r["rule"],
                r["written"],
                intended,
                r["where"],
                float(r["cost"]),
                True if r.get("definite") else False if r.get("indefinite") else None,
                float(r.get("max_source_zipf", math.inf)),
            )
            for r in spec["substitutions"]
            if r["kind"] in wanted
            for intended in r["intended"]
        )
        edits = spec["edits"]
        self.edit_costs: dict[str, float] = {k: float(edits[k]["cost"]) for k in EDIT_KINDS if k in wanted}
        # A doubled key press is commoner than a stray letter.
        self.extra_letter_cost = float(edits["insertion"]["extra_letter_cost"])
        self.non_joining = frozenset(edits["split"]["after_letters"])
        self.max_substitutions = int(spec["max_substitutions"])
        self._letters = frozenset("".join(r.written for r in self.rules))

    # ----------------------------------------------------------------- letter confusions
    def _substitute_once(
        self, word: str, avoid: tuple[int, int], skip_kinds: Collection[str]
    ) -> Iterator[tuple[str, _Rule, tuple[int, int]]]:
        if not self._letters.intersection(word):
            return
        starts = stem_starts(word)
        definite = _is_definite(word)
        prefixes = proclitic_strings()
        last = len(word) - 1
        for rule in self.rules:
            if rule.definite is not None and rule.definite != definite:
                continue
            if rule.kind in skip_kinds:
                continue
            written = rule.written
            pos = word.find(written)
            while pos != -1:
                end = pos + len(written)
                where = rule.where
                if (end <= avoid[0] or pos >= avoid[1]) and (
                    where == "any"
                    or (where == "stem_start" and pos in starts)
                    or (where == "inner" and pos not in starts)
                    or (where == "final" and end - 1 == last)
                    or (where == "proclitic_lam" and word[:pos] + "ل" in prefixes)
                ):
                    new = word[:pos] + rule.intended + word[end:]
                    yield new, rule, (pos, pos + len(rule.intended))
                pos = word.find(written, pos + 1)

    def confusions(self, word: str) -> Iterator[Candidate]:
        """Forms one or two letter confusions away, at distinct places and of distinct kinds (the
        cheapest explanation of each form is kept)."""
        best: dict[str, Candidate] = {}
        frontier = [_Step(word, (), 0.0, (0, 0))]
        for _ in range(self.max_substitutions):
            nxt = []
            for step in frontier:
                done = {r.kind for r in step.rules}
                for new, rule, touched in self._substitute_once(step.form, step.touched, done):
                    if new == word:
                        continue
                    chain = (*step.rules, rule)
                    total = round(step.cost + rule.cost, 3)
                    old = best.get(new)
                    if old is None or total < old.cost:
                        best[new] = Candidate(
                            new,
                            "+".join(dict.fromkeys(r.kind for r in chain)),
                            "+".join(r.rule for r in chain),
                            total,
                            min(r.max_source_zipf for r in chain),
                        )
                        nxt.append(_Step(new, chain, total, touched))
            frontier = nxt
        return iter(best.values())

    # ----------------------------------------------------------------- one-letter edits
    def edits(self, word: str, lexicon: Lexicon, min_zipf: float) -> Iterator[Candidate]:
        """One-letter edits inside the core of the word (never its first or last letter, where
        clitics and endings are), onto listed words of frequency >= ``min_zipf``."""
        costs = self.edit_costs
        seen: set[str] = set()
        for a in analyses(word):
            core, wrap = a.core, (a.prefix, a.suffix)
            if len(core) < 3:
                continue
            if "deletion" in costs:
                for fixed in lexicon.deletion_neighbours(core, min_zipf):
                    if _inner_insertion(core, fixed):
                        yield from _once(seen, wrap, fixed, "deletion", "dropped_letter", costs["deletion"])
            for i in range(1, len(core) - 1):
                shorter = core[:i] + core[i + 1 :]
                if "insertion" in costs and (lexicon.zipf(shorter) or 0.0) >= min_zipf:
                    doubled = core[i - 1] == core[i] or core[i + 1] == core[i]
                    if doubled:
                        yield from _once(seen, wrap, shorter, "insertion", "doubled_letter", costs["insertion"])
                    else:
                        yield from _once(seen, wrap, shorter, "insertion", "extra_letter", self.extra_letter_cost)
                if "transposition" in costs and i + 2 < len(core) and core[i] != core[i + 1]:
                    swapped = core[:i] + core[i + 1] + core[i] + core[i + 2 :]
                    if (lexicon.zipf(swapped) or 0.0) >= min_zipf:
                        yield from _once(seen, wrap, swapped, "transposition", "swapped_letters", costs["transposition"])

    def splits(self, word: str, lexicon: Lexicon, min_zipf: float) -> Iterator[tuple[Candidate, float]]:
        """``left right`` for a missing space after a non-joining letter, both parts listed words.

        Yields the candidate and the score of the two words together (log10 of the product of
        their frequencies, on the Zipf scale).
        """
        if "split" not in self.edit_costs:
            return
        prefixes = proclitic_strings()
        for i in range(2, len(word) - 1):
            left, right = word[:i], word[i:]
            if left[-1] not in self.non_joining or left in prefixes:
                continue
            zl, zr = lexicon.zipf(left), lexicon.zipf(right)
            if zl is None or zr is None or min(zl, zr) < min_zipf:
                continue
            cand = Candidate(f"{left} {right}", "split", "missing_space", self.edit_costs["split"])
            yield cand, round(zl + zr - 9.0, 2)


def _inner_insertion(short: str, long: str) -> bool:
    """True when ``long`` is ``short`` with one letter added away from both ends."""
    return any(long[:j] + long[j + 1 :] == short for j in range(1, len(long) - 1))


def _once(seen: set[str], wrap: tuple[str, str], core: str, kind: str, rule: str, cost: float) -> Iterator[Candidate]:
    word = wrap[0] + core + wrap[1]
    if word not in seen:
        seen.add(word)
        yield Candidate(word, kind, rule, cost)
