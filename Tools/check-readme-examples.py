#!/usr/bin/env python3
"""Check that the README's example outputs are what `chronicle build Samples` writes, so they cannot go stale.

Usage: Tools/check-readme-examples.py EXPORTS_FOLDER   (the folder `chronicle build Samples --out` filled)

The CSV example (the block under "### CSV") must be the first lines of chronology.csv, byte for byte;
every line of the briefing example (the block under "### Briefing") must be a line of briefing.txt, in
the same order. When an output changes on purpose, paste its new first lines into the README.
"""
import os
import re
import sys

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
folder = sys.argv[1]
readme = open(os.path.join(repo, "README.md"), encoding="utf-8").read()


def block(heading):
    start = readme.index(heading)
    match = re.search(r"```\n(.*?)```\n", readme[start:], re.S)
    return match.group(1).rstrip("\n").split("\n")


def fail(message):
    print(f"check-readme-examples: FAIL {message}")
    sys.exit(1)


csv_lines = open(os.path.join(folder, "chronology.csv"), encoding="utf-8", newline="").read().split("\r\n")
example = block("### CSV")
if csv_lines[: len(example)] != example:
    wrong = next(i for i, line in enumerate(example) if i >= len(csv_lines) or csv_lines[i] != line)
    fail(f"README CSV example line {wrong + 1} differs from chronology.csv:\n  README: {example[wrong]}\n"
         f"  actual: {csv_lines[wrong] if wrong < len(csv_lines) else '(none)'}")

briefing = open(os.path.join(folder, "briefing.txt"), encoding="utf-8").read().split("\n")
position = 0
for line in block("### Briefing"):
    try:
        position = briefing.index(line, position) + 1
    except ValueError:
        fail(f"README briefing example line not in briefing.txt (in this order): {line!r}")
print(f"check-readme-examples: ok ({len(example)} CSV lines, the briefing excerpt)")
