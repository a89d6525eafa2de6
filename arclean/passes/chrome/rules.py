"""The decision rules: which lines of one document are chrome, and why.

Evidence is combined, never used alone:

1. **Own evidence** (:mod:`~arclean.passes.chrome.evidence`): a lexicon phrase or a widget shape.
   Strong evidence drops a line wherever it stands; weak evidence (a section name such as "رياضة")
   needs support from its position or its neighbours.
2. **Anchors**: prose lines (enough words, sentence punctuation) without own evidence.  They are
   body and split the page into a *header* (before the first anchor), the *article* (between the
   first and last anchor) and a *trailer* (after the last anchor).
3. **Position**: when the header shows chrome, its title is chosen (on the article's topic,
   followed by a date or byline, next to the article); lines above it are menus and teasers, lines
   below it are the lead.  A header without chrome is all title and lead, after at most a run of
   menu items.  After the last paragraph come first the article's *tail* (kept unless it reads as
   teasers, tags or a byline) and then, from the first line with evidence on, the page's
   *furniture*, where headline-shaped lines are related-article and menu lists.
4. **Repetition**: a headline that occurs twice (or once inside the other) is a teaser.
5. **Topic**: a short line that shares (almost) no word with the article is about something else:
   a related headline pasted between paragraphs, or a tag of another story.
6. **Neighbours**: a short line between two chrome lines belongs to their block.

Body is protected first: anchors, agency sign-offs, punctuated lines of the tail, and every line
inside the article without strong evidence stay unless two kinds of evidence agree; a full sentence
(:func:`is_full_sentence`) is dropped only on strong evidence of its own (or a site's blurb about
itself), never for its context or for a phrase it merely uses.

>>> from arclean.passes.chrome.features import shape
>>> lines = [shape(t) for t in ["الرئيسية", "رياضة", "الهلال يفوز على النصر",
...     "فاز الهلال على النصر بهدفين نظيفين في المباراة التي أقيمت مساء أمس، وسط حضور جماهيري كبير.",
...     "شارك هذا الخبر"]]
>>> sorted((i, d.kind, d.rule) for i, d in classify(lines).items())
[(0, 'nav', 'phrase'), (1, 'nav', 'phrase'), (4, 'share', 'phrase')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Mapping, Sequence
from itertools import chain, compress, pairwise
from typing import NamedTuple

from arclean.passes.chrome.evidence import DAYS_AND_HOURS, HOURS_ONLY, Judge
from arclean.passes.chrome.features import BULLETS as _BULLETS
from arclean.passes.chrome.features import CLOSERS as _CLOSERS
from arclean.passes.chrome.features import Line, fold
from arclean.passes.chrome.features import shape as shape_line
from arclean.passes.chrome.folding import ascii_digits
from arclean.passes.chrome.lexicon import Evidence
from arclean.passes.chrome.own_name import last_cut, own_names, signs_with

__all__ = ["SENTENCE_GUARD_WORDS", "Decision", "Observed", "classify", "decide", "is_full_sentence"]

SENTENCE_GUARD_WORDS = 12
"""A line this long that ends like a sentence is dropped only on its own strong evidence."""
_NEAR_MIN_WORDS = 4  # near-duplicate and repetition evidence only for headlines this long
_NEAR_MAX_CANDIDATES = 64
_PAIRWISE_MAX_KEYS = 64  # up to this many headlines on a page are compared pair by pair
_MENU_MAX_WORDS = 4  # a dropped line this short is typed "nav", longer ones "related"
_BAR_MENU_MIN_BARS = 3  # a menu between bars: four items or more ...
_BAR_ITEM_MAX_WORDS = 3  # ... of a few words, without a figure or a sentence's mark
_BAR_ITEM_MARKS = re.compile(r"[\d.!?؟:،,؛;()«»\"]")
_SANDWICH_MAX_WORDS = 20
_TEASER_MIN_WORDS = 5
_TEASER_MAX_WORDS = 17
_CUT_TEASER_MIN_WORDS = 3  # "الذهب يتراجع أمام الدولار..." is a teaser cut short, "وللحديث بقية..." the writer's
_TEASER_SHARE = 0.2  # an isolated headline sharing less than this with the article is another story's
_OFF_TOPIC_SHARE_RUN = 0.15  # ... and a news-shaped one among other short lines, less than this
_TAG_MAX_WORDS = 3
_SUBHEAD_MAX_WORDS = 8
_SERIES_MIN_SUBHEADS = 3  # subheads between paragraphs, each alone: the article's sections
_ALIKE_HEADS_MIN = 2  # headings of one evidence rule above a line like them: the writer's sections
_SERIES_MAX_WORDS = 4  # "الخليفة عمر بن الخطاب"; an inserted teaser is a headline sentence, longer
_LISTED_LEAD_MIN_LINES = 6  # lines without evidence above the first paragraph: no header is that long
_LABEL_MAX_WORDS = 2  # an advert's label: "إعلان", "محتوى مدفوع"
_BOX_VALUE_MAX_WORDS = 4  # on average: "409 أحصنة", "أوتوماتيكي 10 سرعات"
_UNNAMED_BOX_MIN_FIELDS = 4  # "المحرك: ...", "القوة: ...", "العزم: ...", "الدفع: ..."
_FIGURE_ROWS_MIN = 3  # "طماطم: 3.5 د.ل/كغ", "بطاطا: 2.25 د.ل/كغ", "بصل: 1.75 د.ل/كغ"
_FIGURE_ROW_MAX_WORDS = 6  # "3.950 د.ك بدلاً من 4.750"
_DATA_VALUE_MAX_WORDS = 3  # "9.8 من 10", "CVE-2025-31207": a field's value that is data, not a sentence
_DATA_NAME_MAX_WORDS = 2  # "درجة الخطورة": a data field's name
_FIGURE_SHARED_WORDS = 2  # "صافي ... بقيمة ... مليون جنيه" in each row
_FIGURE_TABLE_MIN_ROWS = 4  # figure rows that make a table whatever each measures
_FIGURE_VALUE_MAX_WORDS = 10  # "الإثنين والأربعاء والخميس من 8:30 حتى 10:30 مساءً"
_KEYWORDS_MIN_LINES = 3  # a run of tags without a heading ("لبنان", "أخبار لبنان", "إعادة الإعمار")
_KEYWORD_MEAN_WORDS = 2.5
# the line is lexicon phrases ("اقتصاد", "رياضة"), a list's heading ("أفلام ذات صلة") or a button ("احجز الآن")
_WHOLE_LINE_RULES = frozenset({"phrase", "phrase-sequence", "phrase-end", "phrase-button"})
_LIST_REACH = 6  # lines looked at on either side of a possible list item
_LIST_MIN_ITEMS = 3  # short evidence-free lines around a line that make it one of a writer's list
_LIVE_TIMES_MIN = 3  # clock times heading entries: a live blog (one or two are a site's stamps)
_CLOCK_LINE_CHARS = 8  # "21:30 م", "08:00 AM"
_CLOCK, _HALF_DAY = r"(\d{1,2}):(\d{2})", r"(?:\s*(ص|م|[AaPp][Mm]))?"
_CLOCK_LINE = re.compile(_CLOCK + _HALF_DAY)
# a clock time in a named zone, nothing else: "10:00 مساءً بتوقيت مكة المكرمة"
_ZONE_WORD = r"[^\s\d|:\-–—،,]+"  # (a word may carry a mark: "مساءً")
_ZONE_TIME = re.compile(rf"\d{{1,2}}[:.]\d{{2}}(?:\s+{_ZONE_WORD})?\s+بتوقيت(?:\s+{_ZONE_WORD}){{1,3}}")
_ZONE_TIME_MAX_WORDS = 8
# A match's result: two teams and the score between them ("الأهلي 2 - 1 الزمالك"), maybe with how
# it was reached ("الفتح 77 - 80 الوحدة (بعد التمديد)")
_SCORE_LINE = re.compile(
    r"(?:[^\W\d_]+ ){1,4}\(?\d{1,3}\)? ?[-–] ?\(?\d{1,3}\)? ([^\W\d_]+)(?: [^\W\d_]+){0,3}(?: \([^()]{1,40}\))?"
)
# A quoted post's signature, as an embedded tweet prints it: "— الاسم (@handle) التاريخ"
_POST_ATTRIBUTION = re.compile(r"[—–]\s*[^()@\n]{1,40}\(@\w{1,30}\)")
# a clock opening a schedule's line, maybe with seconds (an episode's chapters: "1:27:15 التمويل");
# a lone clock with seconds is a video's length, no live blog's time
_TIMED_LINE = re.compile(_CLOCK + r"(?::\d{2})?" + _HALF_DAY + r"(?=\s)")
_COLON_DIGITS = re.compile(r":\d\d")  # a clock's minutes, found from their colon (a literal re skips to)
_TIMED_LINE_ANYWHERE = re.compile(r"\n\d{1,2}:\d{2}")  # in _page_text(): a literal first, which re scans for fast
_TIMETABLE_MIN_LINES = 4  # "06:00 القرآن الكريم", "07:00 صباح الخير يا عرب", ...
_NUMBERED_MIN_ITEMS = 3  # "الدفعة 1: ...", "الدفعة 2: ...", "الدفعة 3: ..."
_TABLE_MIN_ROWS = 3  # "الدولار الأمريكي | 47.25 | 47.35", "اليورو | 51.10 | 51.26", ...
# a line's last group, after a dash or in brackets: "الصرخة - إدفارد مونك - تعبيرية" among paintings
_GROUP_TAIL = re.compile(r"(?:\([^()]*\)|(?<!\S)[-–—]\s*[^-–—()]+)\s*$")
_ROWS_LOOKED_AT = _TABLE_MIN_ROWS  # fewer lines than this hold no group of rows: not looked at


class _Cells(NamedTuple):
    """How a table's row shows its cells."""

    mark: str
    min_marks: int  # the fewest a row has: " - " joins a title and its site once
    max_name_words: int  # a first cell's words on average: "أكوا باور"; a student's full name
    long_rows: bool  # a row may be a paragraph long and hold a date; a dashed row is a short line


_CELLS = (_Cells(" | ", 1, 4, True), _Cells(" - ", 2, 5, False))
# A link's time or date: listed videos and stories are joined by dashes too
_DATED_CELL = re.compile(r"\d{1,2}:\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)")
_SCENE_BREAK = re.compile(r"(?:\*\s*){3,}|⁂|(?:[-—–~_=]\s*){3,}")
_ROW_MAX_WORDS = 30  # a row of cells, not a paragraph with a dash or two
_SIGNATURE_MAX_WORDS = 4  # "إدارة المدرسة", "المدير العام للشركة"
_PAUSES = ("،", ",")
_COUNTS_MIN_CELLS = 3  # "عكار: 247 | طرابلس: 18 | زحلة: 21"
_COUNT_NAME_MAX_WORDS = 3  # "أقضية أخرى: 20"
_ROW_GAP = 2  # a heading between two rows of a schedule or a table ("الفترة المسائية")
_ENTRY_MIN_WORDS = 3  # "انطلاق محادثات جدة." — a timeline's entry under its date
_LABEL_MARKS = (":", "|", " - ", " – ", "/")  # what separates a label from its value ("فيديو: ...")
_RELATED_LIST_MAX = 5  # items a "read also" heading introduces inside an article
_ON_TOPIC_SHARE = 0.3
_OFF_TOPIC_SHARE = 0.25
_SAME_TOPIC_SHARE = 0.5
_TOPICAL_PHRASE_SHARE = 0.5  # a line with a policy phrase sharing this much with the article is about it
_TOPICAL_RULES = frozenset(("phrase-within", "about-site"))  # evidence a line on the article's topic loses
_MIN_VOCABULARY = 40  # stems an article needs before a low share (not only none) says "another topic"
_TITLE_MIN_WORDS = 3
_LISTED_BYLINES = 3  # rows shaped like a byline in a row: a list ("الجيش - تشرين", ...)
_SCORE_MAX_WORDS = 12  # two teams of four words at most and the score
_KICKED_TITLE_MAX_WORDS = 5  # a title this short (a name, a place) may have a longer line above it
_ONE_LETTER_PROCLITICS = frozenset("وفبلك")
_OUTLET_MAX_WORDS = 3  # a site's name signing an article ("الجزيرة نت", "سكاي نيوز عربية")
_SOURCE_MAX_WORDS = 5  # a source signing an article, crediting agencies ("يورونيوز عربي مع وكالات")
_ANNOUNCED_MAX_ITEMS = 12  # lines after a writer's "...:" taken for the items of its list
_SENTENCE_RULES = frozenset(("about-site",))  # weak evidence that is about a whole sentence
_YEAR_LINE = re.compile(r"(?:1[5-9]|20)\d\d")  # a year alone: a timeline's heading
_BESIDE_TITLE = frozenset(("date", "author_bio", "share", "url"))  # what sites print between title and text
_BARE_CREDIT_WORDS = 4  # "صورة أرشيفية", "أسعار الذهب - أرشيفية": the picture under a title


class Decision(NamedTuple):
    """A line judged chrome: its chrome type and the rule that decided.  (Named tuples, here and
    below: built for every line, and three times cheaper to build than frozen dataclasses.)"""

    kind: str
    rule: str


class Observed(NamedTuple):
    """One line with its own evidence and protection, computed once and reused between rounds."""

    line: Line
    evidence: Evidence | None
    protected: bool
    anchor: bool  # prose without evidence of its own: body wherever it stands

    @classmethod
    def of(cls, line: Line, judge: Judge) -> Observed:
        evidence = judge.evidence(line)
        return cls(line, evidence, judge.protected(line), evidence is None and line.prose)


def classify(lines: list[Line], judge: Judge | None = None) -> dict[int, Decision]:
    """Indices (into ``lines``, the non-blank lines of one document) that are chrome, with reasons."""
    judge = judge or Judge.default()
    return decide([Observed.of(line, judge) for line in lines], judge)


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_ARABIC_WORD = re.compile("[\u0621-\u064a]{2}")


def _specific(figure: str) -> bool:
    """A figure that names one fact: a decimal ("27.25"), or three digits or more that are no year."""
    if "." in figure or "," in figure:
        return True
    return len(figure) >= 3 and not (len(figure) == 4 and figure[:2] in ("19", "20"))


# A line wrapped in quote marks, or a verse: two hemistichs around a spaced "..." / "…" / "*".
_QUOTE_OR_VERSE = re.compile(r'^\s*["«“„].*["»”]\W*$|\S+\s+\S+\s+(?:\.{3}|…|\*+)\s+\S+\s+\S')


def _clocked(text: str) -> bool:
    """``text`` holds a clock time ("سموحة × الأهلي - 8:00 م").

    >>> _clocked("8:00 م"), _clocked("المدة: 90 دقيقة")
    (True, False)
    """
    return any(m.start() and text[m.start() - 1].isdigit() for m in _COLON_DIGITS.finditer(text))


