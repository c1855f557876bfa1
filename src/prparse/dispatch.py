"""A long alternation of cue words regrouped by first letter, for the ``regex`` engine.

``\\b(?:ended|ending|as\\sof|through|...)`` costs the engine a step for every branch at every
word start: some 20 ns a branch, 16 µs for a 64-character lead against 70 branches. The
engine has no jump table on the first character, so the same branches are regrouped under
lookahead guards that halve the alphabet (``(?=[a-mA-M])(?:...)|(?=[n-zN-Z])(?:...)``): a
word start meets a handful of guards and the few branches that can open with its letter.

Matching is unchanged, backtracking included: wherever the group is tried, only branches that
can open with the character there can match, and they are tried in their original order. A
group is left as written where the rewrite cannot be sure of that: a branch that can open with
any of a class (``\\w``, ``\\p{..}``, a range) or with nothing, a capture inside (it could be
numbered twice), a look-behind (read backwards), an atomic group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Any group's opening: "(", "(?:", "(?i:", "(?-i:", "(?>", "(?=", "(?!", "(?<=", "(?<!", "(?P<name>",
# and a global flag's "(?i" (closed at once).
_GROUP_OPENER = re.compile(r"\((?:\?(?:P?<[A-Za-z_]\w*>|<[=!]|[>=!]|[a-zA-Z]*-?[a-zA-Z]*:?))?")
_FLAGS_GROUP = re.compile(r"\(\?[a-zA-Z]*-?[a-zA-Z]*:")
_LOOKAROUND = re.compile(r"\(\?<?[=!]")
_CAPTURE = re.compile(r"\((?!\?)|\(\?P?<(?![=!])")
_ESCAPES_AND_CLASSES = re.compile(r"\\p\{[^}]*\}|\\.|\[\^?\]?(?:\\.|[^\]\\])*\]")
LEAF_SIZE = 6  # branches a guard leaves before the engine tries them one by one
MIN_BRANCHES = 24  # a shorter alternation costs about as much as its guards would (measured: 10, 16, 24, 32, 48)


def first_letter_dispatch(source: str, *, min_branches: int = MIN_BRANCHES) -> str:
    """``source`` with each long alternation of words regrouped by first letter, or ``source``
    itself where it cannot read the pattern. A group is regrouped when it is non-capturing
    (maybe with inline flags: ``(?i:nasdaq|nyse|...)``), has ``min_branches`` or more, each
    opening with known characters, and holds no capture; groups inside groups are read too,
    look-behinds are left as written (the engine reads them backwards)."""
    try:
        return _rewritten(source, min_branches)
    except (ValueError, IndexError):
        return source


def _rewritten(source: str, min_branches: int) -> str:
    out: list[str] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            step = source.index("}", i) + 1 - i if source[i + 1 : i + 3] in ("p{", "P{") else 2
            out.append(source[i : i + step])
            i += step
        elif char == "[":
            close = _class_end(source, i)
            out.append(source[i : close + 1])
            i = close + 1
        elif char == "(":
            opener, branches, end = _split_group(source, i)
            if opener in ("(?<=", "(?<!"):
                out.append(source[i:end])
            else:
                out.append(_regrouped(opener, branches, min_branches))
            i = end
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _regrouped(opener: str, branches: list[str], min_branches: int) -> str:
    """A group read by :func:`_rewritten`: its branches rewritten, and regrouped by first
    letter when it qualifies."""
    inner = [_rewritten(branch, min_branches) for branch in branches]
    plain = opener + "|".join(inner) + ")"
    if not (opener == "(?:" or _FLAGS_GROUP.fullmatch(opener)) or len(branches) < max(min_branches, LEAF_SIZE + 1):
        return plain
    firsts = [_first_chars(branch) for branch in branches]
    if any(first is None for first in firsts):
        return plain
    if any(_CAPTURE.search(_ESCAPES_AND_CLASSES.sub("", branch)) for branch in branches):
        return plain  # (a branch may land under two guards: its groups would be numbered twice)
    items = [(branch, first) for branch, first in zip(inner, firsts, strict=True) if first]
    alphabet = sorted(set().union(*(first for _, first in items)))
    regrouped = _halved(alphabet, items)
    return regrouped if opener == "(?:" else f"{opener}{regrouped})"  # (its flags kept: "(?i:" ... ")")


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
    if opener is None:
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
