"""Tokenisation for typo fixing: which stretches of a text are Arabic words the pass may touch.

The text is first cut at whitespace (one C-level ``str.split``), so decisions are cached per
whitespace chunk.  Inside a chunk, a word is a maximal run of Arabic letters and marks that no
other letter or digit touches.  Only *plain* words - bare Arabic letters, no diacritics, no
tatweel, no Persian letters - are candidates for correction: a writer who put harakat on a word
chose its spelling, and a word glued to Latin letters or digits is a code, not a typo.  Chunks
that look like web addresses, e-mail addresses or hashtags are left alone as a whole, up to an
Arabic comma, semicolon or question mark: none is part of an address, and the punctuation pass
puts a space after it, so what follows it is judged as the chunk of its own it becomes.

>>> [t.word for t in chunk_words("(الاول،")]
['الاول']
>>> chunk_words("كَتَبَ") , chunk_words("COVIDغلى"), chunk_words("https://example.com/غلى")
((), (), ())
>>> chunk_words("https://example.com/غلى،غلى")
(Word(start=24, end=27, word='غلى'),)
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["LETTERS", "WORD_CHARS", "Word", "chunk_words", "fold", "is_plain"]

# The 36 letters of Arabic spelling (hamza forms, ta marbuta and alef maqsura included).
LETTERS = "\u0621-\u063a\u0641-\u064a"
# What else can sit inside an Arabic word: tatweel, harakat, superscript alef, Quranic marks,
# wasla and the extended (Persian, Urdu, ...) letters.
WORD_CHARS = LETTERS + "\u0640\u064b-\u065f\u0670\u0671-\u06d3\u06d5-\u06ed\u06fa-\u06ff"

# A run of word characters that no other word character (letter, digit, underscore) touches.
_WORD = re.compile(rf"(?<![\w{WORD_CHARS}])[{WORD_CHARS}]+(?![\w{WORD_CHARS}])")
_PLAIN = re.compile(f"[{LETTERS}]+")
# Chunks that are (or contain) addresses or tags: a URL scheme, www., an @, a leading #.
_WEB = re.compile(r"://|www\.|@|^#|\.(?:com|org|net|sa|html?|php)\b", re.IGNORECASE)
# Abbreviations written with dots between letters (د.م.ك, دي.سي.ان) are not words.
_DOTTED = re.compile(rf"[{WORD_CHARS}]\.[{WORD_CHARS}]")
# Marks that end an address or an abbreviation (see the module's docstring).
_ARABIC_MARKS = re.compile("[،؛؟]")

_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})


class Word(NamedTuple):
    """A plain Arabic word and where it sits in its chunk."""

    start: int
    end: int
    word: str


def is_plain(chunk: str) -> bool:
    """True when the whole chunk is one plain Arabic word (the common case, tested first).

    >>> is_plain("الأول"), is_plain("الأول،"), is_plain("الأوَّل")
    (True, False, False)
    """
    return _PLAIN.fullmatch(chunk) is not None


def chunk_words(chunk: str) -> tuple[Word, ...]:
    """The plain Arabic words of one whitespace-free chunk that the pass may correct."""
    if _PLAIN.fullmatch(chunk):
        return (Word(0, len(chunk), chunk),)
    if not (_WEB.search(chunk) or _DOTTED.search(chunk)):
        return _words_in(chunk, 0)
    found: list[Word] = []
    start = 0
    for piece in _ARABIC_MARKS.split(chunk):
        if not (_WEB.search(piece) or _DOTTED.search(piece)):
            found += _words_in(piece, start)
        start += len(piece) + 1
    return tuple(found)


def _words_in(piece: str, offset: int) -> tuple[Word, ...]:
    """The plain words of a piece of a chunk that is no address, placed in the chunk."""
    words = _WORD.finditer(piece)
    return tuple(Word(offset + m.start(), offset + m.end(), m.group()) for m in words if _PLAIN.fullmatch(m.group()))


def fold(word: str) -> str:
    """The word with hamza forms, ta marbuta and alef maqsura folded: the key context rules match.

    >>> fold("إلى الأمة")
    'الي الامه'
    """
    return word.translate(_FOLD)
