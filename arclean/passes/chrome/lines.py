"""Cutting whole lines out of a text without disturbing the rest of it.

Lines are split at every line break the ``whitespace`` pass knows (``str.splitlines``: LF, CR,
CRLF, U+2028, ...), so chrome removal sees the same lines whether it runs before or after line
breaks are unified.  Kept lines keep their own line ends; blank lines between removed lines go with
them, so removing never leaves a run of blank lines that was not there.

>>> text = "العنوان\\n\\nشارك\\n\\nالنص."
>>> lines = split_lines(text)
>>> join_lines(lines, remove_lines(list(range(len(lines))), lines, {2}))
'العنوان\\n\\nالنص.'
"""

from __future__ import annotations

from collections.abc import Container

__all__ = ["join_lines", "remove_lines", "split_lines"]


def split_lines(text: str) -> list[str]:
    """The lines of ``text``, each with its own line end (the last may have none).

    >>> split_lines("عنوان\\r\\nنص")
    ['عنوان\\r\\n', 'نص']
    """
    return text.splitlines(keepends=True) or [text]


def join_lines(lines: list[str], alive: list[int]) -> str:
    """The text made of the ``alive`` lines.  It ends with a line break exactly when the original did.

    >>> join_lines(["عنوان\\n", "شارك\\n", "نص"], [0, 2])
    'عنوان\\nنص'
    """
    if not alive:
        return ""
    out = "".join(lines[k] for k in alive)
    ended = lines[-1].splitlines()[0] != lines[-1] if lines[-1] else False
    if alive[-1] != len(lines) - 1 and not ended:
        out = out[: len(out) - len(lines[alive[-1]])] + lines[alive[-1]].splitlines()[0]
    return out


def remove_lines(
    alive: list[int], lines: list[str], dropped: set[int], nonblank: Container[int] | None = None
) -> list[int]:
    """``alive`` (line numbers into ``lines``) without ``dropped``, and without the blank lines that
    separated the dropped lines: a gap between kept lines stays the longest gap it replaced, and
    dropped lines at the start or end of the text take their blank lines with them.  ``nonblank``,
    when the caller knows them, are the numbers of the lines that are not blank.

    >>> lines = ["A\\n", "\\n", "X\\n", "\\n", "B\\n", "X\\n", "\\n"]
    >>> [lines[k] for k in remove_lines(list(range(7)), lines, {2, 5})]
    ['A\\n', '\\n', 'B\\n', '\\n']
    """
    segments: list[tuple[list[int], int]] = []
    gap: list[int] = []
    for k in alive:
        if (k in nonblank) if nonblank is not None else lines[k].strip():
            segments.append((gap, k))
            gap = []
        else:
            gap.append(k)
    trailing = gap
    out: list[int] = []
    carry: list[int] | None = None  # the gap in front of a run of dropped lines
    for gap, k in segments:
        if k in dropped:
            carry = gap if carry is None or len(gap) > len(carry) else carry
            continue
        if carry is not None:
            gap = carry if not out else max(carry, gap, key=len)
            carry = None
        out.extend(gap)
        out.append(k)
    out.extend(trailing)
    return out
