"""Unified diffs of a document before and after cleaning, coloured for a terminal when asked.

>>> print(unified_diff("مرحبا\\nاهـــلا\\n", "مرحبا\\nاهلا\\n", "a.txt"), end="")
--- a/a.txt
+++ b/a.txt
@@ -1,2 +1,2 @@
 مرحبا
-اهـــلا
+اهلا
"""

from __future__ import annotations

import difflib

__all__ = ["line_change", "unified_diff"]

_COLOURS = {"+": "\x1b[32m", "-": "\x1b[31m", "@": "\x1b[36m"}
_RESET = "\x1b[0m"


def unified_diff(before: str, after: str, label: str, *, colour: bool = False, context: int = 3) -> str:
    """The diff as text (empty when nothing changed); lines are compared without their line breaks."""
    if before == after:
        return ""
    lines = difflib.unified_diff(
        before.splitlines(), after.splitlines(), f"a/{label}", f"b/{label}", n=context, lineterm=""
    )
    out = []
    for line in lines:
        head = line[:1]
        if colour and not line.startswith(("---", "+++")) and head in _COLOURS:
            line = f"{_COLOURS[head]}{line}{_RESET}"
        elif colour and line.startswith(("---", "+++")):
            line = f"\x1b[1m{line}{_RESET}"
        out.append(line)
    return "\n".join(out) + "\n"


def line_change(label: str, before: str, after: str, *, colour: bool = False) -> str:
    """One changed line, for inputs cleaned line by line (a full diff header per line would be noise).

    >>> print(line_change("in.txt:3", "اهـــلا", "اهلا"), end="")
    @@ in.txt:3 @@
    -اهـــلا
    +اهلا
    """
    lines = [(f"@@ {label} @@", "@"), (f"-{before}", "-"), (f"+{after}", "+")]
    if colour:
        return "".join(f"{_COLOURS[head]}{text}{_RESET}\n" for text, head in lines)
    return "".join(text + "\n" for text, _ in lines)
