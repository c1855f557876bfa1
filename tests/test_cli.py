"""The prparse command: one file, many files, stdin, schema, errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED
from prparse.cli import decode, main


def run(args: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "prparse", *args], input=stdin, capture_output=True, timeout=120, check=False
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_one_file_prints_indented_json() -> None:
    code, out, _ = run([str(SEED)])
    assert code == 0
    assert out.startswith("{\n  ")
    record = json.loads(out)
    assert record["events"][0]["starts_at"] == "2013-08-02T08:00:00-04:00"
    assert "path" not in record


def test_several_files_stream_json_lines_with_paths(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Nothing to see here.", encoding="utf-8")
    code, out, _ = run([str(SEED), str(other)])
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["path"] for line in lines] == [str(SEED), str(other)]
    assert lines[0]["company"] == "ImmunoGen, Inc."
    assert lines[1]["events"] == []


def test_jsonl_flag_for_one_input() -> None:
    code, out, _ = run(["--jsonl", str(SEED)])
    assert code == 0
    assert len(out.splitlines()) == 1
    assert json.loads(out)["path"] == str(SEED)


def test_stdin() -> None:
    code, out, _ = run(["-"], stdin=SEED.read_bytes())
    assert code == 0
    assert [(t["exchange"], t["symbol"]) for t in json.loads(out)["tickers"]] == [("NASDAQ", "IMGN")]


def test_unreadable_inputs_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    binary = tmp_path / "junk.bin"
    binary.write_bytes(bytes(range(256)) * 50)
    missing = tmp_path / "missing.txt"
    code, out, err = run([str(missing), str(binary), str(SEED)])
    assert code == 1
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(SEED)]
    errors = err.strip().splitlines()
    assert len(errors) == 3
    assert str(missing) in errors[0] and str(binary) in errors[1]
    assert errors[2] == "prparse: 1 parsed, 0 empty, 2 failed"
    code, _, quiet_err = run(["--quiet", str(missing), str(SEED)])
    assert code == 1 and len(quiet_err.strip().splitlines()) == 1


def test_usage_error_exits_2() -> None:
    code, _, err = run(["--no-such-flag"])
    assert code == 2
    assert "usage" in err


def test_schema_and_version() -> None:
    out = io.StringIO()
    assert main(["--schema"], stdout=out) == 0
    assert json.loads(out.getvalue())["title"] == "PressRelease"
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbfplain", "plain"),
        ("caf\u00e9".encode(), "caf\u00e9"),
        ("caf\u00e9 \u2019".encode("cp1252"), "caf\u00e9 \u2019"),
        (b"\x81\x8d", "\x81\x8d"),  # bytes cp1252 leaves undefined fall back to latin-1
    ],
)
def test_decoding_fallbacks(data: bytes, expected: str) -> None:
    assert decode(data, "x") == expected
