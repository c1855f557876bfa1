"""An invented release that test snippets are dropped into, so each form is read in the
layout real wires give it (headline, dateline, body, boilerplate, contacts)."""

from __future__ import annotations

HEADER = (
    "Acme Robotics Announces Fourth Quarter Conference Call\n\n"
    "SPRINGFIELD, Ill.--(BUSINESS WIRE)--July 23, 2013-- Acme Robotics, Inc. (Nasdaq: ACMR), "
    "a maker of warehouse robots, today announced the following.\n\n"
)
FOOTER = (
    "\n\nAbout Acme Robotics\n\n"
    "Acme Robotics, Inc. builds warehouse robots. More information is at www.acmerobotics.example. "
    "The company was founded on March 3, 2001 and listed on August 9, 2004.\n\n"
    "Contact:\nJane Rowe\nAcme Robotics, Inc.\n(617) 394-2761\njane.rowe@acmerobotics.example\n"
)


def release(body: str) -> str:
    """The snippet as the body of a release dated Tuesday, July 23, 2013."""
    return HEADER + body + FOOTER


def body_offset() -> int:
    return len(HEADER)
