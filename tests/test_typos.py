"""The typo pass on real-looking Arabic: what it fixes, what it must leave alone, and why."""

from __future__ import annotations

import pytest

import arclean
from arclean.core import ConfigError, Safety
from arclean.passes.typos import Typos

FIX = Typos()


# --------------------------------------------------------------------- every error model
@pytest.mark.parametrize(
    ("wrong", "right", "kind"),
    [
        # the seed articles' typos
        ("غلى", "إلى", "keyboard"),  # إ is Shift+غ: a missed Shift
        ("غيران", "إيران", "keyboard"),
        ("والتحاف", "والتحالف", "deletion"),  # a dropped letter, found through التحالف
        ("أنة", "أنه", "ta_marbuta"),
        ("هذة", "هذه", "ta_marbuta"),
        ("إلية", "إليه", "ta_marbuta"),
        ("مسؤل", "مسؤول", "hamza"),
        ("امس", "أمس", "forced"),
        ("نقلأ", "نقلا", "hamza"),
        # hamza: dropped on the first alef of the stem, after clitics, on و and ي carriers
        ("الاردنية", "الأردنية", "hamza"),
        ("الاول", "الأول", "hamza"),
        ("الى", "إلى", "hamza"),
        ("للامم", "للأمم", "hamza"),
        ("المسوولين", "المسؤولين", "hamza"),
        ("رييس", "رئيس", "hamza"),
        ("الطواري", "الطوارئ", "hamza"),
        # a hamza written on hamzat al-wasl (verbal nouns of forms VII, VIII and X, اسم, ابن)
        ("إستخدام", "استخدام", "hamza"),
        ("الإقتصاد", "الاقتصاد", "hamza"),
        ("إنطلاق", "انطلاق", "hamza"),
        ("إضطراب", "اضطراب", "hamza"),
        ("بإسم", "باسم", "hamza"),
        # ... and written أ, on the verbal nouns and nouns (أ also opens a verb's first person)
        ("أستخدام", "استخدام", "hamza"),
        ("الأنتخابات", "الانتخابات", "hamza"),
        ("بأختصار", "باختصار", "hamza"),
        ("بأسم", "باسم", "hamza"),
        ("أمرأة", "امرأة", "hamza"),
        ("الأثنين", "الاثنين", "hamza"),
        # ... and on form VIII of a first radical و (اتفق from وفق), whose verbs take no hamza
        ("الإتحاد", "الاتحاد", "hamza"),
        ("إتخذ", "اتخذ", "hamza"),
        # ta marbuta written as ha (after the article it cannot be a pronoun)
        ("مدينه", "مدينة", "ta_marbuta"),
        ("الطالبه", "الطالبة", "ta_marbuta"),
        ("اللة", "الله", "ta_marbuta"),
        # alef maqsura and ya
        ("فى", "في", "alef_maqsura"),
        ("التى", "التي", "alef_maqsura"),
        ("حتي", "حتى", "alef_maqsura"),
        ("إلي", "إلى", "alef_maqsura"),
        # a slip in one of the commonest words, which the frequency list holds (الريئس 1.55,
        # كاانت 1.6) or reads as a listed base and an ending (الحكوة as الحكو + ة)
        ("الحكوة", "الحكومة", "deletion"),
        ("الاقتصدية", "الاقتصادية", "deletion"),
        ("الريئس", "الرئيس", "transposition"),
        ("كاانت", "كانت", "insertion"),
        # the other Shift-miss pairs of the Arabic keyboard
        ("القل", "الأقل", "keyboard"),  # لأ is Shift+ل
        ("ىلاف", "آلاف", "keyboard"),  # آ is Shift+ى
        ("افسلامية", "الإسلامية", "keyboard"),  # لإ is Shift+ف
    ],
)
def test_error_models_fix_real_typos(wrong: str, right: str, kind: str) -> None:
    explained = FIX.explain(f"قال {wrong} اليوم")
    assert explained.text == f"قال {right} اليوم"
    (change,) = explained.changes
    assert (change.before, change.after, change.kind) == (wrong, right, kind)


