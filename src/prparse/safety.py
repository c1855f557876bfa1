"""The last line of defence against slow patterns: compiled ``regex`` patterns whose calls
over long stretches carry a time limit, and which turn the ``regex`` module's
``TimeoutError`` into :class:`prparse.errors.PatternTimeout` (a ``PrparseError`` the
pipeline catches per step).

Patterns are linear by construction (bounded quantifiers, no repeat of a varying piece: a
test checks every pattern compiled here) and most calls see a short window, which runs
without the limit (``UNTIMED_STRETCH``). Use it exactly where ``regex.compile`` is used::

    from ..safety import compile as safe_compile

    _PHONE = safe_compile(r"(?P<number>\\+?\\d[\\d ().-]{5,30}\\d)")
    for m in _PHONE.finditer(text, start, stop):  # same API, same Match objects
        ...

A pattern that runs out of time raises ``PatternTimeout`` naming the pattern; the step
that called it is skipped and the release gets a ``timeout`` warning.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any, TypeVar, cast

import regex

from .dispatch import first_letter_dispatch
from .errors import PatternTimeout

DEFAULT_TIMEOUT = 5.0  # seconds per call: far beyond any linear pattern on a 25 MB release
# A call over a stretch this short runs without the time limit. Setting the limit costs the
# ``regex`` module about a microsecond a call, as much as a typical call on a window; and
# with no pattern repeating a variable-length piece inside an unbounded repeat (a test
# checks every pattern prparse compiles), a search of 2,048 characters is bounded by
# some millions of steps at worst. Whole-text scans keep the limit.
UNTIMED_STRETCH = 2048

_T = TypeVar("_T")
# Gated stretches at least this long are tested in the cached lower case of the whole text.
_SLICE_BELOW = 512

# Every pattern made here, so a test can check them all for nested repetition.
COMPILED: weakref.WeakSet[SafePattern] = weakref.WeakSet()


@lru_cache(maxsize=2)
def lowered(text: str) -> str:
    """text.lower() with the same length (offsets stay valid): the few characters whose
    lower case is longer ("İ") keep their first character. Cached: several steps ask."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[0] for c in text)


