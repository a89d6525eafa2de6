"""Bytes to text: byte-order marks, UTF-8, BOM-less UTF-16, legacy code pages, and binary files.

The order of evidence: an encoding the user gave; a byte-order mark; NUL bytes (UTF-16 without a
mark, or a binary file); valid UTF-8; then the code pages this tool's texts come in, each taken
only when the text reads as it should in it (Windows-1256 or ISO-8859-6 as Arabic, Windows-1252 as
Western European); then a detector (charset-normalizer) that, among its candidates, prefers the
first one that reads as Arabic.  The code pages come first because a detector cannot tell them
apart on a few words: ``مرحبا`` in Windows-1256 is seven bytes it calls UTF-16, and a short French
line in Latin-1 comes out as Central European.

>>> decode("مرحبا بكم".encode("cp1256")).text
'مرحبا بكم'
>>> decode("عاجل".encode("cp1256")).text, decode("déjà vu".encode("latin-1")).text
('عاجل', 'déjà vu')
>>> decode(b"\\xef\\xbb\\xbf" + "سلام".encode()).encoding
'utf-8-sig'
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import re

from arclean.core import ArcleanError

__all__ = [
    "BinaryInputError",
    "Decoded",
    "InputError",
    "check_encoding",
    "decode",
    "line_encoding",
]

# Checked in this order: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
DETECT_SAMPLE = 256 * 1024  # the detector reads this much; the whole file is then decoded strictly
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # C0 controls other than tab, line breaks, form feed


class InputError(ArcleanError):
    """An input that cannot be read as text; the message says why, in a few words."""


class BinaryInputError(InputError):
    """An input that is not text at all (an image, an archive)."""


@dataclasses.dataclass(frozen=True)
class Decoded:
    """Decoded text and how its encoding was chosen: ``given``, ``bom``, ``utf-8``, ``detected``."""

    text: str
    encoding: str
    how: str

    @property
    def note(self) -> str | None:
        """A note worth showing the user, or None when the input was plain UTF-8 or as told."""
        if self.how == "detected":
            return f"not UTF-8; decoded as {self.encoding} (detected; --encoding overrides)"
        return None


def check_encoding(name: str) -> str:
    """The codec's canonical name, or :class:`arclean.ConfigError`-style usage error.

    >>> check_encoding("windows-1256")
    'cp1256'
    """
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ArcleanError(f"unknown encoding {name!r} (try utf-8, cp1256, iso-8859-6, utf-16)") from None


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    # ASCII characters (spaces, digits, newlines) in UTF-16 put their NUL byte always on the same
    # side of each pair; a binary file scatters NULs on both sides.
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : pairs * 2 : 2].count(0)
    odd = sample[1 : pairs * 2 : 2].count(0)
    if odd >= pairs * 0.03 and even == 0:
        return "utf-16-le"
    if even >= pairs * 0.03 and odd == 0:
        return "utf-16-be"
    return None


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters)


# Letters a Windows-1256 text holds besides Arabic: the French ones the code page keeps.  More than
# a few of them per Arabic letter means the bytes are another code page's (ISO-8859-6 read as 1256
# turns و ي ه into è ê ç).
_MAX_FOREIGN_SHARE = 0.1


def _reads_as_arabic(text: str) -> bool:
    # Judged on the letters outside ASCII: a JSONL record's keys, a URL or an English sentence
    # beside the Arabic say nothing about the code page.
    letters = [c for c in text if c.isalpha() and not c.isascii()]
    arabic = sum("\u0600" <= c <= "\u06ff" for c in letters)
    if arabic < _MIN_ARABIC_LETTERS and _arabic_share(text) < 0.5:
        return False  # a few letters that happen to be Arabic in this code page (É is ة in 1256)
    return arabic > 0 and len(letters) - arabic <= len(letters) * _MAX_FOREIGN_SHARE


_MIN_ARABIC_LETTERS = 8


def _reads_as_latin(text: str) -> bool:
    # Windows-1252 turns any byte into a Latin letter or a sign; a text in another code page shows
    # signs where its letters were (Polish ł as ³), and Arabic shows no Arabic.
    return all(c.isascii() or c.isalpha() or c in _LATIN_SIGNS for c in text)


_LATIN_SIGNS = frozenset("«»‘’“”–—…•€£°\u00a0")


def _mostly_utf8(sample: bytes) -> bool:
    # UTF-8 with a few bad bytes, not a code page: its Arabic would read as Arabic in Windows-1256
    # too (lead bytes D8 D9 are ط ظ there), so it must not get that far.
    text = codecs.getincrementaldecoder("utf-8")("replace").decode(sample)  # a sample may end mid-character
    bad = text.count("\ufffd")
    return bad < (len(text) - len(text.encode("ascii", errors="ignore"))) * 0.1


def _code_page(sample: bytes) -> str | None:
    """The first of the usual code pages in which ``sample`` (not UTF-8) reads as it should:
    Windows-1256 or ISO-8859-6 as Arabic, else Windows-1252 as Western European."""
    if sample.isascii() or _mostly_utf8(sample):
        return None  # nothing to go on (the bad bytes are further on), or UTF-8 with a few bad bytes
    as_1256 = sample.decode("cp1256")  # the code page defines every byte
    if _reads_as_arabic(as_1256):
        return "cp1256"
    with contextlib.suppress(UnicodeDecodeError):
        if _reads_as_arabic(sample.decode("iso8859-6")):
            return "iso8859-6"
    # Windows-1252 reads every Arabic byte as a Latin letter: bytes that are Arabic letters in 1256
    # but did not read as an Arabic text are not Western European text either.
    if any("\u0621" <= c <= "\u064a" for c in as_1256):
        return None
    with contextlib.suppress(UnicodeDecodeError):
        if _reads_as_latin(sample.decode("cp1252")):
            return "cp1252"
    return None


def _detect(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    for match in matches:
        if _arabic_share(str(match)) >= 0.5:
            return str(match.encoding)
    return str(matches[0].encoding) if matches else None


def _invalid(data: bytes, encoding: str, exc: UnicodeDecodeError) -> str:
    bad = data[exc.start : exc.start + 1].hex()
    return f"not valid {encoding}: byte 0x{bad} at offset {exc.start}"


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    return bool(sample) and len(_CONTROL.findall(sample)) > len(sample) * 0.01


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a whole file's bytes; raise :class:`InputError` (or :class:`BinaryInputError`) if it is not text.

    >>> decode("سلام".encode("utf-16")).text
    'سلام'
    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    Traceback (most recent call last):
    ...
    arclean.io.encoding.BinaryInputError: binary file (NUL bytes); skipped
    """
    if encoding:
        if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        try:
            return Decoded(data.decode(encoding), encoding, "given")
        except UnicodeDecodeError as exc:
            raise InputError(_invalid(data, encoding, exc) + " (as given by --encoding)") from None
    bom = bom_encoding(data)
    if bom:
        try:
            return Decoded(data.decode(bom), bom, "bom")
        except UnicodeDecodeError as exc:
            raise InputError(_invalid(data, bom, exc) + " despite its byte-order mark") from None
    if b"\x00" in data[:DETECT_SAMPLE]:
        utf16 = _utf16_without_bom(data[:DETECT_SAMPLE])
        if utf16 is None:
            raise BinaryInputError("binary file (NUL bytes); skipped")
        try:
            decoded = Decoded(data.decode(utf16), utf16, "detected")
        except UnicodeDecodeError:
            raise BinaryInputError("binary file (NUL bytes); skipped") from None
    else:
        try:
            decoded = Decoded(data.decode("utf-8"), "utf-8", "utf-8")
        except UnicodeDecodeError as exc:
            decoded = _decode_legacy(data, exc)
    if _looks_binary(decoded.text):
        raise BinaryInputError("binary file (control characters); skipped")
    return decoded


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError) -> Decoded:
    reason = _invalid(data, "UTF-8", utf8_error)
    if _mostly_utf8(data[:DETECT_SAMPLE]):
        raise InputError(f"{reason}, though the rest reads as UTF-8 (a damaged file?); skipped")
    guess = _code_page(data[:DETECT_SAMPLE]) or _detect(data[:DETECT_SAMPLE])
    if guess is None:
        raise BinaryInputError(f"{reason}, and no text encoding fits; skipped (binary? else give --encoding)")
    try:
        return Decoded(data.decode(guess), codecs.lookup(guess).name, "detected")
    except UnicodeDecodeError:
        raise InputError(f"{reason}, nor {guess} (detected); give --encoding") from None


