"""Scale-out: the parse function and the models pickle, and the Dask recipe of docs/scale-out.md runs."""

from __future__ import annotations

import inspect
import pickle
from pathlib import Path

import dask.bag as db
import pandas as pd
import pytest

import prparse
from conftest import FIXTURES, SEED
from prparse.walk import decode_release, expand_inputs

SEED_STARTS = ["2013-08-02T08:00:00-04:00", "2013-08-14T12:45:00-04:00"]


# The recipe, as docs/scale-out.md gives it ----------------------------------------------


def release_rows(path: str) -> list[dict[str, str | None]]:
    """One file -> its event rows; an unreadable file gives none instead of failing the job."""
    try:
        text = prparse.read_release(path)
    except prparse.UnreadableInput:
        return []
    return prparse.event_rows(prparse.parse(text), source=path)


def events_frame(inputs: list[str]) -> db.Bag:
    paths = list(expand_inputs(inputs))  # file names only; the texts are read on the workers
    bag = db.from_sequence(paths, npartitions=2)
    meta = {column: "string" for column in prparse.EVENT_COLUMNS}
    return bag.map(release_rows).flatten().to_dataframe(meta=meta)


# ------------------------------------------------------------------------------------------


def test_release_and_parse_pickle() -> None:
    release = prparse.parse(SEED.read_text(encoding="utf-8"))
    back = pickle.loads(pickle.dumps(release))
    assert back == release
    assert back.events[0].starts_at == release.events[0].starts_at
    assert back.events[0].starts_at is not None and back.events[0].starts_at.isoformat() == SEED_STARTS[0]
    assert pickle.loads(pickle.dumps(prparse.parse)) is prparse.parse
    assert pickle.loads(pickle.dumps(prparse.event_rows)) is prparse.event_rows
    assert pickle.loads(pickle.dumps(prparse.read_release)) is prparse.read_release


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_dask_bag_of_files_to_an_events_dataframe(scheduler: str, tmp_path: Path) -> None:
    (tmp_path / "broken.txt").write_bytes(bytes(range(256)) * 50)  # skipped, not fatal
    frame = events_frame([str(SEED), str(FIXTURES / "batch"), str(tmp_path)])
    result: pd.DataFrame = frame.compute(scheduler=scheduler, num_workers=2).reset_index(drop=True)
    assert list(result.columns) == list(prparse.EVENT_COLUMNS)
    seed_rows = result[result["source"] == str(SEED)]
    assert seed_rows["starts_at"].tolist() == SEED_STARTS
    assert seed_rows["kind"].tolist() == ["earnings_call", "presentation"]
    assert seed_rows["passcode"].tolist()[0] == "4198948"
    assert result["starts_at"].tolist() == [*SEED_STARTS, "2024-05-08T10:00:00-05:00", "2025-02-13T13:30:00-08:00"]
    assert pd.to_datetime(result["starts_at_utc"], utc=True).min() == pd.Timestamp("2013-08-02 12:00", tz="UTC")


def test_the_docs_show_the_tested_recipe() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "scale-out.md").read_text(encoding="utf-8")
    assert inspect.getsource(release_rows) in doc
    assert 'meta = {column: "string" for column in prparse.EVENT_COLUMNS}' in doc
    assert "bag.map(release_rows).flatten().to_dataframe(meta=meta)" in doc


def test_decode_release_for_bytes_from_a_cluster_reader() -> None:
    assert decode_release(SEED.read_bytes(), "seed").startswith("\n\nJuly 23, 2013")
    assert decode_release("Caf\u00e9 \u2019".encode("cp1252")) == "Caf\u00e9 \u2019"
    with pytest.raises(prparse.UnreadableInput, match=r"s3://x/junk\.txt: not text"):
        decode_release(bytes(range(256)) * 50, "s3://x/junk.txt")
