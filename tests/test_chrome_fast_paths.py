"""The chrome pass's fast paths compute exactly what the plain definitions do.

Word runs (``\\w+`` where a text has no "_") and per-word stemming (a table of stems) are faster
forms of ``WORD.findall`` and of stemming a whole key with one regex; a difference would change
which lines are judged chrome.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arclean.passes.chrome import features, folding
from arclean.passes.chrome.features import WORD, Line, fold, stems

from .strategies import arabic_text

# Letters, digits, underscores, marks and the separators the fast paths must split at.
_MIXED = st.text(alphabet=st.sampled_from(list("وال بالكتابة_١٢3 ،.\t\u00a0x_Yـً")), max_size=60)


def _stems_reference(text: str) -> set[str]:
    """The definition: strip proclitics from the whole text, keep words of 3+ letters cut to four."""
    bare = features._PROCLITIC.sub("", text)
    return {w[:4] for w in bare.split() if len(w) >= 3} - features._STOP_STEMS


@pytest.mark.parametrize(
    "text",
    ["وقال الوزير إن المشروع سيكتمل", "snake_case و_تحت_السطر", "١٢ سبتمبر 2020", "", "___", "والمفاوضات مع العراق"],
)
def test_words_equal_word_findall(text: str) -> None:
    assert folding.words(text) == WORD.findall(text)


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
        "والمفاوضات مع العراق",
    ],
)
def test_line_stems_equal_stems_of_key(text: str) -> None:
    # Long lines take their stems from the word runs unless digits were made ASCII in the key.
    line = Line(text)
    assert line.stems == _stems_reference(line.key)


@settings(max_examples=100)
@given(st.lists(st.one_of(_MIXED, arabic_text), min_size=1, max_size=20).map(" ".join))
def test_line_stems_match_definition(text: str) -> None:
    if text.strip():
        line = Line(text.strip())
        assert line.stems == _stems_reference(line.key)
