#!/usr/bin/env python3
"""Follow the README's "Use it with ..." steps as written, in a scratch folder, and check what each gives.

Usage: Tools/follow-readme.py CHRONICLE_BINARY

Every `chronicle ...` command quoted in that section is run verbatim (with `chronicle` meaning the
given binary), after the README's main command has filled Exports/. Then the Python snippets quoted
there are evaluated as written, and LibreOffice opens the Excel CSV as the Excel step says. The
steps for applications that cannot run here (Gephi, yEd, Cytoscape, Neo4j, TimelineJS, Timesketch)
are checked on their input: the file the step names exists and holds what the step says it holds.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import igraph  # noqa: F401  (the snippets use it)
import networkx  # noqa: F401
import pandas  # noqa: F401

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.path.abspath(sys.argv[1])


def fail(message):
    print(f"follow-readme: FAIL {message}")
    sys.exit(1)


readme = open(os.path.join(repo, "README.md"), encoding="utf-8").read()
start = readme.index("## Use it with")
section = readme[start:readme.index("\n## ", start + 1)]
commands = [c for c in re.findall(r"`(chronicle [^`]+)`", section) if "FORMAT" not in c and "-o" in c.split()]
snippets = re.findall(r"`((?:pandas|networkx|igraph)\.[^`]+)`", section)
if len(commands) < 6 or len(snippets) < 3:
    fail(f"found only {len(commands)} commands and {len(snippets)} snippets in the README section")

work = tempfile.mkdtemp(prefix="chronicle-readme-")
try:
    shutil.copytree(os.path.join(repo, "Samples"), os.path.join(work, "Samples"))
    # The README's main command (chronicle build Samples --out Exports).
    subprocess.run([binary, "build", "Samples", "--out", "Exports", "--quiet"], cwd=work, check=True)
    for command in commands:
        words = command.split()
        result = subprocess.run([binary] + words[1:], cwd=work, capture_output=True, text=True)
        if result.returncode != 0:
            fail(f"`{command}` exited {result.returncode}: {result.stderr.strip()}")
        output = words[words.index("-o") + 1]
        if not os.path.getsize(os.path.join(work, output)):
            fail(f"`{command}` wrote an empty {output}")
        print(f"follow-readme: ok `{command}`")

    os.chdir(work)
    for snippet in snippets:
        snippet = snippet.replace("(...)", '("Exports/chronology.graphml")')
        value = eval(snippet)  # the README's own code, as a user would paste it
        size = len(value) if hasattr(value, "__len__") else value.vcount()
        if not size:
            fail(f"`{snippet}` gave nothing")
        print(f"follow-readme: ok `{snippet}` ({size} rows/nodes)")
    frame = pandas.read_csv("Exports/chronology.csv", dtype={"date": str})
    for column in ("sources_count", "sentence", "char_start", "char_end"):
        if not pandas.api.types.is_integer_dtype(frame[column]):
            fail(f"pandas reads {column} as {frame[column].dtype}, the README says integer")

    # Excel step: LibreOffice opens the BOM CSV as UTF-8 with comma separators.
    subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "chronology.csv"],
                   check=True, capture_output=True)
    if not os.path.getsize("chronology.xlsx"):
        fail("LibreOffice did not convert chronology.csv")
    print("follow-readme: ok LibreOffice opened chronology.csv")

    # The screenshot step, into the scratch folder.
    render = re.search(r"`Tools/render-graph.py (\S+) (\S+)`", section)
    if not render:
        fail("the README no longer quotes the render-graph command")
    subprocess.run([sys.executable, os.path.join(repo, "Tools/render-graph.py"), render.group(1), "graph.png"],
                   check=True, capture_output=True)
    if os.path.getsize("graph.png") < 10_000:
        fail("render-graph.py drew an almost empty picture")
    print("follow-readme: ok Tools/render-graph.py drew the graph")

    # Steps whose application is not here: the file they open says what the README promises.
    graphml = open("Exports/chronology.graphml", encoding="utf-8").read()
    for label in (":Person", ":Organization", ":Place", ":Event", ":Document", "PARTICIPATES_IN", "REPORTED_BY"):
        if label not in graphml:
            fail(f"Neo4j step: {label} is not in chronology.graphml")
    if "<y:NodeLabel" not in open("yed.graphml", encoding="utf-8").read():
        fail("yEd step: yed.graphml has no yFiles node labels")
    gexf = networkx.read_gexf("chronology.gexf")
    if not any("start" in data for _, data in gexf.nodes(data=True)):
        fail("Gephi step: no node of chronology.gexf has a start")
    timeline = pandas.read_csv("timeline.csv")
    wanted = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
              "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
              "Background"]
    if list(timeline.columns) != wanted:
        fail(f"TimelineJS step: columns are {list(timeline.columns)}")
    events = json.load(open("timeline.json", encoding="utf-8")).get("events", [])
    if not events or "start_date" not in events[0]:
        fail("TimelineJS step: timeline.json has no events with a start_date")
    sketch = pandas.read_csv("sketch.csv")
    if not {"message", "datetime", "timestamp_desc"} <= set(sketch.columns):
        fail("Timesketch step: message, datetime or timestamp_desc is missing")
    print("follow-readme: ok Neo4j, yEd, Gephi, TimelineJS and Timesketch inputs")
    print(f"follow-readme: all {len(commands)} commands and {len(snippets)} snippets of the README work as written")
finally:
    shutil.rmtree(work, ignore_errors=True)
