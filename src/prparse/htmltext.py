"""HTML pages (wire pages, investor sites, SEC exhibits) to text shaped like wire text.

Uses the standard library's HTML parser, a real tokenizer that copes with broken
markup, so prparse needs no extra dependency for HTML. Block elements end paragraphs,
rows and cells end lines, so table cells are never glued ("Australia 1-800-015-763Canada").
"""

from __future__ import annotations

from html.parser import HTMLParser

import regex

_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
     "ul", "ol", "dl", "blockquote", "table", "form", "hr", "center", "pre", "address", "figure", "nav"}
)  # fmt: skip
_LINES = frozenset({"br", "li", "tr", "dt", "dd", "caption", "figcaption", "title"})
_CELLS = frozenset({"td", "th"})
_SKIP = frozenset({"script", "style", "head", "noscript", "template", "svg", "iframe", "object"})
_HTML_SIGNS = regex.compile(
    r"<!DOCTYPE\s+html|<html[\s>]|<body[\s>]|<(?:div|p|table|span|br|font|td)\b[^>]{0,200}>", regex.IGNORECASE
)


def looks_like_html(text: str) -> bool:
    """HTML if its head shows a document tag or several common element tags."""
    head = text[:5000]
    return len(_HTML_SIGNS.findall(head)) >= 3 or bool(
        regex.search(r"<!DOCTYPE\s+html|<html[\s>]", head, regex.IGNORECASE)
    )


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag == "pre":
            self.preformatted += 1
            self.parts.append("\n\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag in _LINES:
            self.parts.append("\n")
        elif tag in _CELLS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _LINES or tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
            self.parts.append("\n\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag in _LINES or tag in _CELLS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.preformatted:
            self.parts.append(data)
        else:
            self.parts.append(regex.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    builder = _TextBuilder()
    try:
        builder.feed(html)
        builder.close()
    except (AssertionError, ValueError):  # html.parser's rare give-ups on malformed markup
        pass
    text = "".join(builder.parts).replace("\xa0", " ")
    text = regex.sub(r"[ \t]+\n", "\n", text)
    text = regex.sub(r"\n[ \t]+", "\n", text)
    text = regex.sub(r"\n{3,}", "\n\n", text)
    return str(text).strip("\n")
