"""Body lines that look like chrome: a sentence that opens with a widget word, a quote, a verse, an FAQ
answer.  Each sits between two article paragraphs (about another topic, the hardest case) and must stay."""

from __future__ import annotations

import pytest

import arclean

BEFORE = (
    "أعلنت وزارة الخارجية اليوم أن المحادثات بين الطرفين ستستأنف الأسبوع المقبل في العاصمة، "
    "وسط توقعات بالتوصل إلى اتفاق نهائي."
)
AFTER = (
    "وأضاف المتحدث باسم الوزارة أن الوفدين سيبحثان الملفات العالقة كافة، "
    "بما فيها ملف الحدود والمياه والتبادل التجاري."
)

LOOKALIKES = [
    "اقرأ المزيد عن تاريخ المدينة في كتابه الأخير.",
    "انضم إلى المنتخب الوطني ثلاثة لاعبين جدد بعد انتهاء فترة الانتقالات الصيفية الماضية.",
    "انضموا إلى صفوف المعارضة بعد أشهر من الاحتجاجات في العاصمة.",
    "تابعوا المفاوضات عن كثب طوال الأسبوع الماضي، بحسب مصادر دبلوماسية.",
    "شارك على مدى ثلاثة أيام أكثر من ألف باحث في المؤتمر الدولي.",
    "شاهد أيضا آلاف المشجعين المباراة في الساحات العامة.",
    "أخبار ذات صلة بالموضوع نشرت أمس.",
    "2. تابعوا درجة الحرارة كل عشر دقائق.",
    "يمنع نسخ المفاتيح دون إذن المالك بحسب القانون الجديد.",
    "«لن نتراجع عن مطالبنا»",
    "قفا نبك من ذكرى حبيب ومنزل ... بسقط اللوى بين الدخول فحومل",
    "يا ليل الصب متى غده ... أقيام الساعة موعده",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_body_line_that_looks_like_chrome_is_kept(line: str) -> None:
    page = f"{BEFORE}\n\n{line}\n\n{AFTER}"
    assert arclean.PASSES["chrome"]()(page) == page


def test_faq_answers_are_kept() -> None:
    faq = (
        "ما هي شروط التقديم؟\n"
        "يجب أن يكون المتقدم حاصلا على شهادة جامعية معتمدة من وزارة التعليم العالي في البلاد.\n"
        "هل يمكن التقديم إلكترونيا؟\nنعم.\nهل الرسوم مستردة؟\nلا."
    )
    page = f"{BEFORE}\n\n{faq}"
    assert arclean.PASSES["chrome"]()(page) == page


def test_the_same_phrases_as_widgets_still_go() -> None:
    page = f"شارك\nتابعونا على فيسبوك\n{BEFORE}\n\n{AFTER}\n\nاقرأ أيضا\nشاهد أيضا"
    kept = arclean.PASSES["chrome"]()(page)
    assert kept == f"{BEFORE}\n\n{AFTER}"


def test_dropped_lines_are_numbered_by_line_feeds_like_every_pass() -> None:
    # A lone CR splits lines for chrome, but Change.line counts "\n" (as the pipeline's input does).
    page = f"شارك هذا الخبر\r{BEFORE}\n\n{AFTER}\nحقوق النشر محفوظة © 2024"
    changes = list(arclean.PASSES["chrome"]().explain(page))
    assert [(c.line, c.kind) for c in changes] == [(0, "share"), (3, "copyright")]