_MIN_DETECTION_BYTES = 32


def line_encoding(sample: bytes, encoding: str | None = None) -> Decoded:
    """The encoding of a line-oriented file (JSONL, one document per line) from its first bytes.

    Returns a :class:`Decoded` whose ``text`` is empty: lines are decoded one by one later, so one
    bad line is reported alone.  UTF-8 is assumed unless the sample says otherwise.

    >>> line_encoding('{"text": "سلام"}'.encode("utf-8")[:-3]).encoding
    'utf-8'
    """
    if encoding:
        return Decoded("", encoding, "given")
    bom = bom_encoding(sample)
    if bom:
        return Decoded("", bom, "bom")
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(sample)
        if utf16 is None:
            raise BinaryInputError("binary file (NUL bytes); skipped")
        return Decoded("", utf16, "detected")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return Decoded("", "utf-8", "utf-8")
    except UnicodeDecodeError as exc:
        # One bad line in a UTF-8 file is that line's problem (rejected alone, the rest cleaned); a
        # legacy file shows it everywhere.  A guess needs enough non-ASCII bytes to go on: a few
        # stray bytes "detected" as some code page would turn the line into mojibake silently.
        valid_share = exc.start / max(len(sample), 1)
        if valid_share > 0.5:
            return Decoded("", "utf-8", "utf-8")
        page = _code_page(sample)  # strict enough for a short sample: stray bytes do not read as Arabic
        if page is not None:
            return Decoded("", page, "detected")
        non_ascii = sum(1 for byte in sample if byte >= 0x80)
        if non_ascii < _MIN_DETECTION_BYTES:
            return Decoded("", "utf-8", "utf-8")
        guess = _detect(sample)
        if guess is None:
            return Decoded("", "utf-8", "utf-8")
        return Decoded("", codecs.lookup(guess).name, "detected")
