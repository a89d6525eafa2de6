"""arclean as datatrove pipeline steps (``pip install 'arclean[datatrove]'``).

:class:`ArcleanFormatter` cleans each document's text with any arclean pipeline and records what
every pass changed in datatrove's stats; :class:`MinLengthFilter` then drops the documents that
cleaning left empty or too short, with a reason an exclusion writer keeps.  Both run unchanged
under datatrove's local, Slurm and Ray executors (see docs/scale.md).

>>> from datatrove.data import Document
>>> docs = [Document(text="الســـلام  عليكم", id="1"), Document(text="ـــ  ـــ", id="2")]
>>> kept = MinLengthFilter().run(ArcleanFormatter("default").run(docs))
>>> [(doc.id, doc.text) for doc in kept]
[('1', 'السلام عليكم')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import regex

from arclean.core import ConfigError, Pass
from arclean.pipeline import Pipeline, load_pipeline
from arclean.presets import PRESETS

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.pipeline.writers.disk_base import DiskWriter
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("arclean.integrations.datatrove needs datatrove: pip install 'arclean[datatrove]'") from exc

__all__ = ["ORIGINAL_KEY", "ArcleanFormatter", "MinLengthFilter", "PipelineSource", "resolve_pipeline"]

ORIGINAL_KEY = "arclean_original"
"""Metadata key of a document's text before cleaning (``ArcleanFormatter(keep_original=True)``)."""

PipelineSource = str | Path | Mapping[str, Any] | Sequence[Mapping[str, Any]] | Pass
"""A preset name, a TOML/JSON pipeline file, a config dict or list of pass configs, or a pass object."""


def resolve_pipeline(source: PipelineSource = "default", overrides: Mapping[str, Any] | None = None) -> Pass:
    """The pass to run for ``source``, with ``overrides`` as in :func:`arclean.pipeline`.

    A string is a preset name if there is such a preset, else the path of a config file.

    >>> resolve_pipeline("default", {"tatweel": False}).names
    ['unicode', 'invisible', 'chrome', 'punctuation', 'whitespace']
    >>> resolve_pipeline([{"type": "tatweel"}])("الســـلام")
    'السلام'
    """
    if isinstance(source, Pass):
        built = source
    elif isinstance(source, str) and source in PRESETS:
        built = PRESETS[source]
    elif isinstance(source, (str, Path)) and not Path(source).is_file():
        raise ConfigError(f"{str(source)!r} is neither a preset ({', '.join(PRESETS)}) nor a pipeline config file")
    else:
        built = load_pipeline(source)
    if overrides:
        pipeline = built if isinstance(built, Pipeline) else Pipeline((built,))
        built = pipeline.with_overrides(overrides)
    return built


def _non_blank_lines(text: str) -> int:
    return sum(1 for line in text.split("\n") if line.strip())


