"""The typed record prparse returns: Pydantic v2 models, frozen, following spec/output.md.

Every model carries ``spans`` beside its values: field name -> ``(start, end)`` character
offsets into the parsed text, so ``text[start:end]`` is the evidence for that value.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]
Spans = dict[str, Span]

EventKind = Literal[
    "earnings_call",
    "conference_call",
    "webcast",
    "presentation",
    "investor_day",
    "shareholder_meeting",
    "other",
]
ContactRole = Literal["investors", "media", "general"]


class _Record(BaseModel):
    # defer_build: each model's validator is built on first use, not at import (~35 ms less
    # for `import prparse`; a CLI call pays it once, when it parses).
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class DialIn(_Record):
    """A telephone number to join a call, normalised to E.164 where it validates."""

    number: str = Field(description='E.164 ("+19133120836"); digits as written when it cannot be parsed')
    label: str | None = Field(default=None, description='Label as written: "toll-free", "U.S.", "UK", ...')
    toll_free: bool | None = None
    spans: Spans = Field(default_factory=dict)


class Replay(_Record):
    """How to hear an event after it happened."""

    available_from: dt.datetime | dt.date | None = None
    available_until: dt.datetime | dt.date | None = Field(
        default=None, description="Last day or moment stated; a duration is resolved against the event date"
    )
    dial_ins: tuple[DialIn, ...] = ()
    passcode: str | None = None
    url: str | None = None
    spans: Spans = Field(default_factory=dict)


class Event(_Record):
    """One scheduled investor event: a call, webcast, presentation, meeting."""

    kind: EventKind = "other"
    title: str | None = None
    date: dt.date | None = None
    starts_at: dt.datetime | None = Field(
        default=None, description="Start with the UTC offset in force in the named zone that day"
    )
    timezone: str | None = Field(default=None, description="IANA zone the text named")
    dial_ins: tuple[DialIn, ...] = ()
    passcode: str | None = None
    webcast_url: str | None = None
    registration_url: str | None = None
    replay: Replay | None = None
    spans: Spans = Field(default_factory=dict)


class Ticker(_Record):
    exchange: str | None = Field(default=None, description="Canonical exchange name; null when none is given")
    symbol: str
    spans: Spans = Field(default_factory=dict)


class Dateline(_Record):
    city: str | None = None
    region: str | None = None
    date: dt.date | None = Field(default=None, description="Release date")
    wire: str | None = Field(default=None, description="Canonical wire name")
    spans: Spans = Field(default_factory=dict)


class Contact(_Record):
    role: ContactRole | None = None
    name: str | None = None
    title: str | None = None
    organization: str | None = None
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    spans: Spans = Field(default_factory=dict)


class ParseWarning(_Record):
    """Something the parser noticed and did not trust."""

    code: str = Field(description='Stable identifier, e.g. "weekday_mismatch"')
    message: str
    span: Span | None = None


class PressRelease(_Record):
    """Everything prparse read from one release."""

    headline: str | None = None
    company: str | None = None
    dateline: Dateline | None = None
    tickers: tuple[Ticker, ...] = ()
    events: tuple[Event, ...] = ()
    contacts: tuple[Contact, ...] = ()
    source: str | None = None
    warnings: tuple[ParseWarning, ...] = ()
    spans: Spans = Field(default_factory=dict)

    def to_ical(self, *, stamp: dt.datetime | None = None) -> bytes:
        """The events as an RFC 5545 iCalendar (UTF-8 bytes), one VEVENT each; needs ``prparse[ical]``.

        ``stamp`` is every event's DTSTAMP (default: now). See :mod:`prparse.ical`.
        """
        from .ical import to_ical  # imported here: the calendar module imports these models

        return to_ical(self, stamp=stamp)
