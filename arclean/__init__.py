"""arclean: clean Arabic text scraped from the web, for corpora, search indexes and models.

>>> import arclean
>>> arclean.clean("الســـلام  عليكم ،  كيف الحال ?")
'السلام عليكم، كيف الحال?'
>>> arclean.clean("إلى مدينةٍ", preset="search")
'الي مدينه'
>>> arclean.pipeline("search", digits=False).names[-3:]
['elongation', 'punctuation', 'whitespace']
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from typing import Any

from arclean import passes as _passes  # noqa: F401  (registers every pass)
from arclean.core import PASSES, ArcleanError, Change, ConfigError, Explanation, Pass, Safety, build_pass
from arclean.pipeline import Pipeline, load_pipeline
from arclean.presets import PRESETS

__version__ = "0.1.0"

__all__ = [
    "PASSES",
    "PRESETS",
    "ArcleanError",
    "Change",
    "ConfigError",
    "Explanation",
    "Pass",
    "Pipeline",
    "Safety",
    "build_pass",
    "clean",
    "explain",
    "load_pipeline",
    "pipeline",
]


PresetLike = str | Pass
"""A preset name (see :data:`PRESETS`), or a pipeline (or one pass) to use as it is."""

PassList = str | Iterable[str | Mapping[str, Any] | Pass]
"""Passes to run in this order: names (each with its defaults), configs ``{"type": name, ...}`` or passes."""


def pipeline(preset: PresetLike | None = None, *, passes: PassList | None = None, **overrides: Any) -> Pipeline:
    """A pipeline: a preset (``"default"`` when none is given) or exactly ``passes`` in that order,
    with passes switched off (``name=False``), on (``True``, at its canonical place) or
    reconfigured (``name={"option": value}``).

    >>> pipeline("default", tatweel=False).names
    ['unicode', 'invisible', 'chrome', 'punctuation', 'whitespace']
    >>> pipeline(passes=["tatweel", "digits"])("العـــام ٢٠٢٤")
    'العام 2024'
    >>> pipeline(pipeline("search"), digits=False)("عام ٢٠٢٤")
    'عام ٢٠٢٤'
    """
    if passes is not None:
        if preset is not None:
            raise ConfigError("give a preset or passes, not both (passes= runs exactly the passes listed)")
        base = Pipeline(tuple([passes] if isinstance(passes, (str, Mapping, Pass)) else passes))
    elif isinstance(preset, Pipeline):
        base = preset
    elif isinstance(preset, Pass):
        base = Pipeline((preset,))
    elif preset is None or isinstance(preset, str):
        base = PRESETS[preset or "default"]
    else:
        raise ConfigError(f"a preset is a preset name or a Pipeline, got {type(preset).__name__} {preset!r}")
    return base.with_overrides(overrides) if overrides else base


@functools.lru_cache(maxsize=64)
def _cached_pipeline(key: str) -> Pipeline:
    preset, passes, overrides = json.loads(key)
    return pipeline(preset, passes=passes, **overrides)


def _pipeline_for(preset: PresetLike | None, passes: PassList | None, overrides: dict[str, Any]) -> Pipeline:
    """:func:`pipeline`, cached when it is described by plain data (names and options)."""
    if isinstance(preset, Pipeline) and passes is None and not overrides:
        return preset
    try:
        key = json.dumps([preset, passes, overrides], sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError):  # pass objects: built each call (build it once with pipeline())
        return pipeline(preset, passes=passes, **overrides)
    return _cached_pipeline(key)


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("arclean cleans str, not bytes: decode the text first (e.g. data.decode('utf-8'))")
    raise TypeError(f"arclean cleans str, got {type(text).__name__}")


def clean(text: str, preset: PresetLike | None = None, *, passes: PassList | None = None, **overrides: Any) -> str:
    """Clean one document with a preset (``"default"`` when none is given), a :class:`Pipeline`, or
    exactly the ``passes`` listed; overrides as in :func:`pipeline`.

    >>> clean("مرحبـــا  بكم ،  يا أصدقاء")
    'مرحبا بكم، يا أصدقاء'
    >>> clean("إلى مدينةٍ", preset="search")
    'الي مدينه'
    >>> clean("هذة المدينه", typos=True)
    'هذه المدينة'
    >>> clean("العـــام ٢٠٢٤", passes=["tatweel", "digits"])
    'العام 2024'

    A pipeline built once is faster for many documents: ``p = arclean.pipeline(...)``, then ``p(text)``.
    """
    text = _check_text(text)
    return _pipeline_for(preset, passes, overrides)(text)


def explain(
    text: str, preset: PresetLike | None = None, *, passes: PassList | None = None, **overrides: Any
) -> Explanation:
    r"""What :func:`clean` would change and why: the output text and one :class:`Change` per edit.

    A change's ``line`` and ``column`` count from 0 (Python indexing); printed, as here and in
    every output of the ``arclean`` command, they count from 1.

    >>> ex = explain("مرحبا\nالسـلام عليكم")
    >>> ex.text
    'مرحبا\nالسلام عليكم'
    >>> [(c.pass_name, c.before, c.after, c.line, c.column) for c in ex]
    [('tatweel', 'ـ', '', 1, 3)]
    >>> print(ex)
    line 2:4: tatweel/U+0640: 'ـ' → ''
    """
    text = _check_text(text)
    return _pipeline_for(preset, passes, overrides).explain(text)
