"""What ``clean`` and ``explain`` share: the pipeline and the reading settings from the arguments."""

from __future__ import annotations

import argparse

import arclean
from arclean.core import Safety
from arclean.io.encoding import check_encoding
from arclean.runner import Settings, UsageError


def build_pipeline(args: argparse.Namespace) -> arclean.Pipeline:
    if args.passes is not None:
        names = [name.strip() for name in args.passes.split(",") if name.strip()]
        if not names:
            raise UsageError("--passes needs at least one pass name (see `arclean passes`)")
        return arclean.load_pipeline([{"type": name} for name in names])
    if args.config:
        return arclean.load_pipeline(args.config)
    return arclean.pipeline(args.preset or "default")


def resolve_unit(unit: str, pipeline: arclean.Pipeline, stdin: bool) -> str:
    """``auto``: a file is one document; stdin is read line by line unless a pass removes lines.

    Removing chrome needs the whole document (a line's neighbours are evidence); every other pass
    keeps the line count, and line by line keeps it exactly (one sentence per line stays so).
    """
    if unit != "auto":
        return unit
    if stdin and pipeline.safety is not Safety.REMOVES_CONTENT:
        return "line"
    return "document"


def settings_from(args: argparse.Namespace, pipeline: arclean.Pipeline, stdin: bool, **extra: object) -> Settings:
    if args.max_record_mb <= 0:
        raise UsageError("--max-record-mb must be positive")
    return Settings(
        pipeline=pipeline,
        text_field=args.text_field,
        encoding=check_encoding(args.encoding) if args.encoding else None,
        unit=resolve_unit(args.unit, pipeline, stdin),
        max_record_bytes=int(args.max_record_mb * (1 << 20)),
        **extra,  # type: ignore[arg-type]
    )