def _minutes(clock: re.Match[str]) -> int:
    """Minutes since midnight of a matched clock time, on a 12-hour clock when it says so.

    >>> _minutes(_CLOCK_LINE.fullmatch("1:15 م")), _minutes(_CLOCK_LINE.fullmatch("12:20 ص"))
    (795, 20)
    """
    hour, minute, half = int(clock[1]), int(clock[2]), (clock[3] or "").lower()
    if half in ("م", "pm"):
        hour = hour % 12 + 12
    elif half in ("ص", "am"):
        hour %= 12
    return hour * 60 + minute


def _near_groups(indices: list[int], gap: int) -> list[list[int]]:
    """``indices`` (ascending) cut where two neighbours stand more than ``gap`` lines apart.

    >>> _near_groups([3, 4, 6, 10, 11], 2)
    [[3, 4, 6], [10, 11]]
    """
    groups: list[list[int]] = []
    for j in indices:
        if groups and j - groups[-1][-1] <= gap:
            groups[-1].append(j)
        else:
            groups.append([j])
    return groups


def _rule_of(evidence: Evidence | None) -> str | None:
    return None if evidence is None else evidence.rule


def _times_only(evidence: Evidence | None) -> bool:
    """No evidence, or only a time's shape (a date line, a table of times): what opening hours may
    carry.  Lexicon evidence (a copyright, a menu, a share bar) stands whatever hours it gives."""
    return evidence is None or evidence.kind == "date" or evidence.rule == "time-table"


def _quote_or_verse(text: str) -> bool:
    # Both shapes need a quote mark or a verse divider: most lines have neither, and skip the regex.
    marks = '"' in text or "«" in text or "“" in text or "„" in text or "..." in text or "…" in text or "*" in text
    return marks and _QUOTE_OR_VERSE.search(text) is not None


def decide(observed: list[Observed], judge: Judge) -> dict[int, Decision]:
    """Like :func:`classify`, for lines whose own evidence is already known."""
    return _Document(observed, judge).decide()


_SIGNED_BY_THE_SITE = {
    "dateline": Evidence("author_bio", "own-name", True),
    "source": Evidence("author_bio", "own-name", True),
    "caption": Evidence("caption_credit", "credit-tail", True),
}


