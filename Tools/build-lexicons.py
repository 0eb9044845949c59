#!/usr/bin/env python3
"""Build Chronicle's word lists from the CoNLL-2003 training file.

Usage: Tools/build-lexicons.py [PATH/TO/eng.train]   (default: ../shared/corpora/conll2003/eng.train)

Writes Sources/ChronicleKit/Resources/common-words.txt (a resource of the library): lower-case words that the corpus writes in
lower case more often than capitalized outside sentence starts and never tags as part of a name more
often than not. The recognizer uses it to tell a capitalized common word ("Leaked document ...") from
a name. The output is a derived word list (no text of the corpus), reproducible by rerunning this.
"""
import collections
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "corpora", "conll2003", "eng.train")
lower_count = collections.Counter()
upper_count = collections.Counter()
name_count = collections.Counter()
first = True
with open(source, encoding="utf-8") as handle:
    for line in handle:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            first = True
            continue
        word, tag = parts[0], parts[-1]
        key = word.lower()
        if tag != "O":
            name_count[key] += 1
        if not first and word[:1].isalpha():
            if word[:1].islower():
                lower_count[key] += 1
            elif word[:1].isupper():
                upper_count[key] += 1
        first = word in {".", "!", "?"}

words = sorted(
    w for w, n in lower_count.items()
    if n >= 2 and n > upper_count[w] and name_count[w] * 2 < n + upper_count[w] and w.isalpha()
)
target = os.path.join(here, "..", "Sources", "ChronicleKit", "Resources", "common-words.txt")
with open(target, "w", encoding="utf-8") as out:
    for w in words:
        out.write(w + "\n")
print(f"{len(words)} common words -> {os.path.relpath(target)}")
