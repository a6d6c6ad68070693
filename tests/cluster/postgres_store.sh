#!/usr/bin/env bash
# Cluster test (ctest label "cluster"): the experiment log on a real PostgreSQL 15 server, made with
# initdb and started with pg_ctl on a loopback port with a temporary socket folder. Two sweep shards
# write to it at once; one is killed with SIGKILL mid-run and resubmitted; every item must then be
# stored exactly once and whole. Also: merging SQLite shard logs into it (twice), and the messages for
# a wrong password, an unreachable server, a missing database, a password in the URL and a log of a
# newer schema. Usage: postgres_store.sh QUANTBENCH_CLI FIXTURES_DIR
# QB_SKIP_CLUSTER=1 skips it (exit 77, which ctest shows as "Skipped").
set -euo pipefail
cli=$(realpath "$1")
fixtures=$(realpath "$2")
pgbin=/usr/lib/postgresql/15/bin
if [[ "${QB_SKIP_CLUSTER:-0}" == 1 ]]; then
  echo "SKIPPED: QB_SKIP_CLUSTER=1 (the PostgreSQL test needs root and postgresql-15; .ci/run has them)"
  exit 77
fi
if [[ ! -x $pgbin/initdb || ! -x $pgbin/psql ]]; then
  echo "FAIL: PostgreSQL 15 is not installed. Install Debian's postgresql-15 (packaging/install-deps.sh --cluster), or skip the cluster tests with QB_SKIP_CLUSTER=1." >&2
  exit 1
fi
if [[ $(id -u) != 0 ]] || ! id postgres > /dev/null 2>&1; then
  echo "FAIL: the test runs the server as the postgres user, so it needs root; or skip it with QB_SKIP_CLUSTER=1." >&2
  exit 1