class _Document:
    def __init__(self, observed: list[Observed], judge: Judge) -> None:
        self.judge = judge
        self.n = len(observed)
        # The columns of the observations, transposed in C.
        lines, evidence, protected, anchor = zip(*observed, strict=True) if observed else ((), (), (), ())
        self.lines: tuple[Line, ...] = lines
        self.evidence: tuple[Evidence | None, ...] = evidence
        self.protected: tuple[bool, ...] = protected
        self.anchors = list(compress(range(self.n), anchor))
        self.anchor_set = set(self.anchors)
        self.decided: dict[int, Decision] = {}
        self.arabic_page = [line.arabic for line in self.lines].count(True) * 2 >= self.n
        self.title = -1
        self.writer_end = -1  # the article's last line: its last paragraph, or the writer's line after it
        self.shaped: frozenset[int] = frozenset()  # a live blog's times, a schedule's and a table's rows
        self._vocabulary: tuple[Counter[str], set[str]] | None = None
        self._untitled: tuple[Counter[str], set[str]] | None = None  # the vocabulary without the title
        self._shares: dict[int, float] = {}  # topic_share by line, for the current vocabulary
        self._repeated: set[int] | None = None
        self._quoted: set[int] | None = None
        self._date_headings: frozenset[int] | None = None
        self._announced: frozenset[int] | None = None
        self._facts: frozenset[int] | None = None
        self._words: frozenset[str] | None = None
        self._series: frozenset[int] | None = None
        self._joined: str | None = None
        self._timed: bool | None = None

    # ------------------------------------------------------------------------------ driver
    def decide(self) -> dict[int, Decision]:
        if self.n > 1:
            self._signed_by_the_site()
        found = set(map(_rule_of, self.evidence))
        if "credit-tail" in found:
            self._listed_credits()
        if "byline" in found:
            self._listed_bylines()
        if self.anchors and not _TOPICAL_RULES.isdisjoint(found):
            self._topical_phrases()
        if not self.anchors:
            self._without_article()
            return self.decided
        # a live blog's times, a schedule's and a table's rows are the article's wherever they stand
        shaped = self._live_times() | self._timetable() | self._table_rows() | self._schedule_days()
        self.shaped = shaped
        if shaped:
            self.protected = tuple(p or i in shaped for i, p in enumerate(self.protected))
        first, last = self.anchors[0], self.anchors[-1]
        self.writer_end = last
        self._header(first)
        self._inner([i for i in range(first + 1, last) if i not in self.anchor_set])
        self._trailer(last)
        self._copies_of_chrome()
        return self.decided

    def _signed_by_the_site(self) -> None:
        """A line that signs with the logo's name (:mod:`~arclean.passes.chrome.own_name`) is chrome
        evidence: a dateline ("العين (الاتحاد)", "إسطنبول/ الأناضول" under the logo "الاتحاد",
        "الأناضول") where a site prints one, between the title and the article's first paragraph,
        right above that paragraph or beside the stamp or the byline; a source line ("المصدر:
        هسبريس"); a caption credited to the site ("نساء يجنين الزعفران (هسبريس)").  The first line
        is a logo only when a copyright line names it too (a short title names no one).  Lines with
        evidence or protection of their own, the article's paragraphs, and rows among lines of the
        same shape (fixtures, routes, a list of players and clubs) are left as they are."""
        names = own_names(self.lines[0])
        if not names or not self.anchors:
            return  # (most pages' first line is no logo: no scan for a copyright line)
        copyrights = [
            f" {self.lines[j].key} " for j, ev in enumerate(self.evidence) if ev is not None and ev.kind == "copyright"
        ]
        names = frozenset(n for n in names if any(f" {n} " in key for key in copyrights))
        if not names:
            return
        signed: dict[int, Evidence] = {}
        for i in range(1, self.n):
            if self.evidence[i] is not None or self.protected[i] or i in self.anchor_set:
                continue
            kind = signs_with(self.lines[i], names, self.judge.names_a_person)
            if kind is None or self._among_its_like(i) or (kind == "dateline" and not self._where_datelines_stand(i)):
                continue
            signed[i] = _SIGNED_BY_THE_SITE[kind]
        if signed:
            self._set_evidence(signed)

    def _where_datelines_stand(self, i: int) -> bool:
        """Line ``i`` stands under a title (a line without evidence below the logo) and above the
        article's first paragraph, right above it or beside a date or a byline."""
        first = self.anchors[0]
        if not 1 < i < first or not any(self.evidence[j] is None for j in range(1, i)):
            return False
        beside = (self.evidence[j] for j in (i - 1, i + 1))
        return i + 1 == first or any(ev is not None and ev.kind in _BESIDE_TITLE for ev in beside)

    def _among_its_like(self, i: int) -> bool:
        """A neighbour of line ``i`` without evidence ends as it does, with a bracket or after the
        same separator: two rows of a list ("محمد العويس (الهلال)", "سالم الدوسري (الهلال)")."""
        line = self.lines[i]
        mine = last_cut(line.text)
        return any(
            0 <= j < self.n
            and self.evidence[j] is None
            and j not in self.anchor_set
            and self.lines[j].words <= line.words + _ROW_GAP
            and last_cut(self.lines[j].text) == mine
            for j in (i - 1, i + 1)
        )

    def _set_evidence(self, changed: Mapping[int, Evidence | None]) -> None:
        """Lines' evidence found by looking at the whole page; the vocabulary is built anew (a line
        without evidence may join it, one with evidence leaves it)."""
        self.evidence = tuple(changed.get(i, ev) for i, ev in enumerate(self.evidence))
        self._vocabulary = self._untitled = None
        self._shares = {}

    def _listed_bylines(self) -> None:
        """Three or more lines in a row shaped like a byline ("name - place") are the writer's list:
        fixtures ("الجيش - تشرين"), prisoners by town ("القدس - محمد أبو غوش"), scorers by club.
        A page signs its article once, maybe with a second writer.  They lose their evidence."""
        bylines = [i for i, ev in enumerate(self.evidence) if ev is not None and ev.rule == "byline"]
        listed = [i for run in _near_groups(bylines, 1) if len(run) >= _LISTED_BYLINES for i in run]
        if listed:
            self._set_evidence(dict.fromkeys(listed))

    def _listed_credits(self) -> None:
        """A line ending with a credit ("... - تعبيرية", "... (أرشيف المكتبة الوطنية)") next to a
        row that ends as it does, with a group after a dash or in brackets, is an item of the
        writer's list (paintings by movement, documents by archive), not a caption: a page prints a
        caption under its picture, among other lines.  Such lines lose their evidence (kept, they
        stay neighbours: a second run finds the same list)."""
        credited = [ev is not None and ev.rule == "credit-tail" for ev in self.evidence]
        # a row ending as the credited one does, with a group after a dash or in brackets
        tailed = [
            c or (not line.sentence_end and _GROUP_TAIL.search(line.text) is not None)
            for c, line in zip(credited, self.lines, strict=True)
        ]
        listed = {
            j
            for i in range(self.n - 1)
            if tailed[i] and tailed[i + 1] and (credited[i] or credited[i + 1])
            for j in (i, i + 1)
            if credited[j]
        }
        if listed:
            self._set_evidence(dict.fromkeys(listed))

    def _topical_phrases(self) -> None:
        """A policy phrase (copyright, disclaimer, comments, newsletter, cookies) or a site's blurb
        about itself inside a line about the article's own topic is the topic, not chrome:
        "نزاع على حقوق الطبع والنشر بين مطرب وشركة إنتاج" over a story about that lawsuit,
        "وتستخدم المواقع ملفات تعريف الارتباط لتتبع المستخدمين" in one about browsers.  Such a line
        loses its evidence, inside or above the article, or right after it (no widget in between: a
        footer blurb on a specialised site shares the article's words too).  It does not become one
        of the article's paragraphs, so it never extends the article.  Run first in :meth:`decide`:
        only the vocabulary has been computed yet."""
        last = self.anchors[-1]
        past_widget = next((j for j in range(last + 1, self.n) if self.strong(j)), self.n)
        topical = [
            i
            for i, ev in enumerate(self.evidence)
            if ev is not None
            and ev.rule in _TOPICAL_RULES
            and ev.kind != "caption_credit"  # a photo's caption is on the topic by nature
            and "©" not in self.lines[i].text  # a copyright line, whatever it names
            and i < past_widget
            and not self.below(i, _TOPICAL_PHRASE_SHARE)
        ]
        if not topical:
            return
        self._set_evidence(dict.fromkeys(topical))  # (its evidence-free sentences join the vocabulary)

    def _copies_of_chrome(self) -> None:
        """A headline identical to a line judged chrome elsewhere on the page is chrome too (an alt
        text or teaser printed twice).  The title is exempt: related lists often repeat it."""
        judged = {self.lines[i].key: d for i, d in self.decided.items() if self.lines[i].words >= _NEAR_MIN_WORDS}
        if not judged:
            return
        for i, line in enumerate(self.lines):
            if i in self.decided or i == self.title or i in self.anchor_set or self.protected[i]:
                continue
            if line.headline and line.words >= _NEAR_MIN_WORDS and line.key in judged and not self._refrain(i):
                self.drop(i, judged[line.key].kind, "repeats-chrome")

    def _writers(self, i: int) -> bool:
        """A quoted line, a verse, a line of a quotation spanning lines, a speech's or a letter's
        opening formula ("بسم الله الرحمن الرحيم"), or the signature under a quoted post below the
        first paragraph ("— Fabrizio Romano (@FabrizioRomano) 14 أغسطس 2024"): inside an article it
        is the writer's, not a teaser."""
        line = self.lines[i]
        return (
            _quote_or_verse(line.text)
            or (_POST_ATTRIBUTION.match(line.text) is not None and bool(self.anchors) and i > self.anchors[0])
            or i in self.quoted()
            or self.judge.opens(line)
        )

    def _refrain(self, i: int) -> bool:
        """A repeated line that is the writer's: in a quotation spanning lines, or quoted (a verse)
        with every copy inside the article (a chant, a refrain).  A teaser repeated in the page's
        furniture, quoted or shaped "X ... Y" like a headline, is not one."""
        if i in self.quoted():
            return True
        if not _quote_or_verse(self.lines[i].text) or not self.anchors:
            return False
        key, first, last = self.lines[i].key, self.anchors[0], self.anchors[-1]
        copies = (j for j, line in enumerate(self.lines) if j not in self.anchor_set and line.key == key)
        return all(first < j < last for j in copies)  # (paragraphs are no copies: their keys are not built)

    def drop(self, i: int, kind: str, rule: str) -> None:
        if is_full_sentence(self.lines[i]) and not self._condemns_sentence(i):
            return  # a full sentence goes only on strong evidence of its own, never for its context
        if i in self.announced():
            return  # an item of a list the writer announced ("على النحو التالي:"), or the address it gives
        if ":" in self.lines[i].text and i in self.fact_box():  # (every field has its colon)
            return  # "الموعد: ...", "السعر: ...": the fields of the article's fact box
        if i in self.decided:
            return  # the first reason stands
        if _times_only(self.evidence[i]) and self.opening_hours(i):
            return  # "الأحد – الخميس: 8 صباحاً – 4 مساءً": the place's hours, not a date stamp
        self.decided[i] = Decision(kind, rule)

    def announced(self) -> frozenset[int]:
        """The short lines after a writer's line that ends with a colon ("والوجهات الجديدة هي:"): the
        items of a list the writer announced (fixtures "الاتحاد - الهلال", routes, a timeline),
        however much they look like bylines or teasers, or the one web address the line gives ("عبر
        الموقع الإلكتروني للوزارة:").  The list ends at a paragraph, at strong evidence, or where the
        evidence changes from the first item's (a verse, then "للاشتراك ...").
        Found on the first drop (most pages of paragraphs never ask)."""
        if self._announced is None:
            self._announced = self._announced_lists()
        return self._announced

    def _announced_lists(self) -> frozenset[int]:
        items: set[int] = set()
        for j, line in enumerate(self.lines):
            if j in self.anchor_set and not line.text.endswith(":"):
                items.update(self._enclosed_schedule(j))
                continue
            if self.evidence[j] is not None or not line.text.endswith(":"):
                continue
            if line.words < 2 or (line.words == 2 and j > 0 and self.evidence[j - 1] is not None):
                continue  # "المصدر:", "تابعونا:", "قراءات مقترحة:" after the share bar: a widget's label
            listed = self._list_after(j, schedule=False)
            stop = max(listed, default=j) + 1
            if stop < self.n and _rule_of(self.evidence[stop]) == "date-line":  # maybe a schedule's day
                listed = self._schedule_after(j) or listed
            items.update(listed)
        return frozenset(items)

    def _schedule_after(self, j: int) -> list[int]:
        """The schedule after line ``j`` (its items, two dates or more among them), or []."""
        schedule = self._list_after(j, schedule=True)
        dated = [k for k in schedule if _rule_of(self.evidence[k]) == "date-line"]
        return schedule if len(dated) >= 2 and len(schedule) > len(dated) else []

    def _enclosed_schedule(self, j: int) -> list[int]:
        """A programme between two paragraphs, announced by none: days ("اليوم الأول - الأحد 20
        أكتوبر") over their items ("09:30 - 10:15 الجلسة الافتتاحية"), right after paragraph ``j``
        and right before another."""
        first = j + 1
        if first >= self.n or _rule_of(self.evidence[first]) != "date-line" or not _names_a_day(self.lines[first].text):
            return []
        schedule = self._schedule_after(j)
        return schedule if schedule and schedule[-1] + 1 in self.anchor_set else []

    def _list_after(self, j: int, schedule: bool) -> list[int]:
        """The items of the list line ``j`` announces; with ``schedule``, date lines ("الجمعة 6 دجنبر")
        next to its items are items too (a day above its matches, a holiday's date below its name)."""
        listed: list[int] = []
        dates: list[int] = []
        dated: list[int] = []  # the dates right under line j
        first = j + 1
        bullet = _bullet_of(self.lines[first].text) if first < self.n else None
        for k in range(first, min(first + _ANNOUNCED_MAX_ITEMS, self.n)):
            ev = self.evidence[k]
            if k == first and _rule_of(ev) == "url-line" and _site_address(self.lines[k].text):
                return [k]  # "التقديم عبر الموقع الإلكتروني للوزارة:" then its address
            if self.lines[k].number == k - j:
                listed.append(k)  # "1. واتساب", "2. تليجرام": the writer's numbering, whatever the item says
                continue
            if bullet and self.lines[k].text.startswith(bullet) and _item_phrase(ev):
                listed.append(k)  # "- يرجى الالتزام بمواعيد التفويج": a phrase in one of its bulleted items
                continue
            if schedule and _rule_of(ev) == "date-line" and _names_a_day(self.lines[k].text):
                dates.append(k)
                continue
            next_in_dates = _rule_of(ev) == "date-line" and k - first == len(dated)  # (dates only so far)
            if next_in_dates and self.judge.signs_dates(self.lines[j], self.lines[k]):
                dated.append(k)  # "صدر في قصر الرفاع:" then "بتاريخ: 27 رجب 1437هـ": the text's own dates
                listed.append(k)
                continue
            if (ev is not None and ev.strong) or k in self.anchor_set or self.lines[k].words > _SANDWICH_MAX_WORDS:
                break
            # The list ends where the evidence changes from its first item's (a verse, then
            # "للإشتراك ..."); an item without evidence ends only a list of menu words.
            first_rule = _rule_of(self.evidence[listed[0]]) if listed else None
            if listed and _rule_of(ev) != first_rule and (ev is not None or first_rule in _WHOLE_LINE_RULES):
                break
            listed.append(k)
        taken = set(listed)
        return sorted(taken.union(k for k in dates if k - 1 in taken or k + 1 in taken))

    def fact_box(self) -> frozenset[int]:
        """The lines of a fact box: two or more lines in a row shaped "name: value" (see
        :meth:`Judge.field`), at least one of them a known field ("المكان: ...", "السعر: ...",
        "مدة التحضير: ..."), none with lexicon evidence but a known field's; a date stands in a box
        between two known fields ("التاريخ: الجمعة 7 مارس"), not at its edge (a stamp above it).
        The box hangs from the article: a paragraph follows it, or the lines above it lead up to one
        without evidence (a widget's heading, "قد يعجبك أيضا", heads a box of its own).  A known field alone right
        after a paragraph is one too ("السعر: ..."; right before the first, "الوقت: ..." is a
        stamp).  Found on first use, like :meth:`announced`."""
        if self._facts is None:
            self._facts = frozenset(self._fact_boxes())
        return self._facts

    def _fact_boxes(self) -> list[int]:
        shapes = [self._field_shape(k) if ":" in line.text else None for k, line in enumerate(self.lines)]
        for k, shape in enumerate(shapes):
            if shape == "dated":  # a field between two known fields, or a stamp
                inside = 0 < k < self.n - 1 and shapes[k - 1] == shapes[k + 1] == "known"
                shapes[k] = "other" if inside else None
        found: list[int] = []
        run: list[int] = []
        for k in range(self.n + 1):
            if k < self.n and shapes[k] is not None:
                run.append(k)
                continue
            above, below = (run[0] - 1, run[-1] + 1) if run else (-1, -1)
            if any(shapes[i] == "known" for i in run):
                hangs = below in self.anchor_set or self._under_the_article(above)
                if hangs and (len(run) >= 2 or above in self.anchor_set):
                    found += run
            elif run and not (above >= 0 and _heads_teasers(self.evidence[above])):
                # Fields no list knows, four or more, under the writer's heading ("المواصفات الفنية"
                # over "المحرك: ...", "العزم: ...") or before a paragraph: a table of the article's.
                # A page's own fields ("القسم: ...", "الزيارات: ...") follow the last paragraph bare;
                # teasers shaped "X: Y" ("الأرصاد: أمطار غزيرة على المناطق الشمالية غدا") have a
                # sentence for a value, and often a "read also" heading.
                headed = 0 <= above and above not in self.anchor_set and self._under_the_article(above)
                table = len(run) >= _UNNAMED_BOX_MIN_FIELDS and self._short_values(run)
                if (
                    (table and (headed or below in self.anchor_set))
                    or (headed and self._figures_between(run))
                    or self._numbered_between(run)
                    or self._figure_rows(run)
                    or self._data_under_a_paragraph(run)
                ):
                    found += run
            run = []
        return found

    def _numbered_between(self, run: list[int]) -> bool:
        """Three or more fields between paragraphs whose names are one word counted up from line
        to line, under a line without evidence (the writer's heading or paragraph): the items of
        the writer's list ("الدفعة 1: ...", "الدفعة 2: ...").  Teasers of a series ("الجزء 1:
        ...") stand under a "read also" heading or an advert's label."""
        if len(run) < _NUMBERED_MIN_ITEMS or not self._between_paragraphs(run):
            return False
        if self.evidence[run[0] - 1] is not None:
            return False
        labels = [self.lines[k].text.partition(":")[0].split() for k in run]
        if any(len(label) != 2 or not label[1].isdigit() for label in labels):
            return False
        names, numbers = {fold(label[0]) for label in labels}, [int(label[1]) for label in labels]
        return len(names) == 1 and all(b == a + 1 for a, b in pairwise(numbers))

    def _between_paragraphs(self, run: list[int]) -> bool:
        """The run stands below the first paragraph and above the last (a page without any has none)."""
        return bool(self.anchors) and self.anchors[0] < run[0] and run[-1] < self.anchors[-1]

    def _figures_between(self, run: list[int]) -> bool:
        """Two or more fields between paragraphs, each value a figure in a few words: a report's
        small table ("المصريون: صافي بيع بقيمة 412 مليون جنيه", "العرب: ..."), a site's hours by
        season ("الصيف (أبريل - أكتوبر): 6:00 صباحًا - 6:00 مساءً").  Two or three give the same
        measure; four or more are a table whatever they measure ("البحر: خفيف إلى معتدل 2 - 4 أقدام")
        when one of them is on the article's topic."""
        if len(run) < 2 or not self._between_paragraphs(run):
            return False
        texts = [self.lines[k].text.partition(":")[2] for k in run]
        values = [text.split() for text in texts]
        if not all(
            _FIGURE.search(text) and len(v) <= _FIGURE_VALUE_MAX_WORDS for text, v in zip(texts, values, strict=True)
        ):
            return False
        if len(run) >= _FIGURE_TABLE_MIN_ROWS:
            # a table of the article's (a forecast: "العظمى: ...", "الرياح: ..."), not another
            # story's headlines ("وزير الطاقة: إنتاج النفط يرتفع إلى 10 ملايين برميل", ...)
            return self._one_on_topic(run)
        # the same measure in each row: a figure first ("6:00 صباحًا ..."), or the same words
        # around the figures ("صافي شراء بقيمة 156 مليون جنيه"); teasers say different things
        if sum(1 for v in values if v[0][:1].isdigit()) >= max(2, len(values) - 1):
            return True  # (a last row may name its days first: "الإثنين والخميس من 8:30 ...")
        words = [{w for w in v if not _FIGURE.search(w)} for v in values]
        return all(len(a & b) >= _FIGURE_SHARED_WORDS for a, b in pairwise(words))

    def _figure_rows(self, run: list[int]) -> bool:
        """Three or more fields in a row, each value a figure first in a few words, under a line
        without evidence (the writer's heading or paragraph): a price list or a table of measures
        ("طماطم: 3.5 – 4 د.ل/كغ", "بطاطا: 2.25 د.ل/كغ", ...), wherever it stands.  A widget's
        figures stand under its heading's evidence ("حالة الطقس"); teasers "X: Y" have a sentence
        for a value."""
        above = run[0] - 1
        if len(run) < _FIGURE_ROWS_MIN or above < 0 or self.evidence[above] is not None:
            return False
        for k in run:
            value = self.lines[k].text.partition(":")[2].split()
            if not value or not value[0][:1].isdigit() or len(value) > _FIGURE_ROW_MAX_WORDS:
                return False
        return True

    def _data_under_a_paragraph(self, run: list[int]) -> bool:
        """Two or more fields right under a paragraph with paragraphs after them, each value a
        figure or a code in a few words under a name of one or two, one of them on the article's
        topic: the article's data
        ("رقم الثغرة: CVE-2025-31207", "درجة الخطورة: 9.8 من 10").  A page's own fields follow the
        last paragraph; a teaser "X: Y" has a sentence for a value."""
        if len(run) < 2 or run[0] - 1 not in self.anchor_set or not self._between_paragraphs(run):
            return False
        for k in run:
            name, _, value = self.lines[k].text.partition(":")
            if len(name.split()) > _DATA_NAME_MAX_WORDS:
                return False  # (a teaser names its story: "زلزال تركيا اليوم: 5.8 درجات")
            if _FIGURE.search(value) is None or len(value.split()) > _DATA_VALUE_MAX_WORDS:
                return False
        # one of them on the article's topic: a widget spliced in ("الذهب عيار 21: 62.5 دينار") is not
        return self._one_on_topic(run)

    def _one_on_topic(self, run: list[int]) -> bool:
        """One line of the run at least is not off the article's topic."""
        return any(not self.below(k, _OFF_TOPIC_SHARE) for k in run)

    def _short_values(self, run: list[int]) -> bool:
        """The fields' values are a few words on average (a specification), not sentences."""
        words = sum(len(self.lines[k].text.partition(":")[2].split()) for k in run)
        return words <= _BOX_VALUE_MAX_WORDS * len(run)

    def _under_the_article(self, k: int) -> bool:
        """Line ``k`` is a paragraph, or the writer's lines without evidence lead up to one (a
        heading, a list: "تفاصيل الحفل"); a widget's heading ("قد يعجبك أيضا") comes first otherwise."""
        for j in range(k, max(k - _ANNOUNCED_MAX_ITEMS, -1), -1):
            if j in self.anchor_set:
                return True
            if self.evidence[j] is not None:
                return False
        return False

    def _field_shape(self, k: int) -> str | None:
        """ "known" or "other" (:meth:`Judge.field`) for a line of a fact box, "dated" for a field
        whose value is a date, None for any other line."""
        ev = self.evidence[k]
        shape = self.judge.field(self.lines[k])
        if ev is None or shape is None:
            return shape
        if ev.rule == "date-line":
            return shape if shape == "known" else "dated"
        return shape if shape == "known" and not ev.strong else None  # "تأليف: ..." in a film's box

    def _condemns_sentence(self, i: int) -> bool:
        """Own evidence that can take a full sentence: strong, a site's blurb about itself, or weak
        evidence in a sentence off the article's topic ("اشترك في النشرة البريدية ليصلك ...").  On
        the topic, weak evidence is a phrase the writer used ("شارك في المؤتمر أكثر من 300 باحث ...")."""
        ev = self.evidence[i]
        if ev is None:
            return False
        return ev.strong or ev.rule in _SENTENCE_RULES or (self._judged_by_topic(i) and self.below(i, _OFF_TOPIC_SHARE))

    def _judged_by_topic(self, i: int) -> bool:
        """Whether a sentence's weak evidence may take it for being off the topic: anywhere on a
        page with paragraphs; on a page without (a live blog's one-line entries, a poem) only
        after its last line without evidence, in its footer.  Above that, the page's lines are too
        short to tell its topic ("تابعوا معنا لحظة بلحظة أحداث الدربي ..." opening a live blog)."""
        if self.anchors:
            return True
        return all(self.evidence[j] is not None or self.protected[j] for j in range(i + 1, self.n))

    def strong(self, i: int) -> bool:
        ev = self.evidence[i]
        return (
            ev is not None and ev.strong and not self.protected[i] and not (_times_only(ev) and self.opening_hours(i))
        )

    def opening_hours(self, i: int) -> bool:
        """Line ``i`` gives a place's opening hours (:meth:`Judge.opening_hours`), or gives hours
        next to such lines ("مواقيت الصيف: 8:00 – 13:00", "الطوارئ: على مدار الساعة"): the page's
        information, kept wherever it stands, though its date evidence still ends the article's tail."""
        hours_kind = self.judge.hours_kind
        hours = hours_kind(self.lines[i])
        if hours != HOURS_ONLY:
            return hours == DAYS_AND_HOURS
        for step in (-1, 1):
            k = i + step
            while 0 <= k < self.n and (hours := hours_kind(self.lines[k])):
                if hours == DAYS_AND_HOURS:
                    return True
                k += step
        return False

    def chrome(self, i: int) -> bool:
        """Decided chrome, or carrying strong own evidence (so the order of decisions does not matter)."""
        return i in self.decided or self.strong(i)

    def fragment(self, i: int) -> bool:
        return self.arabic_page and self.judge.latin_fragment(self.lines[i])

    # ------------------------------------------------------------------------------ zones
    def _without_article(self) -> None:
        """No prose at all (a list, a poem, a page of links): strong evidence, and weak evidence in runs."""
        for i in range(self.n):
            ev = self.evidence[i]
            if ev is None or self.protected[i]:
                continue
            run = any(0 <= j < self.n and self.evidence[j] is not None for j in (i - 1, i + 1))
            if ev.strong or run:
                self.drop(i, ev.kind, ev.rule)

    def _header(self, first: int) -> None:
        """Above the title: menus and teasers.  From the title to the article: body unless shown otherwise."""
        candidates: list[int] = []
        for i in range(first):
            if self.protected[i]:
                continue
            ev = self.evidence[i]
            if ev is not None and ev.strong:
                self.drop(i, ev.kind, ev.rule)
            elif self.fragment(i):
                self.drop(i, "share", "latin-fragment")
            else:
                candidates.append(i)
        chrome_above = self._header_has_chrome(first)
        # A writer's bare name between the title and the date ("محمد سيد") is the byline, not the title.
        bylines = {i for i in candidates if self._bare_byline(i) or self._outlet_byline(i)} if chrome_above else set()
        menu: list[int] = []
        if chrome_above:
            title = self._title(candidates, bylines)
        else:
            # No widget evidence above the article: the header is the title, standfirst and lead,
            # after at most a leading run of menu items.  (A cleaned header also lands here, and
            # its first line, the title, is kept: a second run changes nothing.)
            menu = self._leading_menu(candidates)
            title = candidates[len(menu)] if candidates else -1
        self.title = title
        self._vocabulary = None  # the title's words now count as the article's
        self._shares = {}
        for i in candidates:
            if i < title:
                ev = self.evidence[i]
                if ev is not None:
                    self.drop(i, ev.kind, ev.rule)
                elif self.lines[i].words > _MENU_MAX_WORDS - 1 and self.topic_share(i) >= _SAME_TOPIC_SHARE:
                    continue  # on the article's own topic: a second title line or a standfirst
                elif i == title - 1 and (self._kicker(i) or self._subject_named(i)):
                    continue
                elif self.lines[i].words > _MENU_MAX_WORDS and i not in menu:
                    self.drop(i, "related", "above-title")
                else:
                    self.drop(i, "nav", "above-title")
        # Teaser rules only where the page shows chrome above the article: a clean header (and a
        # header already cleaned once) keeps its lead lines, whatever they talk about.  Where it
        # does, a menu word or widget between title and article goes too (so that a second run
        # finds a clean header).
        lead = [i for i in candidates if i > title]
        if chrome_above:
            for i in lead:
                ev = self.evidence[i]
                if ev is not None and (ev.rule != "phrase-label" or self._signed(i)):
                    self.drop(i, ev.kind, ev.rule)
                elif i in bylines:
                    self.drop(i, "author_bio", "bare-byline")
        self._inner(lead, teasers=chrome_above)

    def _listed_lead(self, candidates: list[int]) -> list[int]:
        """A long run of lines without evidence right above the first paragraph, bottom up (or
        none).  A header holds a title, a kicker, a byline, a standfirst: a few lines.  So a
        long run is a page whose body is a list or a table before any paragraph (a TV guide's
        times, an obituary's verses and formulas, prayer times), and its title is the run's first
        line or above it; or a list of teasers over the title, which is then the article's topic
        ("الجامعة العربية تستنكر ..." under ten other stories)."""
        run: list[int] = []
        below = self.anchors[0]
        for i in reversed(candidates):
            if i != below - 1 or not (self.evidence[i] is None or self._label_among(i)):
                break
            below = i
            if self.evidence[i] is None:
                run.append(i)
        return run if len(run) >= _LISTED_LEAD_MIN_LINES else []

    def _label_among(self, i: int) -> bool:
        """An advert's label ("إعلان") among the lines of a run: stepped over, not counted.  A
        menu's or a breadcrumb's line ends the header above the run."""
        ev = self.evidence[i]
        if ev is None or ev.strong or ev.kind == "nav":
            return False
        return ev.kind == "share" or self.lines[i].words <= _LABEL_MAX_WORDS  # (share buttons between bars)

    def _headline_on_topic(self, i: int) -> bool:
        """A line of more than a few words sharing half its topic words with the article."""
        return self.lines[i].words > _TITLE_MIN_WORDS and self.topic_share(i) >= _SAME_TOPIC_SHARE

    def _kicker(self, i: int) -> bool:
        """The line right above a short title on the article's topic, longer than it and not
        news-shaped: the title's first line, or a series' or a theme's name ("من دفتر ذكريات صحفي
        عاش نصف قرن في القاهرة" over "نجيب محفوظ في مقهى ريش").  A teaser of a list above the title
        has a headline's marks."""
        line, title = self.lines[i], self.lines[i + 1]
        if not 2 <= title.words <= _KICKED_TITLE_MAX_WORDS or title.newsy or not self.on_topic(i + 1):
            return False  # (an outlet's name or the weather taken for the title is none)
        return line.words >= _TEASER_MIN_WORDS and line.words > title.words and not line.newsy

    def _subject_named(self, i: int) -> bool:
        """A person's name right above the title whose surname the article repeats: the subject of
        a profile ("سميرة موسى" over "عالمة الذرة التي ...", then "... وكانت موسى ...").  A writer's
        surname is seldom in the article (the test :meth:`_bare_byline` makes the other way); a
        given name often is, as another person's ("محمد"), and so are parts of compounds ("الله")."""
        line = self.lines[i]
        return not line.newsy and self.judge.names_a_person(line) and self._surname_in_article(line)

    def _surname_in_article(self, name: Line) -> bool:
        """The article's paragraphs repeat the surname of the person ``name`` names."""
        return not self._article_words().isdisjoint(self.judge.surname(name))

    def _header_has_chrome(self, first: int) -> bool:
        """Evidence above the article other than a label word that may open a title ("تحرير ...")."""
        for i in range(first):
            if self.protected[i]:
                continue
            ev = self.evidence[i]
            if (ev is not None and ev.rule != "phrase-label") or self.strong(i) or self.fragment(i):
                return True
        return False

    def _leading_menu(self, candidates: list[int]) -> list[int]:
        """Short off-topic lines opening the page ("تحت المجهر", "فيديو المدينة"): two or more, or
        one with lexicon support; or, if it reaches further, a menu between bars and the site's
        name above it (:meth:`_top_menu`).  The last line before the article is never one of them."""
        menu = self._short_menu_lines(candidates)
        top = self._top_menu(candidates)
        return menu if len(menu) >= top else candidates[:top]

    def _short_menu_lines(self, candidates: list[int]) -> list[int]:
        menu: list[int] = []
        for i in candidates[:-1]:
            line = self.lines[i]
            if (menu and i != menu[-1] + 1) or (menu == [] and i != candidates[0]):
                break
            short = line.headline and line.words < _MENU_MAX_WORDS
            if not (self._menu_phrase(i) or (short and (line.numbered or self.off_topic(i, strict=True)))):
                break
            menu.append(i)
        if len(menu) >= 2 or any(self._menu_phrase(i) for i in menu):
            return menu
        return []

    def _top_menu(self, candidates: list[int]) -> int:
        """How many of the header's first lines are a site's menu between bars, under the site's
        name at most ("تعلّم الفرنسية مع أمين" over "الدروس | القواعد | المفردات | المحادثة |
        اختبارات"), with a line without evidence after it, the title: 0, 1 or 2.  Lower in the
        header, items between bars are the writer's (a line-up, a table's heading row under the
        standfirst)."""
        for k, i in enumerate(candidates[:2]):
            if not _bar_menu(self.lines[i].text):
                logo = self.lines[i]
                if k or logo.words > _MENU_MAX_WORDS or logo.body_like:
                    return 0
                continue
            after = candidates[k + 1] if k + 1 < len(candidates) else -1
            if after != i + 1 or self._same_cells(i, after) or self.evidence[after] is not None:
                return 0  # (the last line above the article, or a table's heading row)
            return k + 1
        return 0

    def _same_cells(self, i: int, j: int) -> bool:
        """Lines ``i`` and ``j`` have as many cells between bars (rows of one table)."""
        return self.lines[i].text.count(" | ") == self.lines[j].text.count(" | ")

    def _bare_byline(self, i: int) -> bool:
        """A person's name alone on its line ("محمد سيد", "ليلى الأحمد"), right below a longer line
        without evidence (the title) and right above a date or a byline.  Without a title above it,
        a short line opening with a name is the title ("عمر الشريف.. نهاية مأساوية")."""
        if not self._between_title_and_date(i):
            return False
        judge, line = self.judge, self.lines[i]
        signed = judge.signature(line) or judge.described(line)
        name = signed or line
        # A byline's label ("إعداد: ...", "بقلم ...") says it is one however short the headline
        # above it; a titled name ("د. خالد الوزني") may be as long as it; a bare name is shorter.
        above = self.lines[i - 1].words
        if signed is None:
            if line.newsy or above < line.words or (above == line.words and not judge.titled(line)):
                return False
        if not name.analysed or name.newsy or not judge.names_a_person(name):
            return False
        # A title names its subject again in the article ("محمد صلاح يكتب التاريخ", "قصة موسى
        # والخضر" over "... موسى ... الخضر ..."); a writer's surname is seldom in it.
        return not self._surname_in_article(name)

    def _between_title_and_date(self, i: int) -> bool:
        """Line ``i`` stands right under a line without evidence (a title) and right above what
        sites print beside a title (a date, a byline): where a byline stands."""
        nxt = self.evidence[i + 1] if i + 1 < self.n else None
        return nxt is not None and nxt.kind in _BESIDE_TITLE and i > 0 and self.evidence[i - 1] is None

    def _signed(self, i: int) -> bool:
        """Line ``i`` is a byline's label and a person's name ("كتب - حسين التميمي:", "إعداد: عبد
        الرحيم محمود"); a title may open with a label's word ("كتب التاريخ تعود إلى المكتبات")."""
        ev = self.evidence[i]
        if ev is None or ev.kind != "author_bio":
            return False
        name = self.judge.signature(self.lines[i])
        # a person the article names again is quoted ("كتب محمد الثبيتي:" over his verse)
        return name is not None and self.judge.names_a_person(name) and not self._surname_in_article(name)

    def _outlet_byline(self, i: int) -> bool:
        """The site's name again, right under a line without evidence (the title) and right above
        a date: the outlet signing the article ("إرم نيوز" under the title, as in the page's logo),
        after the place it reports from, off the article's topic ("الرياض ـ الرياضية" under the
        logo "الرياضية"), or a source crediting agencies, off the topic ("يورونيوز عربي مع وكالات")."""
        if i < 2 or not self._between_title_and_date(i):
            return False
        line = self.lines[i]
        if line.words > _SOURCE_MAX_WORDS or line.newsy or self.lines[i - 1].words <= line.words:
            return False
        if self.judge.credits_agencies(line) and self.topic_share(i) == 0.0:
            return True
        if line.words > _OUTLET_MAX_WORDS:
            return False
        key = line.key
        if any(self.lines[j].key == key for j in range(i - 1)):
            return True
        return self.topic_share(i) == 0.0 and any(
            (logo := self.lines[j].key) and key.endswith(f" {logo}") for j in range(i - 1)
        )

    def _article_words(self) -> frozenset[str]:
        """The folded words of the article's paragraphs, also without a one-letter proclitic
        ("والخضر" names "الخضر", "وإخوته" "إخوته"; "السيد" is not "سيد"), built for a bare
        byline's check only."""
        if self._words is None:
            words = {word for a in self.anchors for word in self.lines[a].runs}
            self._words = frozenset(words | {w[1:] for w in words if len(w) > 3 and w[0] in _ONE_LETTER_PROCLITICS})
        return self._words

    def _menu_phrase(self, i: int) -> bool:
        """The whole line is lexicon phrases ("رياضة", "اقتصاد وبورصة"), not a label opening a line."""
        ev = self.evidence[i]
        return ev is not None and ev.rule in _WHOLE_LINE_RULES

    def _title(self, candidates: list[int], bylines: set[int]) -> int:
        """The title among the header's candidate lines: on the article's topic, followed by a
        date or byline (a writer's bare name counts as one), next to the article, not a full
        sentence, not a teaser repeated below."""
        best, best_score = -1, float("-inf")
        run = self._listed_lead(candidates)
        listed, top = set(run[:-1]), run[-1:]
        titles = [
            i
            for i in candidates
            if i not in bylines
            and (i not in listed or self._headline_on_topic(i))
            and not (":" in self.lines[i].text and i in self.fact_box())
            and (self.evidence[i] is None or self.evidence[i].rule == "phrase-label" or self._headless_byline(i))
        ]
        # a table or a schedule opening the body stands under its title, not above it
        opening = min(self.shaped, default=self.n)
        if any(i < opening for i in titles):
            titles = [i for i in titles if i < opening]
        for i in titles:
            line = self.lines[i]
            score = self.topic_share(i) if line.stems else 0.0  # no topic words: no topic evidence
            if score == 0.0 and self.judge.names_a_person(line):
                score -= 1.0  # a name the article never repeats signs it ("د. عبد الله المعمري")
            if self._signed_with_the_logo(i):
                score -= 1.0  # "فاس: فبراير.كوم" under the logo "فبراير.كوم": the site signs the article
            if self.evidence[i] is not None and not self._headless_byline(i):
                score -= 0.7  # a menu word, or a title that opens with a label word
            # a name between the title and the date: a byline, or the subject of a profile
            # ("ملك القلوب" over "د. مجدي يعقوب"); either way the title stands above it
            named = i + 1 in bylines or (i + 1 in titles and self.judge.names_a_person(self.lines[i + 1]))
            beside = i + 2 if named else i + 1
            nxt = self.evidence[beside] if beside < self.n else None
            if (nxt is not None and (nxt.kind in _BESIDE_TITLE or self._bare_credit(beside))) or self._own_result(
                beside
            ):
                score += 1.0
            if i == titles[-1]:
                score += 0.3
            if i in top and (i == 0 or self._under_the_crumbs(i)):
                score += 1.0  # a poem's or a list's first line, under the breadcrumb or opening the page
            if line.sentence_end and line.text.rstrip("\"'»”’)").endswith("."):
                score -= 0.5
            if i in self.repeated() and not self._copied_below(i):
                score -= 1.0
            if line.words < _TITLE_MIN_WORDS:
                score -= 0.5  # a section's or an outlet's name ("أخبار المملكة"), not a headline
            if self._match_result(i):
                score -= 1.0  # a result under a headline ("النصر 3 - 1 الاتحاد"), or the title itself
            if self.judge.closes_a_verse(line):
                score -= 1.0  # "صدق الله العظيم" closes the verse above it: the verse opens the page
            if self._figure_field(i) and self._under_a_headline(i):
                score -= 1.0  # a fact under a title ("رقم القرار: 5218/2024"); alone, it may be the title
            if score >= best_score:
                best, best_score = i, score
        return best

    def _under_the_crumbs(self, i: int) -> bool:
        """Line ``i`` stands right under the site's breadcrumb or menu (strong evidence)."""
        ev = self.evidence[i - 1] if i else None
        return ev is not None and ev.kind == "nav" and self.strong(i - 1)

    def _headless_byline(self, i: int) -> bool:
        """Line ``i`` is shaped like a byline ("place – name") but stands right under the site's
        menus or breadcrumb (strong evidence), or opens a page with no such line above the
        article: the page's own title ("شقة مفروشة للإيجار – الجفير", "خط شنّة – مصيرة").  A
        dateline stands under its title, a logo above the menus."""
        ev = self.evidence[i]
        if ev is None or ev.rule != "byline":
            return False
        if i == 0:  # a cleaned page opens with its title
            first = self.anchors[0] if self.anchors else self.n
            return not any(self.strong(j) for j in range(1, first))
        above = self.evidence[i - 1]
        return above is not None and above.strong

    def _signed_with_the_logo(self, i: int) -> bool:
        """Line ``i`` is short and ends with one of the names the logo gives the site
        (:func:`~arclean.passes.chrome.own_name.own_names`: "فاس: فبراير.كوم" under "فبراير.كوم"): a
        dateline, wherever it stands."""
        line = self.lines[i]
        if i == 0 or line.words > _OUTLET_MAX_WORDS + 2:
            return False
        return any(line.key.endswith(f" {name}") for name in own_names(self.lines[0]))

    def _figure_field(self, i: int) -> bool:
        """Line ``i`` is a field whose value is figures alone: a number, a date ("رقم القرار:
        5218/2024").  A headline may have a colon too ("الصحة: تسجيل 50 إصابة جديدة")."""
        line = self.lines[i]
        if ":" not in line.text or self.judge.field(line) is None:
            return False
        value = line.text.partition(":")[2]
        return _FIGURE.search(value) is not None and _ARABIC_WORD.search(value) is None

    def _under_a_headline(self, i: int) -> bool:
        """Above line ``i`` and the fields right over it stands a headline: a line without evidence
        and without a field's colon, of a title's length, no menu between bars."""
        j = i - 1
        while j > 0 and self.judge.field(self.lines[j]) is not None:
            j -= 1
        line = self.lines[j]
        return (
            j > 0
            and self.evidence[j] is None
            and line.headline
            and line.words >= _TITLE_MIN_WORDS
            and ":" not in line.text
            and not _bar_menu(line.text)
        )

    def _match_result(self, i: int) -> bool:
        """Line ``i`` is a match's result ("النصر 3 - 1 الاتحاد")."""
        if not 0 <= i < self.n:
            return False
        line = self.lines[i]
        dashed = "-" in line.text or "–" in line.text  # (a C scan before the regex)
        found = _SCORE_LINE.fullmatch(line.text) if dashed and line.words <= _SCORE_MAX_WORDS else None
        # a team follows the score, not a particle: "تفسير الآيات 1 - 5 من سورة البقرة" is a range
        return found is not None and fold(found.group(1)) not in self.judge.tag_particles

    def _own_result(self, i: int) -> bool:
        """Line ``i`` is the result of the article's match, alone: a match page prints it under
        the title, as a news page prints the date.  A ticker lists several, of other teams."""
        alone = self._match_result(i) and not self._match_result(i - 1) and not self._match_result(i + 1)
        return alone and self.topic_share(i) >= _ON_TOPIC_SHARE

    def _bare_credit(self, i: int) -> bool:
        """A picture's credit without its description ("صورة أرشيفية"): sites print it under the
        title.  (A described picture's line is a caption anywhere on the page.)"""
        ev = self.evidence[i]
        return ev is not None and ev.kind == "caption_credit" and self.lines[i].words <= _BARE_CREDIT_WORDS

    def _copied_below(self, i: int) -> bool:
        """The next line is the headline again, whole or cut short: a picture's caption or alt text
        under the title ("«الجوازات» توضح خطوات تجديد جواز السفر"), not a teaser listed twice."""
        if i + 1 >= self.n:
            return False
        mine, below = f" {self.lines[i].key} ", f" {self.lines[i + 1].key} "
        return below.strip() != "" and (below in mine or mine in below)

    def _inner(self, lines: list[int], teasers: bool = True) -> None:
        """Lines inside the article (or between title and article): kept unless evidence agrees."""
        lines = [i for i in lines if not self.protected[i] and i not in self.decided and not self._date_heading(i)]
        if not lines:
            return  # (before repeated(), which a page of paragraphs and its title never needs)
        for i in lines:
            ev = self.evidence[i]
            if ev is not None and ev.strong and not self._heads_rows(i):
                self.drop(i, ev.kind, ev.rule)
        repeated = self.repeated()
        for i in lines:
            line = self.lines[i]
            # a refrain is not news-shaped, nor a result given again ("النتيجة النهائية: ...")
            teaser = line.headline and line.newsy and line.words >= _NEAR_MIN_WORDS and not self._match_result(i)
            if i not in self.decided and i in repeated and teaser and not self._refrain(i):
                if self._caption_neighbour(i):
                    self.drop(i, "caption_credit", "caption-alt")
                else:
                    self.drop(i, "related", "repeated")
        self._settle(lines, lambda i: self._inner_line(i, teasers))

    def _inner_line(self, i: int, teasers: bool = True) -> Decision | None:
        line, ev = self.lines[i], self.evidence[i]
        if ev is not None and self._heads_rows(i):
            return None
        if ev is not None:  # weak evidence inside the article needs support: chrome around it, or
            # (for a short line that is not a sentence, and not a subhead) another topic than the article's
            off_topic = (
                not line.prose and not line.sentence_end and not self._subhead(i) and self.below(i, _OFF_TOPIC_SHARE)
            )
            # One of a writer's items needs chrome on both sides (an advert's label beside it in the
            # list is not enough); a one-word label ("إعلان") is no item whatever surrounds it.
            chrome_around = self._chrome_neighbours(i)
            listed = (
                line.words >= 2
                and (off_topic or chrome_around == 1)
                and (self._list_item(i) or self._heads_like_those_above(i))
            )
            if chrome_around > listed or (off_topic and not listed):
                return Decision(ev.kind, ev.rule + "+context")
            return None
        if self._read_also_item(i):
            return Decision("related", "read-also-item")
        if not line.headline or self._writers(i) or self._counts_row(i):
            return None
        if self._caption_neighbour(i):
            return Decision("caption_credit", "caption-alt")
        if self._heads_past_its_picture(i):
            return None
        if self._chrome_neighbours(i) == 2 and line.words <= _SANDWICH_MAX_WORDS and not self._by_its_picture(i):
            return Decision(self._kind_of_neighbours(i), "between-chrome")
        if not teasers or line.words < _NEAR_MIN_WORDS or line.body_like or self.judge.dated_heading(line):
            return None  # (a dated heading, "جلسة 2 نوفمبر 2023", is no teaser: it says when, not what)
        if self.judge.unlike_a_headline(line) or self._match_result(i):
            return None  # the writer's equation, measure, address, result or sentence going on
        if self.below(i, _OFF_TOPIC_SHARE) and self._after_related(i):
            return Decision("related", "related-list")
        if i in self._subhead_series():
            return None
        if self.below(i, _TEASER_SHARE) and self._isolated(i):
            return Decision("related", "off-topic-headline")
        teaser_length = _TEASER_MIN_WORDS + 1 <= line.words <= _TEASER_MAX_WORDS
        if line.newsy and teaser_length and self.below(i, _OFF_TOPIC_SHARE_RUN):
            return Decision("related", "off-topic-teaser")
        return None

    def _heads_like_those_above(self, i: int) -> bool:
        """Line ``i`` heads a paragraph, not the last, like two or more lines above it in the
        article whose own evidence is of its rule, each between two paragraphs: the writer's
        sections, headed by names ("أبو سامر – معرة النعمان", "أم خالد – كفرنبل", then "وليد – خان
        شيخون" under an inserted teaser).  A byline repeats a dropped line; an author box's name
        heads the last paragraph; a comment's name under the comments' heading has none of its kind
        above it."""
        rule = _rule_of(self.evidence[i])
        if rule is None or i + 1 not in self.anchor_set or not i + 1 < self.anchors[-1]:
            return False  # (an author box's name heads the page's last paragraph, the writer's bio)
        key = self.lines[i].key
        if any(self.lines[j].key == key for j in self.decided):
            return False  # a byline repeated under an advert
        anchors = self.anchor_set
        alike = 0
        for j in range(self.anchors[0] + 1, i):
            if j - 1 in anchors and j + 1 in anchors and j not in self.decided and _rule_of(self.evidence[j]) == rule:
                alike += 1
        return alike >= _ALIKE_HEADS_MIN

    def _counts_row(self, i: int) -> bool:
        """A table of counts on one line inside the article, cells ``name: figure`` between bars
        ("عكار: 247 | طرابلس: 18 | زحلة: 21") under the writer's heading ("التوزع حسب الأقضية"): the
        writer's figures, no teaser.  A widget's counts name chrome ("المشاهدات: 1,234 | التعليقات:
        5"), or stand under a paragraph or a widget's heading ("حالة الطقس")."""
        if not self.anchors[0] < i - 1 < i < self.anchors[-1]:
            return False
        above = i - 1
        if above in self.anchor_set or self.evidence[above] is not None or self.lines[above].prose:
            return False
        cells = self.lines[i].text.split(" | ")
        if len(cells) < _COUNTS_MIN_CELLS:
            return False
        for cell in cells:
            name, colon, value = cell.partition(":")
            words = name.split()
            if not colon or _FIGURE.fullmatch(value.strip()) is None or not 1 <= len(words) <= _COUNT_NAME_MAX_WORDS:
                return False
        return all(self.judge.evidence(shape_line(cell.partition(":")[0])) is None for cell in cells)

    def _list_item(self, i: int) -> bool:
        """Line ``i`` stands inside a writer's list below the article's first paragraph: short
        lines without evidence above it and below it, three or more in all, before the paragraphs
        or strong evidence on either side ("صورة عن الهوية الشخصية" among the documents an
        applicant must bring, "صورة" being a caption's label); the last item has a paragraph
        below.  A link's or a poll's label after the list, before the furniture ("اضغط هنا"), has
        neither.  Lines with weak evidence or already judged do not count; the search stops a few
        lines away (a page of labels stays linear)."""
        if i < self.anchors[0]:
            return False  # above the article, short lines are the header's: a title, a byline
        counts = []
        for step in (-1, 1):
            found, j = 0, i + step
            while 0 <= j < self.n and abs(j - i) <= _LIST_REACH and j not in self.anchor_set and not self.strong(j):
                if self.evidence[j] is None and j not in self.decided and not self.lines[j].prose:
                    found += 1
                j += step
            counts.append(found)
        above, below = counts
        # the list's last item when a paragraph follows it
        return (below >= 1 or i + 1 in self.anchor_set) and above + below >= _LIST_MIN_ITEMS

    def _trailer(self, last: int) -> None:
        """After the article: first its tail (kept unless off topic), then the page's furniture.

        A writer's punctuated line after an inline "read also" still belongs to the article: the
        article then ends there, and the lines before it are judged as inside the article."""
        writer = self._last_writer_line(last)
        if writer > last:
            self.writer_end = writer
            self._inner(list(range(last + 1, writer + 1)))
            last = writer
        tail_end = self.n
        for i in range(last + 1, self.n):
            if not self.protected[i] and (self.evidence[i] is not None or self.fragment(i)):
                tail_end = i
                break
        tail = [i for i in range(last + 1, tail_end) if not self.protected[i]]
        self._tail(tail, last, tail_end)
        furniture = [i for i in range(tail_end, self.n) if not self.protected[i]]
        for i in furniture:
            ev = self.evidence[i]
            if ev is not None:
                self.drop(i, ev.kind, ev.rule)
            elif self.fragment(i):
                self.drop(i, "share", "latin-fragment")
        self._settle(furniture, self._furniture_line)

    def _last_writer_line(self, last: int) -> int:
        """The last line after ``last`` punctuated like prose or a list ("." or "..", a bullet), not
        itself chrome and not standing between two lines with evidence (a poll question); or -1."""
        for i in range(self.n - 1, last, -1):
            line = self.lines[i]
            if self.evidence[i] is not None or self.protected[i] or line.words < 3 or line.headline_quote:
                continue
            ends = line.trailing_dots in (1, 2) or line.text.rstrip(_CLOSERS).endswith(".")
            if not (ends or line.numbered or line.text.startswith(_BULLETS)) or line.truncated:
                continue
            if not ends and line.numbered and self._headed_by_chrome(i) and self.below(i, _SAME_TOPIC_SHARE):
                continue  # "الأكثر قراءة" then "1. ...", "2. ...": a widget's numbered teasers
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < self.n]
            if not all(self.evidence[j] is not None for j in neighbours):  # not embedded in chrome
                return i
        return -1

    def _headed_by_chrome(self, i: int) -> bool:
        """The numbered list holding line ``i`` is headed by a line with strong evidence."""
        j = i
        while j > 0 and self.lines[j - 1].numbered:
            j -= 1
        return j > 0 and self.strong(j - 1)

    def _tail(self, tail: list[int], last: int, tail_end: int) -> None:
        """Lines right after the last paragraph, before the page's furniture: the article's own
        ending (a list, verse, a question, a closing formula) unless they read as teasers on another topic."""
        if not tail:
            return
        # The writer's closing formula ("والله ولي التوفيق") or reported speech ("وكتب ...:") is never
        # dropped here; it still counts in the tail's shape (a signature may follow it).
        judge = self.judge
        writers = {i for i in tail if judge.closes(self.lines[i]) or judge.continues(self.lines[i])}
        # A courtesy ending in a comma ("مع خالص التحية،") waits for its signature on the next line:
        # never dropped, though it counts in the tail's shape like any line (the lines after it may
        # be the signer's too: "مدرسة النور", "الرياض").
        signed = {
            i + 1
            for i in writers
            if i + 1 < tail_end
            and self.lines[i].text.endswith(_PAUSES)
            and self.lines[i + 1].words <= _SIGNATURE_MAX_WORDS
        }
        any_body_like = any(self.lines[i].body_like for i in tail)
        short_tail = len(tail) <= 2 and not any_body_like
        shape = {i: self.lines[i] for i in tail if i not in writers}
        lines = {i: line for i, line in shape.items() if i not in signed}
        tag_run = (
            len(tail) >= 2
            and not any_body_like
            and all(line.words <= _TAG_MAX_WORDS for line in shape.values())
            and not self._fields_go_on(last, tail[0])
            and sum(self.off_topic(i) for i in shape) * 2 >= len(shape)
            and self._named_topics(list(shape.values()))
        )
        keywords = not writers and self._keyword_run(tail, last, tail_end)
        repeated = self.repeated()
        for i, line in lines.items():
            if line.body_like and not line.truncated:
                continue
            low = self.below(i, _OFF_TOPIC_SHARE)
            if tag_run or keywords:
                self.drop(i, "tags", "trailer-tags")
            elif low and ((line.truncated and line.words >= _CUT_TEASER_MIN_WORDS) or (i in repeated and line.newsy)):
                self.drop(i, "related", "trailer-teaser")
            elif low and short_tail and line.words >= _TEASER_MIN_WORDS and line.headline:  # (a comma: the writer's)
                self.drop(i, "related", "trailer-off-topic")
        self._settle([i for i, line in lines.items() if not line.body_like], self._tail_line)

    def _fields_go_on(self, last: int, i: int) -> bool:
        """Line ``i``, right under the last paragraph ``last``, is a field as that paragraph is: the
        writer's rows go on ("صحيًا: انتبه لنظامك الغذائي ..." over "اللون المحظوظ: الأزرق"), no tag."""
        judge = self.judge
        return i == last + 1 and judge.field(self.lines[i]) is not None and judge.field(self.lines[last]) is not None

    def _named_topics(self, lines: list[Line]) -> bool:
        """Short lines shaped like tags: not headed by a writer's list heading or announced by a verb
        of saying, most of them noun phrases (no particle, no imperative first: one may be "العدوان
        على غزة"), and one at least naming a definite thing or a person ("الأمن المستدام", "محمد
        صلاح", "النصر").  A writer's short list ends an article in other shapes: steps ("علقي
        الصورة"), indefinite descriptions ("حمام دافئ", "غرفة مظلمة"), sources under "المراجع"."""
        judge = self.judge
        if not lines or judge.heads_a_list(lines[0]) or any(judge.leads_in(line) for line in lines):
            return False  # "المراجع", "نصائح أخرى" head it; "واختتم كلمته بالقول" announces it
        if sum(judge.names_a_topic(line) for line in lines) * 2 <= len(lines):
            return False
        return any(judge.definite(line) for line in lines)

    def _keyword_run(self, tail: list[int], last: int, tail_end: int) -> bool:
        """Tags without their heading: three or more names of the article's subjects, four words at
        most and two and a half on average ("لبنان", "أخبار لبنان", "إعادة الإعمار"), between the
        last paragraph and the page's furniture.  A writer's list is announced ("...:"), numbered or
        bulleted, and its items are longer; a poem's lines are longer and do not all name what the
        article is about."""
        if not _KEYWORDS_MIN_LINES <= len(tail) <= _ANNOUNCED_MAX_ITEMS or tail_end >= self.n:
            return False
        if tail != list(range(last + 1, tail_end)) or self.lines[last].text.endswith(":"):
            return False
        lines = [self.lines[i] for i in tail]
        if sum(line.words for line in lines) > _KEYWORD_MEAN_WORDS * len(lines):
            return False
        for i, line in zip(tail, lines, strict=True):
            if line.words > _TAG_MAX_WORDS + 1 or not line.headline or line.numbered or ":" in line.text:
                return False
            if _bullet_of(line.text) is not None or self.topic_share(i) < 1.0:
                return False  # every topic word of a tag is the article's (a source's title is not)
        return True

    def _tail_line(self, i: int) -> Decision | None:
        """A headline between two dropped teasers (or a teaser and the furniture) is one of them."""
        if not self.lines[i].headline or self.topic_share(i) >= _SAME_TOPIC_SHARE:
            return None
        if self._chrome_neighbours(i) == 2:
            return Decision(self._kind_of_neighbours(i), "between-chrome")
        return None

    def _furniture_line(self, i: int) -> Decision | None:
        line = self.lines[i]
        chrome_neighbours = self._chrome_neighbours(i)
        if line.sentence_end and line.words >= 3:
            if line.words > _SANDWICH_MAX_WORDS:
                return None
            neighbours = sum(1 for j in (i - 1, i + 1) if 0 <= j < self.n)
            if chrome_neighbours == neighbours or (chrome_neighbours and line.headline_quote and self.off_topic(i)):
                return Decision(self._kind_of_neighbours(i), "between-chrome")
            return None
        if not line.headline:
            return None
        if self.on_topic(i) and not chrome_neighbours:
            return None
        return Decision("nav" if line.words <= _MENU_MAX_WORDS - 1 else "related", "trailer-list")

    def _settle(self, lines: list[int], rule: Callable[[int], Decision | None]) -> None:
        """Apply a context rule until no line changes: a dropped line changes its neighbours'
        context, so they are looked at again (a work list: linear, whichever way chains run)."""
        if not lines:
            return
        members = set(lines)
        pending = deque(lines)
        queued = set(lines)
        while pending:
            i = pending.popleft()
            queued.discard(i)
            if i in self.decided:
                continue
            decision = rule(i)
            if decision is None:
                continue
            self.drop(i, decision.kind, decision.rule)
            if i not in self.decided:  # refused (a full sentence): its neighbours' context is unchanged
                continue
            for j in (i - 1, i + 1):
                if j in members and j not in self.decided and j not in queued:
                    pending.append(j)
                    queued.add(j)

    # ------------------------------------------------------------------------------ context helpers
    def _by_its_picture(self, i: int) -> bool:
        """Line ``i``, on the article's topic, stands beside a picture's caption: the title over
        its picture, not one of a block of chrome around it."""
        return self.topic_share(i) >= _SAME_TOPIC_SHARE and (self._caption(i - 1) or self._caption(i + 1))

    def _heads_past_its_picture(self, i: int) -> bool:
        """A caption below line ``i``, then a paragraph: the line heads that paragraph, whatever
        its words ("كيف تتصرف وقت العاصفة" over the storm's picture and the advice)."""
        return self._caption(i + 1) and i + 2 in self.anchor_set

    def _caption(self, i: int) -> bool:
        """Line ``i`` is a picture's caption or credit, by its own evidence."""
        ev = self.evidence[i] if 0 <= i < self.n else None
        return ev is not None and ev.kind == "caption_credit"

    def _chrome_neighbours(self, i: int) -> int:
        """How many of the two neighbouring lines are chrome (0, 1 or 2)."""
        return sum(1 for j in (i - 1, i + 1) if 0 <= j < self.n and self.chrome(j))

    def _date_heading(self, i: int) -> bool:
        """One of two or more dates between paragraphs, each a plain date ("الأحد 8 أكتوبر 2023") or a
        weekday alone ("الخميس"): the headings of a diary, a timeline or a forecast; one such date
        under a scene break (:meth:`_dated_scene`); or a date's label heading a section
        (:meth:`_bare_date_label_heading`).  A site prints one stamp, often with a clock time, a
        label or digits and slashes ("آخر تحديث: ...", "12/03/2024")."""
        if self._date_headings is None:
            dates = frozenset(j for j in range(self.n) if self._plain_date_between_paragraphs(j))
            if len(dates) == 1 and self._years_between_entries() >= 2:
                dates |= {j for j in range(self.n) if self._plain_date_between_paragraphs(j, inserts=True)}
            elif len(dates) >= 2:  # a diary: its days may also stand under a caption or a pasted link,
                # written as its other days are (a teaser's own date under its link is not one of them)
                sizes = {self.lines[j].words for j in dates}
                dates |= {
                    j
                    for j in range(self.n)
                    if self.lines[j].words in sizes and self._plain_date_between_paragraphs(j, inserts=True)
                }
            else:
                dates = frozenset(j for j in dates if self._dated_scene(j))
            self._date_headings = dates
        return i in self._date_headings or self._bare_date_label_heading(i) or self._zone_time(i)

    def _years_between_entries(self) -> int:
        """How many lines are a year alone between two entries ("2013" over "زحف الرمال يغلق ..."): a
        timeline's headings, among which a fuller date ("مارس 2017") is one more."""
        return sum(
            1
            for j in range(1, self.n - 1)
            if _YEAR_LINE.fullmatch(self.lines[j].text.strip()) and self._entry(j - 1) and self._entry(j + 1)
        )

    def _zone_time(self, i: int) -> bool:
        """One of two or more lines in a row inside the article, each a clock time in a named zone
        ("10:00 مساءً بتوقيت مكة المكرمة", "9:00 مساءً بتوقيت القاهرة"): when a match or an event
        starts, for readers in each country.  A site's stamp gives one time."""
        if not self._in_zone(i) or not self.anchors or i <= self.anchors[0]:
            return False
        return self._in_zone(i - 1) or self._in_zone(i + 1)

    def _in_zone(self, i: int) -> bool:
        """Line ``i`` is a clock time in a named zone and nothing else (no label, no button)."""
        line = self.lines[i] if 0 <= i < self.n else None
        if line is None or not line.text[:1].isdigit() or line.words > _ZONE_TIME_MAX_WORDS:
            return False  # (the regex only for a line opening with a digit)
        ev = self.evidence[i]
        return (ev is None or ev.kind == "date") and _ZONE_TIME.fullmatch(line.text.strip()) is not None

    def _bare_date_label_heading(self, i: int) -> bool:
        """A one-word date label, a noun, alone inside the article with a paragraph right below it:
        a section's heading ("التاريخ", a town's history, in an encyclopedia), since a label's value
        stands beside it or under it as a date.  ("محدث" over a live blog's entry is a badge.)"""
        ev = self.evidence[i]
        return (
            ev is not None
            and ev.kind == "date"
            and ev.rule == "phrase-label"
            and self.lines[i].words == 1
            and self.lines[i].key.startswith("ال")  # a noun ("التاريخ"), not a badge ("محدث")
            and i + 1 in self.anchor_set
        )

    def _clock(self, i: int) -> re.Match[str] | None:
        """Line ``i`` as a clock time alone ("21:30", "1:15 م"), or None."""
        line = self.lines[i]
        return _CLOCK_LINE.fullmatch(line.text) if line.chars <= _CLOCK_LINE_CHARS else None

    def _live_times(self) -> frozenset[int]:
        """Lines that are a clock time alone, each heading an entry, three or more in time order,
        from right above the first paragraph to the first strong evidence below it: a live
        blog's entries ("21:30" over "أعلنت الهيئة ..."), newest or oldest first.  Above each time,
        past any line with evidence (an advert's label, which a later round removes), stands the
        previous entry or the header.  A site prints one time beside a date or a label; a video's
        length, a ticker's or a comment's time stand in the furniture after the article or under a
        reader's name.  A time under an embed's line (a video's teaser between two entries) is
        one of them when it falls between the times around it."""
        if not self._timed_lines():
            return frozenset()  # (a clock time alone opens its line: the page scan rules it out)
        first = self.anchors[0]
        end = next(
            (j for j in range(first + 1, self.n) if self.strong(j) and self._clock(j) is None and not self._embed(j)),
            self.n,
        )
        times: list[tuple[int, int]] = []
        under_embeds: list[tuple[int, int]] = []
        for j in range(max(first - 1, 0), end - 1):
            match = self._clock(j)
            if match is None or not self._entry(j + 1):
                continue
            above = next((k for k in range(j - 1, -1, -1) if self.evidence[k] is None), -1)
            (times if above < first or self._entry(above) else under_embeds).append((j, _minutes(match)))
        minutes = [m for _, m in times]
        ordered = minutes == sorted(minutes) or minutes == sorted(minutes, reverse=True)
        if len(times) < _LIVE_TIMES_MIN or not ordered or len(set(minutes)) < len(minutes):
            return frozenset()
        found = {j for j, _ in times}
        for j, m in under_embeds:
            k = bisect_left(times, (j, m))  # the first time below line j
            if 0 < k < len(times) and min(times[k - 1][1], times[k][1]) < m < max(times[k - 1][1], times[k][1]):
                found.add(j)
        return frozenset(found)

    def _page_text(self) -> str:
        """The page's lines, each after a line feed, for one C scan that rules a rare shape out."""
        if self._joined is None:
            self._joined = "\n" + "\n".join([line.text for line in self.lines])
        return self._joined

    def _timed_lines(self) -> bool:
        """Some line opens with a clock time ("21:30", "06:00 القرآن الكريم"): one C scan of the page."""
        if self._timed is None:
            joined = self._page_text()
            self._timed = ":" in joined and _TIMED_LINE_ANYWHERE.search(joined) is not None
        return self._timed

    def _timetable(self) -> frozenset[int]:
        """Lines opening with a clock time and naming what happens then ("06:00 القرآن الكريم"),
        four or more in time order (past midnight at most once), at most two lines apart, inside
        the article, or right under its last paragraph (an episode's chapters, "31:05 الكثيب
        ..."), and, above its first, running down to it: a TV guide's or an event's schedule.  A
        ticker of the latest news lists its times newest first, and stands in the furniture.
        (Between paragraphs, an oldest-first ticker looks the same: kept.)"""
        if not self._timed_lines():
            return frozenset()  # (one C scan of the page: most pages hold no schedule)
        minutes = {
            j: _minutes(match)
            for j, line in enumerate(self.lines)
            if (match := _TIMED_LINE.match(line.text)) is not None and line.words >= 2 and not self.strong(j)
        }
        first, last = self.anchors[0], self.anchors[-1]
        found: set[int] = set()
        for group in _near_groups(list(minutes), _ROW_GAP):
            above = [j for j in group if j < last]
            if above:
                group = above  # (a ticker may follow the article)
            elif not self._right_under_the_article(group[0]):
                continue  # below the article, only a schedule right under it
            if group[0] < first <= group[-1]:
                # across the first paragraph, the lines above it run down to it line by line: a
                # header's widget (the prayer times) stands above the title, two lines up
                below = next(n for n, j in enumerate(group) if j >= first)
                while below > 0 and group[below] - group[below - 1] == 1:
                    below -= 1
                group = group[below:]
            wraps = sum(1 for a, b in pairwise(group) if minutes[b] < minutes[a])
            # above the first paragraph, a schedule opens the body and runs down to it; one that
            # ends higher is a widget of the header ("مباريات اليوم", the prayer times)
            opens_body = group[-1] >= first - 1
            if len(group) >= _TIMETABLE_MIN_LINES and wraps <= 1 and opens_body:
                found.update(group)
        return frozenset(found)

    def _schedule_days(self) -> frozenset[int]:
        """Two or more plain dates written alike, each right above a row with a clock time and no
        evidence ("الجمعة 30 يناير" over "سموحة × الأهلي - 8:00 م"): the days of a schedule of
        fixtures or events, with their rows and the short heading above them: the article's, below
        its first paragraph and, below its last, right under it.  A teaser's date stands under its
        headline, and a page's stamp over the title or the article, without a time in either; a
        widget of events by day stands in the header or past a list's heading."""
        if not _clocked(self._page_text()):
            return frozenset()  # (most pages print no time)
        days = [
            i
            for i in range(self.n - 1)
            if self._plain_date(i) and self.evidence[i + 1] is None and _clocked(self.lines[i + 1].text)
        ]
        if len(days) < 2 or len({self.lines[i].words for i in days}) > 1 or days[0] < self.anchors[0]:
            return frozenset()  # (above the article: a widget of events or of the most read by day)
        if not self._right_under_the_article(days[0]):
            return frozenset()
        schedule = set(days)
        heading = days[0] - 1  # and the schedule's short heading ("الجولة المقبلة")
        line = self.lines[heading]
        if self.evidence[heading] is None and line.headline and line.words <= _SUBHEAD_MAX_WORDS:
            schedule.add(heading)
        for i in days:  # with each day, its rows
            j = i + 1
            while j < self.n and self.evidence[j] is None and _clocked(self.lines[j].text):
                schedule.add(j)
                j += 1
        return frozenset(schedule)

    def _right_under_the_article(self, i: int) -> bool:
        """Line ``i`` stands above the article's last paragraph, or below it with nothing between
        but lines without evidence and what a site pastes into an article: not in the furniture
        past a share row, a tag list or a list's heading."""
        return all(self._pasted(j) for j in range(self.anchors[-1] + 1, i))

    def _pasted(self, j: int) -> bool:
        """Line ``j`` has no evidence, or is pasted into the article: a caption or a link to another
        article with its headline ("اقرأ أيضا | ..."), not a list's heading ("شاهد أيضا")."""
        return self.evidence[j] is None or (self._inserted(j) and self.lines[j].words > _TAG_MAX_WORDS)

    def _table_rows(self) -> frozenset[int]:
        """Rows of a table inside the article: three or more lines with the same number of cells
        between "|" (or two or more " - ": "الطالبة ... - 99.9 - الفرع العلمي - مدرسة ..."), each
        with a figure, at most two lines apart (a heading row between), from the first paragraph
        to the last ("أكوا باور | 409.00 | +2.9%"), with the line right above a group when it is a
        short heading, a menu word at most ("أسعار العملات").  A menu's cells have no figures; a
        widget of prices stands outside the article."""
        first, last = self.anchors[0], self.anchors[-1]
        found: set[int] = set()
        for cells in _CELLS:
            if cells.long_rows:
                if cells.mark.strip() not in self._page_text():
                    continue  # (a memchr: most pages have no bar)
                rows = list(range(first + 1, last))
            else:  # short lines only: "-" shares its low byte with "ح", so no page scan for " - "
                paragraphs = self.anchor_set
                rows = [
                    j for j in range(first + 1, last) if j not in paragraphs and self.lines[j].words <= _ROW_MAX_WORDS
                ]
            if len(rows) >= _ROWS_LOOKED_AT:
                found.update(self._rows_between(rows, cells))
            if cells.long_rows:
                found.update(self._rows_between(list(range(first)), cells, opening=True))
        return frozenset(found)

    def _rows_between(self, inside: list[int], cells: _Cells, opening: bool = False) -> set[int]:
        """The groups of rows among lines ``inside`` (see :meth:`_table_rows`), with their header
        row and heading.  With ``opening`` (lines above the first paragraph), only a table that
        opens the body: under its header row, and running down to the first paragraph with at
        most a short heading between (a flight board under its page's title); a widget of prices
        in the header stands above the title and the byline."""
        first, mark = self.anchors[0], cells.mark
        widths = {
            j: self.lines[j].text.count(mark)
            for j in inside
            if mark in self.lines[j].text
            and not self.strong(j)
            and _FIGURE.search(self.lines[j].text)
            and (cells.long_rows or not _DATED_CELL.search(self.lines[j].text))  # "ملخص - 3:45 - 2024"
        }
        by_width: defaultdict[int, list[int]] = defaultdict(list)
        for j, width in widths.items():
            if width >= cells.min_marks:
                by_width[width].append(j)
        found: set[int] = set()
        for width, rows in by_width.items():
            for group in _near_groups(rows, _ROW_GAP):
                # a row's first cell names a thing ("أكوا باور"); a link's title and its date
                # ("الهلال يتعاقد مع مهاجم برازيلي | 12 مارس 2024") are a related list
                named = sum(len(self.lines[j].text.split(mark, 1)[0].split()) for j in group)
                if len(group) < _TABLE_MIN_ROWS or named > cells.max_name_words * len(group):
                    continue
                heading = group[0] - 1
                header_row = (
                    (heading >= 0 if opening else heading > first)
                    and self.lines[heading].text.count(mark) == width
                    and not self.strong(heading)
                )
                if opening:
                    if header_row and self._opens_body(heading, group[-1]):
                        found.update((heading, *group))  # (its name, if any, is left to the header)
                    continue
                found.update(group)
                if header_row:
                    found.add(heading)  # the header row ("العملة | شراء | بيع")
                    heading -= 1
                # a menu word names the table ("أسعار العملات"); a link, a share button or a
                # "read also" heading does not
                ev = self.evidence[heading]
                short = self.lines[heading].words <= _MENU_MAX_WORDS and heading not in self.anchor_set
                if short and (ev is None or (ev.kind == "nav" and ev.rule in _WHOLE_LINE_RULES)):
                    found.add(heading)
        return found

    def _opens_body(self, header: int, bottom: int) -> bool:
        """A table from its header row ``header`` to line ``bottom``, above the first paragraph,
        opens the body: its header row and a line above it without strong evidence (the title)
        are on the article's topic ("رقم الرحلة | القادمة من | الموعد" over an arrivals page's
        notes), and at most :data:`_ROW_GAP` short lines without strong evidence (a heading, a
        button) stand between it and the first paragraph.  A widget's table is about something
        else ("العملة | شراء | بيع" on an oil story), or has only menus above it."""
        between = range(bottom + 1, self.anchors[0])
        if len(between) > _ROW_GAP or any(self.strong(k) or self.lines[k].words > _MENU_MAX_WORDS for k in between):
            return False
        if not self.on_topic(header):
            return False
        return any(not self.strong(k) and self.on_topic(k) for k in range(header))

    def _plain_date(self, i: int) -> bool:
        """Line ``i`` is a date alone, without a label or slashes ("الأحد 8 أكتوبر 2023")."""
        ev, line = self.evidence[i], self.lines[i]
        return ev is not None and ev.rule == "date-line" and ":" not in line.text and "/" not in line.text

    def _plain_date_between_paragraphs(self, i: int, inserts: bool = False) -> bool:
        line = self.lines[i]
        weekday = line.words == 1 and line.key in self.judge.weekdays  # a forecast's day: "الخميس"
        return (
            (self._plain_date(i) or weekday)
            and self._entry(self._past_ornaments(i, -1, inserts))
            and self._entry(self._past_ornaments(i, 1, inserts))
        )

    def _dated_scene(self, i: int) -> bool:
        """A date with its numbers (not a weekday alone) right under a scene break ("***") inside
        the article: a story's letter or diary entry.  A page's stamp is printed after no ornament."""
        dated = _FIGURE.search(self.lines[i].text) is not None
        inside = bool(self.anchors) and self.anchors[0] < i
        return dated and inside and self._scene_break(i - 1)

    def _scene_break(self, i: int) -> bool:
        """Line ``i`` is an ornament between a story's parts ("***", "* * *", "⁂", "———"), not an
        icon or a bullet ("•", "🕒") left by a widget."""
        return self.lines[i].words == 0 and _SCENE_BREAK.fullmatch(self.lines[i].text.strip()) is not None

    def _past_ornaments(self, i: int, step: int, inserts: bool = False) -> int:
        """The next line from ``i`` in the direction ``step`` that is no scene break ("***" stands
        between a story's paragraphs) and, with ``inserts``, nothing a site pastes between a
        diary's days: a picture's caption, a "read also" link."""
        i += step
        while 0 <= i < self.n and (self._scene_break(i) or (inserts and self._inserted(i))):
            i += step
        return i

    def _inserted(self, i: int) -> bool:
        """Line ``i`` is a picture's caption or credit ("صورة: شلالات وادي دربات") or a link to
        another article ("اقرأ أيضاً: ..."), by strong evidence of its own."""
        ev = self.evidence[i]
        return ev is not None and ev.kind in ("caption_credit", "related") and self.strong(i)

    def _embed(self, i: int) -> bool:
        """Line ``i`` is a caption or a link standing alone between two entries, by strong evidence
        ("اقرأ أيضا: ...", "صورة: ..."), not the heading of a block of them ("ذات صلة")."""
        ev = self.evidence[i]
        return ev is not None and ev.rule not in _WHOLE_LINE_RULES and self._inserted(i)

    def _entry(self, i: int) -> bool:
        """A paragraph, or a timeline's short entry: a sentence of a few words without strong
        evidence (weak evidence is a word a sentence may hold: "إطلاق موقع إلكتروني ...")."""
        if i in self.anchor_set:
            return True
        line = self.lines[i] if 0 <= i < self.n else None
        if line is None or not line.sentence_end or line.words < _ENTRY_MIN_WORDS:
            return False
        ev = self.evidence[i]
        return ev is None or not ev.strong

    def _subhead(self, i: int) -> bool:
        """A section's name or a date label opening a few words, with a paragraph right above and
        right below and no label mark: how a writer heads a section ("كرة القدم", "التاريخ يعيد
        نفسه").  An advert's label is one word ("إعلان"), an embed's title a label ("فيديو - ..."),
        a sponsor's or a link's line another kind of evidence ("برعاية ...", "اضغط هنا")."""
        line, ev = self.lines[i], self.evidence[i]
        return (
            ev is not None
            and (ev.kind == "nav" or (ev.kind == "date" and ev.rule == "phrase-label"))
            and (2 if ev.kind == "date" else 1) <= line.words <= _SUBHEAD_MAX_WORDS
            and not any(c.isdigit() for c in line.text)
            and i - 1 in self.anchor_set
            and i + 1 in self.anchor_set
            and not any(mark in line.text for mark in _LABEL_MARKS)
            and (line.words > 1 or (self._sibling_heading(i) and (not self._in_a_menu(i) or self._named_below(i))))
        )

    def _named_below(self, i: int) -> bool:
        """The paragraph below line ``i`` says its word: the section it heads ("التعليم" over
        "وارتفعت مخصصات التعليم ..."), even when the page's menu has that word too."""
        return self.lines[i].key in self.lines[i + 1].key.split()

    def _in_a_menu(self, i: int) -> bool:
        """Line ``i``'s word is an item of a menu on the page, a line of its own or between bars
        ("رياضة | فيديو | صور"): a site's label spliced between paragraphs, not the writer's heading."""
        key = self.lines[i].key
        for j, line in enumerate(self.lines):
            if j != i and (line.key == key or (" | " in line.text and key in line.key.split())):
                return True
        return False

    def _heads_rows(self, i: int) -> bool:
        """Line ``i``, a chrome phrase of three words at most, heads a section of the writer's rows
        (short sentences, fields): a row or the list's announcement ("...:") right above, a row or a
        paragraph right below, and another short line without evidence heading rows the same way
        inside the article, down to the writer's last line after its last paragraph ("الجوائز" ...
        "الشروط والأحكام"; "شارك برأيك" and "تابع النتائج" under
        "ويتضمن التطبيق أربعة أقسام:").  A site's label between paragraphs has a paragraph above it;
        one dropped into a list stands over the next section's heading, not a row."""
        line, (first, last) = self.lines[i], (self.anchors[0], self.writer_end)
        if not 2 <= line.words <= _TAG_MAX_WORDS or line.sentence_end or not first < i < last or ":" in line.text:
            return False  # (a one-word label, "إعلان", "شارك", "تابعنا", is what sites drop into lists)
        ev = self.evidence[i]
        if ev is not None and ev.kind == "related":
            return False  # "اقرأ أيضا" heads links, not the writer's rows
        if not self._opens_rows(i):
            return False
        return any(
            j != i
            and self.evidence[j] is None
            and j not in self.anchor_set
            and not self.lines[j].sentence_end
            and self.lines[j].words <= _TAG_MAX_WORDS + 1
            and ":" not in self.lines[j].text
            and self._opens_rows(j)
            for j in range(first + 1, last)
        )

    def _opens_rows(self, i: int) -> bool:
        """Line ``i`` stands between the end of a section of rows (a row, or the announcement of a
        list) and the start of the next (a row or a paragraph)."""
        above, below = self.lines[i - 1], self.lines[i + 1]
        after_rows = self._row(i - 1) or (self.evidence[i - 1] is None and above.text.rstrip().endswith(":"))
        return after_rows and (self._row(i + 1) or (i + 1 in self.anchor_set and below.sentence_end))

    def _row(self, j: int) -> bool:
        """Line ``j`` is one of the writer's short rows: no evidence, not a paragraph, a sentence
        or a field ("مدة التصويت 30 يوما.", "المركز الثاني: 15,000 ريال قطري")."""
        line = self.lines[j]
        return (
            self.evidence[j] is None
            and j not in self.anchor_set
            and line.words >= 2
            and (line.sentence_end or ":" in line.text)
        )

    def _sibling_heading(self, i: int) -> bool:
        """Another short line without evidence heads a paragraph inside the article: the writer
        heads sections, so a one-word menu word between paragraphs is one of them ("التاريخ" ...
        "الاقتصاد"); alone, it is a widget's label a site drops between paragraphs ("بودكاست")."""
        first = self.anchors[0]
        return any(
            j != i
            and j + 1 in self.anchor_set
            and j not in self.anchor_set
            and self.evidence[j] is None
            and not self.lines[j].prose
            and not self.lines[j].sentence_end
            and self.lines[j].words <= _SUBHEAD_MAX_WORDS
            for j in range(first + 1, self.n - 1)
        )

    def _subhead_series(self) -> frozenset[int]:
        """Short lines (four words at most) that each stand between two paragraphs, three or more on
        the page: the sections of the article ("الخليفة أبو بكر الصديق", "الخليفة عمر بن الخطاب",
        ...), however little their words share with it.  Teasers a site inserts between paragraphs
        are headline sentences ("ريال مدريد يحسم صفقة المدافع الفرنسي"): longer, and not counted."""
        if self._series is None:
            anchors = self.anchor_set
            alone = [
                j
                for j in range(1, self.n - 1)
                if j - 1 in anchors
                and j + 1 in anchors
                and j != self.title
                and self.evidence[j] is None
                and self.lines[j].headline
            ]
            found = frozenset(
                j
                for j in alone
                if not self.lines[j].newsy  # (a teaser's colon, quotes or figures)
                and self.lines[j].words <= _SERIES_MAX_WORDS  # (a teaser is a longer sentence)
            )
            self._series = (found if len(found) >= _SERIES_MIN_SUBHEADS else frozenset()) | self._counted(alone)
        return self._series

    def _counted(self, alone: list[int]) -> frozenset[int]:
        """Headings counted under one noun, three or more each between paragraphs ("الخطوة الأولى:
        الإحرام", ..., "الخطوة الرابعة: الحلق أو التقصير"): the writer's sections, whatever their words."""
        by_label: defaultdict[str, list[int]] = defaultdict(list)
        for j in alone:
            label = self.judge.counted_label(self.lines[j]) if ":" in self.lines[j].text else None
            if label is not None:
                by_label[label].append(j)
        return frozenset(j for group in by_label.values() if len(group) >= _SERIES_MIN_SUBHEADS for j in group)

    def _isolated(self, i: int) -> bool:
        """Both neighbours are paragraphs, chrome or the page's edge: not part of a run of short lines."""
        return all(
            not 0 <= j < self.n or j in self.anchor_set or j == self.title or self.chrome(j) for j in (i - 1, i + 1)
        )

    def _after_related(self, i: int) -> bool:
        """A bare "read also" heading ("اقرأ أيضا", "مواضيع ذات صلة") stands at most a few lines above,
        with only items of its list in between.  ("اقرأ أيضا: <headline>" is a link, not a heading.)"""
        for j in range(i - 1, max(i - 1 - _RELATED_LIST_MAX, -1), -1):
            decided = self.decided.get(j)
            if decided is not None and decided.rule in ("related-list", "read-also-item"):
                continue
            return _heads_teasers(self.evidence[j])
        return False

    def _read_also_item(self, i: int) -> bool:
        """A headline right under a bare "read also" heading inside the article ("اقرأ أيضاً", then
        "البنك الدولي: 11 مليار دولار كلفة إعادة إعمار لبنان"): a link to another story, however
        close its topic, unless it is all the article's and shaped like a subhead (no number, quote,
        colon or ".." of a news headline).  Only the first line under the heading, and of a teaser's
        length: a short line there may be a subhead after a "read more" link ("اقرأ المزيد", then
        "خطة تطوير"), and a question a subhead after the list ("من أين جاء رقم العشرة آلاف؟"); the
        items after the first keep the off-topic test of :meth:`_after_related`."""
        line = self.lines[i]
        if not line.headline or line.words < _TEASER_MIN_WORDS or line.words > _TEASER_MAX_WORDS:
            return False
        if i == 0 or self._writers(i) or line.numbered or line.text.startswith(_BULLETS):
            return False
        ev = self.evidence[i - 1]
        if ev is None or not ev.strong or ev.kind != "related" or not _heads_teasers(ev):
            return False
        if self._figures_follow(i):
            return False
        return line.newsy or self.below(i, _SAME_TOPIC_SHARE)  # a subhead is the article's own topic

    def _figures_follow(self, i: int) -> bool:
        """The next line is a paragraph that gives every figure of line ``i``, one of them specific (a
        decimal or three digits or more, not a year): line ``i`` is the subhead announcing it
        ("أسعار الفائدة الجديدة: 27.25% للإيداع", then "... إلى 27.25 بالمائة").  A year or a small
        count ("يوليو 2025", "10 جنيهات") is in the next paragraph of many a teaser too."""
        figures = _FIGURE.findall(ascii_digits(self.lines[i].text))
        if not any(_specific(figure) for figure in figures) or i + 1 >= self.n or not self.lines[i + 1].body_like:
            return False
        following = set(_FIGURE.findall(ascii_digits(self.lines[i + 1].text)))
        return all(figure in following for figure in figures)

    def _kind_of_neighbours(self, i: int) -> str:
        for j in (i - 1, i + 1):
            if j in self.decided:
                return self.decided[j].kind
            ev = self.evidence[j] if 0 <= j < self.n else None
            if ev is not None:
                return ev.kind
        return "other"

    def _caption_neighbour(self, i: int) -> bool:
        """A caption-credit neighbour that this line repeats the start of (image alt text + caption)."""
        words = self.lines[i].key.split()[:3]
        if len(words) < 3:
            return False
        for j in (i - 1, i + 1):
            if 0 <= j < self.n:
                ev, decided = self.evidence[j], self.decided.get(j)
                kind = decided.kind if decided else ev.kind if ev else None
                if kind == "caption_credit" and self.lines[j].key.split()[:3] == words:
                    return True
        return False

    def vocabulary(self) -> tuple[Counter[str], set[str]]:
        """The article's vocabulary — in how many of its lines each stem occurs — and the keys of
        those lines: its paragraphs, its title, and its punctuated short lines."""
        if self._vocabulary is None:
            if self._untitled is None:  # built once per document; the title only adds to it
                members = {self.lines[i].key: self.lines[i] for i in self.anchors}
                for i, line in enumerate(self.lines):
                    if self.evidence[i] is None and line.sentence_end and line.words >= _TITLE_MIN_WORDS:
                        members[line.key] = line
                # A repeated line counts once (lines with the same key have the same stems).
                self._untitled = (Counter(chain.from_iterable(line.stems for line in members.values())), set(members))
            counts, keys = self._untitled
            title = self.lines[self.title] if self.title >= 0 else None
            if title is not None and title.key not in keys:
                counts = counts.copy()
                counts.update(title.stems)
                keys = keys | {title.key}
            self._vocabulary = (counts, keys)
        return self._vocabulary

    def topic_share(self, i: int) -> float:
        """The share of the line's topic words that the rest of the article uses too (1.0 for none).
        A line of the article does not vouch for itself: its words must occur in another line."""
        share = self._shares.get(i)
        if share is None:
            own = self.lines[i].stems
            if not own:
                share = 1.0
            else:
                counts, keys = self.vocabulary()
                needed = 2 if self.lines[i].key in keys else 1
                get = counts.get
                share = len([stem for stem in own if get(stem, 0) >= needed]) / len(own)
            self._shares[i] = share
        return share

    def below(self, i: int, share: float) -> bool:
        """The line's topic share is below ``share``; an article with little text (a vocabulary
        under :data:`_MIN_VOCABULARY` stems) is too small to judge by, and then only a line
        sharing nothing at all counts."""
        if len(self.vocabulary()[0]) < _MIN_VOCABULARY:
            return self.topic_share(i) == 0.0
        return self.topic_share(i) < share

    def off_topic(self, i: int, strict: bool = False) -> bool:
        """The line shares no topic word with the article; ``strict`` also counts a line without
        topic words (only function words or very common ones) as off topic."""
        if strict and not self.lines[i].stems:
            return True
        return self.topic_share(i) == 0.0

    def on_topic(self, i: int) -> bool:
        return self.topic_share(i) >= _ON_TOPIC_SHARE

    def quoted(self) -> set[int]:
        """Lines of a quotation that spans lines: from a line opening with a quote mark it does not
        close to the line that closes it (a poem, a statement).  Its short lines and refrains are the
        writer's, however often they repeat."""
        if self._quoted is None:
            self._quoted = _quotation_lines([line.text for line in self.lines])
        return self._quoted

    def repeated(self) -> set[int]:
        """Non-anchor headlines that occur again on the page, exactly or one inside the other."""
        if self._repeated is None:
            self._repeated = _repeated_headlines(self.lines, self.anchor_set)
        return self._repeated


