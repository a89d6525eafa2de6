"""Folding text for matching: the key of a line, and its folded words.

The definitions are plain ``str`` and ``re`` code (:func:`fold_letters`, :func:`fold`,
:func:`words`).  :func:`word_runs` computes ``words(fold_letters(text).lower())``, the cost of
every line the chrome pass reads, through a single-byte code page of Arabic web text: one encode,
one ``bytes.translate`` (fold, lower-case, delete marks, turn every other non-word character into a
space), one decode and one ``str.split``, all in C; :func:`fold_parts` stops before the decode and
cuts the bytes, which is cheaper still (a line's words are seldom needed as strings).  Each byte's
translation is computed from the definitions themselves, and the code page holds only characters
that those fold one at a time, so the two agree on every text the page encodes; other text takes
the definitions.

>>> fold("اقرأ أيضاً: «الإمارات»")
'اقرا ايضا الامارات'
>>> word_runs("مسؤوليةُ الإدارة، اليوم")
['مسووليه', 'الاداره', 'اليوم']
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "WORD",
    "WordSet",
    "ascii_digits",
    "fold",
    "fold_letters",
    "fold_parts",
    "join_parts",
    "key_of_parts",
    "swap_letters",
    "word_runs",
    "words",
]

# Letter variants that spelling and keyboards mix up.  Chained ``str.replace`` runs at C speed
# and skips letters that are absent.
_LETTER_PAIRS = (
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ى", "ي"),
    ("ی", "ي"),
    ("ئ", "ي"),
    ("ؤ", "و"),
    ("ة", "ه"),
    ("ک", "ك"),
)
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")  # harakat, Quranic marks, tatweel
_INDIC_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_DIGITS = {**{0x0660 + d: 0x30 + d for d in range(10)}, **{0x06F0 + d: 0x30 + d for d in range(10)}}
_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
_SPECIAL = re.compile("[\ufb50-\ufdff\ufe70-\ufefe\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_NON_WORD = re.compile(r"[\W_]+")
WORD = re.compile(r"[^\W_]+")
"""A word: a run of letters and digits.  Counting words so (on folded text, without harakat) keeps
every threshold stable when a later pass changes the spacing around punctuation."""
_ANY_WORD = re.compile(r"\w+")  # WORD where the text has no "_" (a simpler class: faster)


def swap_letters(text: str) -> str:
    """Only the letter variants folded (no marks removed, no NFKC): the cheapest comparable form."""
    for variant, plain in _LETTER_PAIRS:
        if variant in text:
            text = text.replace(variant, plain)
    return text


def fold_letters(text: str) -> str:
    """Letter variants folded (أ إ آ → ا, ى ئ → ي, ؤ → و, ة → ه), marks removed, punctuation kept.

    >>> fold_letters("مسؤولية الإدارة")
    'مسووليه الاداره'
    """
    if _SPECIAL.search(text):  # one scan for the rare cases
        if _PRESENTATION_FORM.search(text):  # "اخر اﻷخبار" with a lam-alef ligature
            text = unicodedata.normalize("NFKC", text)
        text = _MARKS.sub("", text)
    return swap_letters(text)


def fold(text: str) -> str:
    """The matching key of a text: letters folded, digits made ASCII, punctuation dropped, lower case.

    >>> fold("اقرأ أيضاً: «الإمارات»")
    'اقرا ايضا الامارات'
    """
    return ascii_digits(_NON_WORD.sub(" ", fold_letters(text).lower()).strip())


def words(folded: str) -> list[str]:
    """``WORD.findall(folded)``, faster.

    >>> words("اقرا_ايضا ١٢")
    ['اقرا', 'ايضا', '١٢']
    """
    return _ANY_WORD.findall(folded) if "_" not in folded else WORD.findall(folded)


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits made ASCII."""
    return text.translate(_DIGITS) if _INDIC_DIGIT.search(text) else text


# ------------------------------------------------------------------------------------ code page
# ASCII, the Arabic letters, marks, digits and punctuation of Arabic and Persian/Urdu web text, and
# the typographic marks news sites use.  Presentation forms stay out: a line holding one is folded
# with NFKC as a whole (not a character at a time), and so is a line with a Greek capital sigma,
# which lower-cases by context.
_PAGE_RANGES = (
    (0x0000, 0x007F),
    (0x060C, 0x060C),
    (0x061B, 0x061B),
    (0x061F, 0x063A),
    (0x0640, 0x0655),
    (0x0660, 0x066D),
    (0x0670, 0x0671),
    (0x0679, 0x0679),
    (0x067E, 0x067E),
    (0x0686, 0x0686),
    (0x0688, 0x0688),
    (0x0691, 0x0691),
    (0x0698, 0x0698),
    (0x06A4, 0x06A4),
    (0x06A9, 0x06A9),
    (0x06AF, 0x06AF),
    (0x06BA, 0x06BA),
    (0x06BE, 0x06BE),
    (0x06C1, 0x06C1),
    (0x06CC, 0x06CC),
    (0x06D2, 0x06D2),
    (0x06D4, 0x06D4),
    (0x06F0, 0x06F9),
    (0x00A0, 0x00A0),
    (0x00A3, 0x00A3),
    (0x00A7, 0x00A7),
    (0x00A9, 0x00A9),
    (0x00AB, 0x00AB),
    (0x00AE, 0x00AE),
    (0x00B0, 0x00B1),
    (0x00B7, 0x00B7),
    (0x00BB, 0x00BB),
    (0x00D7, 0x00D7),
    (0x00E9, 0x00E9),
    (0x00F7, 0x00F7),
    (0x200B, 0x200F),
    (0x2013, 0x2015),
    (0x2018, 0x2019),
    (0x201C, 0x201E),
    (0x2022, 0x2022),
    (0x2026, 0x2026),
    (0x2030, 0x2030),
    (0x2039, 0x203A),
    (0x20AC, 0x20AC),
    (0x2122, 0x2122),
    (0x25AA, 0x25AA),
    (0x25CF, 0x25CF),
)
_UNDEFINED = "\ufffe"  # how a charmap decoding table marks a byte with no character