@pytest.mark.parametrize(
    "text",
    [
        "وحذر من حكرة التجار للسلع",  # حكرة (monopoly), built on حكر: not حركة
        "وهو الهدف المرغب فيه",  # the wished-for, not المغرب
        "وتسكن عشيرة الشمايلة في الشمال",  # a family's name: the slip to الشمالية does not win by enough
        "وقالوا إنهم سيكفون عن الشكوى",  # they will stop: not سيكون
        # unlisted forms of a common listed base: a dual, plurals (not السودان, الطائرات, إجراءات)
        "وانهار السدان في درنة بعد العاصفة",
        "وتعاملت الفرق مع الطارئات بسرعة",
        "وشهدت القضية إرجاءات متكررة",
        "وتم صرف البدلين للموظفين",
    ],
)
def test_rare_words_one_slip_from_a_common_word_are_left_alone(text: str) -> None:
    assert FIX(text) == text


def test_a_shift_slip_that_also_reads_as_a_dropped_commoner_hamza_letter_is_left_alone() -> None:
    # الخر is الأخر by a missed Shift (ل → لأ) but also الآخر, commoner, with آ dropped
    assert FIX("ينافس البعض الخر في المشروع") == "ينافس البعض الخر في المشروع"
    # the slip stands where no commoner seat reads the same (الأقل, no الآقل or الإقل)
    assert FIX("على القل اليوم") == "على الأقل اليوم"
    # غ → إ replaces a letter: no dropped letter explains غن, so إن stands though أن is commoner
    assert FIX("قال غن الوضع صعب") == "قال إن الوضع صعب"


def test_two_confusions_in_one_word() -> None:
    assert FIX("وصل الي بيروت") == "وصل إلى بيروت"
    # a final ه without the article may be a pronoun: it is never fixed together with a hamza
    assert FIX("الدوي الكبير الذي اثاره قبل ساعة") == "الدوي الكبير الذي اثاره قبل ساعة"


def test_transposition_and_split_models_propose_candidates() -> None:
    corrector = FIX.corrector()
    edits = {c.word: c.kind for c in corrector.models.edits("التلقيدي", corrector.lexicon, 3.0)}
    assert edits.get("التقليدي") == "transposition"
    splits = {c.word for c, _ in corrector.models.splits("لاتزال", corrector.lexicon, 3.0)}
    assert "لا تزال" in splits


def test_extra_and_doubled_letters_are_insertions() -> None:
    corrector = FIX.corrector()
    edits = {(c.word, c.kind, c.rule) for c in corrector.models.edits("التحاللف", corrector.lexicon, 3.0)}
    assert ("التحالف", "insertion", "doubled_letter") in edits
    assert FIX.explain("وصل التحاللف").changes[0].kind == "insertion"
    # never at the word's edges, where clitics and endings stand: فحوادث is ف + حوادث
    assert FIX("فحوادث السير كثيرة") == "فحوادث السير كثيرة"


# --------------------------------------------------------------------- context decides
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أكد الوزير ان الحكومة ستدعم", "أكد الوزير أن الحكومة ستدعم"),
        ("وقال المصدر ان قوة أمنية وصلت", "وقال المصدر إن قوة أمنية وصلت"),
        ("قال: ان الأمانة ستدعم", "قال: إن الأمانة ستدعم"),
        ("وأعرب بان كي مون عن قلقه", "وأعرب بان كي مون عن قلقه"),  # Ban Ki-moon
        ("ذكر بان الأمر انتهى", "ذكر بأن الأمر انتهى"),
        ("وتستمر حتى نهايته فان النتيجة محسومة", "وتستمر حتى نهايته فإن النتيجة محسومة"),
        ("فان هذا القرار نهائي", "فإن هذا القرار نهائي"),
        ("ولم يبق الا ان نترحم على الشهداء", "ولم يبق إلا أن نترحم على الشهداء"),  # إلا أن, not ألا إن
        ("حيث ان الوضع صعب", "حيث إن الوضع صعب"),
        ("تعاقد النادي مع المدرب لويس فان غال", "تعاقد النادي مع المدرب لويس فان غال"),  # Van
        ("سجل روبن فان بيرسي هدفين", "سجل روبن فان بيرسي هدفين"),
        ("وافق علي الأمر", "وافق على الأمر"),
        ("التقى الشيخ علي الطنطاوي", "التقى الشيخ علي الطنطاوي"),  # the name Ali
        ("علي عبدالله صالح", "علي عبدالله صالح"),
    ],
)
def test_neighbouring_words_decide_ambiguous_words(text: str, expected: str) -> None:
    assert FIX(text) == expected


