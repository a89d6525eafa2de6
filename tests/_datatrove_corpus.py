"""A small noisy Arabic corpus in JSONL shards, the datatrove steps run over it, and the checks
shared by the executor tests.  A run lives in one folder: ``in/``, ``out/``, ``excluded/``, ``logs/``.

The documents are paragraphs of the seed articles with the noise scraped text carries (tatweel,
invisible marks, presentation forms, stray spaces), plus documents that cleaning empties or
leaves short, so the filter and the exclusion writer have something to do.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import arclean

MIN_WORDS = 3
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Documents the default preset empties (or leaves without words) and short ones.
EMPTIED = ["ــــ\u200b  \n  ـــ", "\u200f\u200e \u200b", "   \n\n  "]
SHORT = ["شكراً لكم", "أهلاً وسهلاً:", "ﻻ   تعليق"]  # (not "اقرأ أيضاً:": the chrome pass empties that)


def seed_paragraphs() -> list[str]:
    """Body lines of eight words or more of the seed articles (the chrome pass tells body from chrome)."""
    chrome = arclean.PASSES["chrome"]()
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text("utf-8")
        body = set(chrome(text).splitlines())
        paragraphs += [line.strip() for line in text.splitlines() if line in body and len(line.split()) >= 8]
    return paragraphs


def add_noise(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    out = []
    for word in words:
        roll = rng.random()
        if roll < 0.08 and len(word) > 3:
            cut = rng.randrange(1, len(word) - 1)
            word = word[:cut] + "ـــ" + word[cut:]  # tatweel
        elif roll < 0.12:
            word = word + "\u200c"  # zero-width non-joiner
        elif roll < 0.16:
            word = word.replace("لا", "\ufefb")  # presentation-form ligature
        out.append(word)
    noisy = rng.choice(["  ", " "]).join(out)
    return noisy.replace("،", " ،") if rng.random() < 0.5 else noisy


def noisy_documents(n: int = 48, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` documents of 1-4 noisy paragraphs, then the emptied and short ones, each with a unique id."""
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    texts = ["\n\n".join(add_noise(rng.choice(paragraphs), rng) for _ in range(rng.randint(1, 4))) for _ in range(n)]
    texts.append(paragraphs[0])  # already clean: must pass through unchanged
    texts += EMPTIED + SHORT
    return [{"id": f"doc-{i:03d}", "text": text, "metadata": {"source": "seeds"}} for i, text in enumerate(texts)]


def noisy_reasons(docs: list[dict[str, Any]]) -> dict[str, int]:
    """What :func:`check_run` must find for :func:`noisy_documents`: the emptied and short ones dropped."""
    return {"kept": len(docs) - len(EMPTIED) - len(SHORT), "empty": len(EMPTIED), "too_few_words": len(SHORT)}


def write_shards(docs: list[dict[str, Any]], folder: Path, shards: int = 4) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(shards):
        with (folder / f"shard-{k}.jsonl").open("w", encoding="utf-8") as f:
            for doc in docs[k::shards]:
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")


def read_jsonl_folder(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.open(encoding="utf-8")]


def expected_counts(pipeline: arclean.Pass, texts: Iterable[str]) -> Counter[str]:
    total: Counter[str] = Counter()
    for text in texts:
        total.update(pipeline.apply_counted(text)[1])
    return total


def step_stats(stats_json: list[dict[str, Any]], step_class: type) -> dict[str, Any]:
    """The stats of the (one) step of class ``step_class``, each as its total."""
    (step,) = [s for s in stats_json if s["name"] == f"{step_class.type}: {step_class.name}"]
    return {k: v["total"] if isinstance(v, dict) else v for k, v in step["stats"].items()}


# datatrove is imported where it is used: the HF datasets tests use this corpus without it.
def corpus_steps(root: Path, formatter: Any) -> list[Any]:
    """JsonlReader → ``formatter`` → MinLengthFilter (with an exclusion writer) → JsonlWriter."""
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from arclean.integrations.datatrove import MinLengthFilter

    return [
        JsonlReader(str(root / "in")),
        formatter,
        MinLengthFilter(
            min_words=MIN_WORDS,
            exclusion_writer=JsonlWriter(str(root / "excluded"), output_filename="${rank}.jsonl", compression=None),
        ),
        JsonlWriter(str(root / "out"), output_filename="${rank}.jsonl", compression=None),
    ]


def check_run(
    docs: list[dict[str, Any]],
    root: Path,
    pipeline: arclean.Pass,
    reference: Callable[[str], str] | None = None,
    keep_original: bool = False,
) -> Counter[str]:
    """Every input document is either kept or excluded, once, cleaned exactly as ``reference`` (by default
    ``pipeline``) cleans it (dropped ones with their original text if ``keep_original``), and the merged
    stats add up to what the pipeline counts document by document.  Returns how many were kept and
    dropped for each reason."""
    from arclean.integrations.datatrove import ArcleanFormatter, MinLengthFilter

    reference = reference or pipeline
    min_words, logging_dir = MIN_WORDS, root / "logs"
    kept = {d["id"]: d for d in read_jsonl_folder(root / "out")}
    excluded = {d["id"]: d for d in read_jsonl_folder(root / "excluded")}
    assert len(kept) + len(excluded) == len(docs)
    assert kept.keys() | excluded.keys() == {d["id"] for d in docs}

    reasons: Counter[str] = Counter()
    for doc in docs:
        cleaned = reference(doc["text"])
        words = len(cleaned.split())
        reason = "empty" if not cleaned.strip() else "too_few_words" if words < min_words else None
        out = excluded[doc["id"]] if reason else kept[doc["id"]]
        assert out["metadata"].get("filter_reason") == reason, doc["id"]
        reasons[reason or "kept"] += 1
        assert out.get("text", "") == cleaned, doc["id"]  # the writer leaves out an empty text
        assert out["metadata"]["source"] == "seeds"
        if keep_original and reason:  # the audit record gives back the text before cleaning
            assert out["metadata"].get("arclean_original", out.get("text", "")) == doc["text"], doc["id"]
            assert ("arclean_original" in out["metadata"]) == (cleaned != doc["text"]), doc["id"]
        else:
            assert "arclean_original" not in out["metadata"], doc["id"]

    merged = json.loads((logging_dir / "stats.json").read_text("utf-8"))
    formatter = step_stats(merged, ArcleanFormatter)
    counts = expected_counts(pipeline, (d["text"] for d in docs))
    assert counts, "the corpus must exercise the passes"
    assert {k: v for k, v in formatter.items() if "/" in k} == dict(counts)
    assert formatter["total"] == len(docs)
    assert formatter["chars_removed"] == sum(len(d["text"]) - len(pipeline(d["text"])) for d in docs)
    assert formatter["docs_changed"] == sum(pipeline(d["text"]) != d["text"] for d in docs)

    length_filter = step_stats(merged, MinLengthFilter)
    assert length_filter["forwarded"] == len(kept)
    assert length_filter.get("dropped", 0) == len(excluded)
    assert length_filter.get("dropped_empty", 0) == reasons["empty"]
    assert length_filter.get("dropped_too_few_words", 0) == reasons["too_few_words"]

    per_task = [json.loads(p.read_text("utf-8")) for p in sorted((logging_dir / "stats").glob("*.json"))]
    assert len(per_task) == 2
    assert sum(step_stats(t, ArcleanFormatter)["total"] for t in per_task) == len(docs)
    assert all(step_stats(t, ArcleanFormatter)["total"] > 0 for t in per_task), "both tasks must get documents"
    return reasons
