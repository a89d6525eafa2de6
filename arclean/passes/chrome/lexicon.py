"""The chrome lexicon: phrases that websites wrap around articles, each with its chrome type.

The phrases live in ``data/lexicon_*.tsv`` (one entry a line: type, match, strength, phrase), so a
linguist can add a site's "read also" without reading Python.  Phrases are stored folded (see
:func:`~arclean.passes.chrome.features.fold`) and matched against a line's folded key:

- ``line``: the whole line is the phrase, or a sequence of lexicon phrases ("من نحن سياسة الخصوصية");
- ``start``: the line starts with the phrase ("اقرأ أيضا: ...");
- ``label``: like ``start``, but only when a separator follows the phrase ("تصوير: أحمد"); on a
  short line without one ("تصوير أحمد حسن", but also "التاريخ يعيد نفسه") it is weak evidence, and a
  longer line ("تصوير الفيلم بدأ في الرياض مساء أمس بحضور المخرج") does not match;
- ``field``: like ``label``, but only with the separator: a field's name that is also a common
  word ("تحقيق: يوسف المرابط" is a byline, "قصة نجاح شاب من الصعيد" a headline);
- ``within``: the phrase occurs anywhere in a line of at most :data:`WITHIN_MAX_WORDS` words;
- ``end``: a short list heading ends with the phrase, after a word or two naming what is listed
  ("أفلام ذات صلة", "وصفات أخرى قد تعجبك");
- ``button``: a button's verb, alone or with "الآن" or a page's object (``data/button_objects.txt``:
  "احجز الآن", "شاركي الوصفة", "أضف إلى التقويم"), on a line of at most three words; with another
  object it is the writer's imperative ("أضف الفانيليا", "اكتب جملة اسمية").  The forms addressing
  a woman or many are entries of their own (``شاركي``, ``شاركوا``): Arabic imperatives are not one
  suffix away (أضف, أضيفي).

>>> from arclean.passes.chrome.features import shape
>>> lex = Lexicon.default()
>>> lex.match(shape("شارك هذا الخبر :"))
Evidence(kind='share', rule='phrase', strong=True)
>>> lex.match(shape("تصوير الفيلم بدأ في الرياض مساء أمس بحضور المخرج")) is None
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources
from typing import NamedTuple

from arclean.passes.chrome.features import KEYED_WORDS, WORD, Line, fold, swap_letters
from arclean.passes.chrome.folding import WordSet

__all__ = [
    "CHROME_TYPES",
    "WITHIN_MAX_WORDS",
    "Evidence",
    "Lexicon",
    "PhraseEntry",
    "phrase_alternation",
    "read_data_lines",
    "read_folded",
]

DATA_PACKAGE = "arclean.passes.chrome"

CHROME_TYPES = (
    "nav",
    "share",
    "related",
    "comments",
    "disclaimer",
    "author_bio",
    "copyright",
    "newsletter",
    "caption_credit",
    "tags",
    "date",
    "url",
    "other",
)
MATCH_MODES = ("line", "start", "label", "field", "within", "end", "button")
LEXICON_FILES = ("lexicon_ar.tsv", "lexicon_en.tsv")
WITHIN_MAX_WORDS = 80
_PROSE_WORDS = 5  # a line ending in sentence punctuation with this many words reads as prose
_LINK_LABEL_MAX_WORDS = 15  # "اقرأ أيضا:" and a headline, not a paragraph that answers its question
_OPENING_MAX_WORDS = 30  # a label ("تنبيه هام:", "تصوير:") opens lines up to this long
_OPENING_CHARS = 80  # ... and is found in this many first characters
_LABEL_ALONE_WORDS = 6  # a label without a separator is (weak) evidence only on lines this short
_FIELD_MAX_WORDS = 6  # a field with its separator opens a byline this short ("قصة: كيف تحولت ..." is a title)
_LABEL_SEPARATORS = ":-–—|/»>"
_HEADING_NAME_WORDS = 3  # what an ``end`` heading lists: "أفلام", "وصفات أخرى"
_BUTTON_MAX_WORDS = 3  # a button's verb and its object: "احفظي في المفضلة"
_DIGIT = re.compile(r"\d")


class Evidence(NamedTuple):
    """Why a line, on its own, looks like chrome: its type, the rule that saw it, and how sure it is."""

    kind: str
    rule: str
    strong: bool


def read_data_lines(filename: str) -> list[str]:
    """The non-comment, non-blank lines of a data file in ``arclean/passes/chrome/data/``."""
    text = resources.files(DATA_PACKAGE).joinpath("data", filename).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def read_folded(filename: str) -> tuple[str, ...]:
    """The lines of a data file folded as lines are (:func:`fold`), each once, in the file's order.

    >>> read_folded("weekdays.txt")[:2]
    ('السبت', 'الاحد')
    """
    return tuple(dict.fromkeys(fold(line) for line in read_data_lines(filename)))


class PhraseEntry(NamedTuple):
    """What the lexicon knows of one phrase: its chrome type and strength."""

    kind: str
    strong: bool
    alone: bool = True  # a label: evidence without its separator too (on a short line, or as the whole line)


class Lexicon:
    """Compiled phrase tables.  Build one with :meth:`default` (cached) or from entries for tests."""

    def __init__(self, entries: Iterable[tuple[str, str, str, str]]) -> None:
        self.line: dict[str, PhraseEntry] = {}
        starts: dict[str, PhraseEntry] = {}
        labels: dict[str, PhraseEntry] = {}
        within: dict[str, PhraseEntry] = {}
        self._ends: dict[str, PhraseEntry] = {}
        self._buttons: dict[str, PhraseEntry] = {}
        tables = {
            "line": self.line,
            "start": starts,
            "label": labels,
            "field": labels,
            "within": within,
            "end": self._ends,
            "button": self._buttons,
        }
        for kind, mode, strength, phrase in entries:
            if kind not in CHROME_TYPES:
                raise ValueError(f"unknown chrome type {kind!r} for phrase {phrase!r}")
            if mode not in MATCH_MODES:
                raise ValueError(f"unknown match mode {mode!r} for phrase {phrase!r}")
            if strength not in ("strong", "weak"):
                raise ValueError(f"strength must be strong or weak, got {strength!r} for phrase {phrase!r}")
            key = fold(phrase)
            if not key:
                raise ValueError(f"phrase {phrase!r} has no letters")
            tables[mode].setdefault(key, PhraseEntry(kind, strength == "strong", mode != "field"))
        # First words of line phrases (also after a joining "و"): a line needs two to be a sequence.
        self._phrase_lengths = _lengths_by_opener(self.line)
        self._openers = frozenset(w for k in self._phrase_lengths for w in (k, "و" + k))
        self._starts = starts
        self._labels = labels
        self._within = within
        self._start_re = phrase_alternation(starts, anchored=True)
        self._label_re = phrase_alternation(labels, anchored=True)
        # a date's label opening a longer field name: "تاريخ النشر في الجريدة الرسمية: 2025/05/20"
        self.date_label = phrase_alternation([k for k, e in labels.items() if e.kind == "date"], anchored=True)
        self._within_re = phrase_alternation(within, anchored=False)  # the definition of within()
        self._opening_words = frozenset(k.split()[0] for k in (*starts, *labels))
        # A phrase can only occur in a line that has its longer words (a line-level prefilter), so
        # within() looks only at the phrases of the words it finds, in the order of the regex's
        # alternation (at one position, the first phrase of that order wins).
        self._within_order = sorted(within, key=len, reverse=True)
        self._within_by_word: dict[str, list[int]] = {}
        for index, phrase in enumerate(self._within_order):
            for word in _telling_words(phrase):
                self._within_by_word.setdefault(word, []).append(index)
        self._within_words = WordSet(self._within_by_word)
        # A line's words keep their digits, its key has them in ASCII: a phrase whose words all
        # hold digits may be in the key without its words among the line's.
        self._within_digits = [
            i for i, phrase in enumerate(self._within_order) if all(_DIGIT.search(w) for w in _telling_words(phrase))
        ]

    @classmethod
    @functools.cache
    def default(cls) -> Lexicon:
        """The shipped Arabic and English lexicon."""
        return cls(cls.shipped_entries())

    @staticmethod
    def shipped_entries() -> list[tuple[str, str, str, str]]:
        """The rows of the shipped lexicon files: (type, match, strength, phrase), in file order.

        Filter them and build a :class:`Lexicon` to measure what a part of the lexicon is worth.

        >>> ("share", "line", "strong", "شارك") in Lexicon.shipped_entries()
        True
        """
        entries = []
        for filename in LEXICON_FILES:
            for row in read_data_lines(filename):
                fields = row.split("\t")
                if len(fields) != 4:
                    raise ValueError(f"{filename}: expected 4 tab-separated fields, got {row!r}")
                entries.append((fields[0], fields[1], fields[2], fields[3]))
        return entries

    def __len__(self) -> int:
        tables = (self.line, self._starts, self._labels, self._within, self._ends, self._buttons)
        return sum(len(table) for table in tables)

    # ------------------------------------------------------------------------------ matching
    def match(self, line: Line) -> Evidence | None:
        """The lexicon evidence for one line, or None.

        A line that reads as a sentence (it ends in sentence punctuation) is not a widget: a
        phrase merely opening or inside it ("شارك ... في المؤتمر.", "اقرأ المزيد عن ...") is only
        weak evidence once it has a few words, and a weak whole-line label ("نعم.") is none.
        """
        evidence = self._match(line)
        if evidence is None or not line.sentence_end:
            return evidence
        if evidence.rule == "phrase":
            return evidence if evidence.strong else None
        if evidence.strong and line.words >= _PROSE_WORDS and not self._labelled_start(evidence, line):
            return Evidence(evidence.kind, evidence.rule, False)
        return evidence

    def _labelled_start(self, evidence: Evidence, line: Line) -> bool:
        """A "read also" start phrase with its separator before a headline's few words ("اقرأ
        أيضًا: لماذا ...؟"): a link's label, even when the headline is a question or a sentence.
        Other starts with a colon open the writer's lines too ("تابعوا: «...»", a quotation)."""
        if evidence.rule != "phrase-start" or evidence.kind != "related" or line.words > _LINK_LABEL_MAX_WORDS:
            return False
        if self._start_re is None:
            return False
        hit = self._start_re.match(line.key)
        return hit is not None and _separator_follows(line, hit.group(1))

    def _match(self, line: Line) -> Evidence | None:
        """The lexicon evidence for one line, before the sentence check of :meth:`match`.

        Short lines are matched against every table.  Longer lines can only open with a label or
        contain a long phrase; to stay cheap on paragraphs, a line is folded for the ``within``
        table only when one of the table's words occurs in it.
        """
        if not line.analysed:
            return None
        if line.words <= KEYED_WORDS:
            key = line.key
            if not key:
                return None
            entry = self.line.get(key)
            if entry is not None:
                return Evidence(entry.kind, "phrase", entry.strong)
            found = _strongest(self.opening(key, line), self.within(key), self._sequence(key))
            if line.words <= _HEADING_NAME_WORDS + 2 and (found is None or not found.strong):
                found = _strongest(found, self._short(key, line))
            return found
        opening = None
        if line.words <= _OPENING_MAX_WORDS and self._may_open(line):
            opening = self.opening(fold(line.text[:_OPENING_CHARS]), line)
        if opening is not None and opening.strong:
            return opening
        if line.words > WITHIN_MAX_WORDS:
            return opening
        hits = line.among(self._within_words)  # none: no phrase, and no key to build
        within = self._within_of(line.key, hits) if hits else None
        return within if opening is None else _strongest(opening, within)

    def opening(self, key: str, line: Line) -> Evidence | None:
        """A ``start`` or ``label`` phrase at the start of ``key`` (the line's folded opening)."""
        if line.numbered:  # the key of a numbered line starts after its number
            key = line.key
        if key.partition(" ")[0] not in self._opening_words:
            return None  # every phrase of the two tables is a whole first word and what follows it
        return self._match_opening(key, line)

    def _match_opening(self, key: str, line: Line) -> Evidence | None:
        """:meth:`opening` after its first-word prefilter: the two anchored phrase regexes."""
        hit = self._start_re.match(key) if self._start_re else None
        if hit:
            entry = self._starts[hit.group(1)]
            return Evidence(entry.kind, "phrase-start", entry.strong)
        hit = self._label_re.match(key) if self._label_re else None
        if hit:
            phrase = hit.group(1)
            entry = self._labels[phrase]
            if (entry.alone or line.words <= _FIELD_MAX_WORDS) and _separator_follows(line, phrase):
                if entry.kind == "disclaimer" and _marked(line):
                    return None  # "⚠️ تنبيه هام: لا تعط الطفل الأسبرين ...": the writer's note, flagged
                return Evidence(entry.kind, "phrase-label", entry.strong)  # (a field heads a byline, not a title)
            if entry.alone and key == phrase:
                return Evidence(entry.kind, "phrase-label", entry.strong)
            if entry.alone and line.words <= _LABEL_ALONE_WORDS:
                # "تصوير أحمد حسن" is a credit, "التاريخ يعيد نفسه" a headline: without a separator
                # a label is only weak evidence.
                return Evidence(entry.kind, "phrase-label", False)
        return None

    def within(self, key: str) -> Evidence | None:
        """A ``within`` phrase anywhere in ``key``: the phrase of ``_within_re.search(key)``."""
        return self._within_of(key, self._within_words.among(key.split()))

    def _within_of(self, key: str, hits: set[str]) -> Evidence | None:
        """:meth:`within`, given the table's words among the key's (or the line's) words."""
        padded = f" {key} "
        best, best_at = -1, len(padded)
        for index in sorted({i for word in hits for i in self._within_by_word[word]}.union(self._within_digits)):
            at = padded.find(f" {self._within_order[index]} ")
            if 0 <= at < best_at:  # the leftmost match; at a tie, the first phrase of the alternation
                best, best_at = index, at
        if best < 0:
            return None
        entry = self._within[self._within_order[best]]
        return Evidence(entry.kind, "phrase-within", entry.strong)

    def _short(self, key: str, line: Line) -> Evidence | None:
        """An ``end`` heading or a ``button`` on a short line that is no sentence and has no digit
        (the key keeps a count's digits: "أفلام ذات صلة 12" is not a heading).  A colon may end it
        ("شارك المراجعة:")."""
        if (line.sentence_end and not line.text.endswith(":")) or _DIGIT.search(key):
            return None
        words = key.split()
        if len(words) <= _BUTTON_MAX_WORDS:
            for size in range(len(words), 0, -1):
                entry = self._buttons.get(" ".join(words[:size]))
                if entry is not None:
                    rest = " ".join(words[size:])
                    if rest and rest not in _button_objects():
                        return None  # "أضف الفانيليا": the writer's imperative, not a button
                    return Evidence(entry.kind, "phrase-button", entry.strong)
        for size in (2, 3, 1):  # the phrase, then at least one listed word before it
            if size < len(words) <= size + _HEADING_NAME_WORDS:
                entry = self._ends.get(" ".join(words[-size:]))
                if entry is not None:
                    return Evidence(entry.kind, "phrase-end", entry.strong)
        return None

    def commands(self, word: str) -> bool:
        """A folded word that is a button's verb ("شارك", "انشر", "تبرع", "علقي"): an imperative."""
        return word in self._buttons

    def signs(self, word: str, separated: bool) -> bool:
        """A folded word that is a byline's label: before a separator any of them ("بقلم",
        "بواسطة", "قصة"), without one only those that are labels alone ("بقلم", "اعداد": not
        "قصة", which opens titles)."""
        entry = self._labels.get(word)
        return entry is not None and entry.kind == "author_bio" and (separated or entry.alone)

    def _may_open(self, line: Line) -> bool:
        """Whether the line's first word can start a ``start`` or ``label`` phrase (before folding)."""
        if line.numbered:
            return True
        first = WORD.search(swap_letters(line.text[:_OPENING_CHARS]).lower())
        return first is not None and first.group() in self._opening_words

    def _phrase_at(self, tokens: list[str], i: int) -> tuple[PhraseEntry | None, int]:
        """The longest line phrase starting at token ``i`` (also after a joining "و")."""
        for word, strip in ((tokens[i], False), (tokens[i][1:], True)):
            if strip and not (tokens[i].startswith("و") and len(tokens[i]) > 3):
                break
            for size in self._phrase_lengths.get(word, ()):
                if i + size <= len(tokens):
                    phrase = " ".join([word, *tokens[i + 1 : i + size]])
                    entry = self.line.get(phrase)
                    if entry is not None:
                        return entry, size
        return None, 0

    def _sequence(self, key: str) -> Evidence | None:
        """A line made of several lexicon phrases ("من نحن سياسة الخصوصية"), or mostly of them."""
        # "و" joins menu items ("مرأة و منوعات", "اقتصاد وبورصة"): it belongs to no phrase.
        tokens = [t for t in key.split() if t != "و"]
        if len(tokens) < 2 or len([t for t in tokens if t in self._openers]) < 2:
            return None
        covered = 0
        kinds: list[PhraseEntry] = []
        i = 0
        while i < len(tokens):
            entry, size = self._phrase_at(tokens, i)
            if entry is None:
                i += 1
                continue
            kinds.append(entry)
            covered += size
            i += size
        if len(kinds) < 2:
            return None
        if covered == len(tokens):
            strong = sum(e.strong for e in kinds) * 2 >= len(kinds)
            return Evidence(_majority(kinds), "phrase-sequence", strong)
        if len(tokens) >= 3 and covered * 3 >= len(tokens) * 2:
            return Evidence(_majority(kinds), "phrase-sequence", False)
        return None


