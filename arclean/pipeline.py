"""Pipelines: an ordered sequence of passes that is itself a pass, saved and loaded as plain config.

A pipeline composes to NFC before its first pass and after its last, so no output carries a
decomposed letter that a second run would fold differently.

>>> from arclean.passes.diacritics import Diacritics
>>> from arclean.passes.tatweel import Tatweel
>>> p = Pipeline((Tatweel(), Diacritics()))
>>> p("العـــربِيّة")
'العربية'
>>> p.to_config()["passes"]
[{'type': 'tatweel'}, {'type': 'diacritics', 'keep_shadda': False, 'quranic': True, 'extended': True}]
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from arclean.charmap import CharMap, char_class
from arclean.core import (
    PASSES,
    Change,
    ConfigError,
    Explanation,
    Pass,
    Safety,
    build_pass,
    count_changes,
    line_diff,
)
from arclean.passes.base import CharMapPass
from arclean.passes.unicode import nfc

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

ConfigSource = str | Path | Mapping[str, Any] | Sequence[Mapping[str, Any]]


@dataclasses.dataclass(frozen=True)
class Pipeline(Pass):
    """Passes run left to right; callable, explainable, picklable, and saved as ``[[passes]]`` TOML.

    Give passes, pass names (the pass with its defaults) or pass configs, in the order to run them:

    >>> p = Pipeline(["tatweel", {"type": "digits", "to": "ascii"}, PASSES["alef"]()])
    >>> p("الإمـــارات ٢٠٢٤")
    'الامارات 2024'
    >>> p.names
    ['tatweel', 'digits', 'alef']
    >>> print(p.explain("إلـى"))
    line 1:3: tatweel/U+0640: 'ـ' → ''
    line 1:1: alef/U+0625: 'إ' → 'ا'
    """

    name = "pipeline"
    summary = "an ordered sequence of passes"
    _NAME_ERRORS = False  # errors are about the passes it holds, which name themselves

    passes: tuple[Pass, ...] = ()

    def __post_init__(self) -> None:
        for p in self.passes:
            if not isinstance(p, (Pass, str, Mapping)):
                raise ConfigError(
                    f"a pipeline holds passes, pass names or pass configs, got {type(p).__name__} {p!r}"
                )
        passes = tuple(build_pass(p) for p in self.passes)
        object.__setattr__(self, "passes", passes)
        # Fast path (apply only; explain and apply_counted report every pass): adjacent character
        # maps fused, and no NFC before a first pass that composes its input itself.
        self._set("_run", compose(passes))
        self._set("_compose_first", not (passes and passes[0].normalises_input))
        self._set("_summary_steps", _summary_steps(passes))

    # ----------------------------------------------------------------- running
    def apply(self, text: str) -> str:
        if not self.passes:
            return text
        if self._compose_first:  # type: ignore[attr-defined]
            text = nfc(text)
        return nfc(self._run(text))  # type: ignore[attr-defined]

    def explain(self, text: str) -> Explanation:
        """The output and every pass's changes.  A change's ``line`` is the line of *this* input it
        came from, even after an earlier pass removed lines; its ``column`` is in the text its
        pass received."""
        if not self.passes:
            return Explanation(text, ())
        changes: list[Change] = []
        origins = list(range(text.count("\n") + 1))  # line of the current text → line of the input
        composed = nfc(text)  # NFC never changes the number of lines
        changes += line_diff(self.name, "nfc", text, composed)
        text = composed
        for p in self.passes:
            step = p.explain(text)
            changes += (_at_origin(c, origins) for c in step.changes)
            origins = _line_origins(text, step.text, origins)
            text = step.text
        composed = nfc(text)
        changes += (_at_origin(c, origins) for c in line_diff(self.name, "nfc", text, composed))
        return Explanation(composed, tuple(changes))

    def apply_counted(self, text: str) -> tuple[str, Counter[str]]:
        counts: Counter[str] = Counter()
        if not self.passes:
            return text, counts
        text = self._compose(text, counts)
        for p in self.passes:
            text, step = p.apply_counted(text)
            counts.update(step)
        return self._compose(text, counts), counts

    def apply_summarised(self, text: str) -> tuple[str, Counter[str]]:
        """``apply``, with the counts a run's summary shows: exact per kind for the passes that remove
        content or rewrite words (their ``apply_counted``: ``"chrome/nav"``, ``"typos/hamza"``), and
        for the others how many documents each changed (``"tatweel/documents"``).

        Counting every normalisation edit costs up to six times the cleaning itself (one record per
        space collapsed).  Adjacent character maps run fused, as in ``apply`` (:func:`changed_by` tells
        which of them changed the text).  Unlike ``apply``, the input is always composed first: a first
        pass that composes its input itself would count a document that only needed NFC as changed.

        >>> from arclean import PASSES
        >>> Pipeline((PASSES["tatweel"](), PASSES["alef"]())).apply_summarised("الأمـة")
        ('الامة', Counter({'tatweel/documents': 1, 'alef/documents': 1}))
        """
        counts: Counter[str] = Counter()
        if not self.passes:
            return text, counts
        text = nfc(text)
        for run, name, exact, changed in self._summary_steps:  # type: ignore[attr-defined]
            if exact is not None:
                text, step = exact.apply_counted(text)
                counts.update(step)
            elif changed is not None:
                counts.update([f"{touched}/documents" for touched in changed(text)])
                text = run(text)
            else:
                out = run(text)
                if out != text:
                    counts[f"{name}/documents"] += 1
                text = out
        return nfc(text), counts

    def _compose(self, text: str, counts: Counter[str]) -> str:
        composed = nfc(text)
        if composed != text:  # rare: count it the way explain() reports it
            counts.update(count_changes(line_diff(self.name, "nfc", text, composed)))
        return composed

    @property
    def normalises_input(self) -> bool:
        return bool(self.passes)  # it composes before its first pass (or that pass does)

    def warm_up(self) -> None:
        for p in self.passes:
            p.warm_up()

    # ----------------------------------------------------------------- what it may lose
    @property
    def safety(self) -> Safety:
        return max((p.safety for p in self.passes), key=lambda s: s.rank, default=Safety.LOSSLESS)

    def may_lose(self) -> dict[str, Safety]:
        """Each pass that is not lossless, with what it may lose: ``{"diacritics": Safety.LOSSY}``."""
        return {p.name: p.safety for p in self.passes if p.safety is not Safety.LOSSLESS}

    # ----------------------------------------------------------------- sequence protocol
    def __iter__(self) -> Iterator[Pass]:
        return iter(self.passes)

    def __len__(self) -> int:
        return len(self.passes)

    def __getitem__(self, name: str) -> Pass:
        for p in self.passes:
            if p.name == name:
                return p
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return any(p.name == name for p in self.passes)

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.passes]

    # ----------------------------------------------------------------- config
    def options(self) -> dict[str, Any]:
        return {"passes": [p.to_config() for p in self.passes]}

    def to_list(self) -> list[dict[str, Any]]:
        """The passes as ``[{"type": name, **options}]``."""
        return [p.to_config() for p in self.passes]

    @classmethod
    def from_config(cls, config: ConfigSource) -> Pipeline:
        """Build from a list of pass configs, ``{"passes": [...]}``, or ``{"preset": name, "overrides": {...}}``."""
        return load_pipeline(config)

    def to_toml(self) -> str:
        return self._toml(self.to_list())

    @staticmethod
    def _toml(passes: list[Any]) -> str:
        import tomli_w

        from arclean import __version__

        return tomli_w.dumps({"arclean_version": __version__, "passes": passes})

    def save(self, path: str | Path) -> None:
        """Write the pipeline as TOML (or JSON, for a ``.json`` path).

        Relative ``*_file`` paths (from the current directory) are written relative to the
        config's folder, where :func:`load_pipeline` reads them from.
        """
        path = Path(path)
        # Paths are read from the config's folder when it is loaded: rewrite them for that folder.
        passes = file_options(self.to_list(), lambda value: _to_folder(value, path.absolute().parent))
        if path.suffix == ".json":
            text = json.dumps({"passes": passes}, ensure_ascii=False, indent=2) + "\n"
        else:
            text = self._toml(passes)
        path.write_text(text, encoding="utf-8")

    # ----------------------------------------------------------------- overrides
    def with_overrides(self, overrides: Mapping[str, Any]) -> Pipeline:
        """A copy with passes switched off (``False``), on (``True``) or reconfigured (a dict).

        A pass switched on that is not yet in the pipeline goes to its canonical place (its
        ``stage``), which keeps the result idempotent.
        """
        passes = list(self.passes)
        for key, value in overrides.items():
            if key not in PASSES:
                close = difflib.get_close_matches(key, PASSES, n=3)
                hint = f" (did you mean {', '.join(close)}?)" if close else ""
                raise ConfigError(f"unknown pass {key!r}{hint}; known: {', '.join(sorted(PASSES))}")
            present = [i for i, p in enumerate(passes) if p.name == key]
            if value is False or value is None:
                passes = [p for p in passes if p.name != key]
            elif value is True:
                if not present:
                    _insert_canonical(passes, PASSES[key]())
            elif isinstance(value, Mapping):
                if present:
                    for i in present:
                        passes[i] = build_pass({**passes[i].to_config(), **value, "type": key})
                else:
                    _insert_canonical(passes, build_pass({**value, "type": key}))
            else:
                raise ConfigError(
                    f"override {key}={value!r}: use True (on), False (off) or a dict of options"
                )
        return Pipeline(tuple(passes))


def compose(passes: Sequence[Pass]) -> Callable[[str], str]:
    """One function applying ``passes`` one after another (without a pipeline's NFC before and
    after), adjacent plain character maps fused into one map, so that each character is looked
    at once (exact: tests/test_fast_paths.py compares it with the passes run one by one).

    >>> from arclean import PASSES
    >>> fold = compose([PASSES["alef"](), PASSES["ta_marbuta"](), PASSES["hamza_carriers"]()])
    >>> fold("أسئلة مسؤول")
    'اسيله مسوول'
    """
    steps = _fused(passes, _plain_charmap)
    if len(steps) == 1:
        return steps[0][0]
    # each step with the facts it hands on: those every pass of the step keeps
    chain = tuple((step, tuple(k for k in group[0].KEEPS if all(k in p.KEEPS for p in group))) for step, group in steps)

    def run(text: str) -> str:
        for step, kept in chain:
            out = step(text)
            for known in kept:  # (a later pass then finds the fact without a scan)
                known.hand_on(text, out)
            text = out
        return text

    return run


def fused_steps(passes: Sequence[Pass]) -> list[Callable[[str], str]]:
    """The functions :func:`compose` runs: each pass's ``apply``, runs of plain character maps as one."""
    return [run for run, _ in _fused(passes, _plain_charmap)]


