"""The issuer, as first named in full in the body: "ImmunoGen, Inc.", not "ImmunoGen"."""

from __future__ import annotations

import regex

from ..document import Document
from . import Part
from .dateline import body_start

# Where the name stops: "(Nasdaq: IMGN)", ", a biotechnology company", " today announced", "'s board".
_STOP = regex.compile(
    r"\s{0,2}\(|\s{0,2}\[|,?\s(?:a|an|the|one|which|who|headquartered|based|together|through|along|along with|in)\s"
    r"|\s(?:today|announced|announces|will|is|has|have|had|was|were|are|said|says|reported|reports|plans|intends"
    r"|confirms|declared|hereby|invites|to\s|and\sits|provides|presents|issued|released|schedules|scheduled)\b"
    r"|'s\s|,\s(?:\"|“)|\s[-–]\s|:|;|\n|\.\s"
)
_MARKDOWN_LINK = regex.compile(r"\[(?P<label>[^\]\n]{1,120})\]\([^)\s]{0,600}\)")
_LEGAL_NAME = regex.compile(
    r"(?<![\w.])(?P<name>(?:The\s)?[A-Z][\w&.'-]{0,30}(?:\s(?:[A-Z0-9][\w&.'-]{0,30}|of|de|and|&)){0,5}"
    r",?\s(?:Inc\.|Incorporated|Corporation|Corp\.|Company|Ltd\.?|Limited|plc|PLC|N\.V\.|S\.A\.|AG|SE|ASA|AB|Oyj|Holdings?"
    r"|Group|LLC|L\.P\.|Trust))(?![\w])"
)
_NOT_NAMES = frozenset({"this", "the company", "notice", "we", "our", "it", "in", "on", "as", "for", "today"})


def extract(doc: Document) -> Part:
    start = body_start(doc)
    if start is not None:
        found = _name_at(doc.text, start)
        if found is not None:
            return found
    m = _LEGAL_NAME.search(doc.text, start or 0, min(len(doc.text), (start or 0) + 5000))
    if m is None:
        return Part(values={"company": None})
    return Part(values={"company": m["name"]}, spans={"company": (m.start("name"), m.end("name"))})


def _name_at(text: str, start: int) -> Part | None:
    lead = regex.match(r"[\s*_\"“]{0,6}", text[start : start + 10])
    begin = start + (lead.end() if lead else 0)
    window = text[begin : begin + 700]
    link = _MARKDOWN_LINK.match(window)
    if link is not None:
        name = link["label"].strip(" *_")
        begin += link.start("label") + link["label"].index(name)
        end = begin + len(name)
    else:
        stop = _STOP.search(window, 0, 160)
        if stop is None:
            return None
        name = window[: stop.start()].strip(' ,*_"“”')
        end = begin + len(window[: stop.start()].rstrip(' ,*_"“”'))
    words = name.split()
    if not words or len(words) > 9 or name.lower() in _NOT_NAMES or not any(c.isupper() for c in name):
        return None
    if not (words[0][:1].isupper() or words[0][:1].isdigit() or any(w[:1].isupper() for w in words[1:2])):
        return None
    return Part(values={"company": name}, spans={"company": (begin, end)})
