"""Chrome-removal quality on a labelled split: body-line recall and chrome-line removal.

    python benchmarks/chrome_quality.py                          # the chrome pass alone, seeds + dev
    python benchmarks/chrome_quality.py --preset default         # the whole default pipeline
    python benchmarks/chrome_quality.py --split ../shared/eval/chrome-dev --errors 40
    python benchmarks/chrome_quality.py --boilerplate             # chrome + boilerplate learned on the split

A split folder holds ``manifest.json`` and, per document, ``NAME.input.txt`` and ``NAME.labels.jsonl``
(one record per labelled line: ``line``, ``text``, ``label`` body/chrome, ``type``, ``site``).  Paths
are resolved against the repository, so ``../shared/eval/...`` works from a clean clone.

A labelled line counts as kept when its normalised text is a line of the output (as a multiset);
failing that, a line of three or more words counts as kept when at least half its words lie in word
3-grams of the output.  This is the matching of the reference scorer ``score_chrome.py``, so the
numbers agree with it.  Blank lines are not scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import arclean  # noqa: E402
from arclean.passes.chrome import learn_boilerplate  # noqa: E402

DEFAULT_SPLITS = ("../shared/eval/chrome-seeds", "../shared/eval/chrome-dev")
VARIANTS = ("mild", "heavy", "hard")

_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_ALEF = re.compile(r"[إأآٱ]")
_NON_WORD = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")


def norm(text: str) -> str:
    text = _DIACRITICS.sub("", unicodedata.normalize("NFKC", text))
    text = _ALEF.sub("ا", text).replace("ى", "ي").replace("ة", "ه")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text).lower()).strip()


def kept_flags(records: list[dict], output: str) -> dict[int, bool]:
    """Which labelled lines survive in ``output`` (see the module docstring)."""
    out_lines = [line for line in output.split("\n") if line.strip()]
    bag = Counter(norm(line) for line in out_lines)
    raw = Counter(line.strip() for line in out_lines)
    grams: set[tuple[str, ...]] = set()
    for line in out_lines:
        words = norm(line).split()
        grams.update(tuple(words[i : i + 3]) for i in range(len(words) - 2))
    flags: dict[int, bool] = {}
    for record in records:
        key = norm(record["text"])
        if not key:  # punctuation-only line: exact raw match
            text = record["text"].strip()
            flags[record["line"]] = raw[text] > 0
            raw[text] -= flags[record["line"]]
            continue
        if bag[key] > 0:
            bag[key] -= 1
            flags[record["line"]] = True
            continue
        words = key.split()
        if len(words) < 3:
            flags[record["line"]] = False
            continue
        covered = [False] * len(words)
        for i in range(len(words) - 2):
            if tuple(words[i : i + 3]) in grams:
                covered[i] = covered[i + 1] = covered[i + 2] = True
        flags[record["line"]] = sum(covered) * 2 >= len(words)
    return flags


def split_folder(split: str) -> Path | None:
    """The folder of a labelled split named on the command line (relative to the repository), or
    ``None`` when it holds no ``manifest.json``."""
    folder = Path(split)
    if not folder.is_absolute():
        folder = (ROOT / folder).resolve()
    return folder if (folder / "manifest.json").exists() else None


def load_split(folder: Path) -> list[dict]:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    docs = []
    for meta in manifest["documents"]:
        text = (folder / f"{meta['name']}.input.txt").read_text(encoding="utf-8")
        labels = (folder / f"{meta['name']}.labels.jsonl").read_text(encoding="utf-8").splitlines()
        docs.append({"meta": meta, "text": text, "records": [json.loads(line) for line in labels]})
    return docs


class Tally:
    """Counts for one group of lines: body kept and chrome dropped, by line and by character."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()

    def add(self, record: dict, kept: bool) -> None:
        n = len(record["text"])
        if record["label"] == "body":
            self.c["body"] += 1
            self.c["body_chars"] += n
            self.c["body_kept"] += kept
            self.c["body_kept_chars"] += n * kept
        else:
            self.c["chrome"] += 1
            self.c["chrome_chars"] += n
            self.c["chrome_drop"] += not kept
            self.c["chrome_drop_chars"] += n * (not kept)

    def pct(self, part: str, whole: str) -> float:
        return 100.0 * self.c[part] / self.c[whole] if self.c[whole] else float("nan")

    def row(self) -> dict[str, float]:
        return {
            "body_recall": self.pct("body_kept", "body"),
            "chrome_removed": self.pct("chrome_drop", "chrome"),
            "body_recall_chars": self.pct("body_kept_chars", "body_chars"),
            "chrome_removed_chars": self.pct("chrome_drop_chars", "chrome_chars"),
            "body_lines": self.c["body"],
            "chrome_lines": self.c["chrome"],
            "docs": self.c["docs"],
            "docs_body_intact": self.pct("docs_intact", "docs"),
        }


