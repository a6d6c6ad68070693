#!/usr/bin/env bash
# Runs each libFuzzer target of the sanitize build for a bounded time, starting from the seed corpus
# in tests/fuzz/corpus/. Usage: tools/fuzz.sh [BUILD_DIR] [SECONDS_PER_TARGET]
# A crash stops the run with a non-zero exit; the input that caused it is kept as
# BUILD_DIR/fuzz-findings/<target>/crash-* (reproduce: BUILD_DIR/tests/fuzz/fuzz_<target> FILE),
# and belongs in a regression test before the fix lands.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-sanitize}
seconds=${2:-60}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:detect_odr_violation=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export OMP_NUM_THREADS=1
for target in archive idx data spec; do
  binary="$build/tests/fuzz/fuzz_$target"
  [[ -x "$binary" ]] || { echo "fuzz.sh: $binary is missing: build the sanitize preset first" >&2; exit 2; }
  findings="$build/fuzz-findings/$target"
  work="$build/fuzz-corpus/$target"
  mkdir -p "$findings" "$work"
  start=$(date +%s)
  # -timeout: one input may take at most 10 s (a hang is a finding); -rss_limit_mb: nor 4 GB.
  "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
            -artifact_prefix="$findings/" -print_final_stats=1 "$work" "tests/fuzz/corpus/$target" \
            > "$findings/log.txt" 2>&1 || { tail -40 "$findings/log.txt"; echo "fuzz_$target found a crash" >&2; exit 1; }
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$findings/log.txt" | grep -o '[0-9]*$' || echo '?')
  echo "fuzz_$target: $runs inputs in $(( $(date +%s) - start )) s, no crash"
done
