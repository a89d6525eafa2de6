"""Generic furniture of sites the pass was not tuned on: WordPress and Blogger themes, forums, cookie
banners, app and newsletter prompts, reading time, photo credits, tag lists.  Each page is a list of
lines; the expected result names the lines that go (by index) with their chrome type.  The negative
rows put body sentences that use the same words inside the article: they stay.
"""

from __future__ import annotations

import pytest

from tests.test_chrome_rules import run

TITLE = "افتتاح أكبر محطة لتحلية المياه في المنطقة الشرقية"
P1 = (
    "افتتحت وزارة البيئة والمياه أمس محطة جديدة لتحلية مياه البحر في المنطقة الشرقية، بطاقة إنتاجية "
    "تبلغ ستمئة ألف متر مكعب يوميا، تكفي لتزويد أكثر من مليون ساكن بمياه الشرب."
)
P2 = (
    "وقال وكيل الوزارة إن المحطة تعمل بالطاقة الشمسية جزئيا، وإن كلفة إنتاج المتر المكعب فيها أقل "
    "بنحو الثلث من المحطات القديمة."
)
P3 = (
    "وأضاف أن الوزارة تخطط لإنشاء ثلاث محطات مماثلة لتحلية المياه على ساحل البحر الأحمر خلال "
    "السنوات الخمس المقبلة، بالشراكة مع القطاع الخاص."
)
TEASER = "ارتفاع أسعار الذهب في الأسواق المحلية مع نهاية الأسبوع"
TEASER_2 = "منتخب الناشئين يتأهل إلى نهائي البطولة العربية"

