"""The fast scanners give exactly what the plain patterns give: LinePattern against a
MULTILINE regex, Words against a case-insensitive alternation, finditer_near against a
whole-text scan."""

from __future__ import annotations

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from prparse import document, scan
from prparse.document import normalise
from prparse.extract import contacts
from prparse.safety import compile as safe_compile
from prparse.safety import compile_lines, lowered
from prparse.scan import Words, finditer_near
from prparse.when import find_dates

LINE_PATTERNS = [
    (r"^[ \t*]{0,3}(?:About|ABOUT)\s{1,3}\w", 0),
    (r"^[ \t]{0,4}(?:contacts?|media)\b[^\n]{0,20}$", regex.IGNORECASE),
    (r"^(?:-{3,}$|[^\n]{12})", 0),  # a match that can end at the newline of the next candidate
    (r"^\s{0,3}x\s{0,3}", 0),  # "\s" swallows newlines: the next match may start on a later line
]
LINE_TEXT = st.text(alphabet=st.sampled_from(list("ab xX\n\t*-:About ABOUTcontactsmedia")), max_size=120)


@settings(max_examples=300, deadline=None)
@given(text=LINE_TEXT, pos=st.integers(0, 130), span=st.integers(0, 130))
def test_line_pattern_matches_like_multiline_regex(text: str, pos: int, span: int) -> None:
    pos = min(pos, len(text))
    endpos = min(len(text), pos + span)
    for source, flags in LINE_PATTERNS:
        plain = regex.compile(source, flags | regex.MULTILINE)
        fast = compile_lines(source, flags)
        expected = [(m.span(), m.group()) for m in plain.finditer(text, pos, endpos)]
        assert [(m.span(), m.group()) for m in fast.finditer(text, pos, endpos)] == expected
        first = plain.search(text, pos, endpos)
        found = fast.search(text, pos, endpos)
        assert (found.span() if found else None) == (first.span() if first else None)


def test_line_pattern_needs_a_caret() -> None:
    with pytest.raises(ValueError, match="opens with"):
        compile_lines(r"About")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("idIDdx .\nSymbolTICKER")), max_size=80))
def test_words_match_a_case_insensitive_alternation(text: str) -> None:
    words = Words(("symbol", "ticker"), whole=("id",))
    plain = regex.compile(r"(?i:symbol|ticker)|(?<![^\W_])(?i:id)(?![^\W_])")
    assert words.spans(text) == [m.span() for m in plain.finditer(text)]


WORD_INDEX_TEXT = st.text(alphabet=st.sampled_from(list("aAbB d.\n")), max_size=60)


@pytest.mark.skipif(scan._INDEX is None, reason="pyahocorasick (the fast extra) is not installed")
@settings(max_examples=300, deadline=None)
@given(text=WORD_INDEX_TEXT, pos=st.integers(0, 70), span=st.integers(0, 70))
def test_the_word_index_finds_what_str_find_finds(text: str, pos: int, span: int) -> None:
    """Overlapping words ("aa" in "aaa"), whole words, and stretches cut anywhere: the one
    Aho-Corasick pass over the text gives each anchor the spans its own scan gives."""
    assert scan._INDEX is not None
    words = Words(("aa", "aaa", "a.b", "b"), whole=("ab", "d"))
    pos = min(pos, len(text))
    stop = min(len(text), pos + span)
    hay = lowered(text)
    expected = words._scanned(hay, pos, stop)
    assert words._indexed(scan._INDEX.starts(hay), hay, pos, stop) == expected
    if stop - pos == len(text):
        assert words.spans(text, pos, stop) == expected


def test_lowered_keeps_offsets() -> None:
    text = "İSTANBUL and Straße"  # "İ".lower() is two characters
    low = lowered(text)
    assert len(low) == len(text)
    assert low.index("and") == text.index("and")


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(st.sampled_from(["Replay ", "REPLAYS", "replay", "İ", "a" * 90, "\n", " b "]), max_size=60).map(
        "".join
    ),
    pos=st.integers(0, 1500),
    span=st.integers(0, 1500),
)
def test_gated_pattern_searches_like_the_plain_pattern(text: str, pos: int, span: int) -> None:
    # Short stretches are lowered as slices, long ones looked up in the whole text's lower
    # case: both must answer exactly as the ungated pattern does.
    gated = safe_compile(r"(?i:re)play\b", needs=("replay",))
    plain = regex.compile(r"(?i:re)play\b")
    end = min(len(text), pos + span)
    found = gated.search(text, pos, end)
    expected = plain.search(text, pos, end)
    assert (found and found.span()) == (expected and expected.span())


