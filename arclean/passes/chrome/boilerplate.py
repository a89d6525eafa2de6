"""Corpus-level boilerplate: lines that recur across many documents of one collection.

A site's furniture repeats on every page it publishes ("شوف البيان", "جميع الحقوق محفوظة © مؤسسة
دبي للإعلام"), even where no lexicon knows it.  :func:`learn_boilerplate` reads a collection once,
streaming, and counts in how many documents each line occurs; the lines that recur often enough
become a :class:`Boilerplate` pass, which drops them from any document.

Thresholds protect body text that happens to repeat: a line must occur in ``min_documents``
documents *and* in ``min_share`` of them; a line that reads like a sentence (ten words or more
with sentence punctuation) must also reach ``prose_min_share``, so a quotation two articles share
never qualifies, while a sign-off or disclaimer on every page does.

>>> docs = [f"خبر رقم {i} عن الاقتصاد.\\nشوف البيان\\nجميع الحقوق محفوظة" for i in range(6)]
>>> model = learn_boilerplate(docs, min_documents=3)
>>> model.lines
('جميع الحقوق محفوظه', 'شوف البيان')
>>> model("خبر جديد عن النفط.\\nشوف البيان")
'خبر جديد عن النفط.'
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from arclean.core import Change, ConfigError, Explanation, Pass, Safety, register
from arclean.passes.chrome.features import shape
from arclean.passes.chrome.lines import join_lines, remove_lines, split_lines

__all__ = ["Boilerplate", "learn_boilerplate", "load_boilerplate"]

FORMAT = "arclean-boilerplate"
FORMAT_VERSION = 1


@register
@dataclasses.dataclass(frozen=True)
class Boilerplate(Pass):
    """Drop lines learned as boilerplate of a collection (see :func:`learn_boilerplate`).

    Give either ``path`` (a model saved with :meth:`save`; the config then stays one line) or
    ``lines`` (folded line keys).  With neither, the pass changes nothing.

    >>> Boilerplate(lines=("شوف البيان",))("شوف البيان\\nافتتاح معرض الكتاب في الشارقة")
    'افتتاح معرض الكتاب في الشارقة'
    """

    name = "boilerplate"
    summary = "drop lines that recur across many documents of a collection (learned with learn_boilerplate)"
    SAFETY = Safety.REMOVES_CONTENT
    stage = 45

    path: str = ""
    lines: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        lines = tuple(self.lines)
        stats: dict[str, Any] = {}
        if self.path:
            if lines:
                raise ValueError("give either path or lines, not both")
            lines, stats = _read_model(Path(self.path))
        object.__setattr__(self, "lines", tuple(sorted(set(lines))))
        self._set("_keys", frozenset(self.lines))
        self._set("_longest", max((len(k.split()) for k in self.lines), default=0))
        self._set("_stats", stats)

    @property
    def stats(self) -> dict[str, Any]:
        """What the model was learned from: documents read, thresholds, document counts per line."""
        return dict(self._stats)  # type: ignore[attr-defined]

    def options(self) -> dict[str, Any]:
        # A model loaded from a file is configured (and pickled) by its path alone.
        return {"path": self.path} if self.path else {"lines": list(self.lines)}

    def apply(self, text: str) -> str:
        return self._run(text)[0]

    def explain(self, text: str) -> Explanation:
        out, dropped, raw = self._run(text)
        counts = self._stats.get("documents_with_line", {})  # type: ignore[attr-defined]
        total = self._stats.get("documents") or 0  # type: ignore[attr-defined]
        changes = []
        for k in dropped:
            key = shape(raw[k]).key
            score = counts[key] / total if total and key in counts else None
            before = raw[k].strip()
            changes.append(Change(self.name, "recurring-line", before, "", line=k, kind="boilerplate", score=score))
        return Explanation(out, tuple(changes))

    def _run(self, text: str) -> tuple[str, list[int], list[str]]:
        raw = split_lines(text)
        keys: frozenset[str] = self._keys  # type: ignore[attr-defined]
        if not keys:
            return text, [], raw
        longest: int = self._longest  # type: ignore[attr-defined]
        dropped = []
        for k, text_line in enumerate(raw):
            if text_line.strip():
                line = shape(text_line)
                # Paragraphs longer than any learned line (loosely: punctuation counts as words
                # here) are never folded.
                if line.words <= 2 * longest + 4 and line.key in keys:
                    dropped.append(k)
        if not dropped:
            return text, [], raw
        alive = remove_lines(list(range(len(raw))), raw, set(dropped))
        return join_lines(raw, alive), dropped, raw

    def save(self, path: str | Path) -> None:
        """Write the model as JSON (UTF-8): the lines and what they were learned from."""
        data = {"format": FORMAT, "version": FORMAT_VERSION, **self.stats, "lines": list(self.lines)}
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load_boilerplate(path: str | Path) -> Boilerplate:
    """A model saved with :meth:`Boilerplate.save`, as a pass configured by its path.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "model.json"
    >>> Boilerplate(lines=("شوف البيان",)).save(path)
    >>> load_boilerplate(path)("شوف البيان\\nافتتاح معرض الكتاب").splitlines()
    ['افتتاح معرض الكتاب']
    """
    return Boilerplate(path=str(path))


def _read_model(path: Path) -> tuple[tuple[str, ...], dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"boilerplate model {path} does not exist") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"cannot read boilerplate model {path}: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("lines"), list):
        raise ConfigError(f"{path} is not an arclean boilerplate model (save one with Boilerplate.save)")
    if data.get("version", 0) > FORMAT_VERSION:
        raise ConfigError(f"{path} was written by a newer arclean (model version {data['version']})")
    lines = tuple(str(line) for line in data["lines"])
    stats = {k: v for k, v in data.items() if k not in ("format", "version", "lines")}
    return lines, stats


_LONG_LINE_WORDS = 8  # menus, labels and sign-offs are shorter; longer lines need prose_min_share


def learn_boilerplate(
    documents: Iterable[str],
    *,
    min_documents: int = 5,
    min_share: float = 0.01,
    prose_min_share: float = 0.2,
    max_words: int = 80,
    bucket: int = 1000,
) -> Boilerplate:
    """Learn the lines that recur across ``documents`` (read once, as a stream).

    A line (compared folded: letter variants, punctuation and list numbering ignored) is boilerplate
    when it occurs in at least ``min_documents`` documents and in at least ``min_share`` of all
    documents; a line that reads like a sentence must reach ``prose_min_share`` instead.  Lines
    longer than ``max_words`` words are never boilerplate.

    Memory stays bounded on any corpus size: counting is lossy counting (Manku and Motwani) with
    buckets of ``bucket`` documents, which forgets lines seen in fewer than one document a bucket
    and so never misses a line whose share is above ``1 / bucket``.

    >>> pages = [f"خبر رقم {i}\\nتابعونا على تويتر" for i in range(10)]
    >>> learn_boilerplate(pages).lines
    ('تابعونا علي تويتر',)
    """
    if min_documents < 2:
        raise ValueError("min_documents must be at least 2: a line in one document is not boilerplate")
    if not 0 <= min_share <= 1 or not 0 <= prose_min_share <= 1:
        raise ValueError("min_share and prose_min_share are shares of documents, between 0 and 1")
    if bucket < 1:
        raise ValueError("bucket must be at least 1")
    counts: Counter[str] = Counter()
    slack: dict[str, int] = {}  # lossy counting: how many documents a line may have been missed in
    prose: set[str] = set()
    n = 0
    for n, document in enumerate(documents, start=1):
        if not isinstance(document, str):
            raise TypeError(f"learn_boilerplate reads str documents, got {type(document).__name__}")
        current_bucket = math.ceil(n / bucket)
        seen: set[str] = set()
        for raw in split_lines(document):
            if not raw.strip():
                continue
            line = shape(raw)
            if not line.analysed or not line.key or line.words > max_words or line.key in seen:
                continue
            seen.add(line.key)
            if line.key not in counts:
                slack[line.key] = current_bucket - 1
                if line.prose or line.sentence_end or line.words >= _LONG_LINE_WORDS:
                    prose.add(line.key)  # a sentence, however short, is the writer's until very common
            counts[line.key] += 1
        if n % bucket == 0:
            for key in [k for k, c in counts.items() if c + slack[k] <= current_bucket]:
                del counts[key], slack[key]
                prose.discard(key)
    needed = max(min_documents, math.ceil(min_share * n))
    needed_prose = max(min_documents, math.ceil(prose_min_share * n))
    chosen = {k: c for k, c in counts.items() if c >= (needed_prose if k in prose else needed)}
    model = Boilerplate(lines=tuple(chosen))
    stats = {
        "documents": n,
        "thresholds": {
            "min_documents": min_documents,
            "min_share": min_share,
            "prose_min_share": prose_min_share,
            "max_words": max_words,
        },
        "documents_with_line": dict(sorted(chosen.items(), key=lambda kv: (-kv[1], kv[0]))),
    }
    model._set("_stats", stats)
    return model
