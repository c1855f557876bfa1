"""The ``prparse`` command: releases in, JSON (or CSV, or iCalendar) out.

    prparse FILE            indented JSON for one release
    prparse A B C           JSON Lines, one object per input with its "path"
    prparse DIR 'x/*.txt'   folders and glob patterns, walked lazily in sorted order
    prparse --format csv    the events table, one row per event
    prparse --format ics    one iCalendar with every event
    prparse - < FILE        read standard input
    prparse --schema        the JSON Schema of the output

Unreadable inputs get one line on stderr each; the rest of the batch goes on; exit 1.
Batches show a progress counter on stderr when it is a terminal, and end with a
one-line summary (parsed, empty, failed). Usage errors exit 2.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__
from .batch import ParseFailure, iter_parse_many
from .errors import UnreadableInput
from .ical import MissingDependency
from .models import PressRelease
from .pipeline import parse
from .table import EventsCsvWriter
from .walk import expand_inputs, is_expanded

if TYPE_CHECKING:
    from .ical import CalendarWriter

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


Outcome = tuple[str, PressRelease | None, str | None]  # source, release, error line


def _parse_sources(
    sources: Iterable[str], stdin: TextIO, html: bool | None, workers: int | None = 1
) -> Iterator[Outcome]:
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
            yield source, parse(text, html=html), None
        except Exception as error:  # a bug of ours must not stop a batch
            yield source, None, f"{source}: could not be parsed ({type(error).__name__}: {error})"


def _parse_sources_pooled(
    sources: Iterable[str], stdin: TextIO, html: bool | None, workers: int | None
) -> Iterator[Outcome]:
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

    def unreadable_before_next() -> Iterator[Outcome]:
        while read and read[0][1] is not None:
            source, error = read.popleft()
            yield source, None, error

    for result in iter_parse_many(texts(), workers=workers, html=html):
        yield from unreadable_before_next()
        source, _ = read.popleft()
        if isinstance(result, ParseFailure):
            yield source, None, f"{source}: could not be parsed ({result.error}: {result.message})"
        else:
            yield source, result, None
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


FORMATS = ("json", "jsonl", "csv", "ics")


class _Output:
    """Writes each parsed release as it comes, in the chosen format."""

    def __init__(self, fmt: str, out: TextIO, *, with_paths: bool) -> None:
        self.fmt = fmt
        self.out = out
        self.with_paths = with_paths
        self.count = 0
        self._csv: EventsCsvWriter | None = None
        self._calendar: CalendarWriter | None = None
        if fmt == "csv":
            self._csv = EventsCsvWriter(out)
        elif fmt == "ics":
            from .ical import CalendarWriter  # needs the optional icalendar package

            self._calendar = CalendarWriter()

    def write(self, source: str, release: PressRelease) -> None:
        if self._csv is not None:
            self._csv.write(release, source)
        elif self._calendar is not None:
            self._calendar.add(release)
            return  # the calendar is written whole at the end
        elif self.fmt == "jsonl":
            self.out.write(json.dumps({"path": source, **release_json(release)}, ensure_ascii=False) + "\n")
        elif self.with_paths:  # --format json for a batch: one JSON array, streamed
            self.out.write("[\n" if self.count == 0 else ",\n")
            self.out.write(pretty_json({"path": source, **release_json(release)}))
        else:
            self.out.write(pretty_json(release_json(release)) + "\n")
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self._calendar is not None:
            with self._calendar:
                buffer = getattr(self.out, "buffer", None)
                if buffer is not None:
                    self.out.flush()
                    self._calendar.write_to(buffer)
                    buffer.flush()
                else:
                    bytes_out = io.BytesIO()
                    self._calendar.write_to(bytes_out)
                    self.out.write(bytes_out.getvalue().decode("utf-8"))
        elif self.fmt == "json" and self.with_paths:
            self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


_REDRAW_SECONDS = 0.1  # a terminal need not be redrawn for every one of a million files


class _Progress:
    """Counts outcomes; draws a one-line counter on a terminal; says the summary."""

    def __init__(self, stream: TextIO, *, live: bool) -> None:
        self.stream = stream
        self.live = live
        self.parsed = self.empty = self.failed = 0
        self._drawn = False
        self._last = -_REDRAW_SECONDS

    def summary(self) -> str:
        return f"prparse: {self.parsed} parsed, {self.empty} empty, {self.failed} failed"

    def count(self, release: PressRelease | None) -> None:
        if release is None:
            self.failed += 1
        elif release.events:
            self.parsed += 1
        else:
            self.empty += 1
        now = time.monotonic()
        if self.live and now - self._last >= _REDRAW_SECONDS:
            self._last = now
            total = self.parsed + self.empty + self.failed
            self.stream.write(f"\r\033[Kprparse: {total} file{'s' if total != 1 else ''}: {self.summary()[9:]}")
            self.stream.flush()
            self._drawn = True

    def error(self, line: str) -> None:
        self._clear()
        print(line, file=self.stream)

    def finish(self, *, summary: bool) -> None:
        self._clear()
        if summary:
            print(self.summary(), file=self.stream)
        self.stream.flush()

    def _clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\033[K")
            self._drawn = False


def _silence(out: TextIO) -> None:
    """After a broken pipe: point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        fileno = out.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="prparse", description="Parse press releases into JSON.")
    parser.add_argument(
        "inputs",
        nargs="*",
        help="files, folders (release files under them: .txt .html .htm .md) or glob patterns; '-' reads stdin",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="json (one input; default), jsonl (batches' default), csv (one row per event), ics (iCalendar)",
    )
    parser.add_argument("--jsonl", action="store_true", help="JSON Lines even for a single input (--format jsonl)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress counter and no summary on stderr")
    parser.add_argument("--schema", action="store_true", help="print the JSON Schema of the output and exit")
    parser.add_argument("--html", action="store_true", default=None, help="treat inputs as HTML (default: detect)")
    parser.add_argument("--text", dest="html", action="store_false", help="treat inputs as plain text")
    parser.add_argument(
        "--workers", type=_workers, default=1, metavar="N", help="parse on N processes (0: one per core; default 1)"
    )
    parser.add_argument("--version", action="version", version=f"prparse {__version__}")
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    source_stream = stdin or sys.stdin
    if args.schema:
        json.dump(PressRelease.model_json_schema(), out, indent=2)
        out.write("\n")
        return 0
    if args.jsonl and args.format not in (None, "jsonl"):
        parser.error(f"--jsonl contradicts --format {args.format}")
    inputs: list[str] = args.inputs or ["-"]
    walked = any(is_expanded(arg) for arg in inputs)  # a folder or a pattern: many files
    batch = walked or len(inputs) > 1
    fmt: str = args.format or ("jsonl" if args.jsonl or batch else "json")
    try:
        output = _Output(fmt, out, with_paths=batch)
    except MissingDependency as error:
        print(f"prparse: {error}", file=err)
        return 2
    tty = _isatty(err)
    progress = _Progress(err, live=batch and tty and not args.quiet)
    try:
        for source, release, problem in _parse_sources(expand_inputs(inputs), source_stream, args.html, args.workers):
            if problem is not None or release is None:
                progress.error(f"prparse: {problem}")
                progress.count(None)
                continue
            output.write(source, release)
            progress.count(release)
        output.close()
    except BrokenPipeError:  # the reader went away (`prparse DIR | head`): stop quietly
        _silence(out)
        return 1
    finally:
        progress.finish(summary=batch and not args.quiet)
    return 1 if progress.failed else 0


if __name__ == "__main__":
    sys.exit(main())
