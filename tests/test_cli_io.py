"""The library under the command: encodings, JSONL splicing, atomic files, the manifest, input planning, learning."""

from __future__ import annotations

import dataclasses
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arclean
from arclean.io import (
    AtomicFile,
    BinaryInputError,
    InputError,
    MalformedRecord,
    Manifest,
    decode,
    find_field,
    format_of,
    iter_lines,
    line_encoding,
    replace_field,
    sweep_parts,
)
from arclean.io.jsonl import Oversized
from arclean.io.manifest import Entry
from arclean.passes.chrome import Boilerplate, learn_boilerplate
from arclean.runner import FileJob, Settings, UsageError, clean_document, learn_and_insert, plan_inputs
from arclean.runner.work import use_settings

ARABIC = "قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة."


# --------------------------------------------------------------------- encodings
@pytest.mark.parametrize(
    ("data", "encoding", "how"),
    [
        (ARABIC.encode("utf-8"), "utf-8", "utf-8"),
        (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "utf-8-sig", "bom"),
        (ARABIC.encode("utf-16"), "utf-16", "bom"),
        (b"\xfe\xff" + ARABIC.encode("utf-16-be"), "utf-16", "bom"),
        (ARABIC.encode("utf-16-le"), "utf-16-le", "detected"),  # no mark: the NUL bytes of the spaces tell
        (ARABIC.encode("cp1256"), "cp1256", "detected"),
        ("مرحبا بكم".encode("cp1256"), "cp1256", "detected"),  # short: the detector's first guess is Cyrillic
        (ARABIC.encode("iso-8859-6"), "iso8859-6", "detected"),
    ],
)
def test_decode_finds_the_encoding(data: bytes, encoding: str, how: str) -> None:
    decoded = decode(data)
    assert (decoded.text.lstrip("\ufeff"), decoded.how) == (ARABIC if len(decoded.text) > 20 else "مرحبا بكم", how)
    assert decoded.encoding.replace("_", "-") == encoding


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(256)) * 8,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200),
    ],
)
def test_binary_files_are_recognised(data: bytes) -> None:
    with pytest.raises(BinaryInputError, match=r"^binary file"):
        decode(data)


def test_an_encoding_given_is_obeyed_and_a_wrong_one_said() -> None:
    assert decode(ARABIC.encode("cp1256"), "cp1256").text == ARABIC
    with pytest.raises(InputError, match=r"not valid utf-8: byte 0x\w\w at offset 0 \(as given by --encoding\)"):
        decode(ARABIC.encode("cp1256"), "utf-8")


def test_line_encoding_assumes_utf8_unless_the_sample_says_otherwise() -> None:
    jsonl = json.dumps({"text": ARABIC}, ensure_ascii=False).encode("utf-8")
    assert line_encoding(jsonl[:25]).encoding == "utf-8"  # cut inside a character: still UTF-8
    assert line_encoding(jsonl + b"\n" + b'{"text": "\xff"}\n').encoding == "utf-8"  # one bad line late on
    assert line_encoding(json.dumps({"text": ARABIC}, ensure_ascii=False).encode("cp1256")).encoding == "cp1256"
    assert line_encoding(b"", "cp1256").how == "given"


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        # A few words: a detector guesses UTF-16, Big5 or Shift-JIS; the code pages are tried first.
        ("مرحبا\n", "cp1256", "cp1256"),
        ("عاجل\n", "cp1256", "cp1256"),
        ("وزارة الصحة\n", "cp1256", "cp1256"),
        ("الســلام", "iso-8859-6", "iso8859-6"),  # ـ is a Latin letter in Windows-1256: not read as it
        ("أخبار اليوم، وزارة الصحة تعلن عن حملة جديدة", "iso-8859-6", "iso8859-6"),  # و ي ه are è ê ç in 1256
        ("Bonjour à tous, naïve déjà\n", "latin-1", "cp1252"),  # not Central European
        ("مرحبا بكم في الموقع، Bienvenue à tous\n", "cp1256", "cp1256"),  # Arabic with some French
        ("Zażółć gęślą jaźń, źdźbło\n", "cp1250", "cp1250"),  # ł would be ³ in 1252: left to the detector
    ],
)
def test_short_texts_in_a_code_page_are_read_right(text: str, codec: str, expected: str) -> None:
    decoded = decode(text.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.how) == (text, expected, "detected")
    if codec != "cp1250":  # too few bytes for a line-by-line guess by the detector
        assert line_encoding(text.encode(codec)).encoding == expected


