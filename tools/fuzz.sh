#!/usr/bin/env bash
# Builds the libFuzzer targets (Sources/SchedFuzz) with AddressSanitizer and runs one,
# seeded with scenarios/, the conformance programs, the bad-input corpus (Tests/BadInput)
# and Tests/FuzzSeeds:
#   program  the scenario loader, the front end and the VM (the default)
#   escape   every export and ending message is free of characters a terminal acts on, and
#            the JSON exports parse
#
#   [SCHEDFUZZ_TARGET=program|escape] tools/fuzz.sh [RUNS] [extra libFuzzer flags...]
#                                                        (default 1000000 runs)
#
# Crashes, leaks and timeouts are written to .fuzz/artifacts/ and stop the run (non-zero
# exit). Replay one with a plain build: `swift build --product SchedFuzz && .build/debug/SchedFuzz FILE`.
# The plain `swift build` never needs fuzzing support: only this script passes the flags.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
RUNS=${1:-1000000}
shift || true
SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}

# A failed build must stop here: an older binary left in the scratch folder would fuzz old code.
if ! swift build -c release --scratch-path "$SCRATCH" --product SchedFuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DSCHEDVIZ_FUZZ -Xswiftc -parse-as-library \
    > "$SCRATCH.log" 2>&1; then
    grep -v "Cannot export local symbol" "$SCRATCH.log" >&2
    echo "fuzz.sh: build failed" >&2
    exit 1
fi
BIN="$SCRATCH/release/SchedFuzz"
[ -x "$BIN" ] || { echo "fuzz.sh: build failed" >&2; exit 1; }

export SCHEDFUZZ_TARGET=${SCHEDFUZZ_TARGET:-program}
CORPUS=.fuzz/corpus-$SCHEDFUZZ_TARGET

# The working corpus grows across runs; the seeds are copied in each time.
mkdir -p "$CORPUS" .fuzz/artifacts
for f in scenarios/*.json scenarios/*.py Tests/Conformance/*.py Tests/AsyncConformance/*.py Tests/BadInput/*/input.* Tests/FuzzSeeds/*; do
    [ -f "$f" ] || continue
    cp "$f" "$CORPUS/seed-$(echo "$f" | tr '/' '_')"
done

# -rss_limit_mb: ASan's shadow memory counts; the target caps single results at 64 MB itself.
exec "$BIN" "$CORPUS" -runs="$RUNS" -timeout=10 -rss_limit_mb=4096 -max_len=4096 \
    -detect_leaks=1 -artifact_prefix=".fuzz/artifacts/$SCHEDFUZZ_TARGET-" -print_final_stats=1 "$@"
