"""Typo fixing: correct the spelling errors Arabic web text carries, and leave good text alone.

The pass finds candidates with explicit error models (candidates.py), scores them with word
frequencies from ``wordfreq`` (lexicon.py), replaces a word only when the evidence is strong
(decide.py) and lets neighbouring words decide the few ambiguous words (context.py).  It never
touches Latin-script tokens, numbers, URLs, words with diacritics, protected words, or rare words
that the document itself repeats (names), and it never changes the number of lines.

>>> fix = Typos()
>>> fix("وصل الوفد غلى غيران امس في اطار والتحاف")
'وصل الوفد إلى إيران أمس في إطار والتحالف'
>>> print(fix.explain("هذة الاردنية").changes[0])
line 1:1: typos/ta_marbuta_for_ha [ta_marbuta] (1.63): 'هذة' → 'هذه'
>>> Typos(protect=("غيران",))("غيران")
'غيران'
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable

from arclean.core import Change, ConfigError, Explanation, LineIndex, Pass, Safety, register
from arclean.passes.base import PRINTABLE
from arclean.passes.chrome.folding import swap_letters
from arclean.passes.typos.candidates import EDIT_KINDS, KINDS, listed_merges
from arclean.passes.typos.decide import LISTED_RULES, Ambiguous, Corrector, Decision, Fix
from arclean.passes.typos.document import document_names, follows_name, neighbours, occurrences
from arclean.passes.typos.rules import pair_list, parse_pairs, parse_words, read_user_file
from arclean.passes.typos.tokens import Word, chunk_words, is_plain
from arclean.passes.unicode import COMPOSED, nfc

__all__ = ["Typos"]

_PLAN_CACHE_LIMIT = 500_000
# A word corrected less often than this in the reference frequency list can be a name when the
# document repeats it (see ``doc_name_count``).
_NAME_ZIPF = 3.0
_CHROME_LINE_CHARS = 200  # a line this short may read as chrome once corrected (a skip link, a button)


@dataclasses.dataclass(frozen=True)
class _Item:
    """One correctable word of a chunk and what to do with it."""

    word: Word
    decision: Decision
    guarded: bool = False  # a fix its neighbours may withhold (data/context_classes.json)


@dataclasses.dataclass(frozen=True)
class _Plan:
    """What the pass does to one whitespace-free chunk wherever it occurs."""

    items: tuple[_Item, ...]
    replaced: str | None  # the corrected chunk, when no item depends on context
    suspects: tuple[tuple[str, str], ...]  # (word, correction) of the items that may be names
    name_sensitive: bool  # a given name before the chunk may change what is done

    def rebuild(self, chunk: str, choose: dict[int, str]) -> str:
        out, last = [], 0
        for index, after in sorted(choose.items()):
            word = self.items[index].word
            out += [chunk[last : word.start], after]
            last = word.end
        out.append(chunk[last:])
        return "".join(out)


class _Engine:
    """The corrector plus per-chunk plans, shared by every call of one pass instance."""

    def __init__(self, corrector: Corrector) -> None:
        self.corrector = corrector
        self.seen: set[str] = set()  # every chunk decided: a set, so a document's chunks are
        # checked against it straight from their list, without building a set of them first
        self.plans: dict[str, _Plan] = {}  # the chunks the pass changes (or may, by context)
        # the keys of ``plans`` again, as a set: intersecting a chunk list with a set is ~30 %
        # faster than with ``plans.keys()`` (measured on the plain corpus, warm)
        self.fixable: set[str] = set()

    def forget(self) -> None:
        self.seen.clear()
        self.plans.clear()
        self.fixable.clear()

    def learn(self, chunks: Iterable[str]) -> None:
        decide, guarded = self.corrector.decide, self.corrector.guarded
        plans = self.plans
        for chunk in chunks:
            self.seen.add(chunk)
            if is_plain(chunk):  # the common case: the chunk is one word (what chunk_words gives)
                decision = decide(chunk)
                words = () if decision is None else ((Word(0, len(chunk), chunk), decision),)
            else:
                words = tuple((w, d) for w in chunk_words(chunk) if (d := decide(w.word)) is not None)
            if not words:
                continue
            items = tuple(_Item(w, d, guarded(w.word, d)) for w, d in words)
            plan = _Plan(items, None, self._suspects(items), self._name_sensitive(items))
            if all(isinstance(i.decision, Fix) and not i.guarded for i in items):
                replaced = plan.rebuild(chunk, {n: i.decision.after for n, i in enumerate(items)})  # type: ignore[union-attr]
                plan = dataclasses.replace(plan, replaced=replaced)
            plans[chunk] = plan
            self.fixable.add(chunk)

    def _suspects(self, items: tuple[_Item, ...]) -> tuple[tuple[str, str], ...]:
        """The items a document that repeats them may show to be names (see ``doc_name_count``):
        fixed by an edit, or rare in the reference list."""
        score = self.corrector.lexicon.score
        return tuple(
            (i.word.word, i.decision.after)
            for i in items
            if isinstance(i.decision, Fix)
            and i.decision.rule not in LISTED_RULES
            and (i.decision.kind in EDIT_KINDS or score(i.word.word) < _NAME_ZIPF)
        )

    def _name_sensitive(self, items: tuple[_Item, ...]) -> bool:
        """True when the chunk's first word is corrected in a way a given name before it stops."""
        fixes_after_name = self.corrector.fixes_after_name
        return any(i.word.start == 0 and not fixes_after_name(i.decision) for i in items)


