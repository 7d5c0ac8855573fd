# make slurm-test: the sharded grid as a Slurm job array on a one-node Slurm cluster brought up on this machine,
# compared bit for bit with a single-process run, plus the cancel/fail/resubmit paths. Needs root and apt (Debian)
# for slurm-wlm and munge when they are missing; skips with a reason otherwise. See docs/harness.md.
.PHONY: slurm-test
slurm-test: build
	build/slurm-test.sh
