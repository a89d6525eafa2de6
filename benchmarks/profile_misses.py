"""Where the passes that miss their target spend their time, next to the peer doing the same job.

    python -m benchmarks.profile_misses              # 3 MB per corpus, 15 interleaved rounds
    python -m benchmarks.profile_misses --only hamza # one job (a substring of its name)

For each job: arclean's implementation, the fastest peer, the implementation this round replaced
(where one was), and probes that take the job apart (an empty Python call per document, one
absent ``str.replace``, each ``str.replace`` alone, the regex's scan without its match).  All run
interleaved on the same documents (:func:`benchmarks.timing.interleaved`), so the ratios hold on a
noisy machine; a cell is ms per MB of UTF-8 input, median of the rounds (lower is better).  Then
what each corpus holds that decides the cost: how many documents contain each key, how many
letters the elongation regex is tried at and how many runs it finds.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence

from arclean import PASSES
from arclean.charmap import CharMap, replace_chain
from arclean.pipeline import compose
from benchmarks import corpora
from benchmarks.peers import Peers
from benchmarks.timing import interleaved, median

TextFn = Callable[[str], object]
TATWEEL = "\u0640"
ELONGATION_CLASS = "[\u0621-\u063a\u0641-\u064a]"


def _replace(key: str, value: str) -> TextFn:
    return lambda text: text.replace(key, value)


def jobs(peers: Peers) -> dict[str, list[tuple[str, TextFn]]]:
    """Job → labelled implementations and probes; the first is arclean's, the second the peer's."""
    out: dict[str, list[tuple[str, TextFn]]] = {}
    bare: tuple[str, TextFn] = ("probe: empty Python call", lambda text: text)
    absent: tuple[str, TextFn] = ("probe: one absent str.replace (memchr)", _replace("\u0672", "ا"))
    if peers.camel_norm:
        n = peers.camel_norm
        out["alef_maqsura"] = [
            ("arclean alef_maqsura", PASSES["alef_maqsura"]().apply),
            ("CAMeL normalize_alef_maksura_ar", n.normalize_alef_maksura_ar),
            bare,
        ]
        out["ta_marbuta"] = [
            ("arclean ta_marbuta", PASSES["ta_marbuta"]().apply),
            ("CAMeL normalize_teh_marbuta_ar", n.normalize_teh_marbuta_ar),
            bare,
        ]
    if peers.araby:
        araby = peers.araby
        out["tatweel"] = [
            ("arclean tatweel", PASSES["tatweel"]().apply),
            ("pyarabic strip_tatweel", araby.strip_tatweel),
            ("tnkeeh remove_tatweel (re.sub)", lambda text: re.sub(TATWEEL, "", text)),
            ("before: the general chain loop", replace_chain([(TATWEEL, "")])),
            ("probe: `tatweel in text` (memchr)", lambda text: TATWEEL in text),
            bare,
        ]
        fold = CharMap.composed([PASSES["alef"]().charmap, PASSES["hamza_carriers"]().charmap])
        assert fold is not None
        hamza: list[tuple[str, TextFn]] = [
            ("arclean alef + hamza_carriers", compose([PASSES["alef"](), PASSES["hamza_carriers"]()])),
            ("pyarabic normalize_hamza(tasheel)", lambda text: araby.normalize_hamza(text, "tasheel")),
            absent,
            bare,
        ]
        hamza += [(f"probe: replace U+{ord(k):04X} alone", _replace(k, v)) for k, v in fold.mapping.items()]
        out["fold hamza (tasheel)"] = hamza
    if peers.tnkeeh:
        letter = re.compile(f"({ELONGATION_CLASS})(?!)")
        out["elongation max_repeat=2"] = [
            ("arclean elongation max_repeat=2", PASSES["elongation"](max_repeat=2).apply),
            ("tnkeeh _remove_repeated_chars", peers.tnkeeh._remove_repeated_chars),
            ("before: ([letters])\\1{2,}", re.compile(f"({ELONGATION_CLASS})\\1{{2,}}").search),
            ("probe: search ([letters])\\1\\1+ (no sub)", re.compile(f"({ELONGATION_CLASS})\\1\\1+").search),
            ("probe: search ([letters])(?!): an attempt at every letter, failing", letter.search),
            ("probe: search for a letter never there ([ڀ-ڂ]\\1)", re.compile("([\u0680-\u0682])\\1").search),
        ]
    return out


def facts(name: str, texts: Sequence[str], megabytes: float) -> list[str]:
    """What the corpus holds that decides the job's cost."""
    share = lambda key: sum(key in t for t in texts) / len(texts)  # noqa: E731
    if name == "fold hamza (tasheel)":
        fold = CharMap.composed([PASSES["alef"]().charmap, PASSES["hamza_carriers"]().charmap])
        assert fold is not None
        keys = ", ".join(f"U+{ord(k):04X} {share(k):.0%}" for k in fold.mapping)
        return [f"documents holding each key: {keys}", f"str.replace calls per document: {len(fold.mapping)}"]
    if name == "tatweel":
        return [f"documents holding tatweel: {share(TATWEEL):.0%}"]
    if name == "alef_maqsura":
        return [f"documents holding ى: {share('ى'):.0%}"]
    if name == "ta_marbuta":
        return [f"documents holding ة: {share('ة'):.0%}"]
    if name.startswith("elongation"):
        letters = sum(len(re.findall(ELONGATION_CLASS, t)) for t in texts)
        runs = sum(len(re.findall(f"({ELONGATION_CLASS})\\1\\1+", t)) for t in texts)
        pairs = sum(len(re.findall(r"(.)\1+", t)) for t in texts)
        return [
            f"letters per MB (each a match attempt): {letters / megabytes:,.0f}",
            f"runs of 3+ letters per MB (arclean's matches): {runs / megabytes:,.1f}",
            f"runs of 2+ of any character per MB (tnkeeh's matches, each replaced): {pairs / megabytes:,.0f}",
        ]
    return []


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_misses", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=float, default=3.0, help="MB of UTF-8 per corpus")
    parser.add_argument("--repeats", type=int, default=15, help="interleaved rounds")
    parser.add_argument("--only", help="a substring of the job names to run")
    args = parser.parse_args(argv)
    docs = corpora.corpora(args.size)
    todo = {k: v for k, v in jobs(Peers()).items() if not args.only or args.only in k}
    for name, impls in todo.items():
        print(f"\n## {name}\n")
        print("| implementation | " + " | ".join(f"{c} ms/MB" for c in docs) + " |")
        print("|---|" + "---:|" * len(docs))
        cells: dict[str, list[str]] = {label: [] for label, _ in impls}
        notes: list[str] = []
        for corpus, texts in docs.items():
            mb = corpora.utf8_size(texts) / 1e6
            times = interleaved({label: (fn, texts) for label, fn in impls}, args.repeats)
            ms = {label: median(t) / mb * 1000 for label, t in times.items()}
            ours, peer = impls[0][0], impls[1][0]
            for label in cells:
                cells[label].append(f"{ms[label]:.3f}")
            ratio = f"{corpus}: arclean / peer speed {ms[peer] / ms[ours]:.2f}×"
            notes.append("; ".join([ratio, *facts(name, texts, mb)]))
        for label, row in cells.items():
            print(f"| {label} | " + " | ".join(row) + " |")
        print()
        for note in notes:
            print(f"- {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
