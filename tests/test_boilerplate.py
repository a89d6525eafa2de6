"""Corpus-level boilerplate: learning from a folder, the thresholds that protect repeated body
text, saving and loading, pickling, configuration, and error paths."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

import arclean
from arclean.passes.chrome import Boilerplate, learn_boilerplate, load_boilerplate

SITE_FURNITURE = "شوف البيان"
COPYRIGHT = "جميع الحقوق محفوظة © مؤسسة البيان للصحافة"
SIGNOFF = "(واس)"
SHARED_QUOTE = "وقال الأمين العام: \"إن السلام خيار استراتيجي لا رجعة فيه مهما كانت الظروف والتحديات\"."
SHARED_PROSE = (
    "وتأتي هذه الخطوة في إطار رؤية المملكة الطموحة لتنويع مصادر الدخل، وتقليل الاعتماد على النفط خلال "
    "السنوات المقبلة."
)


def article(i: int) -> str:
    """A unique article: title and two paragraphs that differ from every other article."""
    return (
        f"افتتاح المشروع رقم {i} في المنطقة الشرقية\n\n"
        f"افتتح أمير المنطقة الشرقية أمس المشروع رقم {i} بتكلفة بلغت {100 + i} مليون ريال، بحضور عدد من المسؤولين.\n\n"
        f"وأوضح مدير المشروع أن العمل استغرق {i + 2} شهرا، وأن المرحلة الثانية ستبدأ العام المقبل."
    )


def corpus(n: int = 40) -> list[str]:
    docs = []
    for i in range(n):
        lines = [article(i)]
        if i % 2 == 0 or i < 30:
            lines.append(SITE_FURNITURE)  # on 35 of 40 pages
        if i % 4 == 0:
            lines.append(COPYRIGHT)  # 10 of 40: a quarter of the pages
        if i % 5 == 0:
            lines.append(SIGNOFF)  # 8 of 40
        if i in (3, 7):
            lines.append(SHARED_QUOTE)  # two articles quote the same sentence
        if i % 7 == 0:
            lines.append(SHARED_PROSE)  # 6 of 40 (15%): a paragraph reused by a few articles
        docs.append("\n\n".join(lines))
    return docs


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for i, text in enumerate(corpus()):
        (tmp_path / f"doc_{i:03}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def read_folder(folder: Path) -> Iterator[str]:
    for path in sorted(folder.glob("*.txt")):
        yield path.read_text(encoding="utf-8")


def test_learns_recurring_lines_from_a_folder(folder: Path) -> None:
    model = learn_boilerplate(read_folder(folder))
    assert set(model.lines) == {"شوف البيان", "جميع الحقوق محفوظه موسسه البيان للصحافه", "واس"}
    assert model.stats["documents"] == 40
    assert model.stats["documents_with_line"]["شوف البيان"] == 35


def test_thresholds_protect_repeated_body_text(folder: Path) -> None:
    model = learn_boilerplate(read_folder(folder))
    cleaned = model(corpus()[7])
    assert SHARED_QUOTE in cleaned  # in two articles only: a quotation, not boilerplate
    assert SHARED_PROSE in cleaned  # a paragraph in 15% of articles: below the prose share
    assert SITE_FURNITURE not in cleaned
    strict = learn_boilerplate(read_folder(folder), min_documents=9)
    assert "واس" not in strict.lines  # the sign-off recurs in 8 documents only
    loose = learn_boilerplate(read_folder(folder), prose_min_share=0.1)
    assert any(line.startswith("وتاتي هذه الخطوه") for line in loose.lines)


def test_cleaning_removes_whole_lines_and_their_blank_lines() -> None:
    model = learn_boilerplate(corpus())
    text = corpus()[0]
    assert model(text) == article(0) + "\n\n" + SHARED_PROSE
    assert model(model(text)) == model(text)


def test_explain_reports_boilerplate_with_its_document_share() -> None:
    model = learn_boilerplate(corpus())
    changes = model.explain(corpus()[4]).changes
    assert [(c.before, c.kind, c.rule) for c in changes] == [
        (SITE_FURNITURE, "boilerplate", "recurring-line"),
        (COPYRIGHT, "boilerplate", "recurring-line"),
    ]
    assert changes[0].score == pytest.approx(35 / 40)


def test_save_load_and_config_round_trip(tmp_path: Path) -> None:
    model = learn_boilerplate(corpus())
    path = tmp_path / "model.json"
    model.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "arclean-boilerplate" and data["documents"] == 40
    loaded = load_boilerplate(path)
    assert loaded.lines == model.lines
    assert loaded.to_config() == {"type": "boilerplate", "path": str(path)}
    assert arclean.build_pass({"type": "boilerplate", "path": str(path)}) == loaded
    pipe = arclean.load_pipeline([{"type": "chrome"}, {"type": "boilerplate", "path": str(path)}])
    assert pipe.names == ["chrome", "boilerplate"]
    text = corpus()[8]
    assert pipe(text) == loaded(arclean.PASSES["chrome"]()(text))
    assert loaded.explain(text).changes[0].score == pytest.approx(35 / 40)


def test_pickles_as_its_config(tmp_path: Path) -> None:
    model = learn_boilerplate(corpus())
    clone = pickle.loads(pickle.dumps(model))
    assert clone == model and clone(corpus()[0]) == model(corpus()[0])
    path = tmp_path / "model.json"
    model.save(path)
    loaded = load_boilerplate(path)
    assert len(pickle.dumps(loaded)) < 500  # a saved model travels as its path
    assert pickle.loads(pickle.dumps(loaded)) == loaded


def test_learning_is_streaming_and_memory_bounded() -> None:
    def stream() -> Iterator[str]:
        for i in range(300):
            yield f"سطر فريد رقم {i} لا يتكرر\n{SITE_FURNITURE}\nسطر آخر فريد {i * 7}"

    model = learn_boilerplate(stream(), bucket=20)  # forgets rare lines every 20 documents
    assert model.lines == ("شوف البيان",)


def test_empty_model_changes_nothing() -> None:
    assert Boilerplate()("أي نص\nشوف البيان") == "أي نص\nشوف البيان"
    assert learn_boilerplate([]).lines == ()


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"min_documents": 1}, ValueError),
        ({"min_share": 1.5}, ValueError),
        ({"prose_min_share": -0.1}, ValueError),
        ({"bucket": 0}, ValueError),
    ],
)
def test_bad_thresholds_are_refused(kwargs: dict[str, float], error: type[Exception]) -> None:
    with pytest.raises(error):
        learn_boilerplate(corpus(), **kwargs)


def test_documents_must_be_text() -> None:
    with pytest.raises(TypeError, match="str documents"):
        learn_boilerplate([b"bytes"])  # type: ignore[list-item]


def test_bad_model_files_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(arclean.ConfigError, match="does not exist"):
        load_boilerplate(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(arclean.ConfigError, match="cannot read"):
        load_boilerplate(bad)
    other = tmp_path / "other.json"
    other.write_text('{"lines": ["x"]}', encoding="utf-8")
    with pytest.raises(arclean.ConfigError, match="not an arclean boilerplate model"):
        arclean.build_pass({"type": "boilerplate", "path": str(other)})
    with pytest.raises(arclean.ConfigError, match="either path or lines"):
        arclean.build_pass({"type": "boilerplate", "path": str(other), "lines": ["x"]})


def test_a_short_sentence_in_a_few_documents_of_many_is_not_boilerplate() -> None:
    pages = [f"خبر رقم {i} عن الاقتصاد والأسواق في المنطقة العربية اليوم\nتابعونا على تويتر" for i in range(500)]
    for i in range(8):
        pages[i] += "\nولم يصدر أي تعليق رسمي حتى الآن."
    assert learn_boilerplate(pages).lines == ("تابعونا علي تويتر",)
