#!/bin/bash
# Exit 0 when the change under test touches the harness's run/store code or the Slurm scripts (so CI should run
# make slurm-test), 1 when it does not. The range is $SLURM_TEST_RANGE if set, else the last commit (HEAD~1..HEAD),
# else, in a repository with a single commit, everything. Uncommitted changes in those paths count too.
cd "$(dirname "$0")/../.."
paths=(harness/Running harness/Results harness/Planning harness/slurm build/slurm build/slurm-test.sh build/slurm.mk)
if [[ -n "${SLURM_TEST_RANGE:-}" ]]; then
  changed=$(git diff --name-only "$SLURM_TEST_RANGE" -- "${paths[@]}") || exit 0   # unknown range: run it
elif git rev-parse -q --verify HEAD~1 >/dev/null; then
  changed=$(git diff --name-only HEAD~1 HEAD -- "${paths[@]}")
else
  changed=$(git ls-files -- "${paths[@]}")
fi
changed+=$(git status --porcelain -- "${paths[@]}" 2>/dev/null)
if [[ -n "$changed" ]]; then
  echo "slurm-test: run/store or Slurm code changed:"; echo "$changed" | sed 's/^/  /' | head -20
  exit 0
fi
echo "slurm-test: skipped, no change under ${paths[*]}"
exit 1
