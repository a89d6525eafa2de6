"""`--learn-boilerplate`, `--save-boilerplate`, `--boilerplate`: the two-pass wiring of the command.

The real learner lives in ``arclean.passes.chrome``; these tests swap in a small
stand-in learner for it, so they check the command's side: documents streamed to the
learner as the learned pass will see them, the pass inserted at its stage, saved, loaded, and
counted in the resume fingerprint.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest

from arclean.cli import main
from arclean.core import PASSES, Change, Explanation, Pass, Safety

SEEN: list[str] = []


@dataclasses.dataclass(frozen=True)
class StandInBoilerplate(Pass):
    """Drops lines learned as recurring in two documents or more."""

    name = "stand_in_boilerplate"
    summary = "drop learned recurring lines"
    SAFETY = Safety.REMOVES_CONTENT
    stage = 45

    lines: tuple[str, ...] = ()

    def explain(self, text: str) -> Explanation:
        rows = text.split("\n")
        changes = tuple(
            Change(self.name, "recurring-line", row, "", line=i, kind="boilerplate")
            for i, row in enumerate(rows)
            if row in self.lines
        )
        return Explanation("\n".join(r for r in rows if r not in self.lines), changes)

    def apply(self, text: str) -> str:
        return self.explain(text).text

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps({"lines": list(self.lines)}, ensure_ascii=False), encoding="utf-8")


def learn(documents: Iterable[str], min_documents: int = 2) -> StandInBoilerplate:
    counts: Counter[str] = Counter()
    for doc in documents:
        SEEN.append(doc)
        counts.update(set(doc.split("\n")))
    return StandInBoilerplate(lines=tuple(sorted(k for k, n in counts.items() if n >= min_documents and k)))


def load(path: str | Path) -> StandInBoilerplate:
    try:
        return StandInBoilerplate(lines=tuple(json.loads(Path(path).read_text(encoding="utf-8"))["lines"]))
    except FileNotFoundError:
        raise ValueError(f"{path} does not exist") from None


@pytest.fixture
def learner(monkeypatch: pytest.MonkeyPatch) -> None:
    import arclean.passes.chrome as module  # the real package; its learner is swapped for the stand-in

    monkeypatch.setattr(module, "learn_boilerplate", learn)
    monkeypatch.setattr(module, "load_boilerplate", load)
    monkeypatch.setattr(module, "Boilerplate", StandInBoilerplate)
    monkeypatch.setitem(PASSES, StandInBoilerplate.name, StandInBoilerplate)
    SEEN.clear()


def _corpus(folder: Path) -> None:
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"خبر رقم {i} عن الاقتصـــاد\nشوف البيان\n", encoding="utf-8")


def test_learn_save_and_load_boilerplate(learner: None, tmp_path: Path) -> None:
    _corpus(tmp_path / "in")
    model, report = tmp_path / "model.json", tmp_path / "report.json"
    args = ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q", "-j", "1"]
    assert main([*args, "--learn-boilerplate", "--save-boilerplate", str(model), "--report", str(report)]) == 0
    assert SEEN == [f"خبر رقم {i} عن الاقتصاد\nشوف البيان\n" for i in range(3)]  # as stage 45 sees them
    assert json.loads(model.read_text(encoding="utf-8")) == {"lines": ["شوف البيان"]}
    assert (tmp_path / "out" / "0.txt").read_text(encoding="utf-8") == "خبر رقم 0 عن الاقتصاد\n"
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["removed_lines"] == {"stand_in_boilerplate/boilerplate": 3}
    assert [p["type"] for p in data["pipeline"]["passes"]] == [
        "unicode",
        "invisible",
        "tatweel",
        "chrome",
        "stand_in_boilerplate",
        "punctuation",
        "whitespace",
    ]

    SEEN.clear()
    fresh = ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "again"), "-q", "--boilerplate", str(model)]
    assert main(fresh) == 0
    assert SEEN == []  # loaded, not learned
    assert (tmp_path / "again" / "1.txt").read_text(encoding="utf-8") == "خبر رقم 1 عن الاقتصاد\n"


def test_a_changed_model_file_redoes_resumed_outputs(learner: None, tmp_path: Path, capsys) -> None:
    _corpus(tmp_path / "in")
    model = tmp_path / "model.json"
    StandInBoilerplate(lines=("شوف البيان",)).save(model)
    args = ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--boilerplate", str(model), "--resume"]
    assert main(args) == 0
    assert main(args) == 0
    assert "3 already complete" in capsys.readouterr().err
    StandInBoilerplate(lines=("شيء آخر",)).save(model)
    assert main(args) == 0
    assert "already complete" not in capsys.readouterr().err


def test_a_missing_model_file_is_a_usage_error(learner: None, tmp_path: Path, capsys) -> None:
    _corpus(tmp_path / "in")
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--boilerplate", "nope.json"]) == 2
    assert "cannot load boilerplate from nope.json" in capsys.readouterr().err
