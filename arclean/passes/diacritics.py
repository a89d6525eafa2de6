r"""Diacritics: tashkeel, superscript alef and Quranic annotation marks, deleted.

The text is composed (NFC) first, so a hamza written as alef + U+0654 becomes أ and survives
instead of being stripped as a mark: several peer packages lose it.

>>> Diacritics()("كَتَبَ الطَّالِبُ")
'كتب الطالب'
>>> Diacritics(keep_shadda=True)("الطَّالِبُ")
'الطّالب'
>>> Diacritics()("ا\u0654مس")
'أمس'
"""

from __future__ import annotations

import dataclasses

from arclean.core import Safety, register
from arclean.passes.base import CharMapPass, chars, data
from arclean.passes.unicode import nfc


@register
@dataclasses.dataclass(frozen=True)
class Diacritics(CharMapPass):
    """Strip harakat U+064B–U+065F, superscript alef U+0670, Quranic marks U+0610–U+061A and
    U+06D6–U+06ED, and (``extended``) the Arabic Extended-A marks U+08D3–U+08FF.

    ``keep_shadda`` keeps U+0651, which marks a doubled consonant.
    """

    name = "diacritics"
    summary = "strip tashkeel, superscript alef and Quranic marks (option: keep shadda)"
    SAFETY = Safety.LOSSY
    stage = 60

    keep_shadda: bool = False
    quranic: bool = True
    extended: bool = True

    def build_map(self) -> dict[str, str]:
        spec = data("diacritics.json")
        groups = ["tashkeel", "superscript_alef"]
        groups += ["quranic"] if self.quranic else []
        groups += ["extended"] if self.extended else []
        marks = {c for g in groups for c in chars(spec[g])}
        if self.keep_shadda:
            marks -= set(chars(spec["shadda"]))
        return dict.fromkeys(sorted(marks), "")

    def frequent(self) -> str:
        return "".join(map(chr, range(0x064B, 0x0653))) + "\u0670"

    def apply(self, text: str) -> str:
        # Fast path: text inside the code page has no mark but harakat and superscript alef, and
        # nothing NFC composes, so NFC could only reorder those marks, which are deleted anyway
        # (shadda, if kept, is the only one left): the byte path is exact (tests/test_fast_paths.py).
        fast = self.charmap.byte_path(text)
        if fast is not None:
            return fast
        return self.charmap(nfc(text))

    def prepare(self, text: str) -> str:
        return nfc(text)

    @property
    def normalises_input(self) -> bool:
        return True  # it strips marks from the NFC of its input
