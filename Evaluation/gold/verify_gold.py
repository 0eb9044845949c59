#!/usr/bin/env python3
"""Sanity checks for the Chronicle sample corpus gold files. Run: python3 Evaluation/gold/verify_gold.py"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(os.path.dirname(os.path.dirname(HERE)), "Samples")

def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".html"):
        return raw
    body = re.search(r"<body.*?</body>", raw, re.S | re.I).group(0)
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    body = re.sub(r"<[^>]+>", " ", body)
    return html.unescape(body)

docs = sorted(f for f in os.listdir(SAMPLES) if re.match(r"\d\d-.*\.(txt|html)$", f))
texts = {d: visible_text(os.path.join(SAMPLES, d)) for d in docs}
corpus = "\n".join(texts.values())
errors = []

events = json.load(open(os.path.join(HERE, "chronology.json"), encoding="utf-8"))
ents = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
canon = {e["canonical"] for e in ents["entities"]}
date_re = re.compile(r"^(\d{3}|\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2})$")
for i, e in enumerate(events):
    if e["doc"] not in texts:
        errors.append(f"event {i}: unknown doc {e['doc']}")
        continue
    if len(e["quote"]) < 20 or texts[e["doc"]].find(e["quote"]) < 0:
        errors.append(f"event {i}: quote not found / too short in {e['doc']}: {e['quote']!r}")
    if e["date"] is not None and not date_re.match(e["date"]):
        errors.append(f"event {i}: bad date {e['date']}")
    if (e["date"] is None) != (e["precision"] is None):
        errors.append(f"event {i}: date/precision mismatch")
    if e["modality"] not in {"asserted", "reported", "alleged", "denied", "hypothetical", "planned"}:
        errors.append(f"event {i}: bad modality")
    for a in e["actors"] + e["places"]:
        if a not in canon:
            errors.append(f"event {i}: {a!r} is not a canonical entity")

for e in ents["entities"]:
    for a in e["aliases"]:
        if a not in corpus:
            errors.append(f"alias not in corpus: {a!r}")
for pair in ents["must_not_merge"]:
    for a in pair:
        if a not in canon:
            errors.append(f"must_not_merge name not canonical: {a!r}")

not_dates = [l.rstrip("\n") for l in open(os.path.join(HERE, "not-dates.txt"), encoding="utf-8") if l.strip()]
for nd in not_dates:
    if nd not in corpus:
        errors.append(f"not-date not in corpus: {nd!r}")

# Every digit-bearing token must be covered by a not-date string or by a date expression.
DATE_EXPRS = [r"March 4, 2021", r"26 February 2021", r"2021-0\d-\d\d", r"in 2019", r"end of February 2020",
              r"early 2015", r"mid-2017", r"14/15 May 2019", r"May,17, 2019", r"19 February 2021",
              r"February 26, 2021", r"the 1990s", r"in 2006", r"March 8, 2021", r"3 March 2021", r"May 2019",
              r"in 2020", r"September 2018", r"until 2016", r"12 June 2004", r"in 2011", r"15 May 2019",
              r"victims of 2004", r"since 2002"]
for d, t in texts.items():
    masked = t
    for pat in sorted(not_dates + DATE_EXPRS, key=len, reverse=True):
        masked = re.sub(re.escape(pat) if pat in not_dates else pat, lambda m: " " * len(m.group(0)), masked)
    for m in re.finditer(r"\S*\d\S*", masked):
        errors.append(f"{d}: uncovered number-looking token {m.group(0)!r}")

print(f"{len(docs)} documents, {len(events)} gold events, {len(ents['entities'])} entities, {len(not_dates)} not-date strings")
for d in docs:
    print(f"  {d}: {len(texts[d].split())} words, {sum(e['doc'] == d for e in events)} events")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