# --------------------------------------------------------------------- never touched
@pytest.mark.parametrize(
    "text",
    [
        "أكد تنظيم داعش مسؤوليته",  # names that an error model would turn into a word (داغش)
        "زار الشيخ احمد ابو علي المدينة",  # personal names are the writer's choice
        "فاز المنتخب الاسباني على استراليا في اكتوبر",  # loanwords written both ways
        "أعلنت الحكومة الموقتة وقفا موقتا لإطلاق النار",  # مُوَقَّت, from وقّت: an accepted spelling
        "هدنة موقته",  # the same, with the web's ه for ة: the writer's spelling is kept whole
        "COVIDغلى و iPhoneهذة",  # glued to Latin letters
        "2015هذة و١٩٩٠غلى",  # glued to digits
        "https://example.com/غلى www.غلى.com user@غلى.sa #غلى",  # addresses and tags
        "إِلَى هذةٍ غلـى",  # diacritics and tatweel the writer put there
        "ذهب إلى البيت وأكل",  # correct text
        "الاستخدام والانتخابات والاجتماع",  # hamzat wasl: no hamza belongs there
        "بدأ إنتاج النفط وإنجاز المشروع بإتقان وإتمام الإستراتيجية",  # form IV's hamza, loanwords
        "إتاحة الفرص وإتلاف البضائع وإتباع القول بالعمل",  # form IV of roots in ت: shaped like اتفاق
        # the first person of forms VII, VIII and X, and of verbs shaped like اسم and ابن
        "أستخدم الهاتف وأنتظر الرد ثم أختار وأستقيل",
        "أبني بيتا وأسمي الأشياء بأسمائها",
        "هذا الجدار أسمك من ذلك",  # an elative
        "النساء أثنين عليه خيرا",  # a verb: only after the article is أثنين the number
        "ذهبت لأبنة خالتي",  # a wasl fix comes alone: not لابنه, "to his son"
        "الأنبياء وأنطوان والأستاذ وأمتار الأمتعة",  # a hamza of the root, names, and not the shape
        "قضية تتعلق بالأعراق والانتماءات",  # a typed لأ in a listed word is no spurious Shift
        "خسر الفريق الكأس السوبرية",  # a nisba of a listed word (سوبر) is a word, not سورية + ب
        "دي.سي.ان.اس",  # dotted abbreviations
        "Hello world 123",  # no Arabic at all
    ],
)
def test_leaves_good_and_foreign_text_alone(text: str) -> None:
    assert FIX(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال هشام الاميري إن", "وقال هشام الاميري إن"),  # a surname after a given name
        ("وأكد السفير خالد الفايز", "وأكد السفير خالد الفايز"),
        ("صرح الأمير فيصل السديرى", "صرح الأمير فيصل السديري"),  # a final ى for ي, in names too
        ("وصل محمد الى المدينة", "وصل محمد إلى المدينة"),  # the commonest words are still fixed
        ("التقى الوزير خالد امس", "التقى الوزير خالد أمس"),
        ("قال هشام، الاميري", "قال هشام، الأميري"),  # not right after the name
    ],
)
def test_word_after_a_given_name_is_kept_as_a_surname(text: str, expected: str) -> None:
    assert FIX(text) == expected


