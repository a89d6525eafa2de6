"""The typo pass's shortcuts give exactly what the full computation gives.

Each test runs a shortcut and the plain definition on the same inputs: real listed words of every
frequency, the same words after a typo (a confusable letter swapped in, a letter dropped or
added, clitics attached) and random letter strings.  Speed is measured in benchmarks/.
"""

from __future__ import annotations

import functools
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from arclean.passes.typos import candidates
from arclean.passes.typos.candidates import ErrorModels, _spec, reach_key
from arclean.passes.typos.decide import Corrector
from arclean.passes.typos.lexicon import Lexicon, wordfreq_lexicon
from arclean.passes.typos.tokens import fold, is_plain

LETTERS = "".join(filter(is_plain, map(chr, range(0x0600, 0x0700))))
# Letters the error models swap, add or drop, weighted up so that typos are common.
CONFUSABLE = "اأإآءؤئوىيةهغفل"


@functools.cache
def _sample_words() -> tuple[str, ...]:
    """Listed words across the whole frequency range (every 97th, commonest first)."""
    lex = wordfreq_lexicon()
    ranked = sorted(lex.words, key=lambda w: (-lex.words[w], w))
    return tuple(ranked[::97])


def _typo(word: str, op: int, at: int, letter: str) -> str:
    i = at % (len(word) + 1)
    if op == 0:
        return word[:i] + letter + word[i + 1 :]
    if op == 1:
        return word[:i] + word[i + 1 :]
    if op == 2:
        return word[:i] + letter + word[i:]
    return ("و", "ف", "ب", "ال", "وال", "لل", "ك")[at % 7] + word + ("", "ه", "ها", "هم")[at % 4]


letters = st.sampled_from(LETTERS + CONFUSABLE * 3)
listed_words = st.builds(lambda i: _sample_words()[i % len(_sample_words())], st.integers(min_value=0))
typed_words = st.one_of(
    listed_words,
    st.builds(_typo, listed_words, st.integers(0, 4), st.integers(0, 20), letters),
    st.text(letters, min_size=2, max_size=9),
)


class _FullComputation(Corrector):
    """The corrector without the out-of-reach shortcut: every word's candidates generated."""

    def _out_of_reach(self, word: str) -> bool:
        return False


@functools.cache
def _correctors(confidence: float, kinds: tuple[str, ...] = ()) -> tuple[Corrector, Corrector]:
    lex = wordfreq_lexicon()
    return Corrector(lex, kinds, confidence=confidence), _FullComputation(lex, kinds, confidence=confidence)


# ---------------------------------------------------------------- out of reach
def _every_rewrite() -> list[tuple[str, str]]:
    pairs = [(r["written"], i) for r in _spec()["substitutions"] for i in r["intended"]]
    return pairs + [(b, a) for a, b in pairs] + [(c, fold(c)) for c in LETTERS]


def test_reach_key_is_kept_by_every_rule_in_every_short_context() -> None:
    contexts = ["", *LETTERS]
    for (written, intended), before, after in itertools.product(_every_rewrite(), contexts, contexts):
        assert reach_key(before + written + after) == reach_key(before + intended + after), (written, intended)
    assert reach_key("غلى") is not None


@settings(max_examples=300, deadline=None)
@given(st.text(letters, max_size=6), st.sampled_from(_every_rewrite()), st.text(letters, max_size=6))
def test_reach_key_is_kept_by_every_rule_in_any_context(before: str, rewrite: tuple[str, str], after: str) -> None:
    written, intended = rewrite
    assert reach_key(before + written + after) == reach_key(before + intended + after)


@settings(max_examples=200, deadline=None)
@given(typed_words)
def test_every_confusion_candidate_shares_the_reach_key(word: str) -> None:
    lex = wordfreq_lexicon()
    for cand in ErrorModels().confusions(word, lex.confusables):
        assert reach_key(cand.word) == reach_key(word), cand


