#!/usr/bin/env python3
"""Open every export format with the tool its users would use, and fail loudly if one will not load.

Usage: Tools/check-formats.py FOLDER   (the files written by .ci/run's `chronicle export` calls)

- chronology.csv, timelinejs.csv, timesketch.csv, chronology-excel.csv: pandas reads them, with integer
  columns as integers and Timesketch's datetime as timezone-aware timestamps;
- chronology.gexf: NetworkX reads it; timeline.json: the TimelineJS keys are there;
- chronology.json: the documented top-level keys are there;
- chronology.graphml: NetworkX and igraph read the same node and edge counts, as many nodes as the
  JSON has people, organizations, places, events and documents.
"""
import json
import sys

import networkx
import pandas

folder = sys.argv[1]


def fail(message):
    print(f"check-formats: FAIL {message}")
    sys.exit(1)


csv = pandas.read_csv(f"{folder}/chronology.csv", dtype={"date": str})
for column in ("sources_count", "sentence", "char_start", "char_end"):
    if not pandas.api.types.is_integer_dtype(csv[column]):
        fail(f"chronology.csv column {column} is {csv[column].dtype}, not integer")
excel = pandas.read_csv(f"{folder}/chronology-excel.csv", encoding="utf-8-sig", dtype={"date": str})
if list(excel.columns) != list(csv.columns) or len(excel) != len(csv):
    fail("the Excel CSV differs from the plain CSV")
timeline = pandas.read_csv(f"{folder}/timelinejs.csv")
expected = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
            "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
            "Background"]
if list(timeline.columns) != expected or not pandas.api.types.is_integer_dtype(timeline["Year"]):
    fail(f"timelinejs.csv columns {list(timeline.columns)[:5]}... or Year not integer")
if ((timeline["End Year"] == timeline["Year"]) & (timeline["End Month"].fillna(-1) == timeline["Month"].fillna(-1))
        & (timeline["End Day"].fillna(-1) == timeline["Day"].fillna(-1))).any():
    fail("timelinejs.csv has an end date equal to its start (shows as '2019 - 2019')")
for column in ("Headline", "Text", "Group", "Display Date"):
    cells = timeline[column].dropna().astype(str)
    if cells.str.contains("<|>", regex=True).any() or cells.str.contains(r"&(?!amp;|lt;|gt;|quot;|#39;)", regex=True).any():
        fail(f"timelinejs.csv column {column} has text that is not HTML-escaped")
sketch = pandas.read_csv(f"{folder}/timesketch.csv")
stamps = pandas.to_datetime(sketch["datetime"], utc=True)
if stamps.isna().any() or list(sketch.columns[:3]) != ["message", "datetime", "timestamp_desc"]:
    fail("timesketch.csv datetime column does not parse")
with open(f"{folder}/timesketch.jsonl", encoding="utf-8") as handle:
    lines = [json.loads(line) for line in handle]
if len(lines) != len(sketch) or any(set(line) != set(sketch.columns) for line in lines):
    fail("timesketch.jsonl does not hold the rows of timesketch.csv")
if pandas.to_datetime(pandas.Series([line["datetime"] for line in lines]), utc=True).isna().any():
    fail("timesketch.jsonl datetime does not parse")
gexf = networkx.read_gexf(f"{folder}/chronology.gexf")
if gexf.number_of_nodes() == 0:
    fail("chronology.gexf has no nodes")
with open(f"{folder}/timeline.json", encoding="utf-8") as handle:
    story = json.load(handle)
if "events" not in story or not all("start_date" in e and "year" in e["start_date"] for e in story["events"]):
    fail("timeline.json lacks TimelineJS start dates")
with open(f"{folder}/chronology.json", encoding="utf-8") as handle:
    whole = json.load(handle)
if set(whole) != {"documents", "entities", "events"}:
    fail(f"chronology.json top-level keys {sorted(whole)}")
# The GraphML has one node per person, organization, place, event and document of the JSON.
expected_nodes = (sum(1 for e in whole["entities"] if e["kind"] != "misc") + len(whole["events"])
                  + len(whole["documents"]))
graph = networkx.read_graphml(f"{folder}/chronology.graphml")
if graph.number_of_nodes() != expected_nodes:
    fail(f"GraphML has {graph.number_of_nodes()} nodes, the JSON says {expected_nodes}")
import igraph

other = igraph.Graph.Read_GraphML(f"{folder}/chronology.graphml")
if (other.vcount(), other.ecount()) != (graph.number_of_nodes(), graph.number_of_edges()):
    fail(f"igraph reads {other.vcount()}/{other.ecount()}, NetworkX {graph.number_of_nodes()}/{graph.number_of_edges()}")
if set(other.vs["kind"]) - {"person", "organization", "place", "event", "document"}:
    fail("igraph sees unknown node kinds")
print(f"check-formats: ok {folder}: {len(csv)} CSV rows, {len(timeline)} TimelineJS rows, "
      f"{len(sketch)} Timesketch rows, GEXF {gexf.number_of_nodes()} nodes")
