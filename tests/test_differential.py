"""Differential tests against the peers (CAMeL Tools, pyarabic) where the semantics match.

Each property states the difference exactly: what the peer does, plus the documented, deliberate
choices of arclean (docs/normalisation.md, "Differences from the peers").  Anything else is a bug.
"""

from __future__ import annotations

import re
import unicodedata

import pyarabic.araby as pyarabic
import pytest
from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar
from hypothesis import assume, given

from arclean import build_pass

from .strategies import arabic_text

# Marks arclean strips that CAMeL's dediac_ar keeps: U+0653..U+065F (maddah, hamza above/below
# left over after composition, and the rarer vowel signs), all inside the Arabic harakat block.
EXTRA_MARKS_VS_CAMEL = re.compile("[\u0653-\u065f]")
# pyarabic's TASHKEEL is U+064B..U+0652; arclean also strips U+0653..U+065F and superscript alef.
EXTRA_MARKS_VS_PYARABIC = re.compile("[\u0653-\u065f\u0670]")
# arclean's alef fold also takes the wavy-hamza alefs U+0672, U+0673, U+0675.
EXTRA_ALEFS_VS_CAMEL = re.compile("[\u0672\u0673\u0675]")
# Combining madda, hamza above and hamza below: what NFC composes onto a bare alef.
HAMZA_MARKS = re.compile("[\u0653-\u0655]")

diacritics = build_pass({"type": "diacritics", "quranic": False, "extended": False})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@given(text=arabic_text)
def test_diacritics_match_camel_dediac_ar(text: str) -> None:
    # Deliberate: arclean composes first (so ا + U+0654 stays أ) and strips U+0653..U+065F too.
    assert diacritics(text) == EXTRA_MARKS_VS_CAMEL.sub("", dediac_ar(nfc(text)))


@given(text=arabic_text)
def test_diacritics_match_pyarabic_strip_tashkeel(text: str) -> None:
    assert diacritics(text) == EXTRA_MARKS_VS_PYARABIC.sub("", pyarabic.strip_tashkeel(nfc(text)))


@given(text=arabic_text)
def test_alef_matches_camel(text: str) -> None:
    assume(not HAMZA_MARKS.search(text))  # with them: the next test
    assert build_pass({"type": "alef"})(text) == EXTRA_ALEFS_VS_CAMEL.sub("ا", normalize_alef_ar(text))


@given(text=arabic_text)
def test_alef_with_a_hamza_mark_matches_camel_on_the_composed_text(text: str) -> None:
    # Deliberate: a bare alef followed by a madda or hamza mark that NFC composes onto it (آٔ
    # folded to أ) is that hamza form and is folded too; CAMeL leaves the mark.  The same as
    # CAMeL run on the composed text until nothing changes, compared after NFC.
    camel = EXTRA_ALEFS_VS_CAMEL.sub("ا", normalize_alef_ar(text))
    while (again := normalize_alef_ar(nfc(camel))) != camel:
        camel = again
    assert nfc(build_pass({"type": "alef"})(text)) == nfc(camel)


@given(text=arabic_text)
def test_alef_maqsura_matches_camel(text: str) -> None:
    assert build_pass({"type": "alef_maqsura"})(text) == normalize_alef_maksura_ar(text)


@given(text=arabic_text)
def test_ta_marbuta_matches_camel(text: str) -> None:
    assert build_pass({"type": "ta_marbuta"})(text) == normalize_teh_marbuta_ar(text)


@given(text=arabic_text)
def test_tatweel_matches_pyarabic(text: str) -> None:
    assert build_pass({"type": "tatweel"})(text) == pyarabic.strip_tatweel(text)


# ---------------------------------------------------------------- known peer defects we avoid
def test_decomposed_hamza_keeps_its_hamza() -> None:
    decomposed = "ا\u0654مَس"  # أمس typed as alef + combining hamza above
    assert pyarabic.strip_diacritics(decomposed) == "امس"  # these peers lose the hamza
    assert CharMapper.builtin_mapper("arclean")(decomposed) == "امس"
    assert dediac_ar(decomposed) == "ا\u0654مس"  # this one keeps it, but decomposed: "أمس" will not match
    assert diacritics(decomposed) == "\u0623مس"


def test_alef_fold_leaves_alef_maqsura_alone() -> None:
    assert pyarabic.normalize_alef("على") == "علا"  # pyarabic turns ى into ا
    assert build_pass({"type": "alef"})("على") == "على"


@pytest.mark.parametrize("invisible", ["\u200c", "\u200f"])
def test_invisible_characters_do_not_split_words(invisible: str) -> None:
    word = f"مر{invisible}حبا"
    assert " " in CharMapper.builtin_mapper("arclean")(word)  # the peer splits the word
    assert build_pass({"type": "invisible"})(word) == "مرحبا"


def test_superscript_alef_is_deleted_not_spaced() -> None:
    assert build_pass({"type": "diacritics"})("هٰذا") == "هذا"  # arabert turns U+0670 into a space
