"""Dates, clock times and zones as wires write them, and the rules that resolve them.

Pure functions from text to values. Every pattern is bounded (no nested unbounded
quantifiers), so matching is linear in the length of the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

import regex

from .lexicon import (
    ABBREVIATION_PLACES,
    CET_PLACES,
    LOCAL_TIME_PLACES,
    MONTHS,
    NUMBER_WORDS,
    OTHER_LANGUAGE_MONTHS,
    WEEKDAYS,
    ZONE_LABELS,
    ZONES,
    alternation,
)
from .safety import compile as safe_compile
from .safety import compile_literals
from .scan import AnyOf, Words, finditer_near


def _cased(words: dict[str, int]) -> str:
    """Month and weekday names in Title or UPPER case only, so the verb "may" is no month."""
    return alternation([w.title() for w in words] + [w.upper() for w in words])


_MONTH = rf"(?P<month>{_cased(MONTHS)})\.?"
_WEEKDAY = rf"(?:(?=[FMSTW])(?P<weekday>{_cased(WEEKDAYS)})\.?,?\s{{1,3}}(?:the\s{{1,2}})?)"
# (or with the hour glued on, a copy that lost the space: "March 4, 202012:00 p.m. PT")
_YEAR = r"(?P<year>(?:19|20)\d\d)(?:(?!\d)|(?=\d{1,2}:\d\d\s?[apAP]\.?[mM]))"
# ("January 20 th, 2016", "FRIDAY, 24TH JULY 2020")
_DAY = r"(?P<day>[0-3]?\d)(?:(?i:st|nd|rd|th)|[ \t](?:st|nd|rd|th)\b)?(?!\d)"

# "Friday, August 2, 2013", "Aug. 2nd", "Thursday, February 13 @"
# A space in a date may be a line break of a reflowed column: "through February   \n      19, 2025".
# (never a blank line: "23 February / (blank) / 2021 Annual Report" is no date in 2021)
_GAP = r"(?:[ \t]{0,60}\n[ \t]{0,60}|[ \t]{1,3})"  # (a fixed-width column pads its lines with spaces)
_SPACE = r"(?:[ \t]{1,3}|[ \t]{0,3}\n[ \t]{0,3})"  # one to three spaces, or a line break
# "April 25th , 2024": a space before the comma too; "August 20,2024": or none after it.
# (not a day whose year is garbled: "through midnight on May 1, 20061, 2006" gives no day to trust)
_MONTH_DAY = safe_compile(
    rf"{_WEEKDAY}?{_MONTH}(?:{_GAP})?{_DAY}(?![.:]\d)"
    rf"(?:(?:(?:[ \t]?,)?{_GAP}|[ \t]?,){_YEAR}|(?![ \t]?,?[ \t]{{0,2}}(?:19|20)\d{{3}}))"
)
# "2 August 2013", "Thursday 20 February", "the 5th of March", "Wednesday 09. January 2008";
# not a numbered section that a sentence starting with a month follows ("Item 9. January ...").
_REFERENCE_WORD = (
    r"(?<!\b(?i:section|item|article|note|chapter|part|rule|clause|paragraph|exhibit|schedule|no)\.?\s{1,3})"
)
_DAY_MONTH = safe_compile(
    # ("Monday 28th, September 2020": a comma after the ordinal)
    rf"{_WEEKDAY}?(?=\d)(?<![\d.,$]){_REFERENCE_WORD}\b{_DAY}(?:\.|(?<=(?i:st|nd|rd|th)),)?(?:\s{{1,3}}day)?(?:\s{{1,3}}of)?"
    # ("30thSeptember, 2015": a copy lost the space after the ordinal)
    rf"(?:{_SPACE}|(?<=(?i:st|nd|rd|th))(?=\p{{Lu}})){_MONTH}"
    rf"(?:,?{_SPACE}{_YEAR})?"
)
# "2013-08-02"
_ISO_DATE = safe_compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d])")
# "26-Apr-2019" (an EQS stamp), "2017-Aug-01" (a retail wire's dateline)
_MONTH_ABBREVIATION = rf"(?P<month>{_cased({k: v for k, v in MONTHS.items() if len(k) == 3})})"
_HYPHEN_DATE = safe_compile(
    rf"(?=\d)(?<![\w-])(?:(?P<day>[0-3]?\d)-{_MONTH_ABBREVIATION}-{_YEAR}"
    rf"|(?P<year>(?:19|20)\d\d)-{_MONTH_ABBREVIATION}-(?P<day>[0-3]\d)(?![\w-]))"
)
# "13.02.2025" (day first, as Nordic and German releases write it)
_DOTTED_DATE = safe_compile(rf"{_WEEKDAY}?(?=\d)(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.{_YEAR}")
# "TORONTO, 6 november 2023 /PRNewswire/", "Santiago, 05 de noviembre de 2015", "Paris, le 1er
# mars 2024": a day, a month written in lower case or in another language, and a year. Only
# with all three: alone, "march" and "mars" are words.
_LOWER_CASE_MONTHS = tuple(name for name in MONTHS if len(name) > 3 and name != "may")  # ("may": the verb)
_WRITTEN_MONTH = rf"(?P<month>{alternation(list(_LOWER_CASE_MONTHS))}|(?i:{alternation(list(OTHER_LANGUAGE_MONTHS))}))"
_OTHER_DAY_MONTH_YEAR = safe_compile(
    rf"(?<![\d.,$])\b(?P<day>[0-3]?\d)(?:\.|er|º)?[ \t]{{1,2}}(?:de[ \t]{{1,2}})?{_WRITTEN_MONTH}"
    rf"[ \t]{{1,2}}(?:del?[ \t]{{1,2}})?(?P<year>(?:19|20)\d\d)(?!\d)"
)
_LOWER_CASE_MONTH_WORDS = compile_literals(_LOWER_CASE_MONTHS)
_OTHER_LANGUAGE_MONTH_WORDS = Words((), whole=tuple(OTHER_LANGUAGE_MONTHS))  # (not "mai" in "email")
# Such dates are read near the top only, where a release dates itself: the rest of an English
# release is not scanned for them.
_OTHER_MONTHS_REACH = 3000
# Cheap anchors: the costly patterns above run only near these. A month name is found by
# str.find, then kept only where a day can follow it (for _MONTH_DAY) or precede it (for
# _DAY_MONTH), so the patterns run around real dates, not around "Market" or "May".
_MONTH_WORDS = compile_literals([*(w[:3].title() for w in MONTHS), *(w[:3].upper() for w in MONTHS)])
_WEEKDAY_REACH = 24  # "Wednesday., the " is at most 19 characters: how far before a date its weekday starts
_DOTTED_ANCHOR = Words((".19", ".20"), case=True)
# "today at 0930 EST / 1430 GMT": four digits are an hour only with a zone right after them.
_FOUR_DIGIT_ZONE = r"(?=[ \t]?(?:hrs[ \t])?[(\[]?(?:GMT|BST|UTC|CET|CEST|EET|EEST|EST|EDT|ET|PST|PDT|PT|CST|CDT|CT)\b)"
_TIME_ANCHOR = AnyOf(
    # Both branches open with the digit, so the engine skips to digits (a top-level "|"
    # with the noon words would make it try every position).
    safe_compile(rf"\d(?:\s?[:.h]\s?\d\d|\s{{0,2}}[aApP]\.?\s?[mM]\b|\d\d\d{_FOUR_DIGIT_ZONE})"),
    Words(("noon", "midday")),
)
# "today", "tomorrow", "this morning", "later today"
_RELATIVE_DATE = safe_compile(
    r"\b(?P<relative>later\s(?:today|this\s(?:morning|afternoon|evening))|today|tomorrow|tonight"
    r"|this\s(?:morning|afternoon|evening))\b",
    regex.IGNORECASE,
)
_RELATIVE_WORDS = Words(("today", "tomorrow", "tonight", "morning", "afternoon", "evening"))
_RELATIVE_DAYS = {"tomorrow": 1}

# (written in capitals, so matched case-sensitively: "ET", "E.S.T."; "et" is a word)
_SHORT_ZONES = [z for z in ZONES if len(z.replace(".", "")) <= 4 and " " not in z]
# Zone words that are places or other words: not a zone stated for every time.
_NOT_STATED_ZONES = frozenset({"ist", "ast", "taiwan", "taipei", "singapore"})
_LONG_ZONES = [z for z in ZONES if z not in _SHORT_ZONES]
# A zone after a time: "ET", "(EST)", "Eastern Time", "U.S. Eastern Time", "Finnish time".
_ZONE = (
    # "8:00 a.m. ESTTaiwan 9:00 p.m.": a copy that lost its spaces glued the next word on.
    # "10am ETLINK: https://...": or a label in capitals.
    rf"(?P<zone>(?-i:{alternation(z.upper() for z in _SHORT_ZONES)})"
    r"(?:(?![\w])|(?-i:(?=\p{Lu}\p{Ll}{2}|\p{Lu}{3,12}:)))"
    rf"|(?i:{alternation(_LONG_ZONES)})\b)"
)
# ("at 10:00 o'clock in the morning, Philippine time": a formal notice's words for a.m. and p.m.)
_AMPM = r"(?P<ampm>[ap]\.?\s?m\b\.?|in\sthe\s(?:morning|afternoon|evening)\b)"
# "8:00 a.m. ET", "8 a.m. Eastern Time", "4:30 PM (ET)", "10:00-11:00 a.m. ET", "3.00 p.m. Finnish time"
_TIME_12 = (
    r"(?:(?<![\d:.$,])|(?<=,\s(?:19|20)\d\d)(?=\d{1,2}:))(?P<hour>1[0-2]|0?\d)(?:\s?[:.]\s?(?P<minute>[0-5]\d))?"
    r"(?:\s{0,2}(?:-|to)\s{0,2}(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?)?"
    # ("at 10:00 o'clock A.M., Houston Time": a by-law's formal notice)
    r"(?:\s{1,2}o['’]clock)?\s{0,2}" + _AMPM
)
# "08:30 CET", "14.00 (CET)", "15:00 hrs", "14:00 to 15:00 CET" (a range: the zone comes after
# its end, "15:00 p.m. CET" as some write it)
_TIME_24 = (
    r"(?<![\d:.$,])(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)(?![\d%]|\.\d)"
    # "14.30 pm (CET)": an afternoon hour on the 24-hour clock with a redundant "pm"
    r"(?:(?<=(?:1[3-9]|2[0-3])[:.h][0-5]\d)\s?[pP]\.?[mM]\b\.?)?"
    r"(?:\s{0,2}(?:-|–|to)\s{0,2}(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d%]|\.\d)(?:\s?[ap]\.?m\b\.?)?)?"
    # (not a year after its date: "Thursday, August 8th, 2019 EDT")
    rf"|(?<![\w:.$,/-])(?<!\d(?:st|nd|rd|th)?,?[ \t])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d){_FOUR_DIGIT_ZONE}"
)
_NOON = r"\b(?P<noon>noon|midday)\b"
# "12.00 noon CET", "12:00 noon ET": the hour written before its name is the time's start (the
# 24-hour reading of "12.00" alone, with no zone after it, is no time)
_HOUR_AND_NOON = r"(?<![\d:.$,])12(?:[:.]00)?[ \t]{1,2}" + _NOON
# ("10:00 a.m. (admission from 09:00 a.m.) CEST": an aside in brackets before the zone;
# "13:00 hrs(1:00pm) EET", "1:00 p.m. (13:00) EET": the time on the other clock)
_ZONE_TAIL = (
    # ("12.00 (noon) Vienna time": the hour's name in brackets)
    r"(?:(?:\s{1,2}\((?:admission|doors|registration|reception)\b[^()\n]{1,40}\)|\s{1,2}\((?:noon|midday)\)"
    r"|\s{0,2}\([ \t]?(?:(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?[ \t]?[ap]\.?[ \t]?m\b\.?"
    r"|(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[ \t]?hrs)?)[ \t]?\)(?=[ \t]{0,2}\p{Lu}))?"
    # ("09:00 AM US EST", "9 a.m. (U.S. ET)": the country before a short zone)
    # (each run of spaces read once, possessively: a zone never opens with a space or a bracket,
    # and the engine tried the zone names at every split of the spaces)
    # ("Ordinary Shareholders' Meeting (10:00 a.m. – CET)": a dash between)
    rf",?(?:\s{{0,2}}+[(\[]\s{{0,2}}+|[ \t]{{1,2}}+[–—-][ \t]{{1,2}}+|\s{{0,4}}+)"
    rf"(?:local\s{{1,2}}time\s{{0,2}}|(?-i:US|U\.S\.)\s(?=(?-i:[A-Z]{{2,4}}\b)))?{_ZONE}"
    # (not the label of the next time: "(UK: 15:30, EASTERN US: 10:30)")
    r"(?![ \t]{0,2}(?:(?-i:US|U\.S\.)[ \t]?)?:[ \t]{0,3}\d{1,2}[:.]\d\d)\)?)?"
)
_TIME = safe_compile(
    # "10:00 CET", "10:00 hrs", "10:00 hrs CET", "10:30 hrs. CEST"
    rf"(?:{_HOUR_AND_NOON}|{_TIME_12}|{_TIME_24}|{_NOON})"
    rf"(?:\s{{0,2}}(?P<hrs>hrs|hours|h)\b(?:\.(?=[ \t]{{1,2}}(?-i:[A-Z]{{2,5}})\b))?)?{_ZONE_TAIL}",
    regex.IGNORECASE,
)
# A details block's date or time row: "Date: April 25th", "** TIME: 2:00 PM ET", "Date and time:".
WHEN_LABEL = safe_compile(
    # ("Live Call Date:", "Live Call Time:": a results release's details rows)
    # ("Virtual meeting date: Tuesday, May 12, 2020", "Virtual meeting time: 8:00 a.m. (CDT)")
    r"\s{0,60}[*•\-]{0,2}\s{0,3}(?:live\s(?:conference\s)?call\s|(?:virtual\s)?meeting\s)?"
    # ("Date/Time: Tuesday, June 4, 2024, 9:45 a.m. ET": a session's row in a details list)
    r"(?:date|time|when|at|date\s(?:and|&)\stime|date\s?/\s?time|start\stime)[\s*]{0,3}:",
    regex.IGNORECASE,
)
_ABBREVIATION_PLACE = safe_compile(
    rf"\b(?P<place>{alternation({place for places in ABBREVIATION_PLACES.values() for place in places})})\b",
    regex.IGNORECASE,
)
_CET_PLACE = safe_compile(rf"\b(?P<place>{alternation(CET_PLACES)})\b", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written: day and month always, year and weekday when the text gives them."""

    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    weekday: int | None
    relative: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A clock time as written, with the zone named right after it (if any)."""

    start: int
    end: int
    hour: int
    minute: int
    zone: str | None  # IANA name
    zone_text: str | None
    is_24h: bool


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date mention in text[start:end], in order, overlapping ones resolved to the longest."""
    stop = len(text) if end is None else end
    found: list[DateMention] = []
    month_day, day_month, hyphened = _month_marks(text)
    matches = [
        *finditer_near(_HYPHEN_DATE, hyphened, text, start, stop, before=6, after=6),
        *finditer_near(_MONTH_DAY, month_day, text, start, stop, before=_WEEKDAY_REACH, after=100),
        *finditer_near(_DAY_MONTH, day_month, text, start, stop, before=_WEEKDAY_REACH + 16, after=30),
        *_ISO_DATE.finditer(text, start, stop),
        *finditer_near(_DOTTED_DATE, _DOTTED_ANCHOR, text, start, stop, before=_WEEKDAY_REACH + 6, after=6),
        *finditer_near(_OTHER_DAY_MONTH_YEAR, _other_month_marks(text), text, start, stop, before=8, after=10),
    ]
    for m in matches:
        mention = _date_mention(m)
        if mention is not None:
            found.append(mention)
    for m in finditer_near(_RELATIVE_DATE, _RELATIVE_WORDS, text, start, stop, before=16, after=12):
        found.append(DateMention(m.start(), m.end(), None, None, None, None, m["relative"].lower()))
    return _years_from_range_ends(text, _longest_first(found))