def _fused(
    passes: Sequence[Pass], fusable: Callable[[Pass], bool]
) -> list[tuple[Callable[[str], str], tuple[Pass, ...]]]:
    """Each step with the passes it does: one pass, or a run of ``fusable`` character maps fused into one map."""
    steps: list[tuple[Callable[[str], str], tuple[Pass, ...]]] = []
    run: list[Pass] = []  # plain character maps, not yet added

    def flush() -> None:
        fused = CharMap.composed(p.charmap for p in run) if len(run) > 1 else None  # type: ignore[attr-defined]
        steps.extend([(fused.apply, tuple(run))] if fused is not None else [(p.apply, (p,)) for p in run])
        run.clear()

    for p in passes:
        if fusable(p):
            run.append(p)
            continue
        flush()
        steps.append((p.apply, (p,)))
    flush()
    return steps


def changed_by(passes: Sequence[CharMapPass]) -> Callable[[str], list[str]]:
    """For a run of plain character-map passes: given the run's input, the names of the passes that
    change the text they receive, without running them one by one.

    A map changes its input exactly when the input holds one of its keys (no key maps to itself), so
    pass *i* changes the text when the text holds a character whose image under the maps before *i*
    holds one of *i*'s keys; those characters are found once, here.  Exact, unlike comparing the
    fused output with the input (``ا → آ`` then ``آ → ا`` changes the text twice and leaves it as it was).

    >>> from arclean import PASSES
    >>> changed = changed_by([PASSES["tatweel"](), PASSES["alef"]()])
    >>> changed("الأمـة"), changed("أمل"), changed("سلام"), changed("اـ\u0654")
    (['tatweel', 'alef'], ['alef'], [], ['tatweel', 'alef'])
    """
    maps = [p.charmap.mapping for p in passes]
    tests: list[tuple[str, Callable[[str], object]]] = []
    for i, p in enumerate(passes):
        keys = maps[i]
        triggers: set[str] = set()
        for char in set().union(*maps[: i + 1]):
            image = char
            for earlier in maps[:i]:
                image = "".join(earlier.get(c, c) for c in image)
            if any(c in keys for c in image):
                triggers.add(char)
        if triggers:
            tests.append((p.name, re.compile(char_class(triggers)).search))
    # A letter followed by a mark may be read as a composed letter (CharMap's composing rule): the
    # characters alone cannot tell then, so such (rare) texts are run pass by pass.
    marks = "".join(sorted({m for p in passes for m in p.charmap.composing_marks}))

    def one_by_one(text: str) -> list[str]:
        names = []
        for p in passes:
            out = p.charmap(text)
            if out != text:
                names.append(p.name)
            text = out
        return names

    def changed(text: str) -> list[str]:
        if marks and any(mark in text for mark in marks):
            return one_by_one(text)
        return [name for name, search in tests if search(text) is not None]

    return changed


