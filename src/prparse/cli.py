"""The ``prparse`` command: releases in, JSON out.

    prparse FILE            indented JSON for one release
    prparse A B C           JSON Lines, one object per input with its "path"
    prparse - < FILE        read standard input
    prparse --schema        the JSON Schema of the output

Unreadable inputs get one line on stderr each; the rest of the batch goes on; exit 1.
Usage errors exit 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .batch import ParseFailure, iter_parse_many
from .errors import UnreadableInput
from .models import PressRelease
from .pipeline import parse

_BINARY_SHARE = 0.10  # more control bytes than this and a file is not text


def decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is dropped), else cp1252, else latin-1; binary files are refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data:
        sample = data[:8192]
        controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
        if (b"\x00" in sample[:1024] and controls / len(sample) > 0.01) or controls / len(sample) > _BINARY_SHARE:
            raise UnreadableInput(f"{name}: not text (binary data)")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_input(source: str, stdin: TextIO) -> str:
    if source == "-":
        buffer = getattr(stdin, "buffer", None)
        return decode(buffer.read(), "<stdin>") if buffer is not None else stdin.read()
    path = Path(source)
    try:
        data = path.read_bytes()
    except IsADirectoryError as error:
        raise UnreadableInput(f"{source}: is a directory") from error
    except OSError as error:
        raise UnreadableInput(f"{source}: {error.strerror or error}") from error
    return decode(data, source)


def release_json(release: PressRelease) -> dict[str, Any]:
    return release.model_dump(mode="json")


def _parse_sources(
    sources: Sequence[str], stdin: TextIO, html: bool | None, workers: int | None = 1
) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    if workers != 1:
        yield from _parse_sources_pooled(sources, stdin, html, workers)
        return
    for source in sources:
        try:
            text = read_input(source, stdin)
        except UnreadableInput as error:
            yield source, None, str(error)
            continue
        try:
            yield source, release_json(parse(text, html=html)), None
        except Exception as error:  # a bug of ours must not stop a batch
            yield source, None, f"{source}: could not be parsed ({type(error).__name__}: {error})"


def _parse_sources_pooled(
    sources: Sequence[str], stdin: TextIO, html: bool | None, workers: int | None
) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """Like _parse_sources, the parsing spread over worker processes; same order, same error lines.

    Files are read here, lazily, as the pool asks for more; `read` queues each source in
    input order with its read error, so unreadable files are reported in their place.
    """
    read: deque[tuple[str, str | None]] = deque()

    def texts() -> Iterator[str]:
        for source in sources:
            try:
                text = read_input(source, stdin)
            except UnreadableInput as error:
                read.append((source, str(error)))
                continue
            read.append((source, None))
            yield text

    def unreadable_before_next() -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
        while read and read[0][1] is not None:
            source, error = read.popleft()
            yield source, None, error

    for result in iter_parse_many(texts(), workers=workers, html=html):
        yield from unreadable_before_next()
        source, _ = read.popleft()
        if isinstance(result, ParseFailure):
            yield source, None, f"{source}: could not be parsed ({result.error}: {result.message})"
        else:
            yield source, release_json(result), None
    yield from unreadable_before_next()


def _workers(value: str) -> int | None:
    count = int(value)
    if count < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per core) or more")
    return count or None


_SPAN_ARRAY = re.compile(r"\[\s+(\d+),\s+(\d+)\s+\]")


def pretty_json(record: dict[str, Any]) -> str:
    """Indented JSON with each [start, end] span kept on one line."""
    return _SPAN_ARRAY.sub(r"[\1, \2]", json.dumps(record, indent=2, ensure_ascii=False))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="prparse", description="Parse press releases into JSON.")
    parser.add_argument("inputs", nargs="*", help="files to parse; '-' reads standard input")
    parser.add_argument("--jsonl", action="store_true", help="JSON Lines even for a single input")
    parser.add_argument("--schema", action="store_true", help="print the JSON Schema of the output and exit")
    parser.add_argument("--html", action="store_true", default=None, help="treat inputs as HTML (default: detect)")
    parser.add_argument("--text", dest="html", action="store_false", help="treat inputs as plain text")
    parser.add_argument(
        "--workers", type=_workers, default=1, metavar="N", help="parse on N processes (0: one per core; default 1)"
    )
    parser.add_argument("--version", action="version", version=f"prparse {__version__}")
    return parser


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = stdout or sys.stdout
    source_stream = stdin or sys.stdin
    if args.schema:
        json.dump(PressRelease.model_json_schema(), out, indent=2)
        out.write("\n")
        return 0
    inputs: list[str] = args.inputs or ["-"]
    as_lines = args.jsonl or len(inputs) > 1
    failed = False
    for source, record, error in _parse_sources(inputs, source_stream, args.html, args.workers):
        if error is not None or record is None:
            print(f"prparse: {error}", file=sys.stderr)
            failed = True
            continue
        if as_lines:
            out.write(json.dumps({"path": source, **record}, ensure_ascii=False) + "\n")
        else:
            out.write(pretty_json(record) + "\n")
        out.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
