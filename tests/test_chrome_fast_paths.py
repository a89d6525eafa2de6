"""The chrome pass's fast paths compute exactly what the plain definitions do.

Each fast path is checked against its definition, and the whole pass against itself with every fast
path switched back to its definition (:func:`reference_paths`), on generated pages: a difference
would change which lines are judged chrome.

- folded words through the code page (``folding.word_runs``, ``fold_parts``, ``key_of_parts``,
  ``WordSet``) against ``words(fold_letters(text).lower())``, ``ascii_digits`` and sets of strings;
- ``\\w+`` runs where a text has no "_" (``folding.words``) against ``WORD.findall``;
- per-word stemming (tables of stems, by string and by code-page bytes) against stemming a whole key;
- ``Lexicon.within`` (phrases looked up from the line's words) against one regex over the key;
- a line's ending (``features._ending``) against two regex searches;
- headlines inside each other compared pair by pair against the n-gram index;
- the quote-or-verse prefilter against the bare regex;
- the page scans that rule out a live blog's times and a schedule, and the row count that rules
  out a table, against looking line by line (in the whole pass);
- ``remove_lines`` told which lines are blank against finding out itself;
- a text's lines cut at "\\n" when that is its only line break (``chrome._bare_lines``, which
  trusts a text :func:`~arclean.passes.base.printable_but_line_feeds` just passed) against ``split_lines``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arclean.passes.base import PRINTABLE, printable_but_line_feeds
from arclean.passes.chrome import Chrome, features, folding, lexicon, rules
from arclean.passes.chrome import chrome as chrome_module
from arclean.passes.chrome.evidence import Judge
from arclean.passes.chrome.features import WORD, Line, fold, stems
from arclean.passes.chrome.lexicon import Evidence, Lexicon
from arclean.passes.chrome.lines import remove_lines, split_lines

from .strategies import DIACRITICS, DIGITS, LATIN, PRESENTATION, PUNCTUATION, SENTENCES, WORDS, arabic_text

# Letters, digits, underscores, marks and the separators the fast paths must split at.
_MIXED = st.text(alphabet=st.sampled_from(list("وال بالكتابة_١٢3 ،.\t\u00a0x_Yـً")), max_size=60)
# Every character of the code page, and a few outside it (a presentation form, Greek capital sigma).
_PAGE = [c for c in folding._DECODING if c != folding._UNDEFINED]
_PAGE_TEXT = st.text(alphabet=st.sampled_from([*_PAGE, "ﻷ", "Σ", "\u0656", "😀"]), max_size=40)
LEXICON = Lexicon.default()


def _stems_reference(text: str) -> set[str]:
    """The definition: strip proclitics from the whole text, keep words of 3+ letters cut to four."""
    bare = features._PROCLITIC.sub("", text)
    return {w[:4] for w in bare.split() if len(w) >= 3} - features._STOP_STEMS


def _runs_reference(text: str) -> list[str]:
    return folding.WORD.findall(folding.fold_letters(text).lower())


def _within_reference(self: Lexicon, key: str, hits: set[str] | None = None) -> Evidence | None:
    """``Lexicon.within`` as one regex over the key (``hits``, the prefilter's words, play no part)."""
    hit = self._within_re.search(key) if self._within_re else None
    if hit is None:
        return None
    entry = self._within[hit.group(1)]
    return Evidence(entry.kind, "phrase-within", entry.strong)


# ------------------------------------------------------------------------------------ folding
@pytest.mark.parametrize(
    "text",
    ["وقال الوزير إن المشروع سيكتمل", "snake_case و_تحت_السطر", "١٢ سبتمبر 2020", "", "___", "والمفاوضات مع العراق"],
)
def test_words_equal_word_findall(text: str) -> None:
    assert folding.words(text) == WORD.findall(text)


def test_code_page_folds_every_character_and_pair_like_the_definition() -> None:
    for char in _PAGE:
        assert folding.word_runs(char) == _runs_reference(char), repr(char)
    for pair in itertools.product(_PAGE, repeat=2):
        text = "".join(pair)
        assert folding.word_runs(text) == _runs_reference(text), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مسؤوليةُ الإدارة، اليوم", ["مسووليه", "الاداره", "اليوم"]),
        ("Read MORE: اقرأ أيضاً", ["read", "more", "اقرا", "ايضا"]),
        ("عام ٢٠٢٠ و2021", ["عام", "٢٠٢٠", "و2021"]),
        ("اخر اﻷخبار", ["اخر", "الاخبار"]),  # a presentation form: outside the page, folded by NFKC
        ("ΣΟΦΟΣ و_تحت", ["σοφος", "و", "تحت"]),  # a final sigma: outside the page
        ("كَتَبَ ـــ الطالبُ", ["كتب", "الطالب"]),
    ],
)
def test_word_runs_table(text: str, expected: list[str]) -> None:
    assert folding.word_runs(text) == expected == _runs_reference(text)


