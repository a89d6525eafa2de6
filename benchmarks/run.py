"""Run the benchmark suite: ``python -m benchmarks.run`` (``--quick`` for a smoke run).

Every job runs on the same documents, in one process, interleaved round by round; the tables give
MB/s of UTF-8 input (median of the rounds) and arclean's ratio to the fastest peer doing the same
job.  ``--write-doc`` puts the tables into docs/benchmarks.md; ``--cli`` adds the command line end
to end on a generated folder of 100 MB or more.
"""

from __future__ import annotations

import argparse
import datetime
import fnmatch
import functools
import importlib.metadata
import json
import math
import os
import platform
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from benchmarks import corpora
from benchmarks.peers import DEFAULT_TYPOS, MISSING, Impl, Job, build_jobs
from benchmarks.timing import interleaved, median

DOC = corpora.REPO / "docs" / "benchmarks.md"
ISSUE_SPEEDS = Path(__file__).resolve().parent / "data" / "issue6_peer_speeds.tsv"
PIPELINE_TARGET = 10.0  # MB/s per core, issue 6, for the whole default pipeline with typos
START, END = "<!-- results:start -->", "<!-- results:end -->"
CORPORA = ("plain", "diacritised")
PEER_PACKAGES = ("arclean", "pyarabic", "camel-tools", "wordfreq", "ftfy", "tnkeeh", "arabert", "regex")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores, {system}, Python {platform.python_version()}"


def versions() -> str:
    return ", ".join(f"{name} {package_version(name)}" for name in PEER_PACKAGES)


def package_version(name: str) -> str:
    """The version of the package as imported here, ``(missing)`` when it cannot be imported.

    arclean is read from the module itself: the suite measures the checkout it runs from, which is
    usually not pip-installed (or is another copy).  A peer's installed metadata comes first; a
    package run from a source tree falls back to its ``__version__``.
    """
    if name != "arclean":
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            pass
    try:
        module = importlib.import_module(name.replace("-", "_"))
    except Exception:  # a broken peer is reported as missing, never an error
        return "(missing)"
    version = getattr(module, "__version__", None)
    return str(version) if version else "(unknown version)"


def measure(jobs: Sequence[Job], docs: dict[str, list[str]], repeats: int) -> dict[str, dict[str, float]]:
    """``corpus → "job|label" → MB/s``."""
    results: dict[str, dict[str, float]] = {}
    for corpus, texts in docs.items():
        size = corpora.utf8_size(texts)
        encoded = [t.encode("utf-8") for t in texts]
        fns = {}
        for job in jobs:
            for impl in _impls(job):
                fns[_key(job, impl)] = (impl.fn, encoded if impl.takes_bytes else texts)
        print(f"{corpus}: {len(texts)} documents, {size / 1e6:.1f} MB, {len(fns)} implementations", file=sys.stderr)
        times = interleaved(fns, repeats, lambda r: print(f"  round {r}/{repeats}", file=sys.stderr))
        results[corpus] = {key: size / 1e6 / median(t) for key, t in times.items()}
    return results


def measure_cold(docs: dict[str, list[str]], repeats: int) -> dict[str, tuple[float, float]]:
    """``corpus → (MB/s, ms per document)`` of a fresh ``default + typos`` pipeline over each
    distinct document of the corpus once, every word decision computed (median of ``repeats``)."""
    import arclean
    from benchmarks.typo_speed import cold_seconds

    out: dict[str, tuple[float, float]] = {}
    for corpus, texts in docs.items():
        distinct = list(dict.fromkeys(texts))
        size = corpora.utf8_size(distinct)
        print(f"{corpus}: default + typos, cold, {len(distinct)} distinct documents", file=sys.stderr)
        build = functools.partial(arclean.pipeline, "default", typos=True)
        seconds = median([cold_seconds(build, distinct) for _ in range(repeats)])
        out[corpus] = (size / 1e6 / seconds, seconds / len(distinct) * 1000)
    return out


def issue_speeds(path: Path = ISSUE_SPEEDS) -> dict[str, dict[str, float]]:
    """``implementation label → corpus → MB/s`` as issue 6 gives the peers' speeds."""
    out: dict[str, dict[str, float]] = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        label, *cells = row.split("\t")
        out[label] = {c: float(v) for c, v in zip(CORPORA, cells, strict=True) if v != "-"}
    return out


class Pace(NamedTuple):
    """How much slower than the issue's machine this run went: the issue's MB/s over this run's, for
    every peer both measured (``factor`` is their geometric mean, ``low``/``high`` the extremes)."""

    factor: float
    low: float
    high: float
    peers: int


