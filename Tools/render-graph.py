#!/usr/bin/env python3
"""Draw a chronology GraphML as a PNG (the README's screenshot), with NetworkX and matplotlib.

Usage: Tools/render-graph.py chronology.graphml OUT.png
People, organizations, places, events and documents get their own colours; labels are drawn for
everything but events, which are many.
"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx  # noqa: E402

source, target = sys.argv[1], sys.argv[2]
graph = networkx.read_graphml(source)
graph.remove_nodes_from(list(networkx.isolates(graph)))  # names that take part in no event
colours = {"person": "#F4A261", "organization": "#2A9D8F", "place": "#8AB17D", "event": "#E9C46A", "document": "#B0B0B0"}
kinds = networkx.get_node_attributes(graph, "kind")
layout = networkx.spring_layout(graph.to_undirected(), seed=7, k=0.9, iterations=300)
plt.figure(figsize=(14, 10), dpi=100)
networkx.draw_networkx_edges(graph, layout, alpha=0.15, arrows=False, width=0.6)
for kind, colour in colours.items():
    nodes = [n for n, k in kinds.items() if k == kind]
    networkx.draw_networkx_nodes(graph, layout, nodelist=nodes, node_color=colour, node_size=60 if kind == "event" else 260,
                                 label=kind, edgecolors="#555555", linewidths=0.4)
labels = {n: d["label"] for n, d in graph.nodes(data=True) if d.get("kind") in ("person", "organization", "place")}
networkx.draw_networkx_labels(graph, layout, labels=labels, font_size=7)
plt.legend(scatterpoints=1, loc="lower left", fontsize=9)
plt.axis("off")
plt.title("Chronicle: the sample corpus as a graph (people, organizations, places, events, documents)")
plt.tight_layout()
plt.savefig(target)
print(f"wrote {target}")
