"""Every fast path gives exactly what the simple reference implementation gives.

The passes take shortcuts for speed (chained ``str.replace``, a single-byte code page, skipped
rules, a shadda swap before NFC); each test here runs the shortcut and the obvious implementation
on the same inputs.  Speed itself is measured in benchmarks/, never here.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from arclean import PASSES, PRESETS, Pipeline, build_pass
from arclean.charmap import (
    CODE_PAGE_CHARS,
    CharMap,
    _composing_marks,
    char_class,
    decode_code_page,
    encode_code_page,
    span_guards,
    span_search,
)
from arclean.passes.base import (
    PRINTABLE,
    CharMapPass,
    LastKnown,
    RegexRule,
    chars,
    data,
    horizontal_spaces,
    line_breaks,
    printable_but_line_feeds,
)
from arclean.passes.diacritics import Diacritics
from arclean.passes.punctuation import Punctuation
from arclean.passes.unicode import COMPOSED, Unicode, nfc, presentation_form_map
from arclean.passes.whitespace import Whitespace
from arclean.pipeline import compose, fused_steps

# Characters that exercise the shortcuts: harakat in both orders around shadda, marks that compose
# (U+0653-U+0655), Quranic and extended marks, a Latin mark, starters that compose with the
# character before them (Oriya), presentation forms, invisible and odd space characters, line
# breaks, punctuation, digits and Persian letters.
TRICKY = (
    "ابتثجحخدذرسشصضطظعغفقكلمنهوىيءأإآؤئةـ"
    + "".join(map(chr, range(0x064B, 0x0660)))
    + "\u0670\u0610\u0615\u06d6\u06dd\u06e5\u08f0"
    + "e\u0301\u0323\u0b47\u0b3e\u1100\u1161"
    + "ﻷﻻﺍﷲﷺ\ufe70"
    + "\u200b\u200c\u200d\u200f\u00ad\ufeff\x00\x85"
    + " \t\u00a0\u2003\u3000\r\n\u2028\x0b"
    + "،؛؟!.:,;?«»“”\"'()"
    + "0123٠١٢۰۱۲٫٬"
    + "کیہھےۃٹ"
)
texts = st.text(st.one_of(st.sampled_from(TRICKY), st.characters()), max_size=60)
code_page_texts = st.text(st.sampled_from(CODE_PAGE_CHARS), max_size=60)


def nfc_reference(text: str) -> str:
    return unicodedata.normalize("NFC", text)


CHARMAP_PASSES = sorted(
    name for name, cls in PASSES.items() if issubclass(cls, CharMapPass) and cls.name not in ("diacritics", "persian")
)


# ---------------------------------------------------------------- character maps
@pytest.mark.parametrize("name", CHARMAP_PASSES)
@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_charmap_pass_equals_per_character_reference(name: str, text: str) -> None:
    p = PASSES[name]()
    assert p.apply(text) == p.charmap.reference(text)


@pytest.mark.parametrize("name", [*CHARMAP_PASSES, "diacritics"])
@settings(max_examples=150, deadline=None)
@given(text=code_page_texts)
def test_byte_path_equals_reference(name: str, text: str) -> None:
    charmap = PASSES[name]().charmap
    fast = charmap.byte_path(text)
    assert fast is None or fast == charmap.reference(text)


@settings(max_examples=200, deadline=None)
@given(
    mapping=st.dictionaries(st.sampled_from(TRICKY), st.sampled_from(["", "x", "ab", "ا", "\u0651"]), max_size=20),
    frequent=st.text(st.sampled_from(TRICKY), max_size=5),
    text=texts,
)
def test_any_charmap_equals_reference(mapping: dict[str, str], frequent: str, text: str) -> None:
    # drop values that contain mapped characters: such maps are refused by design
    mapping = {k: v for k, v in mapping.items() if not any(c in mapping for c in v)}
    charmap = CharMap(mapping, frequent)
    assert charmap(text) == charmap.reference(text)
    fast = charmap.byte_path(text)
    assert fast is None or fast == charmap.reference(text)


def test_byte_path_is_taken_for_code_page_text() -> None:
    charmap = Diacritics().charmap
    assert charmap.byte_path("كَتَبَ الطَّالِبُ") == "كتب الطالب"
    assert charmap.byte_path("ا\u0654") is None  # U+0654 is outside the code page: slow path


def test_large_map_without_frequent_keys_still_maps() -> None:
    charmap = CharMap({chr(c): "" for c in range(0x0610, 0x0620)} | {"ک": "ك"})
    assert charmap("ک\u0610ا") == "كا"
    assert charmap("بلا") == "بلا"


def test_one_key_deletion_map_is_guarded_and_exact() -> None:
    tatweel = CharMap({"ـ": ""})
    text = "السلام عليكم"
    assert tatweel(text) is text  # absent: the text itself, no copy
    assert tatweel("الســـلام") == "السلام"
    assert tatweel("ـــ") == ""  # a text that is all key: empty, not the text back
    assert CharMap({"ﻻ": "لا"})("ﻻ بد") == "لا بد"  # one key to two characters


# ---------------------------------------------------------------- elongation
ELONGATION_LETTERS = frozenset(map(chr, [*range(0x0621, 0x063B), *range(0x0641, 0x064B)]))


def elongation_reference(text: str, max_repeat: int) -> str:
    """Each run of 3+ identical Arabic letters cut to ``max_repeat`` letters, found by walking the runs."""
    out = []
    for char, run in itertools.groupby(text):
        n = len(list(run))
        out.append(char * (max_repeat if n >= 3 and char in ELONGATION_LETTERS else n))
    return "".join(out)


# runs are what matter: few distinct characters, Arabic letters next to the class edges (ء غ ف ي),
# tatweel and marks inside the range gaps, Latin letters and digits that repeat too
run_texts = st.text(st.sampled_from("ءغفيىاهـًّ aa11٠"), max_size=40)


@pytest.mark.parametrize("max_repeat", [1, 2])
@settings(max_examples=300, deadline=None)
@given(text=st.one_of(texts, run_texts))
def test_elongation_equals_run_walk(max_repeat: int, text: str) -> None:
    p = PASSES["elongation"](max_repeat=max_repeat)
    assert p.apply(text) == elongation_reference(text, max_repeat)
    assert p.explain(text).text == p.apply(text)
    out, counts = p.apply_counted(text)
    assert out == p.apply(text)
    assert bool(counts) == (out != text)


# ---------------------------------------------------------------- NFC and diacritics
@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_nfc_equals_unicodedata(text: str) -> None:
    assert nfc(text) == nfc_reference(text)


@pytest.mark.parametrize("options", [{}, {"nfc": False}, {"presentation_forms": False}])
@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_nfc_trusts_only_what_it_checked(options: dict[str, bool], text: str) -> None:
    # nfc returns at once the string it last returned or the unicode pass last found NFKC (by identity)
    Unicode(**options).apply(text)
    assert nfc(text) == nfc_reference(text)
    out = nfc(text)
    assert nfc(out) is out and out == nfc_reference(text)
    printable_but_line_feeds(text)  # the other identity memo: no bearing on nfc
    assert nfc(text) == nfc_reference(text)


@pytest.mark.parametrize(
    "text",
    ["ب\u0651\u064e", "ب\u064e\u0651", "ب\u0651\u064b ا", "ب\u0651\u0652", "ا\u0651\u0654\u064e", "e\u0301\u0651"],
)
def test_nfc_shadda_orders(text: str) -> None:
    assert nfc(text) == nfc_reference(text)


@pytest.mark.parametrize("options", [{}, {"keep_shadda": True}, {"quranic": False, "extended": False}])
@settings(max_examples=200, deadline=None)
@given(text=st.one_of(texts, code_page_texts))
def test_diacritics_equals_strip_after_nfc(options: dict[str, bool], text: str) -> None:
    p = Diacritics(**options)
    assert p.apply(text) == p.charmap.reference(nfc_reference(text))


@pytest.mark.parametrize("options", [{}, {"keep_shadda": True}])
def test_diacritics_byte_path_on_every_pair_of_code_page_characters(options: dict[str, bool]) -> None:
    # the byte path is right only if NFC can do nothing to code-page text but reorder harakat
    p = Diacritics(**options)
    for a, b in itertools.product(CODE_PAGE_CHARS, repeat=2):
        assert p.apply(a + b) == p.charmap.reference(nfc_reference(a + b)), (a, b)


UNICODE_OPTIONS = [{}, {"word_ligatures": False}, {"presentation_forms": False}, {"nfc": False}]


@pytest.mark.parametrize("options", UNICODE_OPTIONS)
@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_unicode_pass_equals_reference(options: dict[str, bool], text: str) -> None:
    p = Unicode(**options)
    mapped = p._charmap.reference(text)
    assert p.apply(text) == (nfc_reference(mapped) if p.nfc else mapped)


@pytest.mark.parametrize("options", UNICODE_OPTIONS)
@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_unicode_normalises_input_when_it_says_so(options: dict[str, bool], text: str) -> None:
    p = Unicode(**options)
    if p.normalises_input:
        assert p.apply(nfc_reference(text)) == p.apply(text)


def test_presentation_forms_are_inert_under_nfc() -> None:
    # Why mapping them commutes with NFC: starters with no canonical decomposition, found in no
    # character's canonical decomposition (so they never compose), and not NFKC-normalised (so
    # the NFKC shortcut never skips one).
    in_decompositions: set[str] = set()
    for cp in range(sys.maxunicode + 1):
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<"):
            in_decompositions.update(chr(int(h, 16)) for h in decomposition.split())
    for key in presentation_form_map(True):
        assert unicodedata.combining(key) == 0, key
        assert unicodedata.decomposition(key).startswith("<"), key
        assert key not in in_decompositions, key
        assert not unicodedata.is_normalized("NFKC", key), key


@settings(max_examples=300, deadline=None)
@given(chars=st.text(st.sampled_from(TRICKY), min_size=1, max_size=5), text=texts)
def test_span_search_finds_every_character_it_covers(chars: str, text: str) -> None:
    if span_search(chars)(text) is None:
        assert not set(chars) & set(text)


@settings(max_examples=300, deadline=None)
@given(chars=st.text(st.one_of(st.sampled_from(TRICKY), st.characters()), min_size=1, max_size=30), text=texts)
def test_span_guards_find_every_character_they_cover(chars: str, text: str) -> None:
    guards = span_guards(chars)
    if guards is not None and all(guard(text) is None for guard in guards):
        assert not set(chars) & set(text)


def test_code_page_is_a_code_page() -> None:
    assert len(CODE_PAGE_CHARS) == len(set(CODE_PAGE_CHARS)) == 256
    text = "عام ١٤٤٥ هـ، ٪٥٠ «فی» ٱلْكِتَٰب ڤيديو"
    assert decode_code_page(encode_code_page(text)) == text  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_persian_equals_reference(text: str) -> None:
    p = PASSES["persian"]()
    expected = p.charmap.reference(text)
    for rule in p._yeh_rules:
        expected = rule.pattern.sub(rule.replacement, expected)
    assert p.apply(text) == expected


# ---------------------------------------------------------------- skipped rules
def run_every_rule(rules: tuple[RegexRule, ...], text: str) -> str:
    return functools.reduce(lambda t, r: r.pattern.sub(r.replacement, t), rules, text)


space_texts = st.text(st.sampled_from(" \t\n\r\u00a0\u2003\u2028\x0b\x0cاب،."), max_size=40)


@pytest.mark.parametrize("options", [{}, {"max_blank_lines": 0}, {"max_blank_lines": 2, "keep_tabs": True}])
@settings(max_examples=200, deadline=None)
@given(text=st.one_of(texts, space_texts))
def test_whitespace_equals_every_rule(options: dict[str, object], text: str) -> None:
    p = Whitespace(**options)
    assert p.apply(text) == run_every_rule(p._rules, text)
    assert p.apply(text) == p.explain(text).text


def test_whitespace_space_runs_with_and_without_odd_spaces() -> None:
    # runs of U+0020 alone take the literal pattern; an odd space among them, the rule's own
    assert Whitespace()("ا   ب  ج") == "ا ب ج"
    assert Whitespace()("ا \u00a0 ب\t\tج  د") == "ا ب ج د"
    assert Whitespace(keep_tabs=True)("ا\t\tب  ج") == "ا\t\tب ج"


def _original_punctuation_rules(p: Punctuation) -> tuple[RegexRule, ...]:
    """The rules as first written: space_before_mark starting with its look-behind."""
    rules = []
    space = char_class(horizontal_spaces())
    for rule in p._rules:
        if rule.id == "space_before_mark":
            before = "[!,.:;?،؛؟]"
            pattern = re.compile(f"(?<=[^\\s]){space}+(?={before}(?:[\\s\"'”»)\\]]|{before}|\\Z))")
            rule = RegexRule(rule.id, pattern, rule.replacement)
        rules.append(rule)
    return tuple(rules)


punct_texts = st.text(st.sampled_from(" \t\u00a0\u3000\nاب1،؛؟!.:,;?\"'”»)]"), max_size=40)


@pytest.mark.parametrize("options", [{}, {"ascii_to_arabic": True, "quotes": True, "collapse_repeats": True}])
@settings(max_examples=300, deadline=None)
@given(text=st.one_of(texts, punct_texts))
def test_punctuation_equals_original_rules(options: dict[str, bool], text: str) -> None:
    p = Punctuation(**options)
    assert p.apply(text) == run_every_rule(_original_punctuation_rules(p), text)
    assert p.apply(text) == p.explain(text).text


def test_printable_test_covers_odd_spaces_breaks_and_invisibles() -> None:
    # The premise of printable_but_line_feeds as a fast path of whitespace and invisible.
    odd = [*horizontal_spaces(), *line_breaks(), *chars(data("whitespace.json")["line_breaks"])]
    invisible = PASSES["invisible"]().charmap.mapping
    for char in [*odd, *invisible]:
        if char not in (" ", "\n"):
            assert not printable_but_line_feeds("ا" + char), f"U+{ord(char):04X}"
    assert printable_but_line_feeds("سطر\nسطر آخر، و«هنا»")


@pytest.mark.parametrize("options", [{}, {"keep_zwnj": True, "keep_zwj": True}])
@settings(max_examples=200, deadline=None)
@given(text=st.one_of(texts, space_texts))
def test_invisible_equals_reference(options: dict[str, bool], text: str) -> None:
    p = PASSES["invisible"](**options)
    assert p.apply(text) == p.charmap.reference(text)


# ---------------------------------------------------------------- fused maps and pipelines
FUSABLE = [
    {"type": "tatweel"},
    {"type": "alef"},
    {"type": "alef_maqsura"},
    {"type": "ta_marbuta"},
    {"type": "hamza_carriers"},
    {"type": "digits"},
    {"type": "digits", "to": "arabic_indic"},
    {"type": "digits", "to": "extended_arabic_indic", "separators": False},
]
OTHERS = [
    {"type": "unicode"},
    {"type": "unicode", "nfc": False},
    {"type": "invisible"},
    {"type": "diacritics"},
    {"type": "diacritics", "keep_shadda": True},
    {"type": "persian"},
    {"type": "elongation"},
    {"type": "punctuation", "quotes": True},
    {"type": "whitespace"},
]
pass_lists = st.lists(st.sampled_from(FUSABLE + FUSABLE + OTHERS), max_size=7).map(
    lambda configs: [build_pass(c) for c in configs]
)


def one_by_one(passes: list[object], text: str) -> str:
    for p in passes:
        text = p.apply(text)  # type: ignore[attr-defined]
    return text


@settings(max_examples=300, deadline=None)
@given(passes=pass_lists, text=texts)
def test_compose_equals_passes_one_by_one(passes: list[object], text: str) -> None:
    assert compose(passes)(text) == one_by_one(passes, text)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(passes=pass_lists, text=texts)
def test_pipeline_apply_equals_nfc_passes_nfc(passes: list[object], text: str) -> None:
    pipe = Pipeline(tuple(passes))  # type: ignore[arg-type]
    expected = nfc_reference(one_by_one(passes, nfc_reference(text))) if passes else text
    assert pipe.apply(text) == expected
    assert pipe.explain(text).text == expected


@settings(max_examples=100, deadline=None)
@given(passes=pass_lists, text=texts)
def test_nested_pipeline_equals_its_passes(passes: list[object], text: str) -> None:
    inner = Pipeline(tuple(passes))  # type: ignore[arg-type]
    outer = Pipeline((inner, PASSES["tatweel"]()))
    assert outer.apply(text) == nfc_reference(PASSES["tatweel"]().apply(inner.apply(nfc_reference(text))))


@pytest.mark.parametrize("name", sorted(PRESETS))
@settings(max_examples=100, deadline=None)
@given(text=texts)
def test_preset_apply_equals_nfc_passes_nfc(name: str, text: str) -> None:
    pipe = PRESETS[name]
    expected = nfc_reference(one_by_one(list(pipe.passes), nfc_reference(text))) if pipe.passes else text
    assert pipe.apply(text) == expected


@settings(max_examples=300, deadline=None)
@given(
    maps=st.lists(
        st.dictionaries(st.sampled_from(TRICKY), st.sampled_from(["", "x", "ab", "ا", "ي", "\u0651"]), max_size=8),
        min_size=1,
        max_size=4,
    ),
    text=texts,
)
def test_composed_charmap_equals_maps_one_by_one(maps: list[dict[str, str]], text: str) -> None:
    charmaps = []
    for mapping in maps:
        mapping = {k: v for k, v in mapping.items() if not any(c in mapping for c in v)}
        charmaps.append(CharMap(mapping))
    composed = CharMap.composed(charmaps)
    if composed is not None:
        expected = text
        for charmap in charmaps:
            expected = charmap.reference(expected)
        assert composed(text) == expected


def test_adjacent_folds_are_fused() -> None:
    folds = [PASSES[n]() for n in ("tatweel", "alef", "alef_maqsura", "ta_marbuta", "hamza_carriers")]
    assert len(fused_steps(folds)) == 1
    assert compose(folds)("الأمـة على مسؤولية") == "الامه علي مسووليه"
    # a pass with a fast path of its own, or that composes first, stays a step of its own
    assert len(fused_steps([PASSES["invisible"](), *folds, PASSES["diacritics"](), *folds])) == 4


# ---------------------------------------------------------------- facts a pipeline hands on
FACTS: dict[LastKnown, Callable[[str], bool]] = {
    PRINTABLE: lambda text: text.replace("\n", " ").isprintable(),
    COMPOSED: lambda text: unicodedata.is_normalized("NFC", text),
}
KEEPING = sorted(name for name, cls in PASSES.items() if cls.KEEPS)
# Words the typos pass corrects or splits, beside marks that compose with Arabic letters, a Latin
# mark, tatweel, punctuation and odd spaces: where a correction could meet a neighbour.
typo_texts = st.lists(
    st.sampled_from(["غلى", "هذة", "لايزال", "امس", "الاردنية", "ا", " ", "\n", "\u0654", "\u0301", "\u0651\u064e"])
    | st.sampled_from(["ـ", "،", " .", "\u00a0", "«", "x"]),
    max_size=12,
).map("".join)


@pytest.mark.parametrize("name", KEEPING)
@settings(max_examples=150, deadline=None)
@given(text=st.one_of(texts, typo_texts))
@example(text="اـ\u0654 غلى\u0301 ،")
def test_a_pass_keeps_the_facts_it_says_it_keeps(name: str, text: str) -> None:
    p = PASSES[name]()
    printable = "".join(c for c in text if c == "\n" or c.isprintable())
    for fact in p.KEEPS:
        holds = FACTS[fact]
        for given_text in (text, nfc_reference(text), printable, nfc_reference(printable)):
            if holds(given_text):
                assert holds(p.apply(given_text)), (fact, given_text)


def test_a_pipeline_hands_on_only_the_facts_its_input_had() -> None:
    steps = compose([PASSES["tatweel"](), PASSES["whitespace"]()])
    # tatweel's output is new, and its input was never found printable: whitespace must look
    assert steps("اـ\u00a0ب") == "ا ب"
    text = "اـب ، ج"
    assert printable_but_line_feeds(text)
    out = compose([PASSES["tatweel"](), PASSES["punctuation"]()])(text)
    assert out == "اب، ج" and PRINTABLE.holds(out)  # handed on: a later pass asks without a scan


def test_typos_cuts_printable_text_at_spaces_as_split_would() -> None:
    fix = PASSES["typos"]()
    text = "وصل  الوفد غلى\n\nغيران امس "
    assert printable_but_line_feeds(text) and PRINTABLE.holds(text)  # known: cut at " " (empty chunks too)
    assert fix.apply(text) == "وصل  الوفد إلى\n\nإيران أمس "
    # a tab: split() cuts there too, and the surname after a given name stays (at " " alone, it would not)
    assert fix.apply("قال هشام\tالاميري") == "قال هشام\tالاميري"
    assert fix.apply(" \n ") == " \n "


def test_charmap_pass_apply_is_the_map_but_pickles_as_config() -> None:
    import pickle

    p = build_pass({"type": "alef"})
    assert p.apply("أحمد") == "احمد"
    assert pickle.loads(pickle.dumps(p)).apply("إلى") == "الى"


def test_every_combining_mark_is_in_planes_0_and_1() -> None:
    """The composing rule scans planes 0 and 1 for marks (arclean.charmap._marks)."""
    beyond = [c for c in range(0x20000, sys.maxunicode + 1) if unicodedata.combining(chr(c))]
    assert beyond == []


def test_composing_marks_of_every_shipped_map_match_a_full_scan() -> None:
    """For the letters the shipped maps write, the marks found among combining characters are
    exactly those of every canonical composition in Unicode (class-0 vowel signs included)."""
    full: dict[str, set[str]] = {}
    for code in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            base, mark = chr(int(parts[0], 16)), chr(int(parts[1], 16))
            if unicodedata.normalize("NFC", base + mark) == chr(code):
                full.setdefault(base, set()).add(mark)
    maps = [getattr(p(), attr, None) for p in PASSES.values() for attr in ("_charmap", "_quote_map")]
    letters = {c for m in maps if isinstance(m, CharMap) for v in m.mapping.values() for c in v}
    assert letters
    for letter in letters:
        assert set(_composing_marks(letter)) == full.get(letter, set()), letter


def test_every_space_is_in_the_basic_multilingual_plane() -> None:
    """horizontal_spaces() scans only U+0000..U+FFFF."""
    assert [c for c in range(0x10000, sys.maxunicode + 1) if chr(c).isspace()] == []
