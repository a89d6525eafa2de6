"""Where the time of the passes that miss their target goes: each step of their fast path timed
alone, interleaved with the peer, on the same documents.  ``python -m benchmarks.breakdown``.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from benchmarks import corpora
from benchmarks.timing import interleaved, median

HARAKAT = "".join(map(chr, range(0x064B, 0x0653)))


def steps() -> dict[str, object]:
    from arclean import PASSES
    from arclean.charmap import CODE_PAGE_CHARS, encode_code_page

    diacritics = PASSES["diacritics"]()
    harakat_re = re.compile(f"[{HARAKAT}]")
    delete = bytes(CODE_PAGE_CHARS.index(h) for h in HARAKAT)
    maqsura = PASSES["alef_maqsura"]()

    def encode(t: str) -> bytes:
        return encode_code_page(t) or b""

    return {
        "diacritics: whole pass": diacritics.apply,
        "diacritics step: encode to the code page": encode,
        "diacritics step: + which harakat (memchr each)": lambda t: (lambda d: [b in d for b in delete])(encode(t)),
        "diacritics step: + bytes.translate": lambda t: encode(t).translate(None, delete),
        "diacritics step: NFC check (is_normalized)": lambda t: unicodedata.is_normalized("NFC", t),
        "peer tnkeeh: re.sub of the harakat class": lambda t: harakat_re.sub("", t),
        "peer pyarabic: 8× str.replace": lambda t: [t := t.replace(c, "") for c in HARAKAT],
        "alef_maqsura: whole pass": maqsura.apply,
        "peer CAMeL: str.replace": lambda t: t.replace("\u0649", "\u064a"),
    }


def main() -> int:
    docs = corpora.corpora(1.0)
    print("| step | plain MB/s | diacritised MB/s |\n|---|---:|---:|")
    results = {}
    for corpus, texts in docs.items():
        fns = {name: (fn, texts) for name, fn in steps().items()}
        times = interleaved(fns, 7)  # type: ignore[arg-type]
        size = corpora.utf8_size(texts) / 1e6
        results[corpus] = {name: size / median(t) for name, t in times.items()}
    for name in steps():
        print(f"| {name} | {results['plain'][name]:.0f} | {results['diacritised'][name]:.0f} |")
    print("(step rows include the encode; texts outside the code page encode to nothing here)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
