#!/usr/bin/env bash
# Expects .bundle/ffrepro-linux-x64.tar.xz (make gpu-bundle) and, to resume, .bundle/runs-in.tar (a tar of
# results/<grid>/ as committed); writes $OUT/runs.tar. This is the script that produced results/paper-mnist10k.
# Device call 2: the reconstructed paper design on mnist10k on one GPU, resumable; results come back as one archive.
set -uo pipefail
mkdir -p /tmp/b && tar -C /tmp/b -xJf .bundle/ffrepro-linux-x64.tar.xz
B=/tmp/b/ffrepro
R=/tmp/results
mkdir -p $R
# Resume from whatever an earlier call brought back.
[ -f .bundle/runs-in.tar ] && tar -C $R -xf .bundle/runs-in.tar
nvidia-smi --query-gpu=name --format=csv,noheader | tee $OUT/gpu.txt
cat $B/SOURCE_COMMIT | tee -a $OUT/gpu.txt
timeout -s INT "${GRID_SECONDS:-380}" $B/run-gpu.sh grid run paper-mnist10k --device cuda --results $R --plain 2>&1 | tee $OUT/grid-log.txt | tail -40
$B/run-gpu.sh grid status paper-mnist10k --results $R 2>&1 | tee $OUT/status.txt
tar -C $R -cf $OUT/runs.tar .
ls -la $OUT
