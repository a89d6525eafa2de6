"""Properties of the chrome pass on generated pages: it never raises, is idempotent, only removes
whole lines (never edits or reorders them), and never removes a full sentence that has no chrome
evidence of its own.  Plus a timing bound on adversarial lines (no catastrophic backtracking)."""

from __future__ import annotations

import time
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

import arclean
from arclean.passes.chrome import Chrome
from arclean.passes.chrome.evidence import Judge
from arclean.passes.chrome.features import Line

from .strategies import SENTENCES, WORDS, arabic_text

CHROME = Chrome()

PARAGRAPHS = [
    "أعلنت وزارة التعليم أمس عن خطة جديدة لتطوير المناهج الدراسية في المرحلة الابتدائية، تشمل إدخال مواد جديدة.",
    "وقال المتحدث الرسمي باسم الوزارة إن الخطة تأتي ضمن برنامج تنمية القدرات البشرية في المملكة هذا العام.",
    "وأوضح أن الوزارة ستدرب أكثر من عشرين ألف معلم على المناهج الجديدة خلال الفصل الصيفي المقبل",
    "هل يعود الدين العام إلى الارتفاع مجددا في ظل تراجع أسعار النفط في الأسواق العالمية هذا الشهر؟",
    "وتابع: \"لن نكون مع نهاية العام في مهمة قتالية، لكن دورنا في العراق سيستمر في التدريب والمساعدة\".",
]
SHORT = [
    "مراحل التطبيق",
    "ما أبرز ملامح الخطة؟",
    "مسلحون يطلقون صواريخ على قواعد عسكرية أجنبية في مالي",
    "يا دار عبلة بالجواء تكلمي",
    "- مادة البرمجة",
    "(أ ف ب)",
    "الرئيسية",
    "شارك هذا الخبر",
    "اقرأ أيضا",
    "تعليقات",
    "الأحد 12 مايو 2024",
    "https://example.com/p/1",
    "حسام أبو العلا - القاهرة",
    "in",
    "",
    "  ",
    # fields: a fact box, a table of figures, a numbered list, a form's label (on pages with or
    # without paragraphs: the rules that look for paragraphs around them must not assume any)
    "للاشتراك: أرسل بريدك",
    "الاستحواذ: 58% - 42%",
    "التسديدات: 14 - 7",
    "الدفعة 1: الطلاب",
    "الدفعة 2: المعلمون",
    "السعر: 25 دينارا",
]

line = st.one_of(
    st.sampled_from(PARAGRAPHS),
    st.sampled_from(SHORT),
    st.sampled_from(SENTENCES),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=16).map(" ".join),
    st.lists(st.sampled_from(WORDS), min_size=12, max_size=30).map(lambda ws: " ".join(ws) + st_end(ws)),
    arabic_text,
)


def st_end(words: list[str]) -> str:
    return ".؟!"[len(words) % 3]


# Full sentences that are not paragraphs: questions and quoted exclamations (headline-shaped),
# the lines most at risk when their neighbours are chrome.
FULL_SENTENCES = [
    "هل تؤيد تدريس البرمجة للأطفال في المدارس الابتدائية الحكومية والأهلية في المملكة هذا العام؟",
    "زكي فطين عبد الوهاب يهاجم رواد الساحل الشمالي: \"مش فاهم الفشخرة على إيه يا جماعة!\"",
    "لماذا تتأخر مشاريع الطرق في المدن الكبرى رغم رصد الميزانيات الضخمة لها كل عام؟",
    "وداعا صديقي العزيز فقد كنت نعم الأخ ونعم الرفيق في كل الأيام الصعبة..",
]
CHROME_LINES = ["الرئيسية", "رياضة", "الأكثر قراءة", "شارك", "تعليقات", "استطلاع الرأي", "قبل 3 ساعات", "in",
                "مسلحون يطلقون صواريخ على قواعد عسكرية أجنبية في مالي", "اقرأ أيضا", "نعم", "لا"]
