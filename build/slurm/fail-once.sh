#!/bin/bash
# FFREPRO stand-in for make slurm-test's failure path: array task $FAIL_TASK exits 1 the first time (as a task on a
# crashed node or with a broken environment would, before it stores anything); every other task, and that task on
# the resubmission, runs the real ffrepro ($REAL_FFREPRO).
set -euo pipefail
if [[ "${SLURM_ARRAY_TASK_ID:-}" == "${FAIL_TASK:?}" && ! -e "${FAIL_MARKER:?}" ]]; then
  touch "$FAIL_MARKER"
  echo "injected failure: array task $SLURM_ARRAY_TASK_ID exits 1 before training (first attempt only)" >&2
  exit 1
fi
exec $REAL_FFREPRO "$@"
