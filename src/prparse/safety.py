"""The last line of defence against slow patterns: compiled ``regex`` patterns whose every
call carries a time limit, and which turn the ``regex`` module's ``TimeoutError`` into
:class:`prparse.errors.PatternTimeout` (a ``PrparseError`` the pipeline catches per step).

Patterns should be linear by construction (bounded quantifiers, no nested unbounded
repetition) and the text they see capped in length; the timeout only matters if one is
not. Use it exactly where ``regex.compile`` is used today::

    from ..safety import compile as safe_compile

    _PHONE = safe_compile(r"(?P<number>\\+?\\d[\\d ().-]{5,30}\\d)")
    for m in _PHONE.finditer(text, start, stop):  # same API, same Match objects
        ...

A pattern that runs out of time raises ``PatternTimeout`` naming the pattern; the step
that called it is skipped and the release gets a ``timeout`` warning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

import regex

from .errors import PatternTimeout

DEFAULT_TIMEOUT = 5.0  # seconds per call: far beyond any linear pattern on a 25 MB release

_T = TypeVar("_T")


class SafePattern:
    """A compiled pattern whose calls time out after ``timeout`` seconds (per call, or per
    whole iteration for ``finditer``) and raise :class:`PatternTimeout` when they do."""

    __slots__ = ("_compiled", "timeout")

    def __init__(self, compiled: regex.Pattern[str], timeout: float = DEFAULT_TIMEOUT) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self._compiled = compiled
        self.timeout = timeout

    # Attributes of the underlying pattern ------------------------------------------------
    @property
    def pattern(self) -> str:
        return cast(str, self._compiled.pattern)

    @property
    def flags(self) -> int:
        return cast(int, self._compiled.flags)

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self._compiled.groupindex)

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The plain ``regex`` pattern (no time limit), for code that needs the object itself."""
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

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self._guard(lambda: self._compiled.search(string, pos, endpos, timeout=self.timeout))

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self._guard(lambda: self._compiled.match(string, pos, endpos, timeout=self.timeout))

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self._guard(lambda: self._compiled.fullmatch(string, pos, endpos, timeout=self.timeout))

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        """Matches one by one; the time limit covers the whole iteration, as in ``regex``."""
        iterator = self._guard(lambda: self._compiled.finditer(string, pos, endpos, timeout=self.timeout))
        while True:
            try:
                yield next(iterator)
            except StopIteration:
                return
            except TimeoutError as error:
                raise PatternTimeout(self._message()) from error

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        return self._guard(lambda: self._compiled.findall(string, pos, endpos, timeout=self.timeout))

    def sub(self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0) -> str:
        return self._guard(lambda: cast(str, self._compiled.sub(repl, string, count, timeout=self.timeout)))

    def subn(self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self._guard(
            lambda: cast(tuple[str, int], self._compiled.subn(repl, string, count, timeout=self.timeout))
        )

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._guard(lambda: self._compiled.split(string, maxsplit, timeout=self.timeout))


def compile(pattern: str, flags: int = 0, *, timeout: float = DEFAULT_TIMEOUT) -> SafePattern:
    """``regex.compile`` with a per-call time limit that raises ``PatternTimeout``."""
    return SafePattern(regex.compile(pattern, flags), timeout)
