"""HTML input: a real parser, one line per block, row and cell, the same from both engines."""

from __future__ import annotations

import pytest

import prparse
from invariants import problems
from prparse.htmltext import html_to_text, looks_like_html, selectolax_available
from prparse.pipeline import source_text

_NEEDS_SELECTOLAX = pytest.mark.skipif(not selectolax_available(), reason="no selectolax")
ENGINES = ["stdlib", pytest.param("selectolax", marks=_NEEDS_SELECTOLAX)]

DIAL_IN_TABLE = """<!DOCTYPE html><html><head><title>Acme</title><style>p{color:red}</style></head><body>
<p>Acme Corp. will host a conference call at 8:00 a.m. ET on Friday, August 2, 2013.</p>
<table><tr><td>Australia</td><td>1-800-015-763</td></tr>
<tr><td>Canada</td><td>1-877-407-0784</td></tr></table>
<p><b>Investor Contact:</b><br>Jane Doe<br>(866) 989-0311<span>Email</span>: jane@acme.com</p>
<script>document.write('<p>hidden</p>')</script><!-- a comment --></body></html>"""


@pytest.mark.parametrize("engine", ENGINES)
def test_cells_rows_and_blocks_end_lines(engine: str) -> None:
    text = html_to_text(DIAL_IN_TABLE, engine=engine)  # type: ignore[arg-type]
    lines = text.split("\n")
    assert "Australia" in lines and "1-800-015-763" in lines and "Canada" in lines
    assert "Australia 1-800-015-763Canada" not in text and "1-800-015-763Canada" not in text
    assert "Investor Contact:\nJane Doe\n(866) 989-0311Email: jane@acme.com" in text
    assert "hidden" not in text and "comment" not in text and "color" not in text and "Acme</title" not in text
    assert text.startswith("Acme Corp. will host a conference call at 8:00 a.m. ET on Friday, August 2, 2013.\n\n")


SAMPLES = [
    DIAL_IN_TABLE,
    "<p>a<p>b<div>c</div>",
    "<ul><li>one<li>two</ul>x<hr>y<br/>z<br><br>q",
    "<table><tr><td>x<td>y<tr><th>z</table>after",
    "<html><head><title>T</title><body><p>no head close</p><div>after</div>",
    "<pre>\n  Dial-in:   913-312-0836\n\n  Passcode:  4198948</pre><p>then</p>",
    "<p>caf&eacute; &amp; 8:00&nbsp;a.m.&#160;ET &#x2014; &bogus; &lt;tag&gt;</p>",
    "<div><span>glued</span><span>words</span> and <a href='x'>a link</a></div>",
    "<p>unclosed <b>bold <i>italic</p><p>next",
    "<dl><dt>Toll-free</dt><dd>1-877-407-0784</dd><dt>Passcode</dt><dd>1234</dd></dl>",
    "<p>a<!-- x -->b</p><svg><text>no</text></svg><noscript>no</noscript><p>c</p>",
    "",
    "<",
    "plain text, no tags",
    "<nav><a>All News</a></nav><article><p>body</p><footer>Contact: a@b.example</footer></article>"
    "<footer>Call us</footer>",
    "<main><p>x</p></main><footer><p>site links</p></footer><p>after</p>",
]


@pytest.mark.skipif(not selectolax_available(), reason="selectolax not installed")
@pytest.mark.parametrize("html", SAMPLES)
def test_both_engines_give_the_same_text(html: str) -> None:
    assert html_to_text(html, engine="stdlib") == html_to_text(html, engine="selectolax")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>a<p>b<div>c</div>", "a\n\nb\n\nc"),
        ("<ul><li>one<li>two</ul>x", "one\ntwo\n\nx"),
        ("a<br>b<br><br>c", "a\nb\n\nc"),
        ("<table><tr><td>x<td>y<tr><td>z</table>", "x\ny\nz"),
        ("<p>caf&eacute; &amp; 8:00&nbsp;a.m.</p>", "café & 8:00 a.m."),
        ("<pre>a\n  b\n\nc</pre>", "a\nb\n\nc"),
        ("<p>x</p><script>var a = '<p>';</script><p>y</p>", "x\n\ny"),
    ],
)
def test_line_structure(engine: str, html: str, expected: str) -> None:
    assert html_to_text(html, engine=engine) == expected  # type: ignore[arg-type]


# "ir@acme.example" as Cloudflare writes it: XOR-ed with the key 0x42, as hex.
_PROTECTED = "42" + bytes(c ^ 0x42 for c in b"ir@acme.example").hex()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # A page's menus and its own footer are not the release; a footer inside the article is.
        (
            "<nav><ul><li>All News Releases<li>All Public Company</ul></nav><article><p>Acme news.</p>"
            "<footer>Media contact: Jane Roe</footer></article><footer>Call PR Wire at 888-776-0942</footer>",
            "Acme news.\n\nMedia contact: Jane Roe",
        ),
        # Cloudflare's email protection, in a span and as a bare link.
        (
            f'<p>Contact: <a href="/cdn-cgi/l/email-protection#{_PROTECTED}"><span class="__cf_email__" '
            f'data-cfemail="{_PROTECTED}">[email&#160;protected]</span></a></p>',
            "Contact: ir@acme.example",
        ),
        (
            f'<p>Write to <a href="/cdn-cgi/l/email-protection#{_PROTECTED}">[email&#160;protected]</a>.</p>',
            "Write to ir@acme.example.",
        ),
        ('<p><span data-cfemail="zz12">[email&#160;protected]</span></p>', "[email protected]"),  # not hex: kept
    ],
)
def test_page_furniture_and_protected_emails(engine: str, html: str, expected: str) -> None:
    assert html_to_text(html, engine=engine) == expected  # type: ignore[arg-type]