_OPENING_QUOTES = {'"': '"', "«": "»", "“": "”"}
_QUOTATION_MAX_LINES = 40


def _quotation_lines(texts: Sequence[str]) -> set[int]:
    """The lines of every quotation that opens at the start of one line and closes at the end of a
    later one (at most 40 lines on), with no quote mark of its kind in between.

    >>> sorted(_quotation_lines(['قال الشاعر:', '"بيت أول،', 'يا ليل', 'بيت أخير"', 'يا ليل']))
    [1, 2, 3]
    """
    found: set[int] = set()
    i = 0
    while i < len(texts):
        text = texts[i].strip()
        closing = _OPENING_QUOTES.get(text[:1])
        opener = text[:1]
        if closing is None or _closed(text[1:], opener, closing):
            i += 1
            continue
        for j in range(i + 1, min(i + 1 + _QUOTATION_MAX_LINES, len(texts))):
            inner = texts[j].strip()
            if opener in inner or (closing != opener and closing in inner):
                # the closing line holds the closing mark once, at its end, and opens nothing
                ends = inner.rstrip(_TRAILING_MARKS).endswith(closing) and inner.count(closing) == 1
                if ends and (closing == opener or opener not in inner):
                    found.update(range(i, j + 1))
                    i = j
                break
        i += 1
    return found


