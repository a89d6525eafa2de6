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


def pipeline(preset: str = "default", **overrides: Any) -> Pipeline:
    """The named preset, with passes switched off (``name=False``), on (``True``) or reconfigured
    (``name={"option": value}``).

    >>> pipeline("default", tatweel=False).names
    ['unicode', 'invisible', 'chrome', 'punctuation', 'whitespace']
    """
    base = PRESETS[preset]
    return base.with_overrides(overrides) if overrides else base


@functools.lru_cache(maxsize=64)
def _cached_pipeline(preset: str, overrides_json: str) -> Pipeline:
    return pipeline(preset, **json.loads(overrides_json))


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("arclean cleans str, not bytes: decode the text first (e.g. data.decode('utf-8'))")
    raise TypeError(f"arclean cleans str, got {type(text).__name__}")


def clean(text: str, preset: str = "default", **overrides: Any) -> str:
    """Clean one document with a preset (see :func:`pipeline` for overrides)."""
    text = _check_text(text)
    return _cached_pipeline(preset, json.dumps(overrides, sort_keys=True, ensure_ascii=False))(text)


def explain(text: str, preset: str = "default", **overrides: Any) -> Explanation:
    """What :func:`clean` would change and why: the output text and one record per change."""
    text = _check_text(text)
    return _cached_pipeline(preset, json.dumps(overrides, sort_keys=True, ensure_ascii=False)).explain(text)
