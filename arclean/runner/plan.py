"""From the command line's inputs to a list of files to clean, each with its output path.

Folders are walked recursively (hidden entries skipped, symbolic links to folders not followed)
and mirrored under the output folder: a folder's *contents* land in it, as with
``rsync src/ out``, so ``arclean clean seeds -o cleaned`` writes ``cleaned/<file>``.  A file named
on the command line lands at ``OUT/<its name>``; a glob's matches keep their path below the
glob's fixed prefix.  Paths that do not exist and broken links become messages; a plan that would
overwrite an input, or two inputs that would write one output, is a usage error.
"""

from __future__ import annotations

import dataclasses
import glob
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from arclean.core import ArcleanError
from arclean.io.formats import TEXT, Format, format_of, kind_of_name, not_text_reason
from arclean.runner.results import Message
from arclean.runner.work import FileJob

__all__ = ["Plan", "UsageError", "plan_inputs"]

REJECTS_SUFFIX = ".rejects"
REMOVED_SUFFIX = ".removed.jsonl"


class UsageError(ArcleanError):
    """The command cannot run as given (exit status 2); the message says what to change."""


@dataclasses.dataclass
class Plan:
    jobs: list[FileJob]
    problems: list[Message]  # inputs that could not even be listed
    # files in folders whose names arclean does not read, by what their names say (".json": 2)
    ignored: Counter[str] = dataclasses.field(default_factory=Counter)
    roots: list[Path] = dataclasses.field(default_factory=list)  # input folders (for in-place part sweeping)


def _has_magic(pattern: str) -> bool:
    return glob.has_magic(pattern)  # type: ignore[attr-defined,no-any-return]