zone = st.lists(st.sampled_from(CHROME_LINES + FULL_SENTENCES), max_size=6)
structured = st.tuples(zone, st.sampled_from(SHORT), st.lists(st.sampled_from(PARAGRAPHS + SHORT + FULL_SENTENCES),
                                                               min_size=1, max_size=6), zone).map(
    lambda parts: "\n".join([*parts[0], parts[1], *parts[2], *parts[3]])
)
# pages of short lines only: no paragraph, so no article to hang anything from
short_only = st.lists(st.sampled_from(SHORT), max_size=12).map("\n".join)
pages = st.lists(line, max_size=40).map("\n".join) | structured | short_only | arabic_text


def full_sentence_without_evidence(text: str) -> bool:
    stripped = text.strip()
    if not stripped:
        return False
    ends = stripped.rstrip("\"'»”’)]")[-1:] in ".!?؟…:"
    return ends and len(stripped.split()) >= 12 and Judge.default().evidence(Line(stripped)) is None


def is_subsequence(short: list[str], long: list[str]) -> bool:
    rest = iter(long)
    return all(any(item == other for other in rest) for item in short)


@settings(max_examples=300)
@given(text=pages)
def test_chrome_properties(text: str) -> None:
    out = CHROME(text)
    assert isinstance(out, str)
    assert CHROME(out) == out, "not idempotent"
    before, after = text.splitlines(), out.splitlines()
    assert is_subsequence(after, before), "lines were edited or reordered"
    explained = CHROME.explain(text)
    assert explained.text == out
    removed = Counter(x.strip() for x in before if x.strip()) - Counter(x.strip() for x in after if x.strip())
    assert Counter(c.before for c in explained.changes) == removed, "explain disagrees with the removed lines"
    protected = Counter(x.strip() for x in before if full_sentence_without_evidence(x))
    kept = Counter(x.strip() for x in after)
    assert all(kept[x] >= n for x, n in protected.items()), "a full sentence without evidence was removed"


@settings(max_examples=200)
@given(text=pages, ascii_marks=st.booleans())
def test_pipelines_with_chrome_are_idempotent(text: str, ascii_marks: bool) -> None:
    """Later passes (punctuation spacing, whitespace) must not change what chrome decides."""
    pipe = arclean.pipeline("default", punctuation={"ascii_to_arabic": ascii_marks, "quotes": ascii_marks})
    out = pipe(text)
    assert pipe(out) == out


@settings(max_examples=100)
@given(text=pages)
def test_chrome_keeps_every_type_when_asked(text: str) -> None:
    everything = Chrome(keep=tuple(sorted({"nav", "share", "related", "comments", "disclaimer", "author_bio",
                                           "copyright", "newsletter", "caption_credit", "tags", "date", "url",
                                           "other"})))
    assert everything(text) == text


def test_adversarial_lines_finish_quickly() -> None:
    lines = [
        " " * 1_000_000,
        "!?.,;:«»" * 125_000,
        "ا" * 1_000_000,
        "كلمة " * 2_000_000,  # one 10 MB line
        "اقرأ أيضا " * 100_000,
        "1. " * 300_000,
        ".." * 500_000,
        "https://" + "a/" * 500_000,
        "الأحد 12 " * 100_000,
        "\n".join(["شارك هذا الخبر", "مسلحون يطلقون صواريخ على قواعد في مالي"] * 20_000),
        "\n".join(f"عنوان قصير رقم {i} عن حدث ما" for i in range(50_000)),
    ]
    start = time.perf_counter()
    for text in lines:
        assert isinstance(CHROME(text), str)
    assert time.perf_counter() - start < 30


def test_a_line_without_words_in_a_short_tail_is_no_crash() -> None:
    # found by Hypothesis: a control character alone on a line among short lines after the article
    text = (
        "أعلنت وزارة التعليم أمس عن خطة جديدة لتطوير المناهج الدراسية في المرحلة الابتدائية، تشمل إدخال مواد"
        " جديدة.\nءسيعجبك أيضا\n\x1b\nمراحل التطبيق"
    )
    for keep in ((), ("related",)):
        assert Chrome(keep=keep)(text).startswith("أعلنت")
