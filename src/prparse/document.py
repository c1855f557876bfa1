"""The read-only view every extractor works on: normalised text, lines, paragraphs.

Normalisation maps each character to exactly one character, so an offset into the
normalised text is an offset into the text the caller passed (spans stay honest).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, TypeVar

from .safety import compile as safe_compile
from .safety import compile_chars

# One character in, one character out: spaces that are not spaces, quotes and dashes
# of every typographic kind, line separators, and control characters.
_T = TypeVar("_T")

_ONE_FOR_ONE: dict[int, str] = {
    **{cp: " " for cp in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060)},
    **{cp: " " for cp in range(0x2000, 0x200B)},
    **{cp: "'" for cp in (0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4)},
    **{cp: '"' for cp in (0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB)},
    **{cp: "-" for cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D)},
    **{cp: "\n" for cp in (0x2028, 0x2029, 0x0085, 0x000B, 0x000C, 0x000D)},
    **{cp: " " for cp in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, 0xFFFD)},
    # Lone surrogates (a str decoded with "surrogateescape", or a JSON "\\udbbc" escape) are no
    # text and cannot be written as UTF-8: a value holding one would break model_dump_json().
    **{cp: " " for cp in range(0xD800, 0xE000)},
    # Full-width ASCII (U+FF01..U+FF5E) to ASCII: "２０２５" reads as "2025".
    **{cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F) if cp != 0xFF0D},
}
_TABLE = str.maketrans(_ONE_FOR_ONE)
_MAPPED = compile_chars(chr(cp) for cp in _ONE_FOR_ONE)
_MAPPED_LIMIT = 2000  # beyond this many characters to map, one str.translate pass is cheaper


def normalise(text: str) -> str:
    """Same-length normalisation: "\\r\\n" becomes " \\n" and markdown bold markers and hard
    line breaks ("Jane Rowe \\" at a line's end) become spaces, so offsets do not move."""
    text = text.replace("\r\n", " \n").replace("\\\n", " \n").replace("**", "  ").replace("__", "  ")
    text = _unescaped(text)
    text = _blank_front_matter(text)
    # A release maps a few dozen characters: replacing just those is 10x faster than
    # translating every character. No output is an input, so finishing with translate
    # after a partial replacement gives the same text.
    mapped, count = _MAPPED.subn(_map_one, text, count=_MAPPED_LIMIT)
    return _reflowed(_unpiped(mapped.translate(_TABLE) if count == _MAPPED_LIMIT else mapped))


# "|CHICAGO - Jan. 24, 2006 - Acme Inc. today ...": a copy of a two-column page that opens each
# paragraph with its cell's bar. A line whose only bar is its first character is no table row
# ("| Net Sales | 7,186 |" has several), and the bar hides the dateline and the paragraphs'
# first words from every line pattern. Only a paragraph's line (of _PARAGRAPH_CELL characters or
# more): short cells one to a line ("|Jane Rowe", "|(219) 555-5581") keep their bars, which tell
# how the cells of a flattened table interleave.
_PARAGRAPH_CELL = 60
_LONE_OPENING_BAR = re.compile(rf"^[ \t]{{0,8}}\|(?=[^\s|][^|\n]{{{_PARAGRAPH_CELL - 1},}}$)", re.MULTILINE)
# "Jane Rowe\n|\nInvestor Relations\n|\n(210) 555-0132": a copy that put a bar alone on a line
# between every two one-line cells spaced its lines as others do with blank lines. Cells that
# wrap ("Dial\nin:\n|") and runs of bar lines ("Jane Rowe\n|\n|\nJohn Roe": a flattened table's
# empty cells, which tell how its cells interleave) keep their bars: a text with any such run
# keeps them all.
_ONE_LINE_CELLS = re.compile(
    r"^[ \t]{0,8}\|[ \t]{0,8}\n(?:[^\n|]{1,300}\n[ \t]{0,8}\|[ \t]{0,8}(?:\n|$)){3,}", re.MULTILINE
)
_BAR_ONLY_LINE = re.compile(r"^[ \t]{0,8}\|[ \t]{0,8}$", re.MULTILINE)
_BAR_LINES_RUN = re.compile(r"^[ \t]{0,8}\|[ \t]{0,8}\n[ \t]{0,8}\|[ \t]{0,8}$", re.MULTILINE)


# A copy that lost its line breaks ("... visit tempus.com. CONTACT: Tempus Communications Erin
# Carron ...") hides every label and heading from the patterns that read them at a line's start:
# in a line this long, the space before one becomes the break it stood for (same length).
_RUN_ON_LINE = 1500  # characters: a paragraph is shorter; a release run on to one line is not
_ROLES = ("Media", "Investor", "Press", "Company", "Analyst")  # a label's first word: "Media Contact:"
# (each a look-behind of its own: the stdlib engine reads only fixed widths there)
_ROLE_BEFORE_LABEL = "".join(f"(?<!{word})" for word in (*_ROLES, "Investors", "Analysts", "Relations"))
_LABEL_IN_RUN_ON = re.compile(
    # ("Investor Relations:", but not the end of "Media and Investor Relations:")
    r"(?<!and)(?<!&)[ \t]"
    rf"(?=(?:(?:{'|'.join(_ROLES)})s?\s(?:and\s\w+\s)?(?:Contacts?|Relations|Inquiries)"
    r"|For\s(?:additional|further|more)\sinformation(?:,\splease\scontact)?|Investors|Media|INVESTORS|MEDIA)\s{0,3}:"
    r"|(?:SOURCE|Source:|About\s[A-Z]|ABOUT\s|Forward-Looking\sStatements|FORWARD-LOOKING\sSTATEMENTS"
    r"|View\ssource\sversion|DISCLAIMER|Disclaimer:|###))"
    # ("CONTACT:", but not the second word of "Media Contact:")
    rf"|{_ROLE_BEFORE_LABEL}[ \t](?=(?:CONTACTS?|Contacts?)\s{{0,3}}:)"
    # a details table's row label, padded to its column: "... Passcode: 6639 Webcast replay:           Available on ..."
    r"|[ \t](?=[A-Z][A-Za-z]{1,20}(?:[ ][A-Za-z]{1,20}){0,3}:[ \t]{4,}\S)"
)


def _reflowed(text: str) -> str:
    """The text with a break before each label or heading inside a run-on line."""
    if len(text) < _RUN_ON_LINE:
        return text
    lines = text.split("\n")
    if all(len(line) < _RUN_ON_LINE for line in lines):
        return text
    return "\n".join(line if len(line) < _RUN_ON_LINE else _LABEL_IN_RUN_ON.sub("\n", line) for line in lines)


def _unpiped(text: str) -> str:
    """The text with each lone bar opening a line made a space (same length)."""
    if "|" not in text:
        return text
    if _BAR_LINES_RUN.search(text) is None:
        text = _ONE_LINE_CELLS.sub(lambda m: _BAR_ONLY_LINE.sub(lambda b: " " * len(b.group()), m.group()), text)
    return _LONE_OPENING_BAR.sub(lambda m: " " * len(m.group()), text)


_BLANK_UNDER = re.compile(r"\n([ \t]*)\n")
_DOUBLE_SPACED_MIN_LINES = 12  # lines with text: fewer tell nothing of a copy's spacing
_HEAD_LINES = 8  # a page's first lines, where a header may be single-spaced over a double-spaced copy


def _wide_gaps(filled: list[bool]) -> int:
    """How many runs of three or more lines without text (blank or only spaces) part the lines:
    the paragraph breaks of a copy that put a blank line under every line."""
    gaps = run = 0
    for has_text in filled:
        if has_text:
            gaps += run >= 3
            run = 0
        else:
            run += 1
    return gaps


def single_spaced(text: str) -> str:
    """A copy that put a blank line under every line (HTML turned to text, each line its own
    paragraph: "Jane Rowe\n\nInvestor Relations\n\n(212) 555-0100", a paragraph's end three blank
    lines) read as the lines it stood for: each blank line under a line becomes that line's next
    line's indent (one character for one, so offsets do not move)."""
    if "\n\n" not in text:
        return text
    lines = text.split("\n")
    filled = [bool(line.strip()) for line in lines]
    count = sum(filled)
    if count < _DOUBLE_SPACED_MIN_LINES:
        return text
    # (lines touching in the page's head do not count: an RNS header's "RNS Number : 1317H / Acme
    # plc / 30 July 2021" over a copy that is double-spaced below it)
    touching = sum(
        1 for index, (above, below) in enumerate(pairwise(filled)) if above and below and index >= _HEAD_LINES
    )
    if touching > count // 50:
        return text
    if _wide_gaps(filled) < 3:
        # No wider gap marks the paragraphs: a blank line under every line is a double-spaced copy
        # only where sentences run on across it ("... conference call to\n\ndiscuss ..."), a sixth
        # of the lines going on in lower case.
        # (a word: not an address or a link on a contact's line, "jane@acme.com", "www.acme.com")
        # ("... to be held at 10:00 am AEDT on\n\nWednesday 17 November 2021.": or after a word that
        # cannot end a sentence, whatever the case of the next)
        texts = [line.split() for line in lines if line.strip()]
        run_on = sum(
            1
            for above, below in pairwise(texts)
            if above[-1][-1:].isalnum()
            and ((below[0].isalpha() and below[0].islower()) or above[-1].lower() in _NO_SENTENCE_END_WORDS)
        )
        if run_on * 6 < count:
            return text
    return _BLANK_UNDER.sub(lambda m: "\n" + m.group(1) + " ", text)


# Words a sentence does not end on: a line that ends on one goes on below it.
_NO_SENTENCE_END_WORDS = frozenset(
    {"a", "an", "the", "of", "on", "to", "in", "at", "for", "by", "with", "from", "and", "or", "its", "their", "our"}
)

_ESCAPES_TO_READ = 8  # literal "\\n" sequences that mark a page storing its text as a JSON string


def _unescaped(text: str) -> str:
    """A page that stores the release as a JSON string ("RNS Number : 7335D\\n11 July 2016\\n\\nLSE:
    PDL") has its escapes read, each as a space and the character it stands for (same length)."""
    escaped_breaks = text.count("\\n")
    if escaped_breaks < _ESCAPES_TO_READ or escaped_breaks <= text.count("\n"):
        return text
    for escape, plain in (("\\r\\n", "   \n"), ("\\n", " \n"), ("\\t", "  "), ('\\"', ' "'), ("\\/", " /")):
        text = text.replace(escape, plain)
    return text


# A static site's page opens with YAML front matter ("---\ntitle: ...\ndate: 2025-02-11 00:40:56
# \nsummary: ...\n---"): the page's metadata, whose summary restates the dateline on one line
# and whose timestamps look like phone numbers. Its lines are "key: value" or "  - item".
_FRONT_MATTER_END = re.compile(r"\n---[ \t]*\n")
_FRONT_MATTER_LINE = re.compile(r"[A-Za-z_][\w-]{0,40}:(?:\s|$)|\s{1,8}-\s|\s*$")
FRONT_MATTER_REACH = 10_000


def _blank_front_matter(text: str) -> str:
    """The text with its front matter blanked (newlines kept, so offsets do not move)."""
    if not text.startswith("---\n") and not text.startswith("--- \n"):
        return text
    end = _FRONT_MATTER_END.search(text, 3, FRONT_MATTER_REACH)
    if end is None:
        return text
    lines = text[text.index("\n") + 1 : end.start()].split("\n")
    if not all(_FRONT_MATTER_LINE.match(line) for line in lines):
        return text
    return "".join(c if c == "\n" else " " for c in text[: end.end()]) + text[end.end() :]


# Written forms the normalisation flattens that a value keeps: "Coeur d’Alene", "Macy’s, Inc.",
# "Vice President – Investor Relations".
TYPOGRAPHIC = frozenset("\u2018\u2019\u201c\u201d\u2010\u2011\u2012\u2013\u2014\u2015")


def as_written(source: str, text: str, value: str, span: tuple[int, int]) -> str:
    """A value read from the normalised ``text`` at ``span``, with the curly quotes,
    apostrophes and dashes ``source`` wrote there put back: values are as written, while
    every pattern matches the plain forms."""
    start, end = span
    if len(source) != len(text) or text[start:end] != value or source[start:end] == value:
        return value
    return "".join(s if s in TYPOGRAPHIC else v for s, v in zip(source[start:end], value, strict=True))


def _map_one(match: re.Match[str]) -> str:
    return _ONE_FOR_ONE[ord(match.group())]


# A sentence ends at ". " before a capital, but not after "a.m.", "Inc.", "Feb.", "U.S." or an initial.
_ABBREVIATION = (
    r"(?<![ap]\.\s?m\.|\b(?i:Inc|Corp|Ltd|Co|LLC|PLC|Bros)\.|\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Jr|Sr|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Mass|Calif|Fla|Ill|Wash|Mich|Minn|Ariz|Conn"
    r"|Penn|Va|Md|Ga|Tex|Colo|Ore|Wis|Ala|Ky|La|Mo|Nev|Okla|Tenn|ext|tel|Ph\.D|N\.Y|U\.S|U\.K|N\.J|N\.C|S\.A|N\.V"
    r"|Str|str|Ave|Blvd|Rd|Bldg|Ste|Brgy)\."  # an address: "Mercedes Str. 69, Stuttgart", "Brgy. Ugong, Pasig City"
    r"|\b[A-Z]\.)"
    # ("Paseo de la Castellana no. 49, Madrid": a number's mark in lower case, before its number)
    r"(?<!\b(?:no|nos)\.(?=[ \t]{1,8}\d))"
)
# Every alternative opens with its punctuation or line break, so the engine skips ahead to
# the next ".!?:" or newline; a sentence ends just after the punctuation.
_SENTENCE_END = safe_compile(
    # The cheap lookahead goes before the abbreviation lookbehind, so most periods fail fast.
    # (nor a leader of dots: "Annual General Meeting 2025........... May 6, 2025", a calendar's row)
    rf"[.!?](?=[\"')\]]?[ \t]{{1,8}}[\"(\[]?[A-Z0-9*])(?<!\.{{4}}){_ABBREVIATION}[\"')\]]?[ \t]{{1,8}}"
    # A copy that lost its line breaks glued the next sentence on: "... through March 11, 2020.This
    # call will be webcast live".
    rf"|\.(?=\p{{Lu}}\p{{Ll}}{{1,20}}[ \t,])(?<=[\p{{Ll}}\d%)]\.){_ABBREVIATION}"
    # (not "at 1:00 p.m.\n(MDT) on Thursday, June 4", "at 10:00 a.m.\nEastern Time\n(9:00 a.m. Central
    # Time) on June 7": a fixed-width copy wrapped the zone on)
    r"|[.!?:][\"')\]]?[ \t]{0,8}\n(?=[ \t]{0,60}[\"(\[]?[A-Z0-9*])"
    r"(?<![ap]\.\s?m\.\n(?=\(|(?:Eastern|Central|Mountain|Pacific|Atlantic)\b|[A-Z]{1,3}[SD]?T\b))"
    # A line that opens with a label ("Time:", "Replay numbers:") starts a sentence. Possessive
    # runs: a word is followed by a space or the colon, never by more of itself.
    r"|\n(?=[ \t]{0,60}+[*•\-]?[ \t]{0,3}+[A-Z][\w&/.'()-]{0,20}+(?:[ \t][\w&/.'()-]{1,20}+){0,4}[ \t]{0,3}:)"
    r"|\n[ \t]*\n|\n(?=[ \t]*[*•\-]\s)"
    # "NEW YORK--(BUSINESS WIRE)--February 10, 2025--" over the body with no blank line between:
    # the dateline's closing dashes end the headline's run, which names no body's sentence
    r"|-{2}[ \t]{0,8}\n"
)
_PARAGRAPH_BREAK = safe_compile(r"\n[ \t]*\n")


MAX_SENTENCE = 1500  # characters: a longer "sentence" is a table or junk; cut it so work per value stays bounded


def _capped(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences no longer than MAX_SENTENCE, cut at a line break where there is one."""
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        while end - start > MAX_SENTENCE:
            cut = text.rfind("\n", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut + 1 if cut > start else start + MAX_SENTENCE
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


_EMPTY_CELL = " \t\r\f\v|"  # what a line holds when it is blank, or a flattened table's empty cell


@dataclass(frozen=True, slots=True)
class Document:
    """Normalised text with its line and paragraph tables, and what is known so far."""

    text: str
    line_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]
    release_date: dt.date | None = None
    is_html: bool = False
    _sentences: list[tuple[int, int]] = field(default_factory=list, compare=False, repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def memo(self, key: str, compute: Callable[[Document], _T]) -> _T:
        """A derived view (contact blocks, boilerplate spans) computed once per text: steps
        that need the same regions do not find them twice. Pure: same text, same value."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        value: _T = self._memo[key]
        return value

    @classmethod
    def from_text(cls, text: str, *, release_date: dt.date | None = None, is_html: bool = False) -> Document:
        clean = single_spaced(normalise(text))
        lines = [0]
        at = clean.find("\n")
        while at >= 0:
            lines.append(at + 1)
            at = clean.find("\n", at + 1)
        paragraphs = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(clean))]
        return cls(clean, tuple(lines), tuple(paragraphs), release_date, is_html)

    def knowing(self, release_date: dt.date | None) -> Document:
        """The same view with the release date filled in (once the dateline is read)."""
        if release_date is None or self.release_date is not None:
            return self
        return replace(self, release_date=release_date)

    def broken_at(self, offsets: list[int]) -> Document:
        """The same text with the spaces at ``offsets`` made line breaks: a run-on line read as
        the lines it was set in. Every offset keeps its place, so spans found in the view hold
        in the text."""
        if not offsets:
            return self
        chars = list(self.text)
        for at in offsets:
            chars[at] = "\n"
        text = "".join(chars)
        starts = sorted({*self.line_starts, *(at + 1 for at in offsets)})
        return replace(self, text=text, line_starts=tuple(starts), _sentences=[], _memo={})

    # Lines -----------------------------------------------------------------------------
    def line_index(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    def line_bounds(self, index: int) -> tuple[int, int]:
        start = self.line_starts[index]
        end = self.line_starts[index + 1] - 1 if index + 1 < len(self.line_starts) else len(self.text)
        return start, end

    def line_at(self, offset: int) -> tuple[int, int]:
        return self.line_bounds(self.line_index(offset))

    def filled_lines_above(self, index: int, reach: int) -> Iterator[tuple[int, int]]:
        """(start, end) of each line with text among the `reach` lines above line `index`,
        nearest first: the walk up to a block's heading. (A flattened table's empty cell, a
        line of a bar alone, holds none.)"""
        for above in range(index - 1, max(-1, index - 1 - reach), -1):
            a, b = self.line_bounds(above)
            if self.text[a:b].strip(_EMPTY_CELL):
                yield a, b

    def filled_lines_below(self, index: int, reach: int) -> Iterator[tuple[int, int]]:
        """(start, end) of each line with text among the `reach` lines below line `index`, nearest first."""
        for below in range(index + 1, min(len(self.line_starts), index + 1 + reach)):
            a, b = self.line_bounds(below)
            if self.text[a:b].strip(_EMPTY_CELL):
                yield a, b

    def lines(self, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
        """(start, end, text) of each line overlapping [start, end)."""
        stop = len(self.text) if end is None else end
        index = self.line_index(start)
        while index < len(self.line_starts) and self.line_starts[index] < stop:
            a, b = self.line_bounds(index)
            yield a, b, self.text[a:b]
            index += 1

    # Paragraphs and sentences -------------------------------------------------------------
    def paragraph_at(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        start = self.paragraph_starts[index]
        end = self.paragraph_starts[index + 1] if index + 1 < len(self.paragraph_starts) else len(self.text)
        return start, end

    def sentences(self) -> list[tuple[int, int]]:
        """Sentence bounds, computed once: a sentence ends at '. ' before a capital, a
        blank line, or a bullet; it never spans a paragraph break."""
        if not self._sentences:
            bounds: list[tuple[int, int]] = []
            start = 0
            for match in _SENTENCE_END.finditer(self.text):
                cut = match.start() + (self.text[match.start()] != "\n")  # after the punctuation
                if cut > start:
                    bounds.append((start, cut))
                start = match.end()
            if start < len(self.text):
                bounds.append((start, len(self.text)))
            self._sentences.extend(_capped(self.text, bounds) or [(0, 0)])
        return self._sentences

    def sentence_index(self, offset: int) -> int:
        sentences = self.sentences()
        index = bisect.bisect_right(sentences, (offset, len(self.text) + 1)) - 1
        return max(index, 0)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        return self.sentences()[self.sentence_index(offset)]
