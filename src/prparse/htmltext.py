"""HTML pages (wire pages, investor sites, SEC exhibits) to text shaped like wire text.

A real HTML parser reads the markup, never a tag-stripping regex: block elements end
paragraphs, rows and cells end lines, so table cells are never glued together
("Australia 1-800-015-763Canada", "(866) 989-0311Email") and extractors see the same
shapes as in wire text. Scripts, styles and the document head are dropped.

Two engines give the same line structure:

- ``selectolax`` (the optional ``html`` extra): lexbor, a C HTML5 parser, fast and linear
  on any input; used when installed.
- the standard library's ``html.parser``: no extra dependency. Its tokenizer rescans to the
  end of the input for every construct it cannot close (an unclosed ``<!--``, a ``<`` with
  no ``>``), which is quadratic on hostile input, so such constructs are escaped first.

Spans point into the text this module returns; ``prparse.pipeline.source_text`` gives it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any, Literal

import regex

Engine = Literal["auto", "selectolax", "stdlib"]

_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
     "ul", "ol", "dl", "blockquote", "table", "form", "hr", "center", "pre", "address", "figure", "nav",
     "details", "summary", "fieldset", "legend", "body"}
)  # fmt: skip
_LINES = frozenset({"br", "li", "tr", "dt", "dd", "caption", "figcaption", "title", "option"})
_CELLS = frozenset({"td", "th"})
# Not text of the release: code, styles, embedded media, and a page's navigation menus.
_SKIP = frozenset({"script", "style", "head", "noscript", "template", "svg", "iframe", "object", "math", "nav"})
# A page's own footer (links, the wire's phone numbers) is skipped too, but not a footer
# inside the article, which may hold the release's contacts.
_CONTENT = frozenset({"article", "main"})
_VOID = frozenset({"br", "hr", "img", "wbr", "input", "meta", "link", "area", "base", "col", "embed", "source"})
_HTML_SIGNS = regex.compile(
    r"<!DOCTYPE\s+html|<html[\s>]|<body[\s>]|<(?:div|p|table|span|br|font|td)\b[^>]{0,200}>", regex.IGNORECASE
)
_DOCUMENT_SIGN = regex.compile(r"<!DOCTYPE\s+html|<html[\s>]", regex.IGNORECASE)
_SPACES = regex.compile(r"[ \t\r\n\f]+")

# A construct html.parser cannot close within this many characters is text, not markup.
MAX_TAG = 20_000
MAX_COMMENT = 200_000


def looks_like_html(text: str) -> bool:
    """HTML if its head shows a document tag or several common element tags."""
    head = text[:5000]
    if _DOCUMENT_SIGN.search(head):
        return True
    signs = [sign.lower() for sign in _HTML_SIGNS.findall(head)]
    # (a text laid out in lines, markdown say, with a few "<br>" in it, is text: HTML would
    # run its lines together)
    breaks_only = all(sign.startswith("<br") for sign in signs) and head.count("\n") > 3 * len(signs)
    return len(signs) >= 3 and not breaks_only


def selectolax_available() -> bool:
    return importlib.util.find_spec("selectolax") is not None


def html_to_text(html: str, *, engine: Engine = "auto") -> str:
    """The text of an HTML page, one line per block, row and cell.

    ``engine``: "selectolax" or "stdlib" to choose; "auto" uses selectolax when installed.
    """
    if "cfemail" in html or "email-protection#" in html:
        html = _reveal_protected_emails(html)
    if engine == "selectolax" or (engine == "auto" and selectolax_available() and not _deeply_nested(html)):
        parts = list(_selectolax_parts(html))
    else:
        parts = _stdlib_parts(html)
    return _tidy("".join(parts))


# Cloudflare's email protection, on wire pages served through it: the address is written
# XOR-ed with its first byte, as hex, and the page shows "[email protected]" until a script
# decodes it. The span carries it; so does a link's target when the link has no span.
_PROTECTED_SPAN = regex.compile(
    r"<span[^<>]{0,200}?data-cfemail=\"(?P<hex>[0-9a-fA-F]{4,400})\"[^<>]{0,200}>[^<]{0,100}</span>"
)
_PROTECTED_LINK_TEXT = regex.compile(
    r"(?P<open><a[^<>]{0,300}?/cdn-cgi/l/email-protection#(?P<hex>[0-9a-fA-F]{4,400})[^<>]{0,300}>)"
    r"\[email(?:&#160;|&nbsp;|\s)protected\]"
)


def _reveal_protected_emails(html: str) -> str:
    html = _PROTECTED_SPAN.sub(lambda m: _decoded_email(m["hex"]) or m.group(), html)
    revealed: str = _PROTECTED_LINK_TEXT.sub(
        lambda m: m["open"] + (_decoded_email(m["hex"]) or "[email protected]"), html
    )
    return revealed


def _decoded_email(hex_text: str) -> str | None:
    data = bytes.fromhex(hex_text)
    email = "".join(chr(byte ^ data[0]) for byte in data[1:])
    if "@" not in email or not email.isprintable() or any(c in email for c in "<>&\"' "):
        return None
    return email


# lexbor's tree building is quadratic in nesting depth ("<div>" * 40000 takes seconds);
# html.parser builds no tree, so such input goes to it instead.
MAX_DEPTH = 2000
_AUTO_CLOSED = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option", "html", "head", "body", "tbody"})
_NOT_DEEPENING = _VOID | _AUTO_CLOSED
_START_TAG = regex.compile(r"<([A-Za-z][A-Za-z0-9]{0,15})")


def _deeply_nested(html: str) -> bool:
    """Whether more elements may be left open than lexbor handles quickly (an upper bound)."""
    if html.count("<") < MAX_DEPTH:
        return False
    opened = sum(1 for m in _START_TAG.finditer(html) if m[1].lower() not in _NOT_DEEPENING)
    return opened - html.count("</") > MAX_DEPTH


# Both engines emit the same break markers for the same element events; a run of markers
# becomes one line break, or one blank line if any marker in it ends a block. So "</td><td>"
# is one line break, as is "<li>one<li>two" whether or not the parser closes the first li.
_LINE = "\ue000"
_PARAGRAPH = "\ue001"
_MARKERS = regex.compile(r"[ \t\n]*(?:[\ue000\ue001][ \t\n]*)+")


def _on_start(tag: str) -> str:
    if tag == "br":  # a real line break, so "<br><br>" is a blank line as on screen
        return "\n"
    if tag in _BLOCKS:
        return _PARAGRAPH
    if tag in _LINES or tag in _CELLS:
        return _LINE
    return ""


def _on_end(tag: str) -> str:
    if tag in _VOID:  # <br>, <hr>: one break, whether written <br>, <br/> or <br></br>
        return ""
    return _on_start(tag)


def _text(data: str, preformatted: bool) -> str:
    data = data.replace(_LINE, " ").replace(_PARAGRAPH, " ")
    return data if preformatted else _SPACES.sub(" ", data)


def _break(run: regex.Match[str]) -> str:
    found = run.group()
    return "\n\n" if _PARAGRAPH in found or found.count("\n") >= 2 else "\n"


_SPACE_BEFORE_BREAK = regex.compile(r"[ \t]+\n")
_SPACE_AFTER_BREAK = regex.compile(r"\n[ \t]+")
_BLANK_RUN = regex.compile(r"\n{3,}")
_TAG_OPEN = regex.compile(r"<(!--)?")


def _tidy(text: str) -> str:
    text = _MARKERS.sub(_break, text.replace("\xa0", " "))
    text = _SPACE_BEFORE_BREAK.sub("\n", text)
    text = _SPACE_AFTER_BREAK.sub("\n", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return str(text).strip()


# Standard library ------------------------------------------------------------------------


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.preformatted = 0
        self.content = 0  # open <article>/<main> elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and self.skipping == ["head"]:  # "</head>" left out
            self.skipping.clear()
        if tag in _SKIP or (tag == "footer" and not self.content):
            if tag not in _VOID:
                self.skipping.append(tag)
            return
        if self.skipping:
            return
        if tag == "pre":
            self.preformatted += 1
        self.content += tag in _CONTENT
        self.parts.append(_on_start(tag))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skipping and tag not in _SKIP:
            self.parts.append(_on_start(tag))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP or (tag == "footer" and tag in self.skipping):
            if tag in self.skipping:  # close it and anything left open inside it
                del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag) :]
            return
        if self.skipping:
            return
        if tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
        if tag in _CONTENT:
            self.content = max(0, self.content - 1)
        self.parts.append(_on_end(tag))

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(_text(data, self.preformatted > 0))


def _defuse(html: str) -> str:
    """Escape each "<" that html.parser could not close nearby (an unclosed comment, a
    stray "<"), so its tokenizer never rescans the rest of the input for one: linear."""
    out: list[str] = []
    last = 0
    next_gt = -1
    next_comment_end = -1
    for m in _TAG_OPEN.finditer(html):
        i = m.start()
        if m.group(1):
            if next_comment_end < i + 4:
                found = html.find("-->", i + 4)
                next_comment_end = found if found >= 0 else len(html) + MAX_COMMENT
            closed = next_comment_end - i <= MAX_COMMENT
        else:
            if next_gt < i:
                found = html.find(">", i)
                next_gt = found if found >= 0 else len(html) + MAX_TAG
            closed = next_gt - i <= MAX_TAG
        if not closed:
            out.append(html[last:i])
            out.append("&lt;")
            last = i + 1
    if not out:
        return html
    out.append(html[last:])
    return "".join(out)


def _stdlib_parts(html: str) -> list[str]:
    builder = _TextBuilder()
    try:
        builder.feed(_defuse(html))
        builder.close()
    except (AssertionError, ValueError):  # html.parser's rare give-ups on malformed markup
        pass
    return builder.parts


# selectolax (lexbor) ---------------------------------------------------------------------


def _selectolax_parts(html: str) -> Iterator[str]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root: Any = tree.root
    if root is None:
        return
    preformatted = content = 0
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag: str = node.tag or ""
        if leaving:
            yield _on_end(tag)
            preformatted -= tag == "pre"
            content -= tag in _CONTENT
        elif tag == "-text":
            yield _text(node.text_content or "", preformatted > 0)
        elif tag == "footer" and not content:
            continue
        elif not tag.startswith("-") and tag not in _SKIP:  # elements; not comments, doctypes
            yield _on_start(tag)
            preformatted += tag == "pre"
            content += tag in _CONTENT
            stack.append((node, True))
            children: list[Any] = []
            child = node.child
            while child is not None:
                children.append(child)
                child = child.next
            stack.extend((c, False) for c in reversed(children))
