"""Property tests: whatever the text, parse returns a release that keeps every promise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import prparse
from invariants import problems
from prparse.pipeline import source_text

FRAGMENTS = [
    "8:00 a.m. ET", "4:30 PM (ET)", "14:00 CET", "noon", "Friday, August 2, 2013", "Aug. 2nd", "13.02.2025",
    "2 August 2013", "today", "February 30, 2024", "(866) 989-0311", "1-800-715-9871", "+44 (0) 20 3936 2999",
    "+47 951 78 680", "Toll-free:", "UK:", "Passcode:", "Conference ID:", "4198948", "conference call",
    "webcast", "replay", "for 7 days", "https://example.com/ir", "About Acme Inc.", "Investor Contact:",
    "jane@acme.com", "(Nasdaq: ABCD)", "NEW YORK, Jan. 5, 2025 /PRNewswire/ --", "Source: Acme",
    "<p>", "<td>", "</tr>", "<br>", "\n", "\n\n", "\r\n", "\u2028", "\u00a0", "\u200b", "\x00", "\ufffd",
    "\uff18", ":", "(", ".", " ",
]  # fmt: skip
wire_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=60).map(" ".join)
any_text = st.text(max_size=400) | wire_like
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(any_text)
def test_parse_never_raises_and_keeps_its_promises(text: str) -> None:
    release = prparse.parse(text)
    assert problems(source_text(text), release) == []


@SETTINGS
@given(wire_like)
def test_parse_is_deterministic(text: str) -> None:
    assert prparse.parse(text) == prparse.parse(text)
    assert prparse.parse(text).model_dump_json() == prparse.parse(text).model_dump_json()


@SETTINGS
@given(wire_like, st.booleans())
def test_spans_point_into_the_parsed_text_either_way(text: str, html: bool) -> None:
    release = prparse.parse(text, html=html)
    assert problems(source_text(text, html=html), release) == []
