"""Every pattern compiles (they compile lazily, so a typo would otherwise hide until used)."""

from __future__ import annotations

import importlib
import pkgutil
import re._constants as constants
import re._parser as sre_parser
from pathlib import Path
from typing import Any

import pytest
import regex

import prparse
from prparse import safety
from prparse.dispatch import first_letter_dispatch
from prparse.safety import GatedPattern, SafePattern

MODULES = sorted(
    name for _, name, _ in pkgutil.walk_packages(prparse.__path__, prefix="prparse.") if not name.endswith("__main__")
)


@pytest.mark.parametrize("module_name", MODULES)
def test_module_patterns_compile(module_name: str) -> None:
    module = importlib.import_module(module_name)
    patterns = [value for value in vars(module).values() if isinstance(value, SafePattern)]
    for pattern in patterns:
        written = pattern.pattern
        assert pattern.compiled.pattern == (first_letter_dispatch(written) if pattern._dispatch else written)


def test_patterns_are_many_and_lazy() -> None:
    from prparse.extract import tickers

    assert isinstance(tickers.COLON_FORM, SafePattern)
    assert sum(isinstance(v, SafePattern) for v in vars(tickers).values()) >= 5


# Phrases for every alternative of the gated cue patterns, in the cases wires write them.
CUE_PHRASES = """\
COMPANY ANNOUNCEMENT 19 February 2019. If adjourned, the meeting will be held a week later. Its 2021 AGM.
A replay, a re-play, a rebroadcast, a playback, a play back, archived and archives, an encore,
a recording, recorded, taped, on-demand and on demand. Date: Time: Date and time: the live call,
a conference call, an earnings call, a teleconference, a webcast, to join, to participate, to
access, to listen; dial-in numbers, dial in details, participants can, the call, interested in
participating, listen-only. A web cast,
webcasts, a web-cast, a webinar, audio, stream, streamed, streaming, watch, broadcast, simulcast, the
presentation, the events page. Register, registration, pre-register, preregister, sign up,
sign-up, enrol, enroll. Dial, phone, telephone, PIN, passcode, conference ID, by phone. The link
below or alternately by telephone.
View source version, View original content, original press release, Source: SOURCE.
View source version on businesswire.com. This information is provided by RNS. Transmitted by EQS Group.
Dial-ins, dialing, toll, callers, conference. Additional information, more information,
further information, questions, assistance, technical support, helpdesk, help desk,
requirements, customer service. Joining, participating, access the call, dial-in number.
Webcast replay of the conference call, archived webcast, after the live event, following the call.
Postponed, postponement, cancelled, canceled, cancellation, adjourned, adjournment.
Adjourned to a date of which notice will be given, until further notice, a new date will be announced.
A contest, a competition, a championship, a
tournament, a prize, winners, awarded, launches, a booth, exhibiting at the trade show,
one-on-one and one to one meetings, 1x1s, small-group meetings. Slides will be posted, presentation
materials will be available, investor presentations will be published.
Acme Projects is pleased to announce. Acme is delighted to report. Acme is proud to confirm.
(Press release, Acme Biosciences, FEB 14, 2019, View Source [SID1234]).
Please visit the following link for global dial-in numbers.
GlobeNewswire by notified
Quarter ended June 30, ending May 1, ends on, the end of May, as of March 1, through Friday,
thru May, until April, till then, dated May 3, since 2019, expires May 9, expiring, record date,
payable on, paid on, effective May 1, deadline of, prior to May, close of business on, year ended,
up to May, originally scheduled for Monday, Investor contacts: Media inquiries: Press Contact:
No later than May 9, not later than noon, registered by Friday. A board meeting, a meeting of the
audit committee, a meeting of the board, a remuneration committee meeting. Attend the meeting online,
participate online, a virtual meeting, held virtually.
The registration period commences, vote in
advance, advance voting, proxy documents, notice of participation, on weekdays, office hours. The
meeting will be held. Provided for publication on 10 February 2025. It was disclosed. Before the Annual General Meeting,
after the AGM. From Monday to Friday during the registration period. The resolutions were approved,
directors were elected, it was passed, adopted and carried. A notice to shareholders of Acme, investors
in Acme, is investigating Acme, a suit against Acme, on behalf of purchasers. The meeting was held,
convened and concluded. Maurel (Paris:MAU), Acme (Amsterdam: ACME). Registration for the webcast
opens, registration starts, registration to the Annual General Meeting begins. By way of awebcast,
the companypresentationtoday, thewebinar, ateleconference. References to times in this announcement
are to London time; all times are CET. Details at the Acme Technology Conference at 9:30 a.m.
Europe: Jane Rowe, Vice President Investor Relations.
Nachrichtenquelle: Business Wire (engl.)
Upon registering, you will be provided with participant dial-in numbers and a PIN.
A fireside chat, an Investor and Analyst Day, analyst days, investors' meeting, Capital Markets Day, R&D Day,
shareholders' meeting, a meeting of stockholders, the General Assembly, a briefing, a news conference, a
media availability, a town hall, an audiocast, an audio-cast, a panel, the keynote, a roundtable, Q&A, a
symposium, a summit, a forum, will take place, takes place, a session is scheduled, a phone conference,
presented at, will speak, speaking, a live interview, hosting, presents, presenting.
The Transfer Books and Register of Members of the Company will be closed from 5.00 p.m.
Disclosure announcement transmitted by euro adhoc. The issuer is responsible for the content.
Resolved the convening of the Annual General Meeting and announced that the meeting is scheduled for March 28.
Analysts should contact Jane Rowe for conference call details.
"""


