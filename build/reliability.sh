#!/usr/bin/env bash
# Reliability check of the ffrepro harness on the `smoke` grid: SIGKILL at random moments and resume,
# corrupt result files, concurrent shards, full disk and read-only results folder. Every merged result is compared
# with an uninterrupted run bit for bit (timing columns aside) by specs/Reliability/MergedComparisonSpecs.cs.
# Prints the figures and ends with "runs lost: N"; exits non-zero when any check fails.
# Long batches: SIGKILL at random epochs of a 30-epoch nested batch that checkpoints every epoch, resumed from its
# checkpoint each time (epochs re-done per kill reported); damaged and foreign checkpoints quarantined and restarted.
# Environment: KILLS (default 20), KILL_BUDGET_S (default 300), LONG_KILLS (default 10), LONG_EPOCHS (default 30),
# SEED (default 42), CONFIG (Release).
set -u
cd "$(dirname "$0")/.."
CONFIG=${CONFIG:-Release}
KILLS=${KILLS:-20}
KILL_BUDGET_S=${KILL_BUDGET_S:-300}
LONG_KILLS=${LONG_KILLS:-10}
LONG_EPOCHS=${LONG_EPOCHS:-30}
RANDOM=${SEED:-42}
FF=(dotnet "harness/bin/$CONFIG/net10.0/linux-x64/ffrepro.dll")
GRID=smoke
WORK=$(mktemp -d /tmp/ffrepro-reliability.XXXXXX)
START=$SECONDS
failures=0
kills=0 completed_rounds=0 corrupt_planted=0 corrupt_caught=0 lost=0 shards_ok=0
long_kills=0 redone=() ckpt_planted=0 ckpt_caught=0
compare=()      # results roots whose merged result must equal the baseline
long_compare=() # the same for the long grid
mounts=()

