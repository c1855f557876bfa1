"""The seed release end to end: every field of the contract, exact values."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

import prparse
from conftest import FIXTURES, SEED


def _without(obj: Any, keys: set[str]) -> Any:
    if isinstance(obj, dict):
        return {k: _without(v, keys) for k, v in obj.items() if k not in keys}
    if isinstance(obj, list):
        return [_without(v, keys) for v in obj]
    return obj


@pytest.fixture(scope="module")
def seed() -> prparse.PressRelease:
    return prparse.parse(SEED.read_text(encoding="utf-8"))


def test_seed_matches_expected_json_field_for_field(seed: prparse.PressRelease) -> None:
    expected = json.loads((FIXTURES / "immunogen-2013-07-23.json").read_text(encoding="utf-8"))
    assert _without(seed.model_dump(mode="json"), {"spans", "warnings"}) == expected


def test_seed_events_start_to_the_minute_with_offset(seed: prparse.PressRelease) -> None:
    first, second = seed.events
    assert first.model_dump(mode="json")["starts_at"] == "2013-08-02T08:00:00-04:00"
    assert first.starts_at == dt.datetime(2013, 8, 2, 12, 0, tzinfo=dt.UTC)
    assert first.kind == "earnings_call"
    assert second.model_dump(mode="json")["starts_at"] == "2013-08-14T12:45:00-04:00"
    assert second.kind == "presentation"
    assert second.title == "Wedbush 2013 Life Sciences Management Access Conference"


def test_seed_dial_in_passcode_and_replay(seed: prparse.PressRelease) -> None:
    first, second = seed.events
    assert [d.number for d in first.dial_ins] == ["+19133120836"]
    assert first.passcode == "4198948"
    assert first.webcast_url == "www.immunogen.com"
    assert first.replay is not None and first.replay.available_until == dt.date(2013, 8, 16)
    assert second.replay is not None and second.replay.available_until == dt.date(2013, 8, 21)


def test_seed_who(seed: prparse.PressRelease) -> None:
    assert seed.company == "ImmunoGen, Inc."
    assert seed.dateline is not None
    assert (seed.dateline.city, seed.dateline.region, seed.dateline.wire) == ("WALTHAM", "Mass.", "Business Wire")
    assert seed.dateline.date == dt.date(2013, 7, 23)
    assert [(t.exchange, t.symbol) for t in seed.tickers] == [("NASDAQ", "IMGN")]
    assert [(c.role, c.name, c.phones, c.emails) for c in seed.contacts] == [
        ("investors", "Carol Hausner", ("+17818950600",), ("info@immunogen.com",)),
        ("media", "Barbara Yates", ("+17812586153",), ()),
    ]
    assert seed.source == "ImmunoGen, Inc."


def test_every_span_is_evidence_for_its_value(seed: prparse.PressRelease, seed_text: str) -> None:
    first = seed.events[0]
    start, end = first.spans["passcode"]
    assert seed_text[start:end] == "4198948"
    start, end = first.dial_ins[0].spans["number"]
    assert seed_text[start:end] == "913-312-0836"
    start, end = first.spans["starts_at"]
    assert seed_text[start:end].startswith("8:00 a.m. ET")
    start, end = seed.spans["company"]
    assert seed_text[start:end] == "ImmunoGen, Inc."


def test_release_date_argument_overrides_the_dateline(seed_text: str) -> None:
    release = prparse.parse(seed_text, release_date=dt.date(2013, 7, 24))
    assert release.dateline is not None and release.dateline.date == dt.date(2013, 7, 24)


def test_models_are_frozen(seed: prparse.PressRelease) -> None:
    with pytest.raises(Exception, match="frozen"):
        seed.company = "Other"  # type: ignore[misc]


def test_json_schema_describes_the_contract() -> None:
    schema = prparse.PressRelease.model_json_schema()
    event = schema["$defs"]["Event"]["properties"]
    for name in (
        "kind",
        "title",
        "date",
        "starts_at",
        "timezone",
        "dial_ins",
        "passcode",
        "webcast_url",
        "registration_url",
        "replay",
        "spans",
    ):
        assert name in event
    assert {"headline", "company", "dateline", "tickers", "events", "contacts", "source", "warnings"} <= set(
        schema["properties"]
    )
