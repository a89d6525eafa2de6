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
