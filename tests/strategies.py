"""Hypothesis strategies for Arabic-heavy web text: letters, diacritics, presentation forms,
invisible characters, mixed Latin, digits, punctuation, line breaks, and real words and lines."""

from __future__ import annotations

from hypothesis import strategies as st

LETTERS = [chr(c) for c in range(0x0621, 0x064B)]  # includes tatweel U+0640
DIACRITICS = [chr(c) for c in range(0x064B, 0x0660)]
DIACRITICS += ["\u0670", "\u0610", "\u0615", "\u06D6", "\u06E1", "\u06ED", "\u08F0"]
PRESENTATION = ["ﻻ", "ﻷ", "ﻹ", "ﻵ", "ﷲ", "ﷺ", "ﺍ", "ﻟ", "ﺴ", "ﻼ", "ﻡ", "ﺔ", "ﻰ", "ﹰ", "ﹱ", "ﹼ", "ﭐ", "ﮎ", "ﯾ", "﷼", "﷽"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u202a", "\u202e", "\u2066", "\u2069",
             "\ufeff", "\u00ad", "\u2060", "\x00", "\x07", "\x1b", "\x7f", "\x9f", "\u180e"]
SPACES = [" ", " ", " ", "\u00a0", "\t", "\u2003", "\u202f", "\u3000", "\x1f"]
LINE_BREAKS = ["\n", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\x1c"]
DIGITS = list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬")
PUNCTUATION = [*"،؛؟!.:,;?\"'«»“”‘’„()[]-…*/", "...", "!!!", "؟؟", " ،", " .", "،و"]
PERSIAN = list("کیۀہھےٹڈڑںۃۓگپچژ")
LATIN = ["in", "AP", "Written", "by", "DW", "https://p.dw.com/p/3y5xh", "www.example.com", "Su-35", "e", "A"]
COMBINING = ["\u0654", "\u0655", "\u0653", "\u0301", "\u0308"]  # decomposed hamza/madda and Latin accents
WORDS = ["إلى", "أن", "الأمريكية", "العراق", "مسؤول", "على", "في", "مدينة", "هذه", "قال", "الرئيس", "تخطي",
         "المحتوى", "اقرأ", "أيضا", "شارك", "التعليقات", "جمييييل", "الله", "لا", "ءامن", "سؤال", "قائد",
         "الْعَرَبِيَّةُ", "كَتَبَ", "مـــرحبا", "فی", "کتاب", "ا\u0654مس", "غلى", "امس", "2021", "١٨"]
SENTENCES = [
    "أعلن مسؤول كبير في الإدارة الأميركية التوصل إلى اتفاق ينهي رسميا المهام القتالية في العراق.",
    "وقال بايدن في حضور رئيس الوزراء العراقي: \"لن نكون مع نهاية العام في مهمة قتالية\".",
    "سيعجبك أيضا",
    "1. تخطي إلى المحتوى",
    "اترك تعليقاً",
    "صورة من: Susan Walsh/AP/picture alliance",
    "ما الذي يجري في العراق؟",
]

_atom = st.one_of(
    st.sampled_from(LETTERS),
    st.sampled_from(LETTERS),
    st.sampled_from(WORDS),
    st.sampled_from(DIACRITICS),
    st.sampled_from(PRESENTATION),
    st.sampled_from(INVISIBLE),
    st.sampled_from(SPACES),
    st.sampled_from(LINE_BREAKS),
    st.sampled_from(DIGITS),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(PERSIAN),
    st.sampled_from(LATIN),
    st.sampled_from(COMBINING),
    st.sampled_from(SENTENCES),
    st.characters(),
)

arabic_text = st.one_of(
    st.lists(_atom, max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(WORDS), st.sampled_from(LINE_BREAKS)), max_size=25)
    .map(" ".join),
    st.text(max_size=40),
)
"""Arabic-heavy text with the noise scraped pages carry (and now and then arbitrary Unicode)."""
