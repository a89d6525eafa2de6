"""The chrome pass on the five seed articles: every chrome line goes, every body line stays.

Expectations are written here by hand: for each seed, the lines that are chrome (0-based line number,
chrome type, and the words the line starts with).  Every other non-blank line is body and must be
kept, including the headline, standfirst, highlight bullets, a truncated teaser paragraph and the
agency sign-off "(أ ف ب ، رويترز)".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from arclean.passes.chrome import Chrome

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

CHROME_LINES: dict[str, dict[int, tuple[str, str]]] = {
    "000_9a659242632aa120.txt": {
        16: ("related", "سيعجبك أيضا"),
        17: ("comments", "تعليقات الأعضاء"),
        18: ("disclaimer", "تنبيه هام:"),
    },
    "001_947f76be6b669556.txt": {
        0: ("share", "in"),
        4: ("related", "مقاتلات إف-16"),  # a teaser right under the headline, repeated further down
        14: ("related", "مشروع “الشام الجديد”.."),
        40: ("author_bio", "Written by"),
        42: ("author_bio", "نور الدين من مواليد"),
        44: ("comments", "اترك تعليقاً"),
        46: ("comments", "لن يتم نشر"),
        48: ("related", "مصر تطلب 100 رافال"),
        50: ("related", "خبير عسكري مصري"),
        52: ("related", "الصين تستخدم"),
        54: ("related", "الصين تستخدم"),
    },
    "002_d1d81ffa7bb39219.txt": {},
    "003_94b55bca63c85d9c.txt": {},
    "004_681c5ca8f02608b6.txt": {
        0: ("nav", "1. تخطي إلى المحتوى"),
        1: ("nav", "2. تخطي إلى القائمة"),
        2: ("nav", "3. تخطي إلى المزيد"),
        6: ("date", "٢٦ يوليو ٢٠٢١"),
        10: ("url", "https://p.dw.com"),
        11: ("caption_credit", "الرئيس الأمريكي جو بايدن ورئيس"),  # image alt text
        12: ("caption_credit", "الرئيس الأمريكي جو بايدن أعلن"),  # caption fused with "صورة من:"
        31: ("nav", "تخطي إلى الجزء التالي"),
        33: ("related", "اكتشاف المزيد"),
    },
}


def test_every_seed_has_expectations() -> None:
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(CHROME_LINES)


@pytest.mark.parametrize("name", sorted(CHROME_LINES))
def test_seed_chrome_lines_go_and_body_lines_stay(name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    lines = text.splitlines()
    expected = CHROME_LINES[name]
    explained = Chrome().explain(text)
    dropped = {c.line: c for c in explained.changes}
    assert sorted(dropped) == sorted(expected)
    for number, (kind, opening) in expected.items():
        assert lines[number].strip().startswith(opening), (number, lines[number])
        assert dropped[number].kind == kind, (number, dropped[number])
    kept = [line for line in explained.text.splitlines() if line.strip()]
    body = [line for number, line in enumerate(lines) if line.strip() and number not in expected]
    assert kept == body


@pytest.mark.parametrize("name", sorted(CHROME_LINES))
def test_seed_output_is_a_fixpoint(name: str) -> None:
    out = Chrome()((SEEDS / name).read_text(encoding="utf-8"))
    assert Chrome()(out) == out
