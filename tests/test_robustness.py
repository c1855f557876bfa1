"""prparse never falls over: odd text, hostile text, huge text, undecodable bytes, slow patterns.

Speed is checked without wall-clock limits: each adversarial input must parse within a wide
factor of the time ``text.lower()`` takes on the same input (a plain linear scan), plus a
small floor for fixed costs. A linear parse costs a few thousand such scans; catastrophic
backtracking or a quadratic loop costs orders of magnitude more at these sizes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import regex

import prparse
from conftest import SEED
from invariants import problems
from prparse import PatternTimeout, PressRelease, PrparseError, safety
from prparse.cli import decode, main
from prparse.pipeline import source_text

# Budget: FACTOR plain scans of the input plus FLOOR seconds. Generous on purpose (CI
# machines are slow and noisy); what it catches is super-linear growth.
FACTOR = 25_000
FLOOR = 1.5


def _best_of(runs: int, call: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def assert_linear(text: str) -> PressRelease:
    baseline = _best_of(5, text.lower)
    started = time.perf_counter()
    release = prparse.parse(text)
    elapsed = time.perf_counter() - started
    budget = FACTOR * baseline + FLOOR
    scan = f"{baseline * 1e6:.0f} us scan"
    assert elapsed < budget, f"{elapsed:.2f} s for {len(text)} chars; budget {budget:.2f} s ({scan})"
    assert problems(source_text(text), release) == []
    return release


# Odd but ordinary input -------------------------------------------------------------------

ODD_INPUTS = {
    "empty": "",
    "space": " ",
    "whitespace": " \t\n\r\n\u00a0\u2028 ",
    "one line": "Acme Corp. will host a call.",
    "nul bytes": "Call\x00 at 8:00\x00 a.m. ET\x00 on August 2, 2013\x00",
    "replacement chars": "\ufffd\ufffd (Nasdaq: \ufffdABC) 8:00 a.m. \ufffdET",
    "mixed line endings": "Investor Contact:\r\nJane Doe\rjane@example.com\u2028(781) 895-0600\u2029\nSource: Acme",
    "zero-width and nbsp": "The\u200bcall at 8:00\u00a0a.m.\u00a0ET on Friday,\u00a0August\u00a02,\u00a02013.",
    "smart quotes and dashes": "\u201cAcme\u201d \u2014 call at 8:00\u20139:00 a.m. ET \u2018today\u2019",
    "full-width digits": "The call is at \uff18:\uff10\uff10 a.m. ET on August \uff12, \uff12\uff10\uff11\uff13.",
    "other languages": "会议将于2025年2月13日上午8:00举行。Телеконференция состоится 13 февраля. المؤتمر",
    "rtl override": "\u202eTE .m.a 00:8 ta llac ehT",
    "combining marks": "Cal\u0301l a\u0300t 8:00 a.m. ET",
    "astral": "\U0001f4de Dial 913-312-0836 \U0001f4c5 August 2, 2013 \U0001f600",
    "lone surrogate": "Call \ud800 at 8:00 a.m. ET",
    "only punctuation": ":::---(((...)))///",
    "bad dates": "The call is on February 30, 2024 at 25:99 ET and on 31.13.2025 at 8:00 a.m. ET.",
    "html fragment": "<p>The call is at <b>8:00 a.m. ET</b></p>",
    "broken html": "<html><body><table><tr><td>UK<td>+44 20 3936 2999<tr><td>Passcode<td>1234",
}


@pytest.mark.parametrize("text", list(ODD_INPUTS.values()), ids=list(ODD_INPUTS))
def test_odd_input_gives_a_release(text: str) -> None:
    release = prparse.parse(text)
    assert isinstance(release, PressRelease)
    assert problems(source_text(text), release) == []
    assert prparse.parse(text) == release
    assert isinstance(json.loads(release.model_dump_json()), dict)  # a lone surrogate once broke this


def test_empty_input_gives_an_empty_release() -> None:
    assert prparse.parse("") == PressRelease()
    assert prparse.parse("   \n\n\t ") == PressRelease()


def test_non_text_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        prparse.parse(b"bytes")  # type: ignore[arg-type]


def test_odd_characters_do_not_hide_the_seed_event(seed_text: str) -> None:
    """Non-breaking and zero-width spaces, smart quotes, CRLF: the same event comes out."""
    plain = prparse.parse(seed_text)
    odd = seed_text.replace(" ", "\u00a0", 40).replace("\n", "\r\n").replace("'", "\u2019")
    release = prparse.parse(odd)
    assert [e.starts_at for e in release.events] == [e.starts_at for e in plain.events]
    assert release.events[0].dial_ins[0].number == "+19133120836"
    assert problems(odd, release) == []


def test_oversized_input_is_truncated_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    import prparse.pipeline as pipeline

    monkeypatch.setattr(pipeline, "MAX_CHARS", 1000)
    release = prparse.parse("x " * 5000)
    assert [w.code for w in release.warnings] == ["truncated"]


# Adversarial input: linear time -----------------------------------------------------------

SIZE = 200_000  # characters; the 1 MB line case is below
ADVERSARIAL = {
    "digits": "1" * SIZE,
    "spaces": " " * SIZE,
    "a.m.": "a.m. " * (SIZE // 5),
    "open parens": "(" * SIZE,
    "colons": ":" * SIZE,
    "question marks then x": "?" * SIZE + "x",
    "digit space": "1 " * (SIZE // 2),
    "digit dash": "0-" * (SIZE // 2),
    "plus one": "+1 " * (SIZE // 3),
    "newlines": "\n" * SIZE,
    "blank paragraphs": "x\n\n" * (SIZE // 3),
    "initials": "A. " * (SIZE // 3),
    "about headings": "About " * (SIZE // 6),
    "about heading lines": "About A\n" * (SIZE // 8),
    "contact words": "Contact " * (SIZE // 8),
    "tickers": "(Nasdaq: " * (SIZE // 9),
    "passcodes": "passcode: " * (SIZE // 10),
    "www": "www." * (SIZE // 4),
    "at signs": "a@" * (SIZE // 2),
    "less-than": "<" * SIZE,
    "html comments": "<html><!--" * (SIZE // 10),
    "html cells": "<td>" * (SIZE // 4),
    "nested divs": "<div>" * (SIZE // 5),
    "nbsp": "\u00a0" * SIZE,
    "dial-in lines": "Dial-in: (866) 989-0311, passcode 123456.\n" * (SIZE // 42),
}
# Inputs that were quadratic once (a whole unbounded sentence read per date or time, every
# date filtered for every time, a linear scan of all contact blocks per candidate).
ONCE_QUADRATIC = [
    pytest.param("at 8:00 a.m. ET " * 1000, id="times in one sentence"),
    pytest.param("January 5, 2025 " * 2000, id="dates in one sentence"),
    pytest.param("NEW YORK, Jan. 5, 2025 /PRNewswire/ -- " * 800, id="datelines"),
    pytest.param(
        "Call 1-800-555-1212 at 8:00 a.m. ET on Monday, January 5, 2025. " * 700,
        id="dated calls",
    ),
    pytest.param(
        "Investor Contact:\nJohn Smith\n(866) 989-0311\njohn@example.com\n\n" * (SIZE // 128),
        id="contact blocks",
    ),
]


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_input_parses_in_linear_time(text: str) -> None:
    assert_linear(text)


@pytest.mark.parametrize("text", ONCE_QUADRATIC)
def test_once_quadratic_inputs_parse_in_linear_time(text: str) -> None:
    assert_linear(text)


def test_one_megabyte_line() -> None:
    line = ("Acme will host a conference call " + "word " * 50) * (1_000_000 // 283)
    assert len(line) > 900_000 and "\n" not in line
    assert_linear(line)


def test_linear_release_text_scales(seed_text: str) -> None:
    """Many copies of a real release: as fast per character as one."""
    assert_linear(seed_text * 80)


# The regex time limit ---------------------------------------------------------------------

_CATASTROPHIC = r"(a|aa)+$"  # exponential in the regex module on "aaa...b"


def test_safe_pattern_matches_like_regex() -> None:
    pattern = safety.compile(r"(?P<n>\d+)", regex.IGNORECASE)
    text = "a1b22c333"
    assert pattern.search(text) is not None and pattern.search(text)["n"] == "1"  # type: ignore[index]
    assert pattern.match(text) is None
    assert pattern.match(text, 1) is not None
    assert pattern.fullmatch("42") is not None
    assert [m["n"] for m in pattern.finditer(text)] == ["1", "22", "333"]
    assert [m["n"] for m in pattern.finditer(text, 2, 7)] == ["22", "3"]
    assert pattern.findall(text) == ["1", "22", "333"]
    assert pattern.sub("#", text) == "a#b#c#"
    assert pattern.sub(lambda m: str(len(m[0])), text) == "a1b2c3"
    assert pattern.subn("#", text, 2) == ("a#b#c333", 2)
    assert pattern.split(text) == ["a", "1", "b", "22", "c", "333", ""]
    assert pattern.pattern == r"(?P<n>\d+)"
    assert pattern.flags & regex.IGNORECASE
    assert pattern.groupindex == {"n": 1}
    assert pattern.compiled.search("x9") is not None


@pytest.mark.parametrize("method", ["search", "match", "fullmatch", "findall", "finditer", "sub", "split"])
def test_safe_pattern_turns_a_timeout_into_pattern_timeout(method: str) -> None:
    pattern = safety.compile(_CATASTROPHIC, timeout=0.05)
    text = "a" * (safety.UNTIMED_STRETCH + 60) + "b"  # long enough to run under the limit
    calls: dict[str, Callable[[], object]] = {
        "search": lambda: pattern.search(text),
        "match": lambda: pattern.match(text),
        "fullmatch": lambda: pattern.fullmatch(text),
        "findall": lambda: pattern.findall(text),
        "finditer": lambda: list(pattern.finditer(text)),
        "sub": lambda: pattern.sub("", text),
        "split": lambda: pattern.split(text),
    }
    with pytest.raises(PatternTimeout) as caught:
        calls[method]()
    assert isinstance(caught.value, PrparseError)
    assert "(a|aa)+$" in str(caught.value) and "0.05 s" in str(caught.value)
    assert isinstance(caught.value.__cause__, TimeoutError)


def test_safe_pattern_rejects_a_useless_timeout() -> None:
    with pytest.raises(ValueError):
        safety.compile("x", timeout=0)


def test_a_step_that_times_out_is_skipped_with_a_warning(monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    import prparse.pipeline as pipeline

    slow = safety.compile(_CATASTROPHIC, timeout=0.05)

    def tickers_step(doc: object) -> object:
        slow.search("a" * (safety.UNTIMED_STRETCH + 60) + "b")
        raise AssertionError("unreachable")

    steps = tuple((name, tickers_step if name == "tickers" else step) for name, step in pipeline.STEPS)
    monkeypatch.setattr(pipeline, "STEPS", steps)
    release = prparse.parse(seed_text)
    assert release.tickers == ()
    assert [w.code for w in release.warnings] == ["timeout"]
    assert "tickers" in release.warnings[0].message
    assert release.company == "ImmunoGen, Inc."  # the other steps still ran


# The command line reads any bytes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", ""),
        (b"\xef\xbb\xbf", ""),
        (b"\xef\xbb\xbf\xe2\x80\x9cquoted\xe2\x80\x9d", "\u201cquoted\u201d"),
        (b"\xef\xbb\xbf\x93quoted\x94", "\u201cquoted\u201d"),  # a BOM, then cp1252
        (b"line\r\nline\rline", "line\r\nline\rline"),
        ("Z\u00fcrich \u2013 8:00".encode("cp1252"), "Z\u00fcrich \u2013 8:00"),
        ("Z\u00fcrich".encode("latin-1"), "Z\u00fcrich"),
    ],
)
def test_decode(data: bytes, expected: str) -> None:
    assert decode(data, "x") == expected


def test_the_cli_names_what_it_cannot_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01\x02\x03\xff\xfe" * 2000)
    missing = tmp_path / "missing.txt"
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Z\u00fcrich, 13.02.2025 \u2013 Acme (SIX: ACME)".encode("cp1252"))
    code = main([str(junk), str(missing), str(latin), str(SEED)])
    captured = capsys.readouterr()
    assert code == 1
    errors = captured.err.strip().splitlines()
    assert any(str(junk) in line and "binary" in line for line in errors)
    assert any(str(missing) in line for line in errors)
    paths = [json.loads(line)["path"] for line in captured.out.strip().splitlines()]
    assert paths == [str(latin), str(SEED)]  # the readable two


def test_the_cli_reads_a_bom_crlf_and_nul_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "odd.txt"
    odd.write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes().replace(b"\n", b"\r\n", 30) + b"\x00")
    assert main([str(odd)]) == 0
    assert '"+19133120836"' in capsys.readouterr().out