_TRAILING_MARKS = ".!?؟،,:؛;…) "


def _closed(rest: str, opener: str, closing: str) -> bool:
    """Whether the quotation opened just before ``rest`` closes within it."""
    return closing in rest if closing != opener else rest.count(opener) % 2 == 1


# A site's address alone ("www.mohe.gov.sa", "https://portal.moe.gov.sa/"): what a writer gives
# readers; a social page, a short link or an article's URL has a path.
_SITE_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)+/?", re.IGNORECASE)
_SOCIAL = (
    "facebook.",
    "fb.",
    "twitter.",
    "x.com",
    "t.me",
    "telegram.",
    "instagram.",
    "youtube.",
    "youtu.be",
    "tiktok.",
    "whatsapp.",
    "wa.me",
    "snapchat.",
    "linkedin.",
    "bit.ly",
)


# Evidence that a writer's list item may carry: a phrase opening it or inside it.  A bulleted
# line that is a phrase or a widget as a whole ("- شارك", "- فيسبوك") ends the list.
_PHRASE_IN_ITEM = frozenset({None, "phrase-start", "phrase-label", "phrase-within"})


def _heads_teasers(ev: Evidence | None) -> bool:
    """A bare heading of a list of teasers: the whole line is a related phrase ("اقرأ أيضا", "أفلام
    ذات صلة") or a strong menu one ("الأكثر قراءة")."""
    if ev is None or ev.rule not in _WHOLE_LINE_RULES:
        return False
    return ev.kind == "related" or (ev.kind == "nav" and ev.strong)


