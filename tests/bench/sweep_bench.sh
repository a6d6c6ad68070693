#!/usr/bin/env bash
# Benchmark: a 16-item sweep on the demo CNN (Fashion-MNIST calibration and evaluation), run once in
# one process and once as 2 shards of a Slurm job array on a one-node cluster started here, one
# intra-op thread per task both times. Prints both wall times, their ratio, the time per item and
# the per-shard fixed cost, and what they predict for N nodes. Needs root and
# `packaging/install-deps.sh --cluster`.
# Run: cmake --build build --target quantbench-cli && bash tests/bench/sweep_bench.sh build/app/quantbench-cli
set -euo pipefail
cli=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../cluster/slurm-cluster.sh"
work=$(mktemp -d /tmp/qb-sweep-bench.XXXXXX)
cleanup() { slurm_stop "$work/cluster"; rm -rf "$work"; }
trap cleanup EXIT
export OMP_NUM_THREADS=1

"$cli" zoo cnn --train --cached --out "$work/cnn.pt" > /dev/null
cat > "$work/sweep.json" <<JSON
{
  "name": "bench",
  "spec": {
    "model": "$work/cnn.pt",
    "calibration": {"kind": "idx", "path": "/usr/share/datasets/fashion-mnist", "split": "train",
                    "batch_size": 32, "batches": 8, "shuffle": true},
    "evaluation": {"kind": "idx", "path": "/usr/share/datasets/fashion-mnist", "split": "test",
                   "batch_size": 256, "batches": 4},
    "benchmark": {"batch": 64, "runs": 30, "threads": 1},
    "threads": 1
  },
  "grid": {"modes": ["dynamic", "static"], "engines": ["onednn", "qnnpack"],
           "observers": ["minmax", "mse", "percentile:99.9", "moving-average"]}
}
JSON
items=$("$cli" sweep "$work/sweep.json" --plan --json | grep -c '"spec_sha256"')
echo "sweep: $items items"

start=$(date +%s.%N)
"$cli" --threads 1 sweep "$work/sweep.json" --db "$work/serial.sqlite" > "$work/serial.txt"
serial=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
item_sum=$(grep ': done,' "$work/serial.txt" | grep -o 'in [0-9.]* s$' | awk '{s += $2} END {print s}')

slurm_start "$work/cluster"
"$cli" sweep "$work/sweep.json" --emit slurm --shards 2 --db "$work/shard-{shard}.sqlite" --logs "$work/logs" \
  --out "$work/sweep.sbatch" > /dev/null
start=$(date +%s.%N)
# Polled here rather than with `sbatch --wait`, whose own polling backs off to tens of seconds.
job=$(sbatch --parsable "$work/sweep.sbatch")
while [[ -n $(squeue -h -j "$job" 2>/dev/null) ]]; do sleep 0.2; done
echo "submitted $(date -d @"${start%.*}" +%T); the tasks, as Slurm saw them:"
scontrol -o show job "$job" | grep -o 'JobId=[0-9]* \|ArrayTaskId=[0-9]*\|StartTime=[^ ]*\|EndTime=[^ ]*' | paste - - - - || true
sharded=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
"$cli" merge "$work/merged.sqlite" "$work"/shard-*.sqlite > /dev/null
"$cli" sweep "$work/sweep.json" --status --db "$work/merged.sqlite" | tail -1
shard_items=$(cat "$work"/logs/*.out | grep ': done,' | grep -o 'in [0-9.]* s$' | awk '{s += $2} END {print s}')
shard_walls=$(cat "$work"/logs/*.out | grep -o 'failed, in [0-9.]* s$' | awk '{print $3}' | tr '\n' ' ')

awk -v serial="$serial" -v sum="$item_sum" -v items="$items" -v sharded="$sharded" -v ssum="$shard_items" \
    -v walls="$shard_walls" 'BEGIN {
  per = sum / items; fixed = serial - sum
  printf "one process:   %.1f s wall; items %.1f s (%.2f s each); fixed %.1f s (start, data, float timing)\n", serial, sum, per, fixed
  printf "2 Slurm tasks: %.1f s wall from sbatch to the end of the array (tasks: %s s); %.2f s per item with two at once\n", sharded, walls, ssum / items
  printf "ratio: %.3f\n", sharded / serial
  printf "prediction for N nodes like this one, one task each, M items: wall ~ %.1f s + M/N x %.2f s + the scheduler'"'"'s start-up\n", fixed, per
}'