@settings(max_examples=300)
@given(st.one_of(_PAGE_TEXT, _MIXED, arabic_text))
def test_folded_words_match_definitions(text: str) -> None:
    runs = _runs_reference(text)
    assert folding.word_runs(text) == runs
    parts = folding.fold_parts(text)
    if parts is None:  # a character outside the page
        assert any(c not in _PAGE for c in text)
        return
    joined = " ".join(runs)
    assert folding.join_parts(parts) == joined
    key = folding.ascii_digits(joined)
    assert folding.key_of_parts(parts) == (key, key == joined)
    table = folding.WordSet([*runs[:3], "ايضا", "شارك", "σοφος", "2020"])
    assert table.among_parts(parts) == table.among(runs) == set(table.words) & set(runs)


# ------------------------------------------------------------------------------------ stems
@pytest.mark.parametrize(
    ("text", "expected"),
    [("والمفاوضات مع العراق", {"مفاو", "عراق"}), ("وال بال", {"وال", "بال"}), ("قال الرئيس محمد", set())],
)
def test_stems_table(text: str, expected: set[str]) -> None:
    assert stems(fold(text)) == expected == _stems_reference(fold(text))


@settings(max_examples=200)
@given(st.one_of(_MIXED, arabic_text))
def test_fast_paths_match_definitions(text: str) -> None:
    assert folding.words(text) == WORD.findall(text)
    assert stems(text) == _stems_reference(text)
    assert stems(text) == _stems_reference(text)  # a second time: from the table


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير إن المشروع سيكتمل في عام ٢٠٢٥ بعد أن تنتهي المرحلة الأولى من أعمال البناء والتشييد",
        "قال الوزير إن المشروع سيكتمل في عام 2025 بعد أن تنتهي المرحلة الأولى من أعمال البناء والتشييد",
        "قال الوزير إن المشروع سيكتمل في عام 2025 بعد أن تنتهي المرحلة الأولى من أعمال البناء ﻷجل التشييد",
        "والمفاوضات مع العراق",
        "والمفاوضات مع العراق عام ٢٠٢٠",
    ],
)
def test_line_stems_equal_stems_of_key(text: str) -> None:
    # Stems come from the code-page words (or the word runs) unless digits were made ASCII in the key.
    line = Line(text)
    assert line.stems == _stems_reference(line.key)
    assert Line(text).stems == _stems_reference(line.key)  # a second time: from the tables


@settings(max_examples=100)
@given(st.lists(st.one_of(_MIXED, arabic_text, _PAGE_TEXT), min_size=1, max_size=20).map(" ".join))
def test_line_stems_match_definition(text: str) -> None:
    if text.strip():
        line = Line(text.strip())
        assert line.stems == _stems_reference(line.key)
        if not line.analysed:  # past MAX_ANALYSED_CHARS a line has no words by definition (a page dump)
            assert (line.key, line.runs) == ("", [])
            return
        assert line.key == fold(line._body())
        assert line.runs == _runs_reference(line._body())


# ------------------------------------------------------------------------------------ evidence
_WITHIN_PHRASES = sorted(LEXICON._within)
_key_of_phrases = st.lists(
    st.one_of(st.sampled_from(_WITHIN_PHRASES), st.sampled_from(["و", "في", "الخبر", "2020", "١٢"])),
    min_size=1,
    max_size=6,
).map(" ".join)


@pytest.mark.parametrize(
    "key",
    [
        "جميع الحقوق محفوظه",
        "المقال يعبر عن راي كاتبه",
        "صوره من reuters",
        "هذا خبر عادي عن المدينه",
        "جميع الحقوق",
    ],
)
def test_within_equals_one_regex(key: str) -> None:
    assert LEXICON.within(key) == _within_reference(LEXICON, key)


@settings(max_examples=300)
@given(st.one_of(_key_of_phrases, arabic_text.map(fold)))
def test_within_phrases_looked_up_from_words_match_the_regex(key: str) -> None:
    assert LEXICON.within(key) == _within_reference(LEXICON, key)


