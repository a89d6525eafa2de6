"""``arclean clean``: check the arguments, run :func:`arclean.runner.run` (or :func:`clean_stream`), report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from arclean.cli.common import build_pipeline, settings_from
from arclean.io.atomic import AtomicFile, check_writable, new_run_id
from arclean.runner import LearnOptions, RunOptions, RunResult, UsageError, clean_stream, default_jobs, run


def _check(args: argparse.Namespace) -> None:
    stdin = "-" in args.inputs
    if stdin:
        if args.inputs != ["-"]:
            raise UsageError("'-' (standard input) must be the only input")
        for flag, given in (
            ("-o", args.output),
            ("--in-place", args.in_place),
            ("--resume", args.resume),
            ("--removed", args.removed),
            ("--learn-boilerplate", args.learn_boilerplate),
        ):
            if given:
                raise UsageError(f"{flag} does not apply to standard input ('-' writes to standard output)")
    else:
        chosen = [
            flag for flag, given in (("-o", args.output), ("--in-place", args.in_place), ("--diff", args.diff)) if given
        ]
        if len(chosen) != 1:
            raise UsageError(
                "say where the output goes: -o DIR, --in-place or --diff"
                if not chosen
                else f"{' and '.join(chosen)} exclude each other"
            )
    if args.resume and not args.output:
        raise UsageError("--resume needs -o DIR (an in-place run can simply run again: every pass is idempotent)")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.save_boilerplate and not args.learn_boilerplate:
        raise UsageError("--save-boilerplate needs --learn-boilerplate")
    if args.boilerplate and args.learn_boilerplate:
        raise UsageError("--boilerplate (load) and --learn-boilerplate exclude each other")
    for flag, given in (("--report", args.report), ("--save-boilerplate", args.save_boilerplate)):
        if given:
            _check_writable(Path(given), flag)


def _check_writable(path: Path, flag: str) -> None:
    """A file the run writes at its end: refused now if it cannot be written, not after the whole run."""
    if path.is_dir():
        raise UsageError(f"{flag} {path} is a folder; give a file name")
    try:
        check_writable(path.parent)
    except OSError as exc:
        raise UsageError(f"{flag} {path}: cannot write in {path.parent}: {exc.strerror or exc}") from None


def _colour(choice: str) -> bool:
    if choice == "auto":
        return sys.stdout.isatty()
    return choice == "always"


def clean_command(args: argparse.Namespace) -> int:
    _check(args)
    stdin = args.inputs == ["-"]
    pipeline = build_pipeline(args)
    settings = settings_from(
        args,
        pipeline,
        stdin,
        counts=not args.no_counts,
        removed=bool(args.removed),
        diff=args.diff,
        colour=_colour(args.color),
        run_id=new_run_id(),
    )
    jobs = args.jobs or default_jobs()
    if stdin:
        result = clean_stream(settings, sys.stdin.buffer, sys.stdout.buffer, jobs=jobs)
        options = None
    else:
        options = RunOptions(
            inputs=list(args.inputs),
            output=Path(args.output) if args.output else None,
            settings=settings,
            jobs=jobs,
            in_place=args.in_place,
            force=args.force,
            resume=args.resume,
            removed=Path(args.removed) if args.removed else None,
            quiet=args.quiet,
            learn=LearnOptions(
                learn=args.learn_boilerplate,
                save=Path(args.save_boilerplate) if args.save_boilerplate else None,
                load=Path(args.boilerplate) if args.boilerplate else None,
            ),
        )
        result = run(options)
        if not args.quiet:
            print(result.summary(), file=sys.stderr)
    status = result.exit_status
    if args.report and not _write_report(Path(args.report), result, options):
        status = max(status, 1)
    return status


def _write_report(path: Path, result: RunResult, options: RunOptions | None) -> bool:
    text = json.dumps(result.report(options), ensure_ascii=False, indent=2) + "\n"
    try:
        with AtomicFile(path, run_id=new_run_id()) as f:
            f.write(text.encode("utf-8"))
    except OSError as exc:
        print(f"arclean: {path}: error: cannot write the report: {exc.strerror or exc}", file=sys.stderr)
        return False
    return True
