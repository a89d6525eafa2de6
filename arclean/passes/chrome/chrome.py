"""The ``chrome`` pass: drop the lines a website wrapped around the article, keep every line of it.

Decisions come from :mod:`~arclean.passes.chrome.rules`; this module runs them to a fixpoint (a
dropped line can change its neighbours' context, so the pass repeats until nothing more goes, which
makes it idempotent by construction), removes lines without leaving stray blank lines, and reports
every dropped line as a :class:`~arclean.core.Change` whose ``kind`` is the chrome type.  A
hard-wrapped page (a text dump, :mod:`~arclean.passes.chrome.wrapping`) is judged by its paragraphs,
and the fixpoint includes the paragraphs: what is left is judged as a second run would group it.

>>> page = "الرئيسية\\nرياضة\\nالهلال يفوز على النصر\\n\\n" + (
...     "فاز الهلال على النصر بهدفين نظيفين في المباراة التي أقيمت مساء أمس، وسط حضور جماهيري كبير.\\n\\n"
...     "شارك هذا الخبر")
>>> print(Chrome()(page))
الهلال يفوز على النصر
<BLANKLINE>
فاز الهلال على النصر بهدفين نظيفين في المباراة التي أقيمت مساء أمس، وسط حضور جماهيري كبير.
>>> for change in Chrome().explain(page):
...     print(change)
line 1: chrome/phrase [nav]: 'الرئيسية' → ''
line 2: chrome/phrase [nav]: 'رياضة' → ''
line 7: chrome/phrase [share]: 'شارك هذا الخبر' → ''
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Container

from arclean.core import Change, Explanation, Pass, Safety, register
from arclean.passes.base import PRINTABLE
from arclean.passes.chrome.evidence import Judge
from arclean.passes.chrome.features import Line
from arclean.passes.chrome.lexicon import CHROME_TYPES
from arclean.passes.chrome.lines import join_lines, remove_lines, split_lines
from arclean.passes.chrome.rules import Decision, Observed, decide
from arclean.passes.chrome.wrapping import paragraph_starts

__all__ = ["Chrome", "dropped_lines", "run_page"]

_CACHED_CHARS = 200  # lines up to this long are judged once per process (see _observe_short)


@register
@dataclasses.dataclass(frozen=True)
class Chrome(Pass):
    """Remove web chrome line by line: menus, share widgets, related-article lists, comment forms,
    disclaimers, author bios, copyright and newsletter lines, captions and credits, tags, date
    stamps and short links.

    ``keep`` names chrome types to leave in place, e.g. ``("date", "author_bio")``.

    >>> Chrome()("شارك هذا الخبر\\nارتفاع أسعار النفط\\nارتفعت أسعار النفط أمس بنسبة اثنين في المائة، بحسب السوق.")
    'ارتفاع أسعار النفط\\nارتفعت أسعار النفط أمس بنسبة اثنين في المائة، بحسب السوق.'
    """

    name = "chrome"
    summary = "drop web chrome lines (menus, share widgets, related links, comments, credits); keep the article"
    SAFETY = Safety.REMOVES_CONTENT
    stage = 40
    KEEPS = (PRINTABLE,)  # it only drops whole lines

    keep: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        keep = tuple(self.keep)
        unknown = sorted(set(keep) - set(CHROME_TYPES))
        if unknown:
            raise ValueError(f"keep: unknown chrome types {unknown}; known: {', '.join(CHROME_TYPES)}")
        object.__setattr__(self, "keep", keep)
        self._set("_judge", Judge.default())

    def apply(self, text: str) -> str:
        return _clean(text, self._judge, self.keep)[0]  # type: ignore[attr-defined]

    def explain(self, text: str) -> Explanation:
        out, dropped, raw = self._run(text)
        # Lines are cut at every break str.splitlines knows; a Change counts lines by "\n" like
        # every other pass (and the pipeline's mapping back to its input), so convert.
        newline_line, count = [], 0
        for line in raw:
            newline_line.append(count)
            count += line.count("\n")
        changes = tuple(
            Change(self.name, d.rule, raw[k].strip(), "", line=newline_line[k], kind=d.kind)
            for k, d in sorted(dropped.items())
        )
        return Explanation(out, changes)

    def apply_counted(self, text: str) -> tuple[str, Counter[str]]:
        out, dropped, _ = _clean(text, self._judge, self.keep)  # type: ignore[attr-defined]
        return out, Counter(f"{self.name}/{d.kind}" for d in dropped.values())

    def _run(self, text: str) -> tuple[str, dict[int, Decision], list[str]]:
        """The output, the dropped lines by original line number, and the original lines."""
        return run_page(text, self._judge, self.keep)  # type: ignore[attr-defined]


def run_page(text: str, judge: Judge, keep: tuple[str, ...] = ()) -> tuple[str, dict[int, Decision], list[str]]:
    """What :class:`Chrome` does to one page, with any :class:`Judge` (e.g. a reduced lexicon).

    Returns the output, the dropped lines by original line number, and the original lines.  The pass
    itself always uses :meth:`Judge.default`; this is for experiments such as
    ``benchmarks/chrome_generalisation.py``.

    >>> run_page("شارك\\nارتفعت أسعار النفط أمس بنسبة اثنين في المائة، بحسب السوق.", Judge.default())[0]
    'ارتفعت أسعار النفط أمس بنسبة اثنين في المائة، بحسب السوق.'
    """
    out, dropped, raw = _clean(text, judge, keep)
    return out, dropped, raw if raw is not None else split_lines(text)


def dropped_lines(text: str, judge: Judge) -> dict[int, Decision]:
    """The lines :func:`run_page` drops (by line number), without the output's lines.

    >>> dropped_lines("شارك\\nارتفعت أسعار النفط أمس بنسبة اثنين في المائة، بحسب السوق.", Judge.default())
    {0: Decision(kind='share', rule='phrase')}
    """
    return _clean(text, judge, ())[1]


def _clean(text: str, judge: Judge, keep: tuple[str, ...]) -> tuple[str, dict[int, Decision], list[str] | None]:
    """:func:`run_page`, with the original lines only when a line was dropped (else ``None``)."""
    lines = _bare_lines(text)  # the lines without their ends, when every line ends in "\n"
    raw = split_lines(text) if lines is None else None
    if lines is None:
        lines = raw
    observe = _observe_short if judge is Judge.default() else None
    seen: dict[str, Observed] = {}

    def observed_of(stripped: str) -> Observed:
        if observe is not None and len(stripped) <= _CACHED_CHARS:
            return observe(stripped)
        if stripped not in seen:
            seen[stripped] = Observed.of(Line(stripped), judge)
        return seen[stripped]

    alive = list(range(len(lines)))  # type: ignore[arg-type]
    dropped: dict[int, Decision] = {}
    starts = _starts(lines, alive)  # type: ignore[arg-type]
    while True:
        texts, continued = _paragraphs(lines, alive, starts)  # type: ignore[arg-type]
        observed = {k: observed_of(stripped) for k, stripped in texts.items()}
        nonblank: Container[int] = observed.keys() | continued.keys() if continued else observed
        present = [k for k in alive if k in observed]
        before = len(dropped)
        while True:
            decided = decide([observed[k] for k in present], judge)
            new = {present[i]: d for i, d in decided.items() if d.kind not in keep}
            if not new:
                break
            # A wrapped paragraph's other lines go with its first.
            new.update({other: new[k] for other, k in continued.items() if k in new})
            dropped.update(new)
            alive = remove_lines(alive, lines, set(new), nonblank=nonblank)  # type: ignore[arg-type]
            present = [k for k in alive if k in observed]
        if len(dropped) == before:
            break
        # What is left may wrap otherwise (its widest line gone): settle on what a second run sees.
        regrouped = _starts(lines, alive)  # type: ignore[arg-type]
        if regrouped == (None if starts is None else {k: starts[k] for k in alive}):
            break
        starts = regrouped
    if not dropped:
        return text, dropped, raw
    if raw is None:
        raw = [line + "\n" for line in lines]  # type: ignore[union-attr]
        if not text.endswith("\n"):
            raw[-1] = lines[-1]  # type: ignore[index]
    return join_lines(raw, alive), dropped, raw


def _starts(lines: list[str], alive: list[int]) -> dict[int, int] | None:
    """For each of the ``alive`` lines, the line its paragraph starts on, when they are hard-wrapped
    (:mod:`.wrapping`); else ``None``."""
    found = paragraph_starts(lines if len(alive) == len(lines) else [lines[k] for k in alive])
    return None if found is None else {k: alive[start] for k, start in zip(alive, found, strict=True)}


def _paragraphs(
    lines: list[str], alive: list[int], starts: dict[int, int] | None
) -> tuple[dict[int, str], dict[int, int]]:
    """The text to judge of each non-blank line among ``alive``, by line number, and the lines that
    continue another.  Each line is judged alone, unless ``starts`` groups them into paragraphs: then
    the first line of each carries the paragraph's text, and each of its other lines is mapped to it.
    """
    if starts is None:
        return {k: stripped for k in alive if (stripped := lines[k].strip())}, {}
    texts: dict[int, str] = {}
    continued: dict[int, int] = {}
    for k in alive:
        stripped = lines[k].strip()
        if starts[k] != k:
            texts[starts[k]] += " " + stripped
            continued[k] = starts[k]
        elif stripped:
            texts[k] = stripped
    return texts, continued


# Every line break str.splitlines knows but "\n": a text without them has the lines of text.split("\n").
_OTHER_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _bare_lines(text: str) -> list[str] | None:
    """``[line.rstrip("\n") for line in split_lines(text)]`` when "\n" is the text's only kind of line
    break (a memchr per kind, and a split in C, where splitlines tests every character); else ``None``."""
    if not PRINTABLE.holds(text):  # (every other break is non-printable: a text that passed has none)
        for mark in _OTHER_BREAKS:
            if mark in text:
                return None
    lines = text.split("\n")
    if len(lines) > 1 and not lines[-1]:
        lines.pop()  # the text's final line feed ends its last line
    return lines


@functools.lru_cache(maxsize=1 << 16)
def _observe_short(text: str) -> Observed:
    # Menus, share bars and teasers repeat on every page of a site: judge each once.
    return Observed.of(Line(text), Judge.default())
