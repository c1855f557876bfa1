#!/usr/bin/env python3
"""Copies of a gold folder as real carriers mangle releases, to score prparse on each.

Run by hand (pytest does not collect it):

    .venv/bin/python tests/benchmarks/transform_corpus.py ../shared/corpus/dev --out /tmp/variants
    for d in /tmp/variants/*/; do python ../shared/eval/score.py "$d" | tail -2; done

Each transform keeps every gold value as it was (a copy of the same release says the same
things), so any drop in a field's F1 is a reading that depends on layout it should not:

- crlf, cr_only: other line endings
- no_bold: markdown's bold markers dropped
- indent: every line opened with a space (NewMediaWire's copies)
- trailing: two spaces after every line (fixed-width padding)
- single: blank lines removed (a scraper's copy)
- blank_under: a blank line under every line (HTML turned to text, one paragraph a line)
- wrap: lines wrapped at 72 characters (an SEC exhibit's or a teletype's copy)
- nbsp: some spaces made non-breaking
- dashes: " - " written " – "
- html: paragraphs in <p>, lines in <br> (the page a portal serves)
- chrome_above: a news page's menu, share buttons and byline over the release
- links_below: a news page's related stories, timestamps and contact under the release
- flat: every line break a space (a copy that lost them all; the hardest)

Only NAME.txt releases are transformed (NAME.html pages are left out), each with its
NAME.json copied unchanged.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

_CHROME = (
    "Skip to main content\nMarkets | Stocks | News\nShare this article\nFacebook  Twitter  LinkedIn  Email\n"
    "By Newsroom Staff\nUpdated 3 min ago\n\n"
)
_LINKS_BELOW = (
    "\n\nRelated News\n\nOct 02, 2024 4:05 PM ET  Northwind Corp. Reports Third Quarter Results\n"
    "Sep 18, 2024 8:30 AM EDT  Contoso Ltd to Host Investor Day on October 9, 2024\nMost Read\n"
    "1. Fabrikam Inc. (NASDAQ: FABR) announces conference call on November 12, 2024 at 10:00 a.m. ET\n"
    "Contact us: newsroom@portal-example.com | +1 212 555 0100\n© 2024 Portal Example. All rights reserved.\n"
)


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n")


def _wrap(text: str) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > 76 and not line.lstrip().startswith(("|", "http")):
            out.extend(textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False) or [""])
        else:
            out.append(line)
    return "\n".join(out)


def _nbsp(text: str) -> str:
    rng = random.Random(len(text))
    return re.sub(r"(?<=[A-Za-z,.]) (?=[A-Za-z0-9(])", lambda m: "\u00a0" if rng.random() < 0.15 else " ", text)


def _html(text: str) -> str:
    paragraphs = re.split(r"\n[ \t]*\n", text)
    body = "\n".join("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>" for p in paragraphs)
    return f"<!DOCTYPE html><html><head><title>Release</title></head><body>\n{body}\n</body></html>"


TRANSFORMS: dict[str, tuple[Callable[[str], str], str]] = {
    "crlf": (lambda t: _lines(t).replace("\n", "\r\n"), "txt"),
    "cr_only": (lambda t: _lines(t).replace("\n", "\r"), "txt"),
    "no_bold": (lambda t: t.replace("**", "").replace("__", ""), "txt"),
    "indent": (lambda t: "\n".join(" " + line if line.strip() else line for line in t.split("\n")), "txt"),
    "trailing": (lambda t: "\n".join(line + "  " if line.strip() else line for line in t.split("\n")), "txt"),
    "single": (lambda t: re.sub(r"\n[ \t]*\n+", "\n", t), "txt"),
    "blank_under": (lambda t: t.replace("\n", "\n\n"), "txt"),
    "wrap": (_wrap, "txt"),
    "nbsp": (_nbsp, "txt"),
    "dashes": (lambda t: t.replace(" - ", " \u2013 "), "txt"),
    "html": (_html, "html"),
    "chrome_above": (lambda t: _CHROME + t, "txt"),
    "links_below": (lambda t: t + _LINKS_BELOW, "txt"),
    "flat": (lambda t: re.sub(r"\s*\n\s*", " ", t), "txt"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of NAME.txt releases with NAME.json gold answers")
    parser.add_argument("--out", type=Path, required=True, help="where to write one folder per transform")
    parser.add_argument("--only", nargs="*", choices=sorted(TRANSFORMS), help="these transforms only")
    args = parser.parse_args()
    releases = sorted(p for p in args.corpus.glob("*.txt") if p.with_suffix(".json").exists())
    if not releases:
        raise SystemExit(f"no NAME.txt releases with NAME.json answers in {args.corpus}")
    for name in args.only or sorted(TRANSFORMS):
        transform, suffix = TRANSFORMS[name]
        folder = args.out / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for path in releases:
            text = path.read_text(encoding="utf-8")
            (folder / f"{path.stem}.{suffix}").write_text(transform(text), encoding="utf-8", newline="")
            shutil.copy(path.with_suffix(".json"), folder / f"{path.stem}.json")
        print(f"{folder}: {len(releases)} releases")


if __name__ == "__main__":
    main()
