"""Properties every pass, preset and canonical pipeline must have, on Arabic-heavy generated text:
returns str, never raises, idempotent, picklable, config round-trips, explain/apply agree."""

from __future__ import annotations

import json
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arclean
from arclean import PASSES, PRESETS, Pipeline, build_pass, load_pipeline
from arclean.core import count_changes

from .strategies import arabic_text

# Non-default options worth exercising, per pass; passes not listed run with their defaults only.
OPTION_VARIANTS: dict[str, list[dict[str, Any]]] = {
    "unicode": [{"nfc": False}, {"word_ligatures": False}, {"presentation_forms": False}],
    "invisible": [{"keep_zwnj": True, "keep_zwj": True}],
    "whitespace": [{"max_blank_lines": 0}, {"max_blank_lines": 3, "keep_tabs": True}],
    "diacritics": [{"keep_shadda": True}, {"quranic": False, "extended": False}],
    "digits": [{"to": "arabic_indic"}, {"to": "extended_arabic_indic", "separators": False}],
    "punctuation": [{"ascii_to_arabic": True, "quotes": True, "collapse_repeats": True}, {"spacing": False}],
    "elongation": [{"max_repeat": 2}],
}


def _instances() -> list[Any]:
    params = []
    for name in sorted(PASSES):
        for options in [{}, *OPTION_VARIANTS.get(name, [])]:
            label = name + ("" if not options else "-" + "-".join(f"{k}={v}" for k, v in options.items()))
            params.append(pytest.param(build_pass({"type": name, **options}), id=label))
    return params


PASS_INSTANCES = _instances()
PRESET_PIPELINES = [pytest.param(PRESETS[name], id=f"preset-{name}") for name in PRESETS]


def check_all_properties(p: arclean.Pass, text: str) -> None:
    out = p(text)
    assert isinstance(out, str)
    assert p(out) == out, "not idempotent"
    clone = pickle.loads(pickle.dumps(p))
    assert clone == p and clone(text) == out, "pickle changes behaviour"
    config = json.loads(json.dumps(p.to_config(), ensure_ascii=False))
    rebuilt = build_pass(config)
    assert rebuilt == p and rebuilt(text) == out, "config round trip changes behaviour"
    assert p.explain(text).text == out, "explain disagrees with apply"
    counted_text, counts = p.apply_counted(text)
    assert counted_text == out, "apply_counted disagrees with apply"
    assert counts == count_changes(p.explain(text).changes), "apply_counted counts differ from explain"


@pytest.mark.parametrize("p", PASS_INSTANCES)
@given(text=arabic_text)
def test_pass_properties(p: arclean.Pass, text: str) -> None:
    check_all_properties(p, text)


@pytest.mark.parametrize("p", PRESET_PIPELINES)
@given(text=arabic_text)
def test_preset_properties(p: Pipeline, text: str) -> None:
    check_all_properties(p, text)


@pytest.mark.parametrize("p", PRESET_PIPELINES)
def test_preset_round_trips_through_toml(p: Pipeline, tmp_path: Any) -> None:
    path = tmp_path / "pipeline.toml"
    p.save(path)
    assert load_pipeline(path) == p
    json_path = tmp_path / "pipeline.json"
    p.save(json_path)
    assert load_pipeline(json_path) == p


_NORMALISATION = sorted(
    name for name, cls in PASSES.items() if cls.SAFETY in (arclean.Safety.LOSSLESS, arclean.Safety.LOSSY)
)


@settings(max_examples=100)
@given(names=st.sets(st.sampled_from(_NORMALISATION), min_size=1), text=arabic_text)
def test_any_canonical_pipeline_is_idempotent(names: set[str], text: str) -> None:
    """Any set of normalisation passes, put in canonical (stage) order, is idempotent as a whole."""
    passes = sorted((PASSES[n]() for n in names), key=lambda p: p.stage)
    pipe = Pipeline(tuple(passes))
    out = pipe(text)
    assert pipe(out) == out


@given(text=arabic_text)
def test_none_preset_is_identity(text: str) -> None:
    assert arclean.clean(text, preset="none") == text


@given(text=arabic_text)
def test_pipelines_end_in_nfc(text: str) -> None:
    import unicodedata

    for name in ("lossless", "default", "search"):
        assert unicodedata.is_normalized("NFC", arclean.clean(text, preset=name))
