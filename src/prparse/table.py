"""The events table: one flat row per event, for spreadsheets, pandas and databases.

>>> rows = prparse.events_table(releases, sources=paths)
>>> rows[0]["starts_at"]
'2013-08-02T08:00:00-04:00'

Every value is a string or ``None`` (an empty CSV field, which ``pandas.read_csv`` reads
as missing and PostgreSQL's ``COPY ... CSV`` as NULL). Lists (tickers, dial-ins) are
joined with ``"; "``. Columns, in order, are :data:`EVENT_COLUMNS`.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TextIO

from .models import DialIn, Event, PressRelease

EventRow = dict[str, str | None]

EVENT_COLUMNS: tuple[str, ...] = (
    "source",  # the file the release came from (None when not given)
    "company",
    "tickers",  # "NASDAQ:IMGN; TSX:IMG" (exchange omitted when none is given)
    "event_index",  # 0, 1, ... within its release
    "kind",  # earnings_call, conference_call, webcast, presentation, investor_day, ...
    "title",
    "date",  # ISO date of the event
    "starts_at",  # ISO 8601 with the offset in force in the event's zone
    "starts_at_utc",  # the same instant in UTC ("2013-08-02T12:00:00Z"), for sorting and timestamptz
    "timezone",  # IANA zone the text named
    "dial_ins",  # E.164 numbers, "; "-joined
    "passcode",
    "webcast_url",
    "registration_url",
    "replay_until",  # ISO date or date-time
    "replay_dial_ins",
    "replay_passcode",
    "replay_url",
    "release_date",
    "headline",
)
"""The columns of :func:`events_table` rows and of ``prparse --format csv``, in order."""

LIST_SEPARATOR = "; "


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _utc(value: dt.datetime | None) -> str | None:
    if value is None or value.utcoffset() is None:
        return None
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _joined(values: Iterable[str]) -> str | None:
    text = LIST_SEPARATOR.join(values)
    return text or None


def _numbers(dial_ins: Iterable[DialIn]) -> str | None:
    return _joined(dial_in.number for dial_in in dial_ins)


def _event_row(release: PressRelease, event: Event, index: int, source: str | None) -> EventRow:
    replay = event.replay
    return {
        "source": source,
        "company": release.company,
        "tickers": _joined(
            f"{ticker.exchange}:{ticker.symbol}" if ticker.exchange else ticker.symbol for ticker in release.tickers
        ),
        "event_index": str(index),
        "kind": event.kind,
        "title": event.title,
        "date": _iso(event.date),
        "starts_at": _iso(event.starts_at),
        "starts_at_utc": _utc(event.starts_at),
        "timezone": event.timezone,
        "dial_ins": _numbers(event.dial_ins),
        "passcode": event.passcode,
        "webcast_url": event.webcast_url,
        "registration_url": event.registration_url,
        "replay_until": _iso(replay.available_until) if replay else None,
        "replay_dial_ins": _numbers(replay.dial_ins) if replay else None,
        "replay_passcode": replay.passcode if replay else None,
        "replay_url": replay.url if replay else None,
        "release_date": _iso(release.dateline.date) if release.dateline else None,
        "headline": release.headline,
    }


def event_rows(release: PressRelease, source: str | None = None) -> list[EventRow]:
    """The rows of one release: one per event, none for a release without events."""
    return [_event_row(release, event, index, source) for index, event in enumerate(release.events)]


def events_table(releases: Iterable[PressRelease], sources: Iterable[str | None] | None = None) -> list[EventRow]:
    """One flat dict per event of every release, in order (see :data:`EVENT_COLUMNS`).

    ``sources``, when given, names where each release came from (a path), one per
    release, and fills the ``source`` column.
    """
    return list(iter_events_table(releases, sources))


def iter_events_table(
    releases: Iterable[PressRelease], sources: Iterable[str | None] | None = None
) -> Iterator[EventRow]:
    """:func:`events_table` as a stream: rows are made as releases are read."""
    if sources is None:
        for release in releases:
            yield from event_rows(release)
        return
    for release, source in zip(releases, sources, strict=True):
        yield from event_rows(release, source)


class EventsCsvWriter:
    """Writes the events table as CSV as releases arrive: the header once, then rows.

    >>> writer = EventsCsvWriter(sys.stdout)
    >>> writer.write(prparse.parse(text), source="release.txt")
    2
    """

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS, lineterminator="\n")
        self._writer.writeheader()
        self.rows = 0

    def write(self, release: PressRelease, source: str | None = None) -> int:
        """Write the release's event rows; return how many were written."""
        rows = event_rows(release, source)
        self._writer.writerows(rows)
        self.rows += len(rows)
        return len(rows)


def write_events_csv(releases: Iterable[PressRelease], out: TextIO, sources: Iterable[str | None] | None = None) -> int:
    """Write the events table of ``releases`` to ``out`` as CSV; return the number of rows."""
    writer = EventsCsvWriter(out)
    if sources is None:
        for release in releases:
            writer.write(release)
    else:
        for release, source in zip(releases, sources, strict=True):
            writer.write(release, source)
    return writer.rows