def test_given_names_are_words_the_pass_leaves_alone() -> None:
    # the guard reads the previous word as written: the pass must never change it (idempotence)
    corrector = FIX.corrector()
    names = corrector.first_names
    assert len(names) > 100
    assert [n for n in names for p in ("", "و") if corrector.decide(p + n) is not None] == []


def test_rare_word_repeated_in_the_document_is_a_name() -> None:
    # Alone, غبريل reads as إبريل with a missed Shift; an article that says غبريل three times
    # and never إبريل is about someone called Gabriel.
    once = "قال غبريل إن الوضع صعب"
    assert FIX(once) == "قال إبريل إن الوضع صعب"
    doc = "قال غبريل إن الوضع صعب\nوأضاف غبريل أن الحل قريب\nوختم غبريل كلامه"
    assert FIX(doc) == doc
    assert FIX(doc + "\nفي شهر إبريل") != doc + "\nفي شهر إبريل"  # the document uses إبريل
    assert Typos(doc_name_count=0)(doc) != doc


# --------------------------------------------------------------------- user lists
def test_user_protected_words_and_file(tmp_path) -> None:
    assert Typos(protect=("غيران",))("زار غيران") == "زار غيران"
    words = tmp_path / "protect.txt"
    words.write_text("# names of our corpus\nغيران\n", encoding="utf-8")
    assert Typos(protect_file=str(words))("زار غيران") == "زار غيران"


def test_user_forced_corrections_and_file(tmp_path) -> None:
    fix = Typos(forced=(("هالشي", "هذا الشيء"),))
    explained = fix.explain("قال هالشي")
    assert explained.text == "قال هذا الشيء"
    assert explained.changes[0].kind == "forced"
    pairs = tmp_path / "forced.tsv"
    pairs.write_text("هالشي\tهذا\n", encoding="utf-8")
    assert Typos(forced_file=str(pairs))("قال هالشي") == "قال هذا"


@pytest.mark.parametrize(
    "options",
    [
        {"kinds": ("spelling",)},
        {"forced": (("a", "b"),)},
        {"forced": (("هذة", "هذه"), ("هذه", "هذا"))},
        {"forced": (("هالشي", "امس"),)},  # امس is itself corrected (to أمس) by the shipped list
        {"forced": (("هذة",),)},
        {"protect_file": "/nonexistent/words.txt"},
        {"doc_name_count": -1},
    ],
)
def test_bad_options_are_config_errors(options: dict) -> None:
    with pytest.raises(ConfigError):
        Typos(**options)


