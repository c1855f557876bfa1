#!/usr/bin/env python3
"""Where prparse.parse spends its time on a folder of releases: cProfile, by function.

Run by hand (pytest does not collect it):

    .venv/bin/python tests/benchmarks/bench_profile.py ../shared/corpus/dev [--rounds 3] [--top 25]

Prints four markdown tables: time per pipeline step (STEPS in pipeline.py, plus Document
building and HTML), the functions with the most own time, the prparse functions with the
most cumulative time (each with its file:line and share of the total), and what each
module-level compiled pattern would cost scanned over every whole text. Time spent inside
a `finditer` loop is the caller's own time in cProfile: the pattern table says which
pattern it is. (Some patterns are only ever run on short windows; their whole-text cost
is a warning, not a bill.)
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pkgutil
import pstats
import re
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import regex

import prparse
from prparse import pipeline
from prparse.document import Document, normalise
from prparse.htmltext import html_to_text, looks_like_html

SRC = Path(prparse.__file__).resolve().parent


def load(folder: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.suffix in (".txt", ".html")]
    if not texts:
        raise SystemExit(f"no NAME.txt or NAME.html releases in {folder}")
    return texts


def where(key: tuple[str, int, str]) -> str:
    filename, line, function = key
    path = Path(filename)
    try:
        shown = str(path.resolve().relative_to(SRC.parent))
    except ValueError:
        shown = path.name if filename != "~" else "(builtin)"
    return f"`{function}` | {shown}:{line}" if filename != "~" else f"`{function}` | (C)"


def step_times(texts: Sequence[str], rounds: int) -> dict[str, float]:
    """Seconds per step over all texts, run the way pipeline.parse runs them (median-free: the sum of rounds)."""
    totals: dict[str, float] = defaultdict(float)
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            is_html = looks_like_html(text)
            if is_html:
                text = html_to_text(text)
            totals["html detection and conversion"] += time.perf_counter() - start
            start = time.perf_counter()
            doc = Document.from_text(text, release_date=None, is_html=is_html)
            totals["Document.from_text"] += time.perf_counter() - start
            for name, step in pipeline.STEPS:
                start = time.perf_counter()
                try:
                    part = step(doc)
                except prparse.PatternTimeout:
                    totals[name] += time.perf_counter() - start
                    continue
                doc = doc.knowing(part.release_date)
                totals[name] += time.perf_counter() - start
    return totals


def pattern_costs(texts: Sequence[str], top: int) -> list[tuple[float, str, float]]:
    """(ms per release, module.NAME, matches per release) of every module-level pattern over whole texts."""
    clean = [normalise(pipeline.source_text(text)) for text in texts]
    modules = [i.name for i in pkgutil.walk_packages(prparse.__path__, "prparse.") if not i.name.endswith("__main__")]
    seen: set[int] = set()  # a pattern several modules import is measured once, named after the first
    rows = []
    for name in sorted(modules):
        for attribute, value in vars(importlib.import_module(name)).items():
            if not isinstance(value, (regex.Pattern, re.Pattern)) or id(value) in seen:
                continue
            seen.add(id(value))
            pattern: Any = value
            start = time.perf_counter()
            matches = sum(1 for text in clean for _ in pattern.finditer(text))
            ms = (time.perf_counter() - start) * 1000 / len(clean)
            rows.append((ms, f"{name.removeprefix('prparse.')}.{attribute}", matches / len(clean)))
    return sorted(rows, reverse=True)[:top]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    texts = load(args.folder)
    for text in texts[:3]:  # warm up lazily compiled patterns
        prparse.parse(text)

    steps = step_times(texts, args.rounds)
    whole = sum(steps.values())
    per = len(texts) * args.rounds
    print(f"### Time per step ({len(texts)} releases × {args.rounds} rounds, no profiler)\n")
    print("| step | ms / release | share |")
    print("| --- | ---: | ---: |")
    for name, seconds in sorted(steps.items(), key=lambda item: -item[1]):
        print(f"| {name} | {seconds * 1000 / per:.2f} | {seconds / whole:.0%} |")
    print(f"| all | {whole * 1000 / per:.2f} | |\n")

    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.rounds):
        for text in texts:
            prparse.parse(text)
    profile.disable()
    stats = pstats.Stats(profile)
    table: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    total = sum(own for _, _, own, _, _ in table.values())
    print(f"### Own time by function (cProfile; total {total:.2f} s with profiler overhead)\n")
    print("| function | where | calls / release | own ms / release | own share |")
    print("| --- | --- | ---: | ---: | ---: |")
    for key, (_, calls, own, _, _) in sorted(table.items(), key=lambda item: -item[1][2])[: args.top]:
        print(f"| {where(key)} | {calls / per:.1f} | {own * 1000 / per:.2f} | {own / total:.1%} |")
    print()
    print("### prparse functions by cumulative time\n")
    print("| function | where | calls / release | cumulative ms / release | share |")
    print("| --- | --- | ---: | ---: | ---: |")
    ours = [(k, v) for k, v in table.items() if str(SRC) in str(Path(k[0]).resolve())]
    for key, (_, calls, _, cumulative, _) in sorted(ours, key=lambda item: -item[1][3])[: args.top]:
        print(f"| {where(key)} | {calls / per:.1f} | {cumulative * 1000 / per:.2f} | {cumulative / total:.1%} |")
    print()
    print("### Module-level patterns, each scanned once over every whole text\n")
    print("| pattern | ms / release | matches / release |")
    print("| --- | ---: | ---: |")
    for ms, name, matches in pattern_costs(texts, args.top):
        print(f"| `{name}` | {ms:.2f} | {matches:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
