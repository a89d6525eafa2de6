"""`python -m arclean` as a real process: stdin to stdout, and runs that are killed or interrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import arclean
from tests.cli_helpers import RAW_ARTICLE, ROOT, outputs, run_module

LINES = [
    "الســلام  عليكم",
    "",
    "جملة ثانية ،  فيها مسافات\r",
    "سطر\u2028فيه فاصل أسطر يونيكود",
    "   ",
    "آخر سطر بلا فاصل",
]


def test_stdin_line_by_line_keeps_the_line_count(tmp_path: Path) -> None:
    data = "\n".join(LINES).encode("utf-8")
    for args in (["--passes", "tatweel,whitespace"], ["--unit", "line"], ["--preset", "search", "-j", "2"]):
        result = run_module("clean", "-", *args, cwd=tmp_path, stdin=data)
        assert result.returncode == 0, result.stderr
        out = result.stdout.decode("utf-8").split("\n")
        assert len(out) == len(LINES)
        assert out[0] == "السلام عليكم"
        assert out[1] == "" and out[4] == ""
        assert out[2].endswith("\r")  # CRLF stays CRLF
    result = run_module("clean", "-", "--passes", "tatweel,whitespace", cwd=tmp_path, stdin=data)
    assert result.stdout.decode("utf-8").split("\n") == [
        "السلام عليكم",
        "",
        "جملة ثانية ، فيها مسافات\r",
        "سطر فيه فاصل أسطر يونيكود",  # the whitespace pass made it a line break: kept as one line
        "",
        "آخر سطر بلا فاصل",
    ]


def test_stdin_line_by_line_in_a_code_page_is_read_in_it(tmp_path: Path) -> None:
    result = run_module("clean", "-", "--passes", "tatweel", cwd=tmp_path, stdin="الســلام عليكم\n".encode("cp1256"))
    assert (result.returncode, result.stdout.decode("utf-8"), result.stderr) == (0, "السلام عليكم\n", b"")


def test_explain_into_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("الســلام عليكم\n" * 5000, encoding="utf-8")  # far more output than a pipe holds
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "arclean", "explain", str(doc), "--passes", "tatweel", "--json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as reader:
        assert reader.stdout is not None and reader.stderr is not None
        assert reader.stdout.readline().startswith(b'{"source"')
        reader.stdout.close()  # `| head -1`
        assert reader.wait(timeout=60) == 0
        assert reader.stderr.read() == b""


def test_stdin_many_chunks_with_two_jobs_equals_one(tmp_path: Path) -> None:
    data = ("\n".join(LINES * 4000) + "\n").encode("utf-8")  # > 1 MB: several chunks
    one = run_module("clean", "-", "--unit", "line", "-j", "1", cwd=tmp_path, stdin=data)
    two = run_module("clean", "-", "--unit", "line", "-j", "2", cwd=tmp_path, stdin=data)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert one.stdout.count(b"\n") == data.count(b"\n")


def test_stdin_whole_document_mode_and_bad_input(tmp_path: Path) -> None:
    result = run_module("clean", "-", "--unit", "document", cwd=tmp_path, stdin=RAW_ARTICLE.encode("cp1256"))
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == arclean.clean(RAW_ARTICLE) + "\n"
    binary = run_module("clean", "-", "--unit", "document", cwd=tmp_path, stdin=b"\x00\x01\x02\x03" * 100)
    assert binary.returncode == 1
    assert binary.stderr.decode().startswith("arclean: <stdin>: error: binary file (")
    assert binary.stderr.decode().count("\n") == 1


def test_version_and_help_work_as_a_module(tmp_path: Path) -> None:
    result = run_module("--version", cwd=tmp_path)
    assert result.stdout.decode().strip() == f"arclean {arclean.__version__}"
    assert run_module("clean", "--help", cwd=tmp_path).returncode == 0


def _corpus(folder: Path, files: int = 1000) -> None:
    for i in range(files):
        sub = folder / f"part{i % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"doc{i:04d}.txt").write_text((RAW_ARTICLE + f"رقم {i}\n") * 12, encoding="utf-8")


def _start(*args: str, cwd: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "arclean", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, workers included
    )


def _wait_for_progress(proc: subprocess.Popen[bytes], manifest: Path, done: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if manifest.exists() and manifest.read_bytes().count(b"\n") >= done:
            return
        assert proc.poll() is None, "the run ended before it could be stopped"
        time.sleep(0.01)
    raise AssertionError("no progress")


def test_resume_after_sigkill_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    _corpus(tmp_path / "in")
    reference = run_module("clean", "in", "-o", "ref", "-q", cwd=tmp_path)
    assert reference.returncode == 0
    expected = outputs(tmp_path / "ref")

    proc = _start("clean", "in", "-o", "out", "-j", "2", cwd=tmp_path)
    _wait_for_progress(proc, tmp_path / "out" / ".arclean-manifest.jsonl", 20)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    partial = outputs(tmp_path / "out")
    finished = {k: v for k, v in partial.items() if ".arclean-part" not in k}
    assert 0 < len(finished) < len(expected)
    for name, data in finished.items():  # nothing that looks complete is half-written
        assert data == expected[name], name

    resumed = run_module("clean", "in", "-o", "out", "-j", "2", "--resume", cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert "already complete" in resumed.stderr.decode()
    assert outputs(tmp_path / "out") == expected  # and no temporary file is left


def test_ctrl_c_stops_cleanly_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    # enough files (25 MB) that the run is still going when the signal lands, even on a busy machine
    _corpus(tmp_path / "in", files=4000)
    proc = _start("clean", "in", "-o", "out", "-j", "2", cwd=tmp_path)
    _wait_for_progress(proc, tmp_path / "out" / ".arclean-manifest.jsonl", 5)
    # Freeze the run first, so that it cannot finish between the check and the signal on a loaded
    # machine; the interrupt is delivered when it resumes.
    os.killpg(proc.pid, signal.SIGSTOP)
    assert proc.poll() is None, "the run ended before it could be stopped"
    os.killpg(proc.pid, signal.SIGINT)
    os.killpg(proc.pid, signal.SIGCONT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "interrupted: run again with --resume" in err.decode()
    assert "Traceback" not in err.decode()
    assert not [k for k in outputs(tmp_path / "out") if ".arclean-part" in k]


def test_the_stdin_example_in_the_docs_holds(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    block = doc.split("printf '", 1)[1]
    given, rest = block.split("' | arclean clean - ", 1)
    args, rest = rest.split("\n", 1)
    shown = [line[2:] for line in rest.split("\n") if line.startswith("# ")][:2]
    text = given.replace("\\n", "\n")
    result = run_module("clean", "-", *args.split(), cwd=tmp_path, stdin=text.encode("utf-8"))
    assert result.stdout.decode("utf-8").splitlines() == shown