def evaluate(clean: Callable[[str], str], docs: list[dict]) -> tuple[dict[str, Tally], list[tuple], float]:
    groups: dict[str, Tally] = defaultdict(Tally)
    errors: list[tuple] = []
    seconds = 0.0
    for doc in docs:
        meta = doc["meta"]
        start = time.perf_counter()
        out = clean(doc["text"])
        seconds += time.perf_counter() - start
        flags = kept_flags(doc["records"], out)
        lost = 0
        for record in doc["records"]:
            kept = flags[record["line"]]
            keys = ["ALL", f"variant={meta['variant']}", f"site={meta['chrome_site']}"]
            if record["label"] == "chrome":
                keys += [f"type={record['type']}", f"type={record['type']}|{meta['variant']}"]
                if kept:
                    errors.append(("chrome kept", meta["name"], record["line"], record["type"], record["text"]))
            elif not kept:
                lost += 1
                errors.append(("BODY LOST", meta["name"], record["line"], record["type"], record["text"]))
            for key in keys:
                groups[key].add(record, kept)
        for key in ("ALL", f"variant={meta['variant']}", f"site={meta['chrome_site']}"):
            groups[key].c["docs"] += 1
            groups[key].c["docs_intact"] += lost == 0
    return groups, errors, seconds


def _order(key: str) -> tuple[int, int, str]:
    prefix = key.split("=")[0]
    rank = {"ALL": 0, "variant": 1, "type": 2, "site": 4}.get(prefix, 5) + ("|" in key)
    sub = VARIANTS.index(key.split("=")[1]) if prefix == "variant" and key.split("=")[1] in VARIANTS else 0
    return rank, sub, key


def print_table(title: str, groups: dict[str, Tally]) -> None:
    def fmt(x: float) -> str:
        return "  n/a" if x != x else f"{x:5.1f}"

    print(f"\n### {title}\n")
    print(
        "| group | body recall | chrome removed | body recall (chars) | chrome removed (chars) "
        "| body lines | chrome lines | docs body intact |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for key in sorted(groups, key=_order):
        r = groups[key].row()
        intact = fmt(r["docs_body_intact"]) if r["docs"] else ""
        print(
            f"| {key} | {fmt(r['body_recall'])} | {fmt(r['chrome_removed'])} | {fmt(r['body_recall_chars'])} | "
            f"{fmt(r['chrome_removed_chars'])} | {r['body_lines']} | {r['chrome_lines']} | {intact} |"
        )


def print_errors(errors: list[tuple], limit: int) -> None:
    """Counts of lost body lines and kept chrome lines, then the first ``limit`` of them (lost first)."""
    lost = [e for e in errors if e[0] == "BODY LOST"]
    kept = [e for e in errors if e[0] != "BODY LOST"]
    print(f"\n{len(lost)} body lines lost, {len(kept)} chrome lines kept")
    for error in (lost + kept)[:limit]:
        print("  " + " | ".join(str(x) for x in error[:4]) + " | " + error[4][:120])


def build_cleaner(args: argparse.Namespace, docs: Iterable[dict]) -> tuple[str, Callable[[str], str]]:
    if args.config:
        pipe = arclean.load_pipeline(args.config)
        label = f"--config {args.config}"
    elif args.passes:
        pipe = arclean.load_pipeline([{"type": name.strip()} for name in args.passes.split(",") if name.strip()])
        label = f"--passes {args.passes}"
    else:
        pipe = arclean.pipeline(args.preset)
        label = f"--preset {args.preset}"
    if args.boilerplate:
        model = learn_boilerplate(doc["text"] for doc in docs)
        pipe = arclean.Pipeline((*pipe.passes, model))
        label += f" + boilerplate learned on the split ({len(model.lines)} lines)"
    return label, pipe


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", action="append", help="labelled split folder (repeatable); default: seeds and dev")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--preset", help="score this preset instead of the chrome pass alone")
    group.add_argument("--passes", help="comma-separated passes (default: chrome)")
    group.add_argument("--config", help="pipeline TOML/JSON file")
    parser.add_argument("--boilerplate", action="store_true", help="also learn boilerplate on the split and apply it")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N lost body / kept chrome lines")
    parser.add_argument("--detail", action="store_true", help="also print chrome types per variant")
    parser.add_argument("--json", help="write the tables to this JSON file")
    args = parser.parse_args(argv)
    if not (args.preset or args.passes or args.config):
        args.passes = "chrome"
    results = {}
    for split in args.split or DEFAULT_SPLITS:
        folder = split_folder(split)
        if folder is None:
            print(f"chrome_quality: {split} is not a labelled split (no manifest.json)", file=sys.stderr)
            return 2
        docs = load_split(folder)
        label, clean = build_cleaner(args, docs)
        groups, errors, seconds = evaluate(clean, docs)
        chars = sum(len(doc["text"]) for doc in docs)
        if not args.detail:
            groups = {k: v for k, v in groups.items() if "|" not in k}
        title = f"{label} on {folder.name} ({len(docs)} documents, {chars / 1e6 / seconds:.2f} M characters/s)"
        print_table(title, groups)
        if args.errors:
            print_errors(errors, args.errors)
        results[folder.name] = {key: tally.row() for key, tally in groups.items()}
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
