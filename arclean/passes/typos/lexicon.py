"""The language model: how often a word is written in Arabic, from the ``wordfreq`` package.

wordfreq's Arabic list (620k forms, from Wikipedia, subtitles, news, web and social text) keeps
hamza forms, ta marbuta and alef maqsura apart (``إلى`` 6.91, ``الى`` 6.03, ``غلى`` 3.59 on its
Zipf scale: log10 of occurrences per billion words), which is what scoring a correction needs.
A form the list does not hold is estimated from its core without clitics (``والتحاف`` from
``التحاف``), less the clitics' cost and a penalty for being unseen.

The list loads on first use (about half a second, ~90 MB), never at ``import arclean``.

>>> lex = Lexicon({"التحالف": 4.78, "والتحالف": 3.57})
>>> lex.score("والتحالف"), lex.score("وبالتحالف")
(3.57, 0.98)
>>> lex.score("qwerty")
0.0
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Mapping

from arclean.core import ArcleanError
from arclean.passes.typos.clitics import analyses, bases
from arclean.passes.typos.rules import load
from arclean.passes.typos.tokens import fold, is_plain

__all__ = ["FLOOR", "Lexicon", "wordfreq_lexicon"]

FLOOR = 0.0  # the score of a form the model knows nothing about
_ZIPF_TOP = 9.0  # wordfreq bucket i holds words of Zipf frequency 9 - i/100


class Lexicon:
    """Zipf frequencies of word forms, with a clitic-aware estimate for unseen forms."""

    def __init__(self, zipf: Mapping[str, float]) -> None:
        self._zipf: dict[str, float] = dict(zipf)
        spec = load("clitics.json")
        self._oov_penalty = float(spec["oov_penalty"])
        self._scores: dict[str, float] = {}
        self._deletions: dict[float, dict[str, tuple[str, ...]]] = {}
        self._at_least: dict[float, frozenset[str]] = {}
        self._skeletons: dict[float, dict[str, tuple[str, ...]]] = {}
        self._tops: dict[tuple[Callable[[str], str | None], float], dict[str | None, float]] = {}

    def __contains__(self, word: object) -> bool:
        return word in self._zipf

    def __len__(self) -> int:
        return len(self._zipf)

    @property
    def words(self) -> Mapping[str, float]:
        return self._zipf

    def zipf(self, word: str) -> float | None:
        """The listed frequency of exactly this form, or None."""
        return self._zipf.get(word)

    def score(self, word: str) -> float:
        """log10 frequency (Zipf scale) of ``word``, estimated through its clitics when unlisted."""
        known = self._zipf.get(word)
        if known is not None:
            return known
        cached = self._scores.get(word)
        if cached is not None:
            return cached
        best = FLOOR
        for a in analyses(word)[1:]:
            core = self._zipf.get(a.core)
            if core is None and a.suffix and a.core.endswith("ت"):  # مدينته = مدينة + ه
                core = self._zipf.get(a.core[:-1] + "ة")
            if core is not None:
                best = max(best, core - a.cost - self._oov_penalty)
        best = round(best, 2)
        if len(self._scores) > 500_000:
            self._scores.clear()
        self._scores[word] = best
        return best

    def frames(self, word: str) -> tuple[tuple[str, str, float], ...]:
        """The clitic frames ``(prefix, suffix, cost)`` of a word, for :meth:`framed_score`."""
        return tuple((a.prefix, a.suffix, a.cost) for a in analyses(word)[1:])

    def framed_score(
        self, word: str, frames: tuple[tuple[str, str, float], ...]
    ) -> tuple[float, float] | tuple[None, None]:
        """The score of an unlisted ``word`` through one of ``frames`` (another word's clitics),
        and its core's frequency; ``(None, None)`` when no frame holds a listed core.

        >>> lex = Lexicon({"الإعلام": 5.12})
        >>> lex.framed_score("وبالإعلام", lex.frames("وبالاعلام"))
        (1.32, 5.12)
        """
        best: float | None = None
        core_best = FLOOR
        zipf = self._zipf
        for prefix, suffix, cost in frames:
            end = len(word) - len(suffix)
            if end - len(prefix) < 2 or not word.startswith(prefix) or not word.endswith(suffix):
                continue
            core = zipf.get(word[len(prefix) : end])
            if core is not None:
                value = core - cost - self._oov_penalty
                best = value if best is None else max(best, value)
                core_best = max(core_best, core)
        if best is None:
            return None, None
        return round(max(best, FLOOR), 2), core_best

    def core_zipf(self, word: str) -> float:
        """How common the word's most frequent listed form is: itself, or its core without clitics.

        A candidate must be built from a common word; ``وبالإعلام`` may be unlisted, ``الإعلام``
        is not.  For two words (a split) it is the rarer one's.

        >>> Lexicon({"الإعلام": 5.2}).core_zipf("وبالإعلام")
        5.2
        """
        if " " in word:
            return min(self.core_zipf(part) for part in word.split(" "))
        zipf = self._zipf
        return max(zipf.get(a.core, FLOOR) for a in analyses(word))

    def explained_zipf(self, word: str) -> float:
        """How common the most common listed form is that ``word`` is built on (itself included).

        >>> Lexicon({"يكفون": 2.9}).explained_zipf("سيكفون")
        2.9
        """
        known = self._zipf.get(word)
        zipf = self._zipf
        best = max((zipf[b] for b in bases(word) if b in zipf), default=FLOOR)
        return best if known is None else max(known, best)

    def confusables(self, word: str, min_zipf: float = 2.0) -> tuple[str, ...]:
        """Listed words of frequency >= ``min_zipf`` with ``word``'s letter skeleton (hamza forms,
        ة/ه, ى/ي folded), ``word`` itself included if listed that high.

        >>> Lexicon({"إلى": 6.91, "الى": 6.03}).confusables("الي")
        ('إلى', 'الى')
        """
        return self._skeleton_index(min_zipf).get(fold(word), ())

    def _skeleton_index(self, min_zipf: float) -> dict[str, tuple[str, ...]]:
        index = self._skeletons.get(min_zipf)
        if index is None:
            grouped: dict[str, list[str]] = {}
            for listed, z in self._zipf.items():
                if z >= min_zipf:
                    grouped.setdefault(fold(listed), []).append(listed)
            index = self._skeletons[min_zipf] = {k: tuple(v) for k, v in grouped.items()}
        return index

    def top_zipf(self, key: Callable[[str], str | None], min_zipf: float) -> dict[str | None, float]:
        """The highest frequency (>= ``min_zipf``) of a listed word, per ``key`` of its skeleton.

        ``key`` must give words of one :func:`fold` skeleton one key.  Built on first use.

        >>> Lexicon({"إلى": 6.91, "الى": 6.03, "قبل": 5.5}).top_zipf(len, 2.0)
        {3: 6.91}
        """
        tops = self._tops.get((key, min_zipf))
        if tops is None:
            tops = {}
            zipf = self._zipf
            for skeleton, words in self._skeleton_index(min_zipf).items():
                k = key(skeleton)
                top = max(zipf[w] for w in words)
                if tops.get(k, -1.0) < top:
                    tops[k] = top
            self._tops[(key, min_zipf)] = tops
        return tops

    def listed_at_least(self, min_zipf: float) -> frozenset[str]:
        """The listed words of frequency >= ``min_zipf`` (built on first use).

        >>> sorted(Lexicon({"إلى": 6.91, "غلى": 3.59}).listed_at_least(4.0))
        ['إلى']
        """
        found = self._at_least.get(min_zipf)
        if found is None:
            found = self._at_least[min_zipf] = frozenset(w for w, z in self._zipf.items() if z >= min_zipf)
        return found

    def deletion_neighbours(self, word: str, min_zipf: float) -> tuple[str, ...]:
        """Listed words of frequency >= ``min_zipf`` that lose one letter to become ``word``.

        A deletion index (SymSpell's idea) answers this with one dictionary look-up instead of
        trying every letter at every position; it is built on first use.

        >>> Lexicon({"التحالف": 4.78}).deletion_neighbours("التحاف", 3.0)
        ('التحالف',)
        """
        return self.deletion_index(min_zipf).get(word, ())

    def deletion_index(self, min_zipf: float) -> Mapping[str, tuple[str, ...]]:
        """Each listed word of frequency >= ``min_zipf`` (three letters or more) less one letter,
        with the words that give it (built on first use).

        >>> Lexicon({"التحالف": 4.78}).deletion_index(3.0)["التحاف"]
        ('التحالف',)
        """
        index = self._deletions.get(min_zipf)
        return index if index is not None else self._build_deletions(min_zipf)

    def _build_deletions(self, min_zipf: float) -> dict[str, tuple[str, ...]]:
        grouped: dict[str, list[str]] = {}
        for word, z in self._zipf.items():
            if z < min_zipf or len(word) < 3:
                continue
            for i in range(len(word)):
                variant = word[:i] + word[i + 1 :]
                bucket = grouped.setdefault(variant, [])
                if word not in bucket:
                    bucket.append(word)
        index = {k: tuple(v) for k, v in grouped.items()}
        self._deletions[min_zipf] = index
        return index


def _wordfreq_buckets() -> Iterable[tuple[int, list[str]]]:
    try:
        import wordfreq
    except ImportError as exc:  # pragma: no cover - wordfreq is a declared dependency
        raise ArcleanError("the typos pass needs the 'wordfreq' package: pip install wordfreq") from exc
    path = wordfreq.available_languages("large").get("ar")
    if path is None:  # pragma: no cover
        raise ArcleanError("this wordfreq installation has no large Arabic word list")
    return enumerate(wordfreq.read_cBpack(path))


@functools.cache
def wordfreq_lexicon() -> Lexicon:
    """The shared lexicon of plain Arabic word forms from wordfreq's large Arabic list."""
    zipf: dict[str, float] = {}
    for index, bucket in _wordfreq_buckets():
        value = round(_ZIPF_TOP - index / 100, 2)
        words = [w for w in bucket if is_plain(w)]
        zipf.update(zip(words, itertools.repeat(value)))
    return Lexicon(zipf)
