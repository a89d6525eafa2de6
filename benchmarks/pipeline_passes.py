"""Where a preset's time goes: each of its passes timed alone on the text it receives inside the
pipeline (the previous pass's output), interleaved with the pipeline's NFC bookends and the whole
pipeline, on the same documents.

    python -m benchmarks.pipeline_passes                       # preset default, three corpora
    python -m benchmarks.pipeline_passes --preset search --skip chrome
    python -m benchmarks.pipeline_passes --typos               # default + typos, its decisions cached

Corpora: *pages* (the chrome-dev inputs from the shared eval folder, chrome included), *plain* and
*diacritised* (those of :mod:`benchmarks.corpora`).  MB/s of the pipeline's UTF-8 input; ms/MB adds
up across rows (the bookends' row is both NFC calls together).
"""

from __future__ import annotations

import argparse
import fnmatch
import sys
from collections.abc import Callable, Sequence

from benchmarks import corpora
from benchmarks.timing import interleaved, median


def pages() -> list[str]:
    """The chrome-dev pages (inputs, chrome included); empty without the shared eval folder."""
    folder = corpora.eval_dir()
    if folder is None:
        return []
    return [p.read_text(encoding="utf-8") for p in sorted((folder / "chrome-dev").glob("*.input.txt"))]


def stages(
    preset: str, skip: Sequence[str], typos: bool = False
) -> tuple[Callable[[str], str], list[tuple[str, Callable[[str], str]]]]:
    """The whole pipeline, and its steps in order: ``nfc in``, each pass, ``nfc out``."""
    from arclean import pipeline
    from arclean.passes.unicode import nfc

    pipe = pipeline(preset, typos=True) if typos else pipeline(preset)
    # the NFC before the first pass, unless the pipeline skips it (a first pass that composes itself)
    steps: list[tuple[str, Callable[[str], str]]] = [("nfc in", nfc)] if getattr(pipe, "_compose_first", True) else []
    steps += [(p.name, p.apply) for p in pipe.passes if not any(fnmatch.fnmatch(p.name, s) for s in skip)]
    steps.append(("nfc out", nfc))
    return pipe.apply, steps


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pipeline_passes", description=__doc__.split("\n")[0])
    parser.add_argument("--preset", default="default")
    parser.add_argument("--skip", action="append", default=[], help="glob of pass names to leave out (repeatable)")
    parser.add_argument("--size", type=float, default=1.0, help="MB per corpus")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--typos", action="store_true", help="add the typos pass (timed warm: decisions cached)")
    args = parser.parse_args(argv)

    whole, steps = stages(args.preset, args.skip, args.typos)
    docs = corpora.corpora(args.size)
    page_docs = pages()
    if page_docs:
        docs = {"pages": corpora.repeat_to_size(page_docs, args.size), **docs}
    results: dict[str, dict[str, float]] = {}
    for corpus, texts in docs.items():
        fns: dict[str, tuple[Callable[[str], str], list[str]]] = {}
        inputs = list(texts)
        for label, fn in steps:
            fns[label] = (fn, inputs)
            inputs = [fn(t) for t in inputs]
        if not args.skip:
            fns["whole pipeline"] = (whole, list(texts))
        times = interleaved(fns, args.repeats)  # type: ignore[arg-type]
        size = corpora.utf8_size(texts) / 1e6
        results[corpus] = {label: size / median(t) for label, t in times.items()}
    names = list(next(iter(results.values())))
    name = f"preset {args.preset}" + (" + typos" if args.typos else "")
    print(name + (f" without {', '.join(args.skip)}" if args.skip else ""), file=sys.stderr)
    print("| step | " + " | ".join(f"{c} MB/s | {c} ms/MB" for c in results) + " |")
    print("|---|" + "---:|---:|" * len(results))
    for name in names:
        cells = [f"{results[c][name]:.0f} | {1000 / results[c][name]:.1f}" for c in results]
        print(f"| {name} | " + " | ".join(cells) + " |")
    total = {c: sum(1000 / v for k, v in r.items() if k != "whole pipeline") for c, r in results.items()}
    print("| sum of steps | " + " | ".join(f"{1000 / t:.0f} | {t:.1f}" for t in total.values()) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
