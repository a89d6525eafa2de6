"""SlurmPipelineExecutor without a cluster: a stand-in ``sbatch`` keeps the job scripts datatrove submits,
and the test runs them as Slurm would, one fresh process per array task, then the stats-merging job.

What this proves: the executor pickled with the arclean steps (``executor.pik``) loads and runs in a
new interpreter, every task cleans its shard, and the merged stats add up.  What it cannot: Slurm's
scheduling itself.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

from datatrove.executor import SlurmPipelineExecutor

import arclean
from arclean.integrations.datatrove import ArcleanFormatter

from ._datatrove_corpus import check_run, corpus_steps, noisy_documents, noisy_reasons, write_shards

ROOT = Path(__file__).resolve().parent.parent

FAKE_COMMANDS = {
    # keeps the submitted script (the last argument) and answers like sbatch does
    "sbatch": """#!/bin/bash
n=$(ls "{jobs}" | wc -l)
cp "${{@: -1}}" "{jobs}/job-$n.sh"
echo "Submitted batch job $((4200 + n))"
""",
    # a task asks for the hosts of its allocation: `scontrol show hostnames NODELIST`
    "scontrol": """#!/bin/bash
echo "$4"
""",
}


def test_slurm_job_scripts_clean_every_document_when_run_as_array_tasks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = noisy_documents()
    write_shards(docs, tmp_path / "in")
    jobs, bin_dir = tmp_path / "jobs", tmp_path / "bin"
    jobs.mkdir()
    bin_dir.mkdir()
    for name, script in FAKE_COMMANDS.items():
        command = bin_dir / name
        command.write_text(script.format(jobs=jobs), encoding="utf-8")
        command.chmod(command.stat().st_mode | stat.S_IEXEC)
    path = os.pathsep.join([str(bin_dir), str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    monkeypatch.setenv("PATH", path)
    monkeypatch.delenv("SLURM_ARRAY_TASK_ID", raising=False)

    SlurmPipelineExecutor(
        corpus_steps(tmp_path, ArcleanFormatter("default", keep_original=True)),
        tasks=2,
        time="00:10:00",
        partition="cpu",
        logging_dir=str(tmp_path / "logs"),
        with_srun=False,
    ).run()

    array_job, merge_job = sorted(jobs.iterdir())
    assert "launch_pickled_pipeline" in array_job.read_text() and "merge_stats" in merge_job.read_text()
    node_env = {
        **os.environ,
        "PATH": path,
        "PYTHONPATH": str(ROOT),  # on a cluster, arclean is installed where the job runs
        "SLURM_NODELIST": "localhost",
        "RUN_OFFSET": "0",
    }
    for task in ("0", "1"):
        subprocess.run(
            ["bash", str(array_job)],
            env={**node_env, "SLURM_ARRAY_TASK_ID": task},
            cwd=tmp_path,
            check=True,
            capture_output=True,
            timeout=120,
        )
    subprocess.run(["bash", str(merge_job)], env=node_env, cwd=tmp_path, check=True, capture_output=True, timeout=60)

    reasons = check_run(docs, tmp_path, arclean.pipeline("default"), reference=arclean.clean, keep_original=True)
    assert reasons == noisy_reasons(docs)