# Phrases inside each other, with different types: which one wins shows in the evidence.
_NESTED = Lexicon(
    [
        ("share", "within", "strong", "جميع الحقوق"),
        ("copyright", "within", "weak", "جميع الحقوق محفوظة"),
        ("newsletter", "within", "strong", "الحقوق محفوظة"),
        ("other", "within", "weak", "محفوظة لدى الموقع 2020"),
        ("tags", "within", "strong", "محفوظة"),
        ("date", "within", "strong", "عام 2020"),  # its only telling word has digits
    ]
)


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("جميع الحقوق محفوظه للموقع", "copyright"),  # at one position the longest phrase wins
        ("نص الحقوق محفوظه جميع الحقوق", "newsletter"),  # the leftmost match wins
        ("محفوظه لدي الموقع 2020", "other"),
    ],
)
def test_within_order_of_nested_phrases(key: str, kind: str) -> None:
    key = fold(key)
    found = _NESTED.within(key)
    assert found == _within_reference(_NESTED, key)
    assert found is not None and found.kind == kind


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*_NESTED._within, "جميع", "نص", "2020"]), min_size=1, max_size=6).map(" ".join))
def test_within_of_nested_phrases_matches_the_regex(key: str) -> None:
    assert _NESTED.within(key) == _within_reference(_NESTED, key)


def _long_line_within_reference(lex: Lexicon, line: Line) -> Evidence | None:
    """The definition on a long line: the regex over its key, if one of the table's words is a word
    of the line (its own digits, not the key's)."""
    if lex._within_words.words.isdisjoint(line.runs):
        return None
    return _within_reference(lex, line.key)


_FILLER = "قال المتحدث الرسمي إن الشركة أعلنت نتائجها السنوية أمس في مؤتمر صحفي بالرياض"


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["جميع الحقوق محفوظة", "عام ٢٠٢٠", "عام 2020", "لدى الموقع", "في"]), max_size=4))
def test_within_on_long_lines_matches_the_definition(pieces: list[str]) -> None:
    line = Line(" ".join([_FILLER, *pieces, "."]))
    hits = line.among(_NESTED._within_words)
    found = _NESTED._within_of(line.key, hits) if hits else None
    assert found == _long_line_within_reference(_NESTED, line)


def _widget_reference(judge: Judge, line: Line) -> Evidence | None:
    """``Judge._widget`` without its prefilters (a link mark, a digit, enough ":" and ".", "°")."""
    from arclean.passes.chrome import evidence as ev

    if ev._LINK.search(line.text) and not ev._WORD_CHAR.search(ev._LINK.sub(" ", line.text)):
        return Evidence("url", "url-line", True)
    keys = line.key.split()
    counted = judge._counted(keys) if keys else None
    if counted is not None and counted.kind in ev._COUNTED_KINDS:
        return Evidence(counted.kind, "counter", True)
    if keys and judge._view_count(keys):
        return Evidence("other", "counter", False)
    numbers = sum(1 for k in keys if ev._NUMBER_TOKEN.match(k))
    if numbers and all(k in judge.date_words or ev._NUMBER_TOKEN.match(k) for k in keys):
        if numbers >= 2 or any(k in ("منذ", "قبل", "ago") for k in keys) or len(keys) >= 2:
            return Evidence("date", "date-line", True)
    if not line.sentence_end and len(ev._CLOCK.findall(line.text)) >= 3:
        return Evidence("other", "time-table", True)
    if ev._TEMPERATURE.fullmatch(line.text.replace(" ", "")):
        return Evidence("other", "temperature", True)
    return None


_OPENERS = sorted({*LEXICON._starts, *LEXICON._labels})
_WIDGET_WORDS = ["12:30", "9.15", "1:05", "°", "28°C", "-5 °", "منذ", "٣", "ساعات", "2020", "م", "st", "الظهر", "."]
_WIDGET_WORDS += ["مشاهدة", "1,204", "1.2k", "ألف"]
_WIDGET_WORDS += ["https://p.dw.com/p/3y5xh", "www.example.com", "news@site.sa", "http://localhost", "|", "@"]
_SIGNOFFS = ["(أ ف ب)", "واس", "الرياض - واس", "رويترز", "Reuters", "د ب أ", "وكالات", "أ.ف.ب", "AFP/", "قنا -"]
_short_line = st.one_of(
    st.tuples(st.sampled_from(_OPENERS), st.sampled_from(["", ":", " -", " |", " أحمد حسن", "ات"])).map("".join),
    st.tuples(st.sampled_from(["1. ", "2) ", "", "- "]), st.sampled_from(_OPENERS)).map("".join),
    st.lists(st.sampled_from(_WIDGET_WORDS), max_size=6).map(" ".join),
    st.lists(st.sampled_from([*_SIGNOFFS, *WORDS[:8]]), min_size=1, max_size=5).map(" ".join),
    arabic_text,
)


