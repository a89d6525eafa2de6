"""Tatweel (kashida, U+0640): the stretching stroke of justified Arabic, deleted.

>>> Tatweel()("الســـلام عليـكم")
'السلام عليكم'
"""

from __future__ import annotations

import dataclasses

from arclean.core import Safety, register
from arclean.passes.base import PRINTABLE, CharMapPass


@register
@dataclasses.dataclass(frozen=True)
class Tatweel(CharMapPass):
    """Delete tatweel.  Lossy only in the strict sense: it is typography, not spelling."""

    name = "tatweel"
    summary = "delete tatweel (kashida) U+0640"
    SAFETY = Safety.LOSSY
    stage = 30
    KEEPS = (PRINTABLE,)  # it only deletes (not COMPOSED: ا + tatweel + U+0654 composes once the tatweel goes)

    def build_map(self) -> dict[str, str]:
        return {"\u0640": ""}
