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
_ELLIPSIS_END = re.compile(r"(?:\.{2,}|…)[\"'»”’)\]]*$")
_CLAUSE_MARK = re.compile(r"[،,؛;]")


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
    ellipsis_end: bool  # ends with ... or … (a truncated teaser, or a writer's trailing thought)
    clause_marks: bool  # has a comma or semicolon: prose, not a headline
    numbered: bool  # starts with list numbering ("1. ", "2) ")
    arabic: bool  # has Arabic letters
    latin_only: bool  # has Latin letters and no Arabic ones
    analysed: bool  # False for very long lines, which are body by construction

    @property
    def prose(self) -> bool:
        """Looks like running text: enough words and the punctuation of sentences.

        Headlines can be long too, so a line without commas needs a full stop or "!" at its end, and
        more words when that mark closes a quotation (a headline's "X: «quote!»" shape).  A long line
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
            return mark is not None and mark.group(1) in ".!" and (not closing or self.words >= 15)
        return self.words >= 20 and not self.ellipsis_end and self.text.count(":") < 2

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
        ellipsis_end=_ELLIPSIS_END.search(text) is not None,
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
_STOP_STEMS = frozenset(
    (
        "علي الي التي الذي الذين هذا هذه ذلك تلك بعد قبل بين عند عندم حيث كان كانت يكون تكون ليس "
        "لكن غير كما ايض انه انها منذ خلال حتي عدد اكثر اقل كل بعض احد مع ضمن نحو لدي لها لهم "
        "ومن وفي وقد قد اما اذا لقد وقال قال وقا تقو يقو امس اليو يوم عام مما فيه فيها عليه عليه"
    ).split()
)


def stems(text: str) -> set[str]:
    """Topic stems of a folded text: words of three letters or more, proclitics dropped, cut to four.

    >>> sorted(stems(fold("والمفاوضات مع العراق")))
    ['عراق', 'مفاو']
    """
    return {w[:4] for w in _PROCLITIC.sub("", text).split() if len(w) >= 3 and w[:4] not in _STOP_STEMS}
