"""``arclean passes``: every registered pass and every preset, read from the registries.

Passes added by any module in :mod:`arclean.passes` appear here without a change to this file.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from arclean import PASSES, PRESETS
from arclean.core import Pass
from arclean.presets import preset_description


def _defaults(cls: type[Pass]) -> dict[str, Any]:
    try:
        return cls().options()
    except Exception as exc:  # a pass with required options still gets listed
        return {"(needs options)": str(exc)}


def catalogue() -> dict[str, Any]:
    passes = [
        {
            "name": name,
            "summary": cls.summary,
            "safety": cls.SAFETY.value,
            "stage": cls.stage,
            "options": _defaults(cls),
        }
        for name, cls in sorted(PASSES.items(), key=lambda kv: (kv[1].stage, kv[0]))
        if name != "pipeline"
    ]
    presets = [
        {"name": name, "description": preset_description(name), "passes": PRESETS[name].names} for name in PRESETS
    ]
    return {"passes": passes, "presets": presets}


def _value(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v


def passes_command(args: argparse.Namespace) -> int:
    data = catalogue()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    width = max(len(p["name"]) for p in data["passes"])
    print("Passes, in pipeline order (safety: what the pass may lose):")
    for p in data["passes"]:
        print(f"  {p['name']:<{width}}  {p['safety']:<15}  {p['summary']}")
        if p["options"]:
            print(" " * (width + 4) + "options: " + ", ".join(f"{k}={_value(v)}" for k, v in p["options"].items()))
    print()
    print("Presets (--preset NAME):")
    for preset in data["presets"]:
        print(f"  {preset['name']}: {preset['description']}")
        print(f"      {' → '.join(preset['passes']) or '(no pass)'}")
    print()
    print("Use --passes a,b,c for exactly those passes in that order, or --config FILE for a saved pipeline.")
    return 0
