"""End-to-end tests of `arclean clean`: real folder trees, every kind of bad input, exit status and messages.

Most run the command in-process (`main([...])`) for speed; `test_cli_process.py` runs it as a
subprocess where that is the point (stdin/stdout, killing a run).
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import stat
from pathlib import Path

import pytest
import zstandard

import arclean
from arclean.cli import main
from arclean.core import PASSES, Pass, Safety
from arclean.runner import RunOptions, Settings, run
from tests.cli_helpers import (
    ARTICLE_CHROME,
    BAD_LINE,
    CLEAN_ARTICLE,
    RAW_ARTICLE,
    RECORDS,
    make_tree,
    outputs,
    snapshot,
)
from tests.test_repository import readme_command


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return make_tree(tmp_path)


def clean(*args: str | Path) -> int:
    return main(["clean", *map(str, args)])


# --------------------------------------------------------------------- the messy tree
def test_messy_tree_is_cleaned_and_every_problem_named(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(tree)
    out = tmp_path / "out"
    status = clean(tree, tmp_path / "missing-folder", "-o", out, "-j", "1")
    err = capsys.readouterr().err

    assert status == 1  # some inputs failed, the rest were cleaned
    assert snapshot(tree) == before  # inputs untouched, byte for byte
    made = outputs(out)
    assert sorted(made) == [
        "news/2024/deep/nested.txt",
        "news/article.txt",
        "news/bom.txt",
        "news/empty.txt",
        "news/huge-line.txt",
        "news/legacy-cp1256.txt",
        "news/utf16.txt",
        "shards/part-0.jsonl",
        "shards/part-0.jsonl.rejects",
        "shards/part-1.jsonl.gz",
        "shards/part-1.jsonl.gz.rejects",
        "shards/part-2.jsonl.zst",
        "shards/part-2.jsonl.zst.rejects",
    ]
    # Text files: cleaned, decoded from their encodings, written as UTF-8 with one final line break.
    assert made["news/article.txt"].decode() == arclean.clean(RAW_ARTICLE) + "\n"
    assert made["news/legacy-cp1256.txt"].decode() == "مرحبا بكم في الموقع الإخباري، نتمنى لكم قراءة ممتعة\n"
    assert made["news/utf16.txt"].decode() == "السلام عليكم\n"
    assert made["news/bom.txt"].decode() == "نص بعلامة ترتيب البايت\n"
    assert made["news/empty.txt"] == b""
    assert made["news/huge-line.txt"].decode() == arclean.clean(before["news/huge-line.txt"].decode()) + "\n"
    # Each problem named on one line, with the file (and the line for JSONL).
    lines = err.splitlines()
    assert f"arclean: {tree}/news/image.txt: error: binary file (NUL bytes); skipped" in lines
    assert f"arclean: {tree}/news/dangling.txt: error: broken symbolic link; skipped" in lines
    assert f"arclean: {tmp_path}/missing-folder: error: no such file or folder" in lines
    assert f"arclean: {tree}/news/empty.txt: note: empty file" in lines
    assert any(f"{tree}/news/legacy-cp1256.txt: note: not UTF-8; decoded as cp1256" in line for line in lines)
    for shard in ("part-0.jsonl", "part-1.jsonl.gz", "part-2.jsonl.zst"):
        assert any(line.startswith(f"arclean: {tree}/shards/{shard}:3: error: malformed JSON") for line in lines)
    assert "Traceback" not in err
    # The summary counts what happened.
    assert "file(s) cleaned, 3 failed" in err and "rejected records: 3" in err
    assert "ignored: 1 file(s)" in err


def test_jsonl_keeps_every_other_byte_and_rejects_the_bad_line(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    clean(tree / "shards", "-o", out, "-q")
    src_lines = (tree / "shards" / "part-0.jsonl").read_bytes().decode().splitlines()
    got = (out / "part-0.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(got) == 4  # the malformed line went to the rejects file
    first = json.loads(got[0])
    assert first == {**RECORDS[0], "text": "الحمد لله رب العالمين"}
    assert got[0] == src_lines[0].replace("الحمـــد لله  رب", "الحمد لله رب")  # "score": 1.50 kept as spelled
    assert got[1] == src_lines[1]  # no text field: unchanged
    assert got[2] == src_lines[3]  # nothing to clean: byte for byte, ASCII escapes and all
    assert json.loads(got[3])["text"] == arclean.clean(RAW_ARTICLE)
    assert json.loads(got[3])["meta"] == RECORDS[3]["meta"]
    reject = json.loads((out / "part-0.jsonl.rejects").read_text(encoding="utf-8"))
    assert reject["line"] == 3 and reject["raw"] == BAD_LINE and reject["error"].startswith("malformed JSON")
    # Compressed shards hold the same records, compressed the same way.
    plain = (out / "part-0.jsonl").read_bytes()
    assert gzip.decompress((out / "part-1.jsonl.gz").read_bytes()) == plain
    assert zstandard.ZstdDecompressor().stream_reader((out / "part-2.jsonl.zst").read_bytes()).read() == plain


def test_jobs_two_equals_jobs_one_including_chunked_files(tree: Path, tmp_path: Path) -> None:
    settings = Settings(arclean.pipeline("default"), chunk_bytes=200)  # many chunks per shard
    one = run(RunOptions([str(tree)], tmp_path / "one", settings, jobs=1, quiet=True))
    two = run(RunOptions([str(tree)], tmp_path / "two", settings, jobs=2, quiet=True, big_file_bytes=100))
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    assert one.stats == two.stats
    assert [str(m).replace(f"{tmp_path}/one", "OUT") for m in one.messages] == [
        str(m).replace(f"{tmp_path}/two", "OUT") for m in two.messages
    ]


def test_missing_text_field_everywhere_is_an_error_that_names_the_fields(tmp_path: Path, capsys) -> None:
    shard = tmp_path / "in" / "s.jsonl"
    shard.parent.mkdir()
    shard.write_text('{"id": 1, "content": "نص"}\n{"id": 2, "content": "آخر"}\n', encoding="utf-8")
    assert clean(tmp_path / "in", "-o", tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert "no record has a string 'text' field (line 1 has: id, content); use --text-field" in err
    assert not (tmp_path / "out" / "s.jsonl").exists()
    assert clean(tmp_path / "in", "-o", tmp_path / "out", "--text-field", "content", "-q") == 0
    assert '"content": "نص"' in (tmp_path / "out" / "s.jsonl").read_text(encoding="utf-8")


def test_oversized_jsonl_line_is_rejected_unread_and_the_rest_cleaned(tmp_path: Path, capsys) -> None:
    shard = tmp_path / "big.jsonl"
    huge = json.dumps({"text": "كلمة " * 300_000}, ensure_ascii=False)
    shard.write_text(huge + "\n" + '{"text": "الســلام"}\n', encoding="utf-8")
    assert clean(shard, "-o", tmp_path / "out", "--max-record-mb", "1") == 1
    err = capsys.readouterr().err
    assert "big.jsonl:1: error: line of 2.6 MB is over the 1 MB limit (--max-record-mb); rejected, not loaded" in err
    assert (tmp_path / "out" / "big.jsonl").read_text(encoding="utf-8") == '{"text": "السلام"}\n'
    assert json.loads((tmp_path / "out" / "big.jsonl.rejects").read_text())["size"] == len(huge.encode()) + 1


def test_undecodable_jsonl_line_is_rejected_with_its_bytes(tmp_path: Path, capsys) -> None:
    shard = tmp_path / "s.jsonl"
    shard.write_bytes('{"text": "سليم"}\n'.encode() + b'{"text": "\xff\xfe"}\n' + '{"text": "سليم"}\n'.encode())
    assert clean(shard, "-o", tmp_path / "out") == 1
    assert "s.jsonl:2: error: not valid utf-8: byte 0xff at column 11; line rejected" in capsys.readouterr().err
    reject = json.loads((tmp_path / "out" / "s.jsonl.rejects").read_text())
    assert reject["raw_base64"] == "eyJ0ZXh0IjogIv/+In0="


# --------------------------------------------------------------------- safety
def test_output_inside_input_is_refused_unless_forced(tree: Path, capsys) -> None:
    before = snapshot(tree)
    assert clean(tree, "-o", tree / "cleaned") == 2
    assert "is inside the input folder" in capsys.readouterr().err
    assert snapshot(tree) == before
    assert clean(tree, "-o", tree / "cleaned", "--force", "-q") == 1  # 1: the tree's own bad files
    assert clean(tree, "-o", tree / "cleaned", "--force", "-q", "--resume") == 1
    assert not (tree / "cleaned" / "cleaned").exists()  # the output was never read back as input


def test_an_output_never_overwrites_its_input(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("نص", encoding="utf-8")
    assert clean(doc, "-o", tmp_path) == 2
    assert "would overwrite its input" in capsys.readouterr().err
    assert doc.read_text(encoding="utf-8") == "نص"


def test_two_inputs_for_one_output_are_refused(tmp_path: Path, capsys) -> None:
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "same.txt").write_text("نص", encoding="utf-8")
    assert clean(tmp_path / "a", tmp_path / "b", "-o", tmp_path / "out") == 2
    assert "would both be written to same.txt" in capsys.readouterr().err


def test_in_place_replaces_atomically_and_keeps_the_mode(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("الســلام  عليكم", encoding="utf-8")
    doc.chmod(0o640)
    untouched = tmp_path / "clean.txt"
    untouched.write_text("نص نظيف\n", encoding="utf-8")
    mtime = untouched.stat().st_mtime_ns
    inode = doc.stat().st_ino
    assert clean(doc, untouched, "--in-place", "-q") == 0
    assert doc.read_text(encoding="utf-8") == "السلام عليكم\n"
    assert doc.stat().st_ino != inode  # a new file renamed over the old one, not rewritten in place
    assert stat.S_IMODE(doc.stat().st_mode) == 0o640
    assert untouched.stat().st_mtime_ns == mtime  # nothing to change: not rewritten
    assert [p.name for p in tmp_path.iterdir() if "arclean-part" in p.name] == []


def test_in_place_failure_leaves_the_input_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "doc.jsonl"
    original = '{"text": "الســلام"}\n{"text": "ثان"}\n'
    doc.write_text(original, encoding="utf-8")

    def crash(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("arclean.runner.work.finish_writer", crash)
    assert clean(doc, "--in-place", "-q") == 1
    assert doc.read_text(encoding="utf-8") == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.jsonl"]


def test_in_place_keeps_rejected_lines_in_the_file_and_never_touches_a_rejects_file(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "doc.jsonl"
    bad = '{"text": "الســلام'.encode()  # unterminated string
    undecodable = b'{"text": "\xff\xfe"}'
    doc.write_bytes('{"text": "الســلام"}\n'.encode() + bad + b"\n" + undecodable + b"\n")
    earlier = tmp_path / "doc.jsonl.rejects"
    earlier.write_text("an earlier run's rejects: the only copy of those lines\n", encoding="utf-8")
    for _ in range(2):  # a second run must not lose anything either
        assert clean(doc, "--in-place") == 1
        lines = doc.read_bytes().split(b"\n")
        assert lines[0] == '{"text": "السلام"}'.encode()  # cleaned
        assert lines[1:] == [bad, undecodable, b""]  # kept as they were
        err = capsys.readouterr().err
        assert "doc.jsonl:2: error: malformed JSON" in err and "line kept as it was" in err
        assert "doc.jsonl:3: error: not valid utf-8" in err
        assert "rejected records: 2 (kept as they were (--in-place))" in err
    assert earlier.read_text(encoding="utf-8").startswith("an earlier run's rejects")


def test_in_place_leaves_a_file_with_an_oversized_line_unchanged(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "doc.jsonl"
    original = '{"text": "الســلام"}\n{"text": "' + "ب" * 400_000 + '"}\n'
    doc.write_text(original, encoding="utf-8")
    assert clean(doc, "--in-place", "--max-record-mb", "0.5") == 1
    assert doc.read_text(encoding="utf-8") == original
    err = capsys.readouterr().err
    assert "doc.jsonl: error: line 2: line of 0.8 MB is over the 0.5 MB limit" in err
    assert "--in-place leaves the file unchanged" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.jsonl"]


def test_resume_skips_verified_outputs_and_redoes_stale_ones(tree: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    clean(tree, "-o", out, "-q")
    first = outputs(out)
    capsys.readouterr()
    (out / "news" / "article.txt").write_bytes(b"tampered")  # an output that no longer matches the manifest
    (tree / "news" / "nested-new.txt").write_text("ملف جديد", encoding="utf-8")
    (tree / "news" / "2024" / "deep" / "nested.txt").write_text("نص  تغير", encoding="utf-8")
    assert clean(tree, "-o", out, "--resume") == 1
    err = capsys.readouterr().err
    assert "3 file(s) cleaned, 8 already complete, 2 failed" in err
    again = outputs(out)
    assert again["news/article.txt"] == first["news/article.txt"]
    assert again["news/2024/deep/nested.txt"].decode() == "نص تغير\n"
    # Other options mean other outputs: nothing is skipped.
    assert clean(tree, "-o", out, "--resume", "--preset", "search") == 1
    assert "already complete" not in capsys.readouterr().err


# --------------------------------------------------------------------- reports
def test_report_json_and_removed_lines(tree: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    removed = tmp_path / "removed"
    out = tmp_path / "out"
    status = clean(tree / "news" / "article.txt", tree / "shards", "-o", out, "--report", report, "--removed", removed)
    assert status == 1
    assert (out / "article.txt").read_text(encoding="utf-8") == CLEAN_ARTICLE + "\n"  # every body line kept
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["exit_status"] == 1
    assert data["files"] == 4 and data["documents"] == 10 and data["records_rejected"] == 3
    # The article's three chrome lines, in the text file and in each shard's copy of it; nothing else.
    assert data["removed_lines"] == {"chrome/related": 4, "chrome/share": 4, "chrome/copyright": 4}
    assert data["normalisations"]["tatweel/documents"] == 7  # the article, twice in each shard
    assert data["errors"][0]["line"] == 3 and data["errors"][0]["source"].endswith("part-0.jsonl")
    assert [p["type"] for p in data["pipeline"]["passes"]][3] == "chrome"
    lines = [json.loads(x) for x in (removed / "article.txt.removed.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(x["line"], x["kind"], x["text"]) for x in lines] == ARTICLE_CHROME
    assert {x["pass"] for x in lines} == {"chrome"}
    shard = [json.loads(x) for x in (removed / "part-0.jsonl.removed.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(x["record"], x["line"], x["kind"]) for x in shard] == [(5, n, kind) for n, kind, _ in ARTICLE_CHROME]
    assert not (removed / "part-0.jsonl").exists()  # only files with removed lines get a removed-lines file
    assert sorted(p.name for p in removed.iterdir()) == [
        "article.txt.removed.jsonl",
        "part-0.jsonl.removed.jsonl",
        "part-1.jsonl.gz.removed.jsonl",
        "part-2.jsonl.zst.removed.jsonl",
    ]


def test_without_chrome_removal_nothing_is_removed(tree: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    args = ("-o", tmp_path / "out", "--passes", "tatweel,whitespace", "--report", report, "--removed", tmp_path / "r")
    assert clean(tree / "news" / "article.txt", *args, "-q") == 0
    assert json.loads(report.read_text(encoding="utf-8"))["removed_lines"] == {}
    assert not list((tmp_path / "r").iterdir())
    kept = (tmp_path / "out" / "article.txt").read_text(encoding="utf-8").splitlines()
    assert [text for _, _, text in ARTICLE_CHROME] == [kept[n - 1] for n, _, _ in ARTICLE_CHROME]


def test_diff_prints_and_writes_nothing(tree: Path, tmp_path: Path, capsys) -> None:
    assert clean(tree / "news" / "article.txt", tree / "shards" / "part-0.jsonl", "--diff", "--color", "never") == 1
    out = capsys.readouterr().out
    assert f"--- a/{tree}/news/article.txt" in out
    assert "-واشنطن تنهي المهام القتاليـــة لقواتها   في العراق" in out
    assert "+واشنطن تنهي المهام القتالية لقواتها في العراق" in out
    assert f"+++ b/{tree}/shards/part-0.jsonl:1" in out
    assert not list(tmp_path.glob("**/*.rejects"))
    assert clean(tree / "news" / "article.txt", "--diff", "--color", "always") == 0
    out, err = capsys.readouterr()
    assert "\x1b[31m-" in out
    assert "arclean: 1 file(s) checked (--diff: nothing written); 1 document(s), 1 changed" in err


def test_an_output_that_cannot_be_written_names_the_output_and_leaves_no_temporary_file(
    tmp_path: Path, capsys
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("الســلام", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("عليكم", encoding="utf-8")
    (tmp_path / "out" / "a.txt").mkdir(parents=True)  # a folder where the output should go
    assert clean(tmp_path / "in", "-o", tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert f"arclean: {tmp_path}/in/a.txt: error: cannot read or write: Is a directory ({tmp_path}/out/a.txt)" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".arclean-manifest.jsonl", "a.txt", "b.txt"]


# --------------------------------------------------------------------- usage
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["in"], "say where the output goes"),
        (["in", "-o", "x", "--diff"], "-o and --diff exclude each other"),
        (["in", "--in-place", "--resume"], "--resume needs -o"),
        (["in", "-o", "x", "--passes", "tatweel,nope"], "unknown pass type 'nope'"),
        (["in", "-o", "x", "--preset", "nope"], "unknown preset 'nope'"),
        (["in", "-o", "x", "--encoding", "klingon"], "unknown encoding 'klingon'"),
        (["in", "-o", "x", "--jobs", "0"], "--jobs must be at least 1"),
        (["-", "-o", "x"], "-o does not apply to standard input"),
        (["in", "-o", "x", "--save-boilerplate", "b.json"], "--save-boilerplate needs --learn-boilerplate"),
        (["in", "-o", "x", "--preset", "default", "--passes", "tatweel"], "not allowed with argument"),
        (["in", "-o", "/proc/arclean/out"], "cannot write to the output folder /proc/arclean/out"),
        (["in", "-o", "/proc"], "cannot write to the output folder /proc"),  # exists, takes no file (even root's)
        (["in", "-o", "x", "--report", "/proc/arclean/run.json"], "--report /proc/arclean/run.json: cannot write in"),
        (["in", "-o", "x", "--report", "."], "--report . is a folder"),
    ],
)
def test_usage_errors_exit_2_with_a_message(args: list[str], message: str, capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    try:
        status = main(["clean", *args])
    except SystemExit as exc:  # argparse's own errors
        status = int(exc.code or 0)
    assert status == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


@dataclasses.dataclass(frozen=True)
class LaterPass(Pass):
    """A pass defined outside arclean, here only to show that `arclean passes` lists passes registered later."""

    name = "later_pass"
    summary = "a pass registered after arclean was imported"
    SAFETY = Safety.REMOVES_CONTENT
    stage = 40

    def apply(self, text: str) -> str:
        return text


def test_passes_lists_every_registered_pass_and_preset(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PASSES, LaterPass.name, LaterPass)  # extensibility: registered after import
    assert main(["passes"]) == 0
    out = capsys.readouterr().out
    for name, cls in PASSES.items():
        if name != "pipeline":
            assert f"  {name} " in out and cls.SAFETY.value in out
    assert "  later_pass " in out  # a pass registered later shows up by itself
    for preset in arclean.PRESETS:
        assert f"  {preset}: " in out
    assert "options: max_blank_lines=1, keep_tabs=false" in out
    assert main(["passes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {p["name"] for p in data["passes"]} == set(PASSES) - {"pipeline"}


def test_explain_lists_changes_rule_by_rule_and_writes_nothing(tree: Path, capsys) -> None:
    before = snapshot(tree)
    assert main(["explain", str(tree / "news" / "article.txt")]) == 0
    out = capsys.readouterr().out
    assert "line 1:27: tatweel/U+0640: 'ـــ' → ''" in out
    assert "punctuation/space_before_mark" in out and "1 document(s), 1 with changes" in out
    rows = [x.strip() for x in out.splitlines()]
    for number, kind, text in ARTICLE_CHROME:  # each chrome line with its rule and kind
        assert any(r.startswith(f"line {number}: chrome/") and r.endswith(f"[{kind}]: '{text}' → ''") for r in rows)
    assert main(["explain", str(tree / "shards" / "part-0.jsonl"), "--json", "--limit", "1"]) == 0
    changes = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {c["source"] for c in changes} == {f"{tree}/shards/part-0.jsonl:1"}
    assert snapshot(tree) == before
    assert main(["explain", str(tree / "nope.txt")]) == 1
    assert capsys.readouterr().err == f"arclean: {tree}/nope.txt: error: no such file\n"


def test_explain_json_counts_lines_and_columns_from_one_as_the_text_output_does(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("سطر أول\nالســلام\n", encoding="utf-8")
    assert main(["explain", str(doc), "--passes", "tatweel"]) == 0
    assert "line 2:4: tatweel/U+0640: 'ــ' → ''" in capsys.readouterr().out
    assert main(["explain", str(doc), "--passes", "tatweel", "--json"]) == 0
    change = json.loads(capsys.readouterr().out)
    assert (change["line"], change["column"]) == (2, 4)
    assert arclean.explain(doc.read_text(encoding="utf-8"), preset="none", tatweel=True).changes[0].line == 1


def test_a_clean_text_file_is_reported_unchanged_by_every_pass(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("نص نظيف.\n", encoding="utf-8")  # its final line break is the file's, not the text's
    assert main(["explain", str(doc)]) == 0
    assert "1 document(s), 0 with changes, 0 change(s)" in capsys.readouterr().out
    assert clean(doc, "-o", tmp_path / "out") == 0
    err = capsys.readouterr().err
    assert "1 document(s), 0 changed" in err and "normalisations" not in err
    assert (tmp_path / "out" / "doc.txt").read_bytes() == doc.read_bytes()


@pytest.mark.parametrize("ending", ["\n", "\n\n", "\r\n", "\r\n\r\n", "", "\n\n\n"])
def test_a_pipeline_that_leaves_line_breaks_alone_gives_a_text_file_back_byte_for_byte(
    tmp_path: Path, ending: str
) -> None:
    doc = tmp_path / "in" / "doc.txt"
    doc.parent.mkdir()
    data = f"سطر أول{ending.replace(chr(10) * 2, chr(10))}سطر ثان{ending}".encode()
    doc.write_bytes(data)
    assert clean(doc, "-o", tmp_path / "out", "--preset", "none", "-q") == 0
    expected = data if ending else data + b"\n"  # a text file ends with a line break
    assert (tmp_path / "out" / "doc.txt").read_bytes() == expected


def test_data_formats_named_on_the_command_line_are_refused_not_read_as_text(tmp_path: Path, capsys) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "export.json").write_text('[{"text": "الســلام"}]', encoding="utf-8")
    (tmp_path / "in" / "export.json.gz").write_bytes(gzip.compress(b"[]"))
    (tmp_path / "in" / "notes.md").write_text("الســلام", encoding="utf-8")
    (tmp_path / "in" / "old.txt.bz2").write_bytes(b"BZh9")
    names = ("export.json", "export.json.gz", "notes.md", "old.txt.bz2")
    assert clean(*(tmp_path / "in" / n for n in names), "-o", tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert f"{tmp_path}/in/export.json: error: not a format arclean reads: a JSON document (JSONL" in err
    assert f"{tmp_path}/in/export.json.gz: error: not a format arclean reads: a JSON document" in err
    assert f"{tmp_path}/in/old.txt.bz2: error: not a format arclean reads: compressed (arclean reads" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".arclean-manifest.jsonl", "notes.md"]
    assert main(["explain", str(tmp_path / "in" / "export.json")]) == 1
    assert "not a format arclean reads: a JSON document" in capsys.readouterr().err
    # In a folder they are counted by kind; a folder with nothing to read says so.
    assert clean(tmp_path / "in", "-o", tmp_path / "out2") == 0
    assert "ignored: 4 file(s) in the folders that arclean does not read (1 .json, 1 .json.gz, 1 .md, 1 .txt.bz2)" in (
        capsys.readouterr().err
    )
    (tmp_path / "in" / "notes.md").unlink()
    (tmp_path / "empty").mkdir()
    assert clean(tmp_path / "empty", tmp_path / "in", "-o", tmp_path / "out3") == 0
    err = capsys.readouterr().err
    assert f"arclean: {tmp_path}/empty: warning: no file arclean reads in this folder\n" in err
    assert f"arclean: {tmp_path}/in: warning: no file arclean reads in this folder (3 file(s) of other kinds" in err


def test_compressed_shards_cut_short_are_errors_and_zstd_frames_are_all_read(tmp_path: Path, capsys) -> None:
    records = "".join(json.dumps({"text": f"الســلام {i}"}, ensure_ascii=False) + "\n" for i in range(3000)).encode()
    (tmp_path / "in").mkdir()
    for name, packed in (("a.jsonl.gz", gzip.compress(records)), ("b.jsonl.zst", zstandard.compress(records))):
        (tmp_path / "in" / name).write_bytes(packed[: len(packed) // 2])
    half = len(records) // 2  # two frames, as concatenated shards or a multi-threaded compressor write
    frames = zstandard.compress(records[:half]) + zstandard.compress(records[half:])
    (tmp_path / "in" / "c.jsonl.zst").write_bytes(frames)
    assert clean(tmp_path / "in", "-o", tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert f"{tmp_path}/in/a.jsonl.gz: error: cannot decompress: Compressed file ended" in err
    assert f"{tmp_path}/in/b.jsonl.zst: error: cannot decompress: the zstd stream is cut short" in err
    assert "1 file(s) cleaned, 2 failed; 3,000 document(s)" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".arclean-manifest.jsonl", "c.jsonl.zst"]


@pytest.mark.parametrize(("suffix", "compress"), [(".txt.gz", gzip.compress), (".txt.zst", zstandard.compress)])
def test_compressed_text_files_are_cleaned_and_written_compressed(
    tmp_path: Path, suffix: str, compress: object, capsys
) -> None:
    source = tmp_path / "in" / f"doc{suffix}"
    source.parent.mkdir()
    source.write_bytes(compress("الســلام  عليكم\n".encode()))  # type: ignore[operator]
    assert clean(source.parent, "-o", tmp_path / "out") == 0
    written = (tmp_path / "out" / source.name).read_bytes()
    unzstd = zstandard.ZstdDecompressor().decompressobj().decompress
    opened = gzip.decompress(written) if suffix == ".txt.gz" else unzstd(written)
    assert opened.decode("utf-8") == "السلام عليكم\n"
    assert clean(tmp_path / "out" / source.name, "--in-place", "-q") == 0  # already clean: not rewritten
    assert (tmp_path / "out" / source.name).read_bytes() == written
    source.write_bytes(written[: len(written) // 2])  # cut short
    assert clean(source, "-o", tmp_path / "out4") == 1
    assert f"{source}: error: cannot decompress" in capsys.readouterr().err


def test_readme_main_command_reproduces_the_golden_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    monkeypatch.chdir(tmp_path)
    os.symlink(seeds, tmp_path / "seeds")
    command = readme_command("main-command").split(" && ")[-1].split()  # without a shell: arclean expands the glob
    assert command[0] == "arclean"
    assert main([*command[1:], "-q"]) == 0
    expected = sorted((seeds / "expected").glob("*.txt"))
    assert sorted(p.name for p in (tmp_path / "cleaned").iterdir() if p.suffix == ".txt") == [p.name for p in expected]
    for golden in expected:
        assert (tmp_path / "cleaned" / golden.name).read_bytes() == golden.read_bytes()


def test_parquet_text_column_is_cleaned_and_the_rest_kept(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    table = pa.table({"id": [1, 2, 3], "text": ["الســلام", None, "نص  ثالث"], "lang": ["ar", "ar", "ar"]})
    pq.write_table(table, tmp_path / "t.parquet", row_group_size=2)
    assert clean(tmp_path / "t.parquet", "-o", tmp_path / "out", "-q") == 0
    got = pq.read_table(tmp_path / "out" / "t.parquet")
    assert got.schema == table.schema
    assert got.to_pydict() == {"id": [1, 2, 3], "text": ["السلام", None, "نص ثالث"], "lang": ["ar", "ar", "ar"]}


def test_unreadable_files_and_fifos_are_named_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("نص", encoding="utf-8")
    (folder / "locked.txt").write_text("نص", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":  # tests run as root, where chmod 000 does not stop reading
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert clean(folder, folder / "pipe.txt", "-o", tmp_path / "out", "-q") == 1
    err = capsys.readouterr().err.splitlines()
    assert f"arclean: {folder}/locked.txt: error: cannot read or write: Permission denied" in err
    assert f"arclean: {folder}/pipe.txt: error: not a regular file; skipped" in err
    assert (tmp_path / "out" / "ok.txt").read_text(encoding="utf-8") == "نص\n"


def test_unit_line_cleans_each_line_of_a_text_file_as_a_document(tmp_path: Path) -> None:
    doc = tmp_path / "sentences.txt"
    doc.write_text("جملة  أولى\n\n\nجملة ثانيـــة\n", encoding="utf-8")
    assert clean(doc, "-o", tmp_path / "out", "--unit", "line", "-q") == 0
    assert (tmp_path / "out" / "sentences.txt").read_text(encoding="utf-8") == "جملة أولى\n\n\nجملة ثانية\n"
    assert clean(doc, "-o", tmp_path / "whole", "-q") == 0  # a document: blank-line runs shrink
    assert (tmp_path / "whole" / "sentences.txt").read_text(encoding="utf-8") == "جملة أولى\n\nجملة ثانية\n"


def test_a_file_full_of_bad_lines_does_not_flood_the_terminal(tmp_path: Path, capsys) -> None:
    shard = tmp_path / "bad.jsonl"
    shard.write_text('{"text": "سليم"}\n' + "not json\n" * 150, encoding="utf-8")
    report = tmp_path / "report.json"
    assert clean(shard, "-o", tmp_path / "out", "--report", report) == 1
    err = capsys.readouterr().err.splitlines()
    assert sum("error: malformed JSON" in line for line in err) == 10
    assert f"arclean: {shard}: 92 more message(s) (see --report)" in err
    assert len((tmp_path / "out" / "bad.jsonl.rejects").read_text().splitlines()) == 150  # every line kept
    data = json.loads(report.read_text())
    assert data["records_rejected"] == 150 and len(data["errors"]) == 101
    assert data["errors"][-1]["text"] == "50 more problem(s) like these"


def test_empty_passes_list_is_a_usage_error_not_the_default_preset(tree: Path, tmp_path: Path, capsys) -> None:
    assert clean(tree, "-o", tmp_path / "out", "--passes", "") == 2
    assert "--passes needs at least one pass name" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_unwritable_boilerplate_model_path_is_a_usage_error(tree: Path, tmp_path: Path, capsys) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    target = tmp_path / "file" / "model.json"  # a path under a regular file
    assert clean(tree, "-o", tmp_path / "out", "--learn-boilerplate", "--save-boilerplate", target) == 2
    err = capsys.readouterr().err
    # refused before the run (it used to be found after learning from every file)
    assert f"--save-boilerplate {target}: cannot write in {tmp_path}/file" in err and "Traceback" not in err


def test_a_few_stray_bytes_in_jsonl_reject_their_line_not_the_file(tmp_path: Path, capsys) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "b.jsonl").write_bytes(b'{"text":"\xff\xfe bad"}\n' + '{"text":"نص سليم"}\n'.encode())
    assert clean(source, "-o", tmp_path / "out") == 1
    assert (tmp_path / "out" / "b.jsonl").read_text(encoding="utf-8") == '{"text":"نص سليم"}\n'
    assert "b.jsonl:1: error: not valid utf-8" in capsys.readouterr().err
    assert (tmp_path / "out" / "b.jsonl.rejects").exists()