cleanup() {
  for m in "${mounts[@]}"; do umount "$m" 2>/dev/null; done
  [ "${KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '%s\n' "$*"; }
fail() { say "FAIL: $*"; failures=$((failures + 1)); }
ok() { say "ok: $*"; }
temp_files() { find "$1" -name '*.tmp' 2>/dev/null | wc -l; }

if [ ! -f "${FF[1]}" ]; then dotnet build FFRepro.sln -c "$CONFIG" -v q || exit 2; fi

# --- baseline: one uninterrupted run --------------------------------------------------------------------------------
say "== baseline (uninterrupted $GRID grid)"
t0=$(date +%s.%N)
"${FF[@]}" grid run $GRID --results "$WORK/base" --plain >"$WORK/base.log" 2>&1 || { fail "baseline run"; exit 1; }
t1=$(date +%s.%N)
"${FF[@]}" merge $GRID --results "$WORK/base" >/dev/null || { fail "baseline merge"; exit 1; }
planned=$(grep -c . "$WORK/base/$GRID/plan.txt")
full_ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%d", (b - a) * 1000 }')
say "baseline: $planned runs in ${full_ms} ms"

# --- kill and resume ------------------------------------------------------------------------------------------------
# Each round resumes one results folder until a `grid run` completes; SIGKILL lands at a uniformly random moment of
# a whole process lifetime (start-up, scanning, training, writing). A completed round is merged and kept for the
# comparison; the next round starts from an empty folder, until KILLS kills or the time budget is spent.
say "== kill and resume (SIGKILL, RANDOM seeded)"
round=1
dir="$WORK/killed-$round"
attempts=0
while [ $kills -lt "$KILLS" ] && [ $((SECONDS - START)) -lt "$KILL_BUDGET_S" ] && [ $attempts -lt $((KILLS * 4)) ]; do
  attempts=$((attempts + 1))
  delay_ms=$(( (RANDOM * 32768 + RANDOM) % (full_ms + 500) ))
  "${FF[@]}" grid run $GRID --results "$dir" --plain >>"$dir.log" 2>&1 &
  pid=$!
  sleep "$(awk -v m="$delay_ms" 'BEGIN { printf "%.3f", m / 1000 }')"
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null && kills=$((kills + 1))
    wait "$pid" 2>/dev/null
    stored=$(find "$dir/$GRID/runs" -name '*.parquet' 2>/dev/null | wc -l)
    say "kill $kills after ${delay_ms} ms (round $round): $stored/$planned runs stored, $(temp_files "$dir") temp files"
  else
    wait "$pid"; rc=$?
    if [ $rc -ne 0 ]; then fail "round $round: grid run exited $rc"; continue; fi
    [ "$(temp_files "$dir")" -eq 0 ] || fail "round $round: temporary files left after a complete run"
    "${FF[@]}" merge $GRID --results "$dir" >/dev/null || fail "round $round: merge"
    compare+=("$dir")
    completed_rounds=$((completed_rounds + 1))
    round=$((round + 1))
    dir="$WORK/killed-$round"
  fi
done
# Finish the last, interrupted round.
if [ -d "$dir" ]; then
  "${FF[@]}" grid run $GRID --results "$dir" --plain >>"$dir.log" 2>&1 || fail "final resume"
  [ "$(temp_files "$dir")" -eq 0 ] || fail "temporary files left after the final resume"
  "${FF[@]}" merge $GRID --results "$dir" >/dev/null || fail "final merge"
  compare+=("$dir"); completed_rounds=$((completed_rounds + 1))
fi
[ $kills -ge "$KILLS" ] || fail "only $kills of $KILLS kills within ${KILL_BUDGET_S}s"
say "kills: $kills in $completed_rounds resumed rounds"

# --- corrupt files --------------------------------------------------------------------------------------------------
say "== corrupt result files"
cdir="$WORK/corrupt"
cp -a "$WORK/base" "$cdir"
rm -f "$cdir/$GRID/runs.parquet" "$cdir/$GRID/curves.parquet"
sed 's/"name": "smoke"/"name": "smoke-other"/' harness/grids/smoke.json >"$WORK/smoke-other.json"
"${FF[@]}" grid run "$WORK/smoke-other.json" --shard 2/2 --no-nested --results "$WORK/other" --plain >/dev/null 2>&1 || fail "other grid"
mapfile -t ids <"$cdir/$GRID/plan.txt"
runs="$cdir/$GRID/runs"
f() { printf '%s/%s.parquet' "$runs" "${ids[$1]}"; }
size=$(stat -c %s "$(f 0)")
flip() { printf "$(printf '\\x%02x' $(( $(od -An -tu1 -j "$2" -N1 "$1") ^ 0xff )))" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none; }
head -c $((size / 2)) "$(f 0)" >"$WORK/t" && mv "$WORK/t" "$(f 0)"                # truncated
: >"$(f 1)"                                                                      # zero length
# Parquet: "PAR1", column chunks, footer, footer length, "PAR1". The last column, `value` (doubles, incompressible),
# ends where the footer starts: a byte flipped 20 bytes before it changes a stored value (the checksum must catch it).
footer=$(od -An -tu4 -j $(( $(stat -c %s "$(f 2)") - 8 )) -N4 "$(f 2)" | tr -d ' ')
flip "$(f 2)" $(( $(stat -c %s "$(f 2)") - 8 - footer - 20 ))                   # inside the value column's data page
flip "$(f 3)" $(( $(stat -c %s "$(f 3)") - 2 ))                                  # trailing magic flipped
cp "$WORK/base/$GRID/runs.parquet" "$(f 4)"                                       # foreign schema (ffrepro-runs/1)
cp "$WORK/other/smoke-other/runs/${ids[5]}.parquet" "$(f 5)" 2>/dev/null \
  || cp "$(ls "$WORK"/other/smoke-other/runs/*.parquet | head -1)" "$(f 5)"      # other grid, same run id
cp "$WORK/base/$GRID/runs/${ids[0]}.parquet" "$runs/0123456789abcdef.parquet"    # run id does not match its name
corrupt_planted=7
"${FF[@]}" grid status $GRID --results "$cdir" >"$WORK/status.txt" 2>&1
cat "$WORK/status.txt" | grep "^bad file" | cut -c1-160
reported=$(grep -c '^bad file' "$WORK/status.txt")
[ "$reported" -eq $corrupt_planted ] || fail "status reported $reported of $corrupt_planted bad files"
"${FF[@]}" merge $GRID --results "$cdir" >"$WORK/merge-bad.txt" 2>&1; rc=$?
left_out=$(grep -c '^left out' "$WORK/merge-bad.txt")
[ $rc -eq 1 ] || fail "merge with bad files exited $rc, expected 1"
grep -q "merged 0 runs" "$WORK/merge-bad.txt" || fail "merge merged a bad file: $(grep merged "$WORK/merge-bad.txt")"
"${FF[@]}" grid run $GRID --results "$cdir" --plain >"$WORK/rerun.txt" 2>&1 || fail "re-run of bad files"
quarantined=$(find "$cdir/$GRID/quarantine" -type f | wc -l)
"${FF[@]}" merge $GRID --results "$cdir" >/dev/null || fail "merge after the re-run"
compare+=("$cdir")
corrupt_caught=$(( reported < left_out ? reported : left_out ))
corrupt_caught=$(( corrupt_caught < quarantined ? corrupt_caught : quarantined ))
say "corrupt files: $corrupt_planted planted, $reported reported by status, $left_out left out by merge, $quarantined quarantined and re-run"

# --- merge of a grid without runs: refused, nothing written ------------------------------------------------------------
say "== merge of a grid whose runs folder is empty"
mkdir -p "$WORK/empty/$GRID/runs"
"${FF[@]}" merge $GRID --results "$WORK/empty" >"$WORK/empty.out" 2>"$WORK/empty.err"; rc=$?
[ $rc -eq 2 ] || fail "merge of an empty grid exited $rc, expected 2"
[ "$(wc -l <"$WORK/empty.err")" -eq 1 ] && grep -q "^error: grid '$GRID' has no runs to merge" "$WORK/empty.err" \
  || fail "merge of an empty grid: $(cat "$WORK/empty.err")"
[ -z "$(find "$WORK/empty" -type f)" ] || fail "merge of an empty grid wrote $(find "$WORK/empty" -type f | head -3)"
say "empty grid: $(cat "$WORK/empty.err")"

# --- long batches: SIGKILL at random epochs, resume from the checkpoint ------------------------------------------------
# One nested unit (depths 1 and 2, 3 seeds) of LONG_EPOCHS epochs; `--plain` prints a heartbeat after every checkpoint.
# Each kill waits for a random epoch's heartbeat, then a random part of an epoch more, so it lands anywhere in the
# next epoch (or in the checkpoint write after it).
say "== long batches: SIGKILL at random epochs, resumed from checkpoints"
long_spec="$WORK/long.json"
printf '{"name":"long","dataset":"mnist10k","recipe":"paper","device":"cpu","overrides":{"epochs":%d,"width":16,"eval_samples":100,"batch_size":400},"treatments":{"depth":[1,2]},"seeds":3}\n' "$LONG_EPOCHS" >"$long_spec"
t0=$(date +%s.%N)
"${FF[@]}" grid run "$long_spec" --results "$WORK/long-base" --plain >"$WORK/long-base.log" 2>&1 || fail "long baseline"
t1=$(date +%s.%N)
"${FF[@]}" merge long --results "$WORK/long-base" >/dev/null || fail "long baseline merge"
epoch_ms=$(awk -v a="$t0" -v b="$t1" -v e="$LONG_EPOCHS" 'BEGIN { printf "%d", (b - a) * 1000 / e }')
long_planned=$(grep -c . "$WORK/long-base/long/plan.txt")
say "long baseline: $long_planned runs, $LONG_EPOCHS epochs, ~${epoch_ms} ms per epoch (start-up included)"
last_epoch() { grep -oE "epoch [0-9]+/$LONG_EPOCHS" "$1" | tail -1 | grep -oE '[0-9]+' | head -1; }
resumed_after() { grep -oE 'resumed from its checkpoint after epoch [0-9]+' "$1" | grep -oE '[0-9]+$'; }
# Epochs the killed process finished (its last heartbeat read before the kill) that the resume must train again. The
# heartbeat follows the checkpoint, so a kill between the two, or a heartbeat printed after the script read the log,
# resumes from a later epoch than the last one read: nothing is re-done then (0, not a negative count).
redone_epochs() { echo $(( $1 > $2 ? $1 - $2 : 0 )); }
# Rounds: each resumes one folder until its grid completes, then the next starts afresh. Each kill targets a random
# epoch after the one the process resumes from (every epoch is checkpointed), waits for that epoch's heartbeat and a
# random part of an epoch more, and sends SIGKILL. Per kill: full epochs the next process must train again (finished
# by the killed one but not in its checkpoint) and seconds of training lost since the last heartbeat.
lround=1; ldir="$WORK/long-killed-1"; reached=0; attempt=0; lost_s=()
while [ $long_kills -lt "$LONG_KILLS" ] && [ $attempt -lt $((LONG_KILLS * 4)) ]; do
  attempt=$((attempt + 1))
  log="$WORK/long-$attempt.log"
  "${FF[@]}" grid run "$long_spec" --results "$ldir" --plain >"$log" 2>&1 &
  pid=$!
  target=$(( reached + 1 + RANDOM % (LONG_EPOCHS - reached > 2 ? LONG_EPOCHS - reached - 2 : 1) ))
  seen=""
  while kill -0 "$pid" 2>/dev/null; do
    e=$(last_epoch "$log")
    if [ -n "$e" ] && [ "$e" -ge "$target" ]; then seen=$(date +%s.%N); break; fi
    sleep 0.05
  done
  sleep "$(awk -v m="$(( RANDOM % (epoch_ms + 1) ))" 'BEGIN { printf "%.3f", m / 1000 }')"
  from=$(resumed_after "$log")
  if [ "${had_checkpoint:-0}" -gt 0 ]; then
    if [ -n "$from" ]; then redone+=($(redone_epochs "$reached" "$from")); else fail "round $lround attempt $attempt did not resume from its checkpoint"; fi
  fi
  if kill -0 "$pid" 2>/dev/null; then
    reached=$(last_epoch "$log"); reached=${reached:-${from:-0}}
    kill -KILL "$pid" 2>/dev/null && long_kills=$((long_kills + 1))
    wait "$pid" 2>/dev/null
    [ -n "$seen" ] && lost_s+=("$(awk -v a="$seen" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')")
    had_checkpoint=$(find "$ldir/long/checkpoints" -name '*.ckpt' 2>/dev/null | wc -l)
    say "long kill $long_kills (round $lround) after epoch $reached (target $target)${from:+, resumed after epoch $from}: $had_checkpoint checkpoint(s)"
  else
    wait "$pid"; rc=$?
    [ $rc -eq 0 ] || fail "long grid run exited $rc"
    [ "$(find "$ldir/long/checkpoints" -name '*.ckpt' 2>/dev/null | wc -l)" -eq 0 ] || fail "checkpoints left after the long grid completed"
    [ "$(temp_files "$ldir")" -eq 0 ] || fail "temporary files left by the long grid"
    "${FF[@]}" merge long --results "$ldir" >/dev/null || fail "long merge"
    long_compare+=("$ldir")
    say "long round $lround complete on attempt $attempt${from:+ (resumed after epoch $from)}"
    lround=$((lround + 1)); ldir="$WORK/long-killed-$lround"; reached=0; had_checkpoint=0
  fi
done
if [ -d "$ldir" ]; then
  "${FF[@]}" grid run "$long_spec" --results "$ldir" --plain >"$WORK/long-final.log" 2>&1 || fail "long final resume"
  from=$(resumed_after "$WORK/long-final.log")
  if [ "${had_checkpoint:-0}" -gt 0 ]; then
    if [ -n "$from" ]; then redone+=($(redone_epochs "$reached" "$from")); else fail "the final resume did not start from its checkpoint"; fi
  fi
  [ "$(find "$ldir/long/checkpoints" -name '*.ckpt' 2>/dev/null | wc -l)" -eq 0 ] || fail "checkpoints left after the long grid completed"
  "${FF[@]}" merge long --results "$ldir" >/dev/null || fail "long merge"
  long_compare+=("$ldir")
fi
[ $long_kills -ge "$LONG_KILLS" ] || fail "only $long_kills of $LONG_KILLS kills inside long batches"
redone_text=$(printf '%s\n' "${redone[@]}" | awk '{ s += $1; if ($1 > m) m = $1; n++ } END { if (n) printf "mean %.2f, max %d over %d resumes", s / n, m, n; else printf "no resumes" }')
lost_text=$(printf '%s\n' "${lost_s[@]}" | awk '{ s += $1; if ($1 > m) m = $1; n++ } END { if (n) printf "mean %.2f s, max %.2f s", s / n, m }')
say "long batches: $long_kills kills in $((${#long_compare[@]})) completed rounds; full epochs re-done per kill: $redone_text; training lost since the last checkpoint: $lost_text (~${epoch_ms} ms per epoch)"

# --- damaged and foreign checkpoints ----------------------------------------------------------------------------------
say "== damaged and foreign checkpoints"
kill_long() {   # $1: spec, $2: results root; kills the grid once its batch has checkpointed epoch 2
  "${FF[@]}" grid run "$1" --results "$2" --plain >"$2.log" 2>&1 &
  local p=$! e
  while kill -0 "$p" 2>/dev/null; do
    e=$(last_epoch "$2.log")
    [ -n "$e" ] && [ "$e" -ge 2 ] && break
    sleep 0.05
  done
  kill -KILL "$p" 2>/dev/null; wait "$p" 2>/dev/null
}
sed 's/"name":"long"/"name":"long-other"/; s/"width":16/"width":16,"lr":0.002/' "$long_spec" >"$WORK/long-other.json"
kill_long "$WORK/long-other.json" "$WORK/long-other"
other_ckpt=$(find "$WORK/long-other/long-other/checkpoints" -name '*.ckpt' | head -1)
for kind in truncated flipped foreign; do
  d="$WORK/ckpt-$kind"
  kill_long "$long_spec" "$d"
  ck=$(find "$d/long/checkpoints" -name '*.ckpt' | head -1)
  [ -n "$ck" ] || { fail "no checkpoint to damage ($kind)"; continue; }
  csize=$(stat -c %s "$ck")
  case $kind in
    truncated) head -c $((csize * 2 / 3)) "$ck" >"$WORK/t" && mv "$WORK/t" "$ck" ;;
    flipped) flip "$ck" $((csize / 2)) ;;
    foreign) cp "$other_ckpt" "$ck" ;;
  esac
  ckpt_planted=$((ckpt_planted + 1))
  "${FF[@]}" grid run "$long_spec" --results "$d" --plain >"$d.resume.log" 2>"$d.resume.err"; rc=$?
  reason=$(grep -m1 'warning: checkpoint' "$d.resume.err" | cut -c1-150)
  q=$(find "$d/long/quarantine" -name '*.ckpt.*.bad' 2>/dev/null | wc -l)
  if [ $rc -eq 0 ] && [ -n "$reason" ] && [ "$q" -eq 1 ] && ! grep -q "resumed from its checkpoint" "$d.resume.log"; then
    ckpt_caught=$((ckpt_caught + 1))
    say "$kind checkpoint: $reason"
  else
    fail "$kind checkpoint: exit $rc, quarantined $q, message '${reason}'"
  fi
  "${FF[@]}" merge long --results "$d" >/dev/null || fail "merge after the $kind checkpoint"
  long_compare+=("$d")
