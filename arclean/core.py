"""The pass interface: what every cleaning step is, says about itself, and records when it changes text.

A pass is a small frozen dataclass whose fields are its options.  Calling it turns text into text;
``explain`` returns the same text together with one :class:`Change` per edit, so a user can ask
"why did this change?".  A pass pickles as its config, so it crosses process boundaries cheaply.

>>> from arclean.passes.tatweel import Tatweel
>>> Tatweel()("الســـلام")
'السلام'
>>> Tatweel().to_config()
{'type': 'tatweel'}
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import enum
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, ClassVar, TypeVar

__all__ = [
    "PASSES",
    "ArcleanError",
    "Change",
    "ConfigError",
    "Explanation",
    "Pass",
    "Safety",
    "build_pass",
    "register",
]


class ArcleanError(Exception):
    """Base class of every error arclean raises on purpose (bad config, bad input)."""


class ConfigError(ArcleanError, ValueError):
    """A pipeline or pass configuration that cannot be built; the message says what to fix."""


class Safety(str, enum.Enum):
    """What a pass may lose.  Ordered from harmless to invasive."""

    LOSSLESS = "lossless"  # repairs encoding only: the text means exactly what it meant
    LOSSY = "lossy"  # folds information (diacritics, letter forms, digits); cannot be undone
    REWRITES_WORDS = "rewrites_words"  # replaces whole words (typo fixing)
    REMOVES_CONTENT = "removes_content"  # deletes lines (chrome removal)

    @property
    def rank(self) -> int:
        return _SAFETY_RANK[self]


_SAFETY_RANK = {safety: i for i, safety in enumerate(Safety)}


@dataclasses.dataclass(frozen=True)
class Change:
    """One edit made by one pass.

    ``line`` and ``column`` are 0-based positions in the text *that pass received*; ``kind`` is a
    category such as a chrome type (``nav``) or a typo kind (``hamza``); ``score`` is the evidence
    a statistical rule had.
    """

    pass_name: str
    rule: str
    before: str
    after: str
    line: int | None = None
    column: int | None = None
    kind: str | None = None
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in dataclasses.asdict(self).items() if v is not None}

    def __str__(self) -> str:
        where = f"line {self.line + 1}" if self.line is not None else "text"
        if self.column is not None:
            where += f":{self.column + 1}"
        kind = f" [{self.kind}]" if self.kind else ""
        score = f" ({self.score:.3g})" if self.score is not None else ""
        return f"{where}: {self.pass_name}/{self.rule}{kind}{score}: {self.before!r} → {self.after!r}"


@dataclasses.dataclass(frozen=True)
class Explanation:
    """The output text and the changes that produced it, in the order they were made."""

    text: str
    changes: tuple[Change, ...]

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __str__(self) -> str:
        return "\n".join(str(c) for c in self.changes) or "(no changes)"


class LineIndex:
    """Maps character offsets of a text to (line, column) in O(log n)."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = find("\n", pos + 1)

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line, offset - self._starts[line]


PassT = TypeVar("PassT", bound="Pass")


@dataclasses.dataclass(frozen=True)
class Pass:
    """Base class of all passes.  Subclasses are frozen dataclasses whose fields are options.

    Subclasses set ``name``, ``summary``, ``SAFETY`` and ``stage`` (the canonical position in a
    pipeline, which keeps pipelines built from overrides idempotent) and implement :meth:`apply`.
    They build any compiled state in ``__post_init__`` with :meth:`_set`.
    """

    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    SAFETY: ClassVar[Safety] = Safety.LOSSLESS
    stage: ClassVar[int] = 0

    # ----------------------------------------------------------------- the contract
    def apply(self, text: str) -> str:
        raise NotImplementedError

    def __call__(self, text: str) -> str:
        return self.apply(text)

    def explain(self, text: str) -> Explanation:
        """The output and its changes.  The base version reports changed lines; passes refine it."""
        out = self.apply(text)
        return Explanation(out, tuple(line_diff(self.name, self.name, text, out)))

    def apply_counted(self, text: str) -> tuple[str, Counter[str]]:
        """The output and how many changes of each kind were made, keyed ``"pass/kind"``.

        The kind is the change's ``kind`` (a chrome type, a typo kind) or ``"changed"``.  Used for
        run summaries and pipeline statistics; passes may override it with something cheaper.

        >>> from arclean.passes.tatweel import Tatweel
        >>> Tatweel().apply_counted("الســلام")
        ('السلام', Counter({'tatweel/changed': 1}))
        """
        explained = self.explain(text)
        return explained.text, count_changes(explained.changes)

    @property
    def safety(self) -> Safety:
        """What this pass, with these options, may lose."""
        return self.SAFETY

    @property
    def normalises_input(self) -> bool:
        """True when the pass gives the same output for a text as for its NFC (it composes first
        itself): a pipeline that starts with it need not compose before it."""
        return False

    # ----------------------------------------------------------------- config
    def options(self) -> dict[str, Any]:
        """The option values, as plain data (lists, not tuples) that TOML and JSON can hold."""
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self) if f.init}

    def to_config(self) -> dict[str, Any]:
        return {"type": self.name, **self.options()}

    def __reduce__(self) -> tuple[Callable[[Mapping[str, Any]], Pass], tuple[dict[str, Any]]]:
        # Pickle as config: compiled regexes and loaded tables are rebuilt on the other side.
        return build_pass, (self.to_config(),)

    def _set(self, attr: str, value: Any) -> None:
        object.__setattr__(self, attr, value)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.options().items())
        return f"{type(self).__name__}({args})"


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def count_changes(changes: Iterable[Change]) -> Counter[str]:
    return Counter(f"{c.pass_name}/{c.kind or 'changed'}" for c in changes)


