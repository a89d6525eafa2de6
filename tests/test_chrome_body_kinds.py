"""Pages of many kinds of article (obituaries, diaries, laws, recipes, fatwas, interviews, sports
reports, opinion pieces) whose body lines look like chrome, with real chrome around them.

Each page in ``data/chrome_body_kinds/`` marks its lines: ``~ `` chrome, ``! `` a body line that
looks like chrome (the point of the page), anything else body.  The chrome pass must keep every
body line and drop every chrome line.  Written by a review that hunted for lost body lines; the
pages it found losing lines are below as strict expected failures, by kind, so that each one
fixed is noticed (and becomes a plain test).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import arclean

PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_kinds").glob("*.txt"))

# Body lines still lost, by the rule that takes them (docs/chrome.md, "Body lines still lost").
KNOWN_LOSSES = {
    # a writer's list whose items carry strong evidence (share-button names, date stamps)
    "p54_apps_list.txt": "a numbered list of app names read as share buttons",
    "p52_holiday_table.txt": "a flattened table of holidays and dates at the end",
    # a chrome phrase that is the subject of a title or a headline-shaped line
    "p14_cookies_tech.txt": "'ملفات تعريف الارتباط' in a technology story",
    "p20_abusive_comments.txt": "'التعليقات المسيئة' in an unpunctuated body line",
    "p45_titles_policy.txt": "'حقوق الطبع والنشر' in a title",
    "p46_title_newsletter.txt": "'النشرة البريدية' in a title",
    "p47_title_liability.txt": "'لا يتحمل أي مسؤولية' in a quoted title",
    # a label or section word opening a subhead or a list item
    "p16_views.txt": "'عدد المشاهدات ...' as a subhead",
    "p18_hajj_list.txt": "a bulleted list opening with 'يرجى' at the end",
    "p41_recipe_end_section.txt": "a recipe's last section 'إعداد ...' and its steps",
    "p53_sports_roundup.txt": "'كرة القدم' as a subhead between paragraphs",
    "p07_tutorial_form.txt": "a tutorial's last sentence after a list item with a form phrase",
    # closing lines of the writer, off the article's topic by nature
    "p30_closing.txt": "'وللحديث بقية / والله ولي التوفيق' read as tags",
    "v02_closing_two_short.txt": "'دمتم بخير / إلى اللقاء' read as tags",
    "p36_closing_prayer.txt": "a closing prayer read as an off-topic teaser",
    "v01_closing_dua.txt": "a closing du'a read as an off-topic teaser",
    "p31_social_post_end.txt": "a quoted social-media post as the last line",
    # lines inside the article judged by topic alone
    "w05_proverb_mid_isolated.txt": "a proverb between paragraphs",
    "w06_proverb_sports.txt": "a proverb between paragraphs",
    "p58_subhead_sandwich.txt": "a subhead between a 'read also' link and a photo credit",
    # the header's title choice
    "p42_profile_bio_first.txt": "the title, when an unlabelled 'حاوره:' line wins the title score",
    "p49_catchy_title.txt": "a short title above a standfirst",
    # widget shapes in a writer's line
    "p35_url_body.txt": "a web address the article tells readers to use (arguable)",
    "p44_newspaper_profile.txt": "a newspaper's profile sentence as the last paragraph",
}


def _marked(path: Path) -> tuple[str, str]:
    """The page, and what the chrome pass should make of it."""
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    page = [line[2:] if line.startswith(("~ ", "! ")) else line for line in rows]
    body = [line[2:] if line.startswith("! ") else line for line in rows if not line.startswith("~ ")]
    return "\n".join(page), "\n".join(body)


def _cases() -> list[object]:
    return [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=KNOWN_LOSSES[p.name]))
        if p.name in KNOWN_LOSSES
        else p
        for p in PAGES
    ]


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_every_body_line_stays_and_the_chrome_goes(path: Path) -> None:
    page, body = _marked(path)
    assert arclean.PASSES["chrome"]()(page) == body


def test_the_pages_cover_many_kinds_and_every_known_loss_has_its_page() -> None:
    assert len(PAGES) >= 70
    assert set(KNOWN_LOSSES) <= {p.name for p in PAGES}
    assert all(any(line.startswith("~ ") for line in p.read_text(encoding="utf-8").splitlines()) for p in PAGES)


def test_an_announced_list_ends_where_its_items_change_kind() -> None:
    # the verse the writer announces stays; the newsletter prompt after it is not one of its lines
    paragraph = (
        "تعد التجربة الانتخابية لاتحاد الكرة النموذج الأول في مجالها، وقد كشفت بعد عامين عن سلبيات "
        "كثيرة تستحق المراجعة."
    )
    verse = ["تغير لي فيمن تغير حارث", "وكل خليل غيرته الحوادث"]
    page = "\n".join([paragraph, "الأبيات للمعتمد بن عباد:", *verse, "للإشتراك بجريدة اليوم", "شارك"])
    assert arclean.PASSES["chrome"]()(page) == "\n".join([paragraph, "الأبيات للمعتمد بن عباد:", *verse])