# What anchored gated patterns see: the lead before a date (ends at "$"), a label line (starts at "^").
CUE_STRETCHES = [
    "a meeting held in virtual format only at ",
    "for the quarter ended ",
    "the Half-Year Report at ",
    "the record date of ",
    "dividends payable on Monday, ",
    "originally scheduled for ",
    "The cut-off date for inclusion in the shareholder register for the AGM is ",
    "prior to the Meeting to obtain a personalised PIN number",
    "a proposal to extend the date by which the Company must consummate a business combination from ",
    "Approximately 4.5 months extension of time from ",
    "intends to adjourn its special meeting (the Meeting) scheduled to be held on ",
    "to postpone the meeting initially scheduled for May 5, 2020 until ",
    "will delay the release of its results, as well as the conference call scheduled for Thursday, July 23, at ",
    "For further details on the incremental shares, refer to ",
    "no later than ",
    "registered by ",
    "available until ",
    "to attend the meeting in person at the Acme Museum, 1 Main Street, or via the Internet at ",
    "To schedule a one-on-one meeting with management, please ",
    "Investor Contacts:",
    "Acme (ADR: ACMEY)",
    "you are encouraged to lodge a proxy ahead of the meeting at ",
    "Media:",
    "  Press Contact: ",
    " AcmeWireAustin, Texaswww.AcmeWire.example512.555.7000 OfficeEditor@AcmeWire.example",
]


def _sample_texts() -> list[str]:
    """The fixtures and the cue phrases whole, line by line, and in three cases, plus the stretches."""
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [path.read_text(encoding="utf-8") for path in sorted(root.rglob("*.txt"))]
    phrases = [CUE_PHRASES, CUE_PHRASES.upper(), CUE_PHRASES.lower()]
    lines = [line for text in [*texts, *phrases] for line in text.splitlines()]
    return [*texts, *phrases, *lines, *CUE_STRETCHES]


@pytest.mark.parametrize("module_name", MODULES)
def test_gated_patterns_match_as_without_their_gate(module_name: str) -> None:
    """A gate must never hide a match: the words it needs are in every match."""
    module = importlib.import_module(module_name)
    gated = [value for value in vars(module).values() if isinstance(value, GatedPattern)]
    for pattern in gated:
        for text in _sample_texts():
            plain = [m.span() for m in pattern.compiled.finditer(text)]
            assert [m.span() for m in pattern.finditer(text)] == plain, pattern.pattern
            for m in pattern.compiled.finditer(text):
                assert pattern.may_match(m.group()), (pattern.pattern, m.group())


@pytest.mark.parametrize("module_name", MODULES)
def test_dispatched_patterns_match_as_written(module_name: str) -> None:
    """A pattern compiled with dispatch=True (its alternation regrouped by first letter) finds
    what its source finds, in every sample, at every start."""
    module = importlib.import_module(module_name)
    for pattern in (value for value in vars(module).values() if isinstance(value, SafePattern)):
        if pattern.compiled.pattern == pattern.pattern:
            continue  # (not regrouped: dispatch off, or a shape it declines)
        plain = regex.compile(pattern.pattern, pattern.flags)
        for text in _sample_texts():
            assert [m.span() for m in pattern.compiled.finditer(text)] == [m.span() for m in plain.finditer(text)]
            for start in range(0, len(text), 7):
                found, expected = pattern.compiled.search(text, start), plain.search(text, start)
                assert (found and found.span()) == (expected and expected.span()), pattern.pattern[:60]


