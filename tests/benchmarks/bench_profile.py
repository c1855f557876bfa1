#!/usr/bin/env python3
"""Where prparse.parse spends its time on a folder of releases: cProfile, by function.

Run by hand (pytest does not collect it):

    .venv/bin/python tests/benchmarks/bench_profile.py ../shared/corpus/dev [--rounds 3] [--top 25]

Prints four markdown tables: time per pipeline step (STEPS in pipeline.py, plus Document
building and HTML), the functions with the most own time, the prparse functions with the
most cumulative time (each with its file:line and share of the total), and the patterns
that cost most while parsing (each call of every SafePattern timed in place). Time spent
inside a `finditer` loop is the caller's own time in cProfile: the pattern table says
which pattern it is.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pkgutil
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import prparse
from prparse import pipeline
from prparse.document import Document
from prparse.htmltext import html_to_text, looks_like_html
from prparse.safety import COMPILED, LinePattern, SafePattern

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


class _Timed:
    """A compiled pattern that adds the time of each call (and of each step of finditer) to
    a shared table under the pattern's name."""

    def __init__(self, compiled: Any, name: str, table: dict[str, list[float]]) -> None:
        self._compiled, self._name, self._table = compiled, name, table

    def _add(self, seconds: float) -> None:
        row = self._table[self._name]
        row[0] += seconds
        row[1] += 1

    def __getattr__(self, attribute: str) -> Any:
        method = getattr(self._compiled, attribute)
        if attribute == "finditer":
            return self._finditer
        if not callable(method):
            return method

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self._add(time.perf_counter() - start)

        return timed

    def _finditer(self, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        found = list(self._compiled.finditer(*args, **kwargs))  # the matching happens here
        self._add(time.perf_counter() - start)
        return iter(found)


def pattern_costs(texts: Sequence[str], rounds: int, top: int) -> list[tuple[float, str, float]]:
    """(ms per release, module.NAME, calls per release) of the patterns that cost most while
    parsing: every SafePattern's calls are timed in place, so a pattern run on short windows
    is billed for those windows only."""
    names: dict[int, str] = {}
    modules = [i.name for i in pkgutil.walk_packages(prparse.__path__, "prparse.") if not i.name.endswith("__main__")]
    for name in sorted(modules):
        for attribute, value in vars(importlib.import_module(name)).items():
            if isinstance(value, SafePattern):
                names.setdefault(id(value), f"{name.removeprefix('prparse.')}.{attribute}")
            if isinstance(value, LinePattern):  # its newline scout, named after it
                names.setdefault(id(value._scout), f"{name.removeprefix('prparse.')}.{attribute} (scout)")
    table: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    # Every pattern is compiled now and its compiled form swapped for a timed one (the matching
    # methods read the slot directly), then put back.
    patterns = list(COMPILED)
    plain = {id(pattern): pattern.compiled for pattern in patterns}
    for pattern in patterns:
        name = names.get(id(pattern), pattern.pattern[:40].replace("\n", "\\n"))
        pattern._compiled = _Timed(plain[id(pattern)], name, table)  # type: ignore[assignment]
    try:
        for _ in range(rounds):
            for text in texts:
                prparse.parse(text)
    finally:
        for pattern in patterns:
            pattern._compiled = plain[id(pattern)]
    per = len(texts) * rounds
    rows = [(seconds * 1000 / per, name, calls / per) for name, (seconds, calls) in table.items()]
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
    print("### Patterns by time spent in them while parsing (timed per call; timing adds overhead)\n")
    print("| pattern | ms / release | calls / release |")
    print("| --- | ---: | ---: |")
    for ms, name, calls in pattern_costs(texts, args.rounds, args.top):
        print(f"| `{name}` | {ms:.3f} | {calls:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
