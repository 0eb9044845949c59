#!/usr/bin/env python3
"""Copy Templates/briefing.txt.mustache into the library as DefaultBriefingTemplate.swift.

Run after editing the template; a test fails while the two differ.
"""
import os

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "Templates", "briefing.txt.mustache"), encoding="utf-8") as handle:
    template = handle.read()
swift = (
    "// Generated from Templates/briefing.txt.mustache by Tools/embed-template.py; do not edit by hand.\n\n"
    "/// The built-in briefing template, so the binary needs no file at run time.\n"
    "enum DefaultBriefingTemplate {\n"
    '    static let text = #"""\n' + template + '\n"""#\n'
    "}\n"
)
with open(os.path.join(root, "Sources", "ChronicleKit", "Export", "DefaultBriefingTemplate.swift"), "w", encoding="utf-8") as out:
    out.write(swift)
print("embedded Templates/briefing.txt.mustache")
