"""Line features for chrome removal: what one line looks like, measured without looking at its neighbours.

Every feature is cheap: ``str`` methods and a few precompiled regexes on the line's ends.  A line's
words are folded once, through a code page (:func:`~arclean.passes.chrome.folding.fold_parts`), and
kept as bytes; its matching key (the folded text as a string) is built when first asked for, and
eagerly only for short lines: the keys of paragraphs, the bulk of any text, are seldom needed.  Lines
longer than :data:`MAX_ANALYSED_CHARS` are body by construction, which keeps adversarial input (a
10 MB line) linear.

>>> line = shape("2. اقرأ أيضاً")
>>> line.key, line.words, line.numbered, line.sentence_end
('اقرا ايضا', 2, True, False)
>>> shape("وقال الوزير إن المشروع سيكتمل قبل نهاية العام المقبل، بحسب البيان الرسمي.").prose
True
"""

from __future__ import annotations

import re

from arclean.passes.chrome.folding import (
    WORD,
    WordSet,
    ascii_digits,
    fold,
    fold_letters,
    fold_parts,
    join_parts,
    key_of_parts,
    swap_letters,
    words,
)

__all__ = [
    "BULLETS",
    "CLOSERS",
    "KEYED_WORDS",
    "MAX_ANALYSED_CHARS",
    "WORD",
    "Line",
    "fold",
    "fold_letters",
    "shape",
    "stems",
    "swap_letters",
]

MAX_ANALYSED_CHARS = 3000
"""Lines longer than this are body: no chrome phrase or widget is that long."""

KEYED_WORDS = 12
"""Lines of at most this many words get their key at once: every lexicon table applies to them."""