SUMMARY_EXACT = frozenset({Safety.REWRITES_WORDS, Safety.REMOVES_CONTENT})  # counted per kind in a summary

def summary_counts(changes: Iterable[Change]) -> Counter[str]:
    """The counts :meth:`Pipeline.apply_summarised` gives, from an explanation's changes.

    >>> from arclean import PASSES
    >>> summary_counts(Pipeline((PASSES["tatweel"](), PASSES["alef"]())).explain("أمـل أمـل").changes)
    Counter({'tatweel/documents': 1, 'alef/documents': 1})
    """
    changes = list(changes)
    exact = [c for c in changes if _counted_exactly(c.pass_name)]
    counts = count_changes(exact)
    skip = {c.pass_name for c in exact} | {"pipeline"}
    touched = dict.fromkeys(c.pass_name for c in changes if c.pass_name not in skip)
    counts.update(f"{name}/documents" for name in touched)  # in pass order
    return counts


def _counted_exactly(pass_name: str) -> bool:
    cls = PASSES.get(pass_name)
    return cls is not None and cls.SAFETY in SUMMARY_EXACT


_SummaryStep = tuple[Callable[[str], str], str, Pass | None, Callable[[str], list[str]] | None]


def _summary_steps(passes: Sequence[Pass]) -> list[_SummaryStep]:
    """:meth:`Pipeline.apply_summarised`'s steps: ``(run, pass name, pass counted exactly, changed_by)``."""

    def fusable(p: Pass) -> bool:
        return _plain_charmap(p) and p.safety not in SUMMARY_EXACT

    steps: list[_SummaryStep] = []
    for run, group in _fused(passes, fusable):
        if len(group) > 1:
            steps.append((run, "", None, changed_by(group)))  # type: ignore[arg-type]
        else:
            p = group[0]
            steps.append((run, p.name, p if p.safety in SUMMARY_EXACT else None, None))
    return steps


