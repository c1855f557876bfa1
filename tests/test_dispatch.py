"""A leading alternation regrouped by first letter matches exactly as written."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from prparse.dispatch import _first_chars, first_letter_dispatch


@pytest.mark.parametrize(
    ("branch", "first"),
    [
        ("ended", {"e"}),
        (r"\bSEC[\"”)]{0,2}", {"s"}),
        (r"(?<!\bas\s)(?:originally|previously)", {"o", "p"}),
        (r"(?<=\()being", {"b"}),
        (r"(?:19|20)\d\d", {"1", "2"}),
        (r"(?-i:Ordinance|Act)\b", {"o", "a"}),
        (r"(?:tele)?phone\sconferences?", {"t", "p"}),
        (r"x{0,2}y", {"x", "y"}),
        (r"[Tt]he\sMeeting", {"t"}),
        # whatever a class or a shorthand allows: declined
        (r"\p{Lu}\p{Ll}+", None),
        (r"\w{1,9}", None),
        (r"[^.]{3}", None),
        (r"(?:|a)b", None),
    ],
)
def test_the_first_characters_of_a_branch(branch: str, first: set[str] | None) -> None:
    assert _first_chars(branch) == (frozenset(first) if first is not None else None)


@pytest.mark.parametrize(
    "source",
    [
        r"(?:a|b|c|d|e|f)",  # (short enough: six branches, one leaf)
        r"\b(?:ab|ac|ad|ae|af|ag|ah|\w)",  # a branch that can open with anything
        r"\b(?:a(?P<x>b)|ac|ad|ae|af|ag|ah|ai)",  # a capture: it could be numbered twice
        r"(?>ab|bc|cd|de|ef|fg|gh|hi)",  # an atomic group
        r"z(?<=(?:ab|bc|cd|de|ef|fg|gh|hi)z)",  # a look-behind, which the engine reads backwards
        r"(?i)(?:www\.|https?://|visit|web|for\s)",  # a global flag; five branches
    ],
)
def test_shapes_it_does_not_read_are_left_as_written(source: str) -> None:
    assert first_letter_dispatch(source, min_branches=7) == source


@pytest.mark.parametrize(
    ("source", "opening"),
    [
        (r"\b(?:ended|as\sof|through|until|since|record|payable|paid|effective|deadline)\s$", r"\b(?:(?=["),
        # anywhere in the pattern, inside other groups
        (r"x(?:ab|bc|cd|de|ef|fg|gh|hi)y", r"x(?:(?=["),
        (r"(?P<x>(?:ab|bc|cd|de|ef|fg|gh|hi)z)", r"(?P<x>(?:(?=["),
        # inside a named group that holds just it, its inline flags kept
        (r"(?<![\w.])(?P<x>(?i:nasdaq|nyse|tsx|asx|lse|euronext|xetra))\s:", r"(?<![\w.])(?P<x>(?i:(?:(?=["),
    ],
)
def test_a_long_alternation_is_regrouped(source: str, opening: str) -> None:
    assert first_letter_dispatch(source, min_branches=7).startswith(opening)


# Words that share their first letters and prefixes, so the order of branches decides.
WORDS = ["a", "as", "at", "end", "ended", "ending", "e", "the", "th", "by", "sec", "SEC", "ſec", "19", "20", "Kelvin"]
BRANCH = st.lists(st.sampled_from(WORDS), min_size=1, max_size=2).map(r"\s".join)
OPTIONAL_HEAD = st.sampled_from(["", "(?:the\\s)?", "(?<!as\\s)", "\\b"])


@settings(max_examples=400, deadline=None)
@given(
    heads=st.lists(OPTIONAL_HEAD, min_size=8, max_size=14),
    branches=st.lists(BRANCH, min_size=8, max_size=14),
    tail=st.sampled_from(["", r"\s", r"[,:]?\s{1,3}$", r"\b"]),
    text=st.lists(st.sampled_from([*WORDS, " ", ", ", "\n", "x"]), max_size=30).map("".join),
    ignore_case=st.booleans(),
    wrapped=st.sampled_from([None, "", "i", "-i"]),
    prefix=st.sampled_from(["", "x?", r"(?:the\s)?", r"\s{0,2}"]),
)
def test_regrouped_alternations_match_as_written(
    heads: list[str], branches: list[str], tail: str, text: str, ignore_case: bool, wrapped: str | None, prefix: str
) -> None:
    alternation = "|".join(h + b for h, b in zip(heads, branches, strict=False))
    source = (r"\b(?:" if wrapped is None else rf"(?<!\w)(?P<name>(?{wrapped}:") + alternation + ")"
    source += tail if wrapped is None else ")" + tail
    source = prefix + source
    flags = regex.IGNORECASE if ignore_case else 0
    plain, regrouped = regex.compile(source, flags), regex.compile(first_letter_dispatch(source, min_branches=7), flags)
    assert [(m.span(), m.group()) for m in regrouped.finditer(text)] == [
        (m.span(), m.group()) for m in plain.finditer(text)
    ]
    for start in range(0, len(text) + 1, 3):
        found, expected = regrouped.search(text, start), plain.search(text, start)
        assert (found and found.span()) == (expected and expected.span())
