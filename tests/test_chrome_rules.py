"""The chrome pass on small pages: one table row per decision rule, positive and negative.

Each page is a list of lines; the expected result names the lines that go (by index) with their
chrome type.  Negative rows are pages whose short lines are body: subheads, questions, verse, lists,
sign-offs, closing formulas.
"""

from __future__ import annotations

from collections import Counter

import pytest

import arclean
from arclean.passes.chrome import Chrome

TITLE = "التعليم تطلق خطة لتطوير المناهج الابتدائية"
P1 = (
    "أعلنت وزارة التعليم أمس عن خطة جديدة لتطوير المناهج الدراسية في المرحلة الابتدائية، تشمل إدخال "
    "مواد في البرمجة والتفكير النقدي ابتداء من العام الدراسي المقبل."
)
P2 = (
    "وقال المتحدث الرسمي باسم الوزارة إن الخطة تأتي ضمن برنامج تنمية القدرات البشرية، وإن تطبيقها "
    "سيكون تدريجيا في المدارس الحكومية والأهلية."
)
P3 = (
    "وأوضح أن الوزارة ستدرب أكثر من عشرين ألف معلم على المناهج الجديدة خلال الفصل الصيفي، بالتعاون "
    "مع الجامعات السعودية."
)
TEASER = "مسلحون يطلقون صواريخ على قواعد عسكرية أجنبية في مالي"
TEASER_2 = "انفجارات في الدوحة .. قطر على موعد مع الانقلاب السادس"
TEASER_3 = "هالة صدقي تواجه أزمة بصورة على البلاج: انسى الدنيا"