def line_diff(pass_name: str, rule: str, before: str, after: str) -> Iterator[Change]:
    """Changes as whole lines: replaced lines pairwise, deleted lines with ``after=''``."""
    if before == after:
        return
    a, b = before.split("\n"), after.split("\n")
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and i2 - i1 == j2 - j1:
            for k in range(i2 - i1):
                yield Change(pass_name, rule, a[i1 + k], b[j1 + k], line=i1 + k)
        else:
            yield Change(pass_name, rule, "\n".join(a[i1:i2]), "\n".join(b[j1:j2]), line=i1)


# --------------------------------------------------------------------- registry
PASSES: dict[str, type[Pass]] = {}
"""Every pass name → its class; ``PASSES[name]()`` is the pass with its documented defaults."""


def register(cls: type[PassT]) -> type[PassT]:
    """Class decorator: add a pass to :data:`PASSES` under its ``name``."""
    if not cls.name:
        raise TypeError(f"{cls.__name__} has no name")
    if cls.name in PASSES and PASSES[cls.name] is not cls:
        raise TypeError(f"two passes are named {cls.name!r}")
    PASSES[cls.name] = cls
    return cls


def _check_type(pass_name: str, field: dataclasses.Field[Any], value: Any) -> Any:
    default = field.default
    if default is dataclasses.MISSING and field.default_factory is not dataclasses.MISSING:
        default = field.default_factory()
    if default is dataclasses.MISSING or default is None:
        return value
    expected: tuple[type, ...]
    if isinstance(default, bool):
        expected = (bool,)
    elif isinstance(default, int):
        expected = (int,)
    elif isinstance(default, float):
        expected = (int, float)
    elif isinstance(default, str):
        expected = (str,)
    elif isinstance(default, (tuple, list)):
        expected = (tuple, list)
    elif isinstance(default, dict):
        expected = (dict,)
    else:
        return value
    ok = isinstance(value, expected) and not (isinstance(value, bool) and bool not in expected)
    if not ok:
        raise ConfigError(
            f"pass {pass_name!r}: option {field.name!r} must be {expected[0].__name__}, "
            f"got {type(value).__name__} {value!r}"
        )
    if isinstance(value, list):
        return tuple(tuple(v) if isinstance(v, list) else v for v in value)
    return value


def build_pass(config: Mapping[str, Any]) -> Pass:
    """Build a pass (or a nested pipeline) from ``{"type": name, **options}``."""
    if not isinstance(config, Mapping):
        raise ConfigError(f"a pass config must be a table/dict with a 'type', got {config!r}")
    options = dict(config)
    kind = options.pop("type", None)
    if kind == "pipeline":
        from arclean.pipeline import Pipeline

        return Pipeline.from_config(config)
    _ensure_loaded()
    if not isinstance(kind, str) or kind not in PASSES:
        close = difflib.get_close_matches(str(kind), PASSES, n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise ConfigError(f"unknown pass type {kind!r}{hint}; known: {', '.join(sorted(PASSES))}")
    cls = PASSES[kind]
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(options) - set(fields))
    if unknown:
        raise ConfigError(
            f"pass {kind!r} has no option {', '.join(map(repr, unknown))}; "
            f"its options are: {', '.join(fields) or '(none)'}"
        )
    checked = {k: _check_type(kind, fields[k], v) for k, v in options.items()}
    try:
        return cls(**checked)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"pass {kind!r}: {exc}") from exc


def _ensure_loaded() -> None:
    # The registry fills when the passes package is imported; importing it here lets
    # ``build_pass`` work even if a caller imported only ``arclean.core``.
    import arclean.passes  # noqa: F401
