"""The exceptions prparse raises on purpose."""

from __future__ import annotations


class PrparseError(Exception):
    """Base class for prparse's own errors."""


class UnreadableInput(PrparseError):
    """Input that cannot be decoded as text (raised by the CLI's file reader)."""


class PatternTimeout(PrparseError):
    """A pattern ran past its time limit on pathological input; the step is skipped."""