# (name, page lines, {index: chrome type} expected to go)
CASES = [
    # ---------------------------------------------------------------- header
    ("menu above the title", ["الرئيسية", "محليات", "رياضة", TITLE, P1, P2], {0: "nav", 1: "nav", 2: "nav"}),
    ("skip link and date beside the title", ["تخطي إلى المحتوى", TITLE, "الأحد 12 مايو 2024", P1, P2],
     {0: "nav", 2: "date"}),
    ("teasers above the title", ["الأكثر قراءة", TEASER, TEASER_2, TITLE, "قبل 3 ساعات", P1, P2],
     {0: "nav", 1: "related", 2: "related", 4: "date"}),
    ("unlabelled menu items above the title", ["تحت المجهر", "فيديو المدينة", TITLE, P1, P2],
     {0: "nav", 1: "nav"}),
    ("title opening with a label word", ["الرئيسية", "محليات", "تحرير المناهج من الحشو", P1, P2], {0: "nav", 1: "nav"}),
    ("dateline between title and date", ["الرئيسية", "محليات", "لاح فجر الانتصار", "الجزيرة نت - الدوحة",
                                           "12/5/2024", P1, P2], {0: "nav", 1: "nav", 3: "author_bio", 4: "date"}),
    ("clean header keeps title and standfirst", [TITLE, "خطة على ثلاث مراحل تبدأ العام المقبل", P1, P2], {}),
    ("logo and a menu between bars above the title",
     ["تعلّم الفرنسية مع أمين", "الدروس | القواعد | المفردات | المحادثة | اختبارات", TITLE, P1, P2],
     {0: "nav", 1: "nav"}),
    ("a table's heading row between bars under the title",
     [TITLE, "اليوم | التاريخ | المادة | الزمن", "الأحد | 5 يناير 2025 | اللغة العربية | 8:00 – 10:00",
      "الاثنين | 6 يناير 2025 | الرياضيات | 8:00 – 10:00", P1, P2], {}),
    ("items between bars as the line right above the article",
     ["مدونة سامي", "رحلات | مطاعم | فنادق | طيران", P1, P2], {}),
    # (the session's review) items between bars lower in a header are the writer's: a standfirst
    # above them, a line-up under its heading, a table's heading row whose rows add a rank cell
    ("items between bars under a standfirst",
     [TITLE, "خطة على ثلاث مراحل تبدأ العام المقبل", "البرمجة | التفكير النقدي | العلوم | الرياضيات",
      "المرحلة الأولى", P1, P2, P3], {}),
    ("line-ups between bars under their headings",
     ["الأهلي يتعادل مع الزمالك في قمة الدوري المصري", "تشكيل الأهلي", "الشناوي | هاني | ياسر إبراهيم | ربيعة | معلول",
      "تشكيل الزمالك", "عواد | دونجا | زيزو | الجزيري | شلبي", P1, P2], {}),
    ("logo, menu and a subscribe row above the title",
     ["تعلّم الفرنسية مع أمين", "الدروس | القواعد | المفردات | المحادثة | الاختبارات", "اشترك في القناة | تواصل معي",
      TITLE, P1, P2], {0: "nav", 1: "nav", 2: "newsletter"}),
    ("title then highlight bullets", [TITLE, P1, "تدريب عشرين ألف معلم", "منصة لأولياء الأمور", P2, P3], {}),
    # ---------------------------------------------------------------- inside the article
    ("off-topic headline between paragraphs", [TITLE, P1, TEASER, P2, P3], {2: "related"}),
    ("on-topic subhead between paragraphs", [TITLE, P1, "تدريب المعلمين على المناهج الجديدة", P2, P3], {}),
    ("short subheads", [TITLE, P1, "خطة طموحة", P2, "مراحل التطبيق", P3], {}),
    ("questions of an interview", [TITLE, P1, "ما أبرز ملامح الخطة؟", P2, "متى يبدأ التطبيق؟", P3], {}),
    ("verse quoted in the article", [TITLE, P1, "يا دار عبلة بالجواء تكلمي", "وعمي صباحا دار عبلة واسلمي", P2, P3],
     {}),
    ("refrain of a poem quoted twice",
     [TITLE, P1, "يا ليل الصب متى غده", "أقيام الساعة موعده", "يا ليل الصب متى غده", P2, P3], {}),
    ("teaser repeated on the page", [TITLE, P1, TEASER_3, P2, "فيديو.. " + TEASER_3, P3],
     {2: "related", 4: "related"}),
    ("image alt text and caption with credit",
     [TITLE, P1, "وزير التعليم يتحدث في المؤتمر الصحفي", "وزير التعليم يتحدث في المؤتمر الصحفي أمس صورة من: واس",
      P2, P3], {2: "caption_credit", 3: "caption_credit"}),
    ("alt text printed twice",
     [TITLE, P1, "وزير التعليم يتحدث في المؤتمر الصحفي", "وزير التعليم يتحدث في المؤتمر الصحفي أمس صورة من: واس",
      P2, "وزير التعليم يتحدث في المؤتمر الصحفي", P3], {2: "caption_credit", 3: "caption_credit", 5: "caption_credit"}),
    ("related list repeating the title", [TITLE, P1, P2, "مواضيع ذات صلة", TITLE, TEASER],
     {3: "related", 4: "related", 5: "related"}),
    ("section name off the article's topic", [TITLE, P1, "الطقس", P2, P3], {2: "nav"}),
    ("section name on the article's topic", [TITLE, P1, "التعليم", P2, P3], {}),
    ("widget word as a subhead on the article's topic",
     ["نتائج الثانوية العامة", "أعلنت الوزارة أمس نتائج الثانوية العامة، وبلغت نسبة النجاح تسعين في المائة هذا العام.",
      "النتائج", "وأظهرت النتائج تفوق الطالبات في المواد العلمية، بحسب البيان الذي نشرته الوزارة مساء أمس."], {}),
    ("related heading and link inside", [TITLE, P1, "اقرأ أيضا:", TEASER, P2, P3], {2: "related", 3: "related"}),
    ("verse after a read-also link",
     [TITLE, P1, "اقرأ أيضا: " + TEASER, "يا دار عبلة بالجواء تكلمي", "وعمي صباحا دار عبلة واسلمي", P2],
     {2: "related"}),
    ("verse after a read-also link near the end",
     [TITLE, P1, P2, "اقرأ أيضا: " + TEASER, "وختم بقول الشاعر:", "يا دار عبلة بالجواء تكلمي",
      "وعمي صباحا دار عبلة واسلمي."],
     {3: "related"}),
    ("related heading and a list inside",
     [TITLE, P1, "قد يهمك أيضا", "البنك المركزي يثبت أسعار الفائدة للمرة الثالثة",
      "فنانة شهيرة تكشف تفاصيل أزمتها الصحية", "تدريب المعلمين على المناهج الجديدة", P2, P3],
     {2: "related", 3: "related", 4: "related"}),
    ("policy phrase inside a paragraph",
     [TITLE, P1, "وأكد المحامي في مؤتمر صحفي عقده أمس أن جميع الحقوق محفوظة لموكله، وأن القضية لم تنته بعد.", P2],
     {}),
    # ---------------------------------------------------------------- trailer
    ("related list after a heading", [TITLE, P1, P2, "مواضيع ذات صلة", TEASER, TEASER_2, TEASER_3],
     {3: "related", 4: "related", 5: "related", 6: "related"}),
    ("tags at the end", [TITLE, P1, P2, "الأمن السيبراني", "كأس العالم"], {3: "tags", 4: "tags"}),
    ("one off-topic teaser at the end", [TITLE, P1, P2, TEASER], {3: "related"}),
    ("byline at the end", [TITLE, P1, P2, "حسام أبو العلا - القاهرة"], {3: "author_bio"}),
    ("author bio and comment form",
     [TITLE, P1, P2, "Written by سامي", "سامي من مواليد 1980، هو كاتب وصحفي مهتم بقضايا التعليم", "اترك تعليقاً",
      "لن يتم نشر عنوان بريدك الإلكتروني."],
     {3: "author_bio", 4: "author_bio", 5: "comments", 6: "comments"}),
    ("poll widget", [TITLE, P1, P2, "استطلاع الرأي", "هل تؤيد تدريس البرمجة للأطفال؟", "نعم", "لا"],
     {3: "other", 4: "other", 5: "other", 6: "other"}),
    ("share bar and copyright", [TITLE, P1, P2, "شارك", "فيسبوك تويتر واتساب", "جميع الحقوق محفوظة © 2024"],
     {3: "share", 4: "share", 5: "copyright"}),
    ("closing formula", [TITLE, P1, P2, "والله من وراء القصد."], {}),
    ("agency sign-off", [TITLE, P1, P2, "(أ ف ب)"], {}),
    ("verse ending the article", [TITLE, P1, P2, "وختم الوزير كلمته ببيت من الشعر:", "يا دار عبلة بالجواء تكلمي",
                                   "وعمي صباحا دار عبلة واسلمي"], {}),
    ("list ending the article", [TITLE, P1, P2, "وتشمل الخطة:", "- مادة البرمجة", "- مادة التفكير النقدي"], {}),
    ("last line on the article's topic", [TITLE, P1, P2, "المناهج الجديدة في المدارس الحكومية"], {}),
    # ---------------------------------------------------------------- no article
    ("a poem and a share button", ["يا دار عبلة بالجواء تكلمي", "وعمي صباحا دار عبلة واسلمي", "شارك"], {2: "share"}),
    # (review 18) a live blog's entries are too short to be paragraphs, so its writer's intro
    # cannot be judged off a topic: weak evidence ("تابعوا") does not take a full sentence
    # ... but its footer's sentences, after the poem, still go by their topic
    (
        "a poem page's footer of prompts",
        [
            "معلقة عنترة بن شداد",
            "يا دار عبلة بالجواء تكلمي",
            "وعمي صباحا دار عبلة واسلمي",
            "فوقفت فيها ناقتي وكأنها",
            "فدن لأقضي حاجة المتلوم",
            "شارك",
            "اشترك في نشرتنا البريدية ليصلك جديد القصائد والمقالات كل أسبوع مباشرة على بريدك.",
            "تابعونا على صفحتنا في فيسبوك لتصلكم آخر الأخبار والمستجدات من الموقع أولا بأول.",
            "حمل تطبيق الموقع الآن على هاتفك واستمتع بقراءة آلاف القصائد دون اتصال بالإنترنت.",
            "جميع الحقوق محفوظة © 2025",
        ],
        {5: "share", 6: "newsletter", 7: "share", 8: "share", 9: "copyright"},
    ),
    (
        "a live blog's intro sentence opening with a share verb",
        [
            "مباشر | دربي العاصمة: الترجي يقلب الطاولة على الإفريقي",
            "10 ديسمبر 2025",
            "تابعوا معنا لحظة بلحظة أحداث دربي العاصمة بين الترجي الرياضي والنادي الإفريقي على ملعب رادس.",
            "6' تسديدة قوية من الجزيري تمر فوق العارضة.",
            "18' هدف للإفريقي! رأسية محمد الصغير إثر ركنية.",
            "27' بطاقة صفراء لمدافع الترجي ياسين بن علي.",
            "35' فرصة خطيرة للترجي، والحارس يتصدى.",
            "45+2' الحكم يلغي هدفا للترجي بداعي التسلل.",
            "58' تبديل في الترجي: خروج الرحموني ودخول أيوب الطرابلسي.",
            "64' هدف التعادل! الطرابلسي يسجل من أول لمسة.",
            "82' هدف ثان للترجي! ركلة جزاء يترجمها الجزيري بنجاح.",
            "88' طرد لاعب الإفريقي سامي العياري.",
        ],
        {1: "date"},
    ),
]