class SafePattern:
    """A compiled pattern whose calls time out after ``timeout`` seconds (per call, or per
    whole iteration for ``finditer``) and raise :class:`PatternTimeout` when they do."""

    __slots__ = ("__weakref__", "_compiled", "_dispatch", "_flags", "_source", "timeout")

    def __init__(
        self,
        compiled: regex.Pattern[str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        source: str | None = None,
        flags: int = 0,
        dispatch: bool = False,
    ) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        if compiled is None and source is None:
            raise ValueError("a compiled pattern or its source is needed")
        self._compiled = compiled
        self._source = source if compiled is None else None
        self._flags = flags
        self._dispatch = dispatch
        self.timeout = timeout
        COMPILED.add(self)

    # Attributes of the underlying pattern ------------------------------------------------
    @property
    def pattern(self) -> str:
        return self._source if self._source is not None else cast(str, self.compiled.pattern)

    @property
    def flags(self) -> int:
        return cast(int, self.compiled.flags)

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.compiled.groupindex)

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The plain ``regex`` pattern (no time limit), compiled on first use: importing
        prparse compiles nothing, so a CLI called in a loop starts fast."""
        return self._compiled or self._compile()

    def _compile(self) -> regex.Pattern[str]:
        source = cast(str, self._source)
        self._compiled = regex.compile(first_letter_dispatch(source) if self._dispatch else source, self._flags)
        return self._compiled

    def __repr__(self) -> str:
        return f"SafePattern({self.pattern!r}, timeout={self.timeout})"

    # Matching ---------------------------------------------------------------------------
    def _guard(self, call: Callable[[], _T]) -> _T:
        try:
            return call()
        except TimeoutError as error:
            raise PatternTimeout(self._message()) from error

    def _message(self) -> str:
        shown = self.pattern if len(self.pattern) <= 80 else self.pattern[:77] + "..."
        return f"pattern ran past its {self.timeout:g} s limit: {shown!r}"

    # Each method calls the compiled pattern directly (no closure, nor property, per call):
    # these run hundreds of times a release.
    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        compiled = self._compiled or self._compile()
        try:
            if (len(string) if endpos is None else endpos) - pos <= UNTIMED_STRETCH:
                return compiled.search(string, pos, endpos)
            return compiled.search(string, pos, endpos, timeout=self.timeout)
        except TimeoutError as error:
            raise PatternTimeout(self._message()) from error

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        compiled = self._compiled or self._compile()
        try:
            if (len(string) if endpos is None else endpos) - pos <= UNTIMED_STRETCH:
                return compiled.match(string, pos, endpos)
            return compiled.match(string, pos, endpos, timeout=self.timeout)
        except TimeoutError as error:
            raise PatternTimeout(self._message()) from error

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        compiled = self._compiled or self._compile()
        if (len(string) if endpos is None else endpos) - pos <= UNTIMED_STRETCH:
            return compiled.fullmatch(string, pos, endpos)
        return self._guard(lambda: compiled.fullmatch(string, pos, endpos, timeout=self.timeout))

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        """Matches one by one; the time limit covers the whole iteration, as in ``regex``."""
        compiled = self._compiled or self._compile()
        if (len(string) if endpos is None else endpos) - pos <= UNTIMED_STRETCH:
            iterator = compiled.finditer(string, pos, endpos)
        else:
            iterator = compiled.finditer(string, pos, endpos, timeout=self.timeout)
        try:
            yield from iterator
        except TimeoutError as error:
            raise PatternTimeout(self._message()) from error

    def finditer_list(self, string: str, pos: int = 0, endpos: int | None = None) -> list[regex.Match[str]]:
        """All matches at once: ``list(finditer(...))`` without a generator step per match."""
        compiled = self._compiled or self._compile()
        try:
            if (len(string) if endpos is None else endpos) - pos <= UNTIMED_STRETCH:
                return list(compiled.finditer(string, pos, endpos))
            return list(compiled.finditer(string, pos, endpos, timeout=self.timeout))
        except TimeoutError as error:
            raise PatternTimeout(self._message()) from error

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        return self._guard(lambda: self.compiled.findall(string, pos, endpos, timeout=self.timeout))

    def sub(self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0) -> str:
        compiled = self._compiled or self._compile()
        try:
            if len(string) <= UNTIMED_STRETCH:
                return cast(str, compiled.sub(repl, string, count))
            return cast(str, compiled.sub(repl, string, count, timeout=self.timeout))
        except TimeoutError as error:
            raise PatternTimeout(self._message()) from error

    def subn(self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self._guard(lambda: cast(tuple[str, int], self.compiled.subn(repl, string, count, timeout=self.timeout)))

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        if len(string) <= UNTIMED_STRETCH:
            return cast(list[str | Any], self.compiled.split(string, maxsplit))
        return self._guard(lambda: self.compiled.split(string, maxsplit, timeout=self.timeout))


class GatedPattern(SafePattern):
    """A pattern every match of which contains one of a few plain words (``needs``, lower
    case, compared case-insensitively): a search of a stretch holding none of them is
    answered by ``str`` tests alone. Case-insensitive alternations of cue words cost the
    ``regex`` engine a step at every position, and most stretches hold no cue at all."""

    __slots__ = ("_needs",)

    def __init__(
        self, source: str, flags: int, timeout: float, needs: tuple[str, ...], *, dispatch: bool = False
    ) -> None:
        super().__init__(source=source, flags=flags, timeout=timeout, dispatch=dispatch)
        if not needs or any(word != word.lower() or not word for word in needs):
            raise ValueError("needs: one or more lower-case words")
        self._needs = needs

    def may_match(self, string: str, pos: int = 0, endpos: int | None = None) -> bool:
        """False only when no match can lie in string[pos:endpos]."""
        stop = len(string) if endpos is None else endpos
        if stop - pos < _SLICE_BELOW:
            stretch = string[pos:stop].lower()
            return any(word in stretch for word in self._needs)
        # A long stretch is searched in place in the whole text's lower case (made once
        # per text and shared by every gated pattern), not copied and lowered per call.
        hay = lowered(string)
        return any(hay.find(word, pos, stop) >= 0 for word in self._needs)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return super().search(string, pos, endpos) if self.may_match(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return super().match(string, pos, endpos) if self.may_match(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        if self.may_match(string, pos, endpos):
            yield from super().finditer(string, pos, endpos)

    def finditer_list(self, string: str, pos: int = 0, endpos: int | None = None) -> list[regex.Match[str]]:
        return super().finditer_list(string, pos, endpos) if self.may_match(string, pos, endpos) else []

    def sub(self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0) -> str:
        return super().sub(repl, string, count) if self.may_match(string) else string


def compile(
    pattern: str,
    flags: int = 0,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    needs: tuple[str, ...] = (),
    dispatch: bool = True,
) -> SafePattern:
    """``regex.compile`` with a per-call time limit that raises ``PatternTimeout``; the
    pattern is compiled when first used. ``needs``: plain words one of which every match
    holds (see :class:`GatedPattern`). ``dispatch``: a long leading alternation of words is
    regrouped by first letter (:mod:`prparse.dispatch`), the same matches in fewer steps; a
    shape it does not read is compiled as written."""
    if needs:
        return GatedPattern(pattern, flags, timeout, needs, dispatch=dispatch)
    return SafePattern(source=pattern, flags=flags, timeout=timeout, dispatch=dispatch)


class LinePattern(SafePattern):
    """A pattern that starts every match at the start of a line (source opening with "^",
    MULTILINE), scanned fast: the ``regex`` engine tries a "^" pattern at every position,
    but skips straight to the next newline when the pattern opens with "\\n". So a scout
    copy with "\\n" in place of "^" finds each candidate line and the pattern itself is
    matched there: same matches, same Match objects, about 5x faster over a whole text."""

    __slots__ = ("_scout",)

    def __init__(self, source: str, flags: int = 0, timeout: float = DEFAULT_TIMEOUT) -> None:
        if not source.startswith("^"):
            raise ValueError("a line pattern opens with '^'")
        super().__init__(source=source, flags=flags | regex.MULTILINE, timeout=timeout)
        self._scout = SafePattern(source="\n" + source[1:], flags=flags | regex.MULTILINE, timeout=timeout)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        end = len(string) if endpos is None else min(endpos, len(string))
        at = pos
        # Where the scan stands at a line start (the start, or just past a match that took
        # its newline) the pattern is tried there; past a failure the scout takes over, so a
        # run of empty lines costs one scout search, not a Python step per line.
        at_line_start = at == 0 or string[at - 1 : at] == "\n"
        while at <= end:
            if at_line_start:
                candidate = at
            else:
                scout = self._scout.search(string, at, end)
                if scout is None:
                    return
                candidate = scout.start() + 1
            found = self.match(string, candidate, end)
            if found is None:
                at, at_line_start = candidate, False
                continue
            yield found
            at = max(found.end(), candidate + 1)
            at_line_start = string[at - 1 : at] == "\n"

    def finditer_list(self, string: str, pos: int = 0, endpos: int | None = None) -> list[regex.Match[str]]:
        return list(self.finditer(string, pos, endpos))

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return next(self.finditer(string, pos, endpos), None)

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        raise NotImplementedError("use finditer")


def compile_lines(pattern: str, flags: int = 0, *, timeout: float = DEFAULT_TIMEOUT) -> LinePattern:
    """:func:`compile` for a pattern that matches only at line starts (opens with "^")."""
    return LinePattern(pattern, flags, timeout)


def compile_literals(words: Iterable[str]) -> re.Pattern[str]:
    """A stdlib ``re`` pattern matching any of ``words`` exactly (case-sensitive: run it on
    lower-cased text for a case-insensitive scan). Plain literals only, escaped here, so the
    match is linear by construction and needs no time limit; the stdlib engine scans an
    alternation of literals several times faster than ``regex``."""
    items = sorted({w for w in words if w}, key=len, reverse=True)
    if not items:
        raise ValueError("no words to match")
    return re.compile("|".join(re.escape(w) for w in items))


def compile_chars(chars: Iterable[str]) -> re.Pattern[str]:
    """A stdlib ``re`` pattern matching one character of ``chars`` (escaped here): linear by
    construction. The stdlib engine scans a large class many times faster than ``regex``."""
    members = "".join(sorted({re.escape(c) for c in chars}))
    if not members:
        raise ValueError("no characters to match")
    return re.compile(f"[{members}]")