done
say "checkpoints: $ckpt_planted damaged or foreign, $ckpt_caught reported, quarantined and restarted from epoch 0"

# --- concurrent shards ----------------------------------------------------------------------------------------------
say "== concurrent shards"
sdir="$WORK/shards"
"${FF[@]}" grid run $GRID --shard 1/2 --results "$sdir" --plain >"$WORK/shard1.log" 2>&1 & p1=$!
"${FF[@]}" grid run $GRID --shard 2/2 --results "$sdir" --plain >"$WORK/shard2.log" 2>&1 & p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
[ $r1 -eq 0 ] && [ $r2 -eq 0 ] || fail "shards exited $r1 and $r2"
"${FF[@]}" grid status $GRID --shards 2 --results "$sdir" >"$WORK/shard-status.txt" 2>&1
grep -Eq "^all +$planned +$planned +0 +0 +0 " "$WORK/shard-status.txt" || fail "shard status: $(grep ^all "$WORK/shard-status.txt")"
"${FF[@]}" merge $GRID --results "$sdir" >"$WORK/shard-merge.txt" || fail "shard merge"
grep -q "merged $planned runs" "$WORK/shard-merge.txt" || fail "shard merge: $(cat "$WORK/shard-merge.txt")"
[ "$(temp_files "$sdir")" -eq 0 ] || fail "temporary files left by shards"
compare+=("$sdir")
shards_ok=2

