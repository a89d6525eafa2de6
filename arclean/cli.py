"""The ``arclean`` command (minimal first version: files and folders, or stdin to stdout)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import arclean
from arclean.core import ArcleanError


def _build_pipeline(args: argparse.Namespace) -> arclean.Pipeline:
    if args.passes:
        return arclean.load_pipeline([{"type": name.strip()} for name in args.passes.split(",") if name.strip()])
    if args.config:
        return arclean.load_pipeline(args.config)
    return arclean.pipeline(args.preset)


def _clean(args: argparse.Namespace) -> int:
    pipe = _build_pipeline(args)
    if args.inputs == ["-"]:
        sys.stdout.write(pipe(sys.stdin.read()))
        return 0
    if not args.output:
        print("arclean: -o OUTPUT_DIR is required unless the input is '-'", file=sys.stderr)
        return 2
    out_dir = Path(args.output)
    failed = 0
    for raw in args.inputs:
        root = Path(raw)
        if not root.exists():
            print(f"arclean: {root}: no such file or directory", file=sys.stderr)
            failed += 1
            continue
        files = sorted(p for p in root.rglob("*.txt") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            rel = path.relative_to(root) if root.is_dir() else Path(path.name)
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                print(f"arclean: {path}: skipped: {exc}", file=sys.stderr)
                failed += 1
                continue
            target = out_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".part")
            cleaned = pipe(text)
            tmp.write_text(cleaned + ("\n" if cleaned else ""), encoding="utf-8")
            tmp.replace(target)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="arclean", description="Clean Arabic text scraped from the web.")
    sub = parser.add_subparsers(dest="command", required=True)
    clean = sub.add_parser("clean", help="clean files or folders into an output folder, or stdin to stdout")
    clean.add_argument("inputs", nargs="+", help="files, folders, or - for stdin")
    clean.add_argument("-o", "--output", help="output folder")
    clean.add_argument("--preset", default="default", choices=sorted(arclean.PRESETS))
    clean.add_argument("--config", help="pipeline TOML/JSON file")
    clean.add_argument("--passes", help="comma-separated pass names, run in that order")
    args = parser.parse_args(argv)
    try:
        return _clean(args)
    except ArcleanError as exc:
        print(f"arclean: {exc}", file=sys.stderr)
        return 2
