#!/bin/bash
# Usage: build/ci-should-run.sh NAME RANGE_VARIABLE PATH...
# Exit 0 when the change under test touches one of the paths (so CI should run the check NAME), 1 when it does not.
# The range is the value of $RANGE_VARIABLE if set, else the last commit (HEAD~1..HEAD), else, in a repository with a
# single commit, everything. Uncommitted changes in those paths count too. An unknown range runs the check.
cd "$(dirname "$0")/.."
name=$1 range_variable=$2
shift 2
paths=("$@")
range=${!range_variable:-}
if [[ -n "$range" ]]; then
  changed=$(git diff --name-only "$range" -- "${paths[@]}") || exit 0
elif git rev-parse -q --verify HEAD~1 >/dev/null; then
  changed=$(git diff --name-only HEAD~1 HEAD -- "${paths[@]}")
else
  changed=$(git ls-files -- "${paths[@]}")
fi
changed+=$(git status --porcelain -- "${paths[@]}" 2>/dev/null)
if [[ -n "$changed" ]]; then
  echo "$name: changed under ${paths[*]}:"; echo "$changed" | sed 's/^/  /' | head -20
  exit 0
fi
echo "$name: skipped, no change under ${paths[*]}"
exit 1
