"""The site's own name: datelines and captions that sign with the logo's name are chrome; the same
shapes elsewhere (fixtures, routes, a field's value, a title naming the paper) are the writer's."""

from __future__ import annotations

import pytest

import arclean

CHROME = arclean.PASSES["chrome"]()
PARAGRAPHS = [
    "أعلنت البلدية اليوم عن افتتاح الطريق الجديد الذي يربط وسط المدينة بالمناطق الجبلية بعد عامين من العمل المتواصل.",
    "وقال مدير المشروع إن الطريق يختصر زمن الرحلة إلى النصف، ويخدم آلاف السكان والزوار في مواسم الشتاء.",
    "وأضاف أن المرحلة الثانية ستبدأ مطلع العام المقبل، وتشمل إنارة الطريق وإنشاء استراحات على جانبيه.",
]
TITLE = "افتتاح طريق جبلي جديد يختصر زمن الرحلة إلى النصف"
ROUND = [
    "تنطلق الجولة العاشرة من الدوري مساء الخميس بثلاث مباريات، أبرزها مواجهة الأهلي والاتحاد في جدة.",
    "ويدخل الهلال مباراته أمام النصر متصدرا بفارق نقطتين، فيما يسعى الشباب إلى تعويض خسارته أمام الفتح.",
]


def dropped(rows: list[str]) -> list[str]:
    changes = CHROME.explain("\n".join(rows)).changes
    return [rows[c.line] for c in changes]


@pytest.mark.parametrize(
    ("logo", "dateline"),
    [
        ("الاتحاد", "العين (الاتحاد)"),
        ("صحيفة الخليج", "رأس الخيمة: «الخليج»"),
        ("القدس العربي", "لندن – «القدس العربي»:"),
        ("السراج", "روصو ـ (السراج)"),
        ("شبكة 964", "بغداد - 964"),
    ],
)
def test_a_dateline_signed_with_the_logos_name_goes(logo: str, dateline: str) -> None:
    rows = [logo, "الرئيسية | محليات | اقتصاد | رياضة", TITLE, dateline, *PARAGRAPHS]
    assert dateline in dropped([*rows, f"© {logo} 2025 - جميع الحقوق محفوظة"])
    # the first line is a logo only when a copyright line names it: else it may be a short title
    assert dateline not in dropped(rows)
    assert dateline not in dropped([TITLE, dateline, *PARAGRAPHS])


def test_a_caption_and_a_source_line_credited_to_the_site_go() -> None:
    caption = "سيارات تعبر الطريق الجديد عند مدخل المدينة (هسبريس)"
    source = "المصدر: هسبريس"
    rows = ["هسبريس", TITLE, PARAGRAPHS[0], caption, *PARAGRAPHS[1:], source, "© هسبريس 2025"]
    assert {caption, source} <= set(dropped(rows))


def test_the_sites_name_then_its_writer_is_a_byline() -> None:
    byline = "هبة بريس - محمد أوبلا - تيزنيت"
    rows = ["هبة بريس", "الرئيسية | أخبار | رياضة", TITLE, byline, *PARAGRAPHS, "© هبة بريس 2025"]
    assert byline in dropped(rows)
    # a title may open with the name: "النصر" names no person
    title = "الاتحاد - النصر.. قمة الجولة العاشرة"
    rows = ["الاتحاد", "الرئيسية | رياضة | محليات", title, "12 يناير 2026", *PARAGRAPHS, "© الاتحاد 2025"]
    assert title not in dropped(rows)


AROUND_A_ROAD = ([TITLE, PARAGRAPHS[0]], PARAGRAPHS[1:])


@pytest.mark.parametrize(
    ("logo", "rows", "around"),
    [
        # a round's fixtures on the logo "الاتحاد": rows of one shape are a list
        ("الاتحاد", ["الهلال - النصر", "الأهلي - الاتحاد", "الشباب - الفتح"], (["الدوري يعود", ROUND[0]], ROUND[1:])),
        # routes on the logo "الرياض"
        ("الرياض", ["الدمام - الرياض", "جدة - الرياض"], AROUND_A_ROAD),
        # a field's value after a bare colon: no place signs so
        ("الاتحاد", ["الفائز: الاتحاد"], AROUND_A_ROAD),
        # a title naming the paper opens with its name, it does not sign with it
        ("الخليج", ["«الخليج» ترصد آراء السكان"], AROUND_A_ROAD),
        # rows of a list ending with the name in brackets: players and clubs (logo "دار الهلال")
        ("دار الهلال", ["محمد العويس (الهلال)", "سالم الدوسري (الهلال)"], AROUND_A_ROAD),
        # a book and its author, a title with a fixture: a place has no colon or dash of its own
        ("الأيام", ["طه حسين: «الأيام»"], AROUND_A_ROAD),
        ("تلفزيون فلسطين", ["تصفيات كأس العالم: الأردن - فلسطين"], AROUND_A_ROAD),
        # a list's items ending with the name after a dash
        (
            "الرؤية",
            ["- جولة في مزارع الفراولة بالذيد - الرؤية", "- لقاء مع المزارعين في مليحة - الرؤية"],
            AROUND_A_ROAD,
        ),
    ],
)
def test_the_writers_lines_that_end_with_the_logos_name_stay(
    logo: str, rows: list[str], around: tuple[list[str], list[str]]
) -> None:
    above, below = around
    page = [logo, *above, *rows, *below, f"جميع الحقوق محفوظة © {logo}"]
    assert [row for row in dropped(page) if row in rows] == []


def test_a_dateline_shape_stands_only_between_the_title_and_the_article() -> None:
    # below the article's first paragraph, "place (name)" is a row: a hospital and its city
    rows = ["القدس", TITLE, "12 يناير 2026", *PARAGRAPHS[:2], "مستشفى المقاصد (القدس)", PARAGRAPHS[2]]
    assert "مستشفى المقاصد (القدس)" not in dropped([*rows, "© القدس 2026"])
    # between the title and the article, beside the date, it is the site's dateline
    rows = ["القدس", TITLE, "رام الله (القدس)", "12 يناير 2026", *PARAGRAPHS]
    assert "رام الله (القدس)" in dropped([*rows, "© القدس 2026"])


def test_rows_shaped_like_bylines_three_in_a_row_are_a_list() -> None:
    fixtures = ["الفتوة - الطليعة", "الجيش - تشرين", "جبلة - أهلي حلب"]
    report = [
        "قلب الكرامة تأخره بهدف إلى فوز بهدفين على الوحدة، في المباراة التي جمعت الفريقين على ملعب خالد بن الوليد.",
        "وبهذا الفوز رفع الكرامة رصيده إلى اثنتين وعشرين نقطة في المركز الخامس، بفارق نقطة واحدة عن حطين.",
        "وتستكمل المرحلة غدا بثلاث مباريات",
    ]
    page = [
        "الكرامة يقلب الطاولة على الوحدة",
        "السبت 22 شباط 2025",
        *report,
        *fixtures,
        "شارك المقال",
        "فيسبوك | تويتر",
    ]
    assert [row for row in dropped(page) if row in fixtures] == []
    # one alone under the title signs the article
    assert "حسام أبو العلا - القاهرة" in dropped([TITLE, "حسام أبو العلا - القاهرة", "12 يناير 2026", *PARAGRAPHS])