def test_malformed_forced_file_is_a_config_error(tmp_path) -> None:
    pairs = tmp_path / "forced.tsv"
    pairs.write_text("هذة هذه زائد\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        Typos(forced_file=str(pairs))


def test_kinds_option_limits_the_error_models() -> None:
    only_hamza = Typos(kinds=("hamza",))
    assert only_hamza("الاول هذة") == "الأول هذة"


# --------------------------------------------------------------------- explanations
def test_explain_records_every_correction_with_position_kind_and_score() -> None:
    text = "هذا نص سليم\nوصل الوفد غلى الاردن فى الصباح"
    explained = FIX.explain(text)
    assert explained.text == FIX(text)
    assert [(c.before, c.after, c.kind, c.line, c.column) for c in explained.changes] == [
        ("غلى", "إلى", "keyboard", 1, 10),
        ("الاردن", "الأردن", "hamza", 1, 14),
        ("فى", "في", "alef_maqsura", 1, 21),
    ]
    assert all(c.pass_name == "typos" and c.score and c.score > 0 for c in explained.changes)
    assert "keyboard" in str(explained.changes[0])


def test_pass_identity_and_pipeline_use() -> None:
    assert "typos" in arclean.PASSES
    assert Typos.SAFETY is Safety.REWRITES_WORDS and Typos.stage == 50
    pipe = arclean.pipeline("default", typos=True)
    assert pipe.names.index("typos") < pipe.names.index("punctuation")
    assert pipe("وصل غلى بيروت ،") == "وصل إلى بيروت،"
    assert "typos" not in arclean.pipeline("default")


@pytest.mark.parametrize(
    "rule",
    [
        {"choose": "", "prev": "@no_such_list"},  # a shared list that does not exist
        {"choose": "إلي"},  # a reading the word does not have
    ],
)
def test_malformed_context_rules_are_rejected(rule: dict) -> None:
    from arclean.passes.typos.context import ContextRules

    with pytest.raises(ValueError):
        ContextRules({"الى": {"readings": ["إلى"], "rules": [rule]}})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال علي إن الحكومة مسؤولة.", "قال علي إن الحكومة مسؤولة."),  # the name Ali after "said"
        ("يجب علي أن أعمل.", "يجب علي أن أعمل."),  # عليّ: "I must"
        ("أرسل إلي رسالة أمس.", "أرسل إلي رسالة أمس."),  # إليّ: "to me"
        ("جاء إلي أخي", "جاء إلي أخي"),
        ("وصل الوفد إلي القاهرة", "وصل الوفد إلى القاهرة"),
        ("ذهب إلي المدرسة", "ذهب إلى المدرسة"),
        ("تعرف علي المدينة", "تعرف على المدينة"),
        ("وجدوا هوية شاب يدعى علي آلاجوز", "وجدوا هوية شاب يدعى علي آلاجوز"),  # a name after "called"
        ("جاء اسمه علي رأس القائمة", "جاء اسمه على رأس القائمة"),
        ("أثنى علي آل البيت", "أثنى على آل البيت"),  # before آل the preposition is the commoner reading
    ],
)
def test_ali_and_ilayya_are_only_corrected_where_context_decides(text: str, expected: str) -> None:
    assert Typos()(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ويستهدف المؤشر الأولي تقديم تقديرات", "ويستهدف المؤشر الأولي تقديم تقديرات"),  # "preliminary"
        ("صدر التقرير الاولي للجنة", "صدر التقرير الاولي للجنة"),
        ("انتهت المرحلة الاولي بنجاح", "انتهت المرحلة الأولى بنجاح"),
        ("في الأيام الأولي من الشهر", "في الأيام الأولي من الشهر"),  # a broken plural: left as written
        ("المبادرة التي تعد الأولي على مستوى المملكة", "المبادرة التي تعد الأولى على مستوى المملكة"),
        ("الأولي في الترتيب", "الأولى في الترتيب"),
        ("صدر التوجيه الأولي للوزارة", "صدر التوجيه الأولي للوزارة"),  # ه is no ة
        ("تأهل الفريق إلى الأولي", "تأهل الفريق إلى الأولى"),  # a preposition, not a noun
    ],
)
def test_al_uula_or_the_adjective_al_awwali_is_read_from_the_word_before(text: str, expected: str) -> None:
    assert Typos()(text) == expected


def test_warm_up_loads_the_word_list_before_a_runner_forks() -> None:
    fresh = Typos(confidence=0.125)  # a configuration no other test builds
    assert not fresh._engine_box  # type: ignore[attr-defined]
    fresh.warm_up()
    assert fresh._engine_box  # type: ignore[attr-defined]
    assert arclean.PASSES["tatweel"]().warm_up() is None  # a pass with nothing to load
    pipe = arclean.pipeline("default", typos={"confidence": 0.375})  # a pipeline warms its passes
    held = next(p for p in pipe.passes if isinstance(p, Typos))
    assert not held._engine_box  # type: ignore[attr-defined]
    pipe.warm_up()
    assert held._engine_box  # type: ignore[attr-defined]


def test_a_line_a_correction_would_make_chrome_keeps_its_typo() -> None:
    # the chrome pass judged "تخطى غلى" as written; "تخطى إلى" is a skip link it would remove on a
    # second run of the pipeline.  Other lines are corrected as usual, and explain agrees.
    text = "تخطى غلى\nوصل الوفد غلى غيران"
    assert Typos()(text) == "تخطى غلى\nوصل الوفد إلى إيران"
    assert [c.line for c in Typos().explain(text).changes] == [1, 1]


