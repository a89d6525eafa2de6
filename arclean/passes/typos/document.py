"""The document side of typo fixing: where the chunks to fix stand, what surrounds them, and
which rare words the document itself vouches for (names).

The pass never walks the whole text in Python: it finds the few chunks it changes with
``str.find`` (checking that whitespace or the text's edge bounds each hit) and reads the
neighbours of an occurrence only when a context rule needs them.

>>> occurrences("ان كان ان\\nان", {"ان"})
[(0, 'ان'), (7, 'ان'), (10, 'ان')]
>>> neighbours("وقال المصدر ان قوة", 12, 14).before
('المصدر', 'وقال')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping

from arclean.passes.typos.context import WINDOW, Neighbours
from arclean.passes.typos.tokens import WORD_CHARS, chunk_words

__all__ = ["SENTENCE_END", "document_names", "follows_name", "neighbours", "occurrences", "stands_in"]

SENTENCE_END = frozenset(".!?؟:؛…")
_OPENERS = frozenset("«\"“'(‹[{")
_LOOK = 240  # characters read around an occurrence for its neighbours


def occurrences(text: str, chunks: Iterable[str]) -> list[tuple[int, str]]:
    """Start offsets of each of ``chunks`` where it stands as a whole whitespace-free chunk."""
    found: list[tuple[int, str]] = []
    end_of_text = len(text)
    for chunk in chunks:
        size = len(chunk)
        pos = text.find(chunk)
        while pos != -1:
            end = pos + size
            if (pos == 0 or text[pos - 1].isspace()) and (end == end_of_text or text[end].isspace()):
                found.append((pos, chunk))
            pos = text.find(chunk, pos + 1)
    found.sort()
    return found


def follows_name(text: str, start: int, names: Collection[str]) -> bool:
    """True when the chunk at ``start`` comes right after a given name (or و + name) on its line,
    with only spaces between: ``هشام الاميري`` is a man and his surname, not a dropped hamza.

    >>> follows_name("قال هشام الاميري", 9, {"هشام"}), follows_name("هشام، الاميري", 6, {"هشام"})
    (True, False)
    """
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == start or end == 0:
        return False
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    previous = text[begin:end]
    return previous in names or (previous[:1] == "و" and previous[1:] in names)


def _first_word(segment: str) -> str | None:
    for chunk in segment.split():
        words = chunk_words(chunk)
        if words:
            return words[0].word
    return None


def neighbours(text: str, start: int, end: int, corrected: Callable[[str], str] = str) -> Neighbours:
    """The words around the word at ``text[start:end]``, within its line and sentence.

    ``corrected`` maps a neighbour to what the pass makes of it, so that the decision is the one
    the second run will take too (``غلى ان``: the ``ان`` after ``إلى``).
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    left = text[max(line_start, start - _LOOK) : start]
    right = text[end : min(line_end, end + _LOOK)]
    chunks = left.split()
    at_start = not chunks
    before: list[str] = []
    if chunks:
        # the last chunk may be glued to the word: «ان, (علي
        glued = not left[-1].isspace()
        last = chunks[-1]
        at_start = last[-1] in SENTENCE_END or (glued and last[-1] in _OPENERS)
        for chunk in reversed(chunks):
            if before and chunk[-1] in SENTENCE_END:
                break
            before.extend(reversed([w.word for w in chunk_words(chunk)]))
            if len(before) >= WINDOW:
                break
    after = _first_word(right)
    # a correction may be two words (a split: لايمكن → لا يمكن); count them as the second run will
    before = [part for w in before[:WINDOW] for part in reversed(corrected(w).split(" "))][:WINDOW]
    prev = "" if at_start else (before[0] if before else "")
    nxt = corrected(after).split(" ")[0] if after is not None else ""
    return Neighbours(prev, nxt, at_start, () if at_start else tuple(before))


def document_names(
    counts: Mapping[str, int],
    fixes: Mapping[str, str],
    targets: Mapping[str, Collection[str]],
    text: str,
    min_count: int,
) -> frozenset[str]:
    """Words the document repeats ``min_count`` times or more whose correction it never uses.

    ``counts``: occurrences of each suspect word; ``fixes``: suspect → its correction;
    ``targets``: every correction the pass may make in this document → the words it would
    replace.  A correction counts as used when it stands in the text or when any other word
    would be turned into it, which is what the text will hold after the pass: the decision is the
    same on the second run.
    """
    keep = set()
    for word, target in fixes.items():
        if counts.get(word, 0) < min_count or set(targets.get(target, ())) - {word}:
            continue
        if not stands_in(target, text):
            keep.add(word)
    return frozenset(keep)


def stands_in(words: str, text: str) -> bool:
    """True when every word of ``words`` stands in ``text`` as a whole word.

    >>> stands_in("إيران", "زار «إيران»"), stands_in("ان", "كان")
    (True, False)
    """
    for word in words.split(" "):
        pattern = re.compile(rf"(?<![\w{WORD_CHARS}]){re.escape(word)}(?![\w{WORD_CHARS}])")
        if pattern.search(text) is None:
            return False
    return True
