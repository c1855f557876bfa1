"""The pipeline is a plain ordered list of pure steps."""

from __future__ import annotations

import datetime as dt

from prparse.document import Document, normalise
from prparse.pipeline import STEPS


def test_steps_are_named_in_order() -> None:
    assert [name for name, _ in STEPS] == ["headline", "dateline", "company", "tickers", "events", "contacts", "source"]


def test_steps_are_pure(seed_text: str) -> None:
    doc = Document.from_text(seed_text, release_date=dt.date(2013, 7, 23))
    for _, step in STEPS:
        assert step(doc) == step(doc)


def test_normalisation_keeps_offsets() -> None:
    raw = "a\r\nb\u00a0c\u2019d\u2014e\u200bf\uff12\u2028g"
    clean = normalise(raw)
    assert len(clean) == len(raw)
    assert clean == "a \nb c'd-e f2\ng"


def test_a_view_broken_into_lines_keeps_every_offset() -> None:
    doc = Document.from_text("Jane Rowe jrowe@acme.example Tom Lind tlind@acme.example\nEnd")
    view = doc.broken_at([28])
    assert view.text == "Jane Rowe jrowe@acme.example\nTom Lind tlind@acme.example\nEnd"
    assert len(view.text) == len(doc.text)
    assert [view.line_at(at) for at in (0, 29, 58)] == [(0, 28), (29, 56), (57, 60)]
    assert doc.line_at(29) == (0, 56)  # (the document itself is untouched)
