"""Interleaved timing: every implementation runs once per round, in a rotated order, so that a slow
spell of a noisy machine hits all of them alike and same-run ratios hold."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

# A timed run shorter than this is repeated within its round (and its time divided): a run of
# ~1 ms (a str.replace over 3 MB) is otherwise at the mercy of one context switch.
MIN_RUN_SECONDS = 0.05


def time_once(fn: Callable[[Any], object], docs: Sequence[Any], times: int = 1) -> float:
    """Seconds to run ``fn`` over every document (the mean of ``times`` runs)."""
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(times):
            for doc in docs:
                fn(doc)
        return (time.perf_counter() - start) / times
    finally:
        if gc_was_enabled:
            gc.enable()


def interleaved(
    fns: dict[str, tuple[Callable[[Any], object], Sequence[Any]]],
    repeats: int,
    progress: Callable[[int], None] | None = None,
) -> dict[str, list[float]]:
    """Run every ``name → (fn, docs)`` once per round for ``repeats`` rounds; the seconds of each run.

    Each function first runs once untimed over every document (imports, compiled patterns,
    caches), which also tells how many runs a round needs to last ``MIN_RUN_SECONDS``.
    """
    names = list(fns)
    runs: dict[str, int] = {}
    for name in names:
        fn, docs = fns[name]
        first = time_once(fn, docs)
        runs[name] = max(1, math.ceil(MIN_RUN_SECONDS / first)) if first > 0 else 1
    times: dict[str, list[float]] = {name: [] for name in names}
    for r in range(repeats):
        shift = r % len(names) if names else 0
        for name in names[shift:] + names[:shift]:
            fn, docs = fns[name]
            times[name].append(time_once(fn, docs, runs[name]))
        if progress:
            progress(r + 1)
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)