def _plain_charmap(p: Pass) -> bool:
    """A pass whose output is its character map applied to its input, with no fast path of its own."""
    cls = type(p)
    return isinstance(p, CharMapPass) and cls.apply is CharMapPass.apply and cls.prepare is CharMapPass.prepare


def _at_origin(change: Change, origins: list[int]) -> Change:
    if change.line is None or not 0 <= change.line < len(origins):
        return change
    return dataclasses.replace(change, line=origins[change.line])


def _line_origins(before: str, after: str, origins: list[int]) -> list[int]:
    """For each line of ``after``, the input line it came from, given that of each line of ``before``."""
    if before.count("\n") == after.count("\n"):
        return origins  # lines edited in place
    old, new = before.split("\n"), after.split("\n")
    mapped: list[int] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(j2 - j1):
            # kept or rewritten lines map one to one; a new line maps to the old line at its place
            mapped.append(origins[min(i1 + k, max(i2 - 1, i1), len(origins) - 1)])
    return mapped


def _insert_canonical(passes: list[Pass], new: Pass) -> None:
    for i, p in enumerate(passes):
        if p.stage > new.stage:
            passes.insert(i, new)
            return
    passes.append(new)


def _read_config_file(path: Path) -> Any:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"pipeline config {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read pipeline config {path}: {exc}") from None
    try:
        if path.suffix == ".json":
            return json.loads(raw)
        return tomllib.loads(raw)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"pipeline config {path} is not valid {path.suffix[1:].upper() or 'TOML'}: {exc}") from None