def pace(res: dict[str, dict[str, float]], given: dict[str, dict[str, float]]) -> dict[str, Pace]:
    """Per corpus, the :class:`Pace` of this run against the issue's numbers (corpora with none left out).

    >>> given = {"a": {"plain": 20.0}, "b": {"plain": 30.0, "diacritised": 5.0}}
    >>> pace({"plain": {"j|a": 10.0, "j|b": 10.0}, "diacritised": {}}, given)["plain"]
    Pace(factor=2.449489742783178, low=2.0, high=3.0, peers=2)
    """
    out: dict[str, Pace] = {}
    for corpus, measured in res.items():
        by_label = {key.split("|", 1)[1]: value for key, value in measured.items() if "|" in key}
        factors = [
            speeds[corpus] / by_label[label]
            for label, speeds in given.items()
            if corpus in speeds and by_label.get(label)
        ]
        if factors:
            geomean = math.exp(sum(map(math.log, factors)) / len(factors))
            out[corpus] = Pace(geomean, min(factors), max(factors), len(factors))
    return out


def render_in_issue_units(
    jobs: Sequence[Job], res: dict[str, dict[str, float]], cold: dict[str, tuple[float, float]] | None
) -> list[str]:
    """The pipelines' speeds next to the same speeds in the issue's units (this run's MB/s times its
    pace), and the issue's target."""
    paces = pace(res, issue_speeds())
    if not paces:
        return []
    rows: list[tuple[str, dict[str, float]]] = []
    for job in jobs:
        if job.group == "preset" and job.arclean is not None and job.name in ("preset default", DEFAULT_TYPOS):
            rows.append((job.arclean.label, {c: res[c][_key(job, job.arclean)] for c in paces}))
        if job.name == DEFAULT_TYPOS and cold:
            label = "arclean preset default + typos, cold (every word decided anew)"
            rows.append((label, {c: cold[c][0] for c in paces if c in cold}))
    if not rows:
        return []
    lines = [
        "",
        "### In the issue's units",
        "",
        "The host is shared and its speed drifts between runs (by up to 1.5× over minutes), so issue 6's "
        "absolute target is read through the peers measured in the same run: *pace* is the geometric mean, "
        "over the peers and references for which the issue gives a speed "
        f"(`benchmarks/data/{ISSUE_SPEEDS.name}`), of the issue's MB/s over this run's (their range in "
        "brackets); *in the issue's units* is this run's MB/s times the pace. The diacritised corpus is "
        "generated here (`benchmarks/corpora.py`) and may be vowelled more densely than the issue's, "
        f"so its pace is the less certain. Target: {PIPELINE_TARGET:.0f} MB/s per core for `default + typos`.",
        "",
        "| corpus | peers | pace (range) |",
        "|---|---:|---|",
    ]
    for corpus, p in paces.items():
        lines.append(f"| {corpus} | {p.peers} | {p.factor:.2f} ({p.low:.2f}–{p.high:.2f}) |")
    lines += ["", "| pipeline | " + " | ".join(f"{c} MB/s | {c}, issue's units" for c in paces) + " |"]
    lines.append("|---|" + "---:|---:|" * len(paces))
    for label, speeds in rows:
        cells = [f"{_fmt(speeds.get(c))} | {_fmt(speeds[c] * paces[c].factor) if c in speeds else '–'}" for c in paces]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines


def _impls(job: Job) -> list[Impl]:
    return ([job.arclean] if job.arclean else []) + list(job.peers)


def _key(job: Job, impl: Impl) -> str:
    return f"{job.name}|{impl.label}"


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def ratios(job: Job, res: dict[str, dict[str, float]]) -> dict[str, tuple[float, float, str] | None]:
    """Per corpus: (arclean MB/s, fastest same-job peer MB/s, its label), or None without a peer."""
    out: dict[str, tuple[float, float, str] | None] = {}
    for corpus in res:
        same = [p for p in job.peers if p.same_job]
        if job.arclean is None or not same:
            out[corpus] = None
            continue
        best = max(same, key=lambda p: res[corpus][_key(job, p)])
        out[corpus] = (res[corpus][_key(job, job.arclean)], res[corpus][_key(job, best)], best.label)
    return out


