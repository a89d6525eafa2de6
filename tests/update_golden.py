"""Rewrite seeds/expected/ from the current `default` preset (then review the diff by eye)."""

from tests.test_golden import SEED_FILES, expected_path, render

if __name__ == "__main__":
    for seed in SEED_FILES:
        target = expected_path(seed)
        target.parent.mkdir(exist_ok=True)
        target.write_text(render(seed), encoding="utf-8")
        print(f"wrote {target}")
