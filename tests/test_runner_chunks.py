"""How the runner cuts work for the pool: every line and file exactly once, in order, and the last
pieces small (so ``--jobs`` workers finish together); the outputs do not depend on the cut."""

from __future__ import annotations

import io
from pathlib import Path

import arclean
from arclean.io.formats import format_of
from arclean.runner.run import _batches
from arclean.runner.work import FileJob, Settings, line_chunks, tapered


def _lines(count: int, width: int) -> bytes:
    return b"".join(b"%05d " % i + b"x" * (width - 7) + b"\n" for i in range(count))


def _chunks(data: bytes, chunk_bytes: int, total: int | None) -> list[list[tuple[int, bytes]]]:
    stream = io.BytesIO(data)
    settings = Settings(arclean.pipeline("lossless"), chunk_bytes=chunk_bytes)
    return [c.items for c in line_chunks("f", "lines", "utf-8", stream, settings, stream.tell, total)]


def test_tapered_shrinks_over_the_last_four_limits_down_to_the_floor() -> None:
    assert tapered(100, None, 10) == 100
    assert tapered(100, 10_000, 10) == 100
    assert tapered(100, 200, 10) == 50
    assert tapered(100, 8, 10) == 10


def test_chunks_hold_every_line_once_in_order_and_shrink_towards_the_end() -> None:
    data = _lines(60_000, 100)  # 6 MB
    chunk_bytes = 1 << 20
    plain = _chunks(data, chunk_bytes, None)
    tapering = _chunks(data, chunk_bytes, len(data))
    for chunks in (plain, tapering):
        assert b"".join(raw for chunk in chunks for _, raw in chunk) == data
        assert [n for chunk in chunks for n, _ in chunk] == list(range(1, 60_001))
    sizes = [sum(len(raw) for _, raw in chunk) for chunk in tapering]
    assert all(s >= chunk_bytes for s in [sum(len(r) for _, r in c) for c in plain][:-1])
    assert max(sizes) >= chunk_bytes and min(sizes[:-1]) < chunk_bytes // 2  # big first, small last
    assert sizes[:-1] == sorted(sizes[:-1], reverse=True)
    assert len(tapering) > len(plain)


def _job(tmp_path: Path, name: str, size: int) -> FileJob:
    path = tmp_path / name
    fmt = format_of(path)
    assert fmt is not None
    return FileJob(path, name, name, fmt, None, None, None, size)


def test_batches_hold_every_file_once_in_order_and_end_one_file_at_a_time(tmp_path: Path) -> None:
    jobs = [_job(tmp_path, f"{i:03d}.txt", 200_000) for i in range(100)]  # 20 MB of 200 kB files
    batches = list(_batches(jobs))
    assert [job for batch in batches for job in batch] == jobs
    assert max(len(b) for b in batches) == 6  # 1 MB batches while much is left
    assert [len(b) for b in batches[-3:]] == [1, 1, 1]
    assert list(_batches(jobs[:3])) == [[job] for job in jobs[:3]]  # a small run: a file per worker
