"""Batches: folders and glob patterns walked lazily, progress on a terminal, a summary line."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import prparse.cli
from conftest import FIXTURES, SEED
from prparse.cli import main
from prparse.walk import RELEASE_SUFFIXES, expand_inputs, is_expanded

BATCH = FIXTURES / "batch"
SEED_TEXT = SEED.read_bytes()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """archive/ with releases at two depths, files to ignore, and a hidden folder."""
    root = tmp_path / "archive"
    (root / "2013" / "q3").mkdir(parents=True)
    (root / "2014").mkdir()
    (root / ".cache").mkdir()
    (root / "2013" / "q3" / "b.txt").write_bytes(SEED_TEXT)
    (root / "2013" / "a.HTML").write_text("<p>Nothing scheduled.</p>", encoding="utf-8")
    (root / "2013" / "notes.json").write_text("{}", encoding="utf-8")
    (root / "2014" / "c.md").write_text("No events here.", encoding="utf-8")
    (root / "2014" / ".hidden.txt").write_bytes(SEED_TEXT)
    (root / ".cache" / "d.txt").write_bytes(SEED_TEXT)
    (root / "z.htm").write_text("Plain words.", encoding="utf-8")
    return root


def rel(paths: Iterator[str] | list[str], root: Path) -> list[str]:
    return [Path(path).relative_to(root).as_posix() for path in paths]


def test_suffixes() -> None:
    assert sorted(RELEASE_SUFFIXES) == [".htm", ".html", ".md", ".txt"]


def test_directory_is_walked_sorted_recursively_by_suffix(tree: Path) -> None:
    assert rel(expand_inputs([str(tree)]), tree) == ["2013/a.HTML", "2013/q3/b.txt", "2014/c.md", "z.htm"]


def test_glob_patterns(tree: Path) -> None:
    assert rel(expand_inputs([str(tree / "**" / "*.txt")]), tree) == ["2013/q3/b.txt"]
    # a match that is a folder is walked; a file matched by name is taken whatever its suffix
    assert rel(expand_inputs([str(tree / "201?")]), tree) == ["2013/a.HTML", "2013/q3/b.txt", "2014/c.md"]
    assert rel(expand_inputs([str(tree / "2013" / "*.json")]), tree) == ["2013/notes.json"]


def test_explicit_files_stdin_and_unmatched_patterns_pass_through(tree: Path) -> None:
    missing = str(tree / "nothing-*.txt")
    notes = str(tree / "2013" / "notes.json")
    assert list(expand_inputs(["-", notes, missing])) == ["-", notes, missing]
    assert is_expanded(str(tree)) and is_expanded(str(tree / "*.htm"))
    assert not is_expanded(notes) and not is_expanded("-") and not is_expanded(missing.replace("*", ""))


def test_walking_is_lazy(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[str] = []
    real_scandir = os.scandir

    def recording_scandir(path: Any) -> Any:
        scanned.append(Path(path).name)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", recording_scandir)
    paths = expand_inputs([str(tree)])
    assert scanned == []  # nothing is listed before the first path is asked for
    assert Path(next(paths)).name == "a.HTML"
    assert scanned == ["archive", "2013"]  # 2014/ is not listed yet
    assert len(list(paths)) == 3


def run(args: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "prparse", *args], input=stdin, capture_output=True, timeout=120, check=False
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_cli_folder_gives_json_lines_and_a_summary(tree: Path) -> None:
    code, out, err = run([str(tree)])
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert rel([record["path"] for record in records], tree) == ["2013/a.HTML", "2013/q3/b.txt", "2014/c.md", "z.htm"]
    assert records[1]["events"][0]["starts_at"] == "2013-08-02T08:00:00-04:00"
    assert err == "prparse: 1 parsed, 3 empty, 0 failed\n"  # no progress counter in a pipe


def test_cli_quoted_glob_and_quiet(tree: Path) -> None:
    code, out, err = run(["--quiet", "--format", "csv", str(tree / "**" / "*.txt")])
    assert code == 0 and err == ""
    assert [row["starts_at"] for row in csv.DictReader(io.StringIO(out))] == [
        "2013-08-02T08:00:00-04:00",
        "2013-08-14T12:45:00-04:00",
    ]


def test_cli_summary_counts_failures_and_the_batch_goes_on(tree: Path) -> None:
    (tree / "2014" / "junk.txt").write_bytes(bytes(range(256)) * 50)
    code, out, err = run([str(tree), str(tree / "missing.txt")])
    assert code == 1
    assert len(out.splitlines()) == 4
    lines = err.splitlines()
    assert lines[:2] == [f"prparse: {tree / '2014' / 'junk.txt'}: not text (binary data)", lines[1]]
    assert "missing.txt" in lines[1]
    assert lines[2] == "prparse: 1 parsed, 3 empty, 2 failed"


def test_cli_ics_through_the_binary_stdout(tree: Path) -> None:
    code, out, _ = run(["--format", "ics", str(tree)])
    assert code == 0
    assert out.startswith("BEGIN:VCALENDAR\r\n") and out.endswith("END:VCALENDAR\r\n")
    assert "DTSTART;TZID=America/New_York:20130802T080000\r\n" in out
    assert out.count("BEGIN:VEVENT") == 2


def test_cli_json_format_for_a_batch_is_one_array(tree: Path) -> None:
    code, out, _ = run(["--format", "json", "--quiet", str(tree)])
    assert code == 0
    records = json.loads(out)
    assert rel([record["path"] for record in records], tree) == ["2013/a.HTML", "2013/q3/b.txt", "2014/c.md", "z.htm"]


def test_cli_jsonl_contradicting_format_is_a_usage_error() -> None:
    code, _, err = run(["--jsonl", "--format", "csv", str(SEED)])
    assert code == 2 and "--jsonl" in err


def test_cli_workers_keep_folder_order(tree: Path) -> None:
    code, out, err = run(["--workers", "2", "--format", "jsonl", str(tree)])
    assert code == 0
    assert rel([json.loads(line)["path"] for line in out.splitlines()], tree) == [
        "2013/a.HTML",
        "2013/q3/b.txt",
        "2014/c.md",
        "z.htm",
    ]
    assert err == "prparse: 1 parsed, 3 empty, 0 failed\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counter_on_a_terminal_then_the_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prparse.cli, "_REDRAW_SECONDS", 0.0)  # draw every file
    err = Terminal()
    assert main([str(SEED), str(BATCH)], stdout=io.StringIO(), stderr=err) == 0
    screen = err.getvalue()
    assert "\r\x1b[Kprparse: 1 file: 1 parsed, 0 empty, 0 failed" in screen
    assert "\r\x1b[Kprparse: 4 files: 3 parsed, 1 empty, 0 failed" in screen
    assert screen.endswith("\r\x1b[Kprparse: 3 parsed, 1 empty, 0 failed\n")  # the counter is replaced


def test_quiet_and_pipes_show_no_counter() -> None:
    err = Terminal()
    assert main(["--quiet", str(BATCH)], stdout=io.StringIO(), stderr=err) == 0
    assert err.getvalue() == ""
    pipe = io.StringIO()
    assert main([str(SEED), str(SEED)], stdout=io.StringIO(), stderr=pipe) == 0
    assert pipe.getvalue() == "prparse: 2 parsed, 0 empty, 0 failed\n"  # a pipe: the summary, no counter
    single = Terminal()
    assert main([str(SEED)], stdout=io.StringIO(), stderr=single) == 0
    assert single.getvalue() == ""  # one file is not a batch


def test_output_streams_while_the_batch_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file's rows are written before the next file is parsed: nothing waits for the batch."""
    log: list[str] = []
    real_parse = prparse.cli.parse

    def logging_parse(text: str, **kwargs: Any) -> prparse.PressRelease:
        log.append("parse")
        return real_parse(text, **kwargs)

    class Out(io.StringIO):
        def write(self, text: str) -> int:
            log.append("write")
            return super().write(text)

    monkeypatch.setattr(prparse.cli, "parse", logging_parse)
    assert main(["--format", "csv", str(SEED), str(SEED), str(SEED)], stdout=Out(), stderr=io.StringIO()) == 0
    compact = [entry for i, entry in enumerate(log) if i == 0 or log[i - 1] != entry]
    assert compact == ["write", "parse", "write", "parse", "write", "parse", "write"]  # header, then per file
