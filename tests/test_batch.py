"""parse_many: several processes, input order kept, one bad item never stops a batch."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import prparse
from conftest import SEED
from prparse import ParseFailure, PressRelease, iter_parse_many, parse_many

SEED_STARTS_AT = "2013-08-02T08:00:00-04:00"


def starts_at(result: PressRelease | ParseFailure) -> str:
    assert isinstance(result, PressRelease), result
    start = result.events[0].starts_at
    assert start is not None
    return start.isoformat()


@pytest.mark.parametrize("workers", [1, 2])
def test_seed_through_parse_many_matches_parse(seed_text: str, workers: int) -> None:
    [result] = parse_many([seed_text], workers=workers)
    assert starts_at(result) == SEED_STARTS_AT
    assert result == prparse.parse(seed_text)


@pytest.mark.parametrize("workers", [1, 2])
def test_order_is_kept_across_chunks_and_workers(seed_text: str, workers: int) -> None:
    plain = "ACME Corp. (NYSE: ACME) will hold its annual meeting of shareholders."
    texts = [seed_text if i % 3 == 0 else f"{plain} Item {i}." for i in range(11)]
    results = parse_many(texts, workers=workers, chunksize=2)
    assert len(results) == 11
    for i, result in enumerate(results):
        assert isinstance(result, PressRelease)
        if i % 3 == 0:
            assert starts_at(result) == SEED_STARTS_AT
        else:
            assert result.events == ()
            assert result.headline is not None and result.headline.endswith(f"Item {i}.")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_bad_item_becomes_a_failure_in_its_place(seed_text: str, workers: int) -> None:
    texts: list[Any] = [seed_text, 42, seed_text, None, seed_text]
    results = parse_many(texts, workers=workers, chunksize=2)
    assert [type(r).__name__ for r in results] == [
        "PressRelease",
        "ParseFailure",
        "PressRelease",
        "ParseFailure",
        "PressRelease",
    ]
    failure = results[1]
    assert isinstance(failure, ParseFailure)
    assert (failure.index, failure.error) == (1, "TypeError")
    assert "expects str, not int" in failure.message
    assert isinstance(results[3], ParseFailure) and results[3].index == 3
    assert all(starts_at(results[i]) == SEED_STARTS_AT for i in (0, 2, 4))


def test_an_item_that_cannot_be_sent_to_a_worker_fails_alone(seed_text: str) -> None:
    texts: list[Any] = [seed_text, lambda: "not picklable", seed_text]
    results = parse_many(texts, workers=2, chunksize=3)
    assert isinstance(results[1], ParseFailure) and results[1].index == 1
    assert starts_at(results[0]) == starts_at(results[2]) == SEED_STARTS_AT


def test_iter_parse_many_streams_a_generator_lazily(seed_text: str) -> None:
    pulled: list[int] = []

    def texts() -> Any:
        for i in range(1000):
            pulled.append(i)
            yield seed_text

    stream = iter_parse_many(texts(), workers=2, chunksize=2)
    assert starts_at(next(stream)) == SEED_STARTS_AT
    stream.close()
    assert len(pulled) < 1000  # only a bounded window was read ahead


def test_results_and_failures_pickle(seed_text: str) -> None:
    results = parse_many([seed_text, 7])
    assert pickle.loads(pickle.dumps(results)) == results
    assert str(results[1]) == "item 1: TypeError: prparse.parse expects str, not int"


def test_empty_input_and_bad_arguments() -> None:
    assert parse_many([], workers=2) == []
    with pytest.raises(ValueError, match="workers"):
        parse_many(["x"], workers=0)
    with pytest.raises(ValueError, match="chunksize"):
        parse_many(["x"], chunksize=0)


def run_cli(args: list[str]) -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "prparse", *args], capture_output=True, timeout=120, check=False)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_cli_workers_gives_the_serial_output_in_order_with_error_lines(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Nothing to see here.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "junk.bin"
    binary.write_bytes(bytes(range(256)) * 50)
    inputs = [str(missing), str(SEED), str(binary), str(other), str(SEED), str(tmp_path / "gone.txt")]
    serial = run_cli(inputs)
    pooled = run_cli(["--workers", "2", *inputs])
    assert pooled == serial
    code, out, err = pooled
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in records] == [str(SEED), str(other), str(SEED)]
    assert records[0]["events"][0]["starts_at"] == SEED_STARTS_AT
    errors = err.strip().splitlines()
    assert len(errors) == 4
    assert str(missing) in errors[0] and str(binary) in errors[1] and "gone.txt" in errors[2]
    assert errors[3] == "prparse: 2 parsed, 1 empty, 3 failed"


def test_cli_workers_one_input_and_bad_values() -> None:
    code, out, _ = run_cli(["--workers", "0", str(SEED)])
    assert code == 0
    assert json.loads(out)["events"][0]["starts_at"] == SEED_STARTS_AT
    assert run_cli(["--workers", "-1", str(SEED)])[0] == 2
    assert run_cli(["--workers", "two", str(SEED)])[0] == 2
