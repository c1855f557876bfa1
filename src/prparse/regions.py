"""Where things are: the boilerplate to ignore and the contact blocks.

Extractors ask these functions which parts of a release they may read, so a site
named in the "About" paragraph does not become a webcast and a contact's phone does
not become a dial-in.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .document import Document
from .lexicon import CONTACT_ROLES, alternation

# "About ImmunoGen, Inc.", "**About Tempus**", "ABOUT XCEL ENERGY", "About Navamedic: ..."
_ABOUT = regex.compile(r"^[ \t*#_>]{0,4}(?:About|ABOUT)\s{1,3}[\w&(\"']", regex.MULTILINE)
# Headings of legal and financial boilerplate.
_LEGAL = regex.compile(
    r"^[ \t*#_>]{0,4}(?:forward[\s-]looking\s(?:statements?|information)|safe\sharbou?r|cautionary"
    r"|non-gaap|use\sof\snon|disclaimer|important\s(?:information|notice)|legal\snotice"
    r"|notes?\sto\seditors|caution\sregarding|special\snote|this\s(?:press\s)?release\scontains\sforward)",
    regex.MULTILINE | regex.IGNORECASE,
)
_ROLE_WORDS = alternation(CONTACT_ROLES)
# Contact-block labels: "For Investors:", "Media Contact:", "Investor Relations", "Contacts:",
# "CONTACT: Tempus Communications", "For further information, please contact:"
_CONTACT_LABEL = regex.compile(
    rf"^[ \t*#_>]{{0,4}}(?:(?:for\s)?(?:further|more)\s(?:information|details)[^\n]{{0,40}}?contact\b[^\n]{{0,20}}"
    rf"|(?:for\s)?(?P<role>{_ROLE_WORDS})?(?:\s(?:and|&|/)\s(?:{_ROLE_WORDS}))?\s?"
    rf"(?:contacts?|inquiries|enquiries|queries|relations\scontacts?)\b"
    rf"|(?:for\s)?(?P<role2>{_ROLE_WORDS})\s?:"
    rf"|company\scontacts?\b|contacts?\sfor\s(?P<role3>{_ROLE_WORDS})"
    rf"|investor\srelations\s?$|media\srelations\s?$)"
    rf"[ \t*:_-]{{0,6}}",
    regex.MULTILINE | regex.IGNORECASE,
)
# What ends a contact block: a heading of another kind.
_BLOCK_END = regex.compile(
    r"^[ \t*#_>]{0,4}(?:About\s|ABOUT\s|Source:|SOURCE:|View source version|View original content"
    r"|Forward[\s-]Looking|FORWARD[\s-]LOOKING|Safe Harbor|SAFE HARBOR|Cautionary|News Provided by|###|-{3,}$"
    r"|Logo\s-|Photo\s-|Attachment|https?://\S{10,}$|FOR IMMEDIATE RELEASE|For Immediate Release"
    r"|[^\n]{200})",
    regex.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class ContactBlock:
    start: int  # where the label starts
    body_start: int  # just after the label
    end: int
    role: str | None


def boilerplate(doc: Document) -> list[tuple[int, int]]:
    """Spans of "About ..." and legal paragraphs, from their heading to the next heading."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    for pattern in (_ABOUT, _LEGAL):
        for m in pattern.finditer(text):
            end = _section_end(doc, m.start())
            spans.append((m.start(), end))
    return _merge(spans)


def _section_end(doc: Document, start: int) -> int:
    """A section runs to the next contact label or end-of-block heading, or 4000 characters."""
    limit = min(len(doc.text), start + 4000)
    line_end = doc.line_at(start)[1]
    candidates = [limit]
    for pattern in (_CONTACT_LABEL, _BLOCK_END, _ABOUT, _LEGAL):
        m = pattern.search(doc.text, line_end, limit)
        if m:
            candidates.append(m.start())
    return min(candidates)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)


def contact_blocks(doc: Document) -> list[ContactBlock]:
    """Contact blocks: from a contact label to the next label, a block-ending heading,
    three blank lines in a row, or 1500 characters."""
    text = doc.text
    labels = [m for m in _CONTACT_LABEL.finditer(text) if _is_label_line(doc, m)]
    blocks: list[ContactBlock] = []
    for index, m in enumerate(labels):
        limit = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        limit = min(limit, m.end() + 1500)
        ending = _BLOCK_END.search(text, m.end(), limit)
        end = ending.start() if ending else limit
        gap = regex.search(r"\n[ \t]*\n[ \t]*\n[ \t]*\n", text[m.end() : end])
        if gap:
            end = m.end() + gap.start()
        role_text = m["role"] or m["role2"] or m["role3"]
        role = CONTACT_ROLES[" ".join(role_text.lower().split())] if role_text else None
        blocks.append(ContactBlock(m.start(), m.end(), end, role))
    return blocks


def _is_label_line(doc: Document, m: regex.Match[str]) -> bool:
    """A label opens its line and is short, or is followed by a colon: not a sentence
    that merely mentions "contact"."""
    _, line_end = doc.line_at(m.start())
    rest = doc.text[m.end() : line_end]
    label = m.group().strip()
    if label.endswith(":") or rest.strip() == "":
        return True
    return (len(label) + len(rest) < 60 and "@" in rest) or regex.match(r"\s{0,3}[:\-]", rest) is not None
