"""Own-line evidence of the chrome pass: the lexicon and the widget shapes, one table row per rule.

Positive rows are chrome as Arabic sites print it; negative rows are body lines that look like
chrome (a label word opening a sentence, a policy phrase inside a paragraph, a dateline).
"""

from __future__ import annotations

import pytest

from arclean.passes.chrome.evidence import Judge
from arclean.passes.chrome.features import shape
from arclean.passes.chrome.lexicon import CHROME_TYPES, Evidence, Lexicon

JUDGE = Judge.default()

# (line, chrome type, rule, strong)
CHROME = [
    ("اقرأ أيضاً", "related", "phrase", True),
    ("إقرأ أيضا: الصين تحكم على هونغ كونغ بالموت", "related", "phrase-start", True),
    ("اقرأ أيضًا: لماذا تكتب النساء عن المطابخ؟", "related", "phrase-start", True),  # a link's label, a question
    ("مواضيع ذات صلة", "related", "phrase", True),
    ("شارك هذا الخبر :", "share", "phrase", True),
    ("فيسبوك تويتر واتساب تيليجرام", "share", "phrase-sequence", True),
    ("طباعة Email فيسبوك تويتر لينكدين Pin Interest Whats App", "share", "phrase-sequence", True),
    ("in", "share", "phrase", True),
    ("من نحن سياسة الخصوصية", "nav", "phrase-sequence", True),
    ("1. تخطي إلى المحتوى", "nav", "phrase-start", True),
    ("الأكثر قراءة", "nav", "phrase", True),
    ("رياضة", "nav", "phrase", False),
    ("مرأة و منوعات", "nav", "phrase-sequence", False),
    ("اترك تعليقاً", "comments", "phrase", True),
    ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comments", "phrase-within", True),
    ("تم إضافة تعليقك سوف يظهر بعد المراجعة", "comments", "phrase-start", True),
    ("تنبيه هام: الموقع غير مسؤول عن صحة الأخبار المنشورة", "disclaimer", "phrase-label", True),
    ("جميع الحقوق محفوظة © 2024 مؤسسة الصحافة والنشر", "copyright", "phrase-within", True),
    ("اشترك في النشرة البريدية", "newsletter", "phrase-within", True),
    ("للاشتراك: أرسل بريدك", "newsletter", "phrase-label", True),
    ("تصوير أحمد حسن", "caption_credit", "phrase-label", False),  # no separator: weak
    ("التاريخ يعيد نفسه", "date", "phrase-label", False),  # ... because titles open like this too
    ("Written by نور الدين", "author_bio", "phrase-start", True),
    ("بقلم: سامي الأحمد", "author_bio", "phrase-label", True),
    ("تحقيق: يوسف المرابط", "author_bio", "phrase-label", False),  # a field: only with its separator
    ("حاوره: أحمد يوسف", "author_bio", "phrase-label", False),
    ("محتوى برعاية بنك الاتحاد الوطني", "other", "phrase-start", True),  # a sponsor's label
    ("نشرت بواسطة سارة المنصوري في 14 سبتمبر 2024", "author_bio", "phrase-start", True),
    ("6 تعليقات", "comments", "counter", True),  # a widget's count before its word
    ("المقال المنشور ولا يعبر بالضرورة عن موقف الصحيفة", "disclaimer", "phrase-within", True),
    ("هذه المواد لا تعد نصيحة استثمارية", "disclaimer", "phrase-within", False),  # (a title may say it)
    ("فلان من مواليد عام 1984، المغرب، هو كاتب وباحث في الشؤون العسكرية", "author_bio", "bio", False),
    ("حسام أبو العلا - القاهرة", "author_bio", "byline", False),
    ("الجزيرة نت - الدوحة", "author_bio", "byline", False),
    ("تصوير: أحمد حسن", "caption_credit", "phrase-label", True),
    ("الرئيس يصافح ضيفه في القصر صورة من: Susan Walsh/AP", "caption_credit", "phrase-within", True),
    ("الكلمات المفتاحية: الاقتصاد النفط", "tags", "phrase-label", True),
    ("© 2024 بي بي سي.", "copyright", "copyright-sign", True),
    ("https://p.dw.com/p/3y5xh", "url", "url-line", True),
    ("www.example.com info@example.com", "url", "url-line", True),
    ("الإثنين، 24 أغسطس 2020 09:56 ص", "date", "date-line", True),
    ("٢٦ يوليو ٢٠٢١", "date", "date-line", True),
    ("قبل 19 دقيقة", "date", "date-line", True),
    ("11 شوال 1441هـ - 03 يونيو 2020م", "date", "date-line", True),
    ("دبي 03:59 05:25 12:20 15:43 19:09 20:35", "other", "time-table", True),
    ("34°C", "other", "temperature", True),
    ("استطلاع الرأي", "other", "phrase", True),
    ("التعليقات (24)", "comments", "counter", True),  # the count after its word
    ("2,431 مشاهدة", "other", "counter", False),  # a page's count of its readers (weak: a writer's list too)
    ("👁 18,204 مشاهدة", "other", "counter", False),
    ("1.2k زيارة", "other", "counter", False),
    ("1.2 ألف قراءة", "other", "counter", False),
    ("الرئيسية / وظائف / الرياض / محاسبة", "nav", "breadcrumb", True),  # a trail from a home link
    ("الرئيسية › مهارات الدراسة › كيف تطور مهارات التعلم الذاتي؟", "nav", "breadcrumb", True),
    ("Home > أخبار > اقتصاد", "nav", "breadcrumb", True),
    ("موقعنا » تعليم » طرق التدريس » التعليم عن بعد", "nav", "breadcrumb", False),  # no home link: weak
    ("#أمانة_جدة #الرقابة_الصحية", "tags", "hashtags", True),
    ("أفلام ذات صلة", "related", "phrase-end", True),  # a list's heading by its ending
    ("وصفات أخرى قد تعجبك", "related", "phrase-end", True),
    ("شاركي الوصفة", "share", "phrase-button", True),  # a button, addressing a woman
    ("احفظي في المفضلة", "share", "phrase-button", True),
    ("شارك المراجعة:", "share", "phrase-button", True),
    ("احجز الآن", "other", "phrase-button", True),
    ("أضف إلى التقويم", "other", "phrase-button", True),
    ("هل كانت هذه الصفحة مفيدة؟ نعم | لا", "other", "phrase-start", True),
    ("جدول المحتويات", "nav", "phrase", True),
    ("← التدوينة السابقة", "related", "phrase", True),
    ("مدعوم من ووردبريس", "copyright", "phrase-start", True),
    ("التصنيفات: ادخار", "tags", "phrase-label", True),
    ("المقالات المنشورة تعبر عن آراء كتابها فقط", "disclaimer", "phrase-within", True),
    ("اقرأ كمان:", "related", "phrase", True),
    ("جربي أيضاً", "other", "phrase-button", True),
    ("ملفات متعلقة", "related", "phrase-end", True),
    ("الموقع الفلاني صحيفة إلكترونية شاملة تنقل الأخبار المحلية والعربية", "other", "about-site", False),
    # (review 18) Blogger's Arabic template, a Q&A site's feedback question, a job board's list
    ("التسميات: أعشاب, الزراعة المنزلية, شرفة", "tags", "phrase-label", True),
    ("يتم التشغيل بواسطة Blogger.", "copyright", "phrase-start", True),
    ("تعليق واحد:", "comments", "phrase", True),
    ("مشاركة: إرسال بالبريد الإلكتروني | BlogThis! | المشاركة على X", "share", "phrase-sequence", True),
    ("فيديو ذو صلة:", "related", "phrase-end", True),
    ("هل كانت الإجابة مفيدة؟ نعم (42) | لا (3)", "other", "phrase-start", True),
    ("وظائف مشابهة", "related", "phrase", False),
]

