"""A corpus-level boilerplate model, learned beforehand and saved, used inside datatrove through the
ordinary pipeline config ``{"type": "boilerplate", "path": ...}``: every worker loads it from the path.

Runs once the boilerplate pass (arclean.passes.chrome) is in the registry; skipped before.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor

import arclean
from arclean.integrations.datatrove import ArcleanFormatter

from ._datatrove_corpus import check_run, corpus_steps, seed_paragraphs, write_shards

# The site's own furniture, which no lexicon knows (the chrome pass already removes generic menus and
# copyright lines before the boilerplate pass sees a page).
HEADER = "بوابة الوطن | منبر القراء | ركن الصباح"
FOOTER = "فريق تحرير الوطن"


def site_pages(n: int = 40) -> list[dict[str, str]]:
    """Pages of one site: the same header and footer around two body paragraphs of their own."""
    paragraphs = seed_paragraphs()
    pages = []
    for i in range(n):
        body = [paragraphs[(2 * i) % len(paragraphs)], paragraphs[(2 * i + 1) % len(paragraphs)]]
        pages.append({"id": f"page-{i:03d}", "text": "\n".join([HEADER, *body, FOOTER]), "body": body})
    return pages


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from arclean.passes.chrome import learn_boilerplate

    path = tmp_path_factory.mktemp("model") / "model.json"
    learn_boilerplate([page["text"] for page in site_pages()]).save(path)
    return path


def test_formatter_removes_learned_boilerplate_and_keeps_every_body_line(model_path: Path) -> None:
    pages = site_pages()
    step = ArcleanFormatter("default", {"boilerplate": {"path": str(model_path)}})
    out = list(step.run(Document(text=p["text"], id=p["id"]) for p in pages))
    for page, doc in zip(pages, out, strict=True):
        lines = doc.text.split("\n")
        assert HEADER not in lines and FOOTER not in lines, page["id"]
        assert [arclean.clean(line) for line in page["body"]] == [line for line in lines if line], page["id"]
    stats = {key: metric.total for key, metric in step.stats.stats.items()}
    assert stats["lines_removed"] == 2 * len(pages)
    assert sum(v for k, v in stats.items() if k.startswith("boilerplate/")) >= len(pages)


def test_a_pickled_step_reloads_the_model_from_its_path(model_path: Path) -> None:
    step = ArcleanFormatter("default", {"boilerplate": {"path": str(model_path)}})
    clone = pickle.loads(pickle.dumps(step))
    assert {"type": "boilerplate", "path": str(model_path)}.items() <= clone.pipeline["boilerplate"].to_config().items()
    page = site_pages(1)[0]["text"]
    assert clone.format(page) == step.format(page)


def test_local_executor_two_tasks_with_the_boilerplate_model(model_path: Path, tmp_path: Path) -> None:
    docs = [{"id": p["id"], "text": p["text"], "metadata": {"source": "seeds"}} for p in site_pages()]
    write_shards(docs, tmp_path / "in")
    overrides = {"boilerplate": {"path": str(model_path)}}
    LocalPipelineExecutor(
        corpus_steps(tmp_path, ArcleanFormatter("default", overrides)),
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    assert check_run(docs, tmp_path, arclean.pipeline("default", **overrides)) == {"kept": len(docs)}