@settings(max_examples=300)
@given(_short_line)
def test_opening_and_widget_prefilters_match_the_definitions(text: str) -> None:
    if not text.strip():
        return
    line = Line(text.strip())
    key = line.key
    # the first-word prefilter is a necessary condition: it never changes what the regexes find
    assert LEXICON.opening(key, line) == LEXICON._match_opening(line.key if line.numbered else key, line)
    judge = Judge.default()
    assert judge._widget(line) == _widget_reference(judge, line)
    assert judge.protected(line) == _protected_reference(judge, line)


def _protected_reference(judge: Judge, line: Line) -> bool:
    """``Judge.protected`` without its first-word prefilter."""
    if not line.analysed or line.words > 12 or judge._agency is None:
        return False
    found = judge._agency.search(line.key)
    if not found:
        return False
    from arclean.passes.chrome import evidence as ev

    return found.group() == line.key or ev._SIGNOFF_SHAPE.search(line.text) is not None


def test_line_ending_equals_regex_definitions() -> None:
    alphabet = list(".…!?؟:\"'»”’)]a \n،")
    for size in range(6):
        for chars in itertools.product(alphabet, repeat=size):
            tail = "".join(chars)
            expected = (features._SENTENCE_END.search(tail) is not None, features._trailing_dots(tail))
            assert features._ending(tail) == expected, repr(tail)


@settings(max_examples=200)
@given(st.one_of(arabic_text, st.sampled_from(["«قال»", "يا ليل ... يا عين", "بيت * شطر", '"نص"']).map(str)))
def test_quote_or_verse_prefilter(text: str) -> None:
    assert rules._quote_or_verse(text) == (rules._QUOTE_OR_VERSE.search(text) is not None)


# ------------------------------------------------------------------------------------ rules and lines
_small_keys = st.lists(
    st.lists(st.sampled_from(["a", "b", "c", "d"]), min_size=1, max_size=20).map(" ".join), min_size=2, max_size=64
).map(lambda keys: list(dict.fromkeys(keys)))


@settings(max_examples=300)
@given(_small_keys)
def test_headlines_inside_each_other_pairwise_equal_the_index(keys: list[str]) -> None:
    assert set(rules._inside_each_other(keys)) == set(rules._inside_by_index(keys))


def test_pairwise_headlines_respect_the_template_bound() -> None:
    # "a a a a" occurs 78 times among the keys: a template, in both ways of looking.
    keys = ["a a a a", *(" ".join(["a"] * n) for n in range(5, 16)), "b b b b"]
    assert rules._gram_count(("a", "a", "a", "a"), keys) > rules._NEAR_MAX_CANDIDATES
    assert rules._inside_each_other(keys) == [] == rules._inside_by_index(keys)


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(["نص\n", "\n", "  \n", "شارك\n", "عنوان", "\r\n"]), max_size=12),
    st.sets(st.integers(0, 11)),
)
def test_remove_lines_told_the_blank_lines(lines: list[str], dropped: set[int]) -> None:
    alive = list(range(len(lines)))
    dropped = {k for k in dropped if k < len(lines) and lines[k].strip()}
    nonblank = {k for k, line in enumerate(lines) if line.strip()}
    assert remove_lines(alive, lines, dropped, nonblank=nonblank) == remove_lines(alive, lines, dropped)


_BREAKS = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("text", ["", "\n", "\n\n", "نص", "نص\n", "عنوان\n\nنص", "عنوان\r\nنص", "أ\u2028ب\n"])
def test_bare_lines_table(text: str) -> None:
    bare = chrome_module._bare_lines(text)
    expected = [line.rstrip("\n") for line in split_lines(text)]
    assert bare == (expected if all(b not in text for b in _BREAKS[1:]) else None)


_pieces = st.one_of(st.sampled_from(_BREAKS), st.sampled_from(["نص", " ", "شارك"]))
_broken_text = st.lists(_pieces, max_size=12).map("".join)


