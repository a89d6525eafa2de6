"""The command line end to end: ``python -m arclean clean IN -o OUT --jobs N`` on a generated folder of
plain-text files and JSONL files, with wall time, throughput, scaling and peak memory of the whole
process tree (sampled from /proc, so Linux only).

Run through ``python -m benchmarks.run --cli``; skipped with a message when the CLI has no ``--jobs``.
``python -m benchmarks.cli --against PATH`` compares this checkout's CLI with another's (before/after
a change): rounds alternate between the two, so a busy machine slows both alike, and CPU seconds of
the process tree are reported beside wall time.  ``python -m benchmarks.cli --shape`` times the
pipeline alone (in this process, CPU time) on the folder's documents as the CLI sees them: whole
text files, the same text cut into articles, and the JSONL records.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import corpora

DOCS_PER_TEXT_FILE = 50


def supports_jobs(repo: Path) -> bool:
    command = [sys.executable, "-m", "arclean", "clean", "--help"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=repo)
    return "--jobs" in result.stdout


def build_input(megabytes: float) -> Path:
    """Half plain-text files, half JSONL files (``{"id", "text"}`` per line), cached between runs."""
    folder = corpora.cache_dir() / f"cli-input-{megabytes:g}MB"
    done = folder / ".complete"
    if done.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "txt").mkdir(parents=True)
    (folder / "jsonl").mkdir()
    docs = corpora.repeat_to_size(corpora.news_documents(), megabytes / 2)
    for i in range(0, len(docs), DOCS_PER_TEXT_FILE):
        text = "\n\n".join(docs[i : i + DOCS_PER_TEXT_FILE])
        (folder / "txt" / f"part{i // DOCS_PER_TEXT_FILE:05d}.txt").write_text(text, encoding="utf-8")
    half = len(docs) // 2  # two JSONL files: a large file is what tests flat memory
    for n, part in enumerate((docs[:half], docs[half:])):
        with open(folder / "jsonl" / f"part{n}.jsonl", "w", encoding="utf-8") as out:
            for j, doc in enumerate(part):
                out.write(json.dumps({"id": f"{n}-{j}", "text": doc}, ensure_ascii=False) + "\n")
    done.touch()
    return folder


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = int(fields[21]) * page
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack += [child for child, parent in parents.items() if parent == pid]
    return total


def run_cli(source: Path, jobs: int, repo: Path) -> tuple[float, int, int]:
    """Seconds, peak tree RSS in bytes, and exit code of one CLI run."""
    out = Path(tempfile.mkdtemp(prefix="arclean-bench-out-"))
    try:
        command = [sys.executable, "-m", "arclean", "clean", str(source), "-o", str(out), "--jobs", str(jobs)]
        start = time.perf_counter()
        proc = subprocess.Popen(command, cwd=repo, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.1)
        seconds = time.perf_counter() - start
        if proc.returncode:
            err = proc.stderr.read().decode(errors="replace")[-500:] if proc.stderr else ""
            print(f"CLI --jobs {jobs} exited {proc.returncode}: {err}", file=sys.stderr)
        return seconds, peak, proc.returncode
    finally:
        shutil.rmtree(out, ignore_errors=True)


def run(megabytes: float = 100.0, repo: Path = corpora.REPO) -> str:
    """The markdown section for the CLI end to end of the arclean in ``repo`` (the CLI runs there)."""
    lines = ["### CLI end to end", ""]
    if not supports_jobs(repo):
        message = "skipped: `python -m arclean clean --help` lists no `--jobs` option yet"
        print(f"CLI end to end {message}", file=sys.stderr)
        return "\n".join([*lines, message + ".", ""])
    source = build_input(megabytes)
    size = folder_size(source)
    largest = max(p.stat().st_size for p in source.rglob("*.jsonl"))
    lines += [
        f"Input: {size / 1e6:.0f} MB in {source} (plain-text files of {DOCS_PER_TEXT_FILE} articles and two JSONL "
        f"files, the largest {largest / 1e6:.0f} MB), preset default.",
        "",
        "| command | seconds | MB/s | speed-up | peak memory (process tree) | exit |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    first = None
    for jobs in (1, 2):
        print(f"CLI --jobs {jobs} on {size / 1e6:.0f} MB", file=sys.stderr)
        seconds, peak, code = run_cli(source, jobs, repo)
        first = first or seconds
        lines.append(
            f"| `python -m arclean clean IN -o OUT --jobs {jobs}` | {seconds:.1f} | {size / 1e6 / seconds:.1f} "
            f"| {first / seconds:.2f}× | {peak / 1e6:.0f} MB | {code} |"
        )
    return "\n".join(lines) + "\n"


def cpu_seconds_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # reaped children, with their own reaped children
    return usage.ru_utime + usage.ru_stime


def compare(megabytes: float, repos: dict[str, Path], jobs: tuple[int, ...], rounds: int) -> str:
    """A markdown table of the CLIs in ``repos`` (name → checkout), run in alternation, medians of ``rounds``."""
    source = build_input(megabytes)
    size = folder_size(source) / 1e6
    runs: dict[tuple[str, int], list[tuple[float, float, int]]] = {(n, j): [] for n in repos for j in jobs}
    for r in range(rounds):
        for j in jobs:
            for name, repo in repos.items():
                before = cpu_seconds_of_children()
                seconds, peak, code = run_cli(source, j, repo)
                cpu = cpu_seconds_of_children() - before
                if code:
                    raise SystemExit(f"{name} --jobs {j} failed")
                runs[name, j].append((seconds, cpu, peak))
                print(f"round {r + 1} {name} --jobs {j}: {seconds:.1f} s, {cpu:.1f} s CPU", file=sys.stderr)
    lines = [
        f"{size:.0f} MB in {source}, medians of {rounds} alternating rounds",
        "",
        "| CLI | jobs | seconds | MB/s | CPU seconds | MB per CPU second | peak memory |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for (name, j), values in runs.items():
        seconds = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        peak = max(v[2] for v in values)
        row = [name, str(j), f"{seconds:.1f}", f"{size / seconds:.1f}", f"{cpu:.1f}", f"{size / cpu:.1f}"]
        lines.append(f"| {' | '.join(row)} | {peak / 1e6:.0f} MB |")
    return "\n".join(lines) + "\n"


def shape(megabytes: float, preset: str = "default") -> str:
    """MB per CPU second of the ``preset`` pipeline's summarised run (what the CLI calls) on the folder's documents."""
    import arclean
    from arclean.io.encoding import decode

    source = build_input(megabytes)
    pipeline = arclean.pipeline(preset)
    files = [decode(p.read_bytes()).text for p in sorted(source.glob("txt/*.txt"))]
    records = [
        json.loads(line)["text"] for p in sorted(source.glob("jsonl/*.jsonl")) for line in p.open(encoding="utf-8")
    ]
    articles = corpora.repeat_to_size(corpora.news_documents(), megabytes / 2)  # what build_input joined
    lines = [
        f"{preset} on the documents of {source}, CPU time",
        "",
        "| documents | count | MB | MB per CPU second |",
        "|---|---:|---:|---:|",
    ]
    kinds = {
        f"text files ({DOCS_PER_TEXT_FILE} articles each)": files,
        "the same, cut into articles": articles,
        "JSONL records": records,
    }
    for name, docs in kinds.items():
        size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        start = time.process_time()
        for doc in docs:
            pipeline.apply_summarised(doc)
        seconds = time.process_time() - start
        lines.append(f"| {name} | {len(docs)} | {size:.1f} | {size / seconds:.1f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=float, default=100.0, help="MB of generated input")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--against", type=Path, help="another checkout, run in alternation with this one")
    parser.add_argument("--shape", action="store_true", help="time the pipeline alone on the folder's documents")
    args = parser.parse_args()
    if args.shape:
        print(shape(args.size))
        return
    repos = {"this checkout": corpora.REPO}
    if args.against is not None:
        repos = {f"{args.against}": args.against, **repos}
    print(compare(args.size, repos, tuple(args.jobs), args.rounds))


if __name__ == "__main__":
    main()
