#!/usr/bin/env bash
# make bench-dispatch: the cost of pinning the CPU kernel level. Times `ffrepro bench` on the ci shapes with the
# default level (avx2) and with native, alternating the two levels in separate processes round by round (the level is
# fixed once per process), and writes the per-level medians and the ratio to results/bench/cpu-dispatch.json.
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIG=${CONFIG:-Release}
ROUNDS=${ROUNDS:-3}
OUT=${OUT:-results/bench/cpu-dispatch.json}
FFREPRO="dotnet harness/bin/$CONFIG/net10.0/linux-x64/ffrepro.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for r in $(seq 1 "$ROUNDS"); do
  for level in avx2 native; do
    echo "round $r/$ROUNDS, FFREPRO_CPU_CAPABILITY=$level"
    FFREPRO_CPU_CAPABILITY=$level $FFREPRO bench --device cpu --workloads "${WORKLOADS:-2x32,2x64,3x32,3x64}" --batches 80 \
      --measured 3 --modes batched --eval-images 2000 --json "$work/$level-$r.json" >/dev/null
  done
done
node build/bench-dispatch-summary.mjs "$work" "$OUT"