def test_finditer_near_equals_full_scan_near_anchors() -> None:
    text = "Call on May 5 at 10 a.m.; " * 3 + "x" * 500 + " on June 7 at 9 a.m."
    pattern = safe_compile(r"\b(?:May|June)\s\d{1,2}\b")
    near = finditer_near(pattern, Words(("may", "june"), case=False), text, before=5, after=10)
    assert [m.group() for m in near] == [m.group() for m in pattern.finditer(text)] == ["May 5"] * 3 + ["June 7"]
    assert [
        m.group()
        for m in finditer_near(pattern, [(text.index("June"), text.index("June") + 4)], text, before=0, after=10)
    ] == ["June 7"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Thursday, August 2, 2013 at", [(2013, 8, 2, 3)]),
        ("on Thursday 20 February 2025", [(2025, 2, 20, 3)]),
        ("the 5th of March", [(None, 3, 5, None)]),
        ("through February   \n      19, 2025", [(2025, 2, 19, None)]),
        ("Aug. 2nd and Sept. 14", [(None, 8, 2, None), (None, 9, 14, None)]),
        ("Tuesday, June 25th ,2024 and May 10th , 2024", [(2024, 6, 25, 1), (2024, 5, 10, None)]),  # a stray space
        ("on Friday, the 19th day of July, 2019; this 5th day of May 2020", [(2019, 7, 19, 4), (2020, 5, 5, None)]),
        ("Market 5 and May we; 2August", []),  # no month word, a verb, no space before the month
        ("13.02.2025 and $1.20 and 2013-08-02", [(2025, 2, 13, None), (2013, 8, 2, None)]),
        ("Wednesday 09. January 2008", [(2008, 1, 9, 2)]),
        ("on Monday 28th, September 2020 at 11:30 a.m.", [(2020, 9, 28, 0)]),  # a comma after the ordinal
        ("on Wednesday, 30thSeptember, 2015 and the 4thQuarter", [(2015, 9, 30, 2)]),  # the ordinal glued on
        ("26-Apr-2019 / 16:08 MSK and SALT LAKE CITY, 2017-Aug-01 —", [(2019, 4, 26, None), (2017, 8, 1, None)]),
        ("a 12-May-ish plan, x2017-Aug-01", []),
        ("under Section 9. January sales rose; Item 2 May 2024 filing", []),  # numbered references
    ],
)
def test_find_dates_through_month_marks(text: str, expected: list[tuple[int | None, int, int, int | None]]) -> None:
    found = [(d.year, d.month, d.day, d.weekday) for d in find_dates(text) if d.relative is None]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII, nothing to map.",
        "“Quoted” – dashed\u00a0spaced\u2028lined ２０２５ \x07bell",
        "".join(chr(cp) for cp in document._ONE_FOR_ONE) * 700,  # past the partial-replacement limit
    ],
)
def test_normalise_equals_one_translate_pass(text: str) -> None:
    assert normalise(text) == text.translate(document._TABLE)
    assert len(normalise(text)) == len(text)


FIELD_TOKENS = ["Relations", "Manager", "CEO", "ir@acme.com", "Tel", "+1 212", "Media:", "Investors:", "Jane",
                "Roe", " ", "   ", " or ", "123", "4567", "abc", "LLC", "Inc.", "(201) 555-5202", ".", ":", "@",
                "Smith", "President", "Dr. ", "and", ","]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(st.sampled_from(FIELD_TOKENS), max_size=14))
def test_field_breaks_split_like_one_alternation(parts: list[str]) -> None:
    # The break patterns run one by one (an alternation of them is six times slower); where
    # they break a contact line must be where the alternation would.
    text = "".join(parts)
    assume(not contacts.domain_names(text))  # (an address's domain name is never broken: tested on its own)
    branches = [regex.sub(r"\(\?P<cut>\)(.*)$", r")(?=\1)", f"(?<={b}" if "(?P<cut>)" in b else b)
                for _, b in contacts._FIELD_BREAKS]  # fmt: skip
    plain = regex.compile("|".join(branches))
    assert contacts._field_breaks(text) == [m.span() for m in plain.finditer(text)]
