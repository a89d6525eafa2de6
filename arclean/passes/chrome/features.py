"""Line features for chrome removal: what one line looks like, measured without looking at its neighbours.

Every feature is cheap (a few precompiled regexes and ``str`` methods per line), and lines longer
than :data:`MAX_ANALYSED_CHARS` are not analysed at all: such a line is body text by construction,
which also keeps adversarial input (a 10 MB line) linear.

>>> line = shape("2. اقرأ أيضاً")
>>> line.key, line.words, line.numbered, line.sentence_end
('اقرا ايضا', 2, True, False)
>>> shape("وقال الوزير إن المشروع سيكتمل قبل نهاية العام المقبل، بحسب البيان الرسمي.").prose
True
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

__all__ = ["MAX_ANALYSED_CHARS", "Line", "fold", "shape", "stems"]

MAX_ANALYSED_CHARS = 3000
"""Lines longer than this are body: no chrome phrase or widget is that long."""

# Folding for matching: letter variants that spelling and keyboards mix up, digits, case.
_FOLD_MAP: dict[int, int | None] = {
    **{ord(c): ord("ا") for c in "أإآٱ"},
    ord("ى"): ord("ي"),
    ord("ی"): ord("ي"),
    ord("ئ"): ord("ي"),
    ord("ؤ"): ord("و"),
    ord("ة"): ord("ه"),
    ord("ک"): ord("ك"),
    ord("ـ"): None,  # tatweel
    **{cp: None for cp in range(0x064B, 0x0660)},  # harakat, tanween, shadda, sukun, ...
    0x0670: None,  # superscript alef
    **{0x0660 + d: ord("0") + d for d in range(10)},  # Arabic-Indic digits
    **{0x06F0 + d: ord("0") + d for d in range(10)},  # Extended Arabic-Indic digits
}
_PRESENTATION_FORM = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFE]")
_NON_WORD = re.compile(r"[\W_]+")
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[a-zA-Z])\s*[.)\-]\s+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Sentence-final: a full stop, !, ?, ؟ or a colon, possibly followed by closing quotes/brackets.
# Two or more dots are an ellipsis (a truncated teaser), not a full stop.
_SENTENCE_END = re.compile(r"(?:(?<!\.)\.|[!?؟:…])[\"'»”’)\]]*$")
_FINAL_MARK = re.compile(r"([.!?؟:…])[\"'»”’)\]]*$")
_DOTS_END = re.compile(r"[.…]+(?=[\"'»”’)\]]*$)")
_NEWSY = re.compile(r"\d|\S\s*:\s*\S|[«»“”\"]|\S\s?\.\.\s?\S|[A-Za-z]{2,}")
_BULLETS = ("-", "–", "•", "*", "·", "▪", "●")
_CLAUSE_MARK = re.compile(r"[،,؛;]")


def _trailing_dots(text: str) -> int:
    match = _DOTS_END.search(text[-40:])
    if match is None:
        return 0
    dots = match.group()
    return 0 if dots == "." else dots.count(".") + 3 * dots.count("…")


def fold(text: str) -> str:
    """The matching key of a text: letter variants folded, punctuation dropped, lower case.

    >>> fold("اقرأ أيضاً: «الإمارات»")
    'اقرا ايضا الامارات'
    """
    if _PRESENTATION_FORM.search(text):  # "اخر اﻷخبار" with a lam-alef ligature
        text = unicodedata.normalize("NFKC", text)
    return _NON_WORD.sub(" ", text.translate(_FOLD_MAP).lower()).strip()


@dataclasses.dataclass(slots=True)
class Line:
    """One non-blank line and its shape.  ``key`` is the folded text without list numbering."""

    text: str
    key: str
    words: int
    chars: int
    sentence_end: bool  # ends like a sentence (. ! ? ؟ :), not with an ellipsis
    trailing_dots: int  # dots at the end ("…" counts 3): 3 is a teaser cut short, 2 or 4+ a writer's pause
    clause_marks: bool  # has a comma or semicolon: prose, not a headline
    numbered: bool  # starts with list numbering ("1. ", "2) ")
    arabic: bool  # has Arabic letters
    latin_only: bool  # has Latin letters and no Arabic ones
    analysed: bool  # False for very long lines, which are body by construction

    @property
    def prose(self) -> bool:
        """Looks like running text: enough words and the punctuation of sentences.

        Headlines can be long too, so a line without commas needs a full stop, "!" or ":" at its end
        (a question needs 15 words), and 15 words when that mark closes a quotation (a headline's
        "X: «quote!»" shape).  A long line
        without any punctuation is prose unless it strings headlines together with colons (a ticker).
        """
        if not self.analysed:
            return True
        if self.words < 10:
            return False
        if self.clause_marks:
            return True
        if self.sentence_end:
            mark = _FINAL_MARK.search(self.text)
            closing = mark is not None and mark.end(1) < len(self.text)
            if mark is None or (closing and self.words < 15):
                return False
            return mark.group(1) in ".!:" or self.words >= 15
        return self.words >= 20 and not self.trailing_dots and self.text.count(":") < 2

    @property
    def headline_quote(self) -> bool:
        """A headline quoting someone: 'X: "quote!"' — the final mark sits inside closing quotes."""
        if not self.sentence_end or ":" not in self.text:
            return False
        mark = _FINAL_MARK.search(self.text)
        return mark is not None and mark.end(1) < len(self.text)

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
            or self.text.startswith(_BULLETS)
        )

    @property
    def headline(self) -> bool:
        """Shaped like a headline or a menu item: short, no sentence punctuation at the end."""
        return self.analysed and self.words <= 20 and not self.sentence_end and not self.clause_marks


def shape(text: str) -> Line:
    """Measure one line (``text`` is stripped; it must not be blank)."""
    text = text.strip()
    chars = len(text)
    if chars > MAX_ANALYSED_CHARS:
        return Line(text, "", chars // 6, chars, True, False, True, False, True, False, False)
    numbered = bool(_LIST_NUMBER.match(text))
    body = _LIST_NUMBER.sub("", text, count=1) if numbered else text
    key = fold(body)
    arabic = _ARABIC_LETTER.search(text) is not None
    return Line(
        text=text,
        key=key,
        words=len(body.split()),
        chars=chars,
        sentence_end=_SENTENCE_END.search(text) is not None,
        trailing_dots=_trailing_dots(text),
        clause_marks=_CLAUSE_MARK.search(text) is not None,
        numbered=numbered,
        arabic=arabic,
        latin_only=not arabic and _LATIN_LETTER.search(text) is not None,
        analysed=True,
    )


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


def stems(text: str) -> set[str]:
    """Topic stems of a folded text: words of three letters or more, proclitics dropped, cut to four.

    >>> sorted(stems(fold("والمفاوضات مع العراق")))
    ['عراق', 'مفاو']
    """
    return {w for w in _stem_words(text) if w not in _STOP_STEMS}
