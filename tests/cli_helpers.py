"""Shared by the CLI tests: a news page with web chrome, a messy input tree, and ways to run the command."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import zstandard

ROOT = Path(__file__).resolve().parent.parent

BODY = "أعلن مسؤول كبير في الإدارة الأميركية التوصل إلى اتفاق ينهي رسميا المهام القتالية."
# A news page: title and body with tatweel and spacing to normalise, and three lines of chrome
# (a related link, a share line, a copyright line) that the chrome pass drops.
RAW_ARTICLE = (
    "واشنطن تنهي المهام القتاليـــة لقواتها   في العراق\n"
    "\n"
    f"{BODY}\n"
    "اقرأ أيضا: أسعار النفط ترتفع\n"
    "الاتفاق جاء على هامش زيارة رئيس الوزراء ،  وقال مسؤول إن القوات ستبقى .\n"
    "شارك على فيسبوك\n"
    "جميع الحقوق محفوظة لموقع الأخبار 2021\n"
)
# RAW_ARTICLE cleaned by the default preset: every body line kept, the chrome gone.
CLEAN_ARTICLE = (
    "واشنطن تنهي المهام القتالية لقواتها في العراق\n"
    "\n"
    f"{BODY}\n"
    "الاتفاق جاء على هامش زيارة رئيس الوزراء، وقال مسؤول إن القوات ستبقى."
)
# The lines the chrome pass drops from RAW_ARTICLE: (line number, kind, text).
ARTICLE_CHROME = [
    (4, "related", "اقرأ أيضا: أسعار النفط ترتفع"),
    (6, "share", "شارك على فيسبوك"),
    (7, "copyright", "جميع الحقوق محفوظة لموقع الأخبار 2021"),
]
RECORDS = [
    {"id": 1, "text": "الحمـــد لله  رب العالمين", "url": "https://example.com/a", "score": 1.50},
    {"id": 2, "url": "https://example.com/no-text"},
    {"id": 3, "text": "نص سليم لا يتغير"},
    {"id": 4, "text": RAW_ARTICLE, "meta": {"lang": "ar", "tags": ["أخبار"]}},
]
BAD_LINE = '{"id": 9, "text": "سطر مقطوع'


def jsonl_bytes() -> bytes:
    """Four records and one malformed line (line 3); record 1 keeps a float spelled 1.50, record 3 ASCII escapes."""
    lines = [
        json.dumps(RECORDS[0], ensure_ascii=False).replace("1.5", "1.50"),
        json.dumps(RECORDS[1]),
        BAD_LINE,
        json.dumps(RECORDS[2], ensure_ascii=True),
        json.dumps(RECORDS[3], ensure_ascii=False),
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def make_tree(root: Path, huge_mb: float = 2.0) -> Path:
    """A folder tree with every kind of input the command must survive; returns the input folder."""
    src = root / "in"
    (src / "news" / "2024" / "deep").mkdir(parents=True)
    (src / "shards").mkdir()
    (src / "news" / "article.txt").write_text(RAW_ARTICLE, encoding="utf-8")
    (src / "news" / "2024" / "deep" / "nested.txt").write_text("نص في مجلد عميق ،  جدا\n", encoding="utf-8")
    (src / "news" / "legacy-cp1256.txt").write_bytes(
        "مرحبا بكم في الموقع الإخباري ، نتمنى لكم قراءة ممتعة\n".encode("cp1256")
    )
    (src / "news" / "utf16.txt").write_bytes("الســلام  عليكم\n".encode("utf-16"))
    (src / "news" / "bom.txt").write_bytes("\ufeffنص بعلامة ترتيب البايت  \n".encode())
    (src / "news" / "empty.txt").write_bytes(b"")
    (src / "news" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (src / "news" / "huge-line.txt").write_text("كلمة  " * int(huge_mb * 1e6 / 12), encoding="utf-8")
    (src / "news" / "readme.md").write_text("not read: unknown extension in a folder", encoding="utf-8")
    (src / ".hidden").mkdir()
    (src / ".hidden" / "skip.txt").write_text("ignored", encoding="utf-8")
    data = jsonl_bytes()
    (src / "shards" / "part-0.jsonl").write_bytes(data)
    (src / "shards" / "part-1.jsonl.gz").write_bytes(gzip.compress(data, mtime=0))
    (src / "shards" / "part-2.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    os.symlink(root / "does-not-exist.txt", src / "news" / "dangling.txt")
    return src


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (symbolic links as their target path), by relative path."""
    out: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            out[rel] = os.readlink(path).encode()
        elif path.is_file():
            out[rel] = path.read_bytes()
    return out


def outputs(folder: Path) -> dict[str, bytes]:
    """Output files (the manifest aside, which records times)."""
    return {k: v for k, v in snapshot(folder).items() if not k.endswith(".arclean-manifest.jsonl")}


def run_module(
    *args: str, cwd: Path, stdin: bytes | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """``python -m arclean ARGS`` in a subprocess, importing this checkout's arclean."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "arclean", *args], cwd=cwd, input=stdin, capture_output=True, env=env, timeout=timeout
    )
