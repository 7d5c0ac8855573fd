#!/bin/bash
# make slurm-test: proves the scale-out path on a real Slurm engine (docs/harness.md, "Slurm: tested on a real cluster").
#  1. installs slurm-wlm and munge from Debian when missing, brings up a one-node cluster (munged, slurmctld, slurmd;
#     private config via SLURM_CONF, private ports and state folder), recipe in /work/shared/docs/platform.md;
#  2. runs the small grid build/slurm/slurm-test.json in one process (the reference);
#  3. submits it with harness/slurm/submit.sh as a job array of $SHARDS shards, waits (squeue, bounded), merges and
#     compares runs.parquet and curves.parquet with the reference bit for bit (timing columns excluded);
#  4. failure paths: submits again into a fresh folder with array task $FAIL_TASK failing once and task $CANCEL_TASK
#     cancelled (scancel <job>_<i>) mid-run, after its first batch is stored; checks `grid status` shows the missing
#     runs, resubmits the same array, merges and compares again;
#  5. prints the figures and stops every daemon it started (by PID), also on failure or Ctrl+C.
# Exit 0 pass (or skip, with the reason, where Slurm cannot be installed; SLURM_TEST_REQUIRED=1 makes that a failure),
# 1 fail. Keep it under 5 minutes on 2 cores.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/build/slurm
SPEC=$HERE/slurm-test.json
GRID=slurm-test
SHARDS=${SHARDS:-3}            # 6 training units (nested) -> 2 per shard, so a cancelled task has stored runs and a lost unit
FAIL_TASK=${FAIL_TASK:-2}
CANCEL_TASK=${CANCEL_TASK:-1}
WAIT_S=${SLURM_TEST_WAIT_S:-150}
HYPARQUET=hyparquet@1.33.0
CLUSTER=${SLURM_TEST_CLUSTER:-/tmp/ffrepro-slurm-test}   # daemons' state, spool, logs, pid files
WORK=$HERE/work                                           # results and per-task logs
DOTNET=${DOTNET:-dotnet}
REAL_FFREPRO="$DOTNET $ROOT/harness/bin/Release/net10.0/linux-x64/ffrepro.dll"
export FFREPRO_DATA=${FFREPRO_DATA:-$ROOT/data} NO_COLOR=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { echo "slurm-test: $*"; }
die() { echo "slurm-test: FAIL: $*" >&2; exit 1; }
skip() {
  echo "slurm-test: SKIPPED: $*"
  [[ "${SLURM_TEST_REQUIRED:-0}" == 1 ]] && exit 1
  exit 0
}
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

t_start=$(now)
[[ -f $ROOT/harness/bin/Release/net10.0/linux-x64/ffrepro.dll ]] || die "ffrepro is not built (make build)"
command -v node >/dev/null && command -v npm >/dev/null || skip "node and npm are needed to read the Parquet files (hyparquet)"

# ---- 1. Slurm and munge ------------------------------------------------------------------------------------------
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null; then
  [[ $(id -u) == 0 ]] || skip "slurm-wlm/munge are not installed and installing them needs root"
  command -v apt-get >/dev/null || skip "slurm-wlm/munge are not installed and there is no apt-get (Debian/Ubuntu only)"
  say "installing slurm-wlm and munge (apt-get)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null; } \
    || skip "apt-get could not install slurm-wlm and munge (no network or no such packages here)"
fi
[[ $(id -u) == 0 ]] || skip "the one-node cluster runs its daemons as root (SlurmUser=root); run as root"

# hyparquet: pure-JS Parquet reader for the comparison (no Parquet CLI on the machine; no extra .NET project).
if [[ ! -f $HERE/node_modules/hyparquet/package.json ]]; then
  say "installing $HYPARQUET into build/slurm/node_modules"
  (npm install --prefix "$HERE" --silent --no-save --no-package-lock --no-audit --no-fund "$HYPARQUET" >/dev/null) \
    || skip "npm could not install $HYPARQUET (no registry access)"
fi

