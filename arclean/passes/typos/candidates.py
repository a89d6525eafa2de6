"""Candidate corrections from explicit error models (rules in ``data/error_models.json``).

Two families of models propose what the writer may have meant:

* letter confusions, applied up to twice: a dropped or wrong hamza (``الاول`` → ``الأول``),
  ة/ه and ى/ي at the end of a word (``هذة`` → ``هذه``, ``فى`` → ``في``) and the missed or
  spurious Shift of the Arabic (101) keyboard (``غلى`` → ``إلى``, ``القل`` → ``الأقل``);
* one-letter edits, for rare and unknown words only, found through the frequency list and
  clitic-aware (``والتحاف`` → ``والتحالف`` through ``التحالف``): a dropped letter (deletion), an
  extra or doubled letter (insertion), two swapped neighbours (transposition) and a missing space
  after a letter that does not join the next one (split, ``لاتزال`` → ``لا تزال``).

>>> from arclean.passes.typos.lexicon import Lexicon
>>> lex = Lexicon({"إلى": 6.91, "الى": 6.03, "غلي": 3.25})
>>> sorted((c.word, c.kind) for c in ErrorModels().confusions("غلى", lex.confusables) if c.word in lex)
[('إلى', 'keyboard'), ('غلي', 'alef_maqsura')]
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any, NamedTuple

from arclean.passes.typos.clitics import analyses, conjunctions, definite_prefixes, proclitic_strings
from arclean.passes.typos.lexicon import Lexicon
from arclean.passes.typos.rules import load, word_list
from arclean.passes.typos.tokens import fold, is_plain

__all__ = ["EDIT_KINDS", "KINDS", "Candidate", "ErrorModels", "listed_merges", "reach_key"]

EDIT_KINDS = ("deletion", "insertion", "transposition", "split")
_ARTICLE_NOUN_MIN_LETTERS = 5  # ال and a stem of three letters or more
_WORD_MIN_LETTERS = 3  # after a function word, shorter words must be listed (short_words): غيرها is غير + ها


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
    touched: tuple[int, int]  # the span a keyboard slip wrote: no second edit there


class _MarkedSplit(NamedTuple):
    cost: float
    min_left_zipf: float  # the word before a noun with the article
    short_words: frozenset[str]  # words of two letters that may follow a function word


class _Facts(NamedTuple):
    starts: frozenset[int]
    definite: bool
    prefixes: frozenset[str]


def _facts(word: str) -> _Facts:
    return _Facts(stem_starts(word), _is_definite(word), proclitic_strings())


@functools.cache
def _spec() -> dict[str, Any]:
    return load("error_models.json")  # type: ignore[no-any-return]


@functools.cache
def _merge_heads() -> frozenset[str]:
    return word_list("merge_heads.txt")


def _before_article(right: str) -> bool:
    """``right`` is a noun with the article (ال and three letters or more)."""
    return right.startswith("ال") and len(right) >= _ARTICLE_NOUN_MIN_LETTERS


def _after_particle(left: str) -> bool:
    """``left`` is a function word of ``data/merge_heads.txt``, also after a conjunction (و, ف)."""
    heads = _merge_heads()
    return left in heads or (left[0] in conjunctions() and left[1:] in heads)


# Where a hamza on hamzat al-wasl is dropped: after إ at any stem of forms VII, VIII and X, and of
# form VIII of a first radical و (اتفق); after أ only at their verbal nouns (أ also opens the verbs'
# first person: أستخدم), and at اثنان only after the article (أثنين is also a verb).
_WASL_PATTERNS = {
    "wasl_stem": "after_alef",
    "wasl_noun": "nouns_after_alef",
    "wasl_noun_definite": "definite_numbers_after_alef",
    "wasl_ta": "ta_after_alef",
}


@functools.cache
def _wasl(where: str) -> re.Pattern[str]:
    """The letters after a stem's first alef that open a stem with hamzat al-wasl (``data/error_models.json``).

    >>> [bool(_wasl("wasl_stem").match(w, 1)) for w in ("استخدام", "ارتفاع", "انطلاق", "اسمه", "انتاج", "اعتاق")]
    [True, True, True, True, False, False]
    >>> [bool(_wasl("wasl_noun").match(w, 1)) for w in ("استخدام", "اختيار", "اسمه", "استخدم", "انتظر", "اختار")]
    [True, True, True, False, False, False]
    >>> [bool(_wasl("wasl_ta").match(w, 1)) for w in ("اتفق", "اتفاق", "اتقان", "اتاحة")]
    [True, True, True, False]
    """
    return re.compile("|".join(f"(?:{p})" for p in _spec()["wasl_stems"][_WASL_PATTERNS[where]]))


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


def _reach_fold() -> tuple[dict[int, str], re.Pattern[str]] | None:
    """The letter classes and absorptions behind :func:`reach_key`, derived from the rules.

    Letters a rule swaps (or :func:`fold` merges) share a class; a rule that adds a letter after
    another (``ل`` → ``لأ``, ``ف`` → ``لإ``, ``ؤ`` → ``ؤو``) makes the first letter's class absorb
    a run of the second's.  None when a rule has another shape (the shortcut is then off).
    """
    parent: dict[str, str] = {}

    def find(c: str) -> str:
        while parent.setdefault(c, c) != c:
            c = parent[c]
        return c

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for letter in filter(is_plain, map(chr, range(0x0600, 0x0700))):
        union(letter, fold(letter))
    grows: list[tuple[str, str]] = []
    for r in _spec()["substitutions"]:
        for intended in r["intended"]:
            short, long = sorted((r["written"], intended), key=len)
            if len(short) == len(long):
                for a, b in zip(short, long, strict=True):
                    union(a, b)
            elif len(short) == 1 and len(long) == 2:
                union(short, long[0])
                grows.append((long[0], long[1]))
            else:
                return None
    table = {ord(c): find(c) for c in parent}
    absorbs = sorted({(find(a), find(b)) for a, b in grows})
    pattern = "|".join(f"(?<={re.escape(a)}){re.escape(b)}+" for a, b in absorbs) or "(?!)"
    return table, re.compile(pattern)


def reach_key(word: str) -> str | None:
    """A key that every form the letter confusions can turn ``word`` into shares with it (and with
    every word of the same :func:`fold` skeleton); None when the rules allow no such key.

    A word whose key no common listed word shares cannot be corrected by a confusion.

    >>> reach_key("غلى") == reach_key("إلى") == reach_key("الي"), reach_key("قال") == reach_key("قبل")
    (True, False)
    """
    if _REACH is None:
        return None
    return _REACH[1].sub("", word.translate(_REACH[0]))


_REACH = _reach_fold()


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
        split = edits["split"]
        self.non_joining = frozenset(split["after_letters"])
        self.split_max_source = float(split["max_source_zipf"])
        self.marked_split = _MarkedSplit(
            float(split["marked"]["cost"]),
            float(split["marked"]["min_left_zipf"]),
            frozenset(split["marked"]["short_words"]),
        )
        self.max_substitutions = int(spec["max_substitutions"])
        self.alone = frozenset(spec.get("alone", ()))
        # Confusions inside the letter skeleton are read off an aligned listed word; the others
        # (keyboard slips, ؤ for ؤو) are applied first.
        self._letter_rules: dict[tuple[str, str], list[_Rule]] = {}
        seeds = []
        for rule in self.rules:
            if len(rule.written) == len(rule.intended) == 1 and fold(rule.written) == fold(rule.intended):
                self._letter_rules.setdefault((rule.written, rule.intended), []).append(rule)
            else:
                seeds.append(rule)
        self._seed_rules = tuple(seeds)

    # ----------------------------------------------------------------- letter confusions
    def _where(self, rule: _Rule, form: str, pos: int, facts: _Facts) -> bool:
        if rule.definite is not None and rule.definite != facts.definite:
            return False
        where, end = rule.where, pos + len(rule.written)
        return (
            where == "any"
            or (where == "stem_start" and pos in facts.starts)
            or (where == "inner" and pos not in facts.starts)
            or (where == "final" and end == len(form))
            or (where == "proclitic_lam" and form[:pos] + "ل" in facts.prefixes)
            or (where in _WASL_PATTERNS and pos in facts.starts and _wasl(where).match(form, end) is not None)
        )

    def _seeds(self, word: str) -> Iterator[_Step]:
        """The word, and the word after one rule that the letter skeleton cannot see (a keyboard
        slip, a letter added or removed)."""
        yield _Step(word, (), 0.0, (0, 0))
        facts: _Facts | None = None
        prefixes = proclitic_strings()
        for rule in self._seed_rules:
            pos = word.find(rule.written)
            while pos != -1:
                if rule.where == "proclitic_lam":  # cheap, and the commonest letter: no facts needed
                    if pos > 4:
                        break
                    ok = rule.definite is None and word[:pos] + "ل" in prefixes
                else:
                    facts = facts or _facts(word)
                    ok = self._where(rule, word, pos, facts)
                if ok:
                    form = word[:pos] + rule.intended + word[pos + len(rule.written) :]
                    yield _Step(form, (rule,), rule.cost, (pos, pos + len(rule.intended)))
                pos = word.find(rule.written, pos + 1)

    def skeletons(self, word: str) -> Iterator[str]:
        """The letter skeletons :meth:`confusions` looks up for ``word``: its own and those of
        the word after each rule the skeleton cannot see (every candidate has one of them).

        >>> sorted(ErrorModels().skeletons("غلى"))
        ['الي', 'غلا', 'غلي']
        """
        return (fold(seed.form) for seed in self._seeds(word))

    def _explain(self, step: _Step, cand: str, limit: int) -> _Step | None:
        """The cheapest letter confusions turning ``step.form`` into ``cand`` (same skeleton)."""
        form = step.form
        if len(form) != len(cand):
            return None
        diffs = [i for i in range(len(form)) if form[i] != cand[i]]
        if not diffs or len(diffs) + len(step.rules) > limit:
            return None
        facts = _facts(form)
        rules = list(step.rules)
        cost = step.cost
        for i in diffs:
            if step.touched[0] <= i < step.touched[1]:
                return None
            options = [r for r in self._letter_rules.get((form[i], cand[i]), ()) if self._where(r, form, i, facts)]
            if not options:
                return None
            rule = min(options, key=lambda r: r.cost)
            rules.append(rule)
            cost += rule.cost
        if len({r.kind for r in rules}) < len(rules):
            return None  # two errors of one kind in one word: too far-fetched
        return _Step(cand, tuple(rules), round(cost, 3), step.touched)

    def confusions(self, word: str, lookup: Callable[[str], Iterable[str]]) -> Iterator[Candidate]:
        """Listed forms up to two letter confusions away (dropped or wrong hamza, ة/ه, ى/ي, a
        keyboard Shift), each with its cheapest explanation.

        ``lookup(form)`` gives the listed words that share ``form``'s letter skeleton (hamza
        forms, ة/ه and ى/ي folded): one dictionary look-up instead of trying every letter.
        """
        best: dict[str, _Step] = {}
        for seed in self._seeds(word):
            if seed.rules and seed.form != word:
                best.setdefault(seed.form, seed)  # the slip alone may give the word
            for cand in lookup(seed.form):
                if cand == word:
                    continue
                step = self._explain(seed, cand, self.max_substitutions)
                if step is not None and (cand not in best or step.cost < best[cand].cost):
                    best[cand] = step
        for cand, step in best.items():
            if cand == word or (len(step.rules) > 1 and any(r.rule in self.alone for r in step.rules)):
                continue
            yield Candidate(
                cand,
                "+".join(dict.fromkeys(r.kind for r in step.rules)),
                "+".join(r.rule for r in step.rules),
                step.cost,
                min(r.max_source_zipf for r in step.rules),
            )

    # ----------------------------------------------------------------- one-letter edits
    def edits(self, word: str, lexicon: Lexicon, min_zipf: float) -> Iterator[Candidate]:
        """One-letter edits inside the core of the word (never its first or last letter, where
        clitics and endings are), onto listed words of frequency >= ``min_zipf``."""
        costs = self.edit_costs
        seen: set[str] = set()
        insertion, transposition = "insertion" in costs, "transposition" in costs
        listed = lexicon.listed_at_least(min_zipf) if min_zipf > 0 else None
        for a in analyses(word):
            core, wrap = a.core, (a.prefix, a.suffix)
            if len(core) < 3:
                continue
            if "deletion" in costs:
                for fixed in lexicon.deletion_neighbours(core, min_zipf):
                    if _inner_insertion(core, fixed):
                        yield from _once(seen, wrap, fixed, "deletion", "dropped_letter", costs["deletion"])
            if listed is not None and _no_neighbour(core, listed, insertion, transposition):
                continue  # (most cores: one set test each, not a look-up per position)
            for i in range(1, len(core) - 1):
                shorter = core[:i] + core[i + 1 :]
                # not the second letter either: تتبصر, نتحدث start with a verb prefix
                if "insertion" in costs and i >= 2 and (lexicon.zipf(shorter) or 0.0) >= min_zipf:
                    doubled = core[i - 1] == core[i] or core[i + 1] == core[i]
                    if doubled:
                        yield from _once(seen, wrap, shorter, "insertion", "doubled_letter", costs["insertion"])
                    else:
                        yield from _once(seen, wrap, shorter, "insertion", "extra_letter", self.extra_letter_cost)
                if "transposition" in costs and i + 2 < len(core) and core[i] != core[i + 1]:
                    swapped = core[:i] + core[i + 1] + core[i] + core[i + 2 :]
                    if (lexicon.zipf(swapped) or 0.0) >= min_zipf:
                        yield from _once(
                            seen, wrap, swapped, "transposition", "swapped_letters", costs["transposition"]
                        )

    def splits(
        self, word: str, lexicon: Lexicon, min_zipf: float, marked_only: bool = False
    ) -> Iterator[tuple[Candidate, float]]:
        """``left right`` for a missing space after a non-joining letter, both parts listed words.

        Yields the candidate and the score of the two words together (log10 of the product of
        their frequencies, on the Zipf scale).  A merge marked by its shape (:meth:`_marked_rule`)
        costs less than another; with ``marked_only``, only those are given.

        >>> lex = Lexicon({"غير": 5.8, "معروف": 4.4, "وزارة": 4.9, "الصحة": 4.9, "ماعز": 2.4, "عز": 4.0})
        >>> [(c.word, c.rule, c.cost) for c, _ in ErrorModels().splits("غيرمعروف", lex, 3.5)]
        [('غير معروف', 'missing_space_after_particle', 0.3)]
        >>> [c.rule for c, _ in ErrorModels().splits("وزارةالصحة", lex, 3.5)]
        ['missing_space_before_article']
        >>> [c.rule for c, _ in ErrorModels().splits("ماعز", lex, 3.5)]
        []
        """
        if "split" not in self.edit_costs:
            return
        prefixes = proclitic_strings()
        marked = self.marked_split
        for i in range(2, len(word) - 1):
            left, right = word[:i], word[i:]
            if left[-1] not in self.non_joining or left in prefixes:
                continue
            zl, zr = lexicon.zipf(left), lexicon.zipf(right)
            if zl is None or zr is None or min(zl, zr) < min_zipf:
                continue
            rule = self._marked_rule(left, right, zl)
            if rule is None and marked_only:
                continue
            if rule is None:
                cand = Candidate(
                    f"{left} {right}", "split", "missing_space", self.edit_costs["split"], self.split_max_source
                )
            else:
                cand = Candidate(f"{left} {right}", "split", rule, marked.cost)
            yield cand, round(zl + zr - 9.0, 2)

    def _marked_rule(self, left: str, right: str, left_zipf: float) -> str | None:
        """The rule of a merge its shape marks, or None: a noun with the article after a common
        word (``وزارةالصحة``), or a word after a function word of ``data/merge_heads.txt``
        (``غيرمعروف``, ``إلاأن``)."""
        marked = self.marked_split
        if _before_article(right) and left_zipf >= marked.min_left_zipf:
            return "missing_space_before_article"
        if _after_particle(left) and (len(right) >= _WORD_MIN_LETTERS or right in marked.short_words):
            return "missing_space_after_particle"
        return None

    def may_split_by_shape(self, word: str) -> bool:
        """True when a merge marked by its shape may be split off ``word`` (a quick test: the
        parts' frequencies are not looked at).

        >>> ErrorModels().may_split_by_shape("وزارةالصحة"), ErrorModels().may_split_by_shape("الوزارة")
        (True, False)
        """
        return any(
            word[i - 1] in self.non_joining and (_before_article(word[i:]) or _after_particle(word[:i]))
            for i in range(2, len(word) - 1)
        )


HAMZA_ALEFS = "أإآ"
_MERGE_PROCLITICS = ("", "و", "ف")


@functools.cache
def listed_merges() -> dict[str, str]:
    """The merged spellings of the word pairs in ``data/merges.txt``, each with its pair.

    The words are joined as written, also without the hamza of a word's first alef (the web drops
    it), and after the proclitic و or ف.  Unlike the ``splits`` model these need no frequency: the
    merged forms are frequent on the web, and the list holds only pairs whose merged spelling is
    no word of its own.

    >>> merges = listed_merges()
    >>> merges["لايزال"], merges["ولابد"], merges["انشاءالله"]
    ('لا يزال', 'ولا بد', 'إن شاء الله')
    >>> "لاحق" in merges, "لاسيما" in merges, "فلاشك" in merges
    (False, False, False)
    """
    entries = word_list("merges.txt")
    words = {entry[1:] for entry in entries if entry.startswith("!")}  # spellings that are words
    merges: dict[str, str] = {}
    for phrase in sorted(entry for entry in entries if not entry.startswith("!")):
        spellings = [""]
        for word in phrase.split():
            forms = [word, "ا" + word[1:]] if word[0] in HAMZA_ALEFS else [word]
            spellings = [done + form for done in spellings for form in forms]
        for proclitic in _MERGE_PROCLITICS:
            for merged in spellings:
                if proclitic + merged not in words:
                    merges[proclitic + merged] = proclitic + phrase
    return merges


def _no_neighbour(core: str, listed: frozenset[str], insertion: bool, transposition: bool) -> bool:
    """No word of ``listed`` is ``core`` less one letter (from its third to its last but one) or
    ``core`` with two neighbours swapped (away from its ends): what :meth:`ErrorModels.edits` tries."""
    n = len(core)
    if insertion and not listed.isdisjoint([core[:i] + core[i + 1 :] for i in range(2, n - 1)]):
        return False
    swapped = [core[:i] + core[i + 1] + core[i] + core[i + 2 :] for i in range(1, n - 2)] if transposition else []
    return listed.isdisjoint(swapped)


def _inner_insertion(short: str, long: str) -> bool:
    """True when ``long`` is ``short`` with one letter added away from both ends."""
    return any(long[:j] + long[j + 1 :] == short for j in range(1, len(long) - 1))


def _once(seen: set[str], wrap: tuple[str, str], core: str, kind: str, rule: str, cost: float) -> Iterator[Candidate]:
    word = wrap[0] + core + wrap[1]
    if word not in seen:
        seen.add(word)
        yield Candidate(word, kind, rule, cost)
