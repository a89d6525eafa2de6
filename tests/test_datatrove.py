"""The datatrove steps run directly on Documents (datatrove's own unit-test style)."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

import dill
from datatrove.data import Document
from datatrove.executor.base import ExecutorJSONEncoder
from datatrove.pipeline.writers import JsonlWriter
from hypothesis import given, settings
from hypothesis import strategies as st

import arclean
from arclean.core import Change, ConfigError, Explanation, Pass, count_changes
from arclean.integrations.datatrove import ORIGINAL_KEY, ArcleanFormatter, MinLengthFilter, resolve_pipeline


def docs(*texts: str) -> list[Document]:
    return [
        Document(text=text, id=str(i), metadata={"url": f"https://example.com/{i}"}) for i, text in enumerate(texts)
    ]


def run(step, documents: list[Document]) -> list[Document]:
    return list(step.run(iter(documents)))


def totals(step) -> dict[str, float]:
    return {key: metric.total for key, metric in step.stats.stats.items()}


# ---------------------------------------------------------------------------- resolve_pipeline
def test_resolve_pipeline_accepts_every_kind_of_source(tmp_path: Path) -> None:
    search = arclean.pipeline("search")
    toml_file, json_file = tmp_path / "p.toml", tmp_path / "p.json"
    search.save(toml_file)
    search.save(json_file)
    sources = [
        "search",
        toml_file,
        str(json_file),
        {"preset": "search"},
        search.to_list(),
        search.to_config(),
        search,
    ]
    for source in sources:
        assert resolve_pipeline(source).to_config() == search.to_config(), source


def test_resolve_pipeline_applies_overrides_to_presets_files_and_single_passes(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    arclean.pipeline("search").save(path)
    assert "digits" not in resolve_pipeline(path, {"digits": False})
    assert resolve_pipeline("default", {"tatweel": False}).names == [
        "unicode",
        "invisible",
        "chrome",
        "punctuation",
        "whitespace",
    ]
    tatweel_only = arclean.build_pass({"type": "tatweel"})
    assert resolve_pipeline(tatweel_only, {"diacritics": True}).names == ["tatweel", "diacritics"]
    assert resolve_pipeline(tatweel_only) is tatweel_only


@pytest.mark.parametrize(
    ("source", "overrides", "message"),
    [
        ("defualt", None, "neither a preset (default, lossless, none, search) nor a pipeline config file"),
        ("/no/such/pipeline.toml", None, "neither a preset"),
        ("default", {"tatwel": False}, "did you mean tatweel"),
        ("default", {"tatweel": 3}, "use True (on), False (off) or a dict"),
        ([{"type": "diacritics", "keep_shadda": "yes"}], None, "must be bool"),
    ],
)
def test_resolve_pipeline_errors_say_what_to_fix(source, overrides, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        resolve_pipeline(source, overrides)


def test_a_broken_config_file_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[[passes]\ntype = ", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        ArcleanFormatter(path)


# ---------------------------------------------------------------------------- the formatter
FORMAT_CASES = [
    # (preset, text in, text out, pass counts)
    (
        "default",
        "الســـلام  عليكم ،  كيف الحال ?",
        "السلام عليكم، كيف الحال?",
        {"tatweel/changed": 1, "punctuation/changed": 2, "whitespace/changed": 2},
    ),
    (
        "default",
        "\u200fقال الوزير\u200c إن الاتفاق\u200b نهائي",
        "قال الوزير إن الاتفاق نهائي",
        {"invisible/changed": 3},
    ),
    ("default", "ﻻ يمكن تأجيل الانتخابات", "لا يمكن تأجيل الانتخابات", {"unicode/changed": 1}),
    ("default", "ـــ\n\u200b\n", "", {"invisible/changed": 1, "tatweel/changed": 1, "whitespace/changed": 1}),
    (
        "search",
        "إلى مدينةٍ",
        "الي مدينه",
        {"diacritics/changed": 1, "alef/changed": 1, "alef_maqsura/changed": 1, "ta_marbuta/changed": 1},
    ),
    # negative cases: clean text, and what a preset leaves alone, pass through untouched
    ("default", "أعلن مسؤول كبير في الإدارة الأميركية التوصل إلى اتفاق.", None, {}),
    ("default", "إلى مدينةٍ", None, {}),
    ("lossless", "الســـلام", None, {}),
    ("none", "الســـلام  عليكم\u200b", None, {}),
]


@pytest.mark.parametrize(("preset", "text", "expected", "counts"), FORMAT_CASES)
def test_formatter_cleans_like_arclean_clean_and_counts_each_change(preset, text, expected, counts) -> None:
    expected = text if expected is None else expected
    step = ArcleanFormatter(preset)
    (out,) = run(step, docs(text))
    assert out.text == expected == arclean.clean(text, preset=preset)
    assert out.id == "0" and out.metadata == {"url": "https://example.com/0"}
    stats = totals(step)
    assert {k: v for k, v in stats.items() if "/" in k} == counts
    assert stats["total"] == 1
    assert stats["chars_removed"] == len(text) - len(expected)
    assert stats.get("docs_changed", 0) == (expected != text)


def test_stats_add_up_over_documents_and_count_non_blank_lines_removed() -> None:
    texts = [case[1] for case in FORMAT_CASES[:4]] + ["سطر أول\n\n\n\nسطر ثان\nـــ"]
    step = ArcleanFormatter("default")
    cleaned = [d.text for d in run(step, docs(*texts))]
    pipeline = arclean.pipeline("default")
    assert cleaned == [pipeline(t) for t in texts]
    expected: Counter[str] = Counter()
    for text in texts:
        expected.update(pipeline.apply_counted(text)[1])
    stats = totals(step)
    assert {k: v for k, v in stats.items() if "/" in k} == dict(expected)
    assert stats["docs_changed"] == 5
    assert stats["chars_removed"] == sum(len(t) - len(c) for t, c in zip(texts, cleaned, strict=True))
    # the ـــ line of the last text, and the ـــ and zero-width-space lines emptied in the fourth
    assert stats["lines_removed"] == 3
    assert step.stats["whitespace/changed"].n == 3  # the documents the pass touched: 1st, 4th and 5th


def test_count_changes_false_keeps_document_stats_only() -> None:
    text = FORMAT_CASES[0][1]
    step = ArcleanFormatter("default", count_changes=False)
    (out,) = run(step, docs(text))
    assert out.text == arclean.clean(text)
    assert set(totals(step)) == {"total", "docs_changed", "chars_removed", "lines_removed"}


@dataclasses.dataclass(frozen=True)
class DropRelatedLinks(Pass):
    """A stand-in for a content-removing pass: drops "اقرأ أيضا" lines with kind ``related``."""

    name = "drop_related"

    def explain(self, text: str) -> Explanation:
        lines = text.split("\n")
        changes = tuple(
            Change(self.name, "prefix", line, "", line=i, kind="related")
            for i, line in enumerate(lines)
            if line.startswith("اقرأ أيضا")
        )
        kept = [line for line in lines if not line.startswith("اقرأ أيضا")]
        return Explanation("\n".join(kept), changes)

    def apply(self, text: str) -> str:
        return self.explain(text).text


def test_stats_come_from_whatever_passes_the_pipeline_holds() -> None:
    pipeline = arclean.Pipeline((DropRelatedLinks(), arclean.build_pass({"type": "tatweel"})))
    text = "الخبر الأول\nاقرأ أيضاً: الخبر الثاني\nاقرأ أيضا: الخبر الثالث\nنهاية الخبـــر"
    step = ArcleanFormatter(pipeline)
    (out,) = run(step, docs(text))
    assert out.text == "الخبر الأول\nنهاية الخبر"
    stats = totals(step)
    assert stats["drop_related/related"] == 2
    assert stats["tatweel/changed"] == 1
    assert stats["lines_removed"] == 2
    assert count_changes(pipeline.explain(text).changes) == pipeline.apply_counted(text)[1]


def test_keep_original_keeps_the_text_before_cleaning_of_changed_documents_only() -> None:
    changed, unchanged = "الســـلام", "السلام"
    out = run(ArcleanFormatter("default", keep_original=True), docs(changed, unchanged))
    assert [d.text for d in out] == ["السلام", "السلام"]
    assert out[0].metadata[ORIGINAL_KEY] == changed
    assert ORIGINAL_KEY not in out[1].metadata
    assert all(ORIGINAL_KEY not in d.metadata for d in run(ArcleanFormatter("default"), docs(changed)))


def test_formatter_handles_an_empty_stream() -> None:
    step = ArcleanFormatter("default")
    assert run(step, []) == []
    assert list(ArcleanFormatter("default", keep_original=True).run(None)) == []


# ---------------------------------------------------------------------------- crossing process boundaries
@pytest.mark.parametrize(
    "roundtrip",
    [lambda s: pickle.loads(pickle.dumps(s)), lambda s: dill.loads(dill.dumps(s)), copy.deepcopy],
    ids=["pickle", "dill", "deepcopy"],
)
def test_formatter_survives_pickle_dill_and_deepcopy(roundtrip) -> None:
    step = ArcleanFormatter("search", {"digits": False}, keep_original=True)
    clone = roundtrip(step)
    assert clone.config == step.config
    assert clone.pipeline.to_config() == step.pipeline.to_config()
    assert clone.keep_original and clone.count_changes
    text = "إلى مدينةٍ ٢٠٢٤"
    assert [d.text for d in run(clone, docs(text))] == ["الي مدينه ٢٠٢٤"]


def test_executor_json_holds_the_replayable_config_not_the_compiled_pipeline() -> None:
    step = ArcleanFormatter("search", {"digits": False})
    assert "_pipeline" not in vars(step)
    recorded = json.loads(json.dumps(step, cls=ExecutorJSONEncoder))
    assert set(recorded) == {"config", "count_changes", "keep_original"}
    assert arclean.load_pipeline(recorded["config"]).to_config() == step.pipeline.to_config()


# ---------------------------------------------------------------------------- properties
@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("سلام عليكـ\u200c\u200b\n ،.ﻻأإىة٢"), max_size=40), max_size=5))
def test_formatter_output_and_stats_agree_with_the_pipeline_for_any_text(texts: list[str]) -> None:
    pipeline = arclean.pipeline("search")
    step = ArcleanFormatter(pipeline)
    out = [d.text for d in run(step, docs(*texts))]
    assert out == [pipeline(t) for t in texts]
    stats = totals(step)
    assert stats.get("chars_removed", 0) == sum(len(t) - len(o) for t, o in zip(texts, out, strict=True))
    assert stats.get("total", 0) == len(texts)


# ---------------------------------------------------------------------------- the filter
FILTER_CASES = [
    # (text, min_words, min_chars, expected)
    ("", 0, 0, (False, "empty")),
    ("  \n\t ", 0, 0, (False, "empty")),
    ("نص", 0, 0, True),
    ("نص قصير", 3, 0, (False, "too_few_words")),
    ("٢٠٢٤ - ١٢ .", 1, 0, (False, "too_few_words")),  # numbers and punctuation are not words
    ("هذا نص أطول قليلا", 3, 0, True),
    ("وَقَالَ الْمُتَحَدِّثُ إِنَّ", 3, 0, True),  # diacritics do not split words
    ("نعم", 0, 4, (False, "too_few_chars")),
    ("نعم لا", 0, 5, True),
    ("نعم\n\nلا", 0, 6, (False, "too_few_chars")),  # whitespace does not count
    ("-=" * 50_000 + " نعم", 2, 0, (False, "too_few_words")),  # a long token without letters (ASCII art, tables)
]


@pytest.mark.parametrize(("text", "min_words", "min_chars", "expected"), FILTER_CASES)
def test_filter_drops_empty_and_short_documents_with_a_reason(text, min_words, min_chars, expected) -> None:
    (doc,) = docs(text)
    assert MinLengthFilter(min_words=min_words, min_chars=min_chars).filter(doc) == expected


@pytest.mark.parametrize(
    "kwargs", [{"min_words": -1}, {"min_chars": 2.5}, {"min_words": True}, {"min_chars": "10"}], ids=str
)
def test_filter_rejects_bad_thresholds(kwargs) -> None:
    with pytest.raises(ConfigError, match="must be an int >= 0"):
        MinLengthFilter(**kwargs)


def test_filter_writes_dropped_documents_with_reason_and_original_to_the_exclusion_writer(tmp_path: Path) -> None:
    texts = [
        "ـــ\u200b",
        "شكراً لكم",
        "أعلن مسؤول كبير في الإدارة الأميركية التوصل إلى اتفاق",
        "الســـلام  عليكم يا أصدقاء",
    ]
    writer = JsonlWriter(str(tmp_path), output_filename="excluded.jsonl", compression=None)
    cleaned = run(ArcleanFormatter("default", keep_original=True), docs(*texts))
    length_filter = MinLengthFilter(min_words=3, exclusion_writer=writer)
    kept = run(length_filter, cleaned)

    assert [(d.id, d.text) for d in kept] == [
        ("2", texts[2]),
        ("3", "السلام عليكم يا أصدقاء"),
    ]
    assert all(ORIGINAL_KEY not in d.metadata for d in kept)
    excluded = [json.loads(line) for line in (tmp_path / "excluded.jsonl").open(encoding="utf-8")]
    assert [(d["id"], d.get("text", ""), d["metadata"].get("filter_reason")) for d in excluded] == [
        ("0", "", "empty"),
        ("1", "شكراً لكم", "too_few_words"),
    ]
    assert excluded[0]["metadata"][ORIGINAL_KEY] == texts[0]
    assert ORIGINAL_KEY not in excluded[1]["metadata"]  # unchanged by cleaning: its text is the original
    stats = totals(length_filter)
    assert stats["dropped_empty"] == stats["dropped_too_few_words"] == 1
    assert stats["forwarded"] == 2 and stats["dropped"] == 2


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("نص ع-٢.\n\u200bَ"), max_size=30),
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=0, max_value=6),
)
def test_filter_agrees_with_the_plain_definition(text: str, min_words: int, min_chars: int) -> None:
    words = sum(1 for token in text.split() if any(c.isalpha() for c in token))
    chars = sum(1 for c in text if not c.isspace())
    expected = (
        (False, "empty")
        if not text.strip()
        else (False, "too_few_words")
        if words < min_words
        else (False, "too_few_chars")
        if chars < min_chars
        else True
    )
    assert MinLengthFilter(min_words=min_words, min_chars=min_chars).filter(Document(text=text, id="0")) == expected
