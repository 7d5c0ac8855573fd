#!/bin/bash
# Exit 0 when the change under test touches the training step or the cross-check itself (so CI should run
# make crosscheck), 1 when it does not; the range is $CROSSCHECK_RANGE if set, else the last commit.
exec "$(dirname "$0")/../ci-should-run.sh" crosscheck CROSSCHECK_RANGE \
  model/Training model/Trace tools/pytorch harness/Cli/TraceCommand.cs build/peer build/peer.mk build/ci-should-run.sh