fi
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d /tmp/qb-postgres-test.XXXXXX)
chmod 755 "$work"
mkdir -p "$work/server" "$work/socket"
chown postgres: "$work/server" "$work/socket"
port=${QB_POSTGRES_PORT:-15432}
server_pid=
cleanup() {
  if [[ -n $server_pid ]]; then
    kill -INT "$server_pid" 2>/dev/null || true # fast shutdown
    for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
as_postgres() { runuser -u postgres -- "$@"; }

echo 'admin-secret' > "$work/server/pwfile"
chown postgres: "$work/server/pwfile"
as_postgres "$pgbin/initdb" -D "$work/server/data" -U postgres --pwfile="$work/server/pwfile" \
  --auth-local=trust --auth-host=scram-sha-256 > "$work/initdb.log"
as_postgres "$pgbin/pg_ctl" -D "$work/server/data" -l "$work/server/log" -w \
  -o "-p $port -k $work/socket -c listen_addresses=127.0.0.1" start > /dev/null
server_pid=$(head -1 "$work/server/data/postmaster.pid")
sql() { as_postgres "$pgbin/psql" -h "$work/socket" -p "$port" -U postgres -d "${db:-postgres}" -v ON_ERROR_STOP=1 -qtAc "$1"; }
sql "CREATE ROLE qb LOGIN PASSWORD 'qb-secret'"
sql "CREATE DATABASE quantbench OWNER qb"
url="postgresql://qb@127.0.0.1:$port/quantbench"
export PGPASSWORD=qb-secret

# Bad input: one clear message each, exit 3, nothing written.
expect_refusal() { # expected-phrase args...
  local phrase=$1 out
  shift
  if out=$("$@" 2>&1); then fail "$* succeeded"; fi
  grep -q -- "$phrase" <<< "$out" || fail "$*: expected \"$phrase\", got: $out"
  echo "refused as expected: $(head -1 <<< "$out")"
}
cat > "$work/sweep.json" <<JSON
{
  "name": "postgres-test",
  "spec": {"model": "$fixtures/cnn_scripted.pt", "calibration": {"batches": 2}, "evaluation": {"batches": 2},
           "benchmark": {"batch": 8, "runs": 20, "threads": 1}, "threads": 1},
  "grid": {"modes": ["dynamic", "static"],
           "observers": ["minmax", "mse", "moving-average", "percentile:99.9", "percentile:99.99"]}
}
JSON
PGPASSWORD=wrong expect_refusal "refused the user qb" "$cli" sweep "$work/sweep.json" --status --db "$url"
expect_refusal "Cannot reach PostgreSQL at 127.0.0.1:$((port + 1))" \
  "$cli" sweep "$work/sweep.json" --status --db "postgresql://qb@127.0.0.1:$((port + 1))/quantbench"
expect_refusal "has no database nothere" "$cli" sweep "$work/sweep.json" --status --db "postgresql://qb@127.0.0.1:$port/nothere"
expect_refusal "holds a password" "$cli" sweep "$work/sweep.json" --status --db "postgresql://qb:qb-secret@127.0.0.1:$port/quantbench"

# Two writers at once; the second is killed (SIGKILL) as soon as it has stored an item, so in the
# middle of its next one, then resubmitted.
"$cli" sweep "$work/sweep.json" --shard 0/2 --db "$url" > "$work/shard0.txt" 2>&1 &
writer0=$!
"$cli" sweep "$work/sweep.json" --shard 1/2 --db "$url" > "$work/shard1.txt" 2>&1 &
writer1=$!
for _ in $(seq 600); do grep -q ': done,' "$work/shard1.txt" && break; sleep 0.1; done
grep -q ': done,' "$work/shard1.txt" || fail "shard 1 stored nothing: $(cat "$work/shard1.txt")"
kill -9 "$writer1" || fail "shard 1 ended before it could be killed mid-run"
wait "$writer1" 2>/dev/null || true
wait "$writer0" || fail "shard 0 failed: $(cat "$work/shard0.txt")"
stored=$(grep -c ': done,' "$work/shard1.txt")
echo "shard 1 killed with SIGKILL after storing $stored of its 5 items"
[[ $stored -lt 5 ]] || fail "shard 1 finished before the kill"
"$cli" sweep "$work/sweep.json" --shard 1/2 --db "$url" > "$work/shard1-again.txt" 2>&1 \
  || fail "the resubmitted shard failed: $(cat "$work/shard1-again.txt")"
grep -q 'already done' "$work/shard1-again.txt" || fail "the resubmitted shard redid finished items"
"$cli" sweep "$work/sweep.json" --status --db "$url" || fail "not every item is done"
db=quantbench
experiments=$(sql "SELECT count(*) FROM experiments")
distinct=$(sql "SELECT count(DISTINCT spec_sha256) FROM experiments WHERE status = 'finished'")
unfinished=$(sql "SELECT count(*) FROM experiments WHERE status <> 'finished'")
no_metrics=$(sql "SELECT count(*) FROM experiments e LEFT JOIN metrics m ON m.experiment_id = e.id WHERE m.agreement IS NULL OR m.sqnr_db IS NULL OR m.latency_median_ms IS NULL")
not_json=$(sql "SELECT count(*) FROM experiments e JOIN metrics m ON m.experiment_id = e.id WHERE e.spec_json NOT LIKE '{\"%' OR e.environment_json NOT LIKE '{%' OR m.details_json NOT LIKE '{%'")
no_layers=$(sql "SELECT count(*) FROM experiments e WHERE NOT EXISTS (SELECT 1 FROM layer_metrics l WHERE l.experiment_id = e.id)")
echo "stored: $experiments experiments, $distinct distinct items, $unfinished unfinished, $no_metrics without metrics, $not_json with JSON not stored as text, $no_layers without per-layer rows"
[[ $experiments == 10 && $distinct == 10 && $unfinished == 0 && $no_metrics == 0 && $not_json == 0 && $no_layers == 0 ]] \
  || fail "expected the 10 items stored once each and whole"

# SQLite shard logs merged into the server log, twice.
cat > "$work/local.json" <<JSON
{"name": "local", "spec": {"model": "$fixtures/cnn_scripted.pt", "calibration": {"batches": 2},
 "evaluation": {"batches": 2}, "benchmark": {"batch": 8, "runs": 5, "threads": 1}, "threads": 1},
 "grid": {"modes": ["dynamic"], "engines": ["qnnpack", "onednn"]}}
JSON
"$cli" sweep "$work/local.json" --shard 0/2 --db "$work/local-{shard}.sqlite" > /dev/null
"$cli" sweep "$work/local.json" --shard 1/2 --db "$work/local-{shard}.sqlite" > /dev/null
merged=$("$cli" merge "$url" "$work"/local-*.sqlite --json)
grep -qx '    "added": 2,' <<< "$merged" || fail "the first merge did not add 2: $merged"
merged=$("$cli" merge "$url" "$work"/local-*.sqlite --json)
grep -qx '    "added": 0,' <<< "$merged" || fail "merging again added experiments: $merged"
[[ $(sql "SELECT count(*) FROM experiments") == 12 ]] || fail "the server log does not hold 12 experiments"
"$cli" report --db "$url" --format csv --out "$work/report.csv"
[[ $(wc -l < "$work/report.csv") -ge 13 ]] || fail "the report from the server log is short"

# A log of a newer schema is refused and left alone.
sql "UPDATE quantbench_schema SET version = 99"
expect_refusal "newer QuantBench" "$cli" sweep "$work/sweep.json" --status --db "$url"
[[ $(sql "SELECT count(*) FROM experiments") == 12 ]] || fail "refusing the newer log changed it"
echo "PASS: two writers, one killed and resubmitted, 10 items stored once and whole; 2 SQLite logs merged twice; 5 refusals"
