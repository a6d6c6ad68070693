#!/usr/bin/env bash
# Cluster test (ctest label "cluster"): a 4-item sweep on the fixture CNN as a 4-task Slurm job
# array, submitted with the script `quantbench-cli sweep --emit slurm` writes, on a one-node cluster
# started here (tests/cluster/slurm-cluster.sh); then the shard logs are merged twice and every item
# must be stored exactly once. Usage: slurm_sweep.sh QUANTBENCH_CLI FIXTURES_DIR
# QB_SKIP_CLUSTER=1 skips it (exit 77, which ctest shows as "Skipped").
set -euo pipefail
cli=$(realpath "$1")
fixtures=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
if [[ "${QB_SKIP_CLUSTER:-0}" == 1 ]]; then
  echo "SKIPPED: QB_SKIP_CLUSTER=1 (the Slurm sweep test needs root, slurm-wlm and munge; .ci/run has them)"
  exit 77
fi
source "$here/slurm-cluster.sh"
if missing=$(slurm_missing); then
  echo "FAIL: $missing is not installed. Install Debian's slurm-wlm and munge (.ci/run does), or skip the cluster tests with QB_SKIP_CLUSTER=1." >&2
  exit 1
fi
if [[ $(id -u) != 0 ]]; then
  echo "FAIL: the one-node Slurm cluster runs its daemons as root; run as root or skip with QB_SKIP_CLUSTER=1." >&2
  exit 1
fi
work=$(mktemp -d /tmp/qb-slurm-test.XXXXXX)
cleanup() { slurm_stop "$work/cluster"; rm -rf "$work"; }
trap cleanup EXIT
slurm_start "$work/cluster"

# The spec both sweeps start from: the fixture CNN on a little synthetic data.
spec='"spec": {"model": "'"$fixtures"'/cnn_scripted.pt", "calibration": {"batches": 2}, "evaluation": {"batches": 2},
           "benchmark": {"batch": 8, "runs": 5, "threads": 1}, "threads": 1},'
cat > "$work/sweep.json" <<JSON
{
  "name": "slurm-test",
  $spec
  "grid": {"modes": ["dynamic", "static"], "engines": ["qnnpack", "onednn"]}
}
JSON
"$cli" sweep "$work/sweep.json" --plan --shards 4
"$cli" sweep "$work/sweep.json" --emit slurm --shards 4 --db "$work/shard-{shard}.sqlite" --logs "$work/logs" \
  --out "$work/sweep.sbatch"
grep -q -- '--array=0-3' "$work/sweep.sbatch"
sbatch --wait "$work/sweep.sbatch" || { echo "FAIL: the job array failed; its tasks said:" >&2; cat "$work"/logs/* >&2; exit 1; }
tasks=$(find "$work/logs" -name '*.out' | wc -l)
[[ $tasks == 4 ]] || { echo "FAIL: $tasks task outputs, not 4" >&2; exit 1; }
cat "$work"/logs/*.out
"$cli" merge "$work/merged.sqlite" "$work"/shard-*.sqlite
second=$("$cli" merge "$work/merged.sqlite" "$work"/shard-*.sqlite --json)
echo "$second"
grep -qx '    "added": 0,' <<< "$second" || { echo "FAIL: merging again added experiments" >&2; exit 1; }
grep -qx '    "experiments": 4,' <<< "$second" || { echo "FAIL: the merged log does not hold exactly 4 experiments" >&2; exit 1; }
"$cli" sweep "$work/sweep.json" --status --db "$work/merged.sqlite"

# A search sweep as a 2-task array: the tasks share one ranking (computed by whichever starts first,
# the other waits for its file), then run their halves of the trials.
cat > "$work/search.json" <<JSON
{
  "name": "slurm-search",
  $spec
  "search": {"min_agreement": 0.5, "max_trials": 3}
}
JSON
# Its output folder has a space and a % in its name, which the #SBATCH line must carry through.
logs="$work/search logs 100%"
"$cli" sweep "$work/search.json" --emit slurm --shards 2 --db "$work/search-{shard}.sqlite" --logs "$logs" \
  --out "$work/search.sbatch"
sbatch --wait "$work/search.sbatch" || { echo "FAIL: the search array failed; its tasks said:" >&2; cat "$logs"/* >&2; exit 1; }
outputs=$(find "$logs" -name '*.out' | wc -l)
[[ $outputs == 2 ]] || { echo "FAIL: $outputs task outputs in '$logs', not 2" >&2; ls -R "$work" >&2; exit 1; }
cat "$logs"/*.out
"$cli" merge "$work/search-merged.sqlite" "$work"/search-*.sqlite
"$cli" report --db "$work/search-merged.sqlite" --format csv --out "$work/search.csv"
rankings=$(grep -c ',sensitivity,' "$work/search.csv" || true)
[[ $rankings == 1 ]] || { echo "FAIL: the layers were ranked $rankings times, not once" >&2; cat "$work/search.csv" >&2; exit 1; }
status=$("$cli" sweep "$work/search.json" --status --db "$work/search-merged.sqlite") \
  || { echo "FAIL: the search's trials are not all done:" >&2; echo "$status" >&2; exit 1; }
echo "$status"
grep -q 'best within the budget' <<< "$status" || { echo "FAIL: --status names no best trial" >&2; exit 1; }
echo "PASS: 4 items as a 4-task Slurm array, each stored exactly once after merging twice; a search's 3 trials as a 2-task array, ranked once"
