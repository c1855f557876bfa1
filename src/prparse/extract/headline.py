"""The headline: the first line that reads as a title, as written."""

from __future__ import annotations

from ..document import Document
from ..safety import compile as safe_compile
from ..when import find_dates
from . import Part

_NOT_TITLE = safe_compile(
    r"^(?:EX-\d|EXHIBIT\b|Exhibit\b|Press Release\b|PRESS RELEASE\b|News Release\b|NEWS RELEASE\b|FOR IMMEDIATE RELEASE"
    r"|For Immediate Release|Contacts?:|Page \d|<|\[|!\[|https?://|\d{1,2}/\d{1,2}/\d{2,4})"
)


def extract(doc: Document) -> Part:
    for start, end, line in doc.lines(0, min(len(doc.text), 3000)):
        stripped = line.strip(" \t*#_>|")
        if len(stripped) < 12 or _NOT_TITLE.match(stripped) or not any(c.isalpha() for c in stripped):
            continue
        dates = find_dates(doc.text, start, end)
        if dates and sum(d.end - d.start for d in dates) > len(stripped) * 0.5:
            continue
        offset = start + line.index(stripped)
        value = " ".join(stripped.split())[:400]
        return Part(values={"headline": value}, spans={"headline": (offset, offset + len(stripped))})
    return Part(values={"headline": None})
