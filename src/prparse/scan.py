"""Run a costly pattern only where a cheap anchor says it can match.

Patterns that open with a long alternation (weekdays, exchanges) are tried at every
position of a text by the regex engine; an anchor (a month name, a colon, the word
"ticker") is found by a fast scan, and the full pattern runs only in a window around
each hit. Windows are merged, so each character is read a bounded number of times and
the cost stays linear in the text.

The fastest anchors are plain words: :class:`Words` finds them with ``str.find`` on the
lower-cased text, which runs at memory speed, where a case-insensitive alternation in
either regex engine costs a pattern step at every position (5-10x slower). With
``pyahocorasick`` installed (the ``fast`` extra), every word of every anchor is found in one
Aho-Corasick pass over the text instead of one ``str.find`` pass a word (about a hundred).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import regex

from .safety import SafePattern, lowered

try:  # the optional ``fast`` extra
    import ahocorasick
except ImportError:  # pragma: no cover - exercised where the extra is missing
    ahocorasick = None


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


class _WordIndex:
    """Where each word of every :class:`Words` anchor starts in a (lower-cased) text: one
    Aho-Corasick pass finds them all, kept for the last text asked about (the steps of one
    parse ask about the same text, anchor after anchor)."""

    __slots__ = ("_automaton", "_last", "_words")

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._automaton: Any = None  # built on first use, once every module's anchors are known
        self._last: tuple[str, dict[str, list[int]]] | None = None

    def add(self, words: Iterable[str]) -> None:
        self._words.update(words)
        self._automaton, self._last = None, None

    def starts(self, hay: str) -> dict[str, list[int]]:
        """Each word's start offsets in ``hay``, in order (overlapping ones too, as ``str.find`` finds)."""
        last = self._last
        if last is not None and last[0] is hay:
            return last[1]
        automaton = self._automaton
        if automaton is None:
            automaton = ahocorasick.Automaton()
            for word in self._words:
                automaton.add_word(word, word)
            automaton.make_automaton()
            self._automaton = automaton
        found: dict[str, list[int]] = {}
        for end, word in automaton.iter(hay):
            found.setdefault(word, []).append(end - len(word) + 1)
        self._last = (hay, found)
        return found


# The index of the anchors matched in lower case. (Those matched as written are a few short
# marks, "#", "/", "EPIC", each found by ``str.find`` faster than by a pass of their own.)
_INDEX = _WordIndex() if ahocorasick is not None else None
# A stretch under 1/_ASK_SHARE of its text is scanned on its own, not through the text's index.
_ASK_SHARE = 8


class Words:
    """An anchor of plain words, matched case-insensitively (``case=True``: as written).
    ``whole`` words must not touch a letter or digit on either side ("id" but not "did")."""

    __slots__ = ("_case", "_needles", "_whole")

    def __init__(self, words: Sequence[str], *, whole: Sequence[str] = (), case: bool = False) -> None:
        fold = (lambda w: w) if case else str.lower
        self._needles = tuple(dict.fromkeys(fold(w) for w in (*words, *whole)))
        if not all(self._needles):
            raise ValueError("an anchor word is empty")
        self._whole = frozenset(fold(w) for w in whole)
        self._case = case
        if _INDEX is not None and not case:
            _INDEX.add(self._needles)

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of every occurrence in text[start:end], in order."""
        hay = text if self._case else lowered(text)
        stop = len(text) if end is None else end
        if _INDEX is not None and not self._case and (stop - start) * _ASK_SHARE >= len(text):
            return self._indexed(_INDEX.starts(hay), hay, start, stop)
        return self._scanned(hay, start, stop)

    def _scanned(self, hay: str, start: int, stop: int) -> list[tuple[int, int]]:
        """spans() by one ``str.find`` pass a word."""
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

    def _indexed(self, starts: dict[str, list[int]], hay: str, start: int, stop: int) -> list[tuple[int, int]]:
        """spans() read from the text's index: the same occurrences, in the same order."""
        found: list[tuple[int, int]] = []
        for needle in self._needles:
            positions = starts.get(needle)
            if not positions:
                continue
            whole, size = needle in self._whole, len(needle)
            for at in positions[bisect_left(positions, start) : bisect_right(positions, stop - size)]:
                if not whole or (not _is_word(hay, at - 1) and not _is_word(hay, at + size)):
                    found.append((at, at + size))
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
