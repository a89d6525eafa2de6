"""Letter elongation (opt-in): a letter typed three or more times in a row, as in جمييييل.

>>> Elongation()("جمييييل جداااا")
'جميل جدا'
>>> Elongation(max_repeat=2)("ههههههه")
'هه'
"""

from __future__ import annotations

import dataclasses
import re

from arclean.core import Safety, register
from arclean.passes.base import RegexRule, RulesPass


@register
@dataclasses.dataclass(frozen=True)
class Elongation(RulesPass):
    """Reduce a run of 3+ identical Arabic letters to ``max_repeat`` (1 or 2) letters.

    Two identical letters in a row are ordinary Arabic spelling (ممتاز) and are never touched.
    """

    name = "elongation"
    summary = "reduce a letter repeated 3+ times (جمييييل → جميل); opt-in"
    SAFETY = Safety.LOSSY
    stage = 86  # after the letter folds: folding ى to ي can make a run of three (ىىي → ييي)

    max_repeat: int = 1

    def build_rules(self) -> list[RegexRule]:
        if self.max_repeat not in (1, 2):
            raise ValueError("max_repeat must be 1 or 2")
        # ``\1\1+`` rather than ``\1{2,}``: the same matches, but ``re`` sets up a repeat only once
        # two copies are there, not at every letter (1.6× faster on news text)
        pattern = re.compile(r"([\u0621-\u063A\u0641-\u064A])\1\1+")
        return [RegexRule("repeated_letter", pattern, r"\1" * self.max_repeat)]
