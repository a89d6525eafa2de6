"""An arclean pipeline is a plain picklable callable: it runs in Hugging Face ``datasets.map(num_proc=2)``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datasets")

import datasets

import arclean

from ._datatrove_corpus import seed_paragraphs


@pytest.fixture
def noisy_texts() -> list[str]:
    return [p.replace(" ", "  ").replace("ل", "لـــ", 1) + "\u200b" for p in seed_paragraphs()[:24]]


def test_map_with_two_processes_cleans_each_row(noisy_texts: list[str], tmp_path: Path) -> None:
    pipeline = arclean.pipeline("default")
    dataset = datasets.Dataset.from_dict({"text": noisy_texts, "id": list(range(len(noisy_texts)))})
    cleaned = dataset.map(lambda row: {"text": pipeline(row["text"])}, num_proc=2)
    assert cleaned["text"] == [arclean.clean(t) for t in noisy_texts]
    assert cleaned["id"] == list(range(len(noisy_texts)))
    assert all(a != b for a, b in zip(cleaned["text"], noisy_texts, strict=True))


def test_batched_map_with_a_config_file_pipeline(noisy_texts: list[str], tmp_path: Path) -> None:
    path = tmp_path / "pipeline.toml"
    arclean.pipeline("search", digits=False).save(path)
    pipeline = arclean.load_pipeline(path)

    def clean_batch(batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        return {"text": [pipeline(text) for text in batch["text"]]}

    dataset = datasets.Dataset.from_dict({"text": noisy_texts})
    cleaned = dataset.map(clean_batch, batched=True, batch_size=5, num_proc=2)
    assert cleaned["text"] == [arclean.clean(t, preset="search", digits=False) for t in noisy_texts]


def test_datasets_cache_key_follows_the_pipeline_config() -> None:
    """datasets fingerprints a map function by pickling it; a pipeline pickles as its config, so an
    equal pipeline reuses the cache across sessions and a changed one does not."""
    from datasets.fingerprint import Hasher

    def clean_with(pipeline: arclean.Pipeline) -> Any:
        return lambda row: {"text": pipeline(row["text"])}

    default = Hasher.hash(clean_with(arclean.pipeline("default")))
    rebuilt = arclean.load_pipeline(arclean.pipeline("default").to_config())
    assert Hasher.hash(clean_with(rebuilt)) == default
    assert Hasher.hash(clean_with(arclean.pipeline("default", tatweel=False))) != default