def test_arabic_among_more_ascii_letters_is_still_read_as_arabic() -> None:
    record = '{"url": "https://example.com/article-%d", "title": "breaking news", "text": "مرحبا بكم في الموقع"}'
    jsonl = "\n".join(record % i for i in range(20)).encode("cp1256")
    assert decode(jsonl).encoding == line_encoding(jsonl).encoding == "cp1256"
    line = "Welcome to our website about technology and science. مرحبا بكم في موقعنا\n"
    assert decode(line.encode("cp1256")).text == line
    # An ASCII head says nothing: the code page is not guessed from it (the detector decides, or fails)
    head = b"The quick brown fox.\n" * 13000 + "مرحبا بكم في موقعنا\n".encode("cp1256") * 50
    with pytest.raises(InputError):
        decode(head)


def test_utf8_with_a_bad_byte_is_not_read_as_a_code_page() -> None:
    arabic = (ARABIC + "\n").encode("utf-8") * 3  # its bytes D8 D9 read as ط ظ in Windows-1256
    with pytest.raises(InputError, match=r"not valid UTF-8: byte 0xe9 at offset 0, though the rest reads as UTF-8"):
        decode(b"\xe9\n" + arabic)
    assert line_encoding(b'{"text": "\xe9"}\n' + arabic).encoding == "utf-8"  # that line alone is rejected


# --------------------------------------------------------------------- JSONL
@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1, 2]", "not a JSON object (column 1)"),
        ('{"text": "نص"} trailing', "extra data after the object (column 16)"),
        ('{"text": "نص",}', "expected a quoted key (column 15)"),
        ('{"text" "نص"}', "expected ':' after a key (column 9)"),
        ('{"text": نص}', "Expecting value (column 10)"),
        ("", "not a JSON object (column 1)"),
    ],
)
def test_malformed_records_say_where(line: str, message: str) -> None:
    with pytest.raises(MalformedRecord) as excinfo:
        find_field(line, "text")
    assert str(excinfo.value) == message


def test_replace_field_touches_only_the_text_value() -> None:
    line = '{ "id":7 ,"text" : "السلام  عليكم", "n": 1.50e3, "nested": {"text": "داخلي"}, "text2": "x" }'
    field = find_field(line, "text")
    assert field is not None and field.value == "السلام  عليكم"
    assert replace_field(line, field, "السلام عليكم") == line.replace("السلام  عليكم", "السلام عليكم")
    escaped = json.dumps({"text": "سلام", "id": 1})  # ASCII escapes stay ASCII escapes
    field = find_field(escaped, "text")
    assert field is not None
    assert replace_field(escaped, field, "سلام!") == json.dumps({"text": "سلام!", "id": 1})
    duplicate = '{"text": "أول", "text": "ثان"}'  # JSON's last one wins, as json.loads says
    assert find_field(duplicate, "text").value == json.loads(duplicate)["text"]  # type: ignore[union-attr]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@given(st.dictionaries(st.text(max_size=6), json_values, max_size=5), st.text(), st.text(), st.booleans())
def test_find_and_replace_agree_with_json(record: dict, old: str, new: str, ascii_only: bool) -> None:
    record = {**record, "text": old}
    line = json.dumps(record, ensure_ascii=ascii_only)
    field = find_field(line, "text")
    assert field is not None and field.value == old
    assert json.loads(replace_field(line, field, new)) == {**record, "text": new}