@functools.cache
def _button_objects() -> frozenset[str]:
    """What a ``button`` verb may act on (``data/button_objects.txt``), folded; read once."""
    return frozenset(read_folded("button_objects.txt"))


def _lengths_by_opener(phrases: Iterable[str]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.split()
        lengths.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}


def phrase_alternation(phrases: Iterable[str], anchored: bool) -> re.Pattern[str] | None:
    """One regex for whole-word ``phrases``: at the start of a text (``anchored``) or anywhere.

    >>> phrase_alternation(["اقرا ايضا", "اقرا ايضا في"], anchored=True).match("اقرا ايضا في الموقع").group()
    'اقرا ايضا في'
    """
    phrases = list(phrases)
    if not phrases:
        return None
    # Longest first, so "اقرا ايضا في" wins over "اقرا ايضا"; phrases end at a word boundary.
    body = "|".join(re.escape(k) for k in sorted(phrases, key=len, reverse=True))
    return re.compile(("^" if anchored else r"(?<!\S)") + f"({body})(?!\\S)")


def _telling_words(phrase: str) -> list[str]:
    words = phrase.split()
    return [w for w in words if len(w) >= 4] or [w for w in words if len(w) >= 3] or words


def _mark(token: str) -> bool:
    """A token without a letter or a digit: a bullet, a dash, an emoji."""
    return not any(c.isalnum() for c in token)


def _marked(line: Line) -> bool:
    """The line opens with a mark or an emoji before its first word ("📌 تنويه: ...")."""
    first = line.text.split(None, 1)[:1]
    return bool(first) and _mark(first[0])


def _separator_follows(line: Line, phrase: str) -> bool:
    """A separator right after a label phrase: "تصوير: أحمد", "كتب - سامي", "الصورة | رويترز"."""
    n = len(phrase.split())
    raw = line.text.split()[line.numbered :]
    while raw and _mark(raw[0]):
        raw = raw[1:]  # a mark or an emoji before the label ("📷 الصورة: ...")
    head = raw[: n + 1]
    if any(tok[-1] in _LABEL_SEPARATORS for tok in head[:n]):
        return True
    return len(head) > n and head[n][0] in _LABEL_SEPARATORS


def _strongest(*found: Evidence | None) -> Evidence | None:
    """The first strong evidence, else the first weak one."""
    first = None
    for evidence in found:
        if evidence is not None:
            if evidence.strong:
                return evidence
            first = first or evidence
    return first


def _majority(entries: list[PhraseEntry]) -> str:
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.kind] = counts.get(e.kind, 0) + 1
    return max(counts, key=lambda k: counts[k])
