"""Fuzz prparse: parse many generated inputs and check every invariant on each.

    .venv/bin/python tests/fuzz.py --count 100000 --workers 2 --seed 1

Inputs mix random Unicode (odd spaces, line separators, NULs, replacement characters,
full-width digits, other scripts), soups of wire-text fragments (dates, times, zones,
phone numbers, code labels, contact labels, HTML tags), and mutations of the bundled
release (cut, duplicated, spliced, wrapped in HTML). A crash is any exception that is
not a documented ``prparse.PrparseError``; a failure is a broken invariant (see
tests/invariants.py) or a non-deterministic result. Failing inputs are written to
``--out`` for reproduction. Not run in CI: it takes minutes. Results: docs/robustness.md.
"""

from __future__ import annotations

import argparse
import html
import multiprocessing
import random
import signal
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import prparse
from invariants import problems
from prparse.pipeline import source_text

SEED_TEXT = (Path(__file__).resolve().parent.parent / "fixtures" / "immunogen-2013-07-23.txt").read_text("utf-8")

ODD = (
    "\u00a0\u200b\u200c\u200d\u2060\ufeff\u2028\u2029\u0085\r\n\t\x00\x0b\x0c\ufffd"
    "\u2018\u2019\u201c\u201d\u2013\u2014\u2212\uff10\uff11\uff12\uff13\uff19\uff1a\u3000"
    "\u00e9\u00fc\u00df\u4e2d\u6587\u0627\u0644\u05d0\u0416\U0001f4de\u0301\u202e"
)
FRAGMENTS = (
    "8:00 a.m. ET", "4:30 PM (ET)", "10:00-11:00 a.m. Eastern Time", "14:00 CET", "15.00 hrs", "noon ET",
    "9 a.m.", "a.m.", "p.m.", "Friday, August 2, 2013", "Aug. 2nd", "2 August 2013", "13.02.2025",
    "2025-02-13", "today", "tomorrow", "Monday, January 5, 2025", "February 30, 2024", "for 7 days",
    "one week", "until August 16, 2013", "(866) 989-0311", "1-800-715-9871", "+1 833 470 1428",
    "+44 (0) 20 3936 2999", "0800 279 6619", "+47 951 78 680", "913-312-0836", "ext. 204",
    "Toll-free:", "International:", "U.S./Canada", "UK:", "Germany", "Passcode:", "Conference ID:",
    "Access code", "PIN", "4198948", "webcast", "conference call", "earnings call", "replay",
    "https://example.com/ir/event?id=1", "www.example.com", "About Example Inc.", "For Investors:",
    "Media Contact:", "Investor Relations", "jane@example.com", "(Nasdaq: ABCD)", "(NYSE: XYZ)",
    "TSX: ABC", "NEW YORK, Jan. 5, 2025 /PRNewswire/ --", "WALTHAM, Mass.--(BUSINESS WIRE)--",
    "Source: Example Inc.", "Forward-Looking Statements", "will host", "to discuss", "results",
    "<p>", "</p>", "<td>", "</td>", "<tr>", "<table>", "<br>", "<!--", "-->", "<div>", "&amp;", "&nbsp;",
    "(", ")", ":", ".", ",", "-", "--", "/", "\n", "\n\n", " ", "  ", "\t", "*", "#", "|", "@",
)  # fmt: skip
ADVERSARIAL = ("1", " ", "a.m. ", "(", ":", "?", "-", "0-", "+1 ", "\n", "<", "Monday, ", "8:00 ", "A. ")


def random_unicode(rng: random.Random) -> str:
    size = rng.choice((0, 1, 2, 5, 20, 100, 500, 2000))
    pool = ODD + "abcXYZ 0123456789.,:;()-+/@#<>&'\"\n"
    if rng.random() < 0.3:
        return "".join(chr(rng.randrange(0x110000)) if rng.random() < 0.5 else rng.choice(pool) for _ in range(size))
    return "".join(rng.choice(pool) for _ in range(size))


def soup(rng: random.Random) -> str:
    count = rng.choice((1, 3, 10, 30, 100, 300))
    parts = [rng.choice(FRAGMENTS) if rng.random() < 0.85 else rng.choice(ODD) for _ in range(count)]
    return "".join(part + rng.choice(("", " ", " ", "\n", ", ")) for part in parts)


def mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.choice((1, 3, 10, 50))):
        if not chars:
            break
        at = rng.randrange(len(chars))
        action = rng.random()
        if action < 0.3:
            del chars[at : at + rng.randint(1, 40)]
        elif action < 0.6:
            chars[at:at] = list(rng.choice(FRAGMENTS))
        elif action < 0.75:
            chars[at] = rng.choice(ODD)
        elif action < 0.9:
            span = chars[at : at + rng.randint(1, 300)]
            chars[at:at] = span * rng.randint(1, 4)
        else:
            other = rng.randrange(len(chars))
            chars[at], chars[other] = chars[other], chars[at]
    return "".join(chars)


def as_html(rng: random.Random, text: str) -> str:
    body = []
    for line in text.split("\n"):
        cells = line.split(", ") if rng.random() < 0.3 else [line]
        if len(cells) > 1:
            body.append("<table><tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr></table>")
        else:
            body.append(f"<{rng.choice(('p', 'div', 'li', 'span'))}>{html.escape(line)}<br>")
    return "<!DOCTYPE html><html><head><title>x</title><script>var x='<p>';</script></head><body>" + "".join(body)


def adversarial(rng: random.Random) -> str:
    unit = rng.choice(ADVERSARIAL)
    return unit * rng.choice((10, 100, 1000, 5000)) + rng.choice(("", "x", SEED_TEXT[:200]))


def generate(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return random_unicode(rng)
    if kind < 0.5:
        return soup(rng)
    if kind < 0.8:
        return mutate(rng, SEED_TEXT if rng.random() < 0.7 else soup(rng))
    if kind < 0.93:
        return as_html(rng, mutate(rng, SEED_TEXT) if rng.random() < 0.7 else soup(rng))
    return adversarial(rng)


class Hang(Exception):
    """An input that took longer than --limit seconds (a hang or a blow-up)."""


def _alarm(signum: int, frame: object) -> None:
    raise Hang


def check(index: int, seed: int, limit: int) -> tuple[int, str | None, float, int]:
    """Parse input number ``index``; (index, failure or None, seconds, length)."""
    rng = random.Random(f"{seed}:{index}")
    text = generate(rng)
    started = time.perf_counter()
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(limit)
    try:
        release = prparse.parse(text)
    except Hang:
        failure = f"hang: over {limit} s\n" + traceback.format_exc(limit=8)
        return index, failure, time.perf_counter() - started, len(text)
    except prparse.PrparseError:
        return index, None, time.perf_counter() - started, len(text)
    except Exception:
        return index, "crash: " + traceback.format_exc(limit=6), time.perf_counter() - started, len(text)
    finally:
        signal.alarm(0)
    elapsed = time.perf_counter() - started
    found = problems(source_text(text), release)
    if index % 10 == 0 and prparse.parse(text) != release:
        found.append("not deterministic")
    return index, ("; ".join(found) or None), elapsed, len(text)


def _check_star(args: tuple[int, int, int]) -> tuple[int, str | None, float, int]:
    return check(*args)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=multiprocessing.cpu_count())
    parser.add_argument("--limit", type=int, default=5, help="seconds after which an input counts as a hang")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = parser.parse_args()
    started = time.perf_counter()
    failures = 0
    slowest: list[tuple[float, int, int]] = []
    total_chars = 0
    with multiprocessing.Pool(args.workers) as pool:
        jobs = ((index, args.seed, args.limit) for index in range(args.count))
        for done, (index, failure, elapsed, length) in enumerate(pool.imap_unordered(_check_star, jobs, 64), 1):
            total_chars += length
            slowest = sorted([*slowest, (elapsed, index, length)], reverse=True)[:5]
            if failure is not None:
                failures += 1
                args.out.mkdir(parents=True, exist_ok=True)
                text = generate(random.Random(f"{args.seed}:{index}"))
                (args.out / f"{index}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
                (args.out / f"{index}.err").write_text(failure, encoding="utf-8")
                print(f"input {index}: {failure.splitlines()[0][:200]} | {failure.splitlines()[-1][:200]}", flush=True)
            if done % 10_000 == 0:
                print(f"{done} inputs, {failures} failures, {time.perf_counter() - started:.0f} s", flush=True)
    print(
        f"done: {args.count} inputs ({total_chars} characters), seed {args.seed}, {failures} failures, "
        f"{time.perf_counter() - started:.0f} s on {args.workers} workers"
    )
    print("slowest: " + ", ".join(f"#{i} {length} chars {t:.2f} s" for t, i, length in slowest))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
