"""prparse: corporate press-release wire text to a typed, trustworthy record.

>>> import prparse
>>> release = prparse.parse(text)
>>> release.events[0].starts_at
datetime.datetime(2013, 8, 2, 8, 0, tzinfo=zoneinfo.ZoneInfo(key='America/New_York'))
"""

from __future__ import annotations

from .batch import ParseFailure, iter_parse_many, parse_many
from .errors import PatternTimeout, PrparseError, UnreadableInput
from .models import Contact, Dateline, DialIn, Event, ParseWarning, PressRelease, Replay, Ticker
from .pipeline import parse
from .table import EVENT_COLUMNS, event_rows, events_table
from .walk import read_release

__version__ = "0.1.0"

__all__ = [
    "EVENT_COLUMNS",
    "Contact",
    "Dateline",
    "DialIn",
    "Event",
    "ParseFailure",
    "ParseWarning",
    "PatternTimeout",
    "PressRelease",
    "PrparseError",
    "Replay",
    "Ticker",
    "UnreadableInput",
    "__version__",
    "event_rows",
    "events_table",
    "iter_parse_many",
    "parse",
    "parse_many",
    "read_release",
]