def run(lines: list[str]) -> dict[int, str]:
    explained = Chrome().explain("\n".join(lines))
    return {c.line: c.kind for c in explained.changes if c.line is not None}


@pytest.mark.parametrize(("name", "lines", "expected"), CASES, ids=[c[0] for c in CASES])
def test_page(name: str, lines: list[str], expected: dict[int, str]) -> None:
    assert run(lines) == expected


def test_output_is_the_kept_lines_in_order() -> None:
    lines = ["الرئيسية", "رياضة", TITLE, P1, TEASER, P2, "شارك"]
    assert Chrome()("\n".join(lines)) == "\n".join([TITLE, P1, P2])


def test_removing_lines_leaves_no_extra_blank_lines() -> None:
    text = f"الرئيسية\n\n{TITLE}\n\n{P1}\n\nشارك\n\n{P2}\n\nاترك تعليقاً\n"
    assert Chrome()(text) == f"{TITLE}\n\n{P1}\n\n{P2}\n"


def test_line_breaks_of_every_kind_split_lines() -> None:
    text = f"{TITLE}\r\n{P1}\r\nشارك\r\n{P2}\u2028سيعجبك أيضا"
    assert Chrome()(text) == f"{TITLE}\r\n{P1}\r\n{P2}"


def test_explain_names_rule_type_and_line() -> None:
    changes = Chrome().explain("\n".join(["تخطي إلى المحتوى", TITLE, P1, P2, "شارك هذا الخبر"])).changes
    assert [(c.line, c.kind, c.rule, c.before, c.after) for c in changes] == [
        (0, "nav", "phrase-start", "تخطي إلى المحتوى", ""),
        (4, "share", "phrase", "شارك هذا الخبر", ""),
    ]
    assert all(c.pass_name == "chrome" for c in changes)