# --- full disk and read-only folder ---------------------------------------------------------------------------------
say "== full disk and read-only results folder"
disk_cases=0
mnt="$WORK/mnt"
mkdir -p "$mnt"
if mount -t tmpfs -o size=64k tmpfs "$mnt" 2>/dev/null; then
  mounts+=("$mnt")
  mkdir -p "$mnt/$GRID/runs"
  cp "$WORK/base/$GRID/runs/${ids[0]}.parquet" "$mnt/$GRID/runs/"                # an earlier result
  before=$(sha256sum "$mnt/$GRID/runs/${ids[0]}.parquet")
  dd if=/dev/zero of="$mnt/filler" bs=1k count=40 status=none 2>/dev/null
  "${FF[@]}" grid run $GRID --results "$mnt" --plain >"$WORK/full.out" 2>"$WORK/full.err"; rc=$?
  [ $rc -eq 2 ] || fail "full disk: exit $rc, expected 2"
  # One error line; a checkpoint that did not fit before it is a warning (training goes on without it).
  [ "$(grep -c '^error: .*No space left' "$WORK/full.err")" -eq 1 ] && [ "$(grep -vc '^warning: checkpoint' "$WORK/full.err")" -eq 1 ] \
    || fail "full disk message: $(cat "$WORK/full.err")"
  grep -q '   at ' "$WORK/full.err" && fail "full disk: stack trace"
  [ "$(temp_files "$mnt")" -eq 0 ] || fail "full disk: partial files left"
  [ "$before" = "$(sha256sum "$mnt/$GRID/runs/${ids[0]}.parquet")" ] || fail "full disk: earlier result changed"
  rm -f "$mnt/filler"
  "${FF[@]}" grid status $GRID --results "$mnt" | grep -q "^bad file" && fail "full disk: a stored file is bad"
  say "full disk: $(grep '^error:' "$WORK/full.err")$(grep -q '^warning: checkpoint' "$WORK/full.err" && printf ' (after: %s)' "$(grep -m1 '^warning: checkpoint' "$WORK/full.err" | cut -c1-60)...")"
  disk_cases=$((disk_cases + 1))
  mount -o remount,ro "$mnt"
  before=$(cd "$mnt" && find . -type f -exec sha256sum {} + | sort)
  for cmd in "grid run $GRID --plain" "merge $GRID"; do
    "${FF[@]}" $cmd --results "$mnt" >/dev/null 2>"$WORK/ro.err"; rc=$?
    [ $rc -eq 2 ] || fail "read-only ($cmd): exit $rc, expected 2"
    [ "$(wc -l <"$WORK/ro.err")" -eq 1 ] && ! grep -q '   at ' "$WORK/ro.err" || fail "read-only ($cmd) message: $(cat "$WORK/ro.err")"
    say "read-only, $cmd: $(cat "$WORK/ro.err")"
    disk_cases=$((disk_cases + 1))
  done
  [ "$before" = "$(cd "$mnt" && find . -type f -exec sha256sum {} + | sort)" ] || fail "read-only: results changed"
  umount "$mnt" && mounts=()
