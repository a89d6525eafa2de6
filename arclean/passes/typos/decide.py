"""The decision: replace a word only with strong evidence, and only with a word that stays put.

For a written word w and a candidate c from the error models, the evidence is

    score = log10 f(c) - log10 f(w) - cost(error)

(frequencies from the language model, the cost from how common the error is).  A candidate wins
when its score reaches its kind's ``min_score``, it is a listed form (``min_zipf``) of a common
word (``min_core_zipf``), the written word is not too common to be a word in its own right
(``max_source_zipf``) and no other candidate comes within ``margin`` of it; thresholds live in
``data/thresholds.json``.  Words listed in ``data/context.json`` get their readings and are
decided per occurrence by their neighbours; so are the fixes of the classes that
``data/context_classes.json`` names (:meth:`Corrector.guarded`).

Every replacement is checked to be a fixed point (the corrected word is never corrected again), so
the pass is idempotent word by word.  Decisions are cached per word.

>>> from arclean.passes.typos.lexicon import Lexicon
>>> lex = Lexicon({"إلى": 6.91, "الى": 6.03, "غلى": 3.59, "التحالف": 4.78, "والتحالف": 3.57})
>>> c = Corrector(lex)
>>> c.decide("غلى")
Fix(after='إلى', kind='keyboard', rule='missed_shift', score=2.32)
>>> c.decide("والتحاف").after
'والتحالف'
>>> c.decide("إلى") is None
True
"""

from __future__ import annotations

import functools
import math
from collections.abc import Collection, Mapping
from typing import NamedTuple

from arclean.passes.given_names import given_names
from arclean.passes.typos.candidates import (
    EDIT_KINDS,
    HAMZA_ALEFS,
    Candidate,
    ErrorModels,
    listed_merges,
    reach_key,
)
from arclean.passes.typos.clitics import proclitic_strings
from arclean.passes.typos.context import ClassRules, ContextRules
from arclean.passes.typos.lexicon import Lexicon
from arclean.passes.typos.rules import load, pair_list, word_list
from arclean.passes.typos.tokens import fold

__all__ = ["LISTED_RULES", "Ambiguous", "Corrector", "Decision", "Fix"]

_CACHE_LIMIT = 1_000_000
# Corrections read off a list, not guessed from frequencies: neither a given name before the word
# nor a document repeating it makes it a name.
LISTED_RULES = frozenset({"forced_correction", "listed_merge"})
_NISBA_ENDINGS = ("ة", "ون", "ين", "ان")
_ADJECTIVE_ENDINGS = (*_NISBA_ENDINGS, "ه", "ا", "ات", "تان", "تين")  # ه: the web's ة (موقته)


class Fix(NamedTuple):
    """Replace the word with ``after``; ``kind`` is the error type, ``score`` the evidence."""

    after: str
    kind: str
    rule: str
    score: float


class Ambiguous(NamedTuple):
    """The word has several readings; its neighbours decide each occurrence (see context.py)."""

    readings: tuple[Fix, ...]


Decision = Fix | Ambiguous | None


class _Threshold(NamedTuple):
    min_score: float
    min_zipf: float
    min_core_zipf: float
    max_source_zipf: float
    margin: float


def _thresholds(extra: float) -> dict[str, _Threshold]:
    spec = load("thresholds.json")
    return {
        kind: _Threshold(v["min_score"] + extra, v["min_zipf"], v["min_core_zipf"], v["max_source_zipf"], v["margin"])
        for kind, v in spec.items()
        if not kind.startswith("_")
    }


def _with_affixes(words: Collection[str], endings: tuple[str, ...]) -> set[str]:
    """Every word as written, after any proclitic and with any of ``endings``.

    >>> sorted(_with_affixes(["موقت"], ("ة",)))[:3]
    ['الموقت', 'الموقتة', 'بالموقت']
    """
    return {p + w + e for p in proclitic_strings() for w in words for e in ("", *endings)}


