"""Turn command-line inputs (files, directories, glob patterns, ``-``) into paths, lazily.

Directories are walked recursively in sorted order, one directory at a time, so a
folder of a million releases starts producing paths at once and is never listed whole.
Inside a directory only files named like releases are picked up (:data:`RELEASE_SUFFIXES`,
case-insensitively); hidden files and folders (a leading ``.``) are skipped, and
symbolic links to folders are not followed (no loops). A file named explicitly, or
matched by a glob pattern, is taken whatever its suffix: the name or pattern is the filter.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

RELEASE_SUFFIXES: frozenset[str] = frozenset({".txt", ".html", ".htm", ".md"})
"""File name endings picked up when a directory is walked."""

_GLOB_CHARS = frozenset("*?[")


def is_pattern(arg: str) -> bool:
    """True for an argument that names a glob pattern rather than an existing path."""
    return any(char in _GLOB_CHARS for char in arg) and not os.path.lexists(arg)


def is_expanded(arg: str) -> bool:
    """True for an argument that stands for many files: a directory or a glob pattern."""
    return arg != "-" and (os.path.isdir(arg) or is_pattern(arg))


def walk_directory(directory: str) -> Iterator[str]:
    """Release files under ``directory``, depth first, sorted by name at each level."""
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        return  # unreadable folder: nothing to yield (its files cannot be opened either)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk_directory(entry.path)
        elif Path(entry.name).suffix.lower() in RELEASE_SUFFIXES and entry.is_file():
            yield entry.path


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Each input as the paths it stands for, in order; ``-`` (standard input) passes through.

    A directory yields the release files under it; a glob pattern (``*``, ``?``, ``[...]``,
    ``**`` for any depth) yields its matches sorted, walking those that are directories.
    A pattern that matches nothing, like a missing file, is yielded as it is, so that
    reading it reports the problem by name.
    """
    for arg in inputs:
        if arg == "-":
            yield arg
        elif os.path.isdir(arg):
            yield from walk_directory(arg)
        elif is_pattern(arg):
            matches = sorted(glob.iglob(arg, recursive=True))
            if not matches:
                yield arg
            for match in matches:
                if os.path.isdir(match):
                    yield from walk_directory(match)
                else:
                    yield match
        else:
            yield arg


def read_release(path: str | os.PathLike[str]) -> str:
    """The text of one release file, decoded as the command line does (UTF-8, cp1252, latin-1).

    Raises :class:`prparse.UnreadableInput` for a missing, unreadable or binary file.
    """
    from .cli import read_input  # the command line owns decoding; imported here to avoid a cycle

    name = os.fspath(path)
    return read_input(os.path.join(os.curdir, name) if name == "-" else name, sys.stdin)


def decode_release(data: bytes, name: str = "<bytes>") -> str:
    """Release bytes (from a cluster's file reader, say) as text, decoded as :func:`read_release` does.

    Raises :class:`prparse.UnreadableInput` for binary data.
    """
    from .cli import decode

    return decode(data, name)