# Between the two ends of a range of days: "January 1 - June 30, 2002", "May 5 to May 7, 2025",
# "January 1 June 30, 2002" (a copy that lost the dash).
_RANGE_JOIN = safe_compile(r"[ \t]{0,2}(?P<word>[-–—]|to|through|until|and|&)[ \t]{0,2}|[ \t]{1,2}")


def _years_from_range_ends(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A range's first day written without its year takes the year of its last day: the period
    "January 1 - June 30, 2002" opens in 2002, not on the next January 1 after the release."""
    for index in range(len(mentions) - 1):
        first, last = mentions[index], mentions[index + 1]
        if (
            first.year is not None
            or first.month is None
            or first.day is None
            or last.year is None
            or last.month is None
            or last.day is None
            or not any(c.isalpha() for c in text[last.start : last.end])  # (both named months: "13.02.2025" joins none)
        ):
            continue
        join = _RANGE_JOIN.fullmatch(text, first.end, last.start)
        in_order = (first.month, first.day) <= (last.month, last.day)
        if join is None or (not in_order and join["word"] is None):
            continue  # (a range over the new year is written with its dash: "December 28 - January 3, 2003")
        year = last.year if in_order else last.year - 1
        mentions[index] = replace(first, year=year)
    return mentions


# "05/07/2008": which part is the month depends on who wrote it, so only a caller that knows
# (a dateline's place) reads one, never the scan for dates in prose.
_SLASH_DATE = safe_compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)(?![\d/])")


def slash_date(text: str, start: int, end: int, month_first: bool | None) -> DateMention | None:
    """The first "05/07/2008" or "05/07/08" in text[start:end]: month first, day first, or (None)
    only when one part is over 12 and so cannot be the month."""
    m = _SLASH_DATE.search(text, start, end)
    if m is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    if a > 12 >= b:
        month_first = False
    elif b > 12 >= a:
        month_first = True
    elif a > 12 or month_first is None:
        return None
    month, day = (a, b) if month_first else (b, a)
    if not 1 <= day <= 31 or not 1 <= month <= 12:
        return None
    year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
    return DateMention(m.start(), m.end(), day, month, year, None)


_Marks = tuple[tuple[int, int], ...]


@lru_cache(maxsize=4)
def _month_marks(text: str) -> tuple[_Marks, _Marks, _Marks]:
    """Month names (as whole words) with a day after them, those with a day before them
    ("2 August", "5th of March"), and those set between hyphens ("26-Apr-2019"). Cached:
    several steps read dates from the same text."""
    month_day: list[tuple[int, int]] = []
    day_month: list[tuple[int, int]] = []
    hyphened: list[tuple[int, int]] = []
    for hit in _MONTH_WORDS.finditer(text):
        at = hit.start()
        end = at + 3
        while end < at + 10 and end < len(text) and text[end].isalpha():
            end += 1
        if text[at:end].lower() not in MONTHS or (at > 0 and text[at - 1].isalpha() and not _ordinal_glued(text, at)):
            continue
        if _digit_after(text, end):
            month_day.append((at, end))
        if _day_before(text, at):
            day_month.append((at, end))
        if text[at - 1 : at] == "-" and text[end : end + 1] == "-":
            hyphened.append((at, end))
    return tuple(month_day), tuple(day_month), tuple(hyphened)


@lru_cache(maxsize=4)
def _other_month_marks(text: str) -> tuple[tuple[int, int], ...]:
    """Month names in lower case or another language near the top, found once per text
    (several steps read dates from the same text, most of them from short stretches)."""
    reach = min(len(text), _OTHER_MONTHS_REACH)
    found = [m.span() for m in _LOWER_CASE_MONTH_WORDS.finditer(text, 0, reach)]
    return tuple(sorted({*found, *_OTHER_LANGUAGE_MONTH_WORDS.spans(text, 0, reach)}))


def _digit_after(text: str, at: int) -> bool:
    """A day can follow: "Aug. 2", "February\n   19", "Jan15"."""
    if text[at : at + 1] == ".":
        at += 1
    gap = text[at : at + 66]
    rest = gap.lstrip()
    return rest[:1].isdigit()


def _ordinal_glued(text: str, at: int) -> bool:
    """ "30thSeptember": a day's ordinal glued on to the month name at ``at`` (a copy lost the space)."""
    return text[at - 2 : at].lower() in _ORDINAL_ENDINGS and text[at - 3 : at - 2].isdigit()


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


def _day_before(text: str, at: int) -> bool:
    """A day can precede: "2 August", "5th of March", "21st\nMay"."""
    if _ordinal_glued(text, at):
        return True
    before = text[max(0, at - 16) : at]
    if before == before.rstrip():
        return False  # "2August" is no date
    before = before.rstrip()
    if before.endswith("of"):
        before = before[:-2].rstrip()
    if before.endswith("day"):
        before = before[:-3].rstrip()  # "the 19th day of July, 2019": a legal notice's
    if before[-1:] == "," and before[-3:-1].lower() in ("st", "nd", "rd", "th"):
        before = before[:-1]  # "Monday 28th, September 2020"
    if before[-2:].lower() in ("st", "nd", "rd", "th"):
        before = before[:-2]  # (or in capitals: "24TH JULY 2020")
        if before[-1:] in (" ", "\t") and before[-2:-1].isdigit():
            before = before[:-1]  # "29 th August 2008": a copy set the raised ordinal apart
    elif before[-1:] == "." and before[-2:-1].isdigit():
        before = before[:-1]  # "09. January"
    return before[-1:].isdigit()


def _longest_first(found: list[DateMention]) -> list[DateMention]:
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


_MONTH_NUMBERS = {**MONTHS, **OTHER_LANGUAGE_MONTHS}


def _date_mention(m: regex.Match[str]) -> DateMention | None:
    groups = m.groupdict()
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else _MONTH_NUMBERS[month_text.lower()]
    day = int(groups["day"])
    year = int(groups["year"]) if groups.get("year") else None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    weekday_text = groups.get("weekday")
    weekday = WEEKDAYS[weekday_text.lower()] if weekday_text else None
    return DateMention(m.start(), m.end(), day, month, year, weekday)


def find_times(text: str, start: int = 0, end: int | None = None) -> list[TimeMention]:
    """Every clock time in text[start:end]. A 24-hour time counts only with a zone or "hrs"."""
    stop = len(text) if end is None else end
    times: list[TimeMention] = []
    for m in _times_at_anchors(text, start, stop):
        mention = _time_mention(m, text)
        if mention is not None:
            times.append(mention)
    return times


def _times_at_anchors(text: str, start: int, stop: int) -> list[regex.Match[str]]:
    """_TIME matched where a time can start: an anchor's digit is the hour's last digit, so
    the hour starts there or one character before ("10:00" anchors at its "0"); "noon"
    starts at its anchor. Matching at those two places reads each time once."""
    found: list[regex.Match[str]] = []
    for hit in _TIME_ANCHOR.finditer(text, start, stop):
        at = hit.start()
        if found and at < found[-1].end():
            continue  # inside the time before it ("10:00-11:00 a.m.")
        m = None
        if at > start:
            m = _TIME.match(text, at - 1, stop)
        if m is None:
            m = _TIME.match(text, at, stop)
        if m is not None:
            found.append(m)
    return found


# "at 8:15 PM on February 27, 2020, U.S. Eastern Time": the zone after the date the time is on.
_ZONE_AFTER_DATE = safe_compile(
    r"\s{0,2}on\s{1,2}(?:[A-Z][a-z]{2,8},?\s{1,2})?(?:[A-Z][a-z]{2,8}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s{1,2}[A-Z][a-z]{2,8}\.?)(?:,?\s{1,2}\d{4})?,?\s{1,2}\(?(?:U\.S\.\s{1,2})?"
    # ("at 7:30 am on Friday 27 July 2018 (Melbourne, Australian Eastern Standard Time)": the place first)
    r"(?:[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?,\s{1,2})?" + _ZONE
)


# Zones as labels before a time: the zone names, and the countries restatements name.
_LABEL_ZONES = {**ZONES, **ZONE_LABELS}
_ZONE_LABEL_BEFORE = safe_compile(
    r"(?:^|(?<=[(,;/][ \t]{0,2}))(?P<zone>(?-i:UK|U\.K\.|EASTERN\sUS|Eastern\sUS)|(?-i:[A-Z]{2,5}))[ \t]?:[ \t]{0,2}$",
)


def _time_mention(m: regex.Match[str], text: str = "") -> TimeMention | None:
    groups = m.groupdict()
    zone_text = groups["zone"]
    if zone_text is None and groups["ampm"] and text:
        after = _ZONE_AFTER_DATE.match(text, m.end(), min(len(text), m.end() + 90))
        zone_text = after["zone"] if after else None
    if zone_text is None and text:
        # "(UK: 15:30, EASTERN US: 10:30)": the zone as the time's label, before it
        label = _ZONE_LABEL_BEFORE.search(text, max(0, m.start() - 20), m.start())
        zone_text = label["zone"] if label else None
    zone = _LABEL_ZONES.get(" ".join(zone_text.lower().split())) if zone_text else None
    if zone_text and zone_text.upper() in ("GMT", "UTC") and text:
        zone = _offset_zone(text, m.end(), zone)
    elif zone_text and zone_text.upper() in ("CET", "CEST") and text and _PLUS_ONE.match(text, m.end()):
        zone = "Europe/Helsinki"  # "at 1.00 pm (CET+1)": Finnish issuers' way of writing their own time
    if groups["noon"]:
        return TimeMention(m.start(), m.end(), 12, 0, zone, zone_text, False)
    hour = int(groups["hour"])
    minute = int(groups["minute"] or 0)
    ampm = groups["ampm"]
    if ampm:
        is_pm = ampm[0].lower() == "p" or ampm.lower().endswith(("afternoon", "evening"))
        hour = hour % 12 + (12 if is_pm else 0)
        return TimeMention(m.start(), m.end(), hour, minute, zone, zone_text, False)
    if not (zone or groups["hrs"] or (text and _LOCAL_TIME.match(text, m.end()))):
        return None  # ("15:00 (local time)": the place beside it may give the zone)
    if 1 <= hour <= 5 and not groups["hour"].startswith("0"):
        # "live 3:10 - 3:20 Eastern Time": no investor event starts at 3 a.m.; a 24-hour
        # clock writes 15:10 (and "04:30" keeps its zero).
        hour += 12
    return TimeMention(m.start(), m.end(), hour, minute, zone, zone_text, True)


# "at 14:00 (GMT+2 hours)", "10:00 UTC+3": an offset from GMT written after it.
# (a minus glued on, or spaced inside the zone's bracket: "10:00 GMT - 11:00 GMT" is a range)
_GMT_OFFSET = safe_compile(
    r"(?:[ \t]?(?P<sign>\+)[ \t]?|(?P<sign>[−-])|[ \t](?P<sign>[−-])[ \t]?(?=\d{1,2}(?:[ \t]?hours?)?\)))"
    r"(?P<hours>\d{1,2})(?::?(?P<minutes>\d\d))?(?![\d.:])"
)


_PLUS_ONE = safe_compile(r"[ \t]?\+[ \t]?1(?!\d|[.:]\d)")


def _offset_zone(text: str, end: int, zone: str | None) -> str | None:
    """The zone of "GMT+2": IANA's fixed-offset name (whose sign runs the other way, "Etc/GMT-2");
    None for an offset of hours and minutes, which no such name gives (no start beats a wrong one)."""
    found = _GMT_OFFSET.match(text, end, min(len(text), end + 8))
    if found is None:
        return zone
    hours = int(found["hours"])
    if found["minutes"] not in (None, "00") or hours > 14:
        return None
    if hours == 0:
        return "Etc/GMT"
    return f"Etc/GMT{'+' if found['sign'] in '-−' else '-'}{hours}"


# "References to times in this Circular are to London times", "All times are CET": UK and
# Nordic notices name the zone once for every time they give. Zones of three or more
# letters only ("at", "ist" are words too).
_STATABLE_ZONES = [z for z in ZONES if len(z) >= 3 and (" " in z or z.isalpha()) and z not in _NOT_STATED_ZONES]
_STATED_ZONE = safe_compile(
    r"(?:\btimes?\b[^.\n]{0,80}?\b(?:are|is|refer|refers|referred|shown|given|stated|quoted|expressed)\b"
    # ("Conference schedule for Thursday, February 26, 2026 (All times EST):")
    # ("at 2.00 pm (all times referred to herein EEST)")
    r"(?:\s(?:to|in|as))?(?:\sherein)?|\ball\stimes:?(?:\sin)?)"
    rf"\s(?:the\s)?(?P<zone>{alternation(_STATABLE_ZONES)})s?\b",
    regex.IGNORECASE,
    needs=("time",),
)


def stated_zone(text: str) -> str | None:
    """The zone a release says all its times are in ("All times are UK time"), if it does."""
    found = _STATED_ZONE.search(text)
    return ZONES[" ".join(found["zone"].lower().split())] if found else None


def refine_zone(zone: str | None, context: str, zone_text: str | None = None) -> str | None:
    """CET/CEST near a city or country of another zone with the same rules means that zone;
    an abbreviation another country uses for its own zone ("MT" in Russia) means that one."""
    places = ABBREVIATION_PLACES.get(zone_text.strip("() ").lower()) if zone_text else None
    if places:
        named = _ABBREVIATION_PLACE.search(context)
        if named is not None and named["place"].lower() in places:
            return places[named["place"].lower()]
    if zone != "Europe/Paris":
        return zone
    place = _CET_PLACE.search(context)
    return CET_PLACES[place["place"].lower()] if place else zone


# "at 11:30am local time", "15:00 (local time)": a zone only the place named beside it gives.
_LOCAL_TIME = safe_compile(r",?[ \t]{0,2}[(\[]?[ \t]{0,2}local[ \t]{1,2}time\b", regex.IGNORECASE)
_LOCAL_PLACE = safe_compile(rf"\b(?P<place>{alternation(LOCAL_TIME_PLACES)})\b", regex.IGNORECASE)


def local_zone(text: str, time_end: int, start: int, end: int) -> str | None:
    """The zone of a time written "local time", from the one place of a known zone that
    text[start:end] (its sentence) names; None when it names none, or places of two zones."""
    local = _LOCAL_TIME.match(text, time_end)
    if local is None:
        return None
    # (not a place in the restatement after it: "9:00 am local time (10:00 am GMT London)")
    aside = _ASIDE.match(text, local.end())
    places = _LOCAL_PLACE.finditer_list(text, start, end)
    zones = {
        LOCAL_TIME_PLACES[" ".join(m["place"].lower().split())]
        for m in places
        if aside is None or not aside.start() <= m.start() < aside.end()
    }
    return zones.pop() if len(zones) == 1 else None


_ASIDE = safe_compile(r"[ \t]{0,2}\([^()\n]{0,80}\)")


# "A presentation for analysts will be held at 10.30 a.m. today at the offices of Investec, 2
# Gresham Street, London": a meeting in a room, at the room's hour.
_HELD_AT_A_VENUE = safe_compile(
    r"\b(?:held|take\splace|takes\splace)\b[^\n]{0,80}?\b(?:at|in)\s(?:the\s|our\s|its\s)?(?:offices?|headquarters|premises|hotel)\b",
    regex.IGNORECASE,
)


def venue_zone(text: str, time_end: int, start: int, end: int) -> str | None:
    """The zone of a time with none written, for a meeting held at a venue whose one place of a
    known zone the sentence names after the time; None otherwise."""
    if _HELD_AT_A_VENUE.search(text, start, end) is None:
        return None
    zones = {
        LOCAL_TIME_PLACES[" ".join(m["place"].lower().split())] for m in _LOCAL_PLACE.finditer_list(text, time_end, end)
    }
    return zones.pop() if len(zones) == 1 else None


def is_local_time(text: str, time_end: int) -> bool:
    """Whether the time is written "local time"."""
    return _LOCAL_TIME.match(text, time_end) is not None


def names_a_place(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a place of a known zone."""
    return _LOCAL_PLACE.search(text, start, end) is not None


@cache
def zone_info(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def localize(day: dt.date, hour: int, minute: int, zone: str) -> dt.datetime:
    """The moment with the UTC offset in force in that zone on that date."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone_info(zone))


def resolve(
    mention: DateMention,
    release_date: dt.date | None,
    year_hints: tuple[int, ...] = (),
) -> dt.date | None:
    """The calendar date a mention means (spec: "Dates without a year").

    A written year wins. Without one: the nearest such date on or after the release date;
    with no release date, a year the text fixes for which the stated weekday agrees.
    """
    if mention.relative is not None:
        if release_date is None:
            return None
        return release_date + dt.timedelta(days=_RELATIVE_DAYS.get(mention.relative, 0))
    assert mention.day is not None and mention.month is not None
    if mention.year is not None:
        return _safe_date(mention.year, mention.month, mention.day)
    if release_date is not None:
        for year in (release_date.year, release_date.year + 1):
            candidate = _safe_date(year, mention.month, mention.day)
            if candidate is not None and candidate >= release_date:
                return candidate
        return None
    if mention.weekday is None:
        return None
    # The nearest year the text names (hints come nearest first), or the one after it
    # (a Q4 2024 report is presented in 2025), for which the stated weekday agrees.
    for hint in year_hints:
        for year in (hint, hint + 1):
            candidate = _safe_date(year, mention.month, mention.day)
            if candidate is not None and candidate.weekday() == mention.weekday:
                return candidate
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def weekday_disagrees(mention: DateMention, day: dt.date) -> bool:
    return mention.weekday is not None and mention.weekday != day.weekday()


# Durations: "for 7 days", "approximately one week", "for 90 days", "one year", "30-day", "for 48 hours".
_DURATION = safe_compile(
    r"\b(?P<count>\d{1,3}|"
    + alternation(NUMBER_WORDS)
    + r")(?:\s{1,2}\(\d{1,3}\))?[\s-]{1,2}(?:full\s)?(?:calendar\s|business\s)?"
    r"(?P<unit>hours?|days?|weeks?|months?|years?)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Duration:
    start: int
    end: int
    count: int
    unit: str  # "hour" | "day" | "week" | "month" | "year"


def find_durations(text: str, start: int = 0, end: int | None = None) -> Iterator[Duration]:
    stop = len(text) if end is None else end
    for m in _DURATION.finditer(text, start, stop):
        count_text = m["count"].lower()
        count = int(count_text) if count_text.isdigit() else NUMBER_WORDS[count_text]
        yield Duration(m.start(), m.end(), count, m["unit"].lower().rstrip("s"))


def add_duration(day: dt.date, duration: Duration) -> dt.date:
    """Event date plus a stated duration: days and weeks exactly, months and years by calendar;
    hours as the days they reach into ("for 24 hours after the call" ends the day after)."""
    if duration.unit == "hour":
        return day + dt.timedelta(days=-(-duration.count // 24))
    if duration.unit == "day":
        return day + dt.timedelta(days=duration.count)
    if duration.unit == "week":
        return day + dt.timedelta(weeks=duration.count)
    months = duration.count * (12 if duration.unit == "year" else 1)
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


_YEAR_WORD = safe_compile(r"(?<![\d$.,])(?:19|20)\d\d(?![\d%])")


HEADLINE_REACH = 600  # characters: the headline and the opening sentence


def years_near(text: str, offset: int, reach: int = 3000) -> tuple[int, ...]:
    """Years written within reach of an offset, nearest first: for dates whose year the
    release date cannot fix."""
    found = _YEAR_WORD.finditer(text, max(0, offset - reach), min(len(text), offset + reach))
    by_distance = sorted(found, key=lambda m: abs(m.start() - offset))
    # Then the years the headline and opening name: the period a long report covers ("Arion
    # Bank Q4 2024 and the full-year 2024 results" ... "Thursday 13 February", pages later).
    opening = _YEAR_WORD.finditer(text, 0, min(len(text), HEADLINE_REACH, max(0, offset - reach)))
    return tuple(dict.fromkeys(int(m.group()) for m in [*by_distance, *opening]))
