"""The whole library in one list: text -> Document -> extractors -> PressRelease.

Each step is a pure function ``(Document) -> Part`` returning some fields of the release.
The dateline step fixes the release date; the steps after it see it on the Document.
Adding an extractor means writing one function and adding one line to STEPS.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from .document import TYPOGRAPHIC, Document, as_written
from .errors import PatternTimeout
from .extract import Part, company, contacts, dateline, events, headline, source, tickers
from .htmltext import html_to_text, looks_like_html
from .models import Dateline, ParseWarning, PressRelease

Step = Callable[[Document], Part]

STEPS: tuple[tuple[str, Step], ...] = (
    ("headline", headline.extract),
    ("dateline", dateline.extract),  # fixes the release date for the steps below
    ("company", company.extract),
    ("tickers", tickers.extract),
    ("events", events.extract),
    ("contacts", contacts.extract),
    ("source", source.extract),
)

MAX_CHARS = 25_000_000  # beyond this a "release" is not one; we read the first part only


def parse(text: str, *, release_date: dt.date | None = None, html: bool | None = None) -> PressRelease:
    """Parse one press release. ``release_date`` overrides the dateline's date when known.

    ``html``: True to treat the input as HTML, False as text, None to detect it.
    """
    if not isinstance(text, str):
        raise TypeError(f"prparse.parse expects str, not {type(text).__name__}")
    warnings: list[ParseWarning] = []
    if len(text) > MAX_CHARS:
        warnings.append(
            ParseWarning(code="truncated", message=f"input longer than {MAX_CHARS} characters: read the first part")
        )
        text = text[:MAX_CHARS]
    is_html = looks_like_html(text) if html is None else html
    if is_html:
        text = html_to_text(text)
    doc = Document.from_text(text, release_date=release_date, is_html=is_html)
    values: dict[str, Any] = {}
    spans: dict[str, tuple[int, int]] = {}
    for name, step in STEPS:
        try:
            part = step(doc)
        except PatternTimeout:
            warnings.append(ParseWarning(code="timeout", message=f"the {name} step gave up on pathological input"))
            continue
        values.update(part.values)
        spans.update({key: span for key, span in part.spans.items() if key in values or name == key})
        warnings.extend(part.warnings)
        doc = doc.knowing(part.release_date)
    if release_date is not None:
        found = values.get("dateline") or Dateline()
        values["dateline"] = found.model_copy(update={"date": release_date})
    values = _as_written(values, spans, text, doc.text)
    return PressRelease(**values, warnings=tuple(warnings), spans=_top_level_spans(values, spans))


def _as_written(values: dict[str, Any], spans: dict[str, tuple[int, int]], source: str, text: str) -> dict[str, Any]:
    """Every text value with its span, with the quotes and dashes the release wrote."""
    if not any(mark in source for mark in TYPOGRAPHIC):
        return values  # nothing the normalisation flattened that a value could keep
    restored = dict(values)
    for key, span in spans.items():
        if isinstance(values.get(key), str):
            restored[key] = as_written(source, text, values[key], span)
    for key in ("dateline", "events", "contacts"):
        found = values.get(key)
        if isinstance(found, BaseModel):
            restored[key] = _model_as_written(found, source, text)
        elif isinstance(found, tuple):
            restored[key] = tuple(_model_as_written(item, source, text) for item in found)
    return restored


_M = TypeVar("_M", bound=BaseModel)


def _model_as_written(model: _M, source: str, text: str) -> _M:
    spans: dict[str, tuple[int, int]] = getattr(model, "spans", {})
    update = {
        key: as_written(source, text, value, span)
        for key, span in spans.items()
        if isinstance(value := getattr(model, key, None), str)
    }
    changed = {key: value for key, value in update.items() if value != getattr(model, key)}
    return model.model_copy(update=changed) if changed else model


def _top_level_spans(values: dict[str, Any], spans: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    return {key: span for key, span in spans.items() if key in ("headline", "company", "source")}


def source_text(text: str, *, html: bool | None = None) -> str:
    """The text that spans point into: the input itself, or its text if it is HTML."""
    is_html = looks_like_html(text) if html is None else html
    return html_to_text(text) if is_html else text