@settings(max_examples=300)
@given(_broken_text)
def test_bare_lines_are_the_split_lines_without_their_ends(text: str) -> None:
    bare = chrome_module._bare_lines(text)
    if bare is None:
        assert any(b in text for b in _BREAKS[1:])
        return
    assert bare == [line.rstrip("\n") for line in split_lines(text)]
    assert [line.strip() for line in bare] == [line.strip() for line in split_lines(text)]


_any_broken_text = st.lists(st.one_of(st.sampled_from(_BREAKS), st.characters()), max_size=40).map("".join)


@settings(max_examples=300)
@given(st.one_of(_broken_text, _any_broken_text))
def test_bare_lines_of_a_text_known_printable(text: str) -> None:
    # _bare_lines skips its scan for the other breaks in the string printable_but_line_feeds last passed
    if not printable_but_line_feeds(text):
        return
    assert PRINTABLE.holds(text)
    assert chrome_module._bare_lines(text) == [line.rstrip("\n") for line in split_lines(text)]


def test_other_line_breaks_are_not_printable() -> None:
    # the premise of that shortcut, over every character str.splitlines breaks at
    breaks = [c for c in map(chr, range(0x110000)) if len(f"a{c}b".splitlines()) == 2]
    assert sorted(breaks) == sorted(["\n", *chrome_module._OTHER_BREAKS])
    assert not any(printable_but_line_feeds(f"a{c}b") for c in chrome_module._OTHER_BREAKS)


# ------------------------------------------------------------------------------------ the whole pass
@contextmanager
def reference_paths() -> Iterator[None]:
    """Every fast path of the chrome pass replaced by its definition, with the caches emptied."""
    saved = {
        (features, "fold_parts"): features.fold_parts,
        (features, "_ending"): features._ending,
        (Lexicon, "_within_of"): Lexicon._within_of,
        (rules, "_PAIRWISE_MAX_KEYS"): rules._PAIRWISE_MAX_KEYS,
        (rules, "_quote_or_verse"): rules._quote_or_verse,
        (chrome_module, "_bare_lines"): chrome_module._bare_lines,
        (rules._Document, "_timed_lines"): rules._Document._timed_lines,
        (rules, "_ROWS_LOOKED_AT"): rules._ROWS_LOOKED_AT,
    }
    features.fold_parts = lambda text: None  # type: ignore[assignment]  # every text "outside the page"
    features._ending = lambda tail: (  # type: ignore[assignment]
        features._SENTENCE_END.search(tail) is not None,
        features._trailing_dots(tail),
    )
    Lexicon._within_of = _within_reference  # type: ignore[method-assign]
    rules._PAIRWISE_MAX_KEYS = 0  # type: ignore[misc]  # always the n-gram index
    rules._quote_or_verse = lambda text: rules._QUOTE_OR_VERSE.search(text) is not None  # type: ignore[assignment]
    chrome_module._bare_lines = lambda text: None  # type: ignore[assignment]  # always split_lines
    rules._Document._timed_lines = lambda self: True  # type: ignore[method-assign]  # no page scan for clock times
    rules._ROWS_LOOKED_AT = 0  # type: ignore[misc]  # rows looked for among any number of lines
    chrome_module._observe_short.cache_clear()
    try:
        yield
    finally:
        for (owner, name), value in saved.items():
            setattr(owner, name, value)
        chrome_module._observe_short.cache_clear()


def _explained(text: str) -> tuple[str, list[tuple[object, ...]]]:
    explanation = Chrome().explain(text)
    return explanation.text, [(c.rule, c.kind, c.line, c.column, c.before, c.after) for c in explanation.changes]


