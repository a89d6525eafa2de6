"""`--learn-boilerplate`, `--save-boilerplate`, `--boilerplate`: the command with the real learner, end to end.

The corpus is six news pages (sentences from seeds/) that share a site's header and footer lines,
which no lexicon of the chrome pass knows; the real learner (``arclean.passes.chrome``, default
thresholds: a line in 5 documents or more) must find them, and every body line must survive.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arclean.cli import main
from arclean.passes.chrome import Boilerplate, load_boilerplate
from arclean.passes.chrome.features import shape
from tests.cli_helpers import outputs

HEADER = "شوف البيان"
FOOTER = "نشرة البيان الصباحية كل يوم"
ARTICLES = [  # (title, paragraph), one per page
    (
        "واشنطن تنهي المهام القتالية لقواتها في العراق",
        "أعلن مسؤول كبير في الإدارة الأميركية التوصل إلى اتفاق ينهي رسميا المهام القتالية للقوات الأمريكية"
        " في العراق بنهاية 2021، بعد أكثر من 18 عاما على دخول القوات الأمريكية البلاد.",
    ),
    (
        "واشنطن وبغداد تتفقان على انسحاب القوات الأميركية من العراق",
        "وأكد البلدان في بيان مشترك إثر هذه المحادثات الإستراتيجية الافتراضية أن مهمة الولايات المتحدة"
        " وقوات التحالف تحولت إلى مهمة تدريب ومشورة.",
    ),
    (
        "قوات التحالف تنهي مهامها القتالية في العراق",
        "أعلن مستشار الأمن القومي العراقي قاسم الأعرجي الأربعاء انتهاء المهام القتالية لقوات التحالف"
        " والانتقال إلى مهمة التدريب والاستشارة بعد سبع سنوات من محاربة تنظيم الدولة الإسلامية.",
    ),
    (
        "بايدن يستقبل الكاظمي ويعلن انتهاء المهمة القتالية بالعراق",
        "وتمحور لقاء بايدن والكاظمي بشكل أساسي حول وجود القوات الأمريكية في العراق وعلى نطاق أوسع، قدرة"
        " بغداد على التصدي لخلايا تنظيم داعش المتبقية.",
    ),
    (
        "الولايات المتحدة تعيد التفكير في سحب القوات من العراق",
        "وقال السكرتير الصحفي للبنتاغون جون كيربي للصحفيين إن وفدا عسكريا بقيادة مستشار الأمن القومي"
        " العراقي التقى مع كبار مسؤولي البنتاغون يوم الخميس.",
    ),
    (
        "الكاظمي يكابد لمنع تحول العراق إلى ساحة حرب بالوكالة",
        "ويعطي الاتفاق دفعا سياسيا قويا للكاظمي قبل ثلاثة أشهر من انتخابات نيابية مبكرة، حيث يواجه ضغوطا"
        " داخلية من الميليشيات الموالية لإيران.",
    ),
]
# A sentence two articles quote: it recurs, but in too few documents to be boilerplate.
QUOTE = (
    "ولا يزال حوالى 2500 عسكري أمريكي متواجدين في العراق وتُرسل الولايات المتحدة أيضاً بشكل متكرر إلى"
    " البلاد قوات خاصة لا تُعلن عن عديدها."
)


def _body(i: int) -> str:
    title, paragraph = ARTICLES[i]
    return f"{title}\n\n{paragraph}\n" + (f"{QUOTE}\n" if i < 2 else "")


def _corpus(folder: Path) -> Path:
    """Six pages: the site's header line, an article (sentences from seeds/), the site's footer line."""
    folder.mkdir()
    for i in range(len(ARTICLES)):
        (folder / f"{i}.txt").write_text(f"{HEADER}\n{_body(i)}\n{FOOTER}\n", encoding="utf-8")
    return folder


def _clean(src: Path, out: Path, *args: str | Path) -> int:
    return main(["clean", str(src), "-o", str(out), "-q", "-j", "1", *map(str, args)])


def _removed(folder: Path, name: str) -> list[tuple[int, str, str, str]]:
    rows = [json.loads(x) for x in (folder / f"{name}.removed.jsonl").read_text(encoding="utf-8").splitlines()]
    return [(r["line"], r["pass"], r["kind"], r["text"]) for r in rows]


def test_learned_boilerplate_drops_the_recurring_lines_keeps_the_body_and_is_saved(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "in")
    model, report, removed = tmp_path / "model.json", tmp_path / "report.json", tmp_path / "removed"
    learn = ("--learn-boilerplate", "--save-boilerplate", model, "--report", report, "--removed", removed)
    assert _clean(src, tmp_path / "out", *learn) == 0

    for i in range(len(ARTICLES)):  # header and footer gone; titles, paragraphs and the shared quote kept
        assert (tmp_path / "out" / f"{i}.txt").read_text(encoding="utf-8") == _body(i)
    assert _removed(removed, "0.txt") == [
        (1, "boilerplate", "boilerplate", HEADER),
        (7, "boilerplate", "boilerplate", FOOTER),  # line 7 of the page: after the title, paragraph and quote
    ]
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["removed_lines"] == {"boilerplate/boilerplate": 12}
    names = [p["type"] for p in data["pipeline"]["passes"]]
    assert names == ["unicode", "invisible", "tatweel", "chrome", "boilerplate", "punctuation", "whitespace"]

    loaded = load_boilerplate(model)  # the saved file is a model the library reads
    assert loaded.lines == tuple(sorted(shape(line).key for line in (HEADER, FOOTER)))  # kept as folded keys
    assert loaded(f"{HEADER}\n{ARTICLES[0][0]}\n{FOOTER}") == ARTICLES[0][0]
    assert loaded.stats["documents"] == len(ARTICLES)
    assert set(loaded.stats["documents_with_line"].values()) == {len(ARTICLES)}

    # A later run loads the model instead of learning: same outputs, same removed lines.
    again = ("--boilerplate", model, "--removed", tmp_path / "removed-again")
    assert _clean(src, tmp_path / "again", *again) == 0
    assert outputs(tmp_path / "again") == outputs(tmp_path / "out")
    assert outputs(tmp_path / "removed-again") == outputs(removed)


def test_too_few_documents_learn_nothing_and_lose_nothing(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "in")
    for i in range(2, len(ARTICLES)):  # the header and footer now recur in two documents only
        (src / f"{i}.txt").unlink()
    assert _clean(src, tmp_path / "out", "--learn-boilerplate") == 0
    assert (tmp_path / "out" / "0.txt").read_text(encoding="utf-8") == f"{HEADER}\n{_body(0)}\n{FOOTER}\n"


def test_a_changed_model_file_redoes_resumed_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _corpus(tmp_path / "in")
    model, out = tmp_path / "model.json", tmp_path / "out"
    assert _clean(src, tmp_path / "learned", "--learn-boilerplate", "--save-boilerplate", model) == 0
    resume = ["clean", str(src), "-o", str(out), "-j", "1", "--boilerplate", str(model), "--resume"]
    assert main(resume) == 0
    assert main(resume) == 0
    assert f"{len(ARTICLES)} already complete" in capsys.readouterr().err  # same model: nothing to redo

    Boilerplate(lines=(HEADER,)).save(model)  # a different model under the same name
    assert main(resume) == 0
    assert "already complete" not in capsys.readouterr().err
    assert (out / "0.txt").read_text(encoding="utf-8") == f"{_body(0)}\n{FOOTER}\n"  # redone with the new model


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "does not exist"),
        (b'{"lines": ["', "cannot read boilerplate model"),
        (b"\xff\xfe\x00binary", "cannot read boilerplate model"),
        (json.dumps({"lines": [HEADER]}).encode(), "is not an arclean boilerplate model"),
    ],
    ids=["missing", "truncated-json", "binary", "not-a-model"],
)
def test_a_missing_or_corrupt_model_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, reason: str
) -> None:
    src = _corpus(tmp_path / "in")
    model = tmp_path / "model.json"
    if content is not None:
        model.write_bytes(content)
    assert _clean(src, tmp_path / "out", "--boilerplate", model) == 2
    err = capsys.readouterr().err
    assert f"cannot load boilerplate from {model}: " in err and reason in err
    assert "Traceback" not in err
    assert not list((tmp_path / "out").glob("*.txt"))  # nothing cleaned with a model that is not there
