#!/usr/bin/env bash
# How time and memory grow with the corpus: chronicle build (release, all cores) on the first 1,000 and
# 5,000 Reuters-21578 stories, all 21,578, and the whole corpus four times over (ids made unique).
#
# Usage: Benchmarks/scaling.sh        prints a Markdown table for the README
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 ../shared/tools/corpus-to-jsonl > "$work/all.jsonl"
head -n 1000 "$work/all.jsonl" > "$work/1k.jsonl"
head -n 5000 "$work/all.jsonl" > "$work/5k.jsonl"
for copy in 1 2 3 4; do sed "s/\"id\": \"r21578-/\"id\": \"copy$copy-r21578-/" "$work/all.jsonl"; done > "$work/4x.jsonl"
swift build -c release --static-swift-stdlib --product chronicle >/dev/null
echo "| corpus | documents | MB of text | seconds | MB/s | peak memory (MB) | memory / text |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for name in 1k 5k all 4x; do
    file="$work/$name.jsonl"
    documents=$(wc -l < "$file")
    bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$file")
    # The empty BRIEF stories are reported and skipped (exit status 1); the others are all analysed.
    /usr/bin/time -f "%e %M" -o "$work/time" .build/release/chronicle build "$file" --out "$work/out" --quiet \
        2>/dev/null || true
    read -r seconds kb < <(tail -n 1 "$work/time")
    python3 -c "
b, s, kb = $bytes / 1e6, $seconds, $kb / 1024
print(f'| $name | $documents | {b:.1f} | {s:.1f} | {b / s:.2f} | {kb:.0f} | {kb / b:.0f}x |')"
done
