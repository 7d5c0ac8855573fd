#!/bin/bash
# Exit 0 when the change under test touches the training step or the cross-check itself (so CI should run
# make crosscheck), 1 when it does not. The range is $CROSSCHECK_RANGE if set, else the last commit (HEAD~1..HEAD),
# else, in a repository with a single commit, everything. Uncommitted changes in those paths count too.
cd "$(dirname "$0")/../.."
paths=(model/Training model/Trace tools/pytorch harness/Cli/TraceCommand.cs build/peer build/peer.mk)
if [[ -n "${CROSSCHECK_RANGE:-}" ]]; then
  changed=$(git diff --name-only "$CROSSCHECK_RANGE" -- "${paths[@]}") || exit 0   # unknown range: run it
elif git rev-parse -q --verify HEAD~1 >/dev/null; then
  changed=$(git diff --name-only HEAD~1 HEAD -- "${paths[@]}")
else
  changed=$(git ls-files -- "${paths[@]}")
fi
changed+=$(git status --porcelain -- "${paths[@]}" 2>/dev/null)
if [[ -n "$changed" ]]; then
  echo "crosscheck: the training step or the cross-check changed:"; echo "$changed" | sed 's/^/  /' | head -20
  exit 0
fi
echo "crosscheck: skipped, no change under ${paths[*]}"
exit 1