def _edited(text: str, edits: list[tuple[int, int, str]], begin: int = 0, end: int | None = None) -> str:
    """``text[begin:end]`` with ``edits`` (in order, inside those bounds) made.

    >>> _edited("وصل غلى بيروت", [(4, 7, "إلى")])
    'وصل إلى بيروت'
    """
    parts, last = [], begin
    for start, stop, fixed in edits:
        parts += [text[last:start], fixed]
        last = stop
    parts.append(text[last:end])
    return "".join(parts)


def _off_chrome(
    text: str, edits: list[tuple[int, int, str]], changes: list[Change] | None
) -> list[tuple[int, int, str]]:
    """``edits`` (in order) without those of a short line they would make read as web chrome.

    The chrome pass runs before this one and judged the line as written; corrected, it may match a
    chrome phrase (``تخطى غلى`` → ``تخطى إلى``, a skip link), and a second run would remove it.  Such
    a line keeps its typo, so that a pipeline stays idempotent; its changes leave ``changes`` too.

    >>> _off_chrome("تخطى غلى\\nوصل غلى", [(5, 8, "إلى"), (13, 16, "إلى")], None)
    [(13, 16, 'إلى')]
    """
    # Chrome matches words with hamza forms, ة/ه and ى/ي folded: most fixes are invisible to it.
    seen = [edit for edit in edits if swap_letters(text[edit[0] : edit[1]]) != swap_letters(edit[2])]
    dropped: set[tuple[int, int, str]] = set()
    k = 0
    while k < len(seen):
        line = _short_line(text, seen[k][0])
        if line is None:  # (a paragraph, found with two bounded scans)
            k += 1
            continue
        begin, end = line
        group = [seen[k]]
        while k + len(group) < len(seen) and seen[k + len(group)][0] < end:
            group.append(seen[k + len(group)])
        k += len(group)
        if _makes_chrome(text, begin, end, group):
            dropped.update(group)
    if not dropped:
        return edits
    return _without(text, edits, dropped, changes)


def _without(
    text: str, edits: list[tuple[int, int, str]], dropped: Iterable[tuple[int, int, str]], changes: list[Change] | None
) -> list[tuple[int, int, str]]:
    """``edits`` less ``dropped``; the changes made inside the dropped spans leave ``changes``."""
    dropped = set(dropped)
    if changes is not None:
        index = LineIndex(text)
        spans = [(index.locate(start), end - start) for start, end, _ in dropped]
        changes[:] = [
            c
            for c in changes
            if not any(c.line == line and 0 <= (c.column or 0) - column < size for (line, column), size in spans)
        ]
    return [edit for edit in edits if edit not in dropped]


def _splits_off_chrome(
    text: str, edits: list[tuple[int, int, str]], changes: list[Change] | None
) -> list[tuple[int, int, str]]:
    """``edits`` without their splits when, split, the page would lose a line to the chrome pass.

    A split adds a word, and the chrome pass counts words (a line of three words between paragraphs
    is a label, of four a teaser): ``لايزال التحقيق جاريا`` split reads as a teaser a second run of
    the pipeline would remove.  The whole page is judged again, so this runs only when a split is made.
    """
    splits = [e for e in edits if e[2].count(" ") > text.count(" ", e[0], e[1])]
    if not splits:
        return edits
    from arclean.passes.chrome.chrome import dropped_lines
    from arclean.passes.chrome.evidence import Judge

    judge = Judge.default()
    # The edited page first: it seldom loses a line, and then the page as written need not be judged.
    gained = dropped_lines(_edited(text, edits), judge)
    if not gained or gained.keys() <= dropped_lines(text, judge).keys():
        return edits
    return _without(text, edits, splits, changes)


