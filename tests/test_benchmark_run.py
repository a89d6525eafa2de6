"""The benchmark suite's report header names the versions it measured (the suite itself is not run here)."""

from __future__ import annotations

import importlib.metadata

import pytest

import arclean
from benchmarks import run


def _no_metadata(name: str) -> str:
    raise importlib.metadata.PackageNotFoundError(name)


def test_arclean_version_comes_from_the_imported_module_when_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.metadata, "version", _no_metadata)
    assert run.package_version("arclean") == arclean.__version__
    assert f"arclean {arclean.__version__}," in run.versions()
    assert "arclean (missing)" not in run.versions()


def test_arclean_version_ignores_another_installed_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    # an installed arclean elsewhere must not be reported for the checkout being measured
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "9.9.9")
    assert run.package_version("arclean") == arclean.__version__
    assert run.package_version("regex") == "9.9.9"


def test_peer_without_metadata_falls_back_to_its_module_version(monkeypatch: pytest.MonkeyPatch) -> None:
    import regex

    monkeypatch.setattr(importlib.metadata, "version", _no_metadata)
    assert run.package_version("regex") == regex.__version__


def test_package_that_cannot_be_imported_is_missing() -> None:
    assert run.package_version("no-such-package-arclean-bench") == "(missing)"


def test_every_issue_speed_names_an_implementation_the_suite_measures() -> None:
    # a renamed peer would silently drop out of the pace
    source = (run.corpora.REPO / "benchmarks" / "peers.py").read_text(encoding="utf-8")
    given = run.issue_speeds()
    assert {s.basis for s in given.values()} == {"peer", "reference"}
    assert sum(s.basis == "peer" for s in given.values()) >= 10
    for label, speed in given.items():
        assert f'"{label}"' in source, label
        assert speed.mb_per_s and set(speed.mb_per_s) <= set(run.CORPORA)


def test_the_pipeline_is_set_against_the_target_raw_and_in_the_issue_units() -> None:
    from benchmarks.peers import Impl, Job

    assert run.render_in_issue_units([], {"plain": {}}, None) == []  # no pipeline measured: no section
    pipe = Job(run.DEFAULT_TYPOS, "preset", Impl("arclean typos", str), (), "")
    res = {
        "plain": {
            f"{run.DEFAULT_TYPOS}|arclean typos": 5.0,
            "x|pyarabic normalize_searchtext": 10.5,  # the issue: 21, so a pace of 2
            "y|decode UTF-8 bytes": 356.0,  # the issue: 356, so a pace of 1
        },
        "diacritised": {f"{run.DEFAULT_TYPOS}|arclean typos": 12.0},
    }
    text = "\n".join(run.render_in_issue_units([pipe], res, {"plain": (1.0, 1.0)}))
    assert "This run, warm: plain 5.0 MB/s (missed), diacritised 12 MB/s (met); cold" in text
    assert "| peers | 1 | 2.00 (2.00–2.00) | 10 |" in text
    assert "| references | 1 | 1.00 (1.00–1.00) | 5.0 |" in text
