"""Throughput of the `arclean clean` command on generated corpora, with --jobs 1 and --jobs N.

Builds, in a temporary folder, a tree of .txt files and one JSONL shard from the seed articles, runs
`python -m arclean clean` on each with every --jobs value, checks that the outputs are identical,
and prints wall time, CPU time (this process's children) and MB/s.  Other load on the machine
shows in the wall times: compare CPU seconds too.

    python benchmarks/cli_throughput.py                      # 2,000 files + a 40 MB shard, jobs 1 and 2
    python benchmarks/cli_throughput.py --files 500 --jsonl-mb 10 --jobs 1 2 --preset search
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def build(folder: Path, files: int, jsonl_mb: float) -> dict[str, Path]:
    seeds = _seeds()
    txt = folder / "txt"
    for i in range(files):
        sub = txt / f"part{i // 200:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"doc{i:05d}.txt").write_text(f"{seeds[i % len(seeds)]}\nرقم {i}", encoding="utf-8")
    shard = folder / "shard.jsonl"
    with open(shard, "w", encoding="utf-8") as f:
        i = 0
        while f.tell() < jsonl_mb * 1e6:
            f.write(
                json.dumps(
                    {"id": i, "url": f"https://example.com/{i}", "text": seeds[i % len(seeds)]}, ensure_ascii=False
                )
            )
            f.write("\n")
            i += 1
    return {"txt": txt, "jsonl": shard}


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run_once(source: Path, out: Path, jobs: int, preset: str) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "arclean",
            "clean",
            str(source),
            "-o",
            str(out),
            "-q",
            "-j",
            str(jobs),
            "--preset",
            preset,
        ],
        check=True,
        env=env,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def same_tree(a: Path, b: Path) -> bool:
    for left in sorted(p for p in a.rglob("*") if p.is_file() and not p.name.startswith(".")):
        right = b / left.relative_to(a)
        if not right.is_file() or not filecmp.cmp(left, right, shallow=False):
            return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--jsonl-mb", type=float, default=40)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--preset", default="default")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="arclean-cli-bench-") as tmp:
        inputs = build(Path(tmp), args.files, args.jsonl_mb)
        print(f"load average before: {os.getloadavg()[0]:.1f} (on {os.cpu_count()} cores)")
        print("| input | MB | jobs | wall s | MB/s | CPU s | identical to jobs 1 |")
        print("|---|---|---|---|---|---|---|")
        for name, source in inputs.items():
            mb = _size(source) / 1e6
            first: Path | None = None
            for jobs in args.jobs:
                out = Path(tmp) / f"out-{name}-{jobs}"
                wall, cpu = run_once(source, out, jobs, args.preset)
                first = first or out
                same = "yes" if same_tree(first, out) else "NO"
                print(f"| {name} | {mb:.1f} | {jobs} | {wall:.2f} | {mb / wall:.2f} | {cpu:.2f} | {same} |", flush=True)
        print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
