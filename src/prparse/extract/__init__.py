"""One module per concern; each exposes ``extract(doc) -> Part``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..models import ParseWarning, Span


@dataclass(frozen=True, slots=True)
class Part:
    """What one extractor found: some fields of the release, their spans, its warnings,
    and the release date when the extractor is the one that fixes it."""

    values: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, Span] = field(default_factory=dict)
    warnings: tuple[ParseWarning, ...] = ()
    release_date: dt.date | None = None
