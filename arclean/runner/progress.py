"""Progress for people: a tqdm bar on a terminal, a plain line every few seconds in a log, or nothing.

Both show files, documents, megabytes, the rate and the time left (estimated from bytes).
``ARCLEAN_PROGRESS_SECONDS`` sets the period of the plain lines (default 10).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, TextIO

__all__ = ["Progress"]


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f}"


def _eta(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """``mode`` is ``bar``, ``lines`` or ``off``; ``auto`` picks ``bar`` on a terminal, else ``lines``."""

    def __init__(self, total_files: int, total_bytes: int, mode: str = "auto", stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "bar" if self.stream.isatty() else "lines"
        self.mode = mode
        self.total_files = total_files
        self.total_bytes = max(total_bytes, 1)
        self.files = self.documents = self.done_bytes = self.partial = self.partial_documents = 0
        self.started = self._last = time.monotonic()
        self.period = float(os.environ.get("ARCLEAN_PROGRESS_SECONDS", "10"))
        self._bar: Any = None
        if mode == "bar":
            try:
                import tqdm
            except ImportError:  # tqdm is a dependency, but a bar is not worth failing over
                self.mode = "lines"
            else:
                tqdm.tqdm.monitor_interval = 0  # no monitor thread: worker processes may be forked later
                self._bar = tqdm.tqdm(
                    total=self.total_bytes,
                    unit="B",
                    unit_scale=True,
                    unit_divisor=1000,
                    desc="arclean",
                    file=self.stream,
                    dynamic_ncols=True,
                    smoothing=0.1,
                    leave=False,
                )

    @property
    def bytes(self) -> int:
        return self.done_bytes + self.partial

    def read(self, partial: int, documents: int = 0) -> None:
        """Bytes read and documents cleaned so far of the file being streamed now."""
        self.partial = partial
        self.partial_documents = documents
        self._show()

    def advance(self, files: int = 0, documents: int = 0, nbytes: int = 0) -> None:
        self.files += files
        self.documents += documents
        self.done_bytes += nbytes
        self.partial = self.partial_documents = 0
        self._show()

    def write(self, line: str) -> None:
        """Print a message without tearing the bar."""
        if self._bar is not None:
            self._bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.bytes / elapsed
        left = (self.total_bytes - self.bytes) / rate if rate > 0 else 0.0
        return (
            f"arclean: {self.files}/{self.total_files} files, {self.documents + self.partial_documents:,} documents, "
            f"{_mb(self.bytes)}/{_mb(self.total_bytes)} MB, {_mb(rate)} MB/s, ETA {_eta(left)}"
        )

    def _show(self) -> None:
        if self._bar is not None:
            self._bar.set_postfix_str(
                f"{self.files}/{self.total_files} files, {self.documents + self.partial_documents:,} docs",
                refresh=False,
            )
            self._bar.update(min(self.bytes, self.total_bytes) - self._bar.n)  # tqdm throttles the redraws
        elif self.mode == "lines":
            now = time.monotonic()
            if now - self._last >= self.period:
                self._last = now
                print(self.line(), file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
