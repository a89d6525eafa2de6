"""The jobs measured and who does each: arclean's pass or preset, and the peer functions that do the
same job (``same_job=True``, counted in the ratio) or a related one (shown for context only).

Peers are optional: a package that is not installed is reported as missing, never an error.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import re
import sys
import types
import unicodedata
from collections.abc import Callable

import arclean
from arclean import PASSES, PRESETS
from arclean.pipeline import compose

TextFn = Callable[[str], str]


@dataclasses.dataclass(frozen=True)
class Impl:
    """One implementation of a job: a label, a ``str -> str`` function, and whether it does the same job."""

    label: str
    fn: TextFn
    same_job: bool = True
    note: str = ""
    takes_bytes: bool = False  # fed the UTF-8 bytes of each document instead of the text


@dataclasses.dataclass(frozen=True)
class Job:
    """What is measured: arclean's implementation against its peers, on every corpus."""

    name: str
    group: str  # "pass", "combined", "preset" or "reference"
    arclean: Impl | None
    peers: tuple[Impl, ...] = ()
    note: str = ""


MISSING: dict[str, str] = {}
"""Peer package → why it could not be loaded (filled as jobs are built)."""


def _load(module: str, package: str) -> types.ModuleType | None:
    try:
        return importlib.import_module(module)
    except Exception as exc:  # any import failure just drops the peer
        MISSING[package] = f"{type(exc).__name__}: {exc}"
        return None


def _load_tnkeeh() -> types.ModuleType | None:
    # tnkeeh imports pandas and farasapy at module level but the functions measured here use
    # neither; stand-in modules let it import without pulling pandas and a Java segmenter.
    for top in ("pandas", "farasa"):
        if top in sys.modules or importlib.util.find_spec(top) is not None:
            continue
        for name in (top, f"{top}.segmenter"):
            stub = types.ModuleType(name)
            stub.FarasaSegmenter = object  # type: ignore[attr-defined]
            sys.modules[name] = stub
    return _load("tnkeeh.tnkeeh", "tnkeeh")


def _chain(*fns: TextFn) -> TextFn:
    def run(text: str) -> str:
        for fn in fns:
            text = fn(text)
        return text

    return run


