"""Calendar export: the iCalendar prparse writes reads back, in icalendar and in vobject."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

import prparse
from conftest import FIXTURES, SEED
from prparse.cli import main
from prparse.ical import MissingDependency, absolute_url, to_ical
from prparse.models import Event, PressRelease, Ticker

NEW_YORK = ZoneInfo("America/New_York")
STAMP = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
SEED_STARTS = ["2013-08-02T08:00:00-04:00", "2013-08-14T12:45:00-04:00"]
BATCH = FIXTURES / "batch"


@pytest.fixture(scope="module")
def seed_release() -> PressRelease:
    return prparse.parse(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_ical(seed_release: PressRelease) -> bytes:
    return seed_release.to_ical(stamp=STAMP)


def vevents(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_seed_round_trips_through_icalendar_with_exact_starts(seed_ical: bytes) -> None:
    events = vevents(seed_ical)
    starts = [event.decoded("dtstart") for event in events]
    assert starts == [dt.datetime(2013, 8, 2, 8, 0, tzinfo=NEW_YORK), dt.datetime(2013, 8, 14, 12, 45, tzinfo=NEW_YORK)]
    assert [start.isoformat() for start in starts] == SEED_STARTS
    assert [event["dtstart"].params["TZID"] for event in events] == ["America/New_York"] * 2
    assert b"DTSTART;TZID=America/New_York:20130802T080000\r\n" in seed_ical
    assert b"DTSTART;TZID=America/New_York:20130814T124500\r\n" in seed_ical
    assert [event.decoded("duration") for event in events] == [dt.timedelta(hours=1), dt.timedelta(minutes=30)]
    assert [str(event["summary"]) for event in events] == [
        "ImmunoGen, Inc. earnings call",
        "ImmunoGen, Inc. presentation: Wedbush 2013 Life Sciences Management Access Conference",
    ]
    assert [event.decoded("dtstamp") for event in events] == [STAMP, STAMP]


def test_seed_description_location_and_url(seed_ical: bytes) -> None:
    call, presentation = vevents(seed_ical)
    assert str(call["description"]).splitlines() == [
        "ImmunoGen, Inc. earnings call",
        "Dial-in: +19133120836",
        "Passcode: 4198948",
        "Webcast: www.immunogen.com",
        "Replay: until 2013-08-16; www.immunogen.com",
        "Tickers: NASDAQ:IMGN",
        "Release of 2013-07-23: ImmunoGen, Inc. Announces Conference Call to Discuss its Fourth Quarter"
        " and Fiscal Year 2013 Financial Results",
    ]
    assert str(call["location"]) == "+19133120836, passcode 4198948"
    assert str(call["url"]) == "https://www.immunogen.com"
    assert "Replay: until 2013-08-21" in str(presentation["description"]).splitlines()
    assert str(presentation["location"]) == "www.immunogen.com"


def test_calendar_carries_a_vtimezone_for_the_zone(seed_ical: bytes) -> None:
    calendar = icalendar.Calendar.from_ical(seed_ical)
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["prodid"]).startswith("-//prparse//")
    zones = list(calendar.walk("VTIMEZONE"))
    assert [str(zone["tzid"]) for zone in zones] == ["America/New_York"]
    # August 2013 was on daylight time: -04:00 from 10 March to 3 November
    daylight = next(sub for sub in zones[0].walk("DAYLIGHT"))
    assert daylight["tzoffsetto"].td == dt.timedelta(hours=-4)
    assert seed_ical.index(b"BEGIN:VTIMEZONE") < seed_ical.index(b"BEGIN:VEVENT")


def test_seed_round_trips_through_vobject(seed_ical: bytes) -> None:
    """vobject parses on its own and builds the zone from our VTIMEZONE, not from zoneinfo."""
    calendar = vobject.readOne(seed_ical.decode("utf-8"))
    events = calendar.vevent_list
    starts = [event.dtstart.value for event in events]
    assert [start.isoformat() for start in starts] == SEED_STARTS
    assert [start.utcoffset() for start in starts] == [dt.timedelta(hours=-4)] * 2
    assert [start.astimezone(dt.UTC) for start in starts] == [
        dt.datetime(2013, 8, 2, 12, 0, tzinfo=dt.UTC),
        dt.datetime(2013, 8, 14, 16, 45, tzinfo=dt.UTC),
    ]
    assert [event.duration.value for event in events] == [dt.timedelta(hours=1), dt.timedelta(minutes=30)]
    assert events[0].summary.value == "ImmunoGen, Inc. earnings call"
    assert "Passcode: 4198948" in events[0].description.value.splitlines()
    assert events[0].url.value == "https://www.immunogen.com"
    assert [event.uid.value for event in events] == [str(event["uid"]) for event in vevents(seed_ical)]


def test_uids_are_stable_across_parses_and_distinct_within_a_release(seed_release: PressRelease) -> None:
    again = prparse.parse(SEED.read_text(encoding="utf-8"))
    first = [str(event["uid"]) for event in vevents(seed_release.to_ical(stamp=STAMP))]
    later = [str(event["uid"]) for event in vevents(again.to_ical())]  # another parse, another DTSTAMP
    assert first == later
    assert len(set(first)) == 2
    assert all(uid.endswith("@prparse") for uid in first)
    assert again.to_ical(stamp=STAMP) == seed_release.to_ical(stamp=STAMP)  # byte for byte


def test_a_reminder_release_for_the_same_event_updates_it(seed_release: PressRelease) -> None:
    reminder = seed_release.model_copy(update={"headline": "REMINDER: ImmunoGen conference call Friday"})
    uids = [str(event["uid"]) for event in vevents(reminder.to_ical(stamp=STAMP))]
    assert uids == [str(event["uid"]) for event in vevents(seed_release.to_ical(stamp=STAMP))]
    other_company = seed_release.model_copy(update={"tickers": (Ticker(exchange="NYSE", symbol="XYZ"),)})
    assert not set(uids) & {str(event["uid"]) for event in vevents(other_company.to_ical(stamp=STAMP))}


def test_two_events_at_the_same_time_get_two_uids() -> None:
    start = dt.datetime(2025, 3, 4, 9, 0, tzinfo=NEW_YORK)
    release = PressRelease(
        company="Example Co.",
        events=(Event(kind="conference_call", starts_at=start), Event(kind="webcast", starts_at=start)),
    )
    uids = [str(event["uid"]) for event in vevents(release.to_ical(stamp=STAMP))]
    assert len(set(uids)) == 2


def test_json_round_tripped_release_keeps_its_named_zone(seed_release: PressRelease) -> None:
    """After JSON, starts_at has a fixed -04:00 offset; the named zone is put back."""
    reloaded = PressRelease.model_validate_json(seed_release.model_dump_json())
    assert reloaded.events[0].starts_at is not None
    assert not isinstance(reloaded.events[0].starts_at.tzinfo, ZoneInfo)
    assert reloaded.to_ical(stamp=STAMP) == seed_release.to_ical(stamp=STAMP)


def test_offset_without_zone_is_written_in_utc() -> None:
    start = dt.datetime(2025, 1, 15, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    data = PressRelease(company="Example Co.", events=(Event(kind="webcast", starts_at=start),)).to_ical(stamp=STAMP)
    assert b"DTSTART:20250115T083000Z\r\n" in data
    assert b"BEGIN:VTIMEZONE" not in data
    (event,) = vevents(data)
    assert event.decoded("dtstart") == dt.datetime(2025, 1, 15, 8, 30, tzinfo=dt.UTC)


def test_date_only_events_are_all_day_and_undated_ones_are_left_out() -> None:
    release = PressRelease(
        company="Example Co.",
        events=(Event(kind="investor_day", date=dt.date(2025, 6, 10)), Event(kind="other")),
    )
    data = release.to_ical(stamp=STAMP)
    (event,) = vevents(data)
    assert b"DTSTART;VALUE=DATE:20250610\r\n" in data
    assert event.decoded("dtstart") == dt.date(2025, 6, 10)
    assert event.decoded("dtend") == dt.date(2025, 6, 11)
    assert str(event["summary"]) == "Example Co. investor day"


def test_time_without_zone_is_floating() -> None:
    start = dt.datetime(2025, 1, 15, 9, 30)
    data = PressRelease(company="Example Co.", events=(Event(starts_at=start),)).to_ical(stamp=STAMP)
    assert b"DTSTART:20250115T093000\r\n" in data


def test_several_releases_make_one_calendar_with_each_zone_once(seed_release: PressRelease) -> None:
    paths = [SEED, BATCH / "lakeside-2024-05-02.html", BATCH / "northwind-2025-02-06.txt"]
    releases = [prparse.parse(prparse.read_release(path)) for path in paths]
    data = to_ical(releases, stamp=STAMP)
    assert data.count(b"BEGIN:VCALENDAR") == 1
    calendar = icalendar.Calendar.from_ical(data)
    assert sorted(str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")) == [
        "America/Chicago",
        "America/Los_Angeles",
        "America/New_York",
    ]
    starts = [event.decoded("dtstart").isoformat() for event in calendar.walk("VEVENT")]
    assert starts == [*SEED_STARTS, "2024-05-08T10:00:00-05:00", "2025-02-13T13:30:00-08:00"]
    vobject_starts = [event.dtstart.value.isoformat() for event in vobject.readOne(data.decode()).vevent_list]
    assert vobject_starts == starts


def test_absolute_url() -> None:
    assert absolute_url("www.immunogen.com") == "https://www.immunogen.com"
    assert absolute_url("http://example.com/x") == "http://example.com/x"
    assert absolute_url("//cdn.example.com/w") == "https://cdn.example.com/w"


def test_cli_writes_one_calendar_for_a_folder() -> None:
    out = io.StringIO()
    err = io.StringIO()
    assert main(["--format", "ics", str(SEED), str(BATCH)], stdout=out, stderr=err) == 0
    calendar = icalendar.Calendar.from_ical(out.getvalue().encode("utf-8"))
    assert [event.decoded("dtstart").isoformat() for event in calendar.walk("VEVENT")] == [
        *SEED_STARTS,
        "2024-05-08T10:00:00-05:00",
        "2025-02-13T13:30:00-08:00",
    ]
    assert err.getvalue() == "prparse: 3 parsed, 1 empty, 0 failed\n"


def test_missing_icalendar_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, seed_release: PressRelease, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)  # import icalendar now raises ImportError
    with pytest.raises(MissingDependency, match=r"pip install 'prparse\[ical\]'"):
        seed_release.to_ical()
    err = io.StringIO()
    assert main(["--format", "ics", str(SEED)], stdout=io.StringIO(), stderr=err) == 2
    assert "pip install 'prparse[ical]'" in err.getvalue()
    assert isinstance(MissingDependency("x"), ImportError)


def test_the_readme_calendar_command_works() -> None:
    root = Path(__file__).resolve().parent.parent
    command = "prparse --format ics fixtures/immunogen-2013-07-23.txt"
    assert command in (root / "README.md").read_text(encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "prparse", *command.split()[1:]], cwd=root, capture_output=True, timeout=120, check=True
    )
    starts = [event.decoded("dtstart").isoformat() for event in vevents(proc.stdout)]
    assert starts == SEED_STARTS
    assert proc.stdout.count(b"\r\n") == proc.stdout.count(b"\n")  # CRLF line ends, not translated
