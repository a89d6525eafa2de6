"""Clitic analysis: the ways an Arabic word splits into proclitics, a core and a pronoun suffix.

Arabic writes conjunctions (و ف), prepositions (ب ل ك), the article (ال, ``لل`` after ل) and
object/possessive pronouns (ه ها هم ...) attached to the word.  A frequency list holds the common
combinations but not all of them, so the language model scores an unseen form from its core, and
the error models know where a stem starts (where a dropped hamza usually is).

>>> [(a.prefix, a.core, a.suffix) for a in analyses("والتحاف")]
[('', 'والتحاف', ''), ('و', 'التحاف', ''), ('وال', 'تحاف', '')]
>>> stem_start("بالاعلام")
3
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from typing import NamedTuple

from arclean.passes.typos.rules import load

__all__ = ["Analysis", "analyses", "bases", "conjunctions", "definite_prefixes", "proclitic_strings", "stem_start"]


class Analysis(NamedTuple):
    """``prefix + core + suffix == word``; ``cost`` estimates log10 f(core) - log10 f(word)."""

    prefix: str
    core: str
    suffix: str
    cost: float
    definite: bool


@functools.cache
def _tables() -> tuple[dict[str, tuple[float, bool]], dict[str, float], int]:
    """Proclitic strings (with their cost and whether they end in the article) and suffixes."""
    spec = load("clitics.json")
    conj = {"": 0.0, **spec["conjunctions"]}
    prep = {"": 0.0, **spec["prepositions"]}
    ((article, article_cost),) = spec["article"].items()
    prefixes: dict[str, tuple[float, bool]] = {}
    for (c, cc), (p, pc) in itertools.product(conj.items(), prep.items()):
        prefixes[c + p] = (cc + pc, False)
        with_article = spec["article_after_lam"] if p == "ل" else p + article
        prefixes[c + with_article] = (cc + pc + article_cost, True)
    return prefixes, dict(spec["pronouns"]), int(spec["min_stem"])


@functools.cache
def definite_prefixes() -> frozenset[str]:
    """The proclitic sequences that end in the article: ``ال وال بال لل ...``."""
    return frozenset(p for p, (_, definite) in _tables()[0].items() if definite)


@functools.cache
def _inflections() -> tuple[dict[str, tuple[str, ...]], str, str]:
    """Inflectional endings by their last letter (a form can only end in those), the future prefix."""
    spec = load("clitics.json")
    return _by_last_letter(spec["inflections"]), spec["future"]["prefix"], spec["future"]["before"]


def _by_last_letter(endings: Iterable[str]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for ending in endings:
        grouped.setdefault(ending[-1], []).append(ending)
    return {last: tuple(group) for last, group in grouped.items()}


@functools.cache
def _suffixes_by_last_letter() -> dict[str, tuple[str, ...]]:
    """The pronoun suffixes by their last letter, in their listed order."""
    return _by_last_letter(_tables()[1])


def bases(word: str) -> set[str]:
    """Forms ``word`` may be built on: its cores without clitics, without an inflectional ending,
    without the future prefix.  A word with a common base is a word, not a typo.

    >>> sorted(bases("سيكفون"))[:3]
    ['سيكف', 'سيكفو', 'يكف']
    """
    endings, future, before = _inflections()
    out: set[str] = set()
    for a in analyses(word):
        core = a.core
        forms = [core]
        if core.startswith(future) and len(core) > 3 and core[1] in before:
            forms.append(core[1:])
        for form in forms:
            out.add(form)
            for ending in endings.get(form[-1:], ()):
                if form.endswith(ending) and len(form) - len(ending) >= 2:
                    base = form[: -len(ending)]
                    out.add(base)
                    if base.endswith("ت"):
                        out.add(base[:-1] + "ة")
    out.discard(word)
    return out


@functools.cache
def conjunctions() -> frozenset[str]:
    """The conjunctions written attached to a word: ``و ف``."""
    return frozenset(load("clitics.json")["conjunctions"])


@functools.cache
def proclitic_strings() -> frozenset[str]:
    """Every proclitic sequence as written: ``"" و ب وب ال وال لل ولل ...``."""
    return frozenset(_tables()[0])


def stem_start(word: str) -> int:
    """Where the stem starts after the longest proclitic sequence that leaves a stem of 2+ letters."""
    prefixes, _, min_stem = _tables()
    for n in range(min(4, len(word) - min_stem), 0, -1):
        if word[:n] in prefixes:
            return n
    return 0


@functools.lru_cache(maxsize=100_000)
def analyses(word: str) -> tuple[Analysis, ...]:
    """Every split of ``word`` into known proclitics, a core of 2+ letters and a known suffix.

    The whole word (no clitic) comes first; a definite core takes no pronoun suffix.  Cores keep
    the article when the frequency list may hold them with it (``والتحاف`` → ``التحاف``).
    """
    prefixes, suffixes, min_stem = _tables()
    out = [Analysis("", word, "", 0.0, False)]
    for n in range(1, min(5, len(word) - min_stem + 1)):
        prefix = word[:n]
        if prefix in prefixes:
            cost, definite = prefixes[prefix]
            out.append(Analysis(prefix, word[n:], "", cost, definite))
    for suffix in _suffixes_by_last_letter().get(word[-1:], ()):
        if len(word) - len(suffix) < min_stem or not word.endswith(suffix):
            continue
        scost = suffixes[suffix]
        body = word[: -len(suffix)]
        for n in range(0, min(3, len(body) - min_stem + 1)):
            prefix = body[:n]
            if prefix in prefixes and not prefixes[prefix][1]:
                out.append(Analysis(prefix, body[n:], suffix, prefixes[prefix][0] + scost, False))
    return tuple(out)