BODY = [
    "تصوير الفيلم بدأ في الرياض مساء أمس بحضور المخرج",  # a label word opening a sentence
    "كتب الوزير في تغريدة على حسابه أن المشروع سيكتمل قبل نهاية العام الجاري",
    "وقال الوزير إن الصورة من بعيد تبدو مختلفة عما يراه المواطنون في حياتهم اليومية، وإن الحل قريب.",
    "شاركت المملكة في القمة التي عقدت أمس في القاهرة",  # "شارك" as a verb
    "الولايات المتحدة تعيد التفكير في سحب القوات من العراق",
    "ما الذي يجري في العراق؟",
    "2. وثيقة تأمين كسر الزجاج.",
    "الهلال - النصر: موعد المباراة والقنوات الناقلة",  # a dash, but a headline
    "الهلال 2 - 1 النصر",  # a score
    "قصة نجاح شاب من الصعيد",  # a field's name without its separator: a headline ("قصة: ..." is a byline)
    "تقرير البنك الدولي",
    "قصة",
    "3 رياضة",  # a number before a section's name is no count of comments, shares or views
    "وقال الخبير إن الأرقام الرسمية لا تعكس بالضرورة حجم الأزمة.",  # a disclaimer's words, reported
    "« الميدان » يكشف قائمة النصر للسوبر.. وهزازي على دكة البدلاء",  # guillemets quote, they lead nowhere
    "السعودية / الإمارات",  # two names and a slash, no home link: no trail
    "سعر الدولار اليوم | بوابة الأخبار",  # a title and its site
    "رياضة | الهلال يفوز على النصر بهدفين",  # a section's name and a headline: maybe the page's only title
    "عدد المتقدمين 48 وظيفة",  # a count in a sentence
    "حملة #أنا_أقرأ تصل إلى مليون مشارك",  # a hashtag inside a headline
    "شارك الآلاف في المظاهرة السلمية",  # a button's verb opening a sentence: more than its object
    "اشترى المنزل",  # a past tense, not the button اشتر (ى and ي fold together: no اشتري entry)
    "أفلام ذات صلة بالحرب عرضت في المهرجان",  # a heading's ending inside a headline
    "احجز مقعدك مبكرا لأن التذاكر نفدت العام الماضي",
    "وظائف مشابهة 12",  # a count is no heading's word
    "3 زيارات رسمية",  # a count of visits is the writer's when more follows it
    "مشاهدة 2",  # a noun before a number: an episode's or a scene's heading
    "الزيارات: 1200",  # a count after its noun and a colon: a field, judged with the fields around it
    "مشاركة: 120 دولة",  # a fact box's field: "مشاركة" is no share row's label
    "التسميات",  # a chemistry article's subhead "nomenclature": Blogger's label needs its colon
    # (eighth session's review) the writer's imperatives, subheads and paths shaped like widgets
    "أضف الفانيليا",  # a recipe's step: a button's verb with another object than a page's
    "اكتب جملة اسمية",
    "تبرع بالدم",
    "المزيد من الماء",
    "حالات مشابهة",  # "مشابهة", "أخرى", "سابقة" end writers' subheads too
    "نصائح أخرى",
    "الإعدادات > الخصوصية والأمان > الموقع",  # a tutorial's path: ">" without a home link
    "#أنا_أقرأ",  # one hashtag alone may be the article's subject
]


