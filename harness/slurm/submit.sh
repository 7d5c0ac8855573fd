#!/bin/bash
# Submits a grid as a Slurm job array: harness/slurm/submit.sh SPEC SHARDS [DEVICE=cpu] [RESULTS=$PWD/results] [extra sbatch args...]
# Asks for a GPU (--gres=gpu:1) only when DEVICE is cuda. Rerun the same line to resume after failures or time-outs.
set -euo pipefail
SPEC=${1:?usage: submit.sh SPEC SHARDS [DEVICE] [RESULTS] [sbatch args...]}
SHARDS=${2:?usage: submit.sh SPEC SHARDS [DEVICE] [RESULTS] [sbatch args...]}
DEVICE=${3:-cpu}
RESULTS=${4:-$PWD/results}
shift $(( $# < 4 ? $# : 4 ))
GPU=()
[[ "$DEVICE" == cuda ]] && GPU=(--gres=gpu:1)
mkdir -p logs "$RESULTS"
# Validate the spec before queueing anything: exit 2 with one message when it is bad.
${FFREPRO:-dotnet $PWD/harness/bin/Release/net10.0/linux-x64/ffrepro.dll} grid plan "$SPEC" --shard "1/$SHARDS" >/dev/null
SPEC="$SPEC" SHARDS="$SHARDS" DEVICE="$DEVICE" RESULTS="$RESULTS" \
  sbatch --array="1-$SHARDS" "${GPU[@]}" "$@" "$(dirname "$0")/grid.sbatch"