@settings(max_examples=200, deadline=None)
@given(typed_words, st.sampled_from([(), ("hamza",), ("keyboard", "ta_marbuta")]))
def test_every_confusion_candidate_has_a_searched_skeleton(word: str, kinds: tuple[str, ...]) -> None:
    lex = wordfreq_lexicon()
    models = ErrorModels(kinds)
    skeletons = set(models.skeletons(word))
    for cand in models.confusions(word, lex.confusables):
        assert fold(cand.word) in skeletons, cand


@settings(max_examples=300, deadline=None)
@given(typed_words, st.sampled_from([0.0, -0.3, 0.5, 2.0]))
def test_out_of_reach_shortcut_decides_as_the_full_computation(word: str, confidence: float) -> None:
    fast, full = _correctors(confidence)
    assert fast.decide(word) == full.decide(word)


@settings(max_examples=100, deadline=None)
@given(typed_words, st.sampled_from([("hamza",), ("keyboard", "ta_marbuta"), ("alef_maqsura", "deletion")]))
def test_out_of_reach_shortcut_decides_as_the_full_computation_for_some_kinds(word: str, kinds: tuple) -> None:
    fast, full = _correctors(0.0, kinds)
    assert fast.decide(word) == full.decide(word)


@functools.cache
def _common_words() -> tuple[str, ...]:
    """Listed words a slip's fix may be (zipf 4.5 and up), of three letters or more."""
    lex = wordfreq_lexicon()
    return tuple(sorted(w for w, z in lex.words.items() if z >= 4.5 and len(w) >= 3))


def _slip(word: str, op: int, at: int) -> str:
    """``word`` with one letter dropped, doubled or swapped with the next."""
    i = 1 + at % max(1, len(word) - 2)
    if op == 0:
        return word[:i] + word[i + 1 :]
    if op == 1:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1 : i + 2] + word[i] + word[i + 2 :]


slipped_words = st.builds(
    lambda i, op, at: _slip(_common_words()[i % len(_common_words())], op, at),
    st.integers(min_value=0),
    st.integers(0, 2),
    st.integers(0, 20),
)


@settings(max_examples=300, deadline=None)
@given(slipped_words, st.sampled_from([0.0, 0.5]))
def test_slips_of_common_words_are_decided_as_the_full_computation(word: str, confidence: float) -> None:
    # the slip tier's gate in the out-of-reach shortcut (Corrector._slip_reaches) lets through
    # every listed word a slip's fix could win
    fast, full = _correctors(confidence)
    assert fast.decide(word) == full.decide(word)


@settings(max_examples=300, deadline=None)
@given(st.one_of(typed_words, slipped_words), st.sampled_from([3.0, 4.5]))
def test_letter_edits_test_a_cores_neighbours_as_the_loop_does(word: str, min_zipf: float) -> None:
    lex, models = wordfreq_lexicon(), ErrorModels()
    fast = list(models.edits(word, lex, min_zipf))
    shortcut = candidates._no_neighbour
    try:
        candidates._no_neighbour = lambda *_: False  # every core through the loop
        full = list(models.edits(word, lex, min_zipf))
    finally:
        candidates._no_neighbour = shortcut
    assert fast == full


def test_out_of_reach_shortcut_is_taken_and_refused() -> None:
    fast, _ = _correctors(0.0)
    assert fast._out_of_reach("الحكومة")  # common, and nothing it could be is commoner
    assert fast._out_of_reach("حصينة")  # its key is حصانة's (ي and ا share a class), its skeletons are not
    assert not fast._out_of_reach("الاول")  # الأول is commoner
    assert not fast._out_of_reach("غلى")  # إلى, through a keyboard slip
    assert not fast._out_of_reach("والتحاف")  # unlisted: edits may apply
    assert not fast._out_of_reach("بكشل")  # listed at 1.92, no confusion reaches higher: a slip of بشكل
    tiny = Lexicon({"إلى": 6.91, "قبل": 5.5})
    assert tiny.top_zipf(reach_key, 2.0)[reach_key("الي")] == 6.91
