"""The events table: flat rows in Python, and the same rows as CSV that pandas and SQL load."""

from __future__ import annotations

import csv
import io
import sqlite3
from typing import Any

import pandas as pd
import pytest

import prparse
from conftest import FIXTURES, SEED
from prparse.cli import main
from prparse.models import DialIn, Event, PressRelease, Replay
from prparse.table import EVENT_COLUMNS, EventsCsvWriter, events_table, iter_events_table, write_events_csv

BATCH = FIXTURES / "batch"
HEADLINE = (
    "ImmunoGen, Inc. Announces Conference Call to Discuss its Fourth Quarter and Fiscal Year 2013 Financial Results"
)


@pytest.fixture(scope="module")
def seed_release() -> PressRelease:
    return prparse.parse(SEED.read_text(encoding="utf-8"))


def test_one_row_per_seed_event_with_real_values(seed_release: PressRelease) -> None:
    rows = prparse.events_table([seed_release], sources=["immunogen.txt"])
    assert rows == [
        {
            "source": "immunogen.txt",
            "company": "ImmunoGen, Inc.",
            "tickers": "NASDAQ:IMGN",
            "event_index": "0",
            "kind": "earnings_call",
            "title": None,
            "date": "2013-08-02",
            "starts_at": "2013-08-02T08:00:00-04:00",
            "starts_at_utc": "2013-08-02T12:00:00Z",
            "timezone": "America/New_York",
            "dial_ins": "+19133120836",
            "passcode": "4198948",
            "webcast_url": "www.immunogen.com",
            "registration_url": None,
            "replay_until": "2013-08-16",
            "replay_dial_ins": None,
            "replay_passcode": None,
            "replay_url": "www.immunogen.com",
            "release_date": "2013-07-23",
            "headline": HEADLINE,
        },
        {
            "source": "immunogen.txt",
            "company": "ImmunoGen, Inc.",
            "tickers": "NASDAQ:IMGN",
            "event_index": "1",
            "kind": "presentation",
            "title": "Wedbush 2013 Life Sciences Management Access Conference",
            "date": "2013-08-14",
            "starts_at": "2013-08-14T12:45:00-04:00",
            "starts_at_utc": "2013-08-14T16:45:00Z",
            "timezone": "America/New_York",
            "dial_ins": None,
            "passcode": None,
            "webcast_url": "www.immunogen.com",
            "registration_url": None,
            "replay_until": "2013-08-21",
            "replay_dial_ins": None,
            "replay_passcode": None,
            "replay_url": None,
            "release_date": "2013-07-23",
            "headline": HEADLINE,
        },
    ]
    assert all(list(row) == list(EVENT_COLUMNS) for row in rows)


def test_lists_are_joined_and_releases_without_events_give_no_rows() -> None:
    release = PressRelease(
        company="Example Co.",
        events=(
            Event(
                kind="conference_call",
                dial_ins=(DialIn(number="+18005550100"), DialIn(number="+442071234567")),
                replay=Replay(dial_ins=(DialIn(number="+18005550199"),), passcode="0042"),
            ),
        ),
    )
    (row,) = events_table([release, PressRelease()])
    assert row["dial_ins"] == "+18005550100; +442071234567"
    assert row["replay_dial_ins"] == "+18005550199"
    assert row["replay_passcode"] == "0042"
    assert row["source"] is None and row["starts_at"] is None and row["starts_at_utc"] is None


def test_sources_must_match_releases(seed_release: PressRelease) -> None:
    with pytest.raises(ValueError):
        events_table([seed_release, seed_release], sources=["only-one.txt"])


def test_iter_events_table_is_lazy(seed_release: PressRelease) -> None:
    def releases() -> Any:
        yield seed_release
        raise AssertionError("read past the first release")

    rows = iter_events_table(releases())
    assert next(rows)["kind"] == "earnings_call"
    assert next(rows)["kind"] == "presentation"


def test_csv_writer_streams_header_once_then_rows(seed_release: PressRelease) -> None:
    out = io.StringIO()
    writer = EventsCsvWriter(out)
    assert out.getvalue() == ",".join(EVENT_COLUMNS) + "\n"
    assert writer.write(seed_release, source="a.txt") == 2
    assert len(out.getvalue().splitlines()) == 3  # written now, not at the end
    assert writer.write(PressRelease(), source="empty.txt") == 0
    assert writer.write(seed_release, source="b.txt") == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 5 and lines.count(lines[0]) == 1


def test_csv_reads_back_as_the_same_rows(seed_release: PressRelease) -> None:
    out = io.StringIO()
    assert write_events_csv([seed_release], out, sources=["a.txt"]) == 2
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    expected = events_table([seed_release], sources=["a.txt"])
    assert back == [{key: value or "" for key, value in row.items()} for row in expected]


def cli_csv(args: list[str]) -> str:
    out = io.StringIO()
    assert main(["--format", "csv", *args], stdout=out, stderr=io.StringIO()) == 0
    return out.getvalue()


def test_cli_csv_loads_into_pandas() -> None:
    text = cli_csv([str(SEED), str(BATCH)])
    frame = pd.read_csv(io.StringIO(text), dtype=str)
    assert list(frame.columns) == list(EVENT_COLUMNS)
    assert frame["starts_at"].tolist() == [
        "2013-08-02T08:00:00-04:00",
        "2013-08-14T12:45:00-04:00",
        "2024-05-08T10:00:00-05:00",
        "2025-02-13T13:30:00-08:00",
    ]
    assert frame["source"].tolist() == [
        str(SEED),
        str(SEED),
        str(BATCH / "lakeside-2024-05-02.html"),
        str(BATCH / "northwind-2025-02-06.txt"),
    ]
    assert frame.loc[0, "passcode"] == "4198948"
    assert frame.loc[3, "dial_ins"] == "+18774070784; +12016898560"
    assert frame["title"].isna().tolist() == [True, False, True, True]  # empty field -> missing
    utc = pd.to_datetime(frame["starts_at_utc"], utc=True)
    assert utc.iloc[0] == pd.Timestamp("2013-08-02 12:00", tz="UTC")
    assert utc.iloc[3] == pd.Timestamp("2025-02-13 21:30", tz="UTC")


def test_cli_csv_loads_into_a_database() -> None:
    """The shape a COPY ... CSV HEADER takes: here sqlite, empty fields as NULL."""
    text = cli_csv([str(SEED)])
    database = sqlite3.connect(":memory:")
    database.execute(f"CREATE TABLE events ({', '.join(f'{column} TEXT' for column in EVENT_COLUMNS)})")
    reader = csv.reader(io.StringIO(text))
    assert next(reader) == list(EVENT_COLUMNS)
    placeholders = ", ".join("?" for _ in EVENT_COLUMNS)
    database.executemany(
        f"INSERT INTO events VALUES ({placeholders})", ([value or None for value in row] for row in reader)
    )
    assert database.execute("SELECT kind, starts_at_utc, passcode FROM events ORDER BY starts_at_utc").fetchall() == [
        ("earnings_call", "2013-08-02T12:00:00Z", "4198948"),
        ("presentation", "2013-08-14T16:45:00Z", None),
    ]
