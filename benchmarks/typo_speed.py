#!/usr/bin/env python3
"""Throughput of the typos pass, alone and inside the default pipeline, in MB/s on one core.

    python benchmarks/typo_speed.py [--eval DIR] [--rounds N]

Texts: the chrome-dev news documents of ../shared/eval (real scraped pages, read in place), or the
repository's seed articles when that folder is missing.  Reported separately: the one-off load of
the word frequencies, the first pass over the texts (every word is new: decisions are computed)
and later passes (decisions come from the cache), which is what a long corpus run sees.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import arclean  # noqa: E402
from arclean.passes.typos import Typos  # noqa: E402
from arclean.passes.typos.clitics import analyses  # noqa: E402
from arclean.passes.typos.lexicon import wordfreq_lexicon  # noqa: E402


def load_typos(fix: Typos) -> None:
    """The one-off cost of the first typos pass in a process: word frequencies and their indexes."""
    fix.warm_up()


def forget_word_decisions() -> None:
    """Empty the per-word caches every typos pass shares (scores of unlisted words, clitic
    analyses), so that a fresh pass decides each word from scratch; the loaded lists stay."""
    wordfreq_lexicon()._scores.clear()
    analyses.cache_clear()


def typos_in(pipe: arclean.Pipeline) -> Typos:
    return next(p for p in pipe.passes if isinstance(p, Typos))


def cold_seconds(build: Callable[[], arclean.Pipeline], docs: Sequence[str]) -> float:
    """Seconds for a fresh pipeline holding typos to clean ``docs`` once: what a new corpus costs.

    Loading (word frequencies, indexes, the pass's own tables) happens before the clock starts;
    every word decision is computed within it.
    """
    load_typos(typos_in(build()))
    forget_word_decisions()
    pipe = build()
    typos_in(pipe).corrector()  # this instance's decision maker, built empty
    start = time.perf_counter()
    for doc in docs:
        pipe.apply(doc)
    return time.perf_counter() - start


def _texts(given: str | None) -> tuple[str, list[str]]:
    folder = Path(given or os.environ.get("ARCLEAN_EVAL", REPO.parent / "shared" / "eval")) / "chrome-dev"
    files = sorted(folder.glob("*.input.txt")) or sorted((REPO / "seeds").glob("*.txt"))
    return str(files[0].parent), [p.read_text(encoding="utf-8") for p in files]


def _rate(run, docs: list[str], megabytes: float) -> float:
    start = time.perf_counter()
    for doc in docs:
        run(doc)
    return megabytes / (time.perf_counter() - start)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", help="the shared eval folder (default: ../shared/eval from the repository root)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    where, docs = _texts(args.eval)
    megabytes = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"# typos speed ({time.strftime('%Y-%m-%d')}): {len(docs)} documents, {megabytes:.2f} MB from {where}")

    fix = Typos()
    start = time.perf_counter()
    load_typos(fix)
    forget_word_decisions()
    print(f"load word frequencies and build the indexes: {time.perf_counter() - start:.2f} s")
    print(f"typos, first pass (cold decisions): {_rate(fix, docs, megabytes):.2f} MB/s")
    warm = max(_rate(fix, docs, megabytes) for _ in range(args.rounds))
    print(f"typos, cached decisions: {warm:.1f} MB/s")

    plain = arclean.pipeline("default")
    with_typos = arclean.pipeline("default", typos=True)
    with_typos(docs[0])
    base = max(_rate(plain, docs, megabytes) for _ in range(args.rounds))
    both = max(_rate(with_typos, docs, megabytes) for _ in range(args.rounds))
    print(f"default pipeline: {base:.1f} MB/s; with typos (cached): {both:.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