def test_detection() -> None:
    assert looks_like_html(DIAL_IN_TABLE)
    assert looks_like_html("<div>a</div><p>b</p><br>")
    assert not looks_like_html("Acme <ACME> reports results; 3 < 4 > 2.")
    assert not looks_like_html("")
    # A text in lines (a markdown page) with a few line breaks written as tags is text ...
    markdown = "---\ntitle: Acme\n---\n\nSan Francisco, CA - January 5, 2023 - Acme Inc. will present.\n\n" + (
        "**Investor Contact:**\n<br>\nJane Rowe\n<br>\n[ir@acme.example](mailto:ir@acme.example)\n\n" * 2
    )
    assert not looks_like_html(markdown)
    dateline = prparse.parse(markdown).dateline
    assert dateline is not None and dateline.city == "San Francisco"
    # ... but one written on a single line with them is HTML.
    assert looks_like_html("Acme reports.<br>Contact: Jane Rowe<br>ir@acme.example<br>")


def test_parse_reads_html_and_spans_point_into_its_text() -> None:
    release = prparse.parse(DIAL_IN_TABLE)
    text = source_text(DIAL_IN_TABLE)
    assert text == html_to_text(DIAL_IN_TABLE)
    assert [e.starts_at.isoformat() if e.starts_at else None for e in release.events] == ["2013-08-02T08:00:00-04:00"]
    start, end = release.events[0].spans["starts_at"]
    assert text[start:end].startswith("8:00 a.m. ET")
    assert problems(text, release) == []


def test_html_flag_forces_either_way() -> None:
    fragment = "<b>Conference call</b> at 8:00 a.m. ET on August 2, 2013"
    assert source_text(fragment, html=True) == "Conference call at 8:00 a.m. ET on August 2, 2013"
    assert source_text(fragment, html=False) == fragment
    assert prparse.parse(fragment, html=True).events[0].spans != prparse.parse(fragment, html=False).events[0].spans


def test_seed_as_html_reads_like_the_seed(seed_text: str) -> None:
    import html as html_module

    paragraphs = "".join(f"<p>{html_module.escape(p)}</p>" for p in seed_text.split("\n\n"))
    page = f"<html><body>{paragraphs}</body></html>"
    plain, from_html = prparse.parse(seed_text), prparse.parse(page)
    assert [e.starts_at for e in from_html.events] == [e.starts_at for e in plain.events]
    assert [d.number for d in from_html.events[0].dial_ins] == ["+19133120836"]
    assert from_html.company == plain.company


@pytest.mark.parametrize("engine", ["stdlib", "auto"])  # auto: selectolax unless nesting is deep
@pytest.mark.parametrize(
    "hostile",
    ["<!--" * 50000, "<" * 200000, "<a " * 60000, "<div>" * 40000, "&#" * 100000, "<!" * 100000, '<a b=">' * 30000],
    ids=["comments", "lt", "open tags", "nesting", "charrefs", "bangs", "quotes"],
)
def test_hostile_markup_converts_quickly(engine: str, hostile: str) -> None:
    import time

    baseline = min(_timed(hostile.lower) for _ in range(5))
    started = time.perf_counter()
    html_to_text(hostile, engine=engine)  # type: ignore[arg-type]
    assert time.perf_counter() - started < 25_000 * baseline + 1.5


def _timed(call: object) -> float:
    import time
    from collections.abc import Callable
    from typing import cast

    started = time.perf_counter()
    cast(Callable[[], object], call)()
    return time.perf_counter() - started


WIRE_PAGE = (
    "<html><body><nav><ul><li>All News Releases</li><li>All Public Company</li></ul></nav>"
    "<article><h1>Drink Up - Maple Diner Releases Limited-Edition Cups</h1>"
    "<p>News provided by</p><p>Maple Diner Holdings</p><p>Jun 10, 2025, 13:39 ET</p>"
    "<p>SAN ANTONIO, June 10, 2025 /PRNewswire/ -- Toast to 75 years of burgers with new cups.</p>"
    "<p>Media Contact:<br>Maple Diner PR<br>"
    f'<a href="/cdn-cgi/l/email-protection#{_PROTECTED}">[email&#160;protected]</a></p></article>'
    "<footer>My Services<br>Online Member Center<br>Call PR Newswire at 888-776-0942</footer></body></html>"
)


def test_a_wire_page_gives_the_issuer_from_its_byline_and_no_wire_furniture() -> None:
    release = prparse.parse(WIRE_PAGE)
    assert release.company == "Maple Diner Holdings"
    assert [(c.role, c.name, c.organization, c.phones, c.emails) for c in release.contacts] == [
        ("media", None, "Maple Diner PR", (), ("ir@acme.example",))
    ]
    assert release.dateline is not None and release.dateline.wire == "PR Newswire"