@pytest.mark.parametrize(("text", "kind", "rule", "strong"), CHROME)
def test_chrome_line_has_evidence(text: str, kind: str, rule: str, strong: bool) -> None:
    found = JUDGE.evidence(shape(text))
    assert found is not None, text
    assert (found.kind, found.rule, found.strong) == (kind, rule, strong)


@pytest.mark.parametrize("text", BODY)
def test_body_line_has_no_evidence(text: str) -> None:
    assert JUDGE.evidence(shape(text)) is None


def test_policy_phrase_inside_a_paragraph_is_only_weak_evidence() -> None:
    text = "وفي مؤتمر صحفي عقده مساء أمس أكد المحامي أن جميع الحقوق محفوظة لموكله، وأن القضية لم تنته بعد."
    found = JUDGE.evidence(shape(text))
    assert found is not None and found.kind == "copyright" and not found.strong


def test_a_sentence_opening_with_a_verb_of_saying_is_no_phrase_evidence() -> None:
    # reported speech about the phrase, not the phrase: none at all (it used to be weak evidence,
    # which at the page's edge was enough to drop it and the line after it)
    for text in (
        "وأكد المحامي في مؤتمر صحفي عقده مساء أمس أن جميع الحقوق محفوظة لموكله، وأن القضية لم تنته بعد.",
        "وأوضح أن جميع الحقوق محفوظة للمبدعين.",
    ):
        assert JUDGE.evidence(shape(text)) is None
    assert JUDGE.evidence(shape("جميع الحقوق محفوظة للمبدعين.")) is not None  # without the verb


