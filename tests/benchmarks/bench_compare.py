#!/usr/bin/env python3
"""prparse against the generic extractors users would glue together instead, in one run.

Run by hand; pytest does not collect this file (it has no tests) and CI never runs it:

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python tests/benchmarks/bench_compare.py ../shared/corpus/dev

It reads every NAME.txt / NAME.html of the folder (and NAME.json gold answers, when
present, to count what each tool recovers), then measures, in this one process:

* throughput on one core (the process is pinned to one CPU): prparse.parse,
  dateparser.search.search_dates, datefinder.find_dates, phonenumbers.PhoneNumberMatcher,
  CommonRegex, and a single compiled keyword regex over the same text (the floor);
  median of several rounds, taken in turn (a round of each tool, then the next),
  ratios against prparse;
* what each recovered of the gold answers (event starts, dial-in numbers, passcodes);
* scaling: one release repeated to 10 KB, 100 KB and 1 MB, and peak memory at 1 MB;
* prparse.parse_many with 1 and 2 worker processes;
* the import time of prparse and the wall time of one `prparse FILE` call.

It prints markdown ready to paste into docs/performance.md, then the targets of issue #7
with PASS/FAIL. Tools that are not installed are reported as skipped.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import gc
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import prparse
from prparse.htmltext import looks_like_html

REPO = Path(__file__).resolve().parents[2]
SIZES = (10_000, 100_000, 1_000_000)

# The floor: one pass of one compiled pattern for the words a call announcement turns on.
KEYWORDS = re.compile(
    r"\b(?:conference call|webcast|dial(?:-in|ing)?|passcode|pass code|conference id|access code|replay|toll[- ]free"
    r"|earnings|investor|a\.m\.|p\.m\.|eastern|pacific|central|ET|EST|EDT|GMT|CET)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Release:
    name: str
    text: str
    gold: dict[str, Any] | None


@dataclass
class Tool:
    name: str
    call: Callable[[str], Any]
    package: str | None  # for the version column
    rounds: int = 0
    times: list[float] = field(default_factory=list)  # seconds per round over the whole corpus
    outputs: list[Any] = field(default_factory=list)  # one per release, from the last round


# ---------------------------------------------------------------- the tools


def load_tools(skip: Iterable[str]) -> tuple[list[Tool], list[str]]:
    skipped: list[str] = []
    tools = [
        Tool("prparse.parse", prparse.parse, "prparse"),
        Tool("keyword scan (one compiled regex)", lambda text: len(KEYWORDS.findall(text)), None),
    ]
    try:
        import phonenumbers

        def phones(text: str) -> list[str]:
            return [
                phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                for match in phonenumbers.PhoneNumberMatcher(text, "US")
            ]

        tools.append(Tool("phonenumbers.PhoneNumberMatcher", phones, "phonenumbers"))
    except ImportError:
        skipped.append("phonenumbers")
    try:
        import datefinder

        tools.append(Tool("datefinder.find_dates", lambda text: list(datefinder.find_dates(text)), "datefinder"))
    except ImportError:
        skipped.append("datefinder (pip install -e '.[bench]')")
    try:
        from commonregex import CommonRegex

        def common(text: str) -> dict[str, list[str]]:
            parsed = CommonRegex(text)
            return {"dates": parsed.dates, "times": parsed.times, "phones": parsed.phones}

        tools.append(Tool("CommonRegex", common, "commonregex"))
    except ImportError:
        skipped.append("commonregex (pip install -e '.[bench]')")
    try:
        from dateparser.search import search_dates

        tools.append(Tool("dateparser.search.search_dates", lambda text: search_dates(text) or [], "dateparser"))
    except ImportError:
        skipped.append("dateparser (pip install -e '.[bench]')")
    wanted = [tool for tool in tools if not any(word.lower() in tool.name.lower() for word in skip)]
    skipped += [f"{tool.name} (--skip)" for tool in tools if tool not in wanted]
    return wanted, skipped


def version(package: str | None) -> str:
    if package is None:
        return f"re (Python {platform.python_version()})"
    try:
        return f"{package} {metadata.version(package)}"
    except metadata.PackageNotFoundError:
        return package


# ---------------------------------------------------------------- measuring


def load_corpus(folder: Path) -> list[Release]:
    releases = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".txt", ".html") or not path.is_file():
            continue
        gold_path = path.with_suffix(".json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else None
        releases.append(Release(path.stem, path.read_text(encoding="utf-8"), gold))
    if not releases:
        raise SystemExit(f"no NAME.txt or NAME.html releases in {folder}")
    return releases


@contextmanager
def one_core(enabled: bool) -> Iterator[str]:
    """Pin this process to one CPU for the duration (Linux); yields a note for the report."""
    if not enabled or not hasattr(os, "sched_setaffinity"):
        yield "not pinned"
        return
    before = os.sched_getaffinity(0)
    cpu = min(before)
    os.sched_setaffinity(0, {cpu})
    try:
        yield f"pinned to CPU {cpu}"
    finally:
        os.sched_setaffinity(0, before)


def time_rounds(call: Callable[[str], Any], texts: Sequence[str], rounds: int) -> tuple[list[float], list[Any]]:
    times: list[float] = []
    outputs: list[Any] = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        outputs = [call(text) for text in texts]
        times.append(time.perf_counter() - start)
    return times, outputs


def num(value: float) -> str:
    """Three significant figures or so, without exponents: 1,215 / 51.2 / 0.394."""
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if value >= 0.1 else f"{value:.3f}"


def median_ms(times: Sequence[float], per: int = 1) -> float:
    return statistics.median(times) * 1000 / per


# ---------------------------------------------------------------- what each tool found


def naive(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=None, second=0, microsecond=0)


def gold_facts(gold: dict[str, Any]) -> tuple[set[dt.datetime], set[dt.datetime], set[str], set[str], set[str]]:
    """(wall-clock starts, zone-aware starts, dial-in numbers, every gold phone, passcodes)."""
    starts: set[dt.datetime] = set()
    aware: set[dt.datetime] = set()
    dial_ins: set[str] = set()
    passcodes: set[str] = set()
    for event in gold.get("events") or []:
        if event.get("starts_at"):
            value = dt.datetime.fromisoformat(event["starts_at"])
            starts.add(naive(value))
            if value.tzinfo is not None:
                aware.add(value)
        replay = event.get("replay") or {}
        dial_ins |= {d["number"] for d in (event.get("dial_ins") or []) + (replay.get("dial_ins") or [])}
        passcodes |= {code for code in (event.get("passcode"), replay.get("passcode")) if code}
    phones = dial_ins | {phone for contact in gold.get("contacts") or [] for phone in contact.get("phones") or []}
    return starts, aware, dial_ins, phones, passcodes


def found_by(tool: Tool, output: Any) -> tuple[list[dt.datetime] | None, list[str] | None, list[str] | None]:
    """(datetimes, phone numbers in E.164, passcodes) the tool gave; None where it gives no such thing."""
    if tool.package == "prparse":
        events = output.events
        starts = [event.starts_at for event in events if event.starts_at is not None]
        numbers = [d.number for e in events for d in e.dial_ins + (e.replay.dial_ins if e.replay else ())]
        codes = [c for e in events for c in (e.passcode, e.replay.passcode if e.replay else None) if c]
        return starts, numbers, codes
    if tool.package == "phonenumbers":
        return None, list(output), None
    if tool.package == "datefinder":
        return list(output), None, None
    if tool.package == "dateparser":
        return [value for _, value in output], None, None
    return None, None, None  # the keyword scan and CommonRegex give strings, not values


def extraction_rows(tools: Sequence[Tool], releases: Sequence[Release]) -> list[str]:
    golds = [(i, gold_facts(r.gold)) for i, r in enumerate(releases) if r.gold is not None]
    if not golds:
        return ["(no NAME.json gold answers in the folder: nothing to count)"]
    total_starts = sum(len(g[0]) for _, g in golds)
    total_dial = sum(len(g[2]) for _, g in golds)
    total_codes = sum(len(g[4]) for _, g in golds)
    rows = [
        f"| tool | event starts, wall clock (of {total_starts}) | with the right zone | dial-in numbers (of "
        f"{total_dial}) | phone hits that are no gold phone | passcodes (of {total_codes}) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for tool in tools:
        start_hits = aware_hits = dial_hits = stray = code_hits = 0
        gives_dates = gives_phones = gives_codes = False
        for index, (starts, aware, dial_ins, phones, passcodes) in golds:
            values, numbers, codes = found_by(tool, tool.outputs[index])
            if values is not None:
                gives_dates = True
                start_hits += len(starts & {naive(v) for v in values})
                aware_hits += len(aware & {v for v in values if v.tzinfo is not None})
            if numbers is not None:
                gives_phones = True
                dial_hits += len(dial_ins & set(numbers))
                stray += len(set(numbers) - phones)
            if codes is not None:
                gives_codes = True
                code_hits += len(passcodes & set(codes))
        rows.append(
            f"| {tool.name} | {start_hits if gives_dates else '—'} | {aware_hits if gives_dates else '—'} "
            f"| {dial_hits if gives_phones else '—'} | {stray if gives_phones else '—'} "
            f"| {code_hits if gives_codes else '—'} |"
        )
    return rows


# ---------------------------------------------------------------- scaling, memory, batches, import


def repeated(text: str, size: int) -> str:
    unit = text.rstrip() + "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def pick_scaling_release(releases: Sequence[Release]) -> Release:
    """The plain-text release closest to 10 KB: repeating it gives the 10 KB / 100 KB / 1 MB inputs."""
    plain = [r for r in releases if not looks_like_html(r.text)] or list(releases)
    return min(plain, key=lambda r: abs(len(r.text) - SIZES[0]))


def peak_memory(text: str) -> tuple[float, float]:
    """(tracemalloc peak of one parse, in MB; growth of the max RSS of a fresh process parsing it, in MB)."""
    gc.collect()
    tracemalloc.start()
    prparse.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as handle:
        handle.write(text)
    child = (
        "import resource, sys, prparse\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "prparse.parse(text[:2000])\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "prparse.parse(text)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)\n"
    )
    try:
        out = subprocess.run([sys.executable, "-c", child, handle.name], capture_output=True, text=True, check=True)
    finally:
        os.unlink(handle.name)
    return peak / 1e6, int(out.stdout.strip()) / 1024


def wall_ms(args: Sequence[str], runs: int) -> list[float]:
    """Wall milliseconds of each of `runs` runs of a command."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return times


