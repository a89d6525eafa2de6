"""The repository itself: lint clean, CI runs the README's command, docs examples hold."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_command(marker: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- {marker} -->\s*```sh\n(.+?)\n```", readme, re.S)
    assert match, f"README has no {marker} block"
    return match.group(1).strip()


def test_ci_runs_the_readme_test_command() -> None:
    command = readme_command("test-command")
    assert "pip install -e \".[test" in command and "pytest" in command
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in script  # it reads the command from the README, so they cannot drift


def test_readme_main_command_cleans_the_seeds() -> None:
    assert readme_command("main-command").endswith("arclean clean seeds/*.txt -o cleaned")


def test_ruff_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_is_typed() -> None:
    assert (ROOT / "arclean" / "py.typed").exists()


def test_ci_installs_every_optional_test_dependency() -> None:
    """Some test modules skip when an extra is missing (for a developer without it); CI must not skip them."""
    if not os.environ.get("CI"):
        return
    for module in ("datatrove", "ray", "datasets", "pyarrow", "camel_tools", "pyarabic"):
        assert importlib.util.find_spec(module) is not None, f"CI did not install {module}"