STARTED_PIDS=()      # "name:pidfile" of daemons this script started
cleanup() {
  local rc=$?
  set +e
  if [[ -n "${SLURM_CONF:-}" && -f "$SLURM_CONF" ]] && command -v squeue >/dev/null; then
    local left; left=$(squeue -h -o %i 2>/dev/null)
    if [[ -n "$left" ]]; then say "cancelling leftover jobs: $left"; scancel $left 2>/dev/null; sleep 2; fi
  fi
  local entry name pidfile pid i
  for (( i=${#STARTED_PIDS[@]}-1; i>=0; i-- )); do      # reverse start order: slurmd, slurmctld, munged
    entry=${STARTED_PIDS[i]}; name=${entry%%:*}; pidfile=${entry#*:}
    pid=$(cat "$pidfile" 2>/dev/null) || continue
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || continue
    kill -TERM "$pid"
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then say "$name ($pid) did not stop on TERM, killing"; kill -KILL "$pid"; fi
    say "stopped $name (pid $pid)"
  done
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# munge: reuse a running munged (someone else's: leave it alone), else start one with the machine's key.
MUNGE_SOCKET=/run/munge/munge.socket.2
if munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; then
  say "munged already running, using it"
else
  if [[ ! -s /etc/munge/munge.key ]]; then
    install -d -o munge -g munge -m 700 /etc/munge
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
    chown munge:munge /etc/munge/munge.key; chmod 400 /etc/munge/munge.key
  fi
  install -d -o munge -g munge -m 755 /run/munge
  install -d -o munge -g munge -m 700 /var/lib/munge /var/log/munge
  runuser -u munge -- munged --force
  STARTED_PIDS+=("munged:/run/munge/munged.pid")
  for _ in $(seq 50); do munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.2; done
  munge -n </dev/null | unmunge >/dev/null || die "munged does not answer on $MUNGE_SOCKET"
  say "started munged (pid $(cat /run/munge/munged.pid))"
fi

# slurm: private config and state, so nothing under /etc/slurm is touched and a leftover state cannot interfere.
NODE=$(hostname -s)
CPUS=$(nproc)
MEM_MB=$(awk '/MemTotal/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)
for pidfile in "$CLUSTER/slurmctld.pid" "$CLUSTER/slurmd.pid"; do
  if [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    die "a daemon from an earlier slurm-test is still running (pid $(cat "$pidfile"), $pidfile); stop it first"
  fi
done
rm -rf "$CLUSTER"; mkdir -p "$CLUSTER/state" "$CLUSTER/spool"
export SLURM_CONF=$CLUSTER/slurm.conf
cat > "$SLURM_CONF" <<CONF
# written by build/slurm-test.sh; a one-node cluster for make slurm-test
ClusterName=ffrepro-test
SlurmctldHost=$NODE
SlurmctldPort=${SLURM_TEST_CTLD_PORT:-16817}
SlurmdPort=${SLURM_TEST_SLURMD_PORT:-16818}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$MUNGE_SOCKET
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
SchedulerType=sched/backfill
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MinJobAge=600
KillWait=5
StateSaveLocation=$CLUSTER/state
SlurmdSpoolDir=$CLUSTER/spool
SlurmctldPidFile=$CLUSTER/slurmctld.pid
SlurmdPidFile=$CLUSTER/slurmd.pid
SlurmctldLogFile=$CLUSTER/slurmctld.log
SlurmdLogFile=$CLUSTER/slurmd.log
NodeName=$NODE CPUs=$CPUS RealMemory=$MEM_MB State=UNKNOWN
PartitionName=test Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -f "$SLURM_CONF"
STARTED_PIDS+=("slurmctld:$CLUSTER/slurmctld.pid")
for _ in $(seq 50); do [[ -s $CLUSTER/slurmctld.pid ]] && scontrol ping >/dev/null 2>&1 && break; sleep 0.2; done
scontrol ping >/dev/null 2>&1 || die "slurmctld did not come up (log: $CLUSTER/slurmctld.log)"
slurmd -f "$SLURM_CONF"
STARTED_PIDS+=("slurmd:$CLUSTER/slurmd.pid")
state=
for _ in $(seq 100); do state=$(sinfo -h -n "$NODE" -o %T 2>/dev/null); [[ $state == idle ]] && break; sleep 0.3; done
[[ $state == idle ]] || die "node $NODE is '$state', not idle (logs in $CLUSTER)"
say "cluster up: slurmctld $(cat "$CLUSTER/slurmctld.pid"), slurmd $(cat "$CLUSTER/slurmd.pid"), node $NODE $CPUS CPUs, $(sinfo -V)"

# ---- helpers -----------------------------------------------------------------------------------------------------
# submit RESULTS [FFREPRO]: runs harness/slurm/submit.sh from $WORK (logs land in $WORK/logs), echoes the job id.
submit() {
  local out
  out=$(cd "$WORK" && FFREPRO=${2:-$REAL_FFREPRO} "$ROOT/harness/slurm/submit.sh" "$SPEC" "$SHARDS" cpu "$1" \
        --cpus-per-task=1 --mem=1G --time=10 --parsable) || die "submit.sh failed: $out"
  echo "${out%%;*}"
}
# wait_job JOB: until squeue no longer lists any task of the array, at most $WAIT_S seconds.
wait_job() {
  local deadline=$(( $(date +%s) + WAIT_S ))
  while [[ -n $(squeue -h -j "$1" 2>/dev/null) ]]; do
    (( $(date +%s) < deadline )) || die "job $1 still queued/running after ${WAIT_S}s: $(squeue -h -j "$1")"
    sleep 0.5
  done
}
task_state() { scontrol -o show job "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | head -1 | cut -d= -f2; }
merge_and_compare() {   # RESULTS LABEL
  $REAL_FFREPRO merge "$GRID" --results "$1" >"$WORK/merge-$2.out" 2>"$WORK/merge-$2.err" \
    || die "merge of $2 failed: $(cat "$WORK/merge-$2.err")"
  node "$HERE/compare.mjs" "$WORK/single/$GRID" "$1/$GRID" >"$WORK/compare-$2.json" 2>"$WORK/compare-$2.err" \
    || die "$2 differs from the single-process run: $(cat "$WORK/compare-$2.err") $(cat "$WORK/compare-$2.json")"
  say "$2: identical to the single-process run: $(cat "$WORK/compare-$2.json")"
}

rm -rf "$WORK"; mkdir -p "$WORK/logs"

# submit.sh asks for a GPU only when DEVICE=cuda: checked against a stand-in sbatch that prints its arguments (the
# test node has no GPU, so a real cuda submission could only be rejected).
mkdir -p "$WORK/fake-bin"; printf '#!/bin/sh\necho "$@"\n' >"$WORK/fake-bin/sbatch"; chmod +x "$WORK/fake-bin/sbatch"
gpu_args=$(cd "$WORK" && PATH=$WORK/fake-bin:$PATH FFREPRO=$REAL_FFREPRO "$ROOT/harness/slurm/submit.sh" "$SPEC" 2 cuda "$WORK/gpu-check")
cpu_args=$(cd "$WORK" && PATH=$WORK/fake-bin:$PATH FFREPRO=$REAL_FFREPRO "$ROOT/harness/slurm/submit.sh" "$SPEC" 2 cpu "$WORK/gpu-check")
[[ $gpu_args == *--gres=gpu:1* && $cpu_args != *gres* ]] || die "submit.sh GPU request wrong: cuda '$gpu_args', cpu '$cpu_args'"
say "submit.sh requests --gres=gpu:1 for cuda only"
planned=$($REAL_FFREPRO grid plan "$SPEC" 2>&1 | sed -n 's/.* = \([0-9]*\) runs in.*/\1/p')
[[ -n $planned ]] || die "could not read the plan size of $SPEC"

# ---- 2. reference: one process -----------------------------------------------------------------------------------
say "single-process run of $GRID ($planned runs)"
t0=$(now)
$REAL_FFREPRO grid run "$SPEC" --results "$WORK/single" --plain >"$WORK/single.log" 2>&1 || die "single-process run failed: $(tail -5 "$WORK/single.log")"
t_single=$(secs "$t0" "$(now)")
$REAL_FFREPRO merge "$GRID" --results "$WORK/single" >/dev/null || die "merge of the single-process run failed"
say "single-process: ${t_single}s"

# ---- 3. clean job array ------------------------------------------------------------------------------------------
t0=$(now)
job=$(submit "$WORK/array")
say "submitted job array $job (shards 1-$SHARDS)"
wait_job "$job"
t_array=$(secs "$t0" "$(now)")
for i in $(seq "$SHARDS"); do
  s=$(task_state "${job}_$i"); [[ $s == COMPLETED ]] || die "array task ${job}_$i ended $s (log $WORK/logs/ffrepro-${job}_$i.err)"
done
say "job array $job: $SHARDS tasks COMPLETED in ${t_array}s"
merge_and_compare "$WORK/array" array

# ---- 4. failure paths: one task fails, one is cancelled mid-run, then the array is resubmitted --------------------
rm -f "$WORK/fail-marker"
t0=$(now)
job2=$(FAIL_TASK=$FAIL_TASK FAIL_MARKER=$WORK/fail-marker REAL_FFREPRO=$REAL_FFREPRO submit "$WORK/faults" "$HERE/fail-once.sh")
export FAIL_TASK FAIL_MARKER=$WORK/fail-marker REAL_FFREPRO
say "submitted job array $job2 (task $FAIL_TASK fails once, task $CANCEL_TASK will be cancelled mid-run)"
# Cancel task CANCEL_TASK once its first training unit is stored and its second is training (a second "batch <n>:"
# line in its log; numbers are the plan's, not the shard's; heartbeat lines have no colon after the number).
cancel_log=$WORK/logs/ffrepro-${job2}_$CANCEL_TASK.out
cancelled=0
deadline=$(( $(date +%s) + WAIT_S ))
while (( $(date +%s) < deadline )); do
  if [[ -f $cancel_log ]] && (( $(grep -cE '^batch [0-9]+: ' "$cancel_log" 2>/dev/null) >= 2 )); then
    scancel "${job2}_$CANCEL_TASK"; cancelled=1; break
  fi
  [[ -f $cancel_log && -z $(squeue -h -j "${job2}_$CANCEL_TASK" 2>/dev/null) ]] && break
  sleep 0.05
done
(( cancelled )) || die "array task ${job2}_$CANCEL_TASK ended before it could be cancelled mid-run"
say "scancel ${job2}_$CANCEL_TASK sent while its second batch was training"
wait_job "$job2"
s_fail=$(task_state "${job2}_$FAIL_TASK"); s_cancel=$(task_state "${job2}_$CANCEL_TASK")
say "task ${job2}_$FAIL_TASK: $s_fail, task ${job2}_$CANCEL_TASK: $s_cancel"
[[ $s_fail == FAILED ]] || die "task ${job2}_$FAIL_TASK should have FAILED, is $s_fail"
[[ $s_cancel == CANCELLED ]] || die "task ${job2}_$CANCEL_TASK should be CANCELLED, is $s_cancel"
$REAL_FFREPRO grid status "$SPEC" --shards "$SHARDS" --results "$WORK/faults" >"$WORK/status-after-faults.txt" 2>&1 || true
say "grid status after the failures:"; sed 's/^/    /' "$WORK/status-after-faults.txt"
done_before=$(ls "$WORK/faults/$GRID/runs/"*.parquet 2>/dev/null | wc -l)
shard_runs() { $REAL_FFREPRO grid plan "$SPEC" --shard "$1/$SHARDS" --ids 2>/dev/null | grep -E '^[0-9a-f]{16}\b' | cut -f1; }
shard_ids=$(shard_runs "$CANCEL_TASK")
kept=0; for id in $shard_ids; do [[ -f $WORK/faults/$GRID/runs/$id.parquet ]] && kept=$((kept+1)); done
shard_size=$(wc -w <<<"$shard_ids")
(( kept > 0 && kept < shard_size )) || die "cancelled shard kept $kept of $shard_size runs; expected a partial shard (cancel mid-run)"
say "cancelled shard $CANCEL_TASK kept $kept of $shard_size runs; $done_before of $planned runs stored before the resubmission"
(( done_before < planned )) || die "nothing was missing after the failures"

job3=$(submit "$WORK/faults" "$HERE/fail-once.sh")
say "resubmitted the array as job $job3"
wait_job "$job3"
for i in $(seq "$SHARDS"); do
  s=$(task_state "${job3}_$i"); [[ $s == COMPLETED ]] || die "resubmitted task ${job3}_$i ended $s"
done
t_faults=$(secs "$t0" "$(now)")
$REAL_FFREPRO grid status "$SPEC" --shards "$SHARDS" --results "$WORK/faults" >"$WORK/status-final.txt" 2>&1 || true
merge_and_compare "$WORK/faults" faults

# ---- 5. figures --------------------------------------------------------------------------------------------------
say "grid status after the resubmission:"; sed 's/^/    /' "$WORK/status-final.txt"
tasks_run=$(grep -l '^ffrepro shard' "$WORK"/logs/*.out 2>/dev/null | wc -l)
complete=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1]));console.log(r.complete_runs_b)' "$WORK/compare-faults.json")
lost=$(( planned - complete ))
(( lost == 0 )) || die "$lost runs lost"
echo
echo "slurm-test: PASS ($(sinfo -V), node $NODE, $CPUS CPUs)"
echo "  grid                     $GRID: $planned runs, $(grep -o '"rows":[0-9]*' "$WORK/compare-array.json" | tail -1 | cut -d: -f2) curve points"
echo "  shards                   $SHARDS (array 1-$SHARDS, 1 CPU per task)"
echo "  array tasks run          $tasks_run (jobs $job, $job2, $job3)"
echo "  failed tasks re-run      1 (task $FAIL_TASK of job $job2: $s_fail, re-run by job $job3)"
echo "  cancellations survived   1 (scancel ${job2}_$CANCEL_TASK mid-run: kept $kept of $shard_size runs)"
echo "  runs lost                $lost"
echo "  merged = single-process  bit for bit (runs.parquet, curves.parquet; timing columns excluded), clean and after faults"
echo "  wall time                single process ${t_single}s; Slurm array ${t_array}s (submit to last task done); faults + resubmission ${t_faults}s; whole check $(secs "$t_start" "$(now)")s"
echo "  logs                     $WORK/logs (per array task), daemons' logs $CLUSTER"
