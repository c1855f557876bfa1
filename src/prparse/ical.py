"""Calendar export: press-release events as RFC 5545 iCalendar (needs ``prparse[ical]``).

>>> release.to_ical()                       # bytes: one VCALENDAR, one VEVENT per event
>>> prparse.ical.to_ical(releases)          # several releases in one calendar

Each VEVENT has:

- ``DTSTART`` in the event's IANA zone (``TZID=America/New_York``, with a VTIMEZONE for
  it in the calendar), in UTC when only an offset is known, as a floating local time
  when the text gave no zone, or as an all-day date when it gave no time;
- a default length by kind (:data:`DEFAULT_DURATIONS`), since releases rarely state one;
- ``SUMMARY`` "<company> <kind>[: <title>]"; ``DESCRIPTION`` with the dial-ins, passcode,
  webcast, registration and replay; ``LOCATION`` the first dial-in and passcode (tap to
  call on a phone) or the webcast; ``URL`` the webcast, registration or replay link;
- a ``UID`` derived from the content (:func:`event_uid`): the issuer and the start, so
  re-importing the same release, or a later reminder release for the same event,
  updates the calendar entry instead of adding a second one.

``icalendar`` is imported only when a calendar is made, so the core library does not
need it; without it a :class:`MissingDependency` error says what to install.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tempfile
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import PrparseError
from .models import DialIn, Event, EventKind, PressRelease

if TYPE_CHECKING:
    from types import ModuleType

    import icalendar

PRODID = "-//prparse//prparse press-release events//EN"
INSTALL_HINT = "pip install 'prparse[ical]'"

DEFAULT_DURATIONS: dict[EventKind, dt.timedelta] = {
    "earnings_call": dt.timedelta(hours=1),
    "conference_call": dt.timedelta(hours=1),
    "webcast": dt.timedelta(hours=1),
    "presentation": dt.timedelta(minutes=30),  # a conference slot
    "investor_day": dt.timedelta(hours=3),
    "shareholder_meeting": dt.timedelta(hours=1),
    "other": dt.timedelta(hours=1),
}
"""How long an event is assumed to last: releases give a start, almost never an end."""

KIND_LABELS: dict[EventKind, str] = {
    "earnings_call": "earnings call",
    "conference_call": "conference call",
    "webcast": "webcast",
    "presentation": "presentation",
    "investor_day": "investor day",
    "shareholder_meeting": "shareholder meeting",
    "other": "event",
}

_UTC_KEYS = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Zulu", "Etc/Zulu", "GMT", "Etc/GMT"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SPOOL_BYTES = 16 * 1024 * 1024


class MissingDependency(PrparseError, ImportError):
    """An optional feature's package is not installed."""


def _icalendar() -> ModuleType:
    try:
        import icalendar
    except ImportError as error:
        raise MissingDependency(f"iCalendar export needs the 'icalendar' package: {INSTALL_HINT}") from error
    return icalendar


# ---------------------------------------------------------------------------- values