class Corrector:
    """Per-word decisions for one configuration of the typo pass."""

    def __init__(
        self,
        lexicon: Lexicon,
        kinds: Collection[str] = (),
        protected: Collection[str] = (),
        forced: Mapping[str, str] | None = None,
        confidence: float = 0.0,
    ) -> None:
        self.lexicon = lexicon
        self.models = ErrorModels(kinds)
        self.thresholds = _thresholds(confidence)
        self.context = ContextRules.shipped()
        self.classes = ClassRules.shipped()
        # The shipped corrections give way to the user's protected words; the user's own win over both.
        shipped = {w: r for w, r in pair_list("forced.tsv").items() if w not in protected}
        self.forced: dict[str, str] = {**shipped, **(forced or {})}
        # Word pairs the web merges (لايزال), split with the ``split`` model; a protected word wins.
        merges = listed_merges() if "split" in self.models.edit_costs else {}
        self.merges: dict[str, str] = {w: r for w, r in merges.items() if w not in protected}
        # A forced or split target is a word the writer meant: never "correct" it.
        corrections = (*self.forced.values(), *self.merges.values())
        targets = frozenset(w for right in corrections for w in right.split(" "))
        self.protected = set(protected) | word_list("protected.txt") | targets
        # Names, loanwords and variant spellings as they are written: after any proclitic,
        # loanwords also as a nisba (الاسبانية, الايطاليون), variants with an adjective's endings
        # (الموقتة, موقتا).  A few thousand forms, so protection is one set look-up.
        self.protected |= _with_affixes(word_list("names.txt"), ())
        self.protected |= _with_affixes(word_list("loanwords.txt"), _NISBA_ENDINGS)
        self.protected |= _with_affixes(word_list("variants.txt"), _ADJECTIVE_ENDINGS)
        self.protected -= set(self.forced)
        self.first_names = given_names()
        after_name = load("thresholds.json")["_after_given_name"]
        self._after_name_zipf = float(after_name["min_zipf"])
        self._after_name_rules = frozenset(after_name["any_zipf_rules"])
        self._cache: dict[str, Decision] = {}
        self._edit_index_zipf = min(self.thresholds[k].min_zipf for k in EDIT_KINDS)
        self._confusable_zipf = min(t.min_zipf for k, t in self.thresholds.items() if k not in EDIT_KINDS)
        # One-letter edits and unmarked splits only for rare words; a split marked by its shape
        # (candidates.ErrorModels.splits) also for words up to the split kind's own bound.
        letter_edits = [self.thresholds[k].max_source_zipf for k in EDIT_KINDS if k != "split"]
        split_limit = self.thresholds["split"].max_source_zipf
        self._edit_max_source = max(*letter_edits, min(split_limit, self.models.split_max_source))
        self._marked_split_max_source = split_limit if "split" in self.models.edit_costs else -math.inf
        # A slip in one of the commonest words: wordfreq lists its commonest misspellings (الريئس
        # 1.55, كاانت 1.6) above the letter edits' bounds, and an unlisted one may read as a listed
        # base and an ending (الحكوة as الحكو + ة); a one-letter edit into a word this common
        # still corrects them, with a wider win.
        slips = load("thresholds.json")["_slips_of_common_words"]
        self._letter_edit_kinds = [k for k in EDIT_KINDS if k != "split" and k in self.models.edit_costs]
        self._slip_max_source = float(slips["max_source_zipf"]) if self._letter_edit_kinds else -math.inf
        self._slip_min_zipf = float(slips["min_zipf"])
        self._slip_extra_score = float(slips["extra_score"])
        self._slip_max_base = float(slips["max_base_zipf"])
        self._scored_max_source = max(self._edit_max_source, self._marked_split_max_source, self._slip_max_source)
        self._limit_cache: dict[str, _Threshold] = {}
        # No candidate wins with less than the lowest threshold (rule costs are never negative).
        costs_positive = all(r.cost >= 0 for r in self.models.rules)
        self._lowest_score = min(t.min_score for t in self.thresholds.values()) - 1e-9
        self._reach = costs_positive and reach_key("") is not None
        self._zipf = lexicon.words

    # ----------------------------------------------------------------- public
    def warm_up(self) -> None:
        """Build the indexes first use would build: the one-letter-deletion indexes at the
        frequencies this configuration looks up, the letter edits' and the slips' (the word list
        itself is loaded with the lexicon)."""
        for min_zipf in (self._edit_index_zipf, self._slip_min_zipf):
            self.lexicon.listed_at_least(min_zipf)
            if "deletion" in self.models.edit_costs or min_zipf == self._slip_min_zipf:
                self.lexicon.deletion_index(min_zipf)
        if self._reach:
            _ = self._reach_tops, self._skeleton_tops

    def decide(self, word: str) -> Decision:
        """What to do with every occurrence of ``word`` (cached)."""
        cache = self._cache
        if word in cache:
            return cache[word]
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        cache[word] = None  # provisional: breaks any cycle through stability checks
        decision = self._decide(word)
        cache[word] = decision
        return decision

    def is_protected(self, word: str) -> bool:
        """Protected words; names, loanwords and variant spellings, also with clitics and endings.

        >>> from arclean.passes.typos.lexicon import Lexicon
        >>> c = Corrector(Lexicon({}))
        >>> c.is_protected("واحمد"), c.is_protected("الاسبانية"), c.is_protected("الموقتة")
        (True, True, True)
        >>> c.is_protected("الاول")
        False
        """
        return word in self.protected

    def fixes_after_name(self, decision: Decision) -> bool:
        """May this decision apply right after a given name?  Only into a very common word, or by
        a rule that misspells names like any word (a final ى for ي: السديرى → السديري).

        >>> c = Corrector(Lexicon({"إلى": 6.91, "الأميري": 3.4}))
        >>> c.fixes_after_name(Fix("إلى", "hamza", "dropped_hamza", 0.9))
        True
        >>> c.fixes_after_name(Fix("الأميري", "hamza", "dropped_hamza", 1.1))
        False
        """
        if isinstance(decision, Fix) and (decision.rule in LISTED_RULES or decision.rule in self._after_name_rules):
            return True
        readings = decision.readings if isinstance(decision, Ambiguous) else (decision,)
        zipf = self.lexicon.zipf
        return all(r is not None and (zipf(r.after) or 0.0) >= self._after_name_zipf for r in readings)

    def guarded(self, word: str, decision: Decision) -> bool:
        """True when ``decision`` is a fix of a class whose neighbours may withhold it
        (``data/context_classes.json``): ``مسؤوليه`` after ``أحد`` is "his officials".

        >>> c = Corrector(Lexicon({}))
        >>> c.guarded("مسؤوليه", Fix("مسؤولية", "ta_marbuta", "ha_for_ta_marbuta_indefinite", 1.44))
        True
        >>> c.guarded("المسؤوليه", Fix("المسؤولية", "ta_marbuta", "ha_for_ta_marbuta", 1.8))
        False
        """
        return isinstance(decision, Fix) and self.classes.guards(word, decision.rule)

    def stable(self, word: str) -> bool:
        """True when the pass leaves ``word`` as it is wherever it stands."""
        return self.decide(word) is None

    # ----------------------------------------------------------------- the rules
    def _decide(self, word: str) -> Decision:
        forced = self.forced.get(word)
        if forced is not None:
            return Fix(forced, "forced", "forced_correction", 0.0)
        merged = self.merges.get(word)
        if merged is not None:
            return Fix(merged, "split", "listed_merge", 0.0)
        if len(word) < 2 or self.is_protected(word):
            return None
        if word in self.context:
            readings = tuple(Fix(r, "context", "context", 0.0) for r in self.context.readings(word) if self.stable(r))
            return self._typed_readings(word, readings)
        if self._out_of_reach(word):
            return None
        scored = self._scored(word)
        if not scored:
            return None
        scored.sort(key=lambda pair: -pair[1])
        best, best_score = scored[0]
        limits = self._limits(best.kind)
        rivals = [c for c, s in scored[1:] if s >= best_score - limits.margin]
        if rivals or best_score < limits.min_score or self._commoner_seat(word, best):
            return None
        if not all(self.stable(part) for part in best.word.split(" ")):
            return None
        return Fix(best.word, best.kind, best.rule, round(best_score, 2))

    def _commoner_seat(self, word: str, best: Candidate) -> bool:
        """True when a Shift slip reads as a dropped hamza letter of a commoner word as well.

        ل → لأ restores one seat only, and its written form is also the word with that letter
        dropped; when the same word with another seat is commoner, the writer more likely dropped
        that letter: ``الخر`` is ``الأخر`` by the slip, but more likely ``الآخر``.
        """
        if "keyboard" not in best.kind:
            return False
        zipf = self.lexicon.zipf(best.word) or 0.0
        for i, letter in enumerate(best.word):
            if letter not in HAMZA_ALEFS or best.word[:i] + best.word[i + 1 :] != word:
                continue
            for seat in HAMZA_ALEFS.replace(letter, ""):
                if (self.lexicon.zipf(best.word[:i] + seat + best.word[i + 1 :]) or 0.0) > zipf:
                    return True
        return False

    def _out_of_reach(self, word: str) -> bool:
        """True when a listed word too common for one-letter edits has no confusion that could
        win: no listed word its letter confusions can reach is common enough to beat it by the
        lowest threshold.  First one look-up of its :func:`reach_key` (most words are decided
        there), then one per skeleton the confusions would search, instead of the candidates.
        """
        listed = self._zipf.get(word)
        if listed is None or listed <= self._edit_max_source or not self._reach:
            return False
        if listed <= self._slip_max_source and self._slip_reaches(word):
            return False
        if listed <= self._marked_split_max_source and self.models.may_split_by_shape(word):
            return False
        # a candidate's score is its frequency less the word's less its (non-negative) cost;
        # the margin in _lowest_score keeps float rounding from deciding
        bar = listed + self._lowest_score
        top = self._reach_tops.get(reach_key(word))
        if top is None or top < bar:
            return True
        skeleton_tops = self._skeleton_tops
        return all(skeleton_tops.get(k, -math.inf) < bar for k in self.models.skeletons(word))

    def _slip_reaches(self, word: str) -> bool:
        """Whether a slip's fix can win for the listed ``word``: some listed word common enough to
        beat it is ``word`` with one letter dropped, added or swapped with its neighbour.  Then
        ``word`` or ``word`` less one letter equals that word or that word less one letter, which
        is what is tested (anywhere in the word: it lets through more than the letter edits try).

        >>> c = Corrector(Lexicon({"الحكومة": 5.9, "الحكوة": 1.6, "الحكموة": 1.6, "الكتاب": 1.6}))
        >>> c._slip_reaches("الحكوة"), c._slip_reaches("الحكموة"), c._slip_reaches("الكتاب")
        (True, True, False)
        """
        lexicon, zipf = self.lexicon, self._zipf
        index, common = lexicon.deletion_index(self._slip_min_zipf), lexicon.listed_at_least(self._slip_min_zipf)
        forms = [word, *(word[:i] + word[i + 1 :] for i in range(len(word)))]
        if index.keys().isdisjoint(forms) and common.isdisjoint(forms):  # (most words: two tests in C)
            return False
        bar = zipf[word] + self._slip_bar
        return any(zipf[form] >= bar for form in forms if form in common) or any(
            zipf[fix] >= bar for form in forms for fix in index.get(form, ())
        )

    @functools.cached_property
    def _slip_bar(self) -> float:
        """How much more frequent than the written word a slip's fix must at least be: the
        cheapest letter edit's cost and score, and a slip's extra score (less a rounding margin)."""
        kinds = self._letter_edit_kinds
        cheapest = min((self.models.edit_costs[k] for k in kinds), default=0.0)
        lowest = min((self.thresholds[k].min_score for k in kinds), default=0.0)
        return max(cheapest, 0.0) + lowest + self._slip_extra_score - 1e-9

    @functools.cached_property
    def _reach_tops(self) -> Mapping[str | None, float]:
        """The highest frequency a confusion could reach, by :func:`reach_key` (built on first use)."""
        return self.lexicon.top_zipf(reach_key, self._confusable_zipf)

    @functools.cached_property
    def _skeleton_tops(self) -> Mapping[str | None, float]:
        """The highest frequency by folded skeleton, for the words the reach key leaves open."""
        return self.lexicon.top_zipf(fold, self._confusable_zipf)

    def _typed_readings(self, word: str, readings: tuple[Fix, ...]) -> Decision:
        """Give each context reading the kind and score of the error model that explains it."""
        if not readings:
            return None
        explained = {c.word: (c, s) for c, s in self._scored(word, plausible_only=False)}
        typed = []
        for r in readings:
            c, s = explained.get(r.after, (None, 0.0))
            typed.append(Fix(r.after, c.kind, c.rule, round(s, 2)) if c else r)
        return Ambiguous(tuple(typed))

    def _limits(self, kind: str) -> _Threshold:
        limits = self._limit_cache.get(kind)
        if limits is None:
            parts = [self.thresholds[k] for k in kind.split("+")]
            limits = _Threshold(
                max(p.min_score for p in parts),
                max(p.min_zipf for p in parts),
                max(p.min_core_zipf for p in parts),
                min(p.max_source_zipf for p in parts),
                max(p.margin for p in parts),
            )
            self._limit_cache[kind] = limits
        return limits

    def _scored(self, word: str, plausible_only: bool = True) -> list[tuple[Candidate, float]]:
        """Candidates with their scores; with ``plausible_only``, those common enough to compete.

        The frequency list is complete down to its floor, so when the written word is listed, an
        unlisted candidate is rarer than it and cannot be a correction.  When the written word is
        unlisted too, both are compared through the same clitics (``وبالاعلام`` and
        ``وبالإعلام`` through ``الاعلام`` and ``الإعلام``).
        """
        lex = self.lexicon
        listed = lex.zipf(word)
        source = listed if listed is not None else lex.score(word)
        frames = () if listed is not None else lex.frames(word)
        out: list[tuple[Candidate, float]] = []

        def consider(
            cand: Candidate, lm: float | None = None, letter_edit: bool = False, only_slip: bool = False
        ) -> None:
            """``letter_edit``: a candidate that may pass as a slip in a common word where its
            kind's bounds stop it; ``only_slip``: only as such (the word is listed above the letter
            edits' bound, or unlisted and built on a listed base)."""
            limits = self._limits(cand.kind)
            extra = 0.0  # what a slip in a common word must win by on top of its kind's score
            if only_slip or (plausible_only and source > min(limits.max_source_zipf, cand.max_source_zipf)):
                if not letter_edit or source > self._slip_max_source:
                    return
                extra = self._slip_extra_score
            zipf = lex.zipf(cand.word) if " " not in cand.word else lex.core_zipf(cand.word)
            core = zipf
            if zipf is None or core is None:
                if listed is not None:
                    return
                framed, framed_core = lex.framed_score(cand.word, frames)
                if framed is None or framed_core is None:
                    return
                zipf, core = framed, framed_core
            if plausible_only and (
                (listed is not None and zipf < limits.min_zipf)
                or (core < limits.min_core_zipf and lex.core_zipf(cand.word) < limits.min_core_zipf)
            ):
                return  # a rare form, or not built on a common word
            if extra and zipf < self._slip_min_zipf:
                return
            out.append((cand, (zipf if lm is None else lm) - source - cand.cost - extra))

        def lookup(form: str) -> list[str]:
            found = list(lex.confusables(form, self._confusable_zipf))
            if listed is None:  # unlisted: correct the core, keep the clitics
                for prefix, suffix, _ in lex.frames(form):
                    core = form[len(prefix) : len(form) - len(suffix)]
                    found += [prefix + c + suffix for c in lex.confusables(core, self._confusable_zipf)]
            return found

        for cand in self.models.confusions(word, lookup):
            consider(cand)
        # One-letter edits only for words that are no form of a listed word (names are often
        # unlisted, but so are rare inflections: يتسابقن is يتسابق + ن, not a typo).
        if listed is not None and listed > self._scored_max_source:
            return out
        explained = lex.explained_zipf(word)
        every_edit = (listed is None or listed <= self._edit_max_source) and explained <= self._edit_max_source
        # Above the letter edits' bound a listed word may be a common misspelling, which wordfreq
        # lists too; a word built on a common listed base is a form of it (السدان: السد + ان), and
        # a rare listed word built on any listed base too (حكرة on حكر).
        slips = source <= self._slip_max_source and (
            (listed is not None and listed > self._edit_max_source)
            or (listed is None and explained <= self._slip_max_base)
        )
        if every_edit or slips:
            # (only slips: no candidate rarer than a slip's can count, not even as a rival)
            min_zipf = self._edit_index_zipf if every_edit else self._slip_min_zipf
            for cand in self.models.edits(word, lex, min_zipf):
                consider(cand, letter_edit=True, only_slip=not every_edit)
        if every_edit or explained <= self._marked_split_max_source:
            split_zipf = self.thresholds["split"].min_zipf
            for cand, lm in self.models.splits(word, lex, split_zipf, marked_only=not every_edit):
                consider(cand, lm)
        return out
