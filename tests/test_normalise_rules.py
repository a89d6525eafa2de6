"""Table tests: each normalisation rule on real Arabic examples, including what it must NOT change."""

from __future__ import annotations

from typing import Any

import pytest

from arclean import build_pass

CASES: list[tuple[str, dict[str, Any], str, str]] = [
    # (pass, options, input, expected)
    # --- unicode: presentation forms, ligatures, NFC; other scripts untouched
    ("unicode", {}, "ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ", "السلام عليكم"),
    ("unicode", {}, "ﻻ ﻷ ﻹ ﻵ", "لا لأ لإ لآ"),
    ("unicode", {}, "بسم ﷲ", "بسم الله"),
    ("unicode", {}, "محمد ﷺ", "محمد صلى الله عليه وسلم"),
    ("unicode", {"word_ligatures": False}, "محمد ﷺ", "محمد ﷺ"),
    ("unicode", {}, "ا\u0654مس", "أمس"),  # decomposed hamza composed
    ("unicode", {}, "ب\ufe70", "ب\u064b"),  # isolated fathatan form: the mark, no added space
    ("unicode", {}, "ﬁ ① ｆｕｌｌ ㎞", "ﬁ ① ｆｕｌｌ ㎞"),  # no NFKC of other scripts
    ("unicode", {}, "\ufeffنص", "\ufeffنص"),  # BOM is the invisible pass's job
    ("unicode", {}, "﷼ ﷽", "﷼ ﷽"),  # symbols, not letters
    ("unicode", {"presentation_forms": False}, "ﻻ ا\u0654", "ﻻ أ"),
    # --- invisible: deleted, never a space
    ("invisible", {}, "مر\u200cحبا", "مرحبا"),
    ("invisible", {}, "\u202bالعراق\u202c \u200fبغداد\u200e", "العراق بغداد"),
    ("invisible", {}, "\ufeffبسم\u00adالله\u200b", "بسمالله"),
    ("invisible", {}, "سطر\tأول\nسطر\r\nثان\x0c", "سطر\tأول\nسطر\r\nثان\x0c"),  # whitespace left alone
    ("invisible", {}, "a\x00b\x1bc\x7fd\x9fe", "abcde"),
    ("invisible", {"keep_zwnj": True}, "می\u200cخواهم", "می\u200cخواهم"),
    ("invisible", {"keep_zwj": True}, "👨\u200d👩", "👨\u200d👩"),
    # --- whitespace
    ("whitespace", {}, "كلمة\u00a0\u00a0أخرى", "كلمة أخرى"),
    ("whitespace", {}, "سطر\r\nسطر\rسطر\u2028سطر", "سطر\nسطر\nسطر\nسطر"),
    ("whitespace", {}, "  أول  \n\n\n\n  ثان \t", "أول\n\nثان"),
    ("whitespace", {}, "أ\n \n\t\nب", "أ\n\nب"),  # whitespace-only lines emptied, then collapsed
    ("whitespace", {"max_blank_lines": 0}, "أ\n\n\nب", "أ\nب"),
    ("whitespace", {"keep_tabs": True}, "عمود\tعمود", "عمود\tعمود"),
    ("whitespace", {}, "عمود\tعمود", "عمود عمود"),
    ("whitespace", {}, "أ\u2003\u3000ب\u202fج", "أ ب ج"),
    # --- diacritics
    ("diacritics", {}, "الْعَرَبِيَّةُ", "العربية"),
    ("diacritics", {}, "كِتَابٌ جَمِيلٌ", "كتاب جميل"),
    ("diacritics", {"keep_shadda": True}, "الْعَرَبِيَّةُ", "العربيّة"),
    ("diacritics", {}, "هٰذا", "هذا"),  # superscript alef: deleted, not turned into a space
    ("diacritics", {}, "الرَّحْمَٰنِ الرَّحِيمِ ۝", "الرحمن الرحيم "),  # U+06DD end-of-ayah is in the Quranic range
    ("diacritics", {}, "ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ", "ذلك ٱلكتب لا ريب  فيه "),
    ("diacritics", {}, "ا\u0654مس", "أمس"),  # decomposed hamza survives (composed first)
    ("diacritics", {}, "إِلَى", "إلى"),  # hamza letters are letters, not marks
    ("diacritics", {"quranic": False}, "فِيهِ ۛ", "فيه ۛ"),
    ("diacritics", {}, "café", "café"),  # Latin accents are not Arabic diacritics
    # --- tatweel
    ("tatweel", {}, "الســـلام عليــكم", "السلام عليكم"),
    # --- letters: each fold alone, and what it must not touch
    ("alef", {}, "أحمد إبراهيم آمال ٱلكتاب", "احمد ابراهيم امال الكتاب"),
    ("alef", {}, "على مستشفى", "على مستشفى"),  # ى is not an alef (pyarabic's normalize_alef gets this wrong)
    ("alef", {}, "مسؤول سائل", "مسؤول سائل"),
    ("alef_maqsura", {}, "على مستشفى", "علي مستشفي"),
    ("alef_maqsura", {}, "إلى", "إلي"),
    ("ta_marbuta", {}, "مدينة جميلة", "مدينه جميله"),
    ("ta_marbuta", {}, "هذه", "هذه"),
    ("hamza_carriers", {}, "مسؤول قائد", "مسوول قايد"),
    ("hamza_carriers", {}, "أمس إلى", "أمس إلى"),  # alef hamza is the alef pass's job
    ("persian", {}, "کتاب", "كتاب"),
    ("persian", {}, "فی یوم", "فى يوم"),  # Farsi yeh: ى at the end, ي inside a word
    ("persian", {}, "ہے ھم ٹ ۃ", "هي هم ت ة"),
    ("persian", {}, "گ پ چ ژ", "گ پ چ ژ"),  # letters Arabic lacks are not look-alikes
    # --- digits
    ("digits", {}, "٢٦ يوليو ٢٠٢١", "26 يوليو 2021"),
    ("digits", {}, "۱۴۰۰ و٣٫٥ و١٬٠٠٠", "1400 و3.5 و1,000"),
    ("digits", {"separators": False}, "٣٫٥", "3٫5"),
    ("digits", {"to": "arabic_indic"}, "عام 2021 و۱۴۰۰", "عام ٢٠٢١ و١٤٠٠"),
    ("digits", {"to": "extended_arabic_indic"}, "2021 ٢٠٢١", "۲۰۲۱ ۲۰۲۱"),
    # --- punctuation
    ("punctuation", {}, "نهاية العام .", "نهاية العام."),
    ("punctuation", {}, "وكلها ستستمر . رسميا", "وكلها ستستمر. رسميا"),
    ("punctuation", {}, "بغداد ، واشنطن ؛ لماذا ؟", "بغداد، واشنطن؛ لماذا؟"),
    ("punctuation", {}, "بغداد،واشنطن", "بغداد، واشنطن"),
    ("punctuation", {}, "قال : نعم", "قال: نعم"),
    ("punctuation", {}, "الساعة 10:30 والنسبة 2.5", "الساعة 10:30 والنسبة 2.5"),
    ("punctuation", {}, "م.ع.ح/ع.ش (أ ف ب ، رويترز)", "م.ع.ح/ع.ش (أ ف ب، رويترز)"),
    ("punctuation", {}, "https://p.dw.com/p/3y5xh", "https://p.dw.com/p/3y5xh"),
    ("punctuation", {}, "قوات... وانتهى", "قوات... وانتهى"),
    ("punctuation", {}, "1,000", "1,000"),
    ("punctuation", {"ascii_to_arabic": True}, "نحتاج? الخبز, والماء; والدواء", "نحتاج؟ الخبز، والماء؛ والدواء"),
    ("punctuation", {"ascii_to_arabic": True}, "1,000 and why? yes, no", "1,000 and why? yes, no"),
    ("punctuation", {"quotes": True}, "«الشام الجديد» و“المهمة”", "\"الشام الجديد\" و\"المهمة\""),
    ("punctuation", {"collapse_repeats": True}, "رائع!!! حقا؟؟؟ نعم،،", "رائع! حقا؟ نعم،"),
    ("punctuation", {"spacing": False}, "العام .", "العام ."),
    # --- elongation (opt-in)
    ("elongation", {}, "جمييييل جداااا", "جميل جدا"),
    ("elongation", {}, "ممتاز الله", "ممتاز الله"),  # two letters in a row is spelling
    ("elongation", {"max_repeat": 2}, "هههههه", "هه"),
]


