#!/usr/bin/env python3
"""Check a `chronicle build` output folder the way users' tools read it.

Usage: Tools/check-exports.py OUTPUT_DIR

- chronology.csv: Python's csv module reads it with the contract header, every row has every column,
  lines end in CRLF, no cell starts with a formula character;
- chronology.graphml: NetworkX loads it as a DiGraph whose nodes all have a label and a kind;
- briefing.txt: no line over 78 characters.
Exits non-zero with a message on the first failure.
"""
import csv
import re
import sys

COLUMNS = ("event_id,date,timex,date_start,date_end,not_after,precision,date_text,summary,trigger,actors,"
           "places,attribution,modality,sources_count,documents,sentence,char_start,char_end").split(",")
# EDTF (ISO 8601-2) dates as Chronicle writes them: a day, month, year or sub-year grouping (21-24
# seasons, 33-36 quarters, 40-41 halves), unspecified digits as X, a time, ~, and intervals a/b, ../b, a/..
EDTF_DATE = r"(?:[0-9X]{4}(?:-(?:0[1-9]|1[0-2]|2[1-4]|3[3-6]|4[01]|XX)(?:-(?:[0-2][0-9]|3[01]|XX))?)?(?:T\d\d:\d\d:\d\d)?~?)"
EDTF = re.compile(rf"^(?:{EDTF_DATE}|{EDTF_DATE}/{EDTF_DATE}|\.\./{EDTF_DATE}|{EDTF_DATE}/\.\.)$")


def fail(message):
    print(f"check-exports: FAIL {message}")
    sys.exit(1)


folder = sys.argv[1]
raw = open(f"{folder}/chronology.csv", "rb").read()
if b"\n" in raw.replace(b"\r\n", b""):
    fail("CSV has a bare LF (records must end in CRLF and cells hold no line breaks)")
with open(f"{folder}/chronology.csv", newline="", encoding="utf-8") as handle:
    reader = csv.reader(handle)
    header = next(reader)
    if header != COLUMNS:
        fail(f"CSV header {header}")
    rows = list(reader)
for number, row in enumerate(rows, start=2):
    if len(row) != len(COLUMNS):
        fail(f"CSV row {number} has {len(row)} cells")
    for cell in row:
        if cell[:1] in ("=", "+", "-", "@"):
            fail(f"CSV row {number} has a formula cell {cell[:20]!r}")
    if not row[0].startswith("evt-"):
        fail(f"CSV row {number} has no event id")
    if row[1] and not EDTF.match(row[1]):
        fail(f"CSV row {number} has a date that is not EDTF: {row[1]!r} (TIMEX3 {row[2]!r})")
    if not row[1] and (row[3] or row[4]):
        fail(f"CSV row {number} is undated but has date_start/date_end")

import networkx

graphml = open(f"{folder}/chronology.graphml", encoding="utf-8").read()
if 'for="graph"' in graphml:
    fail("GraphML declares graph-level keys (Gephi's importer logs each as SEVERE)")
graph = networkx.read_graphml(f"{folder}/chronology.graphml")
if not isinstance(graph, networkx.DiGraph):
    fail("GraphML is not a directed graph")
for node, data in graph.nodes(data=True):
    if not data.get("label") or data.get("kind") not in {"person", "organization", "place", "event", "document"}:
        fail(f"GraphML node {node} lacks a label or kind")

with open(f"{folder}/briefing.txt", encoding="utf-8") as handle:
    for number, line in enumerate(handle, start=1):
        if len(line.rstrip("\n")) > 78:
            fail(f"briefing line {number} is {len(line.rstrip())} characters")

print(f"check-exports: ok {folder}: {len(rows)} CSV rows, {graph.number_of_nodes()} nodes, "
      f"{graph.number_of_edges()} edges")