def _item_phrase(ev: Evidence | None) -> bool:
    """Evidence a bulleted item of the writer's may carry: none, a weak phrase, or a rule or a
    warning opening it ("- يرجى الالتزام ..."); not a link, a prompt or a copyright line."""
    if _rule_of(ev) not in _PHRASE_IN_ITEM:
        return False
    return ev is None or not ev.strong or ev.kind in ("comments", "disclaimer")


def _bullet_of(text: str) -> str | None:
    """The bullet a list item opens with ("- ", "• "), or None."""
    for bullet in _BULLETS:
        if text.startswith(bullet + " "):
            return bullet + " "
    return None


def _names_a_day(text: str) -> bool:
    """A date with a day's or a month's name ("الجمعة 6 دجنبر"), not a clock time ("04:30")."""
    return any(c.isalpha() for c in text)


def _site_address(text: str) -> bool:
    """``text`` is one site's address, no path, not a social network's."""
    address = text.strip()
    return _SITE_ADDRESS.fullmatch(address) is not None and not any(s in address.lower() for s in _SOCIAL)


def _bar_menu(text: str) -> bool:
    """Four or more short items between bars, none with a figure or a sentence's mark: a site's
    menu, or a table's heading row (:meth:`_Document._top_menu` tells them apart).

    >>> _bar_menu("تمارين | تغذية | برامج | حاسبة السعرات"), _bar_menu("اليوم | التاريخ | المادة | الزمن")
    (True, True)
    >>> _bar_menu("الأحد | 5 يناير 2025 | اللغة العربية | 8:00"), _bar_menu("English | عربي")
    (False, False)
    """
    if text.count(" | ") < _BAR_MENU_MIN_BARS:
        return False
    items = text.strip().split(" | ")
    return all(0 < len(item.split()) <= _BAR_ITEM_MAX_WORDS and not _BAR_ITEM_MARKS.search(item) for item in items)


