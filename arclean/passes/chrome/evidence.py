"""Own evidence of one line: what the line itself says about being chrome, before any context.

Two sources: the phrase lexicon (:mod:`arclean.passes.chrome.lexicon`) and widget shapes that no
phrase list can enumerate: a bare URL, a date or time stamp, a prayer-time table, a temperature, a
credit fused to a caption, an author bio, a site's "about us" blurb.  The opposite evidence lives
here too: agency sign-offs such as "(أ ف ب)" are body and are protected.

>>> from arclean.passes.chrome.features import shape
>>> judge = Judge.default()
>>> judge.evidence(shape("https://p.dw.com/p/3y5xh"))
Evidence(kind='url', rule='url-line', strong=True)
>>> judge.evidence(shape("الإثنين، 24 أغسطس 2020 09:56 ص"))
Evidence(kind='date', rule='date-line', strong=True)
>>> judge.protected(shape("م.ع.ح/ع.ش (أ ف ب ، رويترز)"))
True
"""

from __future__ import annotations

import functools
import re

from arclean.passes.chrome.features import BULLETS, KEYED_WORDS, Line, fold, shape
from arclean.passes.chrome.lexicon import (
    Evidence,
    Lexicon,
    PhraseEntry,
    phrase_alternation,
    read_data_lines,
    read_folded,
)
from arclean.passes.given_names import given_names

__all__ = ["DAYS_AND_HOURS", "HOURS_ONLY", "NO_HOURS", "Evidence", "Judge"]

# Links and addresses are ASCII (an Arabic letter ends one), so where spacing around punctuation
# changes (the punctuation pass) a link stays the same link.
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
_LINK = re.compile(
    rf"(?:https?://|www\.){_URL_CHARS}+"
    rf"|[A-Za-z0-9.\-]+\.(?:com|net|org|info|sa|ae|eg|ma|me|ly|co|tv|news)(?:/{_URL_CHARS}*)?"
    r"|[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+\.[A-Za-z0-9.\-]+"
)
_WORD_CHAR = re.compile(r"[^\W_]")
_NUMBER_TOKEN = re.compile(r"^\d+(?:هـ|ه|م|st|nd|rd|th)?$")
_COUNT_TOKEN = re.compile(r"^\d+k?$")  # "1.2k" folds to "1 2k"
_MULTIPLIERS = frozenset(("الف", "مليون"))
_VIEW_COUNT_MAX_TOKENS = 4  # "1 254 الف": groups and a multiplier
_DIGIT = re.compile(r"\d")
_VERSION_NUMBER = re.compile(r"^[vV]?\d+(?:\.\d+){1,3}$")  # "4.1.3", "v2.0"
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_TEMPERATURE = re.compile(r"-?\d+\s*°\s*[CFcf]?")
_BIO = re.compile(
    r"من مواليد(?: \S+){0,30}? (?:كاتب|كاتبه|صحفي|صحفيه|صحافي|صحافيه|باحث|باحثه|مدون|محرر|اعلامي|اعلاميه)(?!\S)"
)
_ABOUT_SITE = re.compile(
    r"^(?:\S+ ){1,4}(?:صحيفه|جريده|مجله|موقع|بوابه|شبكه) (?:\S+ )?(?:الكترونيه|الكتروني|اخباريه|اخباري|يوميه)(?!\S)"
)
# "حسام أبو العلا - القاهرة", "الجزيرة نت - الدوحة": a name or outlet, a dash, a place (no sentence).
_NAME_WORD = r"[^\s.!?؟:،,\-–—]+"
_BYLINE = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s+[-–—]\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}")
_HEAD_CHARS = 100
_WIDGET_MAX_WORDS = 16  # (a time is two words: "09:56")
_SITE_WORDS = ("صحيف", "جريد", "مجل", "موقع", "بواب", "شبك")
_SIGNOFF_SHAPE = re.compile(r"[()\[\]/\\\-–—]")
_WITH = "مع"  # "يورونيوز عربي مع وكالات": the agencies an outlet credits beside itself
_REPORT_MIN_WORDS = 5  # "وقال إن الخطة ستنفذ." — a verb, its particle and a clause
_CLOSING_MAX_WORDS = 20
_DATED_FIELD_NAME_MAX_WORDS = 6  # a date field's name: "تاريخ النشر في الجريدة الرسمية"
_DATED_HEADING_MAX_WORDS = 8  # "جلسة 24 من يناير سنة 2021"
_DATED_HEADING_MAX_HEAD = 2  # the noun before the date: "جلسة", "حفل الافتتاح"
_STAMP_MARKS = (":", "|", "/", "-", "–", "—", "،", ",")
_OPENING_MAX_WORDS = 12  # a salutation or the basmala, not a paragraph
_OPENING_MAX_REST = 3  # words after the formula: "بسم الله" + "الرحمن الرحيم"
_QUOTING = re.compile(r"[:«»“”\"]")
_CONTINUES_MIN_WORDS = 4  # "وقال المدرب: سنعود" — the verb, its speaker and what was said
_COUNTED_KINDS = frozenset(("comments",))  # a count before "مشاركة", "نعم" or "المغرب" may be the writer's
_FACT_MAX_WORDS = 20
_NAME_MAX_WORDS = 4
_NAME_MARKS = ':،,؟?!|/-–«»"()'
_DESCRIPTION_DASHES = (" - ", " – ", " — ")  # between a writer's name and a description of the writer
_ARTICLES = ("ال", "وال", "بال", "فال", "كال", "لل")  # a folded word opening so is definite
_FACT_LABEL_CHARS = 30  # longer than any field's name
_FIELD_NAME_MAX_WORDS = 3  # "مدة التحضير", "آخر موعد للتقديم"
_ITEM_NUMBER = re.compile(r"[^\W\d_] \d{1,2}$")  # an item's number after its name: "الدفعة 2"
_QUALIFIER = re.compile(r"\([^()]*\)\s*$")  # a name's qualifier in brackets: "الصيف (أبريل - أكتوبر)"
_BULLET_MARKS = "".join(BULLETS) + " "  # what may stand before a field's name
# A breadcrumb's separators, each standing alone between two sections: "الرئيسية › وظائف › الرياض".
_CRUMB_MARK = re.compile(r"(?<=\s)[›»>/\\|→←⟩<](?=\s)")
_CRUMB_MAX_WORDS = 24
_CRUMB_SECTION_WORDS = 4  # a section's name ("مهارات الدراسة"); the last part may be a headline
_CRUMB_LAST_WORDS = 16
# Without a home link, only typographic marks: "|" and "/" also join a title and its site, and ">"
# a tutorial's path through settings ("الإعدادات > الخصوصية > الموقع").
_CRUMB_ANY_MARKS = "›»→←⟩"
_HOME_LINKS = frozenset(fold(w) for w in ("الرئيسية", "الصفحة الرئيسية", "الرئيسة", "home"))  # a trail's first link
_HASHTAG = re.compile(r"#[^\s#]*[^\W\d_][^\s#]*")
# A span of hours: "9:00 – 13:00", "8 صباحاً – 4 مساءً", "12 ظهراً حتى 12 منتصف الليل".
_HOUR_TAIL = r"(?:[:.]\d{2})?(?:\s*[^\s\d:\-–—،,()]+)?"  # minutes, a word for the time of day ("مساءً")
# (the first digit first, so that re scans for digits; the look-behind then checks the one before)
_HOUR_SPAN = re.compile(
    rf"(\d)(?<![\d/.:]\d)(\d?){_HOUR_TAIL}\s*(?:[-–—]|إلى|الى|حتى|لغاية)\s*(?:الساعة\s+)?(\d{{1,2}}){_HOUR_TAIL}(?![\d/])"
)
_ROUND_THE_CLOCK = re.compile(r"24(?<!\d24)\s*(?:ساعة|ساعه|/\s*7)")  # (the literal first: a fast scan)
_ROUND_THE_CLOCK_WORDS = "على مدار الساعة"
_YEAR = re.compile(r"\d(?<!\d\d)\d\d\d(?!\d)")  # four digits in any script (the digit first: a fast scan)
_MINUTES = re.compile(r"\d[:.]\d\d")
_HOURS_MAX_WORDS = 14  # "من الأحد إلى الخميس: 7:30 صباحاً – 2:30 ظهراً (عدا العطل الرسمية)"
# What Judge.hours_kind says of a line.
NO_HOURS, HOURS_ONLY, DAYS_AND_HOURS = 0, 1, 2
_DAY_HOURS = 24
_HOURS_MEMO_MAX = 1 << 16
_CLOSED_MAX_WORDS = 5  # "الجمعة والسبت: مغلق"; a headline with "عطلة" says more
# Signs of an equation or a measure, the writer's data and never a headline: a superscript ("م²"),
# or a sign between a figure or a one-letter symbol and anything ("3 × 10", "س = 2"); "النصر ×
# الأهلي" is a fixture's headline.
_EQUATION = re.compile(r"[²³√]|(?:\d|(?<!\S)\S)\s*[=×÷−±≤≥]|[=×÷−±≤≥]\s*(?:\d|\S(?!\S))")
# A picture's credit closing its caption: the last group in brackets, or after a dash ("... -
# أرشيفية", "... (رويترز - أرشيف)", "... (تصوير: رامي سعد)").
_CREDIT_TAIL = re.compile(r"(?:\(([^()]*)\)|(?<!\S)[-–—]\s*([^-–—()]+))\s*$")
_CREDIT_MAX_WORDS = 30  # a caption, not a paragraph
_CREDIT_GROUP_MAX_WORDS = 5  # "رويترز - أرشيف", "تصوير: المكتب الإعلامي للبعثة"
_CREDIT_NAMES = frozenset(("تصوير", "بعدسه"))  # a credit word before the photographer's name, with its colon
_VIDEO_LENGTH = re.compile(r"\(\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*\)$")  # "(0:48)", "(1:02:10)"
_LINK_LABEL_MAX_WORDS = 5  # "اقرأ أيضا على الجزيرة نت"
_LINK_LABEL_MAX_CHARS = 40
_LINK_HEADLINE_MIN_WORDS = 3  # another article's headline after the label
_READING_TIME_MAX_WORDS = 5  # "قراءة 3 دقائق", "5 min read" (with its label, a lexicon phrase)
_EMAIL = re.compile(r"(?<![A-Za-z0-9._+\-])[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+\.[A-Za-z]{2,}")