# (name, page lines, {index: chrome type} expected to go)
CASES = [
    ("blog theme header: breadcrumb, byline, reading time",
     ["أنت هنا: الرئيسية » أخبار محلية", TITLE, "نشر بواسطة: سارة العتيبي", "تاريخ النشر: 12 مايو 2024",
      "4 دقائق للقراءة", P1, P2, P3],
     {0: "nav", 2: "author_bio", 3: "date", 4: "other"}),
    ("cookie banner and search box above the title",
     ["يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك في التصفح.", "قبول الكل", "ابحث هنا", TITLE, P1, P2],
     {0: "other", 1: "other", 2: "nav"}),
    ("Moroccan month names in a date stamp", [TITLE, "الأربعاء 14 غشت 2024 - 10:30", P1, P2], {1: "date"}),
    ("photo credit after the lead paragraph", [TITLE, P1, "مصدر الصورة: وكالة الأنباء الرسمية", P2, P3],
     {2: "caption_credit"}),
    ("share bar, print and font tools, tags",
     [TITLE, P1, P2, P3, "شارك عبر واتساب", "نسخ الرابط", "طباعة", "تكبير الخط",
      "الوسوم: المياه | التحلية | المنطقة الشرقية"],
     {4: "share", 5: "share", 6: "share", 7: "share", 8: "tags"}),
    ("related heading and its teasers", [TITLE, P1, P2, P3, "قد يعجبك أيضا", TEASER, TEASER_2],
     {4: "related", 5: "related", 6: "related"}),
    ("comment form of a theme",
     [TITLE, P1, P2, P3, "أضف تعليقك", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول المطلوبة مشار إليها بـ *",
      "الاسم", "إرسال التعليق"],
     {4: "comments", 5: "comments", 6: "comments", 7: "comments"}),
    ("newsletter and app prompts",
     [TITLE, P1, P2, P3, "اشترك في النشرة البريدية ليصلك كل جديد", "أدخل بريدك الإلكتروني", "اشترك",
      "حمل تطبيق الموقع الآن على هاتفك"],
     {4: "newsletter", 5: "newsletter", 6: "newsletter", 7: "share"}),
    ("blogger footer", [TITLE, P1, P2, P3, "رسائل أحدث", "رسائل أقدم", "الاشتراك في: الرسائل (Atom)"],
     {4: "other", 5: "other", 6: "other"}),
    ("forum post furniture",
     ["المشاركة الأصلية كتبت بواسطة أبو خالد", TITLE, P1, P2, P3, "رد مع اقتباس", "أدوات الموضوع"],
     {0: "comments", 5: "comments", 6: "comments"}),
    ("follow us and footer credits",
     [TITLE, P1, P2, P3, "تابعونا على تويتر وإنستغرام", "كافة الحقوق محفوظة 2024", "تصميم وتطوير شركة الحلول الرقمية"],
     # the design credit has no entry (its words open titles: تطوير وتصميم المناهج); it goes as an
     # off-topic line in the trailer
     {4: "share", 5: "copyright", 6: "related"}),
    # ---------------------------------------------------------------- body lines with the same words
    ("sentences opening with furniture words",
     [TITLE, P1, "شارك عبر الفيديو أكثر من مئتي مهندس في تشغيل محطة التحلية.",
      "المزيد من محطات التحلية سيقام على ساحل البحر الأحمر.", P2,
      "تابعنا على مدار الأسبوع أعمال التشغيل التجريبي للمحطة.", P3], {}),
    ("subheads made of furniture words",
     [TITLE, P1, "الصورة الكاملة لمشروعات المياه", P2, "عدد المشاهدات لفيديو افتتاح المحطة", P3], {}),
    ("policy words inside paragraphs",
     [TITLE, P1, "ودخل المحتجون موقع المحطة بدون إذن مسبق من الوزارة، بحسب الشرطة، قبل أن يغادروه مساء.",
      P2, "وقال الوكيل إن التعليقات المنشورة على مواقع التواصل عن المحطة تعبر عن آراء أصحابها فقط.", P3], {}),
    # the same kinds at the article's edges, where weak evidence is enough to go (review findings)
    ("a news title opening with a media label",
     ["بالفيديو.. وزير البيئة يفتتح أكبر محطة لتحلية المياه", P1, P2, P3], {}),
    ("a title opening with a photo label", ["بالصور: وزير البيئة يفتتح أكبر محطة لتحلية المياه", P1, P2, P3], {}),
    ("a title opening with design words", ["تصميم وتطوير محطات التحلية يبدأ العام المقبل", P1, P2, P3], {}),
    ("an opinion sentence opening the article",
     [TITLE, "وأكد المتحدث أن المقال يعبر عن رأي كاتبه ولا يمثل الموقف الرسمي للوزارة، مشيرا إلى أن التحقيق مستمر.",
      P1, P2, P3], {}),
    ("a liability sentence ending the article",
     [TITLE, P1, P2, P3, "وأوضح أن الموقع غير مسؤول عن تسرب بيانات المستخدمين، وأن الشركة المشغلة ستتحمل المسؤولية."],
     {}),
    ("a log-in sentence ending the article",
     [TITLE, P1, P2, P3, "وقالت الوزارة إنه يجب عليك تسجيل الدخول بحسابك الرسمي للاطلاع على نتائج التحقيق عند صدورها."],
     {}),
    ("a book review's subheads",
     [TITLE, P1, "عن الكاتبة", P2, "اقتباس", P3, "نبذة عن المؤلف", P1], {}),
    ("registration facts in a how-to",
     ["فتح باب التسجيل في مسابقة القراءة الوطنية لطلاب المدارس",
      "أعلنت وزارة التعليم فتح باب التسجيل في مسابقة القراءة الوطنية لطلاب المدارس، على أن يتم التسجيل "
      "عبر المنصة الإلكترونية للوزارة.",
      "تاريخ التسجيل: من 1 إلى 15 سبتمبر", "عدد المشاركات المتوقعة في المسابقة: مليون طالب",
      "1. ادخل إلى المنصة الإلكترونية للمسابقة", "2. أدخل البريد الإلكتروني المرتبط بحسابك في المنصة",
      "وأوضحت الوزارة أن المسابقة تهدف إلى تشجيع الطلاب على القراءة، وأن التسجيل في المنصة مجاني لجميع الطلاب.",
      "ويحصل الفائزون في المسابقة على جوائز مالية وشهادات تقدير من الوزارة في حفل ختامي نهاية العام."], {}),
    ("a question and a list ending the article",
     [TITLE, P1, P2, P3, "ما رأيك في كلفة المياه؟", "- تحلية مياه البحر", "- إعادة تدوير المياه"], {}),
]


@pytest.mark.parametrize(("name", "lines", "expected"), CASES, ids=[c[0] for c in CASES])
def test_page(name: str, lines: list[str], expected: dict[int, str]) -> None:
    assert run(lines) == expected
