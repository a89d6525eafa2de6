"""The page's own name: the outlet that signs its datelines and credits its pictures.

A site prints its name as the logo on the page's first line, then signs the article with it after the
place it reports from and credits its own pictures with it.  Those lines are chrome only beside that
logo, and a dateline only where a site prints it (the rules place it): the same shapes name a club,
a city or a book elsewhere ("الفائز: الاتحاد", "مستشفى المقاصد (القدس)", "طه حسين: «الأيام»").

>>> from arclean.passes.chrome.evidence import Judge
>>> from arclean.passes.chrome.features import shape
>>> names, person = own_names(shape("صحيفة الخليج")), Judge.default().names_a_person
>>> sorted(names)
['الخليج', 'صحيفه الخليج']
>>> signs_with(shape("رأس الخيمة: «الخليج»"), names, person)
'dateline'
>>> signs_with(shape("مشاة على طريق جبل جيس (الخليج)"), names, person)
'caption'
>>> signs_with(shape("الخليج - محمد أوبلا - دبي"), names, person)
'dateline'
>>> signs_with(shape("المصدر: الخليج"), names, person)
'source'
>>> signs_with(shape("الفائز: الخليج"), names, person) is None  # a field's value: no place signs with a bare colon
True
>>> signs_with(shape("الجمعة: الوصل - الخليج"), names, person) is None  # a fixture: a row's cells
True"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from arclean.passes.chrome.features import Line, fold, shape
from arclean.passes.chrome.lexicon import read_folded

__all__ = ["last_cut", "own_names", "signs_with"]

_LOGO_MAX_WORDS = 4  # "جريدة الأنباء الكويتية", "سكاي نيوز عربية"
_PLACE_MAX_WORDS = 3  # what signs before the name: "رأس الخيمة", "لندن", "المصدر"
_CAPTION_MAX_WORDS = 20
_SEPARATOR_MARKS = "-–—|/:ـ"
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


def signs_with(line: Line, names: frozenset[str], person: Callable[[Line], bool]) -> str | None:
    """How ``line`` signs with one of ``names``: ``"dateline"`` after a place of three words at most
    ("العين (الاتحاد)", "لندن – «القدس العربي»:", "إسطنبول/ الأناضول") or before a writer, whom
    ``person`` tells ("هبة بريس - محمد أوبلا - تيزنيت"); ``"source"`` after a source's label or a
    hash ("المصدر: سكاي نيوز عربية", "#عكاظ"); ``"caption"`` after a picture's description, in
    brackets ("نساء يجنين الزعفران (هسبريس)"); else None.  A place is no field or row: nothing in
    it is cut by a colon or a dash ("الجمعة: الجيش - تشرين" is a fixture)."""
    if line.words > _CAPTION_MAX_WORDS or (line.sentence_end and not line.text.rstrip().endswith(":")):
        return None
    key = line.key
    text = line.text.strip().rstrip(":").rstrip()
    name = next((n for n in names if key.endswith(n) and (len(key) == len(n) or key[-len(n) - 1] == " ")), None)
    if name is None:
        return _signed_writer(text, key, names, person)
    if text.startswith("#"):
        return "source" if fold(text) == name else None  # the site's hashtag, "#عكاظ"
    cut = _last_cell(text)
    if cut is None:
        return None
    before, mark, credited = cut
    if fold(credited) != name:
        return None
    place = before.rstrip(_SEPARATOR_MARKS + " ")  # "روصو ـ (السراج)"
    words = len(place.split())
    if _SEPARATOR.search(place) or words == 0:
        return None  # "سعود عبد الحميد - روما (الهلال)", "الجمعة: الجيش - تشرين": a row's cells
    if mark == "(" and words > _PLACE_MAX_WORDS:  # a picture's description, its credit in brackets
        return None if _ends_sentence(place) else "caption"
    if words > _PLACE_MAX_WORDS:
        return None
    if fold(place) in _source_labels():
        return "source"
    quoted = credited[:1] in _OPENERS and credited[-1:] in _CLOSERS
    # after a bare colon, only a source's label signs: "الفائز: الاتحاد" is a field's value
    return None if mark == ":" and not quoted else "dateline"


def last_cut(text: str) -> str:
    """How a short row parts its last cell: "(" before a final bracket, else its last separator.

    >>> last_cut("محمد العويس (الهلال)"), last_cut("جدة - الرياض"), last_cut("الفائز: الهلال"), last_cut("الرياض")
    ('(', '-', ':', '')
    """
    cut = _last_cell(text.strip().rstrip(":").rstrip())
    return cut[1] if cut is not None else ""


def _last_cell(text: str) -> tuple[str, str, str] | None:
    """``text`` cut before its last cell: what comes before, the mark ("(" before a final bracket,
    else the last separator) and the cell (the bracket's inside)."""
    if text.endswith(")") and "(" in text:
        before, _, inside = text.rpartition("(")
        return before, "(", inside[:-1]
    found = list(_SEPARATOR.finditer(text))
    if not found:
        return None
    last = found[-1]
    return text[: last.start()], last.group().strip(), text[last.end() :]


def _signed_writer(text: str, key: str, names: frozenset[str], person: Callable[[Line], bool]) -> str | None:
    """ "dateline" when ``text`` opens with one of ``names``, then a separator and a person's name,
    maybe then a place: "هبة بريس - محمد أوبلا - تيزنيت" (a title may open with the name too:
    "الاتحاد - النصر.. قمة الجولة" names no person)."""
    name = next((n for n in names if key.startswith(f"{n} ")), None)
    if name is None:
        return None
    parts = [part for part in _SEPARATOR.split(text) if part.strip()]
    if len(parts) < 2 or fold(parts[0]) != name or len(parts) > 3:
        return None
    return "dateline" if person(shape(parts[1])) else None


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS + " ").endswith((".", "!", "؟", "?"))
