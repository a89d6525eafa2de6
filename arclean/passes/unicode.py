"""Unicode repair: canonical composition (NFC) and Arabic presentation forms to base letters.

Lossless: the output draws the same text as the input, with the code points a search index and a
tokenizer expect.  Unrelated scripts are left alone (no blanket NFKC).

>>> Unicode()("ﻻ ﺍﻟﺴﻼﻡ")
'لا السلام'
>>> Unicode()("ﷲ")
'الله'
"""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
from collections.abc import Iterator

from arclean.charmap import CharMap, span_search
from arclean.core import Explanation, Pass, Safety, line_diff, register
from arclean.passes.base import LastKnown, chars, data, explain_charmap

_SPACE_MARK = " "


@functools.cache
def presentation_form_map(word_ligatures: bool) -> dict[str, str]:
    """Presentation form → its NFKC decomposition (from the Unicode database at load time)."""
    spec = data("presentation_forms.json")
    excluded = set(chars(spec["exclude"]))
    if not word_ligatures:
        excluded |= set(chars(spec["word_ligatures"]))
    mapping: dict[str, str] = {}
    for char in chars(spec["ranges"]):
        if char in excluded:
            continue
        folded = unicodedata.normalize("NFKC", char)
        if folded == char:
            continue
        if folded.startswith(_SPACE_MARK) and len(folded) > 1 and unicodedata.combining(folded[1]):
            folded = folded[1:]  # isolated haraka: keep the mark, never add a space
        mapping[char] = unicodedata.normalize("NFC", folded)
    return mapping


_SHADDA = "\u0651"
# Shadda typed before its haraka is the usual reason vowelled Arabic is not NFC (shadda's combining
# class, 33, is above those of the harakat and tanween, 27-32).  Swapping such adjacent marks keeps
# the text canonically equivalent, so when the swapped text passes the NFC check it *is* the NFC.
_SHADDA_SWAPS = tuple(
    (_SHADDA + mark, mark + _SHADDA)
    for mark in map(chr, range(0x064B, 0x0651))
    if 0 < unicodedata.combining(mark) < unicodedata.combining(_SHADDA)
)


NFC_PIECE = 8192  # characters: about a screenful of paragraphs


def line_pieces(text: str, piece: int = NFC_PIECE) -> Iterator[str]:
    """``text`` in pieces of at least ``piece`` characters, each ending at a line feed (the last
    may not): normalisation never reorders or composes across a line feed, a starter that composes
    with nothing, so each piece can be normalised or tested alone.

    >>> list(line_pieces("أ\\nب\\nج", piece=1))
    ['أ\\n', 'ب\\n', 'ج']
    """
    start, end = 0, len(text)
    while start < end:
        cut = text.find("\n", start + piece)
        stop = end if cut < 0 else cut + 1
        yield text[start:stop]
        start = stop


def nfc(text: str, piece: int = NFC_PIECE) -> str:
    """NFC, skipping the work when the text is already composed (the common case), a piece of
    ``piece`` characters (up to the next line feed) at a time.

    ``unicodedata.is_normalized`` answers at memory speed only when no character of the text is a
    "maybe" (U+0653–U+0655, the combining madda and hamzas, are): one of them anywhere, and it
    normalises the whole text to compare.  In a long document (a file of 50 articles) one such
    character made each NFC cost 20 ms/MB; in pieces, only the piece that holds it is normalised.

    >>> nfc("ا\u0654مل")
    'أمل'
    >>> [f"{ord(c):04X}" for c in nfc("ب\u0651\u064e")]  # shadda then fatha: fatha goes first
    ['0628', '064E', '0651']
    >>> nfc("سلام\\nا\u0654مل", piece=2)
    'سلام\\nأمل'
    """
    if COMPOSED.holds(text):
        return text
    if len(text) <= piece:
        done = _nfc(text)
    else:
        parts = []
        same = True
        for part in line_pieces(text, piece):
            piece_done = _nfc(part)
            same = same and piece_done is part
            parts.append(piece_done)
        done = text if same else "".join(parts)
    COMPOSED.remember(done)
    return done


# The last string known to be NFC: the last output of nfc(), or an input the unicode pass found
# NFKC; the NFC that typos and a pipeline's end run is often that string again.
COMPOSED = LastKnown()


def is_nfkc(text: str, piece: int = NFC_PIECE) -> bool:
    """``unicodedata.is_normalized("NFKC", text)``, a piece at a time (see :func:`nfc`).

    >>> is_nfkc("سلام\\nعليكم", piece=2), is_nfkc("سلام\\nﻻ", piece=2)
    (True, False)
    """
    if len(text) <= piece:
        return unicodedata.is_normalized("NFKC", text)
    return all(unicodedata.is_normalized("NFKC", part) for part in line_pieces(text, piece))


def _nfc(text: str) -> str:
    if unicodedata.is_normalized("NFC", text):
        return text
    if _SHADDA in text:
        swapped = text
        for before, after in _SHADDA_SWAPS:
            swapped = swapped.replace(before, after)
        if unicodedata.is_normalized("NFC", swapped):
            return swapped
    return unicodedata.normalize("NFC", text)


@register
@dataclasses.dataclass(frozen=True)
class Unicode(Pass):
    """NFC, then presentation forms and lam-alef ligatures to base letters, ﷲ to الله.

    ``word_ligatures`` also expands the phrase ligatures U+FDF0–U+FDFB (ﷺ → صلى الله عليه وسلم).
    """

    name = "unicode"
    summary = "NFC; Arabic presentation forms and ligatures (ﻻ ﷲ) to base letters"
    SAFETY = Safety.LOSSLESS
    stage = 10

    nfc: bool = True
    presentation_forms: bool = True
    word_ligatures: bool = True

    def __post_init__(self) -> None:
        mapping = presentation_form_map(self.word_ligatures) if self.presentation_forms else {}
        self._set("_charmap", CharMap(mapping))
        self._set("_may_map", span_search(mapping))

    def apply(self, text: str) -> str:
        # Fast paths, exact (tests/test_fast_paths.py): NFKC-normalised text is NFC and holds no
        # presentation form (each has a compatibility decomposition), so it comes back as it is;
        # otherwise the map runs only when a character of its range is there (one `regex` scan).
        if is_nfkc(text):
            COMPOSED.remember(text)  # NFKC text is NFC
            return text
        if self._may_map(text) is not None:  # type: ignore[attr-defined]
            text = self._charmap(text)  # type: ignore[attr-defined]
        return nfc(text) if self.nfc else text

    @property
    def normalises_input(self) -> bool:
        # With NFC last: presentation forms are starters that no canonical decomposition or
        # composition involves, so mapping them commutes with NFC (tests/test_fast_paths.py).
        return self.nfc

    def explain(self, text: str) -> Explanation:
        mapped = self._charmap(text)  # type: ignore[attr-defined]
        folded = explain_charmap(self.name, self._charmap, text, mapped)  # type: ignore[attr-defined]
        out = nfc(mapped) if self.nfc else mapped
        return Explanation(out, folded.changes + tuple(line_diff(self.name, "nfc", mapped, out)))
