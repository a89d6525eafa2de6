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
from collections.abc import Collection, Iterator
from typing import NamedTuple

from arclean.passes.typos.clitics import analyses, proclitic_strings
from arclean.passes.typos.lexicon import Lexicon
from arclean.passes.typos.rules import load

__all__ = ["EDIT_KINDS", "KINDS", "Candidate", "ErrorModels"]

EDIT_KINDS = ("deletion", "insertion", "transposition", "split")


class Candidate(NamedTuple):
    """A corrected form, the error kind(s) that explain the written form, and their cost."""

    word: str
    kind: str  # "hamza", or "hamza+alef_maqsura" for two confusions
    rule: str
    cost: float


class _Rule(NamedTuple):
    kind: str
    rule: str
    written: str
    intended: str
    where: str
    cost: float


@functools.cache
def _spec() -> dict[str, object]:
    return load("error_models.json")  # type: ignore[no-any-return]


def _confusion_kinds() -> tuple[str, ...]:
    subs = _spec()["substitutions"]
    return tuple(dict.fromkeys(r["kind"] for r in subs))  # type: ignore[attr-defined,index]


KINDS: tuple[str, ...] = (*_confusion_kinds(), *EDIT_KINDS)


def stem_starts(word: str) -> frozenset[int]:
    """Offsets where a stem may start: after any proclitic sequence leaving 2+ letters.

    >>> sorted(stem_starts("والاول"))
    [0, 1, 3]
    """
    prefixes = proclitic_strings()
    return frozenset(n for n in range(min(5, len(word) - 1)) if word[:n] in prefixes)


class ErrorModels:
    """The error models, restricted to ``kinds`` (all when empty)."""

    def __init__(self, kinds: Collection[str] = ()) -> None:
        spec = _spec()
        wanted = set(kinds) or set(KINDS)
        self.rules: tuple[_Rule, ...] = tuple(
            _Rule(r["kind"], r["rule"], r["written"], intended, r["where"], float(r["cost"]))
            for r in spec["substitutions"]  # type: ignore[attr-defined]
            if r["kind"] in wanted
            for intended in r["intended"]
        )
        edits = spec["edits"]  # type: ignore[index]
        self.edit_costs: dict[str, float] = {k: float(edits[k]["cost"]) for k in EDIT_KINDS if k in wanted}
        self.non_joining = frozenset(edits["split"]["after_letters"])
        self.max_substitutions = int(spec["max_substitutions"])  # type: ignore[call-overload]
        self._letters = frozenset("".join(r.written for r in self.rules))

    # ----------------------------------------------------------------- letter confusions
    def _substitute_once(self, word: str) -> Iterator[tuple[str, _Rule]]:
        if not self._letters.intersection(word):
            return
        starts = stem_starts(word)
        last = len(word) - 1
        for rule in self.rules:
            written = rule.written
            pos = word.find(written)
            while pos != -1:
                where = rule.where
                if (
                    where == "any"
                    or (where == "stem_start" and pos in starts)
                    or (where == "inner" and pos not in starts)
                    or (where == "final" and pos + len(written) - 1 == last)
                ):
                    yield word[:pos] + rule.intended + word[pos + len(written) :], rule
                pos = word.find(written, pos + 1)

    def confusions(self, word: str) -> Iterator[Candidate]:
        """Forms one or two letter confusions away (the cheapest explanation of each is kept)."""
        best: dict[str, Candidate] = {}
        frontier = [(word, (), 0.0)]
        for _ in range(self.max_substitutions):
            nxt = []
            for form, rules, cost in frontier:
                for new, rule in self._substitute_once(form):
                    if new == word:
                        continue
                    chain = (*rules, rule)
                    total = cost + rule.cost
                    old = best.get(new)
                    if old is None or total < old.cost:
                        kind = "+".join(dict.fromkeys(r.kind for r in chain))
                        best[new] = Candidate(new, kind, "+".join(r.rule for r in chain), round(total, 3))
                        nxt.append((new, chain, total))
            frontier = nxt
        return iter(best.values())

    # ----------------------------------------------------------------- one-letter edits
    def edits(self, word: str, lexicon: Lexicon, min_zipf: float) -> Iterator[Candidate]:
        """One-letter edits of the word or of its core without clitics, onto listed words."""
        costs = self.edit_costs
        seen: set[str] = set()
        for a in analyses(word):
            core, wrap = a.core, (a.prefix, a.suffix)
            if len(core) < 3:
                continue
            if "deletion" in costs:
                for fixed in lexicon.deletion_neighbours(core, min_zipf):
                    yield from _once(seen, wrap, fixed, "deletion", "dropped_letter", costs["deletion"])
            for i in range(len(core)):
                shorter = core[:i] + core[i + 1 :]
                if "insertion" in costs and (lexicon.zipf(shorter) or 0.0) >= min_zipf:
                    doubled = (i and core[i - 1] == core[i]) or (i + 1 < len(core) and core[i + 1] == core[i])
                    rule = "doubled_letter" if doubled else "extra_letter"
                    yield from _once(seen, wrap, shorter, "insertion", rule, costs["insertion"])
                if "transposition" in costs and i + 1 < len(core) and core[i] != core[i + 1]:
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


def _once(seen: set[str], wrap: tuple[str, str], core: str, kind: str, rule: str, cost: float) -> Iterator[Candidate]:
    word = wrap[0] + core + wrap[1]
    if word not in seen:
        seen.add(word)
        yield Candidate(word, kind, rule, cost)