class Peers:
    """Every peer function, looked up once; attributes are ``None`` when the package is missing."""

    def __init__(self) -> None:
        self.araby = _load("pyarabic.araby", "pyarabic")
        self.pyarabic_norm = _load("pyarabic.normalize", "pyarabic")
        self.camel_dediac = _load("camel_tools.utils.dediac", "camel-tools")
        self.camel_norm = _load("camel_tools.utils.normalize", "camel-tools")
        camel_charmap = _load("camel_tools.utils.charmap", "camel-tools")
        self.camel_mapper = camel_charmap.CharMapper.builtin_mapper("arclean") if camel_charmap else None
        self.wordfreq = _load("wordfreq.preprocess", "wordfreq")
        self.ftfy = _load("ftfy", "ftfy")
        self.ftfy_fixes = _load("ftfy.fixes", "ftfy")
        self.tnkeeh = _load_tnkeeh()
        arabert = _load("arabert.preprocess", "arabert")
        # the v02 models need no Farasa segmentation, so the preprocessor runs without Java
        self.arabert = arabert.ArabertPreprocessor("bert-base-arabertv02").preprocess if arabert else None

    # ------------------------------------------------------------------ per job
    def diacritics(self) -> list[Impl]:
        out = []
        if self.tnkeeh:
            out.append(Impl("tnkeeh _remove_diacritics", self.tnkeeh._remove_diacritics, note="8 harakat"))
        if self.camel_dediac:
            out.append(Impl("CAMeL dediac_ar", self.camel_dediac.dediac_ar, note="8 harakat + U+0670"))
        if self.wordfreq:
            out.append(Impl("wordfreq remove_marks", self.wordfreq.remove_marks, note="every Mn mark + tatweel"))
        if self.araby:
            out.append(Impl("pyarabic strip_tashkeel", self.araby.strip_tashkeel, note="8 harakat"))
            out.append(Impl("pyarabic strip_diacritics", self.araby.strip_diacritics, note="harakat + Quranic marks"))
        return out

    def tatweel(self) -> list[Impl]:
        out = []
        if self.araby:
            out.append(Impl("pyarabic strip_tatweel", self.araby.strip_tatweel))
        if self.tnkeeh:
            out.append(Impl("tnkeeh remove_tatweel", lambda t: re.sub("ـ", "", t), note="its re.sub step"))
        return out

    def alef(self) -> list[Impl]:
        out = []
        if self.camel_norm:
            out.append(Impl("CAMeL normalize_alef_ar", self.camel_norm.normalize_alef_ar))
        if self.araby:
            out.append(Impl("pyarabic normalize_alef", self.araby.normalize_alef, False, "also folds ى and U+0670"))
        return out

    def alef_maqsura(self) -> list[Impl]:
        if self.camel_norm:
            return [Impl("CAMeL normalize_alef_maksura_ar", self.camel_norm.normalize_alef_maksura_ar)]
        return []

    def ta_marbuta(self) -> list[Impl]:
        out = []
        if self.camel_norm:
            out.append(Impl("CAMeL normalize_teh_marbuta_ar", self.camel_norm.normalize_teh_marbuta_ar))
        if self.araby:
            out.append(Impl("pyarabic normalize_teh", self.araby.normalize_teh))
        return out

    def unicode(self) -> list[Impl]:
        out = []
        if self.camel_norm:
            out.append(Impl("CAMeL normalize_unicode", self.camel_norm.normalize_unicode, note="NFKC of everything"))
        if self.tnkeeh:
            out.append(Impl("tnkeeh _normalize_data", self.tnkeeh._normalize_data, note="presentation-form table"))
        if self.araby:
            out.append(Impl("pyarabic normalize_ligature", self.araby.normalize_ligature, False, "lam-alef only"))
        return out

    def invisible(self) -> list[Impl]:
        if self.ftfy_fixes:
            return [Impl("ftfy remove_control_chars", self.ftfy_fixes.remove_control_chars, note="controls, BOM")]
        return []

    def whitespace(self) -> list[Impl]:
        out = []
        if self.ftfy_fixes:
            out.append(Impl("ftfy fix_line_breaks", self.ftfy_fixes.fix_line_breaks, False, "line breaks only"))
        if self.tnkeeh:
            out.append(Impl("tnkeeh _remove_extra_spaces", self.tnkeeh._remove_extra_spaces, False, "' +' only"))
        return out

    def elongation(self) -> list[Impl]:
        if self.tnkeeh:
            note = "any character run to 2"
            return [Impl("tnkeeh _remove_repeated_chars", self.tnkeeh._remove_repeated_chars, note=note)]
        return []

    def fold_alef_ya_ta(self) -> list[Impl]:
        out = []
        if self.camel_norm:
            n = self.camel_norm
            fn = _chain(n.normalize_alef_ar, n.normalize_alef_maksura_ar, n.normalize_teh_marbuta_ar)
            out.append(Impl("CAMeL alef + alef_maksura + teh_marbuta", fn))
        if self.araby:
            fn = _chain(self.araby.normalize_alef, self.araby.normalize_teh)
            out.append(Impl("pyarabic normalize_alef + normalize_teh", fn, note="ى → ا, not ي"))
        return out

    def fold_hamza(self) -> list[Impl]:
        if self.araby:
            araby = self.araby
            return [Impl("pyarabic normalize_hamza(tasheel)", lambda t: araby.normalize_hamza(t, "tasheel"))]
        return []

    def whole(self, search: bool) -> list[Impl]:
        """Whole preprocessors; for the ``search`` preset the search-key ones count as the same job."""
        out = []
        if self.pyarabic_norm:
            out.append(Impl("pyarabic normalize_searchtext", self.pyarabic_norm.normalize_searchtext, search))
        if self.wordfreq:
            wf = self.wordfreq
            out.append(Impl("wordfreq preprocess_text(ar)", lambda t: wf.preprocess_text(t, "ar"), search))
        if self.camel_mapper:
            out.append(Impl("CAMeL CharMapper arclean", self.camel_mapper.map_string, search))
        if self.tnkeeh:
            tk = self.tnkeeh
            options = dict(
                segment=False,
                remove_repeated_chars=False,
                remove_html_elements=True,
                remove_english=False,
                normalize=True,
                remove_diacritics=True,
                remove_special_chars=False,
                excluded_chars=[],
                remove_tatweel=True,
                remove_links=False,
                remove_twitter_meta=False,
                remove_long_words=False,
            )
            out.append(Impl("tnkeeh clean", lambda t: tk._clean_text(t, **options), search))
        if self.ftfy:
            out.append(Impl("ftfy fix_text", self.ftfy.fix_text, False, "encoding repair"))
        if self.arabert:
            out.append(Impl("arabert preprocess (v02)", self.arabert, False, "model input"))
        return out


