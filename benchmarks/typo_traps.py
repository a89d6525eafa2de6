#!/usr/bin/env python3
"""The typos pass on a blind set written for it (``benchmarks/data/typos_blind/``).

    python -m benchmarks.typo_traps [--examples N] [--data benchmarks/data/typos_blind2]
    python -m benchmarks.typo_traps --data benchmarks/data/typos_blind3

``errors.jsonl``: news sentences, each with one to three errors of the kinds real web text carries
(``[wrong, right, kind]``); scored as right, wrong (changed to something else) and false (a word
outside the errors changed), by kind.  ``traps.jsonl``: correct sentences, each holding a word that
looks like an error and is not (``trap``, ``kind``); every change there is a false correction.
Words are compared without the punctuation at their edges.  A helper who had not read the code
wrote both files; its notes on doubtful sentences are in the folder's README.  ``typos_blind2`` is a
second set of the same shapes, written later by another helper; ``typos_blind3`` a third, with more
traps than errors (words right one edit away from a common word) and letter slips among the errors.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

import arclean

DATA = Path(__file__).resolve().parent / "data" / "typos_blind"
_EDGES = re.compile(r"^[^\w#@]+|[^\w]+$")


def _core(token: str) -> str:
    return _EDGES.sub("", token)


def _changes(fix: arclean.Pass, text: str) -> list[tuple[str, str]]:
    """(written, corrected) for each word the pass changed, as its explanation lists them (a split
    is one change: ``لايزال`` → ``لا يزال``)."""
    return [(change.before, change.after) for change in fix.explain(text).changes]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=6, help="examples listed per row")
    parser.add_argument("--data", type=Path, default=DATA, help="folder with errors.jsonl and traps.jsonl")
    args = parser.parse_args()
    fix = arclean.PASSES["typos"]()

    gold = right = wrong = false = 0
    by_kind: collections.Counter[str] = collections.Counter()
    fixed: collections.Counter[str] = collections.Counter()
    missed: dict[str, list[str]] = collections.defaultdict(list)
    for line in (args.data / "errors.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        errors = {w: (r, k) for w, r, k in item["errors"]}
        for _, _, kind in item["errors"]:
            by_kind[kind] += 1
            gold += 1
        changed = dict(_changes(fix, item["text"]))
        for written, (meant, kind) in errors.items():
            got = changed.get(written)
            if got is not None and _core(got) == meant:
                right += 1
                fixed[kind] += 1
            else:
                wrong += got is not None
                missed[kind].append(f"{written}→{got or '='} ({meant})")
        false += sum(1 for t in changed if t not in errors and _core(t) not in errors)
    print(
        f"errors: {gold} gold, {right} right, {wrong} wrong, {false} false; "
        f"precision {right / max(1, right + wrong + false):.3f}, recall {right / gold:.3f}"
    )
    print("| kind | gold | fixed | not fixed (written→got (meant)) |\n|---|---:|---:|---|")
    for kind, n in by_kind.most_common():
        print(f"| {kind} | {n} | {fixed[kind]} | {'; '.join(missed[kind][: args.examples])} |")

    traps = [json.loads(line) for line in (args.data / "traps.jsonl").read_text(encoding="utf-8").splitlines()]
    words = sum(len(t["text"].split()) for t in traps)
    per_kind: collections.Counter[str] = collections.Counter(t["kind"] for t in traps)
    changed_by_kind: dict[str, list[str]] = collections.defaultdict(list)
    for trap in traps:
        for written, got in _changes(fix, trap["text"]):
            changed_by_kind[trap["kind"]].append(f"{written}→{got}")
    total = sum(len(v) for v in changed_by_kind.values())
    print(
        f"\ntraps: {len(traps)} sentences, {words} words, {total} words changed ({1000 * total / words:.1f} per 1,000)"
    )
    print("| trap kind | sentences | changed | changes |\n|---|---:|---:|---|")
    for kind, n in per_kind.most_common():
        found = changed_by_kind.get(kind, [])
        print(f"| {kind} | {n} | {len(found)} | {'; '.join(found[: args.examples])} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