def test_apply_counted_counts_per_chrome_type() -> None:
    text = "\n".join(["الرئيسية", "رياضة", TITLE, P1, P2, "شارك", "اترك تعليقاً"])
    out, counts = Chrome().apply_counted(text)
    assert out == Chrome()(text)
    assert counts == Counter({"chrome/nav": 2, "chrome/share": 1, "chrome/comments": 1})


def test_keep_leaves_chosen_types() -> None:
    text = "\n".join([TITLE, "الأحد 12 مايو 2024", P1, P2, "شارك"])
    assert Chrome(keep=("date",))(text) == "\n".join([TITLE, "الأحد 12 مايو 2024", P1, P2])


def test_keep_refuses_unknown_types() -> None:
    with pytest.raises(ValueError, match="unknown chrome types"):
        Chrome(keep=("adverts",))
    with pytest.raises(arclean.ConfigError):
        arclean.build_pass({"type": "chrome", "keep": ["adverts"]})


def test_chrome_is_in_the_default_preset_after_tatweel() -> None:
    names = arclean.PRESETS["default"].names
    assert names.index("tatweel") < names.index("chrome") < names.index("punctuation")
    assert arclean.clean("\n".join(["الرئيسية", "رياضة", TITLE, P1, P2])) == f"{TITLE}\n{P1}\n{P2}"


