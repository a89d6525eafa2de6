"""Parquet (the ``parquet`` extra, pyarrow): read record batches, replace the text column, write them back.

Only the text column changes; its type (``string`` or ``large_string``), nulls, the other columns
and the schema's metadata stay as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from arclean.io.formats import MissingExtraError

__all__ = ["ParquetSink", "iter_batches", "text_column", "text_values", "with_text_values", "write_table"]


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise MissingExtraError("reading .parquet needs pyarrow: pip install 'arclean[parquet]'") from None
    return pyarrow


def iter_batches(stream: BinaryIO, rows: int) -> tuple[Any, Iterator[Any]]:
    """The file's schema and its record batches of at most ``rows`` rows."""
    pa = _pyarrow()
    source = pa.parquet.ParquetFile(stream)
    return source.schema_arrow, source.iter_batches(batch_size=rows)


def text_column(schema: Any, field: str) -> int:
    """The index of the text column; raises ``KeyError`` naming the columns there are."""
    pa = _pyarrow()
    index = schema.get_field_index(field)
    if index < 0:
        raise KeyError(f"no column {field!r}; columns: {', '.join(schema.names)} (use --text-field)")
    kind = schema.field(index).type
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
        raise KeyError(f"column {field!r} holds {kind}, not text (use --text-field)")
    return int(index)


def text_values(batch: Any, index: int) -> list[str | None]:
    return batch.column(index).to_pylist()  # type: ignore[no-any-return]


def with_text_values(batch: Any, index: int, values: list[str | None]) -> Any:
    """``batch`` with column ``index`` replaced by ``values`` (same type, nulls kept)."""
    pa = _pyarrow()
    column = batch.column(index)
    return batch.set_column(index, batch.schema.field(index), pa.array(values, type=column.type))


class ParquetSink:
    """Writes batches with the input's schema into a binary stream."""

    def __init__(self, raw: BinaryIO, schema: Any) -> None:
        pa = _pyarrow()
        self._writer = pa.parquet.ParquetWriter(pa.PythonFile(raw, mode="w"), schema)

    def write(self, batch: Any) -> None:
        self._writer.write_batch(batch)

    def close(self) -> None:
        self._writer.close()


def write_table(path: Path, columns: dict[str, list[Any]]) -> None:
    """Write a small Parquet file (for tests and examples)."""
    pa = _pyarrow()
    pa.parquet.write_table(pa.table(columns), path)