def is_full_sentence(line: Line) -> bool:
    """Twelve words or more (a list number counts) ending in sentence punctuation (dots included).

    >>> from arclean.passes.chrome.features import shape
    >>> is_full_sentence(shape("هل تؤيد تدريس البرمجة للأطفال في المدارس الابتدائية الحكومية والأهلية في المملكة؟"))
    True
    >>> is_full_sentence(shape("هل تؤيد تدريس البرمجة للأطفال؟"))
    False
    """
    return (line.sentence_end or line.trailing_dots > 0) and line.words + line.numbered >= SENTENCE_GUARD_WORDS


def _repeated_headlines(lines: Sequence[Line], anchors: set[int]) -> set[int]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        if line.words >= _NEAR_MIN_WORDS and line.analysed and i not in anchors and line.headline:
            by_key[line.key].append(i)
    found = {i for group in by_key.values() if len(group) > 1 for i in group}
    # One headline inside another ("مشروع الشام الجديد.. <headline>").  A page with a few
    # headlines compares them pair by pair, which finds the pairs the index finds at less cost.
    keys = list(by_key)
    if len(keys) < 2:
        return found
    pairs = _inside_each_other(keys) if len(keys) <= _PAIRWISE_MAX_KEYS else _inside_by_index(keys)
    for key, other in pairs:
        if all(_quotes(lines[j].text, key) for j in by_key[other]):
            continue  # "6 آراء حول "<title>"": a comments header names the headline, it is no copy of it
        found.update(by_key[key])
        found.update(by_key[other])
    return found


