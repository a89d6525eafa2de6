"""Pages of many kinds of article (obituaries, diaries, laws, recipes, fatwas, interviews, sports
reports, opinion pieces) whose body lines look like chrome, with real chrome around them.

Each page in ``data/chrome_body_kinds/`` marks its lines: ``~ `` chrome, ``! `` a body line that
looks like chrome (the point of the page), anything else body.  The chrome pass must keep every
body line and drop every chrome line.  Written by a review that hunted for lost body lines; the
pages it found losing lines are below as strict expected failures, by kind, so that each one
fixed is noticed (and becomes a plain test).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import arclean
from arclean.passes.chrome.evidence import Judge
from arclean.passes.chrome.features import shape

PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_kinds").glob("*.txt"))
# A second review's pages, written after the fixes above to see whether they generalise: the same
# marks, 45 pages of body lines that look like chrome and 15 of chrome that looks like body.
SECOND_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_hunt2").glob("*.txt"))
# A third review's pages, written (seventh session) without seeing the rules: 45 pages of body lines
# that look like chrome (fact boxes, unusual bylines, timelines, programmes, lists, articles about
# chrome), 15 of chrome that looks like body.
THIRD_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_hunt3").glob("*.txt"))
# A fourth review, written blind (eighth session): 40 news pages modelled on 40 Arabic sites, 20 traps.
FOURTH_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_hunt4").glob("*.txt"))
# The read-only reviews of the seventh and eighth sessions' rules (78 and 56 pages aimed at their
# risks): kept here so that a later rule cannot lose again what their mends won back.
REVIEW7_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review7").glob("*.txt"))
REVIEW8_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review8").glob("*.txt"))
# A blind review of the ninth session's rules (tenth session): 60 pages, 38 of them traps.
REVIEW10_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review10").glob("*.txt"))
REVIEW11_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review11").glob("*.txt"))
# The twelfth session's blind review: 60 pages of site kinds no earlier review covered (lyrics, a
# flight board, wiki pages with infoboxes, a conference programme, release notes, a live blog ...).
REVIEW12_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review12").glob("*.txt"))
# The fourteenth session's blind review: 60 pages of other kinds again (a restaurant's menu, a
# privacy policy, a security advisory, a maths lesson, a library's hours, a recipe ...).
REVIEW13_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review13").glob("*.txt"))
REVIEW14_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review14").glob("*.txt"))
# The sixteenth session's blind review: 40 news articles framed by the chrome of 38 outlets the
# dev data does not hold (mild, heavy and hard pages, as in the evaluation data).  Datelines and
# bylines of the shape "place - agency or writer" are chrome here, as the evaluation data labels them.
REVIEW15_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review15").glob("*.txt"))
# The seventeenth session's blind review: 40 more news articles under 40 other outlets' chrome, the
# hard pages with other kinds of short body lines (a live blog, a law's articles, a recipe, a
# transfer list, quoted tweets, a timeline, results rows); the same conventions as review 15.
REVIEW16_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review16").glob("*.txt"))
# The eighteenth session's blind review: 40 more news articles under 40 other outlets' chrome (Sudan,
# Libya, Yemen, Mauritania, the Gulf, the Levant, specialised sites); hard pages with an interview,
# an opinion column, verses, market rows, a verdict, numbered points, a league table, city rows ...
REVIEW17_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review17").glob("*.txt"))
# Review 18 (nineteenth session): 40 more pages from outlets and sites no earlier set holds, news
# and other web pages people scrape (an encyclopedia article with its references, a blog, a forum
# thread, a recipe, a health Q&A, a fatwa, a ministry notice, a job ad, a car review); hard pages
# with a live match, a timeline, a transcript, results by school, charges, emergency numbers ...
REVIEW18_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review18").glob("*.txt"))
# Review 19 (twentieth session): 40 more outlets' pages; the hard ones with results rows, market
# tickers, a quick-fire interview, a forecast by day, a school calendar, a vote count, cabinet
# decisions, a comparison, a poem, an itinerary, and subheads worded like chrome ("شارك برأيك").
REVIEW19_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review19").glob("*.txt"))
# The read-only review of the twentieth session's rules: 52 pages aimed at them (lists whose items
# end "- تصوير" or "(أرشيف ...)", subheads and verses opening "جانب من", "كتب NAME:" over a quote,
# chrome words dropped into rows, dates under pasted links).
REVIEW20_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review20").glob("*.txt"))
# Review 21 (twenty-first session): 40 more sites, 16 of them other kinds of page (an encyclopedia
# article, a product page, a listing, a government service, a court ruling, a podcast episode, a
# Q&A answer, a recipe, a sermon, an obituary ...); hard pages with fixtures by day, an episode's
# chapters, a ruling's fields, a service's sections worded like footer links, an opening verse.
REVIEW21_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review21").glob("*.txt"))
# The read-only review of the twenty-first session's rules: 64 pages aimed at them (logos that are
# common words, cities or clubs over rows ending with them; schedules and tickers in widgets; titles
# that are fields or prayers; chrome headings over rows after the article).
REVIEW22_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review22").glob("*.txt"))
REVIEW22_LOSSES = {
    "o13_ahram_itinerary.txt": "an itinerary's row 'day: place - place' read as an off-topic teaser",
    "o36_ahram_itinerary_long.txt": "an itinerary's row 'time of day: event' read as an off-topic teaser",
    "s12_trending_widget_in_header.txt": "a title between a header's widget of the most read by day and the date",
    "t04_eid_taqabbal.txt": "a greeting above the title ('تقبل الله منا ومنكم صالح الأعمال')",
}

# Review 23 (twenty-second session, blind): 18 news sites no review used and 22 other kinds of
# page (a live blog, an agenda, a poem, a timeline, prayer times, a fatwa, a law, a forum ...).
REVIEW23_PAGES = sorted((Path(__file__).parent / "data" / "chrome_body_review23").glob("*.txt"))
REVIEW23_LOSSES = {
    "n18_abjjad_heavy_novel_book_page.txt": "a book card's author, year and own copyright fields ('حقوق النشر: © ...')",
    "n21_qf_heavy_arabic_ai_forum_agenda.txt": (
        "an agenda's labelled day headings ('اليوم الأول: الثلاثاء 3 مارس'), its last slot and its contact section"
    ),
    "n23_bayt_heavy_accountant_job_notice.txt": "a vacancy's title 'post - sector' as a byline, under a counter",
    "n26_snacksyrian_hard_bread_decision_comments.txt": "a subhead made of a chrome word ('التعليقات') over quotes",
    "n27_mcdoualiya_hard_presenter_farewell.txt": "a person's life dates under his name ('1951 – 2026') as a stamp",
    "n28_alwakeelnews_hard_unified_admission_links.txt": "a short item under a date heading ('إعلان النتائج.')",
    "n34_marocmeteo_hard_national_forecast.txt": "a forecast's dated title above a stamp with an unknown label",
    "n39_islamicfinder_hard_muscat_prayer_times.txt": "a prayer-times page's date row and its monthly table",
}

# Body lines still lost, by the rule that takes them (docs/chrome.md, "Body lines still lost").
KNOWN_LOSSES = {
    # a writer's list whose items carry strong evidence (a comment-policy phrase)
    # a label word opening a list item or a last section
    "p41_recipe_end_section.txt": "a recipe's last section 'إعداد ...' (a byline's label without its colon)",
    "p07_tutorial_form.txt": "a tutorial's last sentence after a list item with a form phrase",
    # lines inside the article judged by topic alone
    "p16_views.txt": "'عدد المشاهدات ...' (a label of views, like a sponsor's 'برعاية ...') as a subhead",
    "w05_proverb_mid_isolated.txt": "a proverb between paragraphs",
    "w06_proverb_sports.txt": "a proverb between paragraphs",
    # the header's title choice
    "p49_catchy_title.txt": "a short title above a standfirst",
}


# The second review's pages still losing a body line (10 of 60 when written; docs/chrome.md).
SECOND_LOSSES = {
    "01_subhead_budget.txt": "a one-word subhead that is also a menu word ('الاقتصاد')",
    "13_topic_copyright_lawsuit.txt": "a subhead that is the article's chrome topic, sharing too few words",
    "14_topic_cookies_privacy.txt": "a subhead that is the article's chrome topic, sharing too few words",
    "15_topic_newsletters.txt": "a quoted slogan the next paragraph points back to",
}


# The third review's pages still losing a body line (21 of 60 when written, 48 lines; docs/chrome.md).
THIRD_LOSSES = {
    "02_book_review.txt": "a quoted title ('\"ساق البامبو\".. ...') between menu words and a byline",
    "13_newsletter_article.txt": "an article about newsletters: its title, lead and subhead hold the phrases",
    "15_copyright_article.txt": "an article about copyright notices: its title and subhead are the phrase",
    "16_ads_article.txt": "a subhead naming the article's chrome topic ('إعلان ممول')",
    "17_comments_moderation.txt": "an article about comment policies: subheads and a paragraph hold the phrases",
    "24_column_signature.txt": "a columnist's e-mail address signing the column",
    "40_phone_review.txt": "a review's final score alone on its line ('9/10', read as a date)",
}


# The fourth review's pages still losing a body line (6 of 60 when written, 7 lines; docs/chrome.md).
FOURTH_LOSSES = {
    "45_trap_privacy_aitnews.txt": "a numbered subhead naming a picture ('2- صورة الملف الشخصي') between chrome",
    "56_trap_column_email_alsharq_qa.txt": "a columnist's e-mail and one-line bio signing the column",
    "59_trap_app_review_tech_world.txt": "a list item that is a menu phrase ('الوضع الليلي.')",
}


# Their pages still losing a body line (ninth session; docs/chrome.md).
REVIEW7_LOSSES = {
    "b05_title_result_nochrome.txt": "a dateline and desk as the article's first line ('الرياض - فريق التحرير')",
    "c02_two_line_title.txt": "a title's first line, above its second",
    "i05_fact_box_header_recipe.txt": "a recipe's title and its first facts above a fact box",
    "j06_announced_pdf_list.txt": "a list item that is a menu phrase ('- صورة من الهوية الوطنية')",
    "k11_subhead_yaks.txt": "a lone subhead sharing few words with the article",
}
REVIEW8_LOSSES = {
    "03_poem_end.txt": "a one-word title above a poet's credit ('شعر: ...', no byline label of the lexicon)",
    "36_writing_tips.txt": "the title, above a byline whose word needs its colon ('بواسطة عمر فاروق')",
    "10_writer_subheads_endings.txt": "a writer's subhead ending like a list heading ('قضايا ذات صلة')",
    "12_title_one_word_film.txt": "a one-word title above a labelled byline whose name is not a listed given name",
    "35_toc_article.txt": "a subhead that the table of contents above repeats",
    "46_tutorial_home_path.txt": "a tutorial's path from the home screen ('الرئيسية > ...') and the line after it",
    "54_glossary_related_terms.txt": "a glossary's own 'related terms' list at the end of the entry",
}


def _marked(path: Path) -> tuple[str, str]:
    """The page, and what the chrome pass should make of it."""
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    page = [line[2:] if line.startswith(("~ ", "! ")) else line for line in rows]
    body = [line[2:] if line.startswith("! ") else line for line in rows if not line.startswith("~ ")]
    return "\n".join(page), "\n".join(body)


REVIEW10_LOSSES = {
    "p25_article_about_copyright_trap.txt": "an article about copyright: its quoted phrase and its © lines",
    "p29_profile_person_name_title_trap.txt": "a profile's subject above its title, named again by her given name only",
    "p30_open_letter_signature_trap.txt": "an open letter's signature block ('مدرسة الأمل الابتدائية - الزرقاء')",
}


# The eleventh session's blind review (sites of kinds the earlier ones had not covered): 60 lines
# lost at first, 27 still lost on these pages, each a kind not yet mended.
REVIEW11_LOSSES = {
    "p12_passport_renewal_service_page.txt": "a required document's condition ('لمن هم دون 18 سنة: ...')",
    "p19_tech_howto_wsl_share_link.txt": "a shell command in a how-to, read as a teaser",
    "p25_prayer_times_cairo.txt": "a prayer-times page's Gregorian and Hijri dates under its title, read as stamps",
    "p31_kuwait_daily_deaths_list.txt": "a deaths list's dated title, its first bulleted name taken for the title",
    "p34_perfume_product_page_noon_style.txt": "a product's name over its fields, its features' heading and first line",
    "p40_copyright_law_explainer.txt": "an explainer quoting 'جميع الحقوق محفوظة' in its title and first paragraph",
    "p53_smartphone_review_verdict.txt": "a phone review's two test results ('الشحن من 0 إلى 100%: 71 دقيقة')",
    "p54_tender_notice_ilan_heading.txt": "a tender notice's heading 'إعلان' (an advert's label elsewhere)",
    "p59_phishing_sms_warning_url.txt": "a phishing warning's fake address, a URL alone on its line",
}


# Review 12's pages still losing a body line (62 lines on 21 pages when written), by kind.
REVIEW12_LOSSES = {
    "q06_qatar_conference_programme.txt": "a conference's name, theme and place above its programme (no topic words)",
    "q09_poetry_diwan_mutanabbi.txt": "a poem's first verse as its title; its metre and rhyme ('البحر: ...')",
    "q28_wiki_bio_tayeb_salih.txt": "a wiki biography's name and infobox rows above its first paragraph",
    "q31_today_in_history.txt": "a one-word section heading that is also a menu word ('وفيات')",
    "q33_kuwait_reader_letter.txt": "a reader's letter's signature and the editor's reply heading ('رد المحرر')",
    "q37_saudi_car_review.txt": "a review's verdict heading and its score ('الحكم النهائي', '8 من 10') at the end",
    "q40_sudan_agriculture_bulletin.txt": "a bulletin's number and season ('نشرة إرشادية رقم (7) ...') above its title",
    "q43_beirut_marathon_results.txt": "a results page's 'best national' lines ('أفضل لبناني: ... – 2:31:40')",
    "q44_chess_puzzle_page.txt": "a chess position in FEN notation",
    "q49_sharjah_exhibition.txt": "an exhibition's prices by visitor ('الأطفال (أقل من 12 سنة): مجاناً')",
}


REVIEW13_LOSSES = {
    "r03_egypt_realestate_project.txt": "an amenity with a figure ('أمن وحراسة على مدار 24 ساعة') read as a teaser",
    "r18_syria_recipe_kunafa.txt": "a recipe's times and servings on one line ('التحضير: 20 دقيقة | الطهي: ...')",
    "r19_saudi_vet_cat_advice.txt": "a reader's question in dialect as the title ('قطتي ما تاكل من يومين..')",
    "r23_saudi_legal_consultation_labour.txt": "a consultation's answer heading ('الرد')",
    "r26_lebanon_volunteer_call.txt": "a call's title opening with a call to action ('انضم إلى فريق ...')",
    "r29_algeria_french_phrases_lesson.txt": "a lesson's phrase pair read as a byline ('Au revoir – مع السلامة')",
    "r41_qatar_photo_contest_rules.txt": "a section heading made of chrome words ('الشروط والأحكام')",
    "r43_oman_road_accident_stats.txt": "a statistics subheading off the article's words ('الفئة العمرية ...')",
    "r46_sudan_flood_situation_report.txt": "a report's period ('الفترة المشمولة: 20 – 28 أغسطس 2024')",
    "r47_beirut_restaurant_menu.txt": "a menu page's heading ('القائمة') and its first section and priced dishes",
    "r48_app_privacy_policy.txt": "a privacy policy's own title and a numbered section on cookies",
    "r52_jordan_tawjihi_study_tips.txt": "a tip's heading with a colon as a teaser ('قبل الامتحان بأسبوعين: ...')",
    "r57_tunisia_public_library_info.txt": "a library's title and hours heading; subscription and services headings",
    "r59_mobile_game_beginner_guide.txt": "a numbered tip opening with a call to action ('3. انضم إلى تحالف نشط')",
}


REVIEW14_LOSSES = {
    "s01_jordan_passport_renewal_service.txt": "a service's processing time as a field ('مدة الإنجاز: ...')",
    "s03_lebanon_ski_resort_info.txt": "a resort's snow depth and two prices by visitor ('طفل دون 12 سنة: 30 دولاراً')",
    "s04_tunisia_train_timetable.txt": "a train timetable: its title, direction headings and departure rows",
    "s06_qatar_swim_academy_registration.txt": "the last items of a numbered list and the enquiry line after it",
    "s09_kuwait_power_maintenance_cuts.txt": "a notice's hotline line and its issuer's signature at the end",
    "s10_oman_wadi_trail_guide.txt": "a title 'call to action – place' as a byline",
    "s12_bahrain_polytechnic_admission.txt": "the admissions office's e-mail field at the end",
    "s17_libya_bank_ramadan_hours.txt": "a circular's issuing office and its dated place line at the end",
    "s18_yemen_sidr_honey_blog.txt": "a lab's thresholds as two fields ('مادة HMF: أقل من 40 ملغم/كغم')",
    "s20_egypt_car_service_center_prices.txt": "a closing time in dialect ('... بيقف الساعة 7 مساءً') read as a teaser",
    "s21_jordan_drug_leaflet.txt": "a leaflet's maker and price on one line of fields",
    "s23_saudi_router_reset_support.txt": "a router's address ('192.168.1.1') read as a date",
    "s24_uae_weather_weekend_forecast.txt": "a forecast's period of days and the forecaster's signature",
    "s25_qatar_museum_plan_visit.txt": "a museum's last entry ('آخر دخول: قبل الإغلاق بـ 30 دقيقة')",
    "s27_kuwait_coop_weekly_offers.txt": "an offer's period and priced items whose names hold a figure",
    "s28_oman_masirah_ferry_timetable.txt": "a ferry's departure times in a row ('7:00 – 10:00') and a heading",
    "s29_iraq_civil_engineering_dept.txt": "a department's office-hours note and e-mail at the end",
    "s31_egypt_church_mass_schedule.txt": "a schedule's title and first heading above the schedule",
    "s32_saudi_charity_water_well.txt": "a donation's bank account line ('التحويل البنكي: ... رقم الآيبان ...')",
    "s33_jordan_olive_fertilization_bulletin.txt": "a bulletin's title with a label ('نشرة إرشادية: ...')",
    "s36_bahrain_apartment_rent_listing.txt": "a listing's availability and contact fields at the end",
    "s37_syria_internet_subscription_prices.txt": "a section heading made of a chrome word ('الاشتراك')",
    "s38_arab_blog_managing_comments.txt": "a section heading made of a chrome word ('الرد')",
    "s39_palestine_shop_return_policy.txt": "a policy's own title, its effective date and a 'contact us' section",
    "s40_libya_vegetable_price_bulletin.txt": "a bulletin's period ('الفترة: من 8 إلى 14 مارس 2025')",
}


# Review 20's pages losing a line: all but c05 lost it before this session's rules too.
REVIEW20_LOSSES = {
    "a03_festival_awards_brackets.txt": "a prize list's rows '«film» for director (award)' read as teasers",
    "a04_archive_documents_list.txt": "a document list's first item read as a teaser",
    "a09_book_specs.txt": "a book card's rows 'edition - revised', '320 صفحة - رسوم توضيحية' read as bylines",
    "a10_film_credits_box_bullets.txt": "a film's credits box, '- تصوير: NAME' (the writer's) as a photo credit",
    "a11_production_schedule_colon.txt": "a production schedule's rows 'stage - task: when' read as teasers",
    "a14_photography_subheads.txt": "a subhead 'تصوير الطعام - تصوير' read as a photo credit",
    "a15_news_history_subheads_archive.txt": "a history's subhead with '(أرشيف ...)' read as a teaser",
    "c05_offtopic_subhead_ad_caption.txt": (
        "a subhead sharing no word with the article, between an advert's label and a caption: once both go,"
        " it stands alone between paragraphs like a pasted teaser"
    ),
    "d01_mbr_poem_kataba.txt": "a title above a standfirst, taken for a teaser above the title",
    "d05_idad_recipe_lead.txt": "a recipe's lead opening with a byline's label ('إعداد خبز الطابون في البيت:')",
    "f05_title_speed_range.txt": "a title with a range of figures, a line below it chosen as the title",
    "g01_diary_read_also_date.txt": "a diary's day under a pasted link and the link's own date",
    "h05_share_mid_rows_fields.txt": "a section heading of fields made of chrome words ('الشروط والأحكام')",
}


REVIEW16_LOSSES = {
    "n37_filgoal_hard_transfers.txt": "a transfer list's item after a read-also link inside it ('... - إعارة')",
}
REVIEW17_LOSSES = {
    "n26_almasdaronline_hard_taiz_water_column.txt": (
        "a column's closing signature, the columnist's name the byline and the author box repeat"
    ),
    "n30_suna_hard_cholera_statement.txt": "a quoted statement's date under its issuer's lines ('... 2025م')",
}


def _cases(pages: list[Path], losses: dict[str, str]) -> list[object]:
    """The pages as test cases, those still losing a line as strict expected failures."""
    return [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=losses[p.name])) if p.name in losses else p
        for p in pages
    ]


@pytest.mark.parametrize("path", _cases(PAGES, KNOWN_LOSSES), ids=lambda p: p.stem)
def test_every_body_line_stays_and_the_chrome_goes(path: Path) -> None:
    page, body = _marked(path)
    assert arclean.PASSES["chrome"]()(page) == body


REVIEW_CASES = (
    _cases(SECOND_PAGES, SECOND_LOSSES)
    + _cases(THIRD_PAGES, THIRD_LOSSES)
    + _cases(FOURTH_PAGES, FOURTH_LOSSES)
    + _cases(REVIEW7_PAGES, REVIEW7_LOSSES)
    + _cases(REVIEW8_PAGES, REVIEW8_LOSSES)
    + _cases(REVIEW10_PAGES, REVIEW10_LOSSES)
    + _cases(REVIEW11_PAGES, REVIEW11_LOSSES)
    + _cases(REVIEW12_PAGES, REVIEW12_LOSSES)
    + _cases(REVIEW13_PAGES, REVIEW13_LOSSES)
    + _cases(REVIEW14_PAGES, REVIEW14_LOSSES)
    + _cases(REVIEW15_PAGES, {})
    + _cases(REVIEW16_PAGES, REVIEW16_LOSSES)
    + _cases(REVIEW17_PAGES, REVIEW17_LOSSES)
    + _cases(REVIEW18_PAGES, {})
    + _cases(REVIEW19_PAGES, {})
    + _cases(REVIEW20_PAGES, REVIEW20_LOSSES)
    + _cases(REVIEW21_PAGES, {})
    + _cases(REVIEW22_PAGES, REVIEW22_LOSSES)
    + _cases(REVIEW23_PAGES, REVIEW23_LOSSES)
)


@pytest.mark.parametrize("path", REVIEW_CASES, ids=lambda p: f"{p.parent.name[-5:]}-{p.stem}")
def test_no_body_line_of_the_later_reviews_is_lost(path: Path) -> None:
    # Only the body is asserted here: what chrome these pages keep is measured, not pinned
    # (docs/chrome.md gives the count), so that a rule removing more of it is not a failure.
    # Lines are told apart by place, not text: a subhead may repeat a menu item word for word.
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    page = "\n".join(line[2:] if line.startswith(("~ ", "! ")) else line for line in rows)
    dropped = {change.line for change in arclean.PASSES["chrome"]().explain(page).changes}
    assert [rows[k] for k in sorted(dropped) if not rows[k].startswith("~ ")] == []


def test_the_pages_cover_many_kinds_and_every_known_loss_has_its_page() -> None:
    assert len(SECOND_PAGES) >= 60 and len(THIRD_PAGES) >= 60 and len(FOURTH_PAGES) >= 60
    assert set(SECOND_LOSSES) <= {p.name for p in SECOND_PAGES}
    assert set(THIRD_LOSSES) <= {p.name for p in THIRD_PAGES}
    assert set(FOURTH_LOSSES) <= {p.name for p in FOURTH_PAGES}
    assert len(REVIEW7_PAGES) >= 78 and len(REVIEW8_PAGES) >= 56
    assert set(REVIEW7_LOSSES) <= {p.name for p in REVIEW7_PAGES}
    assert set(REVIEW8_LOSSES) <= {p.name for p in REVIEW8_PAGES}
    assert len(REVIEW10_PAGES) >= 60 and set(REVIEW10_LOSSES) <= {p.name for p in REVIEW10_PAGES}
    assert len(REVIEW11_PAGES) >= 60 and set(REVIEW11_LOSSES) <= {p.name for p in REVIEW11_PAGES}
    assert len(REVIEW12_PAGES) >= 60 and set(REVIEW12_LOSSES) <= {p.name for p in REVIEW12_PAGES}
    assert len(REVIEW13_PAGES) >= 60 and set(REVIEW13_LOSSES) <= {p.name for p in REVIEW13_PAGES}
    assert len(REVIEW14_PAGES) >= 40 and set(REVIEW14_LOSSES) <= {p.name for p in REVIEW14_PAGES}
    assert len(REVIEW15_PAGES) >= 40
    assert len(REVIEW16_PAGES) >= 40 and set(REVIEW16_LOSSES) <= {p.name for p in REVIEW16_PAGES}
    assert len(REVIEW17_PAGES) >= 40 and set(REVIEW17_LOSSES) <= {p.name for p in REVIEW17_PAGES}
    assert len(REVIEW18_PAGES) >= 40
    assert len(REVIEW19_PAGES) >= 40
    assert len(REVIEW20_PAGES) >= 40 and set(REVIEW20_LOSSES) <= {p.name for p in REVIEW20_PAGES}
    assert len(REVIEW21_PAGES) >= 40
    assert len(REVIEW22_PAGES) >= 60 and set(REVIEW22_LOSSES) <= {p.name for p in REVIEW22_PAGES}
    assert len(REVIEW23_PAGES) >= 40 and set(REVIEW23_LOSSES) <= {p.name for p in REVIEW23_PAGES}
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


# The other side: chrome written as full sentences, and teasers, stamps and widgets that look like
# the body lines kept above, must still go.  (From a review of the fixes above.)
P1 = (
    "ارتفعت أسعار النفط في تعاملات اليوم الثلاثاء بعد أن أظهرت بيانات رسمية تراجع المخزونات الأمريكية "
    "للأسبوع الثالث على التوالي، وسط مخاوف من شح الإمدادات."
)
P2 = (
    "وصعدت العقود الآجلة لخام برنت بنسبة واحد في المئة لتصل إلى 84 دولارا للبرميل، فيما ارتفع خام غرب "
    "تكساس الوسيط بنسبة مماثلة."
)
P3 = (
    "وقال محللون إن السوق تترقب قرار منظمة أوبك بشأن مستويات الإنتاج في الاجتماع المقبل، والذي قد يحدد "
    "اتجاه الأسعار خلال الأشهر المقبلة."
)
TITLE = "ارتفاع أسعار النفط مع تراجع المخزونات"
COPYRIGHT = "جميع الحقوق محفوظة © 2024"

CHROME_SENTENCES = [
    "جميع المقالات المنشورة في الموقع تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي إدارة الموقع أو سياسته التحريرية.",
    "تنويه: الموقع غير مسؤول عن صحة المعلومات الواردة في الإعلانات أو المواد المنقولة عن مصادر أخرى.",
    "اشترك في النشرة البريدية ليصلك أحدث الأخبار والتقارير الاقتصادية مباشرة إلى بريدك الإلكتروني كل صباح.",
    "التعليقات المنشورة لا تعبر عن رأي الموقع وإنما تعبر عن رأي أصحابها فقط ويتحمل كاتبها المسؤولية القانونية كاملة.",
    "جميع الحقوق محفوظة لصحيفة الاقتصاد اليوم ولا يجوز نقل أو نسخ أي مادة من الموقع دون إذن مسبق من الإدارة.",
    "حمل تطبيق الموقع الآن على هواتف آيفون وأندرويد لتصلك الأخبار العاجلة لحظة بلحظة وبشكل مجاني تماما.",
    "تابعونا على منصات التواصل الاجتماعي فيسبوك وتويتر وإنستغرام لمعرفة آخر الأخبار والتطورات لحظة بلحظة.",
    "انضم إلى قناتنا على تيليجرام لتصلك آخر الأخبار العاجلة والتحليلات الاقتصادية أولا بأول ومن دون تأخير.",
    "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح، وباستمرارك في استخدام الموقع فإنك توافق على ذلك.",
]


@pytest.mark.parametrize("sentence", CHROME_SENTENCES)
@pytest.mark.parametrize("after", [[], ["أخبار ذات صلة", "الذهب يتراجع مع صعود الدولار", COPYRIGHT]])
def test_chrome_written_as_a_full_sentence_still_goes(sentence: str, after: list[str]) -> None:
    # weak evidence off the article's topic takes a sentence; on it, the sentence is the writer's
    page = "\n".join([TITLE, P1, P2, P3, sentence, *after])
    assert arclean.PASSES["chrome"]()(page) == "\n".join([TITLE, P1, P2, P3])


@pytest.mark.parametrize(
    "teaser",
    [
        "محافظ القاهرة ... إزالة 20 حالة تعد على الأراضي الزراعية",  # a headline's "X ... Y", not a verse
        '"لا إصابات جديدة بالفيروس في المحافظات الحدودية"',
    ],
)
def test_a_quoted_or_verse_shaped_teaser_repeated_in_the_furniture_goes(teaser: str) -> None:
    page = [TITLE, P1, teaser, P2, P3, "اقرأ أيضا", teaser, "الأهلي يفوز على الزمالك في الدوري", COPYRIGHT]
    assert teaser not in arclean.PASSES["chrome"]()("\n".join(page)).splitlines()


@pytest.mark.parametrize("stamp", ["الثلاثاء 12 مارس 2024 - 10:30 ص", "آخر تحديث: 12 مارس 2024", "12/03/2024"])
def test_a_single_date_stamp_between_paragraphs_goes(stamp: str) -> None:
    page = [TITLE, P1, stamp, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


def test_teasers_cut_short_go_after_the_article_but_a_two_word_closing_stays() -> None:
    teasers = ["الأهلي يفوز على الزمالك...", "انتخابات الرئاسة الأمريكية تقترب..."]
    page = [TITLE, P1, P2, P3, *teasers, COPYRIGHT]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])
    closing = [TITLE, P1, P2, P3, "وللحديث بقية..."]
    assert arclean.PASSES["chrome"]()("\n".join(closing)) == "\n".join(closing)


@pytest.mark.parametrize(
    "label",
    [
        "إعلان",  # an advert's label: one word
        "فيديو - لحظة انهيار المبنى",  # an embed's title: a section's name as a label, and its value
        "صور | الحرائق تلتهم الغابات",
        "برعاية بنك مصر",  # a sponsor, a link, an app: other kinds of evidence than a section's name
        "اضغط هنا",
        "تطبيق الموبايل",
        "5 دقائق للقراءة",
    ],
)
def test_a_label_between_paragraphs_goes_but_a_subhead_made_of_chrome_words_stays(label: str) -> None:
    chrome = arclean.PASSES["chrome"]()
    assert chrome("\n".join([TITLE, P1, label, P2, P3])) == "\n".join([TITLE, P1, P2, P3])
    subhead = [TITLE, P1, "كرة القدم", P2, "التاريخ يعيد نفسه", P3]  # a section name, a label word opening a subhead
    assert chrome("\n".join(subhead)) == "\n".join(subhead)


CLOSINGS = [
    "والله ولي التوفيق",
    "دمتم بخير",
    "وصلى الله وسلم على نبينا محمد",
    "نسأل الله السلامة للجميع",
    "إنا لله وإنا إليه راجعون",
    "مع تمنياتنا لأبنائنا الطلبة بالتوفيق والنجاح",  # review 12 (q15): a circular's closing wish
    "وتفضلوا بقبول فائق الاحترام",
]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_a_closing_formula_after_the_article_stays_and_the_tags_after_it_go(closing: str) -> None:
    chrome = arclean.PASSES["chrome"]()
    assert chrome("\n".join([TITLE, P1, P2, P3, closing, "شارك"])) == "\n".join([TITLE, P1, P2, P3, closing])
    tags = ["الدوري", "كرة اليد", "المنتخب"]  # off the article's topic, no evidence of their own
    page = [TITLE, P1, P2, P3, closing, *tags, COPYRIGHT]
    assert chrome("\n".join(page)) == "\n".join([TITLE, P1, P2, P3, closing])


def test_a_teaser_opening_like_a_wish_after_the_article_still_goes() -> None:
    teaser = "مع اقتراب العيد أسعار الأضاحي ترتفع في الأسواق الشعبية"
    assert arclean.PASSES["chrome"]()("\n".join([TITLE, P1, P2, P3, teaser, "شارك"])) == "\n".join([TITLE, P1, P2, P3])


def test_a_closing_formula_among_the_page_furniture_is_no_body() -> None:
    # after the share bar a prayer is a widget ("دعاء اليوم") or a reader's comment, not the writer's end
    page = [TITLE, P1, P2, P3, "شارك", "تعليقات القراء", "اللهم احفظ بلادنا", COPYRIGHT]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


def test_reported_speech_after_the_article_stays_and_a_teaser_there_goes() -> None:
    chrome = arclean.PASSES["chrome"]()
    speech = 'وكتب وزير الطاقة على حسابه في منصة إكس: "الأسواق ستستقر قريبا"'
    assert chrome("\n".join([TITLE, P1, P2, P3, speech, "شارك"])) == "\n".join([TITLE, P1, P2, P3, speech])
    teaser = "الأهلي يفوز على الزمالك في قمة الدوري الممتاز"
    assert chrome("\n".join([TITLE, P1, P2, P3, teaser, "شارك"])) == "\n".join([TITLE, P1, P2, P3])


def test_a_policy_phrase_on_the_article_topic_stays_but_a_copyright_line_goes() -> None:
    chrome = arclean.PASSES["chrome"]()
    title = "نزاع على حقوق الطبع والنشر بين مطرب شهير وشركة إنتاج"
    body = [
        "رفع مطرب شهير دعوى قضائية ضد شركة الإنتاج التي تعاقد معها، متهما إياها بنشر أغانيه دون إذن منه.",
        "وتقول شركة الإنتاج إن العقد يمنحها حقوق النشر كاملة، وإن المطرب وقع عليه قبل عشر سنوات.",
        "وتنظر المحكمة في دعوى المطرب الشهير ضد الشركة الشهر المقبل.",
    ]
    copyright_line = "جميع الحقوق محفوظة © 2025 شركة إنتاج المطرب"
    page = ["فن", title, *body, copyright_line]
    assert chrome("\n".join(page)) == "\n".join([title, *body])


def test_the_address_a_writer_gives_stays_and_a_short_link_goes() -> None:
    chrome = arclean.PASSES["chrome"]()
    given = [TITLE, P1, P2, "ويمكن الاطلاع على البيانات الكاملة عبر موقع المنظمة:", "www.opec.org", P3]
    assert chrome("\n".join(given)) == "\n".join(given)
    short_link = [TITLE, P1, P2, P3, "رابط مختصر:", "https://example.com/p/3y5xh", "شارك"]
    assert chrome("\n".join(short_link)) == "\n".join([TITLE, P1, P2, P3])


def test_a_newspapers_profile_in_a_story_about_it_stays_and_a_sites_blurb_goes() -> None:
    chrome = arclean.PASSES["chrome"]()
    story = [
        "صحيفة الأيام تحتفل بمرور خمسين عاما على صدور عددها الأول",
        "احتفلت صحيفة الأيام أمس بمرور خمسين عاما على صدور عددها الأول، بحضور عدد من الكتاب والصحفيين.",
        "وعرضت الصحيفة في الاحتفال صورا نادرة من أرشيفها، وأعدادا تاريخية غطت أحداثا كبرى في البلاد.",
        "والأيام صحيفة يومية سياسية تأسست في المنامة عام 1975 على يد مجموعة من الصحفيين.",
    ]
    assert chrome("\n".join([*story, "شارك"])) == "\n".join(story)
    blurb = "الاقتصاد اليوم صحيفة إلكترونية يومية تعنى بأخبار المال والأعمال في المنطقة العربية."
    assert chrome("\n".join([TITLE, P1, P2, P3, blurb])) == "\n".join([TITLE, P1, P2, P3])


def test_a_numbered_list_the_writer_announces_stays_whatever_its_items_say() -> None:
    chrome = arclean.PASSES["chrome"]()
    apps = ["1. واتساب", "2. فيسبوك", "3. تويتر"]
    page = [TITLE, P1, P2, "وجاء ترتيب التطبيقات الأكثر استخداما كما يلي:", *apps]
    assert chrome("\n".join([*page, "شارك", "فيسبوك", "تويتر"])) == "\n".join(page)
    most_read = ["الأكثر قراءة", "1. الأهلي يفوز على الزمالك في قمة الدوري", "2. الذهب يتراجع مع صعود الدولار"]
    assert chrome("\n".join([TITLE, P1, P2, P3, *most_read])) == "\n".join([TITLE, P1, P2, P3])


def test_a_most_read_widget_inside_the_article_goes_like_a_read_also_list() -> None:
    teasers = ["الأهلي يفوز على الزمالك في قمة الدوري", "انتخابات الرئاسة الأمريكية تقترب من الحسم"]
    page = [TITLE, P1, "الأكثر قراءة", *teasers, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


def test_a_schedule_the_writer_announces_keeps_its_days_and_a_stamp_after_a_colon_goes() -> None:
    chrome = arclean.PASSES["chrome"]()
    schedule = [
        "وجاء برنامج الجولة على النحو التالي:",
        "الجمعة 6 ديسمبر",
        "الهلال - النصر (19:00)",
        "السبت 7 ديسمبر",
        "الاتحاد - الأهلي (21:00)",
    ]
    page = [TITLE, P1, P2, *schedule, P3]
    assert chrome("\n".join([*page, "شارك"])) == "\n".join(page)
    # one date after a writer's colon line is no schedule; the teasers after that stamp are not its items
    stamped = [TITLE, P1, P2, P3, "وأضاف المحلل:", "الثلاثاء 12 مارس 2024", "الأهلي يفوز على الزمالك في الدوري"]
    assert chrome("\n".join(stamped)) == "\n".join([TITLE, P1, P2, P3, "وأضاف المحلل:"])


GOLD = [
    "استقرت أسعار الذهب في مصر خلال تعاملات اليوم الأحد، وسط ترقب المتعاملين لقرارات البنك المركزي بشأن أسعار الفائدة.",
    "وسجل سعر جرام الذهب عيار 21 نحو 3100 جنيه، بينما سجل عيار 24 نحو 3540 جنيها، وفقا لشعبة الذهب.",
    "ويتوقع التجار أن تشهد الأسعار تحركات محدودة خلال الأيام المقبلة، مع استمرار الطلب على المشغولات الذهبية.",
]
SHARE = ["شارك", "فيسبوك"]


@pytest.mark.parametrize(
    "page, body",
    [
        pytest.param(  # a writer's numbered list under a heading that is also a menu's
            [
                "أسعار الذهب اليوم في مصر",
                *GOLD,
                "أسعار الذهب",
                "1. عيار 24 بسعر 3540 جنيها",
                "2. عيار 21 بسعر 3100 جنيه",
            ],
            ["أسعار الذهب اليوم في مصر", *GOLD, "1. عيار 24 بسعر 3540 جنيها", "2. عيار 21 بسعر 3100 جنيه"],
            id="numbered-list-under-a-menu-word",
        ),
        pytest.param(  # a closing does not make the signature after it a short tail's teaser
            [TITLE, P1, P2, P3, "والله ولي التوفيق", "د. حسن عبد الرحمن", "أستاذ العلوم السياسية بجامعة القاهرة"],
            [TITLE, P1, P2, P3, "والله ولي التوفيق", "د. حسن عبد الرحمن", "أستاذ العلوم السياسية بجامعة القاهرة"],
            id="signature-after-a-closing",
        ),
        pytest.param(  # the writer's lines after an inline "read also" still end the article
            [
                TITLE,
                P1,
                P2,
                P3,
                "اقرأ أيضا: الأهلي يفوز على الزمالك في قمة الدوري",
                "فلنصبر ولنتفاءل بالغد.",
                "والله ولي التوفيق",
            ],
            [TITLE, P1, P2, P3, "فلنصبر ولنتفاءل بالغد.", "والله ولي التوفيق"],
            id="writer-lines-after-read-also",
        ),
    ],
)
def test_a_review_of_the_new_rules_loses_no_body_line(page: list[str], body: list[str]) -> None:
    assert arclean.PASSES["chrome"]()("\n".join([*page, *SHARE])) == "\n".join(body)


@pytest.mark.parametrize(
    "chrome_lines",
    [
        # a footer blurb on a specialised site shares the article's words: past the share bar it is no topic
        ["الوسوم", "النفط", "برنت", "أسعار النفط اليوم موقع إلكتروني متخصص في أخبار أسعار النفط والخام والمخزونات."],
        ["مواقيت الصلاة في القاهرة اليوم:", "04:30", "الظهر", "12:05", "العصر", "15:30"],  # clock times, no days
        ["يمكنكم متابعتنا عبر صفحتنا على فيسبوك:", "facebook.com/oilnews"],  # a social page, not a site's address
        ["اللهم اجعلنا من المقبولين.. أفضل أدعية العشر الأواخر"],  # a teaser opening with a formula
        ["وتابع القراءة في الصفحة التالية من الموقع"],  # a link opening with a verb of saying
    ],
    ids=["topical-footer", "prayer-times", "social-link", "formula-teaser", "saying-verb-link"],
)
def test_a_review_of_the_new_rules_keeps_no_chrome_they_resemble(chrome_lines: list[str]) -> None:
    page = (
        [TITLE, P1, P2, P3, *SHARE, *chrome_lines]
        if chrome_lines[0] == "الوسوم"
        else [TITLE, P1, P2, P3, *chrome_lines, *SHARE]
    )
    kept = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    # (an evidence-free line ending in ":" stays, as before these rules: it reads as the writer's)
    assert [line for line in kept if line in chrome_lines and not line.endswith(":")] == []


EVENT_BOX = ["المكان: قاعة المؤتمرات الكبرى بالرياض", "الموعد: من 9 إلى 13 أكتوبر", "الدخول: مجاني"]


@pytest.mark.parametrize(
    "page",
    [
        [TITLE, P1, *EVENT_BOX, P2, P3],  # between paragraphs
        [TITLE, P1, P2, P3, "مدة التحضير: 20 دقيقة", "• عدد الحصص: 4 أشخاص"],  # after the article, bulleted
        [TITLE, P1, P2, P3, "السعر: يبدأ من 1,699 ريالا"],  # one field, right after the last paragraph
        [TITLE, P1, P2, "إخراج: محمد خان", "بطولة: أحمد زكي وميرفت أمين", P3],
        # fields the list lacks join a box that holds a known one, and a date inside the box is a field
        [TITLE, P1, "الموقع: قرب المطار", "السعر: 140 دولارا لليلة مع الإفطار للشخصين", "الغرفة: عائلية", P2, P3],
        [TITLE, P1, "المكان: دار الأوبرا", "التاريخ: الجمعة 7 مارس 2025", "الوقت: 8:30 مساء", P2, P3],
        [TITLE, P1, "تأليف: إياد صالح", "إخراج: رؤوف السيد", P2, P3],  # a byline's field in a film's box
    ],
    ids=["event", "recipe", "one-field", "film", "unlisted-fields", "date-inside", "byline-field"],
)
def test_the_fields_of_a_fact_box_stay(page: list[str]) -> None:
    assert arclean.PASSES["chrome"]()("\n".join([*page, *SHARE, COPYRIGHT])) == "\n".join(page)


@pytest.mark.parametrize(
    "chrome_lines",
    [
        ["قد يهمك أيضا", "السعر: 99 ريالا", "التقييم: 4.5 من 5"],  # a shop widget's box under its heading
        ["اتصل بنا", "الهاتف: 0123456", "البريد الإلكتروني: info@site.com"],  # a site's contact box
        ["أخبار ذات صلة", "الصحة: تسجيل 50 إصابة جديدة بكورونا", "الأرصاد: أمطار غزيرة على المرتفعات"],
        ["التاريخ: 12/03/2024", "المصدر: وكالات"],  # a site's own fields
        ["الصحة: تسجيل 50 إصابة جديدة", "الأرصاد: أمطار غزيرة على المرتفعات"],  # no known field: teasers
    ],
    ids=["shop-widget", "contact", "source-teasers", "site-fields", "unheaded-teasers"],
)
def test_label_and_value_lines_of_the_page_furniture_go(chrome_lines: list[str]) -> None:
    page = [TITLE, P1, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join([*page, *chrome_lines, *SHARE, COPYRIGHT])) == "\n".join(page)


GUIDANCE = ["وتضمنت الإرشادات:", "- شرب الماء بكميات كافية", "- يرجى الالتزام بمواعيد التفويج المحددة"]


def test_a_bulleted_item_holding_a_policy_phrase_stays_in_the_writers_list() -> None:
    # a two-word colon line opening with "و" announces a list too; its bulleted items may open with
    # a phrase ("يرجى الالتزام"), but a bulleted share button after them ends the list
    chrome = arclean.PASSES["chrome"]()
    page = [TITLE, P1, P2, P3, *GUIDANCE]
    assert chrome("\n".join([*page, "- شارك", "- فيسبوك", COPYRIGHT])) == "\n".join(page)
    inside = [TITLE, P1, P2, *GUIDANCE, P3]
    assert chrome("\n".join([*inside, *SHARE])) == "\n".join(inside)


def test_a_title_named_in_a_comments_header_is_no_repeated_teaser() -> None:
    # WordPress prints "N thoughts on "<title>"" above the comments: the title stays the title
    header = ["مدونة رحالة", "الرئيسية", "عن المدونة", "وجهات", "نصائح سفر"]
    byline = ["نشرت بواسطة سارة المنصوري في 14 سبتمبر 2024", "6 تعليقات"]
    comments = [f'6 آراء حول "{TITLE}"', "هند قال:", "15 سبتمبر 2024 في 10:22 ص", "رد"]
    page = [*header, TITLE, *byline, P1, P2, P3, *SHARE, *comments]
    assert arclean.PASSES["chrome"]()("\n".join(page)).split("\n")[:4] == [TITLE, P1, P2, P3]
    # the same headline repeated unquoted, as a teaser, is still one
    teaser = "الذهب يتراجع 2% مع صعود الدولار الأمريكي"
    page = [TITLE, P1, teaser, P2, P3, "أخبار ذات صلة", f"عاجل.. {teaser}", *SHARE]
    assert teaser not in arclean.PASSES["chrome"]()("\n".join(page)).split("\n")


@pytest.mark.parametrize(
    "byline", ["محمد سيد", "ليلى الأحمد", "فريق التحرير", "كتبه: يوسف الحربي", "مراجعة: منى العمري"]
)
def test_a_bare_or_unusual_byline_under_the_title_does_not_take_its_place(byline: str) -> None:
    # between the title and the date, a writer's bare name or a byline field used to win the title
    # (it sits right above the date), and the real title went as a teaser above it
    menu = ["الرئيسية", "اقتصاد", "مراجعات الأفلام"]
    page = [*menu, TITLE, byline, "الخميس، 2 يناير 2025 - 04:15 م", *SHARE, P1, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)).split("\n")[:4] == [TITLE, P1, P2, P3]


@pytest.mark.parametrize("title", ["عمر الشريف.. نهاية مأساوية", "عمر الشريف نهاية مأساوية"])
def test_a_short_title_opening_with_a_name_is_no_bare_byline(title: str) -> None:
    # no longer line without evidence stands above it: it is the title
    for above in ([], ["الرئيسية", "فن"]):
        page = [*above, title, "٢٦ يوليو ٢٠٢١", P1, P2, P3]
        assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([title, P1, P2, P3])


def test_a_date_stamp_above_a_fact_box_is_no_field_of_it() -> None:
    # the stamp stands at the box's edge, under the title: it goes, the box stays
    box = ["المساحة: 240 م²", "عدد الحمامات: 3", "الطابق: الثاني"]
    page = ["الرئيسية", "عقارات", TITLE, "تاريخ النشر: 20/11/2024", *box, P1, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join([*page, *SHARE])) == "\n".join([TITLE, *box, P1, P2, P3])


def test_a_timelines_dates_head_its_short_entries_and_a_stamp_still_goes() -> None:
    chrome = arclean.PASSES["chrome"]()
    timeline = [
        "17 أغسطس 2019",
        "توقيع الوثيقة الدستورية وتشكيل مجلس السيادة.",
        "25 أكتوبر 2021",
        "قائد الجيش يحل الحكومة المدنية.",
        "مايو 2023",
        "انطلاق محادثات جدة برعاية دولية.",
    ]
    page = [TITLE, P1, *timeline, P2, P3]
    assert chrome("\n".join([*page, *SHARE])) == "\n".join(page)
    # a stamp under the title is no entry's heading, and one date between paragraphs is a stamp
    stamped = [TITLE, "15 أبريل 2024", P1, P2, "12 مارس 2024", P3]
    assert chrome("\n".join(stamped)) == "\n".join([TITLE, P1, P2, P3])


PROGRAMME = [
    "اليوم الأول - الأحد 20 أكتوبر",
    "09:30 - 10:15 الجلسة الافتتاحية",
    "10:30 - 12:00 جلسة: الذكاء الاصطناعي في غرف الأخبار",
    "اليوم الثاني - الاثنين 21 أكتوبر",
    "09:30 - 11:00 جلسة: نماذج الاشتراكات والتمويل",
    "13:00 - 14:00 الختام وتوزيع الجوائز",
]


def test_a_programme_between_two_paragraphs_stays_but_one_after_the_article_goes() -> None:
    # enclosed by the writer's paragraphs, days over their sessions are the article's, announced
    # or not; the same block past the article's end is a widget (a channel's listings)
    chrome = arclean.PASSES["chrome"]()
    page = [TITLE, P1, P2, *PROGRAMME, P3]
    assert chrome("\n".join([*page, *SHARE])) == "\n".join(page)
    after = [TITLE, P1, P2, P3, *SHARE, *PROGRAMME, COPYRIGHT]
    kept = chrome("\n".join(after)).split("\n")
    assert [line for line in kept if line in PROGRAMME] == []


@pytest.mark.parametrize(
    "items",
    [
        ["المغرب", "تونس", "الأردن", "مصر"],  # a country's name is also a menu's section
        ["صورة شخصية حديثة بخلفية بيضاء", "جواز سفر ساري المفعول لمدة 6 أشهر على الأقل", "شهادة اللياقة الطبية"],
    ],
    ids=["menu-words", "first-item-with-a-phrase"],
)
def test_a_two_word_heading_with_a_colon_announces_the_writers_list(items: list[str]) -> None:
    # ("المنتخبات المتأهلة:", "المستندات المطلوبة:"); a list's first item holding a phrase ("صورة ...")
    # does not end it at the next, evidence-free item
    chrome = arclean.PASSES["chrome"]()
    for heading in ("المنتخبات المتأهلة:", "المستندات المطلوبة:"):
        page = [TITLE, P1, P2, heading, *items, P3]
        assert chrome("\n".join([*page, *SHARE])) == "\n".join(page)


SALAH = "محمد صلاح يكتب التاريخ"
STORY = "قصة: كيف تحولت ورشة صغيرة في حلب إلى علامة تجارية عالمية"
GAME = [
    "سجل محمد صلاح ثلاثة أهداف في مرمى مانشستر سيتي، ليقود ليفربول إلى فوز كبير على ملعب أنفيلد أمس.",
    "وبهذه الثلاثية رفع صلاح رصيده إلى 25 هدفا في الدوري هذا الموسم، متصدرا قائمة الهدافين بفارق مريح.",
]


@pytest.mark.parametrize(
    "page, body",
    [
        pytest.param(  # a kicker above a short title that opens with the subject's name
            ["الرئيسية", "رياضة", "بعد ثلاثية في مرمى مانشستر سيتي على ملعب أنفيلد", SALAH, "3 مارس 2025", *GAME],
            [SALAH, *GAME],
            id="name-title-under-a-kicker",
        ),
        pytest.param(  # a title opening with a field's name, too long for a byline
            ["الرئيسية", "منوعات", "قصص ملهمة", STORY, "2 فبراير 2025", P1, P2],
            [STORY, P1, P2],
            id="field-opening-a-title",
        ),
        pytest.param(  # a ranking and a poll's results: counts before words that are no comments
            [TITLE, P1, P2, "وجاء الترتيب على النحو التالي:", "1 المغرب", "2 مصر", "3 الجزائر", P3],
            [TITLE, P1, P2, "وجاء الترتيب على النحو التالي:", "1 المغرب", "2 مصر", "3 الجزائر", P3],
            id="counts-of-other-things",
        ),
    ],
)
def test_a_review_of_the_seventh_sessions_rules_loses_no_body_line(page: list[str], body: list[str]) -> None:
    out = arclean.PASSES["chrome"]()("\n".join([*page, *SHARE])).split("\n")
    assert [line for line in body if line not in out] == []


@pytest.mark.parametrize(
    "chrome_lines",
    [
        ["- اقرأ أيضا: كيف تستعيد حساب إنستغرام المسروق", "- اشترك في نشرتنا البريدية ليصلك كل جديد"],
        ["قد يعجبك أيضا", "سماعة جالكسي بودز 3 برو", "السعر: 799 ريال", "التقييم: 4.5 من 5"],
        ["شارك المقال", "قراءات مقترحة:", "أطعمة ترفع الكوليسترول الجيد", "فوائد المشي اليومي للقلب"],
    ],
    ids=["bulleted-prompts-after-a-list", "shop-card-under-a-heading", "two-word-heading-after-the-share-bar"],
)
def test_a_review_of_the_seventh_sessions_rules_keeps_no_chrome_they_resemble(chrome_lines: list[str]) -> None:
    page = [TITLE, P1, P2, P3, *GUIDANCE]
    kept = arclean.PASSES["chrome"]()("\n".join([*page, *chrome_lines, COPYRIGHT])).split("\n")
    assert [line for line in kept if line in chrome_lines and not line.endswith(":")] == []


# ---------------------------------------------------------------- eighth session: kinds of chrome kept
# The third review kept 146 chrome lines; most were widgets no phrase list named as such: a trail of
# sections, buttons (also addressing a woman), list headings named by their ending, counts after their
# word, hashtags.  Each goes now, and the body lines of the same shapes stay.
JOB_TRAILER = [
    "قدّم الآن",
    "احفظ الوظيفة",
    "أبلغ عن الإعلان",
    "وظائف مشابهة",
    "محاسب - جدة",
    "مدير مالي - الدمام",
]
RECIPE_TRAILER = [
    "شاركي الوصفة",
    "اطبعي الوصفة",
    "احفظي في المفضلة",
    "وصفات أخرى قد تعجبك",
    "طريقة عمل الدقة الإسكندراني",
    "صلصة الكشري الحارة",
    "التعليقات (24)",
    "أضيفي تعليقك",
]


@pytest.mark.parametrize("trailer", [JOB_TRAILER, RECIPE_TRAILER], ids=["job-ad", "recipe"])
def test_buttons_and_list_headings_after_the_article_go(trailer: list[str]) -> None:
    page = [TITLE, P1, P2, P3]
    out = arclean.PASSES["chrome"]()("\n".join([*page, *trailer, COPYRIGHT]))
    assert out == "\n".join(page)


@pytest.mark.parametrize(
    "crumb",
    ["الرئيسية / اقتصاد / أسواق", "الرئيسية › اقتصاد › ارتفاع أسعار النفط مع تراجع المخزونات", "#النفط #أوبك"],
)
def test_a_trail_of_sections_or_hashtags_above_the_title_goes(crumb: str) -> None:
    page = [TITLE, "12 مارس 2024", P1, P2, P3]
    out = arclean.PASSES["chrome"]()("\n".join(["الرئيسية", "اقتصاد", crumb, *page]))
    assert out == "\n".join([TITLE, P1, P2, P3])


def test_a_writers_subhead_ending_like_a_list_heading_stays() -> None:
    # "حالات مشابهة" between two paragraphs heads a section; the same words over teasers head a list
    page = [TITLE, P1, "حالات مشابهة", P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join([*page, *SHARE])) == "\n".join(page)


# Tags without their heading: the article's subjects, a word or two each, between its last paragraph
# and the page's furniture (a blind review's news pages kept them on 14 of 15 pages).
KEYWORDS = ["النفط", "أسعار النفط", "المخزونات الأمريكية", "أوبك"]


def test_a_run_of_the_articles_keywords_before_the_furniture_goes() -> None:
    page = [TITLE, P1, P2, P3]
    out = arclean.PASSES["chrome"]()("\n".join([*page, *KEYWORDS, "أخبار ذات صلة", "الذهب يتراجع", COPYRIGHT]))
    assert out == "\n".join(page)


@pytest.mark.parametrize(
    "ending",
    [
        ["وشملت الدول المنتجة:", "السعودية", "روسيا", "العراق"],  # announced: the writer's list
        ["- النفط", "- أسعار النفط", "- المخزونات الأمريكية"],  # bulleted
        ["النفط", "أسعار النفط"],  # two lines only
        ["تراجع المخزونات يرفع الأسعار", "والأسواق تترقب قرار أوبك", "والنفط يعود إلى الصعود"],  # long lines
    ],
    ids=["announced", "bulleted", "two-lines", "long-lines"],
)
def test_a_writers_short_lines_before_the_furniture_stay(ending: list[str]) -> None:
    page = [TITLE, P1, P2, P3, *ending]
    out = arclean.PASSES["chrome"]()("\n".join([*page, *SHARE]))
    assert out == "\n".join(page)


# A headline right under a bare "read also" heading between two paragraphs links to another story,
# even one on the article's topic.
def test_the_headline_under_a_read_also_heading_goes_whatever_its_topic() -> None:
    teaser = "أوبك: 2 مليون برميل خفض الإنتاج المتوقع في الربع المقبل"
    out = arclean.PASSES["chrome"]()("\n".join([TITLE, P1, "اقرأ أيضاً", teaser, P2, P3]))
    assert out == "\n".join([TITLE, P1, P2, P3])


@pytest.mark.parametrize(
    "under",
    [
        ["اقرأ المزيد", "خطة تطوير"],  # a short subhead after a "read more" link (chrome-dev)
        ["اقرأ أيضاً", "لماذا ترتفع أسعار النفط مع تراجع المخزونات؟"],  # a question: maybe the writer's subhead
        ["اقرأ أيضاً", "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية"],  # all the article's, no news marks
    ],
    ids=["short-after-read-more", "question", "subhead-on-topic"],
)
def test_a_subhead_under_a_read_also_heading_stays(under: list[str]) -> None:
    out = arclean.PASSES["chrome"]()("\n".join([TITLE, P1, *under, P2, P3])).split("\n")
    assert under[1] in out


def test_a_subhead_whose_figures_the_next_paragraph_gives_stays_under_a_read_also_heading() -> None:
    # the heading is a stray link's; the line under it announces the paragraph that follows
    subhead = "أوبك: 1.5 مليون برميل خفض الإنتاج المتوقع في الربع المقبل"
    following = "وتتوقع المنظمة خفضا قدره 1.5 مليون برميل يوميا، وفق مصادر في الاجتماع المقبل للمنظمة."
    out = arclean.PASSES["chrome"]()("\n".join([TITLE, P1, "اقرأ أيضاً", subhead, following, P3]))
    assert out == "\n".join([TITLE, P1, subhead, following, P3])


@pytest.mark.parametrize("byline", ["د. محمد الهاشمي", "المحامي فيصل الدوسري"])
def test_a_titled_writers_bare_name_under_the_title_goes(byline: str) -> None:
    page = ["الرئيسية", "اقتصاد", TITLE, byline, "12 مارس 2024", P1, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A byline the title scoring took for the title, dropping the real one above it (a reviewer's
# pages lost titles so): a name after a byline's label ("إعداد:", "بقلم" without its colon), a given
# name written in two words ("عبد الله"), or a titled name as long as a short headline.
SHORT_TITLE = "النفط يرتفع"
SIGNED = [
    (TITLE, "بقلم عمر فاروق"),
    (TITLE, "إعداد: عبد الرحيم محمود"),
    (TITLE, "عبد الله المعمري"),
    ("أسعار النفط ترتفع", "د. خالد الوزني"),
    (SHORT_TITLE, "إعداد: عبد الرحيم محمود"),
]


@pytest.mark.parametrize(("title", "byline"), SIGNED, ids=["by", "label", "compound", "titled", "short-title"])
def test_the_title_above_a_signed_or_titled_byline_stays(title: str, byline: str) -> None:
    page = ["الرئيسية", "اقتصاد", "رياضة", title, byline, "12 مارس 2024", P1, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([title, P1, P2, P3])


# A one-word column title above a titled writer's name longer than it (the ninth session's review
# lost two so): a name the article never repeats signs the column, it is no title.  The other side:
# a titled name the article repeats is the title of a profile.
HOPE = [
    "الأمل ليس انتظارا سلبيا لما قد يأتي، بل هو عمل دؤوب يقوم على الثقة بأن الغد يمكن أن يكون أفضل.",
    "ومن فقد الأمل فقد دافعه إلى العمل، أما من تمسك بالأمل فإنه يجد في كل عثرة درسا وفي كل صعوبة فرصة.",
]


@pytest.mark.parametrize("byline", ["د. عبد الله المعمري", "م. خالد العتيبي"])
def test_a_one_word_title_above_a_longer_titled_byline_stays(byline: str) -> None:
    page = ["الرئيسية", "مقالات", "رأي", "الأمل", byline, "5 مايو 2025", *HOPE, "شارك"]
    out = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    assert out[0] == "الأمل" and out[-2:] == HOPE


def test_a_titled_name_the_article_repeats_is_the_title() -> None:
    article = [
        "ولد العالم أحمد زويل في مدينة دمنهور عام 1946، ودرس الكيمياء في جامعة الإسكندرية قبل أن يسافر إلى أمريكا.",
        "وحصل زويل على جائزة نوبل في الكيمياء عام 1999 عن أبحاثه في كيمياء الفيمتو ثانية.",
    ]
    page = ["الرئيسية", "شخصيات", "علماء", "د. أحمد زويل", "16 نوفمبر 2024", *article, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(["د. أحمد زويل", *article])


# The other side (the ninth session's review): a title shaped like a labelled name stays when the
# label is no byline's ("أعلام:", "غناء:") or the label opens titles without a colon ("قصة ...");
# a title naming the article's subject stays whatever its label.
@pytest.mark.parametrize("title", ["قصة موسى والخضر", "قصة يوسف وإخوته", "أعلام: عبد الرحمن الداخل", "غناء: محمد عبده"])
def test_a_title_shaped_like_a_labelled_name_stays(title: str) -> None:
    article = [
        "يحكي هذا النص لقراء الموقع واحدة من أشهر الحكايات التي تناقلتها الأجيال، مع شرح لمعانيها ودروسها.",
        "ويعرض الكاتب أحداثها بالترتيب، ثم يختم بما يستفيده القارئ منها في حياته اليومية.",
        P3,
    ]
    page = ["الرئيسية", "قصص", "تراث", title, "12 مارس 2024", *article, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([title, *article])


@pytest.mark.parametrize(
    ("title", "subject"), [("فيديو: محمد صلاح يقود ليفربول", "محمد صلاح"), ("حوار: أحمد زويل", "أحمد زويل")]
)
def test_a_labelled_title_naming_the_articles_subject_is_no_byline(title: str, subject: str) -> None:
    # the label opens the title; its name is the article's subject, named again below
    surname = subject.split()[1]
    article = [
        f"تحدث {subject} عن مسيرته الطويلة في حفل أقيم مساء أمس بحضور عدد كبير من المسؤولين والجمهور.",
        f"وقال {surname} إن الجائزة تتويج لسنوات من العمل الدؤوب، وإنه يهديها لعائلته وجمهوره.",
        P3,
    ]
    page = ["الرئيسية", "اقتصاد", "رياضة", title, "12 مارس 2024", *article]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([title, *article])


# Titles printed below the date (the fourth review's pages lost three): the title wins over an
# outlet's or a section's name above the byline, a bare picture credit under it counts as what sites
# print beside a title, and a caption repeating it does not make it a teaser listed twice.
LOOSE_TITLE = "قراءة في أسباب صعود النفط هذا الأسبوع"  # shares only part of its words with the article
TITLE_BELOW_DATE = [
    ["الرئيسية", "اقتصاد", "الميادين نت", "29 آذار 15:40", LOOSE_TITLE, "صورة أرشيفية", P1, P2, P3],
    ["الرئيسية", "اقتصاد", "أخبار المملكة", "فريق التحرير", "30 مارس 2025", TITLE, TITLE + " الأمريكية", P1, P2],
    ["الرئيسية", "اقتصاد", "نشرت في: 21/03/2025", "تعديل في: 21/03/2025 - 18:22", "3 دقائق", LOOSE_TITLE, P1, P2],
]


@pytest.mark.parametrize("page", TITLE_BELOW_DATE, ids=["bare-credit-under", "caption-copy-under", "edited-stamp"])
def test_a_title_below_the_date_stays(page: list[str]) -> None:
    title = next(line for line in page if line in (TITLE, LOOSE_TITLE))
    out = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    assert out[0] == title and P1 in out


# A read-only review of the eighth session's rules found these.  Buttons count only with a page's
# object (data/button_objects.txt), so a recipe's steps and a how-to's subheads stay; the strong
# menu phrase opening a trail, the typographic marks of a trail without a home link, two hashtags
# at least, and the endings no writer uses are in the evidence table above.
@pytest.mark.parametrize("imperative", ["أضف الفانيليا", "جرب بنفسك", "تبرع بالدم", "اكتب كل يوم"])
def test_the_writers_imperatives_stay(imperative: str) -> None:
    # between two paragraphs (a step, a subhead), and as the article's last line
    for page in ([TITLE, P1, imperative, P2, P3], [TITLE, P1, P2, P3, imperative]):
        out = arclean.PASSES["chrome"]()("\n".join([*page, "شارك", COPYRIGHT]))
        assert out == "\n".join(page)


WRITERS_SHORT_ENDINGS = {
    "indefinite-items": ["نصائح أخرى", "حمام دافئ", "غرفة مظلمة", "عشاء خفيف"],
    "steps": ["علقي الصورة", "جربي التنسيق", "أضيفي الإضاءة"],
    "sources": ["المراجع", "الفهرست لابن النديم", "تاريخ بغداد", "الكامل في التاريخ"],
    "slogans-after-a-lead-in": ["واختتم كلمته بالقول", "المجد للشهداء", "الحرية للأسرى"],
}


@pytest.mark.parametrize("ending", WRITERS_SHORT_ENDINGS.values(), ids=WRITERS_SHORT_ENDINGS.keys())
def test_a_writers_unannounced_short_list_before_the_share_bar_stays(ending: list[str]) -> None:
    # Short lines on other words than the article's, right before the share bar, were read as tags
    # (the tail's "trailer-tags" rule).  Tags name things: a definite noun phrase or one word, no
    # particle, no verb first; these are a writer's items, steps, titles and quoted slogans.
    page = [TITLE, P1, P2, P3, *ending]
    for share_bar in (["شارك"], ["شاركي المقال", "احفظي"]):
        assert arclean.PASSES["chrome"]()("\n".join([*page, *share_bar, COPYRIGHT])) == "\n".join(page)


@pytest.mark.parametrize(
    "tags",
    [
        ["الأمن المستدام", "الخزانات الجوفية", "جامعة القاهرة"],
        ["وزير الري", "الأمن المستدام"],
        ["الدوري", "كرة اليد"],
        ["كريستيانو رونالدو", "جورجينا رودريغيز", "النصر"],  # names: one definite tag is enough
        ["دوري روشن", "الهلال", "جورجي جيسوس"],
        ["العدوان على غزة", "الضفة الغربية", "الاحتلال"],  # one tag with a particle
    ],
)
def test_tags_on_another_topic_before_the_share_bar_still_go(tags: list[str]) -> None:
    page = [TITLE, P1, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join([*page, *tags, "شارك", COPYRIGHT])) == "\n".join(page)


# Sections of an article headed by names or places the text does not repeat word for word (a
# reviewer's page lost three of four: each looked like an inserted teaser on another topic).
SECTIONS = [
    ("الخليفة أبو بكر الصديق", "تولى الحكم بعد وفاة النبي، وقاد حروب الردة، وأمر بجمع القرآن في مصحف واحد."),
    ("الخليفة عمر بن الخطاب", "في عهده فتحت الشام والعراق ومصر، وأنشأ الدواوين وبدأ العمل بالتقويم الهجري."),
    ("عثمان بن عفان", "جمع المسلمين على مصحف واحد، وتوسعت الفتوحات في عهده إلى شمال أفريقيا وخراسان."),
]
SECTIONS_INTRO = "الخلفاء الراشدون هم الأربعة الذين تولوا حكم الدولة الإسلامية بعد وفاة النبي، وهذه سيرتهم باختصار."


def test_a_series_of_subheads_between_paragraphs_stays_however_little_they_share() -> None:
    page = ["الخلفاء الراشدون", SECTIONS_INTRO, *(line for section in SECTIONS for line in section)]
    chrome = arclean.PASSES["chrome"]()
    assert chrome("\n".join(["الرئيسية", "أعلام", *page, "شارك", COPYRIGHT])) == "\n".join(page)


def test_one_headline_on_another_topic_between_paragraphs_still_goes() -> None:
    teaser = "الأهلي يفوز على الزمالك في قمة الدوري"
    page = ["الرئيسية", "اقتصاد", TITLE, "12 مارس 2024", P1, teaser, P2, P3, "شارك", COPYRIGHT]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A short title (a name, a place) under a longer line of its own: the title's first line, or a
# series' name above a column's title.  A teaser above the title has a headline's marks and goes.
KICKERS = [
    ("من دفتر ذكريات صحفي عاش نصف قرن في الخليج", "النفط في ذاكرة الخليج"),
    ("رحلة طويلة من الآبار إلى الأسواق العالمية", "أسعار النفط ترتفع"),
]


@pytest.mark.parametrize(("kicker", "title"), KICKERS)
def test_the_line_above_a_short_title_stays(kicker: str, title: str) -> None:
    page = [kicker, title, "بقلم: سمير عطا الله", "6 يونيو 2025", P1, P2, P3]
    out = arclean.PASSES["chrome"]()("\n".join(["الرئيسية", "مقالات الرأي", "أعمدة", *page, "شارك"]))
    assert out == "\n".join([kicker, title, P1, P2, P3])


@pytest.mark.parametrize(
    "teaser", ["وزير الطاقة: 6 مصاف جديدة.. والإنتاج يرتفع", "الأهلي يفوز على الزمالك 2-1 في قمة الدوري"]
)
def test_a_teaser_above_a_short_title_still_goes(teaser: str) -> None:
    page = ["الرئيسية", "اقتصاد", teaser, "أسعار النفط ترتفع", "12 مارس 2024", P1, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(["أسعار النفط ترتفع", P1, P2, P3])


@pytest.mark.parametrize("outlet", ["إرم نيوز", "الجزيرة نت", "سكاي نيوز عربية"])
def test_the_title_above_the_sites_name_as_its_byline_stays(outlet: str) -> None:
    # the page's logo line, then the title signed by the outlet, then the date
    page = [outlet, "الرئيسية", "اقتصاد", TITLE, outlet, "12 مارس 2024", P1, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


def test_a_teaser_under_read_also_whose_year_the_next_paragraph_gives_still_goes() -> None:
    # a year or a small count is in the next paragraph of many a teaser: no figure of it is specific
    teaser = "موعد صرف مرتبات شهر يوليو 2025 للعاملين بالدولة"
    following = "وتوقع محللون أن تستمر الأسعار في الارتفاع خلال عام 2025 مع تراجع المخزونات الأمريكية."
    out = arclean.PASSES["chrome"]()("\n".join([TITLE, P1, "اقرأ أيضاً", teaser, following, P3]))
    assert out == "\n".join([TITLE, P1, following, P3])


def test_teasers_a_site_inserts_between_paragraphs_are_no_series_of_subheads() -> None:
    teasers = [
        "ريال مدريد يحسم صفقة المدافع الفرنسي",
        "مهرجان كان السينمائي يكرم مخرجة شابة",
        "برشلونة يتحرك لضم جناح ليفربول",
    ]
    inserted = [TITLE, "12 مارس 2024", P1, teasers[0], P2, teasers[1], P3, teasers[2], P1]
    out = arclean.PASSES["chrome"]()("\n".join(["الرئيسية", "اقتصاد", *inserted, "شارك"]))
    assert out == "\n".join([TITLE, P1, P2, P3, P1])


# A blind review of the ninth session's rules (tenth session) lost titles to bylines the title
# scoring took for the title: a name with the writer's job after a dash, an abbreviated title
# before a given name the list does not hold ("د. هبة"), an interviewer's label with its pronoun
# ("حاورتها:"); and to a recipe's fact box ("التحضير: ...") between title and article.
TITLED_BYLINES = [
    "د. هبة يوسف - أخصائية تغذية",
    "م. نادر الحربي - خبير طاقة",
    "حاورتها: منى الأحمد",
    "د. وعد الخطيب",
]


@pytest.mark.parametrize("byline", TITLED_BYLINES)
def test_the_title_above_a_described_or_abbreviated_byline_stays(byline: str) -> None:
    page = ["الرئيسية", "اقتصاد", "رياضة", TITLE, byline, "12 مارس 2024", P1, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


@pytest.mark.parametrize(
    "line", ["الرياض - سبورت 360", "سلمى حايك - من هوليوود إلى دبي", "محمد صلاح - يقود ليفربول للفوز بلقب الدوري"]
)
def test_a_dash_before_no_job_makes_no_described_byline(line: str) -> None:
    # a figure, a particle or a headline's length after the dash: no description of a writer
    from arclean.passes.chrome.evidence import Judge
    from arclean.passes.chrome.features import shape

    assert Judge.default().described(shape(line)) is None


def test_a_recipes_fact_box_under_its_title_leaves_the_title_in_place() -> None:
    title = "أقراص التمر على طريقة الجدات"  # shares one word with the article
    box = ["التحضير: 45 دقيقة", "الطهي: 20 دقيقة", "الكمية: 30 قطعة"]
    article = [
        "لا يحلو العيد في البيوت المصرية من دون كعك العيد المحشو بالعجوة والمرشوش بالسكر الناعم.",
        "اخلطي الدقيق مع السمن جيدا، ثم أضيفي الخميرة والحليب الدافئ واعجني حتى تتماسك العجينة.",
    ]
    page = ["الرئيسية", "وصفات", "حلويات", title, *box, *article, "شارك"]
    out = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    assert out[0] == title and out[-2:] == article


def test_a_persons_name_above_the_title_stays_when_the_article_repeats_her_surname() -> None:
    article = [
        "ولدت في القاهرة عام 1925، ودرست الطب في جامعة فؤاد الأول، ثم سافرت إلى لندن لتكمل دراستها.",
        "وعادت موسى إلى مصر لتعمل في مستشفى القصر العيني، حيث أسست أول وحدة لعلاج الأورام.",
    ]
    header = ["سميرة موسى", "عالمة الذرة التي سبقت عصرها"]
    page = ["الرئيسية", "شخصيات", "علوم", *header, "كتبت: منى الحسيني", "8 مارس 2025", *article]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([*header, *article])


@pytest.mark.parametrize("writer", ["خالد المنصوري", "محمد الساعدي", "عبد الله المعمري"])
def test_a_writers_name_above_the_title_still_goes(writer: str) -> None:
    # the article names another محمد, and says "إن شاء الله": a given name or a compound's part is
    # no evidence that the name is the article's subject
    p3 = P3 + " وقال الأمير محمد بن فهد إن شاء الله تستقر الأسعار."
    page = ["الرئيسية", "مقالات", writer, TITLE, "12 مارس 2024", P1, P2, p3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, p3])


# A live blog heads each entry with its time; the blind review lost all seven.  Three or more lone
# times in order, each over an entry, are the article's, wherever they stand (an advert's label
# between two entries, the first above the first paragraph).  The other side: a video's length
# under each teaser, and times out of order, still go.
LIVE_ENTRIES = [
    "أعلنت اللجنة أن نسبة المشاركة بلغت 38 في المئة عند إغلاق مراكز الاقتراع في العاصمة والمحافظات.",
    "بدأ فرز الأصوات في المراكز الرئيسية بحضور مراقبين محليين ودوليين وممثلين عن المرشحين.",
    "قال رئيس اللجنة إنه لم تسجل أي مخالفات جسيمة قد تؤثر في سلامة العملية الانتخابية.",
    "فتحت مراكز الاقتراع أبوابها أمام الناخبين في الساعة الثامنة صباحا بتوقيت المدينة.",
]


def _live_blog(times: list[str]) -> list[str]:
    """Each time over its entry."""
    return [line for time, entry in zip(times, LIVE_ENTRIES, strict=True) for line in (time, entry)]


@pytest.mark.parametrize("times", [["22:10", "19:45", "14:30", "08:00"], ["08:00", "11:15", "16:40", "21:05"]])
def test_the_times_of_a_live_blogs_entries_stay(times: list[str]) -> None:
    body = _live_blog(times)
    page = ["الرئيسية", "تغطية مباشرة", TITLE, "آخر تحديث: 22:15", *body[:4], "إعلان", *body[4:], "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, *body])


def test_times_out_of_order_between_paragraphs_are_no_live_blog() -> None:
    # each over an entry and under one, but out of time order: stamps, not a live blog's entries
    body = [LIVE_ENTRIES[0], "19:45", LIVE_ENTRIES[1], "22:10", LIVE_ENTRIES[2], "08:00", LIVE_ENTRIES[3]]
    page = ["الرئيسية", "تغطية مباشرة", TITLE, *body, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, *LIVE_ENTRIES])


def test_a_video_lists_lengths_after_the_article_are_no_live_blog() -> None:
    # in order and each over a sentence, but in the furniture after the article
    videos = ["كيف تتابع نتائج الانتخابات؟", "ماذا قال المرشحون بعد التصويت؟", "من يفوز بالمقاعد الأكثر؟"]
    widget = [line for time, video in zip(["12:45", "08:30", "05:10"], videos, strict=True) for line in (time, video)]
    page = ["الرئيسية", "اقتصاد", TITLE, "12 مارس 2024", P1, P2, P3, "فيديوهات ذات صلة", *widget, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


def test_the_times_of_readers_comments_are_no_live_blog() -> None:
    comments = [
        *("أبو محمد", "21:30", "مقال رائع ومفيد جدا، شكرا للكاتب على هذا التحليل."),
        *("سارة", "20:10", "أتمنى أن تنخفض الأسعار قريبا لأن الوضع صعب على الجميع."),
        *("خالد", "18:05", "التحليل ينقصه الحديث عن دور أوبك في تحديد الأسعار."),
    ]
    page = ["الرئيسية", "اقتصاد", TITLE, "12 مارس 2024", P1, P2, "التعليقات (3)", *comments, "أضف تعليقك"]
    out = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    assert out[:3] == [TITLE, P1, P2] and not {"21:30", "20:10", "18:05"} & set(out)


# A writer's list holding a line that opens with a caption's label ("صورة ..."): the blind review
# lost the documents an applicant must bring.  Inside a list it is an item; between paragraphs,
# and as a one-word label ("إعلان") anywhere, it still goes.
DOCUMENTS = ["جواز سفر ساري المفعول", "صورة شخصية حديثة بخلفية بيضاء", "شهادة الخبرة", "صورة عن الهوية الشخصية"]


def test_an_item_opening_with_a_captions_label_stays_in_the_writers_list() -> None:
    page = [TITLE, "12 مارس 2024", P1, "الوثائق المطلوبة", *DOCUMENTS, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, "الوثائق المطلوبة", *DOCUMENTS, P2, P3])


def test_an_advert_label_inside_a_writers_list_still_goes() -> None:
    page = [TITLE, P1, "الوثائق المطلوبة", *DOCUMENTS[2:], "إعلان", "كشف الدرجات", "شهادة الميلاد", P2, P3]
    out = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    assert "إعلان" not in out and "صورة عن الهوية الشخصية" in out and P2 in out


def test_a_caption_between_paragraphs_still_goes() -> None:
    page = [TITLE, "12 مارس 2024", P1, "صورة وزير الطاقة خلال المؤتمر الصحفي", P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A speech's or a letter's opening formula (the basmala, "أصحاب المعالي والسعادة،") under the
# title: the blind review lost the basmala after a "watch the video" link, read as a teaser on
# another topic.  The other side: the basmala above the site's menu is its header, and a teaser
# that opens with a greeting or an address ("أيها الآباء ...") is still a teaser.
SPEECH_OPENING = ["بسم الله الرحمن الرحيم", "أصحاب المعالي والسعادة،", "السيدات والسادة،"]


@pytest.mark.parametrize("link", ["مشاهدة الفيديو", "شاهد الفيديو"])
def test_a_speechs_opening_formula_under_the_title_stays(link: str) -> None:
    page = ["الرئيسية", "الخطابات", TITLE, "12 مارس 2024", link, *SPEECH_OPENING, P1, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, *SPEECH_OPENING, P1, P2, P3])


def test_the_basmala_above_the_sites_menu_still_goes() -> None:
    page = ["بسم الله الرحمن الرحيم", "الرئيسية", "الخطابات", TITLE, "12 مارس 2024", P1, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


@pytest.mark.parametrize(
    ("heading", "teaser"),
    [
        ("اقرأ أيضا", "أيها الآباء احذروا هذه الأخطاء في تربية أبنائكم"),
        ("اقرأ أيضا", "عزيزي المواطن هذه مواعيد صرف المعاشات الجديدة"),
        ("مواضيع ذات صلة", "السلام عليكم يا رمضان في أجواء باردة"),
    ],
)
def test_a_teaser_opening_with_a_greeting_still_goes(heading: str, teaser: str) -> None:
    page = [TITLE, "12 مارس 2024", P1, heading, teaser, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A forecast heads each day's entry with the weekday alone; the blind review lost the one day the
# article's text never names ("السبت").  Two or more weekdays alone, each between entries, are the
# article's headings.  The other side: one weekday alone between paragraphs is a stray label, and a
# run of weekdays in the furniture is a day archive's menu.
FORECAST = [
    "أجواء غائمة جزئيا نهارا، وتبدأ الأمطار بالهطول مساء على شمال البلاد ووسطها.",
    "أمطار غزيرة أحيانا ترافقها عواصف رعدية، مع احتمال تشكل السيول في الأودية.",
    "انحسار تدريجي للحالة الماطرة وانخفاض ملموس على درجات الحرارة.",
]


def test_a_forecasts_weekday_headings_stay() -> None:
    body = [P1, "الخميس", FORECAST[0], "الجمعة", FORECAST[1], "السبت", FORECAST[2], P2]
    page = ["الرئيسية", "الطقس", TITLE, "12 مارس 2024", "شارك الخبر", *body, "حمّل التطبيق"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, *body])


def test_one_weekday_between_paragraphs_and_a_day_archive_still_go() -> None:
    archive = ["شارك", "السبت", "الأحد", "الاثنين", "الثلاثاء"]
    page = [TITLE, "12 مارس 2024", P1, "السبت", P2, P3, *archive]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A field whose name opens with a date's label, longer than the label alone, and whose value is a
# date ("تاريخ النشر في الجريدة الرسمية: 2025/05/20"): the blind review took it for the title and
# lost the decree's title above it.  The other side: a birth date in a profile is a fact, not a stamp.
DECREE_TITLE = "قرار وزير العمل رقم 112 لسنة 2025 بشأن تنظيم العمل في فترة الظهيرة"


@pytest.mark.parametrize(
    "stamp", ["تاريخ النشر في الجريدة الرسمية: 2025/05/20", "آخر تحديث للصفحة: 3 مارس 2025 - 10:45"]
)
def test_the_title_above_a_long_dated_field_stays_and_the_field_goes(stamp: str) -> None:
    page = ["الرئيسية » القرارات الوزارية » 2025", DECREE_TITLE, stamp, P1, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([DECREE_TITLE, P1, P2, P3])


@pytest.mark.parametrize("field", ["تاريخ الميلاد في السجل المدني: 1970/05/12", "موعد التسليم: 12 مارس"])
def test_a_dated_field_without_a_publishing_label_is_no_stamp(field: str) -> None:
    assert Judge.default().evidence(shape(field)) is None


# An encyclopedia heads a section "التاريخ" (history): a date's label alone, which the blind review
# lost.  Inside the article, with a paragraph right below it, it heads that paragraph.  The other
# side: the label above a date, and the label alone above the first paragraph, still go.
HISTORY = (
    "أسسها الأمير علي بن راشد سنة 1471 لتكون قاعدة لمواجهة الغارات على شمال البلاد، واستقبلت لاحقا الكثير من الأسر."
)


def test_a_one_word_date_label_heading_a_section_stays() -> None:
    page = ["الرئيسية / مدن", TITLE, P1, "التاريخ", HISTORY, P2, "تصنيفات: مدن | سياحة"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, "التاريخ", HISTORY, P2])


@pytest.mark.parametrize(
    "page",
    [
        [TITLE, P1, "التاريخ", "12/03/2024", P2, P3],  # a label over its value
        [TITLE, "التاريخ", P1, P2, P3],  # the label above the article
    ],
)
def test_a_date_label_over_its_value_or_above_the_article_still_goes(page: list[str]) -> None:
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A car review's specification table: fields no list knows, under the writer's heading.  The blind
# review lost two rows, read as teasers ("التسارع 0-100 كم/س: 6.9 ثانية": a number in the field's
# name).  The other side: the page's own fields after the last paragraph still go, and a clock's
# colon makes no field.
SPECS = [
    "المحرك: V6 سعة 3.5 لتر توربو مزدوج",
    "القوة: 409 أحصنة",
    "العزم: 650 نيوتن متر",
    "ناقل الحركة: أوتوماتيكي 10 سرعات",
    "التسارع 0-100 كم/س: 6.9 ثانية",
]


def test_a_specification_table_under_the_writers_heading_stays() -> None:
    body = [P1, "المواصفات الفنية", *SPECS, "في المدينة", P2, P3]
    page = ["الرئيسية › تجارب قيادة", TITLE, "02 مارس 2025", *body, "جميع الحقوق محفوظة © 2025"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, *body])


def test_the_pages_own_fields_after_the_last_paragraph_still_go() -> None:
    fields = ["القسم: اقتصاد", "الزيارات: 1200", "نوع المحتوى: تقرير", "اللغة: العربية"]
    page = [TITLE, "12 مارس 2024", P1, P2, P3, *fields, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


@pytest.mark.parametrize(
    ("line", "field"),
    [("التسارع 0-100 كم/س: 6.9 ثانية", "other"), ("الساعة 12:30 مساء", None), ("2024: عام التحول", None)],
)
def test_a_number_may_qualify_a_fields_name_but_a_clock_makes_no_field(line: str, field: str | None) -> None:
    assert Judge.default().field(shape(line)) == field


# A page whose body opens with a list before any paragraph (an obituary's formulas and verse, a TV
# guide, prayer times): the blind review lost up to seventeen lines above a "title" picked deep in
# the list.  Six or more lines without evidence right above the first paragraph are no header: the
# title is the first of them (or above them), unless a later one is a headline on the article's
# topic.  The other side: a list of teasers above an on-topic title still goes.
OBITUARY = [
    "بسم الله الرحمن الرحيم",
    "«يا أيتها النفس المطمئنة ارجعي إلى ربك راضية مرضية»",
    "صدق الله العظيم",
    "بمزيد من الحزن والأسى وبقلوب مؤمنة بقضاء الله وقدره",
    "ينعى آل الخطيب في الأردن والمهجر",
    "الحاج محمود عبد الرحيم الخطيب «أبو خالد»",
    "الذي انتقل إلى رحمة الله تعالى يوم السبت عن عمر ناهز الثمانين عاما، وسيشيع جثمانه بعد صلاة الظهر.",
    "تقبل التعازي في منزل الفقيد في ضاحية الرشيد يومي الأحد والإثنين من الساعة الرابعة عصرا.",
]


def test_a_list_opening_the_body_before_any_paragraph_stays() -> None:
    page = [
        "وفيات الأردن اليوم",
        "الرئيسية | وفيات اليوم | بيوت العزاء",
        "نُشر بتاريخ: 2024-02-11",
        *OBITUARY,
        "شارك",
    ]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(OBITUARY)


def test_teasers_above_an_on_topic_title_still_go() -> None:
    teasers = [
        "الزمالك يرفض اعتذار اللاعب ويقرر تقديم شكوى رسمية إلى اتحاد الكرة",
        "70% من القراء يتوقعون انتعاش السياحة بعد افتتاح المتحف الكبير",
        "الاحتفالات تكتسي شوارع ميونخ بعد تتويج البايرن بلقب دوري الأبطال",
        "وزير التعليم العالي يوضح شروط الحصول على منحة دراسية في الخارج",
        "بايرن ميونخ يرفع كأس دوري أبطال أوروبا للمرة السادسة في تاريخه",
        "هيئة الأرصاد تحذر من موجة حارة تضرب البلاد خلال الأيام المقبلة",
    ]
    page = ["الرئيسية", "أخبار عاجلة", *teasers, TITLE, P1, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A TV guide's schedule: lines opening with a clock time, in time order, past midnight once.  The
# blind review lost eight of its programmes, read as teasers on another topic.  The other side:
# a ticker of the latest news over the title lists its times newest first, and still goes.
SCHEDULE = [
    "الفترة الصباحية",
    "06:00 القرآن الكريم",
    "07:00 صباح الخير يا عرب",
    "09:30 مسلسل «بيت العيلة» - الحلقة 12",
    "12:15 فيلم «الرصاصة لا تزال في جيبي»",
    "الفترة المسائية",
    "17:30 كرتون «عدنان ولينا»",
    "22:30 فيلم السهرة «الكيت كات»",
    "00:30 موسيقى وأغان من الزمن الجميل",
]


def test_a_tv_guides_schedule_stays() -> None:
    body = ["دليل البرامج ليوم السبت", *SCHEDULE, P1]
    page = ["قناة الشرق", "البث المباشر | البرامج | المسلسلات | دليل البرامج", *body, "تابعونا"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(body)


def test_a_ticker_of_the_latest_news_newest_first_still_goes() -> None:
    ticker = [
        "14:20 وزير الخارجية يصل إلى الرياض في زيارة رسمية تستغرق يومين",
        "13:55 الأمن يضبط شبكة لتهريب المخدرات على الحدود الشمالية",
        "12:30 منتخب الشباب يتأهل إلى نهائي البطولة العربية",
        "11:05 الأرصاد تتوقع أمطارا رعدية على المرتفعات الجنوبية",
    ]
    page = ["الرئيسية", "آخر الأخبار", *ticker, TITLE, "12 مارس 2024", P1, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A prices table inside the article, cells between "|" with figures: the blind review lost rows
# read as teasers, and the menu word naming the table ("أسعار العملات").  The other side: a
# price ticker in the header and a menu with "|" are no table of the article's.
PRICES = [
    "أسعار العملات",
    "العملة | شراء | بيع",
    "الدولار الأمريكي | 47.25 | 47.35",
    "اليورو | 51.10 | 51.26",
    "الريال السعودي | 12.58 | 12.62",
    "الدينار الكويتي | 153.40 | 153.95",
]


def test_a_prices_table_inside_the_article_stays() -> None:
    page = ["الرئيسية | الذهب | العملات", TITLE, "12 مارس 2024", P1, *PRICES, P2, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, *PRICES, P2])


def test_a_price_ticker_above_the_title_still_goes() -> None:
    ticker = ["أسعار العملات", *PRICES[3:]]  # (the dollar is in the article: a standfirst)
    page = ["الرئيسية | الذهب | العملات", *ticker, TITLE, "12 مارس 2024", P1, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A read-only review of this session's rules built pages aimed at them; where a first version lost a
# body line or kept chrome the old code dropped, the page is kept here ("+" body, "-" chrome): a
# qualified "التاريخ ...: date" field is the writer's; an address opening a teaser, "X: Y" teasers
# under "read also", a schedule widget above the title, and "title | date" links are no salutation,
# fact box, schedule or table.
PROBES = json.loads((Path(__file__).parent / "data" / "chrome_review11_probes.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(PROBES))
def test_the_reviews_probe_pages_keep_their_body_and_lose_their_chrome(name: str) -> None:
    rows = PROBES[name]
    page = "\n".join(row[1:] for row in rows)
    assert arclean.PASSES["chrome"]()(page) == "\n".join(row[1:] for row in rows if row[0] == "+")


# A court story heads a part with the session's date ("جلسة 2 نوفمبر 2023"), and a ruling's page
# gives it under the case's number: the blind review lost both, read as another story's headline.
# A noun or two and one date is a heading of the writer's; a stamp under the title (a date alone,
# a publishing label, an issue's number joined to its date) still goes, and so does a headline
# that says what happened on a date.
@pytest.mark.parametrize("heading", ["جلسة 2 نوفمبر 2023", "جلسة 24 من يناير سنة 2021"])
def test_a_dated_heading_inside_the_article_stays(heading: str) -> None:
    body = [P1, P2, heading, P3]
    page = ["الرئيسية » اقتصاد", TITLE, "12 مارس 2024", *body, "أخبار ذات صلة", "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, *body])


RULING = [
    "الطعن رقم 14587 لسنة 88 قضائية",
    "جلسة 24 من يناير سنة 2021",
    "باسم الشعب",
    "محكمة النقض",
    "الدائرة المدنية والتجارية",
    "المبدأ",
    "1- عقد الإيجار. انتهاؤه بوفاة المستأجر. شرطه. عدم وجود أحد من المستفيدين المقيمين معه إقامة مستقرة.",
    "2- الإقامة المعتبرة في حكم المادة 29 من القانون 49 لسنة 1977. ماهيتها. الإقامة المستقرة المعتادة.",
    "الوقائع",
    "حيث إن الوقائع تتحصل في أن المطعون ضده الأول أقام الدعوى على الطاعن بطلب الحكم بانتهاء عقد الإيجار.",
    "وقضت المحكمة برفض الدعوى، فاستأنف المطعون ضده هذا الحكم، وقضت محكمة الاستئناف بإلغائه والإخلاء.",
]


def test_a_dated_heading_under_the_title_stays() -> None:
    page = ["بوابة التشريعات والأحكام", "الأحكام » محكمة النقض » الدائرة المدنية", *RULING, COPYRIGHT]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(RULING)


@pytest.mark.parametrize(
    "stamp", ["العدد 5421 - الأحد 12 يناير 2025", "٢٦ يوليو ٢٠٢١", "نشر في 12 مايو 2024", "الأحد 12 مايو 2024"]
)
def test_a_stamp_under_the_title_still_goes(stamp: str) -> None:
    page = ["الرئيسية » اقتصاد", TITLE, stamp, P1, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("جلسة 2 نوفمبر 2023", True),
        ("حفل الافتتاح 5 مايو 2024", True),
        ("2 نوفمبر 2023", False),  # a date line
        ("العدد 5421 - الأحد 12 يناير 2025", False),  # a stamp's parts
        ("الحكومة تقر الموازنة في 2 نوفمبر 2023", False),  # a headline: it says what happened
        ("مباراة 5 نوفمبر", False),  # no year: no full date
    ],
)
def test_a_dated_heading_is_a_noun_or_two_and_one_date(line: str, heading: bool) -> None:
    assert Judge.default().dated_heading(shape(line)) is heading


# A story's letter is dated on a line of its own after a scene break ("***", then "14 آذار 1998"):
# the blind review lost it as a stamp.  One plain date under a scene break is the writer's; under
# the title, or between two paragraphs, it is still the page's stamp.
STORY = [
    "كان الهاتف يهتز على الطاولة منذ دقائق، وكانت أمي تنظر إليه كما لو كان حيوانا صغيرا لا تعرف كيف تمسكه.",
    "لكنها ردت. ووضعت السماعة على أذنها، وصمتت طويلا، ثم قالت بصوت لم أسمعه منها من قبل: نعم، أنا هي.",
    "***",
    "14 آذار 1998",
    "هكذا كتب أبي في أعلى الرسالة التي وجدناها بعد ذلك بأسبوع في درج مكتبه، الرسالة التي لم يرسلها أبدا.",
    "قرأتها أمي مرة واحدة، ثم طلبت مني أن أنسخها بخط يدي وأحتفظ بالأصل.",
]


def test_a_date_inside_a_story_after_a_scene_break_stays() -> None:
    page = ["الرئيسية » قصص قصيرة", "نشرت بواسطة سلمى", "الرسالة الأخيرة", *STORY, "اترك رداً"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(["الرسالة الأخيرة", *STORY])


@pytest.mark.parametrize(
    "page",
    [[TITLE, "12 مارس 2024", P1, P2, P3], [TITLE, P1, "12 مارس 2024", P2, P3], [TITLE, P1, P2, "12 مارس 2024", P3]],
)
def test_a_lone_date_without_a_scene_break_still_goes(page: list[str]) -> None:
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A market report's figures per investor ("العرب: صافي شراء بقيمة 156 مليون جنيه") and a travel
# guide's hours by season ("الصيف (أبريل - أكتوبر): 6:00 صباحًا - 6:00 مساءً"), two or three
# fields under the writer's heading between paragraphs: the blind review lost lines of both as
# teasers.  Fields whose values are figures there are a small table.  The other side: "X: Y"
# teasers under a "read also" heading, or after the last paragraph, still go.
INVESTORS = [
    "تعاملات المستثمرين",
    "المصريون: صافي بيع بقيمة 412 مليون جنيه",
    "العرب: صافي شراء بقيمة 156 مليون جنيه",
    "الأجانب: صافي شراء بقيمة 256 مليون جنيه",
]
HOURS = [
    "مواعيد الزيارة",
    "الصيف (أبريل - أكتوبر): 6:00 صباحًا - 6:00 مساءً",
    "الشتاء (نوفمبر - مارس): 6:00 صباحًا - 4:00 مساءً",
]
FIGURE_TEASERS = ["الصحة: تسجيل 30 إصابة جديدة", "المالية: عجز الموازنة 5 مليارات"]


@pytest.mark.parametrize("table", [INVESTORS, HOURS])
def test_fields_of_figures_under_the_writers_heading_stay(table: list[str]) -> None:
    body = [P1, P2, *table, P3]
    page = ["الرئيسية » اقتصاد", TITLE, "12 مارس 2024", *body, "أخبار ذات صلة", "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, *body])


@pytest.mark.parametrize(
    "page",
    [
        [TITLE, P1, "اقرأ أيضا", *FIGURE_TEASERS, P2, P3],
        [TITLE, P1, P2, P3, "الأكثر قراءة", *FIGURE_TEASERS],
    ],
)
def test_teasers_shaped_as_fields_of_figures_still_go(page: list[str]) -> None:
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A match preview gives the kick-off in several zones, a line each ("10:00 مساءً بتوقيت مكة
# المكرمة", "9:00 مساءً بتوقيت القاهرة"): the blind review lost the first, a clock time in a
# stamp's words.  Two or more in a row inside the article are the writer's; one under the title,
# or a header's clocks above the article, still go.
KICK_OFF = ["10:00 مساءً بتوقيت مكة المكرمة", "9:00 مساءً بتوقيت القاهرة", "8:00 مساءً بتوقيت الرباط والجزائر"]


def test_a_kick_off_time_in_several_zones_stays() -> None:
    body = [P1, "موعد المباراة", *KICK_OFF, P2, P3]
    page = ["الرئيسية » رياضة", TITLE, "الثلاثاء 09 أبريل 2024 - 11:00 ص", *body, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, *body])


@pytest.mark.parametrize("page", [[TITLE, KICK_OFF[0], P1, P2, P3], [*KICK_OFF[:2], TITLE, P1, P2, P3]])
def test_a_time_in_a_zone_as_a_stamp_still_goes(page: list[str]) -> None:
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A results story lists the top students a row each, cells between " - " ("الطالبة لين محمد أبو
# حمدان - 99.9 - الفرع العلمي - مدرسة اليوبيل"): the blind review lost two of three rows as
# teasers.  Three rows or more with the same cells and a figure, inside the article, are a table;
# links listed with their dates and sections ("headline - date - section") are not.
TOP_STUDENTS = [
    "أوائل المملكة",
    "الطالبة لين محمد أبو حمدان - 99.9 - الفرع العلمي - مدرسة اليوبيل",
    "الطالب عمر خالد الزعبي - 99.85 - الفرع العلمي - مدارس الرضوان",
    "الطالبة سارة يوسف النعيمات - 99.7 - الفرع الأدبي - مدرسة الكرك الثانوية",
]
DATED_LINKS = [
    "أخبار ذات صلة",
    "الهلال يتعاقد مع مهاجم برازيلي في صفقة قياسية - 12 مارس 2024 - رياضة",
    "ارتفاع أسعار الذهب في السوق المحلية مع بداية الأسبوع - 11 مارس 2024 - اقتصاد",
    "هيئة الأرصاد تحذر من موجة حارة تضرب المناطق الشرقية - 10 مارس 2024 - محليات",
]


def test_a_table_with_cells_between_dashes_stays() -> None:
    body = [P1, P2, *TOP_STUDENTS, P3]
    page = ["الرئيسية » محليات", TITLE, "2024-08-01 10:12", *body, "شارك الخبر"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, *body])


def test_links_with_their_dates_between_dashes_still_go() -> None:
    page = [TITLE, P1, P2, *DATED_LINKS, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# An embedded tweet the article quotes ends with its signature, "— name (@handle) date": the
# blind review lost it as a teaser.  Inside the article it is the writer's quotation; a site's
# "follow us" line naming its account still goes.
TWEET = [
    "Raphinha to Al Hilal, here we go! Agreement sealed with Barcelona for 60m plus add-ons.",
    "— Fabrizio Romano (@FabrizioRomano) 14 أغسطس 2024",
]


def test_a_quoted_posts_signature_stays() -> None:
    body = [P1, *TWEET, P2, P3]
    page = ["الرئيسية » رياضة", TITLE, "12 مارس 2024", *body, "تابعونا على تويتر (@sport360)", "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, *body])


# A match's result ("الأهلي 2 - 1 الزمالك"): under a live page's title the blind review took it
# for the title and lost the title; inside a report, given again at the end ("النتيجة النهائية:
# ..."), it lost the first as a repeated teaser.  A result is no headline and no teaser; alone
# under a line, on the article's topic, it marks that line as the title, as a date does.  The
# other side: a ticker of other matches' results above the title still goes.
LIVE = [
    "النصر والاتحاد.. تغطية مباشرة لكلاسيكو دوري روشن",
    "النصر 3 - 1 الاتحاد",
    "انتهت المباراة",
    "90+5' صافرة النهاية، النصر يحسم الكلاسيكو ويقلص الفارق مع المتصدر إلى أربع نقاط.",
    "88' هدف ثالث للنصر! كريستيانو رونالدو يسجل من ركلة جزاء بعد عرقلة على الجناح.",
    "64' هدف! أوتافيو يضع النصر في المقدمة بتسديدة من خارج منطقة الجزاء.",
    "11' هدف للاتحاد! كريم بنزيمة يفتتح التسجيل برأسية قوية بعد ركلة ركنية.",
]
REPORT = [
    "الأهلي يقلب الطاولة على الزمالك ويحسم قمة الدوري في الوقت القاتل",
    "حسم النادي الأهلي مواجهة القمة أمام غريمه التقليدي الزمالك، مساء الجمعة، بعد مباراة مثيرة على ستاد القاهرة.",
    "الأهلي 2 - 1 الزمالك",
    "وتقدم الزمالك مبكرا عن طريق مهاجمه سيف الدين الجزيري، قبل أن يرد الأهلي بهدفين في الشوط الثاني.",
    "وقال مدرب الأهلي في المؤتمر الصحفي عقب المباراة إن فريقه لعب بروح عالية حتى الدقيقة الأخيرة.",
    "النتيجة النهائية: الأهلي 2 - 1 الزمالك",
]


@pytest.mark.parametrize("article", [LIVE, REPORT], ids=["live", "report"])
def test_a_matchs_result_stays_and_is_no_title(article: list[str]) -> None:
    page = ["الرياضية | دوري روشن", "مباشر", "تحديث تلقائي كل 30 ثانية", *article, "شارك", COPYRIGHT]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(article)


def test_a_ticker_of_other_results_above_the_title_still_goes() -> None:
    ticker = ["الهلال 2 - 0 الشباب", "الأهلي 1 - 1 الاتحاد", "الفيحاء 0 - 3 التعاون"]
    page = ["الرئيسية", "رياضة", *ticker, TITLE, "12 مارس 2024", P1, P2, P3, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# A song's page has no paragraph: its lyrics, short lines, stand above the site's one long line (a
# disclaimer), with an advert's label after them.  A seventh, blind review lost the title and all
# the lyrics as the header of that line.  A long run of lines without evidence right above the
# first paragraph is no header even when an advert's label stands among them: the label is
# stepped over (and does not count).
LYRICS = [
    "ع باب الضيعة وقفت ناطرة",
    "والشمس عم تغفى ورا التلّة",
    "يا ريت الغايب يرجع بكرة",
    "وتضحك الدني والقمر يطلّ",
    "يا ليل يا ليل يا ليل",
    "شو بعدك بعيد؟ شو بعدك بعيد؟",
    "كتبتلك مكتوب وما وصلني جواب",
    "وسألت عنك العصافير والسحاب",
]


def test_lyrics_above_an_advert_label_and_a_disclaimer_stay() -> None:
    song = ["كلمات أغنية ع باب الضيعة – ريما نصّار", "غناء: ريما نصّار", "كلمات: جوزيف خليل", *LYRICS]
    page = [
        "كلمات أغاني | Kalimat",
        "الرئيسية / ريما نصّار / كلمات أغنية ع باب الضيعة",
        *song,
        "إعلان",
        "شارك الكلمات مع أصدقائك",
        "جميع الكلمات ملك لأصحابها وتعرض لأغراض تعليمية وغير تجارية فقط.",
        "© 2024 Kalimat",
    ]
    dropped = {change.line for change in arclean.PASSES["chrome"]().explain("\n".join(page)).changes}
    assert [page[k] for k in sorted(dropped) if page[k] in song] == []


# From a read-only review of the session's rules: the shapes they must not reach.
@pytest.mark.parametrize("title", ["الأهلي 2 - 1 الزمالك", "تفسير الآيات 1 - 5 من سورة البقرة"])
def test_a_score_or_a_range_as_the_title_stays_and_the_menu_goes(title: str) -> None:
    body = REPORT[1:2] + REPORT[3:5] if "الأهلي" in title else [P1, P2, P3]
    page = ["الرئيسية", "رياضة" if "الأهلي" in title else "تفسير", title, "12 مارس 2024", *body, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([title, *body])


def test_a_barred_table_with_a_long_row_keeps_its_heading() -> None:
    rows = [
        "الدولار الأمريكي | 47.25 | 47.35",
        "اليورو | 51.10 | 51.26",
        "الجنيه الإسترليني | 60.10 | 60.40، وهو أعلى مستوى له منذ بداية العام الماضي وفق البنك المركزي",
    ]
    body = [P1, "أسعار العملات", *rows, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join([TITLE, *body])) == "\n".join([TITLE, *body])


@pytest.mark.parametrize("mark", ["•", "🕒"])
def test_an_icon_or_a_bullet_is_no_scene_break(mark: str) -> None:
    page = [TITLE, P1, mark, "12 مارس 2024", P2, P3]
    assert "12 مارس 2024" not in arclean.PASSES["chrome"]()("\n".join(page))


@pytest.mark.parametrize("line", ["القاهرة 12 مارس 2024", "رويترز 12 مارس 2024", "أحمد حسن 12 مارس 2024"])
def test_a_dateline_or_a_byline_with_a_date_is_no_dated_heading(line: str) -> None:
    assert Judge.default().dated_heading(shape(line)) is False
    page = ["الرئيسية » اقتصاد", TITLE, line, P1, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


def test_figure_teasers_under_a_plain_heading_still_go() -> None:
    teasers = ["الصحة: تسجيل 30 إصابة جديدة", "المالية: عجز الموازنة 5 مليارات", "الأرصاد: أمطار غزيرة على 4 مناطق"]
    page = [TITLE, P1, "من أخبار اليوم", *teasers, P2, P3]
    # (the first two are kept, as before the session: short and on no topic rule's scale)
    assert teasers[2] not in arclean.PASSES["chrome"]()("\n".join(page))


@pytest.mark.parametrize("stamp", ["10:32 ص بتوقيت مكة المكرمة - نشر", "10:00 مساءً بتوقيت مكة | شارك الخبر"])
def test_a_zone_time_with_a_label_is_no_kick_off(stamp: str) -> None:
    page = [TITLE, P1, stamp, "11:32 ص بتوقيت مكة المكرمة - تحديث", P2, P3]
    assert stamp not in arclean.PASSES["chrome"]()("\n".join(page))


# An airport's arrivals page opens its body with the flight board, under the title and above the
# notes: the blind review lost its rows as teasers (they stood above every paragraph).  A table
# under its header row opens the body when a line above it is on the article's topic and at most
# two short lines stand between it and the first paragraph.  The other side: a ticker of prices
# under the menu, above a title (however short) or a date, is still the header's widget.
BOARD = [
    "رقم الرحلة | القادمة من | الموعد | الحالة",
    "MS 916 | الرياض | 10:15 | هبطت",
    "SV 305 | جدة | 10:40 | في الموعد",
    "EK 927 | دبي | 11:05 | متأخرة",
    "QR 1303 | الدوحة | 11:45 | في الجو",
]
ARRIVALS = [
    "يرجى من المستقبلين الحضور قبل موعد وصول الرحلة المتوقع بنصف ساعة، إذ تستغرق إجراءات الجوازات "
    "واستلام الأمتعة في صالة الوصول نحو أربعين دقيقة.",
    "ويسمح بدخول المستقبلين إلى صالة الانتظار قبل موعد وصول الرحلة بساعة واحدة، وتعرض الشاشات حالة كل رحلة لحظة بلحظة.",
]


@pytest.mark.parametrize("between", [[], ["ملاحظات للمستقبلين"], ["الرحلات المتأخرة", "ملاحظات للمستقبلين"]])
def test_a_table_opening_the_body_under_its_title_stays(between: list[str]) -> None:
    body = ["حالة رحلات الوصول إلى المطار", *BOARD, *between, *ARRIVALS]
    page = ["الرئيسية | الرحلات | الخدمات", *body[:1], "آخر تحديث: منذ 2 دقيقة", *body[1:], "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(body)


@pytest.mark.parametrize("under", [["ارتفاع أسعار النفط"], [TITLE], [TITLE, "12 مارس 2024"]])
def test_a_ticker_with_a_header_row_above_the_title_still_goes(under: list[str]) -> None:
    ticker = [PRICES[1], *PRICES[3:]]  # (the dollar is in the article: a standfirst)
    page = ["الرئيسية | الذهب | العملات", *ticker, *under, P1, P2, P3]
    assert not set(ticker) & set(arclean.PASSES["chrome"]()("\n".join(page)).split("\n"))


# An episode's chapters count past the hour ("1:27:15 التمويل"), and a conference's programme has
# a slot long enough to be the first paragraph ("09:00 – 09:30 الجلسة الافتتاحية: كلمة ...، ...").
# The blind review lost the chapters past the hour and the slots around the long one.  A clock may
# carry seconds, and a schedule reaching the first paragraph or past it runs down to it.
def test_an_episodes_chapters_past_the_hour_stay() -> None:
    chapters = ["00:00 مقدمة", "03:12 من موظف إلى صاحب مطعم", "41:05 الموقع أولا", "1:02:30 تطبيقات التوصيل"]
    chapters += ["1:27:15 التمويل والقروض", "1:55:48 نصيحة لمن يريد أن يبدأ"]
    body = ["الحلقة 412: كيف تبني مطعما ناجحا؟", P1, "فهرس الحلقة", *chapters, P2]
    page = ["البودكاست | المقالات | عن الموقع", *body, "© 2024"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(body)


def test_a_programme_whose_long_slot_is_the_first_paragraph_stays() -> None:
    slots = [
        "08:30 – 09:00 التسجيل واستقبال المشاركين",
        "09:00 – 09:30 الجلسة الافتتاحية: كلمة رئيس الجامعة، وكلمة اللجنة العلمية، وعرض مصور عن المؤتمر",
        "09:30 – 10:30 المحاضرة الرئيسية عن مستقبل الترجمة",
        "10:30 – 11:00 استراحة قهوة",
        "11:00 – 12:30 الجلسة الأولى: الترجمة الأدبية",
    ]
    body = ["برنامج مؤتمر الترجمة في يومه الأول", *slots, P1]
    page = ["الرئيسية | الفعاليات | المؤتمرات", *body, "سجل الآن"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(body)


# An auction notice lists its lots as "الدفعة 1: ...", "الدفعة 2: ...": the blind review lost three
# of four as teasers (a number before the colon made them no field).  Fields whose names are one
# word counted up by one from line to line, three or more between paragraphs, are the writer's
# list.  The other side: a series' parts under "read also" or an advert's label still go.
LOTS = [
    "الدفعة 1: 14 مركبة متنوعة بين سيارات صالون ودفع رباعي",
    "الدفعة 2: 3 حاويات ملابس وأحذية",
    "الدفعة 3: أجهزة إلكترونية ومستلزمات هواتف",
    "الدفعة 4: قطع غيار سيارات مستعملة",
]
SERIES = [
    "الجزء 1: قصة الاكتشاف الأول للنفط في الخليج",
    "الجزء 2: كيف غيرت الطفرة حياة المدن الساحلية",
    "الجزء 3: صراع الشركات الكبرى على الامتيازات",
]


def test_an_auctions_numbered_lots_stay() -> None:
    body = [TITLE, P1, "البضائع المعروضة", *LOTS, "شروط المشاركة", P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(["الرئيسية | المزادات", *body, "شارك"])) == "\n".join(body)


@pytest.mark.parametrize("heading", ["اقرأ أيضا", "مواضيع ذات صلة", "إعلان"])
def test_a_series_parts_as_teasers_still_go(heading: str) -> None:
    page = [TITLE, P1, P2, heading, *SERIES, P3]
    assert not set(SERIES) & set(arclean.PASSES["chrome"]()("\n".join(page)).split("\n"))


# A live blog's video teaser between two entries hid the next entry's time from the blind review:
# the time had no entry above it.  A time under an embed's line is one of the blog's when it falls
# between the times around it; the other side: a video's length under its teaser does not.
VIDEO_TEASER = "▶ شاهد | مشاهد جوية تكشف حجم الدمار في القرى"


def test_a_live_blogs_time_under_a_video_teaser_stays() -> None:
    times = ["22:10", "19:45", "14:30", "08:00"]
    body = _live_blog(times)
    page = ["الرئيسية", "تغطية مباشرة", TITLE, "آخر تحديث: 22:15", *body[:4], VIDEO_TEASER, *body[4:], "شارك"]
    out = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    assert [line for line in out if line != VIDEO_TEASER] == [TITLE, *body]


def test_a_time_under_a_teaser_out_of_the_blogs_order_still_goes() -> None:
    times = ["22:10", "19:45", "23:50", "08:00"]  # the third: a video's time, not between its neighbours'
    body = _live_blog(times)
    page = ["الرئيسية", "تغطية مباشرة", TITLE, *body[:4], VIDEO_TEASER, *body[4:], "شارك"]
    assert "23:50" not in arclean.PASSES["chrome"]()("\n".join(page)).split("\n")


# A read-only review of this session's rules found, in their first versions: a video's length
# (h:mm:ss) between a live blog's entries taken for one of its times, which broke their order and
# lost them all; a short heading under an opening table dropped above the title (the table's name
# line above it had been protected); a widget's table between the title and the article kept; and a
# header's prayer times above a programme's title joined to the programme across the title.
def test_a_videos_length_between_a_live_blogs_entries_leaves_their_times() -> None:
    times = ["22:10", "19:45", "14:30", "08:00"]
    body = _live_blog(times)
    caption = "رئيس الوزراء يدلي بصوته في مركز الاقتراع بالعاصمة."
    page = ["الرئيسية", "تغطية مباشرة", TITLE, *body[:6], "1:02:30", caption, *body[6:], "شارك"]
    out = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    # (the time under the video's caption is still lost, as before the session: the length's
    # evidence ends the blog)
    assert set(times[:3]) <= set(out) and "1:02:30" not in out


def test_short_headings_under_an_opening_table_stay() -> None:
    body = ["رحلات الوصول", *BOARD, "الرحلات المتأخرة", "ملاحظات للمستقبلين", *ARRIVALS]
    page = ["الرئيسية | الرحلات | الخدمات", *body, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(body)


def test_a_widgets_table_between_the_title_and_the_article_still_goes() -> None:
    rows = ["الدولار الأمريكي | 47.25 | 47.35", "اليورو | 51.10 | 51.26", "الجنيه الإسترليني | 59.80 | 60.02"]
    widget = ["أسعار العملات", "العملة | شراء | بيع", *rows, "الريال السعودي | 12.58 | 12.62"]
    page = ["الرئيسية | اقتصاد", TITLE, *widget, P1, P2, P3]
    # (the dollar's row is kept, as before the session: the article speaks of dollars)
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, rows[0], P1, P2, P3])


def test_a_headers_prayer_times_above_a_programmes_title_still_go() -> None:
    prayers = ["04:12 الفجر", "11:58 الظهر", "15:20 العصر", "18:05 المغرب"]
    slots = [
        "19:00 – 19:30 كلمة افتتاحية لرئيس الملتقى يرحب فيها بالضيوف ويعرض أهداف الملتقى ومحاوره، ونتائجه.",
        "19:30 – 20:30 المحاضرة الأولى",
        "20:30 – 21:00 استراحة",
        "21:00 – 22:00 الجلسة الحوارية",
    ]
    body = ["برنامج الملتقى الثقافي", *slots, P1]
    out = arclean.PASSES["chrome"]()("\n".join(["مواقيت الصلاة", *prayers, *body])).split("\n")
    assert not set(prayers) & set(out) and set(slots) <= set(out)


@pytest.mark.parametrize("heading", ["الاقتصاد", "رياضة", "وفيات"])
def test_a_one_word_section_heading_that_is_a_menu_word_stays_among_its_siblings(heading: str) -> None:
    # review 12 (q29, a city's article in sections): the writer heads sections, one of them with a
    # word that is also a menu's
    page = [TITLE, P1, "الأسعار", P2, heading, P3]
    assert arclean.PASSES["chrome"]()("\n".join([*page, "شارك"])) == "\n".join(page)


@pytest.mark.parametrize("label", ["بودكاست", "الطقس", "رياضة"])
def test_a_menu_word_alone_between_paragraphs_still_goes(label: str) -> None:
    # a widget's label a site drops between paragraphs: the article has no other heading
    page = [TITLE, P1, label, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


def test_release_notes_version_headings_stay() -> None:
    # review 12 (q56): a changelog's versions, each a heading with its number and date
    notes = [
        "ما الجديد في تطبيق رسائل",
        "الإصدار 5.0.1 – 12 نوفمبر 2024",
        "- الرسائل الصوتية تتحول الآن إلى نص تلقائيا وتدعم عدة لهجات عربية.",
        "- تسريع فتح المحادثات الطويلة على أجهزة أندرويد القديمة بنسبة ملحوظة.",
        "الإصدار 4.9.2 – 28 أكتوبر 2024",
        "- إصلاح مشكلة تسجيل الدخول لبعض المستخدمين بعد تغيير مزود رسائل التحقق.",
        "- تحسين استقرار المكالمات الجماعية عند ضعف الشبكة.",
        "النسخة 4.9 - 3 أكتوبر 2024",
        "- دعم الملصقات المتحركة في المحادثات الجماعية والقنوات العامة.",
    ]
    assert arclean.PASSES["chrome"]()("\n".join([*notes, COPYRIGHT])) == "\n".join(notes)


@pytest.mark.parametrize("stamp", ["العدد 5421 - الأحد 12 يناير 2025", "تحديث 12 مارس 2024"])
def test_an_issues_or_an_updates_stamp_is_no_version_heading(stamp: str) -> None:
    # a plain number is an issue's, and a version heading needs its dotted number
    from arclean.passes.chrome.features import shape

    assert not Judge.default().dated_heading(shape(stamp))


def test_counts_by_district_on_one_line_stay() -> None:
    # review 12 (q41): a health bulletin's cases by district, cells "name: figure" between bars
    counts = "عكار: 247 | المنية-الضنية: 52 | طرابلس: 18 | زحلة: 21 | أقضية أخرى: 20"
    page = [TITLE, P1, "التوزع حسب الأقضية", counts, "إرشادات الوقاية", P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join([*page, COPYRIGHT])) == "\n".join(page)


def test_a_menus_counts_on_one_line_still_go() -> None:
    # the cells name chrome: a category menu with its article counts
    page = [TITLE, P1, "الرئيسية: 3 | أخبار: 12 | رياضة: 5", P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


def test_counted_step_headings_between_paragraphs_stay_whatever_they_say() -> None:
    # review 12 (q19): a guide's steps, each heading counted under one noun, one of them off the topic
    steps = ["المرحلة الأولى: التسجيل", "المرحلة الثانية: الفحص الطبي", "المرحلة الثالثة: الحلق أو التقصير"]
    page = [TITLE, P1, steps[0], P2, steps[1], P3, steps[2], P1.replace("ارتفعت", "وارتفعت")]
    assert arclean.PASSES["chrome"]()("\n".join([*page, COPYRIGHT])) == "\n".join(page)


def test_teasers_numbered_under_different_nouns_between_paragraphs_still_go() -> None:
    # three counted lines, but no noun counts three of them: a site's inserted teasers
    teasers = [
        "الحلقة الأولى: ريال مدريد يحسم صفقة المدافع",
        "الجزء الثاني: أسرار عالم الفضاء",
        "الموسم الثالث: نجوم الدراما العربية يعودون في رمضان",
    ]
    page = [TITLE, P1, teasers[0], P2, teasers[1], P3, teasers[2], P2.replace("وصعدت", "كما صعدت"), P3]
    out = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    assert not set(teasers) & set(out)


def test_a_diarys_day_under_a_pictures_caption_stays() -> None:
    # review 12 (q35): the day's heading follows the photo of the day before, its caption chrome
    diary = [TITLE, P1, "الجمعة 18 أغسطس", P2, "صورة: شلالات وادي دربات في موسم الخريف", "السبت 19 أغسطس", P3]
    diary += ["الأحد 20 أغسطس", P1.replace("ارتفعت", "وارتفعت")]
    out = arclean.PASSES["chrome"]()("\n".join(diary)).split("\n")
    assert "السبت 19 أغسطس" in out and "صورة: شلالات وادي دربات في موسم الخريف" not in out


def test_a_lone_stamp_under_a_caption_still_goes() -> None:
    # one date between paragraphs is a stamp, with or without a picture above it
    page = [TITLE, P1, "صورة: شلالات وادي دربات في موسم الخريف", "السبت 19 أغسطس 2023", P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])
    # nor are two stamps a diary when one of them needs the caption to stand between paragraphs
    caption = "صورة: مستشفى الحكومة في العاصمة (أرشيف)"
    page = [TITLE, P1, caption, "الأحد 12 مارس 2024", P2, "11 مارس 2024", P3, P1.replace("ارتفعت", "وارتفعت")]
    out = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    assert "الأحد 12 مارس 2024" not in out and "11 مارس 2024" not in out


# The other side of this session's mends, from a read-only review of their first versions.
def test_a_widgets_counts_under_its_heading_still_go() -> None:
    widget = ["حالة الطقس", "الحرارة: 31 | الرطوبة: 60 | الرياح: 15"]
    out = arclean.PASSES["chrome"]()("\n".join([TITLE, P1, P2, *widget, P3])).split("\n")
    assert widget[-1] not in out


def test_a_teaser_opening_like_a_courtesy_after_the_article_still_goes() -> None:
    teaser = "مع أطيب وصفات الكعك والمعمول في العيد"
    assert arclean.PASSES["chrome"]()("\n".join([TITLE, P1, P2, P3, teaser, "شارك"])) == "\n".join([TITLE, P1, P2, P3])


def test_menu_words_spliced_between_paragraphs_go_beside_real_subheads() -> None:
    menu = ["الرئيسية | رياضة | اقتصاد | فيديو"]
    page = [*menu, TITLE, P1, "تفاصيل الخطة", P2, "فيديو", P3, "ردود الفعل", P1.replace("ارتفعت", "وارتفعت")]
    page += ["رياضة", P2.replace("وصعدت", "كما صعدت")]
    out = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    assert "فيديو" not in out and "رياضة" not in out and {"تفاصيل الخطة", "ردود الفعل"} <= set(out)


def test_a_clocks_colon_is_no_counted_heading() -> None:
    # "الساعة 10:30 ...": a ticker's time, not "الخطوة 2: ..."
    judge = Judge.default()
    assert judge.counted_label(shape("الساعة 10:30 ريال مدريد يحسم صفقة المدافع الفرنسي")) is None
    assert judge.counted_label(shape("الخطوة 2: التسجيل")) == "الخطوه"


# Fifteenth session: review 13's data rows between paragraphs, read as other stories' teasers.
@pytest.mark.parametrize(
    "row",
    [
        "إما س − 2 = 0 ومنه س = 2",  # a worked solution (r30)
        "طعنات أمامية (لانجز): 3 × 10 لكل رجل",  # sets and repetitions (r20)
        "شقق سكنية من 110 إلى 210 م² في الطوابق العليا",  # a measure (r03)
        "ترسل طلبات المشاركة إلى: conference@univ-example.dz",  # the address the writer gives (r40)
        "وذلك مساء الثلاثاء 29 أكتوبر 2024 في القاعة الكبرى",  # the sentence going on (r17)
        "حيث يبلغ طول الجسر الجديد 3 كيلومترات",
    ],
)
def test_a_writers_equation_measure_address_or_running_sentence_is_no_teaser(row: str) -> None:
    page = [TITLE, P1, row, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join([*page, COPYRIGHT])) == "\n".join(page)


@pytest.mark.parametrize(
    "teaser",
    ["وزير المالية: 3 مليارات ريال لدعم المزارعين هذا العام", "وهران تستضيف 12 منتخبا في بطولة البحر المتوسط"],
)
def test_a_teaser_with_figures_or_opening_like_a_connective_still_goes(teaser: str) -> None:
    # "وهران" opens with the letters of "وهو"/"وهي" but is a city: connectives are whole words
    page = [TITLE, P1, teaser, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


@pytest.mark.parametrize("courtesy", ["مع خالص التحية،", "وتفضلوا بقبول فائق الاحترام،"])
def test_the_signature_under_a_courtesy_ending_in_a_comma_stays_and_the_tags_after_it_go(courtesy: str) -> None:
    # review 13 (r44): a school's list signed "إدارة المدرسة" under "مع خالص التحية،"
    tags = ["الدوري", "كرة اليد", "المنتخب"]
    page = [TITLE, P1, P2, P3, courtesy, "إدارة المدرسة"]
    assert arclean.PASSES["chrome"]()("\n".join([*page, *tags, COPYRIGHT])) == "\n".join(page)


def test_a_tag_under_a_courtesy_without_a_comma_still_goes() -> None:
    # without the comma the courtesy is complete: what follows is the page's
    page = [TITLE, P1, P2, P3, "مع خالص التحية", "الدوري", "كرة اليد"]
    assert arclean.PASSES["chrome"]()("\n".join([*page, COPYRIGHT])) == "\n".join(page[:5])


HOURS = ["مواعيد العيادات", "الأحد – الخميس: 8 صباحاً – 4 مساءً", "السبت: 9:00 – 13:00", "الجمعة: مغلقة"]


def test_opening_hours_after_the_article_stay_and_the_footer_after_them_goes() -> None:
    # review 13 (r56, r57; review 12's q49): a department's hours read as date stamps
    footer = ["شركات التأمين المعتمدة: بوبا | التعاونية | ميدغلف", "تحدث معنا عبر واتساب", COPYRIGHT]
    page = [TITLE, P1, P2, P3, *HOURS]
    assert arclean.PASSES["chrome"]()("\n".join([*page, *footer])) == "\n".join(page)


@pytest.mark.parametrize(
    "hours",
    [
        ["من الثلاثاء إلى السبت: 9:00 – 18:00", "الأحد: 9:00 – 13:00", "الاثنين: مغلقة", "مواقيت الصيف: 8:00 – 13:00"],
        ["يومياً من 12 ظهراً حتى 12 منتصف الليل", "الطوارئ: على مدار الساعة"],
    ],
)
def test_opening_hours_between_paragraphs_stay(hours: list[str]) -> None:
    page = [TITLE, P1, *hours, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join([*page, COPYRIGHT])) == "\n".join(page)


@pytest.mark.parametrize("stamp", ["الإثنين، 24 أغسطس 2020 09:56 ص", "4 أيام عطلة عيد الفطر للقطاع الحكومي"])
def test_a_stamp_or_a_teaser_naming_days_is_no_opening_hours(stamp: str) -> None:
    # one time with a date is a stamp; a holiday's days are news
    page = [TITLE, P1, P2, stamp, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])
    # and a span of days with a year is a date, not hours
    assert not Judge.default().opening_hours(shape("الجمعة 7 – الأحد 9 فبراير 2025"))


MARKET_PRICES = ["طماطم: 3.5 – 4 د.ل/كغ", "بطاطا: 2.25 د.ل/كغ", "بصل: 1.75 د.ل/كغ", "فلفل حار: 6 د.ل/كغ"]
FRUIT = ["الفواكه", "برتقال: 2.5 د.ل/كغ", "موز: 7.5 د.ل/كغ", "تفاح: 8 د.ل/كغ"]


@pytest.mark.parametrize(
    "above",
    [["إعداد: قسم الأسواق | آخر تحديث: السبت 15 مارس 2025", "الخضروات"], ["الخضروات"]],
    ids=["stamp", "heading"],
)
def test_a_price_list_of_figure_rows_above_the_article_stays(above: list[str]) -> None:
    # review 14 (s40): a market bulletin's prices, rows "name: figure unit", read as teasers
    body = [TITLE, *above[-1:], *MARKET_PRICES, *FRUIT, P1, P2, P3]
    page = ["الرئيسية | أسواق | أسعار", TITLE, *above, *MARKET_PRICES, *FRUIT, P1, P2, P3, COPYRIGHT]
    if len(above) == 1:  # and before an inline "read also" line
        page.insert(page.index(P1), "اقرأ أيضاً: المصرف المركزي يعلن حزمة جديدة لتوفير النقد")
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(body)


def test_figure_rows_under_a_read_also_heading_are_no_price_list() -> None:
    rows = ["الذهب: 3 ارتفاعات متتالية هذا الأسبوع", "الدولار: 47 جنيها في البنوك", "البورصة: 5 أسهم تقود الصعود"]
    out = arclean.PASSES["chrome"]()("\n".join([TITLE, P1, P2, "اقرأ أيضا", *rows, P3])).split("\n")
    assert rows[0] not in out


# The other side of this session's rules, from a read-only review of their first versions.
def test_the_lines_under_a_signature_stay_as_they_did() -> None:
    # sparing the signature must not leave the signer's other lines to be read as tags
    letter = [
        "دعوة لحضور اجتماع أولياء الأمور",
        "تتشرف إدارة مدرسة النور الابتدائية بدعوة أولياء أمور الطلاب لحضور الاجتماع السنوي الذي سيعقد في قاعة "
        "المدرسة الكبرى لمناقشة خطة العام الدراسي الجديد.",
        "وسيتناول الاجتماع عدداً من القضايا المهمة، أبرزها مواعيد الامتحانات والأنشطة اللاصفية والرحلات المدرسية، "
        "إضافة إلى آلية التواصل بين المعلمين وأولياء الأمور.",
        "نأمل منكم الحضور في الموعد المحدد، فحضوركم يسهم في نجاح العملية التعليمية ويعزز الشراكة بين البيت "
        "والمدرسة لما فيه مصلحة أبنائنا الطلاب.",
    ]
    page = [*letter, "مع خالص التحية،", "إدارة المدرسة", "مدرسة النور", "الرياض"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(page)


@pytest.mark.parametrize(
    "chrome_line",
    [
        "جميع الحقوق محفوظة لصحيفة الوطن - الدوام: الأحد – الخميس 9 ص – 5 م",  # lexicon evidence stands
        "السبت: الأهلي 2 - 2 الشباب",  # a score: no time of day
        "الخميس 12 – 14 نوفمبر",  # days of a month
        "النصر × الأهلي.. موعد المباراة والقنوات الناقلة",  # a fixture, no equation
    ],
)
def test_chrome_that_gives_days_and_figures_is_no_opening_hours_or_data(chrome_line: str) -> None:
    page = [TITLE, P1, P2, chrome_line, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


def test_holiday_tags_are_no_opening_hours() -> None:
    page = [TITLE, P1, P2, P3, "الوسوم", "عطلة عيد الفطر", "إجازة نهاية الأسبوع"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


# Review 15 (news articles under the chrome of outlets the dev data lacks) lost three body lines:
# an opinion column's short title above its writer's titled name, a title under a ticker whose
# thousands separators read as a sentence's commas, and the last row of a forecast's table.
COLUMN = [
    "كل صباح، يقف آلاف منا في طوابير السيارات نفسها، على الطرق نفسها، في الساعة نفسها، ثم نتذمر من الزحام.",
    "المدن تتسع، وعدد السيارات يتضاعف، لكن نمط حياتنا لم يتغير: الدوام يبدأ في الساعة ذاتها للجميع.",
    "الزحام ليس قدراً، إنه حصيلة قرارات صغيرة نتخذها كل يوم، ويمكن أن نغيرها إذا أردنا.",
]


@pytest.mark.parametrize("stamp", ["الأحد 11 ذو القعدة 1446 - 11 مايو 2025 | العدد 18620", "11 مايو 2025"])
def test_a_short_title_above_a_titled_writers_name_stays(stamp: str) -> None:
    page = ["صحيفة الجزيرة", "الرئيسية | محليات | الرأي", "الرأي", "حين يصبح الزحام عادة", "د. فهد بن ناصر العتيبي"]
    cleaned = arclean.PASSES["chrome"]()("\n".join([*page, stamp, *COLUMN, COPYRIGHT])).split("\n")
    assert cleaned[0] == "حين يصبح الزحام عادة" and cleaned[-len(COLUMN) :] == COLUMN
    assert stamp not in cleaned  # the newspaper's issue number beside the date is part of the stamp


def test_a_profiles_subject_under_its_short_title_stays_with_the_title() -> None:
    body = [
        "ولد جراح القلب العالمي في مدينة بلبيس عام 1935، وتخرج في كلية طب القاهرة، ثم سافر إلى بريطانيا.",
        "أجرى آلاف العمليات لزراعة القلب والرئة، ثم عاد ليؤسس مركزا لجراحة القلب في أسوان.",
        "ويلقبه المصريون بأمير القلوب، لما عرف عنه من تواضع وحب للخير وعلاج الفقراء دون مقابل.",
    ]
    page = ["رموز مصرية", "الرئيسية", "شخصيات", "ملك القلوب", "د. مجدي يعقوب", "16 نوفمبر 2024", *body, "شارك"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(["ملك القلوب", "د. مجدي يعقوب", *body])


def test_a_ticker_above_the_title_is_no_paragraph() -> None:
    title = "«تاسي» يرتفع 1.2% في أسبوع بدعم قطاعي البنوك والطاقة"
    ticker = "تاسي 11,842 ▲ 0.4% | برنت 64.7 $ | الذهب 3,328 $ | الدولار 3.75 ريال"
    page = ["جريدة الرياض", ticker, "اقتصاد", title, "10 مايو 2025", P1, P2, P3, COPYRIGHT]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([title, P1, P2, P3])


def test_a_sentence_with_bars_and_commas_is_still_a_paragraph() -> None:
    # one bar between two clauses is a writer's; a paragraph above the title is the page's lead
    lead = "ارتفعت الأسعار في السوق المحلية، وقال التجار إن الطلب زاد | بحسب بيانات الغرفة التجارية هذا الأسبوع."
    assert arclean.PASSES["chrome"]()("\n".join([lead, TITLE, P1, P2])) == "\n".join([lead, TITLE, P1, P2])


FORECAST_ROWS = ["العظمى: 49 - 51 درجة", "الصغرى: 33 - 35 درجة", "الرياح: شمالية غربية 20 - 45 كم/ساعة"]


HEATWAVE = [
    "«الأرصاد»: موجة حارة تبدأ الخميس.. والعظمى 51 درجة",
    "أعلنت إدارة الأرصاد الجوية أن البلاد ستتأثر اعتباراً من يوم الخميس بموجة حارة جداً، ترافقها رياح "
    "شمالية غربية نشطة وارتفاع في درجات الحرارة العظمى.",
    "وقال مراقب التنبؤات الجوية إن الكتلة الهوائية الحارة ستبقى حتى نهاية الأسبوع، مع رياح مثيرة للغبار.",
]


def test_a_forecasts_table_before_a_read_also_line_stays_whole() -> None:
    table = ["توقعات الخميس", *FORECAST_ROWS, "البحر: خفيف إلى معتدل 2 - 4 أقدام"]
    closing = "ودعت الإدارة العاملين في المواقع المكشوفة إلى الالتزام بقرار حظر العمل وقت الظهيرة."
    read_also = "اقرأ أيضاً: «الكهرباء»: الأحمال تقترب من 17 ألف ميغاواط"
    page = ["محليات", *HEATWAVE, *table, read_also, closing, COPYRIGHT]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([*HEATWAVE, *table, closing])


@pytest.mark.parametrize("heading", ["اقرأ أيضا", "ملفات ساخنة"])
def test_four_teasers_with_figures_under_a_heading_still_go(heading: str) -> None:
    # (a heading without evidence too: four rows off the article's topic are other stories, not its table)
    teasers = [
        "الصحة: 42 إصابة جديدة بالحصبة في 3 مناطق",
        "الأرصاد: أمطار رعدية على 5 مناطق غدا",
        "التعليم: 120 ألف طالب يبدؤون الاختبارات",
        "المرور: 7 مخالفات تكلفك 500 ريال",
    ]
    page = [TITLE, P1, P2, heading, *teasers, P3, COPYRIGHT]
    assert [t for t in teasers if t in arclean.PASSES["chrome"]()("\n".join(page)).split("\n")] == []


def test_a_source_naming_agencies_under_the_title_is_no_title() -> None:
    # "يورونيوز عربي مع وكالات" between the title and the date signs the article; the title above it,
    # opened by a live label, is on the article's topic
    title = "مباشر | فيضانات جنوب إسبانيا: ارتفاع عدد الضحايا وإجلاء الآلاف"
    body = [
        "تتواصل عمليات الإنقاذ في إقليمي مورسيا وألميريا بعد أمطار غزيرة تسببت في فيضانات مفاجئة جنوب إسبانيا.",
        "18:05 - ارتفاع حصيلة ضحايا الفيضانات إلى 11.",
        "17:30 - إغلاق الطريق السريع بين لوركا وبويرتو لومبريراس بسبب الفيضانات.",
    ]
    page = ["يورونيوز", "أوروبا | العالم | اقتصاد | ثقافة | مباشر", "مباشر", title, "يورونيوز عربي مع وكالات"]
    cleaned = arclean.PASSES["chrome"]()("\n".join([*page, "آخر تحديث: 14/11/2025 - 18:40", *body, COPYRIGHT]))
    assert cleaned == "\n".join([title, *body])


DECREE = [
    "صدر قانون بشأن تنظيم مهنة الوساطة العقارية، ونشر في العدد الأخير من الجريدة الرسمية، وجاء فيه ما يلي:",
    "المادة 1:",
    "لا يجوز لأي شخص مزاولة مهنة الوساطة العقارية إلا بعد الحصول على ترخيص من الجهاز المختص بذلك.",
    "المادة 2:",
    "على الوزراء - كل فيما يخصه - تنفيذ أحكام هذا القانون، ويعمل به من اليوم التالي لتاريخ نشره.",
    "ملك مملكة البحرين",
    "حمد بن عيسى آل خليفة",
]


def test_the_dates_a_decree_announces_at_its_end_stay() -> None:
    signed = ["صدر في قصر الرفاع:", "بتاريخ: 27 رجب 1437هـ", "الموافق: 4 مايو 2016م"]
    page = ["محليات", TITLE, "11 مايو 2016", *DECREE, *signed, "طباعة | إرسال | حفظ", COPYRIGHT]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, *DECREE, *signed])


def test_a_comments_date_under_its_writers_name_still_goes() -> None:
    # "هند قال:" opens a comment: the date under it is the comment's stamp, not an item it announces
    page = [TITLE, "11 مايو 2016", P1, P2, P3, "تعليقات القراء (2)", "هند قال:", "15 سبتمبر 2024 في 10:22 ص"]
    cleaned = arclean.PASSES["chrome"]()("\n".join([*page, "شكرا على المقال المفيد", "رد", COPYRIGHT]))
    assert "15 سبتمبر 2024 في 10:22 ص" not in cleaned.split("\n")


def test_a_writers_schedule_of_days_and_fixtures_stays_whole() -> None:
    # dates under a writer's colon line that signs nothing are a schedule's days, with its items
    schedule = [
        "وجاءت مواعيد مباريات الجولة على النحو التالي:",
        "الجمعة 15 نوفمبر",
        "الهلال - النصر",
        "الشباب - الفتح",
        "السبت 16 نوفمبر",
        "الاتحاد - الأهلي",
    ]
    page = [TITLE, "14 نوفمبر 2025", P1, *schedule, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join([*page, COPYRIGHT])) == "\n".join([TITLE, P1, *schedule, P2, P3])


def test_a_subtitle_holding_an_agencys_name_as_a_word_stays() -> None:
    # "معا" (together) is also the Maan agency: only a credit after "مع" or "+" signs an article
    subtitle = "معا نحو طاقة أنظف"
    page = ["الرئيسية | أخبار | اقتصاد | رياضة | ثقافة", TITLE, subtitle, "14 نوفمبر 2025", P1, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join([*page, COPYRIGHT])) == "\n".join([TITLE, subtitle, P1, P2, P3])


@pytest.mark.parametrize(
    "widget",
    [
        ["أحمد محمد العلي:", "15 سبتمبر 2024 في 10:22 ص", "شكرا على المقال المفيد"],  # a comment
        ["حالة الطقس في الرياض:", "الأحد 12 مايو", "مشمس 38"],
        ["أرشيف الأخبار حسب الشهر:", "نوفمبر 2025 (4)", "أكتوبر 2025 (7)"],
    ],
    ids=["comment", "weather", "archive"],
)
def test_dates_under_a_widgets_colon_line_still_go(widget: list[str]) -> None:
    kept = arclean.PASSES["chrome"]()("\n".join([TITLE, "14 نوفمبر 2025", P1, P2, P3, *widget, COPYRIGHT]))
    assert widget[1] not in kept.split("\n")


RETURNEES = [
    "عاد أبو سامر إلى الحي الشمالي قبل شهرين، فوجد البيت بلا سقف وبلا أبواب وبلا نوافذ، ورمم غرفة واحدة للعائلة.",
    "عادت أم خالد مع بناتها الثلاث بعد وفاة زوجها في المخيم، ووجدت أشجار الزيتون مقطوعة كلها تقريبا.",
    "وليد طالب في كلية الهندسة، عاد وحده ليتفقد بيت أهله قبل أن تلحق به العائلة في الصيف المقبل.",
]


def test_sections_headed_by_names_stay_after_an_inserted_teaser() -> None:
    # "name – place" over each story: a byline's shape, but the third heads its story like the two
    # above it, though a teaser stands over it
    teaser = "اقرأ أيضاً: مجلس محلي كفرنبل يبدأ إزالة الأنقاض من الشارع الرئيسي"
    heads = ["أبو سامر – معرة النعمان", "أم خالد – كفرنبل", "وليد – خان شيخون"]
    story = [P1, heads[0], RETURNEES[0], heads[1], RETURNEES[1], teaser, heads[2], RETURNEES[2], P3]
    page = ["الرئيسية | أخبار | تقارير | حوارات | رأي", TITLE, "إدلب - زمان الوصل", "2025-04-12", *story]
    cleaned = arclean.PASSES["chrome"]()("\n".join([*page, "شارك", COPYRIGHT]))
    assert cleaned == "\n".join([TITLE, *(line for line in story if line != teaser)])


HEADS = ["أبو سامر – معرة النعمان", "أم خالد – كفرنبل"]
BIO = "كاتب وصحفي سوري يكتب في الشؤون المحلية والإنسانية، وله عدة تحقيقات عن النزوح والعودة إلى القرى."


@pytest.mark.parametrize(
    "tail",
    [
        ["شارك", "محمد سالم – إدلب", BIO],  # an author box: its name heads the last paragraph
        ["إعلان", "إدلب - زمان الوصل", RETURNEES[2], P3],  # the byline again, under an advert
    ],
    ids=["author-box", "repeated-byline"],
)
def test_a_line_shaped_like_the_sections_above_it_that_is_a_byline_still_goes(tail: list[str]) -> None:
    story = [P1, HEADS[0], RETURNEES[0], HEADS[1], RETURNEES[1]]
    page = [TITLE, "إدلب - زمان الوصل", "2025-04-12", *story, *tail, COPYRIGHT]
    assert tail[1] not in arclean.PASSES["chrome"]()("\n".join(page)).split("\n")


ADVISORY = [
    "ثغرة خطيرة في أجهزة راوتر منزلية تسمح بالتحكم فيها عن بعد",
    "كشف باحثون أمنيون عن ثغرة خطيرة في عدد من أجهزة الراوتر المنزلية، تسمح للمهاجم بتنفيذ أوامر عن بعد.",
    "تسمح الثغرة للمهاجم الموجود على الشبكة نفسها بالسيطرة الكاملة على الجهاز وتغيير إعداداته.",
    "وينصح الخبراء بتحديث البرنامج الثابت فورا وتعطيل ميزة الإدارة عن بعد وتغيير كلمة المرور الافتراضية.",
]


def test_data_fields_under_a_paragraph_stay() -> None:
    # a run of "name: value" lines whose values are figures or codes, with paragraphs after it
    fields = ["رقم الثغرة: CVE-2025-31207", "درجة الخطورة: 9.8 من 10"]
    title, first, *rest = ADVISORY
    page = ["الرئيسية | أخبار | مراجعات | شروحات", title, "بواسطة: سامر الحلبي", "14 مايو 2025", first, *fields, *rest]
    cleaned = arclean.PASSES["chrome"]()("\n".join([*page, COPYRIGHT]))
    assert cleaned == "\n".join([title, first, *fields, *rest])


def test_teasers_shaped_as_fields_beside_an_on_topic_one_still_go() -> None:
    # a teaser names its story in three words or more: one on-topic field beside it keeps no teaser
    title, first, *rest = ADVISORY
    teaser = "زلزال تركيا اليوم: 5.8 درجات"
    page = [title, "14 مايو 2025", first, "رقم الثغرة: CVE-2025-31207", teaser, *rest, COPYRIGHT]
    assert teaser not in arclean.PASSES["chrome"]()("\n".join(page)).split("\n")


def test_a_widgets_fields_spliced_under_a_paragraph_still_go() -> None:
    # figures in a few words under a paragraph, but off the article's topic: a prices widget
    widget = ["الذهب عيار 21: 62.5 دينار", "الدولار: 0.709 دينار"]
    page = ["عائدون إلى الخراب في ريف إدلب", "2025-04-12", RETURNEES[0], *widget, RETURNEES[1], RETURNEES[2]]
    cleaned = arclean.PASSES["chrome"]()("\n".join([*page, COPYRIGHT]))
    assert not set(widget) & set(cleaned.split("\n"))


# ------------------------------------------------------------- review 21 (twenty-first session)
ROUND = [
    "أسدل الستار على الجولة الرابعة عشرة من الدوري الممتاز، بفوز الأهلي على الاتحاد وتعادل بيراميدز مع المصري.",
    "وسجلت الجولة تسعة عشر هدفا في تسع مباريات، واحتسبت خلالها ثلاث ركلات جزاء أهدرت منها واحدة.",
]
ROUND_TITLE = "حصاد الجولة 14.. الأهلي يوسع الفارق وبيراميدز يتعثر"
FOOTER = ["شارك", "© 2026 في الجول"]


def test_a_schedules_days_stay_after_the_article_and_a_pasted_link() -> None:
    schedule = [
        "الجولة المقبلة",
        "الجمعة 30 يناير",
        "سموحة × الأهلي - 8:00 م",
        "السبت 31 يناير",
        "الزمالك × إنبي - 5:00 م",
    ]
    link = "اقرأ أيضا | مدرب سموحة: التحكيم حرمنا من نقطة أمام الزمالك"
    page = [ROUND_TITLE, "الإثنين، 26 يناير 2026 - 13:05", *ROUND, link, *schedule, *FOOTER]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([ROUND_TITLE, *ROUND, *schedule])


def test_teasers_dated_under_their_headlines_still_go() -> None:
    # a teaser's date stands under its headline, with no time in the next line
    teasers = [
        "الأكثر قراءة",
        "رسميا الأهلي يعلن التعاقد مع مهاجم غاني",
        "الجمعة 30 يناير",
        "موعد مباراة مصر الودية في مارس",
    ]
    page = [ROUND_TITLE, *ROUND, *teasers, "السبت 31 يناير", *FOOTER]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([ROUND_TITLE, *ROUND])


EPISODE = [
    "كيف ترسم خريطة لرمال لا تتوقف عن الحركة؟",
    "نورة العتيبي جغرافية قضت خمسة عشر عاما في رسم خرائط الكثبان الرملية في الربع الخالي، ترصد حركتها موسما بعد موسم.",
    "في هذه الحلقة نتحدث عن أول رحلة ميدانية لها، وعن الفرق بين الخريطة والأرض، ولماذا يضيع الناس في الصحراء.",
]
CHAPTERS = [
    "00:00 البداية",
    "03:12 طفولة في عفيف",
    "31:05 الكثيب الذي تحرك 40 مترا في سنة",
    "1:10:44 حين ضعنا لليلة كاملة",
]


def test_an_episodes_chapters_under_its_last_paragraph_stay() -> None:
    page = [*EPISODE, "محاور الحلقة", *CHAPTERS, "شارك الحلقة", "ثمانية © 2026"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([*EPISODE, "محاور الحلقة", *CHAPTERS])


def test_timed_lines_in_the_furniture_below_the_article_still_go() -> None:
    # times in order far below the article, past the share row and a widget's heading: a ticker
    ticker = [
        "الأكثر استماعا",
        "شارك الحلقة",
        "تابعنا",
        "08:10 حلقة عن القهوة",
        "09:30 حلقة عن الخط",
        "10:45 حلقة عن الفضاء",
        "11:20 حلقة عن البحر",
    ]
    page = [*EPISODE, *ticker, "ثمانية © 2026"]
    assert not set(ticker[3:]) & set(arclean.PASSES["chrome"]()("\n".join(page)).split("\n"))


def test_a_verse_opening_a_notice_is_no_line_above_its_title() -> None:
    # "صدق الله العظيم" closes the verse above it: neither is the page's title
    notice = [
        "كل من عليها فان ويبقى وجه ربك ذو الجلال والإكرام",
        "صدق الله العظيم",
        "بقلوب مؤمنة بقضاء الله وقدره، ينعى آل العمري في الأردن والمهجر فقيدهم الغالي الحاج سليمان العمري.",
        "ويشيّع جثمانه الطاهر بعد صلاة الظهر من مسجد الهاشمي في إربد، ويوارى الثرى في مقبرة العائلة.",
    ]
    page = [
        "وفيات الأردن",
        "الرئيسية | وفيات اليوم | وفيات الأمس",
        "نُشر: 22/01/2026 - 09:12 ص",
        "عدد التعازي: 37",
        *notice,
    ]
    assert arclean.PASSES["chrome"]()("\n".join([*page, "© وفيات الأردن 2026"])) == "\n".join(notice)


def test_a_field_of_figures_under_the_title_is_no_title() -> None:
    # "رقم القرار: 5218/2024" is a fact of the ruling: the headline above it is the title
    title = "لا يحق للمؤجر استرداد المأجور لغايات الهدم قبل الحصول على رخصة البناء"
    fields = ["المحكمة: محكمة التمييز الأردنية بصفتها الحقوقية", "رقم القرار: 5218/2024", "تاريخ القرار: 19/2/2025"]
    body = [
        "أقام المدعي، وهو مالك عقار في عمّان، دعوى أمام محكمة الصلح يطالب فيها بإخلاء المستأجر من محل تجاري.",
        "وجدت المحكمة أن الإخلاء لغايات الهدم يشترط أن يكون المؤجر قد حصل على رخصة بناء سارية من الجهات المختصة.",
    ]
    page = ["قسطاس", "التشريعات | الأحكام القضائية | الاتفاقيات", "عدد المشاهدات: 418", title, *fields, *body]
    assert arclean.PASSES["chrome"]()("\n".join([*page, "© قسطاس 2026"])) == "\n".join([title, *fields, *body])


def test_a_section_worded_like_a_footer_link_stays_after_the_last_paragraph() -> None:
    # the writer's sections of short rows run past the service's one paragraph
    service = [
        "تتيح هذه الخدمة لحامل رخصة القيادة سارية المفعول الحصول على رخصة بديلة في حال فقدانها أو تلفها دون مراجعة.",
        "الجهة المقدمة للخدمة: وزارة الداخلية - الإدارة العامة للمرور.",
        "المستندات المطلوبة",
        "البطاقة الشخصية.",
        "الرخصة التالفة، في حال التلف.",
        "الشروط والأحكام",
        "ألا تكون الرخصة منتهية الصلاحية.",
        "ألا يكون على مقدم الطلب مخالفات مرورية غير مسددة.",
    ]
    page = ["إصدار بدل فاقد لرخصة القيادة", *service, "هل كانت هذه المعلومات مفيدة؟", "نعم | لا"]
    footer = "الشروط والأحكام | سياسة الخصوصية | خريطة الموقع"
    cleaned = arclean.PASSES["chrome"]()("\n".join([*page, footer, "© 2026 حكومي"]))
    assert cleaned == "\n".join(["إصدار بدل فاقد لرخصة القيادة", *service])


@pytest.mark.parametrize(
    "page",
    [
        "s05_events_widget_above_title.txt",  # events by day, above the title
        "s06_more_news_by_day.txt",  # "المزيد من الأخبار": news by day under the article
        "s07_match_widget_after_caption.txt",  # today's matches after the picture's credit
        "s09_video_gallery_durations.txt",  # "شاهد أيضا": videos by day with their lengths
    ],
)
def test_widgets_of_timed_rows_by_day_still_go(page: str) -> None:
    # a schedule's days and an episode's chapters are the writer's inside the article or right
    # under it; a widget's rows above the title, or under a list's heading or a caption, are not
    rows = (Path(__file__).parent / "data" / "chrome_body_review22" / page).read_text(encoding="utf-8").splitlines()
    dropped = {
        change.line
        for change in arclean.PASSES["chrome"]()
        .explain("\n".join(r[2:] if r.startswith("~ ") else r for r in rows))
        .changes
    }
    timed = [k for k, row in enumerate(rows) if row.startswith("~ ") and any(ch.isdigit() for ch in row)]
    assert timed and [rows[k] for k in timed if k not in dropped] == []


# -------------------------------------------------------------- twenty-second session
LISTING = [
    "شقة واسعة في الطابق الرابع من بناية حديثة قرب الجامعة، بإطلالة على البحر ومطبخ مجهز بالكامل وموقف خاص.",
    "الإيجار السنوي 4800 دينار يدفع على دفعتين، والشقة متاحة للعائلات فقط، والمعاينة بموعد مسبق مع المالك.",
]


@pytest.mark.parametrize(
    "title", ["شقة ثلاث غرف للإيجار – الرملة البيضاء", "خط الحافلات السريع – صور", "قسم الهندسة الزراعية – كلية العلوم"]
)
def test_a_title_shaped_like_a_dateline_under_the_breadcrumb_stays(title: str) -> None:
    # "thing – place" right under the site's crumbs, no headline above it: the page's title; a
    # dateline stands under its title
    page = ["عقارات لبنان", "بيع | إيجار | أضف إعلانك", "الرئيسية › إيجار › بيروت", title, *LISTING]
    cleaned = arclean.PASSES["chrome"]()("\n".join([*page, "© 2026 عقارات لبنان"]))
    assert cleaned == "\n".join([title, *LISTING])
    assert arclean.PASSES["chrome"]()(cleaned) == cleaned


@pytest.mark.parametrize("logo", ["مملكة البحرين – شؤون الجمارك", "بيروت - عقارات لبنان"])
def test_a_logo_or_a_dateline_shaped_like_a_byline_still_goes(logo: str) -> None:
    # above the menus, or between the title and the article, the same shape is the site's
    title = "شقة ثلاث غرف للإيجار في الرملة البيضاء"
    crumbs = ["بيع | إيجار | أضف إعلانك", "الرئيسية › إيجار › بيروت"]
    above = [logo, *crumbs, title, *LISTING]
    under = [*crumbs, title, logo, *LISTING]
    for page in (above, under):
        assert arclean.PASSES["chrome"]()("\n".join([*page, "© 2026 عقارات لبنان"])) == "\n".join([title, *LISTING])


def test_a_captions_label_after_an_emoji_is_still_a_label() -> None:
    caption = "📷 الصورة: الشرفة المطلة على البحر من غرفة الجلوس"
    page = ["شقة ثلاث غرف للإيجار في الرملة البيضاء", caption, *LISTING]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([page[0], *LISTING])


@pytest.mark.parametrize(
    "link",
    [
        "اقرأ في الشرق: افتتاح مرسى جديد لقوارب الصيد في الميناء",
        "اقرئي أيضاً: خمس وصفات سريعة لإفطار الصباح",
        "طالع على موقعنا: افتتاح مرسى جديد لقوارب الصيد",
        "ويمكن أيضاً قراءة: الصيادون يطالبون بدعم الوقود",
    ],
)
def test_a_links_label_naming_the_site_or_a_reader_still_goes(link: str) -> None:
    # a reading or watching verb, then "also" or where, a colon, another article's headline: weak
    # evidence, enough off the article's topic (on it, a syllabus's or a show's row stays)
    page = [TITLE, P1, link, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([TITLE, P1, P2, P3])


@pytest.mark.parametrize(
    "line",
    [
        "شاهد عيان: طوابير أمام محطات الوقود بعد ارتفاع أسعار النفط",
        "اقرأ على الشاشة: سعر البرميل من خام برنت يرتفع مع تراجع المخزونات.",
    ],
)
def test_a_witness_or_an_instruction_with_a_colon_stays(line: str) -> None:
    # an eyewitness is no verb; a sentence is no link
    page = [TITLE, P1, line, P2, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(page)


def test_the_writers_last_field_and_chain_stay_above_a_link_and_the_furniture() -> None:
    # once the link below goes, these are the last rows of the article, not tags or a breadcrumb
    rows = ["الحمل", "مهنيًا: يوم مناسب لإنهاء الأعمال المؤجلة وترتيب أولوياتك.", "رقم الحظ: 7", "اللون المحظوظ: الأزرق"]
    chain = ["باختصار", "فائدة أعلى ← اقتراض أقل ← طلب أقل ← تضخم أبطأ."]
    furniture = ["اختر برجك", "اقرئي أيضًا: توافق الأبراج في الحب هذا الأسبوع", "© 2026 سيدتي"]
    for writers in (rows, chain):
        page = [TITLE, P1, P2, *writers, *furniture]
        assert arclean.PASSES["chrome"]()("\n".join(page)).split("\n")[: 3 + len(writers)] == [TITLE, P1, P2, *writers]


def test_a_poem_under_the_breadcrumb_stays_above_its_share_row_and_the_poets_bio() -> None:
    # no paragraph but the poet's bio in the furniture: the verses are a long run over it, and
    # the run's first line, right under the breadcrumb, is the title.  (Without the poet's name
    # and the metre under the title, a second round takes the title and the dedication for a
    # menu: the topic is the bio's alone.)
    verses = [
        "على شاطئ المرفأ",
        "سالم العامري",
        "البحر: الكامل",
        "إلى أبي",
        "يا بحرُ هل في الموجِ منكَ رسالةٌ",
        "تأتي إلى قلبي مع الإصباحِ",
        "ما زلتُ أنتظرُ الشراعَ يعودُ بي",
        "ويعيدُ لي ما ضاعَ من أفراحي",
        "والنورسُ العجلانُ يعرفُ بيتَنا",
        "ويحطُّ فوق الدارِ كالمصباحِ",
    ]
    page = [
        "ديوان الشعر",
        "الشعراء | القصائد | البحور",
        "الرئيسية > العصر الحديث > سالم العامري",
        *verses,
        "★ أضف إلى المفضلة | نسخ القصيدة | مشاركة",
        "نبذة عن الشاعر: سالم العامري شاعر عماني ولد في صور عام 1958، وصدرت له أربع مجموعات شعرية.",
        "جميع الحقوق محفوظة © ديوان الشعر 2026",
    ]
    kept = set(arclean.PASSES["chrome"]()("\n".join(page)).split("\n"))
    assert [line for line in [verses[0], *verses[3:]] if line not in kept] == []  # (name and metre may go)


def test_a_timelines_fuller_dates_stay_among_its_years() -> None:
    timeline = [
        "2013",
        "زحف الرمال يغلق باب المكتبة القديمة لأول مرة منذ قرن.",
        "2015",
        "باحثة من الجامعة تبدأ فهرسة المخطوطات وتحصي أكثر من ألف عنوان.",
        "مارس 2017",
        "تسرب مياه الأمطار يتلف ستين مخطوطا، والعائلة تطلب المساعدة.",
        "2019",
        "مشروع دولي لرقمنة المخطوطات يصل إلى المدينة ويبدأ التصوير.",
    ]
    title = "مخطوطات المدينة القديمة: تسلسل زمني لرحلة مكتبة عائلية"
    lead = "منذ أكثر من عقد تحاول العائلة إنقاذ مكتبتها من الرمال والرطوبة، وهذه أبرز محطات رحلتها مع المخطوطات."
    page = [title, "الخميس 12 مارس 2026 - 10:15", lead, *timeline, "شارك", "© 2026 المنصة"]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([title, lead, *timeline])


def test_a_live_blogs_last_time_stays_under_a_video_between_entries() -> None:
    entries = [
        "13:05",
        "المركز الوطني للأرصاد يعلن انتهاء ذروة المنخفض الجوي على معظم المناطق.",
        "10:32",
        "تأخير أربع عشرة رحلة في المطار الدولي بسبب الأحوال الجوية.",
        "08:40",
        "بداية هطول الأمطار على مناطق واسعة من الدولة منذ ساعات الفجر الأولى.",
    ]
    video = "فيديو | أمطار غزيرة في شوارع المدينة (0:48)"
    title = "أمطار غزيرة على الدولة.. لحظة بلحظة"
    lead = "تتأثر الدولة منذ فجر اليوم الثلاثاء بمنخفض جوي مصحوب بأمطار غزيرة ورياح نشطة على معظم المناطق."
    page = [title, lead, *entries[:4], video, *entries[4:], "تابعوا تغطيتنا المباشرة على حساباتنا", "© 2026"]
    kept = arclean.PASSES["chrome"]()("\n".join(page)).split("\n")
    assert [line for line in kept if line != video] == [title, lead, *entries]  # (the video, on topic, may stay)


def test_a_dateline_signed_with_the_logo_above_the_title_is_no_title() -> None:
    title = "مدبغة الحي القديم تفتح أبوابها لعشرين متدربا شابا"
    body = [
        "انطلقت صباح اليوم الخميس بمدبغة الحي القديم دورة تكوينية لفائدة عشرين شابا في حرفة الدباغة التقليدية.",
        "وحسب المنظمين، فإن الدورة تهدف إلى ضمان انتقال الحرفة إلى جيل جديد من الصناع في المدينة العتيقة.",
    ]
    page = ["فبراير.كوم", "أخبار | سياسة | مجتمع | ثقافة", "فاس: فبراير.كوم", "الخميس 5 فبراير 2026 - 10:15", title]
    page += ["وقت القراءة: دقيقتان", *body]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join([title, *body])


@pytest.mark.parametrize(
    "rows",
    [
        ["اقرأ في الكتاب المقرر: الفصل الأول، نشأة علم الاجتماع", "اقرأ في الكتاب المقرر: الفصل الثاني، المنهج العلمي"],
        ["شاهد على العصر: أكثر من ستمئة حلقة في خمسة وعشرين عاما"],
        ["فيديو | أسعار النفط والدعم (3:45)", "فيديو | مخزونات النفط الأمريكية (4:10)", "فيديو | أوبك والإنتاج (2:58)"],
        ["اقرأ: النص الآتي بعناية قبل الإجابة عن الأسئلة", "شاهد: المقطع المرفق ثم أجب عن السؤال الخامس"],
        ["⚠️ تنبيه هام: لا تبع النفط قبل قرار أوبك", "📌 تنويه: الأسعار تحسب حسب خام برنت لا غرب تكساس"],
    ],
)
def test_the_writers_rows_shaped_like_links_or_flagged_notes_stay(rows: list[str]) -> None:
    # from the read-only review of this session's rules: a syllabus, a show's name, a course's
    # videos in a list, exam instructions, notes flagged with an emoji
    page = [TITLE, P1, P2, "وفيما يلي التفاصيل:", *rows, P3]
    assert arclean.PASSES["chrome"]()("\n".join(page)) == "\n".join(page)


@pytest.mark.parametrize(
    ("page", "link"),
    [
        ("n24_northpress_heavy_hasakah_wheat_seeds.txt", "ويمكن أيضاً قراءة:"),
        ("n26_mubasher_hard_egx_close_tickers.txt", "اقرأ على مباشر:"),
        ("n27_hia_hard_archer_quickfire_interview.txt", "اقرئي أيضاً:"),
    ],
)
def test_review_19s_links_labelled_with_the_site_or_the_reader_go(page: str, link: str) -> None:
    rows = (Path(__file__).parent / "data" / "chrome_body_review19" / page).read_text(encoding="utf-8").splitlines()
    text = "\n".join(r[2:] if r.startswith("~ ") else r for r in rows)
    assert not [line for line in arclean.PASSES["chrome"]()(text).split("\n") if line.startswith(link)]
