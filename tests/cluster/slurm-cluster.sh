# A one-node Slurm cluster on loopback, for the cluster tests and the sweep benchmark. Source this
# file, then: slurm_start DIR (everything it writes goes under DIR; exports SLURM_CONF) and
# slurm_stop DIR (stops the daemons by the PIDs slurm_start recorded). Needs root and Debian's
# slurm-wlm and munge (.ci/run installs them).

slurm_missing() {
  local tool
  for tool in munged slurmctld slurmd sbatch sinfo; do
    command -v "$tool" > /dev/null 2>&1 || [[ -x /usr/sbin/$tool ]] || { echo "$tool"; return 0; }
  done
  return 1
}

slurm_start() {
  local dir=$1 host cpus
  host=$(hostname -s)
  # nproc obeys OMP_NUM_THREADS, which the tests set to 1: ask for the cores themselves.
  cpus=$(env -u OMP_NUM_THREADS -u OMP_THREAD_LIMIT nproc)
  mkdir -p "$dir/munge" "$dir/state" "$dir/spool" "$dir/logs"
  chmod 711 "$dir/munge"
  # munged: its own key and socket, so nothing of the machine's munge is touched.
  head -c 1024 /dev/urandom > "$dir/munge/munge.key"
  chmod 400 "$dir/munge/munge.key"
  /usr/sbin/munged --foreground --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.socket" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/seed" \
    > "$dir/munged.out" 2>&1 &
  echo $! > "$dir/munged.pid"
  cat > "$dir/slurm.conf" <<CONF
ClusterName=quantbench
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=${QB_SLURMCTLD_PORT:-16817}
SlurmdPort=${QB_SLURMD_PORT:-16818}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pidfile
SlurmdPidFile=$dir/slurmd.pidfile
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
ReturnToService=2
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=quantbench Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$dir/slurm.conf"
  local i
  for i in $(seq 50); do [[ -S "$dir/munge/munge.socket" ]] && break; sleep 0.1; done
  /usr/sbin/slurmctld -D -f "$SLURM_CONF" > "$dir/slurmctld.out" 2>&1 &
  echo $! > "$dir/slurmctld.pid"
  /usr/sbin/slurmd -D -f "$SLURM_CONF" > "$dir/slurmd.out" 2>&1 &
  echo $! > "$dir/slurmd.pid"
  # Ready when the node is idle.
  for i in $(seq 60); do
    if sinfo -h -o '%t' 2>/dev/null | grep -qx 'idle'; then return 0; fi
    sleep 0.5
  done
  echo "slurm_start: the node did not come up; slurmctld and slurmd said:" >&2
  tail -20 "$dir/slurmctld.log" "$dir/slurmd.log" "$dir/slurmctld.out" "$dir/slurmd.out" >&2 || true
  return 1
}

slurm_stop() {
  local dir=$1 daemon pid
  for daemon in slurmd slurmctld munged; do
    [[ -f "$dir/$daemon.pid" ]] || continue
    pid=$(cat "$dir/$daemon.pid")
    kill "$pid" 2>/dev/null || continue
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$dir/$daemon.pid"
  done
}
