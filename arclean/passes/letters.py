"""Letter folds, each its own pass so each can be switched on alone.  All lossy: they merge
letters that spell different words (أمل/امل, على/علي, مدينة/مدينه), which is what a search key
wants and what a corpus for language models does not.

>>> Alef()("أحمد إلى آمال")
'احمد الى امال'
>>> AlefMaqsura()("على")
'علي'
>>> TaMarbuta()("مدينة")
'مدينه'
>>> HamzaCarriers()("مسؤول قائد")
'مسوول قايد'
>>> Persian()("کتاب فارسی")
'كتاب فارسى'
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from arclean.charmap import mapping_from_spec
from arclean.core import Explanation, Safety, register
from arclean.passes.base import (
    CharMapPass,
    RegexRule,
    chars,
    count_rules,
    counted,
    data,
    explain_charmap,
    explain_rules,
    run_rules,
)


@dataclasses.dataclass(frozen=True)
class LetterFold(CharMapPass):
    """A fold whose map is the section of ``letters.json`` named like the pass."""

    SAFETY = Safety.LOSSY

    def build_map(self) -> dict[str, str]:
        return mapping_from_spec(data("letters.json")[self.name])


@register
@dataclasses.dataclass(frozen=True)
class Alef(LetterFold):
    """أ إ آ ٱ (and the wavy-hamza alefs) → ا."""

    name = "alef"
    summary = "fold hamza/madda/wasla alef forms (أ إ آ ٱ) to ا"
    stage = 80


@register
@dataclasses.dataclass(frozen=True)
class AlefMaqsura(LetterFold):
    """ى → ي."""

    name = "alef_maqsura"
    summary = "fold alef maqsura ى to ya ي"
    stage = 81


@register
@dataclasses.dataclass(frozen=True)
class TaMarbuta(LetterFold):
    """ة → ه."""

    name = "ta_marbuta"
    summary = "fold ta marbuta ة to ha ه"
    stage = 82


@register
@dataclasses.dataclass(frozen=True)
class HamzaCarriers(LetterFold):
    """ؤ → و, ئ → ي."""

    name = "hamza_carriers"
    summary = "fold hamza on carriers (ؤ ئ) to the bare carrier (و ي)"
    stage = 83


# Farsi yeh draws like ى at the end of a word and like ي inside one: map it to what it shows.
_LETTER = "\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF"
_MARK = "\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06ED\u0640"


@register
@dataclasses.dataclass(frozen=True)
class Persian(LetterFold):
    """Persian/Urdu look-alikes (ک ی ہ ھ ے ۃ ٹ …) → the Arabic letter they look like."""

    name = "persian"
    summary = "fold Persian/Urdu look-alike letters (ک ی ہ ھ ے ٹ …) to Arabic letters"
    stage = 65  # before elongation and the folds: its output (ى ة ئ, letter runs) is theirs to fold

    def __post_init__(self) -> None:
        super().__post_init__()
        yeh = chars(data("letters.json")[self.name]["farsi_yeh"])[0]
        self._set(
            "_yeh_rules",
            (
                RegexRule("farsi_yeh_medial", re.compile(f"{yeh}(?=[{_MARK}]*[{_LETTER}{yeh}])"), "ي"),
                RegexRule("farsi_yeh_final", re.compile(yeh), "ى"),
            ),
        )

    def apply(self, text: str) -> str:
        return run_rules(self._yeh_rules, self.charmap(text))  # type: ignore[attr-defined]

    def explain(self, text: str) -> Explanation:
        mapped = self.charmap(text)
        first = explain_charmap(self.name, self.charmap, text, mapped)
        second = explain_rules(self.name, self._yeh_rules, mapped)  # type: ignore[attr-defined]
        return Explanation(second.text, first.changes + second.changes)

    def apply_counted(self, text: str) -> tuple[str, Counter[str]]:
        out, n = count_rules(self._yeh_rules, self.charmap(text))  # type: ignore[attr-defined]
        return out, counted(self.name, n + self.charmap.count(text))
