"""What must hold for every release prparse returns, whatever the input: shared by the
property tests (tests/test_properties.py) and the fuzz run (tests/fuzz.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema
import phonenumbers
from pydantic import BaseModel

from prparse import PressRelease

_E164 = re.compile(r"\+\d{2,15}")


@cache
def schema_validator() -> Any:
    """A validator for the output's JSON Schema (what ``prparse --schema`` prints)."""
    schema = PressRelease.model_json_schema()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _models(model: BaseModel) -> Iterator[BaseModel]:
    yield model
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, BaseModel):
                yield from _models(item)


def spans_of(release: PressRelease) -> Iterator[tuple[str, tuple[int, int]]]:
    """Every span in the record, with a name saying where it sits."""
    for model in _models(release):
        for key, span in getattr(model, "spans", {}).items():
            yield f"{type(model).__name__}.{key}", span
        if hasattr(model, "span") and model.span is not None:
            yield f"{type(model).__name__}.span", model.span


def phone_numbers(release: PressRelease) -> Iterator[str]:
    for event in release.events:
        yield from (d.number for d in event.dial_ins)
        if event.replay is not None:
            yield from (d.number for d in event.replay.dial_ins)
    for contact in release.contacts:
        yield from contact.phones


def datetimes(release: PressRelease) -> Iterator[tuple[str, dt.datetime]]:
    for event in release.events:
        if event.starts_at is not None:
            yield "starts_at", event.starts_at
        if event.replay is not None:
            for name in ("available_from", "available_until"):
                value = getattr(event.replay, name)
                if isinstance(value, dt.datetime):
                    yield f"replay.{name}", value


def problems(source: str, release: PressRelease) -> list[str]:
    """Broken invariants of ``release`` parsed from ``source`` (the text spans point into)."""
    found: list[str] = []
    for where, (start, end) in spans_of(release):
        if not 0 <= start <= end <= len(source):
            found.append(f"span {where}={[start, end]} outside text of length {len(source)}")
    for number in phone_numbers(release):
        if _E164.fullmatch(number):
            try:
                valid = phonenumbers.is_valid_number(phonenumbers.parse(number, None))
            except phonenumbers.NumberParseException:
                valid = False
            if not valid:
                found.append(f"E.164 number {number} does not validate")
    for where, moment in datetimes(release):
        if moment.tzinfo is None or moment.utcoffset() is None:
            found.append(f"{where} {moment.isoformat()} is naive")
    for error in schema_validator().iter_errors(release.model_dump(mode="json")):
        found.append(f"schema: {error.message} at {list(error.absolute_path)}")
    try:
        release.model_dump_json()
    except ValueError as error:  # pydantic's serialisation error: e.g. a value holding a lone surrogate
        found.append(f"not serialisable as JSON: {error}")
    return found