def _quotes(text: str, key: str) -> bool:
    """``text`` holds a quotation whose folded words are ``key``."""
    for opener, closer in _OPENING_QUOTES.items():
        start = text.find(opener)
        while start != -1:
            end = text.find(closer, start + 1)
            if end == -1:
                break
            if fold(text[start + 1 : end]) == key:
                return True
            start = text.find(opener, end + 1)
    return False


def _inside_by_index(keys: list[str]) -> list[tuple[str, str]]:
    """The pairs (key, other) of distinct keys with ``key`` a run of whole words of ``other``: every
    key is indexed by its word n-grams, and each key's opening n-gram looked up, so the work stays
    linear.  A key whose opening n-gram is everywhere (a template) is left out."""
    by_gram: dict[tuple[str, ...], list[str]] = defaultdict(list)
    split = {key: key.split() for key in keys}
    for key, words in split.items():
        for start in range(len(words) - _NEAR_MIN_WORDS + 1):
            by_gram[tuple(words[start : start + _NEAR_MIN_WORDS])].append(key)
    pairs: list[tuple[str, str]] = []
    for key, words in split.items():
        candidates = by_gram.get(tuple(words[:_NEAR_MIN_WORDS]), ())
        # Alone under its opening n-gram, a key has no other headline to sit inside.
        if len(candidates) < 2 or len(candidates) > _NEAR_MAX_CANDIDATES:  # common: a template
            continue
        pairs.extend((key, other) for other in candidates if other != key and f" {key} " in f" {other} ")
    return pairs


def _inside_each_other(keys: list[str]) -> list[tuple[str, str]]:
    """The pairs of :func:`_inside_by_index` (as a set), found by comparing every two keys: a key
    inside another has an opening n-gram, which then occurs at least twice among the keys."""
    padded = [f" {key} " for key in keys]
    # Each key occurs once in its own place: a second occurrence is inside another key.
    everything = "\n".join(padded)
    pairs: list[tuple[str, str]] = []
    for k, key in enumerate(keys):
        words = key.split()
        if len(words) < _NEAR_MIN_WORDS or everything.count(padded[k]) < 2:
            continue
        others = [keys[o] for o in range(len(keys)) if o != k and padded[k] in padded[o]]
        if others and _gram_count(tuple(words[:_NEAR_MIN_WORDS]), keys) <= _NEAR_MAX_CANDIDATES:
            pairs.extend((key, other) for other in others)
    return pairs


def _gram_count(gram: tuple[str, ...], keys: list[str]) -> int:
    """How often the word n-gram occurs in the keys (overlapping occurrences count)."""
    size, count = len(gram), 0
    for key in keys:
        words = key.split()
        count += sum(1 for start in range(len(words) - size + 1) if tuple(words[start : start + size]) == gram)
    return count