# --------------------------------------------------------------------- listed merges
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation merged with the verb it governs: the missing space is invisible after ا
        ("لاتزال فرق الإنقاذ تبحث", "لا تزال فرق الإنقاذ تبحث"),
        ("مازال الغموض يحيط بالقضية", "ما زال الغموض يحيط بالقضية"),
        ("ولايمكن تحقيق التنمية", "ولا يمكن تحقيق التنمية"),  # after the proclitic و
        ("فلابد من مراجعة شاملة", "فلا بد من مراجعة شاملة"),
        ("بلغ عددهم مايقارب ألفا", "بلغ عددهم ما يقارب ألفا"),
        ("قال: انشاءالله نعود", "قال: إن شاء الله نعود"),  # the web's dropped hamza too
        # words that begin like a merge are words: لا and ما are never split off by rule
        ("لاعب لاحق مالك اللاسلكية لاإرادية", "لاعب لاحق مالك اللاسلكية لاإرادية"),
        # accepted joined spellings
        ("ولاسيما في الصيف مادام الطقس حارا", "ولاسيما في الصيف مادام الطقس حارا"),
    ],
)
def test_listed_merges_are_split(text: str, expected: str) -> None:
    assert FIX(text) == expected


# --------------------------------------------------------------------- merges marked by their shape
@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # a noun with the article run into the word before it: an article never follows a
        # non-joining letter inside a word
        ("أعلنت وزارةالصحة اليوم", "أعلنت وزارة الصحة اليوم", "missing_space_before_article"),
        ("تسلل المهربون عبرالحدود ليلا", "تسلل المهربون عبر الحدود ليلا", "missing_space_before_article"),
        # (هذاالعام is in the frequency list, at 1.55)
        ("تضاعف الإنتاج هذاالعام مرتين", "تضاعف الإنتاج هذا العام مرتين", "missing_space_before_article"),
        # a word run into a function word of data/merge_heads.txt
        ("ظل مصيره غيرمعروف حتى الآن", "ظل مصيره غير معروف حتى الآن", "missing_space_after_particle"),
        ("لم يبق إلاأن ننتظر", "لم يبق إلا أن ننتظر", "missing_space_after_particle"),  # a short word of the list
        ("يعيش هناك منذسنوات طويلة", "يعيش هناك منذ سنوات طويلة", "missing_space_after_particle"),
    ],
)
def test_merges_marked_by_their_shape_are_split(text: str, expected: str, rule: str) -> None:
    explained = FIX.explain(text)
    assert explained.text == expected
    (change,) = explained.changes
    assert (change.kind, change.rule) == ("split", rule)


@pytest.mark.parametrize(
    "text",
    [
        "واجه الجيش بعدوان جديد",  # ب + عدوان: a clitic and a listed word
        "وقف الجميع ضدهم في القضية",  # ضد + a pronoun suffix
        "اشترى ماعز وصوف كماليات البيت",  # words that open with ما or a function word
        "شعر بالالم في ظهره",  # ب + الالم, الألم without its hamza
    ],
)
def test_words_shaped_like_marked_merges_are_left_alone(text: str) -> None:
    assert [c.rule for c in FIX.explain(text).changes if c.kind == "split"] == []


def test_marked_merges_follow_the_split_options() -> None:
    assert Typos(kinds=("hamza",))("أعلنت وزارةالصحة اليوم") == "أعلنت وزارةالصحة اليوم"
    assert Typos(protect=("وزارةالصحة",))("أعلنت وزارةالصحة اليوم") == "أعلنت وزارةالصحة اليوم"


def test_a_listed_merge_is_explained_as_a_split_and_the_user_can_keep_it() -> None:
    (change,) = FIX.explain("لايوجد أي دليل").changes
    assert (change.before, change.after, change.kind, change.rule) == ("لايوجد", "لا يوجد", "split", "listed_merge")
    assert Typos(protect=("لايوجد",))("لايوجد أي دليل") == "لايوجد أي دليل"
    assert Typos(kinds=("hamza",))("لايوجد أي دليل") == "لايوجد أي دليل"
    # a short line the split would turn into a comment form's "no comments" keeps its spelling
    assert FIX("لاتوجد تعليقات\nلاتوجد أدلة") == "لاتوجد تعليقات\nلا توجد أدلة"


