"""Run a costly pattern only where a cheap anchor says it can match.

Patterns that open with a long alternation (weekdays, exchanges) are tried at every
position of a text by the regex engine; an anchor (a month name, a colon, the word
"ticker") is found by a fast scan, and the full pattern runs only in a window around
each hit. Windows are merged, so each character is read a bounded number of times and
the cost stays linear in the text.
"""

from __future__ import annotations

import regex


def windows(
    anchor: regex.Pattern[str], text: str, start: int, end: int, before: int, after: int
) -> list[tuple[int, int]]:
    """Merged [start, end) ranges around every anchor hit in text[start:end]."""
    ranges: list[tuple[int, int]] = []
    for hit in anchor.finditer(text, start, end):
        a, b = max(start, hit.start() - before), min(end, hit.end() + after)
        if ranges and a <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(b, ranges[-1][1]))
        else:
            ranges.append((a, b))
    return ranges


def finditer_near(
    pattern: regex.Pattern[str],
    anchor: regex.Pattern[str],
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    before: int,
    after: int,
) -> list[regex.Match[str]]:
    """pattern.finditer over the windows around anchor hits: the same matches as a full scan
    for any match that lies within ``before``/``after`` characters of an anchor."""
    stop = len(text) if end is None else end
    found: list[regex.Match[str]] = []
    for a, b in windows(anchor, text, start, stop, before, after):
        found.extend(pattern.finditer(text, a, b))
    return found