def _one_by_one(char: str) -> str:
    """What the definitions make of one character: ``""`` (deleted), a word character or " "."""
    folded = fold_letters(char).lower()
    if folded and not WORD.fullmatch(folded):
        return " " if len(folded) == 1 else _UNDEFINED
    return folded if len(folded) <= 1 else _UNDEFINED


def _code_page() -> tuple[str, object, bytes, bytes]:
    """The page's decoding table, its encoding map, and the ``bytes.translate`` table and deletions
    that make of an encoded text its folded words separated by spaces."""
    chars = [chr(c) for low, high in _PAGE_RANGES for c in range(low, high + 1)]
    chars = [c for c in chars if not _PRESENTATION_FORM.match(c) and c != "\u03a3"]
    # A character whose fold is not a character of the page (or not one character) cannot be
    # translated byte by byte: it stays out of the page, and text holding it takes the definitions.
    while True:
        kept = [c for c in chars if (out := _one_by_one(c)) != _UNDEFINED and (out in ("", " ") or out in chars)]
        if kept == chars:
            break
        chars = kept
    if len(chars) > 256 or len(set(chars)) != len(chars):
        raise AssertionError(f"the chrome code page must hold 256 distinct characters, got {len(chars)}")
    decoding = "".join(chars).ljust(256, _UNDEFINED)
    table = bytearray(range(256))
    delete = bytearray()
    for byte, char in enumerate(chars):
        out = _one_by_one(char)
        if out == "":
            delete.append(byte)
        else:
            table[byte] = decoding.index(out)
            if out != " " and (out.isspace() or table[byte] in b" \t\n\r\x0b\x0c"):  # split() cuts at spaces only
                raise AssertionError(f"a word character that splits: {out!r}")
    return decoding, codecs.charmap_build(decoding), bytes(table), bytes(delete)


_DECODING, _ENCODING, _SPACED, _DELETE = _code_page()
_KEY_DIGITS = bytes(_DECODING.index(ascii_digits(c)) if c != _UNDEFINED else b for b, c in enumerate(_DECODING))


def fold_parts(text: str) -> list[bytes] | None:
    """The words of :func:`word_runs` as code-page bytes (cheaper to cut than strings: no search for
    the widest character of each), or ``None`` when ``text`` has a character outside the page.

    >>> join_parts(fold_parts("اقرأ أيضاً: «الإمارات»"))
    'اقرا ايضا الامارات'
    """
    try:
        data = codecs.charmap_encode(text, "strict", _ENCODING)[0]
    except UnicodeEncodeError:
        return None
    return data.translate(_SPACED, _DELETE).split()


def join_parts(parts: list[bytes]) -> str:
    """The words of :func:`fold_parts` as one string, separated by spaces."""
    return codecs.charmap_decode(b" ".join(parts), "strict", _DECODING)[0]


def key_of_parts(parts: list[bytes]) -> tuple[str, bool]:
    """``ascii_digits(join_parts(parts))``, and whether no digit changed (the parts are its words).

    >>> key_of_parts(fold_parts("عام ٢٠٢٠"))
    ('عام 2020', False)
    """
    data = b" ".join(parts)
    key = data.translate(_KEY_DIGITS)  # the same object when there is no digit to change
    return codecs.charmap_decode(key, "strict", _DECODING)[0], key is data


def word_runs(text: str) -> list[str]:
    """``words(fold_letters(text).lower())``: the folded, lower-cased words of ``text``.

    >>> word_runs("Read MORE: اقرأ أيضاً")
    ['read', 'more', 'اقرا', 'ايضا']
    """
    try:
        data = codecs.charmap_encode(text, "strict", _ENCODING)[0]
    except UnicodeEncodeError:  # a character outside the page
        return words(fold_letters(text).lower())
    return codecs.charmap_decode(data.translate(_SPACED, _DELETE), "strict", _DECODING)[0].split()


class WordSet:
    """Folded words to look for among a text's words, given as strings or as :func:`fold_parts`.

    >>> table = WordSet(["ايضا", "شارك"])
    >>> sorted(table.among_parts(fold_parts("اقرأ أيضاً"))), sorted(table.among(word_runs("اقرأ أيضاً")))
    (['ايضا'], ['ايضا'])
    """

    __slots__ = ("_encoded", "_words", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self._words: dict[bytes, str] = {}
        for word in self.words:
            try:
                self._words[codecs.charmap_encode(word, "strict", _ENCODING)[0]] = word
            except UnicodeEncodeError:
                continue  # no text inside the page has it among its words
        self._encoded = frozenset(self._words)

    def among(self, words: Iterable[str]) -> set[str]:
        """The table's words among ``words``."""
        return set(self.words.intersection(words))

    def among_parts(self, parts: list[bytes]) -> set[str]:
        """The table's words among the words ``parts`` (from :func:`fold_parts`) stand for."""
        found = self._encoded.intersection(parts)
        return {self._words[part] for part in found} if found else set()
