"""Golden files: the `default` preset on each real seed article (seeds/expected/, reviewed by eye).

To update after a deliberate change: `python -m tests.update_golden`, then read the diff line by line
before committing it (`git diff seeds/expected`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import arclean

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def expected_path(seed: Path) -> Path:
    return SEEDS / "expected" / seed.name


def render(seed: Path) -> str:
    """What the golden file holds: the cleaned document, ending with one newline."""
    cleaned = arclean.clean(seed.read_text(encoding="utf-8"))
    return cleaned + "\n" if cleaned else ""


def test_all_five_seeds_are_present() -> None:
    assert len(SEED_FILES) == 5


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_default_preset_matches_golden(seed: Path) -> None:
    assert render(seed) == expected_path(seed).read_text(encoding="utf-8")


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_golden_is_a_fixpoint(seed: Path) -> None:
    golden = expected_path(seed).read_text(encoding="utf-8")
    assert arclean.clean(golden) + "\n" == golden
