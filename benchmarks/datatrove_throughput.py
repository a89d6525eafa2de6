"""Throughput of arclean as a datatrove step, with 1 and 2 local tasks.

Each run is a real ``LocalPipelineExecutor`` job over JSONL shards in a temporary folder:
JsonlReader → ArcleanFormatter → MinLengthFilter → JsonlWriter, timed end to end (worker start-up,
reading and writing included), with and without the per-pass change counts.  The in-process row
is the same pipeline called on the same texts in one Python loop, with no datatrove around it.
Wall time is what a user waits; CPU time (summed over tasks, measured inside each task) is what
the work costs, and stays true when other jobs share the cores.

The corpus is the shared eval folder's chrome-dev web pages when it is there (read at run time,
never copied), else the repository's seed articles, repeated to ``--mb`` megabytes of UTF-8.
Each row is the best of ``--repeat`` runs (the machine may be shared); datatrove's logs go to a
file unless ``--verbose``.

    python benchmarks/datatrove_throughput.py                 # default preset, 16 MB
    python benchmarks/datatrove_throughput.py --preset search --mb 32
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the checkout's arclean, also when run from elsewhere

import arclean  # noqa: E402

SHARDS = 8


def source_texts() -> tuple[str, list[str]]:
    """(corpus name, one text per document)."""
    candidates = [os.environ.get("ARCLEAN_EVAL", ""), str(REPO.parent / "shared" / "eval")]
    for folder in candidates:
        pages = sorted(Path(folder, "chrome-dev").glob("*.input.txt")) if folder else []
        if pages:
            return "chrome-dev web pages", [p.read_text(encoding="utf-8") for p in pages]
    return "seed articles", [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]


def write_corpus(texts: list[str], megabytes: float, folder: Path) -> tuple[int, int]:
    """JSONL shards of ``texts`` repeated to ``megabytes``; returns (documents, UTF-8 bytes of text)."""
    folder.mkdir(parents=True)
    files = [(folder / f"shard-{k}.jsonl").open("w", encoding="utf-8") for k in range(SHARDS)]
    docs = size = 0
    while size < megabytes * 1e6:
        text = texts[docs % len(texts)]
        files[docs % SHARDS].write(json.dumps({"id": str(docs), "text": text}, ensure_ascii=False) + "\n")
        docs += 1
        size += len(text.encode("utf-8"))
    for f in files:
        f.close()
    return docs, size


def task_cpu_clock() -> Any:
    """A last step that counts the CPU seconds each task spends pulling its documents through the
    pipeline (reading, cleaning, writing): unlike wall time, other load on the machine leaves it be."""
    from datatrove.pipeline.base import PipelineStep

    class TaskCpuClock(PipelineStep):
        name = "task CPU clock"
        type = "⏱ - BENCH"

        def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Any:
            start = time.process_time()
            yield from data or ()
            self.stat_update("cpu_seconds", value=time.process_time() - start, unit="task")

    return TaskCpuClock()


def run_datatrove(corpus: Path, work: Path, preset: str, tasks: int, count_changes: bool) -> tuple[float, float]:
    """(wall seconds of the whole job, CPU seconds summed over its tasks)."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from arclean.integrations.datatrove import ArcleanFormatter, MinLengthFilter

    shutil.rmtree(work, ignore_errors=True)
    executor = LocalPipelineExecutor(
        [
            JsonlReader(str(corpus)),
            ArcleanFormatter(preset, count_changes=count_changes),
            MinLengthFilter(min_words=3),
            JsonlWriter(str(work / "out"), compression=None),
            task_cpu_clock(),
        ],
        tasks=tasks,
        workers=tasks,
        logging_dir=str(work / "logs"),
    )
    start = time.perf_counter()
    executor.run()
    wall = time.perf_counter() - start
    merged = json.loads((work / "logs" / "stats.json").read_text(encoding="utf-8"))
    (clock,) = [step["stats"]["cpu_seconds"] for step in merged if "task CPU clock" in step["name"]]
    return wall, clock["total"] if isinstance(clock, dict) else clock


def run_in_process(corpus: Path, preset: str) -> tuple[float, float]:
    texts = [json.loads(line)["text"] for path in sorted(corpus.glob("*.jsonl")) for line in path.open()]
    pipeline: Callable[[str], str] = arclean.pipeline(preset)
    start, cpu_start = time.perf_counter(), time.process_time()
    for text in texts:
        pipeline(text)
    return time.perf_counter() - start, time.process_time() - cpu_start


@contextlib.contextmanager
def stderr_to(path: Path | None) -> Iterator[None]:
    """Send this process's stderr, and that of the workers it starts, to ``path`` (None: leave it)."""
    if path is None:
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    with path.open("w") as log:
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--preset", default="default", choices=sorted(arclean.PRESETS))
    parser.add_argument("--mb", type=float, default=16, help="corpus size in MB of UTF-8 text (default 16)")
    parser.add_argument("--tasks", default="1,2", help="task counts to run (default 1,2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per row; the best is kept (default 3)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--verbose", action="store_true", help="show datatrove's logs")
    args = parser.parse_args()

    name, texts = source_texts()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="arclean-dt-bench-") as tmp:
        corpus = Path(tmp) / "in"
        docs, size = write_corpus(texts, args.mb, corpus)
        best = min(run_in_process(corpus, args.preset) for _ in range(args.repeat))
        rows = [("in-process loop, no datatrove", 1, "no", *best)]
        with stderr_to(None if args.verbose else Path(tmp) / "datatrove.log"):
            for tasks in (int(t) for t in args.tasks.split(",")):
                for counts in (True, False):
                    work = Path(tmp) / "work"
                    best = min(run_datatrove(corpus, work, args.preset, tasks, counts) for _ in range(args.repeat))
                    rows.append(("datatrove LocalPipelineExecutor", tasks, "yes" if counts else "no", *best))

    print(
        f"\n{name}: {docs} documents, {size / 1e6:.1f} MB UTF-8; preset {args.preset!r}; best of {args.repeat}; "
        f"arclean {arclean.__version__}, datatrove {importlib.metadata.version('datatrove')}, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores, load average {load:.1f} at start\n"
    )
    print("| run | tasks | per-pass counts | wall s | docs/s | MB/s | CPU s (all tasks) | MB per CPU-second |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for label, tasks, counts, seconds, cpu in rows:
        print(
            f"| {label} | {tasks} | {counts} | {seconds:.1f} | {docs / seconds:,.0f} | {size / 1e6 / seconds:.2f} "
            f"| {cpu:.1f} | {size / 1e6 / cpu:.2f} |"
        )
    if args.json:
        results = [
            {"run": label, "tasks": tasks, "counts": counts, "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3)}
            | {"docs": docs, "bytes": size, "load_average_at_start": load}
            for label, tasks, counts, seconds, cpu in rows
        ]
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