def file_options(config: Any, convert: Callable[[str], str]) -> Any:
    """``config`` with ``convert`` applied to the value of every option named ``*_file`` (a path).

    >>> file_options({"passes": [{"type": "typos", "protect_file": "names.txt"}]}, str.upper)
    {'passes': [{'type': 'typos', 'protect_file': 'NAMES.TXT'}]}
    """
    if isinstance(config, Mapping):
        return {
            k: convert(v) if isinstance(k, str) and k.endswith("_file") and isinstance(v, str) and v
            else file_options(v, convert)
            for k, v in config.items()
        }
    if isinstance(config, (list, tuple)):
        return [file_options(v, convert) for v in config]
    return config


def _from_folder(value: str, folder: Path) -> str:
    """A path written in a config file, read from the file's folder (unless it is absolute)."""
    path = Path(value).expanduser()
    return value if path.is_absolute() else str(folder / path)


def _to_folder(value: str, folder: Path) -> str:
    """A path as given in Python (from the current directory), written for a config file in ``folder``."""
    path = Path(value).expanduser()
    if path.is_absolute():
        return value
    try:
        return os.path.relpath(path.absolute(), folder.absolute())
    except ValueError:  # another drive (Windows): no relative path exists
        return str(path.absolute())


def load_pipeline(source: ConfigSource) -> Pipeline:
    """A pipeline from a TOML/JSON file, a dict or a list of pass configs.

    In a file, a relative path given to an option named ``*_file`` (typos ``protect_file``,
    ``forced_file``) is read from the file's folder, so a config and its word lists move together;
    paths given in Python are used as they are (from the current directory).

    >>> load_pipeline([{"type": "tatweel"}]).names
    ['tatweel']
    >>> load_pipeline({"preset": "search", "overrides": {"digits": False}}).names[:3]
    ['unicode', 'invisible', 'tatweel']
    """
    config: Any = source
    if isinstance(source, (str, Path)):
        path = Path(source)
        config = file_options(_read_config_file(path), lambda value: _from_folder(value, path.absolute().parent))
    if isinstance(config, Mapping):
        if "preset" in config:
            from arclean.presets import PRESETS

            extra = set(config) - {"preset", "overrides", "arclean_version", "description"}
            if extra:
                raise ConfigError(f"a preset config takes 'preset' and 'overrides', not {sorted(extra)}")
            base = PRESETS[config["preset"]]
            overrides = config.get("overrides", {})
            if not isinstance(overrides, Mapping):
                raise ConfigError("'overrides' must be a table of pass names")
            return base.with_overrides(overrides)
        if config.get("type") not in (None, "pipeline"):
            return Pipeline((build_pass(config),))
        config = config.get("passes", [])
    if isinstance(config, (str, bytes)) or not isinstance(config, Sequence):
        raise ConfigError(f"a pipeline config is a list of passes, got {type(config).__name__}")
    return Pipeline(tuple(build_pass(c) for c in config))
