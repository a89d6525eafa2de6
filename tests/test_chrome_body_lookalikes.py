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


# Reported speech that quotes a chrome phrase, as the article's last lines: the page's edge is no
# chrome of its own, and the sentence's own verb says it is the writer's (review finding).
REPORTED_ENDINGS = [
    "وأكد أن حقوق الطبع والنشر محفوظة للمؤلفين بموجب القانون الجديد لمدة خمسين عاما.",
    "وأوضح أن جميع الحقوق محفوظة للمبدعين وفق المادة الثالثة.",
    "وقالت إن جميع الحقوق محفوظة للورثة.",
]


@pytest.mark.parametrize("line", REPORTED_ENDINGS)
def test_reported_speech_quoting_a_chrome_phrase_at_the_article_end_is_kept(line: str) -> None:
    page = f"{BEFORE}\n{line}\nواختتم قائلا إن الخطة ستنفذ على مراحل."
    assert arclean.PASSES["chrome"]()(page) == page


def test_copyright_lines_without_a_reporting_verb_still_go_at_the_end() -> None:
    page = f"{BEFORE}\n{AFTER}\nجميع الحقوق محفوظة لموقع الأخبار 2024"
    assert arclean.PASSES["chrome"]()(page) == f"{BEFORE}\n{AFTER}"


def test_a_poem_quoted_over_several_lines_keeps_its_refrain() -> None:
    poem = (
        '"العيب ما هو في الزمن يا قوم، العيب فينا واللي مايلين\n'
        "انحن تغيرنا ونحنا جاحدين، يالله ياربي تغيرها بغير\n"
        "يالله ياربي تغيرها بغير\n"
        "المال سيطر ع المشاعر والقلوب، والمصلحة تحكم على كل الشعوب\n"
        'يالله ياربي تغيرها بغير"'
    )
    page = f"{BEFORE}\nويقول الشاعر في قصيدته:\n{poem}\n{AFTER}\nاقرأ أيضا\nشاهد أيضا"
    assert arclean.PASSES["chrome"]()(page) == f"{BEFORE}\nويقول الشاعر في قصيدته:\n{poem}\n{AFTER}"
