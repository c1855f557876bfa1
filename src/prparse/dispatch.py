"""A long alternation of cue words regrouped by first letter, for the ``regex`` engine.

``\\b(?:ended|ending|as\\sof|through|...)`` costs the engine a step for every branch at every
word start: some 20 ns a branch, 16 µs for a 64-character lead against 70 branches. The
engine has no jump table on the first character, so the same branches are regrouped under
lookahead guards that halve the alphabet (``(?=[a-mA-M])(?:...)|(?=[n-zN-Z])(?:...)``): a
word start meets a handful of guards and the few branches that can open with its letter.

Leftmost-first matching is kept: at any position only branches that can open with the
character there can match, and they are tried in their original order. The rewrite is
declined (the source is returned unchanged) for any shape it does not read: a branch that can
open with any character (a class, ``\\w``, ``\\p{..}``), or an alternation that is not the
pattern's first element.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_GROUP_OPENER = re.compile(r"\(\?(?:[a-zA-Z]*-?[a-zA-Z]*:)?")
_LOOKAROUND = re.compile(r"\(\?<?[=!]")
_NAMED_GROUP = re.compile(r"\(\?P?<(?![=!])[A-Za-z_]\w*>")
_CAPTURE = re.compile(r"\((?!\?)|\(\?P?<(?![=!])")
_ESCAPES_AND_CLASSES = re.compile(r"\\p\{[^}]*\}|\\.|\[\^?\]?(?:\\.|[^\]\\])*\]")
LEAF_SIZE = 6  # branches a guard leaves before the engine tries them one by one


def first_letter_dispatch(source: str) -> str:
    """``source`` with its leading alternation regrouped by first letter, or ``source`` itself
    when the shape is not one it reads. The alternation is a non-capturing group, maybe with
    inline flags (``(?i:...)``), that opens the pattern: after ``\\b`` and look-arounds, and
    inside a named group that holds just it (``(?<![\\w.])(?P<exchange>(?i:nasdaq|nyse|...))``)."""
    try:
        start = _skip_zero_width(source, 0)
        named = _NAMED_GROUP.match(source, start)
        if named is not None:
            start = named.end()
        opener, branches, end = _split_group(source, start)
        firsts = [_first_chars(branch) for branch in branches]
    except ValueError:
        return source
    if not opener.endswith(":") or len(branches) <= LEAF_SIZE or any(first is None for first in firsts):
        return source
    if named is not None and source[end : end + 1] != ")":
        return source  # (the named group holds more than the alternation)
    if any(_CAPTURE.search(_ESCAPES_AND_CLASSES.sub("", branch)) for branch in branches):
        return source  # (a branch may land under two guards: its groups would be numbered twice)
    items = [(branch, first) for branch, first in zip(branches, firsts, strict=True) if first]
    alphabet = sorted(set().union(*(first for _, first in items)))
    regrouped = _halved(alphabet, items)
    if opener != "(?:":
        regrouped = f"{opener}{regrouped})"  # (its flags kept: "(?i:" ... ")")
    return source[:start] + regrouped + source[end:]


def _skip_zero_width(source: str, at: int) -> int:
    """Past any ``\\b`` and look-arounds at ``source[at]``."""
    while True:
        if source.startswith("\\b", at):
            at += 2
        elif _LOOKAROUND.match(source, at):
            at = _split_group(source, at)[2]
        else:
            return at


def _halved(chars: Sequence[str], items: list[tuple[str, frozenset[str]]]) -> str:
    """The branches that can open with one of ``chars``, in order, under guards that halve them."""
    wanted = set(chars)
    kept = [(branch, first) for branch, first in items if first & wanted]
    if len(kept) <= LEAF_SIZE or len(chars) == 1:
        return "(?:" + "|".join(branch for branch, _ in kept) + ")"
    half = len(chars) // 2
    left, right = chars[:half], chars[half:]
    return f"(?:(?={_class(left)}){_halved(left, kept)}|(?={_class(right)}){_halved(right, kept)})"


def _class(chars: Sequence[str]) -> str:
    return "[" + "".join(re.escape(c) + (re.escape(c.upper()) if c.upper() != c else "") for c in chars) + "]"


def _split_group(source: str, start: int) -> tuple[str, list[str], int]:
    """The group opening at ``source[start]``: its opener ("(?:"), its top-level branches, and
    the index just past its closing bracket."""
    opener = _GROUP_OPENER.match(source, start)
    if source[start : start + 1] != "(" or opener is None:
        raise ValueError("not a group")
    branches: list[str] = []
    current: list[str] = []
    depth, i = 0, opener.end()
    while i < len(source):
        char = source[i]
        if char == "\\":
            if source[i + 1 : i + 3] in ("p{", "P{"):
                close = source.index("}", i)
                current.append(source[i : close + 1])
                i = close + 1
            else:
                current.append(source[i : i + 2])
                i += 2
            continue
        if char == "[":
            close = _class_end(source, i)
            current.append(source[i : close + 1])
            i = close + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                branches.append("".join(current))
                return opener.group(), branches, i + 1
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append("".join(current))
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    raise ValueError("unbalanced brackets")


def _class_end(source: str, start: int) -> int:
    """Index of the "]" that closes the character class opening at ``source[start]``."""
    i = start + 1
    if source[i : i + 1] == "^":
        i += 1
    if source[i : i + 1] == "]":
        i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    if i >= len(source):
        raise ValueError("unclosed class")
    return i


def _first_chars(branch: str) -> frozenset[str] | None:
    """The lower-case characters a branch can open with (past look-arounds and ``\\b``), or
    None when it can open with any of a class."""
    rest = branch[_skip_zero_width(branch, 0) :]
    element = _first_element(rest)
    if element is None:
        return None
    found, end = element
    optional, after = _quantified(rest, end)
    if not optional:
        return found
    following = _first_chars(rest[after:])  # "(?:tele)?phone": the next element may open it
    return None if following is None else found | following


def _first_element(rest: str) -> tuple[frozenset[str], int] | None:
    """The characters the first element of ``rest`` can open with, and where it ends."""
    if not rest:
        return None
    char = rest[0]
    if char == "(":
        _, inner, end = _split_group(rest, 0)
        found: set[str] = set()
        for alternative in inner:
            first = _first_chars(alternative) if alternative else None  # (an empty one: any)
            if first is None:
                return None
            found |= first
        return frozenset(found), end
    if char == "[":
        close = _class_end(rest, 0)
        members = rest[1:close]
        if not members.isalnum():
            return None  # (a negated class, a range, an escape: any of many)
        return frozenset(members.lower()), close + 1  # "[Tt]he\\sMeeting"
    if char == "\\":
        escaped = rest[1:2]
        return None if not escaped or escaped.isalnum() else (frozenset(escaped), 2)
    if char in ".^$|)":
        return None
    return frozenset(char.lower()), 1


def _quantified(rest: str, end: int) -> tuple[bool, int]:
    """Whether the element ending at ``rest[end]`` may be absent, and where what follows it starts."""
    mark = rest[end : end + 1]
    if mark in ("?", "*"):
        optional, after = True, end + 1
    elif mark == "+":
        optional, after = False, end + 1
    elif mark == "{":
        close = rest.index("}", end)
        optional, after = rest[end + 1 : close].split(",")[0].strip() in ("", "0"), close + 1
    else:
        return False, end
    if rest[after : after + 1] in ("?", "+"):
        after += 1  # (lazy or possessive)
    return optional, after