@pytest.mark.parametrize("module_name", MODULES)
def test_the_samples_exercise_every_gate(module_name: str) -> None:
    """Each gated pattern matches somewhere in the samples, so the test above checks its gate."""
    module = importlib.import_module(module_name)
    for name, pattern in vars(module).items():
        if isinstance(pattern, GatedPattern):
            assert any(pattern.compiled.search(text) for text in _sample_texts()), name


# Linear time by construction ------------------------------------------------------------
# A repeat of a piece that can itself match in several lengths ("(a+)+", "(a|aa)+",
# "(\w+\s?)*") backtracks exponentially. Short stretches run without the time limit
# (safety.UNTIMED_STRETCH), so no pattern prparse compiles may hold one under a repeat of
# more than a few rounds. Checked on the stdlib parser's tree of each pattern, with the
# `regex`-only syntax (\p{..} classes, repeated group names) put in plain terms first.

_REGEX_ONLY = [
    (regex.compile(r"\\[pP]\{[^}]{1,40}\}"), "a"),
    (regex.compile(r"\(\?P<\w{1,40}>"), "(?:"),
    (regex.compile(r"\(\?P=\w{1,40}\)"), "a"),
]
_FEW_ROUNDS = 30  # a bounded repeat of up to this many rounds is cheap to backtrack through
_ONE_CHAR = {constants.LITERAL, constants.NOT_LITERAL, constants.IN, constants.ANY, constants.CATEGORY}


def _varies(items: Any) -> bool:
    """Can this piece match strings of different lengths, or the same text two ways?"""
    for op, arg in items:
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            low, high, body = arg
            if low != high or _varies(body):
                return True
        elif op == constants.SUBPATTERN and _varies(arg[-1]):
            return True
        elif op == constants.BRANCH and any(len(branch) != 1 or branch[0][0] not in _ONE_CHAR for branch in arg[1]):
            return True
    return False


def nested_repeats(source: str, flags: int = 0) -> list[tuple[int, int]]:
    """(min, max) of every repeat of more than a few rounds over a piece that varies;
    possessive repeats and atomic groups give nothing back, so they are safe."""
    for pattern, plain in _REGEX_ONLY:
        source = pattern.sub(plain, source)
    found: list[tuple[int, int]] = []

    def walk(items: Any) -> None:
        for op, arg in items:
            if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
                low, high, body = arg
                if high > _FEW_ROUNDS and _varies(body):
                    found.append((low, high))
                walk(body)
            elif op == constants.SUBPATTERN:
                walk(arg[-1])
            elif op == constants.BRANCH:
                for branch in arg[1]:
                    walk(branch)
            elif op in (constants.ASSERT, constants.ASSERT_NOT):
                walk(arg[1])
            elif op == constants.ATOMIC_GROUP:
                walk(arg)
            elif op == constants.POSSESSIVE_REPEAT:
                walk(arg[2])

    walk(sre_parser.parse(source, flags & 0xFF))
    return found


@pytest.mark.parametrize(
    ("source", "nested"),
    [
        (r"(a|aa)+$", True),
        (r"(a+)+b", True),
        (r"(?:\w+\s?)*:", True),
        (r"(?:[A-Z][a-z]{1,20}\s){1,200}", True),
        (r"\b(?:[A-Z][a-z]{1,20}\s){1,3}Inc\b", False),
        (r"(?:\s|-)+", False),
        (r"(?:\w+\s?)*+:", False),  # possessive: nothing given back
        (r"(?>\w+\s?)+", False),  # atomic body: one way through each round
        (r"(?P<n>\+?\d[\d ().-]{5,30}\d)", False),
        (r"\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20}){0,3}", False),
    ],
)
def test_nested_repeats_are_found(source: str, nested: bool) -> None:
    assert bool(nested_repeats(source)) is nested


def test_no_pattern_repeats_a_varying_piece_without_bound() -> None:
    for module_name in MODULES:
        importlib.import_module(module_name)
    patterns = list(safety.COMPILED)
    assert len(patterns) > 150
    offenders = {p.pattern[:80]: nested_repeats(p.pattern, p.flags) for p in patterns}
    assert {source: found for source, found in offenders.items() if found} == {}


def test_no_pattern_holds_a_backspace() -> None:
    """A "\\b" written in a string that is not raw is a backspace, which no text holds: the
    pattern would silently never match."""
    for module_name in MODULES:
        importlib.import_module(module_name)
    assert [p.pattern[:80] for p in safety.COMPILED if "\x08" in p.pattern] == []
