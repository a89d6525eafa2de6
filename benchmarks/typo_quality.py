#!/usr/bin/env python3
"""Typo-fixing quality on the labelled typo set, scored by the shared scorer.

    python benchmarks/typo_quality.py [--eval DIR] [--system CMD] [--details FILE] [--top N]

Runs ``../shared/eval/score_typos.py`` (resolved from the repository root; the data is read
there, never copied) on ``python -m arclean clean - --passes typos`` and prints precision,
recall and wrong corrections overall and per source (aghlat: hand-corrected real news;
synthetic: a keyboard/hamza/ta-marbuta/alef-maqsura noise model), recall per error kind, the
false-correction rate on clean news sentences, and the commonest changes counted as false.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _eval_dir(given: str | None) -> Path:
    path = Path(given or os.environ.get("ARCLEAN_EVAL", REPO.parent / "shared" / "eval"))
    if not (path / "score_typos.py").exists():
        raise SystemExit(f"no score_typos.py in {path}: pass --eval DIR (the shared eval folder)")
    return path


def _row(name: str, m: dict) -> str:
    return (
        f"| {name} | {m['gold']} | {m['TP']} | {m['WRONG']} | {m['FP']} | "
        f"{m['precision']:.3f} | {m['recall']:.3f} | {m['F0.5']:.3f} |"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", help="the shared eval folder (default: ../shared/eval from the repository root)")
    ap.add_argument("--system", help="stdin→stdout command to score (default: this repository's typos pass)")
    ap.add_argument("--details", help="keep the scorer's per-change details here (jsonl)")
    ap.add_argument("--top", type=int, default=15, help="how many of the commonest false changes to list")
    args = ap.parse_args()

    eval_dir = _eval_dir(args.eval)
    here = f"cd {shlex.quote(str(REPO))} && {shlex.quote(sys.executable)}"
    system = args.system or f"{here} -m arclean clean - --passes typos"
    details = args.details or tempfile.mkstemp(suffix=".jsonl")[1]
    started = time.time()
    proc = subprocess.run(
        [sys.executable, str(eval_dir / "score_typos.py"), "--system", system, "--json", "--details", details],
        capture_output=True,
        text=True,
        cwd=eval_dir,
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        return proc.returncode
    result = json.loads(proc.stdout)

    print(f"# typo quality on {eval_dir.name}/typos-dev ({time.strftime('%Y-%m-%d')}, {time.time() - started:.0f} s)")
    print(f"system: {system}\n")
    print("| part | gold | right | wrong | false | precision | recall | F0.5 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print(_row("all", result["pairs_all"]))
    for source, m in result["pairs_by_source"].items():
        print(_row(source, m))
    print("\n| error kind | gold | recall | wrong |")
    print("|---|---:|---:|---:|")
    for kind, m in result["recall_by_kind"].items():
        print(f"| {kind} | {m['gold']} | {m['recall']:.3f} | {m['wrong']} |")
    clean = result["clean"]
    print(
        f"\nclean news sentences: {clean['changed_words']} words changed in {clean['words']} "
        f"= {clean['false_corrections_per_1000_words']} per 1,000 words "
        f"({clean['sentences_changed_pct']}% of {clean['sentences']} sentences)"
    )

    records = [json.loads(line) for line in open(details, encoding="utf-8")]
    for title, kinds in (("clean sentences", {"clean_change"}), ("labelled contexts", {"fp"})):
        counted = collections.Counter((r["input"], r["output"]) for r in records if r["type"] in kinds)
        if counted:
            common = ", ".join(f"{a}→{b}" + (f" ×{n}" if n > 1 else "") for (a, b), n in counted.most_common(args.top))
            print(f"\ncommonest changes counted as false ({title}): {common}")
    wrong = collections.Counter((r["wrong"], r["right"], r["got"]) for r in records if r.get("result") == "WRONG")
    if wrong:
        common = ", ".join(f"{a}→{c} (gold {b})" for (a, b, c), _ in wrong.most_common(args.top))
        print(f"\nwrong corrections of labelled errors: {common}")
    if not args.details:
        os.unlink(details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
