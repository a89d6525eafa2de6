"""The library called the obvious way: options in the shape a user writes them, pass names where
passes are expected, config files read from their own folder, and errors that name what to fix."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arclean
from arclean import PASSES, Change, ConfigError, Pipeline, build_pass, load_pipeline
from tests.cli_helpers import run_module

Typos = PASSES["typos"]


# --------------------------------------------------------------------- 1. option shapes
@pytest.mark.parametrize(
    ("name", "options", "attribute", "stored"),
    [
        ("typos", {"protect": "غيران"}, "protect", ("غيران",)),  # one word, not its letters
        ("typos", {"kinds": "hamza"}, "kinds", ("hamza",)),
        ("typos", {"kinds": ["hamza", "ta_marbuta"]}, "kinds", ("hamza", "ta_marbuta")),
        ("typos", {"protect": {"غيران", "امس"}}, "protect", ("امس", "غيران")),  # a set, sorted
        ("typos", {"forced": {"هالشي": "هذا الشيء"}}, "forced", (("هالشي", "هذا الشيء"),)),
        ("typos", {"forced": [["هالشي", "هذا الشيء"]]}, "forced", (("هالشي", "هذا الشيء"),)),
        ("typos", {"forced": (["هالشي", "هذا الشيء"],)}, "forced", (("هالشي", "هذا الشيء"),)),
        ("typos", {"confidence": 1}, "confidence", 1),  # an int where a float is expected
        ("chrome", {"keep": "nav"}, "keep", ("nav",)),
        ("boilerplate", {"lines": "شوف البيان"}, "lines", ("شوف البيان",)),
    ],
)
def test_options_are_coerced_and_stored(name: str, options: dict[str, Any], attribute: str, stored: object) -> None:
    for p in (PASSES[name](**options), build_pass({"type": name, **options})):
        assert getattr(p, attribute) == stored
        assert type(getattr(p, attribute)) is type(stored)
        assert pickle.loads(pickle.dumps(p)) == p
        assert build_pass(p.to_config()) == p


def test_options_show_the_coerced_value() -> None:
    p = Typos(protect="غيران", forced={"هالشي": "هذا الشيء"})
    assert p.options()["protect"] == ["غيران"]
    assert p.options()["forced"] == [["هالشي", "هذا الشيء"]]


def test_one_protected_word_as_a_string_is_protected() -> None:
    assert arclean.pipeline("none", typos=True)("غيران") == "إيران"  # the word is corrected...
    assert arclean.pipeline("none", typos={"protect": "غيران"})("غيران") == "غيران"  # ...unless protected
    assert arclean.clean("غيران", passes=["typos"], typos={"protect": "غيران"}) == "غيران"


def test_one_kind_as_a_string_limits_the_kinds() -> None:
    only_hamza = Typos(kinds="hamza")
    assert only_hamza("الاول هذة") == "الأول هذة"
    assert Typos()("الاول هذة") == "الأول هذه"


def test_forced_corrections_as_a_dict_apply() -> None:
    assert Typos(forced={"هالشي": "هذا الشيء"})("قال هالشي") == "قال هذا الشيء"
    assert Typos()("قال هالشي") == "قال هالشي"


def test_a_config_file_may_give_one_word_as_a_string(tmp_path: Path) -> None:
    config = tmp_path / "typos.toml"
    config.write_text('[[passes]]\ntype = "typos"\nprotect = "غيران"\nkinds = "keyboard"\n', "utf-8")
    p = load_pipeline(config)
    assert p["typos"].protect == ("غيران",) and p["typos"].kinds == ("keyboard",)  # type: ignore[attr-defined]
    assert p("غيران غلى") == "غيران إلى"


BAD_OPTIONS = [
    ("typos", "protect", 5, "option 'protect' must be a list of str (or one str), got int 5"),
    ("typos", "protect", ["غيران", 5], "option 'protect' must be a list of str (or one str), got list ['غيران', 5]"),
    ("typos", "forced", "هالشي", "option 'forced' must be a list of [str, str] pairs (or a dict), got str 'هالشي'"),
    ("typos", "forced", [["هالشي"]], "option 'forced' must be a list of [str, str] pairs (or a dict), got list"),
    ("typos", "forced", {"هالشي": 1}, "option 'forced' must be a list of [str, str] pairs (or a dict), got dict"),
    ("typos", "confidence", "high", "option 'confidence' must be float (an int is accepted), got str 'high'"),
    ("typos", "confidence", True, "option 'confidence' must be float (an int is accepted), got bool True"),
    ("typos", "doc_name_count", 2.5, "option 'doc_name_count' must be int, got float 2.5"),
    ("digits", "separators", "yes", "option 'separators' must be bool (true or false), got str 'yes'"),
    ("digits", "to", 3, "option 'to' must be str, got int 3"),
    ("chrome", "keep", None, "option 'keep' must be a list of str (or one str), got NoneType None"),
]


@pytest.mark.parametrize(("name", "option", "value", "message"), BAD_OPTIONS)
def test_wrong_option_types_name_the_pass_option_and_type(name: str, option: str, value: object, message: str) -> None:
    expected = "^" + re.escape(f"pass '{name}': {message}")
    with pytest.raises(ConfigError, match=expected):
        PASSES[name](**{option: value})
    with pytest.raises(ConfigError, match=expected):
        build_pass({"type": name, option: value})


@given(st.text(min_size=1, max_size=12))
def test_any_one_word_round_trips(word: str) -> None:
    p = Typos(protect=word)
    assert p.protect == (word,)
    assert pickle.loads(pickle.dumps(p)) == p == build_pass(json.loads(json.dumps(p.to_config())))


# --------------------------------------------------------------------- 2. files named in a config
def _typos_config(folder: Path, **options: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "protect.txt").write_text("# names of our corpus\nغيران\n", "utf-8")
    (folder / "forced.tsv").write_text("هالشي\tهذا\n", "utf-8")
    lines = "".join(f'{k} = "{v}"\n' for k, v in options.items())
    config = folder / "clean.toml"
    config.write_text(f'[[passes]]\ntype = "typos"\n{lines}', "utf-8")
    return config


def test_relative_files_in_a_config_are_read_from_its_folder(tmp_path: Path, monkeypatch: Any) -> None:
    config = _typos_config(tmp_path / "conf", protect_file="protect.txt", forced_file="forced.tsv")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    p = load_pipeline(config)
    assert Path(p["typos"].protect_file) == tmp_path / "conf" / "protect.txt"  # type: ignore[attr-defined]
    assert p("غيران غلى هالشي") == "غيران إلى هذا"
    assert load_pipeline(Path("..") / "conf" / "clean.toml")("غيران") == "غيران"  # a relative config path too


def test_relative_files_given_in_python_stay_relative_to_the_current_directory(
    tmp_path: Path, monkeypatch: Any
) -> None:
    _typos_config(tmp_path / "conf")
    monkeypatch.chdir(tmp_path / "conf")
    assert Typos(protect_file="protect.txt")("غيران") == "غيران"
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as error:
        Typos(protect_file="protect.txt")
    assert str(error.value) == "pass 'typos': cannot read protect_file 'protect.txt': No such file or directory"


def test_absolute_files_and_preset_overrides_in_a_config(tmp_path: Path, monkeypatch: Any) -> None:
    words = tmp_path / "words" / "protect.txt"
    words.parent.mkdir()
    words.write_text("غيران\n", "utf-8")
    config = tmp_path / "conf" / "clean.json"
    config.parent.mkdir()
    overrides = {"typos": {"protect_file": str(words), "forced_file": "forced.tsv"}}
    config.write_text(json.dumps({"preset": "none", "overrides": overrides}), "utf-8")
    (config.parent / "forced.tsv").write_text("هالشي\tهذا\n", "utf-8")
    monkeypatch.chdir(tmp_path / "words")
    p = load_pipeline(config)
    assert p["typos"].protect_file == str(words)  # type: ignore[attr-defined]
    assert p("غيران هالشي") == "غيران هذا"


def test_a_missing_file_named_in_a_config_is_a_clear_error(tmp_path: Path) -> None:
    config = _typos_config(tmp_path, protect_file="no_such_list.txt")
    with pytest.raises(ConfigError) as error:
        load_pipeline(config)
    missing = tmp_path / "no_such_list.txt"
    assert str(error.value) == f"pass 'typos': cannot read protect_file '{missing}': No such file or directory"


def test_an_undecodable_word_list_says_so(tmp_path: Path) -> None:
    words = tmp_path / "protect.txt"
    words.write_bytes("غيران".encode("cp1256"))
    with pytest.raises(ConfigError, match=r"^pass 'typos': cannot read protect_file '.*': not UTF-8 text"):
        Typos(protect_file=str(words))


def test_a_saved_pipeline_finds_its_files_from_anywhere(tmp_path: Path, monkeypatch: Any) -> None:
    _typos_config(tmp_path / "lists")
    monkeypatch.chdir(tmp_path)
    built = arclean.pipeline(passes=[{"type": "typos", "protect_file": "lists/protect.txt"}])
    saved = tmp_path / "configs" / "mine.toml"
    saved.parent.mkdir()
    built.save(saved)
    assert 'protect_file = "../lists/protect.txt"' in saved.read_text("utf-8")
    monkeypatch.chdir(tmp_path / "lists")
    assert load_pipeline(saved)("غيران غلى") == "غيران إلى"


def test_the_command_reads_config_files_from_their_folder(tmp_path: Path) -> None:
    config = _typos_config(tmp_path / "conf", protect_file="protect.txt")
    result = run_module("clean", "--config", str(config), "-", cwd=tmp_path, stdin="غيران غلى\n".encode())
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == "غيران إلى"
    _typos_config(tmp_path / "bad", protect_file="missing.txt")
    result = run_module("clean", "--config", "bad/clean.toml", "-", cwd=tmp_path, stdin="غيران\n".encode())
    assert result.returncode != 0
    assert "pass 'typos': cannot read protect_file '" in result.stderr.decode()
    assert "missing.txt': No such file or directory" in result.stderr.decode()


# --------------------------------------------------------------------- 3. obvious calls
def test_a_pipeline_takes_names_configs_and_passes() -> None:
    p = Pipeline(["unicode", "tatweel", {"type": "digits", "to": "arabic_indic"}, PASSES["alef"]()])
    assert p.names == ["unicode", "tatweel", "digits", "alef"]
    assert p("الإمـارات 2024") == "الامارات ٢٠٢٤"
    assert Pipeline(["tatweel"]) == Pipeline((PASSES["tatweel"](),))
    assert pickle.loads(pickle.dumps(p)) == p


@pytest.mark.parametrize(
    ("passes", "message"),
    [
        ((5,), "a pipeline holds passes, pass names or pass configs, got int 5"),
        (("tatweell",), "unknown pass type 'tatweell' \\(did you mean tatweel\\?\\)"),
        ("tatweel", "option 'passes' must be a list, got str"),
    ],
)
def test_a_pipeline_rejects_what_is_not_a_pass(passes: Any, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Pipeline(passes)


def test_build_pass_takes_a_name() -> None:
    assert build_pass("typos") == Typos()
    assert build_pass("digits")("عام ٢٠٢١") == "عام 2021"
    p = PASSES["tatweel"]()
    assert build_pass(p) is p


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"name": "digits"}, "a pass config needs a 'type' key \\(the pass name\\); got keys: 'name'"),
        ({}, "a pass config needs a 'type' key \\(the pass name\\); got keys: none"),
        (5, "a pass is a name or a table/dict with a 'type', got int 5"),
        ("digitz", "unknown pass type 'digitz' \\(did you mean digits\\?\\)"),
    ],
)
def test_build_pass_says_what_a_config_lacks(config: Any, message: str) -> None:
    with pytest.raises(ConfigError, match=f"^{message}"):
        build_pass(config)


@pytest.mark.parametrize(
    ("name", "options", "message"),
    [
        ("digits", {"to": "roman"}, "'to' must be one of ascii, arabic_indic, extended_arabic_indic, got 'roman'"),
        ("elongation", {"max_repeat": 3}, "max_repeat must be 1 or 2"),
        ("whitespace", {"max_blank_lines": -1}, "max_blank_lines must be >= 0"),
        ("typos", {"kinds": "hamzah"}, "unknown error kind\\(s\\) \\['hamzah'\\]"),
        ("typos", {"doc_name_count": -1}, "doc_name_count must be >= 0"),
    ],
)
def test_bad_values_are_the_same_config_error_built_directly_or_from_config(
    name: str, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigError, match=f"^pass '{name}': {message}") as direct:
        PASSES[name](**options)
    with pytest.raises(ConfigError) as configured:
        build_pass({"type": name, **options})
    assert str(direct.value) == str(configured.value)
    assert isinstance(direct.value, ValueError)  # what callers caught before


def test_good_values_build() -> None:
    assert PASSES["digits"](to="arabic_indic")("2024") == "٢٠٢٤"
    assert PASSES["elongation"](max_repeat=2)("جمييييل") == "جمييل"


def test_a_pipeline_object_is_a_preset() -> None:
    mine = Pipeline(["tatweel", "digits"])
    text = "العـــام ٢٠٢٤ ،  هنا"
    assert arclean.clean(text, preset=mine) == "العام 2024 ،  هنا"
    assert arclean.clean(text) != arclean.clean(text, preset=mine)
    assert arclean.explain(text, preset=mine).text == mine(text)
    assert arclean.pipeline(mine) is mine
    assert arclean.pipeline(mine, digits=False).names == ["tatweel"]
    assert arclean.clean(text, preset=mine, digits=False) == "العام ٢٠٢٤ ،  هنا"
    assert arclean.clean(text, preset=PASSES["tatweel"]()) == "العام ٢٠٢٤ ،  هنا"  # one pass


def test_passes_runs_exactly_the_passes_listed() -> None:
    text = "العـــام ٢٠٢٤ ،  هنا"
    assert arclean.clean(text, passes=["tatweel"]) == "العام ٢٠٢٤ ،  هنا"
    assert arclean.clean(text, passes=["digits", PASSES["tatweel"]()]) == "العام 2024 ،  هنا"
    assert arclean.clean(text, passes="digits") == "العـــام 2024 ،  هنا"
    assert arclean.clean(text, passes=["tatweel"], digits=True) == "العام 2024 ،  هنا"  # overrides on top
    assert arclean.explain(text, passes=["tatweel"]).text == "العام ٢٠٢٤ ،  هنا"
    assert arclean.pipeline(passes=["digits", "tatweel"]).names == ["digits", "tatweel"]  # in the order given


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"preset": "search", "passes": ["tatweel"]}, "give a preset or passes, not both"),
        ({"preset": 5}, "a preset is a preset name or a Pipeline, got int 5"),
        ({"passes": ["tatweel", 5]}, "a pipeline holds passes, pass names or pass configs, got int 5"),
        ({"passes": ["tatweel"], "tatwel": False}, "unknown pass 'tatwel'"),
    ],
)
def test_bad_preset_or_passes(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        arclean.clean("نص", **kwargs)


def test_plain_data_calls_are_cached_and_pass_objects_are_not_kept() -> None:
    assert arclean.clean("العـام", passes=["tatweel"]) == "العام"
    before = arclean._cached_pipeline.cache_info().currsize
    arclean.clean("العـام", passes=[PASSES["tatweel"]()])
    assert arclean._cached_pipeline.cache_info().currsize == before


# --------------------------------------------------------------------- 4 and 5. docs and positions
@pytest.mark.parametrize("documented", [arclean.clean, arclean.explain, arclean.pipeline, Pipeline, Change])
def test_entry_points_show_an_arabic_example(documented: Any) -> None:
    doc = documented.__doc__ or ""
    examples = [line for line in doc.splitlines() if line.strip().startswith(">>>")]
    assert examples and any("\u0621" <= ch <= "\u064a" for line in examples for ch in line)


def test_change_positions_count_from_zero_and_print_from_one() -> None:
    text = "مرحبا بكم\nالسـلام عليكم"
    (change,) = arclean.explain(text, passes=["tatweel"]).changes
    assert (change.line, change.column) == (1, 3)
    assert text.split("\n")[change.line][change.column :].startswith(change.before)
    assert str(change).startswith("line 2:4: tatweel/")


# --------------------------------------------------------------------- 6. the built-in forced list
def test_built_in_forced_corrections_apply_with_no_forced_option() -> None:
    assert Typos(forced=())("وصل امس الان") == "وصل أمس الآن"
    assert Typos(kinds="ta_marbuta")("وصل امس") == "وصل أمس"  # whatever the kinds


def test_protect_overrides_a_built_in_forced_correction() -> None:
    assert Typos(protect="امس")("وصل امس") == "وصل امس"
    assert Typos(protect="الان")("وصل امس الان") == "وصل أمس الان"  # the others still apply
    assert Typos(protect="امس", forced={"امس": "البارحة"})("وصل امس") == "وصل البارحة"  # the user's pair wins