def test_iter_lines_skips_overlong_lines_without_loading_them() -> None:
    stream = io.BufferedReader(io.BytesIO(b"short\n" + b"x" * 5000 + b"\nlast"), buffer_size=64)  # type: ignore[arg-type]
    assert list(iter_lines(stream, limit=100)) == [(1, b"short\n"), (2, Oversized(5001)), (3, b"last")]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", "txt"),
        ("a.JSONL", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.jsonl.gz", "jsonl.gz"),
        ("a.jsonl.zst", "jsonl.zst"),
        ("a.parquet", "parquet"),
        ("a.json", None),
        ("a.txt.gz", "txt.gz"),
        ("a.txt.zst", "txt.zst"),
        ("a.txt.bz2", None),
    ],
)
def test_formats_by_name(name: str, fmt: str | None) -> None:
    found = format_of(name)
    assert (found.name if found else None) == fmt


# --------------------------------------------------------------------- atomic files, manifest
def test_atomic_file_appears_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.txt"
    with pytest.raises(RuntimeError), AtomicFile(target, run_id="1-a") as f:
        f.write("نصف".encode())
        raise RuntimeError("killed half way")
    assert not target.exists() and list((tmp_path / "sub").iterdir()) == []
    with AtomicFile(target, run_id="1-a") as f:
        f.write("كامل".encode())
    assert target.read_text(encoding="utf-8") == "كامل"
    assert f.size == len("كامل".encode())


def test_sweep_removes_parts_of_dead_runs_only(tmp_path: Path) -> None:
    dead = tmp_path / ".a.txt.999999999-ab.arclean-part"
    alive = tmp_path / f".b.txt.{os.getpid()}-cd.arclean-part"
    mine = tmp_path / f".c.txt.{os.getpid()}-ef.arclean-part"
    other = tmp_path / "keep.arclean-part.txt"
    for p in (dead, alive, mine, other):
        p.write_text("x")
    assert sweep_parts([tmp_path]) == 1
    assert sweep_parts([tmp_path], run_id=f"{os.getpid()}-ef") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, other.name])