def _short_line(text: str, offset: int) -> tuple[int, int] | None:
    """The bounds of the line holding ``offset`` when it has at most :data:`_CHROME_LINE_CHARS`
    characters, else None (each scan stops at that many characters)."""
    above = text.rfind("\n", max(offset - _CHROME_LINE_CHARS, 0), offset)
    if above == -1 and offset > _CHROME_LINE_CHARS:
        return None
    begin = above + 1
    end = text.find("\n", offset, begin + _CHROME_LINE_CHARS + 1)
    if end == -1:
        if len(text) - begin > _CHROME_LINE_CHARS:
            return None
        end = len(text)
    return begin, end


def _makes_chrome(text: str, begin: int, end: int, group: list[tuple[int, int, str]]) -> bool:
    """The line ``text[begin:end]`` gains chrome evidence with the edits of ``group``."""
    from arclean.passes.chrome.evidence import Judge
    from arclean.passes.chrome.features import shape

    judge = Judge.default()
    line, fixed = text[begin:end].strip(), _edited(text, group, begin, end).strip()
    before, after = judge.evidence(shape(line)), judge.evidence(shape(fixed))
    return after is not None and (before is None or (after.strong and not before.strong))


@register
@dataclasses.dataclass(frozen=True)
class Typos(Pass):
    """Correct Arabic typing errors (hamza, ة/ه, ى/ي, keyboard Shift, dropped/extra/swapped letters)
    and split the word pairs the web writes as one (``لايزال`` → ``لا يزال``, ``data/merges.txt``).

    Options: ``protect`` (words never changed) and ``protect_file`` (a word list, one a line);
    ``forced`` (``[[wrong, right], ...]``) and ``forced_file`` (``wrong<TAB>right`` lines), always
    applied; ``kinds`` (error kinds to correct, all when empty; without ``split``, merges stay);
    ``confidence`` (added to every kind's score threshold: higher is more cautious);
    ``doc_name_count`` (a rare word the document repeats this often, whose correction it never uses,
    is taken for a name; 0 turns this off).
    """

    name = "typos"
    summary = "correct Arabic typing errors (hamza, ta marbuta, alef maqsura, keyboard, dropped letters)"
    SAFETY = Safety.REWRITES_WORDS
    stage = 50
    # NFC keeps printable text printable; a correction is plain letters (and a space), which no
    # neighbour of a word composes with: a mark that could (U+0653-U+0655) would be part of the word.
    KEEPS = (PRINTABLE, COMPOSED)

    protect: tuple[str, ...] = ()
    protect_file: str = ""
    forced: tuple[tuple[str, str], ...] = ()
    forced_file: str = ""
    kinds: tuple[str, ...] = ()
    confidence: float = 0.0
    doc_name_count: int = 3

    def __post_init__(self) -> None:
        unknown = sorted(set(self.kinds) - set(KINDS))
        if unknown:
            raise ConfigError(f"typos: unknown error kind(s) {unknown}; known: {', '.join(KINDS)}")
        if self.doc_name_count < 0:
            raise ConfigError("typos: doc_name_count must be >= 0")
        protected = set(self.protect)
        if self.protect_file:
            protected |= parse_words(read_user_file(self.protect_file, "protect_file"))
        forced: dict[str, str] = {}
        if self.forced_file:
            forced.update(parse_pairs(read_user_file(self.forced_file, "forced_file"), self.forced_file))
        for pair in self.forced:
            if not (isinstance(pair, (tuple, list)) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
                raise ConfigError(f"typos: a forced correction is a [wrong, right] pair, got {pair!r}")
            forced[pair[0]] = pair[1]
        every = {**pair_list("forced.tsv"), **listed_merges(), **forced}
        for wrong, right in forced.items():
            if not is_plain(wrong) or not all(is_plain(p) for p in right.split(" ")):
                raise ConfigError(f"typos: forced correction {wrong!r} → {right!r} must be plain Arabic words")
            chained = [p for p in right.split(" ") if p in every]
            chained += [w for w, r in every.items() if wrong in r.split(" ")]
            if chained:
                # a second run would correct the correction: the pass would not be idempotent
                raise ConfigError(f"typos: forced correction {wrong!r} → {right!r} chains with {chained[0]!r}")
        self._set("_protected", frozenset(protected) - set(forced))
        self._set("_forced", forced)
        self._set("_engine_box", [])

    # ----------------------------------------------------------------- the contract
    # The text is composed first: the order of a word's marks must not change what is decided
    # (a pipeline's closing NFC reorders them, and a second run would decide again).
    def apply(self, text: str) -> str:
        return self._run(nfc(text), None)

    def explain(self, text: str) -> Explanation:
        changes: list[Change] = []
        out = self._run(nfc(text), changes)
        return Explanation(out, tuple(changes))

    @property
    def normalises_input(self) -> bool:
        return True

    def corrector(self) -> Corrector:
        """The per-word decision maker (loads the word frequencies on first use).

        >>> Typos().corrector().decide("هذة").after
        'هذه'
        """
        return self._engine().corrector

    def warm_up(self) -> None:
        """Load the word frequencies and build the decision maker's indexes (a few seconds)."""
        self.corrector().warm_up()

    # ----------------------------------------------------------------- machinery
    def _engine(self) -> _Engine:
        box: list[_Engine] = self._engine_box  # type: ignore[attr-defined]
        if not box:
            from arclean.passes.typos.lexicon import wordfreq_lexicon

            corrector = Corrector(
                wordfreq_lexicon(),
                kinds=self.kinds,
                protected=self._protected,  # type: ignore[attr-defined]
                forced=self._forced,  # type: ignore[attr-defined]
                confidence=self.confidence,
            )
            box.append(_Engine(corrector))
        return box[0]

    def _run(self, text: str, changes: list[Change] | None) -> str:
        if not text or text.isspace():
            return text  # (no chunk: the word frequencies need not load)
        # Printable text has no whitespace but " " and LF: cut at one character, without split()'s
        # whitespace test of every character.  The empty chunks (between two spaces) decide nothing.
        chunks = text.replace("\n", " ").split(" ") if PRINTABLE.holds(text) else text.split()
        engine = self._engine()
        if not engine.seen.issuperset(chunks):  # warm runs: every chunk already decided
            if len(engine.seen) > _PLAN_CACHE_LIMIT:
                engine.forget()
            engine.learn(set(chunks).difference(engine.seen))
        hits = engine.fixable.intersection(chunks)
        if not hits:
            return text
        plans = engine.plans
        found = occurrences(text, hits)
        keep = self._document_names(text, found, plans)
        index = LineIndex(text) if changes is not None else None
        edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
        names = engine.corrector.first_names
        for start, chunk in found:
            plan: _Plan = plans[chunk]
            after_name = plan.name_sensitive and follows_name(text, start, names)
            if plan.replaced is not None and not keep and not after_name and changes is None:
                fixed = plan.replaced
            else:
                fixed = self._fix_chunk(text, start, chunk, plan, keep, after_name, changes, index)
            if fixed != chunk:
                edits.append((start, start + len(chunk), fixed))
        edits = _splits_off_chrome(text, _off_chrome(text, edits, changes), changes)
        return _edited(text, edits)

    def _fix_chunk(
        self,
        text: str,
        start: int,
        chunk: str,
        plan: _Plan,
        keep: frozenset[str],
        after_name: bool,
        changes: list[Change] | None,
        index: LineIndex | None,
    ) -> str:
        choose: dict[int, str] = {}
        for n, item in enumerate(plan.items):
            word, decision = item.word, item.decision
            if word.word in keep:
                continue
            if after_name and word.start == 0 and not self.corrector().fixes_after_name(decision):
                continue
            if isinstance(decision, Ambiguous):
                around = neighbours(text, start + word.start, start + word.end, self._corrected)
                reading = self.corrector().context.resolve(word.word, around)
                fix = next((r for r in decision.readings if r.after == reading), None)
            else:
                fix = decision
            if fix is None:
                continue
            if item.guarded:
                around = neighbours(text, start + word.start, start + word.end, self._corrected)
                if self.corrector().classes.keeps(word.word, fix.rule, around):
                    continue
            choose[n] = fix.after
            if changes is not None and index is not None:
                line, column = index.locate(start + word.start)
                changes.append(
                    Change(
                        self.name,
                        fix.rule,
                        word.word,
                        fix.after,
                        line=line,
                        column=column,
                        kind=fix.kind,
                        score=fix.score,
                    )
                )
        return plan.rebuild(chunk, choose) if choose else chunk

    def _corrected(self, word: str) -> str:
        """What the pass makes of ``word`` where no context is needed."""
        decision = self.corrector().decide(word)
        return decision.after if isinstance(decision, Fix) else word

    def _document_names(self, text: str, found: list[tuple[int, str]], plans: dict[str, _Plan]) -> frozenset[str]:
        """Rare words the document repeats and whose correction it never uses: names, kept."""
        if not self.doc_name_count:
            return frozenset()
        counts: Counter[str] = Counter()
        for _, chunk in found:
            for word, _after in plans[chunk].suspects:
                counts[word] += 1
        if not counts or max(counts.values()) < self.doc_name_count:
            return frozenset()
        fixes = {word: after for _, chunk in found for word, after in plans[chunk].suspects}
        targets: dict[str, set[str]] = {}
        for _, chunk in found:
            for item in plans[chunk].items:
                decision = item.decision
                readings = decision.readings if isinstance(decision, Ambiguous) else (decision,)
                for fix in readings:
                    if fix is not None:
                        targets.setdefault(fix.after, set()).add(item.word.word)
        return document_names(counts, fixes, targets, text, self.doc_name_count)