def render(
    jobs: Sequence[Job],
    res: dict[str, dict[str, float]],
    docs: dict[str, list[str]],
    command: str,
    cold: dict[str, tuple[float, float]] | None = None,
) -> str:
    lines = [
        f"Measured {datetime.date.today().isoformat()} with `{command}` on {machine()}.",
        "",
        f"Versions: {versions()}.",
        "",
        "Corpora: "
        + "; ".join(f"{c} {len(d)} documents, {corpora.utf8_size(d) / 1e6:.1f} MB" for c, d in docs.items())
        + ". MB/s of UTF-8 input, median of the rounds; ratio = arclean / fastest peer doing the same job.",
        "",
        "### Passes against the fastest peer doing the same job",
        "",
        "| job | arclean plain | fastest peer plain | ratio plain | arclean diacritised | fastest peer diacritised "
        "| ratio diacritised | geomean ratio |",
        "|---|---:|---|---:|---:|---|---:|---:|",
    ]
    for job in jobs:
        if job.group not in ("pass", "combined"):
            continue
        r = ratios(job, res)
        cells = []
        rs = []
        for corpus in CORPORA:
            if corpus not in res:
                cells += ["–", "–", "–"]
                continue
            ours = res[corpus][_key(job, job.arclean)] if job.arclean else None
            got = r[corpus]
            if got is None:
                cells += [_fmt(ours), "(no peer does this job)", "–"]
            else:
                cells += [_fmt(got[0]), f"{got[2]} {_fmt(got[1])}", f"{got[0] / got[1]:.2f}×"]
                rs.append(got[0] / got[1])
        geo = f"{math.prod(rs) ** (1 / len(rs)):.2f}×" if len(rs) == len(res) and rs else "–"
        lines.append(f"| {job.name} | " + " | ".join(cells) + f" | {geo} |")

    lines += ["", "### Presets and whole preprocessors", ""]
    lines += ["| pipeline | passes | plain MB/s | diacritised MB/s | plain ms/document |", "|---|---|---:|---:|---:|"]
    ndocs = len(next(iter(docs.values())))
    plain_size = corpora.utf8_size(docs[next(iter(docs))]) / 1e6
    for job in jobs:
        if job.group != "preset":
            continue
        for impl in _impls(job):
            vals = [res[c].get(_key(job, impl)) for c in CORPORA if c in res]
            first = vals[0] if vals else None
            ms = plain_size / first / ndocs * 1000 if first else None
            passes = job.note if impl is job.arclean else ("same job as preset search" if impl.same_job else impl.note)
            cells = [_fmt(v) for v in vals] + ["–"] * (len(CORPORA) - len(vals))
            per_doc = f"{ms:.3f}" if ms else "–"
            lines.append(f"| {impl.label} | {passes} | " + " | ".join(cells) + f" | {per_doc} |")
        if job.name == DEFAULT_TYPOS and cold:
            cells = [_fmt(cold[c][0]) if c in cold else "–" for c in CORPORA]
            per_doc = f"{cold[next(iter(cold))][1]:.3f}"
            lines.append(
                "| arclean preset default + typos, cold (a fresh pipeline over each distinct document once) "
                f"| {job.note} | " + " | ".join(cells) + f" | {per_doc} |"
            )

    lines += render_in_issue_units(jobs, res, cold)
    lines += ["", "### Every implementation", ""]
    lines += [
        "| job | implementation | same job | note | plain MB/s | diacritised MB/s |",
        "|---|---|---|---|---:|---:|",
    ]
    for job in jobs:
        for impl in _impls(job):
            same = "arclean" if impl is job.arclean else ("yes" if impl.same_job else "no")
            vals = [_fmt(res[c].get(_key(job, impl))) for c in CORPORA if c in res]
            lines.append(f"| {job.name} | {impl.label} | {same} | {impl.note} | " + " | ".join(vals) + " |")
    if MISSING:
        lines += ["", "Peers not measured: " + "; ".join(f"{k} ({v})" for k, v in sorted(MISSING.items())) + "."]
    return "\n".join(lines) + "\n"


def write_doc(section: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{DOC} has no {START} … {END} markers")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    DOC.write_text(f"{head}{START}\n{section}{END}{tail}", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small corpora and 3 rounds: a smoke run")
    parser.add_argument("--size", type=float, help="MB of UTF-8 per corpus (default 3, quick 0.3)")
    parser.add_argument("--repeats", type=int, help="interleaved rounds (default 7, quick 3)")
    parser.add_argument("--only", help="glob on job names, e.g. 'diacritics' or 'preset*'")
    parser.add_argument("--cli", action="store_true", help="also run the CLI end to end on >= 100 MB")
    parser.add_argument("--cli-size", type=float, default=100.0, help="MB of generated input for --cli")
    parser.add_argument("--cli-repo", type=Path, default=corpora.REPO, help="CLI of this checkout")
    parser.add_argument("--write-doc", action="store_true", help="put the results into docs/benchmarks.md")
    parser.add_argument("--json", type=Path, help="also write the raw MB/s numbers as JSON")
    args = parser.parse_args(argv)
    size = args.size or (0.3 if args.quick else 3.0)
    repeats = args.repeats or (3 if args.quick else 7)
    command = "python -m benchmarks.run" + (" " + " ".join(argv if argv is not None else sys.argv[1:])).rstrip()

    jobs = build_jobs()
    if args.only:
        jobs = [j for j in jobs if fnmatch.fnmatch(j.name, args.only)]
    docs = corpora.corpora(size)
    res = measure(jobs, docs, repeats)
    cold = measure_cold(docs, 1 if args.quick else 3) if any(j.name == DEFAULT_TYPOS for j in jobs) else None
    section = render(jobs, res, docs, command, cold)
    if args.cli:
        from benchmarks import cli

        section += "\n" + cli.run(args.cli_size, args.cli_repo)
    print(section)
    if args.json:
        for corpus, (rate, _) in (cold or {}).items():
            res[corpus][f"{DEFAULT_TYPOS}|cold"] = rate
        args.json.write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.write_doc:
        write_doc(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
