"""A real datatrove run: JsonlReader → ArcleanFormatter → MinLengthFilter (+ exclusion writer) → JsonlWriter,
two tasks under LocalPipelineExecutor, checked document by document and in the merged stats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

from datatrove.executor import LocalPipelineExecutor

import arclean
from arclean.integrations.datatrove import ArcleanFormatter

from ._datatrove_corpus import check_run, corpus_steps, noisy_documents, noisy_reasons, write_shards


def test_local_executor_two_tasks_cleans_every_document_like_arclean_clean(tmp_path: Path) -> None:
    docs = noisy_documents()
    write_shards(docs, tmp_path / "in")
    executor = LocalPipelineExecutor(
        corpus_steps(tmp_path, ArcleanFormatter("default", keep_original=True)),
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    reasons = check_run(docs, tmp_path, arclean.pipeline("default"), reference=arclean.clean, keep_original=True)
    assert reasons == noisy_reasons(docs)


def test_executor_json_records_the_pipeline_so_the_run_can_be_replayed(tmp_path: Path) -> None:
    docs = noisy_documents(n=8)
    write_shards(docs, tmp_path / "in", shards=2)
    config_file = tmp_path / "pipeline.toml"
    arclean.pipeline("search", digits=False).save(config_file)
    executor = LocalPipelineExecutor(
        corpus_steps(tmp_path, ArcleanFormatter(config_file, count_changes=False)),
        tasks=2,
        workers=1,  # sequential: the executor deep-copies the steps for each task
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    recorded = json.loads((tmp_path / "logs" / "executor.json").read_text("utf-8"))
    (step,) = [s for s in recorded["pipeline"] if "config" in s]
    assert "_pipeline" not in step
    replayed = arclean.load_pipeline(step["config"])
    kept = {d["id"]: d["text"] for p in (tmp_path / "out").glob("*.jsonl") for d in map(json.loads, p.open())}
    assert kept, "some documents must survive the filter"
    originals = {d["id"]: d["text"] for d in docs}
    for doc_id, text in kept.items():
        assert text == replayed(originals[doc_id]) == arclean.pipeline("search", digits=False)(originals[doc_id])
