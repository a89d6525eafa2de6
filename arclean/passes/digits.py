"""Digits: Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) to ASCII, or ASCII to Arabic-Indic.

>>> Digits()("عام ٢٠٢١ و۲۰۲۲")
'عام 2021 و2022'
>>> Digits(to="arabic_indic")("عام 2021")
'عام ٢٠٢١'
"""

from __future__ import annotations

import dataclasses

from arclean.core import Safety, register
from arclean.passes.base import CharMapPass, chars, data

_SYSTEMS = ("ascii", "arabic_indic", "extended_arabic_indic")


@register
@dataclasses.dataclass(frozen=True)
class Digits(CharMapPass):
    """Map every digit system to the one named by ``to``.

    ``separators`` (only with ``to="ascii"``) also maps the Arabic decimal separator ٫ to ``.``
    and the thousands separator ٬ to ``,``.
    """

    name = "digits"
    summary = "unify digits: Arabic-Indic and Persian digits to ASCII (or the reverse)"
    SAFETY = Safety.LOSSY
    stage = 90

    to: str = "ascii"
    separators: bool = True

    def build_map(self) -> dict[str, str]:
        if self.to not in _SYSTEMS:
            raise ValueError(f"'to' must be one of {', '.join(_SYSTEMS)}, got {self.to!r}")
        spec = data("digits.json")
        target = chars(spec[self.to])
        mapping: dict[str, str] = {}
        for system in _SYSTEMS:
            if system != self.to:
                mapping.update(zip(chars(spec[system]), target, strict=True))
        if self.separators and self.to == "ascii":
            mapping.update({chars(k)[0]: v for k, v in spec["separators_to_ascii"].items()})
        return mapping
