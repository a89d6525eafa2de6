"""Pipelines, presets, overrides and configs: the public contract other tools rely on."""

from __future__ import annotations

import itertools
import pickle
from pathlib import Path

import pytest

import arclean
from arclean import PASSES, PRESETS, ConfigError, Pipeline, Safety, load_pipeline
from arclean.pipeline import compose

LETTER_FOLDS = {"alef", "alef_maqsura", "ta_marbuta", "hamza_carriers", "persian", "diacritics", "digits"}


def test_every_pass_factory_gives_documented_defaults() -> None:
    for name, factory in PASSES.items():
        p = factory()
        assert p.name == name
        assert p.summary and factory.__doc__, f"{name} needs a summary and a docstring"
        assert p.to_config()["type"] == name


def test_presets_exist_and_describe_themselves() -> None:
    from arclean.presets import preset_description

    assert {"default", "search", "none", "lossless"} <= set(PRESETS)
    for name in PRESETS:
        assert preset_description(name)


def test_default_keeps_letters_that_carry_meaning() -> None:
    assert not LETTER_FOLDS & set(PRESETS["default"].names)
    text = "إلى مدينةٍ مسؤولة على الْبَحْرِ"
    assert arclean.clean(text) == text


def test_search_folds_aggressively() -> None:
    folded = arclean.clean("إلى مدينةٍ مسؤولة على الْبَحْرِ ٢٠٢١", preset="search")
    assert folded == "الي مدينه مسووله علي البحر 2021"


def test_lossless_preset_is_lossless() -> None:
    assert PRESETS["lossless"].safety is Safety.LOSSLESS
    assert PRESETS["lossless"].may_lose() == {}


def test_may_lose_reports_each_lossy_pass() -> None:
    lost = PRESETS["search"].may_lose()
    assert lost["diacritics"] is Safety.LOSSY and lost["alef"] is Safety.LOSSY
    assert "unicode" not in lost and "whitespace" not in lost


def test_none_preset_is_a_no_op_even_for_decomposed_text() -> None:
    assert arclean.clean("ا\u0654", preset="none") == "ا\u0654"


def test_overrides_switch_off_on_and_configure() -> None:
    assert "tatweel" not in arclean.pipeline("default", tatweel=False)
    with_diacritics = arclean.pipeline("default", diacritics=True)
    names = with_diacritics.names
    assert names.index("tatweel") < names.index("diacritics") < names.index("whitespace")
    configured = arclean.pipeline("search", diacritics={"keep_shadda": True})
    assert configured["diacritics"].keep_shadda is True  # type: ignore[attr-defined]
    assert arclean.clean("الطَّالِبُ", preset="search", diacritics={"keep_shadda": True}) == "الطّالب"
    assert arclean.clean("الطَّالِبُ", preset="default", diacritics=True) == "الطالب"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"diacritic": False}, "did you mean diacritics"),
        ({"diacritics": "yes"}, "use True"),
        ({"diacritics": {"keep": True}}, "has no option 'keep'"),
    ],
)
def test_bad_overrides_are_config_errors(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        arclean.pipeline("default", **overrides)


def test_preset_membership() -> None:
    assert "search" in PRESETS and "serch" not in PRESETS


def test_unknown_preset() -> None:
    with pytest.raises(ConfigError, match="unknown preset 'serch'"):
        arclean.clean("نص", preset="serch")


def test_clean_rejects_bytes_with_a_hint() -> None:
    with pytest.raises(TypeError, match="decode the text first"):
        arclean.clean("نص".encode())  # type: ignore[arg-type]


def test_pipeline_is_picklable_and_callable() -> None:
    p = arclean.pipeline("search")
    clone = pickle.loads(pickle.dumps(p))
    assert clone == p and clone("أحمد") == "احمد"


def test_pipeline_composes_before_and_after() -> None:
    # A decomposed أ must not lose its hamza in any preset that keeps hamza.
    assert arclean.clean("ا\u0654مس", preset="default") == "أمس"
    assert arclean.clean("ا\u0654مس", preset="lossless") == "أمس"
    assert arclean.clean("ا\u0654مس", preset="default", diacritics=True) == "أمس"


def test_pipeline_explain_collects_every_pass() -> None:
    ex = arclean.explain("الســلام  عليكم ، ﻻ", preset="search")
    assert ex.text == arclean.clean("الســلام  عليكم ، ﻻ", preset="search")
    assert {c.pass_name for c in ex} == {"unicode", "tatweel", "punctuation", "whitespace"}


def test_apply_counted_keys_by_pass_and_kind() -> None:
    text, counts = arclean.pipeline("search").apply_counted("أحمد وأمل مدينةٌ")
    assert text == "احمد وامل مدينه"
    assert counts == {"alef/changed": 2, "ta_marbuta/changed": 1, "diacritics/changed": 1}


# ------------------------------------------------------------------ configs
def test_load_from_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('[[passes]]\ntype = "tatweel"\n\n[[passes]]\ntype = "diacritics"\nkeep_shadda = true\n', "utf-8")
    p = load_pipeline(path)
    assert p.names == ["tatweel", "diacritics"]
    assert p("الطّـــالِب") == "الطّالب"


def test_load_preset_with_overrides_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('preset = "search"\n[overrides]\ndigits = false\n', "utf-8")
    assert load_pipeline(path) == arclean.pipeline("search", digits=False)


def test_load_from_dict_and_list() -> None:
    assert load_pipeline([{"type": "tatweel"}]).names == ["tatweel"]
    assert load_pipeline({"passes": [{"type": "tatweel"}]}).names == ["tatweel"]
    assert load_pipeline({"type": "tatweel"}).names == ["tatweel"]


def test_nested_pipeline_config() -> None:
    inner = {"type": "pipeline", "passes": [{"type": "tatweel"}]}
    p = load_pipeline([inner, {"type": "alef"}])
    assert p("أحـمد") == "احمد"
    assert load_pipeline(p.to_list()) == p


def test_save_writes_version_and_passes(tmp_path: Path) -> None:
    path = tmp_path / "saved.toml"
    arclean.pipeline("default").save(path)
    text = path.read_text("utf-8")
    assert text.startswith(f'arclean_version = "{arclean.__version__}"')
    assert load_pipeline(path) == arclean.pipeline("default")


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ("[[passes]\ntype=", ".toml", "is not valid TOML"),
        ("{not json", ".json", "is not valid JSON"),
        ('[[passes]]\nkind = "tatweel"\n', ".toml", "needs a 'type' key .*; got keys: 'kind'"),
        ('passes = "tatweel"\n', ".toml", "a pipeline config is a list of passes"),
        ('preset = "default"\nextra = 1\n', ".toml", "a preset config takes"),
        ('preset = "default"\noverrides = 3\n', ".toml", "'overrides' must be a table"),
    ],
)
def test_bad_config_files(tmp_path: Path, content: str, suffix: str, message: str) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, "utf-8")
    with pytest.raises(ConfigError, match=message):
        load_pipeline(path)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_pipeline(tmp_path / "nope.toml")


