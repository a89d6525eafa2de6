"""arclean on a local Ray cluster: datatrove's RayPipelineExecutor and a Ray Data ``map_batches`` recipe.

One small cluster serves the module: start-up costs ~5-7 s and ~1 GB here (docs/scale.md).
Deselect with ``-m "not ray"``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("ray.data")

import ray
from datatrove.executor.ray import RayPipelineExecutor

import arclean
from arclean.integrations.datatrove import ArcleanFormatter

from ._datatrove_corpus import check_run, corpus_steps, noisy_documents, noisy_reasons, seed_paragraphs, write_shards

pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def local_ray() -> Iterator[Any]:
    # address="local" starts a private cluster even if RAY_ADDRESS points elsewhere; small, fixed
    # resources keep the run alike on every machine.
    ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        object_store_memory=256 * 1024**2,
    )
    yield ray
    ray.shutdown()


def test_ray_executor_two_tasks_cleans_every_document_like_arclean_clean(local_ray: Any, tmp_path: Path) -> None:
    docs = noisy_documents()
    write_shards(docs, tmp_path / "in")
    executor = RayPipelineExecutor(
        corpus_steps(tmp_path, ArcleanFormatter("default", keep_original=True)),
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
        cpus_per_task=1,
        mem_per_cpu_gb=0.25,  # a logical reservation: keep it far below any machine's memory
        time=180,  # seconds per task: a stuck worker fails the test instead of hanging CI
    )
    executor.run()
    reasons = check_run(docs, tmp_path, arclean.pipeline("default"), reference=arclean.clean, keep_original=True)
    assert reasons == noisy_reasons(docs)


def test_ray_data_map_batches_runs_a_pipeline_shipped_to_the_workers(local_ray: Any) -> None:
    texts = [p.replace(" ", "  ").replace("ا", "اـــ", 1) for p in seed_paragraphs()[:40]]
    pipeline = arclean.pipeline("search", digits=False)

    def clean_batch(batch: dict[str, Any]) -> dict[str, Any]:
        batch["text"] = [pipeline(text) for text in batch["text"]]
        return batch

    dataset = local_ray.data.from_items([{"id": i, "text": t} for i, t in enumerate(texts)], override_num_blocks=4)
    rows = dataset.map_batches(clean_batch, batch_size=8).take_all()
    assert sorted((row["id"], row["text"]) for row in rows) == [(i, pipeline(t)) for i, t in enumerate(texts)]
    assert all("ـ" not in row["text"] and "  " not in row["text"] for row in rows)
