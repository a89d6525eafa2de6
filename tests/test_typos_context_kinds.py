"""Context for whole classes of look-alike words (``data/context_classes.json``).

A noun + the pronoun ه looks like a word in ة: ``مسؤوليه`` is "his officials" after ``أحد``
("one of", masculine, followed by a plural), and the typo of ``مسؤولية`` elsewhere.  The sentences
are written for these tests; each "must stay" sentence was changed by the pass before the class
rule existed.
"""

from __future__ import annotations

import functools

import pytest

from arclean.passes.typos import Typos


@functools.cache
def _typos() -> Typos:
    return Typos()


# --------------------------------------------------------------------- noun + ه after أحد
# أحد + a participle's or a nisba's plural with the pronoun ه: the ه stays.
KEEP_AFTER_AHAD = [
    "وقال أحد إداريه إن الفريق جاهز",
    "صرح أحد إعلاميه بأن القناة ستغلق",
    "أكد أحد عسكريه أن الهجوم فشل",
    "انتقد أحد سياسيه القرار بشدة",
    "وأوضح أحد مسؤوليه أن المشروع تأخر",
    "التقى الأمير بأحد مسؤوليه في القصر",
    "يعد كأحد استشاريه المقربين",
    "أرسل الخطاب لأحد مسؤوليه",
]

# The same words, and five-letter plurals in ـية, where they are the typo.
STILL_FIXED = [
    ("هذه مسؤوليه كبيرة", "هذه مسؤولية كبيرة"),
    ("تحمل السائق مسؤوليه الحادث", "تحمل السائق مسؤولية الحادث"),
    ("تحمل أحد الطرفين مسؤوليه الحادث", "تحمل أحد الطرفين مسؤولية الحادث"),
    ("فاز أحد أنديه الدوري", "فاز أحد أندية الدوري"),
    ("وصف الطبيب أحد أدويه الضغط", "وصف الطبيب أحد أدوية الضغط"),
    ("وقع أحد أساتذه الجامعة", "وقع أحد أساتذة الجامعة"),
    ("أصدرت إحدى الشركات بيانا عن خطه التطوير", "أصدرت إحدى الشركات بيانا عن خطة التطوير"),
]


@pytest.mark.parametrize("text", KEEP_AFTER_AHAD)
def test_a_word_in_yeh_after_ahad_keeps_its_pronoun(text: str) -> None:
    assert _typos()(text) == text


def test_ahad_written_without_hamza_is_fixed_and_still_decides() -> None:
    # the neighbour is compared as the pass leaves it: احد → أحد, and مسؤوليه stays
    assert _typos()("قال احد مسؤوليه إن") == "قال أحد مسؤوليه إن"
    assert _typos()("قال أحد مسؤوليه إن") == "قال أحد مسؤوليه إن"


@pytest.mark.parametrize(("text", "expected"), STILL_FIXED)
def test_the_same_words_are_still_corrected_elsewhere(text: str, expected: str) -> None:
    assert _typos()(text) == expected


def test_the_class_context_is_idempotent() -> None:
    fix = _typos()
    texts = [*KEEP_AFTER_AHAD, *(t for t, _ in STILL_FIXED), "قال احد مسؤوليه إن", "غلى احد مسؤوليه"]
    for text in texts:
        once = fix(text)
        assert fix(once) == once, text


def test_the_class_context_explains_only_what_it_applies() -> None:
    changes = _typos().explain("قال احد مسؤوليه إن هذه مسؤوليه كبيرة").changes
    assert [(c.before, c.after) for c in changes] == [("احد", "أحد"), ("مسؤوليه", "مسؤولية")]


# --------------------------------------------------------------------- the rule table
def test_class_rules_guard_only_their_rule_and_shape() -> None:
    from arclean.passes.typos.context import ClassRules, Neighbours

    rules = ClassRules(
        {
            "_lists": {"ahad": ["أحد"]},
            "ha_for_ta_marbuta_indefinite": [
                {"endings": ["يه"], "min_length": 6, "rules": [{"keep": True, "prev": "@ahad"}]}
            ],
        }
    )
    assert rules.guards("مسؤوليه", "ha_for_ta_marbuta_indefinite")
    assert not rules.guards("أنديه", "ha_for_ta_marbuta_indefinite")  # too short
    assert not rules.guards("مسؤوليه", "ha_for_ta_marbuta")  # another rule
    assert not rules.guards("مدينه", "ha_for_ta_marbuta_indefinite")  # another ending
    ahad = Neighbours("احد", "", False, ("احد",))
    assert rules.keeps("مسؤوليه", "ha_for_ta_marbuta_indefinite", ahad)
    assert not rules.keeps("مسؤوليه", "ha_for_ta_marbuta_indefinite", Neighbours("", "احد", True))


def test_a_class_condition_may_let_the_fix_through_first() -> None:
    from arclean.passes.typos.context import ClassRules, Neighbours

    rules = ClassRules(
        {
            "ha_for_ta_marbuta_indefinite": [
                {"endings": ["يه"], "rules": [{"keep": False, "next": ["الكبيرة"]}, {"keep": True, "prev": ["أحد"]}]}
            ]
        }
    )
    assert not rules.keeps("مسؤوليه", "ha_for_ta_marbuta_indefinite", Neighbours("أحد", "الكبيرة", False, ("أحد",)))
    assert rules.keeps("مسؤوليه", "ha_for_ta_marbuta_indefinite", Neighbours("أحد", "الكبار", False, ("أحد",)))


def test_malformed_class_rules_are_rejected() -> None:
    from arclean.passes.typos.context import ClassRules

    with pytest.raises(ValueError):
        ClassRules({"ha_for_ta_marbuta_indefinite": [{"endings": ["يه"], "rules": [{"keep": True, "prev": "@nope"}]}]})