def test_undecodable_config_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ConfigError, match="cannot read"):
        load_pipeline(path)


def test_pipeline_rejects_non_passes() -> None:
    with pytest.raises(ConfigError, match="a pipeline holds passes, pass names or pass configs, got int 5"):
        Pipeline((PASSES["tatweel"](), 5))  # type: ignore[arg-type]


def test_explain_reports_lines_of_the_input_even_after_lines_were_removed() -> None:
    raw = "شارك هذا الخبر\nاقرأ أيضا\nعنوان الخبر\n\n\n\nقال الوزير ، إن الاتفاق نهائي.\nحقوق النشر محفوظة © 2024"
    lines = raw.split("\n")
    ex = arclean.explain(raw)
    dropped = {c.line for c in ex if c.pass_name == "chrome"}
    assert {lines[k] for k in dropped} == {"شارك هذا الخبر", "اقرأ أيضا", "حقوق النشر محفوظة © 2024"}
    (fix,) = [c for c in ex if c.pass_name == "punctuation"]
    assert fix.line is not None and lines[fix.line].startswith("قال الوزير")


@pytest.mark.parametrize(
    ("passes", "text", "expected"),
    [
        (("alef",), "آ\u0654", "ا"),  # the fold writes ا before a hamza mark; NFC would make أ
        (("alef",), "إ\u064e\u0654", "ا\u064e"),  # NFC composes across a haraka
        (("hamza_carriers",), "ؤ\u0654", "و"),
        (("tatweel", "alef"), "اـ\u0654", "ا"),  # deleting the tatweel brings letter and mark together
        (("alef_maqsura",), "ى\u0654", "ئ"),  # ي + hamza is ئ, which this fold keeps
        # marks out of canonical order once the tatweel is gone: NFC reorders, then composes
        (("tatweel", "alef"), "\u0627\u0657\u0640\u0655", "\u0627\u0657"),
        (("tatweel", "alef"), "\u0627\u0301\u0640\u0655", "\u0627\u0301"),
        (("tatweel", "hamza_carriers"), "\u0648\u0315\u0640\u0654", "\u0648\u0315"),
        (("invisible", "alef"), "\u0627\u0658\u200d\u0655", "\u0627\u0658"),
        (("tatweel", "alef"), "\u0627\u0640\U0001d167\u0654", "\u0627\U0001d167"),  # a mark beyond U+FFFF
        # marks of two classes in one map (alef: U+0653/U+0654 class 230, U+0655 class 220)
        (("alef", "hamza_carriers"), "ؤ\u0654\u0653", "و\u0653"),
        (("tatweel", "alef", "hamza_carriers"), "وـ\u0654\u0653", "و\u0653"),
        (("alef", "hamza_carriers"), "و\u0300\u0654", "و\u0300\u0654"),  # U+0300 blocks: NFC leaves it
        (("alef",), "ا\u0653\u0654", "ا"),  # آ, then ا + U+0654 = أ, folded in turn
    ],
)
def test_a_fold_reads_a_letter_and_a_composing_mark_as_one_character(
    passes: tuple[str, ...], text: str, expected: str
) -> None:
    pipe = Pipeline(tuple(PASSES[name]() for name in passes))
    assert pipe(text) == expected
    assert pipe(pipe(text)) == pipe(text)


def test_fused_folds_equal_folds_one_by_one_on_every_short_text() -> None:
    """Exhaustive over letters and the marks that compose onto them (random text rarely puts a
    letter before two marks of different classes, where the composing rule once went wrong)."""
    alphabet = "اوىيأإآؤئـ\u0653\u0654\u0655\u064e\u0300"
    folds = [PASSES[name]() for name in ("tatweel", "alef", "alef_maqsura", "hamza_carriers")]
    fused = compose(folds)
    pipe = Pipeline(tuple(folds))
    for n in range(4):
        for letters in itertools.product(alphabet, repeat=n):
            text = "".join(letters)
            one_by_one = text
            for p in folds:
                one_by_one = p(one_by_one)
            assert fused(text) == one_by_one, ascii(text)
            assert pipe(pipe(text)) == pipe(text), ascii(text)