class ArcleanFormatter(BaseFormatter):
    """Clean each document's text with an arclean pipeline, counting every change in the step's stats.

    ``pipeline`` is anything :func:`resolve_pipeline` takes: a preset name (with ``overrides``), a
    TOML/JSON file, a config, or a :class:`~arclean.Pipeline`.  A pass backed by a data file, such as
    a boilerplate model learned beforehand, is configured by its path like any option, so every
    worker loads it from there.

    Stats (per task, and merged by the executor): ``pass/kind`` counts from
    :meth:`arclean.Pass.apply_counted` (``tatweel/changed``, a chrome type, a typo kind...),
    ``docs_changed``, ``chars_removed`` and ``lines_removed`` (non-blank lines).  With
    ``count_changes=False`` only the last three are kept and the step runs about twice as fast.

    With ``keep_original=True`` a changed document keeps its text before cleaning in
    ``metadata["arclean_original"]``; :class:`MinLengthFilter` removes it from the documents it
    keeps, so only the dropped ones carry it into the exclusion writer, for audit.

    >>> from datatrove.data import Document
    >>> step = ArcleanFormatter("search")
    >>> [doc.text for doc in step.run([Document(text="إلى مدينةٍ", id="0")])]
    ['الي مدينه']
    >>> step.stats["alef/changed"].total, step.stats["chars_removed"].total
    (1, 1)
    """

    name = "🧹 arclean"
    # In a slot, not __dict__: datatrove writes each step's __dict__ to executor.json, where
    # ``config`` (plain data) records the pipeline so that the run can be replayed exactly.
    __slots__ = ("_pipeline",)

    def __init__(
        self,
        pipeline: PipelineSource = "default",
        overrides: Mapping[str, Any] | None = None,
        *,
        count_changes: bool = True,
        keep_original: bool = False,
    ) -> None:
        super().__init__()
        built = resolve_pipeline(pipeline, overrides)
        self.config: dict[str, Any] = built.to_config()
        self.count_changes = count_changes
        self.keep_original = keep_original
        self._pipeline = built

    @property
    def pipeline(self) -> Pass:
        return self._pipeline

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if not self.keep_original:
            yield from super().run(data, rank, world_size)
            return
        for doc in super().run(_remember_original(data), rank, world_size):
            if doc.text == doc.metadata[ORIGINAL_KEY]:
                del doc.metadata[ORIGINAL_KEY]
            yield doc

    def format(self, text: str) -> str:
        if self.count_changes:
            cleaned, counts = self._pipeline.apply_counted(text)
            for key, value in counts.items():
                self.stat_update(key, value=value)
        else:
            cleaned = self._pipeline.apply(text)
        if cleaned != text:
            self.stat_update("docs_changed")
        self.stat_update("chars_removed", value=len(text) - len(cleaned))
        self.stat_update("lines_removed", value=_non_blank_lines(text) - _non_blank_lines(cleaned))
        return cleaned


def _remember_original(docs: DocumentsPipeline) -> DocumentsPipeline:
    for doc in docs or ():
        doc.metadata[ORIGINAL_KEY] = doc.text
        yield doc


# The first letter of a whitespace-separated token: anchored at the token's start, so a long run of
# non-letters is scanned once, not once per position.
_WORD = regex.compile(r"(?<!\S)[^\s\p{L}]*\p{L}")


class MinLengthFilter(BaseFilter):
    """Drop documents left empty or shorter than ``min_words`` words / ``min_chars`` non-space characters.

    The reason (``empty``, ``too_few_words``, ``too_few_chars``) is counted as ``dropped_<reason>``
    and, with an ``exclusion_writer``, stored in the dropped document's ``metadata["filter_reason"]``.
    Kept documents lose ``metadata["arclean_original"]`` (see :class:`ArcleanFormatter`); dropped
    ones keep it, so the exclusion writer records what cleaning started from.
    A word is a whitespace-separated token with at least one letter.

    >>> from datatrove.data import Document
    >>> step = MinLengthFilter(min_words=3)
    >>> step.filter(Document(text="نص قصير", id="0"))
    (False, 'too_few_words')
    >>> step.filter(Document(text="هذا نص أطول قليلا", id="1"))
    True
    """

    name = "🧹 arclean min length"

    def __init__(
        self,
        min_words: int = 0,
        min_chars: int = 0,
        exclusion_writer: DiskWriter | None = None,
    ) -> None:
        for option, value in (("min_words", min_words), ("min_chars", min_chars)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError(f"MinLengthFilter: {option} must be an int >= 0, got {value!r}")
        super().__init__(exclusion_writer)
        self.min_words = min_words
        self.min_chars = min_chars

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        text = doc.text
        if not text or text.isspace():
            return False, "empty"
        if self.min_words and not _has_words(text, self.min_words):
            return False, "too_few_words"
        if self.min_chars and len("".join(text.split())) < self.min_chars:
            return False, "too_few_chars"
        return True

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in super().run(data, rank, world_size):
            doc.metadata.pop(ORIGINAL_KEY, None)
            yield doc


def _has_words(text: str, n: int) -> bool:
    for count, _ in enumerate(_WORD.finditer(text), start=1):
        if count >= n:
            return True
    return False
