"""The benchmark corpora, generated at run time (never committed): plain news text and the same text
fully diacritised.

Plain news: the repository's seed articles plus the body lines of the chrome-dev documents from the
shared eval folder (when it is there), one document per article, repeated to the size asked for.
Diacritised: the same documents with a haraka on every letter that can carry one, from a seeded
generator (:func:`diacritise`): no PyPI package ships a large diacritised MSA news text we could use,
and generating it keeps the two corpora the same text, so their speeds differ only by the marks.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

FATHA, DAMMA, KASRA, SUKUN, SHADDA = "\u064e", "\u064f", "\u0650", "\u0652", "\u0651"
TANWEEN = ("\u064b", "\u064c", "\u064d")
_LETTERS = {chr(c) for c in range(0x0621, 0x064B)} - {"\u0640"}
_BARE = set("اىآ")  # long-vowel carriers: written without a haraka
_MARKS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670"}


def eval_dir() -> Path | None:
    """The shared eval folder: ``$ARCLEAN_EVAL``, or ``shared/eval`` next to the repository."""
    candidates = [os.environ.get("ARCLEAN_EVAL", ""), REPO.parent / "shared" / "eval", REPO / "shared" / "eval"]
    for c in candidates:
        if c and Path(c, "chrome-dev").is_dir():
            return Path(c)
    return None


def cache_dir() -> Path:
    """Where generated corpora go: ``$ARCLEAN_BENCH_CACHE`` or ``~/.cache/arclean-bench``."""
    path = Path(os.environ.get("ARCLEAN_BENCH_CACHE", Path.home() / ".cache" / "arclean-bench"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def news_documents() -> list[str]:
    """One string per article: the seeds, then chrome-dev bodies (their body-labelled lines)."""
    docs = [p.read_text(encoding="utf-8").strip() for p in sorted((REPO / "seeds").glob("*.txt"))]
    folder = eval_dir()
    if folder is not None:
        for labels in sorted((folder / "chrome-dev").glob("*.labels.jsonl")):
            rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
            body = "\n".join(r["text"] for r in rows if r.get("label") == "body")
            if body:
                docs.append(body)
    return docs


def diacritise(text: str, seed: int = 0) -> str:
    """Put a haraka on every letter that can carry one (shadda on some), as fully vowelled text has.

    Shadda comes before or after its haraka at random: both orders occur in real text, and the
    shadda-first order is not NFC, so normalisation costs show.

    >>> diacritise("كتب الطالب", seed=1)[:4] != "كتب "
    True
    """
    rnd = random.Random(seed)
    out: list[str] = []
    n = len(text)
    for i, char in enumerate(text):
        out.append(char)
        if char not in _LETTERS or char in _BARE:
            continue
        nxt = text[i + 1] if i + 1 < n else " "
        if nxt in _MARKS:
            continue  # the text already vowels this letter
        if nxt not in _LETTERS:
            haraka = rnd.choice(TANWEEN) if rnd.random() < 0.2 else rnd.choice((FATHA, DAMMA, KASRA))
        else:
            haraka = rnd.choice((FATHA, DAMMA, KASRA, FATHA, SUKUN))
        if rnd.random() < 0.12 and haraka != SUKUN:  # a doubled consonant carries a vowel
            out.append(SHADDA + haraka if rnd.random() < 0.5 else haraka + SHADDA)
        else:
            out.append(haraka)
    return "".join(out)


def repeat_to_size(docs: Iterable[str], megabytes: float) -> list[str]:
    """The documents, cycled until their UTF-8 size reaches ``megabytes``."""
    docs = list(docs)
    if not docs:
        raise ValueError("no documents to build a corpus from")
    target = int(megabytes * 1_000_000)
    out: list[str] = []
    size = 0
    while size < target:
        for d in docs:
            out.append(d)
            size += len(d.encode("utf-8"))
            if size >= target:
                break
    return out


def corpora(megabytes: float) -> dict[str, list[str]]:
    """``{"plain": docs, "diacritised": docs}``, each about ``megabytes`` of UTF-8."""
    news = news_documents()
    vowelled = [diacritise(d, seed=i) for i, d in enumerate(news)]
    return {"plain": repeat_to_size(news, megabytes), "diacritised": repeat_to_size(vowelled, megabytes)}


def utf8_size(docs: Iterable[str]) -> int:
    return sum(len(d.encode("utf-8")) for d in docs)
