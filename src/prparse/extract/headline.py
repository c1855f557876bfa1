"""The headline: the first line that reads as a title, as written."""

from __future__ import annotations

from ..document import Document
from ..safety import compile as safe_compile
from ..when import find_dates
from . import Part

# A news page's chrome above the release: "Skip to main content", "Share this article", "By
# Newsroom Staff", "Updated 3 min ago", "Markets | Stocks | News", "Facebook  Twitter  LinkedIn".
_PAGE_CHROME = (
    r"Skip to\b|Share (?:this|on)\b|Share:|Updated\b|Published\b|Posted\b|By [A-Z]|Sign in\b|Log in\b|Subscribe\b"
    r"|[^|\n]{0,40}\|[^|\n]{0,40}\||(?:Facebook|Twitter|LinkedIn|Email|WhatsApp|Print|X)(?:\s{1,3}"
    r"(?:Facebook|Twitter|LinkedIn|Email|WhatsApp|Print|X)){1,8}\s*$"
)
_CHROME_LINE = safe_compile(rf"[ \t*#_>]{{0,4}}(?:{_PAGE_CHROME})")
_NOT_TITLE = safe_compile(
    r"^(?:EX-\d|EXHIBIT\b|Exhibit\b|Press Release\b|PRESS RELEASE\b|News Release\b|NEWS RELEASE\b|FOR IMMEDIATE RELEASE"
    rf"|For Immediate Release|Contacts?:|Page \d|<|\[|!\[|https?://|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{_PAGE_CHROME})"
)


def is_page_chrome(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a news page's chrome (a menu, share buttons, a byline)."""
    return _CHROME_LINE.match(text, start, end) is not None


def headline_line(doc: Document) -> tuple[int, int]:
    """The line the headline stands on (the first line when none reads as a title)."""
    return doc.memo("headline_line", _headline_line)


def _headline_line(doc: Document) -> tuple[int, int]:
    found = doc.memo("headline_span", _headline_span)
    return doc.line_at(found[0]) if found is not None else doc.line_at(0)


def _headline_span(doc: Document) -> tuple[int, int] | None:
    for start, end, line in doc.lines(0, min(len(doc.text), 3000)):
        stripped = line.strip(" \t*#_>|")
        if len(stripped) < 12 or _NOT_TITLE.match(stripped) or not any(c.isalpha() for c in stripped):
            continue
        dates = find_dates(doc.text, start, end)
        if dates and sum(d.end - d.start for d in dates) > len(stripped) * 0.5:
            continue
        offset = start + line.index(stripped)
        return offset, offset + len(stripped)
    return None


def extract(doc: Document) -> Part:
    found = doc.memo("headline_span", _headline_span)
    if found is None:
        return Part(values={"headline": None})
    value = " ".join(doc.text[found[0] : found[1]].split())[:400]
    return Part(values={"headline": value}, spans={"headline": found})