def _glob_base(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if _has_magic(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


@dataclasses.dataclass
class _Found:
    path: Path
    rel: str
    fmt: Format | None


class _Walker:
    def __init__(self, skip: list[Path]) -> None:
        self.skip = skip
        self.problems: list[Message] = []
        self.ignored: Counter[str] = Counter()

    def folder(self, root: Path, prefix: str = "") -> Iterator[_Found]:
        def on_error(exc: OSError) -> None:
            self.problems.append(
                Message("error", str(exc.filename or root), None, f"cannot read folder: {exc.strerror}")
            )

        for folder, dirs, files in os.walk(root, onerror=on_error):
            here = Path(folder)
            kept = []
            for d in sorted(dirs):
                sub = here / d
                if d.startswith(".") or any(_inside(sub.resolve(), s) for s in self.skip):
                    continue
                if sub.is_symlink():
                    self.problems.append(Message("warning", str(sub), None, "symbolic link to a folder; not followed"))
                    continue
                kept.append(d)
            dirs[:] = kept
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = here / name
                fmt = format_of(name)
                if fmt is None:
                    self.ignored[kind_of_name(name)] += 1
                    continue
                if not path.exists():
                    self.problems.append(Message("error", str(path), None, "broken symbolic link; skipped"))
                    continue
                if not path.is_file():
                    self.problems.append(Message("error", str(path), None, "not a regular file; skipped"))
                    continue
                rel = path.relative_to(root).as_posix()
                yield _Found(path, f"{prefix}{rel}", fmt)

    def named_file(self, path: Path, rel: str) -> Iterator[_Found]:
        """A file named on the command line (or matched by a glob): read as text unless it says it is not."""
        fmt = format_of(path)
        reason = not_text_reason(path) if fmt is None else None
        if reason is not None:
            self.problems.append(Message("error", str(path), None, f"not a format arclean reads: {reason}; skipped"))
            return
        yield _Found(path, rel, fmt or TEXT)

    def named_folder(self, path: Path, prefix: str = "") -> Iterator[_Found]:
        before = sum(self.ignored.values())
        found = 0
        for item in self.folder(path, prefix):
            found += 1
            yield item
        if not found:
            ignored = sum(self.ignored.values()) - before
            why = f" ({ignored} file(s) of other kinds ignored)" if ignored else ""
            self.problems.append(Message("warning", str(path), None, f"no file arclean reads in this folder{why}"))

    def item(self, raw: str) -> Iterator[_Found]:
        path = Path(raw)
        if path.is_dir():
            yield from self.named_folder(path)
        elif path.is_file():
            yield from self.named_file(path, path.name)
        elif os.path.islink(path) and not path.exists():
            self.problems.append(Message("error", raw, None, "broken symbolic link; skipped"))
        elif path.exists():
            self.problems.append(Message("error", raw, None, "not a regular file; skipped"))
        elif _has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                self.problems.append(Message("error", raw, None, "no file matches this pattern"))
            base = _glob_base(raw)
            for match in matches:
                m = Path(match)
                rel = os.path.relpath(m, base) if base != Path(".") else match
                rel = Path(rel).as_posix()
                if m.is_dir():
                    yield from self.folder(m, prefix=f"{rel}/")
                elif m.is_file():
                    yield from self.named_file(m, rel)
                elif os.path.islink(m):
                    self.problems.append(Message("error", match, None, "broken symbolic link; skipped"))
        else:
            self.problems.append(Message("error", raw, None, "no such file or folder"))


def plan_inputs(
    inputs: Sequence[str],
    output: Path | None,
    *,
    in_place: bool = False,
    force: bool = False,
    removed: Path | None = None,
) -> Plan:
    """List the files to clean and where each one's outputs go; raise :class:`UsageError` on a bad plan."""
    out_resolved = output.resolve() if output is not None else None
    if output is not None and output.exists() and not output.is_dir():
        raise UsageError(f"the output {output} exists and is not a folder")
    skip: list[Path] = []
    roots: list[Path] = []
    for raw in inputs:
        folder = Path(raw) if Path(raw).is_dir() else _glob_base(raw) if _has_magic(raw) else None
        if folder is None:
            continue
        roots.append(folder)
        for extra in (out_resolved, removed.resolve() if removed is not None else None):
            if extra is not None and _inside(extra, folder.resolve()):
                if not force:
                    raise UsageError(
                        f"the output folder {extra} is inside the input folder {folder}: its files would be read "
                        "as inputs by the next run; choose another folder, or add --force"
                    )
                skip.append(extra)
    walker = _Walker(skip)
    jobs: list[FileJob] = []
    seen: dict[str, Path] = {}
    for raw in inputs:
        for found in walker.item(raw):
            if found.fmt is None:
                continue
            key = found.rel if not in_place else str(found.path.resolve())
            if key in seen:
                if seen[key].resolve() == found.path.resolve():
                    continue  # the same file named twice
                raise UsageError(
                    f"{seen[key]} and {found.path} would both be written to {found.rel}; clean them in separate runs"
                )
            seen[key] = found.path
            try:
                jobs.append(_job(found, output, in_place, removed))
            except OSError as exc:  # gone, or unreadable, since the folder was listed
                walker.problems.append(Message("error", str(found.path), None, f"cannot read: {exc.strerror}"))
    for job in jobs:
        if job.target is not None and not job.in_place and job.target.resolve() == job.source.resolve():
            raise UsageError(f"the output {job.target} would overwrite its input; choose another -o (or --in-place)")
    return Plan(jobs, walker.problems, walker.ignored, roots)


def _job(found: _Found, output: Path | None, in_place: bool, removed: Path | None) -> FileJob:
    assert found.fmt is not None
    size = found.path.stat().st_size
    if in_place:
        # Rejected lines stay in the file (runner.work.Chunk.keep_rejected): no rejects file, and an
        # existing one is the user's, not swept as stale.
        target: Path | None = found.path
        rejects: Path | None = None
    elif output is not None:
        target = output / found.rel
        rejects = output / (found.rel + REJECTS_SUFFIX)
    else:
        target = rejects = None
    removed_path = removed / (found.rel + REMOVED_SUFFIX) if removed is not None else None
    return FileJob(
        source=found.path,
        display=str(found.path),
        rel=found.rel,
        fmt=found.fmt,
        target=target,
        rejects=rejects,
        removed=removed_path,
        size=size,
        in_place=in_place,
    )
