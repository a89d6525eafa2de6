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
import functools
import typing
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
    "check_options",
    "option_fields",
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

    ``line`` and ``column`` count from 0, as Python indexes: ``text.split("\\n")[line][column:]``
    starts with ``before`` in the text *that pass received*.  Printed (``str(change)``) and in every
    output of the ``arclean`` command (``explain`` text and JSON, ``--removed`` files) they count
    from 1, as editors do.  ``kind`` is a category such as a chrome type (``nav``) or a typo kind
    (``hamza``); ``score`` is the evidence a statistical rule had.

    >>> change = Change("tatweel", "U+0640", "ـ", "", line=1, column=3)
    >>> "مرحبا\\nالسـلام".split("\\n")[change.line][change.column:]
    'ـلام'
    >>> print(change)
    line 2:4: tatweel/U+0640: 'ـ' → ''
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


def _checked(post_init: Callable[[Any], None]) -> Callable[[Any], None]:
    """Wrap a pass's ``__post_init__``: its options are checked and coerced first (a str for a list
    of str, a dict for a list of pairs), and a ValueError it raises becomes a :class:`ConfigError`
    naming the pass, whether the pass was built from a config or called directly."""

    @functools.wraps(post_init)
    def checked(self: Pass) -> None:
        if type(self).__post_init__ is not checked:
            return post_init(self)  # reached through super() from a subclass's: checked there
        check_options(self)
        try:
            post_init(self)
        except ValueError as exc:
            if not self._NAME_ERRORS:
                raise
            raise ConfigError(_named(self.name, str(exc))) from exc

    return checked


def _named(pass_name: str, message: str) -> str:
    """``message`` prefixed with ``pass 'name': `` once (a pass's own ``name: `` prefix is replaced)."""
    prefix = f"pass {pass_name!r}: "
    if message.startswith(prefix):
        return message
    return prefix + message.removeprefix(f"{pass_name}: ")


class LastKnown:
    """The last string found to have some property, recognised again by identity, without a look.

    A pipeline's passes hand on the very string they received when they change nothing, so the
    next pass asking the same question usually asks it of that string.  Exact: strings are
    immutable, and the reference keeps the object alive, so no other string can take its place.
    One reference: at most one document kept alive.

    >>> known = LastKnown()
    >>> text = "سطر"
    >>> known.remember(text); known.holds(text), known.holds("سطر آخر")
    (True, False)
    """

    __slots__ = ("_text",)

    def __init__(self) -> None:
        self._text = ""

    def holds(self, text: str) -> bool:
        return text is self._text

    def remember(self, text: str) -> None:
        self._text = text

    def hand_on(self, text: str, out: str) -> None:
        """Remember ``out`` when ``text`` is the string remembered: for a step whose output has the
        property whenever its input has it (a pass's ``KEEPS``)."""
        if text is self._text:
            self._text = out


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
    # The facts about a text (:class:`LastKnown` memos: base.PRINTABLE, unicode.COMPOSED) that the output
    # has whenever the input has them: a pipeline hands them on from each pass's input to its
    # output, so that a later pass asking again need not look (tests/test_fast_paths.py checks each).
    KEEPS: ClassVar[tuple[LastKnown, ...]] = ()
    # whether errors raised while building are prefixed with "pass 'name': " (a pipeline's are
    # about the passes it holds, which name themselves)
    _NAME_ERRORS: ClassVar[bool] = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("__post_init__")
        if own is not None:
            cls.__post_init__ = _checked(own)  # type: ignore[method-assign]

    @_checked
    def __post_init__(self) -> None:
        """Subclasses build compiled state here (options are already checked; see :func:`check_options`)."""

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

    def warm_up(self) -> None:
        """Load what the pass loads on first use (word lists, indexes), now.  A runner calls it
        before it forks its workers, so that they share one copy instead of each loading its own."""

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


def option_fields(cls: type[Pass]) -> dict[str, dataclasses.Field[Any]]:
    """A pass class's options: its dataclass fields set by ``__init__``."""
    return {f.name: f for f in dataclasses.fields(cls) if f.init}


def check_options(p: Pass) -> None:
    """Check each option of ``p`` against its type and store the coerced value.

    A str where a list of str is expected is a one-element list; a dict where a list of pairs is
    expected is its items; a list is stored as a tuple.  Anything else of the wrong type is a
    :class:`ConfigError` naming the pass, the option and the type expected.

    >>> from arclean.passes.chrome import Chrome
    >>> Chrome(keep="nav").keep
    ('nav',)
    >>> Chrome(keep=3)
    Traceback (most recent call last):
    ...
    arclean.core.ConfigError: pass 'chrome': option 'keep' must be a list of str (or one str), got int 3
    """
    for option, (expected, convert) in _option_types(type(p)).items():
        value = getattr(p, option)
        try:
            coerced = convert(value)
        except (TypeError, ValueError):
            raise ConfigError(
                f"pass {p.name!r}: option {option!r} must be {expected}, got {type(value).__name__} {value!r}"
            ) from None
        if coerced is not value:
            object.__setattr__(p, option, coerced)


