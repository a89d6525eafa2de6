"""Files that appear whole or not at all: write to a temporary name beside the target, then rename.

A run that is killed leaves only ``.NAME.<pid>-<token>.arclean-part`` files, which never look like an
output and are swept by the next run (:func:`sweep_parts`).

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "نص.txt"
>>> with AtomicFile(target, run_id="1-doc") as out:
...     _ = out.write("مرحبا".encode())
>>> target.read_text(encoding="utf-8")
'مرحبا'
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import secrets
import tempfile
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

__all__ = ["PART_SUFFIX", "AtomicFile", "HashingReader", "check_writable", "file_sha256", "new_run_id", "sweep_parts"]

PART_SUFFIX = ".arclean-part"
_PART = re.compile(r"^\..+\.(\d+)-([0-9a-f]+)" + re.escape(PART_SUFFIX) + "$")


def new_run_id() -> str:
    """``<pid>-<random>``: names this run's temporary files, so a later run knows whose they are."""
    return f"{os.getpid()}-{secrets.token_hex(4)}"


class AtomicFile(io.RawIOBase):
    """A binary file written under a temporary name and renamed onto ``target`` on :meth:`commit`.

    Counts and hashes what is written (``size``, ``sha256``) so a resume manifest can verify it.
    ``durable`` fsyncs before the rename (used when the target is an input being replaced).
    Leaving the ``with`` block by an exception removes the temporary file.
    """

    def __init__(self, target: Path, *, run_id: str, durable: bool = False, mode: int | None = None) -> None:
        super().__init__()
        self.target = Path(target)
        self.temp = self.target.with_name(f".{self.target.name}.{run_id}{PART_SUFFIX}")
        self.durable = durable
        self.mode = mode
        self.size = 0
        self._hash = hashlib.sha256()
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self._file: BinaryIO = open(self.temp, "wb")
        self.committed = False

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._file.write(data)
        self._hash.update(data)
        self.size += len(data)
        return len(data)

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    def commit(self) -> None:
        try:
            self._file.flush()
            if self.durable:
                os.fsync(self._file.fileno())
            self._file.close()
            if self.mode is not None:
                os.chmod(self.temp, self.mode)
            os.replace(self.temp, self.target)
        except BaseException:  # a full disk, or a folder where the target should go: leave nothing behind
            self.abort()
            raise
        self.committed = True
        if self.durable:
            _fsync_dir(self.target.parent)

    def abort(self) -> None:
        with contextlib.suppress(OSError):  # closing flushes, which fails again on a full disk
            self._file.close()
        with contextlib.suppress(FileNotFoundError):
            self.temp.unlink()

    def close(self) -> None:
        if not self.committed and not self._file.closed:
            self.abort()
        super().close()

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        if kind is None and not self.committed:
            self.commit()
        elif not self.committed:
            self.abort()
        super().close()


def check_writable(folder: Path) -> None:
    """Raise :class:`OSError` unless a file can be created in ``folder`` (or, while it does not exist
    yet, in the nearest folder above it, where it would be made): one clear error before a run."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    tempfile.TemporaryFile(dir=folder).close()


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform lets a directory be opened
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class HashingReader(io.RawIOBase):
    """Reads through to ``raw`` and hashes the bytes, so an input is hashed in the same pass that reads it."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        self._hash = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self._hash.update(data)
        self.size += n
        return n

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    def close(self) -> None:
        self._raw.close()
        super().close()


def file_sha256(path: Path, block: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(block):
            digest.update(chunk)
    return digest.hexdigest()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_parts(roots: Iterable[Path], run_id: str | None = None) -> int:
    """Remove temporary files left under ``roots``: this run's (``run_id``) or those of dead processes."""
    removed = 0
    for root in roots:
        if not root.is_dir():
            continue
        for folder, _dirs, files in os.walk(root):
            for name in files:
                match = _PART.match(name)
                if not match:
                    continue
                mine = run_id is not None and name.endswith(f".{run_id}{PART_SUFFIX}")
                if mine or (run_id is None and not _alive(int(match.group(1)))):
                    with contextlib.suppress(OSError):
                        os.unlink(os.path.join(folder, name))
                        removed += 1
    return removed