def test_manifest_verifies_input_output_and_options(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.txt", tmp_path / "out" / "in.txt"
    src.write_text("الســلام", encoding="utf-8")
    with AtomicFile(dst, run_id="1-a") as f:
        f.write("السلام\n".encode())
    from arclean.io.atomic import file_sha256

    st_ = src.stat()
    manifest = Manifest(tmp_path / "out")
    manifest.add(Entry("in.txt", str(src), st_.st_size, st_.st_mtime_ns, file_sha256(src), "opts", f.size, f.sha256))
    manifest.close()
    with open(tmp_path / "out" / ".arclean-manifest.jsonl", "a") as m:
        m.write('{"output": "torn')  # a run killed while appending
    again = Manifest(tmp_path / "out")
    assert again.is_complete("in.txt", src, dst, "opts")
    assert not again.is_complete("in.txt", src, dst, "other options")
    os.utime(src, ns=(st_.st_atime_ns, st_.st_mtime_ns + 10**9))  # touched, same bytes: still complete
    assert again.is_complete("in.txt", src, dst, "opts")
    dst.write_text("السلا", encoding="utf-8")  # truncated output
    assert not again.is_complete("in.txt", src, dst, "opts")


# --------------------------------------------------------------------- planning
def _tree(root: Path) -> Path:
    for rel in ("a/x.txt", "a/b/y.jsonl", "a/b/z.md", "a/.git/hidden.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("نص", encoding="utf-8")
    return root / "a"


def test_plan_mirrors_folders_files_and_globs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    plan = plan_inputs(["a"], Path("out"))
    assert [(j.rel, str(j.target)) for j in plan.jobs] == [("x.txt", "out/x.txt"), ("b/y.jsonl", "out/b/y.jsonl")]
    assert plan.ignored == {".md": 1}  # z.md; the hidden folder is not even looked at
    assert [j.rel for j in plan_inputs(["a/b/z.md"], Path("out")).jobs] == ["z.md"]  # named: read as text
    assert [j.rel for j in plan_inputs(["a/**/*.jsonl"], Path("out")).jobs] == ["b/y.jsonl"]
    assert [m.text for m in plan_inputs(["a/*.nope"], Path("out")).problems] == ["no file matches this pattern"]
    with pytest.raises(UsageError, match="inside the input folder"):
        plan_inputs(["a"], folder / "out")
    forced = plan_inputs(["a"], folder / "b", force=True)
    assert [j.rel for j in forced.jobs] == ["x.txt"]  # the output folder is not read as input


def test_plan_refuses_an_output_file_in_place_of_a_folder(tmp_path: Path) -> None:
    folder = _tree(tmp_path)
    with pytest.raises(UsageError, match="is not a folder"):
        plan_inputs([str(folder)], folder / "x.txt")


# --------------------------------------------------------------------- the learning hook
def test_learned_pass_sees_documents_as_it_will_clean_them_and_is_inserted(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(5):
        (docs / f"{i}.txt").write_text(f"مقال رقم {i} بالتطويـــل\nشارك الخبر\nشوف البيان", encoding="utf-8")
    jobs = plan_inputs([str(docs)], tmp_path / "out").jobs
    seen: list[str] = []

    def learner(documents: Iterable[str]) -> Boilerplate:  # the real learner, watched
        seen.extend(documents)
        return learn_boilerplate(seen)

    settings = Settings(arclean.pipeline("default"))
    pipeline = learn_and_insert(jobs, settings, learner, stage=Boilerplate.stage)
    # Through unicode..chrome only: tatweel gone, the share line dropped by chrome, punctuation not yet run.
    assert seen == [f"مقال رقم {i} بالتطويل\nشوف البيان" for i in range(5)]
    assert pipeline.names == ["unicode", "invisible", "tatweel", "chrome", "boilerplate", "punctuation", "whitespace"]
    use_settings(dataclasses.replace(settings, pipeline=pipeline))
    assert clean_document("مقال جديد عن الاقتصاد\nشوف البيان").text == "مقال جديد عن الاقتصاد"


def test_clean_document_counts_give_the_pipelines_text(monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    for preset in ("default", "search"):
        pipe = arclean.pipeline(preset)
        use_settings(Settings(pipe))
        for seed in seeds:
            text = seed.read_text(encoding="utf-8")
            assert clean_document(text).text == pipe(text)


def test_file_job_pickles(tmp_path: Path) -> None:
    import pickle

    job = plan_inputs([str(_tree(tmp_path))], tmp_path / "out").jobs[0]
    assert isinstance(pickle.loads(pickle.dumps(job)), FileJob)


@given(
    st.lists(st.binary(max_size=40) | st.text(max_size=30).map(lambda t: json.dumps({"text": t}).encode()), max_size=8)
)
def test_a_chunk_of_any_bytes_is_cleaned_without_raising_and_loses_no_line(lines: list[bytes]) -> None:
    from arclean.runner.work import Chunk, clean_chunk

    use_settings(Settings(arclean.pipeline("default")))
    raw = [(i + 1, line.replace(b"\n", b" ") + b"\n") for i, line in enumerate(lines)]
    result = clean_chunk(Chunk("shard.jsonl", "jsonl", "utf-8", raw))
    kept = result.data.count(b"\n")
    assert kept + result.stats.records_rejected == len(lines)  # every line is written or rejected, none lost
    assert len(result.rejects) == result.stats.records_rejected
    as_lines = clean_chunk(Chunk("sentences.txt", "lines", "utf-8", raw))
    assert as_lines.data.count(b"\n") == len(lines)  # line mode keeps the line count, whatever the bytes


@pytest.mark.parametrize(
    ("unit", "passes", "stdin", "expected"),
    [
        ("auto", ("tatweel", "whitespace"), True, "line"),  # keeps lines: one sentence per line stays so
        ("auto", ("chrome", "whitespace"), True, "document"),  # removes lines: needs the whole page
        ("auto", ("tatweel",), False, "document"),  # a .txt file is one document
        ("line", ("chrome",), True, "line"),
        ("document", ("tatweel",), True, "document"),
    ],
)
def test_stdin_unit_follows_what_the_pipeline_may_lose(unit: str, passes: tuple, stdin: bool, expected: str) -> None:
    from arclean.cli.common import resolve_unit

    pipeline = arclean.Pipeline(tuple(arclean.PASSES[p]() for p in passes))
    assert resolve_unit(unit, pipeline, stdin) == expected