class Judge:
    """Own-line evidence from the lexicon and widget shapes, and body protection."""

    def __init__(
        self,
        lexicon: Lexicon,
        date_words: frozenset[str],
        agencies: tuple[str, ...],
        reporting_verbs: frozenset[str] = frozenset(),
        closings: tuple[str, ...] = (),
        verse_closings: tuple[str, ...] = (),
        fact_labels: frozenset[str] = frozenset(),
        given_names: frozenset[str] = frozenset(),
        honorifics: frozenset[str] = frozenset(),
        tag_particles: frozenset[str] = frozenset(),
        event_nouns: frozenset[str] = frozenset(),
        version_nouns: frozenset[str] = frozenset(),
        ordinals: frozenset[str] = frozenset(),
        list_headings: frozenset[str] = frozenset(),
        openings: tuple[str, ...] = (),
        connectives: tuple[str, ...] = (),
        weekdays: frozenset[str] = frozenset(),
        daily_words: frozenset[str] = frozenset(),
        closed_words: frozenset[str] = frozenset(),
        times_of_day: frozenset[str] = frozenset(),
        addresses: frozenset[str] = frozenset(),
        signings: frozenset[str] = frozenset(),
        view_nouns: frozenset[str] = frozenset(),
        credit_words: tuple[str, ...] = (),
        reading_time: dict[str, str] | None = None,
        link_labels: dict[str, str] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self._joined_verbs = frozenset({"و" + v for v in reporting_verbs} | {"ف" + v for v in reporting_verbs})
        self.reporting_verbs = reporting_verbs | self._joined_verbs
        self.date_words = date_words
        self.weekdays = weekdays
        self._open_days = weekdays | daily_words
        self._closed_words = closed_words
        self._times_of_day = times_of_day
        self._hours_memo: dict[str, int] = {}
        self.addresses = addresses
        self._agency = phrase_alternation(agencies, anchored=False)
        # A sign-off starts at a word of the key: one of those first words must be among its words.
        self._agency_openers = frozenset(a.split()[0] for a in agencies) if all(a.split() for a in agencies) else None
        self._signings = signings
        self._closing = phrase_alternation(closings, anchored=True)
        self._verse_closing = phrase_alternation(verse_closings, anchored=True)
        self._opening = phrase_alternation(openings, anchored=True)
        self._connective = phrase_alternation(connectives, anchored=True)
        self.fact_labels = fact_labels
        self.given_names = given_names
        self.honorifics = honorifics
        self.tag_particles = tag_particles
        self.event_nouns = event_nouns
        self.view_nouns = view_nouns
        self._credit_words = credit_words
        self._reading_time = reading_time or {}
        self._link_labels = link_labels or {}
        self.version_nouns = version_nouns
        self.ordinals = ordinals
        self.list_headings = list_headings

    @classmethod
    @functools.cache
    def default(cls) -> Judge:
        """The shipped judge: the shipped lexicon, date words and agency sign-offs."""
        return cls.with_lexicon(Lexicon.default())

    @classmethod
    def with_lexicon(cls, lexicon: Lexicon) -> Judge:
        """The shipped date words and sign-offs with another lexicon (to measure a lexicon's worth).

        >>> from arclean.passes.chrome.features import shape
        >>> Judge.with_lexicon(Lexicon([])).evidence(shape("شارك")) is None
        True
        """
        weekdays = _word_set("weekdays.txt")
        return cls(
            lexicon,
            _word_set("date_words.txt") | weekdays,
            read_folded("signoffs.txt"),
            reporting_verbs=_word_set("reporting_verbs.txt"),
            closings=read_folded("closings.txt"),
            verse_closings=read_folded("verse_closings.txt"),
            fact_labels=_word_set("fact_labels.txt"),
            given_names=frozenset(fold(w) for w in given_names()),
            honorifics=_word_set("honorifics.txt"),
            tag_particles=_word_set("tag_particles.txt"),
            event_nouns=_word_set("event_nouns.txt"),
            version_nouns=_word_set("version_nouns.txt"),
            ordinals=_word_set("ordinals.txt"),
            list_headings=_word_set("list_headings.txt"),
            openings=read_folded("openings.txt"),
            connectives=read_folded("connectives.txt"),
            weekdays=weekdays,
            daily_words=_word_set("daily_words.txt"),
            closed_words=_word_set("closed_words.txt"),
            times_of_day=_word_set("times_of_day.txt"),
            addresses=_word_set("addresses.txt"),
            signings=_word_set("signings.txt"),
            view_nouns=_word_set("view_nouns.txt"),
            credit_words=read_folded("credit_words.txt"),
            reading_time=_word_roles("reading_time.txt"),
            link_labels=_word_roles("link_labels.txt"),
        )

    def evidence(self, line: Line) -> Evidence | None:
        """The line's own chrome evidence, or None.  Very long lines have none."""
        if not line.analysed or (line.words <= KEYED_WORDS and not line.key):
            return None
        if line.words <= _WIDGET_MAX_WORDS:
            found = self._widget(line)
            if found is not None:
                return found
        if line.words <= _CRUMB_MAX_WORDS:
            found = self._breadcrumb(line)
            if found is not None:
                return found
        if not line.sentence_end and line.words <= _CREDIT_MAX_WORDS and self.credited(line):
            return Evidence("caption_credit", "credit-tail", True)  # (a paragraph: no look)
        found = self.lexicon.match(line)
        if found is not None and self.reports(line):
            return None  # "وأكد أن جميع الحقوق محفوظة للمبدعين.": the writer's sentence about the phrase
        if found is not None:
            if found.rule != "phrase-within" or not line.prose:
                return found
            # In a paragraph, a policy phrase needs the paragraph to stand among chrome ("جميع
            # الحقوق محفوظة" can be said of a plaintiff), and "صورة من" is a figure of speech
            # (a long caption without a comma or a full stop is still a caption).
            if found.kind != "caption_credit":
                return Evidence(found.kind, found.rule, False)
            if not (line.clause_marks or line.sentence_end):
                return found
        if ":" in line.text and not line.sentence_end:
            # weak: a syllabus's "اقرأ في الكتاب المقرر: ...", a course's "فيديو | ... (6:40)" rows
            # and a show's name ("شاهد على العصر: ...") are the writer's in a list or on the topic
            if self.labels_a_link(line.text):
                return Evidence("related", "link-label", False)
            if line.text.endswith(")") and self.labels_a_video(line):
                return Evidence("related", "video-label", False)
        if line.words <= 20 and "©" in line.text:
            return Evidence("copyright", "copyright-sign", True)
        if line.words <= 7 and _BYLINE.fullmatch(line.text) and not any(c.isdigit() for c in line.text):
            return Evidence("author_bio", "byline", False)
        if line.words >= 20 and not line.clause_marks and not line.sentence_end and line.text.count(":") >= 3:
            return Evidence("related", "ticker", False)
        if line.words <= 120:
            if "مواليد" in line.text and _BIO.search(line.key):
                return Evidence("author_bio", "bio", False)
            head = line.text[:_HEAD_CHARS]
            if _names_a_site(head) and _ABOUT_SITE.match(fold(head)):
                return Evidence("other", "about-site", False)
        return None

    def _widget(self, line: Line) -> Evidence | None:
        text = line.text
        links = "." in text or "@" in text or "://" in text  # what each kind of link has
        if links and _LINK.search(text) and not _WORD_CHAR.search(_LINK.sub(" ", text)):
            return Evidence("url", "url-line", True)  # links and addresses, and marks between them
        if _DIGIT.search(line.key):  # a date has a number (each regex below needs a digit too)
            keys = line.key.split()
            counted = self._counted(keys)
            if counted is not None and counted.kind in _COUNTED_KINDS:
                return Evidence(counted.kind, "counter", True)  # "6 تعليقات", "التعليقات (24)": a widget's count
            if self._view_count(keys):
                # weak: the writer lists such figures too ("4.2 مليون زيارة", "7 قراءات" as a heading)
                return Evidence("other", "counter", False)
            numbers = sum(1 for k in keys if _NUMBER_TOKEN.match(k))
            if numbers and all(k in self.date_words or _NUMBER_TOKEN.match(k) for k in keys):
                relative = any(k in ("منذ", "قبل", "ago") for k in keys)
                if numbers >= 2 or relative or len(keys) >= 2:
                    return Evidence("date", "date-line", True)
            if ":" in text and self._dated_field(text):
                return Evidence("date", "dated-field", True)
        # (a sentence giving three times is the writer's: "وتنطلق المباراة في الساعة 17:00 ...".)
        if not line.sentence_end and text.count(":") + text.count(".") >= 3 and len(_CLOCK.findall(text)) >= 3:
            return Evidence("other", "time-table", True)
        if line.words <= _READING_TIME_MAX_WORDS and self._reads_in(line):
            return Evidence("other", "reading-time", True)
        if "°" in text and _TEMPERATURE.fullmatch(text.replace(" ", "")):
            return Evidence("other", "temperature", True)
        if "#" in text:
            tags = _HASHTAG.findall(text)
            if len(tags) >= 2 and not _WORD_CHAR.search(_HASHTAG.sub(" ", text)):
                # "#أمانة_جدة #الرقابة_الصحية"; one hashtag alone may be the article's subject ("#أنا_أقرأ")
                return Evidence("tags", "hashtags", True)
        return None

    def labels_a_link(self, text: str) -> bool:
        """A link's label, then a colon and another article's headline (``data/link_labels.txt``):
        a reading or watching verb, then "also", or "in" or "on" and a one-word site's name (maybe
        both).

        >>> judge = Judge.default()
        >>> judge.labels_a_link("اقرأ في النهار: مرفأ البترون يستعد لموسم السردين")
        True
        >>> judge.labels_a_link("ويمكن أيضاً قراءة: ارتفاع أسعار الأعلاف في الأسواق")
        True
        >>> judge.labels_a_link("شاهد عيان: سمعنا دوي انفجار قرب الميناء")
        False
        """
        head, _, headline = text.partition(":")
        if len(head) > _LINK_LABEL_MAX_CHARS:
            return False  # (a paragraph's colon: no folding)
        words = fold(head).split()
        if not 1 <= len(words) <= _LINK_LABEL_MAX_WORDS or len(headline.split()) < _LINK_HEADLINE_MIN_WORDS:
            return False
        roles = [self._link_labels.get(word, "") for word in words]
        if roles[0] == "can":
            return roles[1:] in (["reading"], ["also", "reading"])
        if roles[0] != "verb":
            return False
        rest = roles[1:]
        if rest == ["also"]:
            return True
        if rest[:1] == ["also"]:
            rest = rest[1:]
        # (a verb alone is an instruction or a placard: "اقرأ: النص الآتي بعناية ...")
        return rest[:1] == ["where"] and len(rest) == 2  # (one word: "في الكتاب المقرر" is no site)

    def labels_a_video(self, line: Line) -> bool:
        """A video's label: a video's word first, the video's length in brackets last.

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.labels_a_video(shape("فيديو | أمطار غزيرة في شوارع الشارقة (0:48)"))
        True
        >>> judge.labels_a_video(shape("1. أغنية البحر (4:12)"))
        False
        """
        first = line.key.partition(" ")[0]
        return self._link_labels.get(first) == "video" and _VIDEO_LENGTH.search(line.text) is not None

    def _reads_in(self, line: Line) -> bool:
        """A reading-time widget alone: a reading word, a unit of time and numbers, nothing else
        (``data/reading_time.txt``).

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge._reads_in(shape("قراءة 3 دقائق")), judge._reads_in(shape("قراءة دقيقتين"))
        (True, True)
        >>> judge._reads_in(shape("القراءة 30 دقيقة")), judge._reads_in(shape("مدة الطهي 30 دقيقة"))
        (False, False)
        """
        roles = [self._reading_time.get(key, "number" if _NUMBER_TOKEN.match(key) else "") for key in line.key.split()]
        return "reading" in roles and "unit" in roles and all(roles)

    def _dated_field(self, text: str) -> bool:
        """A field whose name is a publishing label, alone or opening a longer name, and whose
        value is a date: "تاريخ النشر في الجريدة الرسمية: 2025/05/20".  A one-word label opening a
        longer name is the writer's ("التاريخ المقترح للانتخابات: 15 مايو 2026"), and so is a name
        without a label (a birth date); a lone number is no date ("نشر في العدد: 45").

        >>> judge = Judge.default()
        >>> judge._dated_field("آخر تحديث للصفحة: 3 مارس 2025 - 10:45"), judge._dated_field("تاريخ الميلاد: 1970/05/12")
        (True, False)
        >>> judge._dated_field("التاريخ المتوقع للولادة: 12 ديسمبر 2025"), judge._dated_field("نشر في العدد: 45")
        (False, False)
        """
        label, _, value = text.partition(":")
        name = fold(label)
        pattern = self.lexicon.date_label
        found = (
            pattern.match(name) if pattern is not None and len(name.split()) <= _DATED_FIELD_NAME_MAX_WORDS else None
        )
        if found is None or (found.end() < len(name) and " " not in found.group()):
            return False
        keys = fold(value).split()
        numbers = sum(1 for k in keys if _NUMBER_TOKEN.match(k))
        named = any(k in self.date_words for k in keys)  # a month's or a day's name
        return (numbers >= 2 or (numbers and named)) and all(
            k in self.date_words or _NUMBER_TOKEN.match(k) for k in keys
        )

    def dated_heading(self, line: Line) -> bool:
        """An event's noun (``data/event_nouns.txt``), a word more at most, and one full date,
        nothing else: the writer's heading for what happened that day ("جلسة 2 نوفمبر 2023", "جلسة
        24 من يناير سنة 2021"), not another article's headline, which says what happened.  A date
        alone or with a publishing label is a date line; with a place, an agency or a name, a
        dateline or a byline ("القاهرة 12 مارس 2024").

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.dated_heading(shape("جلسة 2 نوفمبر 2023")), judge.dated_heading(shape("2 نوفمبر 2023"))
        (True, False)
        >>> judge.dated_heading(shape("الحكومة تقر الموازنة في 2 نوفمبر 2023"))
        False
        >>> judge.dated_heading(shape("القاهرة 12 مارس 2024")), judge.dated_heading(shape("رويترز 12 مارس 2024"))
        (False, False)
        """
        if not 3 <= line.words <= _DATED_HEADING_MAX_WORDS or _DIGIT.search(line.text) is None:
            return False  # (before the key, which a headline may not have built yet)
        if self._version_heading(line):
            return True
        keys = line.key.split()
        if not 3 <= len(keys) <= _DATED_HEADING_MAX_WORDS or any(c.isdigit() for c in keys[0]):
            return False
        if any(mark in line.text for mark in _STAMP_MARKS):
            return False  # "العدد 5421 - الأحد 12 يناير 2025": a stamp's parts, joined
        head = next((k for k, key in enumerate(keys) if key in self.date_words or _NUMBER_TOKEN.match(key)), len(keys))
        return 1 <= head <= _DATED_HEADING_MAX_HEAD and keys[0] in self.event_nouns and self._one_date(keys[head:])

    def _one_date(self, keys: list[str]) -> bool:
        """``keys`` are one full date: a day, a month's or a day's name, a year."""
        date = [key for key in keys if key != "من"]  # "24 من يناير": the Egyptian way of writing it
        numbers = sum(1 for key in date if _NUMBER_TOKEN.match(key))
        named = sum(1 for key in date if key in self.date_words and not _NUMBER_TOKEN.match(key))
        return (
            numbers == 2  # a day and a year: one date
            and named >= 1  # a month's or a day's name
            and all(key in self.date_words or _NUMBER_TOKEN.match(key) for key in date)
        )

    def counted_label(self, line: Line) -> str | None:
        """The label's noun of a counted heading, a noun and an ordinal or a number before a colon
        ("الخطوة الرابعة: الحلق أو التقصير" → "الخطوه"), else None.

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.counted_label(shape("الخطوة الرابعة: الحلق")), judge.counted_label(shape("المرحلة 2: التنفيذ"))
        ('الخطوه', 'المرحله')
        >>> judge.counted_label(shape("الخطوة الرابعة")), judge.counted_label(shape("وزير الخارجية: لا تراجع"))
        (None, None)
        >>> judge.counted_label(shape("الساعة 10:30 ريال مدريد يحسم صفقة المدافع"))  # a clock's colon
        """
        label, colon, rest = line.text.partition(":")
        words = fold(label).split()
        if not colon or rest[:1].isdigit() or len(words) != 2 or not (words[1] in self.ordinals or words[1].isdigit()):
            return None
        return words[0]

    def _version_heading(self, line: Line) -> bool:
        """A release's noun (``data/version_nouns.txt``), its dotted version number and one full
        date: a heading of release notes ("الإصدار 4.1.3 – 28 أكتوبر 2024").  An issue's number
        has no dots ("العدد 5421 - الأحد 12 يناير 2025": a stamp).

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.dated_heading(shape("الإصدار 4.1.3 – 28 أكتوبر 2024"))
        True
        >>> judge.dated_heading(shape("العدد 5421 - الأحد 12 يناير 2025"))
        False
        """
        if "." not in line.text:
            return False
        tokens = line.text.split()
        if not 4 <= len(tokens) <= _DATED_HEADING_MAX_WORDS or _VERSION_NUMBER.match(tokens[1]) is None:
            return False
        if fold(tokens[0]) not in self.version_nouns:
            return False
        return self._one_date(fold(" ".join(tokens[2:])).split())

    def _counted(self, keys: list[str]) -> PhraseEntry | None:
        """The lexicon entry of a short line that is a phrase and a count, on either side."""
        if len(keys) > 3:
            return None
        if _NUMBER_TOKEN.match(keys[0]):
            return self.lexicon.line.get(" ".join(keys[1:]))
        if _NUMBER_TOKEN.match(keys[-1]):
            return self.lexicon.line.get(" ".join(keys[:-1]))
        return None

    def _view_count(self, keys: list[str]) -> bool:
        """A count of the page's readers alone: a number (plain, in thousands groups that fold
        apart, or with a multiplier) before a noun of ``data/view_nouns.txt``.

        >>> judge = Judge.default()
        >>> judge._view_count("2 431 مشاهده".split()), judge._view_count("1 2k زياره".split())
        (True, True)
        >>> judge._view_count("412 مشاهده".split()), judge._view_count("3 زيارات رسميه".split())
        (True, False)
        >>> judge._view_count("مشاهده 2".split())
        False
        """
        *count, noun = keys
        return (
            0 < len(count) <= _VIEW_COUNT_MAX_TOKENS
            and noun in self.view_nouns
            and all(_COUNT_TOKEN.match(k) or k in _MULTIPLIERS for k in count)
        )

    def _breadcrumb(self, line: Line) -> Evidence | None:
        """A trail of section names between one kind of separator, standing alone: strong when it
        starts at a home link ("الرئيسية / وظائف / الرياض") or at a strong menu phrase with two marks,
        weak when it only has three or more sections between typographic marks ("موقعنا » تعليم »
        التعلم").  Quotes («...») and dates are no trail.

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.evidence(shape("الرئيسية › مهارات الدراسة › كيف تطور مهارات التعلم الذاتي؟"))
        Evidence(kind='nav', rule='breadcrumb', strong=True)
        >>> judge.evidence(shape("« الميدان » يكشف قائمة النصر للسوبر.. وهزازي على دكة البدلاء")) is None
        True
        """
        text = line.text
        marks = _CRUMB_MARK.findall(text)
        if not marks or "«" in text or any(m != marks[0] for m in marks):
            return None
        parts = [part.strip() for part in _CRUMB_MARK.split(text)]
        *sections, last = parts
        for part in sections:
            size = len(part.split())
            if not 1 <= size <= _CRUMB_SECTION_WORDS or any(c.isdigit() or c in ".؟?!:،" for c in part):
                return None
        if not 1 <= len(last.split()) <= _CRUMB_LAST_WORDS:
            return None
        first = fold(sections[0])
        menu = self.lexicon.line.get(first)
        if first in _HOME_LINKS or (len(marks) >= 2 and menu is not None and menu.kind == "nav" and menu.strong):
            return Evidence("nav", "breadcrumb", True)
        if len(marks) >= 2 and marks[0] in _CRUMB_ANY_MARKS and len(last.split()) <= _CRUMB_SECTION_WORDS:
            # a chain closed by a full stop is the writer's ("فائدة أعلى ← اقتراض أقل ← تضخم أبطأ.")
            return None if last.endswith(".") else Evidence("nav", "breadcrumb", False)
        return None

    def protected(self, line: Line) -> bool:
        """An agency sign-off or dateline line ("(أ ف ب)", "الرياض - واس"): body, never chrome.
        A picture's credit naming an agency is no sign-off ("نازحون قرب الفاشر (رويترز - أرشيف)")."""
        found = self._agency_named(line)
        return (
            found is not None
            and (found.group() == line.key or _SIGNOFF_SHAPE.search(line.text) is not None)
            and not self.credited(line)
        )

    def credited(self, line: Line) -> bool:
        """A line that is no sentence and ends with a picture's credit: a group in brackets or after
        a dash that opens or closes with a word of ``data/credit_words.txt`` ("أرشيف", "أرشيفية",
        "تعبيرية"), or opens with "تصوير:" before a name.  A bracket explaining a word is no credit
        ("إعدادات الكاميرا (تصوير ليلي)"), and neither is a definite noun ("نصائح - الأرشيف").

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.credited(shape("أمطار على أحد شوارع أبوظبي - أرشيفية"))
        True
        >>> judge.credited(shape("نازحون قرب الفاشر (رويترز - أرشيف)")), judge.credited(shape("(تصوير: رامي سعد)"))
        (True, True)
        >>> judge.credited(shape("إعدادات الكاميرا (تصوير ليلي)")), judge.credited(shape("وصلت الصور (أرشيف)."))
        (False, False)
        """
        text = line.text
        if line.sentence_end or not self._credit_words or not (text.endswith(")") or "-" in text or "–" in text):
            return False
        if line.numbered or text.lstrip()[:1] in _BULLET_MARKS:
            return False  # a list's item: "- صندوق إضاءة للمنتجات - تصوير"
        tail = _CREDIT_TAIL.search(text)
        if tail is None or ":" in text[: tail.start()]:
            return False  # a field's value: "المركز الأول: «صياد الفجر» (تصوير: خالد الراشد)"
        group = tail.group(1) if tail.group(1) is not None else tail.group(2)
        words = fold(group).split()
        if not 1 <= len(words) <= _CREDIT_GROUP_MAX_WORDS:
            return False
        if len(words) == 1 and words[0] in _CREDIT_NAMES:
            return False  # a stage or a session named so: "المرحلة الثالثة - تصوير", "الورشة (تصوير)"
        if words[-1].startswith(self._credit_words):
            return True
        if not words[0].startswith(self._credit_words):
            return False
        # "تصوير" opens a credit before the photographer's name with a colon; "أرشيف" before the
        # archive's owner without one ("أرشيف النهار").
        if len(words) == 1 or words[0] not in _CREDIT_NAMES:
            return True
        head = group.split(None, 2)
        return head[0].endswith(":") or head[1].startswith(":")

    def signs_dates(self, head: Line, date: Line) -> bool:
        """``head`` opens the signing block of a decree or a letter (``data/signings.txt``) and
        ``date`` gives a full date, with its year: the text's own date, not the page's stamp.

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.signs_dates(shape("صدر في قصر الرفاع:"), shape("بتاريخ: 27 رجب 1437هـ"))
        True
        >>> judge.signs_dates(shape("هند قال:"), shape("15 سبتمبر 2024"))
        False
        >>> judge.signs_dates(shape("صدر في:"), shape("10:22 ص"))
        False
        """
        return head.key.partition(" ")[0] in self._signings and _YEAR.search(date.text) is not None

    def credits_agencies(self, line: Line) -> bool:
        """A short source line ending with news agencies it adds to the outlet, after "مع" or "+"
        ("يورونيوز عربي مع وكالات", "الجزيرة + وكالات"); an agency's name inside a phrase
        ("معا نحو طاقة أنظف", "محافظة قنا") is no credit.

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.credits_agencies(shape("يورونيوز عربي مع وكالات")), judge.credits_agencies(shape("الجزيرة + وكالات"))
        (True, True)
        >>> judge.credits_agencies(shape("معا نحو طاقة أنظف")), judge.credits_agencies(shape("محافظة قنا"))
        (False, False)
        """
        found = self._agency_named(line)
        if found is None or found.end() != len(line.key):
            return False
        before = line.key[: found.start()].split()
        return bool(before) and (before[-1] == _WITH or "+" in line.text)

    def _agency_named(self, line: Line) -> re.Match[str] | None:
        if not line.analysed or line.words > 12 or self._agency is None:
            return None
        if self._agency_openers is not None and self._agency_openers.isdisjoint(line.key.split()):
            return None
        return self._agency.search(line.key)

    def reports(self, line: Line) -> bool:
        """A sentence that opens with a verb of saying or narrating ("وقال إن الخطة ستنفذ على مراحل.").

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.reports(shape("وأوضح أن جميع الحقوق محفوظة للمبدعين.")), judge.reports(shape("جميع الحقوق محفوظة."))
        (True, False)
        """
        if not line.analysed or line.words < _REPORT_MIN_WORDS or not line.sentence_end:
            return False
        first, _, _ = line.key.partition(" ")  # (a numbered line's first word is its number)
        return first in self.reporting_verbs

    def continues(self, line: Line) -> bool:
        """A line that goes on with the article's reported speech: "and" + a verb of saying, then
        the speaker ("وكتب اللاعب على حسابه: \"شكرا لكل من وقف معي\""), with or without a full stop.

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.continues(shape('وقال المدرب: "سنعود أقوى"')), judge.continues(shape("قال المدرب: سنعود أقوى"))
        (True, False)
        """
        if not line.analysed or line.words < _CONTINUES_MIN_WORDS or not _QUOTING.search(line.text):
            return False  # what was said follows a colon or stands in quotes ("وتابع القراءة ..." is a link)
        first, _, _ = line.key.partition(" ")
        return first in self._joined_verbs

    def closes(self, line: Line) -> bool:
        """A short line opening with a writer's closing formula ("والله ولي التوفيق", "دمتم بخير").

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.closes(shape("والله ولي التوفيق")), judge.closes(shape("والله أعلم."))
        (True, True)
        >>> judge.closes(shape("الله أكبر"))
        False
        """
        return self._formula(self._closing, line, _CLOSING_MAX_WORDS) is not None or self.closes_a_verse(line)

    def closes_a_verse(self, line: Line) -> bool:
        """A formula that closes a quoted verse or hadith ("صدق الله العظيم"), the verse above it.

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.closes_a_verse(shape("صدق الله العظيم")), judge.closes_a_verse(shape("والله ولي التوفيق"))
        (True, False)
        """
        return self._formula(self._verse_closing, line, _CLOSING_MAX_WORDS) is not None

    def opens(self, line: Line) -> bool:
        """A speech's or a letter's opening: a formula with at most three words after it (the
        basmala, "الحمد لله رب العالمين"), or an addressee alone ("السيدات والسادة").

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.opens(shape("بسم الله الرحمن الرحيم")), judge.opens(shape("السيدات والسادة"))
        (True, True)
        >>> judge.opens(shape("مشاهدة الفيديو")), judge.opens(shape("عزيزي المواطن احذر الرسائل"))
        (False, False)
        >>> judge.opens(shape("السلام عليكم يا رمضان في أجواء باردة"))  # a teaser, not a greeting
        False
        """
        if line.key in self.addresses:
            return line.analysed and not line.newsy
        match = self._formula(self._opening, line, _OPENING_MAX_WORDS)
        return match is not None and len(line.key[match.end() :].split()) <= _OPENING_MAX_REST

    def opening_hours(self, line: Line) -> bool:
        """Days and the hours a place keeps: a weekday or a word for every day
        (``data/daily_words.txt``) with a span of hours or a word for closed
        (``data/closed_words.txt``), on a short line without a year.  A date stamp gives a date
        and one time; opening hours give a span.

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.opening_hours(shape("الأحد – الخميس: 8 صباحاً – 4 مساءً")), judge.opening_hours(shape("الاثنين: مغلقة"))
        (True, True)
        >>> judge.opening_hours(shape("الإثنين، 24 أغسطس 2020 09:56 ص")), judge.opening_hours(shape("الطوارئ: 24 ساعة"))
        (False, False)
        """
        if not line.analysed or self._open_days.isdisjoint(line.runs):
            return False
        return self.hours_value(line)

    def hours_kind(self, line: Line) -> int:
        """``DAYS_AND_HOURS`` for :meth:`opening_hours`, ``HOURS_ONLY`` for hours without days
        (:meth:`hours_value`), else ``NO_HOURS``; remembered by text (a site's lines repeat on every
        page; a long line, which gives no hours, is neither looked at nor remembered)."""
        if line.words > _HOURS_MAX_WORDS:
            return NO_HOURS
        kind = self._hours_memo.get(line.text)
        if kind is None:
            kind = DAYS_AND_HOURS if self.opening_hours(line) else HOURS_ONLY if self.hours_value(line) else NO_HOURS
            if len(self._hours_memo) >= _HOURS_MEMO_MAX:
                self._hours_memo.clear()
            self._hours_memo[line.text] = kind
        return kind

    def hours_value(self, line: Line) -> bool:
        """The line gives a span of hours (two hours of a day, with minutes or a word for the time
        of day: ``data/times_of_day.txt``) or round the clock, or (a weekday in a few words) closed;
        and no year.

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.hours_value(shape("مواقيت الصيف: 8:00 – 13:00")), judge.hours_value(shape("الجمعة: مغلق"))
        (True, True)
        >>> judge.hours_value(shape("الخميس 12 – 14 نوفمبر")), judge.hours_value(shape("عطلة رسمية"))
        (False, False)
        >>> judge.hours_value(shape("السبت: الأهلي 2 - 2 الشباب"))  # a score
        False
        """
        text = line.text
        if line.words > _HOURS_MAX_WORDS or _YEAR.search(text) is not None:
            return False
        span = _HOUR_SPAN.search(text)
        if span is not None:
            hours = int(span.group(1) + span.group(2)) <= _DAY_HOURS and int(span.group(3)) <= _DAY_HOURS
            timed = _MINUTES.search(span.group()) is not None or not self._times_of_day.isdisjoint(line.runs)
            if hours and timed:
                return True
        if _ROUND_THE_CLOCK.search(text) is not None or _ROUND_THE_CLOCK_WORDS in text:
            return True
        runs = line.runs
        return (
            line.words <= _CLOSED_MAX_WORDS
            and not self._closed_words.isdisjoint(runs)
            and not self.weekdays.isdisjoint(runs)
        )

    def unlike_a_headline(self, line: Line) -> bool:
        """A shape no headline or teaser has: an equation's or a measure's sign ("س = 2",
        "3 × 10 لكل رجل", "شقق من 110 إلى 210 م²"), an e-mail address, or a first word that goes on
        from the line above (``data/connectives.txt``: "وذلك مساء الثلاثاء 29 أكتوبر").

        >>> from arclean.passes.chrome.features import shape
        >>> unlike = Judge.default().unlike_a_headline
        >>> unlike(shape("إما س − 2 = 0 ومنه س = 2")), unlike(shape("وذلك مساء الثلاثاء"))
        (True, True)
        >>> unlike(shape("وزير المالية: 3 مليارات للدعم")), unlike(shape("النصر × الأهلي.. موعد المباراة"))
        (False, False)
        """
        text = line.text
        if _EQUATION.search(text) is not None:
            return True
        if "@" in text and _EMAIL.search(text) is not None:
            return True
        return line.analysed and self._connective is not None and self._connective.match(line.key) is not None

    @staticmethod
    def _formula(pattern: re.Pattern[str] | None, line: Line, max_words: int) -> re.Match[str] | None:
        """The formula ``line`` opens with, if it is a short line without a headline's marks."""
        if pattern is None or not line.analysed or line.words > max_words or line.newsy:
            return None  # (a teaser opening with a formula has a headline's marks: "اللهم ... .. أفضل أدعية")
        return pattern.match(line.key)

    def field(self, line: Line) -> str | None:
        """A line shaped "name: value" with a short name (one to three words, no digit, maybe
        qualified in brackets): "known" when the name is a fact box's field
        (``data/fact_labels.txt``), "other" for other names, else None.

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.field(shape("السعر: يبدأ من 1,699 ريالا")), judge.field(shape("• مدة التحضير: 20 دقيقة"))
        ('known', 'known')
        >>> judge.field(shape("الصحة: تسجيل 50 إصابة جديدة")), judge.field(shape("التاريخ: 12/03/2024"))
        ('other', 'other')
        >>> judge.field(shape("السعر:")), judge.field(shape("وقال الوزير في مؤتمر صحفي أمس: إن الخطة جاهزة"))
        (None, None)
        >>> judge.field(shape("الصيف (أبريل - أكتوبر): 6:00 صباحًا - 6:00 مساءً"))
        'other'
        >>> judge.field(shape("الدفعة 2: 3 حاويات ملابس")), judge.field(shape("الساعة 12:30 ظهرا"))
        ('other', None)
        """
        if not line.analysed or line.words > _FACT_MAX_WORDS:
            return None
        label, colon, value = line.text.partition(":")
        label = _QUALIFIER.sub("", label.lstrip(_BULLET_MARKS)).strip()  # "الصيف (أبريل - أكتوبر)"
        if not colon or not value.strip() or not label or len(label) > _FACT_LABEL_CHARS:
            return None
        # a number may qualify the name ("التسارع 0-100 كم/س: 6.9 ثانية") or count the items of a
        # list ("الدفعة 2: ..."), but a clock's or a year's colon follows a digit ("الساعة 12:30",
        # "2024: عام التحول")
        if label.count(" ") >= _FIELD_NAME_MAX_WORDS or label[0].isdigit():
            return None
        if label[-1].isdigit() and not (_ITEM_NUMBER.search(label) and value[:1].isspace()):
            return None
        return "known" if fold(label) in self.fact_labels else "other"

    def names_a_person(self, line: Line) -> bool:
        """A bare name: two to four words without digits or marks, the first a common given name,
        maybe after a title (``data/honorifics.txt``).

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.names_a_person(shape("ليلى الأحمد")), judge.names_a_person(shape("مصطفى عبد الرحمن صحافي"))
        (True, True)
        >>> judge.names_a_person(shape("محمد صلاح يقود ليفربول")), judge.names_a_person(shape("محمد"))
        (True, False)
        >>> judge.names_a_person(shape("د. محمد الهاشمي")), judge.names_a_person(shape("المحامي فيصل الدوسري"))
        (True, True)
        >>> judge.names_a_person(shape("د. هبة يوسف")), judge.names_a_person(shape("الشيخ هبة يوسف"))
        (True, False)
        >>> judge.names_a_person(shape("م. الحفل الختامي"))
        False
        """
        if not self.given_names or not line.analysed or not 2 <= line.words <= _NAME_MAX_WORDS + 1:
            return False
        if line.sentence_end or any(c.isdigit() or c in _NAME_MARKS for c in line.text):
            return False
        words = line.runs
        titled = self.titled(line)
        given = self._given_name_words(words[1:] if titled else words)
        if not given and titled and _abbreviated(line.text) and not words[1].startswith("ال"):
            given = 1  # "د." and "م." stand before names: "د. هبة يوسف" ("م. الحفل الختامي" is none)
        if not given:
            return False
        return len(words) > given + titled if titled else line.words <= _NAME_MAX_WORDS + given - 1

    def titled(self, line: Line) -> bool:
        """The line opens with a title ("د.", "المحامي": ``data/honorifics.txt``)."""
        return _opens_with(line, self.honorifics)

    def _given_name_words(self, words: list[str]) -> int:
        """How many words the given name at the start of ``words`` spans: 1, 2 for a compound
        written apart ("عبد الله" for the listed "عبدالله"), or 0 when none opens them."""
        if not words:
            return 0
        if words[0] in self.given_names:
            return 1
        if words[0] == "عبد" and len(words) > 1 and "عبد" + words[1] in self.given_names:
            return 2
        return 0

    def surname(self, line: Line) -> list[str]:
        """The folded words after a bare name's given name (and the title before it, if any).

        >>> from arclean.passes.chrome.features import shape
        >>> Judge.default().surname(shape("د. محمد الهاشمي")), Judge.default().surname(shape("ليلى الأحمد"))
        (['الهاشمي'], ['الاحمد'])
        >>> Judge.default().surname(shape("عبد الله المعمري"))
        ['المعمري']
        """
        words = line.runs
        titled = self.titled(line)
        rest = words[1:] if titled else words
        return rest[max(self._given_name_words(rest), 1) :]

    def signature(self, line: Line) -> Line | None:
        """The name a byline gives after its label (an ``author_bio`` label of the lexicon), or
        None: after the label and a colon ("إعداد: عبد الرحيم محمود", "قصة: ..."), or after a label
        that needs none ("بقلم عمر فاروق"; "قصة موسى والخضر" is a title).

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.signature(shape("إعداد: عبد الرحيم محمود")).text, judge.signature(shape("بقلم عمر فاروق")).text
        ('عبد الرحيم محمود', 'عمر فاروق')
        >>> judge.signature(shape("قصة موسى والخضر")), judge.signature(shape("أعلام: عبد الرحمن الداخل"))
        (None, None)

        The name may stand between the label and the colon, as Egyptian and Gulf papers print it
        ("كتب - حسين التميمي:", "كتبت سارة علي:"):

        >>> judge.signature(shape("كتب - حسين التميمي:")).text
        'حسين التميمي'
        """
        text = line.text.rstrip()
        if text.endswith(":") and text.count(":") == 1:
            first, _, rest = text[:-1].partition(" ")
            rest = rest.lstrip(" -–—")
            return shape(rest) if rest.strip() and self.lexicon.signs(fold(first), separated=True) else None
        head, colon, rest = line.text.partition(":")
        if colon:
            return shape(rest) if rest.strip() and self.lexicon.signs(fold(head), separated=True) else None
        first, _, rest = line.text.partition(" ")
        return shape(rest) if rest.strip() and self.lexicon.signs(fold(first), separated=False) else None

    def described(self, line: Line) -> Line | None:
        """The name before a dash when a short description of the writer follows it (a byline
        giving the writer's job: "د. هبة يوسف - أخصائية تغذية"), or None.

        >>> from arclean.passes.chrome.features import shape
        >>> Judge.default().described(shape("د. نادر عبد العزيز - أستاذ القانون التجاري")).text
        'د. نادر عبد العزيز'
        >>> Judge.default().described(shape("الرياض - سبورت 360")), Judge.default().described(shape("ليلى الأحمد"))
        (None, None)
        >>> Judge.default().described(shape("سلمى حايك - من هوليوود إلى دبي")) is None
        True
        """
        for dash in _DESCRIPTION_DASHES:
            head, found, rest = line.text.partition(dash)
            if found:
                described = shape(rest) if rest.strip() else None
                if described is None or not described.analysed or described.words > _NAME_MAX_WORDS:
                    return None
                if described.newsy or any(c.isdigit() for c in rest) or not self.names_a_topic(described):
                    return None  # a job is a noun phrase: no figure, particle or verb ("من هوليوود إلى دبي")
                return shape(head) if head.strip() else None
        return None

    def names_a_topic(self, line: Line) -> bool:
        """A tag's shape: a noun phrase with no particle (``data/tag_particles.txt``) that opens on
        no verb of saying and no imperative (a button's verb: "علقي الصورة", "انشر الخير").

        >>> from arclean.passes.chrome.features import shape
        >>> judge = Judge.default()
        >>> judge.names_a_topic(shape("الأمن المستدام")), judge.names_a_topic(shape("جامعة القاهرة"))
        (True, True)
        >>> judge.names_a_topic(shape("الكامل في التاريخ")), judge.names_a_topic(shape("علقي الصورة"))
        (False, False)
        >>> judge.names_a_topic(shape("واختتم كلمته بالقول")), judge.names_a_topic(shape("الدوري الإنجليزي"))
        (False, True)
        """
        words = line.runs
        if not words or not self.tag_particles.isdisjoint(words) or self.leads_in(line):
            return False
        return not self.lexicon.commands(words[0])  # an imperative: "تبرع بكسوة", "علقي الصورة"

    def leads_in(self, line: Line) -> bool:
        """The line opens with a verb of saying: the writer announcing what follows
        ("واختتم كلمته بالقول", then the slogans he ended with)."""
        return _opens_with(line, self.reporting_verbs)

    def heads_a_list(self, line: Line) -> bool:
        """The line opens with a word that heads a writer's list (``data/list_headings.txt``:
        "المراجع", "نصائح أخرى", "خطوات ...")."""
        return _opens_with(line, self.list_headings)

    def definite(self, line: Line) -> bool:
        """One word, a word with the article, or a person's name: how a topic is named
        ("السعودية", "وزير الري", "محمد صلاح").  An indefinite description ("حمام دافئ") is a writer's item.

        >>> from arclean.passes.chrome.features import shape
        >>> Judge.default().definite(shape("وزير الري")), Judge.default().definite(shape("غرفة مظلمة"))
        (True, False)
        """
        words = line.runs
        if not words:
            return False  # (a line of marks or control characters names nothing)
        if len(words) == 1 or words[0] in self.given_names:
            return True
        return any(word.startswith(_ARTICLES) for word in words)

    def latin_fragment(self, line: Line) -> bool:
        """A scrap of Latin text (an icon label such as "in", "X", "Poll") in an Arabic page."""
        return line.latin_only and line.words <= 3 and not any(c.isdigit() for c in line.text)


def _word_roles(filename: str) -> dict[str, str]:
    """The folded words of a data file of ``word<TAB>role`` lines, with their roles."""
    return {fold(word): role for word, _, role in (line.partition("\t") for line in read_data_lines(filename))}


def _word_set(filename: str) -> frozenset[str]:
    """The folded words of a data file, to look words up in (:func:`read_folded` keeps their order)."""
    return frozenset(read_folded(filename))


def _abbreviated(text: str) -> bool:
    """The line opens with an abbreviated title: one or two letters and a dot ("د.", "م.", "أ.د.")."""
    first = text.split(" ", 1)[0]
    return first.endswith(".") and 1 <= len(first.replace(".", "")) <= 2


def _opens_with(line: Line, table: frozenset[str]) -> bool:
    """The line's first folded word is one of ``table``."""
    words = line.runs
    return bool(words) and words[0] in table


def _names_a_site(head: str) -> bool:
    """A word for a newspaper, site or network in ``head`` (a loop: faster than any() on a generator)."""
    for word in _SITE_WORDS:
        if word in head:
            return True
    return False