else
  say "SKIPPED full disk and read-only cases: mount -t tmpfs is not permitted here (needs root / CAP_SYS_ADMIN)"
fi

# --- bit-for-bit comparison with the baseline, and the fast specs (bad input, spec mutations, divergence) ----------
say "== comparing ${#compare[@]} merged results with the baseline; bad-input and divergence specs"
list="$GRID;$WORK/base"
for d in "${compare[@]}"; do list="$list;$d"; done
list="$list|long;$WORK/long-base"
for d in "${long_compare[@]}"; do list="$list;$d"; done
FFREPRO_COMPARE="$list" FFREPRO_COMPARE_REPORT="$WORK/compare.txt" FFREPRO_RELIABILITY_REPORT="$WORK/specs.txt" \
  dotnet test specs -c "$CONFIG" --no-build --filter "FullyQualifiedName~Specs.Reliability" >"$WORK/specs.log" 2>&1 \
  || { fail "reliability specs (see below)"; grep -E "Failed |Error Message" -A2 "$WORK/specs.log" | head -30; }
grep -E "^(Passed|Failed)!" "$WORK/specs.log"
equal=$(grep -c '^equal' "$WORK/compare.txt" 2>/dev/null)
total_compared=$(( ${#compare[@]} + ${#long_compare[@]} ))
[ "${equal:-0}" -eq $total_compared ] || fail "only ${equal:-0} of $total_compared merged results compared equal"
bad_inputs=$(grep -c '^bad input' "$WORK/specs.txt" 2>/dev/null)
divergence=$(grep '^divergence' "$WORK/specs.txt" 2>/dev/null | cut -d' ' -f2-)
for d in "${compare[@]}"; do
  n=$(grep -c . "$d/$GRID/plan.txt")
  stored=$(find "$d/$GRID/runs" -name '*.parquet' | wc -l)
  lost=$((lost + (n > stored ? n - stored : 0)))
done
for d in "${long_compare[@]}"; do
  stored=$(find "$d/long/runs" -name '*.parquet' | wc -l)
  lost=$((lost + (long_planned > stored ? long_planned - stored : 0)))
done
[ "${equal:-0}" -eq $total_compared ] || lost=$((lost + planned * (total_compared - ${equal:-0})))

say ""
say "== reliability summary"
say "kills survived:      $kills (SIGKILL at random moments, $completed_rounds resumed grids, each equal to the uninterrupted run)"
say "corrupt cases caught: $corrupt_caught of $corrupt_planted (reported by status, left out by merge, quarantined and re-run)"
say "long-batch kills:    $long_kills (SIGKILL at random epochs of a $LONG_EPOCHS-epoch nested batch); full epochs re-done per kill: $redone_text; lost since the last checkpoint: $lost_text"
say "checkpoints:         $ckpt_caught of $ckpt_planted damaged or foreign (truncated, flipped byte, another training) reported, quarantined, restarted"
say "concurrent shards:   $shards_ok shards into one folder, $planned of $planned runs, no duplicates"
say "disk cases:          $disk_cases (full disk, read-only grid run, read-only merge)"
say "bad inputs tried:    ${bad_inputs:-0} (malformed specs, command lines incl. every bench option, FsCheck spec mutations, merge of an empty grid: exit 2, one message, nothing written)"
say "divergence:          ${divergence:-not shown}"
say "merged results equal to the baseline: ${equal:-0} of $total_compared"
say "failures:            $failures"
say "wall time:           $((SECONDS - START)) s"
say "runs lost: $lost"
[ $failures -eq 0 ] && [ $lost -eq 0 ]