def _start(event: Event) -> tuple[dt.datetime | dt.date, str | None] | None:
    """The DTSTART value and the IANA zone it is expressed in (None: UTC, floating or a date)."""
    start = event.starts_at
    if start is None:
        return (event.date, None) if event.date is not None else None
    offset = start.utcoffset()
    if offset is None:
        return start, None  # floating: the text gave a time and no zone
    zone = start.tzinfo
    if isinstance(zone, ZoneInfo) and zone.key and zone.key not in _UTC_KEYS:
        return start, zone.key
    if event.timezone and event.timezone not in _UTC_KEYS:
        try:
            named = ZoneInfo(event.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            pass
        else:
            local = start.astimezone(named)
            if local.utcoffset() == offset:
                return local, event.timezone
    return start.astimezone(dt.UTC), None


def _start_key(value: dt.datetime | dt.date) -> str:
    if isinstance(value, dt.datetime) and value.utcoffset() is not None:
        return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return value.isoformat()


def _issuer(release: PressRelease) -> str:
    if release.tickers:
        return "ticker:" + min(ticker.symbol.upper() for ticker in release.tickers)
    for name in (release.company, release.headline):
        if name:
            return "name:" + re.sub(r"[^0-9a-z]+", "", name.lower())
    return ""


def event_uid(release: PressRelease, event: Event, seen: set[str] | None = None) -> str:
    """A UID from what identifies the event: its issuer (lowest ticker, else company) and start.

    Parsing the same text again gives the same UID; so does a later release announcing
    the same event. ``seen`` (the keys used so far in one release) separates two events
    of a release that share a start.
    """
    start = _start(event)
    key = f"{_issuer(release)}|{_start_key(start[0]) if start else ''}"
    if seen is not None:
        base, number = key, 1
        while key in seen:
            number += 1
            key = f"{base}|{event.kind}|{event.title or ''}|{number}"
        seen.add(key)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@prparse"


def absolute_url(url: str) -> str:
    """A link as an absolute URI: ``www.example.com`` becomes ``https://www.example.com``."""
    url = url.strip()
    if _SCHEME.match(url):
        return url
    return "https:" + url if url.startswith("//") else "https://" + url


def summary(release: PressRelease, event: Event) -> str:
    who = release.company or (release.tickers[0].symbol if release.tickers else None) or "Investor"
    text = f"{who} {KIND_LABELS[event.kind]}"
    return f"{text}: {event.title}" if event.title else text


def _dial_in_line(dial_in: DialIn, prefix: str) -> str:
    notes = [note for note in (dial_in.label, "toll-free" if dial_in.toll_free else None) if note]
    unique = list(dict.fromkeys(notes))
    return f"{prefix} ({', '.join(unique)}): {dial_in.number}" if unique else f"{prefix}: {dial_in.number}"


def description(release: PressRelease, event: Event) -> str:
    lines = [summary(release, event)]
    lines += [_dial_in_line(dial_in, "Dial-in") for dial_in in event.dial_ins]
    if event.passcode:
        lines.append(f"Passcode: {event.passcode}")
    if event.webcast_url:
        lines.append(f"Webcast: {event.webcast_url}")
    if event.registration_url:
        lines.append(f"Registration: {event.registration_url}")
    replay = event.replay
    if replay is not None:
        parts = []
        if replay.available_from is not None:
            parts.append(f"from {replay.available_from.isoformat()}")
        if replay.available_until is not None:
            parts.append(f"until {replay.available_until.isoformat()}")
        parts += [_dial_in_line(dial_in, "dial-in") for dial_in in replay.dial_ins]
        if replay.passcode:
            parts.append(f"passcode {replay.passcode}")
        if replay.url:
            parts.append(replay.url)
        lines.append("Replay: " + ("; ".join(parts) if parts else "available"))
    if release.tickers:
        lines.append(
            "Tickers: " + ", ".join(f"{t.exchange}:{t.symbol}" if t.exchange else t.symbol for t in release.tickers)
        )
    if release.headline:
        date = release.dateline.date if release.dateline else None
        lines.append(f"Release{f' of {date.isoformat()}' if date else ''}: {release.headline}")
    return "\n".join(lines)


def _location(event: Event) -> str | None:
    if event.dial_ins:
        number = event.dial_ins[0].number
        return f"{number}, passcode {event.passcode}" if event.passcode else number
    return event.webcast_url or event.registration_url


def _url(event: Event) -> str | None:
    for url in (event.webcast_url, event.registration_url, event.replay.url if event.replay else None):
        if url:
            return absolute_url(url)
    return None


# ---------------------------------------------------------------------------- components


def vevents(release: PressRelease, *, stamp: dt.datetime | None = None) -> list[icalendar.Event]:
    """One VEVENT per event of the release that has at least a date."""
    return [component for component, _ in _vevents(release, _stamp(stamp))]


def _vevents(
    release: PressRelease, stamp: dt.datetime
) -> list[tuple[icalendar.Event, tuple[dt.datetime | dt.date, str | None]]]:
    ical = _icalendar()
    seen: set[str] = set()
    components = []
    for event in release.events:
        start = _start(event)
        if start is None:
            continue
        value = start[0]
        component = ical.Event()
        component.add("uid", event_uid(release, event, seen))
        component.add("dtstamp", stamp)
        component.add("dtstart", value)
        if isinstance(value, dt.datetime):
            component.add("duration", DEFAULT_DURATIONS[event.kind])
        else:
            component.add("dtend", value + dt.timedelta(days=1))
        component.add("summary", summary(release, event))
        component.add("description", description(release, event))
        location = _location(event)
        if location:
            component.add("location", location)
        url = _url(event)
        if url:
            component.add("url", url)
        component.add("categories", [KIND_LABELS[event.kind]])
        components.append((component, start))
    return components


def _stamp(stamp: dt.datetime | None) -> dt.datetime:
    if stamp is None:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)
    if stamp.utcoffset() is None:
        raise ValueError("stamp must be timezone-aware")
    return stamp.astimezone(dt.UTC)


