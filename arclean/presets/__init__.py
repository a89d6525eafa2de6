"""Named pipelines shipped as TOML files beside this module: each is what ``Pipeline.save`` writes.

>>> sorted(PRESETS)
['default', 'lossless', 'none', 'search']
>>> PRESETS["search"]("إلى مدينةٍ")
'الي مدينه'
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator, Mapping
from importlib import resources

from arclean.core import ConfigError
from arclean.pipeline import Pipeline, load_pipeline

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["PRESETS", "preset_description"]


@functools.cache
def _preset_data(name: str) -> dict[str, object]:
    resource = resources.files(__name__).joinpath(f"{name}.toml")
    return tomllib.loads(resource.read_text(encoding="utf-8"))


@functools.cache
def _names() -> tuple[str, ...]:
    return tuple(
        sorted(r.name[: -len(".toml")] for r in resources.files(__name__).iterdir() if r.name.endswith(".toml"))
    )


@functools.cache
def _build(name: str) -> Pipeline:
    return load_pipeline(_preset_data(name))


def preset_description(name: str) -> str:
    return str(_preset_data(name).get("description", ""))


class _Presets(Mapping[str, Pipeline]):
    """Preset name → pipeline, built on first use (so ``import arclean`` stays cheap)."""

    def __getitem__(self, name: str) -> Pipeline:
        if name not in _names():
            raise ConfigError(f"unknown preset {name!r}; presets: {', '.join(_names())}")
        return _build(name)

    def __contains__(self, name: object) -> bool:
        return name in _names()

    def __iter__(self) -> Iterator[str]:
        return iter(_names())

    def __len__(self) -> int:
        return len(_names())

    def __repr__(self) -> str:
        return f"PRESETS({', '.join(_names())})"


PRESETS: Mapping[str, Pipeline] = _Presets()
