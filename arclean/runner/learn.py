"""Corpus-level learning: a first pass over the inputs that learns a pass, inserted before the second.

The hook is generic: a *learner* is any ``Callable[[Iterable[str]], Pass]``.  :func:`learn_and_insert`
streams every document of the run (as the learned pass will see it: through the pipeline's passes
that come before the learned pass's stage) to the learner, and puts what it learned into the
pipeline at its canonical place.  :func:`boilerplate_pass` wires in the boilerplate learner of
``arclean.passes.chrome`` (``learn_boilerplate``, ``load_boilerplate``, ``Boilerplate.save``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from arclean.core import ArcleanError, Pass
from arclean.passes.chrome import Boilerplate, learn_boilerplate, load_boilerplate
from arclean.pipeline import Pipeline, _insert_canonical
from arclean.runner.plan import UsageError
from arclean.runner.work import FileJob, Settings, iter_documents

__all__ = [
    "LearnOptions",
    "boilerplate_pass",
    "corpus_documents",
    "insert_pass",
    "learn_and_insert",
]

Learner = Callable[[Iterable[str]], Pass]


@dataclasses.dataclass(frozen=True)
class LearnOptions:
    """``--learn-boilerplate`` (``learn``), ``--save-boilerplate FILE`` (``save``),
    ``--boilerplate FILE`` (``load``)."""

    learn: bool = False
    save: Path | None = None
    load: Path | None = None
    thresholds: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def active(self) -> bool:
        return self.learn or self.load is not None


def insert_pass(pipeline: Pipeline, new: Pass) -> Pipeline:
    """``pipeline`` with ``new`` in place of a pass of the same name, or at its canonical stage."""
    passes = list(pipeline.passes)
    for i, p in enumerate(passes):
        if p.name == new.name:
            passes[i] = new
            return Pipeline(tuple(passes))
    _insert_canonical(passes, new)
    return Pipeline(tuple(passes))


def corpus_documents(jobs: Sequence[FileJob], settings: Settings, before_stage: int) -> Iterator[str]:
    """Every readable document of ``jobs``, through the pipeline's passes of a stage below ``before_stage``."""
    prefix = Pipeline(tuple(p for p in settings.pipeline.passes if p.stage < before_stage))
    for job in jobs:
        try:
            for _where, text in iter_documents(job.source, job.fmt, settings):
                yield prefix(text)
        except (OSError, ArcleanError, ValueError):
            continue  # the cleaning pass reports unreadable inputs; learning just does without them


def learn_and_insert(
    jobs: Sequence[FileJob],
    settings: Settings,
    learner: Learner,
    stage: int,
    save: Callable[[Pass], None] | None = None,
) -> Pipeline:
    """Learn a pass from the run's documents and return the settings' pipeline with it inserted."""
    learned = learner(corpus_documents(jobs, settings, stage))
    if save is not None:
        save(learned)
    return insert_pass(settings.pipeline, learned)


def boilerplate_pass(jobs: Sequence[FileJob], settings: Settings, options: LearnOptions) -> Pipeline:
    """The pipeline with the corpus boilerplate pass: loaded from a file, or learned from ``jobs``."""
    if options.load is not None:
        try:
            loaded = load_boilerplate(options.load)
        except ValueError as exc:  # ConfigError: missing, unreadable or not a model
            raise UsageError(f"cannot load boilerplate from {options.load}: {exc}") from None
        return insert_pass(settings.pipeline, loaded)

    def learner(documents: Iterable[str]) -> Boilerplate:
        return learn_boilerplate(documents, **options.thresholds)

    def save(learned: Pass) -> None:
        if options.save is not None and isinstance(learned, Boilerplate):
            try:
                learned.save(options.save)
            except OSError as exc:
                reason = exc.strerror or exc
                raise UsageError(f"cannot save the boilerplate model to {options.save}: {reason}") from None

    return learn_and_insert(jobs, settings, learner, Boilerplate.stage, save)