def test_empty_and_blank_texts() -> None:
    for text in ("", "\n", "\n\n  \n", " "):
        assert Chrome()(text) == text


def test_a_page_without_paragraphs_and_with_fields_is_cleaned() -> None:
    # (review 18: a live match page raised IndexError: the checks for fields between paragraphs
    # assumed a paragraph; here the stats rows stay as figure rows, the rest goes)
    stats = ["الاستحواذ: 58% - 42%", "التسديدات: 14 - 7", "الركنيات: 6 - 3"]
    page = "\n".join(["الرئيسية | أخبار | رياضة | فيديو", "للاشتراك: أرسل بريدك", *stats, "أبرز الأخبار"])
    assert Chrome()(page) == "\n".join(stats)


def test_a_caption_with_its_credit_goes_and_the_title_above_it_stays() -> None:
    # (nineteenth session: a caption ending in "(تصوير: ...)" or "- أرشيفية" was kept; once it is
    # chrome, the title between the share button and the caption must not read as a block of chrome)
    title = "نتائج انتخابات المجلس البلدي: 10 فائزين بينهم 3 وجوه جديدة"
    p1 = (
        "أسفرت انتخابات المجلس البلدي التي جرت أمس في الدوائر العشر عن فوز 10 مرشحين، بينهم ثلاثة"
        " يدخلون المجلس للمرة الأولى، وسط مشاركة وصفت بالجيدة."
    )
    p2 = "وجرت عملية الاقتراع في أجواء هادئة، وسط إشراف قضائي كامل على اللجان، وأعلنت النتائج الرسمية فجر اليوم."
    page = [
        "الرئيسية",
        "محليات",
        "31 مارس 2025",
        "شارك",
        title,
        "فرز الأصوات في إحدى اللجان (تصوير: أسامة البطراوي)",
        p1,
        "مرشحون أمام إحدى اللجان الانتخابية - أرشيفية",
        p2,
    ]
    assert Chrome()("\n".join(page)) == "\n".join([title, p1, p2])


def test_a_byline_of_label_name_and_colon_under_the_title_goes() -> None:
    # "كتب - NAME:" (the name between the label and the colon, as Egyptian and Gulf papers print
    # it) under the title of a page with chrome above; a standfirst opening with the label's word
    # ("كتب" = books) stays
    title = "«الإسكان» توزع 1500 وحدة في مدينة سلمان خلال مارس"
    standfirst = "كتب الإسكان الجديدة تشرح للمواطنين شروط الحصول على الوحدات"
    p1 = (
        "أعلنت وزارة الإسكان أنها ستبدأ في مارس المقبل توزيع 1500 وحدة سكنية في مدينة سلمان، ضمن"
        " المرحلة الثالثة من المشروع."
    )
    p2 = "وقالت الوزيرة إن الوحدات تشمل 1100 بيت و400 شقة، وإن الأولوية لأصحاب الطلبات القديمة."
    for byline in ("كتب - حسين التميمي:", "كتبت سارة المطيري:", "إعداد: عبد الرحيم محمود"):
        page = ["الرئيسية", "محليات", "السبت 22 فبراير 2025", title, standfirst, byline, p1, p2]
        assert Chrome()("\n".join(page)) == "\n".join([title, standfirst, p1, p2]), byline


def test_an_advert_label_dropped_into_a_list_of_rows_still_goes() -> None:
    # a chrome phrase heads a section of rows only when a row follows it; an advert's label
    # between the last row of one section and the next section's heading is the site's
    p1 = "أعلنت وزارة التربية مواعيد الفصل الدراسي الثاني، وفي ما يلي أبرز المحطات بحسب التقويم المعتمد."
    p2 = "وأكدت الوزارة أن المواعيد قد تتغير في حال تزامنها مع عطل رسمية تعلن لاحقاً في بيان منفصل."
    rows = ["عودة الطلبة إلى المدارس.", "بدء التقييمات.", "إعلان", "كرة السلة", "بدء الفصل الثالث.", "نهاية العام."]
    page = ["التقويم المدرسي الجديد للعام الدراسي", p1, "الفصل الثاني", *rows, p2]
    kept = Chrome()("\n".join(page)).split("\n")
    assert "إعلان" not in kept and "كرة السلة" in kept
