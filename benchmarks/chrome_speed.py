"""Speed of chrome removal: MB/s of the ``chrome`` pass alone and of the ``default`` preset.

    python benchmarks/chrome_speed.py                                  # the seeds, repeated
    python benchmarks/chrome_speed.py --split ../shared/eval/chrome-dev  # a labelled split's inputs

Measured in CPU time of this process (``time.process_time``), so a busy machine inflates it less
than wall time would; still, compare numbers taken on the same machine at the same time.  On a
shared machine, ``--repeat N`` reports the best of N measurements per row (the least disturbed).  The
"body only" row cleans the split's body lines alone (a page without chrome, the common case in a
corpus of extracted articles).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import arclean  # noqa: E402
from arclean.passes.chrome import Chrome  # noqa: E402


def load(split: str | None) -> tuple[list[str], list[str]]:
    """Pages to clean, and the same pages with body lines only (empty without labels)."""
    if split is None:
        pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
        return pages, []
    folder = Path(split) if Path(split).is_absolute() else (ROOT / split).resolve()
    pages, bodies = [], []
    for path in sorted(folder.glob("*.input.txt")):
        pages.append(path.read_text(encoding="utf-8"))
        labels = path.with_name(path.name.replace(".input.txt", ".labels.jsonl"))
        if labels.exists():
            records = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
            bodies.append("\n\n".join(r["text"] for r in records if r["label"] == "body"))
    return pages, bodies


def mb_per_second(clean: Callable[[str], str], texts: list[str], seconds: float) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts)
    done, start = 0, time.process_time()
    while True:
        for text in texts:
            clean(text)
        done += size
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return done / 1e6 / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", help="a labelled split folder (default: the seeds in this repository)")
    parser.add_argument("--seconds", type=float, default=3.0, help="CPU seconds per measurement")
    parser.add_argument("--repeat", type=int, default=1, help="measurements per row; the best is reported")
    args = parser.parse_args(argv)
    pages, bodies = load(args.split)
    if not pages:
        print(f"chrome_speed: no pages found in {args.split}", file=sys.stderr)
        return 2
    default = arclean.pipeline("default")
    rows = [("chrome, pages", Chrome(), pages), ("default preset, pages", default, pages)]
    if bodies:
        rows += [("chrome, body only", Chrome(), bodies), ("default preset, body only", default, bodies)]
    print("| what | MB/s (UTF-8, CPU time) |\n|---|---:|")
    for label, clean, texts in rows:
        best = max(mb_per_second(clean, texts, args.seconds) for _ in range(max(1, args.repeat)))
        print(f"| {label} | {best:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
