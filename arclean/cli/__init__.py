"""The ``arclean`` command: ``clean``, ``explain`` and ``passes``.

Only argument parsing and printing live here; the work is in :mod:`arclean.runner` and
:mod:`arclean.io`.  Exit status: 0 all went well, 1 some inputs (or parts of them) failed,
2 the command was wrong, 130 interrupted.  No traceback reaches the user unless
``ARCLEAN_TRACEBACK=1``.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from arclean.core import ArcleanError

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"arclean: error: {message}\n")


def _pipeline_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("pipeline (one of)")
    choice = group.add_mutually_exclusive_group()
    choice.add_argument("--preset", help="a named pipeline (default: default; see `arclean passes`)")
    choice.add_argument("--config", metavar="FILE", help="a pipeline TOML/JSON file (as Pipeline.save writes)")
    choice.add_argument("--passes", metavar="A,B,C", help="exactly these passes, in this order")


def _input_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("reading")
    group.add_argument(
        "--text-field", default="text", metavar="NAME", help="JSONL/Parquet field to clean (default: text)"
    )
    group.add_argument("--encoding", metavar="NAME", help="decode inputs with this codec (default: detect)")
    group.add_argument(
        "--unit",
        choices=("auto", "document", "line"),
        default="auto",
        help="for .txt and stdin: a document is the whole text or each line; auto = the whole file, and for "
        "stdin each line unless a pass removes lines (default: auto)",
    )
    group.add_argument(
        "--max-record-mb",
        type=float,
        default=64,
        metavar="MB",
        help="longer JSONL lines are rejected unread (default: 64)",
    )


def build_parser() -> argparse.ArgumentParser:
    from arclean import __version__

    parser = _Parser(
        prog="arclean",
        description="Clean Arabic text scraped from the web: chrome removal, normalisation, typo fixing.",
        epilog="Run `arclean COMMAND --help` for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"arclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    clean = sub.add_parser(
        "clean",
        help="clean files or folders into an output folder, or stdin to stdout",
        description="Clean files, folders (recursively) and globs into the -o folder (mirroring the tree), "
        "or standard input to standard output with `-`.",
    )
    clean.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, globs, or - for stdin")
    where = clean.add_argument_group("output (one of, unless the input is -)")
    where.add_argument("-o", "--output", metavar="DIR", help="output folder (created if needed)")
    where.add_argument("--in-place", action="store_true", help="replace each input by its cleaned version (atomically)")
    where.add_argument("--diff", action="store_true", help="print a unified diff of what would change; write nothing")
    _pipeline_options(clean)
    _input_options(clean)
    run = clean.add_argument_group("running")
    run.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    run.add_argument("--resume", action="store_true", help="skip outputs a previous run completed (verified)")
    run.add_argument("--force", action="store_true", help="allow an output folder inside an input folder")
    run.add_argument("-q", "--quiet", action="store_true", help="errors and warnings only: no progress or summary")
    run.add_argument("--no-counts", action="store_true", help="faster: do not count changes per pass and kind")
    run.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour the --diff")
    audit = clean.add_argument_group("reports")
    audit.add_argument("--report", metavar="FILE.json", help="write the run summary as JSON")
    audit.add_argument("--removed", metavar="DIR", help="write every removed line with its reason under DIR")
    learn = clean.add_argument_group("corpus-level boilerplate")
    learn.add_argument(
        "--learn-boilerplate",
        action="store_true",
        help="first learn lines that recur across the inputs, then remove them",
    )
    learn.add_argument("--save-boilerplate", metavar="FILE", help="save what --learn-boilerplate learned")
    learn.add_argument("--boilerplate", metavar="FILE", help="use boilerplate saved by an earlier run")

    explain = sub.add_parser(
        "explain",
        help="show what would change in a file and why, rule by rule (writes nothing)",
        description="Show every change the pipeline would make to FILE, with the pass, rule and kind behind it.",
    )
    explain.add_argument("file", metavar="FILE", help="a file, or - for stdin")
    _pipeline_options(explain)
    _input_options(explain)
    explain.add_argument("--limit", type=int, metavar="N", help="look at the first N documents only")
    explain.add_argument("--json", action="store_true", help="one JSON object per change")

    passes = sub.add_parser("passes", help="list every pass and preset with its options and safety class")
    passes.add_argument("--json", action="store_true", help="as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "clean":
            from arclean.cli.clean import clean_command

            return clean_command(args)
        if args.command == "explain":
            from arclean.cli.explain import explain_command

            return explain_command(args)
        from arclean.cli.passes import passes_command

        return passes_command(args)
    except ArcleanError as exc:
        print(f"arclean: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("arclean: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`arclean clean - | head`): not an error of ours.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("ARCLEAN_TRACEBACK"):
            traceback.print_exc()
        print(
            f"arclean: internal error: {type(exc).__name__}: {exc} "
            "(please report it; ARCLEAN_TRACEBACK=1 shows details)",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
