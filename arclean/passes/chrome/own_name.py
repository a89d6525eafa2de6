"""The page's own name: the outlet that signs its datelines and credits its pictures.

A site prints its name as the logo on the page's first line, then signs the article with it after the
place it reports from and credits its own pictures with it.  Those lines are chrome only beside that
logo: the same shapes name a club or a party elsewhere ("الفائز: الاتحاد").

>>> from arclean.passes.chrome.features import shape
>>> names = own_names(shape("صحيفة الخليج"))
>>> sorted(names)
['الخليج', 'صحيفه الخليج']
>>> signs_with(shape("رأس الخيمة: «الخليج»"), names), signs_with(shape("مشاة على طريق جبل جيس (الخليج)"), names)
('dateline', 'caption')
>>> signs_with(shape("الفائز: الخليج"), names) is None  # a field's value: no place signs with a bare colon
True
"""

from __future__ import annotations

import functools
import re

from arclean.passes.chrome.features import Line, fold
from arclean.passes.chrome.lexicon import read_folded

__all__ = ["own_names", "signs_with"]

_LOGO_MAX_WORDS = 4  # "جريدة الأنباء الكويتية", "سكاي نيوز عربية"
_PLACE_MAX_WORDS = 3  # what signs before the name: "رأس الخيمة", "لندن", "المصدر"
_CAPTION_MAX_WORDS = 20
_OPENERS = '(«"“'
_CLOSERS = ')»"”'
# the last separator between a place and the name: a dash, a bar, a slash, a colon, or a tatweel
# standing alone as a dash ("روصو ـ (السراج)")
_SEPARATOR = re.compile(r"\s*(?:[-–—|/:]|(?<=\s)ـ(?=\s))\s*")


@functools.cache
def _outlet_nouns() -> tuple[str, ...]:
    return read_folded("outlet_nouns.txt")


@functools.cache
def _source_labels() -> frozenset[str]:
    return frozenset(read_folded("source_labels.txt"))


def own_names(first: Line) -> frozenset[str]:
    """The folded names a page's first line gives the site, when it is short enough to be a logo:
    the line, and the line without an outlet's noun ("صحيفة الخليج" is "الخليج" too)."""
    if first.words > _LOGO_MAX_WORDS or first.sentence_end or not first.arabic:
        return frozenset()
    key = first.key
    head, _, rest = key.partition(" ")
    return frozenset({key, rest} if rest and head in _outlet_nouns() else {key})


def signs_with(line: Line, names: frozenset[str]) -> str | None:
    """``"dateline"`` when ``line`` is a place (or a source's label) and one of ``names``
    ("العين (الاتحاد)", "لندن – «القدس العربي»:", "إسطنبول/ الأناضول", "المصدر: سكاي نيوز عربية"),
    ``"caption"`` when it is a picture's description credited to it ("نساء يجنين الزعفران (هسبريس)"),
    else None."""
    if line.words > _CAPTION_MAX_WORDS or (line.sentence_end and not line.text.rstrip().endswith(":")):
        return None
    key = line.key
    name = next((n for n in names if key.endswith(n) and (len(key) == len(n) or key[-len(n) - 1] == " ")), None)
    if name is None:
        return None
    text = line.text.strip().rstrip(":").rstrip()
    if text.startswith("#"):
        return "dateline" if fold(text) == name else None  # the site's hashtag, "#عكاظ"
    if text.endswith(")") and "(" in text:  # "العين (الاتحاد)", "... (هسبريس)"
        before, _, credited = text.rpartition("(")
        if fold(credited) != name:
            return None
        before = _SEPARATOR.sub(" ", before).strip()
        place = len(before.split())
        if 1 <= place <= _PLACE_MAX_WORDS:
            return "dateline"
        return "caption" if place > _PLACE_MAX_WORDS and not _ends_sentence(before) else None
    separators = list(_SEPARATOR.finditer(text))
    if not separators:
        return None
    last = separators[-1]
    before, credited = text[: last.start()], text[last.end() :]
    if fold(credited) != name or not 1 <= len(before.split()) <= _PLACE_MAX_WORDS:
        return None
    quoted = credited[:1] in _OPENERS and credited[-1:] in _CLOSERS
    # after a bare colon, only a source's label signs: "المصدر: سكاي نيوز عربية", not "الفائز: الاتحاد"
    if last.group().strip() == ":" and not quoted and fold(before) not in _source_labels():
        return None
    return "dateline"


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS + " ").endswith((".", "!", "؟", "?"))
