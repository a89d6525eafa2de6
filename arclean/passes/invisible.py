r"""Invisible and control characters: deleted, never replaced by a space.

Lossless: they draw nothing, but they split tokens, defeat exact matching and hide bidi tricks.
Peers that turn them into spaces split words in two; we delete them.

>>> Invisible()("مر\u200cحبا\u200f بكم")
'مرحبا بكم'
"""

from __future__ import annotations

import dataclasses

from arclean.core import Safety, register
from arclean.passes.base import CharMapPass, chars, data, printable_but_line_feeds


@register
@dataclasses.dataclass(frozen=True)
class Invisible(CharMapPass):
    """Zero-width characters, joiners, bidi marks/embeddings/isolates, BOM, soft hyphen, C0/C1 controls.

    Newline, tab and the other whitespace controls are left to the ``whitespace`` pass.
    ``keep_zwnj`` keeps U+200C (meaningful in Persian and Urdu words), ``keep_zwj`` keeps U+200D
    (emoji sequences).
    """

    name = "invisible"
    summary = "delete zero-width, bidi, BOM, soft-hyphen and control characters"
    SAFETY = Safety.LOSSLESS
    stage = 20

    keep_zwnj: bool = False
    keep_zwj: bool = False

    def build_map(self) -> dict[str, str]:
        spec = data("invisible.json")
        groups = [g for g in spec if not g.startswith("_")]
        if self.keep_zwnj:
            groups.remove("zwnj")
        if self.keep_zwj:
            groups.remove("zwj")
        return {c: "" for g in groups for c in chars(spec[g])}

    def apply(self, text: str) -> str:
        # Fast path: every deleted character is non-printable (Cc or Cf), so text that is printable
        # apart from its line feeds (the common case) has none; exact either way.
        if printable_but_line_feeds(text):
            return text
        return self.charmap(text)
