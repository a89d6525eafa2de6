"""The fast paths the CLI runs on: ``Pipeline.apply_summarised`` (the counts a run reports) against
the simple implementation it replaced (every pass run one by one after a leading NFC, each compared
with its input), with identical outputs and counts on Hypothesis inputs, on the seeds and for every
preset; and the pipeline's NFC in pieces against ``unicodedata.normalize``."""

from __future__ import annotations

import types
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arclean import PASSES, PRESETS, Pipeline, build_pass
from arclean.charmap import CharMap
from arclean.passes.unicode import is_nfkc, nfc
from arclean.pipeline import SUMMARY_EXACT, changed_by
from arclean.runner import Settings, clean_document
from arclean.runner.work import use_settings
from tests.strategies import arabic_text
from tests.test_fast_paths import FUSABLE, OTHERS, TRICKY, texts

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def reference(pipeline: Pipeline, text: str) -> tuple[str, Counter[str]]:
    """The runner's counting before the fast path (arclean/runner/work.py ``_apply_counted``)."""
    counts: Counter[str] = Counter()
    if not pipeline.passes:
        return text, counts
    text = nfc(text)
    for p in pipeline.passes:
        if p.safety in SUMMARY_EXACT:
            text, step = p.apply_counted(text)
            counts.update(step)
        else:
            out = p.apply(text)
            if out != text:
                counts[f"{p.name}/documents"] += 1
            text = out
    return nfc(text), counts


def assert_same(pipeline: Pipeline, text: str) -> None:
    out, counts = pipeline.apply_summarised(text)
    expected_out, expected_counts = reference(pipeline, text)
    assert out == expected_out
    assert counts == expected_counts
    assert list(counts) == list(expected_counts)  # same order: a summary lists ties in insertion order
    assert out == pipeline.apply(text)


cheap_lists = st.lists(st.sampled_from(FUSABLE + FUSABLE + OTHERS), max_size=7)
counted_lists = st.lists(
    st.sampled_from([*FUSABLE, *OTHERS, {"type": "chrome"}, {"type": "typos"}]), min_size=1, max_size=5
)


@settings(max_examples=300, deadline=None)
@given(configs=cheap_lists, text=texts | arabic_text)
def test_summary_equals_passes_one_by_one(configs: list[dict[str, object]], text: str) -> None:
    assert_same(Pipeline(tuple(build_pass(c) for c in configs)), text)


@settings(max_examples=60, deadline=None)
@given(configs=counted_lists, text=arabic_text)
def test_summary_with_passes_counted_per_kind(configs: list[dict[str, object]], text: str) -> None:
    assert_same(Pipeline(tuple(build_pass(c) for c in configs)), text)


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_summary_of_every_preset_on_the_seeds(name: str) -> None:
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        assert_same(PRESETS[name], text)
        assert_same(PRESETS[name], "\n\n".join([text, text.replace("ا", "أ"), "ـ" + text]))


@pytest.mark.parametrize("name", sorted(PRESETS))
@settings(max_examples=40, deadline=None)
@given(text=arabic_text)
def test_summary_of_every_preset(name: str, text: str) -> None:
    assert_same(PRESETS[name], text)


def test_the_runner_reports_the_summary() -> None:
    pipeline = PRESETS["search"]
    use_settings(Settings(pipeline))
    text = SEEDS[0].read_text(encoding="utf-8")
    cleaned = clean_document(text)
    assert (cleaned.text, cleaned.counts) == reference(pipeline, text)
    assert cleaned.counts["alef/documents"] == 1


def _map_pass(name: str, mapping: dict[str, str]) -> types.SimpleNamespace:
    return types.SimpleNamespace(name=name, charmap=CharMap(mapping))


@pytest.mark.parametrize(
    ("maps", "text", "expected"),
    [
        ([{"أ": "ا"}, {"ـ": ""}], "الأمـة", ["first", "second"]),
        ([{"أ": "ا"}, {"ـ": ""}], "أمل", ["first"]),
        ([{"أ": "ا"}, {"ـ": ""}], "سلام عليكم", []),
        # the second map only sees what the first made: ا is not in the text, أ becomes one
        ([{"أ": "ا"}, {"ا": "آ"}], "أمل", ["first", "second"]),
        ([{"أ": "ا"}, {"ا": "آ"}], "ملل", []),
        # a round trip leaves the text as it was, yet both passes changed what they received
        ([{"ا": "آ"}, {"آ": "ا"}], "امل", ["first", "second"]),
        # a deleted character is gone for the maps after it
        ([{"ى": ""}, {"ى": "ي"}], "على", ["first"]),
        # once the tatweel is gone, ا and a hamza mark are read as أ, which the fold changes
        ([{"ـ": ""}, {"أ": "ا", "آ": "ا"}], "اـ\u0654", ["first", "second"]),
        ([{"ـ": ""}, {"أ": "ا", "آ": "ا"}], "ا\u0654", ["second"]),
    ],
)
def test_changed_by_follows_the_text_through_the_maps(
    maps: list[dict[str, str]], text: str, expected: list[str]
) -> None:
    passes = [_map_pass(name, m) for name, m in zip(("first", "second"), maps, strict=False)]
    assert changed_by(passes)(text) == expected  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    maps=st.lists(
        st.dictionaries(st.sampled_from(TRICKY[:40]), st.sampled_from(["", "x", "ab", "ا", "ي", "آ"]), max_size=6),
        min_size=1,
        max_size=4,
    ),
    text=st.text(st.sampled_from(TRICKY[:40] + "xab"), max_size=40),
)
def test_changed_by_equals_maps_one_by_one(maps: list[dict[str, str]], text: str) -> None:
    passes = []
    for i, mapping in enumerate(maps):
        mapping = {k: v for k, v in mapping.items() if not any(c in mapping for c in v)}
        passes.append(_map_pass(f"m{i}", mapping))
    expected = []
    current = text
    for p in passes:
        out = p.charmap.reference(current)
        if out != current:
            expected.append(p.name)
        current = out
    assert changed_by(passes)(text) == expected  # type: ignore[arg-type]


def test_a_run_of_folds_is_one_step_in_the_summary() -> None:
    folds = Pipeline(tuple(PASSES[n]() for n in ("tatweel", "alef", "alef_maqsura", "ta_marbuta")))
    folds.apply_summarised("")
    assert len(folds._summary_steps) == 1  # type: ignore[attr-defined]
    assert folds.apply_summarised("إلى المدينـة") == (
        "الي المدينه",
        Counter({"tatweel/documents": 1, "alef/documents": 1, "alef_maqsura/documents": 1, "ta_marbuta/documents": 1}),
    )


# Line feeds, marks that combine with what comes before them (a line feed, in a piece that starts
# after one), and the shadda orders NFC reorders.
NFC_PARTS = ["\n", "\r\n", "ا", "ب", "\u0654", "\u0655", "\u0653", "\u0651\u064e", "\u0301", "\u0338", "\u1100\u1161"]
nfc_texts = st.lists(st.sampled_from(NFC_PARTS) | st.characters(), max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=nfc_texts, piece=st.integers(1, 12))
def test_nfc_in_pieces_equals_unicodedata(text: str, piece: int) -> None:
    assert nfc(text, piece) == unicodedata.normalize("NFC", text)
    assert is_nfkc(text, piece) == unicodedata.is_normalized("NFKC", text)


def test_nfc_in_pieces_gives_normalised_text_back_as_it_is() -> None:
    text = "سلام عليكم\n" * 3000
    assert nfc(text) is text
    assert nfc("ا\u0654مل\n" + text) == "أمل\n" + text