_LONE_MARKS_HINT = re.compile(r"(?:^|\s)[^\w\s]")
_LONE_MARKS = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")  # a token of punctuation only
_GLUE_HINT = re.compile("[،؛؟,;?]")
# What the punctuation pass splits with a space (space_after_mark), also after it turned an ASCII
# , ; ? that follows an Arabic word into ، ؛ ؟ (ascii_to_arabic).
_GLUED = re.compile(r"(?:(?<=\S)[،؛؟]|(?<=[\u0620-\u064a\u064b-\u065f\u0670\u0640])[,;?])(?=[^\W\d_])")
_LIST_NUMBER = re.compile(r"\s*(?:(\d{1,3})|[a-zA-Z])\s*[.)\-]\s+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
CLOSERS = "\"'»”’)]"
"""Closing quotes and brackets that may follow a line's final mark."""
# Sentence-final: a full stop (not an ellipsis), !, ?, ؟, : or …, possibly before closing quotes.
_SENTENCE_END = re.compile(r"(?:(?<!\.)\.|[!?؟:…])[\"'»”’)\]]*$")
_FINAL_MARK = re.compile(r"([.!?؟:…])[\"'»”’)\]]*$")
_DOTS_END = re.compile(r"[.…]+[\"'»”’)\]]*$")
_NEWSY = re.compile(r"\d|\S\s*:\s*\S|[«»“”\"]|\S\s?\.\.\s?\S|[A-Za-z]{2,}")
BULLETS = ("-", "–", "•", "*", "·", "▪", "●")
"""Marks that open the items of a list."""
_LIST_MIN_BARS = 2  # a line with this many " | " separators lists items
_TAIL = 24  # characters at the end of a line that decide how it ends
_COUNTED_CHARS = 1000  # lines up to this long have their words counted exactly


class Line:
    """One non-blank line and its shape.  ``key`` is the folded text without list numbering."""

    __slots__ = (
        "_key",
        "_key_words",
        "_parts",
        "_parts_are_key",
        "_prose",
        "_runs",
        "_stems",
        "analysed",
        "arabic",
        "chars",
        "clause_marks",
        "latin",
        "latin_only",
        "numbered",
        "sentence_end",
        "text",
        "trailing_dots",
        "words",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = len(text)
        self._key: str | None = None
        self._key_words: list[str] | None = None  # key.split(), when known without splitting
        # The folded words: as code-page bytes (see folding.fold_parts), or for a text outside the
        # page as strings.  ``_parts_are_key``: the parts are the key's words (no digit made ASCII).
        self._parts: list[bytes] | None = None
        self._parts_are_key = False
        self._runs: list[str] | None = None
        self._stems: set[str] | None = None
        self._prose: bool | None = None
        self.analysed = self.chars <= MAX_ANALYSED_CHARS
        if not self.analysed:
            self._key = ""
            self.words = self.chars // 6
            self.sentence_end = self.clause_marks = True
            self.trailing_dots = 0
            self.numbered = self.latin = self.latin_only = False
            self.arabic = True
            return
        number = _LIST_NUMBER.match(text) if text[0].isdigit() or text[0].isascii() else None
        self.numbered = number is not None
        body = text[number.end() :] if number else text
        if self.chars <= _COUNTED_CHARS:
            parts = self._parts = fold_parts(body)
            if parts is not None:
                self.words = len(parts)
                if self.words <= KEYED_WORDS:
                    self._key, self._parts_are_key = key_of_parts(parts)
            else:
                runs = words(fold_letters(body).lower())
                self.words = len(runs)
                if self.words <= KEYED_WORDS:
                    self._key = ascii_digits(" ".join(runs))
                else:
                    self._runs = runs
        else:  # far past every word threshold: a cheap count does
            self.words = body.count(" ") + 1
        tail = text[-_TAIL:]
        self.sentence_end, self.trailing_dots = _ending(tail)
        self.clause_marks = "،" in text or "," in text or "؛" in text or ";" in text  # (any() is slower)
        self.arabic = _ARABIC_LETTER.search(text) is not None
        # Latin letters matter only on short lines (icon labels such as "in", "Poll Buttons").
        self.latin = self.words <= KEYED_WORDS and _LATIN_LETTER.search(text) is not None
        self.latin_only = self.latin and not self.arabic

    def __repr__(self) -> str:
        return f"Line({self.text!r})"

    @property
    def key(self) -> str:
        """The folded text (built on first use for long lines)."""
        if self._key is None:
            if self._parts is None and self._runs is None:
                self._fold()
            if self._parts is not None:
                self._key, self._parts_are_key = key_of_parts(self._parts)
            else:
                joined = " ".join(self.runs)
                self._key = ascii_digits(joined)
                if self._key is joined:  # no digits changed: the runs are the key's words
                    self._key_words = self._runs
        return self._key

    @property
    def runs(self) -> list[str]:
        """The folded words of the line (list numbering left out); none on a line too long to analyse."""
        if self._runs is None:
            if not self.analysed:
                return []
            if self._parts is None:
                self._fold()
            if self._runs is None:
                self._runs = join_parts(self._parts).split()  # type: ignore[arg-type]
        return self._runs

    def among(self, table: WordSet) -> set[str]:
        """The words of ``table`` that are words of the line (of :attr:`runs`)."""
        if self._parts is None and self._runs is None and self.analysed:
            self._fold()
        return table.among_parts(self._parts) if self._parts is not None else table.among(self.runs)

    @property
    def number(self) -> int | None:
        """The number a numbered list item opens with, or None.

        >>> shape("3. تليجرام").number, shape("ب) تليجرام").number, shape("تليجرام").number
        (3, None, None)
        """
        found = _LIST_NUMBER.match(self.text) if self.numbered else None
        return int(found.group(1)) if found and found.group(1) else None

    def _body(self) -> str:
        number = _LIST_NUMBER.match(self.text) if self.numbered else None
        return self.text[number.end() :] if number else self.text

    def _fold(self) -> None:
        body = self._body()
        self._parts = fold_parts(body)
        if self._parts is None:
            self._runs = words(fold_letters(body).lower())

    @property
    def stems(self) -> set[str]:
        """Topic stems of the line (see :func:`stems`), cached."""
        if self._stems is None:
            key = self.key
            if self._parts_are_key:
                self._stems = _stems_of_parts(self._parts)  # type: ignore[arg-type]
            else:
                self._stems = _stems_of(self._key_words if self._key_words is not None else key.split())
        return self._stems

    @property
    def prose(self) -> bool:
        """Looks like running text: enough words and the punctuation of sentences.

        Headlines can be long too, so a line without commas needs a full stop, "!" or ":" at its end
        (a question needs 15 words), and 15 words when that mark closes a quotation (a headline's
        'X: "quote!"' shape).  A long line without any punctuation is prose unless it strings
        headlines together with colons (a news ticker).  Cached: every fixpoint round asks again.
        """
        if self._prose is None:
            self._prose = self._is_prose()
        return self._prose

    def _is_prose(self) -> bool:
        if not self.analysed:
            return True
        if self.words < 10 or self.text.count(" | ") >= _LIST_MIN_BARS:
            return False  # (bars between items: a menu or a ticker, "برنت 64.7 $ | الذهب 3,328 $ | ...")
        if self.clause_marks:
            return True
        if self.sentence_end:
            mark = _FINAL_MARK.search(self.text[-_TAIL:])
            if mark is None or (self._quoted(mark) and self.words < 15):
                return False
            return mark.group(1) in ".!:" or self.words >= 15
        return self.words >= 20 and not self.trailing_dots and self.text.count(":") < 2

    @staticmethod
    def _quoted(mark: re.Match[str]) -> bool:
        return mark.end(1) < mark.end()

    @property
    def headline(self) -> bool:
        """Shaped like a headline or a menu item: short, no sentence punctuation at the end."""
        return self.analysed and self.words <= 20 and not self.sentence_end and not self.clause_marks

    @property
    def headline_quote(self) -> bool:
        """A headline quoting someone: 'X: "quote!"' — the final mark sits inside closing quotes."""
        if not self.sentence_end or ":" not in self.text:
            return False
        mark = _FINAL_MARK.search(self.text[-_TAIL:])
        return mark is not None and self._quoted(mark)

    @property
    def newsy(self) -> bool:
        """Marks of a news headline rather than a subhead or a verse: a number, a colon after a
        source ("الصحة: ..."), quotation marks, a ".." joint, Latin words, or a cut-off end."""
        return self.truncated or _NEWSY.search(self.text) is not None

    @property
    def truncated(self) -> bool:
        """Ends with exactly three dots or "…": how sites cut teaser headlines short."""
        return self.trailing_dots == 3

    @property
    def body_like(self) -> bool:
        """Punctuated like a writer's line: a sentence end, a pause (".."), a list bullet or number."""
        return (
            self.sentence_end
            or (self.trailing_dots > 0 and self.trailing_dots != 3)
            or self.numbered
            or self.text.startswith(BULLETS)
        )


def _ending(tail: str) -> tuple[bool, int]:
    """``(_SENTENCE_END.search(tail) is not None, _trailing_dots(tail))`` from string methods: the
    marks before the closing quotes and brackets decide both."""
    if tail.endswith("\n"):  # "$" also matches before a final line feed: keep the definitions
        return _SENTENCE_END.search(tail) is not None, _trailing_dots(tail)
    bare = tail.rstrip(CLOSERS)
    dots = len(bare) - len(bare.rstrip(".…"))
    if not dots:
        return bare[-1:] in ("!", "?", "؟", ":"), 0
    run = bare[-dots:]
    sentence_end = run[-1] == "…" or not run.endswith("..")  # a full stop, not the end of an ellipsis
    return sentence_end, 0 if run == "." else run.count(".") + 3 * run.count("…")


def _trailing_dots(tail: str) -> int:
    match = _DOTS_END.search(tail)
    if match is None:
        return 0
    dots = match.group().rstrip(CLOSERS)
    return 0 if dots == "." else dots.count(".") + 3 * dots.count("…")


def shape(text: str) -> Line:
    """Measure one line; ``text`` is stripped first and must not be blank.

    >>> line = shape("  الكويت: وفاة واحدة و151 إصابة جديدة بكورونا خلال 24 ساع... ")
    >>> line.words, line.truncated, line.headline, line.prose
    (10, True, True, False)
    """
    return Line(text.strip())


# ------------------------------------------------------------------------------------ topic words
# A crude stem: the folded word without the article and common one-letter proclitics, cut to four
# letters.  Good enough to tell whether a short line talks about the same things as the article.
_PROCLITIC = re.compile(r"(?<!\S)(?:وال|بال|فال|كال|لل|ال|و)(?=\S{3})")
_STOP_WORDS = (
    # function words
    "على الى التي الذي الذين هذا هذه ذلك تلك بعد قبل بين عند عندما حيث كان كانت يكون تكون ليس "
    "لكن غير كما ايضا انه انها منذ خلال حتى عدد اكثر اقل كل بعض احد مع ضمن نحو لدى لها لهم "
    "من في قد اما اذا لقد قال وقال تقول يقول امس اليوم يوم عام مما فيه فيها عليه عليها "
    # names and words so common in news that sharing them says nothing about the topic
    "محمد احمد عبد عبدالله الله علي بن ابن ابو رئيس الرئيس وزير مدير جديد جديدة اخر اول الاول "
    "الثاني كبير المملكة السعودية العربية دول الدول العالم مصر شهر ساعة دقيقة سنوات نهاية بداية"
)


def _stem_words(text: str) -> list[str]:
    return [w[:4] for w in _PROCLITIC.sub("", text).split() if len(w) >= 3]


_STOP_STEMS = frozenset(_stem_words(fold(_STOP_WORDS)))


# Stem of each word seen so far ("" for none): words repeat across lines and pages, so each is
# stemmed once.  Stemming word by word equals stemming the text (the proclitic rule looks no further
# than the word); the table is emptied when full, which keeps memory bounded.
_WORD_STEMS: dict[str, str] = {}
_WORD_STEMS_MAX = 1 << 17


def _stem_of(word: str) -> str:
    bare = _PROCLITIC.sub("", word)
    stem = bare[:4] if len(bare) >= 3 else ""
    stem = "" if stem in _STOP_STEMS else stem
    if len(_WORD_STEMS) >= _WORD_STEMS_MAX:
        _WORD_STEMS.clear()
    _WORD_STEMS[word] = stem
    return stem


def stems(text: str) -> set[str]:
    """Topic stems of a folded text: words of three letters or more, proclitics dropped, cut to four.

    >>> sorted(stems(fold("والمفاوضات مع العراق")))
    ['عراق', 'مفاو']
    """
    return _stems_of(text.split())


def _stems_of(words: list[str]) -> set[str]:
    found = set(map(_WORD_STEMS.get, words))
    if None in found:  # a word not seen before
        found = {_WORD_STEMS[w] if w in _WORD_STEMS else _stem_of(w) for w in words}
    found.discard("")
    return found


# The same, for words given as code-page bytes (folding.fold_parts): no string is built for a word
# seen before.
_PART_STEMS: dict[bytes, str] = {}


def _stem_of_part(part: bytes) -> str:
    word = join_parts([part])
    stem = _WORD_STEMS[word] if word in _WORD_STEMS else _stem_of(word)
    if len(_PART_STEMS) >= _WORD_STEMS_MAX:
        _PART_STEMS.clear()
    _PART_STEMS[part] = stem
    return stem


def _stems_of_parts(parts: list[bytes]) -> set[str]:
    found = set(map(_PART_STEMS.get, parts))
    if None in found:
        found = {_PART_STEMS[p] if p in _PART_STEMS else _stem_of_part(p) for p in parts}
    found.discard("")
    return found