_Converter = tuple[str, Callable[[Any], Any]]  # (what is expected, said to a user; value -> stored value)


@functools.cache
def _option_types(cls: type[Pass]) -> dict[str, _Converter]:
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # annotations that cannot be resolved (a class defined in a function)
        hints = {}
    converters = {}
    for name, field in option_fields(cls).items():
        converter = _converter(hints[name]) if name in hints else _converter_from_default(field)
        if converter is not None:
            converters[name] = converter
    return converters


def _converter(hint: Any) -> _Converter | None:
    if hint in _SCALARS:
        return _SCALARS[hint]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        item = args[0] if len(args) == 2 and args[1] is Ellipsis else None
        if item is str:
            return "a list of str (or one str)", _str_tuple
        if typing.get_origin(item) is tuple and typing.get_args(item) == (str, str):
            return "a list of [str, str] pairs (or a dict)", _pair_tuple
        return "a list", _tuple
    if hint is dict or origin is dict:
        return "a dict", _dict
    return None  # a union, Any...: the pass checks it itself


def _converter_from_default(field: dataclasses.Field[Any]) -> _Converter | None:
    default = field.default
    if default is dataclasses.MISSING and field.default_factory is not dataclasses.MISSING:
        default = field.default_factory()
    for kind in (bool, int, float, str):  # bool first: it is an int
        if isinstance(default, kind):
            return _SCALARS[kind]
    if isinstance(default, (tuple, list)):
        return "a list", _tuple
    if isinstance(default, dict):
        return "a dict", _dict
    return None


def _instance_of(*kinds: type) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise TypeError
        return value

    return convert


_SCALARS: dict[Any, _Converter] = {
    bool: ("bool (true or false)", _instance_of(bool)),
    int: ("int", _instance_of(int)),
    float: ("float (an int is accepted)", _instance_of(int, float)),
    str: ("str", _instance_of(str)),
}


def _tuple(value: Any) -> tuple[Any, ...]:
    if isinstance(value, tuple):
        return value
    if not isinstance(value, list):
        raise TypeError
    return tuple(tuple(v) if isinstance(v, list) else v for v in value)


def _str_tuple(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)  # one word, not its letters
    items = tuple(sorted(value)) if isinstance(value, (set, frozenset)) else _tuple(value)
    if not all(isinstance(v, str) for v in items):
        raise TypeError
    return items


def _pair_tuple(value: Any) -> tuple[tuple[str, str], ...]:
    pairs = tuple(value.items()) if isinstance(value, Mapping) else _tuple(value)
    if not all(isinstance(p, (tuple, list)) and len(p) == 2 and all(isinstance(v, str) for v in p) for p in pairs):
        raise TypeError
    return tuple(tuple(p) for p in pairs)  # type: ignore[misc]


def _dict(value: Any) -> dict[Any, Any]:
    if isinstance(value, dict):
        return value
    if not isinstance(value, Mapping):
        raise TypeError
    return dict(value)


def build_pass(config: str | Mapping[str, Any] | Pass) -> Pass:
    """Build a pass (or a nested pipeline) from its name or ``{"type": name, **options}``.

    >>> build_pass("digits")("عام ٢٠٢١")
    'عام 2021'
    >>> build_pass({"type": "digits", "to": "arabic_indic"})("عام 2021")
    'عام ٢٠٢١'
    """
    if isinstance(config, Pass):
        return config
    if isinstance(config, str):
        config = {"type": config}
    if not isinstance(config, Mapping):
        raise ConfigError(f"a pass is a name or a table/dict with a 'type', got {type(config).__name__} {config!r}")
    options = dict(config)
    if "type" not in options:
        keys = ", ".join(map(repr, options)) or "none"
        raise ConfigError(f"a pass config needs a 'type' key (the pass name); got keys: {keys}")
    kind = options.pop("type")
    if kind == "pipeline":
        from arclean.pipeline import Pipeline

        return Pipeline.from_config(config)
    _ensure_loaded()
    if not isinstance(kind, str) or kind not in PASSES:
        close = difflib.get_close_matches(str(kind), PASSES, n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise ConfigError(f"unknown pass type {kind!r}{hint}; known: {', '.join(sorted(PASSES))}")
    cls = PASSES[kind]
    fields = option_fields(cls)
    unknown = sorted(set(options) - set(fields))
    if unknown:
        raise ConfigError(
            f"pass {kind!r} has no option {', '.join(map(repr, unknown))}; "
            f"its options are: {', '.join(fields) or '(none)'}"
        )
    try:
        return cls(**options)
    except TypeError as exc:  # a missing required option
        raise ConfigError(f"pass {kind!r}: {exc}") from exc


def _ensure_loaded() -> None:
    # The registry fills when the passes package is imported; importing it here lets
    # ``build_pass`` work even if a caller imported only ``arclean.core``.
    import arclean.passes  # noqa: F401
