#!/usr/bin/env bash
# Expects .bundle/ffrepro-linux-x64.tar.xz (make gpu-bundle) and, to resume, .bundle/runs-in.tar (a tar of the
# committed results/<grid>/ folders, paths relative to results/); writes $OUT/runs.tar with every grid folder.
# Device call: the reconstructed paper design on mnist10k on one GPU, resumable across calls and sessions.
#   GRIDS          grids in order (default: paper-mnist10k paper-epochs-mnist10k)
#   GRID_SECONDS   wall budget of the whole call for training (default 480)
#   LONGEST_BATCH  seconds the costliest seed batch may take (default 200: 4x2000, 100 epochs, 30 seeds on an H100);
#                  no batch starts later than GRID_SECONDS - LONGEST_BATCH, so none is cut off and lost
# This is the script that produced results/paper-mnist10k.
set -uo pipefail
mkdir -p /tmp/b && tar -C /tmp/b -xJf .bundle/ffrepro-linux-x64.tar.xz
B=/tmp/b/ffrepro
R=/tmp/results
mkdir -p $R
[ -f .bundle/runs-in.tar ] && tar -C $R -xf .bundle/runs-in.tar
nvidia-smi --query-gpu=name --format=csv,noheader | tee $OUT/gpu.txt
cat $B/SOURCE_COMMIT | tee -a $OUT/gpu.txt
budget=${GRID_SECONDS:-480}
longest=${LONGEST_BATCH:-200}
start=$(date +%s)
grids="${GRIDS:-paper-mnist10k paper-epochs-mnist10k}"
for grid in $grids; do
  left=$(( budget - ($(date +%s) - start) ))
  # Runs another grid already holds (e.g. paper-epochs' 100-epoch cell is paper-mnist10k's 3x1000 cell) are copied.
  reuse=$(for g in $grids; do [ "$g" != "$grid" ] && [ -f "$R/$g/spec.json" ] && echo -n "$g,"; done)
  [ $left -le $longest ] && { echo "not starting $grid: ${left}s of the budget left" | tee -a $OUT/grid-log.txt; continue; }
  # --stop-after keeps whole batches; the hard timeout only guards against an estimate that was too short.
  timeout -s INT $left $B/run-gpu.sh grid run $grid --device cuda --results $R --plain --stop-after $(( left - longest )) ${reuse:+--reuse ${reuse%,}} 2>&1 \
    | tee -a $OUT/grid-log.txt | tail -15
  $B/run-gpu.sh grid status $grid --results $R 2>&1 | tee -a $OUT/status.txt
done
tar -C $R -cf $OUT/runs.tar .
ls -la $OUT
