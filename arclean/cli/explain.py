"""``arclean explain FILE``: every change the pipeline would make, with its reason; nothing is written."""

from __future__ import annotations

import argparse
import errno
import io
import itertools
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from arclean.cli.common import build_pipeline, settings_from
from arclean.core import ArcleanError, Change
from arclean.io.encoding import decode
from arclean.io.formats import TEXT, format_of, not_text_reason
from arclean.runner import UsageError, iter_documents
from arclean.runner.results import Message
from arclean.runner.work import text_file_document


def _documents(args: argparse.Namespace, settings: object, problems: list[Message]) -> Iterator[tuple[str, str]]:
    if args.file == "-":
        data = sys.stdin.buffer.read()
        if settings.unit == "line":  # type: ignore[attr-defined]
            text = decode(data, settings.encoding).text  # type: ignore[attr-defined]
            for number, line in enumerate(io.StringIO(text), 1):
                yield f"<stdin>:{number}", line.rstrip("\r\n")
        else:
            yield "<stdin>", text_file_document(decode(data, settings.encoding).text)  # type: ignore[attr-defined]
        return
    path = Path(args.file)
    if path.is_dir():
        raise UsageError(f"{path} is a folder: explain takes one file (use `arclean clean DIR --diff` for a folder)")
    if not path.exists():
        raise FileNotFoundError(errno.ENOENT, "no such file", str(path))
    fmt = format_of(path)
    reason = not_text_reason(path) if fmt is None else None
    if reason is not None:
        raise ArcleanError(f"not a format arclean reads: {reason}")
    for where, text in iter_documents(path, fmt or TEXT, settings, problems):  # type: ignore[arg-type]
        yield (f"{path}:{where}" if where is not None else str(path)), text


def _describe(change: Change) -> dict[str, object]:
    # Every CLI output counts lines and columns from 1, as the text output and --removed files do;
    # the library's Change counts from 0, as Python does.
    described = change.to_dict()
    for key in ("line", "column"):
        if key in described:
            described[key] += 1
    return described


def explain_command(args: argparse.Namespace) -> int:
    pipeline = build_pipeline(args)
    settings = settings_from(args, pipeline, stdin=args.file == "-")
    tally: Counter[str] = Counter()
    problems: list[Message] = []
    documents = changed = 0
    out = sys.stdout
    try:
        for source, text in itertools.islice(_documents(args, settings, problems), args.limit):
            documents += 1
            explained = pipeline.explain(text)
            if not explained.changes:
                continue
            changed += 1
            if not args.json:
                print(f"== {source}", file=out)
            for change in explained.changes:
                key = f"{change.pass_name}/{change.rule}" + (f" [{change.kind}]" if change.kind else "")
                tally[key] += 1
                if args.json:
                    print(json.dumps({"source": source, **_describe(change)}, ensure_ascii=False), file=out)
                else:
                    print(f"  {change}", file=out)
    except (OSError, EOFError, ArcleanError) as exc:
        if isinstance(exc, (UsageError, BrokenPipeError)):
            raise
        text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(Message("error", args.file, None, text), file=sys.stderr)
        return 1
    if not args.json:
        print(f"{documents} document(s), {changed} with changes, {sum(tally.values())} change(s)", file=out)
        for key, n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:6d}  {key}", file=out)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0
