"""The resume manifest: which outputs are complete, for which input bytes and which options.

One JSON line per finished output, appended after the output was renamed into place, in
``OUTPUT_DIR/.arclean-manifest.jsonl``.  An output counts as complete only if its entry matches the
options fingerprint, the input (size and modification time, else its SHA-256) and the output file
itself (size and SHA-256), so a truncated, edited or stale output is redone.  A torn last line
(a run killed while appending) is ignored.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path
from typing import Any, TextIO

from arclean.io.atomic import file_sha256

__all__ = ["MANIFEST_NAME", "Entry", "Manifest", "fingerprint"]

MANIFEST_NAME = ".arclean-manifest.jsonl"


def fingerprint(options: dict[str, Any]) -> str:
    """A short stable hash of everything that decides the output bytes.

    >>> fingerprint({"pipeline": [{"type": "tatweel"}]}) == fingerprint({"pipeline": [{"type": "tatweel"}]})
    True
    """
    blob = json.dumps(options, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:32]


@dataclasses.dataclass(frozen=True)
class Entry:
    output: str  # the output's path relative to the output folder, with forward slashes
    input: str
    input_size: int
    input_mtime_ns: int
    input_sha256: str
    options: str
    output_size: int
    output_sha256: str

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False)


class Manifest:
    """The manifest of one output folder; :meth:`add` appends, :meth:`is_complete` verifies."""

    def __init__(self, root: Path) -> None:
        self.path = root / MANIFEST_NAME
        self.entries: dict[str, Entry] = {}
        self._file: TextIO | None = None
        try:
            with open(self.path, encoding="utf-8") as f:
                for line in f:
                    entry = _parse(line)
                    if entry is not None:
                        self.entries[entry.output] = entry
        except FileNotFoundError:
            pass

    def is_complete(self, output: str, source: Path, target: Path, options: str) -> bool:
        entry = self.entries.get(output)
        if entry is None or entry.options != options:
            return False
        try:
            src, dst = source.stat(), target.stat()
        except OSError:
            return False
        if src.st_size != entry.input_size or dst.st_size != entry.output_size:
            return False
        if src.st_mtime_ns != entry.input_mtime_ns and file_sha256(source) != entry.input_sha256:
            return False
        return file_sha256(target) == entry.output_sha256

    def add(self, entry: Entry) -> None:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = open(self.path, "a", encoding="utf-8")
            if self._file.tell() and not _ends_with_newline(self.path):
                self._file.write("\n")  # a line torn by a killed run stays apart from the next
        self._file.write(entry.to_json() + "\n")
        self._file.flush()
        self.entries[entry.output] = entry

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as f:
        f.seek(-1, os.SEEK_END)
        return f.read(1) == b"\n"


def _parse(line: str) -> Entry | None:
    try:
        data = json.loads(line)
        return Entry(**data)
    except (ValueError, TypeError):
        return None