def _pass(name: str, **options: object) -> Impl:
    # A pass is called as ``p.apply(text)``, its documented fast path; ``p(text)`` adds one Python
    # call (about 0.1 µs per document).
    p = arclean.build_pass({"type": name, **options})
    label = f"arclean {name}" + "".join(f" {k}={v}" for k, v in options.items())
    return Impl(label, p.apply)


def _passes(*names: str) -> Impl:
    # Passes one after another, as a user chains folds: arclean.pipeline.compose, which fuses
    # adjacent character maps (a Pipeline would add its NFC before and after, a job of its own).
    return Impl("arclean " + " + ".join(names), compose([PASSES[n]() for n in names]))


def build_jobs() -> list[Job]:
    """Every job: each normalisation pass, combined folds, each preset, and the reference points."""
    peers = Peers()
    per_pass: dict[str, list[Impl]] = {
        "unicode": peers.unicode(),
        "invisible": peers.invisible(),
        "whitespace": peers.whitespace(),
        "diacritics": peers.diacritics(),
        "tatweel": peers.tatweel(),
        "alef": peers.alef(),
        "alef_maqsura": peers.alef_maqsura(),
        "ta_marbuta": peers.ta_marbuta(),
        "hamza_carriers": [],
        "persian": [],
        "digits": [],
        "punctuation": [],
        "elongation": [],
    }
    jobs = [Job(name, "pass", _pass(name), tuple(impls)) for name, impls in per_pass.items()]
    jobs.append(Job("elongation max_repeat=2", "pass", _pass("elongation", max_repeat=2), tuple(peers.elongation())))
    folds = _passes("alef", "alef_maqsura", "ta_marbuta")
    jobs.append(Job("fold alef + ى + ة", "combined", folds, tuple(peers.fold_alef_ya_ta())))
    jobs.append(Job("fold hamza (tasheel)", "combined", _passes("alef", "hamza_carriers"), tuple(peers.fold_hamza())))
    for name in PRESETS:
        if name == "none":
            continue
        pipe = PRESETS[name]  # looked up at run time: whatever the preset holds now
        note = " → ".join(pipe.names)
        jobs.append(Job(f"preset {name}", "preset", Impl(f"arclean preset {name}", pipe.apply), (), note))
        if name == "default":
            jobs.append(default_with_typos())
    jobs.append(Job("whole preprocessors", "preset", None, tuple(peers.whole(search=True)), "vs preset search"))
    jobs += reference_jobs()
    return jobs


DEFAULT_TYPOS = "preset default + typos"


def default_with_typos() -> Job:
    """The whole default pipeline the issue asks for (chrome, normalisation and typos), warm.

    ``default`` leaves typos out (docs/typos.md says why).  The typos pass caches its decision for
    each word, and the corpora repeat their documents, so after the untimed first run every word
    is known: this row is a long run's steady state.  What a new corpus costs, every decision made
    once, is measured apart (:func:`benchmarks.run.measure_cold`).
    """
    pipe = arclean.pipeline("default", typos=True)
    impl = Impl("arclean preset default + typos, warm (word decisions cached)", pipe.apply)
    return Job(DEFAULT_TYPOS, "preset", impl, (), " → ".join(pipe.names))


def reference_jobs() -> list[Job]:
    """How close to the machine's limit: the cost of touching the text at all."""
    harakat = "".join(map(chr, range(0x064B, 0x0653)))
    never = re.compile("[\u0700-\u074f]")  # Syriac: never in the corpora, so a scan of every character
    harakat_re = re.compile(f"[{harakat}]")
    table = dict.fromkeys(map(ord, harakat))
    impls = [
        Impl("decode UTF-8 bytes", lambda b: b.decode("utf-8"), takes_bytes=True),
        Impl("re scan (no match)", lambda t: (never.search(t) and t) or t),
        Impl("re.sub harakat class", lambda t: harakat_re.sub("", t)),
        Impl("8× str.replace", _chain(*(lambda t, c=c: t.replace(c, "") for c in harakat))),
        Impl("str.translate dict", lambda t: t.translate(table)),
        Impl("unicodedata NFC", lambda t: unicodedata.normalize("NFC", t)),
    ]
    regex = _load("regex", "regex")
    if regex is not None:
        never_x = regex.compile("[\u0700-\u074f]")
        impls.insert(2, Impl("regex scan (no match)", lambda t: (never_x.search(t) and t) or t))
    return [Job("references", "reference", None, tuple(impls))]
