#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for SECONDS (default 20) from the committed seed
# corpus. Exits non-zero, naming the crashing input, when a target finds a crash, a hang (over 10 s on
# one input) or runaway memory. A longer run: Tools/fuzz.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in Ingest Time Entities; do
    corpus=$(echo "$target" | tr '[:upper:]' '[:lower:]')
    mkdir -p "$work/$corpus"
    cp Fuzz/Corpus/"$corpus"/* "$work/$corpus/"
    # Inputs earlier long runs found interesting (minimized with -merge=1), kept as one archive.
    if [ -f Fuzz/Corpus/"$corpus"-found.tar.gz ]; then tar -xzf Fuzz/Corpus/"$corpus"-found.tar.gz -C "$work/$corpus"; fi
    if ! Fuzz/.build/release/Fuzz$target "$work/$corpus" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$work/$target-" > "$work/$target.log" 2>&1; then
        tail -n 30 "$work/$target.log"
        echo "fuzz: FAIL Fuzz$target; the input that broke it:" "$work"/$target-* >&2
        exit 1
    fi
    echo "fuzz: Fuzz$target ok: $(grep -E '^Done' "$work/$target.log")"
done
