"""Integrations stay optional: ``import arclean`` never imports an engine, and a missing engine says what to install."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINES = ("datatrove", "ray", "datasets", "pyarrow", "loguru", "huggingface_hub")


def python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_import_arclean_imports_no_engine() -> None:
    result = python(
        "import sys, arclean, arclean.integrations, arclean.cli\n"
        "assert arclean.clean('الســلام') == 'السلام'\n"
        "arclean.pipeline('search')\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {ENGINES!r}))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_missing_datatrove_names_the_extra_to_install() -> None:
    result = python("import sys\nsys.modules['datatrove'] = None\nimport arclean.integrations.datatrove")
    assert result.returncode != 0
    assert (
        "ImportError: arclean.integrations.datatrove needs datatrove: pip install 'arclean[datatrove]'" in result.stderr
    )