def import_breakdown(top: int) -> list[tuple[str, float, float]]:
    """(module, self ms, cumulative ms) from `python -X importtime -c 'import prparse'`, costliest first."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import prparse"], capture_output=True, text=True, check=True
    )
    rows = []
    for line in proc.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            rows.append((match[4], int(match[1]) / 1000, int(match[2]) / 1000, len(match[3])))
    ours = sorted((r for r in rows if r[0].startswith("prparse")), key=lambda r: -r[1])
    # Third-party and standard-library packages by cumulative time (a package nested in another counts twice).
    theirs = sorted((r for r in rows if "." not in r[0] and r[0] != "prparse"), key=lambda r: -r[2])
    return [(name, own, cumulative) for name, own, cumulative, _ in ours[:top] + theirs[:top]]


# ---------------------------------------------------------------- the report


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cores} cores; {platform.system()} {platform.release()}; Python {platform.python_version()}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a folder of NAME.txt / NAME.html releases (NAME.json gold optional)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per tool (median is reported; default 5)")
    parser.add_argument("--slow-rounds", type=int, default=3, help="rounds for tools over 50 ms a release (3)")
    parser.add_argument("--skip", nargs="*", default=[], help="skip tools whose name contains one of these words")
    parser.add_argument("--batch-repeat", type=int, default=3, help="corpus copies for the parse_many run (3)")
    parser.add_argument("--out", type=Path, help="also write the markdown report to this file")
    parser.add_argument("--no-pin", action="store_true", help="do not pin the single-core runs to one CPU")
    args = parser.parse_args(argv)

    releases = load_corpus(args.folder)
    texts = [r.text for r in releases]
    n = len(texts)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    tools, skipped = load_tools(args.skip)
    out: list[str] = []

    def say(line: str = "") -> None:
        out.append(line)
        print(line, flush=True)

    say(f"## prparse {prparse.__version__}: {n} releases from `{args.folder}`, {megabytes * 1000 / n:.1f} KB a release")
    say()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    say(f"Machine: {machine()}. Run on {dt.date.today().isoformat()}; load average at start {load:.2f}.")
    if load > 0.5:
        say()
        say(f"**Warning: the machine was busy (load {load:.2f}): timings, above all the 2-worker speed-up, are low.**")
    say()
    say(
        "Command: `.venv/bin/pip install -e '.[bench]' && .venv/bin/python tests/benchmarks/bench_compare.py "
        f"{args.folder}`"
    )
    say()

    with one_core(not args.no_pin) as pinning:
        for tool in tools:  # warm up: lazy imports, language data, compiled patterns
            tool.call(texts[0])
        for tool in tools:
            print(f"  timing {tool.name}...", file=sys.stderr, flush=True)
            tool.times, tool.outputs = time_rounds(tool.call, texts, 1)
            slow = tool.times[0] > 0.05 * n  # over 50 ms a release: fewer rounds
            tool.rounds = args.slow_rounds if slow else args.rounds
        # The other rounds interleaved, a round of each tool in turn: the ratios compare tools
        # under the same load, so a burst of other work on the machine cannot favour one.
        for round_number in range(1, max(tool.rounds for tool in tools)):
            print(f"  round {round_number + 1}...", file=sys.stderr, flush=True)
            for tool in tools:
                if round_number < tool.rounds:
                    more, tool.outputs = time_rounds(tool.call, texts, 1)
                    tool.times += more

        say(f"### Throughput, one core ({pinning}), median of rounds over the whole folder")
        say()
        say("| tool | version | rounds | ms / release | releases / s | MB / s | prparse is × faster |")
        say("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
        ours = statistics.median(tools[0].times)
        for tool in tools:
            seconds = statistics.median(tool.times)
            say(
                f"| {tool.name} | {version(tool.package)} | {tool.rounds} | {seconds * 1000 / n:,.2f} "
                f"| {num(n / seconds)} | {num(megabytes / seconds)} | {num(seconds / ours)} |"
            )
        if skipped:
            say()
            say(f"Skipped (not installed or --skip): {', '.join(skipped)}.")
        say()
        say("### What each tool recovered of the gold answers")
        say()
        for row in extraction_rows(tools, releases):
            say(row)
        say()
        say(
            "Date tools count when any datetime they return has the gold start's date and time; phone hits are "
            "numbers the matcher returned that are neither a gold dial-in nor a gold contact phone (passcodes, "
            "conference IDs read as numbers). '—': the tool gives no such value."
        )
        say()

        sample = pick_scaling_release(releases)
        say(f"### Cost against size: `{sample.name}` repeated, one core")
        say()
        say("| input | prparse ms | ms per 10 KB | keyword scan ms |")
        say("| ---: | ---: | ---: | ---: |")
        scaling: dict[int, float] = {}
        for size in SIZES:
            big = repeated(sample.text, size)
            rounds = max(3, min(args.rounds, 3 * SIZES[0] * args.rounds // size))
            print(f"  scaling {size:,} chars ({rounds} rounds)...", file=sys.stderr, flush=True)
            parse_ms = median_ms(time_rounds(prparse.parse, [big], rounds)[0])
            scan_ms = median_ms(time_rounds(tools[1].call, [big], rounds)[0])
            scaling[size] = parse_ms
            say(f"| {size // 1000:,} KB | {parse_ms:.1f} | {parse_ms * SIZES[0] / size:.2f} | {scan_ms:.2f} |")
        traced, rss = peak_memory(repeated(sample.text, SIZES[-1]))
        say()
        say(
            f"Peak memory parsing the 1 MB input: {traced:.1f} MB of Python allocations (tracemalloc peak), "
            f"{rss:.1f} MB growth of a fresh process's max RSS."
        )
        say()

    workers_list = [1, 2] if (os.cpu_count() or 1) >= 2 else [1]
    batch = texts * args.batch_repeat
    batch_runs: dict[int, list[float]] = {workers: [] for workers in workers_list}
    print(f"  parse_many, workers {workers_list}...", file=sys.stderr, flush=True)
    for _ in range(args.rounds):  # interleaved, so a burst of other load hits both settings alike
        for workers in workers_list:
            start = time.perf_counter()
            prparse.parse_many(batch, workers=workers)
            batch_runs[workers].append(time.perf_counter() - start)
    batch_ms = {workers: statistics.median(runs) * 1000 for workers, runs in batch_runs.items()}
    best_ms = {workers: min(runs) * 1000 for workers, runs in batch_runs.items()}
    say(
        f"### Batches: `prparse.parse_many` over {len(batch)} releases (the folder × {args.batch_repeat}), "
        f"{args.rounds} interleaved rounds"
    )
    say()
    say("| workers | median s | releases / s | speed-up (median) | speed-up (best round) |")
    say("| ---: | ---: | ---: | ---: | ---: |")
    for workers, ms in batch_ms.items():
        say(
            f"| {workers} | {ms / 1000:.2f} | {len(batch) / ms * 1000:,.0f} | {batch_ms[1] / ms:.2f}× "
            f"| {best_ms[1] / best_ms[workers]:.2f}× |"
        )
    say()

    print("  import time...", file=sys.stderr, flush=True)
    # An installed package has its bytecode compiled (pip does it at install); a checkout run
    # with PYTHONDONTWRITEBYTECODE may not, which would time Python's compiler, not the import.
    compileall.compile_dir(str(Path(prparse.__file__).parent), quiet=1)
    bare = wall_ms([sys.executable, "-c", "pass"], 11)
    imported = wall_ms([sys.executable, "-c", "import prparse"], 11)
    cli = wall_ms([sys.executable, "-m", "prparse", str(REPO / "fixtures" / "immunogen-2013-07-23.txt")], 7)
    import_ms = statistics.median(imported) - statistics.median(bare)
    say("### Start-up")
    say()
    say(
        f"`import prparse`: {import_ms:.0f} ms, best run {min(imported) - min(bare):.0f} ms (a process that "
        f"imports it, median {statistics.median(imported):.0f} ms, less a bare interpreter, "
        f"{statistics.median(bare):.0f} ms; 11 runs each). `prparse FILE` on the seed release: "
        f"{statistics.median(cli):.0f} ms wall (median of 7)."
    )
    say()
    say("| module (`python -X importtime`) | self ms | cumulative ms |")
    say("| --- | ---: | ---: |")
    for name, own, cumulative in import_breakdown(8):
        say(f"| {name} | {own:.1f} | {cumulative:.1f} |")
    say()

    by_name = {tool.package: statistics.median(tool.times) for tool in tools}
    per_release = by_name["prparse"] * 1000 / n
    scan = by_name[None]
    targets: list[tuple[str, bool | None]] = [
        (f"mean ≤ 2 ms a release: {per_release:.2f} ms", per_release <= 2.0),
        (f"within 10× of the keyword scan: {by_name['prparse'] / scan:.1f}×", by_name["prparse"] <= 10 * scan),
        (
            f"cost linear in size: 1 MB costs {scaling[SIZES[-1]] / scaling[SIZES[0]] / 100:.2f}× the 10 KB rate",
            scaling[SIZES[-1]] <= 2 * 100 * scaling[SIZES[0]],
        ),
        (f"import under 300 ms: {import_ms:.0f} ms", import_ms < 300),
    ]
    if "dateparser" in by_name:
        ratio = by_name["dateparser"] / by_name["prparse"]
        targets.insert(1, (f"≥ 100× dateparser's throughput: {ratio:.0f}×", ratio >= 100))
    if 2 in batch_ms:
        targets.append((f"parse_many speed-up on 2 workers: {batch_ms[1] / batch_ms[2]:.2f}× (reported)", None))
    say("### Targets (issue #7)")
    say()
    for text, ok in targets:
        say(f"- {'INFO' if ok is None else 'PASS' if ok else 'FAIL'}: {text}")
    if args.out is not None:
        args.out.write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
