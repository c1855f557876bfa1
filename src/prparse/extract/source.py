"""The "Source: ..." line. "News Provided by ..." footers belong to no field."""

from __future__ import annotations

from ..document import Document
from ..safety import compile_lines
from . import Part

# "Source: ImmunoGen, Inc.", "SOURCE Hormel Foods Corporation"
SOURCE_LINE = compile_lines(r"^[ \t*_]{0,3}(?:Source|SOURCE)(?::\s{0,3}|\s{1,3})(?P<value>[^\n]{2,120}?)[ \t*_]{0,3}$")


def extract(doc: Document) -> Part:
    found = None
    for m in SOURCE_LINE.finditer(doc.text):
        value = m["value"].strip()
        if value.lower().startswith(("version", "http", "www.")) or not value[:1].isalpha():
            continue
        found = m
    if found is None:
        return Part(values={"source": None})
    return Part(values={"source": found["value"].strip()}, spans={"source": (found.start("value"), found.end("value"))})