_PHRASES = sorted({*LEXICON.line, *LEXICON._starts, *LEXICON._labels, *LEXICON._within})
_WIDGETS = [
    "الإثنين، 24 أغسطس 2020 09:56 ص",
    "https://p.dw.com/p/3y5xh",
    "© 2024 جميع الحقوق محفوظة",
    "(أ ف ب)",
    "الرياض - واس",
    "منذ ٣ ساعات",
    "28°C",
    "تصوير: أحمد حسن",
    "اقرأ أيضاً: «الإمارات»",
]
# a live blog's times, a schedule's lines and a table's rows (the shapes rules._live_times,
# _timetable and _table_rows look for)
_TIMES_AND_ROWS = [
    "21:30",
    "1:15 م",
    "09:05",
    "06:00 القرآن الكريم",
    "07:30 صباح الخير",
    "الدولار الأمريكي | 47.25 | 47.35",
    "اليورو | 51.10 | 51.26",
    "العملة | شراء | بيع",
    "الطالبة سارة - 99.9 - الفرع العلمي",
    "الطالب أحمد - 99.8 - الفرع الأدبي",
]
_NOISE = [*DIACRITICS, *PRESENTATION, *PUNCTUATION, "ـــ", "_", "…", "..."]
_ENDINGS = [".", "..", "...", "…", "!", "؟", ":", ".»", '?"', "..)", ""]
_word = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(LATIN), st.sampled_from(DIGITS))
_headline = st.tuples(st.lists(_word, min_size=2, max_size=16).map(" ".join), st.sampled_from(_ENDINGS)).map("".join)
_prose = st.tuples(
    st.lists(_word, min_size=5, max_size=35).map(" ".join),
    st.sampled_from(["، ", " ", " و"]),
    st.lists(_word, min_size=5, max_size=35).map(" ".join),
    st.sampled_from(_ENDINGS),
).map("".join)
_page_line = st.one_of(
    _prose,
    _prose,
    _headline,
    st.sampled_from(SENTENCES),
    st.sampled_from(_PHRASES),
    st.tuples(st.sampled_from(_PHRASES), st.sampled_from([":", " -", " |", ""]), _headline).map(" ".join),
    st.tuples(st.sampled_from(["1.", "2)", "-", "•"]), _headline).map(" ".join),
    st.sampled_from(_WIDGETS),
    st.sampled_from(_TIMES_AND_ROWS),
    st.tuples(_headline, st.sampled_from(_NOISE)).map("".join),
    st.just(""),
    arabic_text,
)
pages = st.lists(_page_line, min_size=1, max_size=30).map("\n".join)


@settings(max_examples=300)
@given(pages)
def test_fast_paths_agree_with_the_definitions_on_generated_pages(page: str) -> None:
    fast = _explained(page)
    with reference_paths():
        assert _explained(page) == fast


_PARAGRAPH = "وقال الوزير إن المشروع سيكتمل قبل نهاية العام المقبل، بحسب البيان الرسمي الصادر أمس."
_dense_pages = st.lists(st.one_of(st.just(_PARAGRAPH), st.sampled_from(_TIMES_AND_ROWS), _headline), max_size=16)


def _shaped(lines: list[str]) -> tuple[frozenset[int], ...] | None:
    """What _live_times, _timetable and _table_rows find on a page of ``lines`` (None: no article)."""
    judge = Judge.default()
    doc = rules._Document([rules.Observed.of(Line(t), judge) for t in map(str.strip, lines) if t], judge)
    return (doc._live_times(), doc._timetable(), doc._table_rows()) if doc.anchors else None


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (["عنوان الخبر", "21:30", _PARAGRAPH, "20:15", _PARAGRAPH, "19:00", _PARAGRAPH], 0),
        (["06:00 القرآن الكريم", "07:30 صباح الخير", "09:05 نشرة الأخبار", "10:00 برنامج الصباح", _PARAGRAPH], 1),
        (
            [
                _PARAGRAPH,
                "الدولار الأمريكي | 47.25 | 47.35",
                "اليورو | 51.10 | 51.26",
                "الين | 0.31 | 0.32",
                _PARAGRAPH,
            ],
            2,
        ),
    ],
)
def test_page_shapes_are_found(lines: list[str], found: int) -> None:
    # the shapes the page scans and the row count must not rule out
    shaped = _shaped(lines)
    assert shaped is not None and shaped[found]
    with reference_paths():
        assert _shaped(lines) == shaped


@settings(max_examples=400)
@given(_dense_pages)
def test_page_scans_agree_with_looking_line_by_line(lines: list[str]) -> None:
    fast = _shaped(lines)
    with reference_paths():
        assert _shaped(lines) == fast


def test_reference_paths_take_the_slow_paths() -> None:
    # The comparison above is only worth something if the reference really leaves the fast paths.
    line = "وقال الوزير إن المشروع سيكتمل في عام ٢٠٢٥ بعد أن تنتهي المرحلة الأولى، بحسب البيان."
    assert Line(line)._parts is not None
    with reference_paths():
        assert Line(line)._parts is None
        assert rules._PAIRWISE_MAX_KEYS == 0
        assert chrome_module._bare_lines("عنوان\nنص") is None
        assert rules._ROWS_LOOKED_AT == 0
    assert chrome_module._bare_lines("عنوان\nنص") == ["عنوان", "نص"]
    assert Judge.default().evidence(Line(line)) is None
    assert split_lines(line) == [line]
    assert lexicon.Lexicon._within_of is not _within_reference