def test_every_word_of_a_listed_merge_is_left_alone() -> None:
    # otherwise a second run would change the split words: the pass would not be idempotent
    from arclean.passes.typos.candidates import listed_merges

    corrector = FIX.corrector()
    parts = {part for phrase in listed_merges().values() for part in phrase.split(" ")}
    assert parts and all(corrector.stable(part) for part in parts)
    with pytest.raises(ConfigError):
        Typos(forced=(("يزال", "يزل"),))  # would correct a listed merge's word


def test_context_reads_a_split_neighbour_as_the_second_run_will() -> None:
    # "لايمكن ان": the verb that decides أن is يمكن, the second word of the split
    assert FIX("لايمكن ان يحدث ذلك") == "لا يمكن أن يحدث ذلك"
    assert FIX("حيث مابين انه") == FIX(FIX("حيث مابين انه"))


def test_a_listed_merge_is_split_after_a_name_and_when_the_document_repeats_it() -> None:
    assert FIX("قال محمد لايزال يعمل") == "قال محمد لا يزال يعمل"
    assert FIX("لايزال هنا. لايزال هناك. لايزال الوضع") == "لا يزال هنا. لا يزال هناك. لا يزال الوضع"


def test_no_listed_merge_spelling_reads_as_another_word() -> None:
    # لانزال is also ل + إنزال without its hamza, فلاشك also فلاش + ك: such spellings are not split
    from arclean.passes.typos.candidates import listed_merges

    merges, lexicon = listed_merges(), FIX.corrector().lexicon
    for merged in merges:
        core = merged[1:] if merged[0] in "وف" and merged[1:] in merges else merged
        if core.startswith("لا"):
            assert all((lexicon.zipf("ل" + hamza + core[2:]) or 0.0) < 2.5 for hamza in "أإ"), merged
        if merged[-1] in "كه":
            assert (lexicon.zipf(merged[:-1]) or 0.0) < 3.0, merged
    assert "فلاشك" not in merges and "لانزال" not in merges
    assert FIX("تستعد القوات لانزال المساعدات") == "تستعد القوات لانزال المساعدات"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال انه لابد ان يعود", "قال إنه لا بد أن يعود"),  # أنّ after لا بد, as after لابد
        ("لابد علي ان اعمل", "لا بد علي أن اعمل"),  # عليّ: owed by me
    ],
)
def test_context_rules_read_a_split_merge_like_the_merged_word(text: str, expected: str) -> None:
    assert FIX(text) == expected


_PARAGRAPH = (
    "وقال المتحدث باسم الوزارة في تصريح صحفي إن العمل جار على قدم وساق لاستكمال المشروع في موعده "
    "المحدد رغم الصعوبات التي تواجه الفرق الميدانية في المنطقة."
)


@pytest.mark.parametrize("line", ["لايزال التحقيق جاريا", "انشاءالله نلتقي قريبا", "لايمكن عرض الصفحة"])
def test_a_split_that_would_make_a_short_line_chrome_is_not_made(line: str) -> None:
    # split, the line has one word more and reads as a teaser between paragraphs: a second run of
    # the pipeline would remove it
    pipeline = arclean.pipeline("default", typos=True)
    once = pipeline("\n".join([_PARAGRAPH, line, _PARAGRAPH]))
    assert pipeline(once) == once and once.split("\n")[1] == line
    assert FIX.explain(once).changes == ()


def test_a_split_inside_a_paragraph_is_made_in_the_pipeline() -> None:
    pipeline = arclean.pipeline("default", typos=True)
    sentence = "وأكد أن الملف لايزال مفتوحا أمام جميع الأطراف المعنية بالقضية منذ شهور طويلة."
    once = pipeline("\n".join([_PARAGRAPH, sentence, _PARAGRAPH]))
    assert "الملف لا يزال مفتوحا" in once and pipeline(once) == once