class CalendarWriter:
    """Builds one VCALENDAR from releases as they arrive, without keeping the releases.

    Events are serialised at once into a spool (in memory, on disk past 16 MiB); the
    VTIMEZONE of every zone used is made at the end, spanning the years of its events,
    and written before the events, as calendar programs expect.
    """

    def __init__(self, *, stamp: dt.datetime | None = None, name: str | None = None) -> None:
        self._ical = _icalendar()
        self._stamp = _stamp(stamp)
        self._name = name
        self._spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)
        self._zones: dict[str, tuple[dt.date, dt.date]] = {}
        self.events = 0

    def add(self, release: PressRelease) -> int:
        """Add the release's events; return how many."""
        components = _vevents(release, self._stamp)
        for component, (value, zone) in components:
            if zone is not None:
                day = value.date() if isinstance(value, dt.datetime) else value
                low, high = self._zones.get(zone, (day, day))
                self._zones[zone] = (min(low, day), max(high, day))
            self._spool.write(component.to_ical())
        self.events += len(components)
        return len(components)

    def _timezones(self) -> list[icalendar.Timezone]:
        zones = []
        for key, (low, high) in sorted(self._zones.items()):
            try:
                zones.append(
                    self._ical.Timezone.from_tzid(
                        key, first_date=dt.date(low.year, 1, 1), last_date=dt.date(high.year + 1, 1, 1)
                    )
                )
            except Exception:  # a zone icalendar cannot describe: clients still know IANA names
                continue
        return zones

    def write_to(self, out: BinaryIO) -> None:
        """Write the whole calendar (header, time zones, events) to ``out``."""
        calendar = self._ical.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        if self._name:
            calendar.add("x-wr-calname", self._name)
        for zone in self._timezones():
            calendar.add_component(zone)
        head = calendar.to_ical()
        end = b"END:VCALENDAR\r\n"
        if not head.endswith(end):  # pragma: no cover - icalendar always ends so
            raise RuntimeError("unexpected iCalendar serialisation")
        out.write(head[: -len(end)])
        self._spool.seek(0)
        while chunk := self._spool.read(1 << 20):
            out.write(chunk)
        out.write(end)

    def close(self) -> None:
        self._spool.close()

    def __enter__(self) -> CalendarWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def to_ical(
    releases: PressRelease | Iterable[PressRelease], *, stamp: dt.datetime | None = None, name: str | None = None
) -> bytes:
    """One iCalendar (UTF-8 bytes, CRLF lines) with the events of one or several releases.

    ``stamp`` is the DTSTAMP of every event (default: now); pass a fixed one for
    reproducible output.
    """
    import io

    items = [releases] if isinstance(releases, PressRelease) else releases
    buffer = io.BytesIO()
    with CalendarWriter(stamp=stamp, name=name) as writer:
        for release in items:
            writer.add(release)
        writer.write_to(buffer)
    return buffer.getvalue()