CASE_IDS = [f"{case[0]}-{i}" for i, case in enumerate(CASES)]


@pytest.mark.parametrize(("name", "options", "text", "expected"), CASES, ids=CASE_IDS)
def test_rule(name: str, options: dict[str, Any], text: str, expected: str) -> None:
    p = build_pass({"type": name, **options})
    assert p(text) == expected
    assert p(expected) == expected


def test_explain_names_rules_and_positions() -> None:
    p = build_pass({"type": "punctuation"})
    ex = p.explain("قال ، ثم\nمضى .")
    assert ex.text == "قال، ثم\nمضى."
    assert [(c.rule, c.line, c.column, c.before, c.after) for c in ex] == [
        ("space_before_mark", 0, 3, " ", ""),
        ("space_before_mark", 1, 3, " ", ""),
    ]


def test_explain_charmap_records_each_character() -> None:
    ex = build_pass({"type": "alef"}).explain("أحمد\nإلى")
    assert [(c.rule, c.before, c.after, c.line, c.column) for c in ex] == [
        ("U+0623", "أ", "ا", 0, 0),
        ("U+0625", "إ", "ا", 1, 0),
    ]
    assert str(ex.changes[0]) == "line 1:1: alef/U+0623: 'أ' → 'ا'"


def test_explain_with_no_change_is_empty() -> None:
    ex = build_pass({"type": "diacritics"}).explain("نص بلا تشكيل")
    assert ex.changes == () and str(ex) == "(no changes)"


@pytest.mark.parametrize(
    ("name", "options", "message"),
    [
        ("digits", {"to": "roman"}, "'to' must be one of"),
        ("whitespace", {"max_blank_lines": -1}, "max_blank_lines"),
        ("elongation", {"max_repeat": 5}, "max_repeat"),
        ("diacritics", {"keep_shadda": "yes"}, "must be bool"),
        ("diacritics", {"keep_hamza": True}, "has no option 'keep_hamza'"),
        ("diacritic", {}, "did you mean diacritics"),
    ],
)
def test_bad_options_are_clear_config_errors(name: str, options: dict[str, Any], message: str) -> None:
    from arclean import ConfigError

    with pytest.raises(ConfigError, match=message):
        build_pass({"type": name, **options})
