"""Run a costly pattern only where a cheap anchor says it can match.

Patterns that open with a long alternation (weekdays, exchanges) are tried at every
position of a text by the regex engine; an anchor (a month name, a colon, the word
"ticker") is found by a fast scan, and the full pattern runs only in a window around
each hit. Windows are merged, so each character is read a bounded number of times and
the cost stays linear in the text.

The fastest anchors are plain words: :class:`Words` finds them with ``str.find`` on the
lower-cased text, which runs at memory speed, where a case-insensitive alternation in
either regex engine costs a pattern step at every position (5-10x slower).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

import regex

from .safety import SafePattern, lowered


class _Hit(Protocol):
    def start(self) -> int: ...
    def end(self) -> int: ...


class Anchor(Protocol):
    """Anything with ``finditer(text, start, end)`` yielding hits: a pattern or :class:`Words`."""

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterable[_Hit]: ...


class _Span:
    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


class Words:
    """An anchor of plain words, matched case-insensitively (``case=True``: as written).
    ``whole`` words must not touch a letter or digit on either side ("id" but not "did")."""

    __slots__ = ("_case", "_needles", "_whole")

    def __init__(self, words: Sequence[str], *, whole: Sequence[str] = (), case: bool = False) -> None:
        fold = (lambda w: w) if case else str.lower
        self._needles = tuple(dict.fromkeys(fold(w) for w in (*words, *whole)))
        self._whole = frozenset(fold(w) for w in whole)
        self._case = case

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of every occurrence in text[start:end], in order."""
        hay = text if self._case else lowered(text)
        stop = len(text) if end is None else end
        found: list[tuple[int, int]] = []
        for needle in self._needles:
            whole, size = needle in self._whole, len(needle)
            at = hay.find(needle, start, stop)
            while at >= 0:
                if not whole or (not _is_word(hay, at - 1) and not _is_word(hay, at + size)):
                    found.append((at, at + size))
                at = hay.find(needle, at + 1, stop)
        found.sort()
        return found

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> list[_Span]:
        return [_Span(a, b) for a, b in self.spans(string, pos, endpos)]


class AnyOf:
    """Hits of several anchors, in order. The regex engine skips fast to a pattern's first
    required character, but not through a top-level alternation of unlike branches:
    scanning each branch on its own is 2-3x faster than one pattern with "|"."""

    __slots__ = ("_anchors",)

    def __init__(self, *anchors: Anchor) -> None:
        self._anchors = anchors

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of every hit of any anchor in text[start:end], in order."""
        return sorted({span for anchor in self._anchors for span in _spans(anchor, text, start, end)})

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> list[_Span]:
        return [_Span(a, b) for a, b in self.spans(string, pos, endpos)]


def _spans(anchor: Anchor, text: str, start: int, end: int | None) -> list[tuple[int, int]]:
    """An anchor's hits as (start, end) pairs: plain-word anchors give them without
    building a match object per hit (windows are drawn dozens of times a release)."""
    if isinstance(anchor, (Words, AnyOf)):
        return anchor.spans(text, start, end)
    return [(hit.start(), hit.end()) for hit in anchor.finditer(text, start, end)]


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


Hits = list[tuple[int, int]] | tuple[tuple[int, int], ...]


def windows(anchor: Anchor | Hits, text: str, start: int, end: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merged [start, end) ranges around every anchor hit in text[start:end] (or around each
    of a list of (start, end) hits already found)."""
    if isinstance(anchor, (list, tuple)):
        hits: Iterable[tuple[int, int]] = [h for h in anchor if start <= h[0] and h[1] <= end]
    else:
        hits = _spans(anchor, text, start, end)
    ranges: list[tuple[int, int]] = []
    for hit_start, hit_end in hits:
        a, b = max(start, hit_start - before), min(end, hit_end + after)
        if ranges and a <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(b, ranges[-1][1]))
        else:
            ranges.append((a, b))
    return ranges


def finditer_near(
    pattern: SafePattern,
    anchor: Anchor | Hits,
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
        found.extend(pattern.finditer_list(text, a, b))
    return found
