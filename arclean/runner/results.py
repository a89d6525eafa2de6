"""What a run produces besides files: counts (:class:`Stats`) and one-line messages (:class:`Message`).

Counts of changes are keyed ``"pass/kind"`` as :meth:`arclean.Pass.apply_counted` returns them and
grouped for people by what the pass may lose: removed lines (chrome), corrections (typos), and
normalisations (the rest).

>>> s = Stats(documents=2)
>>> s.merge(Stats(documents=1, counts=Counter({"tatweel/changed": 3})))
>>> s.documents, s.counts["tatweel/changed"]
(3, 3)
>>> str(Message("error", "in/ملف.jsonl", 17, "malformed JSON"))
'arclean: in/ملف.jsonl:17: error: malformed JSON'
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from arclean.core import PASSES, Safety

__all__ = ["Message", "Stats", "group_counts"]


@dataclasses.dataclass(frozen=True)
class Message:
    """``level`` is ``error`` (the input, or part of it, was not cleaned), ``warning`` or ``note``."""

    level: str
    source: str
    line: int | None
    text: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"arclean: {where}: {self.level}: {self.text}"

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in dataclasses.asdict(self).items() if v is not None}


@dataclasses.dataclass
class Stats:
    files: int = 0  # inputs cleaned (written, or diffed)
    files_failed: int = 0
    files_skipped: int = 0  # already complete (--resume)
    files_empty: int = 0
    documents: int = 0
    documents_changed: int = 0
    records_rejected: int = 0  # JSONL lines not cleaned (malformed, undecodable, too long)
    records_without_text: int = 0  # JSONL records with no text field (passed through unchanged)
    bytes_in: int = 0
    bytes_out: int = 0
    counts: Counter[str] = dataclasses.field(default_factory=Counter)

    def merge(self, other: Stats) -> None:
        for field in dataclasses.fields(self):
            if field.name == "counts":
                self.counts.update(other.counts)
            else:
                setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        del data["counts"]
        data.update(group_counts(self.counts))
        return data


_GROUPS = {
    Safety.REMOVES_CONTENT: "removed_lines",
    Safety.REWRITES_WORDS: "corrections",
}


def group_counts(counts: Counter[str]) -> dict[str, dict[str, int]]:
    """Split ``"pass/kind"`` counts into ``removed_lines``, ``corrections`` and ``normalisations``.

    >>> group_counts(Counter({"tatweel/changed": 2}))
    {'removed_lines': {}, 'corrections': {}, 'normalisations': {'tatweel/changed': 2}}
    """
    groups: dict[str, dict[str, int]] = {"removed_lines": {}, "corrections": {}, "normalisations": {}}
    for key in sorted(counts):
        cls = PASSES.get(key.split("/", 1)[0])
        group = _GROUPS.get(cls.SAFETY, "normalisations") if cls else "normalisations"
        groups[group][key] = counts[key]
    return groups


def removes_content(pass_name: str) -> bool:
    """Whether the named pass deletes lines (its changes with ``after == ""`` are dropped lines)."""
    cls = PASSES.get(pass_name)
    return cls is not None and cls.SAFETY is Safety.REMOVES_CONTENT