@pytest.mark.parametrize(
    ("text", "protected"),
    [
        ("(أ ف ب)", True),
        ("م.ع.ح/ع.ش (أ ف ب ، رويترز)", True),
        ("الرياض - واس", True),
        ("رويترز", True),
        ("اتصل بنا", False),  # "بنا" is an agency name too, but not here
        ("وقالت وكالة رويترز إن المحادثات ستستأنف الأسبوع المقبل في جنيف بحضور الوفود", False),
    ],
)
def test_agency_signoffs_are_protected(text: str, protected: bool) -> None:
    assert JUDGE.protected(shape(text)) is protected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("in", True), ("Poll Buttons", True), ("X", True), ("Su-35", False), ("2021", False), ("شارك", False)],
)
def test_latin_fragments(text: str, fragment: bool) -> None:
    assert JUDGE.latin_fragment(shape(text)) is fragment


def test_every_lexicon_entry_has_a_known_type_and_folds() -> None:
    lexicon = Lexicon.default()
    assert len(lexicon) > 300
    for key, entry in lexicon.line.items():
        assert entry.kind in CHROME_TYPES
        assert key == key.strip() and key


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([("adverts", "line", "strong", "اعلان")], "unknown chrome type"),
        ([("nav", "anywhere", "strong", "اعلان")], "unknown match mode"),
        ([("nav", "line", "sure", "اعلان")], "strength"),
        ([("nav", "line", "strong", "...")], "no letters"),
    ],
)
def test_bad_lexicon_entries_are_refused(entries: list[tuple[str, str, str, str]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Lexicon(entries)


def test_folding_ignores_letter_variants_and_marks() -> None:
    lexicon = Lexicon([("related", "line", "strong", "اقرأ أيضا")])
    for variant in ("اقرا ايضا", "إقرأ أيضاً", "اقـرأ أيضا:", "اقرأ  أيضاً …"):
        assert lexicon.match(shape(variant)) is not None, variant


def test_a_start_phrase_opening_a_sentence_is_weak_unless_a_separator_labels_it() -> None:
    # "اقرأ المزيد عن ..." opening the writer's sentence is weak evidence; with its separator the
    # phrase labels a link, and the headline after it may end like a sentence or a question
    for text in ("اقرأ المزيد عن تاريخ المدينة في كتابه الجديد.", "اقرأ أيضا لماذا تكتب النساء عن المطابخ؟"):
        found = JUDGE.evidence(shape(text))
        assert found is not None and not found.strong
    found = JUDGE.evidence(shape("اقرأ أيضا: لماذا تكتب النساء عن المطابخ؟"))
    assert found is not None and found.strong
    # ... only a "read also" label before a headline's few words: a quotation the writer goes on
    # with, a paragraph that answers its question
    for text in (
        "تابعوا: «لن نترك الأرض مهما حدث، وسنبقى هنا حتى آخر يوم، فهذه بيوت آبائنا وأجدادنا».",
        "اقرأ أيضا: لماذا يحب الأطفال القصص المصورة أكثر من غيرها؟ لأن الصورة تسبق الكلمة في ذاكرة الطفل،"
        " وتبقى فيها طويلا بعد أن تنسى الكلمات كلها.",
    ):
        found = JUDGE.evidence(shape(text))
        assert found is not None and not found.strong


# Lines and whether they carry the evidence named: a caption ending with its picture's credit
# (after a dash or in brackets), a reading-time widget alone.
CREDIT_TAIL = Evidence("caption_credit", "credit-tail", True)
READING_TIME = Evidence("other", "reading-time", True)
CREDITED = [
    # a caption whose last group credits the picture: after a dash or in brackets, an archive,
    # an illustration, or a photographer's name after "تصوير:"
    ("أمطار على أحد شوارع أبوظبي - أرشيفية", True),
    ("طلاب الثانوية العامة أثناء أداء الامتحانات - صورة أرشيفية", True),
    ("معمل دير عمار لتوليد الكهرباء (أرشيف النهار)", True),
    ("آثار أقدام ديناصورات في موقع جبلي - تعبيرية/Getty", True),
    ("مريم الشامسي في مشغلها بدبي (تصوير: رامي سعد)", True),
    ("مهرجان الرطب المحلي - تصوير: عبدالله العبدالله", True),
    ("(أرشيف)", True),
    # a bracket explaining a word, a definite noun, a sentence, a section's part
    ("إعدادات الكاميرا (تصوير ليلي)", False),
    ("دليل المبتدئين - التصوير الليلي", False),
    ("نصائح للمصورين - الأرشيف الرقمي", False),
    ("وعرضت القناة صورا من المعرض (أرشيف).", False),
    ("تاريخ المدينة - الجزء الثاني", False),
    ("تصوير المنتجات (الدرس الثالث)", False),
    # (review 20) a stage or session named by the noun alone, a list's item, a field's value
    ("المرحلة الثالثة - تصوير", False),
    ("الأسبوع الأول: الورشة الثانية (تصوير)", False),
    ("- صندوق إضاءة للمنتجات الصغيرة - تصوير", False),
    ("- أرشيف التلفزيون المصري", False),
    ("المركز الأول: «صياد الفجر» (تصوير: خالد الراشد)", False),
]
READING_TIMES = [
    ("قراءة 3 دقائق", True),
    ("3 دقائق للقراءة", True),
    ("قراءة دقيقتين", True),
    ("5 min read", True),
    # the writer's: a plan's row, a recipe's time, a sentence about reading
    ("القراءة 30 دقيقة", False),
    ("مدة الطهي 30 دقيقة", False),
    ("قراءة القرآن 10 دقائق بعد الفجر", False),
]


@pytest.mark.parametrize(
    ("text", "evidence", "expected"),
    [(t, CREDIT_TAIL, e) for t, e in CREDITED] + [(t, READING_TIME, e) for t, e in READING_TIMES],
)
def test_captions_with_credits_and_reading_times_are_strong_evidence(
    text: str, evidence: Evidence, expected: bool
) -> None:
    found = JUDGE.evidence(shape(text))
    assert (found == evidence) is expected, found


def test_a_caption_crediting_an_agency_is_no_sign_off() -> None:
    # an agency in brackets signs the article ("(رويترز)") unless the group credits a picture
    assert JUDGE.protected(shape("(رويترز)"))
    assert JUDGE.protected(shape("الرياض - واس"))
    assert not JUDGE.protected(shape("نازحون في مخيم زمزم قرب الفاشر (رويترز - أرشيف)"))
