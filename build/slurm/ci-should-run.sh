#!/bin/bash
# Exit 0 when the change under test touches the harness's run/store code or the Slurm scripts (so CI should run
# make slurm-test), 1 when it does not; the range is $SLURM_TEST_RANGE if set, else the last commit.
exec "$(dirname "$0")/../ci-should-run.sh" slurm-test SLURM_TEST_RANGE \
  harness/Running harness/Results harness/Planning harness/slurm build/slurm build/slurm-test.sh build/slurm.mk build/ci-should-run.sh
