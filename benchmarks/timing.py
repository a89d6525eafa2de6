"""Interleaved timing: every implementation runs once per round, in a rotated order, so that a slow
spell of a noisy machine hits all of them alike and same-run ratios hold."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any


def time_once(fn: Callable[[Any], object], docs: Sequence[Any]) -> float:
    """Seconds to run ``fn`` over every document."""
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        for doc in docs:
            fn(doc)
        return time.perf_counter() - start
    finally:
        if gc_was_enabled:
            gc.enable()


def interleaved(
    fns: dict[str, tuple[Callable[[Any], object], Sequence[Any]]],
    repeats: int,
    progress: Callable[[int], None] | None = None,
) -> dict[str, list[float]]:
    """Run every ``name → (fn, docs)`` once per round for ``repeats`` rounds; the seconds of each run.

    Each function first runs once untimed (imports, compiled patterns, caches).
    """
    names = list(fns)
    for name in names:
        fn, docs = fns[name]
        fn(docs[0])
    times: dict[str, list[float]] = {name: [] for name in names}
    for r in range(repeats):
        shift = r % len(names) if names else 0
        for name in names[shift:] + names[:shift]:
            fn, docs = fns[name]
            times[name].append(time_once(fn, docs))
        if progress:
            progress(r + 1)
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)
