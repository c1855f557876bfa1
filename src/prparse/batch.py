"""Parse many releases at once, on several processes, in input order.

>>> results = prparse.parse_many(texts, workers=4)
>>> for text, result in zip(texts, results):
...     if isinstance(result, prparse.ParseFailure):
...         print("skipped", result.index, result.message)

One bad item never stops a batch: it becomes a :class:`ParseFailure` in its place.
``workers=1`` parses in this process (no pool, no pickling); ``workers=None`` uses
every core this process may run on. Items are sent to the workers in chunks, and only
a bounded number of chunks is in flight, so ``iter_parse_many`` streams: a long
(even endless) iterable is read as results are consumed, not all up front.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .models import PressRelease
from .pipeline import parse

if TYPE_CHECKING:
    from concurrent.futures import Future

DEFAULT_CHUNKSIZE = 8  # items per task: enough to amortise pickling, small enough to keep order latency low
_CHUNKS_IN_FLIGHT_PER_WORKER = 2


@dataclass(frozen=True)
class ParseFailure:
    """Stands in the results for an item that could not be parsed.

    ``index`` is the item's position in the input, ``error`` the exception's type name
    and ``message`` its text.
    """

    index: int
    error: str
    message: str

    def __str__(self) -> str:
        return f"item {self.index}: {self.error}: {self.message}"


ParseResult = PressRelease | ParseFailure


def _parse_one(index: int, text: object, release_date: dt.date | None, html: bool | None) -> ParseResult:
    try:
        return parse(text, release_date=release_date, html=html)  # type: ignore[arg-type]  # checked by parse
    except Exception as error:  # one bad item must not stop the batch
        return ParseFailure(index=index, error=type(error).__name__, message=str(error))


def _parse_chunk(start: int, texts: list[object], release_date: dt.date | None, html: bool | None) -> list[ParseResult]:
    """Worker task: parse a run of consecutive items (module level, so it pickles)."""
    return [_parse_one(start + offset, text, release_date, html) for offset, text in enumerate(texts)]


def default_workers() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def iter_parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    release_date: dt.date | None = None,
    html: bool | None = None,
) -> Iterator[ParseResult]:
    """Yield one result per item of ``texts``, in input order, as soon as it is ready.

    Results are :class:`PressRelease` or, for an item that failed, :class:`ParseFailure`.
    ``release_date`` and ``html`` are passed to :func:`prparse.parse` for every item.
    """
    if workers is None:
        workers = default_workers()
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    if workers == 1:
        for index, text in enumerate(texts):
            yield _parse_one(index, text, release_date, html)
        return
    yield from _iter_pooled(iter(texts), workers, chunksize, release_date, html)


def _iter_pooled(
    items: Iterator[object], workers: int, chunksize: int, release_date: dt.date | None, html: bool | None
) -> Iterator[ParseResult]:
    # Imported here: multiprocessing costs ~40 ms of import time that one-release users never need.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    window = workers * _CHUNKS_IN_FLIGHT_PER_WORKER
    pending: deque[tuple[int, list[object], Future[list[ParseResult]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers)
    start = 0
    try:
        while True:
            while len(pending) < window:
                chunk = list(itertools.islice(items, chunksize))
                if not chunk:
                    break
                pending.append((start, chunk, pool.submit(_parse_chunk, start, chunk, release_date, html)))
                start += len(chunk)
            if not pending:
                return
            first, chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory): this chunk is lost; start a fresh pool
                # and send the chunks that were queued behind it again.
                results = [
                    ParseFailure(index=first + offset, error="BrokenProcessPool", message="the worker process died")
                    for offset in range(len(chunk))
                ]
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers)
                pending = deque((s, c, pool.submit(_parse_chunk, s, c, release_date, html)) for s, c, _ in pending)
            except Exception:
                # The chunk could not be sent or returned (an item that does not pickle, say):
                # parse its items here, one by one, so each gets its own result or failure.
                results = _parse_chunk(first, chunk, release_date, html)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    release_date: dt.date | None = None,
    html: bool | None = None,
) -> list[ParseResult]:
    """Parse every item of ``texts`` and return the results in input order.

    Each result is a :class:`PressRelease` or, for an item that failed (not a str, a bug
    of ours), a :class:`ParseFailure` naming its index. ``workers`` processes share the
    work (``None``: one per core; ``1``: in this process).
    """
    return list(iter_parse_many(texts, workers=workers, chunksize=chunksize, release_date=release_date, html=html))
